"""Session 73, fresh: sellers of special-operations papers in wording our sets had few of.

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

Three shared readings are pinned here:

* tone-marked pinyin (diàn gōng zhèng, hàn gōng zhèng) reads as the plain pinyin the normalizer
  already maps to the paper's name (``lexicon.normalize``'s table folds the toned vowels);
* gk before 证 / 本 is 高空 (高空证, the height-work paper), beside dg / hg / cc;
* a buyer who asks for a paper *without the exam* (不想考 / 没空去考 / 懒得考 …) is no longer
  taken for a plain buyer (``stance._SELLS``): the request is for the trade itself.

Each reading has its lawful twins in the same words, silent in every pack run.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.lexicon.scanning import ANY_RULE, DEFAULT, EVERY_PACK, Packs, assert_sells, assert_silent

# -- tone-marked pinyin ---------------------------------------------------------------------------

_TONED_SELLERS = [
    "diàn gōng zhèng 免考 十天拿 能查 私我",
    "hàn gōng zhèng 不去考场 当月出 可查",
    "dī yā diàn gōng zhèng 不用考试 直接拿 私聊",
]


@pytest.mark.parametrize("text", _TONED_SELLERS)
def test_tone_marked_pinyin_names_the_paper(det: Any, text: str) -> None:
    assert_sells(det, text, ANY_RULE, DEFAULT)


_TONED_LAWFUL = [
    "diàn gōng zhèng 考试须本人参加，考点统一安排",
    "hàn gōng zhèng 怎么考？先报名培训，理论和实操都要本人考",
    "学拼音：diàn gōng zhèng 就是电工证，考试合格由应急管理部门发证",
    "Café 里碰到同事在复习电工证，下周六他要去考点考试",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _TONED_LAWFUL)
def test_tone_marked_pinyin_in_lawful_lines_stays_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


# -- gk for 高空 ----------------------------------------------------------------------------------

_GK_SELLERS = [
    "gk证 免考 半个月出 可查 私聊",
    "gk本 不用考 当月到手 加v",
]


@pytest.mark.parametrize("text", _GK_SELLERS)
def test_gk_before_the_paper_is_height_work(det: Any, text: str) -> None:
    assert_sells(det, text, ANY_RULE, DEFAULT)


_GK_LAWFUL = [
    "gk证考试下周六开考，带身份证到考点，本人参加",
    "GK本周六停水，请各位住户提前储水",
    "gk证就是高空作业证，要培训考试合格才发",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _GK_LAWFUL)
def test_gk_in_lawful_lines_stays_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


# -- the buyer who asks for the paper without the exam -------------------------------------------

_EXAM_SKIPPING_BUYERS = [
    "求个登高证 不想去考 有路子的私",
    "收一个电工证 没时间考 能查的 私我",
    "求购焊工证 懒得考 有渠道的联系",
    "求个制冷证，没空去考试，有门路的来",
]


@pytest.mark.parametrize("text", _EXAM_SKIPPING_BUYERS)
def test_a_buyer_who_will_not_sit_the_exam_asks_for_the_trade(det: Any, text: str) -> None:
    assert_sells(det, text, ANY_RULE, DEFAULT)


_BUYER_LAWFUL = [
    "求个电工证的模拟题，不想考第二次了",
    "求个焊工证的网课，白天没空去考点附近上课",
    "求购二手电焊机，不想买新的，有的私我",
    "求个叉车证培训班推荐，不想考砸，想学扎实点",
    "求个高处作业证的学习搭子，太难了差点不想考了",
    "想考电工证又不想考研，求个过来人说说先考哪个",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _BUYER_LAWFUL)
def test_lawful_buyers_and_learners_stay_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


# -- second reading (written after the change) -----------------------------------------------------

_SECOND_SELLERS = [
    "gāo kōng zuò yè zhèng 免考 可查 私我",
    "求个高处作业证 不想考 能查就行 价格好说",
]


@pytest.mark.parametrize("text", _SECOND_SELLERS)
def test_second_reading_sellers(det: Any, text: str) -> None:
    assert_sells(det, text, ANY_RULE, DEFAULT)


#: The skipped exam with no call on a channel, a checkable paper or a price; the learner's way to
#: the exam hall; a reporter quoting the buyer; toned pinyin and gk in lawful lines.
_SECOND_LAWFUL = [
    "收个叉车证的二手教材，不想考试时手忙脚乱",
    "求个焊工证的过来人，不想考试挂科，有经验的说说",
    "求个电工证的模拟题，还不想考，有的发我",
    "求个焊工证培训班，不想去考场附近住，有推荐的私我",
    "网友发帖求购电工证，称不想考试，记者联系后发现对方是骗子",
    "Lǐ lǎoshī 的电工证培训班开课了，考试本人参加",
    "gk证复审须本人到场，逾期作废",
    "收到gk证了，考了两次才过",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _SECOND_LAWFUL)
def test_second_reading_lawful(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


#: Still missed: 不想自己去考 / 不愿意考 name no bypass any rule reads, so no candidate exists for
#: the buyer's reading to keep; 没空去考场 is given up for the learner's 不想去考场附近住.
_STILL_MISSED = [
    "收电工证 不想自己去考 有门路的来",
    "求个焊工证 没空去考场 有渠道的来",
]


@pytest.mark.xfail(strict=True, reason="still missed (issue 9, session 73, fresh)")
@pytest.mark.parametrize("text", _STILL_MISSED)
def test_still_missed(det: Any, text: str) -> None:
    assert_sells(det, text, ANY_RULE, DEFAULT)
