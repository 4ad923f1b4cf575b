"""Session 77, review196: a second reading of consol1 (round 91), the refusal and take-back lists merged.

consol1 gave each copy of a refusal / take-back word list the words of its twin. Three families now
read a word in a context its twin never saw:

- ``silence._SAID_TAKEN_BACK`` took ``_EXAMINER_SQUARED`` (打过招呼) from the denied errand's way round
  (``_DENIAL_RESOLD``) without that reading's guards: a school's 已和考点打过招呼安排场次 or 跟班主任打过招呼,
  and the denied 没打过招呼, were read as the pass taken back. The shared 打点 guards (``(?<!法)``,
  ``(?![滴不])``) also let the seller's 有办法打点 / 打点不少 / 打点不用你操心 through.
- ``_POST_DENIED``'s first branch took 就 / 都 (包过的都没有), whose back words (``_POST_DENIED_BACK``)
  had no inside way but 内部 / 渠道 / 关系: 包过的都没有，考试有人替 went silent.
- ``_POST_DENIED``'s word-noun branch took 不敢说 / 说不出口 / 不承诺 and 也 / 都: more sellers now reach
  the take-back reading (``_SAID_TAKEN_BACK``), whose words missed 交钱就稳, 没挂过, 等证就行, 直接寄证,
  一手交钱一手拿证, a bare 稳了, 考试都不用去, 考试都是自己人监考.
- ``_POST_DENIED_WAIVED`` took 走个形式 (and so 走形式) without a negation: 不是走个形式 / 绝不走形式 after
  the exam in person read as the wink.
- ``_SELF_VOUCHED_LAW`` took 违规: the sarcastic 不违规才怪 and the asked 不违规？ (its question mark is
  a full stop in the normalized text) read as the seller's own vouch.

Each lawful line is pinned with the seller one step further in the same words.
Sentences written for this file (none is a row of a held-out set, of the corpus or of any real text).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    SELLER_RUNS,
    WITH_TRAINING,
    assert_sells,
    assert_silent,
)

#: Lawful lines the merged lists newly read as the pass taken back or the exam waived, and guards for
#: the take-back words added here. No GP- (the pass family) in the default and all-packs runs.
_LAWFUL_NO_PASS = [
    # the school scheduled the sitting with the site; the greeting denied; the class teacher told
    "焊工证培训，包过这个词我们不用，学校已和考点打过招呼安排场次，请本人按时参加",
    "焊工证培训，包过这种话我们从来不说，考点那边我们没打过招呼，全凭本事",
    "焊工证培训，包过这个词我们不用，已经跟班主任打过招呼，请假可以补课",
    # the examiner squaring refused (consol1's trade-off 我们不打点, 没办法 beside 没法 / 无法)
    "焊工证培训，包过这个词我们不用，我们不打点考场，全凭本事",
    # the inside ways added to the denied thing's back words (``_POST_DENIED_BACK``), read as the
    # take-back reads them: the sitting scheduled, the exam's people denied ours
    "焊工证培训，包过的没有，学校已和考点打过招呼安排场次，请本人按时参加",
    "焊工证培训，包过这种话我们这儿从来不说，考场没有我们的人，全凭本事",
]

#: Lawful lines that stay silent in every rule (the model's ML- aside).
_LAWFUL = [
    # the formality denied after the exam in person, before the sign-up chat
    "焊工证培训，包过免考这种话我们从不讲，考试必须本人参加，不是走个形式，报名私聊",
    "焊工证培训，包过免考这种话我们从不讲，考试必须本人参加，绝不走形式，报名私聊",
    # guards of the take-back words added here: a learner's own steadiness, the card mailed after the pass
    "焊工证培训，包过这个词我们不用，学好了基础就稳了",
    "焊工证培训，包过这个词我们不用，合格后直接寄证到家",
    # consol1's 不敢说 after the word noun, in traditional characters
    "穩過這個詞我們從來不敢說，考試必須本人參加",
]

#: The law word scorned or asked: no vouch (training-ads reads the proxy exam).
_LAWFUL_LAW = [
    "焊工证找人代考？不违规才怪，考试须本人参加",
    "焊工证找人代考不违规？天方夜谭，考试须本人参加",
]

#: The seller one step further: the pass taken back in words the take-back reading missed, the examiner
#: squared in forms the shared guards let through, the formality as the wink, the law vouched.
_SOLD = [
    "焊工证培训，稳过这个词我们从来不敢说，但交钱就稳",
    "焊工证培训，包过这种话我们也不说，考试都不用去",
    "焊工证培训，包过这几个字我们说不出口，反正没挂过的",
    "焊工证培训，保过这个词本校不承诺，交了钱等证就行",
    "焊工证培训，保过这个词本校不承诺，到时候直接寄证",
    "焊工证培训，稳过这个词我们从来不敢说，一手交钱一手拿证",
    "焊工证培训，稳过这个词我们从来不敢说，稳了",
    "焊工证培训，包过这种话我们从来不说，考场打点不少，放心",
    "焊工证培训，包过这个词我们不用，考场打点不用你操心",
    "焊工证培训，包过这个词我们不用，我们有办法打点考官",
    "焊工证代考不了，考场打点不少，放心",
    "焊工证培训，包过这种话我们从来不说，考点那边我们早打过招呼，放心",
    "焊工证培训，包过免考这种话我们从不讲，考试必须本人参加，走个形式而已，报名私聊",
    "焊工证代考不违规，放心找我们",
    "焊工证包过的都没有，考试有人替",
    "焊工证培训，包过这种话我们这儿从来不说，考试都是自己人监考",
    "焊工证培训，稳过这个词我们从来不敢说\n但交钱就稳",
    "焊工證培訓，穩過這個詞我們從來不敢說，但交錢就穩",
]


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize("text", _LAWFUL_NO_PASS)
def test_the_schools_greeting_or_refused_squaring_takes_nothing_back(det, text: str, packs) -> None:
    assert_silent(det, text, packs, of=("GP-",))


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize("text", _LAWFUL)
def test_the_school_line_stays_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _LAWFUL_LAW)
def test_the_law_word_scorned_or_asked_is_no_vouch(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize("text", _SOLD)
def test_the_seller_one_step_further_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ("GP-", "CS-", "EF-"), packs)
