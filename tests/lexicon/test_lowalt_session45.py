"""Safety papers outside the special-operations catalogue (session 45, helper lowalt, holdout123).

Drone pilots' licences (CAAC 无人机执照 and the schools' AOPA / UTC papers), the radiation-safety
exam and its papers (辐射安全与防护考核, 放射工作人员证) and divers' certificates are not
special-operations papers: named, the certificates pack reads them. Their sellers skip the flight or
the dive that is the exam (不用飞 包拿证, 不用下水考), borrow the civil-aviation or ecology
authority as a backer (民航局授权, 生态环境部指定) and make the licence to order (姓名照片随便换). The
same words fill the aviation authority's rules, the schools' lawful ads, the exam notices, hobby
flyers' questions and news.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "无人机驾驶执照 免飞 直接拿 微信 fly_2026",
        "多旋翼执照 CAAC执照 不飞也能拿证 私聊",
        "潜水员证 不用下水考 直接办 加v",
        "UTC证书 代办 一周出证 私信",
        "辐射安全培训合格证 人不用到场 帮你搞定 电话 139 1234 5678",
        "放射工作人员证 不用考试 代办 加微信",
    ],
)
def test_the_flight_or_the_dive_skipped_is_a_sale(det, text: str) -> None:
    assert "CS-201" in rule_ids(det, text, CERTS)
    assert "certificate_sale" in categories(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "民航局授权 无人机执照 免考 私我",
        "中国民用航空局指定 无人机执照 直接出 加微信",
        "生态环境部指定 辐射安全考核 不用考 联系我",
    ],
)
def test_the_aviation_or_ecology_authority_as_a_backer_is_state_symbol_misuse(
    det, text: str
) -> None:
    assert "state_symbol_misuse" in categories(det, text, ALL)


def test_a_licence_made_to_order_with_the_name_swapped_is_forgery(det) -> None:
    text = "无人机执照 定做 名字照片随便换 私聊看样"
    assert "FC-241" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "玩无人机需要飞行执照吗？我只飞两百多克的小飞机。",
        "250克以下的微型无人机不用飞行执照，但要实名登记。",
        "学员须本人参加飞行考试，号称不用飞考的执照都是假的。",
        "民航局备案的无人机训练机构，考试由民航局组织，不承诺通过。",
        "经民航局批准的训练机构名录可在民航局官网查询。",
        "放射工作人员证由卫生健康部门发放，由单位统一申领。",
        "潜水证在国外考的，回国能用吗？",
        "辐射安全考核成绩报告单编号可在平台查询真伪。",
        "潜水证培训，理论课加泳池练习，考核合格发证，报名电话 0571-86001122。",
        "AOPA证书现在还有用吗？听说民航局已经不认了。",
        "无人机航拍器出售 镜头随便换 电池两块",
        "生态环境部门通知：辐射安全与防护考核须本人到考点参加，合格后在平台下载成绩报告单。",
    ],
)
def test_rules_aviation_notices_schools_and_questions_are_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)
