"""Session 66 (lead): a pass "without a contract" sold with a private call is a seller again.

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

lawful2 read every 不签 right before a promise as a school's refusal to sign (我们不签合同包过，考试
靠自己), which silenced "电工证不签合同包过，私聊" (GP-001 / GP-002 at the session's start).
``context._unsigned_sold`` keeps the 不签 a negation unless a private call follows in the same
sentence and nothing around it names the learner's own exam, a course or enrolment.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.lexicon.scanning import EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

SELLERS = [
    "电工证不签合同包过，私聊",
    "焊工证不签合同包过，加v dg5521",
    "高处作业证不签协议包过，扣1私发",
    "叉车证不签合同也不用押金，包过，私我",
]

LAWFUL = [
    "我们不签合同包过，考试靠自己，课程咨询加微信",
    "本校不签包过协议，学员本人参加考试，报名请私信客服",
    "电工培训不签合同包过，课程咨询请加微信 px20466",
    "有人问能不能签包过协议，我们不签，考试本人参加",
    "焊工证不签合同包过，私聊的都是骗子，考试靠自己",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", SELLERS)
def test_a_pass_without_a_contract_sold_with_a_private_call(
    det: Any, text: str, packs: Any
) -> None:
    assert_sells(det, text, "GP-", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", LAWFUL)
def test_a_school_that_will_not_sign_stays_silent(det: Any, text: str, packs: Any) -> None:
    assert_silent(det, text, packs)
