"""Actions on one hit: decide (confirm, reject with a reason, escalate, needs information),
assign (supervisors), internal notes. Forms get a redirect; the page's own fetches get JSON."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from lexicon.vocabulary import status_label
from pipelines.hit import Hit
from reviewer import triage
from reviewer.errors import BadRequest, NotFound
from reviewer.pages.login import _safe_next
from reviewer.web import Supervisor, User, csrf_required, state

__all__ = ["router"]

router = APIRouter(dependencies=[Depends(csrf_required)])


def _answer(request: Request, hit: Hit, after: Any, done: str) -> Response:
    if request.headers.get("x-requested-with") == "fetch":
        return JSONResponse({"ok": True, "hit": {
            "id": hit.id, "status": hit.status, "status_label": status_label(hit.status),
            "version": hit.version, "hist_len": len(hit.history), "assignee": hit.assignee,
        }})  # fmt: skip
    target = _safe_next(str(after or f"/hits/{hit.id}"))
    if target == f"/hits/{hit.id}":
        target += f"?done={done}"
    return RedirectResponse(target, status_code=303)


@router.post("/hits/{hit_id}/status")
async def set_status(request: Request, hit_id: str, user: User) -> Response:
    form = await request.form()
    hit = triage.decide(
        state(request), hit_id, str(form.get("status", "")), actor=user["name"],
        expected=triage.parse_int(form.get("expected_version"), "expected_version"),
        hist_len=triage.parse_int(form.get("hist_len"), "hist_len"),
        reason=str(form.get("reason", "")), note=str(form.get("note", "")).strip(),
    )  # fmt: skip
    return _answer(request, hit, form.get("after"), "status")


@router.post("/hits/{hit_id}/assign")
async def assign(request: Request, hit_id: str, user: Supervisor) -> Response:
    form = await request.form()
    hit = triage.assign(
        state(request), hit_id, str(form.get("assignee", "")).strip() or None,
        actor=user["name"],
        expected=triage.parse_int(form.get("expected_version"), "expected_version"),
        hist_len=triage.parse_int(form.get("hist_len"), "hist_len"),
    )  # fmt: skip
    return _answer(request, hit, form.get("after"), "assign")


@router.post("/hits/{hit_id}/note")
async def note(request: Request, hit_id: str, user: User) -> Response:
    """Notes go to the audit log only: adding one never makes someone else's form stale."""
    form = await request.form()
    text = str(form.get("text", "")).strip()
    if not text:
        raise BadRequest("备注不能为空")
    rv = state(request)
    hit = rv.store.get_hit(hit_id)
    if hit is None:
        raise NotFound(f"命中记录 {hit_id} 不存在")
    rv.store.append_audit("note", actor=user["name"], hit_id=hit_id, detail={"text": text[:2000]})
    return _answer(request, hit, form.get("after"), "note")
