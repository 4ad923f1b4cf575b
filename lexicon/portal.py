"""Fake verification portals and look-alike domains of the official ones.

A forged certificate carries a QR code that opens a cloned "official" lookup page; the host is
the only tell. :func:`portal_evidence` scores how much a page looks like an official
verification platform (title/text similar to the official names, a certificate-number form,
"查询结果 … 有效" wording). The detector fires ``fake_portal`` when that evidence is strong and
the host is not official. :func:`lookalike_domains` lists offline permutations of the official
hosts (dnstwist plus pinyin and abbreviation variants) to seed crawls.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lexicon.context import OFFICIAL_HOSTS, host_of, is_official_host
from lexicon.normalize import normalize

__all__ = [
    "OFFICIAL_NAMES",
    "PortalEvidence",
    "lookalike_domains",
    "name_similarity",
    "platform_similarity",
    "portal_evidence",
    "qr_suspect",
    "state_marks",
]

#: Names of the official platforms (docs/domain.md) that clones copy.
OFFICIAL_NAMES: tuple[str, ...] = (
    "特种作业操作证及安全生产知识和管理能力考核合格信息查询平台",
    "特种作业操作证查询平台",
    "全国工程质量安全管理监管信息平台",
    "全国特种设备公示信息查询平台",
    "国家安全生产考试",
    "应急管理部特种作业操作证查询",
)
_FORM = re.compile(r"(证号|证件号|证书编号|证书号|身份证号|操作证号|请输入|输入证件|查询码|验证码)")
_RESULT = re.compile(r"(查询结果|证书状态|验证结果|核验结果|查验结果)")
_VALID = re.compile(r"(有效|正常|已认证|真实有效|状态正常)")
_QUERY = re.compile(r"(查询|查验|核验|验证|验真)")


def _bigrams(s: str) -> set[str]:
    return {s[i : i + 2] for i in range(len(s) - 1)}


_NAME_GRAMS = [_bigrams(normalize(n).text) for n in OFFICIAL_NAMES]


_SEGMENTS = re.compile(r"\s*[-_|｜—–·:：]\s*|\n")
_PLATFORM = re.compile(r"(平台|系统|查询网|查询中心|公众号|查询)$")
#: A how-to heading (特种作业操作证如何查询, 证书怎么查询) ends on 查询 too, but asks how to use
#: the platform: a guide's or a news page's line, never a clone naming itself.
_HOWTO = re.compile(r"(如何|怎么|怎样|哪里|在哪|去哪|方法|教程|步骤|流程|攻略)")
#: (issue 9, fifteenth shift) A heading line that sends the reader to the official site (特种作业操作证
#: 查询：登录应急管理部官网，输入身份证号即可) is a guide's: a clone never tells you to go elsewhere.
_GUIDE = re.compile(
    r"登录[^，,。\n]{0,12}(?:官网|官方网站)|(?:到|在|去)[^，,。\n]{0,8}官网(?:查询|核实|输入)"
)


def name_similarity(text: str) -> float:
    """Dice similarity of character bigrams between ``text`` and the closest official name."""
    grams = _bigrams(normalize(text).text)
    if not grams:
        return 0.0
    return max(2 * len(g & grams) / (len(g) + len(grams)) for g in _NAME_GRAMS)


def platform_similarity(text: str) -> float:
    """Best similarity of a title segment (or heading line) that names itself a platform.

    A page *about* the platform ("特种作业操作证查询指南_某市应急管理局") mentions the name; a
    clone *is* the platform, so one of its title segments is a platform name.
    """
    best = 0.0
    for seg in _SEGMENTS.split(text):
        seg = seg.strip()
        flat = normalize(seg).text if seg else ""
        if flat and _PLATFORM.search(flat) and not _HOWTO.search(flat):
            best = max(best, name_similarity(seg))
    return best


@dataclass(frozen=True, slots=True)
class PortalEvidence:
    similarity: float
    form: str | None
    result: str | None

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
    sim = max(platform_similarity(title), 0.0 if guide else platform_similarity(top))
    if sim < min_similarity:
        return PortalEvidence(sim, None, None)
    norm = normalize(head).text
    form = _FORM.search(norm)
    result = _RESULT.search(norm) if _VALID.search(norm) else None
    return PortalEvidence(sim, form.group(0) if form else None, result.group(0) if result else None)


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
