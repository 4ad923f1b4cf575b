"""Session 71, lead: engine3's fall-through to the writer's own clause after a denied match (不要找别人
代办，我们一条龙) is no reading of a cleft that names what the writer does instead (答案是不能，我们能做
的是把课讲透): that clause is the lawful alternative, not a second offer; nor is any later 我们可以办… for the certificates pack's generic 证 + 办. Sentences
written for this file.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import EVERY_PACK, WITH_SPECIAL, Packs, assert_sells, assert_silent

_CLEFTS = [
    "常有学员问焊工证能不能免考，答案是不能，我们能做的是把课讲透，咨询 0571-86330532",
    "有人问电工证能不能代办，答案是不能，我们能做的就是帮你把理论练熟，电话 0571-86330533",
    "问：叉车证能不能不考直接拿？答：不能，我们能保证的只有教学质量，报名电话 0571-86330534",
    "焊工证不能代考，我能做的只是陪你多练几遍实操，有问题留言",
    # the certificates pack's generic 证 + 办 after the writer's 我们可以办 (no self clause there)
    "都说电工证不能免考，我们可以办周末班帮你备考，报名电话 0571-86330535",
    "大伙都说叉车证不能免考，我们可以办学员卡，方便进出培训场地",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _CLEFTS)
def test_a_cleft_after_the_refusal_is_no_second_offer(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


_SELF_SELLERS = [
    "电工证复审可在政务服务网申请，不用跑，不要找别人代办，我们一条龙，私聊",
    "都说电工证不能代考，我们能安排人替考，私聊",
    "焊工证复审不要找中介代办，我们全程一条龙，但是要先交钱，加v hg_2201",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SELF_SELLERS)
def test_the_writers_own_offer_after_the_denial_still_sells(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, None, packs)
