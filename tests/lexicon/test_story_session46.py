"""Session 46, helper "story": learners and workers telling their own story of an exam or a
certificate (when they sat it, how it went, their class's results, the employer sending and
paying, the school posting the diploma home) are silent; a shill's story that ends in a contact
or a call still sells.

Sentences written for this test, not taken from the held-out set (holdout135).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "我前年考的焊工证，跟着师傅练了一个多月，实操一次就过了",
        "我当时理论只复习了一周，没想到考了九十四分",
        "我们班四十个人考低压电工，一次通过的有三十多个",
        "上个月刚考完制冷证，考了两次，第二次才过，实操还是要多练",
        "我们老师讲的方法我照做了，考试一次就过了",
    ],
)
def test_a_learners_own_exam_story_is_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "公司安排我们几个去考叉车证，学费公司出的，我上周刚考完，在等证",
        "单位让我去考高处作业证，费用单位报销，考过了还有补贴",
    ],
)
def test_the_employer_sending_and_paying_is_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


def test_the_school_posting_the_diploma_home_is_silent(det) -> None:
    assert not rule_ids(det, "学位证学校寄来了，网上也能查，这下放心了", ALL)


@pytest.mark.parametrize(
    "text",
    [
        "我去年考的电工证就是在他家办的，不用考试，十天就拿到了，要办的加他 V：dg_1122",
        "我考的焊工证是他们包过的，不过全退，现在还招人，电话 139 1234 5678",
        "我们班好几个都是找他替考的，本人不用去，要的私聊 QQ 12345678",
    ],
)
def test_a_shills_story_still_sells(det, text: str) -> None:
    assert rule_ids(det, text, ALL)
