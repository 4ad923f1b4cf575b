"""Session 75, review178: a second reading of review175 (``silence._BEFORE_THE_PAPER``'s
``_CLEFT_JOBS`` / ``_CLEFT_AMOUNT`` / turned ban / 全包含在内, and ``detector._DESK_KNOWN``'s
denied way turned to a private contact and its 不是骗 reading). Sentences written for this file.

What the reading checks: the school's cleft that review175 newly read as the paper sold — a ban
turned by 但凡 (严禁找人代考，但凡有人代考，一律清退), a count after 收 (收下2份报名材料, 收你的3张一寸照片,
收你的一百张答题卡), the fee that includes everything (培训费全包含在内); the employer's denied way
turned to the office for the route (没有路子可走，但联系人事小李可以安排复审考试 / 办复审手续) and the warning
不是骗子就是黄牛 — while the seller one step away (收您的伍佰元, 收你的1500元, 但联系人事小李可以安排免考,
我们人事有路子不是骗人的) is still read. What stays wrong is pinned as a strict xfail.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ALL,
    ANY_RULE,
    CERTS,
    LAWFUL_DEFAULT_RUNS,
    WITH_CERTS,
    WITH_SPECIAL,
    Packs,
    assert_sells,
    assert_silent,
)

_SCHOOL = "电工证学校能做的就是帮你拿证前"
_SELLER = "电工证我们能做的就是帮你拿证前"
_DESK = "电工证复审不要找外面代办，我们人事统一代办，按规定免考，"

# -- 1. the school's cleft ---------------------------------------------------------------------

_CLEFT_LAWFUL = [
    # 但凡 is no turn: the ban still holds over the clause it opens
    _SCHOOL + "把课讲透，严禁找人代考，但凡有人代考，一律清退",
    _SCHOOL + "把课讲透，严禁找人代考，但凡发现代考，取消成绩",
    # a count after 收 is papers, not money
    _SCHOOL + "收下2份报名材料",
    _SCHOOL + "收下12份报名材料",
    _SCHOOL + "收你的3张一寸照片",
    _SCHOOL + "收你的一百张答题卡",
    _SCHOOL + "收下两百份试卷",
    # the fee that includes everything is the school's price list
    _SCHOOL + "把课讲透，培训费教材费全包含在内",
    _SCHOOL + "把课讲透，培训费全包含在内，考试本人参加",
    _SCHOOL + "把课讲透，所有费用全包含在内",
    _SCHOOL + "把课讲透，住宿费全包括在内",
    # checked and kept (silent before and after)
    _SCHOOL + "把课讲透，严禁找人代考，不过考试可以预约周末场次",
    _SCHOOL + "收你的报名费一百元，开具发票",
    _SCHOOL + "把课讲透，资料不得外传，考试按规定本人参加",
    _SCHOOL + "把课讲透，严禁代考，考不过也不准找人替考",
    _SCHOOL + "把课讲透，杜绝作弊，但考试难度不大",
]


@pytest.mark.parametrize("packs", LAWFUL_DEFAULT_RUNS)
@pytest.mark.parametrize("text", _CLEFT_LAWFUL)
def test_a_schools_cleft_stays_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


_CLEFT_SELLERS = [
    # the amount in financial numerals, in digits with a unit, in words with a unit
    _SELLER + "收您的伍佰元",
    _SELLER + "收你的贰仟",
    _SELLER + "收你的1500元",
    _SELLER + "收下12000",
    _SELLER + "收你的２０００",
    _SELLER + "收你的一千五百块",
    _SELLER + "收你一千五",
    # the ban turned to his own (但 / 不过 / 可是 read again), the ban of another thing
    _SELLER + "，杜绝作弊，但考试我们全包",
    _SELLER + "，资料不得外传，代考我们安排",
    # the exam waived at the clause's end or before 了 / 就 / 照样
    _SELLER + "，考试不用参加，三千拿证",
    _SELLER + "，考试无需参加照样发证",
    "電工證我們能做的就是幫你拿證前，考試都不用去了",
    # the fee that includes everything, with the paper or the exam skipped beside it
    _SELLER + "，费用全包含在内，考试不用去",
    _SELLER + "，考试拿证全包含在内",
]


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _CLEFT_SELLERS)
def test_a_cleft_that_sells_the_paper_is_read(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, "CS-201", packs)


@pytest.mark.xfail(
    strict=True,
    reason="a ban that names a job in its own clause holds back the whole line (review175's trade-off)",
)
@pytest.mark.parametrize(
    "text",
    [
        _SELLER + "，拒绝中介代办乱收费，考试我们全部搞定",
        _SELLER + "，不接受任何作弊，考试我们全部搞定",
    ],
)
def test_a_ban_of_the_rivals_job_still_hides_the_sellers(det, text: str) -> None:
    assert_sells(det, text, "CS-201", CERTS)


# -- 2. the employer's desk ----------------------------------------------------------------------

_DESK_LAWFUL = [
    # the denied way turned to the office for the route (the exam, the training, the papers)
    _DESK + "没有路子可走，但联系人事小李可以安排复审考试",
    _DESK + "没有路子可走，但联系人事小李可以办复审手续",
    _DESK + "没路子，但联系人事小李可以安排培训时间",
    # 不是 … 就是: a verdict on the way, not the seller vouching for himself
    _DESK + "说有路子的不是骗子就是黄牛",
    _DESK + "外面说有路子的不是骗人就是坑钱",
    # checked and kept
    _DESK + "费用公司出，不必付款私信人事小王登记",
    _DESK + "无须交钱，私信人事小王登记",
    _DESK + "不需要付钱私聊人事小王",
]


@pytest.mark.parametrize("packs", LAWFUL_DEFAULT_RUNS)
@pytest.mark.parametrize("text", _DESK_LAWFUL)
def test_an_employers_desk_stays_silent_of_the_way(det, text: str, packs: Packs) -> None:
    # CS-206 / CS-233 fire on some of these before review171 and review175 too (联系人事小李):
    # the way read by CS-001 is what is pinned
    assert_silent(det, text, packs, of="CS-001")


_DESK_SELLERS = [
    _DESK + "没有路子可走，但联系人事小李可以安排免考",
    _DESK + "没有路子可走，但私下联系人事小李可以安排免考",
    _DESK + "没有路子，但私聊人事小李可以办证",
    _DESK + "没路子，但私信人事小李可以安排考试不用去",
    _DESK + "没有路子，但私聊人事小李可以办一下",
    _DESK + "没有路子可走，不过找我可以直接拿证",
    _DESK + "没有路子也没关系，可是私信我可以办",
    _DESK + "我们人事有路子不是骗人的",
    _DESK + "有路子的不是骗子是真本事",
    _DESK + "我们人事有路子，不是骗人，直接拿证",
    _DESK + "我们人事认识人事厅的领导",
    _DESK + "有熟人也要花钱打点",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _DESK_SELLERS)
def test_a_seller_behind_the_desk_is_read(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.xfail(
    strict=True,
    reason="认识人事局 is read as the seller's way; the HR officer who asks the bureau is not told apart",
)
def test_the_hr_officer_who_knows_the_bureau_staff_is_still_read(det) -> None:
    assert_silent(det, _DESK + "人事专员认识人事局的工作人员，可以帮大家咨询政策", ALL, of="CS-001")
