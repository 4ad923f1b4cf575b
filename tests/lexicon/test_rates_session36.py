"""Exam-training ads whose promise is a figure or a result claim (session 36, lead, holdout71): a
pass or admission rate with any figure from 80 up (一次通过率93.7%) or a rank instead of a figure
(通过率全省第一), the teacher to sign up with (报名找王老师) as the seller's contact, 押中 claims whose
case questions (案例) and answer techniques (答题套路) are no report's or warning's words, and the
carefree pass (考试无忧). Authorities' statistics, learners' tips and regulators' warnings in the
same words stay silent.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, TRAINING, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "注册安全工程师精讲班，往届学员通过率93.7%，现在报名立减300",
        "社工证考前辅导 学员过线率连续三年9成以上 报名找黄老师",
        "面授班通过率全省第一，名额仅剩5个，速来报名",
    ],
)
def test_a_rate_with_any_figure_or_a_rank_is_the_seller_s_promise(det, text: str) -> None:
    assert "GP-110" in rule_ids(det, text, TRAINING)


def test_the_named_teacher_is_the_seller_s_contact(det) -> None:
    """押中 with a teacher to call is a seller's pitch; without any cue it stays a claim nobody makes."""
    pitch = "中级会计押题卷 去年押中两道大题 考前发放 需要的联系吴老师"
    assert "exam_fraud" in categories(det, pitch, TRAINING)
    bare = "中级会计押题卷 去年押中两道大题"
    assert not categories(det, bare, TRAINING)


def test_case_questions_and_techniques_are_no_report_or_warning(det) -> None:
    text = "一建实务押题班 带你吃透答题套路 去年押中三道案例 咨询刘老师"
    assert "exam_fraud" in categories(det, text, TRAINING)


def test_a_carefree_pass_is_a_promise(det) -> None:
    assert "guarantee_promise" in categories(det, "叉车证培训 包教包会 考证无忧 报名找郭教练", ALL)


@pytest.mark.parametrize(
    "text",
    [
        "据省考试院统计，今年注册安全工程师考试全省通过率为百分之十五",
        "市场监管局提醒：“通过率93%”“通过率全省第一”等宣传属于对培训效果的暗示保证",
        "我整理了中级会计的答题套路：先找关键词，再套公式，最后检查单位",
        "备考一建时我把近五年的案例题做了三遍，这次实务考了一百零二分",
        "会计辅导班开课，每周三次课，报名找吴老师，不承诺考试结果",
        "网友提问：机构说通过率全省第一，这种话能信吗？",
    ],
)
def test_statistics_tips_and_warnings_stay_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "监理工程师密训营 学员通过率超高 报名送真题",
        "登高证培训 一次拿证 报班找客服",
        "税务师冲刺 首考即过 咨询赵老师",
    ],
)
def test_a_high_rate_in_one_word_or_the_first_sitting_is_a_promise(det, text: str) -> None:
    assert "GP-110" in rule_ids(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "考生需一次性通过理论和实操两个科目，方可取得证书",
        "去年我社工证一次拿证，感觉案例分析最重要",
        "请问社工证能一次拿证吗？",
    ],
)
def test_the_exam_s_rule_and_the_learner_s_story_stay_silent(det, text: str) -> None:
    # (the special-ops pack's GP-002 still reads 登高证一次拿证 in a learner's story: see the notes)
    assert not categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "初级会计基础班 教不会全额退款 报名找吴老师",
        "成人高考辅导 百分之百录取 报名从速",
        "高处作业证培训 上完课即可拿证 咨询客服",
    ],
)
def test_the_training_s_effect_admission_or_the_certificate_guaranteed(det, text: str) -> None:
    assert "GP-101" in rule_ids(det, text, TRAINING)


def test_a_sealed_paper_sold_as_a_hit_is_exam_fraud(det) -> None:
    assert "exam_fraud" in categories(det, "中级经济师 绝密押卷 考前发放 报名加微信", TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "开课前可申请退款，开课后按剩余课时比例退费",
        "请问成人高考是百分之百录取吗？",
        "培训结束后须参加鉴定考试，合格后方可领取证书",
        "提醒：“教不会全额退款”“上完课即可拿证”之类的宣传不可信",
    ],
)
def test_refund_policies_questions_course_rules_and_warnings_stay_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)
