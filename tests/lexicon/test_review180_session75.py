"""Session 75, review180: the second reading of review176 (round 90: ``silence._SAID_TAKEN_BACK``'s new
take-back groups after lawful13's refusal of the word, ``_REFUSED_WORD_ITEM``, ``_POST_DENIED_CHAT`` /
``_POST_DENIED_ENROL`` / ``_POST_DENIED_WAIVED``).

Sentences written for this file (none is a row of a held-out set, of the corpus or of any real text).
On main ``e748a291`` the new groups read a school's own lines after its refusal as the seller's take-back
(GP-001 / GP-002 / GP-101): a chapter gone over twice (都过两遍), 报名后就能过来试听, the contract's own
terms (合同里写明课时), a pass it cannot promise (谁也不能保证你考过), a teacher's daily safety talk
(安全规程老师天天讲), a tutor who answers questions (有人帮你答疑), 交了钱就给开发票, the exam not held
elsewhere (考试不用去外地), 直接发证是违法的; and a refused list with the banned words in their other
common forms (无需到场, 轻松拿证) was read as a seller refusing another word. The sellers one step away
(合同上写保障拿证, 保证你拿证, 考试有人帮你, 我们天天说, 交钱就给证, 考试不用去, 直接发证) still fire,
and some just outside review176's groups now fire (付了钱就包, 考不过免费, 考试不用来, 本人到场露个脸).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ALL,
    EACH_PACK_RUNS,
    SELLER_RUNS,
    assert_sells,
    assert_silent,
)

#: A school's own line after refusing the word: silent in every run (the model's ML- aside).
_LAWFUL = [
    "焊工证培训，包过这个词我们不用，每个章节老师都过两遍",
    "电工证培训，稳过这个词我们不说，重点内容老师全过三遍",
    "焊工证培训，包过这个词我们不用，报名后就能过来试听",
    "焊工证培训，包过这个词我们不用，合同里写明课时和师资",
    "叉车证培训，保过这两个字我们不写，协议上写明培训内容和时间",
    "焊工证培训，包过这个词我们不用，谁也不能保证你考过",
    "焊工证培训，包过这个词我们不用，安全规程老师天天讲",
    "焊工证培训，包过这个词我们不用，交了钱就给开正规发票",
    "焊工证培训，包过这个词我们不用，直接发证是违法的",
    "电工证培训，包过这个词我们不用，直接出证属于违规",
    "焊工证培训，包过、免考、无需到场这些话我们从来不说，考试须本人参加",
    "焊工证培训，包过、轻松拿证这些词我们不用，考试须本人参加",
]

#: A school's line that fires a rule of its own (CS-001 on the exam's place or the fee paid online,
#: EF-002 / EF-101 on 有人帮你); the take-back must not add GP- to it.
_LAWFUL_NO_GP = [
    "焊工证培训，包过这个词我们不用，学习上有人帮你答疑",
    "焊工证培训，包过这个词我们不用，考试不用去外地，本市就有考点",
    "焊工证培训，包过这个词我们不用，无需到场缴费，网上支付即可",
]

#: The seller one step away from each lawful line, or just outside review176's groups: fires GP-.
_SOLD = [
    "焊工证包过这个词我们不用，来了都过",
    "焊工证包过这个词我们不用，合同上写保障拿证",
    "焊工证包过这个词我们不用，写在合同里",
    "焊工证包过这个词我们不用，保证你拿证",
    "焊工证包过这个词我们不用，考试有人帮你",
    "焊工证包过这个词我们不用，我们天天说",
    "焊工证包过这个词我们不用，交钱就给证",
    "焊工证包过这个词我们不用，考试不用去",
    "焊工证包过这个词我们不用，无需到场",
    "焊工证包过这个词我们不用，直接发证",
    "焊工证包过这个词我们不用，付了钱就包",
    "焊工证包过这个词我们不用，考不过免费",
    "焊工证包过这个词我们不用，考试不用来",
    "焊工证包过这个词我们不用，考试须本人到场露个脸，报名私聊",
    "焊工证包过、轻松拿证这些词我们不用，来了都过",
    "焊工证包过、无需到场这些话我们不说，加v",
    "焊工证包过，考不过这种词我们从来不说",
]

#: Left: a school's line still read as taken back (退 of 退费 is a back word; 都过关 is the sellers' too).
_LEFT_LAWFUL = [
    "焊工证培训，包过这个词我们不用，写在合同里的是课时和退费办法",
    "焊工证培训，包过这个词我们不用，实操项目都过关了才安排考试",
    "焊工证培训，包过这个词我们不用，历年通过率都公开，用成绩说话",
]

#: Left: sellers still silent after the refusal (an idiom's 没有过不了的; the leak after the sign-up chat).
_LEFT_SOLD = [
    "焊工证包过这个词我们不用，没有过不了的",
    "焊工证包过这个词我们不用，考试须本人参加，报名私聊，题目提前发",
]


@pytest.mark.parametrize("packs", EACH_PACK_RUNS)
@pytest.mark.parametrize("text", _LAWFUL)
def test_a_schools_own_line_after_the_refusal_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EACH_PACK_RUNS)
@pytest.mark.parametrize("text", _LAWFUL_NO_GP)
def test_the_exam_place_or_the_fee_online_is_no_take_back(det, text: str, packs) -> None:
    assert_silent(det, text, packs, of="GP-")


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize("text", _SOLD)
def test_the_seller_one_step_away_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, "GP-", packs)


@pytest.mark.xfail(
    strict=True, reason="left: 退费 after the refusal, 都过关, 用成绩说话 read as taken back"
)
@pytest.mark.parametrize("text", _LEFT_LAWFUL)
def test_left_lawful_lines_still_fire(det, text: str) -> None:
    assert_silent(det, text, ALL)


@pytest.mark.xfail(
    strict=True, reason="left: 没有过不了的 and a leak after the sign-up chat stay silent"
)
@pytest.mark.parametrize("text", _LEFT_SOLD)
def test_left_sellers_still_silent(det, text: str) -> None:
    assert_sells(det, text, "GP-", ALL)
