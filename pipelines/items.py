"""PageItem: what a spider hands to the pipelines (the crawlers → pipelines contract).

It lives here, not in ``crawlers/``, because pipelines must not import Scrapy spiders and the
store, the reviewer and ``adsweep ingest`` build PageItems too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

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
    #: Set by the detect pipeline; the store pipeline turns it into a Hit.
    scan: object | None = None
    #: Text read out of images by OCR, keyed by image URL (set by the detect pipeline).
    image_texts: dict[str, str] = field(default_factory=dict)
    #: Set by the evidence pipeline (WARC record, screenshot, text, SHA-256 of each);
    #: copied onto the Hit as ``hit.evidence``.
    evidence: dict = field(default_factory=dict)

    def __repr__(self) -> str:
        # Logs name the page, never dump its body (Scrapy logs scraped and dropped items).
        return f"<PageItem {self.status} {self.url} {self.title[:40]!r} {len(self.body)} bytes>"
