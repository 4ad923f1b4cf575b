"""The store contract that both backends (SQLite, Elasticsearch) implement.

Reviewer and reports read and write only through this interface; the contract test suite in
``tests/store`` runs against every backend.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from typing import Any

from pipelines.hit import Hit

__all__ = ["Store", "merge_hit"]


def merge_hit(old: Hit | None, new: Hit) -> Hit:
    """Merge a freshly detected hit into the stored one.

    Detection fields come from ``new``; triage state (status, assignee, history) and
    ``first_seen`` survive from ``old``, because a re-crawl must never undo a reviewer's work.
    """
    if old is None:
        new.first_seen = new.first_seen or new.last_seen
        new.version = 1
        return new
    merged = Hit.from_dict(new.to_dict())
    merged.first_seen = old.first_seen or new.first_seen
    merged.last_seen = max(old.last_seen or "", new.last_seen or "")
    merged.status = old.status
    merged.status_changed_at = old.status_changed_at
    merged.assignee = old.assignee
    merged.history = list(old.history)
    merged.version = old.version + 1
    if not merged.evidence and old.evidence:
        merged.evidence = old.evidence
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

    @abstractmethod
    def iter_hits(self, **filters: Any) -> Iterator[Hit]:
        """Stream hits (filters: status, category, platform, run_id …) without loading all."""

    @abstractmethod
    def count_hits(self, **filters: Any) -> int: ...

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
    def ping(self) -> bool:
        return True

    def close(self) -> None:  # noqa: B027 - optional hook
        pass

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
