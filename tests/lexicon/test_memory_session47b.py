"""Session 47, memory: the detector keeps less, and answers exactly as before.

* The tokenizer's added words no longer store each prefix as a key of count 0 (jieba's way);
  a prefix is found among the added words. Every lookup must answer as the old table did.
* The segmenter reads the lexicon's words from the tokenizer's added words, not a set of its own.
* The variant generator's data (readings, homophones) is dropped after the automata are built.
"""

from __future__ import annotations

import random
from pathlib import Path

from lexicon import get_detector
from lexicon import variants as V
from lexicon.automata import build_automata
from lexicon.segment import CompactFreq, Segmenter

DICT_LINES = ["电工 500 n", "电工证 80 n", "低压 300 a", "考试 900 v", "证书 400 n", "包 700 v"]


class _OldTable:
    """The old added-words table: each word, and each prefix not yet known with count 0."""

    def __init__(self, base: CompactFreq) -> None:
        self.base = base
        self.extra: dict[str, int] = {}

    def lookup(self, frag: str) -> int | None:
        if frag in self.extra:
            return self.extra[frag]
        return self.base.lookup(frag)

    def add(self, word: str, count: int) -> None:
        self.extra[word] = count
        for i in range(1, len(word)):
            if self.lookup(word[:i]) is None:
                self.extra[word[:i]] = 0


def _base(tmp_path: Path) -> CompactFreq:
    p = tmp_path / "dict.txt"
    p.write_text("\n".join(DICT_LINES) + "\n", encoding="utf-8")
    return CompactFreq.from_file(p)[0]


def test_prefixes_of_added_words_answer_as_the_old_keys_did(tmp_path: Path) -> None:
    rng = random.Random(47)
    chars = "电工证低压考试包过代办书"
    words = ["".join(rng.choice(chars) for _ in range(rng.randint(1, 5))) for _ in range(300)]
    new, old = _base(tmp_path).fork(), _OldTable(_base(tmp_path))
    frags = {w[:i] for w in words for i in range(len(w) + 1)} | {"电工", "考", "书", "无", "证书"}
    for n, w in enumerate(words):
        count = n % 7  # some added words have count 0 too, like a prefix
        new[w] = count
        old.add(w, count)
        if n % 25 == 0:  # the answers in between count too (jieba's suggest_freq reads them)
            assert {f: new.lookup(f) for f in frags} == {f: old.lookup(f) for f in frags}
    assert {f: new.lookup(f) for f in frags} == {f: old.lookup(f) for f in frags}
    # the stored keys are the added words only
    assert set(new.added()) == set(words)


def test_a_fork_keeps_its_added_words_and_their_prefixes_to_itself(tmp_path: Path) -> None:
    base = _base(tmp_path)
    a = base.fork()
    a["代办焊工证"] = 9
    b = a.fork()
    b["代考科目一"] = 3
    assert a.lookup("代办焊") == 0 and b.lookup("代办焊") == 0
    assert b.lookup("代考科") == 0
    assert a.lookup("代考科") is None and base.lookup("代办焊") is None
    assert a.lookup("电工证") == 80  # a word of the sorted part keeps its count


def test_the_segmenter_reads_the_lexicon_words_from_its_tokenizer() -> None:
    seg = Segmenter(["低压电工证", "焊工证", "ABC", "低压电工证"])
    assert seg.on_boundaries("考低压电工证", 1, 6)
    assert set(seg._wordset) == {"低压电工证", "焊工证"}
    assert seg._wordset is seg._tokenizer().FREQ.added()
    assert seg._words is None  # only needed to build the tokenizer


def test_the_detector_holds_no_prefix_keys() -> None:
    det = get_detector()
    tok = det._seg._tokenizer()
    added = tok.FREQ.added()
    assert all(added[w] > 0 for w in added)  # words, never the count-0 prefixes
    words = {w for w in det._auto.words if w and "\u3400" <= w[0] <= "\u9fff"}
    assert set(added) == words
    longest = max(words, key=len)
    assert all(tok.FREQ.lookup(longest[:i]) is not None for i in range(1, len(longest)))


def test_building_the_automata_drops_the_variant_data() -> None:
    det = get_detector()
    V.variants("焊工证", ("pinyin", "homophone"))  # other tests may have loaded it since
    assert V._data.cache_info().currsize == 1
    build_automata(det.lex, det._window_rules)
    assert V._data.cache_info().currsize == 0
    assert V._homophone_index.cache_info().currsize == 0
    assert V._reading.cache_info().currsize == 0


def test_variants_are_the_same_after_their_data_is_released() -> None:
    kinds = ("pinyin", "initials", "homophone")
    before = V.variants("焊工证", kinds)
    V.release()
    assert V.variants("焊工证", kinds) == before
    V.release()


def test_the_mask_automaton_shares_equal_values() -> None:
    mask = get_detector().model.mask
    values = [mask._auto.get(k) for k in mask._keys]
    assert len({id(v[1]) for v in values}) == len({v[1] for v in values})
    assert len({id(v) for v in values}) == len(set(values))
