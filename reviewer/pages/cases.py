"""Cases: a seller's listings across platforms and hosts, listed and opened as one.

The list groups the highest-scoring hits of a view (``pipelines.cases.find_cases``; rejected
hits left out unless the view asks for them) and shows the cases that span more than one hit.
A case page walks the store from one key (``case_for_key``) and can be triaged as a whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from lexicon.vocabulary import REJECT_REASON_LABELS, STATUSES
from pipelines.cases import KEY_LABELS, Case, case_for_key, find_cases
from reviewer.errors import NotFound
from reviewer.filters import ViewFilter
from reviewer.pages.queue import facet_cache, row
from reviewer.web import NAV, NavItem, Page, User, render, state

__all__ = ["CasePage", "CasesPage", "router"]

router = APIRouter()
NAV.append(NavItem("cases", "案件", "/cases", order=30))

#: How many hits of a view the case list groups (highest score first).
MAX_HITS = 5000


@dataclass(kw_only=True)
class CasesPage(Page):
    """Context of ``cases.html``: cases of more than one hit, widest spread first."""

    cases: list[Case] = field(default_factory=list)
    view: ViewFilter
    key_labels: dict[str, str] = field(default_factory=lambda: KEY_LABELS)
    max_hits: int = MAX_HITS


@dataclass(kw_only=True)
class CasePage(Page):
    """Context of ``case.html``."""

    case: Case
    #: Hit rows grouped by platform, in the order platforms first appear by score.
    by_platform: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    key_labels: dict[str, str] = field(default_factory=lambda: KEY_LABELS)
    reasons: dict[str, str] = field(default_factory=lambda: REJECT_REASON_LABELS)


def _case_view(request: Request) -> ViewFilter:
    view = ViewFilter.from_params(request.query_params.multi_items())
    if "status" not in view.values:  # cases of everything but rejected hits, by default
        view.values["status"] = [s for s in STATUSES if s != "rejected"]
    return view


@router.get("/cases")
async def cases(request: Request, user: User) -> Response:
    rv, view = state(request), _case_view(request)
    filters = view.filters()
    found = await run_in_threadpool(
        facet_cache(request).get, ("cases", view.key()),
        lambda: [c for c in find_cases(rv.store, max_hits=MAX_HITS, **filters)
                 if len(c.hits) > 1],
    )  # fmt: skip
    return render(request, "cases.html", CasesPage(title="案件", active="cases",
                                                   cases=found[:200], view=view))  # fmt: skip


@router.get("/cases/{key:path}")
async def case_page(request: Request, key: str, user: User) -> Response:
    case = await run_in_threadpool(case_for_key, state(request).store, key)
    if case is None:
        raise NotFound(f"没有与“{key}”相关的命中")
    if case.id != key:  # one address per case: the case's own id
        return RedirectResponse(f"/cases/{case.id}", status_code=303)
    groups: dict[str, list[dict[str, Any]]] = {}
    for h in case.hits:
        groups.setdefault(h.platform or h.host, []).append(row(h))
    title = f"案件：{KEY_LABELS.get(case.id.split(':')[0], '')} {case.id.split(':')[-1]}"
    ctx = CasePage(title=title, active="cases", case=case, by_platform=groups)
    return render(request, "case.html", ctx)
