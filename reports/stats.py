"""Campaign statistics for a period: the tables a 专项整治 reports to the level above.

Every figure is a store query (counts, facets) over the period, so the workbook equals what
the store holds; a test recomputes each figure from the hits themselves. Periods are Beijing
dates, inclusive: ``--from 2026-05-01 --to 2026-05-31`` is 2026-04-30T16:00Z … 2026-05-31T16:00Z.

Definitions (also printed under each table):
- 发现: hits first seen in the period; 确认 / 排除: of those, confirmed as unlawful (confirmed,
  noticed, removed, reappeared) or rejected by a reviewer;
- 清理: hits whose status became ``removed`` in the period (a re-crawl found the listing gone);
- 重新出现: hits whose status became ``reappeared`` in the period;
- 检查网站（个次）: crawl and ingest runs started in the period; 检查网页: pages they fetched;
- 通知书 / 责令整改平台 / 移送公安: letters sent in the period (notices, their platforms,
  referrals).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from lexicon.vocabulary import CATEGORY_LABELS
from pipelines.store.base import Store
from pipelines.store.query import HitQuery

__all__ = ["CONFIRMED", "Stats", "Table", "buckets", "compute_stats", "period_bounds"]

#: Statuses of hits a reviewer confirmed as unlawful (whatever happened to them since).
CONFIRMED: tuple[str, ...] = ("confirmed", "noticed", "removed", "reappeared")


@dataclass(slots=True)
class Table:
    """One sheet: a title, column headers, rows (label + numbers), a total row, a note."""

    name: str
    title: str
    headers: list[str]
    rows: list[list[Any]]
    note: str = ""
    total: bool = True

    def with_total(self) -> list[list[Any]]:
        if not self.total or not self.rows:
            return self.rows
        sums = [sum(r[i] for r in self.rows) for i in range(1, len(self.headers))]
        return [*self.rows, ["合计", *sums]]


@dataclass(slots=True)
class Stats:
    start: date
    end: date
    by: str
    tables: list[Table] = field(default_factory=list)
    trend: list[tuple[str, int, int, int]] = field(default_factory=list)


def _utc(d: date) -> str:
    """Beijing midnight of ``d`` as a stored UTC timestamp."""
    t = datetime.combine(d, time()) - timedelta(hours=8)
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def period_bounds(start: date, end: date) -> tuple[str, str]:
    """[since, until) in stored UTC form for Beijing dates ``start``…``end`` inclusive."""
    return _utc(start), _utc(end + timedelta(days=1))


def buckets(start: date, end: date, by: str) -> list[tuple[str, date, date]]:
    """(label, first day, last day) of each week (Monday–Sunday) or month in the period."""
    out = []
    d = start
    while d <= end:
        if by == "month":
            nxt = date(d.year + d.month // 12, d.month % 12 + 1, 1)
            label = f"{d.year}年{d.month}月"
        else:
            nxt = d + timedelta(days=7 - d.weekday())
            iso = d.isocalendar()
            label = f"{iso.year}年第{iso.week}周"
        last = min(end, nxt - timedelta(days=1))
        out.append((label, d, last))
        d = nxt
    return out


def _q(since: str, until: str, field_: str = "first_seen", **kw: Any) -> HitQuery:
    return HitQuery.of(since=since, until=until, date_field=field_, size=1, **kw)


def _letters(store: Store, since: str, until: str) -> list[dict[str, Any]]:
    return [d for d in store.list_notices() if since <= (d.get("sent_at") or "") < until]


#: Hours Beijing time is ahead of UTC: days and weeks are the reviewers' calendar.
BEIJING = 8


def _days(store: Store, q: HitQuery, field_: str) -> dict[str, int]:
    return store.histogram(q, field_, utc_offset_hours=BEIJING)


def compute_stats(store: Store, start: date, end: date, by: str = "week") -> Stats:
    """Every table for the period; each figure is one store count, facet or histogram.

    The daily histograms give both the trend and the period's totals (the same filter over
    the same range), so a year over a million hits costs about a dozen grouped queries.
    """
    since, until = period_bounds(start, end)
    dims = ["category", "platform"]
    found = store.facets(_q(since, until), dims)
    conf = store.facets(_q(since, until, status=list(CONFIRMED)), dims)
    rej = store.facets(_q(since, until, status="rejected"), dims)
    gone = store.facets(_q(since, until, "status_changed_at", status="removed"), dims)
    daily = (_days(store, _q(since, until), "first_seen"),
             _days(store, _q(since, until, status=list(CONFIRMED)), "first_seen"),
             _days(store, _q(since, until, "status_changed_at", status="removed"),
                   "status_changed_at"))  # fmt: skip
    again = store.count(_q(since, until, "status_changed_at", status="reappeared"))
    runs = [r for r in store.list_runs(limit=1_000_000)
            if since <= (r.get("started_at") or "") < until]  # fmt: skip
    letters = _letters(store, since, until)
    notices = [d for d in letters if d.get("kind") == "notice"]
    st = Stats(start, end, by)
    summary = [
        ["检查网站（个次）", len(runs)],
        ["检查网页（个次）", sum(int(r.get("pages") or 0) for r in runs)],
        ["发现涉嫌违法信息（条）", sum(daily[0].values())],
        ["审核确认违法信息（条）", sum(daily[1].values())],
        ["审核排除（条）", store.count(_q(since, until, status="rejected"))],
        ["清理违法违规信息（条）", sum(daily[2].values())],
        ["发出责令删除通知书（份）", len(notices)],
        ["责令整改平台（个）", len({p for d in notices for p in d.get("platforms") or []})],
        ["移送公安机关线索（件）", sum(d.get("kind") == "referral" for d in letters)],
        ["删除后重新出现（条）", again],
    ]
    st.tables.append(Table("汇总", "特种作业操作证违法违规信息专项整治情况汇总表", ["项目", "数量"],
                           summary, total=False))  # fmt: skip
    cats = [[label, found["category"].get(c, 0), conf["category"].get(c, 0),
             rej["category"].get(c, 0), gone["category"].get(c, 0)]
            for c, label in CATEGORY_LABELS.items()]  # fmt: skip
    st.tables.append(Table("按类别", "分类别统计表", ["违法类型", "发现（条）", "确认（条）",
                                                   "排除（条）", "清理（条）"], cats,
                           note="一条信息可同时属于多个类别，各类别之和可能大于总数。"))  # fmt: skip
    sent_by_platform: dict[str, int] = {}
    for d in notices:
        for p in d.get("platforms") or []:
            sent_by_platform[p] = sent_by_platform.get(p, 0) + 1
    platforms = sorted(set(found["platform"]) | set(gone["platform"]) | set(sent_by_platform))
    plats = [[p, found["platform"].get(p, 0), conf["platform"].get(p, 0),
              rej["platform"].get(p, 0), gone["platform"].get(p, 0),
              sent_by_platform.get(p, 0)] for p in platforms]  # fmt: skip
    st.tables.append(Table("按平台", "分平台统计表", ["平台", "发现（条）", "确认（条）",
                                                   "排除（条）", "清理（条）", "通知书（份）"],
                           plats))  # fmt: skip
    st.trend = _trend(daily, start, end, by)
    unit = "周" if by == "week" else "月"
    st.tables.append(Table(f"按{unit}", f"分{unit}趋势表", [unit, "发现（条）", "确认（条）",
                                                         "清理（条）"],
                           [list(t) for t in st.trend]))  # fmt: skip
    return st


def _trend(daily: tuple[dict[str, int], ...], start: date, end: date,
           by: str) -> list[tuple[str, int, int, int]]:  # fmt: skip
    """(label, found, confirmed, removed) per week or month, from the daily counts."""
    spans = buckets(start, end, by)
    firsts = [first.isoformat() for _, first, _ in spans]
    sums = [[0, 0, 0] for _ in spans]
    for k, days in enumerate(daily):
        for day, n in days.items():
            i = bisect.bisect_right(firsts, day) - 1
            if i >= 0 and day <= spans[i][2].isoformat():
                sums[i][k] += n
    return [(label, *sums[i]) for i, (label, _, _) in enumerate(spans)]
