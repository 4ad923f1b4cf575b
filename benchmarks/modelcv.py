"""How the learned scorer generalizes, variant by variant, judged by source. Prints JSON.

    python benchmarks/modelcv.py                    # every variant
    python benchmarks/modelcv.py --variant shipped  # one (repeatable)
    python benchmarks/modelcv.py --train-also holdout4 --train-also styles5  # more training sets

Folds are **by source**: a real line's source (its host, as ``lexicon.corpora.source_key``
groups it) and, for the project's own rows, their file, since one session wrote a file in one
voice and its lines leak wording into each other as the lines of one web page do. Per variant:

* ``real_tune``: out-of-fold on the tuning part of ``../shared/corpus-real`` (read at run time,
  never copied): offers surfaced and negatives surfacing at the variant's threshold, and the
  AUC of P(offer) (27 offers: the count says more than the rate);
* ``own_oof``: the same on the project's trained-on rows;
* ``holdouts``: a model fitted on all training rows, on the own sets never trained on
  (every ``tests/corpus`` file but the training's: ``holdout4``…, ``styles5/7/9/12``).
  ``--train-also NAME`` moves own sets from the held-out side to the training side for every
  variant (the thirteenth shift's experiment: the older held-out sets as training data, judged
  on the newest ones); ``--measure-on NAME`` keeps only the named sets on the held-out side,
  so a run without ``--train-also`` is judged on the same rows.

Every figure is model-only: a row counts as surfaced when P(offer) reaches the threshold and the
scan's gates (:class:`lexicon.gate.Veto`: warnings, report stance, the model rules' claim
words for the category the model would give it) let it through. The threshold is chosen as
``adsweep lexicon train`` chooses it (1.8 % of the negatives, on out-of-fold scores). Scan
speed is :mod:`benchmarks.lexicon`'s business.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

REAL_FILE = "real-dev.jsonl"


def _variants() -> dict[str, dict[str, Any]]:
    """Name → fit options: ``l2``, ``epochs``, ``real_weight`` (a real tuning row's weight
    against an own row's 1), ``per_file`` (each own file weighs, in total, as much as this many
    rows: the large generated sets stop drowning the small ones and the real lines),
    ``digits`` (digits folded to one character before the n-grams are cut), ``contacts``
    (each contact replaced by one placeholder before the n-grams are cut), ``ngrams`` (the
    n-gram lengths; the scan's are 1-3), ``balance`` (the class weight's exponent: 1 balances
    the classes, as training does, 0 leaves them), ``claim_gate``
    (False: the threshold chosen, as before, without the model rules' claim words), ``budget``
    (the share of negatives allowed to surface out of fold; training's is 1.8 %)."""
    return {
        "shipped": {},
        "no_claim_gate": {"claim_gate": False},
        "l2=1e-3": {"l2": 1e-3},
        "l2=1e-5": {"l2": 1e-5},
        "epochs=150": {"epochs": 150},
        "real_weight=3": {"real_weight": 3.0},
        "real_weight=8": {"real_weight": 8.0},
        "per_file=150": {"per_file": 150.0},
        "digits_folded": {"digits": True},
        "balance=0.5": {"balance": 0.5},
        "balance=0": {"balance": 0.0},
        "contacts_masked": {"contacts": True},
        "digits+contacts": {"digits": True, "contacts": True},
        "ngrams=1-2": {"ngrams": (1, 2)},
        "ngrams=2-3": {"ngrams": (2, 3)},
        "ngrams=1-4": {"ngrams": (1, 2, 3, 4)},
        "budget=2%": {"budget": 0.02},
        "budget=1.5%": {"budget": 0.015},
        "budget=1%": {"budget": 0.01},
    }


def source_group(group: str) -> str:
    """An example's source: a real line's source key, an own row's file."""
    return group.split(":", 1)[0]


def _weighted(examples: list[Any], opts: dict[str, Any]) -> list[Any]:
    rw, per_file = opts.get("real_weight"), opts.get("per_file")
    sizes: dict[str, int] = {}
    for ex in examples:
        sizes[source_group(ex.group)] = sizes.get(source_group(ex.group), 0) + 1
    out = []
    for ex in examples:
        w, real = ex.weight, ":" not in ex.group
        if rw and real:
            w *= rw
        if per_file and not real:
            w *= per_file / sizes[source_group(ex.group)]
        out.append(replace(ex, weight=w, group=source_group(ex.group)))
    return out


CONTACT = "\ue004"


def _mask(base: Callable[[str], str], opts: dict[str, Any]) -> Callable[[str], str]:
    from lexicon.contacts import contact_spans
    from lexicon.masks import replace_spans

    table = str.maketrans("0123456789", "0000000000")

    def contacts(s: str) -> str:
        return replace_spans(s, ((a, b, CONTACT) for a, b in sorted(contact_spans(s))))

    def mask(s: str) -> str:
        if opts.get("contacts"):
            s = contacts(s)
        s = base(s)
        return s.translate(table) if opts.get("digits") else s

    return mask


@contextmanager
def _ngrams(lengths: tuple[int, ...] | None) -> Iterator[None]:
    """Training's feature function cut to other n-gram lengths for one variant (the scan's
    model reads 1-3-grams; a variant that won would change :func:`lexicon.model.grams`)."""
    import lexicon.training as training
    from lexicon.model import _PLACEHOLDER_GRAMS, prepared

    if lengths is None:
        yield
        return

    def features(text: str, cues: Any = (), mask: Any = None) -> set[str]:
        s = prepared(text, mask)
        out = {s[i : i + k] for k in lengths for i in range(len(s) - k + 1)}
        out -= _PLACEHOLDER_GRAMS
        out.update("#" + c for c in cues)
        return out

    saved = training.features
    training.features = features
    try:
        yield
    finally:
        training.features = saved


class _NoClaim:
    """A veto that ignores the category (the gates training used before the claim gate)."""

    categories: tuple[str, ...] = ()

    def __init__(self, veto: Any) -> None:
        self._veto = veto

    def pick(self, text: str, scores: dict[str, float]) -> str:
        return ""

    def __call__(self, text: str, category: str | None = None) -> bool:
        return bool(self._veto(text))


def _auc(pos: list[float], neg: list[float]) -> float | None:
    if not pos or not neg:
        return None
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return round(wins / (len(pos) * len(neg)), 4)


def _at_false_alarms(rows: list[tuple[bool, float, bool]], k: int) -> int:
    """Offers found at the lowest threshold that lets at most ``k`` negatives surface (a point
    of the curve: variants compared at equal false alarms, not at their own thresholds)."""
    neg = sorted((p for y, p, ok in rows if not y and ok), reverse=True)
    t = neg[k] + 1e-9 if len(neg) > k else 0.0
    return sum(1 for y, p, ok in rows if y and ok and p >= t)


def _counts(rows: list[tuple[bool, float, bool]], t: float) -> dict[str, Any]:
    """rows: (positive, P(offer), live)."""
    pos = [p for y, p, _ in rows if y]
    neg = [p for y, p, _ in rows if not y]
    at = sorted({1, 2, round(0.02 * len(neg)), round(0.03 * len(neg))})
    return {
        "offers": len(pos),
        "offers_found": sum(1 for y, p, ok in rows if y and ok and p >= t),
        "negatives": len(neg),
        "false_alarms": sum(1 for y, p, ok in rows if not y and ok and p >= t),
        "found_at_false_alarms": {str(k): _at_false_alarms(rows, k) for k in at},
        "auc": _auc(pos, neg),
    }


def run_variant(
    name: str,
    opts: dict[str, Any],
    examples: list[Any],
    holdouts: list[Any],
    mask: Callable[[str], str],
    veto: Any,
) -> dict[str, Any]:
    with _ngrams(opts.get("ngrams")):
        return _run(name, opts, examples, holdouts, mask, veto)


def _run(
    name: str,
    opts: dict[str, Any],
    examples: list[Any],
    holdouts: list[Any],
    mask: Callable[[str], str],
    veto: Any,
) -> dict[str, Any]:
    from lexicon.model import CLASSES
    from lexicon.training import (
        FALSE_ALARM_BUDGET,
        _scores,
        _threshold,
        cross_validate_classes,
        fit,
        gated,
    )

    exs = _weighted(examples, opts)
    m = _mask(mask, opts)
    epochs, l2 = int(opts.get("epochs", 300)), float(opts.get("l2", 1e-4))
    balance = float(opts.get("balance", 1.0))
    oof = cross_validate_classes(exs, epochs, m, l2, balance)
    live = gated(exs, oof, veto if opts.get("claim_gate", True) else _NoClaim(veto))
    t = _threshold(exs, [p[0] for p in oof], float(opts.get("budget", FALSE_ALARM_BUDGET)), live)
    real = [":" not in ex.group and ex.group != "" for ex in examples]
    rows = [(bool(ex.categories), p[0], ok) for ex, p, ok in zip(exs, oof, live, strict=True)]
    vocab, weights, bias = fit(exs, epochs, l2, m, balance)
    pos = {f: i for i, f in enumerate(vocab)}
    hp = [_scores(pos, weights, bias, ex, m) for ex in holdouts]
    hlive = gated(holdouts, hp, veto)
    kept = sum(
        1 for i in range(len(vocab)) if any(abs(weights[i, c]) >= 1e-4 for c in range(len(CLASSES)))
    )
    return {
        "variant": name,
        "options": opts,
        "threshold": t,
        "real_tune": _counts([r for r, is_real in zip(rows, real, strict=True) if is_real], t),
        "own_oof": _counts([r for r, is_real in zip(rows, real, strict=True) if not is_real], t),
        "holdouts": _counts(
            [
                (bool(ex.categories), p[0], ok)
                for ex, p, ok in zip(holdouts, hp, hlive, strict=True)
            ],
            t,
        ),
        "features": len(vocab),
        "features_weighted": kept,
    }


def held_out(root: Path, also: tuple[str, ...] = (), only: tuple[str, ...] = ()) -> list[Path]:
    """The own sets the model never trains on (every ``tests/corpus`` file but its sources and
    the sets ``also`` trained on; only those named in ``only`` when it is given)."""
    from lexicon.training import DEFAULT_PROJECT

    files = sorted((root / "tests" / "corpus").glob("*.jsonl"))
    out = [p for p in files if p.stem not in DEFAULT_PROJECT and p.stem not in also]
    return [p for p in out if p.stem in only] if only else out


def load(
    root: Path, also: tuple[str, ...] = (), only: tuple[str, ...] = ()
) -> tuple[list[Any], list[Any]]:
    """(training examples with their cues, held-out own examples with theirs); ``also`` names
    own sets trained on besides training's sources."""
    from lexicon.corpora import load_rows
    from lexicon.modelscan import example_cues
    from lexicon.training import default_sources, examples_from_rows, load_training

    extra = [(root / "tests" / "corpus" / f"{n}.jsonl", None) for n in also]
    examples, _ = load_training(default_sources(root) + extra)
    holdouts = []
    for path in held_out(root, also, only):
        holdouts += examples_from_rows(load_rows(path))
    for ex in (*examples, *holdouts):
        ex.cues = example_cues(ex.text)
    return examples, holdouts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--variant", action="append", help="variant name (default: all)")
    ap.add_argument(
        "--train-also",
        action="append",
        default=[],
        metavar="SET",
        help="an own set (tests/corpus/SET.jsonl) trained on instead of held out (repeatable)",
    )
    ap.add_argument(
        "--measure-on",
        action="append",
        default=[],
        metavar="SET",
        help="judge the held-out side on these own sets only (repeatable; default: all)",
    )
    args = ap.parse_args(argv)
    from lexicon.gate import surfacing_veto
    from lexicon.masks import anchor_mask
    from lexicon.rules import load_lexicon

    variants = _variants()
    chosen = args.variant or list(variants)
    unknown = [v for v in chosen if v not in variants]
    if unknown:
        ap.error(f"unknown variant(s): {', '.join(unknown)}; known: {', '.join(variants)}")
    lex = load_lexicon()
    mask, veto = anchor_mask(lex), surfacing_veto(lex)
    also, only = tuple(args.train_also), tuple(args.measure_on)
    missing = [
        n for n in (*also, *only) if not (ROOT / "tests" / "corpus" / f"{n}.jsonl").is_file()
    ]
    if missing:
        ap.error(f"no such own set(s): {', '.join(missing)}")
    if set(also) & set(only):
        ap.error("a set cannot be trained on and measured on")
    examples, holdouts = load(ROOT, also, only)
    if not any(":" not in ex.group for ex in examples):
        print(json.dumps({"error": f"../shared/corpus-real/{REAL_FILE} not found"}))
        return 1
    out = {
        "benchmark": "modelcv",
        "folds": "by source (real: host; own: file)",
        "loadavg": list(os.getloadavg()),
        "train_also": list(also),
        "measure_on": list(only) or "every own set not trained on",
        "training_rows": len(examples),
        "holdout_rows": len(holdouts),
        "variants": [run_variant(v, variants[v], examples, holdouts, mask, veto) for v in chosen],
    }
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
