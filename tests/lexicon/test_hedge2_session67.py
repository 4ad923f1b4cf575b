"""Session 67 (hedge2): sellers who hedge or quote the rule before they sell.

Sentences written for this file (not from holdout231 nor any other held-out set, nor the rules'
fixtures).

A chat answer or an ad that first says the pass is against the rules (包过是违规的 / 包过属于违规宣传)
or hedges on it (包过？不好说) and then turns -- "but" to an insider channel or a stable pass with a
contact, or "pay and we can arrange it" -- sells what it said it could not promise. A school that
states the rule and stops, or turns to its course, its timetable or the learner's own exam, stays
silent in every pack run.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.lexicon.scanning import EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

#: The rule quoted, then a "but" turn to the channel or the pass, with a contact or a call.
RULE_THEN_TURN = [
    "学员：叉车证能包过吗？\n客服：包过是违规的\n客服：不过我们这边有内部名额，稳过，加v cc7731",
    "老师：包过属于违规宣传，但是登高证报我们的班稳过，私我",
    "电工证包过是违规的，但是考场有人，稳过，vx dg3390",
]

#: A hedge on the pass, then the pass sold as an arrangement paid for.
HEDGE_THEN_ARRANGED = [
    "学员：焊工证能包过吗？\n老师：包过？不好说，交钱的话可以给你安排，私聊",
    "学员：电工证能包过吗？\n班主任：这个说不准，加钱的话我们帮你安排，私我",
]

#: The rule cited in the refusal, or the promise the writer "may not write", taken back after a "but".
RULE_CITED_THEN_TAKEN_BACK = [
    "学员：电工证能包过吗？\n老师：按规定不能承诺\n老师：但是跟你讲，我们这边有内部名额，稳过，私我",
    "网上我们不能写包过，但是你懂的，焊工证报了就稳，私聊",
]

#: Schools: the rule stated and then the course, the timetable, a warning or the learner's own exam.
LAWFUL = [
    "学员：电工证能包过吗？\n老师：包过？不好说，交钱报班的话可以给你安排晚班课，私聊",
    "客服：交钱的话可以给你安排上课时间，考试本人去考点考",
    "焊工证包过是违规的，但是有人说有内部名额，千万别信",
    "学员：焊工证能包过吗？\n客服：包过是违规的\n客服：不过我们的课程讲得细，考试本人参加",
    "老师：包过属于违规宣传，我们不做，叉车证报名请本人到场",
    "学员：登高证能包过吗？\n客服：包过是违规的\n客服：不过我们这边没有什么内部名额，考试靠自己，报名加v px6612",
    "学员：叉车证能包过吗？\n老师：按规定我们不能承诺包过\n老师：跟你说实话，多练实操才是正经",
    "我们不能写包过，但是有人说报了就稳，千万别信",
    "广告里不能写包过，但是课程讲得细，报名私聊",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", RULE_THEN_TURN)
def test_the_rule_quoted_then_turned_from_sells(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, ("GP-", "EF-"), packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", HEDGE_THEN_ARRANGED)
def test_a_hedge_then_a_paid_arrangement_sells(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, "GP-", packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", RULE_CITED_THEN_TAKEN_BACK)
def test_a_cited_rule_taken_back_sells(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, "GP-", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", LAWFUL)
def test_a_school_that_states_the_rule_stays_silent(det: Any, text: str, packs: Any) -> None:
    assert_silent(det, text, packs)
