"""Session 73, review158: a second reading of review150 (``detector._STAFF_DESK``: 人事 / 行政 are an
employer's department only when no firm is named for them and no seller's term follows; the breakers
of CS-201's / FC-203's ``$cleft_instead`` that read the paper handed over: 帮你拿证, 把证拿, 证拿到手 …).
Sentences written for this file.

What the reading checks, in every pack run: an employer's lawful exemption after its own 人事 (复审
不用考的按规定免考, 符合条件的依规免考), which review150's 30-character window took for the seller's
不用考 / 免考; HR outsourcing firms' lawful services (人事代理, 人事外包); the lawful cleft that names
the work done before the paper (帮你拿证前把课讲透, 帮你把证拿到手之前的每一节课讲好), which the new
breakers took for the paper handed over; and the sellers one step away from each (我们人事部有渠道，证直接出;
我们人事统一代办，按规定不用考，加v; 帮你拿证前不收一分钱).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    CERTS,
    EVERY_PACK,
    WITH_CERTS,
    WITH_SPECIAL,
    Packs,
    assert_sells,
    assert_silent,
)

# -- 1. the employer's lawful exemption after its own 人事 / 行政 ---------------------------------------

_DESK_LAWFUL = [
    "证件不要找外面代办，我们人事统一代办，复审不用考的按规定免考",
    "电工证复审不要找外面代办，我们人事统一代办，复审不用考的按规定免考",
    "特种作业证复审不要找外面代办，我们人事统一代办，符合条件的按规定免考",
    "电工证复审不要找外面代办，我们人事统一代办，十二年内无违章的可以免考复审，按规定办",
    "焊工证复审不要找外面代办，我们人事统一报名，符合条件的依规免考",
    "叉车证复审不要找外面代办，我们行政统一报名，满足条件的按照规定不用考",
    "健康证不要找外面代办，我们行政统一安排体检，不用自己跑",
    "电工证复审不要找外面代办，我们人事代办，不用考虑费用，公司出",
    "电工证复审不要找外面代办，我们人事统一代办，已经考过的不用再考",
    # HR outsourcing firms' lawful services
    "人事代理公司代办社保、档案",
    "人事外包服务：代办入职体检预约",
    "健康证不要找外面代办，我们人事外包公司代办入职体检预约",
    "档案不要找外面代办，我们人事代理统一代办",
    # second reading (written after the fix): the exemption refused, or named with its rule
    "电工证复审不要找外面代办，我们人事统一代办，不能免考",
    "电工证复审不要找外面代办，我们人事统一代办，按规定不能免考的一律参加考试",
    "焊工证复审不要找外面代办，我们行政统一代办，依法不用考的由人事通知",
    "电工证复审不要找外面代办，我们人事统一代办，符合条件的免考，不符合的本人参加考试",
    "健康证不要找外面代办，我们行政统一安排，按规定免体检的岗位另行通知",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _DESK_LAWFUL)
def test_an_employers_lawful_exemption_stays_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


#: special-operations papers: read where the special-operations pack runs
_DESK_SELLERS_SPECIAL = [
    "电工证不要找外面代办，我们人事部有渠道，证直接出",
    "电工证不要找外面代办，我们行政这边包办，三天下证",
    # the seller who wears the employer's 按规定 / 符合条件 still gives his call or his connections
    "电工证不要找外面代办，我们人事统一代办，按规定不用考，加v",
    "焊工证不要找外面代办，我们人事这边有关系，符合条件的都免考",
    "叉车证不要找外面代办，我们行政那边有门路，按规定免考，私聊",
    # second reading (written after the fix)
    "电工证不要找外面代办，我们人事统一代办，符合条件的都免考，私聊",
    "电工证不要找外面代办，我们人事统一代办，依规免考，三天出证",
    "电工证不要找外面代办，我们人事负责，按规定不用考，直接发证",
    "电工证不要找外面代办，我们人事那边有人，按规定免考",
    "电工证不要找外面代办，我们人事统一代办，按规定不用考，包拿证",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _DESK_SELLERS_SPECIAL)
def test_a_special_ops_seller_behind_a_department_name_is_read(
    det, text: str, packs: Packs
) -> None:
    assert_sells(det, text, ANY_RULE, packs)


_DESK_SELLERS_CERTS = [
    "健康证不要找外面代办，我们行政这边包办，三天下证",
    "健康证不要找外面代办，我们行政统一代办，按规定免体检，加微",
    # second reading (written after the fix)
    "健康证不要找外面代办，我们行政统一代办，按规定免体检，三天拿证",
]


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _DESK_SELLERS_CERTS)
def test_a_certificate_seller_behind_a_department_name_is_read(
    det, text: str, packs: Packs
) -> None:
    assert_sells(det, text, ANY_RULE, packs)


# -- 2. the cleft that names the work done before the paper ------------------------------------------

_CLEFT_LAWFUL = [
    "我们能做的就是帮你把证拿到手之前的每一节课讲好",
    "电工证我们能做的就是帮你把证拿到手之前的每一节课讲好",
    "叉车证我们不包过，能做的就是帮你把证拿到手前的课上好",
    "焊工证培训学校能做的就是帮你拿证以前把实操练熟",
    "健康证机构能做的只是帮你把证办下来之前提醒你按时体检",
    # second reading (written after the fix)
    "健康证学校能做的只是帮你把证办好前的材料核对一遍",
    "电工证学校能做的就是帮你拿证前把注意事项交代清楚",
    "电工证我们能做的就是帮你拿证以前把每道题讲明白",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _CLEFT_LAWFUL)
def test_a_cleft_on_the_work_before_the_paper_stays_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


_CLEFT_SELLERS = [
    "电工证我们能做的就是帮你拿证前不收一分钱",
    "健康证我们能做的就是帮你把证拿到手之前免费",
    "焊工证我们能做的就是帮你把证拿到手，前后三天",
    "健康证我们能做的就是帮你拿证，拿证前不用体检",
    "电工证我们能做的就是帮你把证办下来，办下来前不用交钱",
    # second reading (written after the fix): the fee, the waived step or the whole job before the paper
    "电工证我们能做的就是帮你拿证前先交一半",
    "电工证我们能做的就是帮你拿证前后全程包办",
    "健康证我们能做的就是帮你把证办下来之前免体检",
    "电工证我们能做的就是帮你拿证前不用考试，加v",
    "学历证我们能做的就是帮你拿证前搞定一切",
]


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _CLEFT_SELLERS)
def test_a_cleft_that_hands_over_the_paper_is_read(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.xfail(
    strict=True,
    reason="cleft_instead reads 能做的就是 + 把 / 帮 …, not 就是在: the cleft is not read, CS-201's 能做 "
    "stands (fires on f1055342, before review150, too)",
)
def test_a_cleft_opened_on_zai_is_still_read_as_the_trade(det) -> None:
    assert_silent(det, "电工证学校能做的就是在帮你拿证之前把安全规程讲清楚", CERTS)
