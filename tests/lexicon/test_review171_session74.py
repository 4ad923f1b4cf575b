"""Session 74, review171: a second reading of review164 (``detector._DESK_WAY``, the seller's way
words beside an employer's 人事 / 行政 exemption; ``silence._BEFORE_THE_PAPER``, the cleft on the work
before the paper that breaks only on the fee for the paper or the whole job). Sentences written for
this file.

What the reading checks, in every pack run: the seller who names a recipient yet still gives the
exemption to the unqualified or asks for money (不符合的私信人事小王也能办; 交钱私信行政小李); the employer's
warnings and its own words that hold review164's new way words (说有路子的都是骗子, 不认识人事专员的,
没有路子可走, 有熟人介绍的也要…参加考试); the school's cleft whose 收 / 一半 are no payment (收下你的报名材料,
收心备考, 把一半的课时放在实操上), whose 全包 / 一条龙 past the comma are its own (学费全包含教材, 食宿全包,
政务中心一条龙服务) or banned in their own clause (严禁找人代考, 不接受代考, 代考一经发现取消成绩); and the
sellers one step away from each.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    EVERY_PACK,
    WITH_CERTS,
    WITH_SPECIAL,
    Packs,
    assert_sells,
    assert_silent,
)

# -- 1. the employer's 人事 / 行政 and the seller's way words ----------------------------------------

_DESK_LAWFUL = [
    # review164's new way words as the employer's warning or its own words
    "电工证复审不要找外面代办，我们人事统一代办，按规定免考，说有路子的都是骗子",
    "电工证复审不要找外面代办，我们人事统一代办，按规定免考，谁说认识人能免考都别信",
    "电工证复审不要找外面代办，我们人事统一代办，按规定免考，没有路子可走",
    "电工证复审不要找外面代办，我们人事统一代办，按规定免考，不认识人事专员的问班长",
    "焊工证复审不要找外面代办，我们行政统一代办，依规免考，新来的不认识人可以先问班组长",
    # silent on 359ba8f0 already: kept for the next reader
    "电工证复审不要找外面代办，我们人事统一代办，按规定免考，别信有熟人能免考",
    "电工证复审不要找外面代办，我们人事统一代办，按规定免考，人事有熟悉流程的同事协助",
    "电工证复审不要找外面代办，我们人事统一代办，按规定免考，不要相信外面有路子的中介",
    # second reading (written after the fix): a recipient named beside the money refused
    "电工证复审不要找外面代办，我们人事统一代办，按规定免考，费用公司出，不用交钱，私信人事小王登记",
    "电工证复审不要找外面代办，我们人事统一代办，按规定免考，不符合条件的私信人事小王报名参加考试",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _DESK_LAWFUL)
def test_an_employers_warning_about_connections_stays_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
def test_a_referral_that_still_sits_the_exam_is_no_way_round(det, packs: Packs) -> None:
    # EF-002 fires here before review164 too (熟人介绍 … 考试): only the CS-001 review164 added is pinned
    text = (
        "电工证复审不要找外面代办，我们人事统一代办，符合条件的免考，有熟人介绍的也要按规定参加考试"
    )
    assert_silent(det, text, packs, of="CS-001")


#: special-operations papers: read where the special-operations pack runs
_DESK_SELLERS = [
    # a named recipient, yet the unqualified get through or money is asked
    "电工证不要找外面代办，我们人事统一代办，符合条件的免考，不符合的私信人事小王也能办",
    "焊工证不要找外面代办，我们行政统一代办，按规定免考，交钱私信行政小李",
    "电工证不要找外面代办，我们人事统一代办，按规定免考，付款后私聊人事小张拿证",
    # read on 359ba8f0 already: kept for the next reader
    "电工证不要找外面代办，我们人事统一代办，按规定免考，三天出证，私信人事小王",
    "内部通知：电工证人事统一代办，不用考，私聊",
    "电工证不要找外面代办，我们人事统一代办，按规定免考，内部通知有关系的直接拿证",
    "电工证不要找外面代办，我们人事有路子，不用考",
    "电工证不要找外面代办，我们行政认识人，符合条件的免考",
    # second reading (written after the fix)
    "电工证不要找外面代办，我们人事认识人，按规定免考，三天拿证",
    "电工证不要找外面代办，我们人事统一代办，按规定免考，转账后私信人事小王",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _DESK_SELLERS)
def test_a_seller_who_names_a_recipient_is_read(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.xfail(
    strict=True,
    reason="silent on c3198dab too (内部通知 before 人事, 私聊 at the end): not review164's doing, not read",
)
def test_an_internal_notice_before_the_desk_is_still_missed(det) -> None:
    text = "电工证不要找外面代办，内部通知：人事统一代办，按规定免考，不用考，私聊"
    assert_sells(det, text, ANY_RULE, None)


# -- 2. the cleft on the work before the paper -------------------------------------------------------

_CLEFT_LAWFUL = [
    # 收 / 一半 that are no payment
    "电工证学校能做的就是帮你拿证前把一半的课时放在实操上",
    "电工证学校能做的就是帮你拿证前收下你的报名材料",
    "电工证学校能做的就是帮你拿证前收你的身份证复印件",
    "电工证学校能做的就是帮你拿证前把实操练到一半以上的熟练度",
    "电工证学校能做的就是帮你拿证前收心备考",
    # the school's own 全包 / 一条龙 past the comma
    "电工证学校能做的就是帮你拿证前把课讲透，学费全包含教材",
    "电工证学校能做的就是帮你拿证前把课讲透，食宿全包",
    "焊工证学校能做的就是帮你拿证前把课讲透，住宿全包，按时上课",
    # the job past the comma banned or punished in its own clause
    "电工证学校能做的就是帮你拿证前把课讲透，考试必须本人参加，严禁找人代考",
    "电工证学校能做的就是帮你拿证前把课讲透，不接受代考",
    "电工证学校能做的就是帮你拿证前把课讲透，代考一经发现取消成绩",
    "电工证学校能做的就是帮你拿证前把课讲透，考试本人到场，禁止他人替考",
    # silent on 359ba8f0 already: kept for the next reader
    "电工证学校能做的就是帮你拿证前课程过半安排一次模拟考",
    "电工证学校能做的就是帮你拿证前把课讲透，考试要你自己去考，谁说能代考都是假的",
    "电工证学校能做的就是帮你拿证前把课讲透，绝不代考",
    "电工证学校能做的就是帮你拿证前把课讲透，从不代考",
    # second reading (written after the fix)
    "电工证学校能做的就是帮你拿证前收回你的旧证复印件",
    "电工证学校能做的就是帮你拿证前把课讲透，学费全包括教材费",
    "电工证学校能做的就是帮你拿证前把课讲透，吃住全包",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _CLEFT_LAWFUL)
def test_a_schools_cleft_stays_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize(
    "text",
    [
        # CS-001 fires on 一条龙 here before review164 too: only review164's cleft break is pinned
        "电工证学校能做的就是帮你拿证前把课讲透，证书到政务中心一条龙服务窗口领取",
        "电工证学校能做的就是帮你拿证前把课讲透，政务中心一条龙服务",
        # CS-001 fires here before review164 too; review171's waived exam must not add CS-201
        "电工证学校能做的就是帮你拿证前把课讲透，考试不用去外地，就在本校考点",
    ],
)
def test_the_offices_one_stop_counter_does_not_break_the_cleft(
    det, text: str, packs: Packs
) -> None:
    assert_silent(det, text, packs, of="CS-201")


_CLEFT_SELLERS = [
    # the school's fee named, the exam waived past the comma
    "电工证我们能做的就是帮你拿证前只交培训费，考试不用参加",
    "焊工证我们能做的就是帮你拿证前只交学费，考试都不用去",
    # 收 / 一半 still the payment
    "电工证我们能做的就是帮你拿证前收你的定金",
    "电工证我们能做的就是帮你拿证前一半的钱先打过来",
    # 全包 / 一条龙 still the whole job
    "电工证我们能做的就是帮你拿证前，从报名到考试全包",
    "电工证我们能做的就是帮你拿证前，我们一条龙服务，人不用到场",
    "电工证我们能做的就是帮你拿证前，资料保密，考试我们全部搞定",
    # read on 359ba8f0 already: kept for the next reader
    "电工证我们能做的就是帮你拿证前只收培训费，考试不用去",
    "电工证我们能做的就是帮你拿证前只收学费，考试我们找人搞定",
    "焊工证我们能做的就是帮你拿证前交学费，剩下的全包",
    # second reading (written after the fix): no ban, only a comfort, before the job
    "电工证我们能做的就是帮你拿证前，不要你跑，全部搞定",
    "电工证我们能做的就是帮你拿证前，本人不能到场的，我们全部搞定",
    "电工证我们能做的就是帮你拿证前先付一半的费用",
    "电工证我们能做的就是帮你拿证前，考核也不用到场",
]


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _CLEFT_SELLERS)
def test_a_cleft_that_sells_the_paper_is_read(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.xfail(
    strict=True,
    reason="收取 + 资料费 / 教材费 reads as the fee for the paper on c3198dab too: not review164's doing",
)
def test_a_schools_material_fee_is_still_read(det) -> None:
    assert_silent(det, "电工证学校能做的就是帮你拿证前收取资料费", ["certificates"])
