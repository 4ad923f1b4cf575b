"""Session 73, review152: second reading of review146 (``owned_contacts``' 合格后 stop, CS-243).

Sentences written for this file (not from any held-out set, nor the rules' fixtures, nor review146's
test file).

1. review146 made ``lexicon.modelscan.owned_contacts`` stop at 合格后 / 考试合格 / 考核合格 in the
   reach, so a school's course list (考试合格后……发证) keeps its bare phone line to itself. A seller
   writes the same words for the money paid after the pass (合格后再付款, 考核合格后付尾款): its
   poster lost the phone two lines down, and nothing read it in any pack. Pay after the pass is the
   seller's, not the school's route; a school's tuition (考试合格后再交学费) stays the school's.
2. CS-243 (``rest_receive``) on an office's mail-back of a renewed card (换证可申请邮寄，人在家等证寄到
   即可): the holder chose the mail, nobody sold it. CS-001 and CS-229 fired there before review146
   and still do (left alone, see the write-up): only CS-243 is asserted silent.
3. Sellers one word away from ``rest_receive`` (躺平拿证, 睡一觉证就到, 睡醒证就到) and their lawful
   twins (a learner after the exam, a school, a warning, a report, a holder).
4. The lawful lines of the task's list with the same words (offices mailing real cards, schools,
   news, complaints, ordinary life) pinned silent where they are silent on the starting code.
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


# -- 1. the pass named for the money paid after it --------------------------------------------------

_PAY_AFTER_PASS = [
    (
        "特种作业证考试\n电工 焊工 制冷\n考场内部打点\n进去签个名就过\n合格后再付款\n\n电话 137 6655 8899",
        "137 6655 8899",
    ),
    (
        "特种作业证考试\n低压 高压 登高\n考场里有人照应\n到场写个名字就过\n考试合格后再付钱\n\n13766558899",
        "13766558899",
    ),
    (
        "特种作业证考试\n低压 焊工 登高\n考场内部打点\n进去签个名就过\n考核合格后付尾款\n\n☎ 13766558899",
        "13766558899",
    ),
]


@pytest.mark.parametrize(("text", "number"), _PAY_AFTER_PASS)
def test_money_paid_after_the_pass_does_not_stop_the_stretch(text: str, number: str) -> None:
    spans = _owned(text, number)
    assert spans and spans[0][0] == 0


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize(("text", "number"), _PAY_AFTER_PASS)
def test_a_poster_paid_after_the_pass_is_read_with_its_phone(
    det: Any, text: str, number: str, packs: Packs
) -> None:
    # the model's exam-fraud reading with the phone's cue, as contact2's poster (no rule reads it)
    assert_sells(det, text, "ML-EF", packs)


#: A school's lawful route (the office issues the card after the pass): the stretch stays stopped
#: and the page stays silent, the model included.
_SCHOOL_ROUTE = [
    "制冷证培训\n理论实操 小班教学\n考试合格后由应急管理局发证\n\n13912345678",
    "登高证培训\n零基础 小班教学\n考核合格后颁发操作证\n\n13912345678",
]

#: ... and its tuition paid after the pass: a training promise the training pack reads (GP-), which
#: is right; silent outside it.
_SCHOOL_TUITION = "焊工证培训\n理论实操 小班教学\n考试合格后再交学费\n\n13912345678"


@pytest.mark.parametrize("text", [*_SCHOOL_ROUTE, _SCHOOL_TUITION])
def test_a_schools_route_still_stops_the_stretch(text: str) -> None:
    assert _owned(text, "13912345678") == []


#: A fee the holder pays the school or the office after the pass (工本费, 复训 and its fee): the stretch
#: reaches them now, and they stay silent in every pack.
_FEE_AFTER_PASS = [
    "特种作业证培训\n司炉 制冷 焊工\n考试合格后付证书工本费\n\n☎ 13766558899",
    "焊工证复审\n本人到场参加复训\n考核合格后付费领新证\n\n☎ 13766558899",
    "特种作业证考试\n司炉 制冷 焊工\n考场有监控\n到场签字后入场\n合格后由应急管理局发证\n\n☎ 13766558899",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _FEE_AFTER_PASS)
def test_a_fee_after_the_pass_at_a_school_or_an_office_stays_silent(
    det: Any, text: str, packs: Packs
) -> None:
    assert_silent(det, text, packs, model=True)


@pytest.mark.parametrize("packs", [None, DEFAULT, CERTS])
def test_a_schools_tuition_after_the_pass_is_silent_outside_the_training_pack(
    det: Any, packs: Packs
) -> None:
    assert_silent(det, _SCHOOL_TUITION, packs, model=True)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _SCHOOL_ROUTE)
def test_a_schools_route_above_its_phone_stays_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs, model=True)


# -- 2. an office's mail-back of a renewed card ----------------------------------------------------

_MAIL_BACK = [
    "高压电工证换证可申请邮寄，人在家等证寄到即可",
    "电工证复审办理后可选择邮寄，人在家等证寄到就行",
    "焊工证到期换证，在政务网申请邮寄，人在家等本就行",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _MAIL_BACK)
def test_an_offices_mail_back_is_not_cs243(det: Any, text: str, packs: Packs) -> None:
    # CS-001 / CS-229 fired on the first two before review146 (在家等证 as a bypass): left alone
    assert_silent(det, text, packs, of="CS-243")


# -- 3. the buyer who lies flat or sleeps while the paper comes ------------------------------------

_FLAT_SELLERS = [
    "焊工证 睡一觉证就到 私我",
    "叉车证 躺平拿证 vx hz5566",
    "低压电工证 睡醒证就到 13812345678",
    "登高证 躺平等本 13812345678",
    "熔化焊证 躺平收本 加v hz7788",
    "制冷证 一觉醒来证就到 滴滴我",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _FLAT_SELLERS)
def test_the_buyer_lying_flat_for_the_paper_is_a_sale(det: Any, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


def test_lying_flat_and_the_paper_in_one_phrase_is_cs243(det: Any) -> None:
    assert_sells(det, "司炉证 躺平拿本 13812345678", "CS-243", DEFAULT)


def test_a_nights_sleep_before_the_paper_is_cs243(det: Any) -> None:
    assert_sells(det, "电工证 睡一觉就拿证 私聊", "CS-243", DEFAULT)


_FLAT_LAWFUL = [
    "躺平拿证？不存在的，焊工证还是得好好复习",
    "想躺平拿电工证的别来我们学校，我们要求天天练",
    "焊工证考完睡一觉，证就到了，真快",
    "叉车证考试结束了，终于可以躺平等本了",
    "电工证哪有睡一觉证就到的好事，都是骗子",
    "记者暗访发现，卖家声称焊工证睡醒证就到",
    "睡醒发现我的电工证寄到了",
    "登高证考过了，现在躺平等本，下周应该能寄到",
    "网上说制冷证躺平拿证，警方提醒这是诈骗",
    # (second reading) a regulator, a newspaper, a learner, a school and a chat with the same words
    "应急管理局提醒：所谓焊工证躺平拿证都是假证，请通过正规培训考试取得",
    "一些网店打出电工证躺平拿证的广告，本报记者调查发现都是假证",
    "焊工证考完后睡醒一看，证书已经可以在网上查了",
    "想睡一觉证就到？本校不做这种承诺，电工证咨询电话0571-86612345",
    "某中介宣称焊工证睡一觉证就到，警方已立案",
    "电工证这种东西不可能睡醒证就到，别信",
]


#: A school that says it does not do it, with its enrolment phone: the model's ML-GP reads the
#: training pack's run of these on the starting code already (left alone); CS-243 stays out.
_SCHOOL_REFUSES = [
    "本校焊工证培训不搞躺平拿证那一套，电话13812345678",
    "我们学校不承诺躺平拿证，电工证要自己考，报名电话13812345678",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _SCHOOL_REFUSES)
def test_a_school_refusing_it_is_not_cs243(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs, of="CS-243")


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _FLAT_LAWFUL)
def test_the_same_words_from_learners_schools_and_reports_stay_silent(
    det: Any, text: str, packs: Packs
) -> None:
    assert_silent(det, text, packs)


# -- 4. the task's lawful lines with CS-243's words ------------------------------------------------

_SAME_WORDS_LAWFUL = [
    # offices mailing real cards
    "特种作业操作证已推行电子证照，在家就能下载",
    "特种作业证电子证照上线，持证人在家就能下载，足不出户领证",
    "电工证复审实行网上办理，足不出户领证，新证邮寄到家",
    "应急管理局提醒：特种作业证邮寄到家，在家收证，无需跑窗口",
    # schools
    "焊工证培训班报满后开班，学员坐等开班通知即可",
    "我们学校的学员在家等成绩就行，合格后发证",
    "叉车证培训 报名后在家等开班通知 电话13812345678",
    # news
    "记者调查：有买家交钱后在家坐等收证，收到的焊工证是假的",
    "警方通报：嫌疑人承诺买家在家坐等收证，实际寄出伪造的电工证",
    # complaints
    "焊工证交了钱在家等本，等了三个月没消息，这是被骗了吧",
    "电工证交了两千在家等证，三个月了一直没寄来，怎么投诉",
    "说好的在家收证，结果钱交了人找不到了，焊工证还没到",
    # ordinary life
    "考完焊工证那天我睡着了",
    "周末在家坐等外卖，顺便复习电工证题库",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _SAME_WORDS_LAWFUL)
def test_the_tasks_lawful_lines_stay_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)
