"""Session 75, helper seller2: sellers round 89 left silent.

Sentences written for this file (none is a row of a held-out set or of any real text; the task's
own examples are quoted from the task, which quoted round 89's notes, not a set).

Pinned here:

* tone marks typed as combining characters (NFD: ``a`` + U+0300, as some input methods and copy
  paths leave pinyin): the mark is a separator, and a separator between two letters used to be
  kept as a space (``dia n go ng``), so no pinyin reading saw the paper. ``lexicon.normalize`` now
  drops a combining diacritical mark (U+0300-U+036F) inside a run between letters, as it drops a
  zero-width character, so the decomposed pinyin reads as the composed one, which the table
  already folds to the plain pinyin. Lawful twins in the same decomposed pinyin stay silent.
* a proxy said to be impossible and then offered anyway (焊工证代考不了，有人帮你考，不违法，放心): the
  seller's own 不违法 / 不犯法 is its reassurance, not a warning (``silence._self_vouched``,
  ``_SELF_VOUCHED_LAW``), unless a belief or claim stands before it, it is asked, or it names a kind;
  and the examiner squared after the denial (考官已被我们打点好; 考官那边我们打过招呼) is the writer's way
  round (``silence._DENIAL_RESOLD``), unless refused (没法打点, 打点不了) or a drip (打点滴).
* the task's other left sellers, still missed after this round, as strict xfails.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest

from tests.lexicon.scanning import (
    ALL,
    ANY_RULE,
    CERTS,
    EVERY_PACK,
    SPECIAL,
    Packs,
    assert_sells,
    assert_silent,
)


def _nfd(text: str) -> str:
    """``text`` with its toned vowels decomposed (a letter, then a combining tone mark)."""
    out = unicodedata.normalize("NFD", text)
    assert out != text  # the sentence holds a toned vowel: the test reads what it says
    return out


# -- tone marks typed as combining characters -----------------------------------------------------

_DECOMPOSED_SELLERS = [
    "diàn gōng zhèng 免考 十天拿证 能查 私我",
    "hàn gōng zhèng 不去考场 当月出证 可查",
    "chā chē zhèng 不用考 直接出 可查 私聊",
    "dī yā diàn gōng zhèng 不用考试 直接拿 私聊",
    "Gāo Kōng Zuò Yè Zhèng 免考 可查 私我",
]


@pytest.mark.parametrize("packs", [SPECIAL, ALL])
@pytest.mark.parametrize("text", _DECOMPOSED_SELLERS)
def test_decomposed_tone_marks_read_as_the_pinyin(det: Any, text: str, packs: Packs) -> None:
    assert_sells(det, _nfd(text), ANY_RULE, packs)


#: The same sellers composed (NFC), which fired before: the fix must not change them.
@pytest.mark.parametrize("text", _DECOMPOSED_SELLERS[:2])
def test_composed_tone_marks_still_read(det: Any, text: str) -> None:
    assert_sells(det, text, ANY_RULE, SPECIAL)


_DECOMPOSED_LAWFUL = [
    "diàn gōng zhèng 要本人到考点参加考试，培训合格后才能报名",
    "拼音课：hàn gōng zhèng 就是焊工证，理论和实操都得本人考",
    "chā chē zhèng 怎么考？先报名培训，再到考点考试",
    "Résumé 里写着持有电工证，面试那天请带原件核验",
    "Tiếng Việt 夜校周六开课，学费按学期交，不包教材",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _DECOMPOSED_LAWFUL)
def test_decomposed_tone_marks_in_lawful_lines_stay_silent(
    det: Any, text: str, packs: Packs
) -> None:
    assert_silent(det, _nfd(text), packs)


#: A mark between two letters only vanishes; a space or a hyphen typed beside it stays what it
#: was (the id ``ka-9`` keeps its hyphen, two words stay two): the readings that need the space
#: see it.
def test_a_space_beside_a_combining_mark_stays(det: Any) -> None:
    from lexicon.normalize import normalize

    assert normalize(_nfd("bāo guò")).text == "bao guo"
    assert normalize(_nfd("diàn")).text == "dian"
    assert normalize("xl-dgz1600").text == "xl-dgz1600"


# -- the denied proxy offered anyway -------------------------------------------------------------

_DENIED_PROXY_SOLD = [
    "焊工证代考不了，有人帮你考，不违法，放心",
    "电工证代考不了，有人帮你考，绝对不犯法，私聊",
    "叉车证代考不了，考官已被我们打点好，放心",
    "电工证代考不了，考官那边我们打过招呼，放心",
    "登高证代考不了，考评员都打点好了，人到就行，加v",
]


@pytest.mark.parametrize("packs", [SPECIAL, ALL])
@pytest.mark.parametrize("text", _DENIED_PROXY_SOLD)
def test_a_denied_proxy_offered_anyway_sells(det: Any, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


#: Their lawful twins: the belief reported and judged, the question answered, the school's lawful
#: course, the squaring refused or reported as punished, a drip in hospital.
_DENIED_PROXY_LAWFUL = [
    "有人说焊工证代考不违法，这是误导，代考一律取消成绩",
    "他以为找人代考焊工证不违法，结果被取消资格",
    "焊工证代考不违法吗？当然违法，请本人参加考试",
    "学员问：电工证复审网上办理不违法吧？答：不违法，按规定本人登录学习",
    "电工证培训不违法，考试须本人参加，合格后发证",
    "叉车证代考不了，考官没法打点，请本人认真复习",
    "电工证代考不了，考官那边打点不了，考场全程录像",
    "焊工证代考不了，考前一天还在医院打点滴，只能下期再考",
    "叉车证代考不了，想打点考官的已被取消资格",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _DENIED_PROXY_LAWFUL)
def test_a_denied_proxy_judged_or_refused_stays_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


# -- still missed (left alone this round) ----------------------------------------------------------


#: A buyer who will not sit the exam and offers money (钱不是问题) with a bare 私: 懒得考 is no
#: rule's hook (a learner giving up writes it too: 叉车证太难，懒得考了), and 钱不是问题 no sale word;
#: the buyers round 88 made findings (求购焊工证 懒得考 有渠道的联系) fire on 有渠道 / 有路子 / 能查.
@pytest.mark.xfail(strict=True, reason="still missed (issue 9, session 75, seller2)")
def test_a_paying_exam_skipping_buyer_still_missed(det: Any) -> None:
    assert_sells(det, "求个叉车证 懒得考 钱不是问题 私", ANY_RULE, SPECIAL)


#: The split line whose second clause skips every step (报名考试体检都不用管): only the model's ML-CS.
@pytest.mark.xfail(strict=True, reason="still missed (issue 9, session 75, seller2)")
def test_split_line_skipping_every_step_still_missed(det: Any) -> None:
    assert_sells(det, "电工证找我们，帮你拿证前，报名考试体检都不用管", ANY_RULE, SPECIAL)


#: 正本副本 names no 证: CS-201's days-down reading has no paper to hold on to.
@pytest.mark.xfail(strict=True, reason="still missed (issue 9, session 75, seller2)")
def test_days_down_originals_still_missed(det: Any) -> None:
    assert_sells(det, "体系认证代办，一周下发正本副本", ANY_RULE, CERTS)
