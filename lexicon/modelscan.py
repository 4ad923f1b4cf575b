"""The learned scorer at scan time: weighing rule candidates.

Kept apart from :mod:`lexicon.detector` so the rules' matcher reads the same with or without a
model. Its job (surfacing offers no rule matched as ``ML-…`` findings is not built yet):

* :meth:`ModelScan.weigh` — a rule candidate that the stance stage left standing gets the
  model's P(offer of its category) for its sentence: below the model's ``suppress_below``,
  where the sentence's cues already lean to a report, it is silenced as ``model:p=…``;
  otherwise its score moves up or down by at most 0.1 and the cue ``model:0.93`` joins the
  finding's cues.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from lexicon.model import Model, features, load_model
from lexicon.stance import Stance, sentence_bounds

if TYPE_CHECKING:
    from lexicon.rules import Lexicon, Rule

__all__ = ["ModelScan"]


class ModelScan:
    """The loaded model and its version (part of the lexicon version)."""

    def __init__(self, model: Model, lex: Lexicon) -> None:
        self.model = model
        self.version = model.version

    @classmethod
    def load(cls, lex: Lexicon) -> ModelScan | None:
        model = load_model()
        return cls(model, lex) if model is not None else None

    def weigh(
        self, rule: Rule, text: str, oa: int, ob: int, stance: Stance
    ) -> tuple[Stance, str | None]:
        if rule.category not in self.model.classes:
            return stance, None
        lo, hi = sentence_bounds(text, oa, ob)
        p = self.model.scores(features(text[lo:hi]))[rule.category]
        weighed = replace(stance, p=round(p, 3), cues=(*stance.cues, f"model:{p:.2f}"))
        if p < self.model.suppress_below and stance.score < 0:
            return weighed, f"model:p={p:.2f}"
        return weighed, None

    @staticmethod
    def score_shift(stance: Stance | None) -> float:
        if stance is None or stance.p is None:
            return 0.0
        return round(0.2 * (stance.p - 0.5), 3)
