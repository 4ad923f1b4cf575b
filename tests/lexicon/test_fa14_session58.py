"""Session 58, fa14: lawful text earlier rounds left firing, with the sellers written beside it.
Sentences written for this file (not from holdout188, nor the rules' fixtures).

- A rumour the writer calls one right after its words (网传……不用考试就能办是谣言，其实需要报名参加
  培训考试): the verdict on the candidate itself is a report, whatever lawful route follows it
  (``stance._called_rumour``); a seller's 不是谣言, a verdict asked about (是谣言？其实真能办) or
  one turned on at once (是谣言，其实可以办，私聊) still sells.
- A court finding or a police report that narrates a party's dealings (某某通过QQ群联系买家，
  出售伪造的……): 联系买家 / 招揽客户 is the narrator's account of someone's trade
  (``stance._NARRATED_TRADE``), no seller's call.
- A school's negated promise (不敢保证包过) is no sale word the learned scorer may refile a
  promise under in the certificates pack (``gate._NEGATED_PROMISE``).
- A warning off middlemen that ends by naming the writer as no better (找我们也一样买不到) turns
  to no offer (``context._NO_BETTER``).
- An office's no-visit renewal (秒批秒办，申请人无需本人到场; 通过政务服务网提交材料) keeps the
  learned scorer off as it keeps CS-001 off (``gate.SurfaceGate.lawful``: ``机关程序``), unless a
  seller's word or a mobile stands beside it.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, categories, rule_ids

_ALL_PACKS = [None, DEFAULT, CERTS, ALL]

# A rumour called one right after its words, then the lawful route.
_RUMOURS = [
    "网传焊工证不用考试交钱就能办是谣言，其实需要报名参加培训和考试",
    "网传登高证不用考试就能拿是谣言，考生需要参加理论和实操考试",
    "网上说高压电工证不用考试花钱就能拿到是谣言，其实需要报名参加培训考试",
    "网传低压电工证不用考试交钱就能拿是假消息，其实必须参加培训考试",
]


@pytest.mark.parametrize("text", _RUMOURS)
@pytest.mark.parametrize("packs", _ALL_PACKS)
def test_a_rumour_called_one_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids(det, text, packs) == set()


# The seller denying the verdict, asking it, or refuting it with its own shop.
_RUMOUR_SELLERS = [
    "网传登高证不用考试花钱就能办？不是谣言，我们就能办，微信dg_4411",
    "焊工证不用考试花钱就能办，这不是谣言，真能办，加v hg_3344",
    "都说电工证不用考试就能拿是谣言？其实真能拿，电话13711112222",
    "电工证不用考试交钱就能办是谣言？其实我们这里真能办，私聊",
    # the verdict stated, then the writer's own yes or call (no contact: 私聊 / 私我 only)
    "网传焊工证不用考试就能办是谣言，其实可以办，私聊",
    "电工证不用考试就能拿是谣言，其实能拿，私我",
    "登高证不用考试就能办是谣言，其实不是，私聊",
    # a warning word refuted by the writer's own shop (其实我们这里真能拿), with a contact
    "都说叉车证不用考试交钱就能拿是假的，其实我们这里真能拿，电话13566660000",
    "都说焊工证不用考试就能拿是骗人的，其实我们真能办，加v hg_2323",
]


@pytest.mark.parametrize("text", _RUMOUR_SELLERS)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_a_seller_refuting_the_rumour_still_fires(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


# The writer's own shop no better after the warning word: still silent.
@pytest.mark.parametrize("packs", [None, DEFAULT, CERTS, ALL])
def test_a_warning_word_the_writers_shop_cannot_beat_is_silent(
    det, packs: list[str] | None
) -> None:
    text = "都说焊工证不用考试就能拿是假的，其实我们这里也拿不到，只能老实考"
    assert rule_ids(det, text, packs) == set()


# A court finding or a police report narrating a party's trade, no reporting word in it.
_NARRATED = [
    "赵某文印部通过QQ群联系买家，出售伪造的电工证",
    "孙某通过微信联系客户，出售伪造的焊工证",
    "周某工作室通过朋友圈招揽客户，出售伪造的登高证",
    "钱某商行利用QQ群联系买主，出售伪造的高压电工证",
]


@pytest.mark.parametrize("text", _NARRATED)
@pytest.mark.parametrize("packs", _ALL_PACKS)
def test_a_narrated_trade_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids(det, text, packs) == set()


# A shop naming its own channel and its goods, with its contact: still an offer.
_SHOP_PITCHES = [
    "本店通过QQ群接单，出售焊工证，不用考试，QQ 3345677",
    "出售电工证，联系客服微信dg_5566，不用考试",
    "可通过微信联系我们，焊工证不用考试直接拿，v信 hg_7788",
    "通过QQ群联系买家太慢，直接加我，电工证免考直接拿，微信dg_8899",
]


@pytest.mark.parametrize("text", _SHOP_PITCHES)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_a_shop_naming_its_channel_still_fires(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


# A school's negated promise with its own landline: no paper sold to the certificates pack.
_SCHOOL_LIMITS = [
    "本校不敢保证包过，只保证把实操练熟，焊工证报名电话0731-84443333",
    "登高证培训我们不敢保证包过，只保证把课讲明白，咨询电话0731-84442222",
    "我们不能保证包过，只保证课时足够，电工证报名电话0731-84446666",
]


@pytest.mark.parametrize("text", _SCHOOL_LIMITS)
@pytest.mark.parametrize("packs", _ALL_PACKS)
def test_a_schools_negated_promise_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids(det, text, packs) == set()


# The pass promised outright (or a rival's denial dared) with the same landline: still a promise.
_SCHOOL_PROMISES = [
    "本校保证包过，焊工证报名电话0731-84443333",
    "登高证培训别家不敢保证包过，我们敢，咨询电话0731-84442222",
]


@pytest.mark.parametrize("text", _SCHOOL_PROMISES)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_a_schools_promise_still_fires(det, text: str, packs: list[str]) -> None:
    assert "guarantee_promise" in categories(det, text, packs)


def test_a_paper_sellers_pass_still_surfaces_in_the_certificates_pack(det) -> None:
    assert rule_ids(det, "焊工证包过拿证，不用考试，加v hg_1234", CERTS)


# A warning off middlemen that ends on the writer being no better.
_NO_BETTER = [
    "千万别找中介买焊工证，找我们也一样买不到，只能老老实实去考",
    "别找黄牛买电工证，来我们这里也一样办不了，只能好好学了去考",
    "千万别找中介买证，找我们也同样办不到，证只能自己考",
]


@pytest.mark.parametrize("text", _NO_BETTER)
@pytest.mark.parametrize("packs", _ALL_PACKS)
def test_a_warning_naming_the_writer_no_better_is_silent(
    det, text: str, packs: list[str] | None
) -> None:
    assert rule_ids(det, text, packs) == set()


# A warning off middlemen answered by the writer's own offer: still a seller.
_SELF_AFTER_WARNING = [
    "千万别找中介买焊工证，找我们直接拿，不用考试，加v hg_3131",
    "别找黄牛买电工证，找我们一样能办，不用考，电话13677770000",
    # the maker the seller poses as, after the warning or after a bare 千万别找中介
    "千万别找中介买证，直接找厂家，电工证不用考，加v dg_1111",
    "千万别找中介，直接找厂家，焊工证不用考，加v hg_1111",
    # the warning word naming the route, the candidate right after it (review35's steering)
    "不要找中介买免考登高证，找我们便宜一半，加v dg_4141",
]


@pytest.mark.parametrize("text", _SELF_AFTER_WARNING)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_a_warning_then_the_writers_offer_still_fires(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


# An office's no-visit renewal with its landline.
_OFFICE = [
    "高压电工证换证实行秒批秒办，申请人无需本人到场，咨询电话0731-88882222",
    "焊工证换证实行秒批秒办，申请人不用本人到场，咨询电话0731-88883333",
    "焊工证到期换证，申请人通过政务服务网提交材料即可，无需本人到场，咨询电话0731-85553333",
]


@pytest.mark.parametrize("text", _OFFICE)
@pytest.mark.parametrize("packs", _ALL_PACKS)
def test_an_offices_no_visit_renewal_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids(det, text, packs) == set()


# The office's words worn by a seller: its mobile, its price, the exam waived.
_OFFICE_WORN = [
    "焊工证换证秒批秒办，申请人无需本人到场，不用考试，费用八百，手机13812345670",
    "电工证换证实行秒批秒办，申请人无需本人到场，手机13812340000",
    "登高证换证，申请人通过政务服务网提交材料即可，不用考试，加v dg_1212",
]


@pytest.mark.parametrize("text", _OFFICE_WORN)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_the_offices_words_worn_by_a_seller_still_fire(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


# The certificates pack alone: the model's finding stands beside a seller's word or mobile
# (the bare mobile of _OFFICE_WORN[1] was silent there before this round as well: CS-201's 换证).
@pytest.mark.parametrize("text", [_OFFICE_WORN[0], _OFFICE_WORN[2]])
def test_the_offices_words_worn_by_a_seller_fire_in_the_certificates_pack(det, text: str) -> None:
    assert rule_ids(det, text, CERTS)
