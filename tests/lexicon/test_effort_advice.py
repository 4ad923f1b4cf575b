"""A learner's own effort (issue 9, fourteenth shift, quality14a).

A forum reply, an answer or a diary that says revising, drilling or practising will pass the exam
(复习到位就能过, 题多刷几轮就能过, 应该就能过) is advice, not a promise; the same claim with the
seller's call, its own 我们 or a contact beside it (跟着我们…就能过，报名…) is the implied guarantee
of Advertising Law art. 24(1). And a paper glued by jieba to the verb that hands it over
(原卷发你, 原卷给你) is still the paper sent before the exam. Every example is in the project's own
words and none is a line of holdout34.
"""

from __future__ import annotations

import pytest

from lexicon.segment import _unglue_handover
from tests.lexicon.scanning import rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "5楼：熔化焊理论题目很基础，错题本复习到位就能过，别急",
        "问：电工证考试难吗？答：每天练半小时，题多刷几轮就能过",
        "备考第九天，模拟成绩稳定在八十五以上，周六的电工证理论应该就能过",
        "楼主放心，叉车证实操把倒车入库练熟就能过，不用找人",
        "说句实在的，想拿焊工证就自己去报名，理论认真刷一刷就能过",
    ],
)
def test_a_learners_effort_is_advice(det, text: str) -> None:
    assert "GP-002" not in rule_ids(det, text)


@pytest.mark.parametrize(
    "text",
    [
        "跟着我们的老师把题刷三轮就能过，焊工证培训火热报名中",
        "本中心电工证培训，认真复习就能过，详情咨询前台",
        "叉车证培训，来我们这练熟就能过，微信 fork_1188",
    ],
)
def test_the_same_claim_beside_the_sellers_call_is_a_promise(det, text: str) -> None:
    assert "GP-002" in rule_ids(det, text)


def test_a_paper_glued_to_its_handover_is_taken_back() -> None:
    assert _unglue_handover(("原", "卷发", "你"), {"原卷"}) == ("原卷", "发", "你")
    # only for the lexicon's own words: a hair salon's 卷发 stays whole
    assert _unglue_handover(("烫", "卷发"), {"原卷"}) == ("烫", "卷发")


def test_an_exam_paper_handed_over_before_the_exam(det) -> None:
    assert "EF-110" in rule_ids(det, "低压电工考试前一晚原卷发你邮箱，需要的私信")
