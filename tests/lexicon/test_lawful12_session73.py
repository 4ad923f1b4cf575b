"""Session 73, helper lawful12: lawful lines that use the trade's words -- offices, employers, schools
and learners.

Sentences written for this file (none is a row of holdout259, of any other set or of any real
text). Families of lawful lines that fired on main ``f1055342``:

- an errand or a proxy exam said to be impossible right after its verb (代办不了 / 代考不了 / 替考不了),
  the candidate then told to sit the exam: CS-001 / CS-201 / EF-001 read the bare 代办 / 代考;
- the double negative 不考拿不到 (no exam, no card) a school or a learner writes: CS-005 / CS-001 /
  CS-201 read the 不考 alone;
- a used machine sold with its driver, the driver holding the card (司机持有叉车证, 机手持证):
  CS-002 / CS-201 read the sale word and the card as one offer;
- 考场有人脸识别: the 有人 inside 有人脸 (a face check) read as an inside man by EF-002.

Each reading is tested with its lawful twins (no rule fires in any pack run) and with the sellers who
use the same words and cross the line (a rule still fires where its pack runs).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    DEFAULT,
    EVERY_PACK,
    WITH_SPECIAL,
    WITH_TRAINING,
    assert_sells,
    assert_silent,
)

#: An errand or a proxy exam denied right after its verb, the exam kept.
_ERRAND_DENIED = [
    "焊工证考试代办不了，必须持证人自己去考点参加理论和实操",
    "高压电工证复审代办不了，本人要去上八学时复审课",
    "网友问叉车证能不能代考，代考不了，考点刷脸进场，考生本人考试",
    "登高证代办不了的，报名以后本人按时去考场",
    "制冷证替考不了，考点有监控，请考生自己备考",
]
#: The same words from a seller: someone else can't, the writer can; or the denial asked.
_ERRAND_DENIED_SOLD = [
    "焊工证别人代办不了，我们能办，不用考，十天拿证",
    "电工证别家办不了的我们都能办，官网可查，私聊",
    "高压电工证代办不了？找我，不用本人去，加v dq6612",
    "叉车证外面代考不了，我们有内部渠道，考场有人，私我",
    # the second reading: one card's errand denied, the next card's sold (scope3's shape)
    "健康证复审代办不了，焊工证复审一条龙代办，本人不用去，电话 13800001122",
]
#: The double negative: without the exam the card cannot be had.
_NO_EXAM_NO_CARD = [
    "都说焊工证不考拿不到，是真的，我们学校的学员都是本人上考场考的，报名电话0571-86113344",
    "叉车证不考试是拿不到的，想走捷径的别来问我们，报名请到前台",
    "听说高压电工证不考拿不了，确实，考试由考点统一安排",
    "登高证不考是领不到的，别信网上那些广告",
]
#: The same double negative turned by a seller.
_NO_EXAM_NO_CARD_SOLD = [
    "都说焊工证不考拿不到，其实能拿，我这半个月出证，私聊",
    "谁说叉车证不考拿不到？我这不考也能拿，加v cc7788",
    "电工证不考拿不到？那是以前，现在交钱就行，官网可查",
    "高压电工证不考拿不到，但是我们有内部渠道，十天出证",
]
#: A used machine sold or rented with its certified driver.
_MACHINE_WITH_DRIVER = [
    "出售二手叉车一辆，原来的司机持有叉车证，愿意跟车继续干，电话13900005555",
    "转让九成新汽车吊，司机有起重证，可以随车一起过来，价格面议",
    "二手挖掘机出售，机手持证，可跟机器一起走，看车电话13911116666",
    "出租随车吊一台，配持证司机，按天结算，电话13922227777",
    # lawful11's strict xfail (test_lawful11_session72.py), silent since this round
    "出售二手吊车一台，司机有起重证，可一起带走",
]
#: A machine seller who makes the card for the buyer.
_MACHINE_WITH_CARD_SOLD = [
    "出售二手叉车，叉车证也可以帮你办，不用考，电话13900006666",
    "转让汽车吊，送起重证，证上写你的名字，私聊",
]
#: Missed in the default pack on main ``f1055342`` already (no special-operations rule reads 证可以过户改成
#: 你的名字; the certificates pack's CS-201 finds it): a strict xfail, so the holder reading is seen not
#: to be what silences it.
_MACHINE_HOLDER_RESOLD = "出售二手叉车，司机持证，证可以过户改成你的名字，电话13900007777"
#: A face check in the exam room: 有人脸 is a face, not an inside man.
_FACE_CHECK = [
    "电工证实操考场有人脸核验和监控，考生只能本人操作",
    "焊工证考场有人脸比对闸机，证件和本人不一致不能进场",
    # lawful11's strict xfail (test_lawful11_session72.py), silent since this round
    "焊工证不能替考，我们考场有人脸识别",
]
#: The inside man beside the face check still sells.
_FACE_CHECK_SOLD = [
    "电工证考场有人，人脸识别我们搞定，私聊",
    "焊工证考场有人脸识别也没事，里面有我们的人，包过，加v hg5511",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _ERRAND_DENIED)
def test_an_errand_denied_right_after_its_verb_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _ERRAND_DENIED_SOLD)
def test_an_errand_others_cannot_do_done_by_the_writer_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _NO_EXAM_NO_CARD)
def test_no_exam_no_card_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _NO_EXAM_NO_CARD_SOLD)
def test_no_exam_no_card_turned_by_a_seller_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _MACHINE_WITH_DRIVER)
def test_a_machine_sold_with_its_certified_driver_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _MACHINE_WITH_CARD_SOLD)
def test_a_machine_sold_with_a_card_made_for_the_buyer_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.xfail(strict=True, reason="missed on f1055342 already: 证可以过户 beside a holder")
@pytest.mark.parametrize("packs", [None, DEFAULT])
def test_a_holders_card_transferred_to_the_buyer_sells(det, packs) -> None:
    assert_sells(det, _MACHINE_HOLDER_RESOLD, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _FACE_CHECK)
def test_a_face_check_in_the_exam_room_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _FACE_CHECK_SOLD)
def test_an_inside_man_beside_the_face_check_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", WITH_TRAINING)
def test_a_proxy_for_another_exam_denied_then_resold_still_sells(det, packs) -> None:
    assert_sells(det, "教资面试别人代考不了，我们能安排人替你上，私我", ANY_RULE, packs)
