"""Session 76, review190: the second reading of review184 (round 91, ``034d4098`` / ``a8e2e5a3``: the guards
and the new take-backs it put on ``silence._SAID_TAKEN_BACK`` and ``_POST_DENIED_WAIVED`` after lawful13's
refusal of the word, 包过这个词我们不用).

Sentences written for this file (none is a row of a held-out set, of the corpus or of any real text).
review184's new groups read a school's own line as the seller's take-back (GP-001 / GP-002 in the default
run, GP-101 in the training pack): the fee paid by 交费 / 转账 then anything fetched or any 过 / 包 after it
(交费就能拿教材, 交了费就能过来试听, 交费就包食宿), 交了钱就给你安排好 + the thing arranged (宿舍), the
clause-final 我们保证 / 我们可以 after any clause (课时和师资我们保证, 能周末上课吗？我们可以), and
全额返还 after any 不过 (报名资料审核不过全额返还) or judged as a fraud (考不过全额返还是骗局). Older
waiver readings also took a school's exam rule (进场不能不露脸, 网课不露脸也行, 不是签到就走). And one seller
went quiet in the default run's GP- rules: 本人不用去领证，也不用去考. The sellers one step away from each
lawful line must fire GP- in the default and all-packs runs.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    SCHOOL_RUNS,
    SELLER_RUNS,
    assert_sells,
    assert_silent,
)

#: A school's own line after refusing the word: no rule fires (the model's ML- aside).
_LAWFUL = [
    "焊工证培训，包过这个词我们不用，交费就能拿教材",
    "电工证培训，包过这个词我们不用，交了费就能过来试听",
    "焊工证培训，包过这个词我们不用，交费就包食宿",
    "叉车证培训，包过这个词我们不用，交了钱就给你安排好宿舍",
    "焊工证培训，包过这个词我们不用，课时和师资我们保证",
    "电工证培训，包过这个词我们不用，能周末上课吗？我们可以",
    "焊工证培训，包过这个词我们不用，报名资料审核不过全额返还",
    "焊工证培训，包过这个词我们不用，考不过全额返还是骗局",
    "电工证培训，包过这个词我们不用，说考不过全额返还的都是骗子",
    "焊工证培训，包过这个词我们不用，考试须本人参加，进场不能不露脸，报名私聊",
    "电工证培训，包过这个词我们不用，考试须本人参加，网课不露脸也行，报名私聊",
    "焊工证培训，包过这个词我们不用，考试须本人参加，不是签到就走，报名私聊",
    "焊工证培训，包过这个词我们不用，学校不会保证你通过，我们会认真教",
]

#: The seller one step away from each lawful line, or behind review184's guarded words: fires GP-.
_SOLD = [
    "焊工证包过这个词我们不用，交费就能拿证",
    "焊工证包过这个词我们不用，交了费就能过",
    "焊工证包过这个词我们不用，转账就给证",
    "焊工证包过这个词我们不用，交费就包",
    "焊工证包过这个词我们不用，交了钱就给你安排好",
    "焊工证包过这个词我们不用，交了钱就给你安排！",
    "焊工证包过这个词我们不用，学校不会保证你通过，我们保证",
    "焊工证包过这个词我们不用，考试能过吗？我们可以",
    "焊工证包过这个词我们不用，考不過全額返還",
    "焊工证包过这个词我们不用，合同里写着课时和费用，考不过全额返还",
    "焊工证包过这个词我们不用，考不过全额返还是真的",
    "焊工证包过这个词我们不用，资格审核不过全额返还，考不过也全额返还",
    "焊工证包过这个词我们不用，合同里写着课时，包过",
    "焊工证包过这个词我们不用，本人不用去领证，也不用去考",
    "焊工证包过这个词我们不用，考试不用去别的城市，有人替考",
    "焊工证包过这个词我们不用，考试须本人参加，不露脸也能拿证，报名私聊",
    "焊工证包过这个词我们不用，考试须本人参加，签到就走，报名私聊",
]


@pytest.mark.parametrize("packs", SCHOOL_RUNS)
@pytest.mark.parametrize("text", _LAWFUL)
def test_a_schools_own_line_after_the_refusal_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


#: Left for a later round: the refund on a fail named as a thing not to believe (这种话别信) is a school's
#: warning; ``_REFUND_JUDGED`` reads only the verdict right after it (是骗局, 的都是骗子).
_WARNED = "焊工证培训，包过这个词我们不用，考不过全额返还这种话别信"


@pytest.mark.xfail(
    strict=True, reason="这种话别信 after the refund is not read as the school's warning yet"
)
@pytest.mark.parametrize("packs", SCHOOL_RUNS)
def test_the_refund_called_a_lie_in_other_words_is_no_take_back(det, packs) -> None:
    assert_silent(det, _WARNED, packs)


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize("text", _SOLD)
def test_the_seller_one_step_away_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, "GP-", packs)
