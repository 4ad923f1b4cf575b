"""The labour market's wording (session 40, helper jobs, holdout83).

Recruiters, labour agencies and foremen sell the certificate inside the job post: the exam is
waved away from the worker himself (焊工证不用自己考), the paper is had though the exam was never
sat (没考的也能办), the construction trades' cards are named by the job (塔吊司机IC卡, 信号工操作卡),
and sign-up alone issues it (报名即出证). The same market's lawful text uses the same words: an
employer paying for the real exam (考证不用自己掏钱), a hiring notice that sends the unlicensed to
training first (没考的也可以先来上班), a site renewing its crane drivers' cards, a centre's retake
notice (没考过的可以办理补考).

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "招电焊工 日结 焊工证不用自己考 我们统一弄 电话 135 0000 7788",
        "登高证 不需要你自己去考 进场前给你办好 私我",
        "电工证无需自己考试 钱从工资里扣 加微 dg_lw01",
    ],
)
def test_the_exam_waved_away_from_the_worker_is_a_sale(det, text: str) -> None:
    assert "CS-001" in rule_ids(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "叉车证 没考试也能拿证 进厂直接开 电话 139 8888 1212",
        "低压电工证 没参加考试的也能办 应急厅可查 私聊",
        "焊工证 没去考照样拿证 找王工",
    ],
)
def test_the_paper_had_though_never_sat_is_a_sale(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "塔吊司机IC卡 代办 免考 加v tdsj_01",
        "信号工操作卡 不用考 一周下卡 电话 137 1234 0000",
        "施工升降机上岗卡 代办 人不用到场 私",
    ],
)
def test_a_construction_trade_s_card_is_a_certificate(det, text: str) -> None:
    assert "CS-001" in rule_ids(det, text, DEFAULT)


def test_sign_up_alone_issuing_the_paper_is_a_sale(det) -> None:
    assert "certificate_sale" in categories(
        det, "操作证 统一办理 报名即出证 电话 186 0000 3344", DEFAULT
    )


@pytest.mark.parametrize(
    "text",
    [
        "考证不用自己掏钱，公司全额报销，但必须本人参加考试。",
        "职业技能培训补贴：参加电工培训取得证书的每人补贴一千元，培训费不用自己出。",
        "焊工证没考的也可以先来上班，公司安排下个月集中培训考试，考过后转正。",
        "没考的也可以办理入职，公司下月统一安排培训考试。",
        "塔吊司机IC卡到期的，请带身份证到项目部统一办理延期手续。",
        "招聘塔吊司机，须持住建部门颁发的特种作业操作资格证（IC卡），可在住建厅官网查询。",
        "求职：本人有电工证，IC卡齐全，找长期电工活，电话 138 0000 1111",
    ],
)
def test_the_same_market_s_lawful_text_is_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


def test_a_retake_notice_is_silent_in_the_certificates_pack(det) -> None:
    text = "电工证没考过的可以办理补考，请在一个月内到培训中心报名。"
    assert "CS-201" not in rule_ids(det, text, CERTS)


def test_a_seller_who_mentions_a_retake_is_still_read(det) -> None:
    # the retake words excuse the notice, not a seller's bypass said beside them
    text = "会计证 没考过的也能办 不用参加补考 加v kj_777"
    assert "CS-201" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "求职 本人电工证 焊工证 登高证都有 都能查 找长期活 微信同号 138 0000 1234",
        "叉车证 有 找长期工作 电话 139 0000 5678",
    ],
)
def test_a_job_seeker_whose_clauses_end_in_spaces_is_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "焊工证 不用考 找活干 微信 hg123",
        "登高证 都能办 找工作 私我",
    ],
)
def test_a_seller_who_borrows_the_job_seeker_s_words_is_still_read(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, DEFAULT)
