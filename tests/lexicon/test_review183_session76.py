"""Session 76, helper review183: second reading of review179 (round 90).

Sentences written for this file (none is a row of a held-out set or of any real text).

review179 replaced review174's three-character look back (不 / 没 / 无 / 谁 just before the pass
promised in ``stance._ASKED_YES_TRADE``) by a list of refusing words anywhere back in the promise's
clause (``stance._ASKED_YES_PASS_REFUSED``). Read by a stranger, that list:

- missed the school's refusals in other words, some of which the look back had caught (不得,
  不可以, 无从, 无权) and some never (没有任何机构能, 严禁承诺, 哪能, 怎么可能, 很难, 难以, 未必, and the
  verdict after the promise: 保证合格是不可能的): a CS-001 / CS-201 beside the school's paper time;
- took a refusing word about something else for the refusal of the promise: the seller's
  concession (不会开车也保证合格, 无法到场也保证合格), the failure refused (从未有人挂科保证合格,
  拒绝挂科保证通过), another thing refused (不包吃住), 无人机 read as 无人, the clause after a space
  (从未挂科 保证通过), and the refusal taken back at once (没有人能保证通过，我们能): silent after
  review179, a CS-001 before it;
- dropped 通过 the verb before an exam named after 正规 / 官方 / 线上 (保证通过官方考核: the pass, not a
  means), and 参考 the exam taker (参考学员不用去: the exam skipped).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    CERTS,
    LAWFUL_RUNS,
    SELLER_RUNS,
    assert_sells,
    assert_silent,
)

_ASKED = "有人说焊工证免考不可能？可能的，报名培训，"
_PAPER = "，考试合格后十天出证，私信"

#: The school refusing to promise the pass beside its lawful paper time, in words review179's list
#: left out: each a CS-001 on 054ab1cc.
_REFUSED_LAWFUL = [
    _ASKED + "没有任何机构能保证通过" + _PAPER,
    _ASKED + "没有一家学校可以保证合格" + _PAPER,
    _ASKED + "培训机构不得保证合格" + _PAPER,
    _ASKED + "我们不可以向学员保证合格" + _PAPER,
    _ASKED + "老师也无从保证合格" + _PAPER,
    _ASKED + "严禁承诺保证通过" + _PAPER,
    _ASKED + "谁都难以保证合格" + _PAPER,
    _ASKED + "保证合格是不可能的" + _PAPER,
    "有人說焊工證免考不可能？可能的，報名培訓，沒有任何機構能保證通過，考試合格後十天出證，私信",
]

#: The seller one step from each lawful line: the refusing word is about something else (the
#: learner's lack, the failure, the board), or taken back, or the pass is the exam's, or the exam
#: taker skips it. Each a CS-001 on review179's parent 31f782e7 (or a new line of the same shape),
#: silent or CS-less after: the CS- reading is what it lost (GP-002 reads some on 保证通过 anyway).
_SOLD = [
    _ASKED + "不会开车也保证合格" + _PAPER,
    _ASKED + "无法到场也保证合格" + _PAPER,
    _ASKED + "不能来考场照样保证通过" + _PAPER,
    _ASKED + "无人机也保证合格" + _PAPER,
    _ASKED + "从未有人挂科保证合格" + _PAPER,
    _ASKED + "拒绝挂科保证通过" + _PAPER,
    _ASKED + "从未挂科 保证通过" + _PAPER,
    _ASKED + "不包吃住保证通过" + _PAPER,
    _ASKED + "没有人能保证通过，我们能，考完十天出证，私信",
    _ASKED + "别人不敢保证合格，我们可以，考完十天出证，私信",
    _ASKED + "保证通过官方考核" + _PAPER,
    _ASKED + "确保通过线上考试" + _PAPER,
    _ASKED + "参考学员不用去" + _PAPER,
    _ASKED + "参考者不用来" + _PAPER,
    # guards of the new refusing words: the concession and the failure refused still sell
    _ASKED + "没有任何基础也保证合格" + _PAPER,
    _ASKED + "考试很难也保证通过" + _PAPER,
    _ASKED + "哪能考不过呢保证合格" + _PAPER,
    _ASKED + "保证合格不是不可能的" + _PAPER,
    "有人說焊工證免考不可能？可能的，報名培訓，從未有人掛科保證合格，考試合格後十天出證，私信",
]


@pytest.mark.parametrize("packs", LAWFUL_RUNS)
@pytest.mark.parametrize("text", _REFUSED_LAWFUL)
def test_the_school_refusing_the_pass_in_other_words_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize("text", _SOLD)
def test_the_refusal_of_something_else_does_not_cover_the_pass_sold(det, text: str, packs) -> None:
    assert_sells(det, text, "CS-", packs)


#: The school's refusals where GP-002 (the pass-rate promise read on 保证通过) fired before review174
#: too and is left alone: only the CS- reading review174 added is asked to go.
_REFUSED_GP_LEFT = [
    _ASKED + "怎么可能保证通过" + _PAPER,
    _ASKED + "未必能保证通过" + _PAPER,
]


@pytest.mark.parametrize("packs", LAWFUL_RUNS)
@pytest.mark.parametrize("text", _REFUSED_GP_LEFT)
def test_the_refusal_asked_or_doubted_is_no_certificate_sale(det, text: str, packs) -> None:
    assert_silent(det, text, packs, of="CS-")


_NO_RIGHT = _ASKED + "我们无权保证合格" + _PAPER


def test_the_school_without_the_right_to_promise_is_silent_in_the_certificates_pack(det) -> None:
    assert_silent(det, _NO_RIGHT, CERTS)


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.xfail(
    strict=True,
    reason="a CS-001 before review174 too: the self-answered offer (offer:自问自答, model 0.88) reads "
    "我们 + 保证合格 past 无权, not the asked yes's account (left, 仍然误报)",
)
def test_the_school_without_the_right_to_promise_in_the_first_person(det, packs) -> None:
    assert_silent(det, _NO_RIGHT, packs)


@pytest.mark.parametrize("packs", SELLER_RUNS)
def test_the_refusal_taken_back_beside_the_paper_after_the_exam(det, packs) -> None:
    assert_sells(det, _ASKED + "没有人能保证通过，我们能" + _PAPER, "CS-", packs)
