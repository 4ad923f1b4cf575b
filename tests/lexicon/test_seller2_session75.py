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


# -- still missed (left alone this round) ----------------------------------------------------------

#: A bare "someone sits it for you" after the proxy is said to be impossible, with 不违法 / 放心:
#: no rule reads 有人帮你考 as the proxy itself; the bribed examiner with 打过招呼 (not 打招呼).
_STILL_MISSED_DEFAULT = [
    "焊工证代考不了，有人帮你考，不违法，放心",
    "叉车证代考不了，考官已被我们打点好，放心",
    "电工证代考不了，考官那边我们打过招呼，放心",
]


@pytest.mark.xfail(strict=True, reason="still missed (issue 9, session 75, seller2)")
@pytest.mark.parametrize("text", _STILL_MISSED_DEFAULT)
def test_left_sellers_still_missed(det: Any, text: str) -> None:
    assert_sells(det, text, ANY_RULE, SPECIAL)


#: 正本副本 names no 证: CS-201's days-down reading has no paper to hold on to.
@pytest.mark.xfail(strict=True, reason="still missed (issue 9, session 75, seller2)")
def test_days_down_originals_still_missed(det: Any) -> None:
    assert_sells(det, "体系认证代办，一周下发正本副本", ANY_RULE, CERTS)
