"""Translate a :class:`HitQuery` into SQL for the SQLite backend (pure functions)."""

from __future__ import annotations

from typing import Any

from pipelines.store.query import HitQuery, decode_cursor
from pipelines.store.segment import query_terms
from pipelines.store.sqlite_schema import CATEGORY_BITS

__all__ = ["FACET_SQL", "fts_match", "order_by", "where"]

_COLUMNS = ("status", "severity", "platform", "host", "shop", "seller", "run_id", "assignee")

#: The category bits as a six-row table, for facets (categories are stored as a bit mask).
_CATEGORY_BITS = " UNION ALL ".join(
    f"SELECT '{c}' AS category, {b} AS bit" for c, b in CATEGORY_BITS.items()
)

#: How each facet is counted: (value expression, FROM clause joining the hit rows as ``h``).
FACET_SQL: dict[str, tuple[str, str]] = {
    **{c: (f"h.{c}", "hits h") for c in _COLUMNS},
    "category": ("c.category", f"hits h JOIN ({_CATEGORY_BITS}) c ON (h.cat_mask & c.bit) != 0"),
    "rule": ("r.rule", "hits h JOIN hit_rules r ON r.rid = h.rid"),
    "contact": ("k.contact", "hits h JOIN hit_contacts k ON k.rid = h.rid"),
    "pack": ("k.pack", "hits h JOIN hit_packs k ON k.rid = h.rid"),
}


def _in(col: str, values: list[str], args: list[Any]) -> str:
    args.extend(values)
    return f"{col} IN ({','.join('?' * len(values))})"


def fts_match(text: str) -> str | None:
    """An FTS5 MATCH expression: every query word must occur (words quoted, so no syntax)."""
    terms = query_terms(text)
    if not terms:
        return None
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in terms)


#: The two ways to join full-text matches. ``in`` collects every matching row first (fast
#: when few rows match); ``probe`` walks the sort order and asks FTS5 about each row (fast when
#: many match, since the first page fills quickly). The store picks one per query.
_FTS_IN = "h.rid IN (SELECT rowid FROM hits_fts WHERE hits_fts MATCH ?)"
_FTS_PROBE = "EXISTS (SELECT 1 FROM hits_fts f WHERE f.hits_fts MATCH ? AND f.rowid = h.rid)"


def where(q: HitQuery, *, cursor: bool = True, probe: bool = False) -> tuple[str, list[Any]]:
    """WHERE clause (with leading ``WHERE``, or empty) over ``hits h``, and its arguments."""
    clauses: list[str] = []
    args: list[Any] = []
    f = q.filters()
    for col in _COLUMNS:
        if col in f:
            clauses.append(_in(f"h.{col}", f[col], args))
    if "category" in f:
        mask = 0
        for c in f["category"]:
            mask |= CATEGORY_BITS.get(c, 0)
        clauses.append("(h.cat_mask & ?) != 0")
        args.append(mask)
    if "rule" in f:
        sub = _in("rule", f["rule"], args)
        clauses.append(f"h.rid IN (SELECT rid FROM hit_rules WHERE {sub})")
    if "pack" in f:
        sub = _in("pack", f["pack"], args)
        clauses.append(f"h.rid IN (SELECT rid FROM hit_packs WHERE {sub})")
    if "contact" in f:
        sub = _in("contact", f["contact"], args)
        clauses.append(f"h.rid IN (SELECT rid FROM hit_contacts WHERE {sub})")
    if q.since:
        clauses.append(f"h.{q.date_field} >= ?")
        args.append(q.since)
    if q.until:
        clauses.append(f"h.{q.date_field} < ?")
        args.append(q.until)
    if q.text is not None:
        match = fts_match(q.text)
        if match is None:
            clauses.append("0")
        else:
            clauses.append(_FTS_PROBE if probe else _FTS_IN)
            args.append(match)
    if cursor and q.cursor:
        value, rid = decode_cursor(q.cursor)
        op = "<" if q.order == "desc" else ">"
        clauses.append(f"(h.{q.sort}, h.rid) {op} (?, ?)")
        args.extend([value, rid])
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", args


def order_by(q: HitQuery) -> str:
    d = "DESC" if q.order == "desc" else "ASC"
    return f" ORDER BY h.{q.sort} {d}, h.rid {d}"
