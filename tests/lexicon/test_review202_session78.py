"""Session 78, review202: a second reading of review197 (round 92: ``detector._DESK_SKIP_PAST_COMMA`` /
``_DESK_SKIP_IN_CLAUSE``, the employer's own clause after 安排考试 / 体检, and ``silence._RECEIPT_SOLD``,
the school's refusal after its fee). Sentences written for this file.

What the reading found: the words round 92 narrowed to keep the employer's own clause (本人 / 人不用 + 到 /
去 / 来, 参加, 直接通过, the punishment past the comma, the office's rule on the absent, 考虑) now also
miss the seller one step further: 人不用到考场, 本人不用来考点, 人不用来现场, 不用本人在场 / 上考场 / 进考场,
不用参加理论和实操, 直接通过理论和实操, 代考的事我们来处理, 代考，绝对不会被追究, 人不到的我们来处理, 人不到的
视为已参加考试, 不用考虑考试的事, 谁说不能找人代考 — all reported before round 92 and silent after it. And the
school's 不包过 followed by the seller's way (但有内部名额 / 但可以走关系) lost CS-201 in the certificates pack.
The employer's lines round 92 silenced stay silent (pinned here next to their sellers).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ALL,
    CERTS,
    Packs,
    assert_sells,
    assert_silent,
)

#: the runs a lawful line is checked in: the default, the certificates pack and every pack
_LAWFUL_RUNS: list[Packs] = [None, CERTS, ALL]
#: the runs the employer's desk (CS-001) is read in: the default and every pack
_DESK_RUNS: list[Packs] = [None, ALL]
#: the runs a seller of the certificates pack's cleft (CS-201) must be read in
_CERT_RUNS: list[Packs] = [CERTS, ALL]

_DESK = "电工证复审不要找外面代办，我们人事统一代办，按规定免考，没有路子可走，但联系人事小李可以"
_SCHOOL = "电工证学校能做的就是帮你拿证前收您的伍佰元培训费，"

# -- 1. the seller one step past the employer's words round 92 narrowed ----------------------------

_DESK_SELLERS = [
    # 人 / 本人 不用 + 到 / 去 / 来 + the exam's place
    _DESK + "安排考试，人不用到考场",
    _DESK + "安排考试，本人不用来考点",
    _DESK + "安排考试，人不用来现场",
    _DESK + "安排考试，不用来考点",
    # 不用 + 本人 + being there in other words
    _DESK + "安排考试，不用本人在场",
    _DESK + "安排考试，无需本人上考场",
    _DESK + "安排考试，不用本人进考场",
    _DESK + "安排考试，无需本人出席",
    # 参加 / 直接通过 + the exam in other words or a few more words on
    _DESK + "安排考试，不用参加理论和实操",
    _DESK + "安排考试，不用参加任何培训和考试",
    _DESK + "安排考试，直接通过理论和实操",
    _DESK + "安排考试，直接通过笔试",
    # the proxy handled or shielded by the seller, not punished
    _DESK + "安排考试，代考的事我们来处理",
    _DESK + "安排考试，代考的事交给我们处理",
    _DESK + "安排考试，代考，绝对不会被追究",
    _DESK + "安排考试，代考的事不用怕被追究",
    # the absent handled by the seller, not ruled by the office
    _DESK + "安排考试，人不到的我们来处理",
    _DESK + "安排考试，不到场的也能处理",
    _DESK + "安排考试，人不到的视为已参加考试",
    # the exam itself spared, the ban asked back
    _DESK + "安排考试，不用考虑考试的事",
    _DESK + "安排考试不用操心考试的事",
    _DESK + "安排考试，谁说不能找人代考",
    # traditional characters
    _DESK + "安排考試，人不用到考場",
]


@pytest.mark.parametrize("text", _DESK_SELLERS)
def test_the_seller_one_step_past_the_employers_words_fires(det, text: str) -> None:
    for packs in _DESK_RUNS:
        assert_sells(det, text, "CS-001", packs)


# -- 2. the employer's own lines next to them stay silent -------------------------------------------

_DESK_LAWFUL = [
    _DESK + "安排考试，本人不用到车间打卡",
    _DESK + "安排考试，人不用到考勤机打卡",
    _DESK + "安排体检，不用参加早班会和考勤",
    _DESK + "安排考试，找人代考的，我们一律开除",
    _DESK + "安排考试，代考的，公司严肃处理",
    _DESK + "安排考试，人不到的视为放弃",
    _DESK + "安排考试，不用考虑路费和考试报名",
    _DESK + "安排考试，不用担心考试时间",
    _DESK + "安排考試，嚴禁找人代考",
    _DESK + "安排体检，直接通过公司结算",
    # the words this file's fix reads, one step back on the employer's side
    _DESK + "安排考试，不用到考点报到",
    _DESK + "安排考试，不用参加理论培训",
    _DESK + "安排考试，不用参加周一的安全考核会议",
    _DESK + "安排考试，代考的，会被开除",
    _DESK + "安排考试，找人代考的，我们开除",
    _DESK + "安排考试，不到场的我们扣工资",
    _DESK + "安排考试，不用考虑考试资料",
]


@pytest.mark.parametrize("text", _DESK_LAWFUL)
def test_the_employers_own_clause_stays_silent(det, text: str) -> None:
    for packs in _LAWFUL_RUNS:
        assert_silent(det, text, packs, of=["CS-001", "CS-206", "CS-233"])


# -- 3. the school's refusal after its fee, and the seller's way after the refusal -------------------

_RECEIPT_SELLERS = [
    _SCHOOL + "不包过，但有内部名额",
    _SCHOOL + "不保过，但可以走关系",
    _SCHOOL + "不包过，但我们有门路",
]


@pytest.mark.parametrize("text", _RECEIPT_SELLERS)
def test_the_sellers_way_after_the_refused_promise_fires(det, text: str) -> None:
    for packs in _CERT_RUNS:
        assert_sells(det, text, "CS-201", packs)


_RECEIPT_LAWFUL = [
    _SCHOOL + "不包过，没有内部名额",
    _SCHOOL + "不包過",
    _SCHOOL + "不包过，不走关系",
    _SCHOOL + "不包过，但有内部资料",
    _SCHOOL + "谨防自称有内部名额的骗子",
]


@pytest.mark.parametrize("text", _RECEIPT_LAWFUL)
def test_the_schools_refusal_stays_silent(det, text: str) -> None:
    for packs in _LAWFUL_RUNS:
        assert_silent(det, text, packs, of="CS-201")


# -- 4. what stays wrong (not round 92's change: silent on 328171c9 and before it) ---------------------


@pytest.mark.xfail(
    strict=True,
    reason="the desk reads 安排 / 办 as the route arranged, not 组织 / 帮您约: the way after 没有路子 is never found",
)
def test_the_route_arranged_in_other_words_then_skipped(det) -> None:
    assert_sells(det, _DESK + "组织考试，不用到场", "CS-001", None)
