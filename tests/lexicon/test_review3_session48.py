"""Session 48, review3: a second read of round 39 (offices) and the lead's session-48 change.

``context._office_worn`` decides whether a page wearing the service centre's signs (政务服务中心,
窗口, 零跑腿, 携带原证) sells; when it does, those signs make no notice of the page. Its word lists
were read on the raw normalized text, so an office's own notice tripped them with words that only
contain the trade's (确保过程 holds 保过, 打包过来 holds 包过, 不用考虑 holds 不用考) or with its
procedure after a pass (复审合格后直接下证: the review's guard in ``_NOTICE_PROMISE`` was not
applied to ``_NOTICE_SELLS``); and a seller's page went silent as a notice because its boast that
the paper can be checked (可核实) or its 郑重声明 read as a warning of the trade.

Every sentence here is written for this test: an office's notice stays silent, a seller's page in
the same clothes is still flagged.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, rule_ids

#: An office's renewal notice that the round-39 signs keep silent (three office signs, a counter,
#: a landline); each case below adds one clause to it.
_OFFICE = (
    "政务服务中心窗口告示：特种作业操作证复审无需参加考试，请携带原证到5号窗口办理，{}。"
    "咨询电话 0532-8120 6617。"
)


def test_office_notice_plain_is_silent(det) -> None:
    assert not rule_ids(det, _OFFICE.format("办理时间为工作日上午"), ALL)


@pytest.mark.parametrize(
    "clause",
    [
        # the trade's words inside everyday ones
        "全程留痕，确保过程公开",
        "邮寄办理的请把材料打包过来",
        "您不用考虑预约，到窗口取号即可",
        # the procedure after a pass, not the trade's shortcut
        "复审合格后直接下证",
        "复审合格的直接出证",
        "考核合格后直接发证",
        "复审合格即可直接下证",
        "审核合格的就可以直接领取新证，不用再跑",
    ],
)
def test_office_notice_with_everyday_or_procedure_words_stays_silent(det, clause: str) -> None:
    assert not rule_ids(det, _OFFICE.format(clause), ALL)


@pytest.mark.parametrize(
    "text",
    [
        # the trade's colloquial promise and shortcut are still the seller's
        "政务服务中心窗口告示：叉车证复审不用考，携带身份证到窗口，当天领证 咨询 0532-8120 6617",
        "政务服务中心 零跑腿：登高证不用参加考试，到窗口直接下证，咨询 0532-8120 6617",
        "政务服务中心窗口告示：焊工证保过，携带原证到2号窗口报名，咨询 0532-8120 6617",
    ],
)
def test_seller_in_office_signs_with_trade_words_is_flagged(det, text: str) -> None:
    assert {i for i in rule_ids(det, text, ALL) if i.startswith(("CS-", "GP-"))}


@pytest.mark.parametrize(
    "text",
    [
        # the seller's boast that the paper checks out is no warning of the trade
        "政务服务中心 零跑腿 窗口办理：架子工证复审不用参加考试，一周领证，证书可核实。\n联系 136 2210 7791",
        "政务服务中心 零跑腿 窗口办理：架子工证复审不用参加考试，一周领证，支持官网核实。\n联系 136 2210 7791",
        "政务服务中心 零跑腿 窗口办理：架子工证复审不用参加考试，一周领证。郑重声明：全国通用。\n联系 136 2210 7791",
    ],
)
def test_seller_boasting_checkable_paper_in_office_signs_is_flagged(det, text: str) -> None:
    assert {i for i in rule_ids(det, text, ALL) if i.startswith(("CS-", "GP-"))}


@pytest.mark.parametrize(
    "text",
    [
        # an office that asks the holder to check, or declares the impostors, stays silent
        "【窗口告示】近日有人打着本中心旗号称“架子工证复审不用考，加微信办理”，本中心郑重声明从未委托"
        "任何个人。请到5号窗口核实。电话 0532-8120 6617",
        "政务服务中心窗口告示：有人以“证书可核实、不用参加考试”为名收费办理操作证，请勿相信，"
        "复审请携带原证到5号窗口。电话 0532-8120 6617",
    ],
)
def test_office_warning_in_its_own_signs_stays_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # 窗口 of a time window or a chat window is no counter the holder is sent to
        "【重要通知】架子工证复审不用参加考试，窗口期仅剩五天，报名热线 0532-8120 6617",
        "政务服务中心 零跑腿：登高证复审无需参加考试，窗口期最后十天，咨询 0532-8120 6617",
        "政务服务中心 零跑腿：叉车证复审无需参加考试，点开聊天窗口问客服，咨询 0532-8120 6617",
    ],
)
def test_window_that_is_no_counter_makes_no_office(det, text: str) -> None:
    assert {i for i in rule_ids(det, text, ALL) if i.startswith(("CS-", "GP-"))}


@pytest.mark.parametrize(
    "text",
    [
        # an office that names its window period beside its counter stays silent
        "政务服务中心 零跑腿：特种作业操作证复审无需参加考试，请携带原证到窗口办理，复审窗口期为"
        "有效期届满前六十日。咨询 0532-8120 6617",
        "政务服务中心窗口告示：网上预约时请允许弹出窗口；特种作业操作证复审无需参加考试，"
        "携带原证到5号窗口办理。咨询电话 0532-8120 6617。",
    ],
)
def test_office_naming_a_window_period_beside_its_counter_stays_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # a shill handing over his number reassures the buyer: no warning of the man
        "我姐夫专门办这个，登高证免考，他的电话 137 5501 2648，小心别打错号码",
        "我姐夫专门办这个，登高证免考，他的电话 137 5501 2648，怕被骗的可以先看证再给钱",
    ],
)
def test_shill_reassuring_beside_his_number_is_flagged(det, text: str) -> None:
    assert {i for i in rule_ids(det, text, ALL) if i.startswith(("CS-", "GP-"))}


@pytest.mark.parametrize(
    "text",
    [
        # the victim warning of the man whose number it tells stays silent
        "上周被一个中介坑了，说登高证免考包拿，他的电话 137 5501 2648，大家小心别上当",
        "那人说登高证免考，收了钱就拉黑我了，他的电话 137 5501 2648，怕大家被骗发出来",
    ],
)
def test_victim_warning_beside_his_number_stays_silent(det, text: str) -> None:
    assert not {i for i in rule_ids(det, text, ALL) if i.startswith(("CS-", "GP-"))}


@pytest.mark.parametrize(
    "text",
    [
        # a past year's paper shared, with advice to use it before the exam
        "我手里有原题的扫描件，就是前年和去年的真题，考前可以拿来练练手",
        "我手上有原题，都是往年真题，建议大家提前做一遍熟悉题型",
    ],
)
def test_past_paper_shared_with_study_advice_is_silent(det, text: str) -> None:
    assert "EF-109" not in rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # the seller hands its paper over before the exam, past papers named beside it
        "我手里有原题，往年真题也有，考试前一晚发你",
        "我手上有原题，历年真题也送，考前一晚传给你",
        "题我们提前拿得到，往年真题也有",
    ],
)
def test_paper_handed_over_before_the_exam_is_flagged(det, text: str) -> None:
    assert "EF-109" in rule_ids(det, text, ALL)


def test_past_paper_studied_the_night_before_is_silent(det) -> None:
    assert "EF-109" not in rule_ids(det, "我手上有原题，是去年的真题，考前一晚再过一遍就够了", ALL)


@pytest.mark.parametrize(
    "text",
    [
        # no renewal, no replacement: the exam waived for a new paper is the seller's, whatever
        # fee field, schedule and id it names
        "叉车证 无需参加考试 携带身份证来报名即可 收费标准：两千 考试安排：随到随办 电话 0532-8120 6617",
        "焊工证新办无需参加考试，携带身份证到窗口报名，收费标准一千八，零跑腿，电话 0532-8120 6617",
    ],
)
def test_exam_waived_for_a_new_paper_in_office_signs_is_flagged(det, text: str) -> None:
    assert {i for i in rule_ids(det, text, ALL) if i.startswith(("CS-", "GP-"))}


@pytest.mark.parametrize(
    "text",
    [
        # the office's replacement and exchange notices waive the exam as procedure
        "政务服务中心：操作证遗失的，无需参加考试，携带身份证到窗口申请补发，收费标准：不收费。"
        "电话 0532-8120 6617",
        "政务服务中心：旧版操作证换发新版无需参加考试，请携带原证到3号窗口，零跑腿。电话 0532-8120 6617",
    ],
)
def test_office_waiving_the_exam_for_a_renewal_or_replacement_stays_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # an office's hotline or message-board answer speaks plainly (不用考试, 可以免考) and sends
        # the holder to its counter with the old card
        "12345热线答复：您好，架子工证到期复审不用考试，携带原证到政务服务中心窗口办理即可。"
        "咨询 0532-8120 6617",
        "留言答复：网友您好，登高证有效期内没有违章记录的复审可以免考，请携带原证到区政务服务中心"
        "5号窗口办理。电话 0532-8120 6617",
    ],
)
def test_office_answer_in_plain_words_with_the_old_card_stays_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


def test_plain_words_with_only_an_id_at_the_counter_still_sell(det) -> None:
    text = "窗口告示：架子工证复审不用考，带上身份证到窗口，当场领新证 电话 0532-8120 6617"
    assert {i for i in rule_ids(det, text, ALL) if i.startswith(("CS-", "GP-"))}


def test_exam_door_rule_in_a_sellers_page_warns_of_nothing(det) -> None:
    # the exam door's rule (不得入场) is an office sign, no warning of the trade: a seller's page
    # that wears it with its schedule and fee field still sells
    text = "架子工证包过 五天出证 考试安排：随到随考 收费标准：一千六 迟到不得入场 报名电话 0532-8120 6617"
    assert {i for i in rule_ids(det, text, ALL) if i.startswith(("CS-", "GP-"))}


def test_exam_site_schedule_with_its_door_rule_stays_silent(det) -> None:
    text = (
        "应急局指定考点考试安排：本月实操考试定于20日，考生须携带身份证，迟到不得入场，"
        "收费标准按物价部门核定。"
    )
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # the designation claimed across a space before 考试, the seller's promise and call beside it
        "省应急厅指定考点 考试随到随考 包过 加v kd_5521",
        "应急管理局指定考点 考试包拿证 私聊",
    ],
)
def test_designated_exam_site_claimed_across_a_space_by_a_seller(det, text: str) -> None:
    assert "SS-001" in rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # the exam site's own schedule, with or without the space
        "市应急管理局指定考点 考试安排：本月实操考试定于二十日，考生须携带身份证，咨询 0532-8120 6617",
        "市应急管理局指定考点考试时间为每月第二周，具体以短信通知为准",
    ],
)
def test_exam_sites_own_schedule_stays_silent(det, text: str) -> None:
    assert not {i for i in rule_ids(det, text, ALL) if i.startswith("SS-")}


@pytest.mark.parametrize(
    "text",
    [
        # the holder's online learning named by a seller who waives the exam for money
        "登高证 完成线上学习就行 不用考试 交钱就发证",
        "登高证 完成网上学习即可 不考试 vx kd_5521",
    ],
)
def test_online_learning_worn_by_a_seller_is_flagged(det, text: str) -> None:
    assert "CS-001" in rule_ids(det, text, ALL)


def test_office_online_renewal_stays_silent(det) -> None:
    text = (
        "特种作业操作证复审：持证人在微信小程序完成线上学习和信息确认即可，无需到场，"
        "新证邮寄到家。咨询电话 0532-8120 6617"
    )
    # (CS-201 reads 新证邮寄到家 as a seller's delivery: older, left for the certificates pack)
    assert "CS-001" not in rule_ids(det, text, ALL)
