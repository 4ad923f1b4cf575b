"""EvidencePipeline: between detection and the store, capture what a notice will rest on.

For every item with a hit: the raw request and response go into the run's WARC (for a row of a
platform's export, the row as read, as a ``resource`` record), the screenshot and the extracted
text become content-addressed objects, and one hash-chained manifest entry ties them to the
page. The references and SHA-256 of each land on ``item.hit.evidence``, which the store
pipeline stores.

Settings (read once into :class:`EvidenceConfig`): ``EVIDENCE_DIR``, ``EVIDENCE_ENABLED``
(False raises ``NotConfigured``), ``EVIDENCE_TSA_URL`` (an RFC 3161 time-stamping authority;
when set, each run's manifest is timestamped at close).

Stats: ``adsweep/evidence/captured``, ``adsweep/evidence/screenshots``,
``adsweep/evidence/errors``, ``adsweep/evidence/timestamped``, ``adsweep/evidence/missing``
(hits stored without evidence), ``adsweep/evidence/unsealed`` (the run could not be sealed).

A full evidence disk (ENOSPC, a quota, a read-only remount) stops capturing for the rest of the
run with one clear error; nothing half-written stays behind (appends are all-or-nothing), the
hits still reach the store, and ``adsweep crawl`` exits 1 naming how many lack evidence.
"""

from __future__ import annotations

import errno
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipelines.config import setting
from pipelines.errors import TimestampError
from pipelines.evidence.archive import EvidenceArchive, sha256_bytes
from pipelines.evidence.warc import page_records, source_record
from pipelines.hit import Hit
from pipelines.items import PageItem, utcnow
from pipelines.run import RunContext
from pipelines.urls import hit_id

__all__ = ["TOOL", "EvidenceConfig", "EvidencePipeline", "capture", "evidence_ref", "recover"]

logger = logging.getLogger(__name__)


def _tool() -> str:
    try:
        from importlib.metadata import version

        return f"adsweep {version('adsweep')}"
    except Exception:
        return "adsweep"


#: Name and version of the capturing tool, recorded in every manifest entry.
TOOL = _tool()


def evidence_ref(archive: EvidenceArchive, entry: dict[str, Any]) -> dict[str, Any]:
    """The ``hit.evidence`` dict for a manifest entry (also used to recover a killed run)."""
    source = {"source": entry["source"]} if entry.get("source") else {}
    return source | {
        "run_id": entry["run_id"],
        "captured_at": entry["at"],
        "tool": entry["tool"],
        "warc": entry["warc"],
        "screenshot": entry["screenshot"],
        "text": entry["text"],
        "manifest": {
            "path": archive.rel(archive.manifest_path(entry["run_id"])),
            "seq": entry["seq"],
            "hash": entry["hash"],
        },
    }


def _detected(hit: Hit) -> dict[str, Any]:
    """The hit as detected, minus its text (kept as an object) — enough to rebuild it."""
    d = hit.to_dict()
    d.pop("text", None)
    d.pop("evidence", None)
    return d


def _records(item: PageItem, url: str, at: str) -> tuple[bytes, dict[str, str]]:
    """The WARC records of what was received: an HTTP exchange, or an export row as read."""
    if item.source:
        ctype = item.headers.get("Content-Type", "application/json; charset=utf-8")
        return source_record(url, item.body, ctype, at)
    return page_records(
        url,
        status=item.status,
        headers=item.headers,
        body=item.body,
        request_headers=item.request_headers,
        fetched_at=at,
    )


def capture(archive: EvidenceArchive, item: PageItem, hit: Hit, run_id: str) -> dict[str, Any]:
    """Write all artifacts of one page and chain a manifest entry; returns ``hit.evidence``.

    The entry also carries the detected hit (without its text, which is an object already), so
    a hit survives a crawl killed between this pipeline and the store: see :func:`recover`.
    """
    at = item.fetched_at or utcnow()
    url = item.final_url or item.url
    records, ids = _records(item, url, at)
    warc = archive.append_warc(run_id, records) | ids
    text = archive.put_object(item.text.encode("utf-8"), ".txt")
    shot = archive.put_object(item.screenshot, ".png") if item.screenshot else None
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
            "rules": sorted({f["rule_id"] for f in hit.findings}),
            "tool": TOOL,
            "warc": warc,
            "text": text,
            "screenshot": shot,
            "hit": _detected(hit),
        }
        | ({"source": item.source} if item.source else {}),
    )
    return evidence_ref(archive, entry)


def recover(archive: EvidenceArchive, run_id: str) -> Iterator[Hit]:
    """Hits of a killed run, rebuilt from its manifest (text read back from its object)."""
    for entry in archive.iter_entries(run_id):
        d = entry.get("hit")
        if entry.get("kind") != "capture" or not d:
            continue
        text_path = archive.root / entry["text"]["path"]
        d = dict(d, evidence=evidence_ref(archive, entry))
        d["text"] = text_path.read_text(encoding="utf-8") if text_path.exists() else ""
        yield Hit.from_dict(d)


@dataclass(frozen=True, slots=True)
class EvidenceConfig:
    """Where evidence goes, whether it is captured, and who timestamps it."""

    enabled: bool
    root: str
    tsa_url: str

    @classmethod
    def from_settings(cls, settings: Any) -> EvidenceConfig:
        return cls(
            enabled=setting(settings, "EVIDENCE_ENABLED", "bool"),
            root=setting(settings, "EVIDENCE_DIR"),
            tsa_url=setting(settings, "EVIDENCE_TSA_URL") or "",
        )


class EvidencePipeline:
    """Captures evidence for items with findings; never drops an item because capture failed."""

    def __init__(self, crawler: Any, config: EvidenceConfig, run: RunContext) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.archive = EvidenceArchive(Path(config.root))
        self.tsa_url = config.tsa_url
        self.run = run
        self.run_id = run.run_id
        self._hold: int | None = None
        #: Why capturing stopped for the rest of the run (a full disk), or "".
        self.stopped = ""

    @classmethod
    def from_crawler(cls, crawler: Any) -> EvidencePipeline:
        from scrapy.exceptions import NotConfigured

        config = EvidenceConfig.from_settings(crawler.settings)
        if not config.enabled:
            raise NotConfigured("EVIDENCE_ENABLED is off")
        return cls(crawler, config, RunContext.of(crawler))

    def open_spider(self) -> None:
        try:
            self._recover()
            self._hold = self.archive.hold(self.run_id)
        except OSError as e:
            self._stop(e)

    def _recover(self) -> None:
        """Hand hits of killed runs to the run's spool, then seal those runs.

        The store pipeline opens after this one and replays its spool first; ids are stable
        and the store merges, so a hit that did reach the store is not duplicated.
        """
        for run in self.archive.orphaned_runs():
            n = 0
            for hit in recover(self.archive, run):
                self.run.spool.append({"kind": "hit", "hit": hit.to_dict()})
                n += 1
            self.archive.seal(run, recovered_at=utcnow(), recovered_hits=n)
            self.stats.inc_value("adsweep/evidence/recovered", n)
            logger.warning("run %s was killed before it closed: %d hits recovered", run, n)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, PageItem) or item.hit is None:
            return item
        if self.stopped:
            self.stats.inc_value("adsweep/evidence/missing")
            return item
        try:
            item.hit.evidence = capture(self.archive, item, item.hit, item.run_id or self.run_id)
        except OSError as e:
            # The hit still goes to the store; a reviewer sees it has no evidence.
            self.stats.inc_value("adsweep/evidence/errors")
            self.stats.inc_value("adsweep/evidence/missing")
            if e.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS):
                self._stop(e)
            else:
                logger.error("evidence capture failed for %s: %s", item.url, e)
            return item
        self.stats.inc_value("adsweep/evidence/captured")
        if item.screenshot:
            self.stats.inc_value("adsweep/evidence/screenshots")
        return item

    def _stop(self, e: OSError) -> None:
        """A full (or read-only) evidence disk: stop capturing, say so once, keep crawling."""
        self.stopped = e.strerror or str(e)
        self.stats.set_value("adsweep/evidence/stopped", self.stopped)
        logger.error(
            "证据目录 %s 无法写入（%s）：本次运行停止采集证据，命中仍写入存储并计为缺少证据。"
            " Evidence capture stopped: %s is not writable (%s); hits are still stored, "
            "counted as adsweep/evidence/missing.",
            self.archive.root,
            self.stopped,
            self.archive.root,
            self.stopped,
        )

    def close_spider(self) -> None:
        if self._hold is not None:
            self.archive.release(self._hold)
            self._hold = None
        if not self.archive.manifest_path(self.run_id).exists():
            return
        try:
            self.archive.seal(self.run_id)
        except OSError as e:
            self.stats.inc_value("adsweep/evidence/unsealed")
            logger.error(
                "run %s not sealed (%s): its manifest stays open; `adsweep evidence verify` "
                "reports it, and the next crawl seals it when the disk has room",
                self.run_id,
                e.strerror or e,
            )
            return
        if self.tsa_url:
            from pipelines.evidence.tsa import timestamp_run

            try:
                timestamp_run(self.archive, self.run_id, self.tsa_url)
                self.stats.inc_value("adsweep/evidence/timestamped")
            except TimestampError as e:
                logger.error("RFC 3161 timestamp of run %s failed: %s", self.run_id, e)
                self.stats.inc_value("adsweep/evidence/errors")
