"""Session 47, helper "mills": the long service prose of diploma, certificate and seal mills --
the we-help-you voice spread over several sentences (靠着多年门路…让您少走弯路, 剩下的交给我们,
专属顾问, 不同需求不同方案), a seal maker's minimum order (一枚起做), a mill's own 办理流程 with an
order, a deposit and a balance, proxies for school and online exams in service prose (老师全程代劳,
无需本人登录) -- and the lawful service text with the same words: a government service centre's
全程网办, a school that checks its records, a school's study plan, a firm refusing the trade.

Sentences written for this test, not taken from the held-out set (holdout142).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, TRAINING, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "大专文凭丢了的朋友别着急。我们工作室深耕这一行八年，材料整理、学校对接、寄送全部交给我们，您安心等毕业证到手就好。",
        "本科学位证我们帮您对接资源。一对一专属顾问全程服务，让您少走弯路，早日拿证。",
    ],
)
def test_a_mill_page_voice_makes_its_paper_an_offer(det, text: str) -> None:
    assert "fake_certificate" in categories(det, text, CERTS) | categories(det, text, ALL)


def test_a_seal_makers_minimum_order_is_a_sellers_term(det) -> None:
    text = "我们可刻各类公章、财务章、法人章，无需营业执照，一枚起做，顺丰寄出。"
    assert "FC-216" in rule_ids(det, text, CERTS)


def test_a_mills_procedure_with_order_and_deposit_is_not_an_office_procedure(det) -> None:
    text = "办理流程：沟通需求—下单付定金—安排制作学位证—寄出—验收后结清尾款。"
    assert "FC-203" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "自考本科一站式服务：课程考试由我们的老师全程代劳，您只管等毕业证。",
        "成人学历网课期末考试我们全程代劳，无需本人登录，分数保证合格。",
    ],
)
def test_a_proxy_exam_in_service_prose_is_exam_fraud(det, text: str) -> None:
    assert "exam_fraud" in categories(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        # a government service centre's own guide
        "区政务服务中心：特种作业操作证延期复审实行全程网办，无需到场，办结后证书信息自动更新。",
        # a school checking its own records before it issues a proof
        "毕业证书丢失的校友，可向学校提交申请，学校核实学籍后办理；学历信息请登录学信网查询。",
        # a lawful school's study plan
        "本校网络教育招生：学生须按教学计划完成课程和考试，毕业证学信网可查，欢迎报名咨询。",
        # a firm refusing the trade for anyone
        "本公司只做劳务派遣和社保代缴，不为任何人代办证书，持证上岗请自行参加考试。",
        "我们不替他人办证，电工证请到应急管理局考试中心报名参加考试。",
        # a school handling the paperwork, not the exam
        "报名手续由学校全程代劳，考试须本人参加，请按时到考点。",
        # a regulator describing how mills write
        "市场监管部门提示：有的办证网站自称“让您少走弯路”“专属顾问”“不同需求不同方案”，其实是伪造证件的作坊，切勿轻信。",
    ],
)
def test_lawful_service_text_stays_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)
