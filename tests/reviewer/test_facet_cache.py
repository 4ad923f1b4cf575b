"""The facet cache serves what it has while a fresh count is made in the background."""

from __future__ import annotations

from reviewer.facets import FacetCache
from tests.reviewer.helpers import Clock


def test_stale_counts_are_served_while_a_fresh_count_is_made():
    clock = Clock()
    cache = FacetCache(ttl=60, clock=clock, idle=0.01)
    counts = iter([1, 2, 3])
    compute = lambda: next(counts)  # noqa: E731
    assert cache.get(("k",), compute) == 1  # first time: counted while asking
    assert cache.get(("k",), compute) == 1  # fresh enough: no count at all
    clock.advance(61)
    assert cache.get(("k",), compute) == 1  # stale: still answered at once ...
    cache.join()
    assert cache.get(("k",), compute) == 2  # ... and replaced in the background
    cache.invalidate()  # a decision was written
    assert cache.get(("k",), compute) == 2
    cache.join()
    assert cache.get(("k",), compute) == 3


def test_views_nobody_asks_for_are_forgotten_not_refreshed():
    clock = Clock()
    cache = FacetCache(ttl=60, clock=clock, idle=0.01, max_entries=2)
    for n in range(3):
        cache.get((n,), lambda n=n: n)
        clock.advance(1)
    assert (0,) not in cache._data and len(cache._data) == 2
