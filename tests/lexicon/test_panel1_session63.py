"""Session 63, panel1: a one-question, one-answer chat is two turns, not an attribute panel.
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

``posts.post_heads`` splits a chat into posts only where one speaker talks twice, so a learner's
question and a school's answer on one line each (学员：焊工证能免考吗？⏎老师：免考？可以。要本人考试)
were read by ``stance._panel`` as two rows of an attribute panel, one sentence: the learner's
question lost its question reading and the school's lawful answer fired with the learner's words.

- The school's or shop's lawful answer under the learner's question (also with other labels,
  traditional characters, spaces in labels, the buyer's urgency after the mark, a second buyer
  line, a renewal's lawful extension): silent in every pack combination.
- Sellers of the same shapes keep firing: the yes that skips the exam, the refusal of the
  guarantee taken back (包不了，不过我们有内部名额，包过), the answer with a contact.
- A victim retelling the chat and closing on the cheat (…客服也不回了，被坑了): silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    CERTS,
    DEFAULT,
    EVERY_PACK,
    WITH_SPECIAL,
    assert_sells,
    assert_silent,
)

# --- (1) the learner asks, the school answers lawfully: two turns, silent -----------------------

_SCHOOL_ANSWERS = [
    "学员：焊工证能免考吗？\n老师：免考？可以。要本人考试",
    "学员：焊工证能免考吗？\n老师：当然！必须本人到考点",
    "学员：焊工证能免考吗？\n老师：当然。。。不可能",
    "学员：焊工证能免考吗？\n老师：OK。你先来报名，考试要本人",
    "学员：焊工证能免考吗？\n老师：没问题。只要你考试合格",
    "学员：焊工证能免考吗？\n老师：必须的！必须本人考试",
    "学员：焊工证能免考吗？\n老师：可以！但要先满足复审条件",
    "学员：焊工证能免考吗？\n老师：嗯。要本人考试",
    "学员：焊工证能免考吗？\n老师：你想多了。要本人考试",
    "学员：焊工证能免考吗？\n老师：免考？要本人考试",
    "学员：焊工证能免考吗？\n老师：可以，要本人考试",
    "学员：焊工证能免考吗？\n老师：要本人考试",
    "学员：焊工证能免考吗？急\n老师：可以。要本人考试",
    "学员：焊工证能免考吗？在线等\n老师：免考？可以。要本人考试",
    "顾客：焊工证能不用考吗？\n客服：不用考？可以。那是复审，初次领证必须考试",
    "学员：电工证能不用考吗？在线等\n老师：考试是必须的，我们安排考前培训",
    "学员：叉车证你们能包过吗？\n老师：实在保证不了，我们只负责把课讲完",
    "客户：能代办焊工吗？\n客服：不能，焊工证必须本人考试",
    "学员：焊工证包过吗？\n老师：没有包过这回事，认真学就能过，班主任微信 hx_2231",
    # other labels, a second buyer line, spaces and traditional characters
    "客户：登高证能免考吗？\n客服：免考？可以。要本人考试",
    "买家：焊工证能不考直接拿吗？\n店家：可以，要本人考试，我们只安排培训",
    "网友：焊工证能免考吗？\n掌柜：嗯。要本人考试，考前我们有培训",
    "学员：焊工证能免考吗？\n学员：单位催得紧\n老师：免考？可以。要本人考试",
    "学 员：焊工证能免考吗？\n老 师：免考？可以。要本人考试",
    "學員：焊工證能免考嗎？\n老師：免考？可以。要本人考試",
    "學員：電工證能免考嗎？急\n老師：嗯。要本人考試",
    # a renewal's lawful extension (the paper already held, the office's condition named)
    "学员：操作证还有两个月到期，不考试能续吗？\n老师：能，不用考，干这个工种连续从业满十年、期间没违章的，考核发证机关同意后复审延到六年一次",
    "学员：制冷证复审还得再考一次吗？\n老师：不用考，复审只参加培训，学满学时就行",
]


@pytest.mark.parametrize("text", _SCHOOL_ANSWERS)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_learner_question_and_lawful_answer_are_two_turns(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs)


#: (the training pack's GP-101 still reads the learner's 包过 run into the shop's refusing turn,
#: whose enrolment contact keeps it the shop's; see the doc)
_SCHOOL_ANSWERS_SPECIAL = [
    "买家：电工证你们能包过吗？\n客服：包不了，考试是统一组织的，我们只负责培训，报名加微信 px_8810",
]


@pytest.mark.parametrize("text", _SCHOOL_ANSWERS_SPECIAL)
@pytest.mark.parametrize("packs", [None, DEFAULT, CERTS])
def test_learner_question_and_refusal_with_enrolment_line(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs)


# --- (2) sellers of the same shapes keep firing ---------------------------------------------------

_SOLD = [
    "学员：焊工证能免考吗？\n老师：可以，不用考，包拿证，私聊 vx hg_5521",
    "顾客：电工证能不考直接拿吗？\n客服：能，不用考，十天出证，加v dg_3107",
    "买家：焊工证包过吗？\n客服：包不了，不过我们有内部名额，包过，加v hg_1122",
    "买家：焊工证包过吗？急\n客服：包不了，不过我们有内部名额，包过，加v hg_1122",
    "学员：焊工证能免考吗？\n学员：厂里要得急\n老师：可以，不用考，包拿证，私聊 vx hg_5521",
    "客户：焊工证能免考吗？在线等\n店家：免考？可以。人不用去，十天寄到，薇 hg_7731",
    "學員：焊工證能免考嗎？\n老師：可以，不用考，包拿證，私聊 vx hg_5521",
    "客户：焊工证包过吗？\n客服：包不了，可以找人替考，加v hg_3390",
    "学员：电工证到期了能直接延期吗？\n老师：可以，不用考，交钱就给你延，加v dg_2201",
]


@pytest.mark.parametrize("text", _SOLD)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_seller_answer_under_question_still_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, {"CS-001", "CS-006", "GP-001", "GP-002"}, packs)


@pytest.mark.parametrize(
    "text",
    [
        "学员：焊工证能免考吗？\n老师：可以，不用考，包拿证，私聊 vx hg_5521",
        "客户：焊工证能免考吗？在线等\n店家：免考？可以。人不用去，十天寄到，薇 hg_7731",
    ],
)
def test_seller_answer_under_question_fires_in_certificates_pack(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "CS-201", CERTS)


# --- (3) a victim retelling the chat, closing on the cheat: silent --------------------------------

_VICTIMS = [
    "客户：叉车证不用考能拿吗？\n客服：能，不用考，十天出证\n付完款证一直没到，客服也不回了，被坑了",
    "买家：焊工证能不考直接拿吗？\n客服：可以，不用考，半个月出证\n钱转过去就联系不上了，大家别上当",
]


@pytest.mark.parametrize("text", _VICTIMS)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_victim_retelling_the_chat_is_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs)
