"""Session 68 (sold3): sellers whose pitch turns after a warning or a question they wrote first.

Sentences written for this file (not from holdout233 nor any other held-out set, nor the rules'
fixtures).

A seller names the certificate and its pass, calls the promise unlawful (属于违规宣传 / 违法宣传 /
这种话属于违规), and turns at once (不过 / 但是 / 但 / 结果你懂) to the sure pass or the inside channel
with a call: the warning is the seller's foil, it covers the certificate named before it. A seller
also asks the question the buyer would ask, answers "no?" with a question mark, and turns to
"we can" (答案是不能？我们这里就能). Regulators, newspapers and schools write the same words and
stay warnings: the turn goes to a hotline, to where lawful training is found, to an honest course,
or to "we cannot either"; a newspaper quotes the seller's turn. These stay silent in every pack
run; the sellers are found where the special-operations pack runs.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.lexicon.scanning import EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

#: Sellers: the certificate and its pass, the warning, then a turn to the sure pass with a call.
WARNING_THEN_TURN = [
    "焊工证包过属于违规宣传，不过报我们这个班稳过，加v hx_5531",
    "电工证包过是违规说法，但是来我们这学的都稳过，私聊",
    "叉车证保过属于违法宣传，但报我们这期肯定过，私我",
    "电工证包过这种话属于违规，结果你懂的，报名加v dq_5533",
]

#: Sellers already found before this round, kept as guards of the same shape.
ALREADY_FOUND = [
    "登高证包过广告不让写，可是报我们班的没有一个没过，电话 13957110452",
    "焊工证包过不好明说，结果你懂，私我",
]

#: Sellers: the question answered "no?" and turned at once to the writer's own "yes".
NO_ASKED_THEN_WE_CAN = [
    "常有人问电工证能不能不考直接拿，答案是不能？我们这里就能，加v dq_5534",
    "有人问焊工证能不能免考，答案是不行？我们就行，私聊",
]

#: Sellers: the rivals' no said, then the writer's own yes (the question is its hook).
RIVALS_SAID_NO = [
    "焊工证能不考就拿吗？别家说不能，我们可以，私聊",
    "电工证能不考就拿吗？别家都说不行，我们这边就行，加v dq_5544",
]

#: Sellers: the exam room's insider in the writer's own name after the warning.
INSIDER_AFTER_WARNING = [
    "制冷证包过违规不能说，不过考场有我们的人，私我",
    "高压电工证包过属于违规宣传，不过考场有我们的人，加v gy_5532",
]

#: Sellers: the learner asks A-not-A (能不能包过), the teacher or the shop refuses and takes the
#: refusal back in its next turn.
ASKED_REFUSED_TAKEN_BACK = [
    "学员：焊工证能不能包过？\n老师：按规定不能承诺\n老师：但是说实话，我们这边有人，稳过，vx hg23305",
    "学员：电工证能不能包过？\n老师：保证不了\n老师：私下说一句，有内部名额，稳过，加v dq_5548",
]

#: Regulators and newspapers: the warning turns to a hotline, to the lawful route, or to the
#: seller's turn as reported.
WARNINGS_THAT_STAY = [
    "焊工证包过属于违规宣传，发现此类广告请拨打12345举报",
    "焊工证包过属于违规宣传，不过仍有人上当，发现请拨打12345",
    "叉车证包过属于违规宣传，但是正规机构可以在官网查到，咨询电话 0571-86235538",
    "市场监管局提醒：电工证包过属于违规广告，不过依法设立的培训机构可以正常报名，投诉电话 12315",
    "记者暗访时，对方称焊工证包过属于违规宣传，不过报他们这期稳过，随后让记者私下转账",
    "某机构打出电工证包过的广告属于违规，结果你懂的，被罚了五万",
]

#: Schools: the warning turns to an honest course, to how a pass is earned, or to a denial.
SCHOOLS_THAT_STAY = [
    "电工证包过属于违规宣传，不过报我们这期有老师全程带实操，报名电话 0571-86235536",
    "焊工证包过属于违规宣传，不过想稳过就得多练，报名加v px_5540",
    "电工证包过属于违规宣传，但是谁也不能保证你稳过，报名私聊",
    "说包过的都是骗子，我们不包过，焊工证报名加v px_5541",
    "高压电工证包过属于违规宣传，不过考场有监控，靠自己考，加v px_5542",
    "电工证包过这种话属于违规，结果靠你自己，报名加v px_5543",
]

#: The rivals' no said, and the writer's no or lawful course after it.
RIVALS_SAID_NO_LAWFUL = [
    "焊工证能不考就拿吗？别家说不能，我们也不能，报名私聊",
    "焊工证能不考就拿吗？别家说不行，我们可以帮你把实操练熟，报名私聊",
    "电工证能不考就拿吗？别家说不能，我们可以告诉你：不能，必须本人考试，报名私聊",
]

#: The exam room named after the warning, no insider in it.
EXAM_ROOM_LAWFUL = [
    "高压电工证包过属于违规宣传，不过考场有我们的老师带队，考试靠自己，加v px_5545",
    "登高证包过属于违规宣传，不过考场有监考和监控，靠自己考，报名私聊",
    "登高证包过属于违规宣传，不过考场有人作弊会被取消成绩，报名私聊",
]

#: The learner asks A-not-A; the teacher refuses and stays refusing.
ASKED_REFUSED_KEPT = [
    "学员：焊工证能不能包过？\n老师：不能，考试本人去，考场有监控",
    "学员：焊工证能不能包过？\n老师：按规定不能承诺\n老师：但是说实话，考试要靠你自己多练，报名加v px_2334",
    "学员：焊工证能不能包过？\n老师：按规定不能承诺\n老师：不过我们没有内部名额，考试靠自己，报名加v px_5547",
]

#: Answers "no?" that stay no.
NO_ASKED_STAYS_NO = [
    "常有人问电工证能不能不考直接拿，答案是不能？对，就是不能，想拿证请报名培训，电话 0571-86235539",
    "有人问焊工证能不能免考，答案是不行？没错，我们也不行，报名私聊",
    "常有人问电工证能不能不考直接拿，答案是不能？我们这里也不能，报名私聊",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", WARNING_THEN_TURN)
def test_the_warning_turned_to_the_pass_sells(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, ("GP-", "EF-"), packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", ALREADY_FOUND)
def test_the_sellers_found_before_still_sell(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, "GP-", packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", NO_ASKED_THEN_WE_CAN)
def test_no_asked_then_we_can_sells(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, "CS-", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", WARNINGS_THAT_STAY)
def test_a_regulators_or_a_newspapers_warning_stays_silent(det: Any, text: str, packs: Any) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", SCHOOLS_THAT_STAY)
def test_a_schools_warning_stays_silent(det: Any, text: str, packs: Any) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", NO_ASKED_STAYS_NO)
def test_no_asked_that_stays_no_is_silent(det: Any, text: str, packs: Any) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", RIVALS_SAID_NO)
def test_the_rivals_no_said_then_our_yes_sells(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, "CS-", packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", INSIDER_AFTER_WARNING)
def test_the_exam_room_insider_after_a_warning_sells(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, ("GP-", "EF-"), packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", ASKED_REFUSED_TAKEN_BACK)
def test_an_a_not_a_question_refused_then_taken_back_sells(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, "GP-", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", RIVALS_SAID_NO_LAWFUL)
def test_the_rivals_no_said_then_our_no_stays_silent(det: Any, text: str, packs: Any) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", EXAM_ROOM_LAWFUL)
def test_the_exam_room_with_no_insider_stays_silent(det: Any, text: str, packs: Any) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", ASKED_REFUSED_KEPT)
def test_an_a_not_a_question_refused_and_kept_stays_silent(det: Any, text: str, packs: Any) -> None:
    assert_silent(det, text, packs)
