"""Deciding one hit from the app: the write, the stale-write check, and what to show on a loss.

A form carries the hit's ``version`` and the length of its history when the page was drawn.
If the store refuses the write as stale, the history entries added since then are the other
change: a triage decision or assignment by someone else is shown as such and nothing is
overwritten. If nothing was added (a re-crawl only bumped ``last_seen``), no reviewer decided
anything meanwhile and the decision is applied to the current version.
"""

from __future__ import annotations

from typing import Any

from lexicon.vocabulary import audit_action_label, reject_reason_label, status_label
from pipelines.hit import Hit
from pipelines.store import ConflictError, StoreError
from pipelines.triage import check_decision
from reviewer.errors import BadRequest, Conflict, NotFound
from reviewer.templating import beijing
from reviewer.web import AppState

__all__ = ["assign", "decide", "describe_entry", "parse_int"]


def parse_int(value: Any, name: str) -> int | None:
    if value in (None, ""):
        return None
    try:
        return int(str(value))
    except ValueError as e:
        raise BadRequest(f"{name} 应为整数") from e


def describe_entry(e: dict[str, Any]) -> dict[str, Any]:
    """A history or audit entry in words: what, before, after, why."""
    action = e.get("action", "")
    if action == "status":
        before, after = status_label(e.get("from") or ""), status_label(e.get("to") or "")
    elif action == "assign":
        before, after = e.get("from") or "（无）", e.get("to") or e.get("assignee") or "（无）"
    else:
        before, after = "", ""
    note = e.get("note") or e.get("text") or ""
    if e.get("reason"):
        note = f"{reject_reason_label(e['reason'])}{'：' + note if note else ''}"
    return {"at": e.get("at", ""), "at_text": beijing(e.get("at", "")), "actor": e.get("actor", ""), "action": action,
            "action_label": audit_action_label(action), "from_label": before,
            "to_label": after, "note": note}  # fmt: skip


def _load(rv: AppState, hit_id: str) -> Hit:
    hit = rv.store.get_hit(hit_id)
    if hit is None:
        raise NotFound(f"命中记录 {hit_id} 不存在")
    return hit


def _write(rv: AppState, hit_id: str, expected: int | None, hist_len: int | None, write):
    """Run ``write(version)``; on a stale version decide whether it was a person or a crawl."""
    try:
        return write(expected)
    except ConflictError:
        hit = _load(rv, hit_id)
        others = hit.history[hist_len:] if hist_len is not None else []
        if hist_len is not None and not others:
            return write(hit.version)  # only a re-crawl touched it: nobody decided meanwhile
        raise Conflict(
            "在您打开这条命中之后，已有其他人修改了它，您的操作未保存。下面是对方所做的修改，"
            "请看过最新状态后再决定。",
            hit_id=hit_id, other=[describe_entry(x) for x in others],
            current={"status": hit.status, "status_label": status_label(hit.status),
                     "assignee": hit.assignee, "version": hit.version,
                     "hist_len": len(hit.history)},
        ) from None  # fmt: skip


def decide(
    rv: AppState, hit_id: str, status: str, *, actor: str, expected: int | None,
    hist_len: int | None, reason: str = "", note: str = "",
) -> Hit:  # fmt: skip
    try:
        check_decision(status, reason)
    except StoreError as e:
        raise BadRequest(str(e)) from e
    hit = _write(rv, hit_id, expected, hist_len, lambda v: rv.store.set_status(
        hit_id, status, actor=actor, expected_version=v, reason=reason, note=note[:2000]))  # fmt: skip
    _after_change(rv, hit_id, actor)
    return hit


def assign(
    rv: AppState, hit_id: str, assignee: str | None, *, actor: str, expected: int | None,
    hist_len: int | None,
) -> Hit:  # fmt: skip
    if assignee and rv.store.get_user(assignee) is None:
        raise BadRequest(f"账号 {assignee} 不存在")
    hit = _write(rv, hit_id, expected, hist_len, lambda v: rv.store.assign(
        hit_id, assignee or None, actor=actor, expected_version=v))  # fmt: skip
    _after_change(rv, hit_id, actor)
    return hit


def _after_change(rv: AppState, hit_id: str, actor: str) -> None:
    """A decision releases the decider's review claim and makes cached counts stale."""
    rv.store.release_claim(hit_id, actor)
    cache = rv.caches.get("facets")
    if cache is not None:
        cache.invalidate()
