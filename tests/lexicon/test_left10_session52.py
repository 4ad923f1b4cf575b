"""Session 52, left10: rounds 47-49's leftovers (holdout162 measures them). Sentences written for
this file (not the holdout162 lines).

- A labelled seller's turn that opens on a bare sum and pitches right after it (买家：登高证什么价 /
  卖家：九百 不用考 直接拿证) is the shop's own voice (``stance._CHAT_PRICE_OPEN``), as a turn
  ending on the sum already was; a buyer quoting the seller, a reporter's transcript and a
  school's price with the lawful route stay silent.
- GP-104: the free review a school gives before the one retake the rules allow (考不过可以补考一次，
  我们免费再带你复习) is a fee term for that sitting, not a promise of the result; retraining
  without end beside it (补考还不过免费重学到拿证为止) still fires.
- GP-001: 报过, a homophone of 包过 the variants generate, as the learner's own signing up (我报过
  两次, 报过名了) is no promise; the homophones sellers write (抱过, 苞过, 报过 beside a call) still
  fire.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, TRAINING, categories, rule_ids

# --- 1. the seller's turn that opens on its price ---


@pytest.mark.parametrize(
    "text",
    [
        "买家：高处作业证啥价\n卖家：八百五 不用考 直接拿证",
        "顾客：叉车证多少钱\n客服：一千三 人不用来 十天下证",
        "买家：焊工证什么价格\n卖家：1200 免考 直接出证",
        "客户：低压电工证怎么收费\n店家：两千 不培训 不考试 直接拿证",
    ],
)
def test_a_sellers_turn_that_opens_on_its_price_fires(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, DEFAULT)
    assert "certificate_sale" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # the buyer quoting what the seller said
        "买家：那个卖家说八百五不用考直接拿证，可信吗？",
        "顾客：客服说叉车证一千三不用考就能拿，这是真的吗？",
        # a reporter's transcript
        "记者：高处作业证啥价\n卖家：八百五 不用考 直接拿证\n记者随后向警方报案",
        # a seller's line alone under no dialogue: a report's quotation
        "卖家：八百五 不用考 直接拿证",
    ],
)
def test_the_same_pitch_quoted_or_reported_stays_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "买家：电工证培训多少钱\n卖家：一千六 含教材 培训满课时后参加统一考试",
        "顾客：登高证培训什么价\n店主：九百 考试要本人去考点参加",
    ],
)
def test_a_schools_price_with_the_lawful_route_stays_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)


# --- 2. GP-104: the free review before the one retake the rules allow ---


@pytest.mark.parametrize(
    "text",
    [
        "焊工理论没过的同学可以补考一次，补考前我们免费加两节复习课",
        "考核不合格的，按规定能补考一次，补考辅导我们不收钱",
        "学员：考不过怎么办\n老师：可以补考一次，我们免费再带你练实操",
    ],
)
def test_free_review_before_the_one_retake_is_no_guarantee(det, text: str) -> None:
    assert "GP-104" not in rule_ids(det, text, ALL)
    assert not categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "叉车班 考不过补考一次 补考再不过免费重学直到拿证 报名电话 139 2046 5252",
        "电工证培训 没考过的可以补考一次 还不过就免费重读到考过为止 加v dg_5252",
    ],
)
def test_retraining_until_passed_beside_the_retake_still_fires(det, text: str) -> None:
    assert "GP-104" in rule_ids(det, text, TRAINING)
    assert "guarantee_promise" in categories(det, text, ALL)


# --- 3. the homophones of 包过 and the learner's 报过 ---


@pytest.mark.parametrize(
    "text",
    [
        "高压电工证考试我报过两次，实操都没过",
        "登高证培训我们厂里好几个人都报过名",
        "焊工证的班我也报过，老师讲得挺细",
    ],
)
def test_a_learners_baoguo_is_no_promise(det, text: str) -> None:
    assert "GP-001" not in rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "焊工证考试抱过 零基础 私聊",
        "登高证苞过 名额不多 加v dg_8899",
        "制冷证报过 不过退钱 加v zl_3030",
    ],
)
def test_the_sellers_homophones_of_baoguo_still_fire(det, text: str) -> None:
    assert "GP-001" in rule_ids(det, text, DEFAULT)


# --- 4. a verdict on the rivals' claims, then the writer's own pitch in the same sentence ---


@pytest.mark.parametrize(
    "text",
    [
        "网上那些免考的说法都是骗局，高压电工证系统可查 不用考 加v gy_5151",
        "外面那些代办的全是骗子，叉车证免考 十天出证 微信 cc_5152",
        "市面上那些包过的宣传都是假的，焊工证 不用到场 全国可查 私聊",
    ],
)
def test_a_pitch_after_a_verdict_on_the_rivals_fires(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        # the lawful route after the verdict, an office's hotline, a warning not to add them
        "网上那些免考的说法都是骗局，高压电工证必须考试，报名咨询 139 5151 5151",
        "外面那些代办的全是骗子，叉车证要本人参加考试，有疑问请拨打12350",
        "网上那些免考的说法都是骗局，焊工证 不用考的都是假证，千万别加他们微信",
        "网上那些说不用考的都是假的，同事加了对方微信 付了定金就被拉黑",
    ],
)
def test_a_warning_on_the_rivals_claims_stays_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)
