"""Session 78, review200: the second reading of review195 (round 92, ``9850f8c0``: ``silence._TURN_ANSWERS``,
``_RIVALS_FAILED``, ``_REFUND_JUDGED`` and ``_FACE_REQUIRED``, read after lawful13's refusal of the word,
包过这个词我们不用).

Sentences written for this file (none is a row of a held-out set, of the corpus or of any real text).
review195 widened three readings past a school's own lines:
- the rivals' failure (别家办不了，我们可以) was read wherever it stood, also after a clause about the school's
  own terms (学费可以分期，别家办不了，我们可以; 周末也能上课，别人做不到，我们能);
- the pass before the writer's 我们保证 took 合格 of any thing (实操设备都检验合格，我们保证), 过 as the aspect
  particle (老师都讲过我们保证, 没学过？我们可以) and 证 inside 保证 / 结业证;
- ``_REFUND_JUDGED`` named too few frauds (都是幌子, 那是虚构的, 都是空头支票 fired), none after a comma;
- ``_FACE_REQUIRED`` knew a lesson only as 课 right before (直播课程可不露脸, 学习时可不露脸 fired).
The sellers one step away (a pass, a card sold, the exam's face waived) must keep firing, and the turn said
with an adverb or another verb (我们肯定可以, 我们能办到, 我们负责到底) is the seller's too.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, SPECIAL, assert_sells, assert_silent

_RUNS = [SPECIAL, ALL]

#: The seller's take-back after refusing the word: fires GP- in the default and all-packs runs.
_SOLD = [
    # one step from the school's lines below: the card sold, the exam's face waived
    "焊工证包过这个词我们不用，学费可以分期，别家办不了，我们可以包拿证",
    "焊工证包过这个词我们不用，食宿卫生合格，拿证我们保证",
    "焊工证包过这个词我们不用，每个考点都讲过，拿证我们保证",
    "焊工证包过这个词我们不用，零基础没学过？我们可以包拿证",
    "焊工证包过这个词我们不用，考试须本人参加，考试可不露脸，报名私聊",
    "焊工证包过这个词我们不用，考核合格我们保证",
    "焊工证包过这个词我们不用，操作证我们保证",
    "焊工证包过这个词我们不用，考不过全额返还那是白纸黑字",
    # the turn with an adverb or another verb
    "焊工证包过这个词我们不用，能过吗？我们肯定可以",
    "焊工证包过这个词我们不用，能过吗？我们能办到",
    "焊工证包过这个词我们不用，过不了我们负责到底",
    "焊工證包過這個詞我們不用，能過嗎？我們肯定可以",
    "焊工证包过这个词我们不用\n能过吗？\n我们肯定可以",
]

#: A school's own line after refusing the word: no rule fires (the model's ML- aside).
_LAWFUL = [
    # the rivals named after a clause about the school's own terms
    "焊工证培训，包过这个词我们不用，学费可以分期，别家办不了，我们可以",
    "焊工证培训，包过这个词我们不用，周末也能上课，别人做不到，我们能",
    "焊工證培訓，包過這個詞我們不用，學費可以分期，別家辦不了，我們可以",
    "焊工证培训，包过这个词我们不用\n学费可以分期，别家办不了，我们可以",
    # 合格 of a thing, 过 as the aspect particle, 证 inside 保证 / the school's own 结业证
    "焊工证培训，包过这个词我们不用，实操设备都检验合格，我们保证",
    "焊工证培训，包过这个词我们不用，教材质量合格吗？我们保证",
    "焊工证培训，包过这个词我们不用，每个考点老师都讲过我们保证",
    "焊工证培训，包过这个词我们不用，零基础没学过？我们可以",
    "焊工证培训，包过这个词我们不用，课时足，其他机构不敢保证，我们保证",
    "焊工证培训，包过这个词我们不用，结业证我们保证",
    # a lesson with no camera, in other words
    "焊工证培训，包过这个词我们不用，考试须本人参加，直播课程可不露脸，报名私聊",
    "焊工证培训，包过这个词我们不用，考试须本人参加，学习时可不露脸，报名私聊",
    # the adverb's turn on the school's own timetable
    "焊工证培训，包过这个词我们不用，能周末上课吗？我们肯定可以",
]

#: The refund judged a fraud in other words: no GP-001 / GP-002 / GP-101 (the training pack's own refund
#: rule GP-104 reads the refund apart).
_REFUND_WARNED = [
    "焊工证培训，包过这个词我们不用，考不过全额返还都是幌子",
    "焊工证培训，包过这个词我们不用，考不过全额返还那是虚构的",
    "焊工证培训，包过这个词我们不用，考不过全额返还都是空头支票",
    "焊工证培训，包过这个词我们不用，考不过全额返还，那是骗人的",
]


@pytest.mark.parametrize("packs", _RUNS)
@pytest.mark.parametrize("text", _SOLD)
def test_the_take_back_after_the_refused_word_sells(det, text: str, packs) -> None:
    assert_sells(det, text, "GP-", packs)


@pytest.mark.parametrize("packs", _RUNS)
@pytest.mark.parametrize("text", _LAWFUL)
def test_a_schools_own_line_after_the_refusal_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", _RUNS)
@pytest.mark.parametrize("text", _REFUND_WARNED)
def test_the_refund_judged_a_fraud_is_no_take_back(det, text: str, packs) -> None:
    assert_silent(det, text, packs, of=("GP-001", "GP-002", "GP-101"))


#: Left alone: the card named before 我们负责到底 (拿证我们负责到底) stays silent; reading 负责到底 as the turn would
#: also take a school's 考完统一领证，我们负责到底 (the cards collected for its learners) for the card sold.
_ANSWERED_FOR = "焊工证包过这个词我们不用，拿证我们负责到底"


@pytest.mark.xfail(
    strict=True, reason="负责到底 after the card is not read as the turn (统一领证 would fire)"
)
def test_the_card_answered_for_to_the_end_sells(det) -> None:
    assert_sells(det, _ANSWERED_FOR, "GP-", SPECIAL)
