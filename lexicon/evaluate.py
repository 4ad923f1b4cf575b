"""Precision, recall and specificity of the detector on labelled text, beside a naive baseline.

Rows come from :mod:`lexicon.corpora` (the project's corpus or real third-party text). Two
views are scored:

* **per category** — a row's categories against the detector's; on rows whose labels are
  incomplete (real text: one category per positive), an extra category on a positive row is not
  counted as a false alarm;
* **offers** — is the line flagged at all? Recall on positives, specificity (silent share) on
  negatives; then the same grouped by pack, source, slice (offer / report / other) and part
  (tuning / measured-only for real text).

The baseline is what a keyword list does without this library: any term of a rule's first group
found as a plain substring of the raw text flags the rule's category (no normalization, no
windows, no context).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from lexicon.corpora import Row, load_corpus, rows_from_records
from lexicon.finding import CATEGORIES

__all__ = [
    "Scores",
    "Tally",
    "baseline_categories",
    "evaluate",
    "evaluate_rows",
    "load_corpus",
    "wilson",
]


def wilson(hits: int, n: int, z: float = 1.96) -> tuple[float, float] | None:
    """The Wilson score interval (95 % by default) of a rate of ``hits`` in ``n``.

    Real-text figures rest on a few dozen lines (three special-operations offers): a rate
    without its interval reads as more than it is, and the interval stays inside [0, 1] and
    is honest at 0/n and n/n where the normal approximation is not."""
    if n <= 0:
        return None
    p = hits / n
    d = 1 + z * z / n
    mid = (p + z * z / (2 * n)) / d
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return round(max(0.0, mid - half), 4), round(min(1.0, mid + half), 4)


@dataclass(slots=True)
class Scores:
    """Per-category counts."""

    tp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CATEGORIES, 0))
    fp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CATEGORIES, 0))
    fn: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CATEGORIES, 0))

    def add(self, truth: frozenset[str] | set[str], pred: set[str], complete: bool = True) -> None:
        for c in CATEGORIES:
            if c in pred and c in truth:
                self.tp[c] += 1
            elif c in pred and (complete or not truth):
                self.fp[c] += 1
            elif c in truth and c not in pred:
                self.fn[c] += 1

    @staticmethod
    def _pr(tp: int, fp: int, fn: int) -> dict[str, float]:
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        return {"precision": round(p, 4), "recall": round(r, 4), "tp": tp, "fp": fp, "fn": fn}

    def table(self) -> dict[str, dict[str, float]]:
        rows = {c: self._pr(self.tp[c], self.fp[c], self.fn[c]) for c in CATEGORIES}
        rows["overall"] = self._pr(
            sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        )
        return rows


@dataclass(slots=True)
class Tally:
    """Line-level counts: flagged or not, against offer or not."""

    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def add(self, positive: bool, flagged: bool) -> None:
        if positive:
            self.tp += flagged
            self.fn += not flagged
        else:
            self.fp += flagged
            self.tn += not flagged

    def rates(self) -> dict[str, Any]:
        pos, neg = self.tp + self.fn, self.fp + self.tn
        return {
            "positives": pos,
            "negatives": neg,
            "recall": round(self.tp / pos, 4) if pos else None,
            "specificity": round(self.tn / neg, 4) if neg else None,
            "precision": round(self.tp / (self.tp + self.fp), 4) if self.tp + self.fp else None,
            "tp": self.tp,
            "fn": self.fn,
            "fp": self.fp,
            "tn": self.tn,
        }


def baseline_categories(det: Any, text: str, packs: Iterable[str] | None = None) -> set[str]:
    """Categories a naive keyword list flags: any first-group term as a plain substring."""
    wanted = set(packs) if packs else None
    out: set[str] = set()
    for rule in det.rules:
        if wanted is not None and getattr(rule, "pack", "special-ops") not in wanted:
            continue
        if rule.groups:
            first = next(iter(rule.groups.values()))
            if any(t in text for t in first):
                out.add(rule.category)
    return out


def _scan(det: Any, row: Row, packs: list[str] | None) -> Any:
    kw: dict[str, Any] = {"text": row.text, "title": row.title, "url": row.url}
    if row.extra.get("image"):  # OCR lines of an image, on a page without text of its own
        kw["text"], kw["image_texts"] = "", {"holdout.png": row.text}
    if packs:
        kw["packs"] = packs
    return det.scan_page(**kw)


def stage(det: Any, row: Row, res: Any, kind: str, packs: list[str] | None) -> str:
    """Where an error arose, as a short key a table can count without showing the text.

    A miss: ``suppressed:<reasons>`` (candidates were found and silenced, by the reason heads
    the suppressions name: report, needs_offer, no_claim, warning, lawful…), ``no_anchor``
    (no sentence holds a word of an active pack, so neither a rule nor the model read it),
    ``model_low`` (the model's best sentence below 0.5), ``model_near`` (below the surfacing
    threshold) or ``model_dropped`` (above it, dropped by the surfacing gate's category or pack
    check). A false alarm or a wrong category: ``rule`` / ``model`` / ``rule+model`` (which
    kind of finding raised it) and the findings' stances. Counted per part, the measured-only
    errors say which stage to work on while their text stays unread.
    """
    if kind != "miss":
        kinds = {"model" if f.rule_id.startswith("ML-") else "rule" for f in res.findings}
        stances = {f.stance or "-" for f in res.findings}
        return "+".join(sorted(kinds, reverse=True)) + ":" + "+".join(sorted(stances))
    if res.suppressed:
        return "suppressed:" + "+".join(sorted({x.reason.split(":")[0] for x in res.suppressed}))
    ms = getattr(det, "model", None)
    if ms is None:
        return "no_candidate"
    from lexicon.normalize import normalize

    best = ms.best_offer(normalize(row.text).text, det.active_packs(packs), bool(res.contacts))
    if best is None:
        return "no_anchor"
    if best < 0.5:
        return "model_low"
    return "model_near" if best < ms.model.threshold else "model_dropped"


def _error(row: Row, res: Any, pred: set[str]) -> dict[str, Any] | None:
    truth = set(row.truth)
    if row.positive and not pred:
        kind = "miss"
    elif not row.positive and pred:
        kind = "false_alarm"
    elif row.positive and not truth <= pred:
        kind = "wrong_category"
    elif row.complete and pred != truth:
        kind = "extra_category"
    else:
        return None
    return {
        "id": row.id,
        "error": kind,
        "truth": sorted(truth),
        "pred": sorted(pred),
        "rules": sorted({f.rule_id for f in res.findings}),
        "slice": row.slice,
        "pack": row.pack,
        "source": row.source,
        "part": row.part,
        "text": row.text[:160],
    }


def evaluate_rows(det: Any, rows: list[Row], packs: list[str] | None = None) -> dict[str, Any]:
    """The full report over ``rows`` with the detector's ``packs`` (its default when None)."""
    ours, base = Scores(), Scores()
    offers: dict[str, Tally] = defaultdict(Tally)
    base_offers = Tally()
    groups: dict[str, dict[str, Tally]] = {
        k: defaultdict(Tally) for k in ("pack", "source", "slice", "part")
    }
    base_groups: dict[str, dict[str, Tally]] = {
        k: defaultdict(Tally) for k in ("pack", "source", "slice", "part")
    }
    errors: list[dict[str, Any]] = []
    diagnosis: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        res = _scan(det, row, packs)
        pred = set(res.categories)
        bpred = baseline_categories(det, row.text, packs)
        ours.add(row.truth, pred, row.complete)
        base.add(row.truth, bpred, row.complete)
        offers["all"].add(row.positive, bool(pred))
        base_offers.add(row.positive, bool(bpred))
        for name in groups:
            key = getattr(row, name) or "-"
            groups[name][key].add(row.positive, bool(pred))
            base_groups[name][key].add(row.positive, bool(bpred))
        err = _error(row, res, pred)
        if err:
            err["stage"] = stage(det, row, res, err["error"], packs)
            errors.append(err)
            diagnosis[err["error"]][err["stage"]] += 1
    return {
        "n": len(rows),
        "packs": packs or ["(default)"],
        "detector": ours.table(),
        "baseline": base.table(),
        "offers": {"detector": offers["all"].rates(), "baseline": base_offers.rates()},
        **{
            f"by_{name}": {
                k: {"detector": t.rates(), "baseline": base_groups[name][k].rates()}
                for k, t in sorted(groups[name].items())
            }
            for name in groups
        },
        "errors": errors,
        "diagnosis": {k: dict(v.most_common()) for k, v in sorted(diagnosis.items())},
    }


def evaluate(
    det: Any, records: list[dict[str, Any]], packs: list[str] | None = None, origin: str = ""
) -> dict[str, Any]:
    """:func:`evaluate_rows` over raw JSON records of either corpus shape."""
    return evaluate_rows(det, rows_from_records(records, origin), packs)
