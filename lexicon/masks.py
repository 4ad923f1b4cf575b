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

__all__ = ["MASKS", "AnchorMask", "NotAnchors", "anchor_mask", "replace_spans"]


#: Placeholders for masked anchor words, one per pack (private-use characters).
MASKS = {"special-ops": "\ue001", "training-ads": "\ue002", "certificates": "\ue003"}


class NotAnchors:
    """Words in which a one-character anchor names nothing (保证, 保证金, 证据, 证人, 见证: the
    certificates pack's bare 证), from the term sets of role ``not_anchor``. A sentence whose
    only certificate word is such a 证 (本校保证每位新生都有宿舍) is not the scorer's to read.
    A longer anchor word holding that character keeps it: 确保证件齐全 (证件), 电工证人不到场
    (电工证; the spaces between characters are gone when this reads), 保证可查 (the pledge
    that a paper passes a check is a certificates anchor of its own)."""

    def __init__(self, words: Iterable[str], anchors: dict[str, set[str]]) -> None:
        """``anchors``: normalized anchor word -> its packs."""
        singles = {k for k in anchors if len(k) == 1}
        #: character -> ((offset of it in the word, word length, words), ...)
        shapes: dict[str, dict[tuple[int, int], set[str]]] = {}
        for w in map(normalize_term, words):
            for k, ch in enumerate(w):
                if ch in singles:
                    shapes.setdefault(ch, {}).setdefault((k, len(w)), set()).add(w)
        self._shapes = {
            ch: tuple((k, n, frozenset(ws)) for (k, n), ws in sorted(d.items()))
            for ch, d in shapes.items()
        }
        #: character -> ((offset of it in a longer anchor word, its length, such words), ...)
        held: dict[str, dict[tuple[int, int], set[str]]] = {ch: {} for ch in shapes}
        for key, packs in anchors.items():
            for k, ch in enumerate(key):
                if ch in held and len(key) > 1 and packs >= anchors[ch]:  # of its packs
                    held[ch].setdefault((k, len(key)), set()).add(key)
        self._keep = {
            ch: tuple((k, n, frozenset(ws)) for (k, n), ws in sorted(d.items()))
            for ch, d in held.items()
        }

    def __bool__(self) -> bool:
        return bool(self._shapes)

    def __call__(self, s: str, at: int) -> bool:
        """Whether the one-character anchor at ``s[at]`` sits inside a not-anchor word."""
        ch = s[at]
        shapes = self._shapes.get(ch)
        if shapes is None:
            return False
        for k, n, words in shapes:
            if at >= k and s[at - k : at - k + n] in words:
                return not self._kept(s, at, ch)
        return False

    def _kept(self, s: str, at: int, ch: str) -> bool:
        """Whether a longer anchor word of the character's packs holds it at ``at``."""
        return any(at >= k and s[at - k : at - k + n] in words for k, n, words in self._keep[ch])


class AnchorMask:
    """The anchor words of every pack in one Aho-Corasick automaton (value: their packs),
    and the masking the model's features use; a one-character anchor inside a not-anchor
    word (:class:`NotAnchors`) is neither found nor masked."""

    def __init__(
        self,
        anchors: dict[str, tuple[str, ...]],
        order: tuple[str, ...],
        not_anchors: Iterable[str] = (),
        unmasked: Iterable[str] = (),
    ) -> None:
        """``unmasked``: anchor words the features keep as they are (a seller's pledge such as
        保证可查 says where to read and is itself what the model should weigh)."""
        import ahocorasick
        import ahocorasick_rs

        by_term: dict[str, set[str]] = {}
        for pack, terms in anchors.items():
            for t in terms:
                key = normalize_term(t)
                if key:
                    by_term.setdefault(key, set()).add(pack)
        self.not_anchor = NotAnchors(not_anchors, by_term)
        plain = {normalize_term(t) for t in unmasked}
        self._auto = ahocorasick.Automaton()
        # equal values are one object: 8,000 keys have 5 distinct pack tuples, and all but a
        # few hundred values (those marked by their own word) repeat (about 1 MB)
        shared: dict[tuple, tuple] = {}
        for key, packs in by_term.items():
            first = next(p for p in order if p in packs)
            mark = key if key in plain else MASKS.get(first, "\ue000")
            pk = tuple(sorted(packs))
            value = (len(key), shared.setdefault(pk, pk), mark)
            self._auto.add_word(key, shared.setdefault(value, value))
        del shared
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
        if not self.not_anchor:
            return [(e, v[1]) for e, v in self._auto.iter(s)]
        skip = self.not_anchor
        return [(e, v[1]) for e, v in self._auto.iter(s) if v[0] != 1 or not skip(s, e)]

    def __call__(self, s: str) -> str:
        """``s`` with its anchor words replaced, leftmost-longest, by their pack's placeholder."""
        if self._longest is None:
            return s
        try:
            found = self._longest.find_matches_as_indexes(s)
        except UnicodeEncodeError:  # lone surrogates: the pure-Python way below
            return self._masked(s)
        out, pos, marks, skip = [], 0, self._marks, self.not_anchor
        for i, a, b in found:
            if b - a == 1 and skip and skip(s, a):
                continue
            out += [s[pos:a], marks[i]]
            pos = b
        out.append(s[pos:])
        return "".join(out)

    def _masked(self, s: str) -> str:
        skip = self.not_anchor
        spans = sorted(
            (
                (e - v[0] + 1, e + 1, v[2])
                for e, v in self._auto.iter(s)
                if v[0] != 1 or not skip(s, e)
            ),
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

    return AnchorMask(lex.anchors, PACKS, not_anchor_words(lex), lex.unmasked)


def not_anchor_words(lex: Lexicon) -> list[str]:
    """The words of every term set of role ``not_anchor`` (:class:`NotAnchors`)."""
    return [t for ts in lex.sets.values() if ts.role == "not_anchor" for t in ts.terms]
