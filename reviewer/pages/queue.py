"""The queue: hits by score then recency, filters in the URL, facets and totals loaded apart,
Chinese full text with highlighted fragments, saved views, and the bulk-action bar."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from lexicon.vocabulary import REJECT_REASON_LABELS
from pipelines.hit import Hit
from reviewer.facets import FacetCache, facet_counts, view_total
from reviewer.filters import FACETS, FIELD_LABELS, ViewFilter
from reviewer.web import NAV, NavItem, Page, User, csrf_required, render, state

__all__ = ["QueuePage", "facet_cache", "router", "row"]

router = APIRouter()
NAV.append(NavItem("queue", "审核队列", "/queue", order=10))


@dataclass(kw_only=True)
class QueuePage(Page):
    """Context of ``queue.html``."""

    view: ViewFilter
    #: One dict per hit row (see :func:`row`).
    rows: list[dict[str, Any]] = field(default_factory=list)
    next_cursor: str | None = None
    #: Whether this is a later page (a link back to the first one is shown).
    paged: bool = False
    #: URL query string of the view (for links to facets, review mode, bulk, saving).
    qs: str = ""
    labels: dict[str, str] = field(default_factory=lambda: FIELD_LABELS)
    saved_views: list[dict[str, Any]] = field(default_factory=list)
    reasons: dict[str, str] = field(default_factory=lambda: REJECT_REASON_LABELS)


@dataclass(kw_only=True)
class FacetsFragment(Page):
    """Context of ``_facets.html`` (an HTML fragment the queue page fetches)."""

    view: ViewFilter
    facets: dict[str, list[tuple[str, int]]]
    labels: dict[str, str] = field(default_factory=lambda: FIELD_LABELS)


def facet_cache(request: Request) -> FacetCache:
    rv = state(request)
    cache = rv.caches.get("facets")
    if cache is None:
        cache = rv.caches["facets"] = FacetCache(rv.config.facet_cache_seconds, rv.clock)
    return cache


def row(hit: Hit, fragments: list[str] | None = None) -> dict[str, Any]:
    """What a queue row shows of a hit (small: the row never carries the page text)."""
    return {
        "id": hit.id, "version": hit.version, "hist_len": len(hit.history), "title": hit.title,
        "url": hit.url, "score": hit.score, "severity": hit.severity,
        "categories": hit.categories, "platform": hit.platform, "host": hit.host,
        "shop": hit.shop or hit.seller or "", "status": hit.status, "assignee": hit.assignee,
        "first_seen": hit.first_seen, "last_seen": hit.last_seen, "fragments": fragments or [],
        "rules": sorted({f.get("rule_id", "") for f in hit.findings}),
    }  # fmt: skip


def _qs(view: ViewFilter) -> str:
    from urllib.parse import urlencode

    return urlencode(view.params())


@router.get("/queue")
async def queue(request: Request, user: User, cursor: str = "", saved: str = "") -> Response:
    rv = state(request)
    view = ViewFilter.from_params(request.query_params.multi_items())
    q = view.query(size=rv.config.page_size, cursor=cursor)
    page = await run_in_threadpool(rv.store.query, q)
    views = await run_in_threadpool(rv.store.list_views, user["name"])
    ctx = QueuePage(
        title="审核队列", active="queue", view=view, next_cursor=page.next_cursor,
        rows=[row(h, page.highlights.get(h.id)) for h in page.hits], paged=bool(cursor),
        qs=_qs(view), saved_views=views, flash="视图已保存" if saved else "",
    )  # fmt: skip
    return render(request, "queue.html", ctx)


@router.get("/queue/facets")
async def facets(request: Request, user: User) -> Response:
    view = ViewFilter.from_params(request.query_params.multi_items())
    counts = await run_in_threadpool(facet_counts, state(request).store, view,
                                     facet_cache(request), FACETS)  # fmt: skip
    html = render(request, "_facets.html", FacetsFragment(title="", view=view, facets=counts))
    return HTMLResponse(html.body, headers={"Cache-Control": "private, max-age=10"})


@router.get("/queue/count")
async def count(request: Request, user: User) -> Response:
    view = ViewFilter.from_params(request.query_params.multi_items())
    n = await run_in_threadpool(view_total, state(request).store, view, facet_cache(request))
    return JSONResponse({"ok": True, "total": n, "total_text": f"共 {n:,} 条"})


@router.post("/views", dependencies=[Depends(csrf_required)])
async def save_view(request: Request, user: User) -> Response:
    form = await request.form()
    name = str(form.get("name", "")).strip()[:40]
    query = str(form.get("query", ""))[:2000]
    rv = state(request)
    if str(form.get("delete", "")):
        rv.store.delete_view(user["name"], name)
        rv.store.append_audit("view_delete", actor=user["name"], detail={"name": name})
        return RedirectResponse("/queue?" + query, status_code=303)
    if not name:
        from reviewer.errors import BadRequest

        raise BadRequest("请给视图起个名字")
    ViewFilter.from_params(_pairs(query))  # refuse a view the queue could not open
    rv.store.put_view(user["name"], name, query)
    rv.store.append_audit("view_save", actor=user["name"], detail={"name": name, "query": query})
    return RedirectResponse(f"/queue?{query}&saved=1" if query else "/queue?saved=1",
                            status_code=303)  # fmt: skip


def _pairs(query: str) -> list[tuple[str, str]]:
    from urllib.parse import parse_qsl

    return parse_qsl(query, keep_blank_values=False)
