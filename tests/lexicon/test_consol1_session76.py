"""Session 76, consol1: the refusal and take-back lists read as one (behaviour kept but for the drifts).

Rounds 86-90 wrote the same vocabularies two or three times with drift between the copies: the
school that refuses to say the pass (``silence._POST_DENIED``'s saying branches and
``_SAID_REFUSAL``), the school as the refuser (its place word and adverb), the denial said twice as a
list (``_POST_DENIED`` and ``_BACK_DENIED_TOO``), the pass waived before the paper's time
(``stance._ASKED_YES_PASS_WAIVED`` and ``_ASKED_YES_PASS_WAIVED_BEFORE``) and the seller's own law
vouch (``silence._SELF_VOUCHED_LAW`` and ``_WAY_ROUND_JUDGED``). Each drift found is pinned here both
ways: the line one copy read and its twin did not, and the seller one step further with the same words.

Sentences written for this file (none is a row of a held-out set, of the corpus or of any real text).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    EACH_PACK_RUNS,
    SELLER_RUNS,
    assert_sells,
    assert_silent,
)

#: A school refusing the pass (or the skip) in words one copy of the refusal list had and its twin
#: lacked: the word noun with 不敢说 / 说不出口 / 不承诺, 这儿 / 也 / 从 before the refusing verb, the
#: second item denied with 的事 / 从来 and the first with 都, the examiner who cannot be squared
#: (没法打点). Silent in every run (the model's ML- aside).
_LAWFUL = [
    "焊工证培训，稳过这个词我们从来不敢说，考试必须本人参加",
    "焊工证培训，包过这几个字我们说不出口，课程讲透为止",
    "焊工证培训，保过这个词本校不承诺，考试必须本人参加",
    "焊工证培训，包过这种话我们这儿从来不说，考试必须本人参加",
    "焊工证培训，包过这种话我们也不说，考试必须本人参加",
    "焊工证培训，包过我们挂不上嘴，考试必须本人参加",
    "焊工证培训，免考的我们从不办，考试必须本人参加",
    "焊工证培训，包过的没有，免考的事也从来没有，考试本人参加",
    "焊工证培训，包过这个词我们不用，考场也没法打点，全凭本事",
    "焊工证培训，包过的都没有，考试本人参加",
]

#: The seller one step further with the same words: the pass taken back, a wink, a private contact.
_SOLD = [
    "焊工证培训，稳过这个词我们从来不敢说，来了都能过",
    "焊工证培训，包过这几个字我们说不出口，懂的加v",
    "焊工证培训，保过这个词本校不承诺，签协议保过",
    "焊工证培训，包过这种话我们这儿从来不说，懂的加v",
    "焊工证培训，包过这种话我们也不说，但结果你懂",
    "焊工证培训，包过我们挂不上嘴，但结果你懂",
    "焊工证免考的我们从不办，我们有内部渠道，私聊",
    "焊工证培训，包过的没有，免考的事也有，懂的加v",
    "焊工证培训，包过这个词我们不用，考场打点好了",
    "焊工证包过的都没有，我们这里真包过",
    "焊工证培训，包过的都没有不过的",
]

#: The other way round: sellers a copy let through that its twin read as the trade. The pass
#: waived with 不论 before the paper's time (不管 / 无论 already were), the law vouched with 不违规
#: (不违法 / 不犯法 already were), the exam in person waived as 走个形式 (走个过场 already was).
_SOLD_DRIFT = [
    "有人说焊工证免考不可能？可能的，报名培训，考完不论怎样十天出证，私信",
    "焊工证代考不了，有人帮你考，不违规，放心",
    "焊工证培训，包过免考这种话我们从不讲，考试必须本人参加，走个形式，报名私聊",
]

#: Their lawful twins: the learner of any level before the exam passed, a claim of 不违规 quoted.
_LAWFUL_DRIFT = [
    "有人说焊工证免考不可能？可能的，报名培训，不论基础好坏，考试合格后十天出证",
    "有人说焊工证代考不违规，这是误导，考试须本人参加",
]


@pytest.mark.parametrize("packs", EACH_PACK_RUNS)
@pytest.mark.parametrize("text", _LAWFUL)
def test_the_school_refusing_the_pass_in_its_twin_words_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize("text", _SOLD)
def test_the_seller_one_step_further_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ("GP-", "CS-"), packs)


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize("text", _SOLD_DRIFT)
def test_the_seller_a_copy_let_through_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ("CS-", "EF-", "GP-"), packs)


@pytest.mark.parametrize("packs", EACH_PACK_RUNS)
@pytest.mark.parametrize("text", _LAWFUL_DRIFT)
def test_the_lawful_twin_of_a_drift_stays_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)
