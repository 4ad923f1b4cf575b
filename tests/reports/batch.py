"""The fixture batch for the letters: hits written in our own words, with fixed times and hashes,
on two invented platforms; a bureau's configuration; a real SQLite store holding them."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import yaml

from pipelines.hit import Hit
from reports.context import EvidencePackage

HERE = Path(__file__).resolve().parent
CONFIG = HERE / "notices.yaml"
ISSUED = date(2026, 5, 12)
#: The provisions lexicon/law.yaml itself marks with a caveat (read here, not through reports).
LAW_CAVEATED = {
    pid
    for pid, entry in yaml.safe_load(
        (HERE.parents[1] / "lexicon" / "law.yaml").read_text(encoding="utf-8")
    ).items()
    if isinstance(entry, dict) and entry.get("caveat")
}
#: The referral's one evidence package (invented paths and hashes).
EVIDENCE = [EvidencePackage("h1", "https://xianzhi.example/item/1004.html",
                            "证据/h1/h1.wacz", "a" * 64, "证据/h1/电子数据提取笔录-h1.pdf", "b" * 64)]  # fmt: skip

_F = {
    "certificate_sale": ("CS-001", ["ecom-13", "ecom-29", "sp-5", "sp-36", "crim-280"], "代办"),
    "guarantee_promise": ("GP-001", ["ad-24-1", "ad-58-6"], "包过"),
    "exam_fraud": ("EF-001", ["ad-24-2", "ad-58-6", "crim-284-1"], "替考"),
    "fake_certificate": ("FC-001", ["sp-36", "crim-280", "crim-287-1"], "高仿"),
    "state_symbol_misuse": ("SS-001", ["ad-9-2", "ad-57-1"], "指定"),
}

#: (platform, shop, seller, title, categories, contacts)
ROWS = [
    (
        "易购街",
        "速通证书服务店",
        "老周",
        "低压电工证代办 不用考试 包过",
        ["certificate_sale", "guarantee_promise"],
        [("wechat", "lz-dg2026")],
    ),
    (
        "易购街",
        "速通证书服务店",
        "老周",
        "焊工证 本人不用到场 快速出证",
        ["certificate_sale"],
        [("phone", "13900001111")],
    ),
    ("易购街", "金牌考证", "", "登高证考试协助 考场有人 替考", ["exam_fraud"], []),
    (
        "闲置集市",
        "",
        "证件小王",
        "各类操作证高仿 带钢印 扫码可查",
        ["fake_certificate"],
        [("wechat", "lz-dg2026"), ("qq", "10086001")],
    ),
    (
        "闲置集市",
        "",
        "培训李老师",
        "应急管理局指定培训点 通过率100%",
        ["state_symbol_misuse", "guarantee_promise"],
        [("phone", "13900001111")],
    ),
]


def fixture_hits(n_rows: list | None = None) -> list[Hit]:
    hits = []
    for i, (platform, shop, seller, title, cats, contacts) in enumerate(n_rows or ROWS, 1):
        host = "www.yigoujie.example" if platform == "易购街" else "xianzhi.example"
        url = f"https://{host}/item/{1000 + i}.html"
        findings = [{"rule_id": _F[c][0], "category": c, "severity": "high", "score": 0.9,
                     "matched": _F[c][2], "law": _F[c][1], "excerpt": title} for c in cats]  # fmt: skip
        hits.append(Hit(
            id=hashlib.sha256(url.encode()).hexdigest()[:32], url=url, final_url=url,
            title=title, platform=platform, host=host, shop=shop or None,
            seller=seller or None, categories=cats, findings=findings,
            contacts=[{"kind": k, "value": v} for k, v in contacts], score=0.9,
            severity="high", first_seen=f"2026-05-0{i}T02:00:00Z",
            last_seen=f"2026-05-0{i}T02:00:00Z", status="confirmed",
            evidence={"captured_at": f"2026-05-0{i}T02:00:00Z", "warc": {
                "sha256": hashlib.sha256(f"warc-{i}".encode()).hexdigest()}},
        ))  # fmt: skip
    return hits
