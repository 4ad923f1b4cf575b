"""Session 49, left3: the leftovers of rounds 39-41, each tried in sentences written for this file
(not the holdout150 lines).

A seller's "no risk" standing between the card and the offer (叉车证 不存在风险 免考直接拿) read as a
denial of the offer; a learner who failed saying the card cannot come (我考试都没通过，怎么可能拿到证)
read by the model as a promise; a seller's renewal pitch (到期不用重新考，旧证换新证，几天出证，手机)
caught by the model only; an office or school setting itself apart from "that kind of card seller"
read as a sale; a seller's rhetorical "想要考前一晚拿到题目吗？" with no handover word. Their
neighbours (notices quoting the seller's words, offices' renewal guides, honest denials, reports
of leaked papers) must stay silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, TRAINING, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "焊工证 不存在风险 不用考试直接发 v：hg_5252",
        "登高证 没有任何风险 免考三天拿证 电话 136 1122 3344",
        "制冷证办理 不存在什么风险 免培训直接拿证 私聊",
    ],
)
def test_a_sellers_no_risk_inside_the_offer_does_not_deny_it(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        # the notice quotes the seller's reassurance among the tricks
        "市场监管局提醒：网上称电工证“不存在风险、免考直接拿”的都是骗局，请勿轻信",
        # the negation still denies the trade when it names it
        "本中心不存在免考办证的渠道，焊工证必须参加培训和考试",
    ],
)
def test_quoted_no_risk_and_real_denials_stay_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "我考试都没通过，怎么可能拿到证，下个月只能再考一次",
        "实操没考及格，哪来的证，老老实实再练吧",
        "我都没通过，证肯定拿不到，别问我要证号了",
    ],
)
def test_a_learner_who_failed_is_no_promise(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


def test_a_seller_who_says_failing_does_not_matter_still_sells(det) -> None:
    text = "理论没考过也没关系，电工证照样拿，免考，加v dg_9191"
    assert "certificate_sale" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "高处作业证过期了 不用重新考 拿旧证来 两天换新证 手机 137 5566 1122",
        "焊工证到期的师傅 不需要重新考试 把旧证快递过来 一星期拿新证 v：hz_4646",
        # the office's counter worn beside a mobile
        "叉车证过期不用重考 旧证拿到服务大厅 当天出新证 电话 158 3344 7766",
    ],
)
def test_the_sellers_renewal_pitch_is_a_sale(det, text: str) -> None:
    ids = rule_ids(det, text, DEFAULT)
    assert "CS-225" in ids


@pytest.mark.parametrize(
    "text",
    [
        "焊工证到期不用重新考试，请携带旧证到政务服务窗口换新证，咨询电话 0371-6555 1234",
        "电工证过期换证：参加安全培训，复审合格后由原发证机关换新证",
        "焊工证到期了不用重考吗？旧证能直接换新证吗？有懂的吗",
        "所谓“登高证过期不用重新考，三天换新证”都是骗局，请到发证机关复审",
    ],
)
def test_renewal_guides_questions_and_warnings_stay_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "我们学校不是网上说的那种卖证的，焊工证必须上课考试，考试合格由应急管理部门发证",
        "本站可不是那些代办的，登高证一律培训考试取得",
    ],
)
def test_an_office_setting_itself_apart_from_card_sellers_stays_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "我们不是那种拿钱不办事的，叉车证不用考试，五天出证，加v cc_3030",
        "本店可不是那些卖假证的，正规渠道，电工证免考，官网能查，私我",
    ],
)
def test_a_seller_setting_itself_apart_then_selling_still_sells(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "考前一晚把考试原题发给你，想要的私我 v：yt_8080",
        "考前一晚就能拿到答案，想要的加微信 da_7171",
    ],
)
def test_a_sellers_night_before_paper_is_exam_fraud(det, text: str) -> None:
    assert "exam_fraud" in categories(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "我同桌说他考前一晚收到了题目，结果考的完全不一样",
        "考试中心提醒：声称考前一晚能拿到原题的都是诈骗，试题严格保密",
        "考前一晚把错题本拿出来再看一遍，第二天心里有底",
    ],
)
def test_reports_and_revision_of_the_night_before_stay_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)
