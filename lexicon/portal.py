"""Fake verification portals and look-alike domains of the official ones.

A forged certificate carries a QR code that opens a cloned "official" lookup page; the host is
the only tell. :func:`portal_evidence` scores how much a page looks like an official
verification platform (title/text similar to the official names, a certificate-number form,
"查询结果 … 有效" wording). The detector fires ``fake_portal`` when that evidence is strong and
the host is not official. :func:`lookalike_domains` lists offline permutations of the official
hosts (dnstwist plus pinyin and abbreviation variants) to seed crawls.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from lexicon import recache
from lexicon.context import OFFICIAL_HOSTS, host_of, is_official_host
from lexicon.normalize import normalize

__all__ = [
    "OFFICIAL_NAMES",
    "PortalEvidence",
    "core_similarity",
    "lookalike_domains",
    "lookalike_label",
    "name_similarity",
    "platform_similarity",
    "portal_evidence",
    "qr_suspect",
    "state_marks",
    "strong_label",
]

#: Names of the official platforms (docs/domain.md) that clones copy.
OFFICIAL_NAMES: tuple[str, ...] = (
    "特种作业操作证及安全生产知识和管理能力考核合格信息查询平台",
    "特种作业操作证查询平台",
    "全国工程质量安全管理监管信息平台",
    "全国特种设备公示信息查询平台",
    "国家安全生产考试",
    "应急管理部特种作业操作证查询",
    # (session 41) the platforms' own query pages, whose headings clones copy too
    "建筑施工特种作业操作资格证书查询",
    "特种设备作业人员证查询",
)
_FORM = recache.compile(
    r"(证号|证件号|证件编号|证书编号|证书号|身份证号|操作证号|请输入|输入证件|查询码|验证码)"
)
_RESULT = recache.compile(r"(查询结果|证书状态|验证结果|核验结果|查验结果)")
_VALID = recache.compile(r"(有效|正常|已认证|真实有效|状态正常)")
_QUERY = recache.compile(r"(查询|查验|核验|验证|验真)")


def _bigrams(s: str) -> set[str]:
    return {s[i : i + 2] for i in range(len(s) - 1)}


_NAME_GRAMS = [_bigrams(normalize(n).text) for n in OFFICIAL_NAMES]
#: (session 41) Bigrams every lookup page has (证书查询, 信息查询平台, 全国): a school's 学员证书查询
#: shares them with the official names without imitating any. ``core_similarity`` drops them.
_GENERIC_GRAMS = (
    _bigrams("证书查询平台")
    | _bigrams("信息查询系统")
    | _bigrams("证件查询网")
    | {
        "全国",
        "询中",
        "中心",
    }
)
_CORE_GRAMS = [g - _GENERIC_GRAMS for g in _NAME_GRAMS]


_SEGMENTS = recache.compile(r"\s*[-_|｜—–·:：]\s*|\n")
_PLATFORM = recache.compile(r"(平台|系统|查询网|查询中心|公众号|查询)(首页|手机版|移动版)?$")
#: (session 41) A lookup's heading for :func:`core_similarity`: a platform's, or one ending on the
#: check itself (证件信息核验); never a sentence (…，证书请到应急管理部平台核验).
_LOOKUP_END = recache.compile(r"(平台|系统|查询网|查询中心|查询|核验|查验)(首页|手机版|移动版)?$")
_SENTENCE = recache.compile(r"[，,。；;！!？?]")
#: (session 41) A clone's title may end on a version tag in brackets: 查询平台（手机版）.
_TAIL = recache.compile(r"[（(【\[][^）)】\]]{1,6}[）)】\]]\s*$")
#: (session 41) A title that warns about clones (警惕！仿冒的……查询平台) or files the page under
#: an encyclopedia, Q&A or news section (……查询平台_百科) is a page about the platform: a clone
#: never calls itself a fake, nor an entry of somebody's encyclopedia.
_ABOUT = recache.compile(
    r"仿冒|假冒|冒充|山寨|钓鱼|警惕|谨防|提醒|曝光|揭秘|骗局|"
    r"[-_|｜—–·]\s*(?:百度)?(?:百科|知道|问答|知乎|资讯|新闻|头条|百家号)\s*$"
)
#: A how-to heading (特种作业操作证如何查询, 证书怎么查询) ends on 查询 too, but asks how to use
#: the platform: a guide's or a news page's line, never a clone naming itself.
_HOWTO = recache.compile(r"(如何|怎么|怎样|哪里|在哪|去哪|方法|教程|步骤|流程|攻略)")
#: (issue 9, fifteenth shift) A heading line that sends the reader to the official site (特种作业操作证
#: 查询：登录应急管理部官网，输入身份证号即可) is a guide's: a clone never tells you to go elsewhere.
_GUIDE = recache.compile(
    r"登录[^，,。\n]{0,12}(?:官网|官方网站)|(?:到|在|去)[^，,。\n]{0,8}官网(?:查询|核实|输入)"
    # (session 43, contacts) or to the official platform by its kind (扫描证书背面二维码，或登录应急
    # 管理部官方查询平台输入证号): a clone welcomes you to itself (欢迎登录…), never sends you on
    r"|(?:或|请|可|可以|再)登录[^，,。\n]{0,12}官方(?:查询|证书查询)?(?:平台|系统)"
)


def name_similarity(text: str) -> float:
    """Dice similarity of character bigrams between ``text`` and the closest official name."""
    grams = _bigrams(normalize(text).text)
    if not grams:
        return 0.0
    return max(2 * len(g & grams) / (len(g) + len(grams)) for g in _NAME_GRAMS)


def core_similarity(text: str) -> float:
    """Like :func:`platform_similarity` (a heading that names itself a lookup), without the
    bigrams every lookup page has: how much the page names what an official platform is about
    (特种作业, 应急管理部, 特种设备作业人员), not that it is a lookup."""
    best = 0.0
    for seg in _SEGMENTS.split(text):
        seg = _TAIL.sub("", seg.strip()).strip()
        flat = normalize(seg).text
        grams = _bigrams(flat) - _GENERIC_GRAMS
        # the lookup's own heading (…查询, …核验), not the site's name nor a sentence
        if (
            grams
            and _LOOKUP_END.search(flat)
            and not _HOWTO.search(flat)
            and not _SENTENCE.search(seg)
        ):
            best = max(
                best, max(2 * len(g & grams) / (len(g) + len(grams)) for g in _CORE_GRAMS if g)
            )
    return best


def platform_similarity(text: str) -> float:
    """Best similarity of a title segment (or heading line) that names itself a platform.

    A page *about* the platform ("特种作业操作证查询指南_某市应急管理局") mentions the name; a
    clone *is* the platform, so one of its title segments is a platform name.
    """
    best = 0.0
    for seg in _SEGMENTS.split(text):
        seg = _TAIL.sub("", seg.strip()).strip()
        flat = normalize(seg).text if seg else ""
        if flat and _PLATFORM.search(flat) and not _HOWTO.search(flat):
            best = max(best, name_similarity(seg))
    return best


@dataclass(frozen=True, slots=True)
class PortalEvidence:
    similarity: float
    form: str | None
    result: str | None
    #: a query word (查询, 查验, 核验 …) in the title or the top of the page
    query: str | None = None

    @property
    def signals(self) -> list[str]:
        out = [f"名称相似度{self.similarity:.2f}"]
        out += [x for x in (self.form, self.result) if x]
        return out


def portal_evidence(title: str, text: str, min_similarity: float = 0.0) -> PortalEvidence:
    """How much a page (title first, then the top of the body) resembles an official portal.

    Below ``min_similarity`` the form and result are not looked for (None): no portal rule
    can fire, and every page would otherwise pay a normalization of its head.
    """
    head = text[:3000]
    top = "\n".join(head.splitlines()[:3])
    guide = _GUIDE.search(normalize(top).text) is not None
    about = _ABOUT.search(title) is not None
    sim = max(
        0.0 if about else platform_similarity(title),
        0.0 if guide or about else platform_similarity(top),
    )
    if sim < min_similarity:
        return PortalEvidence(sim, None, None)
    norm = normalize(head).text
    form = _FORM.search(norm)
    result = _RESULT.search(norm) if _VALID.search(norm) else None
    query = None if guide or about else _QUERY.search(normalize(f"{title}\n{top}").text)
    return PortalEvidence(
        sim,
        form.group(0) if form else None,
        result.group(0) if result else None,
        query.group(0) if query else None,
    )


#: (session 41) Labels of the official verification hosts and the pinyin and abbreviations
#: clones register (docs/domain.md; 学信网 chsi.com.cn, 职业技能 osta.org.cn, 交管 12123 too).
#: A host token equal to one, or starting or ending with one of four letters or more, marks a
#: look-alike; ``osta`` and ``12123`` only at a token's start (costa, posta are words, a driving
#: school may be jx12123), ``cnse`` only whole (cnseed). The official hosts' own labels
#: (``_STRONG_LABELS``) suffice on their own; a pinyin or abbreviation label (aqsc, tzsb, yjglb …)
#: also names a firm, a training school or an inspection institute, so a page on such a host
#: must also be titled like an official platform (``weak_label_similarity`` of FP-004).
_STRONG_LABELS = frozenset(
    {"mem", "mohurd", "zlaq", "cnse", "e-cqs", "chsi", "osta", "12123", "gov.cn"}
)
#: Longest first, so that a host is named by its most telling label (deterministic order).
_HOST_LABELS: tuple[str, ...] = (
    "anquanshengchan",
    "yingjiguanlibu",
    "tezhongshebei",
    "tezhongzuoye",
    "yingjiguanli",
    "xuexinwang",
    "tzzyczz",
    "mohurd",
    "xuexin",
    "chsi",
    "zlaq",
    "yjglb",
    "yjgl",
    "aqsc",
    "tzzy",
    "tzsb",
)
#: cxmem, memgov, cx-mem, mem.gov: the ministry's label with the official host's other parts;
#: a bare ``mem`` (mem.example.com is often a site's member centre) is a weak label only.
_MEM_TOKEN = recache.compile(r"^(?:cx|ex)mem(?:cx|gov|govcn|cn)?$|^mem(?:cx|gov|govcn)$")
_MEM_NEXT = frozenset({"cx", "ex", "gov", "govcn"})
_MEM_BARE = "mem(单独)"
_IP = recache.compile(r"^[\d.]+$|^\[?[0-9a-f:]+\]?$")


def _token_label(tok: str) -> str | None:
    if _MEM_TOKEN.match(tok):
        return "mem"
    if tok in ("ecqs", "cnse"):
        return "e-cqs" if tok == "ecqs" else tok
    for label in ("osta", "12123"):
        if tok.startswith(label):
            return label
    if tok.startswith("govcn") or tok.endswith("govcn"):
        return "gov.cn"
    for label in _HOST_LABELS:
        if tok == label or tok.startswith(label) or tok.endswith(label):
            return label
    return None


def lookalike_label(host: str) -> str | None:
    """The official label a non-official ``host`` imitates (``cx-mem-gov.com`` → mem,
    ``chsi-com.cn.xuelicx.top`` → chsi, ``mem-cx.gov-cn.org`` → mem), else None; an official
    host's own label before a pinyin one.

    Only the host's own letters are read: nothing is resolved over the network.
    """
    host = host.lower().rstrip(".")
    if not host or is_official_host(host) or _IP.match(host):
        return None
    tokens = re.split(r"[.\-]", host)
    joined = [t.replace("-", "") for t in host.split(".")]  # cx-mem-gov → cxmemgov
    found = [lbl for tok in (*tokens, *joined) if (lbl := _token_label(tok))]
    for i, tok in enumerate(tokens):
        if tok == "mem":
            near = {tokens[i - 1] if i else "", tokens[i + 1] if i + 1 < len(tokens) else ""}
            found.append("mem" if near & _MEM_NEXT else _MEM_BARE)
    if any(a == "gov" and b == "cn" for a, b in itertools.pairwise(tokens)):
        found.append("gov.cn")
    return next((x for x in found if x in _STRONG_LABELS), found[0] if found else None)


def strong_label(label: str | None) -> bool:
    """An official host's own label (mem, mohurd, chsi …), not a pinyin or an abbreviation."""
    return label in _STRONG_LABELS


_OFFICIAL_LABELS = ("mem", "mohurd", "e-cqs", "saws", "zlaq", "yingjiguanli", "yjglb", "cnse")


def qr_suspect(url: str) -> bool:
    """A QR code that points at a look-alike of an official host (not the real one)."""
    host = host_of(url)
    if not host or is_official_host(host):
        return False
    flat = host.replace("-", "").replace(".", "")
    return any(lbl.replace("-", "") in flat for lbl in _OFFICIAL_LABELS) or "govcn" in flat


_PINYIN_LABELS = (
    "yingjiguanli",
    "yingjiguanlibu",
    "yjgl",
    "yjglb",
    "anquanshengchan",
    "aqsc",
    "tezhongzuoye",
    "tzzy",
    "tzzyczz",
    "czzcx",
    "zhengshuchaxun",
    "cxzs",
    "mem-gov",
    "memgov",
    "mem-gov-cn",
    "cx-mem",
    "cxmem",
    "cx-mem-gov",
)
_TLDS = ("cn", "com", "com.cn", "net", "org", "org.cn", "top", "xyz", "vip", "cc", "net.cn", "info")


def lookalike_domains(hosts: tuple[str, ...] | list[str] = OFFICIAL_HOSTS) -> list[str]:
    """Offline look-alike domains of ``hosts`` (no DNS): crawl seeds for fake portals.

    dnstwist varies only the registered label; subdomain, pinyin and abbreviation variants
    (``cx-mem-gov.cn``, ``yingjiguanli.com``, ``mem-gov.top``) are added here.
    """
    from dnstwist import Fuzzer

    out: dict[str, None] = {}
    for host in hosts:
        parts = host.split(".")
        fz = Fuzzer(host, dictionary=list(_PINYIN_LABELS), tld_dictionary=list(_TLDS))
        fz.generate()
        for d in fz.domains:
            name = d["domain"] if isinstance(d, dict) else str(d)
            if name != host:
                out.setdefault(name, None)
        flat = "-".join(parts[:-1]) if parts[-1] == "cn" else "-".join(parts)
        for tld in _TLDS:
            out.setdefault(f"{flat}.{tld}", None)
            out.setdefault(f"{''.join(parts[:-2])}.{tld}", None)
            out.setdefault(f"{parts[0]}.{'-'.join(parts[1:-1])}.{tld}", None)
    for label in _PINYIN_LABELS:
        for tld in _TLDS:
            out.setdefault(f"{label}.{tld}", None)
            out.setdefault(f"cx.{label}.{tld}", None)
    return [d for d in out if not is_official_host(d)]


_STATE_MARKS = (
    "国徽",
    "中华人民共和国应急管理部",
    "应急管理部",
    "国家安全生产考试",
    "住房和城乡建设部",
)


def state_marks(text: str, marks: tuple[str, ...] = _STATE_MARKS) -> list[str]:
    """State symbols and organ names a page displays (a clone's header shows both)."""
    norm = normalize(text).text
    return [m for m in marks if normalize(m).text in norm]
