"""Session 61, review63: a second reading of review58 (``stance._VERDICT_CONFIRMED``, ``_NOT_OWN_YES``,
``_OWN_REAL_SKIP``, ``context._SELF_LEAD_IN`` after ``_WARNING_CLOSED``, FC-005's unless words).
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- Lawful text still firing: a debunk that asks whether the skip is true and answers 当然是假的 before a
  comment-box call (``_VERDICT_CONFIRMED`` wanted a verdict asked, not a truth asked), and a plain
  denial (当然不能 / 肯定不行) before 想报名的评论区扣1 (the page's 评论区扣1 outweighed the question).
- Sellers still missed in close variants: the counter after 其实 or after a doubled stop (！！, ？！),
  a rival's skip called fake and the writer's real one said as 咱家才真能 / 我这里真能 / 我们这边才是真的,
  and 别信中介的免考证，来我们这里办，不用考试 (the trust warning names the trader with 的).
- Lawful near neighbours of each reading stay silent in every pack combination.
- Decided, pinned: 千万别找黄牛办免考焊工证！有需要的联系我们，电话 … fires as its comma form does (the
  warning is against the middleman, not the skip; no lawful route named), while a school that names the
  route or only invites questions stays silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids

_SILENT_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]
_SELL_PACKS = [None, DEFAULT, CERTS, ALL]

# --- (1) lawful text that fired ---------------------------------------------------------------------

_DEBUNK_THEN_CALL = [
    "电工证免考是真的吗？当然是假的！想考证的评论区扣1，发你官方报名入口",
    "焊工证不用考就能拿是真的吗？肯定是假的，想正规报考的评论区扣1",
    "网传电工证能免考？当然不能，想报名的评论区扣1",
    "电工证能免考吗？不能，想报名的评论区扣1",
    "叉车证真的能免考吗？肯定不行！想报名考试的评论区扣1，我们发官方流程",
    "登高证可以不考直接拿吗？绝对不可以，想参加培训的评论区扣1",
]


@pytest.mark.parametrize("text", _DEBUNK_THEN_CALL)
@pytest.mark.parametrize("packs", _SILENT_PACKS)
def test_debunk_then_comment_box_call_is_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids(det, text, packs) == set(), text


# --- (2) sellers still missed -----------------------------------------------------------------------

_COUNTER_AFTER_LEAD = [
    "切勿找中介办免考电工证！其实来我们这里就行，价格低一半，v信 dg_7788",
    "切勿找中介办免考电工证！其实找我们就行，v信 dg_7788",
    "千万别找黄牛办免考焊工证！！现在找我们，价格低一半，加v hg_2323",
    "千万别找黄牛办免考焊工证？！直接找我们，便宜一半，加v hg_2424",
    "切勿找中介办免考电工证。。其实来我们这里就行，三天拿证，薇 dg_8899",
]


@pytest.mark.parametrize("text", _COUNTER_AFTER_LEAD)
@pytest.mark.parametrize("packs", _SELL_PACKS)
def test_counter_after_other_lead_ins_or_doubled_stops_sells(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "certificate_sale" in categories(det, text, packs), text


_OWN_REAL_PLACES = [
    "小心被骗，别家免考叉车证都是假的，咱家才真能免考，电话 13812345678",
    "小心被骗，别家免考叉车证都是假的，咱家才真能免考，➕V：cc_5566",
    "小心被骗，别家的免考电工证都是假的，我这里真能免考，电话 13812345678",
    "小心被骗，别家免考焊工证都是假的，我们这边才是真的免考，微信 hg_3344",
]


@pytest.mark.parametrize("text", _OWN_REAL_PLACES)
@pytest.mark.parametrize("packs", _SELL_PACKS)
def test_own_real_skip_in_other_place_words_sells(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "certificate_sale" in categories(det, text, packs), text


_TRUST_WARNED_TRADER = [
    "别信中介的免考电工证，来我们这里办，不用考试，v dg_1212",
    "别信中介的免考电工证！来我们这里办，不用考试，v dg_1212",
    "千万别信黄牛的免考焊工证，找我们直接拿，加v hg_5151",
    "别信网上的免考电工证，来我们这里办，三天下证，v dg_6161",
]


@pytest.mark.parametrize("text", _TRUST_WARNED_TRADER)
@pytest.mark.parametrize("packs", _SELL_PACKS)
def test_trust_warning_on_a_trader_then_counter_sells(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "certificate_sale" in categories(det, text, packs), text


# Decided in this round: the warning is against the middleman (别找黄牛办), the writer then offers
# itself for the same need with a phone and names no lawful route; the comma form and the bare
# 联系我们 form have fired since session 57. Pinned so the three forms keep one reading.
_MIDDLEMAN_THEN_CONTACT = [
    "千万别找黄牛办免考焊工证！有需要的联系我们，电话0571-88776655",
    "千万别找黄牛办免考焊工证，有需要的联系我们，电话0571-88776655",
    "千万别找黄牛办免考焊工证！联系我们，电话0571-88776655",
]


@pytest.mark.parametrize("text", _MIDDLEMAN_THEN_CONTACT)
@pytest.mark.parametrize("packs", _SELL_PACKS)
def test_middleman_warned_then_own_contact_reads_alike(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "certificate_sale" in categories(det, text, packs), text


# --- (3) lawful neighbours stay silent --------------------------------------------------------------

_LAWFUL = [
    # a school after the warning: the route named, or only questions invited
    "千万别找黄牛办免考焊工证！有需要的联系我们报名，须参加理论和实操考试，电话0571-88776655",
    "千万别找黄牛办免考焊工证！需要培训的联系我们，电话0571-88776655",
    "谨防免考电工证诈骗！有需要的可联系我们咨询正规报考流程，电话0571-88776655",
    "警方提醒：切勿相信免考焊工证广告！有需要的请联系我们，举报电话0571-88776655",
    "切勿找中介办免考电工证！其实来我们学校报名考试就行，电话0571-88776655",
    "切勿找中介办免考电工证！其实来我们这里就行，须参加考试，电话0571-88776655",
    "切勿找中介办免考电工证！其实来我们这里就行，按规定参加培训考核",
    "千万别找黄牛办免考焊工证！！现在来我们学校报名，须参加考试，电话0571-88776655",
    "切勿找中介办免考电工证！！所以我们这里已经有人被骗了，大家小心",
    "切勿找中介办免考电工证！其实我们这里已经有人被骗了，损失三千",
    # debunks whose answer confirms the fake or names the route
    "焊工证免考是骗局吗？确实是骗局！想正规考证的，评论区留言，我们告诉你报名流程",
    "叉车证免考是谣言？对，纯属谣言。需要报考的私信我们，带你走正规流程",
    "网传焊工证能免考？肯定不能！想考证的评论区留言，我们发报名入口",
    "网传电工证能免考？当然不能，想报名的私信我们，带你走正规流程",
    # a victim, a report, a court, a Q&A with the writer's 真能免考 quoted or doubted
    "我以为我们真能免考电工证，结果被骗了三千，警方已立案",
    "很多人相信我家真能免考的说法，结果被骗，警方提醒",
    "网友问：你们这真能免考吗？客服答：不能，必须参加考试",
    "店家称“我家真能免考”，记者暗访发现全是假证，已被查处",
    "法院查明：被告人在朋友圈发布“本店才是真正的免考”等广告，非法获利二万元",
    "别信中介的免考电工证，都是假的，来我们这里报名参加正规培训考试",
    "别信中介的免考焊工证！我们这里已经有人被骗了，报警电话110",
    "别信网上的免考电工证，我们这里已经有人被骗了，报警电话110",
    # an employer's or a school's own exam and enrolment after the warning (就能考, 报名就行)
    "切勿找中介办免考电工证！其实我们这里就能考，每月一期，电话0571-88776655",
    "切勿找中介办免考电工证！现在我们这里就能考，每月一期，电话0571-88776655",
    "切勿找中介办免考电工证，我们这里就能考，每月一期，电话0571-88776655",
    "切勿找中介办免考电工证！！！大家直接来我们这里报名参加培训",
    # a regulator's and a teacher's plain no before the call
    "市应急管理局答复：特种作业操作证能否免考？不能，须经考核合格。举报电话0571-12345",
    "高压电工证能免考吗？不能。想报名的同学评论区扣1，老师带你备考",
    "叉车证能不考就拿吗？肯定不行，正规流程见评论区置顶，想报名的扣1",
    "焊工证免考靠谱吗？肯定是骗人的！想考证的评论区扣1",
]


@pytest.mark.parametrize("text", _LAWFUL)
@pytest.mark.parametrize("packs", _SILENT_PACKS)
def test_lawful_neighbours_stay_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids(det, text, packs) == set(), text


# An employer's 找我们单位安全科报名就行 after the warning: the rule packs are silent (the training pack
# alone gets ML-EF from the learned model, as before this round; the model is not retrained here).
_EMPLOYER_ENROLS = [
    "千万别信黄牛的免考焊工证，找我们单位安全科报名就行",
    "千万别找黄牛办免考焊工证，找我们单位安全科报名就行",
]


@pytest.mark.parametrize("text", _EMPLOYER_ENROLS)
@pytest.mark.parametrize("packs", _SELL_PACKS)
def test_employer_enrolment_after_the_warning_is_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids(det, text, packs) == set(), text


# --- (4) sellers' reversals in the same shapes still fire -------------------------------------------

_SELLER_REVERSALS = [
    "网传电工证能免考？当然能，想办的评论区扣1",
    "电工证免考是真的吗？当然是真的！想办的评论区扣1",
    "电工证能免考吗？不能？找我们就能，加v dg_3131",
    # the no or the fake verdict as the rivals' foil, the writer's own claim after it
    "电工证能免考吗？当然不能，免考都是骗人的，我们这里包过，三天拿证，加v dg_7171",
    "电工证免考是真的吗？当然是假的，别家的都是假的，我们这能办，加v dg_7373",
    "电工证免考是谣言？当然是谣言，别家的都是假的，我们这能办，加v dg_7373",
    "电工证免考是真的吗？当然是假的，我家才是真的免考，加v dg_7272",
    "切勿找中介办免考电工证！！！其实我们这里就能办，v信 dg_7788",
    "电工证免考是真的吗？当然是假的，想办的评论区扣1私发",
    # a no that still asks who wants the thing, handed over in private: left to the page's reading
    "电工证能免考吗？不能，想办的评论区扣1",
    "电工证能免考吗？不行，想要的评论区扣1私发",
]


@pytest.mark.parametrize("text", _SELLER_REVERSALS)
@pytest.mark.parametrize("packs", _SELL_PACKS)
def test_seller_reversal_still_sells(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "certificate_sale" in categories(det, text, packs), text


# --- (5) FC-005's unless words: the writer's own 才是真 only ------------------------------------------

_FAKE_CARD_BOASTS = [
    "电工证假的才是真划算，包用，加v fk_1111",
    "焊工证 假的 才是真便宜 查不到 加v fk_2222",
]


@pytest.mark.parametrize("text", _FAKE_CARD_BOASTS)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_fake_card_boast_with_cai_shi_zhen_fires_fc005(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "FC-005" in rule_ids(det, text, packs), text


@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_writer_real_skip_against_fake_rivals_is_no_fc005(det, packs) -> None:  # type: ignore[no-untyped-def]
    text = "小心被骗，别家免考登高证都是假的，我们才是真免考，联系 13712345678"
    assert "fake_certificate" not in categories(det, text, packs), text
    assert "certificate_sale" in categories(det, text, packs), text
