"""Session 66, review108: a second reading of lawful2's everyday 包过 words and its 不签 negation.

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- lawful2 read 过户 / 过年 after 包过 as everyday words and 不签 before a promise as a refusal. A
  seller's 包过户口不限 (no household-registration limit), 包过年前拿证 / 包过年后拿证 (a deadline
  for the paper) and 签不签合同都包过 (the contract either way) are still sales.
- Sellers who wave off the rivals' words (别家说的听听就算了) or refuse a contract in other ways
  (不签合同也包过, 不签那种坑人的合同，直接包过) keep firing; the lawful twins (二手房包过户，户口随时
  迁出; 不签包过协议; 包过？这种话听听就算了) stay silent.
- A traditional-script seller who calls the rivals' unsigned pass 忽悠 and turns to its own signed
  pass (我們籤合同包過) is read as the simplified one is: 我們 is the writer's turn too.
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

#: Special-operations sellers whose 过 opens 户口 / 年前 / 年后, or whose 不签 is no refusal.
_SELLERS_SPECIAL = [
    "电工证包过户口不限，私聊",
    "焊工证包过户口不限，外地也行，加v hg_5510",
    "焊工证签不签合同都包过，私聊",
    "焊工证签不签协议都包过，加v hg_2210",
    "电工证不签协议也包过，私聊",
    "电工证不签合同照样包过，加v dg_1123",
    "我们不签那种坑人的合同，电工证直接包过，私聊",
    "电工证包过，年前拿证，加v dg_7788",
    "别家说的听听就算了，我们电工证包过，私聊",
    "外面的宣传别当真，我们电工证包过，加v dg_5521",
]

#: Sellers whose 包过 runs into a deadline (年前拿证 / 年后下证): the model's finding counts too.
_SELLERS_DEADLINE = [
    "电工证包过年前拿证，加v dg_7789",
    "焊工证包过年前下证，私聊",
    "电工证包过年后拿证，私聊",
]

#: Exam-training sellers with the same words: found with the training pack on.
_SELLERS_TRAINING = [
    "签不签合同都包过，不过退款，私聊",
    "不签合同也包过，考不过全退，私聊",
    "我们不签那种坑人的合同，我们包过，私聊",
    "别家说的听听就算了，我们包过，私聊",
    "百分百包过？听听就算了，我们签合同包过，不过退款，私聊",
    "不籤合同的包過都是空話，我們籤合同包過，私聊",
    "外面不籤合同的包過全是忽悠，我們籤合同包過，加v px_3320",
]

#: The lawful twins: silent in every pack.
_LAWFUL = [
    "二手房包过户，户口随时迁出，电话 13857121190",
    "我们不签包过协议，证要本人考，报名加微信",
    "本校不签协议包过，考试全凭自己，报名加微信 px_8812",
    "包过？这种话听听就算了，考试还得靠自己，报名加微信 px_1021",
    "年货礼盒包过年前送到，下单加微信 nh_2231",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SELLERS_SPECIAL)
def test_special_sellers_still_fire(det, text: str, packs) -> None:
    assert_sells(det, text, "GP-", packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SELLERS_DEADLINE)
def test_pass_before_a_deadline_is_no_holiday(det, text: str, packs) -> None:
    assert_sells(det, text, "guarantee_promise", packs)


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _SELLERS_TRAINING)
def test_training_sellers_still_fire(det, text: str, packs) -> None:
    assert_sells(det, text, "GP-", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL)
def test_lawful_twins_stay_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)
