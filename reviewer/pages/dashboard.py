"""The dashboard: recent crawl runs, hits per day by category (SVG), the queue by status and by
assignee, the median time to a decision, notices waiting for someone."""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from markupsafe import Markup
from starlette.concurrency import run_in_threadpool

from lexicon.vocabulary import CATEGORY_LABELS, OPEN_STATUSES
from pipelines.store import HitQuery, Store
from reviewer.charts import days, legend, stacked_bars
from reviewer.pages.queue import facet_cache
from reviewer.web import NAV, NavItem, Page, User, render, state

__all__ = ["DashboardPage", "router"]

router = APIRouter()
NAV.append(NavItem("dashboard", "工作台", "/dashboard", order=5))

#: Days of the hits-per-day chart.
CHART_DAYS = 30
#: Notice statuses that wait for someone (a supervisor's approval, a platform's reply).
WAITING_NOTICES = ("draft", "approved", "sent", "overdue")


@dataclass(kw_only=True)
class DashboardPage(Page):
    """Context of ``dashboard.html``."""

    runs: list[dict[str, Any]] = field(default_factory=list)
    chart: Markup = field(default_factory=Markup)
    chart_legend: Markup = field(default_factory=Markup)
    by_status: list[tuple[str, int]] = field(default_factory=list)
    #: Open hits per assignee ("" = nobody).
    by_assignee: list[tuple[str, int]] = field(default_factory=list)
    open_total: int = 0
    #: Median hours from first seen to a decision, over decisions of the last 30 days.
    median_hours: float | None = None
    decisions: int = 0
    notices: list[tuple[str, int]] = field(default_factory=list)


def _hours(a: str, b: str) -> float | None:
    try:
        t0 = datetime.fromisoformat(a.replace("Z", "+00:00"))
        t1 = datetime.fromisoformat(b.replace("Z", "+00:00"))
    except ValueError:
        return None
    return max((t1 - t0).total_seconds() / 3600, 0.0)


def _median_decision(store: Store, since: str) -> tuple[float | None, int]:
    q = HitQuery.of(status=["confirmed", "rejected", "escalated", "needs_info"],
                    date_field="status_changed_at", since=since, sort="status_changed_at",
                    size=1000, with_total=False)  # fmt: skip
    spans = [x for h in store.query(q).hits
             if (x := _hours(h.first_seen, h.status_changed_at)) is not None]  # fmt: skip
    return (statistics.median(spans) if spans else None), len(spans)


def _chart(store: Store, today: date) -> tuple[Markup, Markup]:
    start = today - timedelta(days=CHART_DAYS - 1)
    since = start.isoformat()
    series = {c: store.histogram(HitQuery.of(category=c, since=since, date_field="first_seen",
                                             status=None), "first_seen")
              for c in CATEGORY_LABELS}  # fmt: skip
    x = days(start, today)
    return stacked_bars(series, CATEGORY_LABELS, x), legend(CATEGORY_LABELS)


def _run_rows(store: Store) -> list[dict[str, Any]]:
    out = []
    for r in store.list_runs(10):
        hours = _hours(r.get("started_at", ""), r.get("finished_at", "")) if r.get(
            "finished_at") else None  # fmt: skip
        out.append({**r, "minutes": round(hours * 60, 1) if hours is not None else None})
    return out


def dashboard_context(store: Store, today: date) -> DashboardPage:
    by_status = store.facets(HitQuery(), ["status"])["status"]
    assignees = store.facets(HitQuery(status=list(OPEN_STATUSES)), ["assignee"])["assignee"]
    open_total = sum(by_status.get(s, 0) for s in OPEN_STATUSES)
    assigned = sum(assignees.values())
    chart, chart_legend = _chart(store, today)
    since = (today - timedelta(days=30)).isoformat()
    median, n = _median_decision(store, since)
    notices = Counter(n.get("status", "") for n in store.list_notices())
    return DashboardPage(
        title="工作台", active="dashboard", runs=_run_rows(store), chart=chart,
        chart_legend=chart_legend,
        by_status=sorted(by_status.items(), key=lambda kv: -kv[1]),
        by_assignee=sorted(assignees.items(), key=lambda kv: -kv[1])
        + ([("", open_total - assigned)] if open_total > assigned else []),
        open_total=open_total, median_hours=median, decisions=n,
        notices=[(s, notices[s]) for s in WAITING_NOTICES if notices.get(s)],
    )  # fmt: skip


@router.get("/dashboard")
async def dashboard(request: Request, user: User) -> Response:
    rv = state(request)
    today = datetime.fromtimestamp(rv.clock(), UTC).date()
    ctx = await run_in_threadpool(
        facet_cache(request).get, ("dashboard", today.isoformat()),
        lambda: dashboard_context(rv.store, today),
    )  # fmt: skip
    return render(request, "dashboard.html", ctx)
