"""Session 75, helper review179: second reading of review174 (round 90).

Sentences written for this file (none is a row of a held-out set or of any real text).

review174 let ``stance._ASKED_YES_TRADE`` (the trade beside the school's course in the writer's own
yes to an asked denial: …免考不可能？可能的，…) count the pass promised (保证 / 确保 / 包你 / 百分百 +
合格 / 通过), unless 不 / 没 / 无 / 谁 stood in the three characters before it, and the exam skipped in
its own words (考试不用来). Read by a stranger, that also took:

- the school that refuses to promise the pass with the refusal further back than three characters
  or in other words (没有人能百分百通过, 无法百分百保证通过, 从未向学员保证合格, 我们不会向你保证合格,
  拒绝承诺保证通过, and in traditional characters 沒有人能保證通過);
- 通过 the preposition (保证通过正规渠道报名: the way of enrolling, no pass);
- 考 inside another word (参考书不用去买: the book, no exam);

each silent before review174 beside the school's 考试合格后十天出证 and a CS-001 after it. And the
pass promised as 考过 (确保能考过) was left out of the list: silent in every run.
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

_ASKED = "有人说焊工证免考不可能？可能的，报名培训，"
_PAPER = "，考试合格后十天出证，私信"

#: The school's own words before its lawful paper time that review174 read as the pass sold or the
#: exam skipped (each a CS-001 on 27339796): the refusal further back, 通过 the preposition, 考 of
#: another word.
_REGRESSED_LAWFUL = [
    _ASKED + "没有人能百分百通过" + _PAPER,
    _ASKED + "无法百分百保证通过" + _PAPER,
    _ASKED + "没法保证百分百通过" + _PAPER,
    _ASKED + "从未向学员保证合格" + _PAPER,
    _ASKED + "我们不会向你保证合格" + _PAPER,
    _ASKED + "谁敢保证通过" + _PAPER,
    _ASKED + "拒绝承诺保证通过" + _PAPER,
    _ASKED + "参考书不用去买，我们发" + _PAPER,
    "网友说电工证免考不存在？有，报名上课，任何机构都没办法保证合格，考完十天出证，加v",
    "有人說焊工證免考不可能？可能的，報名培訓，沒有人能保證通過，考試合格後十天出證，私信",
]
#: The school's lines that already stay silent: guards of the change (the teaching promised, the
#: refusal close by, the exam in person, the trip spared, the learner of any level).
_KEPT_LAWFUL = [
    _ASKED + "保证教学质量" + _PAPER,
    _ASKED + "确保学员安全，包教包会" + _PAPER,
    _ASKED + "谁也不敢保证通过" + _PAPER,
    _ASKED + "没有谁敢保证通过" + _PAPER,
    _ASKED + "从不承诺包你合格" + _PAPER,
    _ASKED + "不保证一次通过" + _PAPER,
    _ASKED + "百分百本人参加考试" + _PAPER,
    _ASKED + "不论零基础都能学会" + _PAPER,
    _ASKED + "培训合格后参加考试" + _PAPER,
    _ASKED + "考试不用来回跑，本地考点" + _PAPER,
    _ASKED + "理论考试不用来本校，直接去考点" + _PAPER,
    _ASKED + "报名不用到考试中心，网上报" + _PAPER,
]
#: The seller one step from each lawful line above: the pass promised or the exam skipped in the
#: same words, with a private contact. Must fire in the default and all packs.
_SOLD = [
    _ASKED + "我们百分百通过" + _PAPER,
    _ASKED + "百分百保证通过" + _PAPER,
    _ASKED + "我们保证合格" + _PAPER,
    _ASKED + "向你保证合格" + _PAPER,
    _ASKED + "保证通过，不用到场" + _PAPER,
    _ASKED + "考试不用去，我们安排" + _PAPER,
    _ASKED + "确保拿证，考完十天出证，私信",
    _ASKED + "保证拿证，考完十天出证，私信",
    _ASKED + "稳过，考完十天出证，私信",
    _ASKED + "包你過，考完十天出证，私信",
    _ASKED + "１００％合格，考完十天出证，私信",
    _ASKED + "保你通过，考完十天出证，私信",
    "有人說焊工證免考不可能？可能的，報名培訓，保證通過，考試合格後十天出證，私信",
    # the pass promised as 考过: silent in every run on 27339796
    _ASKED + "确保能考过，考完十天出证，私信",
    _ASKED + "保证你考过，考完十天出证，私信",
    # 谁 not asking: anyone passes
    _ASKED + "谁来都保证合格，考完十天出证，私信",
]


@pytest.mark.parametrize("packs", LAWFUL_RUNS)
@pytest.mark.parametrize("text", _REGRESSED_LAWFUL + _KEPT_LAWFUL)
def test_the_schools_refusal_or_means_beside_its_paper_time_is_silent(
    det, text: str, packs
) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize("text", _SOLD)
def test_the_pass_promised_or_the_exam_skipped_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


#: 通过 the means: review174 added CS-001 / CS-201; GP-002 (the pass-rate promise read on 保证通过)
#: fired before review174 too and is left alone (仍然误报).
_MEANS_LAWFUL = _ASKED + "保证通过正规渠道报名" + _PAPER


@pytest.mark.parametrize("packs", LAWFUL_RUNS)
def test_passing_through_the_official_channel_is_no_certificate_sale(det, packs) -> None:
    assert_silent(det, _MEANS_LAWFUL, packs, of="CS-")


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.xfail(
    strict=True,
    reason="a CS-001 before review174 too: the self-answered offer reads 我们 + 保证合格 past the "
    "refusal (从未 / 不包), not the asked yes's account (left, 仍然误报)",
)
def test_the_school_that_never_promised_the_pass_in_the_first_person(det, packs) -> None:
    assert_silent(det, _ASKED + "我们从未保证合格" + _PAPER, packs)
