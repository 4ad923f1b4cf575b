"""The learned scorer's anchor words (certificate names, diplomas, exams per pack) masked by
one placeholder per pack: the model reads a sentence's form around them (代办, 包过, a price, a
contact), not which certificate it names, so an unseen certificate name costs it nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from lexicon.normalize import normalize_term

if TYPE_CHECKING:
    from lexicon.rules import Lexicon

__all__ = ["MASKS", "AnchorMask", "anchor_mask", "replace_spans"]


#: Placeholders for masked anchor words, one per pack (private-use characters).
MASKS = {"special-ops": "\ue001", "training-ads": "\ue002", "certificates": "\ue003"}


class AnchorMask:
    """The anchor words of every pack in one Aho-Corasick automaton (value: their packs),
    and the masking the model's features use."""

    def __init__(self, anchors: dict[str, tuple[str, ...]], order: tuple[str, ...]) -> None:
        import ahocorasick
        import ahocorasick_rs

        by_term: dict[str, set[str]] = {}
        for pack, terms in anchors.items():
            for t in terms:
                key = normalize_term(t)
                if key:
                    by_term.setdefault(key, set()).add(pack)
        self._auto = ahocorasick.Automaton()
        for key, packs in by_term.items():
            first = next(p for p in order if p in packs)
            self._auto.add_word(key, (len(key), tuple(sorted(packs)), MASKS.get(first, "\ue000")))
        if len(self._auto):
            self._auto.make_automaton()
        # Masking is leftmost-longest replacement: ahocorasick-rs does it in one call.
        self._keys = list(by_term)
        self._marks = [self._auto.get(k)[2] for k in self._keys]
        self._longest = (
            ahocorasick_rs.AhoCorasick(
                self._keys, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest
            )
            if self._keys
            else None
        )

    def __len__(self) -> int:
        return len(self._auto)

    def iter(self, s: str) -> list[tuple[int, tuple[str, ...]]]:
        """(end index, packs) of every anchor match in ``s``."""
        if not len(self._auto):
            return []
        return [(e, v[1]) for e, v in self._auto.iter(s)]

    def __call__(self, s: str) -> str:
        """``s`` with its anchor words replaced, leftmost-longest, by their pack's placeholder."""
        if self._longest is None:
            return s
        try:
            found = self._longest.find_matches_as_indexes(s)
        except UnicodeEncodeError:  # lone surrogates: the pure-Python way below
            return self._masked(s)
        out, pos, marks = [], 0, self._marks
        for i, a, b in found:
            out += [s[pos:a], marks[i]]
            pos = b
        out.append(s[pos:])
        return "".join(out)

    def _masked(self, s: str) -> str:
        spans = sorted(
            ((e - v[0] + 1, e + 1, v[2]) for e, v in self._auto.iter(s)),
            key=lambda x: (x[0], -x[1]),
        )
        return replace_spans(s, spans)


def replace_spans(s: str, spans: Iterable[tuple[int, int, str]]) -> str:
    """``s`` with each ``(start, end, mark)`` span (sorted by start) replaced by its mark; a
    span overlapping one already replaced is skipped."""
    out, pos = [], 0
    for a, b, mark in spans:
        if a >= pos:
            out += [s[pos:a], mark]
            pos = b
    out.append(s[pos:])
    return "".join(out)


def anchor_mask(lex: Lexicon) -> AnchorMask:
    from lexicon.rules import PACKS

    return AnchorMask(lex.anchors, PACKS)
