"""Which hits go into a batch of letters, and how a batch splits into one letter per platform.

A supervisor selects a batch by a filter (any :class:`HitQuery` field, a date range), by a
case, by hit ids, or takes every confirmed hit not yet noticed. Hits already listed in a
notice that is still a draft or approved are left out, so two batches never list one listing
twice; hits a reviewer has not confirmed never enter a letter.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pipelines.hit import Hit
from pipelines.store.base import Store
from reports.errors import WorkflowError

__all__ = ["LETTER_STATUSES", "by_platform", "open_notice_hits", "select_hits"]

#: Hit statuses that may be put in a letter: confirmed, and reappeared after an earlier one.
LETTER_STATUSES: tuple[str, ...] = ("confirmed", "reappeared")


def open_notice_hits(store: Store, kind: str = "notice") -> set[str]:
    """Hits listed in letters of ``kind`` that are drafted or approved but not yet sent."""
    out: set[str] = set()
    for status in ("draft", "approved"):
        for doc in store.list_notices(status=status, kind=kind):
            out.update(doc.get("hit_ids", []))
    return out


def select_hits(
    store: Store, *, hit_ids: Iterable[str] = (), filters: dict[str, Any] | None = None,
    kind: str = "notice", statuses: tuple[str, ...] = LETTER_STATUSES,
) -> list[Hit]:  # fmt: skip
    """The batch: named hits, or hits matching ``filters``, confirmed and not in an open letter."""
    busy = open_notice_hits(store, kind)
    ids = list(hit_ids)
    if ids:
        found = store.get_hits(ids)
        hits = [found.get(x) for x in ids]
        missing = [x for x, h in zip(ids, hits, strict=True) if h is None]
        if missing:
            raise WorkflowError(f"找不到命中记录：{'、'.join(missing)}")
        bad = [h.id for h in hits if h and h.status not in statuses]
        if bad:
            raise WorkflowError(f"以下记录未经审核确认，不能列入文书：{'、'.join(bad)}")
        return [h for h in hits if h and h.id not in busy]
    f = dict(filters or {})
    f["status"] = [s for s in (f.get("status") or statuses) if s in statuses] or list(statuses)
    return [h for h in store.iter_hits(**f) if h.id not in busy]


def by_platform(hits: Iterable[Hit]) -> dict[str, list[Hit]]:
    """One group per platform (the host when a hit names none), platforms in name order: a
    crawl finds listings in a different order on every run, and the letters drafted one per
    platform should take their document numbers in the same order every time."""
    out: dict[str, list[Hit]] = {}
    for h in hits:
        out.setdefault(h.platform or h.host, []).append(h)
    return dict(sorted(out.items()))
