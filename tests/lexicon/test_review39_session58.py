"""Session 58, review39: a second reading of review37 (round 64) and the lead's 政务服务中心 change.
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- ``context._dared``: a rival's 不敢 (别家 / 同行 / 谁都 不敢说包过) is a seller's boast only when the
  writer then claims the pass itself (我们敢, 本校包过); a school's or a learner's 谁都不敢保证包过,
  同行都不敢讲包过，我们更不敢 still denies (review37 made these fire GP-001 / GP-002). The boast in
  other words still fires: rivals named otherwise (其它家, 很多机构, 市面上的机构), the writer named
  otherwise (我们机构, 我校, 本机构), the dare with its pledge (我们敢打包票, 我们敢保证！) and the
  separator lost to normalization (a space, a colon).
- CS-001's and CS-201's office exception (``terms/office_no_visit``: 由区政务服务中心, 申请人无需,
  由邮政 …) beside a seller's bare call with an id no contact reader takes (加我 / 找我 / 滴我 / 联系我
  dg_…): the seller's call breaks it as 加v does. In the certificates pack CS-201's older 政务
  exception no longer excuses a seller whose 由区政务服务中心 is already broken by its mobile.
- The lead's 政务服务中心 reading with the office's place named (由岳麓区政务服务中心寄出, 由长沙市
  政务服务中心统一邮寄, 由镇便民服务中心代为寄出): the office's procedure, silent.
- ``context._steered``: review37's new verbs (联系 / 私信 / 认准 + 我们) steer the buyer only when the
  writer's name is the call itself (联系我，微信…; 认准我们，v信…); a school's or an employer's
  联系我们了解报名流程, 如有疑问可联系我们, 认准我们学校，每期都组织…, 直接联系我们安全科 stays a
  warning. ``_LAWFUL_ROUTE`` no longer reads the seller's boast (官方可查, 官网可查, 考试包过) or a
  waived exam (无需参加考试, 不用去考试, 考试都不用参加) as the lawful route; the writer's counter in
  still other words (加我v, 滴我, 我们有内部渠道, 来咱这里, 我处直接办) steers the buyer.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, categories, rule_ids

# --- context._dared ---------------------------------------------------------------------------

# A school's or a learner's 谁都 / 同行 / 别家 不敢, with no claim of its own after: a denial.
_RIVAL_DENIALS = [
    "正规学校谁都不敢保证包过，本校也一样，请学员认真复习",
    "考试靠真本事，谁也不敢保证包过，焊工证培训学员要自己用功",
    "同行都不敢讲包过，我们更不敢，电工证培训咨询 0591-83335555",
    "别家不敢说包过，我们也不敢说，高压电工证培训只讲真本事",
]


@pytest.mark.parametrize("text", _RIVAL_DENIALS)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_a_rivals_dare_not_with_no_claim_after_denies(
    det, text: str, packs: list[str] | None
) -> None:  # type: ignore[no-untyped-def]
    assert "guarantee_promise" not in categories(det, text, packs), text


# The seller's boast in other words: still GP.
_DARED_OTHERWISE = [
    # the dare with its pledge, bare
    "电工证不敢保证包过？我们敢打包票，加v dg_7171",
    "焊工证考试不敢保证包过？我们敢保证！加v hg_7272",
    # the clause mark lost to normalization (a space, a colon)
    "登高证不敢说包过 我们敢 加v dg_7373",
    "高压电工证不敢说包过：我们敢，微信 dg_7474",
    # the writer named otherwise
    "电工证不敢说包过，我们机构敢，加v dg_7979",
    "焊工证不敢保证包过，我校敢，微信 hg_8080",
    "登高证不敢说包过，本机构敢，电话 13512347777",
    # the rival named otherwise, the writer's own pass after
    "焊工证其它家都不敢保证包过，我们包过，加v hg_7676",
    "电工证好多家都不敢保证包过，本校包过，微信 dg_7777",
    "叉车证市面上的机构都不敢保证包过，我们包过，v信 cc_7878",
]


@pytest.mark.parametrize("text", _DARED_OTHERWISE)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_the_dare_in_other_words_still_boasts(det, text: str, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert "guarantee_promise" in categories(det, text, packs), text


# A school's dare of something else after its own denial: silent, as review37 left it.
_SCHOOL_DARES_ELSE = [
    "电工证培训不敢说包过，但我们敢说：学不会可以免费重学",
    "电工证培训不敢保证包过，我们敢保证，每节课都有老师跟班",
]


@pytest.mark.parametrize("text", _SCHOOL_DARES_ELSE)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_a_schools_dare_of_something_else_stays_silent(det, text: str, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert "guarantee_promise" not in categories(det, text, packs), text


# --- the office's reissue words beside a seller's bare call -------------------------------------

_OFFICE_WORDS_CALLED = [
    "电工证补办不用本人去，由区政务服务中心寄出，加我 dg_3322",
    "电工证补办不用本人去，由区政务服务中心寄出，找我 dg_3323",
    "电工证补办不用本人去，由区政务服务中心寄出，滴我 dg_3324",
    "電工證補辦不用本人去，由區政務服務中心寄出，加我 dg_3325",
    "焊工证复审申请人无需到场，由区政务服务中心寄出，收费九百，加我 hg_4455",
    "焊工证复审申请人无需到场，新证由邮政寄出，一千，加我 hg_4456",
    "登高证补办申请人不用到场，证书由发证机关寄出，找我 dg_4457",
    "焊工证补办不用本人到场，由长沙市政务服务中心寄出，加我 hg_4458",
]


@pytest.mark.parametrize("text", _OFFICE_WORDS_CALLED)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_office_words_beside_a_sellers_call_still_sell(det, text: str, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert "CS-001" in rule_ids(det, text, packs), text


# The certificates pack alone: CS-201's older 政务 exception sat inside the broken 由区政务服务中心.
_CENTRE_WORDS_SOLD_CERTS = [
    "焊工证复审申请人无需到场，新证由区政务服务中心寄出，一千，电话 13655550000",
    "电工证补办不用本人去，由区政务服务中心寄出，微信 dg_3326",
]


@pytest.mark.parametrize("text", _CENTRE_WORDS_SOLD_CERTS)
def test_centre_words_beside_a_sellers_contact_fire_cs201(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "CS-201" in rule_ids(det, text, CERTS), text


# The office's reissue with its place named: the lead's reading, silent.
_CENTRE_NAMED = [
    "焊工证补办：无需本人到场，由岳麓区政务服务中心寄出。",
    "电工证遗失补办不用本人去，由长沙市政务服务中心统一邮寄，咨询电话 0731-84125555",
    "登高证补办不用本人到场，由镇便民服务中心代为寄出，咨询电话 0731-84126666",
    "焊工证补办不用本人去，由所在地政务服务中心寄出",
]


@pytest.mark.parametrize("text", _CENTRE_NAMED)
@pytest.mark.parametrize("packs", [None, DEFAULT, CERTS, ALL])
def test_a_reissue_sent_by_a_named_centre_is_silent(
    det, text: str, packs: list[str] | None
) -> None:  # type: ignore[no-untyped-def]
    ids = rule_ids(det, text, packs)
    assert not {"CS-001", "CS-201"} & ids, (text, ids)


# --- context._steered -----------------------------------------------------------------------

# review37's 联系 / 私信 / 认准 + 我们 that go on to the lawful errand: a warning still.
_STEERED_LAWFULLY = [
    "不要找中介买免考电工证，联系我们了解报名流程",
    "别找中介办理免考焊工证，如有疑问可联系我们，电话 0371-65551234",
    "千万别找中介买免考登高证，私信我们咨询报名事宜",
    "不要找中介买免考电工证，认准我们学校，每期都组织理论和实操",
    "别找中介办免考电工证，有问题直接联系我们安全科",
    "不要找黄牛买免考焊工证，认准我们这样有资质的机构，凭本事拿证",
]


@pytest.mark.parametrize("text", _STEERED_LAWFULLY)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_a_warning_then_the_writers_lawful_errand_is_silent(
    det, text: str, packs: list[str] | None
) -> None:  # type: ignore[no-untyped-def]
    assert "certificate_sale" not in categories(det, text, packs), text


# The seller's verification boast or its waived exam is no lawful route.
_ROUTE_WORN = [
    "别找中介买免考电工证，找我们直接办，官方可查，加v dg_5656",
    "不要找中介买免考焊工证，找我们，应急管理厅官网可查，微信 hg_5757",
    "不要找中介买免考电工证，找我们无需参加考试，加v dg_5858",
    "不要找中介买免考电工证，找我们不用去考试，加v dg_5959",
    "不要找中介买免考电工证，找我们，考试包过，加v dg_6060",
    "别找黄牛买免考焊工证，找我们，考试都不用参加，加v hg_6161",
]


@pytest.mark.parametrize("text", _ROUTE_WORN)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_a_route_word_the_seller_wears_is_no_route(det, text: str, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert "certificate_sale" in categories(det, text, packs), text


# The writer's counter in still other words: the seller steering the buyer.
_STEERED_STILL_OTHERWISE = [
    "别找中介买免考电工证，加我v dg_6363",
    "不要找中介买免考电工证，我们有内部渠道，加v dg_6464",
    "不要找中介买免考焊工证，来咱这里直接办，加v hg_6565",
    "别找中介买免考电工证，滴我 dg_6767",
    "不要找中介买免考电工证，我处直接办，电话 13812346969",
]


@pytest.mark.parametrize("text", _STEERED_STILL_OTHERWISE)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_the_writers_counter_in_still_other_words_sells(det, text: str, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert "certificate_sale" in categories(det, text, packs), text


# Guards: the lawful route beside the seller's words, and the writer's town alone.
_STILL_WARNINGS = [
    "不要找中介买免考电工证，来我们学校报名参加正规培训，证书应急管理厅官网可查",
    "别找黄牛买免考焊工证，找我们报名，考试由应急管理部门统一组织",
    "不要找中介买免考电工证，我们这里有人被骗过",
]


@pytest.mark.parametrize("text", _STILL_WARNINGS)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_a_warning_naming_the_route_or_the_town_stays_silent(
    det, text: str, packs: list[str]
) -> None:  # type: ignore[no-untyped-def]
    assert "certificate_sale" not in categories(det, text, packs), text
