"""The learned scorer beside the rules: logistic regression over character n-grams and cues.

Rules stay the evidence; the model (a) weighs each rule candidate (how much its sentence reads
like an offer) and (b) surfaces offers no rule matched as separate, lower-severity ``ML-…``
findings with their top cues (:mod:`lexicon.modelscan`). Scan time needs no scikit-learn and no
numpy: the weights live in a small JSON file (``lexicon/model/offer.json``, covered by the
lexicon version) as a table from feature to one weight per class, and a feature is the feature
itself — a 1–3-character n-gram of the normalized sentence or a cue of the stance stage
(``#offer:加微信``, ``#report:记者``) — so scoring a sentence is a few dozen dictionary lookups
and every weight a reviewer is shown reads as words.

Classes: ``offer`` (the sentence offers any violation; the surfacing gate) and one per
category (which violation). Training lives in :mod:`lexicon.training`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lexicon.normalize import normalize

__all__ = ["CLASSES", "MODEL_PATH", "Example", "Model", "features", "load_model", "prepared"]

MODEL_PATH = Path(__file__).parent / "model" / "offer.json"
#: Categories the model scores (fake portals are a page check, not wording).
CATEGORY_CLASSES: tuple[str, ...] = (
    "certificate_sale",
    "guarantee_promise",
    "state_symbol_misuse",
    "exam_fraud",
    "fake_certificate",
)
#: ``offer`` first: any violation offered, whatever its category.
CLASSES: tuple[str, ...] = ("offer", *CATEGORY_CLASSES)
FORMAT = 2
#: Mask placeholders (lexicon.masks.MASKS) and every n-gram made of them alone.
PLACEHOLDERS = "\ue000\ue001\ue002\ue003"
_PLACEHOLDER_GRAMS = frozenset(
    a + b + c for a in PLACEHOLDERS for b in ["", *PLACEHOLDERS] for c in ["", *PLACEHOLDERS]
) - {""}
MAX_CHARS = 160
#: Offer weights above this (and below zero) are left out of the gate's first, bounding pass.
_WEAK = -0.5
#: How far below the gate's sum the bound must stay (rounding is some 1e-14 here).
_MARGIN = 1e-6


@dataclass(slots=True)
class Example:
    text: str
    categories: frozenset[str]
    weight: float = 1.0
    group: str = ""  # rows of one group stay in one fold (a source, a snippet and its disguise)
    cues: tuple[str, ...] = ()


def features(
    text: str,
    cues: tuple[str, ...] | list[str] = (),
    mask: Callable[[str], str] | None = None,
) -> set[str]:
    """A sentence's features: its normalized 1–3-grams plus ``#`` + each context cue.

    ``mask`` replaces the anchor words (certificate names, diplomas, exams) by one placeholder
    per pack before the n-grams are cut, so the model learns what is said *around* a
    certificate (办理、资料发我、一周到) rather than which certificates ads happen to name.
    """
    return grams(prepared(text, mask), cues)


def prepared(text: str, mask: Callable[[str], str] | None = None) -> str:
    """The sentence as its n-grams are cut: normalized, cut to ``MAX_CHARS``, masked."""
    s = normalize(text[: MAX_CHARS * 2]).text[:MAX_CHARS]
    return mask(s) if mask is not None else s


def grams(s: str, cues: tuple[str, ...] | list[str] = ()) -> set[str]:
    """Features of an already normalized (and masked) sentence."""
    n = len(s)
    out = {s[i : i + k] for k in (1, 2, 3) for i in range(n - k + 1)}
    # How many certificates a line names is no evidence; what surrounds them is.
    out -= _PLACEHOLDER_GRAMS
    out.update("#" + c for c in cues)
    return out


def _sigmoid(v: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, v))))


class Model:
    """A trained model loaded from its JSON file."""

    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("format") != FORMAT:
            raise ValueError(f"model format {data.get('format')!r}, expected {FORMAT}")
        self.version: str = data["version"]
        self.classes: tuple[str, ...] = tuple(data["classes"])
        self.categories: tuple[str, ...] = tuple(c for c in self.classes if c != "offer")
        self.bias: list[float] = data["bias"]
        #: P(offer) at or above which an unmatched sentence surfaces as an ``ML-…`` finding.
        self.threshold: float = float(data["threshold"])
        #: P(category) below which a rule candidate whose sentence leans to a report is silenced.
        self.suppress_below: float = float(data["suppress_below"])
        self.info = {k: data[k] for k in ("data", "figures", "trained_on") if k in data}
        self._w: dict[str, tuple[float, ...]] = {f: tuple(ws) for f, ws in data["weights"].items()}
        self._offer: dict[str, float] = {f: ws[0] for f, ws in self._w.items() if ws[0]}
        self._gate: Any = None  # built on first use (offer_of)
        self._needed: tuple[float, float] = (math.nan, 0.0)  # (threshold, its _need)
        self._weighted: Any = None  # built on first use (weighted)

    def offer(self, feats: set[str]) -> float:
        """P(the sentence offers a violation): one lookup per feature (the cheap gate)."""
        return _sigmoid(self.bias[0] + sum(filter(None, map(self._offer.get, feats))))

    def offer_of(self, s: str, cues: tuple[str, ...] | list[str] = ()) -> float:
        """:meth:`offer` of ``grams(s, cues)`` without cutting the n-grams: the n-grams that
        carry an offer weight are found in ``s`` by one Aho-Corasick pass (most sentences a
        scan reads fail this gate, and cutting all their n-grams was most of its cost)."""
        if self._gate is None:
            self._gate = self._gates()
        ac = self._gate[0]
        if ac is None:
            return self.offer(grams(s, cues))
        try:
            feats = set(ac.find_matches_as_strings(s, overlapping=True))
        except UnicodeEncodeError:  # lone surrogates: the exact, slower way
            return self.offer(grams(s, cues))
        if cues:
            feats.update("#" + c for c in cues)
        return _sigmoid(self.bias[0] + sum(filter(None, map(self._offer.get, feats))))

    def below_threshold(self, s: str, cues: tuple[str, ...] | list[str] = ()) -> bool:
        """``offer_of(s, cues) < threshold``, most often decided from a fraction of the
        n-grams: the sum over the n-grams with a positive or a strongly negative offer weight
        (a pass that finds about half as many) bounds the whole sum from above, as every
        n-gram left out weighs less than zero; only a sentence whose bound reaches the gate
        (about one in ten) is read whole. The bound keeps a margin far above the rounding of
        a few dozen additions, so the answer is :meth:`offer_of`'s."""
        if self._gate is None:
            self._gate = self._gates()
        bound = self._gate[1]
        if bound is not None and 0.0 < self.threshold < 1.0:
            try:
                found = bound.find_matches_as_strings(s, overlapping=True)
            except UnicodeEncodeError:  # lone surrogates: the exact, slower way below
                found = None
            if found is not None:
                feats = set(found)
                feats.update("#" + c for c in cues)
                if sum(filter(None, map(self._offer.get, feats))) < self._need():
                    return True
        return self.offer_of(s, cues) < self.threshold

    def _need(self) -> float:
        """The sum of offer weights below which P(offer) stays under the threshold, less a
        margin; follows the threshold (a copy of the model may be given another)."""
        if self._needed[0] != self.threshold:
            logit = math.log(self.threshold / (1.0 - self.threshold))
            self._needed = (self.threshold, logit - self.bias[0] - _MARGIN)
        return self._needed[1]

    def _gates(self) -> tuple[Any, Any]:
        """The gate's automaton (every n-gram with an offer weight) and the bound's."""
        import ahocorasick_rs

        keys = [f for f in self._offer if len(f) <= 3 and f not in _PLACEHOLDER_GRAMS]
        if not keys:
            return None, None
        strong = [f for f in keys if self._offer[f] > 0 or self._offer[f] < _WEAK]
        bound = ahocorasick_rs.AhoCorasick(strong, store_patterns=True) if strong else None
        return ahocorasick_rs.AhoCorasick(keys, store_patterns=True), bound

    def weighted(self, s: str, cues: tuple[str, ...] | list[str] = ()) -> set[str]:
        """The features of ``grams(s, cues)`` that have weights, found by one Aho-Corasick pass
        over ``s`` instead of cutting its few hundred n-grams: :meth:`scores` and
        :meth:`top_cues` read only weighted features, so they give the same on either set."""
        if self._weighted is None:
            import ahocorasick_rs

            keys = [f for f in self._w if len(f) <= 3 and f not in _PLACEHOLDER_GRAMS]
            self._weighted = ahocorasick_rs.AhoCorasick(keys, store_patterns=True) if keys else 0
        if not self._weighted:
            return grams(s, cues)
        try:
            feats = set(self._weighted.find_matches_as_strings(s, overlapping=True))
        except UnicodeEncodeError:  # lone surrogates: the exact, slower way
            return grams(s, cues)
        feats.update("#" + c for c in cues)
        return feats

    def scores(self, feats: set[str]) -> dict[str, float]:
        """P per class (``offer`` and each category)."""
        rows = [ws for ws in map(self._w.get, feats) if ws]
        # Per class, the bias plus the weights in the features' order: ``sum`` with a start
        # adds left to right in one double on Python 3.11 (the project's Python; 3.12 would
        # compensate), as the per-feature loop did, in C.
        z = (
            [sum(col, b) for b, col in zip(self.bias, zip(*rows, strict=True), strict=True)]
            if rows
            else self.bias
        )
        return {c: _sigmoid(v) for c, v in zip(self.classes, z, strict=True)}

    def score(self, feats: set[str], cls: str) -> float:
        """``scores(feats)[cls]`` with only that class summed (weighing a rule candidate
        needs its category's P alone): the same weights added in the same order."""
        ci = self.classes.index(cls)
        col = [ws[ci] for ws in map(self._w.get, feats) if ws]
        return _sigmoid(sum(col, self.bias[ci]) if col else self.bias[ci])

    def top_cues(self, feats: set[str], cls: str, k: int = 5) -> tuple[str, ...]:
        """The n-grams of two or three characters that pushed ``cls`` up most (what a reviewer
        reads as the why); one inside a longer one already shown is skipped."""
        ci = self.classes.index(cls)
        contrib = [
            (ws[ci], f)
            for f in feats
            if (ws := self._w.get(f)) and ws[ci] > 0 and len(f) > 1 and f.isalnum()
        ]
        contrib.sort(key=lambda x: (-x[0], x[1]))
        out: list[str] = []
        for _w, f in contrib:
            if not any(f in o or o in f for o in out):
                out.append(f)
            if len(out) >= k:
                break
        return tuple(out)


def load_model(path: Path | str = MODEL_PATH) -> Model | None:
    """The model, or None when no model file exists (the detector then runs rules only)."""
    p = Path(path)
    if not p.is_file():
        return None
    return Model(json.loads(p.read_text("utf-8")))
