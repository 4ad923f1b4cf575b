"""Labelled data for the learned scorer: which files, which rows, and how they are recorded.

The default training data is the project's own written corpus (``tests/corpus``: the
development set, the first three held-out sets and the real-styles set; ``holdout4`` stays
untouched for measuring) and the **tuning part** of the real third-party text, read from
``../shared/corpus-real/`` at training time. The measured-only part is never trained on. Every
source is recorded in the model file with its SHA-256 and the number of rows used.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from lexicon.corpora import Row, load_rows
from lexicon.model import Example

__all__ = ["DEFAULT_PROJECT", "default_sources", "examples_from_rows", "load_training"]

DEFAULT_PROJECT = ("corpus", "holdout", "holdout2", "holdout3", "styles")


def default_sources(root: Path) -> list[tuple[Path, str | None]]:
    """(file, part) pairs: the project's corpus files, then the real text's tuning part."""
    out: list[tuple[Path, str | None]] = [
        (root / "tests" / "corpus" / f"{n}.jsonl", None) for n in DEFAULT_PROJECT
    ]
    real = root.parent / "shared" / "corpus-real" / "real-dev.jsonl"
    if real.is_file():
        out.append((real, "tune"))
    return out


def examples_from_rows(rows: list[Row], weight: float = 1.0) -> list[Example]:
    return [Example(r.text, r.truth, weight) for r in rows if r.text.strip()]


def load_training(
    sources: list[tuple[Path, str | None]], extra: list[Example] | None = None
) -> tuple[list[Example], list[dict[str, Any]]]:
    """Examples from ``sources`` (a part of ``None`` takes every row) plus ``extra`` (triage
    labels), and the record of what was used."""
    examples: list[Example] = []
    record: list[dict[str, Any]] = []
    for path, part in sources:
        rows = [r for r in load_rows(path) if part is None or r.part == part]
        examples += examples_from_rows(rows)
        record.append(
            {
                "file": path.name,
                "part": part or "all",
                "sha256": hashlib.sha256(path.read_bytes()).hexdigest()[:16],
                "rows": len(rows),
            }
        )
    if extra:
        examples += extra
        record.append({"file": "store triage", "part": "all", "rows": len(extra)})
    return examples, record
