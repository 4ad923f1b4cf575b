"""Session 76, helper review187: second reading of seller2 (round 90).

Sentences written for this file (none is a row of a held-out set or of any real text).

seller2 made three readings; this file pins what a stranger's reading of each found:

* ``lexicon.normalize``: a combining tone mark (U+0300-U+036F) inside a separator run between two
  letters is dropped (``_ID_CHARS``), so decomposed pinyin (``dia\\u0300n``) reads as the composed.
  Only the fast path did so: a page holding one character whose NFKC form is longer (™, ⑩, ½, ㎡)
  takes the exact path (``_spaces``), which still kept the mark as a space (``dia n``) and every
  id hyphen as a space (``xl dgz1600``): one seller read two ways. Both paths now replace a run
  alike. Contacts, spans and lawful lines with marks are pinned as they were.
* ``silence._self_vouched`` (``_SELF_VOUCHED_LAW``): the seller's 不违法 vouches for the trade. The
  A-not-A question 违不违法 holds a 不 before 违法 too, and was read as vouching: a school's or a
  reporter's 代考违不违法 fired. It is now a question that keeps its warning, unless the writer
  answers it 不违法 at once (违不违法？不违法，有人帮你考: silent before round 90 too). Lawful lines
  with 不违法 (持证上岗不违法, 不违法的只有本人参加) and the sellers one step on are pinned.
* ``silence._DENIAL_RESOLD``: 打点 / 打过招呼 after a denied proxy is the seller's way round. It fired on
  the lawful senses of 打点 (打点行装, 打点一下资料, 把证件打点好) and on a school that greeted the exam
  site to schedule the sitting (已和考点打过招呼安排场次). 打点 readying a thing (行装, 资料, 把证件) with
  none of the exam's people (考官, 上下 …) beside it, and 打(过)招呼 followed by the sitting scheduled or
  the candidate told to attend, are no longer the way round; the bare squaring (都打点好了) still is.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest

from tests.lexicon.scanning import (
    ALL,
    ANY_RULE,
    SPECIAL,
    Packs,
    assert_sells,
    assert_silent,
)


def _nfd(text: str) -> str:
    """``text`` with its toned vowels decomposed (a letter, then a combining mark)."""
    out = unicodedata.normalize("NFD", text)
    assert out != text  # the sentence holds a toned vowel: the test reads what it says
    return out


# -- combining marks on the exact path ---------------------------------------------------------------

#: The decomposed seller on a page that also holds a character whose NFKC form is longer.
_EXACT_PATH_SELLERS = [
    "chā chē zhèng 不用考 直接出 可查 私聊 ½",
    "Gāo Kōng Zuò Yè Zhèng 免考 可查 私我 ™",
]


@pytest.mark.parametrize("packs", [SPECIAL, ALL])
@pytest.mark.parametrize("text", _EXACT_PATH_SELLERS)
def test_decomposed_pinyin_on_the_exact_path_sells(det: Any, text: str, packs: Packs) -> None:
    assert_sells(det, _nfd(text), ANY_RULE, packs)


def test_both_paths_replace_a_run_alike() -> None:
    from lexicon.normalize import normalize

    assert normalize(_nfd("diàn gōng ™")).text == "dian gong tm"
    assert normalize("加v xl-dgz1600 ⑩").text == "加v xl-dgz1600 10"
    assert normalize("加v xl-dgz1600").text == "加v xl-dgz1600"


#: A lawful line in decomposed pinyin on the exact path stays silent, as on the fast path.
@pytest.mark.parametrize("packs", [SPECIAL, ALL])
def test_decomposed_lawful_line_on_the_exact_path_silent(det: Any, packs: Packs) -> None:
    assert_silent(det, _nfd("diàn gōng zhèng 要本人到考点考试，⑩号窗口报名"), packs)


#: Guards of the fast path: a chat id spelled with marks still reads as one, a mark after a CJK
#: character or a digit is dropped, a strikethrough mark on every letter leaves the word whole.
_MARKED_SELLERS = [
    "电工证免考 拿证快 加we\u0301ixi\u0300n: dgz1600",
    "焊工证 免\u0301考 出证 私我",
    "b\u0336a\u0336o\u0336g\u0336u\u0336o\u0336 电工证 私聊",
]


@pytest.mark.parametrize("packs", [SPECIAL, ALL])
@pytest.mark.parametrize("text", _MARKED_SELLERS)
def test_marks_inside_a_seller_still_read(det: Any, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


_MARKED_LAWFUL = [
    "Cafe\u0301 staff must hold a valid 电工证, apply in person",
    "Jose\u0301 的电工证是本人考的，考场在市安全培训中心",
]


@pytest.mark.parametrize("packs", [SPECIAL, ALL])
@pytest.mark.parametrize("text", _MARKED_LAWFUL)
def test_marks_in_lawful_lines_stay_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


#: The finding's span is the original text's: it covers the marks it read through.
def test_span_after_the_fold_points_at_the_original(det: Any) -> None:
    text = "前言 " + _nfd("diàn gōng zhèng 免考 十天拿证")
    res = det.scan_page(text=text, packs=SPECIAL)
    assert res.findings
    for f in res.findings:
        assert text[f.start : f.end] == f.matched
    assert any(f.matched.startswith("dia\u0300n") for f in res.findings)
    contacts = det.scan_page(text="电工证免考 加微信 dgz\u03011600", packs=SPECIAL).contacts
    assert [c.value for c in contacts] == ["dgz1600"]


# -- 不违法: the seller's own, not the question nor the office's -------------------------------------

_LAW_QUESTIONED = [
    "找人代考焊工证违不违法，看看那些被取消成绩的考生就知道",
    "电工证代考违不违法，答案很清楚，本人参加才行",
]


@pytest.mark.parametrize("packs", [SPECIAL, ALL])
@pytest.mark.parametrize("text", _LAW_QUESTIONED)
def test_a_not_a_question_of_the_law_stays_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


_LAW_LAWFUL = [
    "持证上岗不违法，无证上岗要罚款，电工证请到正规机构培训考试",
    "代考是违法的，不违法的只有本人参加考试",
    "焊工证代考不了，本人参加考试才不违法",
    "所谓电工证代考不违法，纯属忽悠，考生成绩一律作废",
    "切勿轻信电工证代考不违法，代考一律取消成绩",
]


@pytest.mark.parametrize("packs", [SPECIAL, ALL])
@pytest.mark.parametrize("text", _LAW_LAWFUL)
def test_lawful_lines_with_the_law_word_stay_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


_LAW_SOLD = [
    "焊工证代考违不违法？不违法，有人帮你考，私聊",
    "电工证代考不违法，放心，私聊",
    "焊工证代考不了，有人替你考，不违法，加v",
]


@pytest.mark.parametrize("packs", [SPECIAL, ALL])
@pytest.mark.parametrize("text", _LAW_SOLD)
def test_the_sellers_own_law_word_still_sells(det: Any, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


# -- 打点 / 打过招呼 after a denied proxy ---------------------------------------------------------------

_SQUARING_LAWFUL = [
    "电工证代考不了，考前打点行装按时到考点",
    "电工证代考不了，考前打点一下资料，身份证别忘带",
    "叉车证代考不了，考前把证件打点好，本人到场",
    "焊工证代考不了，学校已和考点打过招呼安排场次，请本人按时参加",
    "电工证代办不了，学校跟考点打过招呼了，本人带身份证去考",
]


@pytest.mark.parametrize("text", _SQUARING_LAWFUL)
def test_lawful_squaring_words_stay_silent(det: Any, text: str) -> None:
    assert_silent(det, text, SPECIAL)


_SQUARING_SOLD = [
    "焊工证代考不了，考官我们打点过了，放心",
    "叉车证代考不了，考官那边已经打点，交钱就行",
    "电工证代考不了，考前打点好考官，人到就行",
    "焊工证代考不了，学校已和考点打过招呼，本人不用到场",
    "电工证代考不了，监考那边我们已经打过招呼了",
    "叉车证代考不了，考前把证件打点好，考官也打点好了，放心",
    "焊工证代考不了，都打点好了，放心",
    "叉车证代考不了，上下都打点好了，放心",
]


@pytest.mark.parametrize("packs", [SPECIAL, ALL])
@pytest.mark.parametrize("text", _SQUARING_SOLD)
def test_squaring_the_exam_still_sells(det: Any, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


# -- still missed / still wrong -------------------------------------------------------------------


#: A seller who cites someone else's 不违法 (律师说了): 说 before it makes it a claim held, so 违法
#: stays a warning word and silences the proxy offered with a private contact. Silent before
#: round 90 too.
@pytest.mark.xfail(strict=True, reason="still missed (issue 9, session 76, review187)")
def test_a_seller_citing_a_lawyer_still_missed(det: Any) -> None:
    assert_sells(det, "律师说了代考不违法，我们有人帮你考，私聊", ANY_RULE, SPECIAL)


#: EF-002's own pair 考点 + 打过招呼 reads the school's scheduling line (before round 90 as well):
#: not seller2's reading, left alone.
@pytest.mark.xfail(strict=True, reason="still wrong (issue 9, session 76, review187)")
def test_a_school_greeting_the_site_still_fires_ef002(det: Any) -> None:
    assert_silent(det, "电工证代考不了，班主任已和考点打过招呼，统一安排考试场次", SPECIAL)
