"""Session 47, helper "review": a second reading of round 37's code (notices, negation, salewords,
lead2). Each test pins one defect found in that code; the sentences were written for this test.
"""

from __future__ import annotations

import pytest

from lexicon.context import _promises_to_call
from lexicon.silence import _NEGATE_AFTER
from tests.lexicon.scanning import ALL, CERTS, rule_ids

# --- notices: an office's renewal or replacement notice is no seller's promise ------------------


@pytest.mark.parametrize(
    "text",
    [
        "关于电工证复审的通知：复审无需考试，持原证到窗口办理。咨询电话 0371-6521 4400",
        "【重要通知】电工证复审不用考试，持原证到市政务服务中心窗口办理，咨询电话 0371-6521 4400",
        "关于焊工证补发的通知：证书遗失的，无需考试，携带身份证到窗口申请补发。咨询电话 0371-6521 4400",
        # the paper straight after the pass, the visit spared by the online service
        "关于特种作业操作证电子证照的通知：持证人本人无需到场，可登录官方平台下载电子证书。咨询电话 0371-6521 4400",
        "【重要通知】焊工证复审网上办理，本人无需到场，复审合格后直接下证。咨询电话 0371-6521 4400",
        "关于电工证复审的通知：复审考试合格的直接发证，不合格的可补考一次。咨询电话 0371-6521 4400",
    ],
)
def test_an_office_notice_on_renewal_without_an_exam_is_silent(det, text: str) -> None:
    # 无需考试 there is the procedure (the holder comes to the window with the old card), and the
    # office's own landline under it: not the seller's promise plus a number to call
    assert rule_ids(det, text, ALL) == set()


def test_a_fake_notice_promising_no_exam_still_fires(det) -> None:
    text = "【紧急通知】本月焊工证最后一批名额，不用参加考试，直接发证。办理热线 400-615-2039"
    assert "CS-001" in rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "under",
    [
        # no refund: the opposite of the promise
        "考试未通过者不退培训费，可报名补考一次，考试合格后发证。报名电话 0371-6521 4400",
        # papers sent back, not money
        "报名资料审核不通过的，退回重新提交；考试合格后发证。咨询电话 0371-6521 4400",
    ],
)
def test_a_notice_that_refunds_nothing_promises_nothing(under: str) -> None:
    assert not _promises_to_call(under)


@pytest.mark.parametrize(
    "under",
    [
        "本期学员由本中心保证一次通过，不通过全额退费。报名电话 0371-6521 4408",
        "本期考不过退钱，名额有限。报名电话 0371-6521 4408",
        "考试不通过的退还全部学费。报名电话 0371-6521 4408",
    ],
)
def test_a_notice_that_refunds_the_fee_on_failure_promises(under: str) -> None:
    assert _promises_to_call(under)


# --- negation: 都/也 + a negation after the exception word, not any word after it ----------------


@pytest.mark.parametrize(
    "after",
    [
        "都没参加",
        "也没参加过",
        "都不用去",
        "也没上",
        "都没考",
        "都不用。",
        "都不用",
        "都没有，",
        "都不用听",
    ],
)
def test_not_even_sitting_it_negates(after: str) -> None:
    assert _NEGATE_AFTER.match(after)


@pytest.mark.parametrize(
    "after",
    # a failure (没考过, 没考及格) and a mood (不用紧张, 没问题) are not the exam skipped: the
    # optional verb once let the look-ahead against 过 / 及 be passed by matching no verb at all
    # (参加过, 去过 stay the offer: 一次考试都没参加过)
    ["都没考过", "也没考及格", "也没通过", "也不用紧张", "都没问题", "也没那么难"],
)
def test_a_failure_or_a_mood_after_the_exam_does_not_negate(after: str) -> None:
    assert _NEGATE_AFTER.match(after) is None


# --- salewords: CS-221's exceptions are a course or an exam named, not any word holding 班 or 退 --


@pytest.mark.parametrize(
    "text",
    [
        "挖机本 包拿本 不过要等二十天 私聊",  # 不过 = "but", not 不过退费
        "育婴师证 承诺包拿证 私聊",  # the seller's own 承诺
        "健康管理师证 包拿证 不耽误上班 私我",  # 上班, not a class
        "叉车证 包拿本 退伍的也能办 加v cc_7788",  # 退伍, not a refund
    ],
)
def test_the_paper_promised_beside_everyday_words_is_a_sale(det, text: str) -> None:
    assert "CS-221" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "电工证培训班 包过包拿证 考不过退费",
        "育婴师取证班 包拿证 不过全额退学费",
        "本校不承诺包拿证，考试由评价机构组织",
        "任何机构承诺“包拿证”均属违法",
    ],
)
def test_a_schools_guarantee_or_a_refusal_is_no_cs221(det, text: str) -> None:
    assert "CS-221" not in rule_ids(det, text, CERTS)


# --- negation: 不办 / 不卖 refuse the trade, the seller's A-not-A question (办不办) does not ---------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("焊工证 办不办免考的 当天出证 私聊 v hg_5521", "CS-001"),
        ("电工证卖不卖免考的？卖，私聊 v dg_5521", "CS-001"),
        ("登高证 办不办 包过 私我 v dg_1234", "GP-002"),
    ],
)
def test_the_sellers_a_not_a_question_is_no_refusal(det, text: str, rule: str) -> None:
    assert rule in rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "我们不办不考试的证，考试合格后由应急管理部门发证。",
        "本店不卖免考证，焊工证须经培训考试合格后发证。",
    ],
)
def test_a_refusal_of_the_trade_stays_silent(det, text: str) -> None:
    assert rule_ids(det, text, ALL) == set()


# --- salewords: CS-201's hospital exception is the check the holder takes, not any 本院 ----------


@pytest.mark.parametrize(
    "text",
    [
        "本院代办健康证 不用体检 当天出证 加微 jk_5521",
        "健康证 本院可办 不用来 一周下证 私聊 v jk_2231",
    ],
)
def test_a_fake_clinics_own_sale_is_cs201(det, text: str) -> None:
    assert "CS-201" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "本院承接食品从业人员体检，合格者当天出证",
        "从业人员健康证请到本院体检，体检合格后当天出证",
        "老人在医院体检后，健康证明当天出证",
    ],
)
def test_a_hospitals_own_check_before_the_paper_is_silent(det, text: str) -> None:
    assert "CS-201" not in rule_ids(det, text, CERTS)


# --- salewords: 不用去学校 is the schooling skipped, not a card collected from the school ----------


def test_a_student_card_handed_out_in_class_is_silent(det) -> None:
    assert rule_ids(det, "孩子的学生证不用去学校领，班主任统一发。", ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "中专毕业证 不用去学校 直接办 档案可查 要的联系",
        "毕业证不用去学校领 直接办 一周下证 加微 by_2231",
    ],
)
def test_a_diploma_sold_without_school_is_cs201(det, text: str) -> None:
    assert "CS-201" in rule_ids(det, text, CERTS)
