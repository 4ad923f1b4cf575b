"""Build a letter's context from stored hits: listings, facts and reasons, provisions, dates.

Provisions are quoted from the lexicon's law file (``lexicon/law.yaml``), each once, in the
file's order, as the batch's findings cite them; the platform-duty provisions are added to
every notice. Facts and reasons per category are data (``reports/wording.yaml``).
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import yaml

from lexicon.rules import LEXICON_DIR
from lexicon.vocabulary import CATEGORY_LABELS, category_label
from pipelines.hit import Hit
from reports.context import Listing, Provision, Reason

__all__ = [
    "PLATFORM_DUTY",
    "beijing",
    "chinese_date",
    "compact_citations",
    "doc_number",
    "listing_of",
    "listings_of",
    "provisions",
    "provisions_for",
    "reasons_for",
]

_BEIJING = timedelta(hours=8)
_WORDING = Path(__file__).with_name("wording.yaml")

#: Provisions every notice to a platform cites (its duty to stop illegal ads and listings).
PLATFORM_DUTY: tuple[str, ...] = ("ad-45", "ecom-29", "ecom-80-3")


@functools.cache
def provisions() -> dict[str, Provision]:
    """Every provision of the lexicon's law file, by id, in the file's order."""
    raw = yaml.safe_load((LEXICON_DIR / "law.yaml").read_text(encoding="utf-8")) or {}
    out = {}
    for pid, d in raw.items():
        citation = str(d["citation"])
        short = citation.replace("《中华人民共和国", "《")
        out[pid] = Provision(pid, citation, short, str(d["text"]).strip(),
                             str(d.get("caveat") or ""))  # fmt: skip
    return out


@functools.cache
def _wording() -> dict[str, dict[str, str]]:
    return yaml.safe_load(_WORDING.read_text(encoding="utf-8"))


def doc_number(prefix: str, year: int, number: int) -> str:
    """发文字号 as GB/T 9704 writes it: 〔〕 around the year, no 第, no leading zeros."""
    return f"{prefix}〔{year}〕{int(number)}号"


def chinese_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def beijing(ts: str) -> datetime | None:
    """A stored UTC ISO-8601 time in Beijing time (None when it cannot be read)."""
    try:
        t = datetime.fromisoformat(ts.replace("Z", "+00:00"))
    except (AttributeError, ValueError):
        return None
    if t.tzinfo is None:
        t = t.replace(tzinfo=UTC)
    return t.astimezone(UTC).replace(tzinfo=None) + _BEIJING


def _law_ids(hit: Hit) -> list[str]:
    ids: dict[str, None] = {}
    for f in hit.findings:
        for lid in f.get("law") or ():
            ids[str(lid)] = None
    return list(ids)


def compact_citations(items: Iterable[Provision]) -> str:
    """Short citations grouped by law: 《广告法》第九条第（二）项、第二十四条第（一）项；《刑法》…"""
    groups: dict[str, list[str]] = {}
    for p in items:
        law, _, article = p.short.partition("》")
        groups.setdefault(law + "》", []).append(article)
    return "；".join(law + "、".join(arts) for law, arts in groups.items())


def _primary_ids(hit: Hit) -> list[str]:
    """The first provision each finding cites (rules list the prohibition first)."""
    ids: dict[str, None] = {}
    for f in hit.findings:
        law = f.get("law") or ()
        if law:
            ids[str(law[0])] = None
    return list(ids)


def listing_of(hit: Hit, no: int) -> Listing:
    law = provisions()
    cited = [x for x in _law_ids(hit) if x in law]
    primary = [x for x in _primary_ids(hit) if x in law]
    captured = (hit.evidence or {}).get("captured_at") or hit.last_seen or hit.first_seen
    local = beijing(captured)
    warc = (hit.evidence or {}).get("warc") or {}
    return Listing(
        no=no,
        id=hit.id,
        url=hit.final_url or hit.url,
        platform=hit.platform or hit.host,
        shop=hit.shop or "",
        seller=hit.seller or "",
        title=hit.title or "",
        categories=tuple(hit.categories),
        category_labels=tuple(category_label(c) for c in hit.categories),
        provisions=tuple(cited),
        provision_citations=tuple(law[x].short for x in cited),
        captured_at=local.strftime("%Y-%m-%d %H:%M") if local else captured,
        captured_at_utc=captured,
        evidence_sha256=str(warc.get("sha256") or ""),
        status=hit.status,
        provisions_text=compact_citations(law[x] for x in primary),
    )


def listings_of(hits: Iterable[Hit]) -> list[Listing]:
    """Rows in a stable order (platform, shop, URL), numbered from 1."""
    ordered = sorted(hits, key=lambda h: (h.platform, h.shop or "", h.final_url or h.url))
    return [listing_of(h, n) for n, h in enumerate(ordered, 1)]


def provisions_for(hits: Iterable[Hit], *, platform_duty: bool = True) -> list[Provision]:
    """The provisions the hits' findings cite, each once, in the law file's order."""
    law = provisions()
    cited = {x for h in hits for x in _law_ids(h)}
    if platform_duty:
        cited.update(PLATFORM_DUTY)
    return [p for pid, p in law.items() if pid in cited]


def reasons_for(hits: Iterable[Hit]) -> list[Reason]:
    """Facts and reasons per category, in the categories' fixed order."""
    hits = list(hits)
    counts: Counter[str] = Counter(c for h in hits for c in set(h.categories))
    law = provisions()
    out = []
    for cat in CATEGORY_LABELS:
        if not counts[cat]:
            continue
        words = _wording()[cat]
        cited: dict[str, None] = {}
        for h in hits:
            for f in h.findings:
                if f.get("category") == cat:
                    cited.update({x: None for x in f.get("law") or () if x in law})
        out.append(Reason(
            category=cat, label=category_label(cat), count=counts[cat],
            fact=words["fact"].format(n=counts[cat]), reason=words["reason"],
            citations=tuple(law[x].short for x in law if x in cited),
        ))  # fmt: skip
    return out
