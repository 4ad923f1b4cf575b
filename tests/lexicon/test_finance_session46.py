"""Session 46, helper "finance": qualification exams of finance, IT and languages (初级/中级会计,
CPA, 税务师, 证券/基金从业, 软考, 计算机二级, 四六级, 雅思/托福, 普通话): the real paper said to come
out days before the exam (考前三天出真题), the teacher answering behind a shared screen (老师在后台
帮你做), and the lawful course's refund terms (开课七天内可全额退费, 退费规则) that promise nothing.

Sentences written for this test, not taken from the held-out set (holdout133).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, TRAINING, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "中级会计 考前三天出真题 名额有限 要的私聊 v：zj_3030",
        "税务师 考前一天出真题 原价八百 现在五百 加微 sws_1212",
        "基金从业 提前出真题 要的扣1 私你",
    ],
)
def test_the_real_paper_out_before_the_exam_is_a_leak(det, text: str) -> None:
    assert "EF-112" in rule_ids(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "教了八年注会，说句实话：所谓考前三天出真题都是骗人的，别交这个钱。",
        "警惕！网上“考前三天出真题”的说法都是骗局，考试院从未向任何机构提供试题。",
        "记者调查发现，卖家声称能考前出真题，收钱后就把考生拉黑。",
    ],
)
def test_the_leak_debunked_or_reported_stays_quiet(det, text: str) -> None:
    assert "exam_fraud" not in categories(det, text, ALL)


def test_the_teacher_behind_the_shared_screen_is_a_proxy(det) -> None:
    text = "软考要远程的私我 全程屏幕共享 老师在后台帮你做 过了再付 加v rk_7788"
    assert "EF-101" in rule_ids(det, text, TRAINING)


def test_bookkeeping_done_behind_the_screen_is_no_exam(det) -> None:
    text = "代账公司：注册会计师团队在后台帮你做账报税，每月三百，加v dz_5566"
    assert "exam_fraud" not in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "托福课程退费规则：开课五天内可全额退费；之后按已上课时扣费，课程不承诺考试分数。",
        "英语四六级网课：开课七天内可以申请全额退款，超过七天按剩余课时退费。",
    ],
)
def test_a_course_refund_by_progress_promises_nothing(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


def test_a_score_refund_beside_the_cooling_off_week_is_still_a_promise(det) -> None:
    text = "雅思协议班 保7分 开课七天内可全额退费 考不到7分全额退费 加v ys_7700"
    assert "guarantee_promise" in categories(det, text, TRAINING)
