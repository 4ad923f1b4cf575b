"""A queue view as URL parameters, and back: every filter lives in the URL.

``?status=new&category=exam_fraud&platform=淘宝&q=包过&since=2026-11-01`` is a view a reviewer can
bookmark, share or save. Dates are Beijing calendar days (what a reviewer means by "11月20日"),
turned into UTC bounds for the store. With no ``status`` parameter the queue shows what still
waits for a decision (``OPEN_STATUSES``); ``status=all`` shows everything.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from lexicon.vocabulary import OPEN_STATUSES, STATUSES
from pipelines.store import HitQuery, StoreError
from reviewer.errors import BadRequest

__all__ = ["FACETS", "FIELD_LABELS", "ViewFilter"]

#: URL parameter → store filter field.
_PARAMS: dict[str, str] = {
    "status": "status", "category": "category", "severity": "severity",
    "platform": "platform", "host": "host", "shop": "shop", "seller": "seller",
    "contact": "contact", "rule": "rule", "pack": "pack", "run": "run_id",
    "assignee": "assignee",
}  # fmt: skip

#: Facets the queue shows, in order (URL parameter names).
FACETS: tuple[str, ...] = (
    "status", "category", "severity", "pack", "platform", "host", "shop", "contact", "rule",
    "run", "assignee",
)  # fmt: skip

FIELD_LABELS: dict[str, str] = {
    "status": "处置状态", "category": "违法类别", "severity": "严重程度", "platform": "平台",
    "host": "网站域名", "shop": "店铺", "seller": "卖家", "contact": "联系方式", "rule": "规则",
    "pack": "规则包", "run": "抓取批次", "assignee": "指派给", "q": "全文搜索", "since": "起始日期",
    "until": "截止日期",
}  # fmt: skip

_SORTS = {"score": "desc", "first_seen": "desc", "last_seen": "desc"}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MAX_VALUES = 50


def _utc_start(day: str) -> str:
    """00:00 Beijing time of ``day`` as a UTC timestamp (the store's time zone)."""
    try:
        d = date.fromisoformat(day)
    except ValueError as e:
        raise BadRequest(f"日期格式应为 2026-11-20：{day}") from e
    t = datetime(d.year, d.month, d.day) - timedelta(hours=8)
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class ViewFilter:
    """One queue view: filters (URL names), full text, date range, sort."""

    values: dict[str, list[str]] = field(default_factory=dict)
    q: str = ""
    since: str = ""
    until: str = ""
    #: Which time the date range applies to: ``first_seen`` (发现) or ``last_seen`` (最近抓取).
    date_field: str = "first_seen"
    sort: str = "score"

    @classmethod
    def from_params(cls, items: Iterable[tuple[str, str]]) -> ViewFilter:
        v = cls()
        for key, raw in items:
            value = raw.strip()
            if not value:
                continue
            if key in _PARAMS:
                vals = v.values.setdefault(key, [])
                if value not in vals and len(vals) < _MAX_VALUES:
                    vals.append(value)
            elif key == "q":
                v.q = value[:200]
            elif key in ("since", "until"):
                if not _DATE.match(value):
                    raise BadRequest(f"日期格式应为 2026-11-20：{value}")
                setattr(v, key, value)
            elif key == "datefield" and value in ("first_seen", "last_seen"):
                v.date_field = value
            elif key == "sort" and value in _SORTS:
                v.sort = value
        if "status" in v.values:
            bad = [s for s in v.values["status"] if s != "all" and s not in STATUSES]
            if bad:
                raise BadRequest(f"未知的处置状态：{'、'.join(bad)}")
        return v

    # -- to the store ------------------------------------------------------------------------
    def statuses(self) -> list[str] | None:
        """Status filter for the store: the URL's, ``None`` for all, open ones by default."""
        given = self.values.get("status")
        if given is None:
            return list(OPEN_STATUSES)
        return None if "all" in given else given

    def filters(self, *, without: str | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, vals in self.values.items():
            if key == "status" or key == without:
                continue
            out[_PARAMS[key]] = vals
        if without != "status":
            st = self.statuses()
            if st:
                out["status"] = st
        if self.since:
            out["since"] = _utc_start(self.since)
        if self.until:
            end = date.fromisoformat(self.until) + timedelta(days=1)
            out["until"] = _utc_start(end.isoformat())
        if self.since or self.until:
            out["date_field"] = self.date_field
        if self.q:
            out["text"] = self.q
        return out

    def query(self, *, size: int = 50, cursor: str | None = None, with_total: bool = False,
              without: str | None = None) -> HitQuery:  # fmt: skip
        try:
            return HitQuery.of(size=size, cursor=cursor or None, with_total=with_total,
                               sort=self.sort, order=_SORTS[self.sort],
                               **self.filters(without=without))  # fmt: skip
        except StoreError as e:
            raise BadRequest(f"筛选条件有误：{e}") from e

    # -- back to the URL ---------------------------------------------------------------------
    def params(self) -> list[tuple[str, str]]:
        out = [(k, x) for k in _PARAMS if k in self.values for x in self.values[k]]
        for key, value in (("q", self.q), ("since", self.since), ("until", self.until)):
            if value:
                out.append((key, value))
        if (self.since or self.until) and self.date_field != "first_seen":
            out.append(("datefield", self.date_field))
        if self.sort != "score":
            out.append(("sort", self.sort))
        return out

    def key(self) -> str:
        """A stable cache key of the view (sort and paging do not change counts)."""
        return "&".join(f"{k}={v}" for k, v in sorted(self.params()) if k != "sort")

    def has(self, key: str, value: str) -> bool:
        return value in self.values.get(key, [])

    def chips(self) -> list[tuple[str, str, str]]:
        """(URL name, value, label) of every active filter, for the removable chips."""
        out = [(k, x, FIELD_LABELS[k]) for k, vals in self.values.items() for x in vals]
        out += [(k, getattr(self, k), FIELD_LABELS[k]) for k in ("q", "since", "until")
                if getattr(self, k)]  # fmt: skip
        return out

    def without(self, key: str, value: str | None = None) -> list[tuple[str, str]]:
        """URL parameters of this view minus one value (or all values) of ``key``."""
        return [(k, v) for k, v in self.params() if k != key or (value is not None and v != value)]

    def toggled(self, key: str, value: str) -> list[tuple[str, str]]:
        """URL parameters with ``value`` of ``key`` switched on or off."""
        if self.has(key, value):
            return self.without(key, value)
        return [*self.params(), (key, value)]
