"""StorePipeline: the last item pipeline; hits and page states go to the store, or the spool.

The store, the spool and the run id are the run's (:class:`pipelines.run.RunContext`: one
spool file per store URL, so two crawls against two stores never replay into the wrong one).
Settings (read once in :class:`StoreConfig`; defaults in ``crawlers/settings.py``):
``STORE_RETRY_INTERVAL``.

Stats: ``adsweep/hits/stored``, ``adsweep/hits/high``, ``adsweep/hits/category/<id>``,
``adsweep/pages/stored``, ``adsweep/store/spooled``, ``adsweep/store/replayed``,
``adsweep/store/errors``, ``adsweep/store/rejected`` (records the store refused as invalid; kept
in ``<spool>.rejected.jsonl``), ``adsweep/store/pending`` (records still in the spool at close:
the run did not finish writing, and ``adsweep crawl`` exits 1).
"""

from __future__ import annotations

import logging
from collections import Counter
from typing import Any

from pipelines.hit import Hit
from pipelines.hitbuild import content_fingerprint
from pipelines.items import PageItem, utcnow
from pipelines.run import RunContext
from pipelines.store.base import Store
from pipelines.store.writer import SpooledWriter, StoreConfig, apply_record

__all__ = ["StoreConfig", "StorePipeline", "apply_spooled"]

logger = logging.getLogger(__name__)


def apply_spooled(store: Store, rec: dict[str, Any]) -> None:
    """Write one spooled record to the store (see :func:`pipelines.store.writer.apply_record`)."""
    apply_record(store, rec)


class StorePipeline:
    """Upserts hits and page states; spools when the store is down and replays later."""

    def __init__(self, crawler: Any, config: StoreConfig, run: RunContext) -> None:
        self.crawler = crawler
        self.config = config
        self.stats = crawler.stats
        self.run = run
        self.run_id = run.run_id
        self.writer = SpooledWriter.for_crawler(crawler)
        self.spool = self.writer.spool
        self.rejected = self.writer.rejected
        self.by_category: Counter[str] = Counter()

    @classmethod
    def from_crawler(cls, crawler: Any) -> StorePipeline:
        return cls(crawler, StoreConfig.from_settings(crawler.settings), RunContext.of(crawler))

    @property
    def store(self) -> Store | None:
        return self.writer.store

    # -- lifecycle ----------------------------------------------------------------------------
    def open_spider(self) -> None:
        spider = getattr(self.crawler, "spider", None)
        run = {
            "id": self.run_id,
            "started_at": utcnow(),
            "spider": getattr(spider, "name", ""),
            "target": self.run.target,
            "platform": self.run.platform,
            "status": "running",
            "store": self.run.store_url,
            **self.run.record,
        }
        self.writer.acquire()
        self.writer.connect()
        self.writer.write({"kind": "run_start", "run": run})

    def close_spider(self) -> None:
        get = self.stats.get_value
        failed = get("adsweep/pages/error", 0)
        missing = get("adsweep/evidence/missing", 0)
        fields = {
            "finished_at": utcnow(),
            "status": "incomplete" if failed or missing else "finished",
            "stop_reason": get("finish_reason") or "finished",
            "pages": get("response_received_count", 0),
            "hits": get("adsweep/hits/stored", 0),
            "hits_by_category": dict(self.by_category),
            "errors": failed,
            "pages_failed": failed,
            "evidence_missing": missing,
            "spooled": get("adsweep/store/spooled", 0),
            "robots_override_reason": get("adsweep/robots/override_reason") or "",
            "traps": {
                k.rsplit("/", 1)[1]: v
                for k, v in self.stats.get_stats().items()
                if k.startswith("adsweep/trap/")
            },
            **self.run.record,
        }
        self.writer.write({"kind": "run_finish", "run_id": self.run_id, "fields": fields})
        if self.spool and self._try_replay():
            logger.info("store spool drained at close")
        pending = self.spool.pending() if self.spool else 0
        self.stats.set_value("adsweep/store/pending", pending)
        if pending:
            logger.error(
                "store still unavailable: %d records wait in %s and are written on the next "
                "run against this store",
                pending,
                self.spool.path,
            )
        self.writer.release()

    # -- items --------------------------------------------------------------------------------
    def process_item(self, item: Any) -> Any:
        if not isinstance(item, PageItem):
            return item
        hit = item.hit
        if hit is not None:
            hit.run_id = hit.run_id or self.run_id
            self.writer.write({"kind": "hit", "hit": hit.to_dict()})
            self._count_hit(hit)
        state = {
            "fingerprint": hit.content_fingerprint if hit else content_fingerprint(item),
            "detected_with": item.detected_with,
            "status": item.status,
            "last_seen": item.fetched_at,
            "hit_id": hit.id if hit else None,
            "run_id": self.run_id,
        }
        self.writer.write({"kind": "page", "url": item.url, "state": state})
        self.stats.inc_value("adsweep/pages/stored")
        return item

    def _count_hit(self, hit: Hit) -> None:
        self.stats.inc_value("adsweep/hits/stored")
        if hit.severity == "high":
            self.stats.inc_value("adsweep/hits/high")
        for cat in hit.categories:
            self.by_category[cat] += 1
            self.stats.inc_value(f"adsweep/hits/category/{cat}")

    def _try_replay(self) -> bool:
        """Drain the spool (connecting first if need be); True when it is empty afterwards."""
        return self.writer.connect() and self.writer.replay()
