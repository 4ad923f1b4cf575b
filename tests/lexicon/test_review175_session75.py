"""Session 75, review175: a second reading of review171 (``detector._DESK_KNOWN``: review164's 有路子 /
有熟人 / 认识人 kept as the seller's only where not denied or warned against, and money before a
named recipient; ``silence._CLEFT_JOB_BANNED`` and the other review171 edges of
``silence._BEFORE_THE_PAPER``: 收 / 一半 that take no money, the school's own 全包 / 一条龙, the job
behind a ban, the exam waived past the comma). Sentences written for this file.

What the reading checks, in every pack run: the employer's notice that says no money is needed
before a named recipient (不用交钱私信人事小王登记; 无需付款私聊人事小王) — which review171's money words took
for the seller's; the seller whose 有路子 / 认识人 review171 let go because a word of its stop lists
stood near (绝不骗人, 认识人也得打点一下, 认识人事局的领导) or because a turn overrode the denial
(没有路子可走，但私信人事小李可以安排); the seller's cleft whose ban word bans something else in another
clause (资料不得外传，考试我们全部搞定; 拒绝任何套路，考试全包) or is turned (严禁找人代考，但我们的老师可以帮你
代考), whose 收 takes an amount (收你的一千五, 收下两千块), whose 全包 is 全包含在内, or who calls itself a
服务中心; and the school's own lines that review171's waived exam read as the job (考试不需要参加补习班,
理论考试不用去考点，在本校机房考, 考试无需到场缴费).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    LAWFUL_DEFAULT_RUNS,
    WITH_CERTS,
    WITH_SPECIAL,
    Packs,
    assert_sells,
    assert_silent,
)

# -- 1. the employer's 人事 / 行政 and review171's way words ----------------------------------------

_DESK_LAWFUL = [
    # no money asked, a recipient named: review171's 交钱 / 付款 / 转账 under a longer negation
    "电工证复审不要找外面代办，我们人事统一代办，按规定免考，免费办理不用交钱私信人事小王登记",
    "电工证复审不要找外面代办，我们人事统一代办，按规定免考，无需付款私聊人事小王报名",
    "电工证复审不要找外面代办，我们人事统一代办，按规定免考，不需要转账私信人事小王",
    "电工证复审不要找外面代办，我们人事统一代办，按规定免考，个人不交钱私信人事小王登记",
    # the denial with a turn to the employer's own question desk, not to a private arrangement
    "电工证复审不要找外面代办，我们人事统一代办，按规定免考，没有路子可走，有问题私信人事小李",
    "电工证复审不要找外面代办，我们人事统一代办，按规定免考，没有路子可走，但有问题可以私信人事小李",
    # the employer's own 人事科, and the warning in traditional characters
    "电工证复审不要找外面代办，我们人事统一代办，按规定免考，认识人事科的找人事科",
    "電工證複審不要找外面代辦，我們人事統一代辦，按規定免考，說有路子的都是騙子",
]


@pytest.mark.parametrize("packs", LAWFUL_DEFAULT_RUNS)
@pytest.mark.parametrize("text", _DESK_LAWFUL)
def test_an_employers_notice_with_a_named_recipient_stays_silent(
    det, text: str, packs: Packs
) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", LAWFUL_DEFAULT_RUNS)
@pytest.mark.parametrize(
    "text",
    [
        # EF-002 fires on 熟人 … 考试 here before review171 too: only CS-001 is pinned
        "电工证复审不要找外面代办，我们人事统一代办，按规定免考，有熟人的也得按时参加复审考试",
        "焊工证复审不要找外面代办，我们行政统一代办，依规免考，认识人的也要走正常报名流程",
    ],
)
def test_the_referred_who_still_goes_the_route_is_no_way_round(
    det, text: str, packs: Packs
) -> None:
    assert_silent(det, text, packs, of="CS-001")


#: special-operations papers: read where the special-operations pack runs
_DESK_SELLERS = [
    # the denial turned to a private arrangement (fired on e40031a4, silent since review171)
    "电工证复审不要找外面代办，我们人事统一代办，按规定免考，没有路子可走，但私信人事小李可以安排免考",
    "电工证不要找外面代办，我们人事统一代办，按规定免考，没有路子可走，但私信人事小李可以安排，三百块",
    # the seller's own reassurance, not a verdict on the connection
    "电工证不要找外面代办，我们人事有路子绝不骗人，按规定免考",
    # 也得 / 也要 before a bribe, not before the exam
    "电工证不要找外面代办，我们人事认识人也得打点一下，按规定免考",
    # 认识人事局: the office, not the employer's own 人事
    "电工证不要找外面代办，我们人事认识人事局的领导，按规定免考",
    # read before and after review171: kept for the next reader
    "电工证不要找外面代办，我们人事有熟人别担心，按规定免考",
    "电工证不要找外面代办，我们人事统一代办，按规定免考，交了钱私信行政小李拿证",
    "电工证不要找外面代办，我们人事统一代办，按规定免考，私聊人事小王，500元直接出证",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _DESK_SELLERS)
def test_a_seller_behind_the_desk_is_read(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.xfail(
    strict=True,
    reason="a price beside a named recipient (私信班组长老张，一千八不用考): silent on e40031a4 too, not read",
)
def test_a_price_beside_a_named_recipient_is_still_missed(det) -> None:
    text = "焊工证不要找外面代办，我们人事统一代办，按规定免考，私信班组长老张，一千八不用考"
    assert_sells(det, text, ANY_RULE, None)


@pytest.mark.xfail(
    strict=True,
    reason="warning:骗子 said of rivals covers the writer's own 内部名额 after it: silent on e40031a4 too",
)
def test_a_seller_who_calls_the_rivals_cheats_is_still_missed(det) -> None:
    text = "别人说有路子的都是骗子，我们是真的有内部名额，电工证不用考，三天拿证"
    assert_sells(det, text, ANY_RULE, None)


# -- 2. the cleft on the work before the paper -------------------------------------------------------

_CLEFT_SELLERS = [
    # a ban on something else, in a clause of its own, before the job (CS-201 on e40031a4)
    "电工证我们能做的就是帮你拿证前，资料不得外传，考试我们全部搞定",
    "电工证我们能做的就是帮你拿证前，拒绝任何套路，考试全包",
    "电工证我们能做的就是帮你拿证前，绝不多收一分钱，考试全部搞定",
    "电工证我们能做的就是帮你拿证前，从不让学员白跑，考试我们包办",
    "电工证我们能做的就是帮你拿证前，拒绝拖延，一条龙服务到底",
    # the ban on the job turned, or the job offered in a clause of its own
    "电工证我们能做的就是帮你拿证前把课讲透，严禁找人代考，但我们的老师可以帮你代考",
    # 收 with an amount
    "电工证我们能做的就是帮你拿证前收你的一千五",
    "电工证我们能做的就是帮你拿证前收下两千块",
    "电工证我们能做的就是帮你拿证前收您的1800",
    # everything included; the seller's own 服务中心
    "电工证我们能做的就是帮你拿证前，考试拿证全包含在内",
    "电工证我们能做的就是帮你拿证前，本服务中心一条龙办理，人不用到场",
    # the exam waived at the clause's end (review171's reading, kept)
    "电工证我们能做的就是帮你拿证前，考试都不用去了",
    "电工证我们能做的就是帮你拿证前，考试不用参加，直接拿证",
]


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _CLEFT_SELLERS)
def test_a_cleft_that_sells_the_paper_is_read(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


_CLEFT_LAWFUL = [
    # the job banned in its own clause, in one or two clauses or in traditional characters
    "电工证学校能做的就是帮你拿证前把课讲透，严禁代考替考",
    "电工证学校能做的就是帮你拿证前把课讲透，严禁代考，严禁替考",
    "电工证学校能做的就是帮你拿证前把课讲透，严禁找人代考，代考的一律清退",
    "電工證學校能做的就是幫你拿證前把課講透，嚴禁找人代考",
    "电工证学校能做的就是帮你拿证前把课讲透，代考查实一律取消资格",
    "电工证学校能做的就是帮你拿证前把课讲透，严禁找人代考，但考试全部靠自己",
    # the job banned after it
    "电工证学校能做的就是帮你拿证前把课讲透，代考替考一律严禁",
    # the school's own lines with 考试不需要参加 / 不用去 / 无需到场 that go on to something else
    "电工证学校能做的就是帮你拿证前把课讲透，考试不需要参加补习班",
    # 收 without an amount
    "电工证学校能做的就是帮你拿证前收下一份报名表",
]


@pytest.mark.parametrize("packs", LAWFUL_DEFAULT_RUNS)
@pytest.mark.parametrize("text", _CLEFT_LAWFUL)
def test_a_schools_cleft_stays_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", LAWFUL_DEFAULT_RUNS)
@pytest.mark.parametrize(
    "text",
    [
        # CS-001 / CS-006 (or EF-001) fire here before review171 too: only the cleft's CS-201 is pinned
        "电工证学校能做的就是帮你拿证前把课讲透，理论考试不用去考点，在本校机房考",
        "电工证学校能做的就是帮你拿证前把课讲透，考试无需到场缴费，网上支付即可",
        "电工证学校能做的就是帮你拿证前把课讲透，考试不用去省城，就近考点",
        "电工证学校能做的就是帮你拿证前把课讲透，代考是不允许的",
    ],
)
def test_the_schools_exam_route_does_not_break_the_cleft(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs, of="CS-201")
