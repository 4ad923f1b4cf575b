"""Session 57, review35: a second reading of fa10 (round 62) and the lead's warning reading.
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- A warning not to buy from a middleman (不要从中介那买…, 别找黄牛办…) that the writer follows by
  offering itself (我们是源头, 找本店, 直接找我) steers the buyer from one seller to another: the 不要
  no longer negates the candidate (``context._steered``). A warning that sends the reader to
  training, the office or nobody stays a warning.
- A regulator directing holders to the designee of a banner's (旗), an autonomous county's or
  prefecture's (自治县, 自治州) or a league's (盟) bureau is the same direction as 到县
  (``terms/organ_directed``); a school naming itself that designee still fires.
- The office's no-visit words (``terms/office_no_visit``) beside a seller's mobile, its
  一条龙 or the training spared (不用参加培训, 无需培训) no longer excuse CS-001: a private contact
  breaks them (``silence._broken`` reads ``unless_broken_by_private`` before an exception's own
  breakers) and those words join their own breakers.
- An office's online reissue or replacement (在线申请补办, 网上申请补发, 线上申请换发, 无需到现场)
  is the office's procedure (``terms/office_no_visit``).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, categories, rule_ids

# The seller warning the buyer off middlemen, then naming itself as the one to buy from.
_STEERING = [
    "不要从中介那里买免考电工证，我们是源头，加微 dg_6161",
    "别向二道贩子购买免考焊工证，我们直接对接，微信 hg_2727",
    "千万别找黄牛办免考架子工证，找本店，电话 13712340000",
    "不要跟中介买免考登高证，直接找我，加v dg_4545",
    "不要找中介办理免考焊工证，多花冤枉钱，找我们便宜一半，加v hg_1313",
    "不要通过中介办理免考电工证，来我们这里价格低一半，v信 dg_8181",
    # the exam waived after the self-offer is the offer, not the lawful route
    "不要找中介买免考焊工证，找我们不用考试，加v hg_1111",
]


@pytest.mark.parametrize("text", _STEERING)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_warning_that_steers_to_the_writer_still_sells(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


# Warnings that send the reader to the lawful route, or to nobody: silent as before.
_WARNINGS = [
    "不要从中介那里买免考电工证，我们提醒考生到官方平台报名",
    "不要找中介办理免考焊工证，来我们学校参加正规培训考试",
    "切勿通过中介购买免考登高证，我们中心只提供培训，考试由应急管理局组织",
    "千万别找黄牛办免考架子工证，被查到证书作废",
    "请勿向任何中介或个人缴纳费用购买所谓的免考焊工证",
    # a reader's own town or its own grief after the warning, no counter of its own
    "千万不要找中介办免考电工证，我们这里已经有人被骗了",
    "千万别找黄牛办免考焊工证，被骗了别来找我哭",
    "不要向中介交定金買免考電工證",
]


@pytest.mark.parametrize("text", _WARNINGS)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_warning_sending_to_the_lawful_route_is_silent(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" not in categories(det, text, packs)


# A regulator directing holders to the designee of a banner's, an autonomous county's or
# prefecture's or a league's bureau (``terms/organ_directed``): the same direction as 到县.
_AUTONOMOUS_DIRECTIONS = [
    "请持证人到旗应急管理局指定的培训机构参加复审培训",
    "持证电工可到自治县应急管理局指定的培训机构报名复审",
    "应向自治州应急管理局指定的考试点报名参加考核",
    "持证人到盟应急管理局指定的培训机构参加复审",
    "各企业组织本单位焊工统一到自治旗应急管理局指定的机构培训",
]


@pytest.mark.parametrize("text", _AUTONOMOUS_DIRECTIONS)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_direction_to_an_autonomous_area_designee_is_silent(
    det, text: str, packs: list[str]
) -> None:
    assert not categories(det, text, packs)


# A school naming itself such a designee, or the direction beside a seller's promise: still fires.
_AUTONOMOUS_SELLERS = [
    "本校是旗应急管理局指定培训机构，焊工证包过，微信 hg_5050",
    "自治县应急局指定机构，电工证包过拿证，电话 13612345678",
    "学员到自治州应急管理局指定考点考试，包过，加v dg_7070",
]


@pytest.mark.parametrize("text", _AUTONOMOUS_SELLERS)
def test_autonomous_area_designee_claimed_by_a_seller_still_fires(det, text: str) -> None:
    assert categories(det, text, ALL)
    assert categories(det, text, DEFAULT)


# A seller wearing the office's no-visit words (``terms/office_no_visit``) with its own mobile or
# its one-stop service or its spared training, none of them words fa10 listed as breakers: CS-001 as
# before fa10. An office gives its landline and sends holders to training (silent below).
_OFFICE_WORDS_SOLD = [
    "电工证复审符合条件的无需本人到场，一条龙服务，联系电话 13912345678",
    "架子工证复审审核通过后新证寄到家，不用本人跑，咨询 13598765432",
    "焊工证复审免于到场，不用参加培训，直接邮寄新证",
    "登高证复审不见面办理，本人不用去，费用八百，手机 13787654321",
    "高压电工证复审经审核即可，无需培训，三天寄到",
]


@pytest.mark.parametrize("text", _OFFICE_WORDS_SOLD)
def test_office_words_beside_a_sellers_mobile_still_sell(det, text: str) -> None:
    # the rule, not only the learned model's low finding that asks for a human check
    assert "CS-001" in rule_ids(det, text, DEFAULT)
    assert "certificate_sale" in categories(det, text, ALL)


_OFFICE_GUIDES = [
    "电工证复审可网上申请，符合条件的无需本人到场，新证邮寄到家，咨询电话 0591-87654321",
    "焊工证复审审核通过后新证邮寄送达，持证人不用到窗口，服务热线 12345",
    "登高证复审免于到场，但须按规定参加不少于八学时的复审培训，新证书邮寄",
]


@pytest.mark.parametrize("text", _OFFICE_GUIDES)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_office_guide_with_its_landline_is_silent(det, text: str, packs: list[str]) -> None:
    assert not categories(det, text, packs)


# An office's online reissue or replacement of a lost or damaged card (在线申请补办, 网上申请补发,
# 线上申请换发) with its no-visit step: the office's procedure (``terms/office_no_visit``).
_OFFICE_REISSUES = [
    "特种作业操作证丢失的，可在线申请补办，无需到现场，新证邮寄送达",
    "电工证损毁的可在政务服务网申请补发，不用到现场，证件寄到单位",
    "焊工证破损的可以线上申请换发，无需本人到窗口，新证快递送达",
    "登高证遗失，可网上申请补办，不必到现场，证书由邮政寄出",
]


@pytest.mark.parametrize("text", _OFFICE_REISSUES)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_office_online_reissue_is_silent(det, text: str, packs: list[str]) -> None:
    assert not categories(det, text, packs)


# A seller wearing the reissue's words with its own: still CS-001.
_REISSUE_SOLD = [
    "焊工证在线申请补办，无需到现场，不用考，三天下证，加v hg_6262",
    "电工证丢了可网上申请补发，不用到场，手机 13611112222",
    "登高证线上申请换发，无需本人，全程代办，价格私聊",
]


@pytest.mark.parametrize("text", _REISSUE_SOLD)
def test_reissue_words_beside_a_sellers_own_still_sell(det, text: str) -> None:
    assert "CS-001" in rule_ids(det, text, DEFAULT)
