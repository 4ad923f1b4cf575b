"""Review mode ("开始审核"): one open hit of the current view after another.

Each hit shown is claimed for ``claim_seconds`` (``Store.claim_hit``, atomic on both backends),
so two reviewers working the same view never get the same hit. A decision releases the claim
and leads straight to the next hit; "skip" releases it and keeps the hit out of this
reviewer's way for an hour (kept in this process); an abandoned claim simply runs out.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from lexicon.vocabulary import OPEN_STATUSES
from pipelines.hit import Hit
from reviewer.filters import ViewFilter
from reviewer.pages.hit import hit_context
from reviewer.web import NAV, AppState, NavItem, Page, User, render, state

__all__ = ["next_hit", "router"]

router = APIRouter()
NAV.append(NavItem("review", "开始审核", "/review", order=20))

#: How far down the view review mode looks for an unclaimed hit before giving up.
_SCAN_PAGES = 10
_SKIP_SECONDS = 3600.0


@dataclass(kw_only=True)
class ReviewDone(Page):
    """Context of ``review_done.html``: nothing left to review in the view."""

    qs: str = ""


def _review_view(request: Request) -> ViewFilter:
    """The view limited to hits still waiting for a decision (an empty list: none can)."""
    view = ViewFilter.from_params(request.query_params.multi_items())
    wanted = view.statuses()
    view.values["status"] = [s for s in (wanted or OPEN_STATUSES) if s in OPEN_STATUSES]
    return view


def _skips(rv: AppState, user: str) -> dict[str, float]:
    skips = rv.caches.setdefault("skips", {}).setdefault(user, {})
    now = rv.clock()
    for hid in [h for h, t in skips.items() if t <= now]:
        del skips[hid]
    return skips


def next_hit(rv: AppState, view: ViewFilter, user: str) -> Hit | None:
    """Claim and return the first open hit of ``view`` nobody else holds, or None."""
    if not view.values.get("status"):
        return None
    claims = rv.store.active_claims(now=rv.clock())
    skipped = _skips(rv, user)
    cursor = None
    for _ in range(_SCAN_PAGES):
        page = rv.store.query(view.query(size=50, cursor=cursor))
        for hit in page.hits:
            if hit.id in skipped or claims.get(hit.id, user) != user:
                continue
            if rv.store.claim_hit(hit.id, user, ttl=rv.config.claim_seconds, now=rv.clock()):
                return hit
        if not page.next_cursor:
            return None
        cursor = page.next_cursor
    return None


def _qs(view: ViewFilter) -> str:
    return urlencode([(k, v) for k, v in view.params() if k != "status"]
                     + [("status", s) for s in view.values.get("status", [])])  # fmt: skip


@router.get("/review")
@router.get("/review/next")
async def review(request: Request, user: User) -> Response:
    rv, view = state(request), _review_view(request)
    hit = await run_in_threadpool(next_hit, rv, view, user["name"])
    if hit is None:
        done = ReviewDone(title="审核完成", active="review", qs=_qs(view),
                          flash="当前视图中没有待审核的命中了（或其余的正由其他审核员处理）。")  # fmt: skip
        return render(request, "review_done.html", done)
    return RedirectResponse(f"/review/{hit.id}?{_qs(view)}", status_code=303)


@router.get("/review/skip/{hit_id}")
async def skip(request: Request, hit_id: str, user: User) -> Response:
    rv, view = state(request), _review_view(request)
    rv.store.release_claim(hit_id, user["name"])
    _skips(rv, user["name"])[hit_id] = rv.clock() + _SKIP_SECONDS
    return RedirectResponse(f"/review?{_qs(view)}", status_code=303)


@router.get("/review/{hit_id}")
async def review_hit(request: Request, hit_id: str, user: User) -> Response:
    rv, view = state(request), _review_view(request)
    qs = _qs(view)
    held = rv.store.claim_hit(hit_id, user["name"], ttl=rv.config.claim_seconds, now=rv.clock())
    hit = rv.store.get_hit(hit_id) if held else None
    if hit is None or hit.status not in OPEN_STATUSES:
        if held:
            rv.store.release_claim(hit_id, user["name"])
        return RedirectResponse(f"/review?{qs}", status_code=303)
    ctx = await run_in_threadpool(hit_context, request, hit)
    ctx.title, ctx.active = f"审核：{ctx.title}", "review"
    ctx.review_qs, ctx.after = qs, f"/review?{qs}"
    return render(request, "review.html", ctx)
