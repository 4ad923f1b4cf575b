"""EvidencePipeline: between detection and the store, capture what a notice will rest on.

For every item with findings: the raw request and response go into the run's WARC, the
screenshot and the extracted text become content-addressed objects, and one hash-chained
manifest entry ties them to the page. The references and SHA-256 of each land on
``item.evidence`` (the store pipeline keeps them as ``hit.evidence``).

Settings: ``EVIDENCE_DIR`` (default ``data/evidence``), ``EVIDENCE_ENABLED`` (default True;
False raises ``NotConfigured``), ``EVIDENCE_TSA_URL`` (an RFC 3161 time-stamping authority;
when set, each run's manifest is timestamped at close).

Stats: ``adsweep/evidence/captured``, ``adsweep/evidence/screenshots``,
``adsweep/evidence/errors``, ``adsweep/evidence/timestamped``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from lexicon.finding import ScanResult
from pipelines.evidence.archive import EvidenceArchive, sha256_bytes
from pipelines.evidence.warc import page_records
from pipelines.items import PageItem, utcnow
from pipelines.store.pipeline import run_id_of
from pipelines.urls import hit_id

__all__ = ["TOOL", "EvidencePipeline", "capture"]

logger = logging.getLogger(__name__)


def _tool() -> str:
    try:
        from importlib.metadata import version

        return f"adsweep {version('adsweep')}"
    except Exception:
        return "adsweep"


#: Name and version of the capturing tool, recorded in every manifest entry.
TOOL = _tool()


def capture(archive: EvidenceArchive, item: PageItem, run_id: str) -> dict[str, Any]:
    """Write all artifacts of one page and chain a manifest entry; returns ``item.evidence``."""
    at = item.fetched_at or utcnow()
    url = item.final_url or item.url
    records, ids = page_records(
        url,
        status=item.status,
        headers=item.headers,
        body=item.body,
        request_headers=item.request_headers,
        fetched_at=at,
    )
    warc = archive.append_warc(run_id, records) | ids
    text = archive.put_object(item.text.encode("utf-8"), ".txt")
    shot = archive.put_object(item.screenshot, ".png") if item.screenshot else None
    scan = item.scan if isinstance(item.scan, ScanResult) else None
    entry = archive.append_entry(
        run_id,
        {
            "kind": "capture",
            "at": at,
            "hit_id": hit_id(item.url),
            "url": item.url,
            "final_url": url,
            "title": item.title,
            "status": item.status,
            "rendered": item.rendered,
            "body_sha256": sha256_bytes(item.body),
            "rules": sorted({f.rule_id for f in scan.findings}) if scan else [],
            "tool": TOOL,
            "warc": warc,
            "text": text,
            "screenshot": shot,
        },
    )
    return {
        "run_id": run_id,
        "captured_at": at,
        "tool": TOOL,
        "warc": warc,
        "screenshot": shot,
        "text": text,
        "manifest": {
            "path": archive.rel(archive.manifest_path(run_id)),
            "seq": entry["seq"],
            "hash": entry["hash"],
        },
    }


class EvidencePipeline:
    """Captures evidence for items with findings; never drops an item because capture failed."""

    def __init__(self, crawler: Any, root: str | Path, tsa_url: str = "") -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.archive = EvidenceArchive(Path(root))
        self.tsa_url = tsa_url
        self.run_id = ""

    @classmethod
    def from_crawler(cls, crawler: Any) -> EvidencePipeline:
        from scrapy.exceptions import NotConfigured

        settings = crawler.settings
        if not settings.getbool("EVIDENCE_ENABLED", True):
            raise NotConfigured("EVIDENCE_ENABLED is off")
        root = settings.get("EVIDENCE_DIR") or "data/evidence"
        return cls(crawler, root, settings.get("EVIDENCE_TSA_URL") or "")

    def open_spider(self) -> None:
        self.run_id = run_id_of(self.crawler)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, PageItem):
            return item
        scan = item.scan
        if not isinstance(scan, ScanResult) or not scan.findings:
            return item
        try:
            item.evidence = capture(self.archive, item, item.run_id or self.run_id)
        except OSError as e:
            # The hit still goes to the store; a reviewer sees it has no evidence.
            logger.error("evidence capture failed for %s: %s", item.url, e)
            self.stats.inc_value("adsweep/evidence/errors")
            return item
        self.stats.inc_value("adsweep/evidence/captured")
        if item.screenshot:
            self.stats.inc_value("adsweep/evidence/screenshots")
        return item

    def close_spider(self) -> None:
        if not self.archive.manifest_path(self.run_id).exists():
            return
        self.archive.seal(self.run_id)
        if self.tsa_url:
            from pipelines.evidence.tsa import TimestampError, timestamp_run

            try:
                timestamp_run(self.archive, self.run_id, self.tsa_url)
                self.stats.inc_value("adsweep/evidence/timestamped")
            except TimestampError as e:
                logger.error("RFC 3161 timestamp of run %s failed: %s", self.run_id, e)
                self.stats.inc_value("adsweep/evidence/errors")
