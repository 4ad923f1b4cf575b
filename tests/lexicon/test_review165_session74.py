"""Session 74, review165: second reading of review159 (``silence._home_wait_told``, CS-243's
网上申请 / 网上提交 / 网上办理, ``modelscan._OWN_LINE_OFFICE``'s pay-after-pass words).

Sentences written for this file (not from any held-out set, nor the rules' fixtures, nor
review159's test file).

1. ``_home_wait_told`` (an office's 合格后证书邮寄到家，在家等证即可) silenced sellers who write the same
   wait with a no-trip word it did not list (足不出户, 免跑, 不用跑, 代跑, 人不来): CS-001 read them
   before review159, nothing did after. An office's 免跑窗口 / 不用跑窗口 / 免跑腿 and 让持证人足不出户
   stay silent.
2. ... and sellers whose contact stands in the next sentence or on the next line (…在家等证即可。私聊;
   …在家等证即可\\n138…): the reading stopped at the sentence's end. An office's landline, 12350 or a
   warning in the next sentence stay silent.
3. An office's wait beside its own no-trip to collect the card (持证人在家等证即可，本人不用到窗口领取 /
   无需本人到大厅领证): CS-001 read it on 本人不用 or on 在家 (``_mail_back_told``'s seller word).
4. An office's online renewal with the wait at the sentence's end, no 即可 (登高证换证可在政务网申请，新证
   寄到，在家等证): CS-001 / CS-229 / CS-243 read it (review159's still-firing line). A seller applying
   for the buyer (帮你申请) or with a contact stays read.
5. The pay-after-pass words in a seller's and a school's lines: pinned (no change needed).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    CERTS,
    DEFAULT,
    EVERY_PACK,
    TRAINING,
    WITH_SPECIAL,
    Packs,
    assert_sells,
    assert_silent,
)

# -- 1. the seller's no-trip words beside the office's wait -----------------------------------------

_NO_TRIP_SELLERS = [
    "焊工证合格后证书邮寄到家，足不出户，在家等证即可",
    "电工证考试合格后证书邮寄，免跑，在家等证就行",
    "电工证考试合格后证书邮寄，不用跑，在家等证就行",
    "焊工证考试合格后证书邮寄，我们代跑，在家等证即可",
    "焊工证考试合格后证书邮寄，人不来，在家等证即可",
    "登高证复审合格后证书快递到家，在家等证即可，足不出户",
    "焊工证换证后快递寄到，全程免跑，在家等证就行",
]


@pytest.mark.parametrize("text", _NO_TRIP_SELLERS)
def test_the_sellers_no_trip_beside_the_wait_is_cs001(det: Any, text: str) -> None:
    assert_sells(det, text, "CS-001", DEFAULT)


#: The office's own no-trip words beside the wait: silent in every pack.
_NO_TRIP_LAWFUL = [
    "焊工证考试合格后证书统一邮寄，考生不用跑窗口，在家等证就行",
    "焊工证考试合格后证书统一邮寄，考生免跑腿，在家等证就行",
    "电工证复审合格后证书邮寄，持证人免跑窗口，在家等证即可",
    "焊工证复审合格后证书邮寄到家，让持证人足不出户，在家等证即可",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _NO_TRIP_LAWFUL)
def test_the_offices_no_trip_beside_the_wait_stays_silent(
    det: Any, text: str, packs: Packs
) -> None:
    assert_silent(det, text, packs)


# -- 2. the seller's contact in the next sentence or on the next line --------------------------------

_NEXT_CONTACT_SELLERS = [
    "焊工证换证后证书邮寄，在家等证即可。私聊",
    "焊工证换证后证书邮寄，在家等证即可\n13812345678",
    "焊工证换证后证书邮寄，在家等证即可。联系电话13812345678",
    "焊工证考试合格后证书邮寄，在家等证即可。加v hz5566",
    "焊工证考试合格后证书邮寄，在家等证即可\nv hz5566",
    "焊工证换证后证书邮寄，在家等证即可\n\n电话 137 6655 8899",
    "电工证复审通过后证书快递到家，在家等证就行。我们帮你办，私我",
]


@pytest.mark.parametrize("text", _NEXT_CONTACT_SELLERS)
def test_the_wait_with_a_contact_after_it_is_read(det: Any, text: str) -> None:
    assert_sells(det, text, "CS-001", DEFAULT)


#: The office's next sentence: its landline, the hotline, its address, a warning. Silent everywhere.
_NEXT_LAWFUL = [
    "焊工证考试合格后证书邮寄到家，考生在家等证即可。咨询电话0571-86612345",
    "焊工证考试合格后证书邮寄到家，考生在家等证即可。如有疑问请拨打12350",
    "焊工证考试合格后证书邮寄到家，考生在家等证即可。报名地址：市应急管理局三楼",
    "焊工证考试合格后证书邮寄到家，考生在家等证即可。请勿轻信代办广告",
    "电工证复审合格后新证统一邮寄，持证人在家等证就行。\n办公电话 0571-86612345",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _NEXT_LAWFUL)
def test_the_offices_next_sentence_stays_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


# -- 3. the office's no-trip to collect beside the wait ---------------------------------------------

_PICKUP_LAWFUL = [
    "电工证复审合格后证书邮寄，持证人在家等证即可，本人不用到窗口领取",
    "电工证复审合格后证书邮寄，持证人在家等证即可，无需本人到大厅领证",
    "焊工证考试合格后证书统一寄送，考生在家等证就行，不用到现场领取",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _PICKUP_LAWFUL)
def test_the_wait_beside_the_offices_pickup_stays_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


#: Sellers with the same pickup words and their own: still read.
_PICKUP_SELLERS = [
    "焊工证合格后证书邮寄，在家等证即可，不用本人到场，私聊",
    "电工证不用考，合格后证书邮寄，在家等证即可，无需本人到窗口领取",
    "焊工证复审合格后证书邮寄，在家等证即可，本人不用到场",
]


@pytest.mark.parametrize("text", _PICKUP_SELLERS)
def test_sellers_with_the_pickup_words_are_read(det: Any, text: str) -> None:
    assert_sells(det, text, "CS-001", DEFAULT)


# -- 4. an office's online renewal with the wait at the sentence's end --------------------------------

_BARE_WAIT_LAWFUL = [
    "登高证换证可在政务网申请，新证寄到，在家等证",
    "电工证到期换证可在政务服务网申请，新证邮寄到家，在家等证",
    "焊工证复审可在掌上办申请，证书快递到家，持证人在家等证。",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _BARE_WAIT_LAWFUL)
def test_an_online_renewals_bare_wait_stays_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


#: Sellers with the bare wait: a contact, the application made for the buyer, a waived exam.
_BARE_WAIT_SELLERS = [
    "登高证换证，新证寄到，在家等证，私聊",
    "登高证换证 新证寄到 在家等证 13812345678",
    "登高证 不用考 新证寄到 在家等证",
    "电工证换证，帮你申请，新证寄到，在家等证",
    "焊工证网上申请，新证寄到，在家等证，不用考",
    "电工证换证可在政务网申请，新证寄到，在家等证\n私我 138 1234 5678",
]


@pytest.mark.parametrize("text", _BARE_WAIT_SELLERS)
def test_sellers_with_the_bare_wait_are_cs001(det: Any, text: str) -> None:
    assert_sells(det, text, "CS-001", DEFAULT)


# -- 5. the pay-after-pass words (pinned) ------------------------------------------------------------

_PAY_SELLERS = [
    "特种作业证考试\n电工 焊工\n考场有人\n合格后再结清，不过不收钱\n\n电话 137 6655 8899",
    "特种作业证考试\n电工 焊工\n考场有人\n合格后补交尾款\n\n电话 137 6655 8899",
    "特种作业证考试\n电工 焊工\n考场有人\n合格后补钱\n\n电话 137 6655 8899",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _PAY_SELLERS)
def test_a_poster_paid_after_the_pass_is_read(det: Any, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


def test_a_promise_paid_after_the_pass_is_the_training_packs(det: Any) -> None:
    assert_sells(det, "焊工证合格后再结清，不过不收钱，包过", "GP-103", TRAINING)


_PAY_LAWFUL = [
    "焊工证培训\n理论实操 小班教学\n合格后补交工本费\n\n13912345678",
    "焊工证培训\n理论实操 小班教学\n合格后补交工本费\n咨询电话 0571-86612345",
    "焊工证培训\n合格后再结清培训费，不合格免费重学\n电话13912345678",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _PAY_LAWFUL)
def test_a_schools_fee_after_the_pass_stays_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


# -- review159's lawful waits and sellers, read again (every pack for the lawful ones) ---------------


@pytest.mark.parametrize("packs", [CERTS])
@pytest.mark.parametrize("text", ["焊工证换证后证书邮寄，在家等证即可。私聊"])
def test_the_next_sentences_contact_is_read_in_the_certificates_pack(
    det: Any, text: str, packs: Packs
) -> None:
    assert_sells(det, text, ANY_RULE, packs)


# -- second reading: the new readings' lawful twins and near sellers --------------------------------

#: An office, a reporter, a warning after the wait, the office's own hand in the mailing: silent.
_SECOND_LAWFUL = [
    "焊工证考试合格后证书邮寄到家，考生在家等证即可。详见微信公众号“市应急管理”",
    "焊工证考试合格后证书邮寄到家，考生在家等证即可。谨防私信代办骗局",
    "焊工证考试合格后证书邮寄到家，考生在家等证即可。警惕加v代办的广告",
    "焊工证考试合格后证书邮寄到家，考生在家等证即可。\n报名咨询 0571-86612345",
    "电工证复审合格后证书邮寄，持证人在家等证即可，不用跑一趟",
    "记者从市应急管理局了解到，电工证复审合格后证书邮寄，持证人足不出户，在家等证即可",
    "焊工证复审合格后证书邮寄到家，群众足不出户，在家等证即可",
    "电工证换证可网上申请，新证寄到家，在家等证",
    "焊工证换证请在政务服务网申请，新证邮寄，在家等证。\n咨询电话 0571-86612345",
    "焊工证复审合格后，工作人员帮您邮寄到家，持证人在家等证即可",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _SECOND_LAWFUL)
def test_the_new_readings_lawful_twins_stay_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


#: Sellers who write the same words slightly differently: still CS-001 in the default pack.
_SECOND_SELLERS = [
    "焊工证考试合格后证书邮寄，在家等证即可。微信 hg4321",
    "焊工证换证，政务网申请我们帮你办，新证寄到，在家等证",
    "焊工证换证，政务网申请我们帮你办，新证寄到，在家等证即可",
    "焊工证换证 我们代为申请 新证寄到 在家等证",
    "电工证换证可网上申请，新证寄到家，在家等证\nvx hz5566",
    "焊工证 免跑 复审合格后快递到家 在家等证就行",
    "焊工证合格后证书邮寄到家，不用跑考场，在家等证即可",
    "焊工证合格后证书邮寄到家，全程不用跑，在家等证即可",
    "焊工证考试合格后证书邮寄，在家等证即可，找我就行",
]


@pytest.mark.parametrize("text", _SECOND_SELLERS)
def test_the_new_readings_near_sellers_are_cs001(det: Any, text: str) -> None:
    assert_sells(det, text, "CS-001", DEFAULT)
