"""Coverage checks of session 42 (helper "mimic"), in the project's own words.

Sellers dress their pitch as an office's document: a document number on top (〔2026〕9号 关于…的
通知), a short label of their own over it (证书年审通知, 接考务中心通知), or an SMS that recalls the
buyer's certificate for a fee (证书需重新认证，逾期作废，认证费…加专员微信). The regulator's own
notices, SMS reminders, warnings quoting the fakes and news of the scams stay silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        # a document number heading a seller's pitch no longer makes a notice of the page
        "〔2026〕9号 关于电工证快速办理的通知：本期可直接发证，不用参加实操考试，名额有限，"
        "咨询 186 3344 5566",
        "关于焊工证免考换证的通知〔2026〕21号\n各位师傅：焊工证统一换新不用考，由我们代办，"
        "电话 187 2211 3344",
        # a short label of the seller's own over the pitch
        "登高证年审通知 到期的不用去复审 交钱直接延期 网上可查 加v dgz-2026",
    ],
)
def test_a_document_number_or_a_label_worn_over_a_pitch_is_an_offer(det, text):
    assert "certificate_sale" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "【人社局】您的低压电工证需年审，逾期作废，请添加专员微信 ns-zhuanyuan 缴纳年审费",
        "您的制冷证已被列入核查名单，请于五日内重新认证，逾期注销，认证费260元，联系 159 2233 4455",
        "尊敬的持证人：您的焊工证待核验，核验费120元，请加客服微信 hy_kefu88 办理，逾期证书失效",
    ],
)
def test_a_fake_recall_of_the_certificate_for_a_fee_is_cs208(det, text):
    assert "CS-009" in rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "【应急管理局】您的高处作业证需要复核，请添加客服微信 gc-kefu66 办理",
        "【人社局通知】您的焊工证可免考换新，请添加专员微信 hg_zy2026",
    ],
)
def test_an_organ_speaking_through_a_sellers_agent_is_ss007(det, text):
    assert "SS-007" in rule_ids(det, text, ALL)


def test_a_label_pitch_for_exam_fraud_is_flagged(det):
    text = "接考务中心通知 这次安全员考试监考是自己人 考场有人帮忙答题 要的私聊"
    assert "exam_fraud" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # an office's own notices, with a document number and a mobile
        "〔2026〕15号 市应急管理局关于特种作业操作证复审的通知：持证人应在证书期满前60日内"
        "到发证机关申请复审，复审不收费。联系人：赵科长 13811112222",
        "关于公布2026年第四批特种作业考试合格人员名单的公示〔2026〕3号：以下人员考试合格，"
        "公示期7天，如有异议请致电 0571-88002233",
        # official SMS reminders
        "【市应急管理局】您的电工证将于明年3月到期，请在到期前60日内通过政务服务网申请复审，"
        "本短信不收取任何费用",
        "【12333】您的职业技能提升补贴已发放至社保卡，请注意查收",
        # warnings and news that quote the fake recall
        "应急管理局提醒：有人冒充我局群发“您的焊工证需年审，逾期作废，请加专员微信交年审费”的"
        "短信，我局从不收取年审费用",
        "警方通报：嫌疑人冒充考试中心发短信称证书待核验，以核验费为名骗取十余人钱款，已被刑拘",
        "网上流传的“〔2026〕18号 关于电工证免考换发的通知”系伪造，请勿相信",
        # a school relaying an office's notice
        "各位学员：接市应急管理局通知，本期电工实操考试改到下周三，请准时参加",
        # a question about one
        "收到短信说我的电工证待核验要交核验费，是真的吗？",
    ],
)
def test_real_notices_and_talk_of_fake_ones_stay_silent(det, text):
    assert rule_ids(det, text, ALL) == set()
