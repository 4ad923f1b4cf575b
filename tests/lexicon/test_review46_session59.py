"""Session 59, review46: a second reading of fa14's round-65 readings, attacked both ways.
Sentences written for this file (not from holdout188, fa14's tests or the rules' fixtures).

- A rumour verdict said in other words right after the candidate (属于不实传言; 的消息不属实; 一事
  不属实; ，该说法不实): the same verdict on the candidate as 是谣言 (``stance._called_rumour``);
  a seller asking it (不属实？) or turning on it (其实能办，私聊) still sells.
- A court's narration of the party reaching the people it sold to named by what they needed
  (通过微信联系需要办证的人员): the narrator's account of someone's trade
  (``stance._NARRATED_TRADE``), as 联系买家 is.
- A school's bare refusal to promise (不敢打包票, 不打包票): its 包 is no sale word the learned
  scorer may refile a window under (``gate._NEGATED_PROMISE``); a rival's 不敢打包票 the writer
  dares is still the seller's foil.
- A school's honest limit said with 一定 (不敢保证一定考过): the same limit as 不能保证百分之百
  通过 (``context._QUANTIFIED_LIMIT``), unless turned to the writer's own promise.
- The middleman warning with the errand named 办 / 办理 (不要找中介办理焊工证，找我们也一样办不了):
  a warning as fa14's 买 form is; the seller turning to itself after it still sells.
- An office's renewal through its service site (可通过政务服务网办理; 登录政务服务网上传材料):
  the office's procedure, as 政务服务网提交材料 is; a seller wearing it with a skip or a mobile
  still sells.
- A seller narrating its own trade the court's way and calling the reader (通过熟人介绍联系客户，…，
  私聊): fa14's narrated trade silenced it; a call in the line now keeps it a pitch.
- fa14's own sellers held, written again (是谣言？是真的，加微; 不敢说包过，但是保证拿证; 别找中介买，
  找我们直接出证; 本中心换证无需到场，交费即可，不用考试): each still fires.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids

_EVERY = [None, DEFAULT, CERTS, TRAINING, ALL]

# --- (b) lawful text in close variants of fa14's readings --------------------------------------

# A rumour verdict in other words, right after the candidate, then the lawful route.
_RUMOUR_WORDS = [
    "网传电工证不用考试交钱就能办属于不实传言，其实需要报名参加培训考试",
    "网传焊工证不用考试就能拿证的消息不属实，考生必须参加培训考试",
    "网传电工证不用考试交钱就能办一事不属实，须参加考试",
    "网传高压电工证可以不考试直接拿证，该说法不实，须参加安全技术培训考核",
    "网上流传登高证不用考试就能拿的说法并不属实，需要参加理论和实操考试",
]


@pytest.mark.parametrize("text", _RUMOUR_WORDS)
@pytest.mark.parametrize("packs", _EVERY)
def test_a_rumour_called_untrue_in_other_words_is_silent(
    det, text: str, packs: list[str] | None
) -> None:
    assert rule_ids(det, text, packs) == set()


# A court narrating the people the party reached by what they needed.
_NARRATED_NEEDS = [
    "卫某通过微信联系需要办证的人员，出售伪造的登高证",
    "被告人韩某利用QQ群联系有办证需求的人员，出售伪造的电工证",
]


@pytest.mark.parametrize("text", _NARRATED_NEEDS)
@pytest.mark.parametrize("packs", _EVERY)
def test_a_court_narrating_the_people_reached_is_silent(
    det, text: str, packs: list[str] | None
) -> None:
    assert rule_ids(det, text, packs) == set()


# A school's bare refusal to promise, and its limit said with 一定.
_HONEST_LIMITS = [
    "焊工证培训不敢打包票，考试要靠自己，报名电话0731-83334444",
    "焊工证培训不打包票，考试要靠自己，报名电话0731-83334444",
    "登高证培训：我们不敢保证一定考过，只保证把课讲透，报名电话0731-82223333",
    "登高证培训：我们不敢保证一定通过，只能保证教学认真，报名电话0731-82223333",
    "电工证培训：我们不保证一定能考过，只保证课时足够，报名电话0731-81112222",
]


@pytest.mark.parametrize("text", _HONEST_LIMITS)
@pytest.mark.parametrize("packs", _EVERY)
def test_a_schools_honest_limit_in_other_words_is_silent(
    det, text: str, packs: list[str] | None
) -> None:
    assert rule_ids(det, text, packs) == set()


# The middleman warning with the errand named 办 / 办理, the writer no better.
_ERRAND_WARNINGS = [
    "不要找中介办理焊工证，找我们也一样办不了，老实参加考试吧",
    "千万别找黄牛办电工证，找我们也一样办不了，只能老实去考",
    "千万别找黄牛办免考电工证，那是假证，查不到的",
]


@pytest.mark.parametrize("text", _ERRAND_WARNINGS)
@pytest.mark.parametrize("packs", _EVERY)
def test_a_warning_off_the_middlemans_errand_is_silent(
    det, text: str, packs: list[str] | None
) -> None:
    assert rule_ids(det, text, packs) == set()


# An office's renewal through its service site.
_OFFICE_SITE = [
    "低压电工证到期换证，可通过政务服务网办理，无需本人到场，咨询电话0731-84440000",
    "焊工证到期换证，登录政务服务网上传材料即可，不需要本人到现场，咨询电话0731-88880000",
    "高压电工证复审，申请人在政务服务网申请即可，无需本人到场，咨询电话0731-85550000",
]


@pytest.mark.parametrize("text", _OFFICE_SITE)
@pytest.mark.parametrize("packs", _EVERY)
def test_an_office_renewal_through_its_site_is_silent(
    det, text: str, packs: list[str] | None
) -> None:
    assert rule_ids(det, text, packs) == set()


# --- (a) sellers wearing the same words ---------------------------------------------------------

_SALE_SELLERS = [
    # the rumour verdict asked, then the writer's yes
    "说电工证不用考就能拿证是谣言？是真的，加微hg_5521",
    "网传焊工证不用考试就能拿的消息不属实？其实能拿，加微hg_3131",
    "都说焊工证不用考就能办是假消息，我们就能办，电话13822223333",
    "电工证不用考试就能拿属于不实传言？本店就能办，私我",
    # a court-like frame, then the pitch
    "判决书里说通过QQ群联系买家出售焊工证，我们不一样，焊工证不用考试，加v hg_8899",
    "我们通过微信联系需要办证的人员，焊工证不用考试直接拿证，电话13912345678",
    # fa14's narrated trade said by the seller of its own dealings, calling the reader (私聊)
    "通过熟人介绍联系客户，焊工证不用考，一周出证，私聊",
    "借助老乡群寻找客户，电工证不用考试直接拿证，加我详谈",
    # the middleman warning, then the writer's own
    "别找中介买，找我们直接出证，电工证不用考，加v dg_6060",
    "不要找中介办理焊工证，找我们不用考试，直接拿证，加v hg_4545",
    "千万别找黄牛办电工证，找本店免考直接出证，电话13700001111",
    "别找中介办，找我们直接出证，电工证不用考，私聊",
    # a fake office
    "本中心办理电工证无需本人到场，不用考试，交费即可，微信dg_2468",
    "焊工证换证可通过政务服务网办理，不用考试，直接拿证，电话13412341234",
    "电工证复审登录政务服务网上传材料即可，免考，加v dg_9876",
    "电工证换证可通过政务服务网办理，无需本人到场，电话13412341234",
]


@pytest.mark.parametrize("text", _SALE_SELLERS)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_a_seller_wearing_fa14s_words_still_fires(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


_PROMISE_SELLERS = [
    "不敢说包过，但是保证拿证，电工证不用考试，加微dg_5656",
    "焊工证培训不敢打包票，但保证拿证，私聊",
    "别家不敢打包票，我们敢，电工证包过，报名电话13812345678",
    "电工证培训别人不敢保证一定考过，我们保证一次包过，电话13611112222",
    "登高证培训不能保证一定考过，但是不过全额退费，报名电话13622223333",
]


@pytest.mark.parametrize("text", _PROMISE_SELLERS)
@pytest.mark.parametrize("packs", [DEFAULT, TRAINING, ALL])
def test_a_school_that_denies_then_promises_still_fires(det, text: str, packs: list[str]) -> None:
    assert categories(det, text, packs) & {"guarantee_promise", "certificate_sale"}


def test_a_rival_dared_bare_refusal_still_refiles_in_certificates(det) -> None:
    """fa14's own dare reading holds for the bare 不敢打包票: the seller's foil, not a limit."""
    text = "焊工证培训别人不敢打包票，我们敢，包拿证，报名电话13812345678"
    assert rule_ids(det, text, CERTS)
