"""Session 72, review146: second reading of contact2, then the "wait at home for the paper" sellers.

Sentences written for this file (not from any held-out set, nor the rules' fixtures): the sellers
contact2 left missed are rewritten here with other papers and other contacts.

1. contact2's ``owned_contacts`` gives the model's contact cue to every line within 240 characters
   above a contact-only line. A school's course list that names the lawful route (考试合格后……发证)
   and ends on a bare phone got the cue on its 包教包会 line, and the certificates pack's model
   called it a sale: the lawful route's words in the reach now keep the old reading.
2. Sellers whose offer nothing read: the buyer rests or stays home while the paper comes (睡着收本,
   家中候本, 在床上等本, 坐等到手) or never enters the exam room (不进考场): CS-243 (terms
   ``rest_receive``); the wait said apart from the delivery (人在家里等 … 证寄到手上) is CS-229's spare
   (``spared_work``). Learners after the exam, exam centres mailing real cards, exam rules for
   companions and warnings stay silent.
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

# -- 1. contact2's reach: a school's lawful route above its bare phone -----------------------------

_SCHOOL_COURSE = (
    "高压电工证培训\n包教包会 不过免费重学\n考试合格后应急管理局发证 全国联网可查\n手机 13912345678"
)


@pytest.mark.parametrize("packs", EVERY_PACK)
def test_a_schools_course_list_ending_on_a_phone_gets_no_certificate_sale_from_the_model(
    det: Any, packs: Packs
) -> None:
    # its 不过免费重学 is a training promise the training pack reads (GP-), which is right
    assert_silent(det, _SCHOOL_COURSE, packs, of=["ML-CS", "ML-EF", "certificate_sale"])


@pytest.mark.parametrize("packs", [None, DEFAULT, CERTS])
def test_the_school_is_silent_outside_the_training_pack(det: Any, packs: Packs) -> None:
    assert_silent(det, _SCHOOL_COURSE, packs, model=True)


def test_the_lawful_route_in_the_reach_stops_the_stretch() -> None:
    at = _SCHOOL_COURSE.index("139")
    assert owned_contacts(_SCHOOL_COURSE, [(at, at + 11)]) == []


def test_a_sellers_poster_still_stretches() -> None:
    text = "特种作业证考试\n电工 焊工 登高\n考场内部打点\n到场签个字就过\n考试不合格全额退\n电话 13912345678"
    at = text.index("139")
    assert owned_contacts(text, [(at, at + 11)]) != []


#: Lawful pages ending on a bare contact (contact2's risks): silent in every pack, model included.
_BARE_PHONE_LAWFUL = [
    "2027年春季特种作业培训\n低压电工 3月10日开班\n熔化焊 3月15日开班\n高处作业 3月20日开班\n"
    "理论加实操 考试合格后发证\n电话 13812345678",
    "急聘焊工两名\n要求持有效熔化焊证\n月薪八千 包住\n手机 13912345678",
    "低压电工作业考试安排\n3月12日上午 理论\n3月13日 实操\n请携带身份证原件\n☎ 0571-86612345",
    "电工证备考笔记\n绝缘手套每半年试验一次\n接地电阻不大于4欧\n要笔记的加我\nv dg251034",
    "本报讯 市应急局查处一起伪造特种作业证案件\n涉案人员在网上兜售焊工证 称不用考试包拿证\n"
    "目前已立案\n通讯员 张明 13812345678",
    "有人说焊工证不用考 交钱包拿证 是骗局吧\n——\n2楼：别信 老老实实去考\n"
    "我们这里正常培训 考试合格发证\n13812345678",
    "听说电工证考场内部打点 到场签个字就过 真的假的\n\n回复：假的 考场全程监控\n"
    "有想正规报名的找我\n电话 13812345678",
    "网上那些电工证不用考包拿证的都是骗子\n大家别上当\n\n\n二手叉车出售 车况好\n电话 13812345678",
    "焊工证培训班招生\n理论实操一起学\n考核合格后发证 官网可查\n\n13812345678",
    "电工证复审\n持证满三年\n本人到场参加培训\n考试合格后换发新证\n电话 0571-86612345",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _BARE_PHONE_LAWFUL)
def test_lawful_pages_ending_on_a_bare_contact_stay_silent(
    det: Any, text: str, packs: Packs
) -> None:
    assert_silent(det, text, packs, model=True)


# -- 2. the buyer who rests, stays home or never enters the exam room while the paper comes -------

_WAITING_SELLERS = [
    "电焊证 睡着收本 v 338127",
    "电焊证 睡着收本 加v hz338127",
    "高压电工证 家中候本 威 7781203",
    "低压电工证 家中候本 13812345678",
    "登高证 在床上等本 幺三八 洞幺洞五 六七八九",
    "制冷证 不进考场 壹叁玖 捌捌柒陆 伍肆叁贰",
    "司炉证 不进考场 滴滴我",
    "高处作业证 坐等到手 🛰 6620481",
    "熔化焊证 坐等到手 有意的滴滴我",
    "电工证 人在家 等着收本 找我",
    "叉车证 宅家等本 一个月到 vx hz5566",
    "焊工证 睡觉等证 私我",
    "低压电工证 在家候着收证 v hz5566",
    # the wait and the delivery apart: CS-229's spare and its delivery
    "司炉证 人在家里等 证寄到手上 滴滴我",
    "司炉证\n人在家里等\n证寄到手上\n13812345678",
    "司炉证\n人在家里等\n证寄到手上 滴滴我",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _WAITING_SELLERS)
def test_the_buyer_waiting_at_home_for_the_paper_is_a_sale(
    det: Any, text: str, packs: Packs
) -> None:
    assert_sells(det, text, ANY_RULE, packs)


def test_the_rest_and_the_paper_in_one_phrase_is_cs243(det: Any) -> None:
    assert_sells(det, "焊工证 睡着收本 13812345678", "CS-243", DEFAULT)


def test_sold6s_seller_left_silent_is_read_now(det: Any) -> None:
    # sold6 (session 71) left it silent as a strict xfail: the rest and the paper in one phrase
    assert_sells(det, "登高证 躺着等本 幺三八 洞洞七一 二四六八", "CS-243", DEFAULT)


#: The same words from a learner after the exam, an exam centre that mails real cards, an exam's
#: rules for companions and things, a holder whose card came, and warnings.
_WAITING_LAWFUL = [
    "焊工证考完了 在家等证就行 好轻松",
    "网上说焊工证睡着收本的都是骗子 请勿上当",
    "焊工证考完了 在家等通知 有消息告诉你们",
    "电工证考完 人在家里等成绩 13812345678",
    "司炉证实操考试须知\n陪同人员不进考场\n手机 书包不进考场\n咨询电话 0571-86612345",
    "焊工证考试 家长不进考场 在外面等 13812345678",
    "司炉证考试那天我没带身份证 人不进考场就没法考\n下次再来",
    "叉车证培训\n我们的证都是考出来的 不是睡着收本的那种\n报名电话 13812345678",
    "哪有焊工证在家等本的好事 都是骗钱的 别信",
    "考完试在家坐等到手 焊工证 终于要有了",
    "焊工证 人在家里等 证寄到手上 考完一个月左右 考点统一寄",
    "我的电工证今天寄到了 在家收证的感觉真好",
    "司炉证考试那天堵车 我差点不进考场了",
    "焊工证 坐等到手 加油 下个月考试了",
    "电工证考试不进考场就不能拿证 别信那些广告",
    "电工证 家中候本 大家有同样在等的吗",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _WAITING_LAWFUL)
def test_the_same_words_from_learners_offices_and_warnings_stay_silent(
    det: Any, text: str, packs: Packs
) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
def test_a_holders_own_wait_is_not_cs243(det: Any, packs: Packs) -> None:
    # CS-229 / CS-201 already fire on this one (改前就有: 证书寄到家 read as the delivery); CS-243 adds nothing
    assert_silent(det, "高处作业证 证书寄到家 我在家等本呢 好开心", packs, of="CS-243")
