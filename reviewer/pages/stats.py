"""Statistics: the campaign's tables for a period, the same figures as ``adsweep stats``
(:func:`reports.stats.compute_stats`) and the same files (XLSX, one CSV per table, the trend
PNG), written by the same functions (:mod:`reports.stats_files`).

Figures are computed once per period and reused for the page, the chart and the downloads for
``facet_cache_seconds`` (any triage in this server clears them, like the queue's counts).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from reports.errors import ReportError
from reports.stats import Stats, compute_stats
from reports.workflow import today_beijing
from reviewer.errors import BadRequest
from reviewer.pages.notices import notices_config
from reviewer.pages.queue import facet_cache
from reviewer.web import NAV, NavItem, Page, User, render, state

__all__ = ["StatsPage", "router"]

router = APIRouter()
NAV.append(NavItem("stats", "统计", "/stats", order=70))

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True, slots=True)
class Period:
    """The form's period (Beijing dates, inclusive), trend unit and reporting unit."""

    start: date
    end: date
    by: str
    unit: str

    def query(self) -> str:
        return urlencode({"from": self.start.isoformat(), "to": self.end.isoformat(),
                          "by": self.by, "unit": self.unit})  # fmt: skip

    @property
    def stem(self) -> str:
        return f"专项整治统计-{self.start:%Y%m%d}-{self.end:%Y%m%d}"


@dataclass(kw_only=True)
class StatsPage(Page):
    """Context of ``stats.html``."""

    period: Period
    stats: Stats
    tables: list[dict[str, Any]] = field(default_factory=list)


def _period(request: Request) -> Period:
    q = request.query_params
    today = today_beijing()
    try:
        start = date.fromisoformat(q.get("from") or today.replace(day=1).isoformat())
        end = date.fromisoformat(q.get("to") or today.isoformat())
    except ValueError as e:
        raise BadRequest("日期应写作 YYYY-MM-DD") from e
    if end < start:
        raise BadRequest("截止日期早于起始日期")
    if end - start > timedelta(days=3660):
        raise BadRequest("统计时段最长十年")
    by = q.get("by") or "week"
    if by not in ("week", "month"):
        raise BadRequest("趋势只能按周（week）或按月（month）")
    unit = (q.get("unit") or "").strip()[:60]
    if not unit:
        try:
            unit = notices_config(request).authority
        except ReportError:
            unit = ""
    return Period(start, end, by, unit)


async def _stats(request: Request, p: Period) -> Stats:
    store = state(request).store
    return await run_in_threadpool(
        facet_cache(request).get, ("stats", p.start, p.end, p.by),
        lambda: compute_stats(store, p.start, p.end, p.by),
    )  # fmt: skip


@router.get("/stats")
async def stats(request: Request, user: User) -> Response:
    p = _period(request)
    st = await _stats(request, p)
    tables = [{"table": t, "rows": t.with_total(), "total": t.total and bool(t.rows)}
              for t in st.tables]  # fmt: skip
    return render(request, "stats.html", StatsPage(title="专项整治统计", active="stats",
                                                   period=p, stats=st, tables=tables))  # fmt: skip


def _download(body: bytes, name: str, media: str) -> Response:
    disposition = f"attachment; filename*=UTF-8''{quote(name)}"
    return Response(body, media_type=media, headers={"Content-Disposition": disposition})


def _xlsx(st: Stats, p: Period, filler: str, phone: str) -> bytes:
    from reports.stats_files import write_xlsx

    with tempfile.TemporaryDirectory() as tmp:
        path = write_xlsx(st, Path(tmp) / "s.xlsx", unit=p.unit, filler=filler, phone=phone,
                          filled=f"{today_beijing():%Y-%m-%d}")  # fmt: skip
        return path.read_bytes()


def _chart(st: Stats, p: Period) -> bytes:
    from reports.stats_files import write_chart

    with tempfile.TemporaryDirectory() as tmp:
        return write_chart(st, Path(tmp) / "t.png", p.unit).read_bytes()


def _csv(st: Stats, p: Period, name: str) -> bytes:
    from reports.stats_files import write_csv

    if name not in {t.name for t in st.tables}:
        raise BadRequest(f"没有名为“{name}”的统计表")
    with tempfile.TemporaryDirectory() as tmp:
        files = write_csv(st, Path(tmp), p.stem)
        return next(f for f in files if f.name == f"{p.stem}-{name}.csv").read_bytes()


@router.get("/stats/download/{fmt}")
async def download(request: Request, fmt: str, user: User, table: str = "") -> Response:
    p = _period(request)
    st = await _stats(request, p)
    if fmt == "xlsx":
        try:
            phone = notices_config(request).contact_phone
        except ReportError:
            phone = ""
        body = await run_in_threadpool(_xlsx, st, p, user["name"], phone)
        return _download(body, f"{p.stem}.xlsx", XLSX)
    if fmt == "csv":
        body = await run_in_threadpool(_csv, st, p, table)
        return _download(body, f"{p.stem}-{table}.csv", "text/csv; charset=utf-8")
    if fmt == "png":
        return _download(await _png(request, st, p), f"{p.stem}-趋势.png", "image/png")
    raise BadRequest("可下载 xlsx、csv、png")


@router.get("/stats/trend.png")
async def trend(request: Request, user: User) -> Response:
    """The chart shown on the page (the same PNG as the download, not as an attachment)."""
    p = _period(request)
    body = await _png(request, await _stats(request, p), p)
    return Response(body, media_type="image/png", headers={"Cache-Control": "private, max-age=60"})


async def _png(request: Request, st: Stats, p: Period) -> bytes:
    key = ("stats-png", p.start, p.end, p.by, p.unit)
    return await run_in_threadpool(facet_cache(request).get, key, lambda: _chart(st, p))
