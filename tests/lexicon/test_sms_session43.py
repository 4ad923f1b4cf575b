"""Session 43, helper "sms": offers sent as bulk SMS and telemarketing, and lawful texts of the
same shape (a training centre's review reminder, a bureau's exam date, a bank or courier text,
police anti-fraud texts, lawful course marketing with 回T退订).

Sentences written for this test, not taken from the held-out set (holdout104).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import categories, rule_ids


def _cues(det, text: str, word: str) -> tuple[str, ...]:
    at = text.index(word)
    return det._stance.judge(text, at, at + len(word), []).cues


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("【立安】司炉证 不用考 回复1办理", "不用考"),
        ("电焊证到期不用管 回2即办", "不用管"),
        ("登高证 免培训 需要的话回个1", "免培训"),
    ],
)
def test_a_reply_code_that_buys_the_service_is_an_offer_cue(det, text: str, word: str) -> None:
    assert "offer:回复代码" in _cues(det, text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the scam text quoted by a warning is the scammer's, not the writer's
        ("反诈提醒：短信称“司炉证不用考，回复1办理”的都是骗局", "不用考"),
        # a reply code with nothing to buy (回复2取消) is no call, nor a school's 回复Y咨询
        ("【某培训学校】司炉工复审班周六开课，回复2取消", "复审"),
        ("【某培训学校】司炉工培训 不用排队 回复Y咨询", "不用排队"),
    ],
)
def test_a_quoted_or_idle_reply_code_is_no_offer_cue(det, text: str, word: str) -> None:
    assert "offer:回复代码" not in _cues(det, text, word)


@pytest.mark.parametrize(
    "text",
    [
        "【证照服务】您的司炉证即将作废 速联系 139 1122 3344",
        "尊敬的持证人：您的叉车证将被注销，请速与张老师联系 vx cc-zs2026 办理",
    ],
)
def test_a_scare_text_about_the_holders_certificate_is_a_sale(det, text: str) -> None:
    assert "CS-013" in rule_ids(det, text)


@pytest.mark.parametrize(
    "text",
    [
        "【某市应急管理局】您的司炉证即将失效，请尽快联系发证机关办理复审，复审不收费",
        "警惕！有人群发“您的证书即将注销 速联系”的短信，这是诈骗，请勿回复",
        "收到短信说我的叉车证即将作废叫我速联系，这是真的吗？",
    ],
)
def test_the_office_the_warning_and_the_question_stay_silent(det, text: str) -> None:
    assert not rule_ids(det, text)


def test_a_renewal_waved_away_as_free_of_review_is_an_offer(det) -> None:
    text = "【安顺】您的焊工证复审期已过，可免审续期六年，请回复姓名，专员与您联系"
    assert "certificate_sale" in categories(det, text)


def test_not_handling_certificates_is_a_denial(det) -> None:
    text = "【某劳务公司】我司只组织员工到正规机构培训考试，不代办证书，详询4008007788。"
    assert not rule_ids(det, text)


def test_a_sound_alike_never_spans_a_signature_bracket(det) -> None:
    # 家】证件 must not be read as 假证件 (a homophone across the signature's bracket)
    text = "【证件之家】证件收纳包、工作证挂绳新品上市，满59包邮，回T退订"
    assert not rule_ids(det, text)


def test_the_call_named_as_a_nuisance_is_a_report(det) -> None:
    text = "刚才有个号码打来说叉车证包过，被我标记成骚扰电话了"
    assert not rule_ids(det, text)


@pytest.mark.parametrize(
    "text",
    [
        "【某安全培训中心】尊敬的学员：您的司炉证将于明年2月到期，请于1月15日前携身份证到本中心参加复审培训。回T退订",
        "【某市应急管理局】您报名的叉车司机理论考试定于1月8日14:00，请携带身份证到市考点参加。",
        "【某银行】您尾号3302的账户支出1680.00元（司炉工培训费），余额8020.33元。",
        "【某市公安局】警惕“免考拿证”“证书即将注销 速联系”诈骗短信，请勿回复、勿转账。",
        "【某职业学校】司炉工培训春季班招生，理论加实操，考试由应急管理部门组织，合格后发证，回复1预约，退订回T",
        "【12350】您举报的“短信叫卖叉车证”线索已受理，感谢您的监督。",
    ],
)
def test_lawful_texts_of_the_same_shape_stay_silent(det, text: str) -> None:
    assert not rule_ids(det, text)
