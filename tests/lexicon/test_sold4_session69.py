"""Session 69 (sold4): sellers round 83 left silent -- posters split over lines, a disclaimer
turned with 然而 / 只不过 / 话说回来, and the dare "说包过的都是骗子？我们就敢包".

Sentences written for this file (not from holdout239 nor any other held-out set, nor the rules'
fixtures).

A poster puts the paper on one line, the trades on the next and the skipped exam on the third
(特种作业操作证⏎电工 焊工 登高⏎不用考试 不用到场⏎☎ …): the trades' line is part of the paper's name,
not a sentence of its own. A seller quotes the rule against the pass and turns at once, with 然而 /
只不过 / 话说回来 as with 不过 / 但是, to the sure pass or the exam room's insider. A seller quotes the
charge that every 包过 is a fraud and answers it "我们就敢包". Regulators, schools and newspapers write
the same posters with the exam kept the learner's, turn to their courses, and answer the charge
"我们也不敢包"; these stay silent in every pack run, the sellers are found where the
special-operations pack runs.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.lexicon.scanning import EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

#: Sellers: the paper, the trades and the exam skipped, each on a line of its own.
POSTERS = [
    "特种作业操作证\n电工 焊工 登高\n不用考试 不用到场\n☎ 138 5710 4401",
    "特种作业证\n叉车、司索、登高、制冷\n不用培训 不用考试\n电话 139 5710 4403",
]

#: Sellers of the same shape already found before this round: guards.
POSTERS_FOUND = [
    "【操作证】\n高压电工 / 低压电工 / 焊工\n免考 包拿证\nv：tz_4402",
    "📢特种作业操作证📢\n电工 焊工 高处作业\n本人不用到场 一条龙\n加v tz_4404",
]

#: Lawful posters: the same lines, the exam kept the learner's, or the skip named a fake.
POSTERS_LAWFUL = [
    "特种作业操作证考试报名\n电工 焊工 登高\n须本人参加理论和实操考试\n报名电话 0571-86104405",
    "特种作业操作证\n电工 焊工 登高 制冷\n复审须本人到场\n咨询 0571-86104406",
    "【警示】特种作业操作证\n电工 焊工 高处\n凡称不用考试 不用到场的都是假证\n举报 12350",
    "特种作业操作证\n电工 焊工 登高\n考试合格后发证 官网可查\n咨询 0571-86104409",
    "安全生产月\n电工 焊工 登高 制冷\n持证上岗 不用考试的证都是假的\n举报电话 12350",
    # (second reading) the enrolment done from home, the exam the learner's: CS-001 fired once the
    # trade line no longer parted the paper from 不用到场 (on one line it fired before this round)
    "特种作业操作证\n电工 焊工 登高\n报名不用到场 考试本人参加\n电话 0571-86104603",
    "特种作业操作证 报名不用到场 考试本人参加 电话 0571-86104603",
]

#: Sellers: the rule quoted, then 然而 / 只不过 / 话说回来 straight to the pass or the insider.
TURNED = [
    "电工证包过属于违规宣传，然而报我们这期稳过，私我",
    "叉车证保过属于违法宣传，只不过来我们这学的都稳过，加v cc_4411",
    "焊工证包过违规，然而考场有我们的人，微信 hg_4412",
]

#: A seller of the same shape already found before this round: a guard.
TURNED_FOUND = ["登高证包过不能写，话说回来，报我们班肯定过，私聊"]

#: Schools: the same turn words to their course, to the learner's own work, or to a story of loss.
TURNED_LAWFUL = [
    "电工证包过属于违规宣传，然而我们的理论课讲得细，报名私我",
    "叉车证保过属于违法宣传，只不过考试要靠自己练，报名加v px_4414",
    "焊工证包过是违规说法，然而只背题库肯定过不了，要多练实操，报名私聊",
    "电工证包过属于违规宣传，然而有人信了，结果你懂的，钱没了，想正规报名的私我",
]

#: Sellers: the charge that 包过 is a fraud, answered with the writer's dare.
DARES = [
    "说包过的都是骗子？我们就敢包，电工证报名加v dq_4421",
    "都说焊工证包过是骗人的？我们就敢打包票，私我",
    "包过是骗子说的？我们敢包，叉车证加v cc_4424",
]

#: Schools: the same charge answered "we do not dare either", or a dare to say the truth.
DARES_LAWFUL = [
    "说包过的都是骗子？对，我们也不敢包，电工证报名加v px_4425",
    "都说焊工证包过是骗人的？没错，我们不敢打包票，只能认真教，私我",
    "说包过的都是骗子？我们敢说：没有包过这回事，电工证报名私聊",
    "都说不考拿证是骗局？我们敢保证一点：考试要本人参加，登高证报名私聊",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", POSTERS)
def test_a_poster_whose_lines_split_paper_trades_and_skip_sells(
    det: Any, text: str, packs: Any
) -> None:
    assert_sells(det, text, "CS-", packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", POSTERS_FOUND)
def test_the_posters_found_before_still_sell(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, "CS-", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", POSTERS_LAWFUL)
def test_a_regulators_or_a_schools_poster_stays_silent(det: Any, text: str, packs: Any) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", TURNED)
def test_the_rule_turned_with_other_turn_words_to_the_pass_sells(
    det: Any, text: str, packs: Any
) -> None:
    assert_sells(det, text, ("GP-", "EF-"), packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", TURNED_FOUND)
def test_the_turn_found_before_still_sells(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, "GP-", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", TURNED_LAWFUL)
def test_a_schools_turn_to_its_course_stays_silent(det: Any, text: str, packs: Any) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", DARES)
def test_the_dare_after_the_charge_of_fraud_sells(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, "GP-", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", DARES_LAWFUL)
def test_the_charge_answered_we_dare_not_stays_silent(det: Any, text: str, packs: Any) -> None:
    assert_silent(det, text, packs)


#: Sellers: the paper, what is left unsaid (the rule quoted, or the insider), the wink and a call.
WINKS = [
    "叉车证按规定不能说，但结果你懂，私我",
    "焊工证不能明说，结果你懂的，vx hg_4511",
    "我表哥在发证窗口上班，焊工证找他没问题，你懂的，私我",
    "我舅在发证窗口，登高证找他就行，你懂的，私我",
]

#: Lawful lines with the same wink: a story of loss, a school on the exam, a report, a learner.
WINKS_LAWFUL = [
    "记者暗访，对方称“叉车证按规定不能说，但结果你懂”",
    "我表哥考过了焊工证，他说实操很难，你懂的，想报班的私我要电话",
    "电工证复审晚了会怎样？结果你懂的，证作废，要重新考，报名电话 0571-86104501",
    "焊工证理论考试看着简单，你懂的，细节多，报名私我",
    "我们学校电工证培训，老师怎么样你懂的，学员都说好，报名私聊",
    "电工证考试这事，你懂的，靠自己，报名电话 0571-86104506",
    "焊工证考试按规定不能说题目，你懂的，考场纪律严，报名私我",
    "我表哥在发证窗口上班，他说焊工证必须本人考，你懂的，想报班的私我",
    "电工证的事问了发证那边，你懂的，只能自己考，报名电话 0571-86104509",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", WINKS)
def test_the_paper_the_unsaid_and_the_wink_sell(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, "CS-", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", WINKS_LAWFUL)
def test_the_wink_of_a_school_a_learner_or_a_report_stays_silent(
    det: Any, text: str, packs: Any
) -> None:
    assert_silent(det, text, packs)
