"""Facet counts and totals of a view, computed apart from the list and cached.

Counting every facet over a million hits costs far more than a page of the list (seconds, not
milliseconds, on SQLite), so the queue page renders the list at once and fetches the counts
separately. Each facet is counted with every filter of the view except its own (the usual
faceted search: the counts show what choosing another value would give).

The cache serves a view's counts while a background thread refreshes them ("stale while
revalidate"): after ``facet_cache_seconds``, or when this server wrote a decision, the next
request still gets the counts it has, and a fresh count replaces them a moment later. Only a
view nobody asked for before waits for its first count. Counts may therefore lag a decision
by the time one count takes; totals that a decision depends on (the bulk confirmation) are
counted fresh, never from here.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from queue import Empty, Queue
from typing import Any

from pipelines.store import Store, StoreError
from reviewer.filters import FACETS, ViewFilter

__all__ = ["FacetCache", "facet_counts", "view_total"]

logger = logging.getLogger(__name__)

#: URL parameter → facet field of the store.
_FIELD = {"run": "run_id"}
_TOP = 12
#: Views not asked for in this long are dropped instead of refreshed.
_FORGET_AFTER = 600.0


class FacetCache:
    """Counts by key, refreshed in one background thread; ``invalidate`` marks all stale."""

    def __init__(
        self, ttl: float, clock: Callable[[], float], max_entries: int = 256, idle: float = 5.0
    ) -> None:
        self.ttl, self.clock, self.max, self.idle = ttl, clock, max_entries, idle
        #: key → [computed_at, generation, value, compute, last_asked]
        self._data: dict[tuple, list[Any]] = {}
        self._gen = 0
        self._lock = threading.Lock()
        self._todo: Queue[tuple] = Queue()
        self._pending: set[tuple] = set()
        self._worker: threading.Thread | None = None

    def invalidate(self) -> None:
        """A write happened: every entry is refreshed the next time it is asked for."""
        with self._lock:
            self._gen += 1

    def get(self, key: tuple, compute: Callable[[], Any]) -> Any:
        now = self.clock()
        with self._lock:
            entry = self._data.get(key)
            if entry is not None:
                entry[3], entry[4] = compute, now
                if (now - entry[0] >= self.ttl or entry[1] != self._gen) and key not in (
                    self._pending
                ):
                    self._pending.add(key)
                    self._todo.put(key)
                    self._start()
                return entry[2]
            gen = self._gen
        value = compute()
        self._store(key, value, compute, now, gen)
        return value

    def _store(self, key: tuple, value: Any, compute: Callable[[], Any], at: float,
               gen: int) -> None:  # fmt: skip
        with self._lock:
            if len(self._data) >= self.max and key not in self._data:
                oldest = min(self._data, key=lambda k: self._data[k][4])
                del self._data[oldest]
            last = self._data.get(key, [0, 0, None, None, at])[4]
            self._data[key] = [at, gen, value, compute, max(last, at)]

    def join(self) -> None:
        """Wait until the background refresh is done (tests)."""
        if self._worker is not None:
            self._worker.join()

    def _start(self) -> None:
        if self._worker is None or not self._worker.is_alive():
            self._worker = threading.Thread(target=self._refresh, name="facet-cache",
                                            daemon=True)  # fmt: skip
            self._worker.start()

    def _refresh(self) -> None:
        while True:
            try:
                key = self._todo.get(timeout=self.idle)
            except Empty:
                return
            with self._lock:
                entry = self._data.get(key)
                gen, now = self._gen, self.clock()
            try:
                if entry is not None and now - entry[4] < _FORGET_AFTER:
                    self._store(key, entry[3](), entry[3], now, gen)
                elif entry is not None:
                    with self._lock:
                        self._data.pop(key, None)
            except StoreError as e:  # keep serving the old counts; try again when asked
                logger.warning("refreshing facet counts failed: %s", e)
            finally:
                with self._lock:
                    self._pending.discard(key)


def facet_counts(
    store: Store, view: ViewFilter, cache: FacetCache, fields: tuple[str, ...] = FACETS
) -> dict[str, list[tuple[str, int]]]:
    """Top values of each facet with their counts, each counted without its own filter."""
    out: dict[str, list[tuple[str, int]]] = {}
    for name in fields:
        field = _FIELD.get(name, name)

        def compute(name: str = name, field: str = field) -> list[tuple[str, int]]:
            q = view.query(size=1, without=name)
            counts = store.facets(q, [field])[field]
            return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:_TOP]

        out[name] = cache.get(("facet", name, view.key()), compute)
    return out


def view_total(store: Store, view: ViewFilter, cache: FacetCache) -> int:
    return cache.get(("total", view.key()), lambda: store.count(view.query(size=1)))
