"""Session 77, review195: the second reading of review190 (round 91, ``80982cfd`` / ``3d41a53e``: the guards it
put on ``silence._SAID_TAKEN_BACK`` and ``_POST_DENIED_WAIVED`` after lawful13's refusal of the word,
包过这个词我们不用).

Sentences written for this file (none is a row of a held-out set, of the corpus or of any real text).
review190 narrowed three readings past the sellers that use them:
- the writer's clause-final 我们保证 / 我们可以 / 我们能 only right after 过 / 证 / 可能 and a punctuation mark,
  so the pass named with no mark (拿证我们保证, 通过率我们保证), asked in other words (能拿到证书吗？,
  能通过考试吗？, 能过么？) or the rivals' failure (别家做不到，我们能) went silent in every run;
- ``_REFUND_JUDGED`` took any 都是 / 那是 for a fraud verdict (考不过全额返还那是肯定的 went silent by default);
- ``_POST_DENIED_WAIVED``'s ``(?<![能可课])`` took a lone 可 / 能 for 不可 / 不能 (可不露脸, 能不露面).
The school's lines next to each fix (教学质量我们保证, 学费分期别家办不了，我们可以, 考不过全额返还都是套路,
网课可不露脸, 理论课可以不露脸) must stay silent; review190's guarded sellers keep firing in traditional
characters and across two lines.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    SCHOOL_RUNS,
    SELLER_RUNS,
    SPECIAL,
    assert_sells,
    assert_silent,
)

#: The seller's take-back after refusing the word: fires GP- in the default and all-packs runs.
_SOLD = [
    # the pass named right before 我们保证, no mark between
    "焊工证包过这个词我们不用，拿证我们保证",
    "电工证包过这个词我们不用，通过率我们保证",
    "焊工证包过这个词我们不用，过不过我们保证",
    # the rivals' failure, then the writer's turn
    "焊工证包过这个词我们不用，别家做不到，我们能",
    "叉车证包过这个词我们不用，别人不敢打包票，我们可以",
    # the pass asked in other words
    "焊工证包过这个词我们不用，能拿到证书吗？我们保证",
    "电工证包过这个词我们不用，能通过考试吗？我们可以",
    "焊工证包过这个词我们不用，能过么？我们可以",
    # the refund affirmed, not judged
    "焊工证包过这个词我们不用，考不过全额返还那是肯定的",
    "焊工证包过这个词我们不用，考不过全额返还都是写进合同的",
    # the face waived with a lone 可 / 能
    "焊工证包过这个词我们不用，考试须本人参加，可不露脸，报名私聊",
    "焊工证包过这个词我们不用，考试须本人参加，能不露面，报名私聊",
    # review190's guarded sellers: another fee word, traditional characters, two lines
    "焊工证包过这个词我们不用，交费就包证",
    "焊工證包過這個詞我們不用，本人不用去領證，也不用去考",
    "焊工证包过这个词我们不用\n考不过全额返还",
    "焊工证包过这个词我们不用，学校不会保证你通过\n我们保证",
]

#: A school's own line after refusing the word: no rule fires (the model's ML- aside).
_LAWFUL = [
    "焊工证培训，包过这个词我们不用，教学质量我们保证",
    "焊工证培训，包过这个词我们不用，学费分期别家办不了，我们可以",
    "焊工证培训，包过这个词我们不用，其他学校排不了周末班，我们能",
    "焊工证培训，包过这个词我们不用，考不过全额返还都是套路",
    "焊工证培训，包过这个词我们不用，考不过全额返还那是不可能的",
    "焊工证培训，包过这个词我们不用，考试须本人参加，网课可不露脸，报名私聊",
    "焊工证培训，包过这个词我们不用，考试须本人参加，理论课可以不露脸，报名私聊",
    "焊工证培训，包过这个词我们不用，考试须本人参加，进场不可不露面，报名私聊",
    "电工证培训，包过这个词我们不用，电子证照可在线下载，不用去领证",
    "焊工證培訓，包過這個詞我們不用\n課時和師資我們保證",
]


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize("text", _SOLD)
def test_the_take_back_after_the_refused_word_sells(det, text: str, packs) -> None:
    assert_sells(det, text, "GP-", packs)


@pytest.mark.parametrize("packs", SCHOOL_RUNS)
@pytest.mark.parametrize("text", _LAWFUL)
def test_a_schools_own_line_after_the_refusal_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


#: Left alone (review184's reading, unchanged by review190): a school that collects the cards for its
#: learners answers 领证吗？我们可以, and the turn right after 证 reads it as the card sold.
_COLLECTED = "焊工证培训，包过这个词我们不用，考完能统一领证吗？我们可以"


@pytest.mark.xfail(
    strict=True, reason="领证吗？我们可以 is read as the card sold (review184's turn)"
)
def test_the_school_collecting_the_cards_is_silent(det) -> None:
    assert_silent(det, _COLLECTED, SPECIAL)
