"""A rule candidate's parts: term matches with their normalized spans, and sorted match lists.

Shared by the detector's passes (:mod:`lexicon.detector`), the combination search
(:mod:`lexicon.combos`) and the silencing stage (:mod:`lexicon.silence`).
"""

from __future__ import annotations

from operator import itemgetter
from typing import NamedTuple

__all__ = ["END", "Match", "Pool", "Warnings", "bounds", "by_end", "distance", "first", "new"]


class Match(NamedTuple):
    start: int
    end: int
    term: str
    variant: str  # "" for the term itself, else pinyin/initials/homophone


#: ``Match`` without NamedTuple's Python-level ``__new__`` (the hot loops make thousands).
new = tuple.__new__
first = itemgetter(0)
END = itemgetter(1)


class Pool:
    """One word pool's matches sorted by start, as parallel lists of starts and ends: the
    combination search (:mod:`lexicon.combos`) reads positions, and a ``Match`` is made only
    for an entry it hands on -- a pivot, or a partner within a pivot's window (session 54: on
    domain-dense pages about one pool entry in ten ever is). ``at(j)`` makes entry ``j``'s
    match once and keeps it. A pool lives as long as its source's scan."""

    __slots__ = ("_made", "_protos", "_terms", "_variants", "ends", "starts")

    def __init__(
        self,
        starts: list[int],
        ends: list[int],
        protos: list[int],
        terms: list[str],
        variants: list[str],
    ) -> None:
        """``protos``: each entry's index into ``terms`` and ``variants``."""
        self.starts = starts
        self.ends = ends
        self._protos = protos
        self._terms = terms
        self._variants = variants
        self._made: list[Match | None] = [None] * len(starts)

    @classmethod
    def of(cls, matches: list[Match]) -> Pool:
        """A pool of matches already made (sorted by start)."""
        pool = cls.__new__(cls)
        pool.starts = list(map(first, matches))
        pool.ends = list(map(END, matches))
        pool._made = matches  # type: ignore[assignment]
        return pool

    def __len__(self) -> int:
        return len(self.starts)

    def subset(self, idx: list[int]) -> Pool:
        """Entries ``idx`` (ascending) as a pool of their own, sharing this pool's terms and
        the matches it has made: no ``Match`` is made for an entry never handed on (the
        detector's second combination search, :meth:`lexicon.detector.Detector._fire`)."""
        pool = Pool.__new__(Pool)
        pool.starts = [self.starts[j] for j in idx]
        pool.ends = [self.ends[j] for j in idx]
        pool._made = [self._made[j] for j in idx]
        protos = getattr(self, "_protos", None)  # a pool ``of`` made matches has none
        if protos is not None:
            pool._protos = [protos[j] for j in idx]
            pool._terms = self._terms
            pool._variants = self._variants
        return pool

    def at(self, j: int) -> Match:
        m = self._made[j]
        if m is None:
            p = self._protos[j]
            m = self._made[j] = new(
                Match, (self.starts[j], self.ends[j], self._terms[p], self._variants[p])
            )
        return m


class Warnings(NamedTuple):
    """A source's warning-word (or one rule's unless) matches sorted by end, and their ends
    (for binary search); ``read`` keeps, by index in ``items``, what the silencing stage read
    of a warning word that holds whatever the candidate (:meth:`lexicon.silence.Silencer.why`):
    several rules' candidates on a dense page share one word. It lives as long as the source's
    scan and holds at most one entry per item."""

    items: list[Match]
    ends: list[int]
    read: dict[int, object]


def by_end(matches: list[Match]) -> Warnings:
    matches.sort(key=END)  # stable: the order they were found in, by end
    return Warnings(matches, [m.end for m in matches], {})


def bounds(parts: list[Match]) -> tuple[int, int]:
    """The first start and the last end of a combination's parts (a loop: no generators)."""
    a, b = parts[0].start, parts[0].end
    for p in parts:
        if p.start < a:
            a = p.start
        if p.end > b:
            b = p.end
    return a, b


def distance(a: Match, b: Match) -> int:
    return max(0, b.start - a.end, a.start - b.end)
