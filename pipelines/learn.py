"""Labelled data from triage, and the field precision of each rule (``adsweep lexicon learn``).

Reviewers confirm and reject hits through :meth:`Store.set_status`; the history entry of a
rejection carries the reject reason (``reason``, an id of
``lexicon.vocabulary.REJECT_REASON_LABELS``, chosen in the reviewer) and a free-text ``note``. This module reads that record back:

* :func:`triaged_hits` — every hit whose last triage decision was a confirmation (confirmed, or
  noticed after it) or a rejection, with the reason and note of the rejection. Hits removed or
  reappearing without ever being confirmed are not decisions and are left out, and so are
  rejections as a ``duplicate`` (nothing wrong with the detection).
* :func:`examples` — one labelled example per finding: its excerpt, with the finding's category
  when the hit was confirmed, with none when it was rejected.
* :func:`field_precision` — per rule: how many of the triaged hits it fired on were confirmed,
  how many rejected and why; the figure the reviewer's rule-quality page shows, and the one a
  retrained model is judged by.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from lexicon.model import Example
from pipelines.hit import Hit

__all__ = ["RuleQuality", "Triaged", "examples", "field_precision", "triaged_hits"]

#: Statuses that only follow a confirmation (a notice is drafted for a confirmed hit).
_CONFIRMING = ("confirmed", "noticed")
#: Statuses whose hits may carry a decision in their history.
_TRIAGED = ("confirmed", "noticed", "rejected", "removed", "reappeared", "escalated")
#: Rejections that say nothing about the detection.
SKIP_REASONS = frozenset({"duplicate"})
#: Weight of a reviewer's label against one written corpus line.
TRIAGE_WEIGHT = 2.0


@dataclass(slots=True)
class Triaged:
    hit: Hit
    label: str  # "confirmed" | "rejected"
    reason: str = ""  # reject reason id ("" when none was stored)
    note: str = ""


def _decision(hit: Hit) -> tuple[str, dict[str, Any]] | None:
    """The last confirm/reject decision in the hit's history (or its status without one)."""
    for entry in reversed(hit.history):
        to = entry.get("to")
        if to in _CONFIRMING:
            return "confirmed", entry
        if to == "rejected":
            return "rejected", entry
    if hit.status in _CONFIRMING:
        return "confirmed", {}
    if hit.status == "rejected":
        return "rejected", {}
    return None


def triaged_hits(store: Any) -> list[Triaged]:
    """Hits reviewers decided on, oldest first (streamed from the store in pages)."""
    out: list[Triaged] = []
    for hit in store.iter_hits(status=list(_TRIAGED)):
        decision = _decision(hit)
        if decision is None:
            continue
        label, entry = decision
        reason = str(entry.get("reason") or "") if label == "rejected" else ""
        if reason in SKIP_REASONS:
            continue
        out.append(Triaged(hit, label, reason, str(entry.get("note") or "")))
    return out


def examples(triaged: Iterable[Triaged], weight: float = TRIAGE_WEIGHT) -> list[Example]:
    """One example per finding: the excerpt a reviewer read, labelled by the decision."""
    out: list[Example] = []
    for t in triaged:
        for f in t.hit.findings:
            text = str(f.get("excerpt") or f.get("matched") or "")
            if not text.strip():
                continue
            cats = frozenset({f["category"]}) if t.label == "confirmed" else frozenset()
            out.append(Example(text, cats, weight, group=f"store:{t.hit.id}"))
    return out


@dataclass(slots=True)
class RuleQuality:
    """Field figures of one rule over the triaged hits it fired on."""

    rule: str
    confirmed: int = 0
    rejected: int = 0
    reasons: Counter[str] = field(default_factory=Counter)

    @property
    def precision(self) -> float | None:
        n = self.confirmed + self.rejected
        return round(self.confirmed / n, 4) if n else None


def field_precision(
    triaged: Iterable[Triaged], rules_of: Callable[[Triaged], set[str]]
) -> dict[str, RuleQuality]:
    """Per rule id: confirmed and rejected hits it fired on (``rules_of`` says which rules
    fired on a hit: the stored findings, or a re-scan with another model)."""
    out: dict[str, RuleQuality] = {}
    for t in triaged:
        for rule in rules_of(t):
            q = out.setdefault(rule, RuleQuality(rule))
            if t.label == "confirmed":
                q.confirmed += 1
            else:
                q.rejected += 1
                q.reasons[t.reason or ("note:" + t.note[:20] if t.note else "-")] += 1
    return dict(sorted(out.items()))


def stored_rules(t: Triaged) -> set[str]:
    return {str(f.get("rule_id")) for f in t.hit.findings if f.get("rule_id")}
