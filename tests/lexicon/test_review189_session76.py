"""Session 76, review189: a second reading of review182 (round 91: ``silence._BEFORE_THE_PAPER``'s turns
但凡 / 考不过 and the school's receipt in ``_CLEFT_AMOUNT``; ``detector._DESK_ROUTE_SKIPPED``). Sentences
written for this file.

What the reading found: ``_DESK_ROUTE_SKIPPED`` reads twelve characters past the comma and takes 直接 /
不用 / 免 / 交钱 / 代考 / 下证 anywhere in them, so the employer's own next clause (安排考试，不用担心;
安排体检，直接去医院; 安排考试，代考一律开除) became the seller's; 考不过 stayed a turn when the ban went on
past a comma (考不过，也不能找人代考), while 考不过别担心 (the seller's comfort) was read as the ban going on;
但凡 naming the job was read as a ban even when the seller takes the job (但凡代考的活我们都接); and an
amount named as the school's fee was a receipt even when the seller's promise followed (收您的伍佰元培训费，
保证拿证). What stays wrong is pinned as a strict xfail.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    CERTS,
    DESK_RUNS,
    LAWFUL_DEFAULT_RUNS,
    WITH_CERTS,
    Packs,
    assert_sells,
    assert_silent,
)

_SCHOOL = "电工证学校能做的就是帮你拿证前"
_SELLER = "电工证我们能做的就是帮你拿证前"
_DESK = "电工证复审不要找外面代办，我们人事统一代办，按规定免考，没有路子可走，但联系人事小李可以"

# -- 1. the employer's next clause after the route arranged -------------------------------------

_DESK_LAWFUL = [
    _DESK + "安排考试，不用担心",
    _DESK + "安排考试，直接去考点签到",
    _DESK + "安排体检，直接去医院",
    _DESK + "安排复审，不需要请假",
    _DESK + "安排考试，免去排队",
    _DESK + "安排报名，交钱走公司账",
    _DESK + "安排考试，代考一律开除",
    _DESK + "安排学习，下证后通知",
    _DESK + "安排考试，不用去外地",
]


@pytest.mark.parametrize("packs", DESK_RUNS)
@pytest.mark.parametrize("text", _DESK_LAWFUL)
def test_the_employers_next_clause_is_no_skipped_exam(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs, of="CS-001")


_DESK_SELLERS = [
    _DESK + "安排考试，不用本人去",
    _DESK + "安排考试，直接拿证",
    _DESK + "安排考试，两千包过",
    _DESK + "安排考试，代考我们来",
    _DESK + "安排考试，交钱就过",
    _DESK + "安排考试，免考拿证",
    _DESK + "安排考试，不用去",
    _DESK + "安排考试，本人不用来",
    _DESK + "安排考试，三天下证",
]


@pytest.mark.parametrize("packs", DESK_RUNS)
@pytest.mark.parametrize("text", _DESK_SELLERS)
def test_the_exam_skipped_past_the_comma_is_still_the_sellers(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, "CS-001", packs)


# -- 2. the cleft's turns: 考不过 and 但凡 ---------------------------------------------------------

_TURN_LAWFUL = [
    # the ban goes on past the comma after 考不过
    _SCHOOL + "把课讲透，严禁代考，考不过，也不能找人代考",
    _SCHOOL + "把课讲透，严禁代考，考不过的学员，不许找人代考",
    # 考不过 comforted by the school, and 别 carrying the ban on
    _SCHOOL + "把课讲透，严禁代考，考不过别担心，下期免费重学",
    _SCHOOL + "把课讲透，严禁代考，考不过别找人代考",
    # 但凡 naming someone found doing the job: the ban goes on
    _SCHOOL + "把课讲透，杜绝作弊，但凡发现代考，一律清退",
    _SCHOOL + "把课讲透，杜绝作弊，但凡有代考行为，取消成绩",
    _SCHOOL + "把课讲透，严禁找人代考，但凡有人替考，立即报警",
    # 但凡 before the job itself, the job punished after it
    _SCHOOL + "把课讲透，杜绝作弊，但凡代考者，一律清退",
    _SCHOOL + "把课讲透，严禁代考，但凡找人替考，后果自负",
]


@pytest.mark.parametrize("packs", LAWFUL_DEFAULT_RUNS)
@pytest.mark.parametrize("text", _TURN_LAWFUL)
def test_a_schools_ban_that_goes_on_stays_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


_TURN_SELLERS = [
    # 考不过 + 别 / 不要 / 不可 as the seller's comfort, the job sold in the next clause
    _SELLER + "，杜绝作弊，考不过别担心，代考我们安排",
    _SELLER + "，杜绝作弊，考不过别怕，考试我们全包",
    _SELLER + "，杜绝作弊，考不过不要慌，我们安排替考",
    _SELLER + "，杜绝作弊，考不过不可怕，我们安排替考",
    # 但凡 naming the job the seller takes
    _SELLER + "，杜绝作弊，但凡代考的活我们都接",
    _SELLER + "，杜绝作弊，但凡全包的都能拿证",
    _SELLER + "，杜绝作弊，但凡需要枪手，我们安排替考",
    _SELLER + "，杜绝作弊，但凡有人想代考，我们安排",
    _SELLER + "，杜绝作弊，但凡代考的，我们一律包过",
]


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _TURN_SELLERS)
def test_a_seller_turning_by_kaobuguo_or_danfan_is_read(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, "CS-201", packs)


# -- 3. the amount named as the school's fee ---------------------------------------------------

_RECEIPT_SELLERS = [
    _SELLER + "收您的伍佰元培训费，保证拿证",
    _SELLER + "收你的两千元培训费，包过",
    _SELLER + "收你的伍佰元报名费，私聊",
]


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _RECEIPT_SELLERS)
def test_a_school_fee_followed_by_the_sellers_promise_is_the_price(
    det, text: str, packs: Packs
) -> None:
    assert_sells(det, text, "CS-201", packs)


@pytest.mark.parametrize("packs", LAWFUL_DEFAULT_RUNS)
@pytest.mark.parametrize(
    "text",
    [
        _SCHOOL + "收您的伍佰元培训费，开具正规发票",
        _SCHOOL + "收您的５００元培训费，开具正规发票",
        _SCHOOL + "收您的伍佰元培训费，严禁代考",
        _SCHOOL + "收您的伍佰元培训费，不考不收其他费用",
    ],
)
def test_a_schools_receipt_stays_silent(det, text: str, packs: Packs) -> None:
    # CS-006 reads 不考不收 on its own in the default run, before review182 too: CS-201 is pinned
    assert_silent(det, text, packs, of="CS-201")


@pytest.mark.xfail(
    strict=True,
    reason="left as it was before review182: 钱 within ten characters after 前 is the fee of the cleft "
    "on its own, so 500块钱培训费 is read as money before the school's fee is seen",
)
def test_a_schools_receipt_in_kuaiqian_stays_silent(det) -> None:
    assert_silent(det, _SCHOOL + "收您的500块钱培训费，开具正规发票", CERTS)


@pytest.mark.xfail(
    strict=True,
    reason="left as it was before review182: the verdict's words said of rivals the seller outdoes "
    "(不是骗子就是黄牛比不了) still read as the verdict on the way, the sale after it unread",
)
def test_the_seller_outdoing_the_verdicts_rivals_is_still_missed(det) -> None:
    assert_sells(det, "电工证复审我们有路子不是骗子就是黄牛比不了，直接拿证", "CS-001", None)
