"""The certificates pack on the document kinds sellers use beyond diplomas (twelfth shift,
quality12g): 职称 and 资质 sold as an appraisal result, credit hours brushed for a certificate,
papers vouched for by their issuer's likeness, seal and serial, a QQ number in number words
glued to a lone Q, seal carving spelt with a Latin letter, and certificate frames sold as goods.

Each offer is paired with the lawful or reporting side of the same words, written for these
tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from lexicon.contacts import extract_contacts
from tests.lexicon.scanning import ALL, CERTS, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "正高职称 代报代评 材料我们准备 私信我",
        "评职称的看过来 没评上全额退 加微 zc_2027",
        "中级职称 不用写论文 不用答辩 联系 13900005555",
        "建筑劳务资质 无需业绩 包审批通过 找我们",
        "职称申报 年限不够也能做 包评过 咨询 15800002222",
    ],
)
def test_an_appraisal_sold_as_a_result_is_a_certificate_sale(det, text: str) -> None:
    assert "CS-205" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "今年职称评审的论文要求有变化吗？有没有懂的",
        "人社厅提醒：职称须本人申报，凡称可以代评的均为诈骗",
        "据报道，有人声称“评不过全额退”，收了钱后就失联了",
        "资质申请须具备相应业绩，不满足条件的不予受理",
        "我们单位今年有三个人评上了中级职称，真替他们高兴",
        "专业技术人员职称评审工作通知：业绩不足的不得申报",
    ],
)
def test_appraisal_notices_questions_and_reports_stay_silent(det, text: str) -> None:
    assert rule_ids(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "公需课代刷 三天刷完 加v gxk_2026",
        "超星刷课 一门十五 私我",
        "专业课学时代看 会计继续教育都接 电话 13700006666",
    ],
)
def test_brushed_credit_hours_are_in_the_certificates_pack(det, text: str) -> None:
    assert "EF-107" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "学校通知：公需课须本人在平台学习，代刷一经发现成绩作废",
        "有人找网课代刷结果被骗了三百，大家别信",
        "超星学习通怎么查看学习进度？",
    ],
)
def test_course_rules_and_complaints_stay_silent(det, text: str) -> None:
    assert rule_ids(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "结婚证 加急 跟民政局发的没区别 私聊",
        "出生医学证明 带医院章 编号齐全 加我",
        "房产证 编号网上对得上 放心用 加微 fcz_0101",
    ],
)
def test_a_paper_vouched_for_by_its_issuer_seal_or_serial_is_forged(det, text: str) -> None:
    assert "FC-209" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "出生医学证明遗失补发须知：请父母持身份证到原签发医院申请",
        "结婚证要到民政局婚姻登记处领取，双方本人到场",
        "不动产权证书的编号可在登记中心官网查询",
    ],
)
def test_issuers_and_reissue_notices_stay_silent(det, text: str) -> None:
    assert rule_ids(det, text, ALL) == set()


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("身份证加急做 放心用 Q 五六八 二三四 九九一", "568234991"),
        ("需要的找我Q一二三四五六七", "1234567"),
    ],
)
def test_a_lone_q_glued_to_chinese_before_number_words_is_a_qq(text: str, number: str) -> None:
    assert [c.value for c in extract_contacts(text) if c.kind == "qq"] == [number]


@pytest.mark.parametrize("text", ["二季度Q3 2025营收增长", "钢材Q235B 每吨报价", "第三季度Q三营收"])
def test_a_quarter_or_a_steel_grade_is_no_qq(text: str) -> None:
    assert [c for c in extract_contacts(text) if c.kind == "qq"] == []


@pytest.mark.parametrize("text", ["KE章 办Z 电话 13800007777", "k章 刻z 加v kz_5678"])
def test_seal_carving_spelt_with_a_latin_letter(det, text: str) -> None:
    assert "FC-204" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "烫金证书外壳 可放毕业证 五个起卖 包邮",
        "实木相框 A4 可挂墙 装结婚证正好 自提",
        "证书框 挂墙款 放职称证书 九成新 同城面交",
    ],
)
def test_frames_and_covers_for_certificates_are_goods(det, text: str) -> None:
    assert rule_ids(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text", ["收驾照分 高价 也卖分 十二分都有 加我", "收售 健康证 当天出 私我"]
)
def test_a_dealer_who_buys_and_sells_is_no_buyer(det, text: str) -> None:
    assert rule_ids(det, text, CERTS)


@pytest.mark.parametrize("text", ["收 健康证 有的私我", "求购 驾驶证 谁有 私我"])
def test_a_buyer_alone_stays_a_buyer(det, text: str) -> None:
    assert rule_ids(det, text, CERTS) == set()


@pytest.mark.parametrize("text", ["學分代修 網課代修 私訊 wk_tw01", "学分代刷 一门五百 私我"])
def test_credits_taken_for_someone_in_taiwan_wording(det, text: str) -> None:
    assert "EF-107" in rule_ids(det, text, CERTS)


def test_a_press_card_in_a_sellers_list_is_no_reporter(det) -> None:
    text = "各类证件都能做 工作证 记者证 律师证 电话 13612345678"
    assert rule_ids(det, text, CERTS)


def test_a_reporter_showing_a_press_card_still_reports(det) -> None:
    assert rule_ids(det, "记者出示记者证后，对方称各种证书都能做", ALL) == set()


@pytest.mark.parametrize(
    "text",
    ["交管学法减分 代刷 一分四十 私我", "满分学习 代学 七天恢复驾驶资格 加v mfxx_07"],
)
def test_a_drivers_penalty_study_done_for_him_is_sold(det, text: str) -> None:
    """The driving licence's points bought back: 学法减分 and 满分学习 must be studied by the
    driver; a seller's 代刷/代学 sells the points (the 驾照消分 trade in a course's clothes)."""
    assert "EF-107" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "学法减分须驾驶人本人完成，严禁他人代学",
        "有人帮别人学法减分代学被查处，记分恢复",
        "满分学习怎么预约？在车管所窗口吗",
    ],
)
def test_penalty_study_rules_and_reports_stay_silent(det, text: str) -> None:
    assert rule_ids(det, text, ALL) == set()
