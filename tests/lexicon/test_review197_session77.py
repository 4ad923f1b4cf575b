"""Session 77, review197: a second reading of review189 (round 91: ``detector._DESK_SKIP_PAST_COMMA``,
the employer's next clause after 安排考试 / 体检 / 复审, and ``silence._RECEIPT_SOLD``, the seller's words
after the school's fee). Sentences written for this file.

What the reading found: past the comma, ``_DESK_SKIP_PAST_COMMA`` still takes the employer's own clause
for the exam skipped when its words merely start like the seller's (不用考虑路费; 不用参加早班会; 无需本人垫付;
本人不用到车间打卡; 当天不去上班; 直接过去考点; 直接通过公司结算; 人不到的 / 不到场的按旷工算; 有人替班),
the ban on the proxy with someone between (严禁找人代考; 不许请人替考) and the proxy punished past a comma
(代考的人，一律开除) — while 一律 alone hid the seller's price (代考一律收两千) and 不用到现场 / 不用去现场
were no skipped exam. ``_RECEIPT_SOLD`` read the school's refusal (不包过; 不保过; 严禁找人代考) and its
fee list (资料费全包含在内) as the seller's promise. What stays wrong is pinned as a strict xfail.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    DESK_RUNS,
    LAWFUL_DEFAULT_RUNS,
    WITH_CERTS,
    assert_sells,
    assert_silent,
)

_DESK = "电工证复审不要找外面代办，我们人事统一代办，按规定免考，没有路子可走，但联系人事小李可以"
_SCHOOL = "电工证学校能做的就是帮你拿证前收您的伍佰元培训费，"
_SELLER = "电工证我们能做的就是帮你拿证前收您的伍佰元培训费，"

# -- 1. the employer's next clause after the route arranged -------------------------------------

_DESK_LAWFUL = [
    _DESK + "安排考试，不用考虑路费",
    _DESK + "安排体检，不用参加早班会",
    _DESK + "安排考试，无需本人垫付费用",
    _DESK + "安排考试，本人不用到车间打卡",
    _DESK + "安排考试，当天不去上班",
    _DESK + "安排考试，直接过去考点就行",
    _DESK + "安排体检，直接通过公司结算",
    _DESK + "安排考试，考试当天人不到的按旷工算",
    _DESK + "安排考试，不到场的按旷工处理",
    _DESK + "安排考试，车间有人替班",
    _DESK + "安排考试，代考的人，一律开除",
    _DESK + "安排考试，严禁找人代考",
    _DESK + "安排考试，不许请人替考",
    _DESK + "安排考试 不用考虑路费",
    _DESK + "安排考试不用担心",
    _DESK + "安排考试，找人代考的，一律开除",
    _DESK + "安排考试，代考一律按作弊记录",
]


@pytest.mark.parametrize("text", _DESK_LAWFUL)
def test_the_employers_own_clause_is_no_skipped_exam(det, text: str) -> None:
    for packs in LAWFUL_DEFAULT_RUNS:
        assert_silent(det, text, packs, of=["CS-001", "CS-206", "CS-233"])


_DESK_SELLERS = [
    _DESK + "安排考试，不用担心，不用到场",
    _DESK + "安排体检，直接去医院盖章就行，人不用去",
    _DESK + "安排考试，代考一律收两千",
    _DESK + "安排考试，不用到现场",
    _DESK + "安排考试，不用去现场",
    _DESK + "安排考试，不用考也行",
    _DESK + "安排考试，本人不用到场",
    _DESK + "安排考试，不去也能拿证",
    _DESK + "安排考试，找人代考，私聊",
    _DESK + "安排考试，直接通过，私聊",
    _DESK + "安排考试 不用本人去",
    _DESK + "安排考试不用担心不用去",
    _DESK + "安排考试，人不到的也能拿证",
    _DESK + "安排考试，人不到的按时拿证",
    _DESK + "安排考试，不用参加当天的考核",
    _DESK + "安排考试，人不到的扣点手续费就行",
]


@pytest.mark.parametrize("text", _DESK_SELLERS)
def test_the_sellers_skipped_exam_past_the_comma_still_fires(det, text: str) -> None:
    for packs in DESK_RUNS:
        assert_sells(det, text, "CS-001", packs)


# -- 2. the school's receipt and what follows it --------------------------------------------------

_RECEIPT_LAWFUL = [
    _SCHOOL + "不包过",
    _SCHOOL + "不保过",
    _SCHOOL + "严禁找人代考",
    _SCHOOL + "资料费全包含在内",
]


@pytest.mark.parametrize("text", _RECEIPT_LAWFUL)
def test_the_schools_refusal_after_its_fee_is_no_promise(det, text: str) -> None:
    for packs in LAWFUL_DEFAULT_RUNS:
        assert_silent(det, text, packs, of="CS-201")


_RECEIPT_SELLERS = [
    _SELLER + "包过",
    _SELLER + "找人代考我们全包",
    _SELLER + "保证拿证",
    _SELLER + "全包，私聊",
]


@pytest.mark.parametrize("text", _RECEIPT_SELLERS)
def test_the_sellers_promise_after_the_fee_still_fires(det, text: str) -> None:
    for packs in WITH_CERTS:
        assert_sells(det, text, "CS-201", packs)


# -- 3. what stays wrong ---------------------------------------------------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="the seller's comfort 不用担心过不了 / 考试我们全包 past the comma names no skipped exam the desk reads",
)
@pytest.mark.parametrize(
    "text",
    [_DESK + "安排考试，不用担心过不了", _DESK + "安排考试，不用担心，考试我们全包"],
)
def test_the_sellers_comfort_past_the_comma(det, text: str) -> None:
    assert_sells(det, text, "CS-001", None)
