"""Session 46, helper "miss": the shapes the project's own sets still missed most on main -- a
seller's answer on the line under the question (问：…吗？\\n答：能，我这里直接出), a shop chat whose
seller speaks plainly (卖家：半个月，不用考，身份证发我), the shill's review crediting the shop (在他家办的,
老板靠谱, 一次考试都没去), answers promised object first (原题考前一晚发) and a yes that hands the thing
over (答：有，开考前发给你).

Sentences written for this test, not taken from the held-out set (holdout131).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, SPECIAL, categories, rule_ids


def test_a_yes_on_the_line_under_the_question_is_the_sellers_answer(det) -> None:
    text = "问：高压电工证不考试能拿到吗？\n答：能，我这里直接出，官网可查，私聊"
    assert "certificate_sale" in categories(det, text, SPECIAL)


def test_a_no_on_the_line_under_the_question_stays_silent(det) -> None:
    text = "问：高压电工证不考试能拿到吗？\n答：不能，必须到考点参加理论和实操考试。"
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    ("text", "packs", "category"),
    [
        ("买家：制冷证要多久？卖家：半个月，不用考，身份证发我", SPECIAL, "certificate_sale"),
        ("顾客：毕业证能做吗 店主：能，学校专业发我，三天做好", CERTS, "fake_certificate"),
    ],
)
def test_a_shop_chat_in_a_plain_voice_is_the_sellers_offer(
    det, text: str, packs: list[str], category: str
) -> None:
    assert category in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "买家：这个焊机多久发货？卖家：两天，包邮",
        "记者假扮买家询问，卖家：不用考，资料发我就行",
    ],
)
def test_a_plain_chat_about_goods_or_under_a_reporter_stays_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "好评 在他家办的登高证 没去考 十几天就到了 网上能查 推荐",
        "五星 叉车证用了半年 一次考试都没去 单位查了也没事 老板靠谱",
    ],
)
def test_a_shill_review_crediting_the_shop_is_a_certificate_sale(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, SPECIAL)


def test_an_honest_review_of_a_training_school_stays_silent(det) -> None:
    text = "好评 在这家培训学校学的电工 老师讲得细 自己考过的 证在官网能查"
    assert categories(det, text, ALL) == set()


def test_the_paper_promised_object_first_before_the_exam_is_exam_fraud(det) -> None:
    assert "EF-003" in rule_ids(det, "电工理论 原题考前一晚发 背下来就行 私我", SPECIAL)
    assert categories(det, "考试院提醒：答案考前发的都是骗子，请勿相信", ALL) == set()


def test_a_yes_that_hands_the_answers_over_is_the_sellers(det) -> None:
    text = "问：会计初级有答案吗？答：有，开考前发给你，先付一半"
    assert "exam_fraud" in categories(det, text, ALL)
