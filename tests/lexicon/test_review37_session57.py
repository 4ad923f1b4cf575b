"""Session 57, review37: a second reading of review35 and fa11 (round 63).
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- fa11's 不敢 denial (``context._NEG_NEAR``) said of a rival (别人不敢说包过, 谁都不敢保证包过) or
  answered by the writer's own dare (不敢保证包过？我们敢) is the seller's boast, not a school's
  denial (``context._dared``).
- fa11's office reissue words (``terms/office_no_visit``: 申请人无需, 由发证机关 / 邮政, 网上提交申请)
  beside a seller's mobile break on it as review35's words do (CS-001 ``unless_broken_by_private``).
- review35's ``context._steered`` keeps a warning that names the lawful route in other words
  (按规定参训考核, 报名、培训、考核) a warning.
- A warning off middlemen that the writer answers with itself in other words (咱们这里直接办, 联系我,
  私信我, 直接找厂家, 认准我们) steers the buyer, as review35's 我们是源头 does.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, categories, rule_ids

# A rival that dares not promise, or the writer's dare after the denial: the seller's boast.
_DARED = [
    "高压电工证别家不敢说包过，我们敢，加v dg_9191",
    "登高证谁都不敢保证包过，只有本校包过，微信 dg_4848",
    "架子工证同行都不敢讲包过，咱家包过，电话 13512340000",
    "焊工证考试不敢保证包过？我们敢，包过拿证，加v hg_5151",
    "电工证人家不敢打包票包过，我们这里包过，v信 dg_3030",
]


@pytest.mark.parametrize("text", _DARED)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_a_rivals_or_answered_dare_not_is_a_boast(det, text: str, packs: list[str]) -> None:
    assert "guarantee_promise" in categories(det, text, packs)


# A school's own 不敢, with or without a turn that offers nothing: silent as fa11 made it.
_SCHOOLS = [
    "本校不敢说包过，只能保证认真授课，电工证培训咨询 0591-83334444",
    "焊工证培训我们不敢保证包过，但会把实操练扎实",
    "登高证考试不敢打包票包过，请学员认真复习",
    "高压电工证不敢说一定能过，我们只管把课讲好",
    # the school's own dare of something else after its denial (敢保证的是…, 敢说认真负责)
    "电工证培训不敢说包过，我们敢保证的是课时足够",
    "焊工证考前班不敢保证包过，但我们敢说老师负责",
]


@pytest.mark.parametrize("text", _SCHOOLS)
def test_a_schools_own_dare_not_is_silent(det, text: str) -> None:
    assert "guarantee_promise" not in categories(det, text, DEFAULT)


# A seller wearing fa11's reissue words (申请人无需 / 由发证机关 / 由邮政 / 网上提交申请) with a price
# and its own mobile, no other breaker: CS-001 as before fa11.
_REISSUE_WORDS_SOLD = [
    "焊工证复审，申请人不必本人到场，证件由发证机关寄出，费用九百，手机 13655556666",
    "电工证换证申请人无需本人去，证书由邮政送到家，九百元全包，13788889999",
    "登高证补办，网上提交申请就行，人不用来，收费七百，联系 13922223333",
    "架子工证复审申请人不用本人来，十天寄到，一千二，电话 13566667777",
]


@pytest.mark.parametrize("text", _REISSUE_WORDS_SOLD)
def test_reissue_words_beside_a_sellers_mobile_still_sell(det, text: str) -> None:
    assert "CS-001" in rule_ids(det, text, DEFAULT)
    assert "certificate_sale" in categories(det, text, ALL)


# The same with a second mobile-bearing shape, read by the certificates pack's CS-201.
_REISSUE_WORDS_SOLD_CERTS = [
    "电工证复审申请人无需到场，证书由发证机关快递，收费八百五，手机 13677778888",
    "焊工证复审申请人无需到场，新证由邮政寄出，一千，电话 13655550000",
]


@pytest.mark.parametrize("text", _REISSUE_WORDS_SOLD_CERTS)
def test_reissue_words_beside_a_sellers_mobile_fire_cs201(det, text: str) -> None:
    assert "CS-201" in rule_ids(det, text, CERTS)


# The office's own reissue answers, with its landline or none: silent as fa11 made them.
_REISSUE_GUIDES = [
    "焊工证补办需要本人来吗？不需要，申请人网上提交申请后，证书由发证机关寄出",
    "电工证换证申请人无需到场，新证由邮政送达，咨询电话 0371-65554444",
    "登高证遗失的，申请人不必到窗口，在线提交材料，证件由原发证机关邮寄",
]


@pytest.mark.parametrize("text", _REISSUE_GUIDES)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_office_reissue_answer_is_silent(det, text: str, packs: list[str]) -> None:
    assert not categories(det, text, packs)


# A warning off middlemen that names the lawful route in other words than 培训 / 考试 / 正规:
# still a warning (review35's ``_steered`` read these as the writer's own counter).
_LAWFUL_WARNINGS = [
    "不要找中介办免考电工证，来我们中心报名，按规定参训考核",
    "别找黄牛买免考焊工证，选我们推荐的途径：报名、参训、考核合格后发证",
    "切勿从中介处购买免考登高证，找我们咨询报考流程，持证须经考核",
    # a regulator asking the reader to report: its 联系我们 is no counter
    "不要找中介买免考架子工证，发现兜售线索请及时联系我们",
    "别找黄牛办免考焊工证，遇到此类广告可联系我们举报",
]


@pytest.mark.parametrize("text", _LAWFUL_WARNINGS)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_warning_naming_the_lawful_route_in_other_words_is_silent(
    det, text: str, packs: list[str]
) -> None:
    assert "certificate_sale" not in categories(det, text, packs)


# The writer answering its own warning with itself in other words: the seller steering the buyer.
_STEERED_OTHERWISE = [
    "不要找中介买免考架子工证，咱们这里直接办，加v jz_1717",
    "别找二道贩子买免考电工证，直接联系厂家，电话 13833334444",
    "不要从黄牛那里办免考焊工证，联系我，微信 hg_8686",
    "千万别找中介买免考登高证，私信我，dg_2929",
    "不要在中介那办免考高压电工证，认准我们，v信 dg_6464",
    # the training and the exam waived together (不用培训考试): neither is the lawful route
    "不要找中介买免考电工证，找我们不用培训考试，加v dg_2020",
]


@pytest.mark.parametrize("text", _STEERED_OTHERWISE)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_warning_answered_by_the_writer_in_other_words_sells(
    det, text: str, packs: list[str]
) -> None:
    assert "certificate_sale" in categories(det, text, packs)
