"""Session 76, helper review188: second reading of review183 (round 91).

Sentences written for this file (none is a row of a held-out set or of any real text).

review183 gave ``stance._ASKED_YES_PASS_REFUSED`` the school's words for refusing the promised
pass (没有任何机构能, 不得, 不可, 严禁, 禁止, 很难, 难以, 未必, 哪有, 怎么能 ...), each refusing the
promise wherever it stood back in the promise's clause. Read by a stranger, those words refuse
anything that follows them, and the seller uses them for his own boast or secrecy right before
the promise: 没有任何风险保证合格, 严禁外传保证通过, 考试很难我们保证通过, 未必要来保证合格,
缺一不可保证合格, 机不可失保证合格, 效果好得不得了保证合格, 怎么能错过保证合格. Each was a CS-001 /
CS-201 before review183 and silent after it. They refuse the promise only leaning on it: nothing,
who would promise, a modal or to whom between (不得保证合格, 严禁任何机构保证通过, 未必能保证通过).

The refusal taken back (``stance._ASKED_YES_REFUSAL_TAKEN_BACK``) in other words (我们行 is read;
我们这可以, 俺们能, 咱能, 我们都能, 我们公司可以 were not) is pinned where it sells.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    LAWFUL_RUNS,
    SELLER_RUNS,
    assert_sells,
    assert_silent,
)

_ASKED = "有人说焊工证免考不可能？可能的，报名培训，"
_PAPER = "，考试合格后十天出证，私信"
_QUICK = "，考完十天出证，私信"

#: The seller's boast or secrecy in the school's refusing words, right before his promise: a CS-001
#: on review183's parent, silent on its head.
_BOAST_SOLD = [
    _ASKED + "没有任何风险保证合格" + _PAPER,
    _ASKED + "没有任何套路保证通过" + _PAPER,
    _ASKED + "考试很难我们保证通过" + _PAPER,
    _ASKED + "严禁外传保证通过" + _PAPER,
    _ASKED + "严禁外传：保证通过" + _PAPER,
    _ASKED + "禁止外传保证通过" + _PAPER,
    _ASKED + "未必要来保证合格" + _PAPER,
    _ASKED + "哪有那么难保证合格" + _PAPER,
    _ASKED + "缺一不可保证合格" + _PAPER,
    _ASKED + "实力不可小觑保证通过" + _PAPER,
    _ASKED + "机不可失保证合格" + _PAPER,
    _ASKED + "不可否认我们保证合格" + _PAPER,
    _ASKED + "效果好得不得了保证合格" + _PAPER,
    _ASKED + "怎么能错过保证合格" + _PAPER,
    "有人說焊工證免考不可能？可能的，報名培訓，嚴禁外傳保證通過，考試合格後十天出證，私信",
]

#: The school's refusals leaning on the promise (nothing, who, a modal or to whom between): silent
#: after review183 and still so.
_LEANING_LAWFUL = [
    _ASKED + "培训机构不可保证合格" + _PAPER,
    _ASKED + "严禁任何机构保证通过" + _PAPER,
    _ASKED + "禁止培训机构保证合格" + _PAPER,
    _ASKED + "老师们也很难保证合格" + _PAPER,
    _ASKED + "机构无权保证合格" + _PAPER,
    _ASKED + "没有一所学校能够保证合格" + _PAPER,
    _ASKED + "我们不可能向你保证合格" + _PAPER,
    # just outside review183's list: 不许诺 (拒绝许诺 was in), 不应承诺 (a CS-001 on its head)
    _ASKED + "学校不许诺保证合格" + _PAPER,
    _ASKED + "不应承诺保证合格" + _PAPER,
]

#: The seller one step from the leaning refusals: his own pass sold after the school's words.
_LEANING_SOLD = [
    _ASKED + "严禁任何机构保证通过，我们内部渠道保证通过" + _PAPER,
    _ASKED + "不应承诺保证合格，交钱就包过，私信",
]

#: The refusal taken back in other words than review183's (咱能, 我们这可以, 我们都能, 我们包你过).
_TAKEN_BACK_SOLD = [
    _ASKED + "没有人能保证通过，咱能" + _QUICK,
    _ASKED + "没有人能保证通过，我们这可以" + _QUICK,
    _ASKED + "没有人能保证通过，我们都能" + _QUICK,
    _ASKED + "没有人能保证通过，我们包你过" + _QUICK,
]


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize("text", _BOAST_SOLD)
def test_the_refusing_word_of_something_else_does_not_cover_the_pass(det, text: str, packs) -> None:
    assert_sells(det, text, "CS-", packs)


@pytest.mark.parametrize("packs", LAWFUL_RUNS)
@pytest.mark.parametrize("text", _LEANING_LAWFUL)
def test_the_school_refusing_word_leaning_on_the_promise_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize("text", _LEANING_SOLD + _TAKEN_BACK_SOLD)
def test_the_pass_sold_past_the_school_words_or_taken_back_sells(det, text: str, packs) -> None:
    assert_sells(det, text, "CS-", packs)


@pytest.mark.parametrize("packs", SELLER_RUNS)
def test_the_refusal_taken_back_by_the_firm(det, packs) -> None:
    assert_sells(det, _ASKED + "没有人能保证通过，我们公司可以" + _QUICK, "CS-", packs)


#: The school's refusal just outside both lists, a CS-001 / CS-201 before review183 too: the verdict
#: after the promise without 是 (``_ASKED_YES_PASS_JUDGED_AFTER`` wants 是不可能), 不做 … 的承诺.
_OUTSIDE_LAWFUL = [
    _ASKED + "保证合格根本不可能" + _PAPER,
    _ASKED + "我们不做保证通过的承诺" + _PAPER,
]


@pytest.mark.parametrize("packs", LAWFUL_RUNS)
@pytest.mark.parametrize("text", _OUTSIDE_LAWFUL)
@pytest.mark.xfail(
    strict=True,
    reason="old: the verdict without 是 and 不做…的承诺 are in no refusing list (left, 仍然误报)",
)
def test_the_school_refusing_outside_the_lists(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", SELLER_RUNS)
def test_the_boast_of_what_others_cannot(det, packs) -> None:
    assert_sells(det, _ASKED + "别人不可能做到的，我们保证合格" + _QUICK, "CS-", packs)
