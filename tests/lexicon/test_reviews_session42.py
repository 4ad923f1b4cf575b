"""The buyer's voice used as the seller's pitch (session 42, helper reviews, holdout97).

A listing's 问大家 section answers the shopper's question with a yes and the answerer's own getting
(答：能，我同事就是这家办的): the shill vouches, no contact needed. A buyer's 已经查到 is his own
look-up, not the police's 经查. Reviews tell the exam never asked of them (没让考试, 全程没去过考场)
and the paper likened to a real one (和真的一模一样). The same words stay silent where the answer
denies (答：不能，必须本人参加考试), where the answerer sat the exam himself, and in a buyer's
complaint.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "问：外地的能办叉车证吗？ 答：能，我朋友就是这家办的，全程没去过考场",
        "问大家：高压电工证真的不用考吗？答：不用，我同事在他家办的，官网查得到",
        "问：制冷证人不用去吗？ 回答：不用，我是在这家办的，人一直在老家",
    ],
)
def test_a_vouching_answer_in_a_listing_qa_is_an_offer(det, text: str) -> None:
    assert rule_ids(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "买家评价：登高证到手 办的时候都没让考 好评",
        "追评 焊工证 本人全程没参加考试 已经能查了",
    ],
)
def test_a_review_of_the_exam_never_sat_is_an_offer(det, text: str) -> None:
    assert rule_ids(det, text, DEFAULT)


def test_a_review_likening_the_paper_to_a_real_one(det) -> None:
    assert rule_ids(det, "学位证收到了 和真的一模一样 好评", ["certificates"])


@pytest.mark.parametrize(
    "text",
    [
        "问：电工证能代办吗？答：不能，必须本人参加考试，别信网上说的",
        "问：这个焊工证能查吗？答：能，我是自己考的，在应急管理厅官网能查",
        "问大家：这本题库有用吗？答：有用，我刷了三遍一次就过了",
        "差评 说好不用考 花了三千 官网根本查不到 是假证 大家别上当",
    ],
)
def test_honest_answers_and_complaints_stay_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)
