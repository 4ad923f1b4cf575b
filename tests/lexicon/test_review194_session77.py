"""Session 77, helper review194: second reading of review188 (round 91).

Sentences written for this file (none is a row of a held-out set or of any real text).

review188 made the school's refusing words that refuse anything (不得, 不可, 严禁, 禁止, 很难,
没有任何 …: group ``leaning`` of ``stance._ASKED_YES_PASS_REFUSED``) refuse the promised pass only
leaning on it (``stance._ASKED_YES_REFUSAL_LEANS``: nothing, who, a modal, to whom between). Read
by a stranger, the school's and the regulator's own refusals put more between: the promise
advertised (严禁发布 / 虚假宣传 / 刊登 / 标榜 / 打出 保证通过, 禁止作出保证通过的承诺, 不得使用
“保证合格”字样), the manner or the place (不得以任何名义, 不得在广告中), someone said to exist (不
可能有机构, 很难有人). Each was silent before review188 and a CS-001 / CS-201 after it.

Pinned too as guards: the school saying what it can do after 没有人能保证通过 (咱能保证的是课时, 我们
这可以免费重听, 我们都能提供模拟题, 我们能保证的，是课时和师资), the regulator's warning, and the
seller taking the refusal back in words outside ``stance._ASKED_YES_REFUSAL_TAKEN_BACK`` (只有我们能,
他们不能，我们能, 别人不行我们行, 我们可以保).
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

#: The school's refusal with the promise advertised, the manner, the place or someone said to
#: exist between: silent before review188, a CS-001 / CS-201 on its head.
_REFUSED_FURTHER_LAWFUL = [
    _ASKED + "严禁发布保证通过的广告" + _PAPER,
    _ASKED + "严禁虚假宣传保证通过" + _PAPER,
    _ASKED + "禁止作出保证通过的承诺" + _PAPER,
    _ASKED + "不得使用“保证合格”字样" + _PAPER,
    _ASKED + "不得以任何名义保证通过" + _PAPER,
    _ASKED + "不得在广告中保证通过" + _PAPER,
    _ASKED + "不可能有机构保证通过" + _PAPER,
]


@pytest.mark.parametrize("packs", LAWFUL_RUNS)
@pytest.mark.parametrize("text", _REFUSED_FURTHER_LAWFUL)
def test_the_school_refusing_the_promise_advertised_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", LAWFUL_RUNS)
def test_no_one_said_to_exist_who_promises_fires_no_cs(det, packs) -> None:
    # the old GP-002 / GP-101 of 很难 … 保证通过 is left (review183's 仍然误报); the CS- is review188's
    assert_silent(det, _ASKED + "很难有人保证通过" + _PAPER, packs, of="CS-")


#: The seller one step from those refusals: his own pass, the skip or the inside channel after.
_REFUSED_FURTHER_SOLD = [
    _ASKED + "严禁发布保证通过的广告，但我们内部渠道包过" + _QUICK,
    _ASKED + "严禁虚假宣传保证通过，我们不用考直接出证" + _QUICK,
    _ASKED + "不可能有机构保证通过，我们能" + _QUICK,
]


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize("text", _REFUSED_FURTHER_SOLD)
def test_the_pass_sold_past_the_advertised_refusal_sells(det, text: str, packs) -> None:
    assert_sells(det, text, "CS-", packs)


#: The school saying what it can do after no one can promise the pass (the task's three, and the
#: 的-clause with what it names in a clause of its own: a CS-001 / CS-201 on review188's head, which
#: read 咱能做到的 as the refusal taken back), and the regulator's warning.
_CAN_DO_LAWFUL = [
    _ASKED + "没有人能保证通过，咱能保证的是课时和师资" + _PAPER,
    _ASKED + "没有人能保证通过，我们这可以免费重听" + _PAPER,
    _ASKED + "没有人能保证通过，我们都能提供模拟题" + _PAPER,
    _ASKED + "没有人能保证通过，咱能做到的，就是把课讲透，私信",
    _ASKED + "没有任何机构能保证通过，谨防上当" + _PAPER,
]


@pytest.mark.parametrize("packs", LAWFUL_RUNS)
@pytest.mark.parametrize("text", _CAN_DO_LAWFUL)
def test_the_school_saying_what_it_can_do_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


#: The refusal taken back in words outside the list: silent before review188 too. The 的-clause
#: with nothing named after it, or the pass named, is the seller's (我们能做到的，私信 / 是包你过).
_TAKEN_BACK_SOLD = [
    _ASKED + "没有人能保证通过，只有我们能" + _QUICK,
    _ASKED + "没有人能保证通过，他们不能，我们能，私信",
    _ASKED + "没有人能保证通过，别人不行我们行，私信",
    _ASKED + "没有人能保证通过，我们可以保" + _QUICK,
    _ASKED + "没有人能保证通过，我们能做到的，私信",
    _ASKED + "没有人能保证通过，我们能做到的，是包你过，私信",
]


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize("text", _TAKEN_BACK_SOLD)
def test_the_refusal_taken_back_in_other_words_sells(det, text: str, packs) -> None:
    assert_sells(det, text, "CS-", packs)


@pytest.mark.parametrize("packs", SELLER_RUNS)
def test_the_refusal_taken_back_by_others_refusing_first_on_a_long_line(det, packs) -> None:
    assert_sells(det, _ASKED + "没有人能保证通过，他们不能，我们能" + _QUICK, "CS-", packs)


@pytest.mark.parametrize("packs", SELLER_RUNS)
def test_the_refusal_taken_back_in_traditional_characters_sells(det, packs) -> None:
    text = "有人說焊工證免考不可能？可能的，報名培訓，沒有人能保證通過，我們能，考完十天出證，私信"
    assert_sells(det, text, "CS-", packs)
