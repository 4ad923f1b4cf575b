"""Session 67, review112: a second reading of lawful3's readings, sellers they let through.

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- The pass named as a saying the school will not say (包过这种话我们不敢讲 / 包过的话我们说不出口 /
  保过这种承诺本校给不了 / 包过我们不承诺), then taken back in words lawful3's back list does not know
  (反正没有不过的, 但结果你懂, 来了的都拿到证了, 交了钱等着拿证, 百分之百拿证, 证肯定到手): sellers,
  which fired before lawful3 and fell silent with it. Their lawful twins (考试要靠自己, 讲到你懂为止,
  不懂的地方老师陪你练, 争取一次过靠的是多练) stay silent.
- A learner's question answered no and the no taken back at once (答案是不能才怪; 答案是不能，但是我们能;
  答案是不行，可我们这边就行): sellers; the school's 答案是不能，我们能做的是… stays silent, and an
  answers seller's 答案是不能才怪 keeps EF-106.
- A refused pass with the textbook fee refunded and the tuition refunded too in the next clause (不保过，
  没考过退还教材费，学费也全退), or an inside channel after it: lawful3's textbook-fee reading let the
  pledge through; the textbook fee alone (学费不退, 其余费用不予退还) stays silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    EVERY_PACK,
    WITH_SPECIAL,
    WITH_TRAINING,
    assert_sells,
    assert_silent,
)

#: The pass named to be declined, then said again in other words: found with the default pack on.
_SAID_TAKEN_BACK = [
    "焊工证包过的话我们说不出口，但结果你懂，报名电话 0571-86330541",
    "登高证保过这种承诺本校给不了，但是来了的都拿到证了，报名电话 0571-86330542",
    "叉车证包过两个字我们不说，交了钱等着拿证就行，报名电话 0571-86330543",
    "焊工证包过这种话我们不敢说，百分之百拿证，报名电话 0571-86330544",
    "焊工证包过我们不承诺，但从来没有人没过，报名电话 0571-86330546",
    "电工证包过的话我们讲不出口，一次就能拿证，报名电话 0571-86330547",
    "登高证包过这种话我们不敢讲，心里有数就行，报名电话 0571-86330548",
    "焊工证包过这种话我们不敢说，你来了就知道，报名电话 0571-86330549",
    "电工证包过这种话我们不敢讲，但是证肯定到手，报名电话 0571-86330552",
    "焊工证包过这种话我们不敢讲，稳稳的，报名电话 0571-86330553",
    # guards that fired on lawful3's code already (GP-005 reads 没有不过 / 算我们的)
    "电工证包过这种话我们不敢讲，反正没有不过的，报名电话 0571-86330540",
    "电工证包过这种话我们不敢讲，考不过算我们的，报名电话 0571-86330545",
]

#: The same for exam-training ads: found with the training pack on.
_SAID_TAKEN_BACK_TRAINING = [
    "教师资格证包过这种话我们不敢讲，但结果你懂，报名电话 0571-86330580",
    "会计证保过这种承诺本校给不了，反正来的学员都过了，报名电话 0571-86330581",
]

#: The pass declined and not taken back, beside the same words: silent in every pack.
_SAID_KEPT = [
    "叉车证包过两个字我们不说，考试要靠自己，报名电话 0571-86330563",
    "焊工证包过我们不承诺，能不能过看你自己练得怎么样，报名电话 0571-86330564",
    "电工证包过这种话我们不敢讲，反正考试还得你自己去考，报名电话 0571-86330565",
    "焊工证包过这种话我们不敢讲，但每个知识点都讲到你懂为止，报名电话 0571-86330567",
    "电工证包过的话我们说不出口，不懂的地方老师陪你练，报名电话 0571-86330568",
    "登高证包过这种话我们不敢说，争取一次过靠的是多练，报名电话 0571-86330569",
]

#: A question answered no and the no taken back: found with the default pack on.
_NO_TAKEN_BACK = [
    "有人问电工证能不能免考？答案是不能才怪，交钱就发，加v dg_5530",
    "常有人问焊工证能不能免考，答案是不能，但是我们能，私聊",
    "总有人问登高证能不能免考，答案是不行，可我们这边就行，加v dg_5531",
]

#: An answers seller who takes the no back: EF-106 with the training pack on.
_NO_TAKEN_BACK_ANSWERS = [
    "四级答案有人问能不能拿到，答案是不能才怪，加群 66125",
    "有人问六级答案能不能拿到，答案是不能才怪，加群 66126",
]

#: The school's no that stays no: silent in every pack.
_NO_KEPT = [
    "常有学员问焊工证能不能免考，答案是不能，我们能做的是把课讲透，详询 0571-86330532",
    "有人问电工证能不能免考，答案是不能，我们能帮的是安排补考，详询 0571-86330533",
    "常有学员问焊工证能不能免考，答案是不能，但我们能帮你把实操练熟，详询 0571-86330534",
    "有人问登高证能不能免考，答案是不行，我们这边也不行，详询 0571-86330535",
]

#: A refused pass, the textbook fee refunded, and more than the textbook fee or an inside way
#: after it: found with the default pack on (``what``: the finding asked for).
_MATERIALS_AND_MORE = [
    ("焊工证培训不保过，没考过退还教材费，学费也全退，加v hg_5520", "GP-"),
    ("电工证培训不包过，没过就退还资料费，培训费照退，报名电话 0571-86330521", "GP-"),
    ("登高证不保过，没过退还教材费，另外学费全额退还，加微信 dg_5522", "GP-"),
    ("叉车证培训不包过，没过退还教材费，学费退一半，电话 0571-86330524", "GP-"),
    ("焊工证不包过，没考过的退还教材费，不过我们有内部渠道，私聊", ANY_RULE),
    # guards: the pass promised outright beside a textbook-fee refund (fired on lawful3's code)
    ("电工证包过，没过退还教材费，加v dg_5511", "GP-"),
    ("焊工证包过，不过就退教材费，报名电话 0571-86330512", "GP-"),
    ("登高证保过，没考过的退还资料费，加微信 dg_5513", "GP-"),
]

#: The textbook fee alone: silent in every pack.
_MATERIALS_ONLY = [
    "焊工证培训不保过，没考过退还教材费，学费不退",
    "登高证培训不保过，没过退还教材费，其余费用不予退还",
    "本校叉车培训不包过，没考过的退还书本费，报名电话 0571-86330525",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SAID_TAKEN_BACK)
def test_declined_pass_said_again_sells(det, text: str, packs) -> None:
    assert_sells(det, text, "GP-", packs)


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _SAID_TAKEN_BACK_TRAINING)
def test_declined_pass_said_again_sells_training(det, text: str, packs) -> None:
    assert_sells(det, text, "GP-", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _SAID_KEPT)
def test_declined_pass_kept_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _NO_TAKEN_BACK)
def test_answer_no_taken_back_sells(det, text: str, packs) -> None:
    assert_sells(det, text, "certificate_sale", packs)


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _NO_TAKEN_BACK_ANSWERS)
def test_answers_seller_no_taken_back_keeps_ef106(det, text: str, packs) -> None:
    assert_sells(det, text, "EF-106", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _NO_KEPT)
def test_answer_no_kept_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize(("text", "what"), _MATERIALS_AND_MORE)
def test_textbook_fee_and_more_sells(det, text: str, what: str | None, packs) -> None:
    assert_sells(det, text, what, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _MATERIALS_ONLY)
def test_textbook_fee_alone_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)
