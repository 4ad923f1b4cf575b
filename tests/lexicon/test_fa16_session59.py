"""Session 59, fa16: shops and schools answering a buyer lawfully in chats and Q&A, with the sellers
written right beside them. Sentences written for this file (not from holdout194, nor the rules'
fixtures).

- A shop that repeats the buyer's words as a question and refuses them (店家：不用去考？那是假的，必须
  本人考; 免考？没有这回事): the echo is the buyer's wish, not the shop's words. The same echo agreed to
  (不用去考？对，不用去考，三天出证) still sells.
- An owner who refuses the guarantee under the label 老板 (老板：包不了，要自己考): the buyer's 包拿 is
  refused. 老板：包的，不过退钱 still fires.
- A school's yes that sends the buyer to the exam (店家：可以办，报名后参加统一考试，加v …; 客服：能办，
  先培训再考试，考试合格发证): the buyer's 能办吗 is answered with the lawful route, not a sale; a yes
  that skips the exam (可以办，不用参加考试) still sells.
- A debunk whose candidate runs across the question mark into the answer (…就能拿是谣言？错，能拿证的
  都是自己考出来的，报名电话 0571-…): the answer tells the lawful route, not a reversal to an offer;
  错，我们就能拿，不用考 still sells.
- A renewal centre mailing the card under its own name (复审无需本人到场，新证由本中心邮寄，咨询电话
  0571-…): decided by the rest of the line; the same words beside a mobile, a skip or a price still fire.
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
SELLING = [None, DEFAULT, ALL]

# --- the buyer's words echoed as a question and refused ---------------------------------------

_ECHO_REFUSED = [
    "客户：电焊证能不能不去考？\n店家：不用去考？那是假的，必须本人考试",
    "买家：登高证能免考吗？\n客服：免考？没有这回事，理论实操都要考",
    "顾客：高压电工证不去考场能拿吗？\n店主：不去考场？拿不到的，必须本人去",
    "客户：焊工证能不能不考？\n掌柜：不考？不可能，一定要本人考",
    "买家：电工证不用本人去能办吗？\n卖家：不用本人去？那是骗人的，我们只做培训报名",
]


@pytest.mark.parametrize("packs", EVERY)
@pytest.mark.parametrize("text", _ECHO_REFUSED)
def test_shop_echoing_the_buyer_then_refusing_is_silent(
    det, text: str, packs: list[str] | None
) -> None:
    assert rule_ids(det, text, packs) == set()


_ECHO_AGREED = [
    "客户：电焊证能不能不去考？\n店家：不用去考？对，不用去考，三天出证",
    "买家：登高证能免考吗？\n客服：免考？没问题，交钱就行，加v dg_7781",
    "客户：焊工证能不能不考？\n掌柜：不考？可以的，不用考直接拿证，微信 hg_5530",
]


@pytest.mark.parametrize("packs", SELLING)
@pytest.mark.parametrize("text", _ECHO_AGREED)
def test_shop_echoing_the_buyer_then_agreeing_fires(
    det, text: str, packs: list[str] | None
) -> None:
    assert "certificate_sale" in categories(det, text, packs)


# --- the owner refusing the guarantee -------------------------------------------------------

_GUARANTEE_REFUSED = [
    "顾客：能包拿登高证吗？\n老板：包不了，要自己考，我们只管培训",
    "买家：焊工证能包拿吗？\n老板：包不了的，得本人考，考过才发证",
    "客户：电工证能保证拿到吗？\n老板：保证不了，能不能过看自己",
]


@pytest.mark.parametrize("packs", EVERY)
@pytest.mark.parametrize("text", _GUARANTEE_REFUSED)
def test_owner_refusing_the_guarantee_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids(det, text, packs) == set()


_GUARANTEE_GIVEN = [
    "顾客：能包拿登高证吗？\n老板：包的，不过退钱，加v dg_4410",
    "买家：焊工证能包拿吗？\n老板：可以包拿，考不过全退，微信 hg_7720",
]


@pytest.mark.parametrize("packs", SELLING)
@pytest.mark.parametrize("text", _GUARANTEE_GIVEN)
def test_owner_giving_the_guarantee_fires(det, text: str, packs: list[str] | None) -> None:
    assert categories(det, text, packs) & {"guarantee_promise", "certificate_sale"}


# --- a school's yes that sends the buyer to the exam ------------------------------------------

_YES_TO_THE_EXAM = [
    "买家：电焊证能办吗？\n店家：可以办，报名后参加统一考试，加v dh_5678",
    "顾客：低压电工证在你们这能办吗？\n客服：能办，先培训再考试，考试合格发证，电话13957284610",
    "客户：高处作业证能办吗？\n卖家：能办的，报名后统一培训，考试合格后由应急管理局发证，微信 gc_3030",
]


@pytest.mark.parametrize("packs", EVERY)
@pytest.mark.parametrize("text", _YES_TO_THE_EXAM)
def test_school_yes_sending_the_buyer_to_the_exam_is_silent(
    det, text: str, packs: list[str] | None
) -> None:
    # the rules only: the learned model (not retrained this round) reads the second line's mobile
    # digits as ML-FC, which the stance stage's chat reading does not reach (reported, left)
    assert rule_ids_no_model(det, text, packs) == set()


_YES_SKIPPING = [
    "买家：电焊证能办吗？\n店家：可以办，不用参加考试，加v dh_5678",
    "顾客：低压电工证在你们这能办吗？\n客服：能办，不用培训也不用考试，电话13911112222",
    "客户：高处作业证能办吗？\n卖家：能办的，报名就行，不用考试直接拿证，微信 gc_3030",
]


@pytest.mark.parametrize("packs", [None, DEFAULT, CERTS, ALL])
@pytest.mark.parametrize("text", _YES_SKIPPING)
def test_shop_yes_skipping_the_exam_fires(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" in categories(det, text, packs)


# --- a debunk answering with the lawful route ---------------------------------------------

_DEBUNK_ROUTE = [
    "焊工证不用考试就能拿是谣言？错，能拿证的都是自己考出来的，报名电话 0571-86007777",
    "登高证交钱就能拿是谣言？不对，拿到证的人全是考过的，咨询电话 0571-86008888",
]


@pytest.mark.parametrize("packs", EVERY)
@pytest.mark.parametrize("text", _DEBUNK_ROUTE)
def test_debunk_answering_with_the_lawful_route_is_silent(
    det, text: str, packs: list[str] | None
) -> None:
    assert rule_ids(det, text, packs) == set()


_DEBUNK_REVERSED = [
    "焊工证不用考试就能拿是谣言？错，我们就能拿，不用考，电话 13755661234",
    "登高证交钱就能拿是谣言？不对，真能拿，加微 dg_9123",
]


@pytest.mark.parametrize("packs", SELLING)
@pytest.mark.parametrize("text", _DEBUNK_REVERSED)
def test_debunk_reversed_to_the_offer_fires(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" in categories(det, text, packs)


# --- a renewal centre mailing under its own name ------------------------------------------

_CENTRE_MAILS = [
    "焊工证复审无需本人到场，新证由本中心邮寄，咨询电话 0571-88887777",
    "高处作业证复审不用本人来，审核后新证由我中心统一寄出，电话 0571-88885555",
]


@pytest.mark.parametrize("packs", EVERY)
@pytest.mark.parametrize("text", _CENTRE_MAILS)
def test_renewal_centre_mailing_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" not in categories(det, text, packs)


_CENTRE_SELLS = [
    "焊工证复审无需本人到场，新证由本中心邮寄，咨询电话 13912347777",
    "焊工证复审无需本人到场，不用考试，新证由本中心邮寄，咨询电话 0571-88887777",
    "焊工证复审无需本人到场，新证由本中心邮寄，八百包办，电话 0571-88887777",
]


@pytest.mark.parametrize("packs", [None, DEFAULT, CERTS, ALL])
@pytest.mark.parametrize("text", _CENTRE_SELLS)
def test_centre_words_beside_a_seller_fire(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" in categories(det, text, packs)
