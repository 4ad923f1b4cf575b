"""The hit page: what was found, why it is unlawful, the evidence, the history, the seller.

The page URL is shown as text only; opening it is an explicit action (``/hits/{id}/open``)
that warns first and opens it in a separate browsing context without opener or referrer.
Nothing scraped is ever rendered as markup: titles, excerpts and text are escaped, the
matched span is marked by the template after escaping, the screenshot is served by hash.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from lexicon.vocabulary import REJECT_REASON_LABELS
from pipelines.cases import KEY_LABELS, link_keys
from pipelines.hit import Hit
from pipelines.store import HitQuery
from reviewer.errors import NotFound
from reviewer.lawbook import enrich_findings
from reviewer.pages.queue import row
from reviewer.triage import describe_entry
from reviewer.web import Page, User, render, state

__all__ = ["HitPage", "hit_context", "router"]

router = APIRouter()


@dataclass(kw_only=True)
class HitPage(Page):
    """Context of ``hit.html`` (also the body of review mode)."""

    hit: Hit
    #: Findings with their rule's message and the provisions they cite, quoted.
    findings: list[dict[str, Any]]
    #: The hit's history from the audit log (decisions, assignments, notes), newest first.
    history: list[dict[str, Any]]
    #: Other hits sharing the shop, the seller or a contact (rows as in the queue).
    related: list[dict[str, Any]]
    #: The case key and a readable name of it, when the hit has any link at all.
    case_key: str = ""
    case_label: str = ""
    screenshot: dict[str, Any] | None = None
    #: Account names a supervisor can assign to.
    assignees: list[str] = field(default_factory=list)
    reasons: dict[str, str] = field(default_factory=lambda: REJECT_REASON_LABELS)
    #: When the listing was seen gone (``removed``) or back (``reappeared``), from history.
    removal: dict[str, str] = field(default_factory=dict)
    #: Review mode: the view's query string, and how many hits the view still has open.
    review_qs: str | None = None
    review_left: int | None = None
    #: Where a decision made on this page leads (review mode: the next hit).
    after: str = ""


def _related(store: Any, hit: Hit, limit: int = 20) -> list[dict[str, Any]]:
    seen, out = {hit.id}, []
    for key in link_keys(hit):
        kind, _, rest = key.partition(":")
        if kind in ("shop", "seller"):
            platform, _, name = rest.partition(":")
            q = HitQuery.of(size=limit, with_total=False, platform=platform, **{kind: name})
        else:
            q = HitQuery.of(size=limit, with_total=False, contact=rest)
        for h in store.query(q).hits:
            if h.id not in seen and len(out) < limit:
                seen.add(h.id)
                out.append({**row(h), "via": f"{KEY_LABELS[kind]} {rest.split(':')[-1]}"})
    return out


def _removal(hit: Hit) -> dict[str, str]:
    out: dict[str, str] = {}
    for e in hit.history:
        if e.get("action") == "status" and e.get("to") in ("removed", "reappeared"):
            out[e["to"]] = e.get("at", "")
    return out


def hit_context(request: Request, hit: Hit, **extra: Any) -> HitPage:
    rv = state(request)
    store = rv.store
    history = [describe_entry({**e, **e.get("detail", {}), "at": e["at"], "actor": e["actor"],
                               "action": e["action"]})
               for e in store.query_audit(hit_id=hit.id, limit=200)]  # fmt: skip
    keys = link_keys(hit)
    shot = (hit.evidence or {}).get("screenshot")
    ctx = HitPage(
        title=hit.title or "（无标题）", active="queue", hit=hit,
        findings=enrich_findings(hit.findings), history=history, related=_related(store, hit),
        case_key=keys[0] if keys else "",
        case_label=(f"{KEY_LABELS[keys[0].split(':')[0]]} {keys[0].split(':')[-1]}"
                    if keys else ""),
        screenshot=shot if shot and shot.get("sha256") else None,
        assignees=[u["name"] for u in store.list_users() if not u.get("disabled")],
        removal=_removal(hit), after=f"/hits/{hit.id}",
    )  # fmt: skip
    for k, v in extra.items():
        setattr(ctx, k, v)
    return ctx


@router.get("/hits/{hit_id}")
async def hit_page(request: Request, hit_id: str, user: User, done: str = "") -> Response:
    hit = await run_in_threadpool(state(request).store.get_hit, hit_id)
    if hit is None:
        raise NotFound(f"命中记录 {hit_id} 不存在")
    ctx = await run_in_threadpool(hit_context, request, hit)
    ctx.flash = {"status": "已保存处置结果", "assign": "已指派", "note": "已添加备注"}.get(done, "")
    return render(request, "hit.html", ctx)


@dataclass(kw_only=True)
class OpenPage(Page):
    """Context of ``open.html``: the warning before an outside page is opened."""

    hit: Hit


@router.get("/hits/{hit_id}/open")
async def open_page(request: Request, hit_id: str, user: User) -> Response:
    hit = state(request).store.get_hit(hit_id)
    if hit is None:
        raise NotFound(f"命中记录 {hit_id} 不存在")
    return render(request, "open.html", OpenPage(title="打开原网页", active="queue", hit=hit))
