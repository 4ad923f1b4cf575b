"""Word boundaries around candidate matches, and the one jieba dictionary of the process.

``背包过安检`` contains 包过 but segments as 背包/过/安检: the match does not start on a word
boundary, so it is no match. jieba runs at under 1 MB/s, so it only ever sees a few characters
around a candidate, never a whole page; its dictionary loads on the first candidate.

jieba's dictionary takes about a second and tens of MB to load, and the store segments text
for search with it too. It is loaded once here (:func:`base_tokenizer`) and never changed;
each user that needs words of its own (the detector's lexicon terms, the store's search words)
gets :func:`tokenizer_with` them: a copy of the loaded word table (about 15 MB, 50 ms) plus its
words, so neither user's words change how the other one cuts text.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jieba import Tokenizer

__all__ = ["Segmenter", "base_tokenizer", "tokenizer_with"]

_PAD = 6


@cache
def base_tokenizer() -> Tokenizer:
    """jieba's own dictionary, loaded once per process and never changed.

    Private (not ``jieba.dt``), so nobody's user words leak into it; the variant generator reads
    its frequencies (common words, common characters) and always sees jieba's own figures.
    """
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    return tok


def tokenizer_with(words: Iterable[tuple[str, int | None]]) -> Tokenizer:
    """A tokenizer on the loaded dictionary plus ``(word, frequency)`` pairs.

    A frequency of ``None`` lets jieba pick one just high enough to keep the word whole. The
    result cuts text exactly as a freshly loaded tokenizer with the same words added would.
    """
    import jieba

    base = base_tokenizer()
    tok = jieba.Tokenizer(base.dictionary)
    tok.FREQ, tok.total = dict(base.FREQ), base.total
    tok.initialized = True
    for word, freq in words:
        tok.add_word(word, freq=freq)
    return tok


class Segmenter:
    """A private jieba tokenizer whose user dictionary holds the lexicon's terms."""

    def __init__(self, words: Iterable[str]) -> None:
        self._words = [w for w in dict.fromkeys(words) if w and "\u3400" <= w[0] <= "\u9fff"]
        self._wordset = set(self._words)
        self._tok: Tokenizer | None = None
        self._cache: dict[tuple[str, int, int, bool, int], bool] = {}

    def _tokenizer(self) -> Tokenizer:
        if self._tok is None:
            self._tok = tokenizer_with((w, None) for w in self._words)
        return self._tok

    def warm(self) -> None:
        """Load jieba's dictionary and the lexicon's words now."""
        self._tokenizer()

    def on_boundaries(
        self,
        text: str,
        start: int,
        end: int,
        strict: bool = False,
        containers: frozenset[str] | None = None,
    ) -> bool:
        """True when ``text[start:end]`` starts and ends on jieba word boundaries.

        Unless ``strict``, a match inside one longer lexicon word (电工证 in 低压电工证) also
        counts; generated variants are strict, so 作证 (a homophone of 做证) inside 操作证 is not.
        ``containers`` narrows those longer words to the match's own rule, so a word
        another pack added (身份证) never makes 证 inside it a match of a special-ops rule.
        """
        a = max(0, start - _PAD)
        b = min(len(text), end + _PAD)
        window = text[a:b]
        key = (window, start - a, end - a, strict, id(containers))
        hit = self._cache.get(key)
        if hit is None:
            s, e = start - a, end - a
            cuts = {0}
            pos = 0
            hit = False
            for tok in self._tokenizer().cut(window, HMM=False):
                # A longer lexicon word around the match (低压电工证 around 电工证) also counts.
                words = self._wordset if containers is None else containers
                if not strict and pos <= s and e <= pos + len(tok) and tok in words:
                    hit = True
                pos += len(tok)
                cuts.add(pos)
            hit = hit or (s in cuts and e in cuts)
            if len(self._cache) > 50_000:
                self._cache.clear()
            self._cache[key] = hit
        return hit
