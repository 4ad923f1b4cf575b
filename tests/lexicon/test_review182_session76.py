"""Session 76, review182: a second reading of review178 (round 90: ``silence._BEFORE_THE_PAPER``'s
turns 但凡 / 考不过, ``_CLEFT_AMOUNT`` / ``_CLEFT_COUNTER``, 全包含在内 after a fee; and
``detector._DESK_KNOWN``'s ``_DESK_ARRANGED_ROUTE`` and its 不是骗子就是黄牛 verdict). Sentences
written for this file.

What the reading found: review178 made 但凡 and 考不过 no turn at all, so a seller whose ban names
another job and who then sells under 但凡 / 考不过 (杜绝作弊，但凡交了钱的，考试我们全包; 考不过也没事，
考试我们全包) went silent; it read every fee before 全包含在内 as the school's (办证费全包含在内); it read
the employer's desk into any 安排 / 办 before 考试 / 培训 / 体检 … even when the paper follows (办考试合格证,
办体检报告) or the exam is skipped in other words or past a comma (安排考试，不用本人去; 安排考试无须到场;
安排考试有人替); and its verdict 不是 … 就是 swallowed the seller's own boast (有路子不是骗人就是快). The
financial numerals also made a school's receipt for its own fee an amount (收您的伍佰元报名费). What
stays wrong is pinned as a strict xfail.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    DESK_RUNS,
    LAWFUL_DEFAULT_RUNS,
    WITH_CERTS,
    Packs,
    assert_sells,
    assert_silent,
)

_SCHOOL = "电工证学校能做的就是帮你拿证前"
_SELLER = "电工证我们能做的就是帮你拿证前"
_DESK = "电工证复审不要找外面代办，我们人事统一代办，按规定免考，"

# -- 1. the cleft's turn: 但凡 and 考不过 ---------------------------------------------------------

_TURN_SELLERS = [
    # 但凡 opening a clause of its own, the job sold in the next
    _SELLER + "，杜绝作弊，但凡交了钱的，考试我们全包",
    _SELLER + "，拒绝代办，但凡交钱，考试全部搞定",
    # 考不过 / 通不过 as the seller's comfort, the job sold after it
    _SELLER + "，杜绝作弊，考不过也没事，考试我们全包",
    _SELLER + "，杜绝作弊，考不过的话，代考我们安排",
    _SELLER + "，杜绝作弊，通不过的，我们安排替考",
]


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _TURN_SELLERS)
def test_a_seller_turning_by_danfan_or_kaobuguo_is_read(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, "CS-201", packs)


_TURN_LAWFUL = [
    # 但凡 naming the job in its own clause: the ban goes on
    _SCHOOL + "把课讲透，杜绝作弊，但凡发现作弊，取消成绩",
    _SCHOOL + "把课讲透，严禁找人代考，但凡违规，一律清退",
    # 考不过 with the ban carried on in its clause
    _SCHOOL + "把课讲透，严禁代考，考不过也别找人代考",
    _SCHOOL + "把课讲透，严禁代考，考不过也不要找人替考",
    _SCHOOL + "把课讲透，杜绝作弊，考不过的下期重考",
]


@pytest.mark.parametrize("packs", LAWFUL_DEFAULT_RUNS)
@pytest.mark.parametrize("text", _TURN_LAWFUL)
def test_a_schools_ban_that_goes_on_stays_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


# -- 2. the amount after 收 ---------------------------------------------------------------------

_AMOUNT_LAWFUL = [
    # the school's own fee named right after the amount: its receipt
    _SCHOOL + "收您的伍佰元报名费，开具正规发票",
    _SCHOOL + "收您的500元培训费，开具正规发票",
    _SCHOOL + "收你的壹仟元培训费",
    # a count with 多 / 余 before the counter, or a range
    _SCHOOL + "收下20余份材料",
    _SCHOOL + "收下两百多份试卷",
    _SCHOOL + "收你的2~3张照片",
]


@pytest.mark.parametrize("packs", LAWFUL_DEFAULT_RUNS)
@pytest.mark.parametrize("text", _AMOUNT_LAWFUL)
def test_a_schools_receipt_or_count_stays_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


_AMOUNT_SELLERS = [
    _SELLER + "收你的壹万",
    "電工證我們能做的就是幫你拿證前收你的貳仟",
    _SELLER + "收你的伍佰圆",
    _SELLER + "收您的500元办证费",
    _SELLER + "收你的伍佰元，考试不用去",
]


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _AMOUNT_SELLERS)
def test_an_amount_after_shou_is_still_the_price(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, "CS-201", packs)


# -- 3. 全包含在内 after a fee -------------------------------------------------------------------


@pytest.mark.parametrize("packs", LAWFUL_DEFAULT_RUNS)
@pytest.mark.parametrize(
    "text",
    [
        _SCHOOL + "把课讲透，培训费已全包含在内",
        _SCHOOL + "把课讲透，培训费、教材费全包含在内",
        _SCHOOL + "把课讲透，报考费全包含在内",
    ],
)
def test_a_schools_fee_that_includes_everything_stays_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize(
    "text",
    [
        _SELLER + "，办证费全包含在内",
        _SELLER + "，拿证费用全包含在内",
        _SELLER + "，代办费全包含在内",
    ],
)
def test_the_fee_for_the_paper_that_includes_everything_sells(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, "CS-201", packs)


# -- 4. the employer's desk: the route arranged --------------------------------------------------

_DESK_SELLERS = [
    # the paper right after the route: 办 + 考试 / 培训 / 体检 / 学习 … + 证 / 证明 / 报告
    _DESK + "没有路子可走，但私聊人事小李可以办考试合格证",
    _DESK + "没有路子可走，但私聊人事小李可以办培训合格证明",
    _DESK + "没有路子可走，但私聊人事小李可以办体检报告",
    # the exam skipped in other words, or past a comma
    _DESK + "没有路子可走，但私信人事小李可以安排考试，不用本人去",
    _DESK + "没有路子可走，但私信人事小李可以安排考试无须到场",
    _DESK + "没有路子可走，但私信人事小李可以安排考试，人不到场也行",
    _DESK + "没有路子可走，但私信人事小李可以安排考试直接过",
    _DESK + "没有路子可走，但私信人事小李可以安排考试有人替",
    _DESK + "没有路子可走，但私信人事小李可以安排考试，交钱就过",
    # the verdict's words in the seller's own boast
    _DESK + "我们人事有路子不是骗人就是快",
    _DESK + "我们有熟人不是骗人的就是方便",
]


@pytest.mark.parametrize("packs", DESK_RUNS)
@pytest.mark.parametrize("text", _DESK_SELLERS)
def test_a_seller_behind_the_arranged_route_is_read(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


_DESK_LAWFUL = [
    # the office arranging the route, kept silent of the way (CS-001)
    _DESK + "没有路子可走，但联系人事小李可以安排考试地点",
    _DESK + "没有路子可走，但联系人事小李可以安排一下考试",
    _DESK + "没有路子可走，但联系人事小李可以安排补考",
    _DESK + "没有路子可走，但联系人事小李可以安排考试，免得耽误生产",
    _DESK + "没有路子可走，但联系人事小李可以安排复审考试，不去的要扣绩效",
    # the verdict with 便是 / 也是, or a comma inside it
    _DESK + "说有路子的不是骗子，就是黄牛",
    _DESK + "说有路子的不是骗子便是黄牛",
]


@pytest.mark.parametrize("packs", DESK_RUNS)
@pytest.mark.parametrize("text", _DESK_LAWFUL)
def test_the_office_arranging_the_route_is_no_way(det, text: str, packs: Packs) -> None:
    # CS-206 / CS-233 read 联系人事小李 on their own since before review171: CS-001 is pinned
    assert_silent(det, text, packs, of="CS-001")


@pytest.mark.xfail(
    strict=True,
    reason="left as it was before review178: the verdict past the comma of the way's own clause "
    "(说有路子的，不是…) and the office arranging the staff for the route (安排大家参加复审考试) are not read",
)
@pytest.mark.parametrize(
    "text",
    [
        _DESK + "说有路子的，不是骗子就是黄牛",
        _DESK + "没有路子可走，但联系人事小李可以安排大家参加复审考试",
    ],
)
def test_the_verdict_past_the_comma_and_the_staff_arranged_are_still_read(det, text: str) -> None:
    assert_silent(det, text, None, of="CS-001")
