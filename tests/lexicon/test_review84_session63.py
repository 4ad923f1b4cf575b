"""Session 63, review84: a second reading of review80 (round 74: the Q&A answer's bare id read as
its call after a promise, ``_VICTIM_OWN`` kept from quoted or record-offering 私聊我,
``_CORRECTION_SOLD`` not 私聊 for notes, ``stance.NOT_SAID``). Sentences written for this file (not
from any held-out set, nor the rules' fixtures).

- Lawful Q&A under other labels (【问】【答】, Ｑ：Ａ：, Q：A：, 提问：回答：, 问题：答复：) whose honest
  answer carries the school's or the exam centre's number: the number was read as the answerer's
  call because only 问：/ 答： split the posts (``posts.post_heads``).
- A teacher's answer naming the double negation as a saying (老师：没有不包过的说法 / 这种说法 /
  一说): the same answer under the shop's label was silent, the teacher's turn was no refusal.
- Sellers still missed: the rhetorical 哪有不包过的（说法） and 当然包过 opening an answer with a bare id.
- Lawful and seller lines the round must keep as they are.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    EVERY_PACK,
    WITH_SPECIAL,
    WITH_SPECIAL_OR_CERTS,
    assert_sells,
    assert_silent,
)

# honest answers under other Q&A labels, with a lawful contact in the answer: silent in every pack
_QA_LABELS_LAWFUL = [
    "【问】登高证能免考吗？\n【答】不能免考，须本人参加考试，报名咨询微信 dg_7788",
    "【问】叉车证能直接买吗？\n【答】不能，必须参加考试，咨询电话 0571-88662231",
    "【问】电工证能不考直接拿吗？\n【答】不可以，考试合格才发证，考试中心电话 0571-88330011",
    "提问：登高证能免考吗？\n回答：不能免考，须本人参加考试，报名咨询微信 dg_7788",
    "问题：登高证能免考吗？\n答复：不能免考，须本人参加考试，报名咨询微信 dg_7788",
]


@pytest.mark.parametrize("text", _QA_LABELS_LAWFUL)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_qa_labels_lawful_contact_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs)


# a teacher naming the double negation as a saying denies it (the shop's label was already silent)
_TEACHER_NOT_SAID = [
    "学员：焊工证包过吗？\n老师：没有不包过的说法，考试靠自己。",
    "学员：焊工证包过吗？\n老师：没有不包过这种说法，考试靠自己。",
    "学员：电工证包过吗？\n老师：没有不包过一说，认真学才能考过。",
    "学生：登高证保过吗？\n老师：不存在不保过的说法，考试都要靠自己。",
    "家长：孩子的焊工证包过吗？\n班主任：没有不包过这回事，要靠他自己考。",
]


@pytest.mark.parametrize("text", _TEACHER_NOT_SAID)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_teacher_not_said_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs)


# sellers still missed: the rhetorical 哪有不包过, 当然包过 with a bare id
_SELLERS_MISSED = [
    "问：焊工证包过吗？\n答：哪有不包过的说法，我们百分百过，微信 hg2231",
    "问：焊工证包过吗？\n答：哪有不包过的，交钱就稳，私聊",
    "问：叉车证包过吗？\n答：哪有不包过的说法？我们都是包过的，私我",
    "问：登高证保过吗？\n答：哪里有不保过的，签协议，微信 dg_5521",
    "问：电工证包过吗？\n答：当然包过，我们百分百过，微信 dg2231",
    "问：焊工证保过吗？\n答：当然保过，考不过全退，vx hg_2231",
]


@pytest.mark.parametrize("text", _SELLERS_MISSED)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_sellers_missed_fire(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "guarantee_promise", packs)


# lawful lines silent before this round that must stay silent
_KEPT_LAWFUL = [
    "问：叉车证包过吗？\n答：不包过，本中心只负责培训，考试由应急管理局组织，报名咨询微信 px_6634",
    "问：焊工证可以免考吗？\n答：不可以，须参加理论和实操考试，考试中心电话 0571-88662231",
    "问：登高证能保过吗？\n答：不存在包过的说法，考试靠自己，咨询电话 0571-88991122",
    "问：焊工证包过吗？\n答：没有保不过的说法，考试要靠本人，报名咨询微信 hg_2231",
    "问：叉车证多久出证？\n答：考试合格后一般二十个工作日出证，考试中心电话 0571-88662231",
    "Ｑ：电工证能不能包过？\nＡ：不能，任何机构都不得承诺包过，咨询电话 0571-88662231",
    "问：电工证包过吗？\n答：没有不包过一说，也没有包过一说，考试靠自己，咨询微信 px_3344",
    "问：焊工证包过吗？\n答：不存在不包过的说法？这种话都是骗人的，考试靠自己，咨询微信 px_1122",
    "我问焊工证能不能包过，他说“包过，加我微信”，钱转过去就被拉黑了，大家别上当。",
    "被骗经过：对方说包过，还说加我微信细聊，结果交了两千就联系不上了。大家千万别信。",
    "他们截图里写着私聊包过，我信了，交了钱就被删了，大家别信这种广告。",
    "被骗了！那人朋友圈写着“加我微信，包过包拿证”，我交了三千就被拉黑，大家引以为戒。",
    "学员：焊工证包过吗？\n老师：没有包过这种说法，考试靠自己。",
    "买家：电工证包过吗？\n客服：没有不包过之说，我们只负责培训，考试靠自己。",
    "问：登高证包过吗？\n答：没有考不过这一说，考不过就补考，认真学就行。",
    "市民问：登高证能免考吗？\n答：不能免考，须本人参加考试，考试中心电话 0571-88662231",
    "网友提问：焊工证能不考试直接拿吗？\n应急管理局答复：不能，须本人参加考试，咨询电话 0571-12345678",
    "问：有人说“哪有不包过的”，这话可信吗？\n答：不可信，特种作业证必须本人考试，任何机构不得承诺包过。",
    "经查，当事人在朋友圈宣称“哪有不包过的，交钱就稳”，招揽学员报名，已立案调查。",
]


@pytest.mark.parametrize("text", _KEPT_LAWFUL)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_kept_lawful_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs)


# sellers under the same labels that must keep firing
_KEPT_SELLERS = [
    "【问】焊工证能免考吗？\n【答】能，交钱就行，微信 hg2231",
    "【问】焊工证包过吗？\n【答】包的，百分百过，微信 hg2231",
    "【问】叉车证包过吗？【答】包的，不过全退，微信 cc6634",
    "Ｑ：焊工证包过吗？\nＡ：包的，百分百过，微信 hg2231",
    "Q：焊工证包过吗？\nA：包过，不用考，微信 hg2231",
    "提问：焊工证包过吗？\n回答：不可能考不过，微信 hg2231",
    "提问：电工证包过吗？\n回答：包过，考场有人，微信 dg_2231",
    "问题：焊工证包过吗？\n答复：包的，微信 hg2231",
    "问:焊工证包过吗?\n答:包的,百分百过,微信 hg2231",
    "问：焊工证包过吗？\n答：包过的，我们百分百过，加V hg2231",
    "问：电工证包过吗？\n答：当然包过，私聊",
    "问：登高证包过吗？\n答：不可能考不过，考场有人，薇 dg_5521",
]


@pytest.mark.parametrize("text", _KEPT_SELLERS)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_kept_sellers_fire(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, {"guarantee_promise", "certificate_sale", "exam_fraud"}, packs)


# the asked skip granted for the money alone with the answer's bare id (silent under 问：/ 答： at
# the start; under Ｑ：/ Ａ： and 【问】/【答】 it fired only because the labels were unknown)
_YES_FOR_PAY = [
    "问：焊工证能免考吗？\n答：能，交钱就行，微信 hg2231",
    "【问】焊工证能免考吗？\n【答】能，交钱就行，微信 hg2231",
    "问：电工证能不考直接拿吗？\n答：可以，付款即可，vx dg_2231",
]


@pytest.mark.parametrize("text", _YES_FOR_PAY)
@pytest.mark.parametrize("packs", WITH_SPECIAL_OR_CERTS)
def test_yes_for_pay_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "certificate_sale", packs)


# its lawful neighbour: the money-only yes named as the cheat's
_YES_FOR_PAY_LAWFUL = [
    "问：焊工证能免考吗？\n答：不能，交钱就行的都是骗子，咨询微信 px_2231",
    "【问】登高证能免考吗？\n【答】不能，说交钱就行的都是骗子，报名咨询微信 dg_7788",
]


@pytest.mark.parametrize("text", _YES_FOR_PAY_LAWFUL)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_yes_for_pay_lawful_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs)
