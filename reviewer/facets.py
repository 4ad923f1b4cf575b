"""Facet counts and totals of a view, computed apart from the list and cached.

Counting every facet over a million hits costs far more than a page of the list, so the queue
page renders the list at once and fetches the counts separately. Each facet is counted with
every filter of the view except its own (the usual faceted search: the counts show what
choosing another value would give). Results are kept for ``facet_cache_seconds`` and dropped
whenever this server writes a triage change (:meth:`FacetCache.invalidate`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from pipelines.store import Store
from reviewer.filters import FACETS, ViewFilter

__all__ = ["FacetCache", "facet_counts", "view_total"]

#: URL parameter → facet field of the store.
_FIELD = {"run": "run_id"}
_TOP = 12


class FacetCache:
    """A small TTL cache keyed by view; a generation number empties it on writes."""

    def __init__(self, ttl: float, clock: Callable[[], float], max_entries: int = 512) -> None:
        self.ttl, self.clock, self.max = ttl, clock, max_entries
        self._data: dict[tuple, tuple[float, int, Any]] = {}
        self._gen = 0
        self._lock = threading.Lock()

    def invalidate(self) -> None:
        with self._lock:
            self._gen += 1
            self._data.clear()

    def get(self, key: tuple, compute: Callable[[], Any]) -> Any:
        now = self.clock()
        with self._lock:
            hit = self._data.get(key)
            gen = self._gen
            if hit and hit[1] == gen and now - hit[0] < self.ttl:
                return hit[2]
        value = compute()
        with self._lock:
            if gen == self._gen:  # a write since we started: do not cache a stale count
                if len(self._data) >= self.max:
                    self._data.pop(next(iter(self._data)))
                self._data[key] = (now, gen, value)
        return value


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
