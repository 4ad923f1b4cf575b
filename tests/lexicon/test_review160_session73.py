"""Session 73, helper review160: second reading of lawful12 (``silence._errand_denied``,
``silence._holder_card``, EF-002's 有人脸 exception).

Sentences written for this file (none is a row of holdout259, of any other set or of any real
text). The sellers below were found on main ``308168c0`` (before lawful12) and went silent on
``893b1a30``:

- a proxy or an errand denied, then the exam got round another way: 安排枪手进场, 露个脸就行，剩下的
  我们操作, 远程帮你答题, 安排人进考场帮你, a QQ or 滴我 without a number (``_errand_denied`` read the
  denial as the writer's last word);
- a used machine's certified driver, then the card itself sold or handed over (证随车转给买家,
  叉车证单独也卖, 证一起打包卖): ``_holder_card`` read only the holder;
- 考场有人脸识别, then the seller's own man in the room or his QQ (我们安排的人和你长得像, 我们自己人
  在考场，扣扣…): EF-002's new 有人脸 exception had no breaker for them.

Beside them, the lawful twins the same words come in (an office, a school, a reporter), kept silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    CERTS,
    EVERY_PACK,
    WITH_SPECIAL,
    assert_sells,
    assert_silent,
)

#: The proxy or the errand denied, the exam then got round by the writer (special operations: default pack).
_DENIED_THEN_ROUND = [
    "电工证代考不了，可以安排枪手进场，滴滴我",
    "焊工证代办不了，本人露个脸就行，剩下的我们操作",
    "焊工证代考不了，不过可以远程帮你答题",
    "焊工证代办不了，可以安排人进考场帮你，联系q",
    "登高证代考不了，考试时耳机里给你传答案，扣扣联系",
    "电工证代考不了，考场放水，交费就过",
]
#: The errand's own rule (CS-001) kept when the rest gets round the exam.
_DENIED_THEN_ROUND_ERRAND = [
    "焊工证代办不了，可以安排人进考场帮你，联系q",
    "高处作业证代办不了，考试时有人远程操作你的电脑",
    "叉车证代办不了，考试不会也没事，考场有人关照",
]
#: The same denial from an office, a school or a reporter: the exam kept, nothing got round.
_DENIED_LAWFUL = [
    "焊工证代考不了，不过可以报名我们的周末班，报名电话0571-86001234",
    "叉车证代办不了，网上卖答案的都是骗子，请本人备考",
    "焊工证代考不了，找枪手会被抓，请考生本人考试",
    "登高证代办不了，考试不会的可以来我们这里复习",
    "叉车证代考不了，考试安排由考点统一通知，请本人参加",
    "电工证代办不了，实操考试必须本人操作",
    "高压电工证代办不了，考试不是走过场，请认真备考",
    "记者问能否代考，工作人员答复：代考不了，考生必须本人刷脸进场",
    # the way round denied in its turn, or an office's QQ group (the second reading of this file's change)
    "叉车证代办不了，考试没有通融，请本人参加",
    "登高证代办不了，有疑问可加qq群咨询考点",
    "高压电工证代考不了，没有人帮你考，请认真复习",
    "叉车证代考不了，监考老师不会给你答案，请本人认真作答",
    "焊工证代考不了，考场里没有我们的人，请自己考",
]
#: A used machine's certified driver, then the card itself sold or handed over.
_HOLDER_CARD_SOLD = [
    "转让汽车吊，司机有起重证，证随车转给买家",
    "出售叉车一台，司机持有叉车证，叉车证单独也卖，电话13900001234",
]
#: ... in the certificates pack too (the excavator card is no special-operations card).
_HOLDER_CARD_SOLD_CERTS = "二手挖机出售，机手持挖掘机证，证一起打包卖"
#: The machine sold or rented with its driver, the card staying his.
_HOLDER_LAWFUL = [
    "出售二手叉车，原司机持有叉车证，可以继续给你开车",
    "本公司出租吊车，司机持有效起重证，可开发票",
    "出售二手叉车一台，司机持叉车证，可随车受雇，电话13900004567",
    "招聘叉车司机，要求司机持有叉车证，待遇面议，电话13900003456",
    # the machine's own bundle, not the card (the second reading of this file's change)
    "出售二手叉车两台，司机持有叉车证，打包价优惠，电话13900005678",
    "出售二手叉车，司机持证，配件也卖，电话13900006789",
    "出售二手叉车，司机持有叉车证，车和配件一起卖",
]
#: The face check in the exam room, then the seller's own man or his QQ.
_FACE_CHECK_BEATEN = [
    "叉车证考场有人脸识别，我们安排的人和你长得像，放心",
    "高压电工证考场有人脸识别，我们自己人在考场，扣扣123456",
    "叉车证考场有人脸识别，我们的人能进，一次拿证，加q",
]
#: The face check an office or a school writes of (lawful12's readings kept).
_FACE_CHECK_LAWFUL = [
    "焊工证不能替考，我们考场有人脸识别",
    "电工证实操考场有人脸核验，考试安排以考点通知为准",
    # a school's arrangements, an office's QQ group, a look-alike turned away (the second reading)
    "焊工证考场有人脸识别，我们安排学员提前去熟悉考场",
    "叉车证考场有人脸识别，有问题可加qq群咨询",
    "高压电工证考场有人脸识别，长得像也进不去",
    "焊工证考场有人脸识别，自己人也得本人考",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _DENIED_THEN_ROUND)
def test_a_denied_proxy_got_round_another_way_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _DENIED_THEN_ROUND_ERRAND)
def test_a_denied_errand_got_round_keeps_the_errand_rule(det, text: str, packs) -> None:
    assert_sells(det, text, "CS-001", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _DENIED_LAWFUL)
def test_a_denied_errand_with_the_exam_kept_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _HOLDER_CARD_SOLD)
def test_a_holders_card_sold_with_the_machine_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, "certificate_sale", packs)


def test_a_holders_card_sold_in_a_bundle_sells_in_the_certificates_pack(det) -> None:
    assert_sells(det, _HOLDER_CARD_SOLD_CERTS, "certificate_sale", CERTS)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _HOLDER_LAWFUL)
def test_a_machine_with_its_certified_driver_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _FACE_CHECK_BEATEN)
def test_a_face_check_beaten_by_the_sellers_man_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, "EF-002", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _FACE_CHECK_LAWFUL)
def test_a_face_check_in_the_exam_room_stays_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)
