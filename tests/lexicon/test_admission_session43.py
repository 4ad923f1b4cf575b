"""Exam-training ads that promise what comes after the exam (session 43, helper admission,
holdout101): a job or a posting after the course (包就业, 包分配工作, 不就业退学费), admission places
handed over (保研名额直接给你安排, 交钱等录取), the admission or interview panel said to be known
(认识招生组的老师, 面试走个过场), and an employer's offer letter made to order. The same words are
written lawfully all day: a school that promises no job, labour agencies' 包吃住, the state's own
placement schemes, police reports on 保录 scams, learners asking or advising against a class.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, TRAINING, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "烹饪技校招生 包分配工作 学制两年 报名找周老师",
        "UI设计培训 学完包就业 零基础可学 电话 13900004455",
        "高铁乘务专业 毕业保证进铁路局 名额有限",
        "汽修专业 就业率100% 学完直接上岗",
    ],
)
def test_job_promised_after_a_course_fires_gp114(det, text: str) -> None:
    assert "GP-114" in rule_ids(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "美容美发培训 学完找不到工作 全额退款 私信",
        "幼儿保育专业招生 不就业退学费 咨询电话 0371-5566 7788",
        "叉车培训 包教包会 不上岗不收费 报名从速",
    ],
)
def test_refund_on_no_job_fires_gp115(det, text: str) -> None:
    assert "GP-115" in rule_ids(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "本校提供就业指导和岗位推荐，不承诺就业，也不保证薪资",
        "劳务公司招普工 包吃住 月薪六千 电话 13700001234",
        "公费师范生毕业后包分配到生源地学校任教，以省教育厅文件为准",
        "某职业学校以“包分配工作”为名虚假招生，被市场监管部门罚款",
        "毕业后找不到工作，想退学费，学校说合同里没有这一条",
    ],
)
def test_lawful_and_reported_job_words_stay_quiet(det, text: str) -> None:
    assert not {r for r in rule_ids(det, text, ALL) if r in {"GP-114", "GP-115"}}


def test_admission_place_handed_over_fires_gp102(det) -> None:
    assert "GP-102" in rule_ids(det, "推免名额直接安排 不用等夏令营 懂的私我", TRAINING)
    assert "GP-102" in rule_ids(det, "事业编 交钱等录取 名额不多 加v", TRAINING)


def test_admission_panel_known_is_exam_fraud(det) -> None:
    cats = categories(det, "考研复试 我们认识招生组的老师 分数低也能录 私聊", TRAINING)
    assert "exam_fraud" in cats
    assert "EF-109" in rule_ids(det, "事业编 面试走个过场 交钱全部安排好 加v", TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "警方通报：一名男子谎称认识招生办的老师，收取家长钱财后失联",
        "面试不是走过场，考官会按答题情况现场打分",
    ],
)
def test_reported_or_denied_insiders_stay_quiet(det, text: str) -> None:
    assert "EF-109" not in rule_ids(det, text, ALL)


def test_offer_letter_made_to_order_is_fake_certificate(det) -> None:
    assert "fake_certificate" in categories(det, "录用通知书 可做 带公章 私聊", CERTS)
    assert not rule_ids(det, "请携带录用通知书和身份证原件到人事处报到", ALL)


@pytest.mark.parametrize(
    "text",
    [
        "报班能包上岸吗？还是自己复习就行？",
        "他家保过班的退款太难了，我不建议报。",
    ],
)
def test_learners_asking_or_advising_stay_quiet(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)
