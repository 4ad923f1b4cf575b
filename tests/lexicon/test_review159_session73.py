"""Session 73, review159: second reading of review152 (``owned_contacts``' pay-after-pass words,
CS-243's 躺平 / 睡一觉 and 申请邮寄 / 选择邮寄, CS-001 on an office's mail-back).

Sentences written for this file (not from any held-out set, nor the rules' fixtures, nor
review152's test file).

1. review152 let ``lexicon.modelscan.owned_contacts`` stretch past 合格后 when the money paid after
   the pass follows (付, 给钱, 尾款, 打款 …). Sellers say it with other words too (合格后再打钱, 合格后
   结清, 合格后补齐余款, 考核合格后再交费): their poster still lost its phone, silent in every pack. A
   school's or an office's fee after the pass (缴费领证, 补交证书工本费, 结清培训尾款) reaches its phone
   then and stays silent.
2. CS-243 on an office's online renewal with the new card mailed (换证可网上申请，新证寄到家，在家等证
   就行): the holder files it himself. Sellers with the same renewal words stay read (by CS-001,
   CS-238, CS-243 …).
3. CS-001 (CS-229, CS-201) on an exam centre's or an office's mail-back told as the holder's wait
   (考试合格后，证书邮寄到家，考生在家等证即可), which review152 left firing: the wait after the pass
   and the mailing, closed by 即可 / 就行, is the office's. Sellers with the same wait (不用考, 代办,
   a price, a private contact) stay read.
4. Lawful lines with review152's 躺平 / 睡一觉 and its mail-back exceptions: pinned silent.
"""

from __future__ import annotations

from typing import Any

import pytest

from lexicon.modelscan import owned_contacts
from tests.lexicon.scanning import (
    ANY_RULE,
    CERTS,
    DEFAULT,
    EVERY_PACK,
    WITH_SPECIAL,
    Packs,
    assert_sells,
    assert_silent,
)


def _owned(text: str, number: str) -> list[tuple[int, int]]:
    at = text.index(number)
    return owned_contacts(text, [(at, at + len(number))])


# -- 1. the money paid after the pass in the seller's other words -----------------------------------

_POSTER = "特种作业证考试\n电工 焊工 制冷\n考场内部打点\n进去签个名就过\n{}\n\n电话 137 6655 8899"
_PHONE = "137 6655 8899"
_PAY_WORDS = ["合格后再打钱", "合格后结清", "合格后补齐余款", "考核合格后再交费"]


@pytest.mark.parametrize("line", _PAY_WORDS)
def test_other_pay_words_after_the_pass_do_not_stop_the_stretch(line: str) -> None:
    text = _POSTER.format(line)
    spans = _owned(text, _PHONE)
    assert spans and spans[0][0] == 0


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("line", _PAY_WORDS)
def test_a_poster_paid_after_the_pass_in_other_words_is_read(
    det: Any, line: str, packs: Packs
) -> None:
    # the model's exam-fraud reading with the phone's cue (contact2's poster); no rule reads it
    assert_sells(det, _POSTER.format(line), "ML-EF", packs)


#: A school's or an office's fee after the pass with the same words: the stretch reaches the phone
#: now, and the page stays silent in every pack.
_FEE_LINES = [
    "焊工证培训\n理论实操 小班教学\n考试合格后缴费领证\n\n13912345678",
    "制冷证培训\n理论实操 小班教学\n合格后补交证书工本费\n\n13912345678",
    "登高证复审\n本人到场参加复训\n考核合格后缴费领新证\n\n13912345678",
    "叉车证培训\n理论实操 小班教学\n考试合格后结清培训尾款\n\n13912345678",
    "电工证培训\n理论实操 小班教学\n考试合格后打钱？不，学费报名时交\n\n13912345678",
    "特种作业证培训\n司炉 制冷 焊工\n考试合格后缴纳证书工本费\n\n☎ 13766558899",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _FEE_LINES)
def test_a_fee_after_the_pass_in_those_words_stays_silent(
    det: Any, text: str, packs: Packs
) -> None:
    assert_silent(det, text, packs, model=True)


#: The task's notice lines with a payment after the pass and a labelled contact (咨询电话) or a bare one.
_NOTICE_PAY = [
    "焊工证培训\n理论实操 小班教学\n考试合格后缴纳证书工本费\n咨询电话 13912345678",
    "电工证复审\n本人到场参加复训\n考核合格后收费标准见附件\n电话 13912345678",
    "电工证复审\n本人到场参加复训\n考核合格后收费标准见附件\n\n13912345678",
    "叉车证培训\n合格后交钱领证？不，培训费报名时交清\n电话 13912345678",
    "登高证培训\n理论实操 小班教学\n考试合格后凭缴费单领证\n\n13912345678",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _NOTICE_PAY)
def test_a_notices_payment_after_the_pass_stays_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs, model=True)


# -- 2. an office's online renewal, the new card mailed ---------------------------------------------

_RENEWAL_ONLINE = [
    "电工证换证可网上申请，新证寄到家，在家等证就行",
    "焊工证到期换证，网上提交材料，在家等证寄来",
    "焊工证到期换证可网上申请，材料齐全的在家等证寄来即可，咨询电话0571-86612345",
    "叉车证复审可网上办理，证书寄到家，人在家等本就行",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _RENEWAL_ONLINE)
def test_an_offices_online_renewal_stays_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


#: Sellers with the renewal's words: read by one rule or another in the default pack.
_RENEWAL_SELLERS = [
    "焊工证换证 躺平等本 私我",
    "电工证到期换证 躺着收证 不用复训 加v hz5566",
    "焊工证 不用考 网上提交资料 在家等证 13812345678",
    "电工证全程网上办理 不用考 躺平等本 私聊",
    "焊工证 网上申请就行 不用考试 睡醒证就到 私我",
    "制冷证换证可代办 躺着等本到手 vx hz7788",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _RENEWAL_SELLERS)
def test_sellers_with_the_renewals_words_are_read(det: Any, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


# -- 3. an exam centre's or an office's mail-back told as the holder's wait -------------------------

_HOME_WAIT_LAWFUL = [
    "焊工证考试合格后，证书邮寄到家，考生在家等证即可",
    "考点提示：焊工证成绩合格的学员，证书统一快递寄出，在家等证就行，咨询电话0571-86612345",
    "特种作业证复审通过后，证书免费邮寄，持证人在家等证即可",
    "高压电工证换证可申请邮寄，人在家等证寄到即可",
    "应急管理局：电工证复审合格后新证统一邮寄，持证人在家等证即可，无需到窗口",
    "我们考点的焊工证考试合格后快递寄出，学员在家等本就行",
    "考试合格后证书将邮寄到家，请考生在家等证，勿轻信代办",
]


@pytest.mark.parametrize("packs", [None, DEFAULT])
@pytest.mark.parametrize("text", _HOME_WAIT_LAWFUL)
def test_an_offices_mail_back_wait_is_silent_in_the_default_pack(
    det: Any, text: str, packs: Packs
) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _HOME_WAIT_LAWFUL)
def test_an_offices_mail_back_wait_is_not_a_certificate_sale(
    det: Any, text: str, packs: Packs
) -> None:
    for rule in ("CS-001", "CS-229", "CS-201", "CS-243"):
        assert_silent(det, text, packs, of=rule)


#: Sellers who write the same wait: a waived exam, an errand, a price, a private contact.
_HOME_WAIT_SELLERS = [
    "焊工证不用考，合格后证书邮寄到家，在家等证即可，私聊",
    "电工证换证不用复训，证书邮寄，在家等证就行，加v hz5566",
    "登高证过期也能换证，邮寄到家，在家等证即可 13812345678",
    "焊工证复审代办，新证邮寄，人在家等证就行",
    "电工证换证，交钱后证书邮寄，在家等证即可",
    "焊工证 人不用去 换证后邮寄 在家等证就行 私我",
    "高压电工证换证1200元，证书邮寄，在家等证即可",
    "焊工证换证可申请邮寄 在家等证就行 v hz5566",
    "电工证 换证 邮寄到家 在家等证即可 13812345678",
]


@pytest.mark.parametrize("text", _HOME_WAIT_SELLERS)
def test_sellers_with_the_same_wait_are_cs001(det: Any, text: str) -> None:
    assert_sells(det, text, "CS-001", DEFAULT)


# -- 4. review152's words in lawful lines ----------------------------------------------------------

_FLAT_LAWFUL = [
    "考证不能躺平，要认真复习",
    "睡一觉起来成绩就出来了",
    "别想着躺平拿证，那是骗局",
    "焊工证考试不能躺平，要认真复习",
    "电工证考完睡一觉起来成绩就出来了",
    "别想着电工证躺平拿证，那是骗局",
    "焊工证考完就躺平等本了，终于轻松",
    "电工证考完了，睡一觉醒来证就到手了，效率真高",
    "晚报评论：躺平拿证的幻想害了不少人，焊工证还得靠本事",
    "躺平拿证？不可能，电工证考试有人脸识别，报名电话0571-86612345",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _FLAT_LAWFUL)
def test_lying_flat_in_lawful_lines_stays_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


#: Sellers who write the mail-back's words: still read (CS-001 / CS-201 / CS-229 / CS-004 / the model).
_MAIL_SELLERS = [
    "焊工证可申请邮寄，不用考，私",
    "电工证选择邮寄到家，人不用到场，加v hz5566",
    "叉车证 不用考 申请邮寄即可 138 1234 5678",
    "高压电工证 人不用去 选择邮寄 到手付款 vx hz7788",
    "司炉证 在家等证 可选择邮寄 不用到场 13812345678",
    "叉车证 睡着收本 选择邮寄到家 滴滴我",
    "焊工证 躺着收证 申请邮寄 私聊",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _MAIL_SELLERS)
def test_sellers_with_the_mail_backs_words_are_read(det: Any, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", [CERTS])
@pytest.mark.parametrize(
    "text", ["焊工证可申请邮寄，不用考，私", "叉车证 不用考 申请邮寄即可 138 1234 5678"]
)
def test_sellers_with_the_mail_backs_words_are_read_in_the_certificates_pack(
    det: Any, text: str, packs: Packs
) -> None:
    assert_sells(det, text, ANY_RULE, packs)


# -- second reading ------------------------------------------------------------------------------


#: A seller's renewal wait without the online filing: CS-243 still reads it (换证 alone is no exception).
def test_a_sellers_renewal_wait_is_cs243(det: Any) -> None:
    assert_sells(det, "焊工证到期换证 在床上等本 私聊", "CS-243", DEFAULT)


#: Sellers who write the office's wait after a bypass, an insider or a price: still read.
_WAIT_AFTER_BYPASS = [
    "焊工证 不去考场 合格后证书邮寄 在家等证即可 13812345678",
    "焊工证不进考场，考试合格后证书邮寄到家，在家等证即可，电话13812345678",
    "电工证考试有人帮你过，合格后证书邮寄到家，在家等证即可",
    "登高证签个到就过，合格后快递到家，在家等证即可",
    "叉车证三天出证，考试通过后邮寄，在家等证即可",
    "焊工证 交两千 合格后邮寄 在家等证即可",
]


@pytest.mark.parametrize("text", _WAIT_AFTER_BYPASS)
def test_the_wait_after_a_bypass_is_still_a_sale(det: Any, text: str) -> None:
    assert_sells(det, text, ANY_RULE, DEFAULT)


#: An office, an exam centre and a newspaper with the same wait: silent in every pack.
_WAIT_LAWFUL_MORE = [
    "焊工证复审合格后，新证由应急管理局邮寄，请在家等证即可",
    "考点通知：电工证考试合格后证书邮寄到家，考生在家等证就行，电话0571-86612345",
    "记者了解到，焊工证考试合格后证书会邮寄到家，考生在家等证即可",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _WAIT_LAWFUL_MORE)
def test_more_offices_waits_stay_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)
