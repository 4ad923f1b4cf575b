"""The certificates pack on papers it had no word for (session 34, papers3, holdout61): forms only an
office, a hospital, a school or the credit bureau fills in (体检表, 政审表, 调档函, 三方协议, 网签备案表,
化验单, 出院小结, 征信报告, 学信网截图), the car's and the ride-hailing driver's papers (绿本, 临时号牌,
年检标, 网约车人证), the cross-page seal (骑缝章) and qualifications named without 证 (证券从业资格);
and the lawful side of the same words (the issuing office, a hospital desk, a licensed agent, an
asker, a court or news report).

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "体检合格表 单位入职能用 可以做 加v tjb_5102",
        "政审表 调档函 都能开 带公章 私我 138 2207 6610",
        "三方协议 就业协议书 可以做 学校章齐全 微信 sfx_882",
        "化验单 出院小结 三甲医院的 都能开 私聊",
        "个人征信报告 白户也能做 干净无逾期 v：zxbg_31",
        "学信网截图 学历验证报告 都能做 加q 55102397",
    ],
)
def test_forms_only_an_office_fills_in_made_to_order_are_forged(det, text: str) -> None:
    assert "fake_certificate" in categories(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "绿本 机动车登记证 代办 不用本人到场 加v lb_7731",
        "临时号牌 年检标 代办 不用上线检测 私我",
        "网约车人证 不用考试 直接拿证 微信 wyc_5512",
        "证券从业资格 基金从业资格 免考 包拿 私聊",
        "骑缝章 法人章 都能刻 一比一 加v qfz_20",
    ],
)
def test_papers_the_pack_had_no_word_for_are_read(det, text: str) -> None:
    found = categories(det, text, CERTS)
    assert found & {"certificate_sale", "fake_certificate"}, found


def test_the_seller_of_a_driver_paper_is_read_by_the_sale_rule(det) -> None:
    assert "CS-201" in rule_ids(det, "网约车双证 代办 不用考 三天下证 加微 sz_0931", CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "入职体检表由体检中心填写，结果直接寄到公司人事部，本人不能自行填写。",
        "征兵政审表由派出所和村委会填写盖章，任何人不得代填。",
        "三方协议请交学院就业办盖章，学生不得自行盖章。",
        "出院小结在出院当天到护士站领取，化验单可在自助机打印。",
        "个人征信报告可以在银行网点免费打印，每年两次。",
        "学历验证报告请在学信网免费申请，不要相信网上的截图。",
        "车贷还清后银行把绿本寄回，车主带身份证到车管所办理解押。",
        "新车临时号牌可到车管所申领，年检标已改为电子凭证。",
        "请问网约车人证考试难吗？要准备多久",
        "法院查明，被告人伪造体检表、政审表、调档函共三十余份，违法所得一万余元。",
        "警方破获一起伪造临时号牌和年检标的案件，抓获犯罪嫌疑人三名。",
        "证券从业资格考试每年举行多次，报名请登录证券业协会官网。",
        "合同有好几页时要在每页边缘盖骑缝章，防止被替换。",
        "辨别假毕业证的方法：查学信网、看钢印、打电话给学校核实。",
    ],
)
def test_offices_hospitals_agents_askers_courts_and_news_are_silent(det, text: str) -> None:
    found = categories(det, text, ALL)
    assert not found & {"certificate_sale", "fake_certificate"}, found


def test_an_agent_booking_the_exam_the_holder_sits_is_no_sale_of_the_paper(det) -> None:
    # CS-201 leaves the registration errand (考试报名, 预约考点, 本人到场) to the agent; the learned
    # scorer may still surface the sentence as a low-severity ML-CS (代办 bars its lawful-route gate)
    text = "代办网约车人证考试报名，帮您预约考点，考试须本人参加。"
    assert "CS-201" not in rule_ids(det, text, ALL)
    assert "CS-201" in rule_ids(det, "代办网约车人证 不用考试 直接拿 加v wy_0190", ALL)
