"""Session 74, helper review170: second reading of asked1's one account of the asked yes.

Sentences written for this file (none is a row of a held-out set or of any real text; the task's
own examples are quoted from the task, not from a set).

asked1 made ``stance.asked_yes_withheld`` the one account of the words after the writer's own yes
to an asked denial (…不可能？可能的 / …不存在？有): the school's course counts only with no trade named
beside it (``_ASKED_YES_TRADE``: 出证 / 十天拿证 / 包过 …). A school that names the lawful paper's time
after the exam passed (考试合格后十天出证) was silent before asked1 and fired CS-001 after it: the
paper bounded by the passed exam is no trade. The school's other enrolment words, the lawful 不是骗子
and the office's 抓紧 stay silent; the sellers of the same shape must still sell. The school's
先学后考 (a CS-001 before asked1 too) is the school's order of study and exam.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    EVERY_PACK,
    WITH_SPECIAL,
    assert_sells,
    assert_silent,
)

#: The school's answer naming the paper's time after the exam passed: silent before asked1, CS-001
#: after it (``_ASKED_YES_TRADE`` read 十天出证 beside the course).
_BOUNDED_LAWFUL = [
    "有人说焊工证免考不可能？可能的，报名参加培训，考试合格后十天出证，私信",
    "网友说电工证免考不存在？有，上课两周，考完后二十天左右发证书，私聊",
    "有人说登高证免考不可能？可能的，培训结束统一考试，通过后一个月内下证，私信咨询",
]
#: The school's answer with other enrolment words, the lawful 不是骗子, the office's 抓紧: silent
#: before and after asked1, kept as twins.
_TWINS_LAWFUL = [
    "有人说电工证免考不可能？可以的，报名参加我们的培训，考试合格发证，私信",
    "有人说焊工证免考不存在？有的，报班学习后参加统一考试，咨询电话0571-88886666",
    "有人说焊工证免考不存在？有，我们不是骗子，正规培训机构，考试须本人参加，私信",
    "有人说电工证到期不能复审？可以的，抓紧报名参加复审，私信",
    "网友说焊工证不考办不下来？办得下来，正规报名，统一参加考试，私聊",
    "有人说电工证免考不存在？有，报名后安排理论和实操考试，加v",
    "警方提醒：自称不是骗子的都要小心，有人说电工证免考不存在？有，私信",
    # the task's school with 先学后考 (fired before asked1 too): the order of study and exam
    "网友说登高证免考不可能？可能的，先学后考，名额有限，私聊报名",
    "有人说叉车证免考不存在？有的，先学后考，每月开考一次，私聊报名",
    # the pass not waived: the failed learner's resit in a clause of its own
    "网友说电工证免考不存在？有，报名培训，考试合格后二十天出证，不合格可以补考一次，加v",
]
#: Sellers of the same shape: the paper not bounded by an exam, the exam skipped, the pass promised.
_NEAR_SOLD = [
    "有人说电工证免考不可能？可能的，报名参加我们的培训，不用考试十天出证，私信",
    "有人说电工证免考不存在？有，报名后直接出证，加v",
    "有人说电工证免考不可能？可能的，名额有限，交钱报名就出证，私聊",
    "有人说焊工证免考不存在？有，我们不是骗子，十天拿证，私信",
    "有人说焊工证免考不可能？可能的，培训一天，合格不合格都十天出证，私信",
    "网友说电工证免考不存在？有，上课走个形式，考试包过，考完十天出证，私聊",
    "有人说焊工证免考不可能？可能的，报名培训，不用考试，交钱后十天出证，私信",
    "有人说焊工证免考不可能？可能的，报名培训，考完直接出证，私信",
    "有人说焊工证免考不可能？可能的，培训两天，交钱后十天出证，私信",
    "网友说登高证免考不可能？可能的，先学后考走个流程，十天出证，私聊",
    "网友说登高证免考不可能？可能的，先学后考，不去也行，十天拿证，私聊",
    # the pass waived after the exam word: review170's own first change let these pass for the
    # school's paper time
    "有人说焊工证免考不可能？可能的，报名培训，不会也没关系，考完不管过没过十天出证，私信",
    "网友说电工证免考不存在？有，报名培训，考完无论合不合格都十天出证，加v",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _BOUNDED_LAWFUL + _TWINS_LAWFUL)
def test_the_schools_asked_yes_with_the_papers_time_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _NEAR_SOLD)
def test_the_sellers_asked_yes_beside_a_course_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)
