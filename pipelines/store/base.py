"""The store contract that both backends (SQLite, Elasticsearch) implement.

Reviewer and reports read and write only through this interface; the contract test suite in
``tests/store`` runs against every backend.
"""

from __future__ import annotations

import copy
import json
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pipelines.errors import ConflictError
from pipelines.hit import Hit
from pipelines.store.query import HitPage, HitQuery

__all__ = [
    "BulkResult",
    "Store",
    "apply_triage",
    "encode_json",
    "hit_fields",
    "merge_hit",
    "split_repeats",
    "stale_message",
]


_HIT_FIELDS = tuple(Hit.__dataclass_fields__)

#: Stored documents are plain data (never cyclic): skipping the cycle check saves a tenth of
#: encoding.
encode_json = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode


def hit_fields(hit: Hit) -> dict[str, Any]:
    """The hit's fields as a shallow dict, for a document serialized at once.

    ``Hit.to_dict`` (``dataclasses.asdict``) deep-copies every finding, contact and history
    entry: the largest Python cost of a bulk write, for a copy that is encoded and dropped.
    """
    return {f: getattr(hit, f) for f in _HIT_FIELDS}


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


def split_repeats(hits: Iterable[Hit]) -> tuple[dict[str, Hit], list[Hit]]:
    """A bulk batch's first capture of each page by id, and the later captures of pages
    already in it, in order.

    A batch merges every hit against what was stored before it, so a second capture of one
    page is written after the batch, as a second upsert would be: it merges into the first
    (a replayed older capture listed last must not replace a newer one).
    """
    first: dict[str, Hit] = {}
    later: list[Hit] = []
    for h in hits:
        if h.id in first:
            later.append(h)
        else:
            first[h.id] = h
    return first, later


def stale_message(hit_id: str, current: int | None, expected: int) -> str:
    """The one wording of a lost optimistic-concurrency race, shown to reviewers as is."""
    now = f"当前版本 {current}，" if current is not None else ""
    return f"命中记录 {hit_id} 已被他人修改（{now}您提交的版本 {expected}），请刷新后重试"


def apply_triage(
    hit: Hit, fields: dict[str, Any], history: dict[str, Any], *, actor: str, action: str, at: str
) -> dict[str, Any]:
    """Apply a triage change to ``hit`` in place; returns the history entry it appended.

    The entry records the value before the change as ``from`` (status or assignee), so the
    audit log always holds who, when, what, before and after.
    """
    entry = {"at": at, "actor": actor, "action": action, **history}
    for key in ("status", "assignee"):
        if key in fields:
            entry["from"] = getattr(hit, key)
            break
    hit.history.append(entry)
    for k, v in fields.items():
        setattr(hit, k, v)
    hit.version += 1
    return entry


def status_change(
    status: str, *, note: str, reason: str, at: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(fields, history) of a status change; ``reason`` is a reject-reason id when given."""
    history: dict[str, Any] = {"to": status, "note": note}
    if reason:
        history["reason"] = reason
    return {"status": status, "status_changed_at": at}, history


@dataclass(slots=True)
class BulkResult:
    """Outcome of :meth:`Store.set_status_many`: what changed and what was left alone, why."""

    changed: list[str] = field(default_factory=list)
    #: Already in the requested status: nothing written, no audit entry.
    unchanged: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    #: Hit id → the stale-version message (another reviewer changed it first).
    conflicts: dict[str, str] = field(default_factory=dict)


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

    def get_hits(self, hit_ids: Iterable[str]) -> dict[str, Hit]:
        """The stored hits among ``hit_ids`` by id (missing ones left out), in one round trip
        per few hundred ids where the backend can: a page that names fifty hits (the audit
        log, a notice, a bulk result) must not wait for fifty requests to a search engine."""
        out = {}
        for hid in dict.fromkeys(hit_ids):
            hit = self.get_hit(hid)
            if hit is not None:
                out[hid] = hit
        return out

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
    def histogram(
        self, q: HitQuery, field: str = "first_seen", *, utc_offset_hours: int = 0
    ) -> dict[str, int]:
        """Hits per day (``YYYY-MM-DD``) of ``field`` over the hits matching ``q``.

        Days are UTC days, or the days of a clock ``utc_offset_hours`` ahead of UTC (8 for
        Beijing time: campaign statistics count by the reviewers' calendar).
        """

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
        reason: str = "",
        at: str | None = None,
    ) -> Hit:
        """Change triage status, appending to history and the audit log.

        ``reason`` is a reject-reason id (``lexicon.vocabulary.REJECT_REASONS``), ``note`` free
        text; both land in the history entry. Raises ConflictError when ``expected_version``
        is stale.
        """

    def set_status_many(
        self,
        hit_ids: Iterable[str],
        status: str,
        *,
        actor: str,
        note: str = "",
        reason: str = "",
        expected_versions: dict[str, int] | None = None,
        at: str | None = None,
    ) -> BulkResult:
        """Bulk :meth:`set_status` with the same history and audit entry per hit.

        Hits already in ``status`` are left alone; a hit whose version differs from
        ``expected_versions[id]`` is reported as a conflict, never overwritten. Backends
        override this with a batched write; this fallback is one write per hit.
        """
        out = BulkResult()
        expected = expected_versions or {}
        for hid in hit_ids:
            hit = self.get_hit(hid)
            if hit is None:
                out.missing.append(hid)
            elif hid in expected and expected[hid] != hit.version:
                out.conflicts[hid] = stale_message(hid, hit.version, expected[hid])
            elif hit.status == status:
                out.unchanged.append(hid)
            else:
                try:
                    self.set_status(hid, status, actor=actor, note=note, reason=reason,
                                    expected_version=hit.version, at=at)  # fmt: skip
                    out.changed.append(hid)
                except ConflictError as e:
                    out.conflicts[hid] = str(e)
        return out

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

    @abstractmethod
    def query_audit(
        self,
        *,
        action: str | list[str] | None = None,
        actor: str | None = None,
        hit_id: str | None = None,
        since: str | None = None,
        until: str | None = None,
        before: str | None = None,
        limit: int = 100,
    ) -> list[dict[str, Any]]:
        """Audit entries newest first, filtered; ``before`` is an entry id (the next page).

        ``since`` is inclusive and ``until`` exclusive (ISO-8601, compared as strings).
        """

    # -- reviewer accounts --------------------------------------------------------------------
    @abstractmethod
    def put_user(self, user: dict[str, Any]) -> dict[str, Any]:
        """Create an account (``name`` required); an existing name raises ConflictError.

        Stored fields: ``name``, ``role``, ``password_hash``, ``disabled``, ``session_epoch``
        (bumped to end every session of the account), ``created_at``, ``version``.
        """

    @abstractmethod
    def get_user(self, name: str) -> dict[str, Any] | None: ...

    @abstractmethod
    def update_user(
        self, name: str, *, expected_version: int | None = None, **fields: Any
    ) -> dict[str, Any]:
        """Change fields of an account (optimistic concurrency as :meth:`update_notice`)."""

    @abstractmethod
    def list_users(self) -> list[dict[str, Any]]:
        """Every account, by name."""

    # -- saved views (per user) ----------------------------------------------------------------
    @abstractmethod
    def put_view(self, owner: str, name: str, query: str) -> dict[str, Any]:
        """Save (or replace) a named queue view: ``query`` is the view's URL query string."""

    @abstractmethod
    def list_views(self, owner: str) -> list[dict[str, Any]]:
        """The owner's saved views, by name."""

    @abstractmethod
    def delete_view(self, owner: str, name: str) -> bool: ...

    # -- review claims ---------------------------------------------------------------------------
    @abstractmethod
    def claim_hit(self, hit_id: str, holder: str, *, ttl: float, now: float | None = None) -> bool:
        """Claim a hit for ``ttl`` seconds; False when someone else holds an unexpired claim.

        Atomic across processes: two reviewers asking at once never both get True. The holder
        may renew its own claim. ``now`` is epoch seconds (tests pass it; default the clock).
        """

    @abstractmethod
    def release_claim(self, hit_id: str, holder: str) -> None:
        """Drop ``holder``'s claim on the hit (after a decision or a skip); others' stay."""

    @abstractmethod
    def active_claims(self, now: float | None = None) -> dict[str, str]:
        """Unexpired claims: hit id → holder."""

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
