"""Session 78, review201: a second reading of review196 (round 92) and of its hand-resolved merge.

review196 gave the take-back words after a refused saying (``silence._SAID_TAKEN_BACK``) and the denied
thing's back words (``_POST_DENIED_BACK``) the guards of the denied errand's way round, denied the
formality after the exam in person (``_POST_DENIED_WAIVED``), scorned the law vouch (``_LAW_VOUCH_SCORNED``)
and read the vouch's question mark in the original text (``_self_vouched(…, asked)``). Read again:

- the asked flag also silenced the seller who asks his own question and answers it at once (不违法？不违法，
  有人帮你考; 不违规？放心，一点也不违规), which the A-not-A form (违不违规？不违规) already reads as vouching;
- the formality denied took the seller's rhetorical question with it (这不是走个形式嘛, 不是走个过场吗);
- the learner's own 人事 greeted (``_GREETED_OWN``) also took the exam office, 人事考试院 / 人事局;
- the scorn missed its neighbours (不违规那才怪, 不违法就见鬼了), the question mark after a space;
- the squaring denied a few words before it (不会去打点考官, 从没跟考官打过招呼, 没有门路打点) still read as
  the pass taken back, while the seller's 没少打点 / 没问题…打点好了 must not be read as denied.

Each lawful line is pinned with the seller one step further in the same words.
Sentences written for this file (none is a row of a held-out set, of the corpus or of any real text).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, SPECIAL, TRAINING, assert_sells, assert_silent

_RUNS = [SPECIAL, ALL]
_TRAINING_RUNS = [TRAINING, ALL]

#: Lawful lines whose squaring is denied a few words before it, or whose greeting is the learner's own
#: (guard): no GP- (the pass family) in the default and all-packs runs.
_LAWFUL_NO_PASS = [
    "焊工证培训，包过这个词我们不用，我们不会去打点考官，全凭本事",
    "焊工证培训，包过这个词我们不用，我们从没跟考官打过招呼，全凭本事",
    "焊工证培训，包过这个词我们不用，我们没有门路打点考官，全凭本事",
    "焊工证培训，包过这个词我们不用，已经跟人事打过招呼，请假可以补课",
]

#: Lawful lines that stay silent in every rule: the formality denied in an emphatic statement.
_LAWFUL = [
    "焊工证培训，包过免考这种话我们从不讲，考试必须本人参加，这可不是走个形式，报名私聊",
]

#: The law word scorned or asked and left unanswered, or answered as a warning: no vouch.
_LAWFUL_LAW = [
    "焊工证找人代考？不违规那才怪，考试须本人参加",
    "焊工证找人代考不违法就见鬼了，考试须本人参加",
    "焊工证找人代考不违规 ？天方夜谭，考试须本人参加",
    "焊工证找人代考不违法？不违法才怪，考试须本人参加",
    "焊工证找人代考违法吗？当然违法，考试须本人参加",
]

#: The seller one step further: the rhetorical formality, the law asked and answered by the seller, the
#: exam office greeted, the squaring not denied, both greeting checks in one line, the refusal in other
#: words taken back after 但是, the take-back on the next line.
_SOLD = [
    "焊工证培训，包过免考这种话我们从不讲，考试必须本人参加，这不是走个形式嘛，报名私聊",
    "焊工证培训，包过免考这种话我们从不讲，考试必须本人参加，不是走个过场吗，报名私聊",
    "焊工证找人代考不违法？不违法，有人帮你考，私聊",
    "焊工证代考不违规？放心，一点也不违规，有人帮你考",
    "焊工证找人代考违规吗？不违规，有人帮你考",
    "焊工证培训，包过这个词我们不用，已经跟人事考试院打过招呼了，放心",
    "焊工证代考不了，已经跟人事考试院打过招呼了，放心",
    "焊工证培训，包过这个词我们不用，考官我们没少打点",
    "焊工证培训，包过这个词我们不用，没问题考官都打点好了",
    "焊工证培训，包过这个词我们不用，不用担心考官打点好了",
    "焊工证培训，包过这个词我们不用，考官那边不用你打点，我们打点好了",
    "焊工证培训，包过这个词我们不用，已经跟班主任打过招呼，考官那边也打点好了",
    "焊工证培训，包过这种话我们从来不说，考点那边我们没打过招呼，考官那边早打过招呼了，放心",
    "焊工证培训，包过这个词我们不用\n考官那边打过招呼了",
    "焊工证培训，稳过这个词我们不敢讲，但是交钱就稳",
    "焊工证培训，包过这种话我们不敢说，但是考试有人替",
    "焊工证培训，保过我们不承诺，但是交钱等证",
]

#: Sellers still missed (old, not review196's): the refusal as a promise not made (这种承诺我们不做) is no
#: refused saying; the rhetorical question mark is a full stop once the text is normalized; 说白了 before the
#: formality keeps the whole line silent (before review196 too).
_STILL_MISSED = [
    "焊工证培训，包过这种承诺我们不做，但是交钱就稳",
    "焊工证培训，包过免考这种话我们从不讲，考试必须本人参加，这不是走个形式？报名私聊",
    "焊工证培训，包过免考这种话我们从不讲，考试必须本人参加，说白了不是走个过场吗，报名私聊",
]


@pytest.mark.parametrize("packs", _RUNS)
@pytest.mark.parametrize("text", _LAWFUL_NO_PASS)
def test_the_squaring_denied_or_the_own_greeting_takes_nothing_back(det, text: str, packs) -> None:
    assert_silent(det, text, packs, of=("GP-",))


@pytest.mark.parametrize("packs", _RUNS)
@pytest.mark.parametrize("text", _LAWFUL)
def test_the_formality_denied_stays_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", _TRAINING_RUNS)
@pytest.mark.parametrize("text", _LAWFUL_LAW)
def test_the_law_word_scorned_or_left_unanswered_is_no_vouch(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", _RUNS)
@pytest.mark.parametrize("text", _SOLD)
def test_the_seller_one_step_further_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ("GP-", "CS-", "EF-"), packs)


@pytest.mark.xfail(
    strict=True,
    reason="old: 这种承诺我们不做 no refused saying; ？ is 。 normalized; 说白了 silences",
)
@pytest.mark.parametrize("text", _STILL_MISSED)
def test_sellers_still_missed(det, text: str) -> None:
    assert_sells(det, text, ("GP-", "CS-", "EF-"), SPECIAL)
