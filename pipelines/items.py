"""PageItem: what a source hands to the pipelines (the crawlers → pipelines contract).

It lives here, not in ``crawlers/``, because pipelines must not import Scrapy spiders. Two
sources make PageItems: the spiders (a fetched page) and ``adsweep ingest`` (a row of a
platform's export); both go through the same pipelines, so a hit differs only in its
``source``. The detect pipeline sets ``scan`` and builds ``hit`` once; the evidence pipeline
adds the evidence to that hit and the store pipeline stores it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from lexicon.finding import ScanResult
from pipelines.hit import Hit

__all__ = ["PageItem", "utcnow"]


def utcnow() -> str:
    """ISO-8601 UTC timestamp with seconds, the one time format every record uses."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass(slots=True, repr=False)
class PageItem:
    """One fetched (or ingested) page with its extracted text and listing fields."""

    url: str
    final_url: str = ""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    encoding: str = ""
    text: str = ""
    title: str = ""
    platform: str = ""
    site: str = ""
    shop: str | None = None
    seller: str | None = None
    price: str | None = None
    image_urls: list[str] = field(default_factory=list)
    image_alts: list[str] = field(default_factory=list)
    rendered: bool = False
    fetched_at: str = field(default_factory=utcnow)
    run_id: str = ""
    target: str = ""
    depth: int = 0
    request_headers: dict[str, str] = field(default_factory=dict)
    screenshot: bytes | None = None
    #: Where the page came from: empty for a page the crawl fetched over HTTP; for a row of a
    #: platform's export (``adsweep ingest``) ``export:<file>#<row>``, and its body is the row.
    source: str = ""
    #: What the detector found (set by the detect pipeline).
    scan: ScanResult | None = None
    #: The page's hit, built once by the detect pipeline when ``scan`` has findings (None for
    #: a clean page); the evidence pipeline adds ``hit.evidence``, the store pipeline stores it.
    hit: Hit | None = None
    #: Text read out of images by OCR, keyed by image URL (set by the detect pipeline).
    image_texts: dict[str, str] = field(default_factory=dict)
    #: Which lexicon version and rule packs detected it (``pipelines.detect.detection_setup``),
    #: kept with the page state: another lexicon or pack set re-detects an unchanged page.
    detected_with: str = ""

    @property
    def evidence(self) -> dict[str, Any]:
        """The hit's evidence references (WARC record, screenshot, text, SHA-256 of each)."""
        return self.hit.evidence if self.hit is not None else {}

    def __repr__(self) -> str:
        # Logs name the page, never dump its body (Scrapy logs scraped and dropped items).
        return f"<PageItem {self.status} {self.url} {self.title[:40]!r} {len(self.body)} bytes>"
