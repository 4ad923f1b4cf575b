"""Session 68, helper styles13: the real-text styles holdout235 found failing at round 83's start.

Sentences written for this file (none is a row of holdout235 or of any real text). holdout235 holds
sellers and lawful lines in the styles the project's sets held least (comment replies, marketplace
titles, job posts, Q&A answers, moments posts, SMS). On the unchanged code four groups failed:

- a job post's reassurance 没有不要紧 / 没证不要紧 before the seller's 我们代办 was read as a
  negation of the errand (``context._NEG_NEAR`` took the 不要 of 不要紧);
- a comment reply that names the bare trades (电工焊工叉车) with 都能办 and 不用本人考试 had no
  special-operations anchor: 不用本人考试 was no waiver word of the lexicon;
- an honest course's 名师带学 (the teacher leads the study) read as 代学 sounded alike, the online
  course taken for the learner (EF-101 in training-ads);
- a platform's 禁发清单 (the list of goods it bans) named the forger's words (高仿, 一比一, 印章的制作)
  and raised FC-201 / FC-203 in the certificates pack: 禁发 was no warning head of a list.

Each reading is tested with its sellers (must fire where their pack runs) and with the lawful
twins a regulator, a school or a newspaper would write with the same words (silent in every pack).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    EVERY_PACK,
    WITH_CERTS,
    WITH_SPECIAL,
    WITH_TRAINING,
    assert_sells,
    assert_silent,
)

#: The reassurance before the errand (没有不要紧, 我们代办) is no refusal of it.
_REASSURED_SELLERS = [
    "招钢筋工 登高证没有不要紧 我们代办 不用本人去考 上岗就发 电话 13957188801",
    "焊工证没证不要紧，我们帮你代办，不用考试，十天到手，加v hg_6621",
    "电工证没有也不要紧 我们给你办 不用去考场 微信 dg_7730",
]
_REASSURED_LAWFUL = [
    "电工证没有不要紧，公司安排你参加培训，考试合格后持证上岗，电话 13957188802",
    "登高证没有不要紧，我们不代办，可以推荐你去正规培训机构报名考试",
    "考试不要紧张，焊工证必须本人参加考试，我们只负责培训，报名电话 0571-86238803",
]

#: The bare trades with 能办 and the holder's exam waived (不用本人考试).
_HOLDER_SPARED_SELLERS = [
    "评论区统一回复：电工焊工叉车全都能办，不用本人考试，要的点我头像",
    "电工 焊工 登高都能办 无需本人考试 半个月到手 私我",
    "焊工叉车都能办，不需要本人考试，官网可查，v：tz_3398",
]
_HOLDER_SPARED_LAWFUL = [
    "电工焊工叉车都能报名，考试必须本人参加，报名电话 0571-86238804",
    "有人在评论区说电工焊工都能办、不用本人考试，这是骗局，大家别信",
    "警方通报：嫌疑人以“电工焊工都能办，不用本人考试”为名骗取钱财，已被刑事拘留",
    # the blanket reply read as the writer's own voice only when it opens the sentence: a report
    # that names who replied keeps its frame
    "该博主在评论区统一回复：电工焊工叉车全都能办，不用本人考试，要的点我头像",
    "记者发现，该账号在评论区统一回复“电工焊工都能办，不用本人考试”，随后收取费用",
    "评论区统一回复：电工证必须本人考试，没有不考就拿证的，报名的点我头像",
]

#: The poster's blanket reply to its own comment section sells other papers too.
_BLANKET_REPLY_CERT_SELLERS = [
    "评论区统一回复：健康证不用体检 当天出 扫码可查 点我头像",
]

#: The teacher who leads the study (名师带学) is no proxy taking the course (代学).
_LED_STUDY_LAWFUL = [
    "一建冲刺班 名师带学 章节练习 报名咨询 13957188805",
    "教资笔试直播课，老师带学，每周打卡，报名咨询 0571-86238806",
    "考研政治 带学督学 每天一节 不承诺上岸 加v ky_daixue",
]
_LED_STUDY_SELLERS = [
    "一建网课代学代考 名师带学 包过 加v yj_4471",
    "继续教育学时代刷 名师带学 三天刷完 私我",
]

#: A platform's list of banned goods names the forger's words without offering them.
_BANNED_LIST_LAWFUL = [
    "商品禁发清单：各类证件、证书、文凭、印章的制作和代办服务，包括“高仿”“一比一”等描述。",
    "禁发类目：毕业证制作、公章刻制、高仿证件，违者下架并扣分",
    "本社区禁发清单：代写代考、证件一比一制作、刻章，发现即封号",
]
_BANNED_LIST_SELLERS = [
    "毕业证 学位证 一比一 高仿 钢印齐全 平台不让发 私聊 v bz_5521",
    "刻章 公章 合同章 一比一 不要执照 当天取 加v kz_6632",
    # the list's name in a seller's sentence, no list after a colon
    "禁发清单上的毕业证我们都能做，一比一高仿，私聊 v bz_5522",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _REASSURED_SELLERS)
def test_reassurance_before_the_errand_is_no_refusal(det, text: str, packs) -> None:
    assert_sells(det, text, "certificate_sale", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _REASSURED_LAWFUL)
def test_reassurance_twins_stay_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _HOLDER_SPARED_SELLERS)
def test_bare_trades_with_the_holders_exam_waived_sell(det, text: str, packs) -> None:
    assert_sells(det, text, "certificate_sale", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _HOLDER_SPARED_LAWFUL)
def test_holder_spared_twins_stay_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _BLANKET_REPLY_CERT_SELLERS)
def test_blanket_reply_sells_other_papers(det, text: str, packs) -> None:
    assert_sells(det, text, "certificate_sale", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LED_STUDY_LAWFUL)
def test_teacher_led_study_stays_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _LED_STUDY_SELLERS)
def test_proxy_course_beside_led_study_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, "exam_fraud", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _BANNED_LIST_LAWFUL)
def test_platform_banned_list_stays_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _BANNED_LIST_SELLERS)
def test_forgers_beside_the_banned_list_still_sell(det, text: str, packs) -> None:
    assert_sells(det, text, "fake_certificate", packs)
