"""Identity and benefit papers of state organs and public bodies (session 44, helper ids,
holdout115): press cards, police and army IDs, law-enforcement and staff passes, lawyers' licences,
disability, senior and veterans' cards, student cards for cheap tickets, and medical-insurance or
social-security cards cashed out. The same words are written lawfully all day: the press
administration's verification notices, police warnings about impostors, the disability federation's
guides, veterans' offices, museum and bus rules that ask for the card, fund regulators' reports.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "社保卡套现 当天到账 费率低 加微 sb_2046",
        "专业回收医保卡 高价 上门结算 电话 13600007788",
        "医保余额取现 八五折 各地都能做 私我",
        "长期高价收医保卡 现金当面给 联系 13500001122",
    ],
)
def test_medical_card_cash_out_fires_cs024(det, text: str) -> None:
    assert "CS-024" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "医疗保障局提示：套现、出借医保卡均属违法，情节严重的将追究刑事责任。",
        "通报：一家诊所伙同参保人刷医保卡套现，已被查处。",
        "医保卡里的余额可以取出来吗？听说退休后可以一次性提取。",
        "社保卡丢了怎么办？打12333先挂失，再去网点补卡。",
        "本店可刷医保卡购药，营业时间八点到二十二点，电话 0571-8800 1122",
    ],
)
def test_medical_card_lawful_text_is_silent(det, text: str) -> None:
    assert "certificate_sale" not in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "优待证 没服过役也能办 私信",
        "老年证 五十岁也能办 坐车免费 加v ln_2046",
    ],
)
def test_benefit_card_without_eligibility_fires_cs201(det, text: str) -> None:
    assert "CS-201" in rule_ids(det, text, CERTS)


def test_press_administration_borrowed_fires_ss201(det) -> None:
    text = "各类媒体记者证 新闻出版总署备案 能上网查 加微 mt_2046"
    assert "SS-201" in rule_ids(det, text, CERTS)


def test_forged_press_card_for_interviews_is_flagged(det) -> None:
    text = "媒体记者证 做工精细 总署网站可查 采访维权都好用 私聊"
    assert "fake_certificate" in categories(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "老人凭老年证乘坐公交免费，外地老人凭身份证享受同等待遇。",
        "持残疾证到地铁服务台办理爱心卡，本人到场即可。",
        "优待证办理：到社区服务中心填表，即可办理，当场制证，不收费。",
        "评残须到残联指定医院鉴定，合格后由残联核发残疾人证。",
        "退役军人服务站通知：优待证已到，请本人带身份证领取。",
        "本期刊经新闻出版署批准出版，欢迎投稿。",
        "新闻出版局提醒：记者证不对个人发放，网上兜售的都是假证。",
    ],
)
def test_lawful_mentions_of_the_cards_are_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL) - {"ML-CS", "ML-FC"}, text
