"""Session 76, review184: the second reading of review180 (round 90, ``28056505``: the guards it put on
``silence._SAID_TAKEN_BACK``'s take-back groups and on ``_POST_DENIED_WAIVED`` after lawful13's refusal
of the word, 包过这个词我们不用).

Sentences written for this file (none is a row of a held-out set, of the corpus or of any real text).
On main ``054ab1cc`` review180's own widening read a school's line as the seller's: ``_POST_DENIED_WAIVED``
took any bare 露面 / 露脸 / 签到 / 跑一趟 for the exam waived, so a school that keeps the exam in person and
says so (不露面的不能考, 全程露脸监控, 凭身份证签到入场, 需去考点跑一趟) before its 报名私聊 fired GP-001 /
GP-002 / GP-101; and its narrower groups let sellers go (交了钱就给你安排 silent in every run; 合同里写明
课时，考不过全额返还 silent in the default run). Just beside the guards, a school's lines still fired: the
chapter gone over 2 遍 in digits or 过了两遍, the contract 写着 / 写明学时, 学校不会保证你通过, 直接发证不可能,
考试不用去别的城市, 补考不过不收重修费 (GP-001 / GP-002 in the default run). The sellers one step away from each must fire in the default and
all-packs runs.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ALL,
    SCHOOL_RUNS,
    SELLER_RUNS,
    SPECIAL,
    assert_sells,
    assert_silent,
)

#: A school's own line after refusing the word: no rule fires (the model's ML- aside).
_LAWFUL = [
    "焊工证培训，包过这个词我们不用，考试须本人参加，不露面的不能考，报名私聊",
    "电工证培训，包过这个词我们不用，考试须本人参加，全程露脸监控，报名私聊",
    "焊工证培训，稳过这个词我们不说，考试须本人参加，凭身份证签到入场，报名私聊",
    "叉车证培训，包过这个词我们不用，考试须本人参加，需去考点跑一趟，报名私聊",
    "焊工证培训，包过这个词我们不用，每个章节老师都过2遍",
    "电工证培训，包过这个词我们不用，重点章节老师都过了两遍",
    "焊工证培训，包过这个词我们不用，合同里写着课时和费用",
    "叉车证培训，包过这个词我们不用，合同里写明学时和收费标准",
    "焊工证培训，包过这个词我们不用，学校不会保证你通过",
    "电工证培训，包过这个词我们不用，没人敢保证你考过",
    "焊工证培训，包过这个词我们不用，直接发证不可能",
    "焊工证培训，包过这个词我们不用，谁也不能保证你考过，我们能做的是把课讲透",
    "焊工证培训，包过这个词我们不用，周末班晚班我们都可以",
]

#: A school's retraining after a failed exam: silent in the default run. The training pack's GP-103 reads
#: 不过不收 on its own (by design, like 考不过免费重学's GP-104), so only the take-back is checked there.
_RETRAINING = "焊工证培训，包过这个词我们不用，补考不过不收重修费"

#: A school's line that fires a rule of its own (CS-001 on the exam's place, CS-201 on 直接发证): the
#: take-back must not add GP- to it.
_LAWFUL_NO_GP = [
    "电工证培训，包过这个词我们不用，考试不用去外地，本市设考点，须本人参加",
    "焊工证培训，包过这个词我们不用，考试不用去别的城市，本市就有考点",
    "焊工证培训，包过这个词我们不用，直接发证不合法",
    "叉车证培训，包过这个词我们不用，本人不用去领证，证书邮寄到单位",
]

#: The seller one step away from each lawful line, or hiding behind review180's guarded words: fires GP-.
_SOLD = [
    "焊工证包过这个词我们不用，交了钱就给你安排",
    "焊工证包过这个词我们不用，合同里写明课时，考不过全额返还",
    "焊工证包过这个词我们不用，合同里写明课时，没过全额返还",
    "焊工证包过这个词我们不用，考不过全免",
    "焊工证包过这个词我们不用，付款就包",
    "焊工证包过这个词我们不用，转账就包",
    "焊工证包过这个词我们不用，考试不用来了",
    "焊工证包过这个词我们不用，考试不用去了",
    "焊工证包过这个词我们不用，考试须本人参加，露一下脸，报名私聊",
    "焊工证包过这个词我们不用，考试须本人参加，只需露脸，报名私聊",
    "焊工证包过这个词我们不用，考试须本人到场签个到，报名私聊",
    "焊工证包过这个词我们不用，每个章节老师都过两遍，考前给答案",
    "焊工证包过这个词我们不用，来了都过了",
    "焊工证包过这个词我们不用，合同里写明包过",
    "焊工证包过这个词我们不用，合同里写着保障拿证",
    "焊工证包过这个词我们不用，考试不用去外地，有人替考",
    "焊工证包过这个词我们不用，交了钱就给开发票，不用考",
    "焊工证包过这个词我们不用，没人敢保证你考过，我们敢",
    "焊工证包过这个词我们不用，考不过不收费",
    "焊工证包过这个词我们不用，考试须本人参加，不露面的也能考，报名私聊",
    "焊工证包过这个词我们不用，考试须本人参加，签到就走，报名私聊",
    "焊工证包过这个词我们不用，考试须本人参加，跑一趟就拿证，报名私聊",
    "焊工证包过这个词我们不用，学校不会保证你通过，我们会",
    "焊工证包过这个词我们不用，谁也不能保证你考过，我们能",
    "焊工证包过这个词我们不用，直接发证不可能？我们可以",
    "叉车证包过这个词我们不用，本人不用去，证直接寄到家",
]


@pytest.mark.parametrize("packs", SCHOOL_RUNS)
@pytest.mark.parametrize("text", _LAWFUL)
def test_a_schools_own_line_after_the_refusal_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


def test_the_retraining_waived_on_a_fail_is_no_take_back(det) -> None:
    assert_silent(det, _RETRAINING, SPECIAL)
    assert_silent(det, _RETRAINING, ALL, of=["GP-001", "GP-002", "GP-101"])


@pytest.mark.parametrize("packs", SCHOOL_RUNS)
@pytest.mark.parametrize("text", _LAWFUL_NO_GP)
def test_the_exam_place_or_the_straight_paper_denied_is_no_take_back(det, text: str, packs) -> None:
    assert_silent(det, text, packs, of="GP-")


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize("text", _SOLD)
def test_the_seller_behind_the_guarded_words_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, "GP-", packs)
