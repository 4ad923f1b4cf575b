"""Bulk decisions: on a selection (queue checkboxes, a whole case) or on a whole filter.

A selection carries each hit's version, so a hit someone else changed meanwhile is reported
as a conflict and left alone. A whole filter first shows how many hits it matches and a
sample; the decision then applies to what matches when it runs. Each hit gets its own history
and audit entry, as if decided one by one, and the result page lists what was left alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from lexicon.vocabulary import REJECT_REASON_LABELS
from pipelines.store import StoreError
from pipelines.store.base import BulkResult
from pipelines.triage import check_decision, triage_filter
from reviewer.errors import BadRequest
from reviewer.filters import ViewFilter
from reviewer.pages.login import _safe_next
from reviewer.pages.queue import facet_cache, row
from reviewer.triage import describe_entry
from reviewer.web import Page, User, csrf_required, render, state

__all__ = ["BulkConfirmPage", "BulkResultPage", "router"]

router = APIRouter()

#: Most hits one selection may carry (a page of the queue is 50; a case may be larger).
MAX_SELECTION = 2000


@dataclass(kw_only=True)
class BulkConfirmPage(Page):
    """Context of ``bulk.html``: what a whole-filter decision would touch."""

    view: ViewFilter
    qs: str
    total: int
    sample: list[dict[str, Any]] = field(default_factory=list)
    reasons: dict[str, str] = field(default_factory=lambda: REJECT_REASON_LABELS)


@dataclass(kw_only=True)
class BulkResultPage(Page):
    """Context of ``bulk_done.html``."""

    status: str
    result: BulkResult
    back: str
    #: Hit id → (title, the last change someone else made) of each conflict shown.
    others: dict[str, tuple[str, dict[str, Any]]] = field(default_factory=dict)


#: How many conflicts the result page describes one by one (the rest are counted).
_SHOW_CONFLICTS = 100


def _others(store: Any, conflicts: dict[str, str]) -> dict[str, tuple[str, dict[str, Any]]]:
    """Each refused hit's title and latest history entry: who decided it meanwhile, and how."""
    out = {}
    for hid, hit in store.get_hits(list(conflicts)[:_SHOW_CONFLICTS]).items():
        last = describe_entry(hit.history[-1]) if hit.history else {}
        out[hid] = (hit.title or "（无标题）", last)
    return out


@router.get("/bulk")
async def bulk_confirm(request: Request, user: User) -> Response:
    rv = state(request)
    view = ViewFilter.from_params(request.query_params.multi_items())
    total = await run_in_threadpool(rv.store.count, view.query(size=1))  # fresh, not cached
    page = await run_in_threadpool(rv.store.query, view.query(size=10))
    ctx = BulkConfirmPage(title="批量处理", active="queue", view=view, total=total,
                          qs=urlencode(view.params()), sample=[row(h) for h in page.hits])  # fmt: skip
    return render(request, "bulk.html", ctx)


def _selection(values: list[Any]) -> dict[str, int | None]:
    out: dict[str, int | None] = {}
    for v in values[: MAX_SELECTION + 1]:
        hid, _, ver = str(v).partition(":")
        out[hid] = int(ver) if ver.isdigit() else None
    if len(out) > MAX_SELECTION:
        raise BadRequest(f"一次最多选择 {MAX_SELECTION} 条；更多请用“批量处理全部筛选结果”")
    return out


@router.post("/bulk", dependencies=[Depends(csrf_required)])
async def bulk(request: Request, user: User) -> Response:
    rv, form = state(request), await request.form()
    status, reason = str(form.get("status", "")), str(form.get("reason", ""))
    note = str(form.get("note", "")).strip()[:2000]
    try:
        check_decision(status, reason)
    except StoreError as e:
        raise BadRequest(str(e)) from e
    if form.get("mode") == "filter":
        view = ViewFilter.from_params(parse_qsl(str(form.get("view", ""))))
        result = await run_in_threadpool(lambda: triage_filter(
            rv.store, view.filters(), status, actor=user["name"], reason=reason, note=note))  # fmt: skip
        back = "/queue?" + urlencode(view.params())
    else:
        picked = _selection(form.getlist("ids"))
        if not picked:
            raise BadRequest("没有选择任何命中")
        versions = {k: v for k, v in picked.items() if v is not None}
        result = await run_in_threadpool(lambda: rv.store.set_status_many(
            list(picked), status, actor=user["name"], note=note, reason=reason,
            expected_versions=versions))  # fmt: skip
        back = _safe_next(str(form.get("back", "/queue")))
    facet_cache(request).invalidate()
    for hid in result.changed:
        rv.store.release_claim(hid, user["name"])
    others = await run_in_threadpool(_others, rv.store, result.conflicts)
    return render(request, "bulk_done.html", BulkResultPage(
        title="批量处理结果", active="queue", status=status, result=result, back=back,
        others=others))  # fmt: skip
