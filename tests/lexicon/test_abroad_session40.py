"""Credentials and exams of students going abroad (session 40, helper abroad, holdout82).

The lexicon already read most of this market (毕业证 / 成绩单 定做, 留信认证可查, 托福代考, 网课代刷).
The families it missed were in the students' own words: someone answering a home-tested exam for
the candidate (有人帮你答, 帮你作答, 远程 不用你动手), a grade promised on coursework abroad
(assignment / essay / quiz beside 保证pass, 保A, 保B+, 挂了全额退) or on a score report that is paid
for only when it comes (不出分不收费, 出分后付尾款), the study-abroad authentication sold as a sure
thing (包留服认证, 认证包过), and a Japanese university's papers by their own names (卒業証書,
学位記). One lawful text was read as a sale: a notary asking for the real original in person.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, TRAINING, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "多邻国 在家考 有人帮你答 120分以上 私信",
        "托福家考 远程 不用你动手 出分付尾款 TG联系",
        "GRE 家考 帮你作答 分数随你定 加v",
        "PTE 机考 有人替你答 价格私聊",
    ],
)
def test_someone_answering_the_home_tested_exam_is_exam_fraud(det, text: str) -> None:
    assert "exam_fraud" in categories(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "托福网课 课后有人帮你答疑 老师一对一",
        "ETS提醒：家考中发现有人帮你作答的，成绩一律取消",
        "雅思口语课 老师帮你答疑 不承诺分数",
    ],
)
def test_a_tutor_s_q_and_a_and_the_exam_owner_s_warning_stay_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "英国硕士 assignment 辅导 保证pass 私信",
        "澳洲 essay 代写 保A 挂了全额退",
        "学习通 quiz midterm 全包 保B+ 加微",
        "多邻国 不出分不收费 名额有限 私聊",
    ],
)
def test_a_grade_promised_on_coursework_or_a_score_report_is_a_guarantee(det, text: str) -> None:
    assert "guarantee_promise" in categories(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "提醒留学生：网上“assignment保证pass”的代写广告都是骗局，学校查到按学术不端处理",
        "雅思官方提醒：所谓“不出分不收费”“出分后付尾款”的都是骗局",
        "警方提醒：声称多邻国不出分不收费的都是诈骗",
    ],
)
def test_warnings_that_quote_the_grade_promise_stay_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "澳洲硕士文凭 包留服认证 不成功退款",
        "英国学位证 认证包过 微信联系",
        "美国本科学历 留信包过 价格私聊",
    ],
)
def test_the_authentication_sold_as_a_sure_thing_is_a_sale(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "请问留服认证包过吗？我的学校在名单上吗",
        "留学中介：协助准备留服认证材料，认证结果以留学服务中心审核为准",
    ],
)
def test_a_question_or_an_honest_agency_about_authentication_stays_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


def test_a_japanese_university_s_papers_made_to_order_are_forgery(det) -> None:
    assert "FC-203" in rule_ids(det, "日本大学 卒業証書 成績証明書 学位記 定做 加LINE", CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "日本的大学在毕业典礼上发卒業証書和学位記，遗失后可向学校申请开具证明书",
        "申请日本研究生需要提交卒業証明書和成績証明書，由原学校开具",
        "毕业证丢了怎么办？可以向学校申请补办证明书",
    ],
)
def test_the_school_s_own_papers_and_replacements_stay_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


def test_the_notary_s_original_in_person_is_not_a_sale(det) -> None:
    text = "公证处受理学历证书公证：申请人须本人携带原件到场，只为真实证书办理"
    assert "CS-201" not in rule_ids(det, text, CERTS)


def test_a_seller_who_waives_the_original_is_still_a_sale(det) -> None:
    assert "certificate_sale" in categories(det, "代办海外学历认证 无需原件 私聊", CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "专业翻译 毕业证 学位证 成绩单 翻译盖章 可用于留服认证 加微 tr-8899",
        "留学材料翻译：毕业证、成绩单英译中，加盖翻译专用章，价格透明 微信 fy-01",
    ],
)
def test_a_translation_office_s_listing_is_not_a_diploma_seller(det, text: str) -> None:
    assert "FC-205" not in rule_ids(det, text, CERTS)


def test_a_diploma_set_with_a_translation_is_still_read_with_its_contact(det) -> None:
    assert "FC-205" in rule_ids(det, "澳洲毕业证 学位证 成绩单 翻译件 一套 微信 au77", CERTS)
