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
import time
from collections import Counter
from dataclasses import dataclass
from typing import Any

from pipelines.config import setting
from pipelines.errors import StoreError, StoreUnavailable
from pipelines.hit import STATUSES, Hit
from pipelines.hitbuild import content_fingerprint
from pipelines.items import PageItem, utcnow
from pipelines.run import RunContext
from pipelines.spool import Spool
from pipelines.store.base import Store

__all__ = ["StoreConfig", "StorePipeline", "apply_spooled"]

logger = logging.getLogger(__name__)

#: Failures that mean "the store did not take it, keep the data": never lose the item.
_DOWN = (StoreUnavailable, ConnectionError, OSError, TimeoutError)


def _valid_hit(d: Any) -> Hit:
    try:
        hit = Hit.from_dict(d)
    except (TypeError, KeyError, ValueError) as e:
        raise StoreError(f"invalid hit record: {e}") from e
    if not hit.id or not isinstance(hit.findings, list) or hit.status not in STATUSES:
        raise StoreError(f"invalid hit record {hit.id!r}")
    return hit


def apply_spooled(store: Store, rec: dict[str, Any]) -> None:
    """Write one spooled record to the store (raises when the store is still down).

    A record that can never be written (unknown kind, a hit without an id) raises StoreError.
    """
    kind = rec.get("kind")
    if kind == "hit":
        store.upsert_hit(_valid_hit(rec.get("hit")))
    elif kind == "page" and rec.get("url"):
        store.put_page(rec["url"], **rec.get("state", {}))
    elif kind == "run_start" and rec.get("run", {}).get("id"):
        if store.get_run(rec["run"]["id"]) is None:
            store.start_run(rec["run"])
    elif kind == "run_finish" and rec.get("run_id"):
        store.finish_run(rec["run_id"], **rec.get("fields", {}))
    else:
        raise StoreError(f"invalid spooled record of kind {kind!r}")


@dataclass(frozen=True, slots=True)
class StoreConfig:
    """The store pipeline's settings, read and checked once."""

    retry_interval: float

    @classmethod
    def from_settings(cls, settings: Any) -> StoreConfig:
        return cls(retry_interval=setting(settings, "STORE_RETRY_INTERVAL", "float"))


class StorePipeline:
    """Upserts hits and page states; spools when the store is down and replays later."""

    def __init__(self, crawler: Any, config: StoreConfig, run: RunContext) -> None:
        self.crawler = crawler
        self.config = config
        self.stats = crawler.stats
        self.run = run
        self.run_id = run.run_id
        self.spool = run.spool
        self.rejected = Spool(self.spool.path.with_suffix(".rejected.jsonl"))
        self.store: Store | None = None
        self.by_category: Counter[str] = Counter()
        self._down_until = 0.0

    @classmethod
    def from_crawler(cls, crawler: Any) -> StorePipeline:
        return cls(crawler, StoreConfig.from_settings(crawler.settings), RunContext.of(crawler))

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
        self.run.hold()
        self._connect()
        self._write({"kind": "run_start", "run": run})

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
        self._write({"kind": "run_finish", "run_id": self.run_id, "fields": fields})
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
        self.store = None
        self.run.release()

    # -- items --------------------------------------------------------------------------------
    def process_item(self, item: Any) -> Any:
        if not isinstance(item, PageItem):
            return item
        hit = item.hit
        if hit is not None:
            hit.run_id = hit.run_id or self.run_id
            self._write({"kind": "hit", "hit": hit.to_dict()})
            self._count_hit(hit)
        state = {
            "fingerprint": hit.content_fingerprint if hit else content_fingerprint(item),
            "detected_with": item.detected_with,
            "status": item.status,
            "last_seen": item.fetched_at,
            "hit_id": hit.id if hit else None,
            "run_id": self.run_id,
        }
        self._write({"kind": "page", "url": item.url, "state": state})
        self.stats.inc_value("adsweep/pages/stored")
        return item

    def _count_hit(self, hit: Hit) -> None:
        self.stats.inc_value("adsweep/hits/stored")
        if hit.severity == "high":
            self.stats.inc_value("adsweep/hits/high")
        for cat in hit.categories:
            self.by_category[cat] += 1
            self.stats.inc_value(f"adsweep/hits/category/{cat}")

    # -- store or spool -----------------------------------------------------------------------
    def _connect(self) -> bool:
        if self.store is not None:
            return True
        try:
            self.store = self.run.store()
        except _DOWN as e:
            logger.warning("store %s unavailable at open (%s); spooling", self.run.store_url, e)
            self._mark_down()
            return False
        self._try_replay()
        return True

    def _mark_down(self) -> None:
        self._down_until = time.monotonic() + self.config.retry_interval
        self.stats.inc_value("adsweep/store/errors")

    def _write(self, rec: dict[str, Any]) -> None:
        """Write through when the store answers; otherwise fsync into the spool."""
        up = time.monotonic() >= self._down_until and self._connect()
        if up and (not self.spool or self._try_replay()) and self._apply(rec):
            return
        self.spool.append(rec)
        self.stats.inc_value("adsweep/store/spooled")

    def _apply(self, rec: dict[str, Any]) -> bool:
        assert self.store is not None
        try:
            apply_spooled(self.store, rec)
        except _DOWN as e:
            logger.warning("store write failed (%s); spooling", e)
            self._mark_down()
            return False
        except StoreError as e:
            # The store answered but rejected this record (e.g. a mapping conflict): retrying
            # would block the spool behind it forever, so keep it aside, durably, for a person.
            logger.error("store rejected a %s record (%s); kept in %s", rec.get("kind"), e,
                         self.rejected.path)  # fmt: skip
            self.rejected.append({**rec, "error": str(e)})
            self.stats.inc_value("adsweep/store/rejected")
        return True

    def _replay_one(self, rec: dict[str, Any]) -> None:
        """Replay one record; a record the store rejects goes aside instead of blocking."""
        assert self.store is not None
        try:
            apply_spooled(self.store, rec)
        except _DOWN:
            raise
        except StoreError as e:
            logger.error("store rejected a spooled %s record (%s)", rec.get("kind"), e)
            self.rejected.append({**rec, "error": str(e)})
            self.stats.inc_value("adsweep/store/rejected")

    def _try_replay(self) -> bool:
        """Drain the spool; True when it is empty afterwards."""
        if self.store is None:
            return False
        try:
            n = self.spool.replay(self._replay_one)
        except _DOWN as e:
            logger.warning("store replay failed (%s); will retry", e)
            self._mark_down()
            return False
        if n:
            self.stats.inc_value("adsweep/store/replayed", n)
            logger.info("replayed %d spooled store records", n)
        return not self.spool
