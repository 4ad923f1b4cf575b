"""Session 58, review44: a second reading of review39's and review41's round-65 changes and of how
the lead joined them (``context._SELF_OFFERED``, ``_LAWFUL_ROUTE`` / ``_route_named``, ``_dared``,
left24's ``_CLAIMED_CHANNEL`` / ``_CHANNEL_SOLD``). Sentences written for this file (not from any
held-out set, nor the rules' fixtures).

- review39's ``_DARE_ANSWERED`` took any 加 after the writer's 敢 for the seller's call (我们敢加v);
  a school's 我们敢加课加练 / 敢加班辅导 dares to teach more and leaves its 不敢说包过 standing.
- left24's ``_CHANNEL_SOLD`` read the skip or the pass the writer denies (我们是正规渠道，没有免考这回事;
  我们走的是正规渠道，绝不包过) as the channel sold.
- review39's ``_ROUTE_WORN`` took any 不用 after a route word for the exam waived: a school's 来我们
  中心报考不用排队 / 来我们这里学习不用花冤枉钱 names the route all the same.
- review41's route words (考出来, 学技术, 正道, 都买不到 …) silenced a seller that says them of the hard
  way or of the rivals before offering itself (外面都办不了，我们能办; 考出来太难，找我们), and a bare
  正道 silenced the seller's own 找我们才是正道; they now count only after the writer's counter, and
  正道 only with the learning it names.
- Both helpers' shapes mixed (a 切勿 warning answered by 加我 / 滴我, by the writer's dare, by its
  正规渠道) behave as each helper meant.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ALL,
    CERTS,
    DEFAULT,
    TRAINING,
    categories,
    rule_ids,
    rule_ids_no_model,
)

EVERY = [None, DEFAULT, CERTS, TRAINING, ALL]
SPECIAL_ON = [None, DEFAULT, ALL]

# --- lawful writers the joined readings made fire -------------------------------------------------

_DARE_TEACHES = [
    "电工证培训不敢说包过，我们敢加班辅导每一位学员",
    "焊工证培训不敢保证包过，但我们敢加课加练，直到学会为止",
    "登高证培训不敢承诺包过，本校敢加开周末实操班",
]


@pytest.mark.parametrize("text", _DARE_TEACHES)
@pytest.mark.parametrize("packs", EVERY)
def test_school_daring_to_teach_more_keeps_its_denial(
    det, text: str, packs: list[str] | None
) -> None:
    assert "guarantee_promise" not in categories(det, text, packs)


_CHANNEL_DENYING = [
    "不要找中介买免考焊工证，我们是正规渠道，没有免考这回事",
    "千万别找黄牛买免考电工证，我们走的是正规渠道，绝不包过",
    "别找中介办免考登高证，我们是正规渠道，从来不搞免考，报名电话 0571-88776655",
    "不要找中介买免考电工证，我们有官方渠道，但不存在直接拿证",
]


@pytest.mark.parametrize("text", _CHANNEL_DENYING)
@pytest.mark.parametrize("packs", EVERY)
def test_school_claiming_the_channel_and_denying_the_skip_is_silent(
    det, text: str, packs: list[str] | None
) -> None:
    assert "certificate_sale" not in categories(det, text, packs)


_ROUTE_NOT_WAIVED = [
    "别找中介办免考焊工证，来我们中心报考不用排队",
    "不要找中介买免考电工证，来我们这里学习不用花冤枉钱",
    "千万别找黄牛买免考登高证，来我们学校培训不用托关系",
]


@pytest.mark.parametrize("text", _ROUTE_NOT_WAIVED)
@pytest.mark.parametrize("packs", EVERY)
def test_route_followed_by_another_no_is_still_the_route(
    det, text: str, packs: list[str] | None
) -> None:
    assert "certificate_sale" not in categories(det, text, packs)


# --- sellers still missed after the join -----------------------------------------------------------

_ROUTE_BEFORE_COUNTER = [
    "切勿找中介买免考焊工证，其他地方都买不到，找我们，v hg_5503",
    "千万不要找黄牛办免考电工证，外面都办不了，我们能办，微信 dg_1234",
    "不要找中介买免考电工证，考出来太难，找我们，加v dg_1234",
    "别找中介办免考焊工证，学技术太慢，找我们直接拿，微信 hg_5503",
    "不要找中介买免考电工证，找我们才是正道，加v dg_1234",
    "切勿通过中介办理免考电工证，我们才是正道，v信 dg_1234",
]


@pytest.mark.parametrize("text", _ROUTE_BEFORE_COUNTER)
@pytest.mark.parametrize("packs", [None, DEFAULT, CERTS, ALL])
def test_seller_naming_the_hard_way_before_itself_is_caught(
    det, text: str, packs: list[str] | None
) -> None:
    assert "certificate_sale" in categories(det, text, packs)


# review41's own lawful shapes: the route words after the writer's counter still name the route
_ROUTE_AFTER_COUNTER = [
    "切勿通过中介办理免考电工证，选我们驾校学技术才是正道",
    "切勿找中介买免考焊工证，找我们也买不到，只能老老实实去考",
    "不要找中介买免考焊工证，来我们这里的学员都是自己考出来的",
    "千万别找中介办免考电工证，选我们学校学手艺才是正道，报名电话 0371-66889900",
    "不要找中介买免考电工证，加入正规培训班才是正道",
]


@pytest.mark.parametrize("text", _ROUTE_AFTER_COUNTER)
@pytest.mark.parametrize("packs", EVERY)
def test_route_words_after_the_counter_still_warn(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" not in categories(det, text, packs)


# --- the two helpers' shapes mixed: each still read as its helper meant ---------------------------

_MIXED_SELLERS = [
    # review41's 切勿 answered with review39's bare 加我 / 滴我 (the chat id sells)
    "切勿通过中介办理免考电工证，加我 dg_1234",
    "切勿通过中介办理免考焊工证，滴我 hg_5503",
    # left24's 正规渠道 after review41's 切勿
    "切勿找中介买免考焊工证，我们是正规渠道，加v hg_5503",
    # review39's 认准 with a private contact after review41's 切勿
    "切勿通过中介办理免考电工证，认准我们，v信 dg_1234",
    # the channel claimed and the skip sold with a landline: the skip sells
    "不要找中介买免考焊工证，我们正规渠道，免考直接拿，电话 0571-88776655",
]


@pytest.mark.parametrize("text", _MIXED_SELLERS)
@pytest.mark.parametrize("packs", [None, DEFAULT, CERTS, ALL])
def test_mixed_steering_sellers_are_caught(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" in categories(det, text, packs)


_MIXED_DARES = [
    "电工证别家都不敢说包过，我校包过，加我 dg_1234",
    "焊工证别家不敢保证包过，本机构敢，滴我 hg_1234",
    "电工证不敢保证包过？我们敢，切勿找中介，加v dg_1234",
    "登高证不敢说包过，我们敢加v，gd_5566",
]


@pytest.mark.parametrize("text", _MIXED_DARES)
@pytest.mark.parametrize("packs", SPECIAL_ON)
def test_mixed_dares_are_caught(det, text: str, packs: list[str] | None) -> None:
    assert "guarantee_promise" in categories(det, text, packs)


_MIXED_DENIALS = [
    "电工证别家不敢说包过，我们也一样，只保证认真教学，报名电话 0371-66889900",
    "焊工证培训谁也不敢保证包过，说一次必过的要当心",
    "电工证培训同行都不敢讲包过，我们更不敢，切勿找中介买证",
]


@pytest.mark.parametrize("text", _MIXED_DENIALS)
@pytest.mark.parametrize("packs", EVERY)
def test_mixed_denials_stay_silent(det, text: str, packs: list[str] | None) -> None:
    assert "guarantee_promise" not in categories(det, text, packs)
    assert "certificate_sale" not in categories(det, text, packs)


def test_office_landline_reissue_stays_silent(det) -> None:
    text = "焊工证补办无需本人到场，新证由区政务服务中心寄出，咨询电话 0371-66889900"
    for packs in EVERY:
        assert not rule_ids_no_model(det, text, packs)


# --- review39's 加我 / 找我 breakers and the office's own 我中心 / 我局 ------------------------------

_OFFICE_SELF_CALLED = [
    "焊工证补办不用本人去，由区行政服务中心邮寄，有疑问找我中心咨询窗口",
    "电工证补办无需本人到场，由市政务服务中心寄出，可找我局政务窗口咨询",
    "登高证补办不用本人去，由区政务服务中心寄出，详情加我单位公众号",
    "焊工证复审申请人无需到场，新证由邮政寄出，有问题找我们窗口",
]


@pytest.mark.parametrize("text", _OFFICE_SELF_CALLED)
@pytest.mark.parametrize("packs", EVERY)
def test_office_naming_itself_after_its_reissue_answer_is_not_the_sellers_call(
    det, text: str, packs: list[str] | None
) -> None:
    assert not {"CS-001", "CS-201"} & rule_ids(det, text, packs)


_SELLER_CALLED = [
    "电工证补办不用本人去，由区政务服务中心寄出，找我 dg_1234",
    "电工证补办不用本人去，由区政务服务中心寄出，加我 dg_1234",
    "焊工证补办不用本人去，由区政务服务中心寄出，找我们 hg_5503",
    "电工证补办不用本人去，由区政务服务中心寄出，找我办 dg_1234",
]


@pytest.mark.parametrize("text", _SELLER_CALLED)
@pytest.mark.parametrize("packs", SPECIAL_ON)
def test_seller_call_after_the_office_words_still_breaks_them(
    det, text: str, packs: list[str] | None
) -> None:
    assert "CS-001" in rule_ids(det, text, packs)


# --- the seller's boast and waiver still worn on the route words review41 added -------------------

_ROUTE_STILL_WORN = [
    "别找中介买免考电工证，找我们，考下来的证官网可查，v dg_1234",
    "不要找中介买免考电工证，我们有内部渠道，本人报名都不用，v dg_1234",
    "不要找中介买免考电工证，找我们，培训免了，v dg_1234",
    "不要找中介买免考电工证，找我们，考试都不用参加，v dg_1234",
]


@pytest.mark.parametrize("text", _ROUTE_STILL_WORN)
@pytest.mark.parametrize("packs", [None, DEFAULT, CERTS, ALL])
def test_route_words_worn_by_the_seller_name_no_route(
    det, text: str, packs: list[str] | None
) -> None:
    assert "certificate_sale" in categories(det, text, packs)


# --- the dare and the steering around the fixes: unchanged both ways ------------------------------

_DARE_CALLS = [
    "电工证不敢说包过？我们敢加微 dg_1234",
    "焊工证别人不敢保证包过，我们敢私聊 hg_5503",
    "登高证别家都不敢讲包过，咱家敢，v信 gd_5566",
]


@pytest.mark.parametrize("text", _DARE_CALLS)
@pytest.mark.parametrize("packs", SPECIAL_ON)
def test_dare_run_into_the_sellers_call_is_caught(det, text: str, packs: list[str] | None) -> None:
    assert "guarantee_promise" in categories(det, text, packs)


_DARE_ELSE = [
    "电工证培训不敢说包过，我们敢保证的是每个学员都有实操机会",
    "登高证不敢说包过，我们敢说实话：考试要靠自己",
    "电工证培训不敢说包过？我们敢说，包过的都是骗子",
]


@pytest.mark.parametrize("text", _DARE_ELSE)
@pytest.mark.parametrize("packs", EVERY)
def test_dare_of_something_else_keeps_the_denial(det, text: str, packs: list[str] | None) -> None:
    assert "guarantee_promise" not in categories(det, text, packs)


_SCHOOL_AFTER_WARNING = [
    "不要找中介买免考电工证，认准我们学校，报名参加正规培训",
    "千万别找黄牛买免考焊工证，来我们这里的学员都是考出来的，报名电话 0371-66889900",
    "切勿通过中介办理免考电工证，我们就是考点，考试必须本人参加",
    "不要找中介买免考焊工证，我们自己就是培训学校，学技术找我们",
]


@pytest.mark.parametrize("text", _SCHOOL_AFTER_WARNING)
@pytest.mark.parametrize("packs", EVERY)
def test_school_after_its_warning_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" not in categories(det, text, packs)


_SOURCE_WAIVING = [
    "不要找中介买免考电工证，找我们，学技术不用学，直接拿证，v dg_1234",
    "千万别找中介买免考焊工证，我们源头，考出来的一样查得到，微信 hg_5503",
    "切勿找中介买免考登高证，我们就是源头，本人申请都不用，微信 gd_5566",
]


@pytest.mark.parametrize("text", _SOURCE_WAIVING)
@pytest.mark.parametrize("packs", [None, DEFAULT, CERTS, ALL])
def test_source_waiving_the_route_is_caught(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" in categories(det, text, packs)
