"""Back-to-line-start searches read from an index of the source, not by scanning back.

(issue 9, session 70, engine2) Several readings find the start of the line (or of the clause)
holding a candidate with ``text.rfind("\\n", 0, start)``. On a page that is one line of a megabyte
each such search scans back to the page's start: bounded today only because few candidates per
source reach those readings (speed13, round 84), and windows × line length the day many model
windows do. :func:`rfind_any` answers the same question from the sorted positions of the
characters asked for, built once per source text (the last long text asked about is kept with
its index, per set of characters), with a binary search; a search over a short stretch is left to
``str.rfind``, which is cheaper there than any index. Output-identical to ``str.rfind``.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left

__all__ = ["find_any", "line_start", "rfind_any"]

#: Below this many characters searched, ``str.rfind`` is cheaper than building or asking an index.
_SHORT = 2048
#: Characters asked for -> (the text indexed, the sorted positions of those characters in it).
#: The text is compared by identity: a source is one string object for its whole scan.
#: The positions are a machine-integer array, not a list: a hostile page of a megabyte of commas
#: kept 36 MB of Python ints alive in a list (review131, session 70) and keeps about 8 MB as an array.
_INDEX: dict[str, tuple[str, array[int]]] = {}


def _positions(text: str, chars: str) -> array[int]:
    got = _INDEX.get(chars)
    if got is not None and got[0] is text:
        return got[1]
    pos: array[int] = array("q")
    if len(chars) == 1:
        i = text.find(chars)
        while i >= 0:
            pos.append(i)
            i = text.find(chars, i + 1)
    else:
        pos.extend(m.start() for m in re.finditer("[" + re.escape(chars) + "]", text))
    _INDEX[chars] = (text, pos)
    return pos


def rfind_any(text: str, chars: str, lo: int | None = 0, hi: int | None = None) -> int:
    """``max(text.rfind(c, lo, hi) for c in chars)``: the last position in ``text[lo:hi]`` (slice
    bounds, negative ones counted from the end as ``str.rfind`` counts them) of any of ``chars``
    (single characters), or -1."""
    a, b, _ = slice(lo, hi).indices(len(text))
    if b - a <= _SHORT:
        if len(chars) == 1:
            return text.rfind(chars, a, b)
        return max(text.rfind(c, a, b) for c in chars)
    pos = _positions(text, chars)
    j = bisect_left(pos, b) - 1
    return pos[j] if j >= 0 and pos[j] >= a else -1


def find_any(text: str, chars: str, lo: int | None = 0, hi: int | None = None) -> int:
    """``min`` of ``text.find(c, lo, hi)`` over ``chars`` that are found (-1 when none is): the
    first position in ``text[lo:hi]`` of any of ``chars``, the forward twin of :func:`rfind_any`
    (the clause's or the line's end after a candidate on a page of one line)."""
    a, b, _ = slice(lo, hi).indices(len(text))
    if b - a <= _SHORT:
        if len(chars) == 1:
            return text.find(chars, a, b)
        return min((i for c in chars if (i := text.find(c, a, b)) >= 0), default=-1)
    pos = _positions(text, chars)
    j = bisect_left(pos, a)
    return pos[j] if j < len(pos) and pos[j] < b else -1


def line_start(text: str, at: int) -> int:
    """``text.rfind("\\n", 0, at) + 1``: where the line holding ``text[at]`` starts."""
    return rfind_any(text, "\n", 0, at) + 1
