"""Session 59, left27: sellers round 67 left silent or under-read (holdout195's shapes).
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- A chat pasted on one line (买家：…能办吗 店家：当然可以，人不用到，…): the shop's 当然可以 / 弄得到
  now counts as the chat's yes (``silence._CHAT_YES_SKIP``), and the model's gate reads the buyer's
  能办吗 the same way (``gate.chat_yes_skip``), so the model's finding surfaces.
- A rumour the seller reverses with 真能 / 在我们这真能 and a call (是谣言？真能拿，私聊): the answer
  calls on the reader as a contact does (``stance._ANSWER``).
- One promise denied and another made (不会说包过，直接包拿证; 不说包过，保证拿证): the denial no longer
  reaches the later promise (``silence._promise_after_denial``); 不说 denies as 不会说 does
  (``context._NEG_NEAR``), so a school's 不说包过，只保证把课讲透 is silent.
- A seller's 官方渠道 that skips the exam (CS-201's ``unless:官方``) and a seller's 由…指定 with 包过
  and a call (SS-201's ``unless:由``) break those exceptions, as SS-001's 考试由 breaks.
- Shops that refuse in a one-line chat, debunks that end with 私信官方客服, schools that deny 包过
  and promise teaching only, and offices' 官方渠道 notices stay silent in every pack.
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

_PACKS = [None, DEFAULT, CERTS, ALL]


# --- (1) one-line pasted chats ------------------------------------------------------------------

_ONE_LINE_CHATS = [
    "买家：高压电工证能办吗 店家：当然可以，人不用到，十天寄到",
    "顾客：焊工证能办吗 客服：当然能，人不用来，半个月到手",
]


@pytest.mark.parametrize("text", _ONE_LINE_CHATS)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_one_line_chat_sells(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "certificate_sale" in categories(det, text, packs), text


def test_one_line_chat_with_a_done_yes_fires_in_the_certificates_pack(det) -> None:  # type: ignore[no-untyped-def]
    # 弄得到 is the shop's yes for the rule stage's chat reading; the default pack's stance still
    # reads the 买家： label as a retelling here (left alone, see the report)
    text = "买家：制冷证能弄到吗 店家：弄得到，不用去考，一周寄到"
    assert "CS-201" in rule_ids_no_model(det, text, CERTS)


_ONE_LINE_REFUSED = [
    "买家：高压电工证能办吗 店家：办不了，得本人报名参加培训和考试",
    "顾客：焊工证能办吗 客服：不能代办，理论和实操都要本人考",
    "买家：健康证能办吗 店家：可以预约，但必须本人去医院体检",
]


@pytest.mark.parametrize("text", _ONE_LINE_REFUSED)
@pytest.mark.parametrize("packs", _PACKS)
def test_one_line_chat_refused_is_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert not rule_ids(det, text, packs), text


# --- (2) reversed rumours with a seller's call ----------------------------------------------------

_REVERSED = [
    "网传登高证不用考试就能拿是谣言？真能拿，私聊",
    "有人说电工证花钱免考是骗人的？在我们这真能办，私我",
    "网传焊工证不考就能拿是假的？确实能拿，私聊",
]


@pytest.mark.parametrize("text", _REVERSED)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_reversed_rumour_with_a_call_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "certificate_sale" in categories(det, text, packs), text


@pytest.mark.parametrize("text", _REVERSED[:1])
def test_reversed_rumour_fires_in_the_certificates_pack(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "CS-201" in rule_ids_no_model(det, text, CERTS), text


_DEBUNKS = [
    "网传登高证不用考试就能拿是谣言？是的，纯属谣言，如有疑问请私信官方客服",
    "有人说电工证花钱就能免考？这是骗局，证书须考试合格才发，线索可私信本号",
    "网传焊工证不考就能拿是假的？确实是假的，请走官方渠道报名考试",
]


@pytest.mark.parametrize("text", _DEBUNKS)
@pytest.mark.parametrize("packs", _PACKS)
def test_real_debunk_is_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert not rule_ids(det, text, packs), text


# --- (3) one promise denied, another made ---------------------------------------------------------

_DENIED_THEN_PROMISED = [
    "高压电工证培训我们不会说包过，直接包拿证，私我",
    "登高证培训我们不说包过，保证拿证，私我",
]


@pytest.mark.parametrize("text", _DENIED_THEN_PROMISED)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_denied_promise_then_another_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "guarantee_promise" in categories(det, text, packs), text


_SCHOOL_DENIALS = [
    "焊工证培训我们不说包过，只保证把理论和实操教扎实",
    "我们不说包过，也不说包拿证，能否拿证看考试成绩",
    "本校不会说包过，也不会包拿证，只按大纲上课",
]


@pytest.mark.parametrize("text", _SCHOOL_DENIALS)
@pytest.mark.parametrize("packs", _PACKS)
def test_school_denial_is_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert not rule_ids_no_model(det, text, packs), text


def test_school_denial_is_silent_in_the_training_pack(det) -> None:  # type: ignore[no-untyped-def]
    assert not rule_ids_no_model(det, _SCHOOL_DENIALS[0], TRAINING)


# --- (4)(5) 官方 and 由…指定 worn by a seller -------------------------------------------------------


def test_official_channel_skipping_the_exam_fires_in_the_certificates_pack(det) -> None:  # type: ignore[no-untyped-def]
    text = "别找黄牛买免考焊工证，我们走官方渠道，不需要考试，直接发证，电话 13700005555"
    assert "CS-201" in rule_ids_no_model(det, text, CERTS)
    assert "CS-001" in rule_ids_no_model(det, text, DEFAULT)


def test_designated_seller_fires_in_the_certificates_pack(det) -> None:  # type: ignore[no-untyped-def]
    text = "考试由省应急管理厅指定本机构作为考点，包过，加v kd_5151"
    assert "SS-201" in rule_ids_no_model(det, text, CERTS)
    assert "SS-001" in rule_ids_no_model(det, text, DEFAULT)


_OFFICE_NOTICES = [
    "千万别找黄牛买免考焊工证，请走官方渠道报名，考试合格后由应急管理部门发证",
    "通知：特种作业操作证须通过官方渠道报名，参加考试合格后发证，任何机构不得承诺免考",
    "考试由省应急管理厅指定本机构作为考点，考生须本人持证参加，本机构不承诺通过",
    "网传叉车证可以花钱免考？假的，别上当，如有疑问请私信官方客服",
]


@pytest.mark.parametrize("text", _OFFICE_NOTICES)
@pytest.mark.parametrize("packs", _PACKS)
def test_office_notice_is_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert not rule_ids(det, text, packs), text
