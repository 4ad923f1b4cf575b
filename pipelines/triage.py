"""Bulk triage: one decision over every hit a filter matches, with the same audit trail as one.

Used by ``adsweep hits triage`` and by the reviewer's "whole filter" bulk action. The filter
is evaluated when the action runs (what matches then is what changes); each hit gets its own
history and audit entry, and one more entry records the bulk action itself (who, the filter,
the decision, how many changed).
"""

from __future__ import annotations

from typing import Any

from lexicon.vocabulary import REJECT_REASONS
from pipelines.errors import StoreError
from pipelines.store.base import BulkResult, Store

__all__ = ["DECISIONS", "check_decision", "triage_filter"]

#: Statuses a reviewer sets (the others come from re-crawls and notices).
DECISIONS: tuple[str, ...] = ("confirmed", "rejected", "escalated", "needs_info", "new")


def check_decision(status: str, reason: str) -> None:
    """Refuse a decision reviewers do not make, and a rejection without a known reason."""
    if status not in DECISIONS:
        raise StoreError(f"不能手工设为该状态：{status}（可选 {'、'.join(DECISIONS)}）")
    if status == "rejected" and reason not in REJECT_REASONS:
        raise StoreError(f"排除误报时须选择原因（{'、'.join(REJECT_REASONS)}）")
    if status != "rejected" and reason:
        raise StoreError("只有排除误报时才填写排除原因")


def triage_filter(
    store: Store, filters: dict[str, Any], status: str, *, actor: str, reason: str = "",
    note: str = "", limit: int | None = None,
) -> BulkResult:  # fmt: skip
    """Set ``status`` on every hit matching ``filters`` (``HitQuery`` fields); audited."""
    check_decision(status, reason)
    ids: list[str] = []
    for hit in store.iter_hits(**filters):
        if hit.status != status:
            ids.append(hit.id)
        if limit is not None and len(ids) >= limit:
            break
    res = store.set_status_many(ids, status, actor=actor, note=note, reason=reason)
    store.append_audit("bulk_status", actor=actor, detail={
        "filter": filters, "to": status, "reason": reason, "note": note,
        "changed": len(res.changed), "conflicts": len(res.conflicts),
    })  # fmt: skip
    return res
