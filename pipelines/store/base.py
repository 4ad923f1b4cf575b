"""The store contract that both backends (SQLite, Elasticsearch) implement.

Reviewer and reports read and write only through this interface; the contract test suite in
``tests/store`` runs against every backend.
"""

from __future__ import annotations

import copy
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from typing import Any

from pipelines.hit import Hit
from pipelines.store.query import HitPage, HitQuery

__all__ = ["Store", "merge_hit"]


#: Listing fields a re-crawl keeps from the stored hit when it read nothing for them.
KEPT_FIELDS: tuple[str, ...] = ("platform", "shop", "seller", "price", "target")


def merge_hit(old: Hit | None, new: Hit) -> Hit:
    """Merge a freshly detected hit into the stored one.

    Detection fields come from ``new``; triage state (status, assignee, history) and
    ``first_seen`` survive from ``old``, because a re-crawl must never undo a reviewer's work.
    """
    if old is None:
        new.first_seen = new.first_seen or new.last_seen
        new.version = 1
        return new
    # A replayed (older) capture must not overwrite what a later crawl saw.
    newer = new if (new.last_seen or "") >= (old.last_seen or "") else old
    merged = copy.copy(newer)  # shallow: nested lists are replaced below, never mutated
    seen = (old.first_seen, new.first_seen, new.last_seen)
    merged.first_seen = min((x for x in seen if x), default="")
    merged.last_seen = max(old.last_seen or "", new.last_seen or "")
    merged.status = old.status
    merged.status_changed_at = old.status_changed_at
    merged.assignee = old.assignee
    merged.history = list(old.history)
    merged.version = old.version + 1
    if not merged.evidence:
        merged.evidence = new.evidence or old.evidence
    # What a crawl could not read must not erase what an earlier one did: a re-check or a
    # notice's verification crawl has no target selectors or platform names, and a letter
    # (or a case) still needs the listing's platform, shop and seller.
    for name in KEPT_FIELDS:
        if not getattr(merged, name):
            setattr(merged, name, getattr(old, name) or getattr(new, name))
    return merged


class Store(ABC):
    """Persistence for hits, page states, runs, audit and notices."""

    url: str

    # -- hits ---------------------------------------------------------------------------
    @abstractmethod
    def upsert_hit(self, hit: Hit) -> Hit:
        """Insert or merge (see :func:`merge_hit`); returns the stored record."""

    def upsert_hits(self, hits: Iterable[Hit]) -> int:
        n = 0
        for h in hits:
            self.upsert_hit(h)
            n += 1
        return n

    @abstractmethod
    def get_hit(self, hit_id: str) -> Hit | None: ...

    def iter_hits(self, **filters: Any) -> Iterator[Hit]:
        """Stream hits matching ``filters`` (any :class:`HitQuery` field) in pages of 500.

        Cursor paging, oldest first: a million hits never sit in memory at once.
        """
        filters.setdefault("sort", "first_seen")
        filters.setdefault("order", "asc")
        q = HitQuery.of(size=500, with_total=False, **filters)
        while True:
            page = self.query(q)
            yield from page.hits
            if not page.next_cursor:
                return
            q.cursor = page.next_cursor

    def count_hits(self, **filters: Any) -> int:
        return self.count(HitQuery.of(**filters))

    @abstractmethod
    def query(self, q: HitQuery) -> HitPage:
        """One page of hits matching ``q`` (filters, full text, sort, cursor)."""

    @abstractmethod
    def count(self, q: HitQuery) -> int: ...

    @abstractmethod
    def facets(self, q: HitQuery, fields: Iterable[str]) -> dict[str, dict[str, int]]:
        """Counts per value of each field (see ``FACET_FIELDS``) over the hits matching ``q``."""

    @abstractmethod
    def histogram(self, q: HitQuery, field: str = "first_seen") -> dict[str, int]:
        """Hits per UTC day (``YYYY-MM-DD``) of ``field`` over the hits matching ``q``."""

    @abstractmethod
    def assign(
        self,
        hit_id: str,
        assignee: str | None,
        *,
        actor: str,
        expected_version: int | None = None,
        at: str | None = None,
    ) -> Hit:
        """Set or clear the assignee (optimistic concurrency and audit as in set_status)."""

    @abstractmethod
    def touch_hit(self, hit_id: str, seen_at: str, run_id: str = "") -> bool:
        """Bump ``last_seen`` of an unchanged page's hit; False when there is no such hit."""

    @abstractmethod
    def set_status(
        self,
        hit_id: str,
        status: str,
        *,
        actor: str,
        expected_version: int | None = None,
        note: str = "",
        at: str | None = None,
    ) -> Hit:
        """Change triage status, appending to history and the audit log.

        Raises ConflictError when ``expected_version`` is stale.
        """

    # -- audit (append-only: there is no method to change or delete an entry) -------------------
    @abstractmethod
    def append_audit(
        self,
        action: str,
        *,
        actor: str,
        hit_id: str | None = None,
        detail: dict[str, Any] | None = None,
        at: str | None = None,
    ) -> dict[str, Any]:
        """Record who did what; returns the entry with its ``id`` and ``at``."""

    @abstractmethod
    def iter_audit(
        self, *, hit_id: str | None = None, actor: str | None = None, limit: int | None = None
    ) -> Iterator[dict[str, Any]]:
        """Audit entries, oldest first."""

    # -- notices ------------------------------------------------------------------------------
    @abstractmethod
    def put_notice(self, notice: dict[str, Any]) -> dict[str, Any]:
        """Create a notice (``id`` required); refuses an existing id with ConflictError."""

    @abstractmethod
    def get_notice(self, notice_id: str) -> dict[str, Any] | None: ...

    @abstractmethod
    def update_notice(
        self, notice_id: str, *, expected_version: int, **fields: Any
    ) -> dict[str, Any]:
        """Change fields of a notice; a stale ``expected_version`` raises ConflictError."""

    @abstractmethod
    def list_notices(self, **filters: Any) -> list[dict[str, Any]]:
        """Notices whose fields equal ``filters`` (e.g. ``status``, ``hit_id``), newest first."""

    # -- document numbers ---------------------------------------------------------------------
    @abstractmethod
    def next_number(self, series: str) -> int:
        """Take the next number of ``series`` (1, 2, 3, …), atomically across processes.

        A number once returned is never returned again, even when the caller then fails:
        official document numbers (文号) must not be reused, so a failed render leaves a gap
        that the audit log explains rather than a duplicate.
        """

    # -- pages (incremental re-crawls, removal checks) -------------------------------------
    @abstractmethod
    def get_page(self, url: str) -> dict[str, Any] | None:
        """The last known state of a page: fingerprint, status, last_seen, hit_id."""

    @abstractmethod
    def put_page(self, url: str, **state: Any) -> None: ...

    # -- runs -------------------------------------------------------------------------------
    @abstractmethod
    def start_run(self, run: dict[str, Any]) -> None: ...

    @abstractmethod
    def finish_run(self, run_id: str, **fields: Any) -> None: ...

    @abstractmethod
    def get_run(self, run_id: str) -> dict[str, Any] | None: ...

    @abstractmethod
    def list_runs(self, limit: int = 50) -> list[dict[str, Any]]: ...

    # -- lifecycle --------------------------------------------------------------------------
    @abstractmethod
    def describe(self) -> dict[str, Any]:
        """What ``adsweep store info`` shows: ``engine``, ``version``, ``indices`` (name, docs,
        size, health), ``aliases`` (alias → index) and ``counts`` per record kind."""

    def ping(self) -> bool:
        return True

    def refresh(self) -> None:  # noqa: B027 - only near-real-time backends need it
        """Make every acknowledged write visible to queries (Elasticsearch refresh)."""

    def close(self) -> None:  # noqa: B027 - optional hook
        pass

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
