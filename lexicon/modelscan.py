"""The learned scorer at scan time: weighing rule candidates and surfacing unmatched offers.

Kept apart from :mod:`lexicon.detector` so the rules' matcher reads the same with or without a
model. Two jobs:

* :meth:`ModelScan.weigh` — a rule candidate that the stance stage left standing gets the
  model's P(its category) for its sentence: below the model's ``suppress_below``, where the
  sentence's cues already lean to a report, it is silenced as ``model:p=…``; otherwise its score
  moves by at most 0.1 and the cue ``model:0.93`` joins the finding's cues.
* :meth:`ModelScan.surface` — a sentence that holds an anchor word of an active pack (a
  certificate name, a diploma, an exam; ``lexicon/model/anchors.yaml``) and that no rule
  candidate touched is scored; at P(offer) ≥ the model's threshold, and unless its cues lean to
  a report, it becomes a finding of the model rule of the most likely category (``ML-CS`` …:
  ``kind: model`` rules with their own message, law and lower severity). Its cues say
  ``model:0.91`` and the n-grams that weighed most (``模型线索:学信网``), so a reviewer sees
  it is the model's call, not a rule's.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from lexicon.finding import Finding, Suppressed
from lexicon.gate import SurfaceGate, pack_for
from lexicon.masks import AnchorMask, not_anchor_words
from lexicon.model import Model, load_model, prepared
from lexicon.normalize import BOUNDARY, Normalized, char_positions, normalize
from lexicon.silence import chat_yes_skip, journey_spared
from lexicon.stance import (
    OFFER_AT,
    Stance,
    StanceReader,
    menu_blanked,
    needs_offer,
    sentence_bounds,
)

if TYPE_CHECKING:
    from lexicon.rules import Lexicon, Rule

__all__ = ["ModelScan", "example_cues", "text_cues"]

_MAX_SENTENCE = 160
_MIN_SENTENCE = 16
#: A terser window (3-5 such characters: 焊工证 三天下证 私我) is scored too, and surfaces only
#: where the stance stage reads it as a seller's line (:meth:`SurfaceGate.terse`).
_MIN_TERSE = 3
_BEFORE_ANCHOR = 60
_MAX_PER_SOURCE = 5
_EXCERPT = 30


def text_cues(has_contact: bool) -> tuple[str, ...]:
    """Context features the model reads beside the n-grams (the same in training and scan)."""
    return ("contact",) if has_contact else ()


def example_cues(text: str) -> tuple[str, ...]:
    """The context features of a whole training example (a contact anywhere in it)."""
    from lexicon.contacts import contact_spans
    from lexicon.normalize import normalize

    return text_cues(bool(contact_spans(normalize(text).text)))


class ModelScan:
    """The loaded model, its ``ML-…`` rules and the anchor automaton."""

    def __init__(self, model: Model, lex: Lexicon, packs: tuple[str, ...]) -> None:
        self.model = model
        self.version = model.version
        self.rules: dict[str, Rule] = {
            r.category: r for r in lex.rules if r.kind == "model" and r.category in model.classes
        }
        self._order = packs
        self.mask = AnchorMask(lex.anchors, packs, not_anchor_words(lex), lex.unmasked)
        self.gate = SurfaceGate(lex, self.rules)

    @classmethod
    def load(
        cls, lex: Lexicon, packs: tuple[str, ...], path: Path | None = None
    ) -> ModelScan | None:
        model = load_model(path) if path is not None else load_model()
        return cls(model, lex, packs) if model is not None else None

    # -- rule candidates ------------------------------------------------------------------

    def weigh(
        self,
        rule: Rule,
        text: str,
        oa: int,
        ob: int,
        stance: Stance,
        contacts: list[tuple[int, int]],
    ) -> tuple[Stance, str | None]:
        if rule.category not in self.model.classes:
            return stance, None
        lo, hi = sentence_bounds(text, oa, ob)
        cues = text_cues(_touches(contacts, lo, hi))
        feats = self.model.weighted(prepared(text[lo:hi], self.mask), cues)
        p = self.model.score(feats, rule.category)
        weighed = replace(stance, p=round(p, 3), cues=(*stance.cues, f"model:{p:.2f}"))
        if p < self.model.suppress_below and stance.score < 0:
            return weighed, f"model:p={p:.2f}"
        return weighed, None

    @staticmethod
    def score_shift(stance: Stance | None) -> float:
        if stance is None or stance.p is None:
            return 0.0
        return round(0.2 * (stance.p - 0.5), 3)

    # -- unmatched offers -----------------------------------------------------------------

    def surface(
        self,
        n: Normalized,
        text: str,
        source: str,
        active: frozenset[str],
        covered: list[tuple[int, int]],
        contacts_of: Callable[[], list[tuple[int, int]]],
        judge: StanceReader,
        anchors: list[tuple[int, tuple[str, ...]]] | None = None,
    ) -> tuple[list[Finding], list[Suppressed]]:
        """``ML-…`` findings (and the ones a report reading silenced) for one source;
        ``contacts_of`` gives the source's contact spans (computed on first need); ``anchors``
        the (end index, packs) of anchor words when the caller found them already (the
        detector's anchor pass does), else they are looked up here."""
        found: list[Finding] = []
        silenced: list[Suppressed] = []
        s, span, touch, mask, model = n.text, n.span, Spans(covered).touch, self.mask, self.model
        contacts: list[tuple[int, int]] | None = None
        near = Spans([])
        for lo, hi, packs in self._sentences(s, active, anchors):
            oa, ob = span(lo, hi)
            if touch(oa, ob):
                continue
            masked = mask(s[lo:hi])
            win = text[oa:ob]
            if (bar := menu_blanked(win)) != win:
                # a navigation bar's items (首页 … 联系我们) are the site's links, not the
                # window's words: scored without them, as the stance stage reads it
                masked = mask(normalize(bar).text)
            if not _HAS_SOME.match(masked):
                continue
            if contacts is None:  # on first need, as before: most pages never get here
                contacts = contacts_of()
                near = Spans(contacts)
            cues = text_cues(near.touch(oa, ob))
            if model.below_threshold(masked, cues):
                continue
            feats = self.model.weighted(masked, cues)
            scores = self.model.scores(feats)
            picked = self.gate.pick(scores, n.text, lo, hi, packs, active)
            if picked is None:
                continue
            cat, pack, refiled = picked
            rule = self.rules[cat]
            moved = self.gate.surfaces_as(cat, n.text, lo, hi, masked)
            if moved is not None and moved[0] != cat:
                pack = pack_for(moved[0], packs)
            if moved is None or pack is None:
                silenced.append(Suppressed(rule.id, cat, text[oa:ob], oa, ob, "no_claim", source))
                continue
            cat, rule, sold = moved[0], self.rules[moved[0]], moved[1] or refiled
            lawful = self.gate.lawful(cat, n.text, lo, hi)
            if not lawful and journey_spared(n.text, lo, hi):
                # (issue 9, session 61, fa20) 考试不用去省城，本市设有考点: the journey spared, not
                # the exam; the rules read it so (``lawful:换证复审(外地)``), the model's gate read
                # 不用去 as a bypass (read here: the gate may not import the silencing stage)
                lawful = "本地考点(外地)"
            if lawful:
                why = f"lawful:{lawful}"
                silenced.append(Suppressed(rule.id, cat, text[oa:ob], oa, ob, why, source))
                continue
            warned = self.gate.warned(n.text, lo, hi, (text, span), chat_yes_skip)
            stance = judge.judge(text, oa, ob, contacts, n)
            # a terse window, or one refiled to a document category, is a seller's only where
            # its sentence reads as one (证书到手啦 四年没白读 is a graduate's)
            terse = self.gate.terse(masked)
            if terse and self.gate.terse_unclaimed(cat, n.text, lo, hi):
                silenced.append(Suppressed(rule.id, cat, text[oa:ob], oa, ob, "no_claim", source))
                continue
            bare = (refiled or terse) and stance.verdict != "offer"
            if warned or stance.score < 0 or bare:
                why = f"warning:{warned}" if warned else stance.reason()
                why = needs_offer(stance, OFFER_AT) if bare and not warned else why
                silenced.append(Suppressed(rule.id, cat, text[oa:ob], oa, ob, why, source))
                continue
            found.append(self._finding(rule, scores, feats, n, text, (lo, hi, oa, ob), stance))
            cues = (*found[-1].cues, f"出售线索:{sold}") if sold else found[-1].cues
            found[-1] = replace(found[-1], source=source, pack=pack, cues=cues)
            if len(found) >= _MAX_PER_SOURCE:
                break
        return found, silenced

    def best_offer(self, s: str, active: frozenset[str], has_contact: bool) -> float | None:
        """The highest P(offer) over the sentences :meth:`surface` would read in the normalized
        text ``s`` (None when no sentence holds an anchor word of an active pack, so the model
        never reads it). Evaluation uses it to say where a missed offer was lost."""
        cues = text_cues(has_contact)
        best: float | None = None
        for lo, hi, _packs in self._sentences(s, active, None):
            p = self.model.offer_of(self.mask(s[lo:hi]), cues)
            best = p if best is None else max(best, p)
        return best

    def _sentences(
        self, s: str, active: frozenset[str], anchors: list[tuple[int, tuple[str, ...]]] | None
    ) -> list[tuple[int, int, list[str]]]:
        """(start, end, packs) of normalized sentences holding an anchor of an active pack, cut
        to at most ``_MAX_SENTENCE`` characters around the first anchor."""
        found = anchors if anchors is not None else self.mask.iter(s)
        shared: dict[tuple[str, ...], frozenset[str]] = {}  # a few distinct pack tuples
        seen: dict[int, tuple[int, set[str]]] = {}  # sentence -> (first anchor, packs)
        ends: list[int] | None = None
        below, top = 0, -1  # the current sentence k holds the ends in (below, top]
        cur: set[str] = set()
        last = None  # the packs last added to ``cur``: adding them again adds nothing
        for e, p in found:
            if p is last and below < e <= top:  # the same word's packs, the same sentence
                continue
            q = shared.get(p)
            if q is None:
                q = shared[p] = active.intersection(p)
            if not q:
                continue
            if not below < e <= top:  # anchors come by end: most stay in one sentence
                if ends is None:  # every sentence end, not only the first of a run
                    ends = char_positions(s, BOUNDARY)
                k = bisect.bisect_left(ends, e)
                below = ends[k - 1] if k > 0 else -1
                top = ends[k] if k < len(ends) else len(s) + 1
                cur = seen.setdefault(k, (e, set()))[1]
            cur.update(q)
            last = p
        if ends is None:
            return []
        out = []
        for k, (anchor, packs) in sorted(seen.items()):
            lo, hi = _around(ends, k, len(s))
            if out and lo < out[-1][1]:
                continue  # joined into the previous window already
            if hi - lo > _MAX_SENTENCE:
                lo = max(lo, anchor - _BEFORE_ANCHOR)
                hi = min(hi, lo + _MAX_SENTENCE)
            out.append((lo, hi, [p for p in self._order if p in packs]))
        return out

    def _finding(
        self,
        rule: Rule,
        scores: dict[str, float],
        feats: set[str],
        n: Normalized,
        text: str,
        bounds: tuple[int, int, int, int],
        stance: Stance,
    ) -> Finding:
        lo, hi, oa, ob = bounds
        p = scores["offer"]
        shown = self.model.top_cues(feats, rule.category)
        cues = (f"model:{p:.2f}", *(f"模型线索:{c}" for c in shown), *stance.cues)
        return Finding(
            rule_id=rule.id,
            category=rule.category,
            severity=rule.severity,
            score=round(rule.confidence * p, 3),
            matched=text[oa:ob],
            normalized=n.text[lo:hi],
            start=oa,
            end=ob,
            excerpt=text[max(0, oa - _EXCERPT) : ob + _EXCERPT].replace("\n", " ").strip(),
            law=rule.law,
            message=rule.message,
            stance=stance.verdict,
            cues=cues,
        )


#: The same for ``_MIN_TERSE``: a shorter window is never scored.
_HAS_SOME = re.compile(f"(?:[^\u3400-\u9fff]*+[\u3400-\u9fff]){{{_MIN_TERSE}}}")


def _around(ends: list[int], k: int, size: int) -> tuple[int, int]:
    """Bounds of sentence ``k``, joined with its neighbours while shorter than
    ``_MIN_SENTENCE`` ("焊工证报名啦！" alone says little; the next line says what is sold)."""
    a, b = k, k
    lo = ends[a - 1] + 1 if a > 0 else 0
    hi = ends[b] if b < len(ends) else size
    while hi - lo < _MIN_SENTENCE and (b < len(ends) or a > 0):
        if b < len(ends):
            b += 1
            hi = ends[b] if b < len(ends) else size
        else:
            a -= 1
            lo = ends[a - 1] + 1 if a > 0 else 0
    return lo, hi


def _touches(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(x < b and a < y for x, y in spans)


class Spans:
    """Spans asked many times whether one of them overlaps ``[a, b)``: a binary search over
    the starts and the running maximum of the ends, not a pass over every span."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [x for x, _ in ordered]
        self._reach: list[int] = []
        top = -1
        for _, y in ordered:
            top = max(top, y)
            self._reach.append(top)

    def touch(self, a: int, b: int) -> bool:
        i = bisect.bisect_left(self._starts, b)  # spans starting before b
        return i > 0 and self._reach[i - 1] > a
