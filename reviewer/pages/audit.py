"""The audit log: every change and login, newest first, filterable, never editable here.

Supervisors and admins read it (it holds client addresses of logins); reviewers see each hit's
own history on the hit page. There is no form on this page that writes anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from lexicon.vocabulary import AUDIT_ACTION_LABELS, AUDIT_DETAIL_LABELS, LOGIN_FAILURE_LABELS
from reviewer.filters import _utc_start
from reviewer.triage import describe_entry
from reviewer.web import NAV, NavItem, Page, Supervisor, render, state

__all__ = ["AuditPage", "router"]

router = APIRouter()
NAV.append(NavItem("audit", "审计日志", "/audit", role="supervisor", order=70))

PAGE = 100


@dataclass(kw_only=True)
class AuditPage(Page):
    """Context of ``audit.html``."""

    entries: list[dict[str, Any]] = field(default_factory=list)
    #: The filters as given (actor, action, hit, since, until).
    filters: dict[str, str] = field(default_factory=dict)
    actions: dict[str, str] = field(default_factory=lambda: AUDIT_ACTION_LABELS)
    next_before: str = ""
    qs: str = ""


#: Detail keys shown in their own columns (or not at all).
_SHOWN_ELSEWHERE = ("at", "actor", "action", "from", "to", "note", "reason", "assignee", "text")


def _entry(e: dict[str, Any]) -> dict[str, Any]:
    d = e.get("detail") or {}
    shown = describe_entry({**d, "at": e["at"], "actor": e["actor"], "action": e["action"]})
    if e["action"] == "login_failed":
        shown["note"] = LOGIN_FAILURE_LABELS.get(d.get("reason", ""), d.get("reason", ""))
    extra = {k: v for k, v in d.items() if k not in _SHOWN_ELSEWHERE}
    labels = {k: AUDIT_DETAIL_LABELS.get(k, k) for k in extra}
    return {**shown, "id": e["id"], "hit_id": e.get("hit_id"), "extra": extra, "labels": labels}


def _titles(store: Any, rows: list[dict[str, Any]]) -> dict[str, str]:
    """Titles of the hits a page of entries names (a reviewer reads titles, not ids)."""
    ids = {e["hit_id"] for e in rows if e.get("hit_id")}
    hits = store.get_hits(ids)
    return {hid: (hits[hid].title or "（无标题）") if hid in hits else "（已删除）" for hid in ids}


@router.get("/audit")
async def audit(request: Request, user: Supervisor, before: str = "") -> Response:
    p = request.query_params
    filters = {k: p.get(k, "").strip() for k in ("actor", "action", "hit", "since", "until")}
    args: dict[str, Any] = {"actor": filters["actor"] or None,
                            "action": filters["action"] or None,
                            "hit_id": filters["hit"] or None, "limit": PAGE,
                            "before": before or None}  # fmt: skip
    if filters["since"]:
        args["since"] = _utc_start(filters["since"])
    if filters["until"]:
        from datetime import date, timedelta

        end = date.fromisoformat(filters["until"]) + timedelta(days=1)
        args["until"] = _utc_start(end.isoformat())
    store = state(request).store
    rows = await run_in_threadpool(lambda: store.query_audit(**args))
    titles = await run_in_threadpool(_titles, store, rows)
    ctx = AuditPage(
        title="审计日志", active="audit", filters=filters,
        entries=[{**_entry(e), "hit_title": titles.get(e.get("hit_id") or "", "")} for e in rows],
        next_before=rows[-1]["id"] if len(rows) == PAGE else "",
        qs=urlencode({k: v for k, v in filters.items() if v}),
    )  # fmt: skip
    return render(request, "audit.html", ctx)
