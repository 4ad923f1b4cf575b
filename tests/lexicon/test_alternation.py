"""The prefix-tree word patterns match exactly as the longest-first alternations they replace."""

from __future__ import annotations

import random
import re

from lexicon.alternation import words_pattern, words_regex
from lexicon.rules import term_words


def _flat(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def test_random_word_lists_match_as_the_flat_alternation() -> None:
    """Random words over an alphabet of regex metacharacters and prefixes of one another, with
    and without a lookahead after the pattern (which makes the engine back off to shorter
    words): the same spans from finditer, search and sub."""
    rng = random.Random(5)
    alphabet = "ab.c]-^\\证书"
    for trial in range(1500):
        low = 0 if trial % 50 == 0 else 1  # now and then an empty word
        words = list(
            {
                "".join(rng.choice(alphabet) for _ in range(rng.randint(low, 5)))
                for _ in range(rng.randint(1, 12))
            }
        )
        for tail in ("", r"(?=c|$)", r"(?![证b])"):
            flat = re.compile(_flat(words) + tail)
            tree = re.compile(words_pattern(words) + tail)
            for _ in range(10):
                text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
                assert [m.span() for m in tree.finditer(text)] == [
                    m.span() for m in flat.finditer(text)
                ], (words, tail, text)
                assert tree.sub("#", text) == flat.sub("#", text)


def test_the_lexicons_cue_lists_match_as_before() -> None:
    """A real cue list (the job seeker's words) over sentences built from its own words."""
    words = sorted(term_words("stance_jobseek"))
    rng = random.Random(8)
    flat, tree = re.compile(_flat(words)), words_regex(words)
    assert len(tree.pattern) < len(flat.pattern)
    for _ in range(300):
        text = "，".join(rng.choice(words)[: rng.randint(1, 6)] for _ in range(6))
        assert [m.span() for m in tree.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_no_words_match_nothing() -> None:
    assert words_regex([]).search("任何文字") is None
    assert words_regex([""]).match("x").span() == (0, 0)
