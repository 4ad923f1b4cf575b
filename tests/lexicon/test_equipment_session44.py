"""Special-equipment operators' certificates (session 44, helper equipment, holdout117).

The special-equipment operator's card (特种设备作业人员证: N1 forklift, Q2 crane, G1 boiler, R1
pressure vessel, P cylinder filling, T lift repair, A safety management) is issued by the market
regulator, not by emergency management. Sellers sell it the same way as the special-operations
card (不用考, 市监局可查, 公示平台可查), and borrow the national market regulator's name as a
backer (市场监管总局指定); the review every four years is waved away (不用重考 直接延期). The same
words fill the regulator's exam and review notices, job posts asking for N1 or Q2, inspection and
accident reports, lawful schools and workers' questions; the regulator also accredits
laboratories and certifiers (经市场监督管理局认证的检验检测机构), which is no ad's backer.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, categories, rule_ids, rule_ids_no_model


@pytest.mark.parametrize(
    "text",
    [
        "市场监督管理总局授权 起重机司机证 免考 私我",
        "国家市场监督管理总局指定 锅炉证 直接出 加微信",
        "市场监管总局认证 电梯证 不用考 联系我",
    ],
)
def test_the_national_market_regulator_as_a_backer_is_state_symbol_misuse(det, text: str) -> None:
    assert "SS-001" in rule_ids(det, text, DEFAULT)
    assert "state_symbol_misuse" in categories(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "本实验室是经市场监督管理局认证的检验检测机构，可出具压力容器检测报告",
        "市场监管总局批准设立的认证机构名单已公布",
        "通过市场监督管理局资质认定的特种设备检测机构",
    ],
)
def test_the_regulator_accrediting_a_laboratory_is_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "锅炉证过期没复审的 不用重考 直接延期 微信 gl_2026",
        "起重证没去复审 直接续期 不用上课 私聊",
    ],
)
def test_a_review_skipped_and_the_card_extended_is_a_sale(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "Q2证 不用考 市监局可查 私我",
        "G1 锅炉证 免考 七天出证 加v",
        "T证 电梯修理 免考试 直接拿 联系 13912340000",
        "P证 气瓶充装 不用考 直接下证 私聊",
        "叉车证 N1 特种设备公示平台能查 不用学不用考 v同号",
    ],
)
def test_letter_coded_special_equipment_cards_sold_are_found_by_the_default_pack(
    det, text: str
) -> None:
    assert "CS-001" in rule_ids(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        # a regulator's exam schedule with the item codes beside numbers
        "考试安排：N1 叉车司机 40人，Q2 起重机司机 15人，G1 司炉 6人，咨询电话 0571-8123 4567",
        # the review rule, a text message from the inspection institute
        "持证人员须于有效期满前三个月申请复审，复审合格的有效期延续四年，逾期证书失效",
        "【特检院】您的特种设备作业人员证将于明年三月到期，请登录网上办事大厅申请复审",
        # job posts asking for the codes
        "招聘叉车工两名，要求持N1证，月薪六千，联系人 李先生 139 8765 4321",
        "急招桥式起重机司机，持Q2证，有经验者优先，电话 186 1234 0000",
        # inspection and accident reports
        "执法检查发现仓库员工无证驾驶叉车，使用单位被责令整改并罚款",
        "事故调查：起重机司机所持Q2证系网上购买的假证，已移送公安机关",
        # a lawful school and a worker's question
        "叉车起重培训班，考试由市场监管部门统一组织，合格后发证，本校不承诺通过",
        "叉车证到底是应急管理局发的还是市场监管局发的？复审要不要本人去？",
        "网上说锅炉证不用考也能拿，市监局可查，这是真的吗？",
        # a news report quoting the seller
        "记者暗访：卖家称“叉车证不用考 市监局可查 十天出证”，经核实均为伪造",
    ],
)
def test_the_regulators_schools_employers_and_workers_are_silent(det, text: str) -> None:
    assert not rule_ids_no_model(det, text, ALL)
