"""Session 66, lawful2: everyday 包过 words and honest disclaimers (holdout229's class).

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- 包过 that runs into an everyday word: a dealer's 包过户 (二手车 / 房 / 摩托), a holiday's 包过夜 /
  包过冬, a school's 包过程辅导 / 包过程跟踪 with no longer promise term (GP-127 / GP-103 fired on
  我们包过户 and 签合同包过户; the model alone on 包过程, since jieba drops the match there and no
  silenced candidate held it back).
- A school's honest disclaimer: it refuses the signed pass (不签合同包过), dismisses "百分百包过" as
  talk, or calls the 包过 sellers cheats and then offers only its own process tracking (包过程辅导).
- An answer spaced character by character whose lone 证 is the ID card (身 份 证).
- Sellers of the same surface keep firing: a dealer who adds a certificate pass, a signed pass with a
  refund, a bare 百分百包过 with a private contact, a seller who mocks the rivals' 包过 to sell its own.
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

#: 包过 inside an everyday word: silent in every pack, the model too.
_EVERYDAY = [
    "我们包过户，车是一手的，手续齐全，看车私聊",
    "签合同包过户，本店所有二手车手续清楚，电话 13857121190",
    "二手房急售，我们包过户，税费各付各的，加微信 fang_2210",
    "我们包过夜，房间干净，含早晚餐，订房加微信",
    "我们包过冬的取暖煤，送货上门，电话 13957122205",
    "我们培训学校包过程辅导，报名加微信",
    "叉车培训包过程跟踪，报名加微信 cc_px330",
    "电工培训包过程管理，报名电话 0571-86013340",
]

#: Honest schools' disclaimers: silent in every pack (the rules; the model is left to itself).
_DISCLAIMERS = [
    "我们从不签合同包过，考试靠学员自己，课程咨询加微信",
    "本校不签包过合同，证要你本人考，报名咨询加微信 px_6621",
    "百分百包过？这种话听听就行，证还得本人去考",
    "签合同包过？听听就算了，考试还是得靠自己",
    "说包过的都是骗子，我们学校包过程辅导，报名加微信",
    "外面那些包过的全是骗人的，本校只包过程跟踪，报名电话 0571-86013341",
    "本校不签合同包过，考试要靠自己，报名加微信 px_6630",
    "包过？这种话听听就算了，考试还得靠自己",
    "网上说包过的全是骗子，我们学校包过程跟踪，报名加微信 px_1102",
]

#: Answers spaced character by character whose 证 is the ID card: silent in every pack.
_SPACED = [
    "问：焊 工 证 丢 了 要 重 考 吗？\n答：不 用 考，本 人 带 身 份 证 去 补 办，电 话 13857123318",
    "答：不 用 考，拿 身 份 证 到 原 发 证 机 关 补 办 就 行",
]

#: Sellers of the special-operations pass beside these shapes: found with the default pack on.
_SELLERS_SPECIAL = [
    "我们包过户，另外电工证也包过，不用到场，加v dg_7731",
    "过年前报名，焊工证包过，年后上岗，微信 hg_5512",
    "说包过的都是骗子？我们电工证真包过，签合同，加v dg_4410",
    "高压电工培训包过，过程全程跟踪，加v gy_2219",
]

#: Exam-training passes with no special paper in sight: found with the training pack on.
_SELLERS_TRAINING = [
    "包过，签合同，不过退款，加v px_3391",
    "百分百包过，私聊",
    "我们签合同包过，不过全退，加微信 px_1187",
    "百分百包过，考不过全退，私聊",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _EVERYDAY)
def test_everyday_pass_words_are_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs, model=True)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _DISCLAIMERS)
def test_honest_disclaimers_are_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _SPACED)
def test_spaced_id_card_answers_are_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SELLERS_SPECIAL)
def test_special_sellers_beside_them_still_fire(det, text: str, packs) -> None:
    assert_sells(det, text, "GP-", packs)


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _SELLERS_TRAINING)
def test_training_sellers_beside_them_still_fire(det, text: str, packs) -> None:
    assert_sells(det, text, "GP-", packs)
