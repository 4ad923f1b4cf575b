"""Session 65, fa28: victims who quote the shop (holdout225's class).

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- A victim's transcript under its labels (我： / 我问： / 对方： / 他说： / 客服：) closing on the cheat
  (拉黑 / 把我删了 / 才知道是骗子 / 钱要不回来 / 寄来的是假证 / 报警): the quoted shop's 加我 / 私聊我 /
  我这边 / 找我 and the writer's 我： label are the shop's words and the victim's, no offer cue of the
  writer's (GP-001 / GP-002 / CS-001 / CS-201 fired ``unclear`` on them before).
- The shop's words retold under 他说 / 对方说 / 客服原话 / 对方回 and followed by the cheat: the same.
- Sellers in the same shapes keep firing: a "customer story" told as the pitch (客户问我：…我说：能，
  包过，加我微信), a shop's own chat with its id, a seller naming a rival's scam to sell its own, a
  "victim" line that closes on the writer's own call.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    EVERY_PACK,
    WITH_SPECIAL,
    WITH_SPECIAL_OR_CERTS,
    assert_sells,
    assert_silent,
)

#: Victims' transcripts and retellings: silent in every pack (each fired before).
_VICTIMS = [
    "我：电工证能不用考吗？\n对方：能，包过，不用到场，加我微信\n钱转过去就被拉黑了",
    "我：焊工证可以免考吗\n对方：可以的，包拿证，你加我微信细聊\n转了一千八以后就把我删了",
    "对方：架子工证不用考，包过，加我微信\n我：行\n后来才知道是骗子，钱要不回来了",
    "我：司炉证能不能不考\n卖家：能，交钱就给你办，找我就行\n钱转了以后他把我删了，已经报警",
    "我：低压电工证要本人去考吗？\n对方：不用，我这边直接出证，加我v\n第二天就被拉黑，钱没了",
    "客服：电工证不用考，包拿证，私聊我\n我：怎么收费\n客服：一千二\n付完钱客服就把我删了，大家别上当",
    "我问：叉车证能免考吗？\n他说：可以，交钱就出证\n后来寄来的是假证，已经报警了",
    "我：登高证能不考吗？\n客服：可以，不用到场\n付了钱就联系不上了，证也查不到，大家小心",
    "客服原话：焊工证包过，不用考，加我微信。结果钱一到就把我拉黑了",
    "他说找我，电工证包拿，不用考试。后来寄来的是假证，他微信也把我删了",
    "有没有人也被这个坑过？对方说制冷证包过不用考，私聊我，钱转过去就把我删了",
    "我问客服叉车证能不能不考，对方回：能，包过，不用来，加我微信。结果钱一转就把我拉黑了",
    "12345来电：市民称有人在群里说登高证不用考，包过，加我私聊，市民转账后被删除好友，已报警",
]

#: Sellers in the same shapes: still found by the special-operations or the certificates pack.
_SELLERS = [
    "客户问我：电工证能不用考吗？我说：能，包过，加我微信，三天到手",
    "经常有人问我：叉车证能免考吗？当然能，找我，包拿证，加v cc_5521",
    "客服：焊工证不用考，包拿证，私聊我\n客户：多少钱\n客服：一千五，七天到手，加v hg_3302",
    "怕被骗的可以先看证，叉车证免考，加我微信 cc_2041",
    "他说找我，我说找我才对，电工证包过不用考，加v dg_9023",
    "我：焊工证能免考吗？\n对方：能，包过，加我微信 hg_5520\n钱转过去就被拉黑了",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _VICTIMS)
def test_victims_quoting_the_shop_are_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL_OR_CERTS)
@pytest.mark.parametrize("text", _SELLERS)
def test_sellers_in_the_same_shape_still_fire(det, text: str, packs) -> None:
    assert_sells(det, text, ["CS-", "GP-"], packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_seller_naming_a_rivals_scam_still_fires(det, packs) -> None:
    # the pass promised (GP-001 / GP-002, special-operations pack) after a rival's scam told
    assert_sells(det, "之前有人被骗了，找我们就不会，电工证包过，加v dg_6610", "GP-", packs)
