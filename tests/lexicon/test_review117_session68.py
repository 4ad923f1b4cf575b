"""Session 68 (review117): the second reading of sold3's turns after a warning.

Sentences written for this file (not from holdout233, holdout228 nor any other held-out set, nor
the rules' fixtures).

sold3 reads a turn straight after a warning (不过 / 但是 … 稳过, 考场有我们的人, 结果你懂的) as the
seller's own pitch, so the warning no longer covers the certificate named before it. A school, a
forum user and an exam point write the same words and stay lawful: the school's "but" says the
pass will not come by watching videos (肯定过不了), the forum user's wink closes a story of money
lost (结果你懂的，证没拿到钱也没了), the exam point's people in the room invigilate and cancel the
cheater's result (考场有人监考 / 考场有我们的人巡考，作弊一律取消成绩). These fired GP-001 / GP-002 on
main ``615e503a`` and were silent before sold3; they stay silent in every pack run. The sellers of
the same shapes (the wink closed by a call, the insider with the pass, the insider who invigilates
and nothing said against cheating) are found where the special-operations pack runs.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.lexicon.scanning import EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

#: Lawful: the school's "but" says the pass will not come (肯定过不了 / 稳过不了).
THE_PASS_DENIED = [
    "焊工证包过属于违规宣传，不过光看视频肯定过不了，要多练实操，报名私聊",
    "电工证包过是违规说法，但是只背题库稳过不了，实操要天天练，报名加v dq_7714",
]

#: Lawful: a forum user's wink closes a story of money lost, with a call to lawful enrolment.
THE_WINK_CLOSES_A_STORY = [
    "电工证包过属于违规宣传，我表哥信了，结果你懂的，证没拿到钱也没了，想走正规报名的私我",
    "焊工证包过这种话是违规的，邻居报了那种班，结果你懂的，人找不到了，正规报名私我",
    "电工证包过属于违规宣传，我同学信了，结果你懂的，联系不上了，想正规报名的私我",
    "电工证包过属于违规宣传，我朋友信了，结果你懂的，钱打了水漂，大家别信，想了解正规报名的私我",
]

#: Lawful: the exam point's people in the exam room invigilate; cheating is punished.
THE_ROOM_INVIGILATED = [
    "电工证包过是违规的，不过考场有人监考，作弊一律取消成绩，报名私聊",
    "电工证包过是违规的，不过考场有我们的人巡考，作弊一律取消成绩，报名私聊",
    "制冷证包过是违规宣传，但是考场有咱们的人巡查，违纪的一律上报，报名私我",
]

#: Lawful as far as the pass goes: EF-002 read 考场有人 here before sold3 (left alone); the
#: turn must not add the pass findings.
THE_ROOM_WATCHED = [
    "高处作业证包过属于违规，不过考场有人巡视，全程监控，报名加v gc_7712",
]

#: Sellers of the same shapes: the wink closed by a call or a number, the insider with the pass,
#: the insider who invigilates with nothing said against cheating, the pass not denied.
SELLERS = [
    "电工证包过违规不能写，结果嘛你懂的，加v dq_7709",
    "焊工证包过属于违规宣传，结果你懂的，名额不多，私我",
    "叉车证包过违规不能明说，结果你懂的 13957110452",
    "电工证包过违规不能写，结果你懂的，有意者私聊",
    "电工证包过违规不能写，结果你懂的，需要的速来，v：dq_7720",
    "焊工证包过违规，不过考场有自己人监考，放心，私我",
    "制冷证包过违规不能说，不过考场有我们的人，稳过，私我",
    "高压电工证包过属于违规宣传，不过报我们这期肯定过，不过不退费，加v gy_7713",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", THE_PASS_DENIED)
def test_the_pass_denied_after_the_turn_stays_silent(det: Any, text: str, packs: Any) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", THE_WINK_CLOSES_A_STORY)
def test_a_wink_that_closes_a_story_stays_silent(det: Any, text: str, packs: Any) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", THE_ROOM_INVIGILATED)
def test_the_exam_room_invigilated_stays_silent(det: Any, text: str, packs: Any) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", THE_ROOM_WATCHED)
def test_the_exam_room_watched_adds_no_pass_finding(det: Any, text: str, packs: Any) -> None:
    assert_silent(det, text, packs, of=["GP-001", "GP-002"])


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", SELLERS)
def test_the_sellers_of_the_same_shapes_sell(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, "GP-", packs)
