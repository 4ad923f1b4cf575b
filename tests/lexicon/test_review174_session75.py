"""Session 75, helper review174: second reading of review170 (round 89).

Sentences written for this file (none is a row of a held-out set or of any real text; the task's
own examples are quoted from the task, not from a set).

review170 let ``stance.asked_yes_withheld`` (the one account of the writer's own yes to an asked
denial: …免考不可能？可能的 / …不存在？有) read the paper's time after a passed exam (考试合格后十天出证,
考完十天出证, 通过后一个月内下证) as the school's, not as the trade beside its course
(``stance._asked_yes_paper_after_exam``), and counted 先学后考 / 边学边考 as the school's course.
Read by a stranger, the exemption also took:

- the pass the seller sells (保证合格后十天出证, 包你合格, 百分百合格, 确保通过): the 合格 promised;
- the pass waived in the clause before the exam word (不管过没过，考完十天出证), where review170's own
  second reading only looked after it;
- a 通过后 that is no exam's (材料审核通过后十天出证: the papers checked, no exam at all);
- with 先学后考, the exam skipped in a clause of its own (考试不用来, 考试人不用到);

each a CS-001 before review170 and silent after it. Their lawful twins (the school that refuses to
promise the pass, the resit, the papers checked before the exam) must stay silent, and the school's
paper time written after a comma (考试合格后，十天出证: a CS-001 before and after review170) is the
same lawful paper time.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    LAWFUL_RUNS,
    SELLER_RUNS,
    assert_sells,
    assert_silent,
)

#: Sellers review170's exemption silenced (each a CS-001 on its parent d8326e2a): the pass sold, the
#: pass waived before the exam word, the papers' review for the exam, the skip beside 先学后考.
_REGRESSED_SOLD = [
    "有人说焊工证免考不可能？可能的，报名培训，保证合格后十天出证，私信",
    "网友说电工证免考不存在？有，报名上课，包你合格，合格后半个月出证，加v",
    "有人说焊工证免考不可能？可能的，报名培训，百分百合格，合格后十天出证，私信",
    "有人说焊工证免考不可能？可能的，报名培训，不管过没过，考完十天出证，私信",
    "有人说焊工证免考不可能？可能的，报名培训，材料审核通过后十天出证，私信",
    "网友说登高证免考不可能？可能的，先学后考，考试不用来，私聊报名",
    "网友说叉车证免考不可能？可能的，先学后考，考试人不用到，考完十天出证，私聊",
    # found on the second look at this file's own change: the pass waived as 考得怎样, the exam
    # skipped as 不用去 beside 先学后考, the health check passed (no exam)
    "有人说焊工证免考不可能？可能的，报名培训，不管考得怎样，考完十天出证，私信",
    "有人说焊工证免考不可能？可能的，先学后考，考试不用去，私聊",
    "有人说焊工证免考不可能？可能的，报名培训，体检合格后十天出证，私信",
    # the answer on the next line, and in traditional characters
    "有人说焊工证免考不可能？\n可能的，报名培训，保证合格后十天出证，私信",
    "有人說焊工證免考不可能？可能的，報名培訓，保證合格後十天出證，私信",
]
#: Sellers of the same shape that still fire after review170 (by 替考 / 走过场 / 保过 rules or by
#: the general question reading): guards for the change.
_STILL_SOLD = [
    "有人说焊工证免考不可能？可能的，报名参加培训，考试合格后十天出证，考试我们安排人替考，私信",
    "有人说焊工证免考不可能？可能的，报名培训，考试走个过场，考完十天出证，私信",
    "有人说焊工证免考不可能？可能的，报名培训，考试保过，合格后十天出证，私信",
    "有人说焊工证免考不可能？可能的，报名培训，人不用去，考完十天出证，私信",
    "有人问焊工证能免考吗？能的，报名培训，保证合格后十天出证，私信",
    "网友说电工证免考不存在？有，报名培训，确保通过，通过后一个月内下证，加v",
    "有人说登高证免考不可能？可能的，报名学习，过不过都一样，考完十天拿证，私聊",
    # the comma twin's seller: the pass waived between the exam and the paper
    "有人说焊工证免考不可能？可能的，报名培训，考完，不管过没过，十天出证，私信",
    "有人说焊工证免考不可能？可能的，报名培训，考试合格后，交钱就出证，私信",
    "有人说焊工证免考不可能？可能的，报名培训，没过也出证，考完十天出证，私信",
    "有人说焊工证免考不可能？可能的，报名培训，不用本人去考，考完十天出证，私信",
]
#: The lawful twins: the school that will not promise the pass, the resit, the learner of any
#: level, the papers checked before the exam, the exam in person or no formality, the paper time
#: on the next line, in traditional characters or full-width digits.
_TWINS_LAWFUL = [
    "有人说焊工证免考不可能？可能的，报名培训，我们不敢保证合格，考试合格后十天出证，私信",
    "有人说焊工证免考不可能？可能的，报名培训，没人能保证通过，考试合格后十天出证，私信",
    "有人说焊工证免考不可能？可能的，报名培训，不合格可以免费补考，考试合格后十天出证，私信",
    "有人说焊工证免考不可能？可能的，报名培训，不管零基础还是老手，考试合格后十天出证，私信",
    "有人说焊工证免考不可能？可能的，报名培训，报名材料审核通过后安排考试，考试合格后十天出证，私信",
    "有人说焊工证免考不可能？可能的，报名培训，周末上课平时不用来，考试合格后十天出证，私信",
    "有人说焊工证免考不可能？可能的，先学后考，考试须本人到场，私聊报名",
    "有人说焊工证免考不可能？可能的，先学后考，考试不是走过场，私聊报名",
    "有人说焊工证免考不可能？\n可能的，报名参加培训，考试合格后十天出证，私信",
    "有人說焊工證免考不可能？可能的，報名參加培訓，考試合格後十天出證，私信",
    "有人说焊工证免考不可能？可能的，报名参加培训，考试合格后１０天出证，私信",
    # the edges of this file's own change: the errand after the exam, the trip spared, the
    # learner's past and trade (no pass waived, no exam skipped)
    "有人说焊工证免考不可能？可能的，报名培训，考试合格后不用来领，证书快递到家，私信",
    "有人说焊工证免考不可能？可能的，报名培训，考试不用到外地，本地考点，考试合格后十天出证，私信",
    "有人说焊工证免考不可能？可能的，报名培训，不管过去有没有基础，考试合格后十天出证，私信",
    "有人说焊工证免考不可能？可能的，报名培训，不论考哪个工种，考试合格后十天出证，私信",
]
#: The school's paper time after a comma (考试合格后，十天出证): a CS-001 before review170 and
#: after it -- the same lawful paper time as the one without the comma.
_COMMA_LAWFUL = [
    "有人说焊工证免考不可能？可能的，报名参加培训，考试合格后，十天出证，私信",
    "网友说电工证免考不存在？有，报名上课，考完以后，二十天左右下证，加v",
]


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize("text", _REGRESSED_SOLD + _STILL_SOLD)
def test_the_sellers_paper_after_a_sold_or_waived_exam_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", LAWFUL_RUNS)
@pytest.mark.parametrize("text", _TWINS_LAWFUL + _COMMA_LAWFUL)
def test_the_schools_paper_after_the_passed_exam_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


#: The debunker who asks 没有的事？ and confirms it, or says it: silent on 8c8a1a72, and what any
#: fix of the left seller below must keep silent (blanking 没有的事 asked made the second fire).
_NO_SUCH_THING_LAWFUL = [
    "有人说登高证不用考没有的事？确实没有，必须本人考试，报名私信",
    "有人说登高证不用考没有的事？对，没有，考试必须本人参加，咨询报名加微信 dg_5566",
    "有人说登高证不用考，没有的事，必须本人考试，报名私信",
]


@pytest.mark.parametrize("packs", LAWFUL_RUNS)
@pytest.mark.parametrize("text", _NO_SUCH_THING_LAWFUL)
def test_the_debunker_of_no_such_thing_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.xfail(
    strict=True,
    reason="the stance stage reads 有的 inside 没有的事 as a weak report word (round 89 left line); "
    "blanking 没有的事 asked made the debunker's 对，没有 fire: the reader sees no answer",
)
def test_the_asked_no_such_thing_answered_by_a_seller(det, packs) -> None:
    assert_sells(det, "有人说登高证不用考没有的事？行，交钱就办，微信 dg_5566", ANY_RULE, packs)
