"""Session 77, helper review192: second reading of review187 (round 91).

Sentences written for this file (none is a row of a held-out set or of any real text).

review187 read three things again; this file pins what a stranger's reading of each found:

* ``silence._way_round_read_otherwise``: after a denied proxy (代考不了), 打点 readying a thing
  (``_PACKED_THINGS``) and 打(过)招呼 followed by the sitting scheduled (``_GREETING_SCHEDULED``) are read
  in their lawful senses. Both let sellers go who fired before round 91: the thing readied can be the
  gift (打点一下东西就能过), the payoff can follow in the next clause (打点好材料，人到就过; 把东西打点好，
  考官自然照顾), and the one greeted can be the examiner (考官那边都打过招呼了，本人按时到就行), whom
  the 打点 branch checked and the 打招呼 branch did not.
* ``silence._self_vouched`` (``_LAW_VOUCH_ANSWERED``): the A-not-A 违不违法 keeps its warning unless
  the writer answers 不违法 at once. The answer read only 不违法 / 不犯法: the seller's 不违规 (consol1
  added 违规 to the law words the same round), 合法合规, 放心，不违法, 一点也不违法, 绝不违法 all fired
  before round 91 and were silent after it.
* ``normalize._kept_run`` on the exact path: decomposed pinyin on pages holding other symbols (℃, ①, ©,
  ²) reads as on the fast path; pinned as a guard (no regression found).

Lawful lines just outside each reading (a school packing, a reporter, a lawyer answering the question)
are pinned silent; sellers one step on are pinned firing in the default and the all-packs runs.
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


# -- 打点 / 打过招呼 after a denied proxy --------------------------------------------------------------

#: Sellers who fired before round 91 and were silent after it: the examiner greeted, the gift readied,
#: the payoff in the next clause.
_SQUARING_SELLERS = [
    "焊工证代考不了，考官那边都打过招呼了，本人按时到就行",
    "焊工证代考不了，监考那边已打过招呼，本人要到场，不会的题有人提示",
    "焊工证代考不了，打点一下东西就能过",
    "焊工证代考不了，打点好材料，人到就过",
    "焊工证代考不了，把东西打点好，考官自然照顾",
    "电工证代考不了，打点一下东西，本人去考场坐坐就拿证",
    "焊工证代考不了，已和考点打过招呼安排场次，不会的题有人帮",
    "焊工证代考不了，打点好行李，考官那边我们熟",
]


@pytest.mark.parametrize("packs", [SPECIAL, ALL])
@pytest.mark.parametrize("text", _SQUARING_SELLERS)
def test_squaring_after_a_denied_proxy_sells(det: Any, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


#: A school's and a learner's lines just outside review187's lists: the things readied named with a
#: modifier (随身物品), the date to be announced (考试时间另行通知), the invigilator who directs the
#: candidates at the site. Silent in the default run (the training pack's EF-1xx on 考点 + 打过招呼 is
#: older than round 90 and not read here).
_PACKING_LAWFUL = [
    "焊工证代考不了，学员出发前打点好随身物品，本人参加考试",
    "焊工证代考办不了，班主任已和考点打过招呼，考试时间另行通知，请本人按时参加",
    "电工证代考不了，考前打点行装，到考场后听监考老师安排",
    "电工证代考不了，考前打点好资料，认真复习，考试合格后发证",
]


@pytest.mark.parametrize("text", _PACKING_LAWFUL)
def test_packing_and_scheduling_lawful_silent(det: Any, text: str) -> None:
    assert_silent(det, text, SPECIAL)


#: ... and the sellers one step on from each: the payoff after the packing, the skip after the date.
_PACKING_RESOLD = [
    "焊工证代考不了，学员出发前打点好随身物品，人到就过",
    "焊工证代考办不了，班主任已和考点打过招呼，考试时间另行通知，本人不用到场",
    "电工证代考不了，考前打点行装，到考场后监考老师会照顾",
]


@pytest.mark.parametrize("packs", [SPECIAL, ALL])
@pytest.mark.parametrize("text", _PACKING_RESOLD)
def test_packing_then_the_payoff_sells(det: Any, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


# -- 违不违法 answered --------------------------------------------------------------------------------

#: The seller's answer to its own A-not-A in other words: fired before round 91 (the 不 of 违不违法 read
#: as vouching), silent after it; and the full form 违法不违法, silent before too.
_ANSWERED_SELLERS = [
    "焊工证代考违不违规？不违规，有人帮你考",
    "焊工证代考违不违法？合法合规，有人帮你考",
    "焊工证代考违不违法？放心，不违法，有人帮你考",
    "焊工证代考违不违法？一点也不违法，有人帮你考",
    "焊工证代考违不违法？绝不违法，有人帮你考",
    "焊工证代考违法不违法？不违法，有人帮你考",
    "焊工證代考違不違法？不會違法，有人幫你考",
]


@pytest.mark.parametrize("packs", [SPECIAL, ALL])
@pytest.mark.parametrize("text", _ANSWERED_SELLERS)
def test_a_not_a_answered_by_the_seller_sells(det: Any, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


#: A lawyer, a reporter, a school answering the same question: the answer is not the vouch (才怪, 不可能,
#: 不是违法而是犯罪, 合法的 / 合规的 naming the lawful way, 违法的事我们不做).
_ANSWERED_LAWFUL = [
    "找人代考焊工证违不违法？不违法才怪",
    "找人代考焊工证违不违法？不违法是不可能的",
    "电工证代考违不违法？不是违法，是犯罪",
    "电工证代考违不违法？合法的只有本人参加考试这一条路",
    "电工证代考违不违规？合规的做法是本人到考点考试",
    "电工证代考违不违法？放心，违法的事我们不做，考试须本人参加",
    "找人代考焊工证违法不违法，看看那些被取消成绩的考生就知道",
]


@pytest.mark.parametrize("packs", [SPECIAL, ALL])
@pytest.mark.parametrize("text", _ANSWERED_LAWFUL)
def test_a_not_a_answered_by_the_law_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


# -- decomposed pinyin on pages with other symbols (guards) ---------------------------------------------


@pytest.mark.parametrize("symbol", ["℃", "①"])
def test_decomposed_pinyin_beside_other_symbols_sells(det: Any, symbol: str) -> None:
    assert_sells(det, _nfd(f"chā chē zhèng 不用考 直接出 可查 私聊 {symbol}"), ANY_RULE, SPECIAL)


def test_both_paths_read_pinyin_and_ids_alike() -> None:
    from lexicon.normalize import normalize

    line = _nfd("chā-chē-zhèng 电gōng证 vx：xl…dgz1600")
    assert normalize(line).text == "cha-che-zheng电gong证vx:xl dgz1600"
    for tail in (" ℃", " ©", " ①", " ²", " ㎏"):  # the exact path (℃, ①, ㎏) and the fast one
        text = normalize(line + tail).text
        assert text.startswith("cha-che-zheng电gong证vx:xl dgz1600"), (tail, text)


@pytest.mark.parametrize("packs", [SPECIAL, ALL])
def test_decomposed_pinyin_lawful_line_beside_a_symbol_silent(det: Any, packs: Packs) -> None:
    assert_silent(det, _nfd("chā chē zhèng 考试须本人到考点参加，考场室温20℃"), packs)


@pytest.mark.xfail(
    strict=True, reason="still missed: tone-number pinyin (issue 9, session 77, review192)"
)
def test_tone_number_pinyin_still_missed(det: Any) -> None:
    assert_sells(det, "cha2 che1 zheng4 不用考 直接出 可查 私聊", ANY_RULE, SPECIAL)
