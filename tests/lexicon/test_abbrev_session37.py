"""Exam-training ads that never write the exam's full name (session 37, helper abbrev, holdout74):
the exam is named by a paper or subject of it (财管, 经济法, 管综, 英一, 教综, 学科知识, 试讲), by a
construction or accounting exam's practice paper (市政实务, 中级实务) or by the school year a class
prepares for (初三, 高三); the promise is the pass mark (签过线协议, 包过线, 不过线退费, 过线包退) or
a refund when the score does not rise (提不到退钱). Learners' posts, lawful course ads, authorities'
notices and regulators' warnings in the same words stay silent, and the common words the scope list
leaves out (a bare 实务, 结构化, 案例分析) do not make a promise of an unrelated refund.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import TRAINING, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "财管 经济法 两科冲刺 签过线协议 报名找班主任",
        "管综写作+逻辑 保证提高三十分 提不到就退钱 名额不多",
        "教综 学科知识 两门打包 包过线 小班授课 咨询客服",
        "英二 数二 暑期集训营 稳过线 扫码报名",
        "试讲+答辩 一对一陪练 不过免费重学 私我",
        "高三数学冲刺班 保证提分二十分 报名找刘老师",
    ],
)
def test_a_subject_s_short_name_is_the_exam_beside_a_promise(det, text: str) -> None:
    assert "guarantee_promise" in categories(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "会计实务 财管 三科联报 不过线全额退款 加微信报名",
        "市政实务 机电实务 面授班 过线包退 电话咨询",
        "进不了面退学费 笔试班火热报名中",
    ],
)
def test_the_pass_mark_missed_then_the_refund_is_the_promise_itself(det, text: str) -> None:
    assert "GP-103" in rule_ids(det, text, TRAINING)


def test_a_leaked_paper_beside_a_subject_s_short_name(det) -> None:
    text = "考研政治 肖四之外还有内部押题 去年押中两道分析题 需要的私我"
    assert "exam_fraud" in categories(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "财管和经济法我都是自学的，实务留到最后两个月，过线就行，不求高分",
        "管综数学怎么提分？求大家分享一下刷题方法",
        "教综、学科知识课程表：周二、周四晚上七点，每节两小时，可免费试听一节",
        "关于考试报名的通知：考试科目为中级实务、财务管理、经济法，合格标准为每科60分",
        "市场监管局提醒：培训机构宣称“签过线协议”“不过线退费”属于对考试结果的保证性承诺",
        "复试调剂经验：导师回复很慢，要早点联系，别信收费保调剂的中介",
        "高三家长会通知：周六上午九点在报告厅召开，请家长准时参加",
    ],
)
def test_learners_notices_and_warnings_in_the_same_words_stay_silent(det, text: str) -> None:
    assert not categories(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "律所招聘诉讼实务助理，熟悉合同审查，试用期三个月",
        "案例分析报告下周一交，不合格的小组重做一遍",
        "结构化布线工程 不合格免费返工",
    ],
)
def test_common_words_left_out_of_the_scope_stay_silent(det, text: str) -> None:
    assert not categories(det, text, TRAINING)


def test_the_writer_vouching_for_itself_is_no_warning(det) -> None:
    """不骗人 is the seller's reassurance (as 我们不是骗子 is), not a warning that silences the offer;
    骗人 said of others stays a warning."""
    pitch = "【本人就是机构老师，不骗人】申论 面试班 保进面 没进面全额退 有意的私聊"
    assert "guarantee_promise" in categories(det, pitch, TRAINING)
    warning = "所谓保进面的班都是骗人的，没进面也不会退钱，大家别信"
    assert not categories(det, warning, TRAINING)
