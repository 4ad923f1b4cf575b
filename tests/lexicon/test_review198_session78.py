"""Session 78, helper review198: second reading of review192 (round 92).

Sentences written for this file (none is a row of a held-out set or of any real text).

review192 made 打点 / 打(过)招呼 after a denied proxy the seller's again when the squaring shows
(``silence._SQUARED_PAYOFF`` anywhere after the word, ``silence._GREETED_WHO`` anywhere in the greeting's
clause), and read the seller's other answers to its own 违不违法 (``silence._LAW_VOUCH_ANSWERED``). This
file pins what a stranger's reading of that change found:

* the payoff list read a school's or a learner's own words as the bribe's reward: the pass earned by
  study (认真复习就能过, 复习到位就能过, 考试合格后就可以拿证), care of oneself or of the lodging (照顾好自己,
  住宿有老师照顾, 家里老人有人照顾), knowing the way (大家都熟悉); and on a whole page it read past any
  distance (``_squared_read_otherwise`` passes the page);
* the examiner list read the one who greets (学校领导已和考点打过招呼, 群里面说已和考点…) and the exam centre
  (考评中心) as the one greeted;
* the seller's 放心吧 / 放心好了 and 百分百合法 still let its answer go unread.

Lawful lines are pinned silent (default run; all packs where the training pack's older EF-1xx does not
fire on them); the sellers one step on from each are pinned firing in the default and all-packs runs.
What is still missed is pinned as strict xfail.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.lexicon.scanning import ALL, ANY_RULE, SPECIAL, Packs, assert_sells, assert_silent

#: Lawful lines round 92 made fire in the default run, silent in every run before it.
_LAWFUL_EVERY_RUN = [
    "焊工证代考不了，考前打点好资料，认真复习就能过",
    "电工证代考不了，考前打点好行李，照顾好自己",
    "焊工证代考不了，班主任在群里面说已和考点打过招呼，请本人按时参加",
    "焊工证代考不了，学校已和考评中心打过招呼安排场次，请本人按时参加",
    # guards of the law answer (already silent): the reporter's, the regulator's, the school's
    "找人代考焊工证不违法？当然违法",
    "焊工证包过违不违规？合规的机构不会承诺包过",
    "焊工证代考违不违法？放心吧，违法的事我们不做，考试须本人参加",
]


@pytest.mark.parametrize("packs", [SPECIAL, ALL])
@pytest.mark.parametrize("text", _LAWFUL_EVERY_RUN)
def test_lawful_lines_silent_in_every_run(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


#: Lawful lines round 92 made fire in the default run (the training pack's EF-1xx on them is older).
_LAWFUL_DEFAULT = [
    "焊工证代考不了，考前打点好行装，考试合格后就可以拿证",
    "焊工证代考不了，学校已和考点打过招呼安排场次，请本人按时参加，复习到位就能过",
    "焊工证代考不了，学校已和考点打过招呼安排场次，请本人按时参加，住宿有老师照顾",
    "焊工证代考不了，学校领导已和考点打过招呼安排场次，请本人按时参加",
    "电工证代考不了，学员出发前打点好随身物品，家里老人有人照顾",
    "焊工证代考不了，考前打点好行装，考场路线大家都熟悉",
    "焊工证代考不了，考前打点好行装，我们熟悉考点的路线，本人参加考试",
]


@pytest.mark.parametrize("text", _LAWFUL_DEFAULT)
def test_lawful_lines_silent_by_default(det: Any, text: str) -> None:
    assert_silent(det, text, SPECIAL)


def test_payoff_far_down_the_page_is_not_the_greetings(det: Any) -> None:
    """A school's page: the greeting read as the sitting booked, the pass earned three sentences on."""
    text = (
        "包过这个词我们不用，学校已和考点打过招呼安排场次，请本人按时参加。"
        "教室在三楼，午饭自理，停车场在东门，上课请带好笔记本和计算器。"
        "班主任会关照每位学员的复习进度。"
    )
    assert_silent(det, text, SPECIAL)


#: Sellers one step on from each lawful line: the payoff not earned (随便考考就能过), the care at the
#: exam (考官会照顾好你), the examiner greeted by whoever greets (学校领导已和考官…, 考评员), the payoff two
#: clauses on, the examiner and the site greeted together, the seller's 放心吧 / 百分百合法 answer.
_SELLERS = [
    "焊工证代考不了，考前打点好资料，随便考考就能过",
    "焊工证代考不了，考前打点好资料，不用复习就能过",
    "焊工证代考不了，考前打点好行李，考官会照顾好你",
    "焊工证代考不了，考前打点好行李，住宿我们安排，考官那边有人照顾",
    "焊工证代考不了，考前打点好行装，考场我们很熟，人到就过",
    "焊工证代考不了，学校领导已和考官打过招呼，本人按时参加就行",
    "焊工证代考不了，已和考评员打过招呼安排场次，请本人按时参加",
    "焊工证代考不了，学校已和考点打过招呼安排场次，请本人按时参加，不会的题有人帮",
    "焊工证代考不了，考官和考点都打过招呼了，请本人按时参加",
    "焊工证代考不了，通过关系已和考点打过招呼安排场次，请本人按时参加",
    "焊工证代考不了，考官那边我们已经跟他们打过招呼了，请本人按时参加",
    "焊工证代考不了，打点一下东西。人到就过",
    "焊工证代考违不违法？放心吧，不违法，有人帮你考",
    "焊工证代考违不违法？放心好了，不违法，有人帮你考",
    "焊工证代考违不违法？百分百合法，有人帮你考",
    "焊工证代考违不违法？\n不违法，有人帮你考",
]


@pytest.mark.parametrize("packs", [SPECIAL, ALL])
@pytest.mark.parametrize("text", _SELLERS)
def test_sellers_one_step_on_fire(det: Any, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


#: Still missed (older than round 92): the legality asked as a plain question (违法吗？), answered in
#: words that are no law word (正规的), the bribe in words outside the lists (意思一下, 沟通好了).
_STILL_MISSED = [
    "焊工证代考违法吗？不违法，有人帮你考",
    "焊工证代考违不违法？正规的，有人帮你考",
    "焊工证代考不了，意思一下就能过",
    "焊工证代考不了，考官那边都沟通好了，本人按时到就行",
]


@pytest.mark.xfail(
    strict=True, reason="still missed (issue 9, session 78, review198): see _STILL_MISSED"
)
@pytest.mark.parametrize("text", _STILL_MISSED)
def test_still_missed(det: Any, text: str) -> None:
    assert_sells(det, text, ANY_RULE, SPECIAL)
