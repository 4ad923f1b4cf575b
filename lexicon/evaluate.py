"""Precision and recall of the detector on a labelled corpus, beside a naive baseline.

The corpus is JSON lines: ``{"id", "text", "categories": [...], "kind": "...", "url"?,
"title"?}``. The baseline is what a keyword list does without this library: any term of a
rule's first group found as a plain substring of the raw text flags the rule's category (no
normalization, no windows, no context).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lexicon.finding import CATEGORIES

__all__ = ["Scores", "baseline_categories", "evaluate", "load_corpus"]


@dataclass(slots=True)
class Scores:
    tp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CATEGORIES, 0))
    fp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CATEGORIES, 0))
    fn: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CATEGORIES, 0))
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, rid: str, truth: set[str], pred: set[str]) -> None:
        for c in CATEGORIES:
            if c in pred and c in truth:
                self.tp[c] += 1
            elif c in pred:
                self.fp[c] += 1
            elif c in truth:
                self.fn[c] += 1
        if truth != pred:
            self.errors.append({"id": rid, "truth": sorted(truth), "pred": sorted(pred)})

    @staticmethod
    def _pr(tp: int, fp: int, fn: int) -> tuple[float, float]:
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        return round(p, 4), round(r, 4)

    def table(self) -> dict[str, dict[str, float]]:
        rows = {c: self._pr(self.tp[c], self.fp[c], self.fn[c]) for c in CATEGORIES}
        overall = self._pr(sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values()))
        rows["overall"] = overall
        return {k: {"precision": v[0], "recall": v[1]} for k, v in rows.items()}


def load_corpus(path: Path | str) -> list[dict[str, Any]]:
    rows = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{n}: {e}") from e
    return rows


def baseline_categories(det: Any, text: str) -> set[str]:
    out: set[str] = set()
    for rule in det.rules:
        if rule.groups:
            first = next(iter(rule.groups.values()))
            if any(t in text for t in first):
                out.add(rule.category)
    return out


def evaluate(det: Any, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """{"detector": table, "baseline": table, "errors": [...], "n": count}."""
    ours, base = Scores(), Scores()
    for row in rows:
        truth = set(row.get("categories") or ())
        res = det.scan_page(text=row["text"], title=row.get("title"), url=row.get("url"))
        ours.add(str(row.get("id")), truth, set(res.categories))
        base.add(str(row.get("id")), truth, baseline_categories(det, row["text"]))
    return {
        "n": len(rows),
        "detector": ours.table(),
        "baseline": base.table(),
        "errors": ours.errors,
    }
