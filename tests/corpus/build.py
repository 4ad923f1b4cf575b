"""Build ``corpus.jsonl`` from the hand-written snippets, adding disguised copies.

The snippets in ``positives.txt`` / ``negatives.txt`` and the page records below are written by
hand. Each positive also gets one disguised copy, made the way evaders disguise ads (spaces,
symbols, emoji or zero-width characters between characters, traditional characters, full-width
letters and digits, Kangxi radicals, pinyin or a homophone for one character). The disguises are
chosen here, independently of the lexicon's generated variants. Some negatives get a
traditional or spaced copy too: a notice in traditional characters must stay silent as well.

Run ``python tests/corpus/build.py`` after editing the snippets; the output is checked in.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
CODES = {
    "CS": "certificate_sale",
    "GP": "guarantee_promise",
    "SS": "state_symbol_misuse",
    "EF": "exam_fraud",
    "FC": "fake_certificate",
    "FP": "fake_portal",
}
_KANGXI = {unicodedata.normalize("NFKC", chr(cp)): chr(cp) for cp in range(0x2F00, 0x2FD6)}
_PINYIN = {"过": "guo", "包": "bao", "证": "zheng", "考": "kao", "办": "ban", "焊": "han"}
_HOMOPHONE = {"包": "苞", "证": "正", "代": "带", "保": "宝"}


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _between(text: str, sep: str, every: int = 1) -> str:
    out = []
    for i, ch in enumerate(text):
        out.append(ch)
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if _cjk(ch) and _cjk(nxt) and i % every == 0:
            out.append(sep)
    return "".join(out)


def _first(text: str, table: dict[str, str]) -> str:
    for i, ch in enumerate(text):
        if ch in table:
            return text[:i] + table[ch] + text[i + 1 :]
    return text


def _trad(text: str) -> str:
    from opencc import OpenCC

    return OpenCC("s2t").convert(text)


def _full(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


DISGUISES = [
    ("space", lambda t: _between(t, " ")),
    ("star", lambda t: _between(t, "*", 2)),
    ("emoji", lambda t: _between(t, "⭐", 3)),
    ("zero_width", lambda t: _between(t, "\u200b")),
    ("traditional", _trad),
    ("full_width", _full),
    ("kangxi", lambda t: "".join(_KANGXI.get(c, c) for c in t)),
    ("pinyin", lambda t: _first(t, _PINYIN)),
    ("homophone", lambda t: _first(t, _HOMOPHONE)),
    ("traditional_space", lambda t: _between(_trad(t), " ", 2)),
]

# Pages for fake_portal: (categories, url, title, text).
PORTAL_PAGES = [
    (
        ["FP", "SS"],
        "http://cx-mem-gov.cn/",
        "特种作业操作证及安全生产知识和管理能力考核合格信息查询平台",
        "中华人民共和国应急管理部\n证件号码：\n姓名：\n查询\n国徽",
    ),
    (
        ["FP"],
        "http://tzzy-cx.com/query",
        "特种作业操作证查询平台",
        "请输入证件号码和姓名\n查询结果：有效",
    ),
    (
        ["FP"],
        "http://www.cxmem.top/",
        "特种作业操作证信息查询系统",
        "证书编号 查询\n证书状态：有效",
    ),
    (
        ["FP"],
        "http://zlaq-mohurd.cn/",
        "全国工程质量安全管理监管信息平台",
        "证书编号：\n查询\n查询结果 有效",
    ),
    (
        ["FP"],
        "http://cnse-e-cqs.com/",
        "全国特种设备公示信息查询平台",
        "请输入身份证号\n查询结果：正常",
    ),
    (
        ["FP", "SS"],
        "http://mem-gov.vip/cx",
        "查询结果 - 特种作业操作证查询平台",
        "证件号码 T4201 姓名 王某\n证书状态：有效\n主办单位：中华人民共和国应急管理部",
    ),
    (
        ["FP"],
        "http://yingjiguanli.top/",
        "应急管理部特种作业操作证查询",
        "输入证件号查询\n查验结果 真实有效",
    ),
    (
        ["FP"],
        "http://aqsc-cx.xyz/",
        "特种作业操作证及安全生产知识和管理能力考核合格信息查询平台",
        "证书号：\n验证码：\n查询",
    ),
    (["FP"], "http://192.0.2.8/cx/", "特種作業操作證查詢平臺", "請輸入證件號碼\n查詢結果：有效"),
    (
        ["FP"],
        "http://cx.mem-gov.com/",
        "国家安全生产考试 证书查询系统",
        "身份证号 查询 查询结果：有效",
    ),
    (
        [],
        "https://cx.mem.gov.cn/",
        "特种作业操作证及安全生产知识和管理能力考核合格信息查询平台",
        "中华人民共和国应急管理部\n证件号码 姓名 查询\n国徽",
    ),
    (
        [],
        "https://zlaq.mohurd.gov.cn/",
        "全国工程质量安全管理监管信息平台",
        "证书编号 查询结果 有效",
    ),
    ([], "https://cnse.e-cqs.cn/", "全国特种设备公示信息查询平台", "请输入身份证号 查询结果 正常"),
    (
        [],
        "https://yjj.example.gov.cn/cxzn.html",
        "特种作业操作证查询指南_某市应急管理局",
        "官方查询平台：特种作业操作证及安全生产知识和管理能力考核合格信息查询平台（cx.mem.gov.cn）",
    ),
    (
        [],
        "http://school.example.com/cert.html",
        "证书查询 - 某职业培训学校",
        "学员考试合格后，证书可登录特种作业操作证查询平台（cx.mem.gov.cn）输入证件号码查询。",
    ),
    (
        [],
        "http://news.example.com/1.html",
        "如何识别仿冒的特种作业操作证查询平台",
        "记者调查发现，仿冒平台页面显示“查询结果：有效”，但网址并非cx.mem.gov.cn。",
    ),
    (
        [],
        "http://shop.example.com/item/9",
        "特种作业操作证卡套 透明证件保护套",
        "适用于特种作业操作证，尺寸标准",
    ),
    ([], "http://kuaidi.example.com/", "快递单号查询平台", "请输入单号 查询结果：已签收"),
]


_IMG = "IMG:"


def _read(name: str) -> list[tuple[str, str, str]]:
    rows, kind = [], ""
    if not (HERE / name).exists():  # a set of negatives only
        return rows
    for line in (HERE / name).read_text("utf-8").splitlines():
        if line.startswith("# kind:"):
            kind = line.split(":", 1)[1].split()[0]
            continue
        if not line.strip() or line.startswith("#"):
            continue
        head, text = line.split("|", 1)
        rows.append((head.strip(), kind, text.strip().replace("\\n", "\n")))
    return rows


def _pages(name: str) -> list[tuple[str, str, str, str, str]]:
    """Whole pages of a held-out set (``<prefix>pages.txt``): ``CODES[@pack]|url|title|text``
    lines (CODES empty for a negative, ``\\n`` a line break), ``# kind:`` lines as above."""
    rows = []
    for codes, kind, rest in _read(name):  # the line read as for text sets; its rest split
        url, title, text = rest.split("|", 2)
        rows.append((codes, kind, url.strip(), title.strip(), text.strip()))
    return rows


def _image(text: str) -> tuple[str, dict]:
    """A row written as ``IMG:<text>`` is text read off an image (OCR lines): the marker is
    dropped and the record says ``image: true``, so the evaluation scans it as image text."""
    if text.startswith(_IMG):
        return text[len(_IMG) :], {"image": True}
    return text, {}


def build(prefix: str = "") -> list[dict]:
    out: list[dict] = []
    for n, (codes, kind, text) in enumerate(_read(f"{prefix}positives.txt")):
        codes, _, pack = codes.partition("@")
        cats = [CODES[c] for c in codes.split(",")]
        text, img = _image(text)
        extra = ({"pack": pack} if pack else {}) | img
        out.append(
            {"id": f"{prefix}p{n:03d}", "text": text, "categories": cats, "kind": kind, **extra}
        )
        name, fn = DISGUISES[n % len(DISGUISES)]
        out.append(
            {
                "id": f"{prefix}p{n:03d}-{name}",
                "text": fn(text),
                "categories": cats,
                "kind": kind,
                **extra,
            }
        )
    for n, (kind, _, text) in enumerate(_read(f"{prefix}negatives.txt")):
        text, img = _image(text)
        out.append({"id": f"{prefix}n{n:03d}", "text": text, "categories": [], "kind": kind, **img})
        if n % 3 == 0:
            name, fn = DISGUISES[(n // 3) % len(DISGUISES)]
            out.append(
                {
                    "id": f"{prefix}n{n:03d}-{name}",
                    "text": fn(text),
                    "categories": [],
                    "kind": kind,
                    **img,
                }
            )
    for n, (codes, kind, url, title, text) in enumerate(
        _pages(f"{prefix}pages.txt") if prefix else []
    ):
        codes, _, pack = codes.partition("@")
        cats = [CODES[c] for c in codes.split(",")] if codes else []
        row = {"id": f"{prefix}w{n:03d}", "url": url, "title": title, "text": text}
        out.append(row | {"categories": cats, "kind": kind} | ({"pack": pack} if pack else {}))
    for n, (codes, url, title, text) in enumerate(PORTAL_PAGES if not prefix else []):
        cats = [CODES[c] for c in codes]
        out.append(
            {
                "id": f"w{n:03d}",
                "url": url,
                "title": title,
                "text": text,
                "categories": cats,
                "kind": "portal" if cats else "portal_negative",
            }
        )
    return out


def write(rows: list[dict], name: str) -> None:
    with (HERE / name).open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    pos = sum(1 for r in rows if r["categories"])
    print(f"{name}: {len(rows)} snippets, {pos} positive, {len(rows) - pos} negative")


if __name__ == "__main__":
    write(build(), "corpus.jsonl")
    write(build("holdout_"), "holdout.jsonl")
    write(build("holdout2_"), "holdout2.jsonl")
    write(build("holdout3_"), "holdout3.jsonl")
    write(build("holdout4_"), "holdout4.jsonl")
    write(build("styles_"), "styles.jsonl")
    write(build("styles2_"), "styles2.jsonl")
    write(build("styles3_"), "styles3.jsonl")
    write(build("styles4_"), "styles4.jsonl")
    write(build("holdout5_"), "holdout5.jsonl")
    write(build("styles5_"), "styles5.jsonl")
    write(build("holdout6_"), "holdout6.jsonl")
    write(build("styles6_"), "styles6.jsonl")
    write(build("holdout7_"), "holdout7.jsonl")
    write(build("styles7_"), "styles7.jsonl")
    write(build("holdout8_"), "holdout8.jsonl")
    write(build("holdout9_"), "holdout9.jsonl")
    write(build("holdout10_"), "holdout10.jsonl")
    write(build("holdout12_"), "holdout12.jsonl")
    write(build("holdout13_"), "holdout13.jsonl")
    write(build("styles9_"), "styles9.jsonl")
    write(build("styles12_"), "styles12.jsonl")
    write(build("styles8_"), "styles8.jsonl")
    write(build("holdout11_"), "holdout11.jsonl")
    write(build("holdout14_"), "holdout14.jsonl")
    write(build("holdout15_"), "holdout15.jsonl")
    write(build("holdout16_"), "holdout16.jsonl")
    write(build("holdout17_"), "holdout17.jsonl")
    write(build("holdout18_"), "holdout18.jsonl")
    write(build("holdout19_"), "holdout19.jsonl")
    write(build("holdout20_"), "holdout20.jsonl")
    write(build("holdout21_"), "holdout21.jsonl")
    write(build("holdout22_"), "holdout22.jsonl")
    write(build("holdout23_"), "holdout23.jsonl")
    write(build("holdout26_"), "holdout26.jsonl")
    write(build("styles23_"), "styles23.jsonl")
    write(build("holdout24_"), "holdout24.jsonl")
    write(build("holdout25_"), "holdout25.jsonl")
    write(build("holdout27_"), "holdout27.jsonl")
    write(build("holdout28_"), "holdout28.jsonl")
    write(build("holdout29_"), "holdout29.jsonl")
    write(build("holdout31_"), "holdout31.jsonl")
    write(build("holdout30_"), "holdout30.jsonl")
    write(build("holdout32_"), "holdout32.jsonl")
    write(build("holdout33_"), "holdout33.jsonl")
    write(build("holdout34_"), "holdout34.jsonl")
    write(build("holdout35_"), "holdout35.jsonl")
    write(build("holdout36_"), "holdout36.jsonl")
    write(build("holdout37_"), "holdout37.jsonl")
    write(build("holdout38_"), "holdout38.jsonl")
    write(build("holdout39_"), "holdout39.jsonl")
    write(build("holdout40_"), "holdout40.jsonl")
    write(build("holdout41_"), "holdout41.jsonl")
    write(build("holdout42_"), "holdout42.jsonl")
    write(build("holdout43_"), "holdout43.jsonl")
    write(build("holdout44_"), "holdout44.jsonl")
    write(build("holdout45_"), "holdout45.jsonl")
    write(build("holdout46_"), "holdout46.jsonl")
    write(build("holdout47_"), "holdout47.jsonl")
    write(build("holdout48_"), "holdout48.jsonl")
    write(build("holdout50_"), "holdout50.jsonl")
    write(build("holdout49_"), "holdout49.jsonl")
    write(build("holdout51_"), "holdout51.jsonl")
    write(build("holdout52_"), "holdout52.jsonl")
    write(build("holdout54_"), "holdout54.jsonl")
    write(build("holdout55_"), "holdout55.jsonl")
    write(build("holdout53_"), "holdout53.jsonl")
    write(build("holdout56_"), "holdout56.jsonl")
    write(build("holdout58_"), "holdout58.jsonl")
    write(build("holdout57_"), "holdout57.jsonl")
    write(build("holdout59_"), "holdout59.jsonl")
    write(build("holdout60_"), "holdout60.jsonl")
    write(build("holdout61_"), "holdout61.jsonl")
    write(build("holdout62_"), "holdout62.jsonl")
    write(build("holdout63_"), "holdout63.jsonl")
    write(build("holdout67_"), "holdout67.jsonl")
    write(build("holdout71_"), "holdout71.jsonl")
    write(build("holdout72_"), "holdout72.jsonl")
    write(build("holdout73_"), "holdout73.jsonl")
    write(build("holdout68_"), "holdout68.jsonl")
    write(build("holdout64_"), "holdout64.jsonl")
    write(build("holdout66_"), "holdout66.jsonl")
    write(build("holdout65_"), "holdout65.jsonl")
    write(build("holdout69_"), "holdout69.jsonl")
    write(build("holdout70_"), "holdout70.jsonl")
    write(build("holdout75_"), "holdout75.jsonl")
    write(build("holdout74_"), "holdout74.jsonl")
    write(build("holdout76_"), "holdout76.jsonl")
    write(build("holdout77_"), "holdout77.jsonl")
    write(build("holdout78_"), "holdout78.jsonl")
    write(build("holdout79_"), "holdout79.jsonl")
    write(build("holdout80_"), "holdout80.jsonl")
    write(build("holdout81_"), "holdout81.jsonl")
    write(build("holdout84_"), "holdout84.jsonl")
    write(build("holdout83_"), "holdout83.jsonl")
    write(build("holdout82_"), "holdout82.jsonl")
    write(build("holdout85_"), "holdout85.jsonl")
    write(build("holdout86_"), "holdout86.jsonl")
    write(build("holdout87_"), "holdout87.jsonl")
    write(build("holdout88_"), "holdout88.jsonl")
    write(build("holdout90_"), "holdout90.jsonl")
    write(build("holdout92_"), "holdout92.jsonl")
    write(build("holdout91_"), "holdout91.jsonl")
    write(build("holdout89_"), "holdout89.jsonl")
    write(build("holdout93_"), "holdout93.jsonl")
    write(build("holdout94_"), "holdout94.jsonl")
    write(build("holdout95_"), "holdout95.jsonl")
    write(build("holdout96_"), "holdout96.jsonl")
    write(build("holdout97_"), "holdout97.jsonl")
    write(build("holdout101_"), "holdout101.jsonl")
    write(build("holdout98_"), "holdout98.jsonl")
    write(build("holdout100_"), "holdout100.jsonl")
    write(build("holdout104_"), "holdout104.jsonl")
    write(build("holdout105_"), "holdout105.jsonl")
    write(build("holdout99_"), "holdout99.jsonl")
    write(build("holdout103_"), "holdout103.jsonl")
    write(build("holdout102_"), "holdout102.jsonl")
    write(build("holdout106_"), "holdout106.jsonl")
    write(build("holdout107_"), "holdout107.jsonl")
    write(build("holdout112_"), "holdout112.jsonl")
    write(build("holdout113_"), "holdout113.jsonl")
    write(build("holdout111_"), "holdout111.jsonl")
    write(build("holdout109_"), "holdout109.jsonl")
    write(build("holdout108_"), "holdout108.jsonl")
    write(build("holdout110_"), "holdout110.jsonl")
    write(build("holdout117_"), "holdout117.jsonl")
    write(build("holdout118_"), "holdout118.jsonl")
    write(build("holdout114_"), "holdout114.jsonl")
    write(build("holdout120_"), "holdout120.jsonl")
    write(build("holdout116_"), "holdout116.jsonl")
    write(build("holdout119_"), "holdout119.jsonl")
    write(build("holdout115_"), "holdout115.jsonl")
    write(build("holdout124_"), "holdout124.jsonl")
    write(build("holdout123_"), "holdout123.jsonl")
    write(build("holdout122_"), "holdout122.jsonl")
    write(build("holdout121_"), "holdout121.jsonl")
    write(build("holdout125_"), "holdout125.jsonl")
    write(build("holdout126_"), "holdout126.jsonl")
    write(build("holdout127_"), "holdout127.jsonl")
    write(build("holdout128_"), "holdout128.jsonl")
    write(build("holdout129_"), "holdout129.jsonl")
    write(build("holdout137_"), "holdout137.jsonl")
    write(build("holdout138_"), "holdout138.jsonl")
    write(build("holdout134_"), "holdout134.jsonl")
    write(build("holdout133_"), "holdout133.jsonl")
    write(build("holdout132_"), "holdout132.jsonl")
    write(build("holdout131_"), "holdout131.jsonl")
    write(build("holdout130_"), "holdout130.jsonl")
    write(build("holdout136_"), "holdout136.jsonl")
    write(build("holdout135_"), "holdout135.jsonl")
    write(build("holdout139_"), "holdout139.jsonl")
    write(build("holdout140_"), "holdout140.jsonl")
    write(build("holdout142_"), "holdout142.jsonl")
    write(build("holdout141_"), "holdout141.jsonl")
    write(build("holdout144_"), "holdout144.jsonl")
    write(build("holdout143_"), "holdout143.jsonl")
    write(build("holdout145_"), "holdout145.jsonl")
    write(build("holdout146_"), "holdout146.jsonl")
    write(build("holdout147_"), "holdout147.jsonl")
    write(build("holdout148_"), "holdout148.jsonl")
    write(build("holdout149_"), "holdout149.jsonl")
    write(build("holdout150_"), "holdout150.jsonl")
    write(build("holdout152_"), "holdout152.jsonl")
    write(build("holdout151_"), "holdout151.jsonl")
    write(build("holdout154_"), "holdout154.jsonl")
    write(build("holdout153_"), "holdout153.jsonl")
    write(build("holdout155_"), "holdout155.jsonl")
    write(build("holdout156_"), "holdout156.jsonl")
    write(build("holdout157_"), "holdout157.jsonl")
    write(build("holdout158_"), "holdout158.jsonl")
    write(build("holdout159_"), "holdout159.jsonl")
    write(build("holdout160_"), "holdout160.jsonl")
    write(build("holdout161_"), "holdout161.jsonl")
    write(build("holdout162_"), "holdout162.jsonl")
    write(build("holdout163_"), "holdout163.jsonl")
    write(build("holdout164_"), "holdout164.jsonl")
    write(build("holdout165_"), "holdout165.jsonl")
    write(build("holdout166_"), "holdout166.jsonl")
    write(build("holdout167_"), "holdout167.jsonl")
    write(build("holdout168_"), "holdout168.jsonl")
    write(build("holdout169_"), "holdout169.jsonl")
    write(build("holdout170_"), "holdout170.jsonl")
    write(build("holdout171_"), "holdout171.jsonl")
    write(build("holdout172_"), "holdout172.jsonl")
    write(build("holdout173_"), "holdout173.jsonl")
    write(build("holdout174_"), "holdout174.jsonl")
    write(build("holdout175_"), "holdout175.jsonl")
    write(build("holdout176_"), "holdout176.jsonl")
    write(build("holdout177_"), "holdout177.jsonl")
    write(build("holdout178_"), "holdout178.jsonl")
    write(build("holdout179_"), "holdout179.jsonl")
    write(build("holdout180_"), "holdout180.jsonl")
    write(build("holdout181_"), "holdout181.jsonl")
    write(build("holdout182_"), "holdout182.jsonl")
    write(build("holdout183_"), "holdout183.jsonl")
    write(build("holdout184_"), "holdout184.jsonl")
    write(build("holdout185_"), "holdout185.jsonl")
    write(build("holdout186_"), "holdout186.jsonl")
    write(build("holdout189_"), "holdout189.jsonl")
    write(build("holdout190_"), "holdout190.jsonl")
    write(build("holdout192_"), "holdout192.jsonl")
    write(build("holdout191_"), "holdout191.jsonl")
    write(build("holdout193_"), "holdout193.jsonl")
    write(build("holdout194_"), "holdout194.jsonl")
    write(build("holdout195_"), "holdout195.jsonl")
    write(build("holdout198_"), "holdout198.jsonl")
    write(build("holdout197_"), "holdout197.jsonl")
    write(build("holdout196_"), "holdout196.jsonl")
    write(build("holdout199_"), "holdout199.jsonl")
    write(build("holdout200_"), "holdout200.jsonl")
    write(build("holdout201_"), "holdout201.jsonl")
    write(build("holdout202_"), "holdout202.jsonl")
    write(build("holdout203_"), "holdout203.jsonl")
    write(build("holdout204_"), "holdout204.jsonl")
    write(build("holdout205_"), "holdout205.jsonl")
    write(build("holdout206_"), "holdout206.jsonl")
    write(build("holdout207_"), "holdout207.jsonl")
    write(build("holdout208_"), "holdout208.jsonl")
    write(build("holdout209_"), "holdout209.jsonl")
    write(build("holdout210_"), "holdout210.jsonl")
    write(build("holdout212_"), "holdout212.jsonl")
    write(build("holdout219_"), "holdout219.jsonl")
    write(build("holdout213_"), "holdout213.jsonl")
    write(build("holdout215_"), "holdout215.jsonl")
    write(build("holdout216_"), "holdout216.jsonl")
    write(build("holdout218_"), "holdout218.jsonl")
    write(build("holdout211_"), "holdout211.jsonl")
    write(build("holdout214_"), "holdout214.jsonl")
    write(build("holdout217_"), "holdout217.jsonl")
    write(build("holdout220_"), "holdout220.jsonl")
    write(build("holdout221_"), "holdout221.jsonl")
    write(build("holdout222_"), "holdout222.jsonl")
    write(build("holdout223_"), "holdout223.jsonl")
    write(build("holdout224_"), "holdout224.jsonl")
    write(build("holdout225_"), "holdout225.jsonl")
    write(build("holdout226_"), "holdout226.jsonl")
    write(build("holdout228_"), "holdout228.jsonl")
    write(build("holdout229_"), "holdout229.jsonl")
    write(build("holdout232_"), "holdout232.jsonl")
    write(build("holdout237_"), "holdout237.jsonl")
    write(build("holdout236_"), "holdout236.jsonl")
    write(build("holdout235_"), "holdout235.jsonl")
    write(build("holdout233_"), "holdout233.jsonl")
    write(build("holdout238_"), "holdout238.jsonl")
    write(build("holdout240_"), "holdout240.jsonl")
    write(build("holdout242_"), "holdout242.jsonl")
    write(build("holdout246_"), "holdout246.jsonl")
    write(build("holdout243_"), "holdout243.jsonl")
    write(build("holdout244_"), "holdout244.jsonl")
    write(build("holdout247_"), "holdout247.jsonl")
    write(build("holdout250_"), "holdout250.jsonl")
    write(build("holdout252_"), "holdout252.jsonl")
    write(build("holdout253_"), "holdout253.jsonl")
    write(build("holdout255_"), "holdout255.jsonl")
    write(build("holdout254_"), "holdout254.jsonl")
    write(build("holdout251_"), "holdout251.jsonl")
    write(build("holdout256_"), "holdout256.jsonl")
    write(build("holdout248_"), "holdout248.jsonl")
    write(build("holdout239_"), "holdout239.jsonl")
    write(build("holdout230_"), "holdout230.jsonl")
    write(build("holdout227_"), "holdout227.jsonl")
    write(build("holdout231_"), "holdout231.jsonl")
    write(build("holdout234_"), "holdout234.jsonl")
    write(build("holdout241_"), "holdout241.jsonl")
    write(build("holdout245_"), "holdout245.jsonl")
    write(build("holdout249_"), "holdout249.jsonl")
    write(build("holdout257_"), "holdout257.jsonl")
    write(build("holdout258_"), "holdout258.jsonl")
    write(build("holdout259_"), "holdout259.jsonl")
    write(build("holdout260_"), "holdout260.jsonl")
    write(build("holdout261_"), "holdout261.jsonl")
    write(build("holdout262_"), "holdout262.jsonl")
    write(build("holdout263_"), "holdout263.jsonl")
    write(build("holdout188_"), "holdout188.jsonl")
    write(build("holdout187_"), "holdout187.jsonl")
