"""Training the learned scorer: which rows, how they are fitted, and the figures it records.

The default training data is the project's own written corpus (``tests/corpus``: the
development set, the first three held-out sets, the real-styles sets up to ``styles4``,
``styles6`` and ``styles8``;
``holdout4`` to ``holdout12`` stay untouched for measuring, and ``styles5``, ``styles7``, ``styles9`` and ``styles12``,
written to develop rules, are held out from the model so its figures under the model are a measure) and the
**tuning part** of the real third-party text, read from ``../shared/corpus-real/`` at training
time. The measured-only part is never
trained on. Every source is recorded in the model file with its SHA-256 and the number of rows
used; triage labels from a store (``adsweep lexicon learn``) join as one more source.

Fitting is deterministic full-batch gradient descent with Adagrad steps in numpy (imported only
here), one-vs-rest per class, L2, classes balanced. The surfacing threshold is chosen from
out-of-fold scores (rows grouped so a snippet and its disguised copy, or two lines of one
source, never sit on both sides): the lowest P(offer) at which at most ``max_false_alarms`` of
the negatives would surface, and never below 0.5. The out-of-fold figures at that threshold go
into the file, so the model says how well it generalizes to rows it did not see.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from lexicon import recache
from lexicon.corpora import Row, load_rows
from lexicon.model import CLASSES, FORMAT, Example, features

__all__ = [
    "DEFAULT_PROJECT",
    "cross_validate",
    "cross_validate_classes",
    "default_sources",
    "examples_from_rows",
    "fit",
    "gated",
    "load_training",
    "train",
]

DEFAULT_PROJECT = (
    "corpus",
    "holdout",
    "holdout2",
    "holdout3",
    "styles",
    "styles2",
    "styles3",
    "styles4",
    "styles6",
    "styles8",
)
_FOLDS = 5
#: Share of the training negatives allowed to surface out of fold. 2 % until the ninth shift;
#: behind the scan's claim gate only about a quarter of the negatives can surface at all and
#: the threshold sits in a sparse tail (the 18th-20th highest surfaceable negatives scored
#: 0.824, 0.804, 0.776): a two-row change in the stance stage moved it 0.822 -> 0.776, which on
#: the own sets bought 2 offers for 3 false alarms. 1.8 % keeps it above that tail.
FALSE_ALARM_BUDGET = 0.018


class Veto(Protocol):
    """The scan's surfacing gates seen from training (:class:`lexicon.gate.Veto`)."""

    categories: tuple[str, ...]

    def pick(self, text: str, scores: dict[str, float]) -> str: ...

    def __call__(self, text: str, category: str | None = None) -> bool: ...


Mask = Callable[[str], str] | None
_DISGUISE = recache.compile(r"-[a-z_]+$")


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
    """One example per row; real rows are grouped by source, project rows by snippet."""
    out = []
    for r in rows:
        if not r.text.strip():
            continue
        group = r.source if not r.complete else r.source + ":" + _DISGUISE.sub("", r.id)
        out.append(Example(r.text, r.truth, weight, group))
    return out


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


def _labels(ex: Example) -> list[float]:
    return [1.0 if (c == "offer" and ex.categories) or c in ex.categories else 0.0 for c in CLASSES]


def fit(
    examples: list[Example],
    epochs: int = 300,
    l2: float = 1e-4,
    mask: Mask = None,
    balance: float = 1.0,
) -> tuple[list[str], Any, list[float]]:
    """(vocabulary, weights [features × classes], bias per class). A class's positives weigh
    (negatives / positives) ** ``balance`` each: 1 balances the classes, 0 leaves them."""
    import numpy as np

    vocab: dict[str, int] = {}
    idx: list[int] = []
    lens: list[int] = []
    for ex in examples:
        feats = sorted(features(ex.text, ex.cues, mask))
        idx.extend(vocab.setdefault(f, len(vocab)) for f in feats)
        lens.append(len(feats))
    idx_a = np.asarray(idx, dtype=np.int64)
    rows = np.repeat(np.arange(len(examples)), lens)
    y_all = np.asarray([_labels(ex) for ex in examples])
    base = np.asarray([ex.weight for ex in examples])
    dim = len(vocab)
    weights = np.zeros((dim, len(CLASSES)))
    bias: list[float] = []
    for ci in range(len(CLASSES)):
        y = y_all[:, ci]
        pos = max(1.0, y.sum())
        sw = base * np.where(y > 0, ((len(y) - pos) / pos) ** balance, 1.0)
        w = np.zeros(dim + 1)
        g2 = np.full(dim + 1, 1e-8)
        total = sw.sum()
        for _ in range(epochs):
            z = np.bincount(rows, weights=w[idx_a], minlength=len(examples)) + w[dim]
            p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
            err = (p - y) * sw / total
            grad = np.bincount(idx_a, weights=err[rows], minlength=dim + 1)
            grad[dim] = err.sum()
            grad[:dim] += l2 * w[:dim]
            g2 += grad * grad
            w -= 0.5 * grad / np.sqrt(g2)
        weights[:, ci] = w[:dim]
        bias.append(float(w[dim]))
    return list(vocab), weights, bias


def _scores(
    pos: dict[str, int], weights: Any, bias: list[float], ex: Example, mask: Mask
) -> list[float]:
    """P per class of one example under a fitted model (for out-of-fold figures)."""
    import math

    ix = [pos[f] for f in features(ex.text, ex.cues, mask) if f in pos]
    z = [b + float(w) for b, w in zip(bias, weights[ix].sum(axis=0), strict=True)]
    return [1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, v)))) for v in z]


def _fold(group: str) -> int:
    return hashlib.sha256(group.encode()).digest()[0] % _FOLDS


def cross_validate_classes(
    examples: list[Example],
    epochs: int = 300,
    mask: Mask = None,
    l2: float = 1e-4,
    balance: float = 1.0,
) -> list[list[float]]:
    """Out-of-fold P per class per example (folds by group, fixed by hash: deterministic)."""
    out: list[list[float]] = [[0.0] * len(CLASSES) for _ in examples]
    for k in range(_FOLDS):
        train_ix = [i for i, ex in enumerate(examples) if _fold(ex.group) != k]
        test_ix = [i for i, ex in enumerate(examples) if _fold(ex.group) == k]
        vocab, weights, bias = fit([examples[i] for i in train_ix], epochs, l2, mask, balance)
        pos = {f: i for i, f in enumerate(vocab)}
        for i in test_ix:
            out[i] = _scores(pos, weights, bias, examples[i], mask)
    return out


def cross_validate(examples: list[Example], epochs: int = 300, mask: Mask = None) -> list[float]:
    """Out-of-fold P(offer) per example."""
    return [p[0] for p in cross_validate_classes(examples, epochs, mask)]


def gated(examples: list[Example], oof: list[list[float]], veto: Veto | None) -> list[bool]:
    """Per example, whether a scan could surface it: the ``veto`` of the scan's gates, given
    the category a scan would give it (``veto.pick`` of its out-of-fold P per class)."""
    if veto is None:
        return [True] * len(examples)
    out = []
    for ex, p in zip(examples, oof, strict=True):
        cat = veto.pick(ex.text, dict(zip(CLASSES, p, strict=True))) if veto.categories else None
        out.append(not veto(ex.text, cat))
    return out


def _threshold(
    examples: list[Example], oof: list[float], max_false_alarms: float, live: list[bool]
) -> float:
    """The lowest P(offer) at which at most ``max_false_alarms`` of the negatives would surface;
    a negative vetoed by a warning or a report stance (``live`` false) never surfaces."""
    negatives = [ok for ex, ok in zip(examples, live, strict=True) if not ex.categories]
    neg = sorted(
        (p for ex, p, ok in zip(examples, oof, live, strict=True) if ok and not ex.categories),
        reverse=True,
    )
    allowed = int(len(negatives) * max_false_alarms)
    t = neg[allowed] + 1e-4 if len(neg) > allowed else 0.5
    return round(max(0.5, min(0.99, t)), 4)


def _figures(
    examples: list[Example], oof: list[float], t: float, live: list[bool]
) -> dict[str, Any]:
    """Out-of-fold figures of surfacing: a row counts as surfaced when P ≥ ``t`` and nothing
    vetoes it, as in a scan."""
    rows = list(zip(examples, oof, live, strict=True))
    pos = [p >= t and ok for ex, p, ok in rows if ex.categories]
    neg = [p >= t and ok for ex, p, ok in rows if not ex.categories]
    return {
        "out_of_fold": {
            "folds": _FOLDS,
            "threshold": t,
            "positives": len(pos),
            "negatives": len(neg),
            "vetoed_negatives": sum(not ok for ex, _, ok in rows if not ex.categories),
            "recall": round(sum(pos) / max(1, len(pos)), 4),
            "specificity": round(1 - sum(neg) / max(1, len(neg)), 4),
        }
    }


def train(
    examples: list[Example],
    sources: list[dict[str, Any]],
    cues: Callable[[str], tuple[str, ...]] | None = None,
    mask: Mask = None,
    epochs: int = 300,
    keep: int = 3000,
    max_false_alarms: float = FALSE_ALARM_BUDGET,
    veto: Veto | None = None,
) -> dict[str, Any]:
    """Train on ``examples`` (``cues`` gives each text its stance cues); returns the JSON-ready
    model: weights pruned to the ``keep`` largest per class, rounded to 4 decimals. ``veto``
    tells the rows a scan would never surface whatever their score, through the scan's own
    gates (:class:`lexicon.gate.Veto`); the threshold is set on the others."""
    import numpy as np

    if cues is not None:
        for ex in examples:
            ex.cues = cues(ex.text)
    per_class = cross_validate_classes(examples, epochs, mask)
    oof = [p[0] for p in per_class]
    live = gated(examples, per_class, veto)
    threshold = _threshold(examples, oof, max_false_alarms, live)
    vocab, weights, bias = fit(examples, epochs, mask=mask)
    table: dict[str, list[float]] = {}
    for ci in range(len(CLASSES)):
        top = np.argsort(-np.abs(weights[:, ci]), kind="stable")[:keep]
        for i in sorted(int(i) for i in top if abs(weights[i, ci]) >= 1e-4):
            table.setdefault(vocab[i], [0.0] * len(CLASSES))[ci] = round(float(weights[i, ci]), 4)
    body: dict[str, Any] = {
        "format": FORMAT,
        "kind": "logistic regression, one-vs-rest, char 1-3-grams (anchor words masked) + cues",
        "masked": mask is not None,
        "classes": list(CLASSES),
        "bias": [round(b, 4) for b in bias],
        "threshold": threshold,
        "suppress_below": 0.1,
        "trained_on": sources,
        "figures": _figures(examples, oof, threshold, live),
        "data": hashlib.sha256(
            "\n".join(f"{sorted(e.categories)}\t{e.weight}\t{e.text}" for e in examples).encode()
        ).hexdigest()[:16],
        "weights": dict(sorted(table.items())),
    }
    body["version"] = hashlib.sha256(
        json.dumps(body, sort_keys=True, ensure_ascii=False).encode()
    ).hexdigest()[:12]
    return body
