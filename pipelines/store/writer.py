"""Every store write that must survive an outage: write through, or spool and replay in order.

One :class:`SpooledWriter` per crawl (shared by the lifecycle and store pipelines through
:meth:`SpooledWriter.for_crawler`, so their records keep one order) and one per triage caller.
A write is a record (a dict with a ``kind``); :func:`apply_record` applies it. When the store is
down or refuses writes the record is fsync'd into the spool and replayed, oldest first, before
the next write, at close and when the next run opens.

Kinds: ``hit``, ``page``, ``run_start``, ``run_finish`` (crawl results); ``touch`` (an unchanged
page bumps its hit's ``last_seen``), ``lifecycle`` (a listing found ``removed`` or ``seen``
again: decided at replay from the store's state then); ``status`` and ``assign`` (triage).

Triage and lifecycle records carry the time they were made (``at``). Replayed, a record never
overwrites a newer decision: when the hit's history already has a decision of the same kind made
later, the record is not applied and an audit entry ``<action>_superseded`` says so (nothing is
lost, the newer decision stands). A record applied already (same action, time and actor in the
history: a replay cut short by a crash) is skipped.
"""

from __future__ import annotations

import logging
import time
import weakref
from dataclasses import dataclass
from typing import Any

from pipelines.config import setting
from pipelines.errors import ConflictError, StoreError, StoreUnavailable
from pipelines.hit import STATUSES, Hit
from pipelines.items import utcnow
from pipelines.run import RunContext
from pipelines.spool import Spool
from pipelines.store import open_store
from pipelines.store.base import Store
from pipelines.urls import hit_id as hit_id_of

__all__ = [
    "ACTOR",
    "DOWN",
    "SpooledWriter",
    "StoreConfig",
    "apply_record",
    "mark_removed",
    "mark_seen",
    "superseded",
]

logger = logging.getLogger(__name__)

#: Failures that mean "the store did not take it, keep the data": never lose the record.
DOWN = (StoreUnavailable, ConnectionError, OSError, TimeoutError)


def _valid_hit(d: Any) -> Hit:
    try:
        hit = Hit.from_dict(d)
    except (TypeError, KeyError, ValueError) as e:
        raise StoreError(f"invalid hit record: {e}") from e
    if not hit.id or not isinstance(hit.findings, list) or hit.status not in STATUSES:
        raise StoreError(f"invalid hit record {hit.id!r}")
    return hit


def superseded(hit: Hit, action: str, at: str, actor: str = "", value: Any = None) -> str:
    """``"newer"`` when the hit has a later decision of ``action``, ``"applied"`` when this very
    decision is in its history already, else ``""``."""
    key = "to" if action == "status" else "assignee"
    for entry in hit.history:
        if entry.get("action") != action:
            continue
        when = entry.get("at") or ""
        if when > at:
            return "newer"
        if when == at and entry.get("actor") == actor and entry.get(key) == value:
            return "applied"
    if action == "status" and (hit.status_changed_at or "") > at:
        return "newer"
    return ""


def _triage(store: Store, rec: dict[str, Any]) -> Hit | None:
    """Apply a spooled ``status``/``assign`` record unless a newer decision exists."""
    action, hit_id, at, actor = rec["kind"], rec["hit_id"], rec["at"], rec["actor"]
    value = rec["status"] if action == "status" else rec.get("assignee")
    for _ in range(16):
        hit = store.get_hit(hit_id)
        if hit is None:
            raise StoreError(f"{action} for unknown hit {hit_id}")
        state = superseded(hit, action, at, actor, value)
        if state == "applied":
            return None
        if state == "newer":
            detail = {k: v for k, v in rec.items() if k != "kind"}
            store.append_audit(f"{action}_superseded", actor=actor, hit_id=hit_id, detail=detail)
            return None
        try:
            if action == "status":
                return store.set_status(hit_id, value, actor=actor, at=at,
                                        expected_version=hit.version, **rec.get("args", {}))  # fmt: skip
            return store.assign(hit_id, value, actor=actor, at=at, expected_version=hit.version)
        except ConflictError:
            continue  # a crawl merged in between: read again
    raise StoreUnavailable(f"{action} on {hit_id}: too many concurrent writers, try again")


#: The actor recorded in a hit's history for transitions made by re-crawls.
ACTOR = "adsweep-recrawl"


def mark_removed(store: Store, url: str, reason: str, at: str | None = None) -> Hit | None:
    """Set the page's hit to ``removed`` (once); returns the updated hit or None."""
    return _transition(store, url, "removed", f"复查发现已删除（{reason}）", at or utcnow())


def mark_seen(store: Store, url: str, at: str | None = None) -> Hit | None:
    """Set a ``removed`` hit whose page is live again to ``reappeared``; else None."""
    return _transition(store, url, "reappeared", "复查发现重新上架", at or utcnow())


def _transition(store: Store, url: str, to: str, note: str, at: str) -> Hit | None:
    """removed: from any status but removed; reappeared: from removed only. A transition seen
    before a newer decision (a replayed record) leaves the decision and is audited instead."""
    hit = store.get_hit(hit_id_of(url))
    if hit is None or (hit.status == "removed") == (to == "removed"):
        return None
    if superseded(hit, "status", at) == "newer":
        detail = {"to": to, "at": at, "note": note, "url": url}
        store.append_audit("status_superseded", actor=ACTOR, hit_id=hit.id, detail=detail)
        return None
    return store.set_status(hit.id, to, actor=ACTOR, note=note, at=at)


def _lifecycle(store: Store, rec: dict[str, Any]) -> Hit | None:
    url, at = rec["url"], rec["at"]
    if rec["event"] == "removed":
        hit = mark_removed(store, url, rec.get("reason", ""), at)
        store.put_page(url, status=rec.get("status"), removed=rec.get("reason"), last_seen=at)
        return hit
    page = store.get_page(url)
    hit = mark_seen(store, url, at) if page and page.get("hit_id") else None
    if page and page.get("removed"):
        store.put_page(url, removed=None)
    return hit


def apply_record(store: Store, rec: dict[str, Any]) -> Any:
    """Write one record to the store (raises when the store is still down).

    A record that can never be written (unknown kind, a hit without an id) raises StoreError.
    """
    kind = rec.get("kind")
    if kind == "hit":
        return store.upsert_hit(_valid_hit(rec.get("hit")))
    if kind == "page" and rec.get("url"):
        return store.put_page(rec["url"], **rec.get("state", {}))
    if kind == "run_start" and rec.get("run", {}).get("id"):
        if store.get_run(rec["run"]["id"]) is None:
            store.start_run(rec["run"])
        return None
    if kind == "run_finish" and rec.get("run_id"):
        return store.finish_run(rec["run_id"], **rec.get("fields", {}))
    if kind == "touch" and rec.get("hit_id") and rec.get("seen_at"):
        return store.touch_hit(rec["hit_id"], rec["seen_at"], rec.get("run_id", ""))
    if kind in ("status", "assign") and all(rec.get(k) for k in ("hit_id", "at", "actor")):
        if kind == "status" and rec.get("status") not in STATUSES:
            raise StoreError(f"invalid status record {rec.get('status')!r}")
        return _triage(store, rec)
    if kind == "lifecycle" and rec.get("event") in ("removed", "seen") and rec.get("url"):
        return _lifecycle(store, rec)
    raise StoreError(f"invalid spooled record of kind {kind!r}")


@dataclass(frozen=True, slots=True)
class StoreConfig:
    """The store writer's own setting (the run context owns the URL, the spool and the run id):
    ``STORE_RETRY_INTERVAL``, seconds after a failed write before the store is tried again."""

    retry_interval: float

    @classmethod
    def from_settings(cls, settings: Any) -> StoreConfig:
        return cls(retry_interval=setting(settings, "STORE_RETRY_INTERVAL", "float"))


_SHARED: weakref.WeakKeyDictionary[RunContext, SpooledWriter] = weakref.WeakKeyDictionary()


class SpooledWriter:
    """The store, or the spool when the store is down; shared by the pipelines of one crawl.

    ``stats`` (a Scrapy stats collector, optional) counts ``adsweep/store/spooled``,
    ``…/replayed``, ``…/errors`` and ``…/rejected``.
    """

    def __init__(self, url: str, spool: Spool, *, retry_interval: float = 5.0,
                 stats: Any = None, run: RunContext | None = None) -> None:  # fmt: skip
        self.url = url
        self.run = run
        self.spool = spool
        self.rejected = Spool(spool.path.with_suffix(".rejected.jsonl"))
        self.retry_interval = retry_interval
        self.stats = stats
        self.store: Store | None = None
        self._down_until = 0.0
        self._users = 0

    @classmethod
    def for_crawler(cls, crawler: Any) -> SpooledWriter:
        """The crawl's one writer, on the run's store and spool (:class:`RunContext`)."""
        run = RunContext.of(crawler)
        writer = _SHARED.get(run)
        if writer is None:
            cfg = StoreConfig.from_settings(crawler.settings)
            writer = cls(run.store_url, run.spool, retry_interval=cfg.retry_interval,
                         stats=crawler.stats, run=run)  # fmt: skip
            _SHARED[run] = writer
        return writer

    def acquire(self) -> SpooledWriter:
        """A user starts writing (a pipeline's ``open_spider``); holds the run too."""
        self._users += 1
        if self.run is not None:
            self.run.hold()
        return self

    def release(self) -> None:
        """A user is done; the run closes its store when its last holder lets go, a writer of
        its own closes the store with its last user."""
        self._users -= 1
        if self.run is not None:
            self.run.release()
            if self._users <= 0 or not self.run.store_open:
                self.store = None  # the run's (or its owner's) to close
        elif self._users <= 0 and self.store is not None:
            self.store.close()
            self.store = None

    def _inc(self, key: str, n: int = 1) -> None:
        if self.stats is not None:
            self.stats.inc_value(key, n)

    # -- store or spool ---------------------------------------------------------------------
    def connect(self) -> bool:
        """Open the store (replaying the spool); False while it is down."""
        if self.store is not None:
            return True
        if time.monotonic() < self._down_until:
            return False
        try:
            self.store = self.run.store() if self.run is not None else open_store(self.url)
        except DOWN as e:
            logger.warning("store %s unavailable (%s); spooling", self.url, e)
            self._mark_down()
            return False
        self.replay()
        return True

    def _mark_down(self) -> None:
        self._down_until = time.monotonic() + self.retry_interval
        self._inc("adsweep/store/errors")

    def write(self, rec: dict[str, Any]) -> tuple[bool, Any]:
        """Write through when the store answers, else fsync into the spool.

        Returns ``(True, result)`` when applied now, ``(False, None)`` when spooled.
        """
        up = time.monotonic() >= self._down_until and self.connect()
        if up and (not self.spool or self.replay()):
            ok, result = self._apply(rec)
            if ok:
                return True, result
        self.spool.append(rec)
        self._inc("adsweep/store/spooled")
        return False, None

    def _apply(self, rec: dict[str, Any]) -> tuple[bool, Any]:
        assert self.store is not None
        try:
            return True, apply_record(self.store, rec)
        except DOWN as e:
            logger.warning("store write failed (%s); spooling", e)
            self._mark_down()
            return False, None
        except StoreError as e:
            self._reject(rec, e)
            return True, None

    def _reject(self, rec: dict[str, Any], e: Exception) -> None:
        """The store answered but refused this record for good: retrying would block the spool
        behind it forever, so it goes aside, durably, for a person."""
        logger.error("store rejected a %s record (%s); kept in %s", rec.get("kind"), e,
                     self.rejected.path)  # fmt: skip
        self.rejected.append({**rec, "error": str(e)})
        self._inc("adsweep/store/rejected")

    def _replay_one(self, rec: dict[str, Any]) -> None:
        assert self.store is not None
        try:
            apply_record(self.store, rec)
        except DOWN:
            raise
        except StoreError as e:
            self._reject(rec, e)

    def replay(self) -> bool:
        """Drain the spool; True when it is empty afterwards."""
        if self.store is None:
            return False
        try:
            n = self.spool.replay(self._replay_one)
        except DOWN as e:
            logger.warning("store replay failed (%s); will retry", e)
            self._mark_down()
            return False
        if n:
            self._inc("adsweep/store/replayed", n)
            logger.info("replayed %d spooled store records", n)
        return not self.spool

    # -- triage (reviewers' writes survive an outage too) -----------------------------------
    def set_status(self, hit_id: str, status: str, *, actor: str, at: str, **args: Any) -> Any:
        """Set a status now, or spool it; ``args`` go to :meth:`Store.set_status` (``note``, ``reason``)."""
        rec = {"kind": "status", "hit_id": hit_id, "status": status, "actor": actor, "at": at}
        return self.write({**rec, "args": args} if args else rec)[1]

    def assign(self, hit_id: str, assignee: str | None, *, actor: str, at: str) -> Any:
        rec = {"kind": "assign", "hit_id": hit_id, "assignee": assignee, "actor": actor, "at": at}
        return self.write(rec)[1]
