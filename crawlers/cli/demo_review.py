"""The demo's reviewer and supervisor steps: confirm the labelled violations, draft letters.

``adsweep demo`` plays a reviewer who knows the demo web's ground truth (``labels.yaml``):
pages labelled with categories are confirmed, search and list pages are rejected as
duplicates of the listings they show (a notice names listings, not search results), then it
drafts one notice per platform and one referral for the largest case that looks criminal.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = [
    "DEMO_PLATFORMS",
    "DEMO_REVIEWER",
    "demo_fields",
    "demo_letters",
    "demo_platforms",
    "review_demo",
]

DEMO_REVIEWER = "演示审核员"

#: Platform of each section of the demo web (one host serving several "platforms").
DEMO_PLATFORMS: dict[str, str] = {
    "/market/": "安e购",
    "/fenlei/": "同城分类信息",
    "/peixun/": "速达职业教育",
    "/cxmem/": "仿冒查询平台",
}

_LIST_KINDS = ("search", "market_list", "home", "market_home")
_CRIMINAL = ("exam_fraud", "fake_certificate", "fake_portal")


def demo_platforms(base_url: str) -> dict[str, str]:
    base = base_url.rstrip("/")
    return {base + path: name for path, name in DEMO_PLATFORMS.items()}


def demo_fields(base_url: str) -> dict[str, dict[str, str]]:
    """``ADSWEEP_FIELD_SELECTORS`` for the demo market's item pages (shop, seller, price)."""
    from crawlers.demo.market import ITEM_FIELDS

    return {base_url.rstrip("/") + "/market/item/": dict(ITEM_FIELDS)}


def review_demo(store: Any, base_url: str) -> tuple[int, int]:
    """Confirm or reject every new demo hit by its label; returns (confirmed, rejected)."""
    from w3lib.url import canonicalize_url

    from crawlers.demo.labels import label_urls

    labels = label_urls(base_url)
    confirmed = rejected = 0
    for hit in list(store.iter_hits(status="new")):
        label = labels.get(canonicalize_url(hit.url, keep_fragments=False))
        if label is None:
            continue
        if label.categories and label.kind not in _LIST_KINDS:
            store.set_status(hit.id, "confirmed", actor=DEMO_REVIEWER, note="演示：核实属实")
            confirmed += 1
        else:
            reason = "duplicate" if label.categories else "unrelated_word"
            store.set_status(hit.id, "rejected", actor=DEMO_REVIEWER,
                             note=f"演示：{'搜索/列表页，所列信息已逐条确认' if label.categories else '非违法信息'}")  # fmt: skip
            store.append_audit("reject_reason", actor=DEMO_REVIEWER, hit_id=hit.id,
                               detail={"reason": reason})  # fmt: skip
            rejected += 1
    return confirmed, rejected


def demo_letters(store: Any, out: Path, evidence_dir: str | None) -> list[dict[str, Any]]:
    """Draft one notice per platform and one referral; returns the stored letters."""
    from pipelines.cases import load_cases
    from reports.batch import by_platform, select_hits
    from reports.config import load_config
    from reports.referral import draft_referral
    from reports.workflow import draft

    cfg = load_config()
    docs = []
    for platform, hits in by_platform(select_hits(store)).items():
        docs.append(draft(store, cfg, "notice", hits, actor=DEMO_REVIEWER, out_dir=out,
                          addressee=cfg.addressee(platform)))  # fmt: skip
    referred = {c for d in store.list_notices(kind="referral") for c in [d.get("case_id")]}
    cases = [c for c in load_cases(store) if set(c.categories) & set(_CRIMINAL)]
    cases = [c for c in cases if c.id not in referred]
    if cases:
        case = max(cases, key=lambda c: (len(c.platforms), len(c.hits)))
        docs.append(draft_referral(store, cfg, case, actor=DEMO_REVIEWER, out_dir=out,
                                   evidence_dir=evidence_dir))  # fmt: skip
    return docs
