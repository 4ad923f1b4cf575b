"""Session 67 (review111): a second reading of hedge2's turns from the quoted rule.

Sentences written for this file (not from holdout231, holdout228 nor any other held-out set, nor
the rules' fixtures).

hedge2 read a "but" straight into a sure pass or an inside channel (但是…稳过 / 内部名额) as the
seller's turn, a refusal that cites the rule (按规定不能承诺) as a teacher's refusal, and money
right before an arrangement (交钱的话可以给你安排) as a refusal taken back. A school says the same
words lawfully: its "but" goes on to deny the channel (但是我们没有内部名额) or to say that a pass
is not sure (也不一定稳过) or how it is earned (想稳过就得多练); it arranges a dormitory, a retake or
a weekend class for a fee; it cites the rule and gives only its enrolment contact. These stay silent
in every pack run. The sellers beside them (the rule quoted, then the pass promised "in private")
are still found where their pack runs.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.lexicon.scanning import EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

#: Sellers: the promise denied in public and given in private, or hedged and sold for more money,
#: or the rule quoted and a but-turn to the pass with a call.
SELLERS = [
    "客服：明面上肯定说不包过，我们私下保证你过，电工证报名加v dg5170",
    "客服：网上肯定说不包过，我们私下包你过，焊工证报名私聊",
    "学员：登高证能包过吗？\n老师：这个难说，加钱的话我们可以给你安排，私聊",
    "学员：电工证能包过吗？\n老师：不好说\n老师：多交两千可以给你安排，私我",
    "学员：叉车证能包过吗？\n老师：按规定不能承诺\n老师：不过私下讲，考场有人，稳过，私我",
    "电工证广告上不能写包过，但是报我们的班没有一个没过的，私聊",
    "包过是违规的，但是我们这边有内部名额，稳过，电焊证报名加v hj2291",
    "外面的包过都是骗人的，我们不承诺包过，但是考不过全额退款，焊工证加v hg3344",
]

#: Schools: a "but" that goes on to deny the channel or the sure pass.
BUT_DENIES_THE_CHANNEL = [
    "电焊证包过是违规的，但是我们没有内部名额，考试全靠自己，报名加v px2150",
    "客服：官方说不包过，我们私下也不敢保证你过，焊工证报名加v px5180",
    "客服：包过属于违规宣传，我们不承诺，报名咨询加v px4471",
    "叉车证包过属于违规宣传，不过我们这边没有什么考场关系，都凭本事考，报名私聊",
    "电工证包过是违规的，但是我们从来不搞内部名额，考试本人参加，咨询加v px5521",
    "客服：包过是违规的\n客服：不过我们没有内部名额，考试靠自己，报名加v px7788",
    "学员：焊工证能包过吗？\n客服：包过是违规的\n客服：但是我们这边不存在考场有人，报名加v px2203",
    "电工证包过是违规的，但是谁也不能保证你过，报名加v px3345",
    "焊工证包过是违规的，但是报了班也不一定稳过，报名加v px3346",
]

#: Schools: a "but" that goes on to say how a sure pass is earned.
BUT_HOW_TO_PASS = [
    "电工证包过是违规的，但是稳过的方法只有一个：多练实操，报名加v px3321",
    "包过属于违规宣传，不过想稳过就得多练，焊工证报名加v px6612",
    "学员：电工证能包过吗？\n老师：按规定不能承诺\n老师：但是说实话，想稳过只能靠多练",
    "学员：电工证能包过吗？\n老师：按规定不能承诺，但是想稳过只能靠多练，报名私聊",
]

#: Schools: money before an arrangement of a room, a retake or a class, not of the pass.
PAID_FOR_SOMETHING_ELSE = [
    "学员：电工证能包过吗？\n老师：包过？不好说。住宿的话交钱可以给你安排，报名私聊",
    "学员：焊工证能包过吗？\n老师：这个不敢保证，考不过补考的话交钱可以给你安排",
    "学员：电工证能包过吗？\n老师：保证不了\n老师：晚班周末班都有，交钱的话可以给你安排，报名加v px1234",
    "学员：焊工证能包过吗？\n老师：包过？不好说，宿舍要的话，交了钱可以给你安排好，私聊",
]

#: Schools: the rule cited in the refusal, and only the enrolment contact on the next line.
RULE_THEN_CONTACT = [
    "学员：电工证能包过吗？\n老师：按规定我们不能承诺\n老师：报名加v px1234",
    "学员：焊工证能包过吗？\n老师：按照规定不能承诺包过\n老师：课程咨询请加v px2231",
    "学员：登高证能包过吗？\n老师：国家规定不能承诺，考试靠自己\n老师：报名电话 13812345678",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", SELLERS)
def test_the_pass_denied_in_public_and_sold_still_sells(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, "GP-", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", BUT_DENIES_THE_CHANNEL)
def test_a_but_that_denies_the_channel_stays_silent(det: Any, text: str, packs: Any) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", BUT_HOW_TO_PASS)
def test_a_but_that_says_how_to_pass_stays_silent(det: Any, text: str, packs: Any) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", PAID_FOR_SOMETHING_ELSE)
def test_money_for_a_room_a_retake_or_a_class_stays_silent(det: Any, text: str, packs: Any) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", RULE_THEN_CONTACT)
def test_the_rule_cited_then_only_a_contact_stays_silent(det: Any, text: str, packs: Any) -> None:
    assert_silent(det, text, packs)
