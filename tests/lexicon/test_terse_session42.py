"""Session 42, helper "terse": the paper's own cues in a short line with no contact.

Two kinds of them together (its delivery, "can be looked up", pay after, a bare price) make a
seller's title; one of them alone, or any of them beside a course, an exam, goods, a job or the
writer's own story, does not. Sentences written for this test, not taken from the held-out set.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import categories


def _cues(det, text: str, word: str) -> tuple[str, ...]:
    at = text.index(word)
    return det._stance.judge(text, at, at + len(word), []).cues


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("熔接证 两千一 上网可查", "熔接证"),
        ("司炉证 四天出证 包查", "司炉证"),
        ("电焊证 1500 先出证后付款", "电焊证"),
        ("中专 毕业证 学信可查 两个月下证", "毕业证"),
    ],
)
def test_two_of_the_papers_cues_make_a_sellers_title(det, text: str, word: str) -> None:
    assert any(c.startswith("offer:证件本身(") for c in _cues(det, text, word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # one cue alone
        ("司炉证 四天出证", "司炉证"),
        # a course's schedule, a shop's goods, a job post, the writer's own story
        ("司炉班 考试合格后二十天出证 官网可查", "司炉"),
        ("电焊证考试题库 1500题 秒发 可查", "电焊证"),
        ("招电焊工 持电焊证 1500 可查", "电焊证"),
        ("我的电焊证上网能查 考了三回", "电焊证"),
    ],
)
def test_one_cue_or_a_lawful_line_adds_nothing(det, text: str, word: str) -> None:
    assert not any(c.startswith("offer:证件本身(") for c in _cues(det, text, word))


@pytest.mark.parametrize(
    "text",
    [
        "制冷证 三千二 可查",
        "叉车证 五天出证 能查",
    ],
)
def test_the_title_is_flagged_without_a_contact(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text)


@pytest.mark.parametrize(
    "text",
    [
        "制冷作业培训 三千二 含考试费 考完可查",
        "叉车班 五天学完 考试后二十个工作日出证 官网能查",
        "叉车证考试模拟题 电子版 秒发 包邮",
        "我的叉车证上网能查 五天就考完了",
    ],
)
def test_courses_shops_and_learners_stay_silent(det, text: str) -> None:
    assert not categories(det, text)


def test_a_headline_asking_about_the_paper_is_no_title(det) -> None:
    text = "驾驶证三天到手，官网还能查？"
    assert not any(c.startswith("offer:证件本身(") for c in _cues(det, text, "驾驶证"))
