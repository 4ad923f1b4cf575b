"""One jieba dictionary per process: the detector and the store add their words to copies."""

from __future__ import annotations

import jieba
import pytest

from lexicon import segment
from pipelines.store import segment as store_segment
from tests.lexicon.scanning import ALL

WORDS = [("包过", 100000), ("低压电工证", None), ("薇信", None)]


def _fresh(words: list[tuple[str, int | None]]) -> jieba.Tokenizer:
    """What each user used to do: load jieba's dictionary itself and add its words."""
    tok = jieba.Tokenizer()
    tok.initialize()
    for w, f in words:
        tok.add_word(w, freq=f)
    return tok


def test_a_copy_cuts_exactly_like_a_fresh_load() -> None:
    copy, fresh = segment.tokenizer_with(WORDS), _fresh(WORDS)
    assert copy.total == fresh.total
    text = "低压电工证包过，背包过安检，加薇信咨询"
    assert list(copy.cut(text)) == fresh.lcut(text, HMM=False)
    assert list(copy.cut_for_search(text)) == list(fresh.cut_for_search(text, HMM=False))


def test_words_never_reach_the_shared_dictionary() -> None:
    base = segment.base_tokenizer()
    total = base.total
    segment.tokenizer_with([("一个从未有过的词语", 5)])
    assert "一个从未有过的词语" not in base.FREQ
    assert base.total == total


def test_detector_and_store_never_load_jieba_itself(monkeypatch) -> None:
    """Both build their words on the one compact dictionary of ``lexicon.segment``."""
    loads: list[object] = []
    real = jieba.Tokenizer.initialize

    def counting(self: jieba.Tokenizer, *a: object, **kw: object) -> None:
        loads.append(self)
        real(self, *a, **kw)

    monkeypatch.setattr(jieba.Tokenizer, "initialize", counting)
    store_segment._jieba.cache_clear()
    try:
        segment.Segmenter(["包过", "低压电工证"]).warm()
        assert store_segment.query_terms("电工证包过") == ["电工证", "包过"]
    finally:
        store_segment._jieba.cache_clear()
    assert loads == []


@pytest.mark.parametrize("word", ["包过", "代考"])
def test_store_words_stay_out_of_the_detector(det, word: str) -> None:
    """The store keeps its search words whole at a high frequency; the detector's boundary
    checks run on its own copy and never see those frequencies."""
    assert store_segment._jieba().FREQ.get(word) == 100000
    assert det._seg._tokenizer().FREQ.get(word) != 100000


@pytest.mark.parametrize(
    "text", ["科目一代考 加V kk2026", "科目二代考 加V kk2026", "教资科目三代考 加V kk2026"]
)
def test_a_numeral_glued_to_the_next_word_is_the_cuts_not_the_texts(det, text: str) -> None:
    """jieba cuts 科目一代考 as 科目/一代/考 (一代: a generation), which hid both the exam's name
    (科目一) and the service (代考) from the boundary check."""
    assert "exam_fraud" in det.scan_page(text=text, packs=ALL).categories


@pytest.mark.parametrize("text", ["新一代考试系统上线", "第三代办公楼招租", "三包过期了怎么办"])
def test_a_real_word_after_the_numeral_still_bounds_the_match(det, text: str) -> None:
    """The glue only frees the numeral's side: 代考 in 新一代考试 still ends inside 考试."""
    assert det.scan_page(text=text, packs=ALL).findings == []


@pytest.mark.parametrize(
    "text", ["代考驾照 加V kk2026", "替考驾照 包过 加V kk2026", "代考入编 加V kk2026"]
)
def test_a_stand_in_glued_to_the_exam_is_still_a_stand_in(det, text: str) -> None:
    """jieba cuts 代考驾照 as 代/考驾照 (考驾照: to take the driving test), which hid 代考 and
    驾照 alike; the stand-in's 代 / 替 takes that exam."""
    assert "exam_fraud" in det.scan_page(text=text, packs=ALL).categories


@pytest.mark.parametrize("text", ["委托第三方代考核", "帮同事代考勤被发现了", "他替考研的同学占座"])
def test_clocking_in_and_assessing_for_someone_are_no_stand_ins(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings == []
