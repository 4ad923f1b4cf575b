"""The query half of the store contract: filters, sorting, cursors, facets and highlights.

:class:`HitQuery` is what the reviewer's queue, search and statistics ask for; both backends
answer it with a :class:`HitPage`. Cursors are opaque strings (the sort values of the last hit
plus its id), so paging stays stable while new hits arrive, and page 50 costs what page 1 does.
"""

from __future__ import annotations

import base64
import html
import json
import re
from dataclasses import dataclass, field, fields
from typing import Any

from pipelines.errors import StoreError
from pipelines.hit import Hit

__all__ = [
    "FACET_FIELDS",
    "FILTER_FIELDS",
    "SORT_FIELDS",
    "HitPage",
    "HitQuery",
    "decode_cursor",
    "encode_cursor",
    "highlight",
]

#: Filters a query accepts; each takes one value or a list (any of them matches).
FILTER_FIELDS: tuple[str, ...] = (
    "status",
    "category",
    "severity",
    "platform",
    "host",
    "shop",
    "seller",
    "contact",
    "run_id",
    "assignee",
    "rule",
    "pack",
)

#: Fields ``facets`` can count.
FACET_FIELDS: tuple[str, ...] = (
    "status",
    "category",
    "severity",
    "platform",
    "host",
    "shop",
    "seller",
    "contact",
    "assignee",
    "rule",
    "run_id",
    "pack",
)

#: Sortable fields (``score`` is the queue's default, highest first).
SORT_FIELDS: tuple[str, ...] = ("score", "first_seen", "last_seen", "status_changed_at")


@dataclass(slots=True)
class HitQuery:
    """Filters, an optional full-text query, sort and page of a hit search."""

    status: str | list[str] | None = None
    category: str | list[str] | None = None
    severity: str | list[str] | None = None
    platform: str | list[str] | None = None
    host: str | list[str] | None = None
    shop: str | list[str] | None = None
    seller: str | list[str] | None = None
    contact: str | list[str] | None = None
    run_id: str | list[str] | None = None
    assignee: str | list[str] | None = None
    rule: str | list[str] | None = None
    #: Rule pack of any finding (``special-ops``, ``training-ads``, ``certificates``).
    pack: str | list[str] | None = None
    #: Date range on ``date_field`` (ISO-8601; ``since`` inclusive, ``until`` exclusive).
    since: str | None = None
    until: str | None = None
    date_field: str = "last_seen"
    #: Chinese full-text query over title, text, shop and finding excerpts.
    text: str | None = None
    sort: str = "score"
    order: str = "desc"
    size: int = 50
    cursor: str | None = None
    #: Count all matches (costs a second query on large stores; the queue may skip it).
    with_total: bool = True

    def __post_init__(self) -> None:
        if self.sort not in SORT_FIELDS:
            raise StoreError(f"cannot sort by {self.sort!r}; use one of {', '.join(SORT_FIELDS)}")
        if self.order not in ("asc", "desc"):
            raise StoreError(f"order must be asc or desc, not {self.order!r}")
        if self.date_field not in ("first_seen", "last_seen", "status_changed_at"):
            raise StoreError(f"cannot filter dates on {self.date_field!r}")
        if not 0 < self.size <= 1000:
            raise StoreError("page size must be between 1 and 1000")

    @classmethod
    def of(cls, **kw: Any) -> HitQuery:
        """Build from keyword filters, rejecting unknown names (a typo must not widen a query)."""
        known = {f.name for f in fields(cls)}
        unknown = set(kw) - known
        if unknown:
            raise StoreError(f"unknown query field(s): {', '.join(sorted(unknown))}")
        return cls(**kw)

    def filters(self) -> dict[str, list[str]]:
        """The set filters as lists of values."""
        out: dict[str, list[str]] = {}
        for name in FILTER_FIELDS:
            v = getattr(self, name)
            if v:
                out[name] = [v] if isinstance(v, str) else list(v)
        return out


@dataclass(slots=True)
class HitPage:
    """One page of results; ``next_cursor`` is None on the last page."""

    hits: list[Hit]
    total: int | None = None
    next_cursor: str | None = None
    #: Highlighted fragments per hit id (HTML-escaped text with ``<em>`` around matches).
    highlights: dict[str, list[str]] = field(default_factory=dict)


def encode_cursor(values: list[Any]) -> str:
    raw = json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii")


def decode_cursor(cursor: str) -> list[Any]:
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor.encode("ascii")))
    except (ValueError, UnicodeError) as e:
        raise StoreError(f"bad cursor {cursor[:20]!r}") from e
    if not isinstance(values, list) or len(values) != 2:
        raise StoreError(f"bad cursor {cursor[:20]!r}")
    return values


def highlight(text: str, terms: list[str], *, fragments: int = 3, width: int = 40) -> list[str]:
    """Fragments of ``text`` around the query terms, HTML-escaped, matches in ``<em>``."""
    terms = sorted({t for t in terms if t}, key=len, reverse=True)
    if not text or not terms:
        return []
    pat = re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE)
    out: list[str] = []
    end_prev = -1
    for m in pat.finditer(text):
        if m.start() < end_prev:
            continue
        lo, hi = max(0, m.start() - width // 2), min(len(text), m.end() + width // 2)
        frag = text[lo:hi]
        marked = pat.sub(lambda x: f"\x00{x.group(0)}\x01", frag)
        out.append(html.escape(marked).replace("\x00", "<em>").replace("\x01", "</em>"))
        end_prev = hi
        if len(out) >= fragments:
            break
    return out
