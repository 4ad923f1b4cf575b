"""Context that keeps regulators' own words clean.

Three levels, each recorded as a named reason on :class:`lexicon.finding.Suppressed` so
``adsweep scan --explain`` can show why a candidate stayed silent:

* ``official_host`` — the page is on ``*.gov.cn`` or one of the official portals: a ministry's
  own verification platform or circular is never an ad.
* ``page:notice`` / ``page:news`` — the page reads as a regulator's notice or a news report:
  a document number like ``〔2024〕60号``, issuing-authority headers, reporter bylines. These
  quote every banned word while condemning it (docs/domain.md: the hardest negatives).
* ``warning:<word>`` and ``negation:<word>`` — words around one match (谨防, 所谓, 严禁, 查处 …;
  不承诺, 拒绝 …) that condemn or deny it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

__all__ = [
    "OFFICIAL_HOSTS",
    "PageContext",
    "boilerplate",
    "host_of",
    "is_official_host",
    "negation_before",
    "page_context",
]

#: Official verification portals and their hosts (docs/domain.md); never flagged.
OFFICIAL_HOSTS: tuple[str, ...] = (
    "cx.mem.gov.cn",
    "ex.mem.gov.cn",
    "zlaq.mohurd.gov.cn",
    "cnse.e-cqs.cn",
    "cx.saws.org.cn",
)
_OFFICIAL_SUFFIXES: tuple[str, ...] = (".gov.cn", ".mem.gov.cn", ".e-cqs.cn")

#: Document numbers: 〔2024〕60号, [2024]12号, （2023）5号, 【2022】7号.
DOC_NUMBER = re.compile(r"[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*(?:第\s*)?\d{1,4}\s*号")

#: Negation right before a match ("不承诺包过", "拒绝替考"); single characters only when
#: adjacent, longer phrases up to four characters away, never across a clause end.
_NEG_NEAR = re.compile(
    r"(?:不承诺|不保证|不存在|不提供|不搞|不做|不会|不是|不接受|不参与|没有|绝不|绝无|拒绝|杜绝|"
    r"并非|从不|从未|谢绝|严禁|禁止|不得|不要|不能|不可能|决不|不代表|不等于|并不|不意味着|不想|不找|别找|不要找|别信|无权|无法)[^。，]{0,4}$"
    # 不需要 denies what comes right after it; a few characters on, it has said what the
    # buyer need not have (不需要语言成绩 保offer), not that the promise is off.
    r"|不需要$"
)
_NEG_ADJ = re.compile(r"(?:不|无|非|未)$")
#: A platform's, group's or shop's own standing rule (本平台禁止发布违法信息, 本群严禁发广告,
#: 违规信息一经发现立即删除): boilerplate printed on every page, about what the platform bans,
#: never about the listing next to it. Read on normalized text (simplified, separators gone).
_BOILERPLATE = re.compile(
    r"本平台|本站|本网站|本网|本群|群规|群内|本店|本论坛|本吧|本频道|本号|本公众号|本小程序|"
    r"平台禁止|平台严禁|平台规则|平台提醒|平台提示|违法违规信息|违法信息|违规信息|不良信息|"
    r"一经发现|立即删除|永久封号|封号处理"
)


def host_of(url: str | None) -> str:
    if not url:
        return ""
    try:
        return (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower().rstrip(".")
    except ValueError:
        return ""


def is_official_host(host: str) -> bool:
    """True for the official portals and any government (``gov.cn``) host."""
    host = host.lower().rstrip(".")
    if not host:
        return False
    if host in OFFICIAL_HOSTS or host == "gov.cn":
        return True
    return host.endswith(_OFFICIAL_SUFFIXES)


def negation_before(norm: str, start: int) -> str | None:
    """The negation word right before ``norm[start:]``, if any."""
    before = norm[max(0, start - 10) : start]
    m = _NEG_NEAR.search(before)
    # "有没有要焊工证的" asks a question; 没有 there negates nothing.
    if m and not (m.group(0).startswith("没有") and before[: m.start()].endswith("有")):
        return m.group(0).rstrip()
    m = _NEG_ADJ.search(before)
    if m and not before.endswith(("考不", "过不", "学不", "拿不")):
        return m.group(0)
    return None


def boilerplate(sentence: str) -> bool:
    """True for a platform's standing rule (see ``_BOILERPLATE``): a warning there covers its
    own sentence (a list of banned trades) but not the neighbouring sentence."""
    return _BOILERPLATE.search(sentence) is not None


@dataclass(frozen=True, slots=True)
class PageContext:
    """Page-level verdict shared by every source of one page (title, body, images)."""

    reason: str | None  # None, "official_host", "page:notice", "page:news"
    signs: tuple[str, ...] = ()
    host: str = ""


def page_context(
    original: str, notice_signs: dict[str, float], news_signs: dict[str, float], host: str
) -> PageContext:
    """Decide whether the whole page is official, a regulator notice or a news report.

    ``notice_signs`` / ``news_signs`` map each sign found on the page to its weight (from the
    ``page_notice`` and ``page_news`` term sets); a page is a notice or news at weight 3, a
    document number alone counts 3.
    """
    if is_official_host(host):
        return PageContext("official_host", (host,), host)
    doc = DOC_NUMBER.search(original)
    notice_w = sum(notice_signs.values()) + (3 if doc else 0)
    signs = tuple(sorted(notice_signs)) + ((doc.group(0),) if doc else ())
    if notice_w >= 3:
        return PageContext("page:notice", signs, host)
    if sum(news_signs.values()) >= 3:
        return PageContext("page:news", tuple(sorted(news_signs)), host)
    return PageContext(None, (), host)
