"""Session 67, lawful3: lawful lines that still fired (holdout232's class).

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- A school that names the pass only to say it will not say it (包过的话我们说不出口 / 包过这种话我们
  不敢讲 / 保过这种承诺本校给不了 / 包过我们不承诺), then gives its enrolment number: GP-001 / 002
  (training pack GP-101) fired, the candidate running from 包过 to 报名.
- A Q&A line whose answer is no (常有人问…能不能免考，答案是不能): EF-106 read 答案 as answers on sale.
- A school that refuses the pass and refunds only the textbook fee on a failed exam (不保过，没考过的
  退还教材费): the refund was read as a refund-on-fail pledge.
- Sellers of the same surface keep firing: the school that does say 包过, the answer that says yes, a
  refund of everything on a failed exam.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    EVERY_PACK,
    WITH_SPECIAL,
    WITH_TRAINING,
    assert_sells,
    assert_silent,
)

#: The pass named to be declined, then a lawful enrolment number: silent in every pack.
_PASS_DECLINED = [
    "包过的话我们讲不出口，只能把每节课上扎实，报名电话 0571-86330412",
    "包过这种话我们不敢说，我们能保证的是课时，报名电话 0571-86330413",
    "保过这种承诺本中心给不了，开班时间见海报，咨询电话 0571-86330414",
    "包过我们不承诺，实操场地和老师都是现成的，报名热线 0571-86330415",
    "包过两个字我们不讲，焊工实操多练几遍总能上手，报名电话 0571-86330416",
]

#: A question answered no: silent in every pack.
_ANSWERED_NO = [
    "常有学员问电工证能不能免考，答案是不能，两科都要考，详询 0571-86330420",
    "总有学员问高处作业证能不能免考，答案是不行，理论实操都得考，详询 0571-86330421",
    "有人问能不能免培训直接考，答案是不能，学时必须够，详询 0571-86330422",
]

#: The pass refused, the textbook fee refunded on a failed exam: silent in every pack.
_TEXTBOOK_REFUND = [
    "本校焊工证培训不保过，没考过的退还教材费",
    "叉车培训不包过，没过就退还资料费",
]

#: Sellers of the special-operations papers beside these shapes: found with the default pack on.
_SELLERS_SPECIAL = [
    ("包过的话别人说不出口，我们敢说，电工证包过，报名电话 0571-86330430", "GP-"),
    ("包过我们敢承诺，焊工证包过，考不过全退，电话 0571-86330431", "GP-"),
    ("本校登高证培训保过，没考过的全额退还学费", "GP-"),
    ("有人问焊工证能不能免考，答案是能，不用考直接拿证，加v hg_6612", "certificate_sale"),
    # added with the fix: the refusal said and taken back, the textbook fee refunded with the rest
    ("电工证包过我们不说，懂的都懂，加v dg_3310", "GP-"),
    ("焊工证包过我们不承诺，但是内部有渠道，私聊", "GP-"),
    ("电工证包过我们不说，保你拿证，加v dg_3310", "GP-"),
    ("叉车培训不包过，没过就退还教材费和学费", "GP-"),
]

#: Exam-training sellers: found with the training pack on.
_SELLERS_TRAINING = [
    ("教师资格证包过，我们说到做到，考不过退全款，加v jz_7731", "GP-"),
    ("四六级答案考前发，答案是真题原题，加群 66123", "EF-"),
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _PASS_DECLINED)
def test_pass_declined_with_enrolment_number_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _ANSWERED_NO)
def test_question_answered_no_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _TEXTBOOK_REFUND)
def test_textbook_fee_refund_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize(("text", "what"), _SELLERS_SPECIAL)
def test_special_sellers_beside_them_still_fire(det, text: str, what: str, packs) -> None:
    assert_sells(det, text, what, packs)


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize(("text", "what"), _SELLERS_TRAINING)
def test_training_sellers_beside_them_still_fire(det, text: str, what: str, packs) -> None:
    assert_sells(det, text, what, packs)
