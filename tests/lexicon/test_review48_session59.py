"""Session 59, review48: a second reading of review43's and review44's round-66 changes and of the
lead's shared skip words (``context.SKIP_SOLD``, read by ``_CHANNEL_SOLD`` and ``silence._SKIP_SOLD``).
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- The skip words a school denies were told apart only by the one word right before them (没有免考
  这回事): a denial a word or two further off (没有所谓的免考, 根本不存在什么包过, 从来没有过免考, 没有
  免考直接拿证这回事) or a judgment after it (免考的都是骗人的) still sold the writer's channel.
- The skip sold in other words (无需考试，直接出证; 不需要考试，直接发证; 免试直接出证) after a warned
  route with a landline only was silent: the shared words had only 免考 / 不用考 / 直接拿 / 直接下 / 包过.
- review44's 不用排队 spares a queue, but a seller going on to waive the exam (来我们中心报考不用排队，
  也不用考试，微信 …) was read as naming the lawful route.
- review44's office self-names (找我中心, 找我局) left out the office naming its place (找我市政务服务
  中心, 找我县应急管理局, 找我区行政服务中心): review39's 找我 / 加我 broke the office's reissue answer.
- review43's FAQ no with the verb left out 担保 (问：你们担保包过吗？答：不担保，…); its refund terms
  left out the learner quitting (没通过的退学手续按学校章程办理) and the fee returned by the contract
  (费用退还按照合同约定执行).
- Guards: the sellers' costume (找我中心微信 …), the bare no before the skip, the refund sold with a pass.
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
CS_ON = [None, DEFAULT, CERTS, ALL]


# --- (b) a school claiming the channel and denying the skip a word further off --------------------

_CHANNEL_DENIED_FURTHER = [
    "不要找中介买免考焊工证，我们是正规渠道，没有免考直接拿证这回事",
    "千万别找黄牛买免考电工证，我们是正规渠道，没有所谓的免考",
    "别找中介办免考登高证，我们是正规渠道，免考的都是骗人的，报名电话 0571-88776655",
    "不要找中介买免考电工证，我们走正规渠道，根本不存在什么包过",
    "不要找中介买免考电工证，我们是正规渠道，从来没有过免考，报名电话 0571-88776655",
    "千万别找中介办免考焊工证，我们有官方渠道，直接拿证纯属谣言",
    "别找中介办免考焊工证，我们正规渠道，免试的说法不可信，报名电话 0571-88776655",
    "不要找中介买免考电工证，我们是正规渠道，想不用考试直接拿证是不可能的",
]


@pytest.mark.parametrize("text", _CHANNEL_DENIED_FURTHER)
@pytest.mark.parametrize("packs", EVERY)
def test_channel_with_the_skip_denied_further_off_is_silent(
    det, text: str, packs: list[str] | None
) -> None:
    assert "certificate_sale" not in categories(det, text, packs)


# --- (a) the skip sold in other words after a warned route ----------------------------------------

_SKIP_OTHER_WORDS = [
    "不要找中介买免考焊工证，我们正规渠道，无需考试，直接出证，电话 0571-88776655",
    "千万别找黄牛买免考电工证，我们走官方渠道，不需要考试，直接发证，电话 0571-88776655",
    "切勿找中介买免考焊工证，我们是官方渠道，免试直接出证，电话 0571-88776655",
]


@pytest.mark.parametrize("text", _SKIP_OTHER_WORDS)
@pytest.mark.parametrize("packs", SPECIAL_ON)
def test_skip_in_other_words_after_a_warned_route_sells(
    det, text: str, packs: list[str] | None
) -> None:
    assert "certificate_sale" in categories(det, text, packs)


def test_skip_in_other_words_after_a_warned_route_sells_with_certificates(det) -> None:
    # (CS-201 has 官方 among its exceptions: the two 官方渠道 sentences stay silent in the
    # certificates pack alone, as before this round)
    assert "CS-201" in rule_ids(det, _SKIP_OTHER_WORDS[0], CERTS)


# --- (a) no queue, and no exam either -------------------------------------------------------------

_QUEUE_THEN_SKIP = [
    "别找中介办免考焊工证，来我们中心报考不用排队，也不用考试，微信 hg_5512",
    "不要找中介买免考电工证，来我们这里报名不用排队，也无需考试，加v dg_3301",
]


@pytest.mark.parametrize("text", _QUEUE_THEN_SKIP)
@pytest.mark.parametrize("packs", CS_ON)
def test_no_queue_then_no_exam_sells(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" in categories(det, text, packs)


_QUEUE_LAWFUL = [
    "电工证报名不用排队，网上即可预约，考试由应急管理局组织",
    "焊工证考试报名不用排队，登录政务服务网预约即可",
    "别找中介办免考焊工证，报名不用排队，网上即可预约，考试合格才发证",
    "别找中介办免考焊工证，来我们中心报考不用排队，考试由应急管理局统一组织",
    "不要找中介买免考电工证，来我们中心报名不用排队，不用考试的证都是假的",
    "不要找黄牛代办焊工证，来我们中心报名，理论考试合格后实操免考，电话 0571-88776655",
]


@pytest.mark.parametrize("text", _QUEUE_LAWFUL)
@pytest.mark.parametrize("packs", EVERY)
def test_no_queue_on_the_lawful_route_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" not in categories(det, text, packs)


# --- (b) offices naming their place after review39's 找我 / 加我 -----------------------------------

_OFFICE_PLACE = [
    "焊工证补办不用本人去，由区行政服务中心邮寄，有疑问请找我市政务服务中心咨询窗口",
    "电工证补办无需本人到场，新证由发证机关邮寄，有疑问可找我县应急管理局咨询",
    "焊工证复审不用本人去，由行政服务中心寄出，有疑问找我区行政服务中心窗口",
    "焊工证补办不用本人去，由市政务服务中心邮寄，有疑问加我省政务服务网公众号",
]


@pytest.mark.parametrize("text", _OFFICE_PLACE)
@pytest.mark.parametrize("packs", EVERY)
def test_office_naming_its_place_is_not_the_sellers_call(
    det, text: str, packs: list[str] | None
) -> None:
    assert not {"CS-001", "CS-201"} & rule_ids(det, text, packs)


_OFFICE_OTHER_SELF = [
    "焊工证补办不用本人去，由区行政服务中心邮寄，有疑问联系本局政务窗口",
]


@pytest.mark.parametrize("text", _OFFICE_OTHER_SELF)
@pytest.mark.parametrize("packs", EVERY)
def test_office_calling_itself_otherwise_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert not rule_ids_no_model(det, text, packs)


# the costume: a seller writing 我中心 / 我们中心 / 我所 with its own contact still fires
_OFFICE_COSTUME = [
    "焊工证补办不用本人去，由区行政服务中心邮寄，有疑问找我中心微信 dg_8812",
    "电工证复审不用本人到场，由市政务服务中心直接寄出，找我们中心代办，加v hg_2201",
    "焊工证不用本人去考，由行政服务中心统一寄出，加我们站长微信 hg_7788",
    "电工证换证无需本人到场，政务中心寄出，有事找我所，电话 13812345678",
    "焊工证不用本人去考，证由政务服务中心寄出，有事找我市代办点，加v dg_6610",
]


@pytest.mark.parametrize("text", _OFFICE_COSTUME)
@pytest.mark.parametrize("packs", SPECIAL_ON)
def test_seller_in_the_offices_costume_still_fires(det, text: str, packs: list[str] | None) -> None:
    assert "CS-001" in rule_ids(det, text, packs)


# --- (b) a school's FAQ answering no with the verb 担保 --------------------------------------------

_FAQ_OTHER_VERBS = [
    "问：你们担保包过吗？答：不担保，本校只负责教学，报名电话 0571-86001111",
    "问：焊工证培训能担保通过吗？答：不担保，考试由应急管理局组织，报名电话 0571-86001111",
    "问：你们承诺包过吗？答：不承诺，考试由应急管理部门组织，报名电话 0571-86001111",
    "问：你们敢保证包过吗？答：不敢保证，考试靠学员自己，报名电话 0571-86001111",
    "问：焊工证培训保过吗？答：不保过，本校只负责教学，报名电话 0571-86001111",
]


@pytest.mark.parametrize("text", _FAQ_OTHER_VERBS)
@pytest.mark.parametrize("packs", EVERY)
def test_school_faq_answering_no_with_the_verb_is_silent(
    det, text: str, packs: list[str] | None
) -> None:
    assert "guarantee_promise" not in categories(det, text, packs)


# the bare no, or the verb's no, then the seller's stronger promise or skip: still fires
_NO_THEN_MORE = [
    "电工证培训包过吗？答：不包，包拿证，加v dg_2277",
    "焊工证培训保证通过吗？答：不保证，是稳过，加v dg_2278",
    "焊工证培训担保包过吗？答：不担保，是必过，加v dg_2279",
]


@pytest.mark.parametrize("text", _NO_THEN_MORE)
@pytest.mark.parametrize("packs", SPECIAL_ON)
def test_no_then_a_stronger_promise_still_fires(det, text: str, packs: list[str] | None) -> None:
    assert "guarantee_promise" in categories(det, text, packs)


_NO_THEN_SKIP = [
    "电工证需要考试吗？不，不需要考试，直接拿证，加v dg_5566",
    "焊工证要考吗？不，不用考，直接拿证，v信 hg_3321",
    "电工证包过吗？不，不需要考试，直接拿证",
    "焊工证报考不用排队，不用考试，三天出证，加v dg_1234",
]


@pytest.mark.parametrize("text", _NO_THEN_SKIP)
@pytest.mark.parametrize("packs", CS_ON)
def test_no_then_the_skip_still_fires(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" in categories(det, text, packs)


# --- (b) honest refund clauses in other words -----------------------------------------------------

_REFUND_TERMS = [
    "本中心焊工证不包过，没通过的退学手续按学校章程办理",
    "本校不承诺包过，没考过的费用退还按照合同约定执行",
    "本校不承诺包过，没考过的退费按物价部门规定办理，报名电话 0571-86001111",
    "本校不保证通过，未通过的学员退费标准参照物价局文件",
]


@pytest.mark.parametrize("text", _REFUND_TERMS)
@pytest.mark.parametrize("packs", SPECIAL_ON)
def test_refund_terms_after_a_denied_pass_are_silent(
    det, text: str, packs: list[str] | None
) -> None:
    assert "guarantee_promise" not in categories(det, text, packs)


# the seller who also says 退费按规定: its pass still fires
_REFUND_SELLERS = [
    "焊工证包过，没考过的退费按规定办理，加v dg_3345",
    "电工证考不过退款按原价全额返还，加v dg_5566",
    "焊工证包过，没考过的学费全额退还，按合同办理，加v dg_3346",
]


@pytest.mark.parametrize("text", _REFUND_SELLERS)
@pytest.mark.parametrize("packs", SPECIAL_ON)
def test_seller_with_rule_words_in_its_refund_still_fires(
    det, text: str, packs: list[str] | None
) -> None:
    assert "guarantee_promise" in categories(det, text, packs)
