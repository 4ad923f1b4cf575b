"""Session 74, helper review166: second reading of review160 (``silence._DENIAL_RESOLD``'s ways round
a denied errand, ``silence._HOLDER_CARD_PASSED``'s card sold after its holder, EF-002's 有人脸 breakers)
and the lines of lawful12 that still fired.

Sentences written for this file (none is a row of a held-out set or of any real text). On main
``c3198dab`` the way round a denied proxy (安排人, 放水, 通融, 关照, 花点钱, 有人帮你 …) gave the
denial back to the seller wherever it stood in the rest of the line: inside an office's noun
(安排人员监考), under a ban or a refusal earlier in its own clause (别找人通融, 杜绝任何人情关照,
请勿找人通融), or as the subject of a verdict closing that clause (放水的监考员已被停职, 花点钱就能拿证是
骗人的, 交费就能过的说法是假的). The card a holder's machine is sold with was read as sold again when
its clause refused it (证不能转给买家, 证不随车卖, 证是个人的不卖), and a vehicle registered with a firm
(车辆挂靠在我公司) was read as a card hired out.

Beside them, the sellers who write the same words as their own way round (the second reading's
starting point): the way round offered after a comfort (别担心我们安排人进场), after a verdict on
others, or a card sold with the machine after a refusal of the card alone.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    EVERY_PACK,
    WITH_CERTS,
    WITH_SPECIAL,
    WITH_SPECIAL_OR_CERTS,
    assert_sells,
    assert_silent,
)

#: A proxy or an errand denied, then the way round named as an office's staff, banned or judged.
_WAY_ROUND_RULED_OUT = [
    # an office's staff, not a man sent in (安排人员)
    "焊工证代考不了，考点会安排人员全程巡查，请本人参加",
    "高处作业证代办不了，考试由考点安排人员核对身份",
    # banned or refused earlier in its own clause
    "电工证代办不了，请勿找人通融，按规定本人参加考试",
    "叉车证代办不了，别找人通融，请本人参加考试",
    "焊工证代考不了，考点杜绝任何人情关照",
    # judged at the end of its own clause
    "叉车证代考不了，考场放水的监考员已被停职",
    "登高证代考不了，找人通融的考生被取消了考试资格",
    "焊工证代考不了，交费就能过的说法是假的",
    "高压电工证代考不了，网上说有人帮你考的是骗局",
    "电工证代考不了，花点钱就能拿证是骗人的",
    # the second reading of this file's change: more bans and verdicts in the way round's clause
    "电工证代办不了，不要相信花钱就能过的说法",
    "叉车证代考不了，谢绝一切说情打招呼",
    "焊工证代考不了，想找人关照的考生会被取消资格",
    "高处作业证代考不了，考场放水属于违规行为",
    "电工证代考不了，网上说远程帮你答题的都是骗子",
    "电工证代办不了，说交费就能过的都是诈骗",
    "叉车证代考不了，监考从不放水，请认真复习",
]
#: The same words as the seller's own way round (the second reading's twins): still sold.
_WAY_ROUND_SOLD = [
    "焊工证代考不了，别担心我们安排人进场",
    "焊工证代考不了，不过别担心，我们安排人进场",
    "叉车证代办不了，花点钱考场照顾一下就过了",
    "焊工证代考不了，花点钱就能拿证，滴我",
    "电工证代考不了，别人不行，我们有人帮你考，私聊",
    "电工证代考不了，考场不用担心，我们的人在里面",
    "焊工证代办不了，不用怕，放水的考官是我们的人",
    "电工证代考不了，但是可以找人坐你位置",
    "焊工证替考不行，换个人去考",
    "电工证代考不了，我们在考场有熟人，一次过",
    # the second reading: a comfort is no ban, a verdict denied or feared is no verdict
    "电工证代考不了，不要紧我们有人帮你",
    "电工证代考不了，别急我们安排人进场",
    "焊工证代考不了，考场有人帮你，不会被发现",
    "焊工证代考不了，有人帮你考，不怕被抓",
    "电工证代考不了，花点钱就能拿证，绝对不是骗人的",
    "电工证代考不了，但是绝不让你白跑，我们安排人帮你考",
    "焊工证代办不了，别人办不了我们能办，滴我",
]
#: A used machine's certified driver, the card refused in its own clause, or the vehicle registered
#: with a firm (车辆挂靠): no card passed on.
_HOLDER_CARD_KEPT = [
    "出售二手叉车，原司机持有叉车证，证不能转给买家",
    "转让汽车吊，司机有起重证，证不随车卖",
    "出售二手叉车，司机持叉车证，证是个人的不卖",
    "出售二手挖机，机手持证，车辆挂靠在我公司，价格面议",
    "出售二手叉车，司机持叉车证，车辆挂靠在物流公司名下，手续齐全",
    "转让二手货车，司机有驾驶证，车辆挂靠在运输公司",
    "出售二手吊车，司机持有起重证，设备挂靠在租赁公司，可看车",
]
#: ... and the holder's card sold after all (the twins).
_HOLDER_CARD_SOLD = [
    "出售二手叉车，司机持叉车证，证也可以单独卖给你",
    "出售二手叉车，司机持叉车证，证不单独卖，连车带证一起出售",
    "出售二手挖机，机手持证，证可以挂靠你公司，价格面议",
    # the second reading: 不用 is no refusal of the passing verb; the card's own 挂 beside the vehicle's
    "出售二手叉车，司机持叉车证，证不用另办，直接转给你",
    "出售二手叉车，司机持叉车证，证不单卖，车证一起转给你",
    "出售二手叉车，司机持叉车证，车辆挂靠，证也可以挂你公司",
]
#: The machine-paper seller beside a vehicle's 挂靠 (the certificates pack's CS-201 reads 挖机证).
_MACHINE_CARD_HIRED = "挖机证可挂靠，车辆挂靠也行，联系13900001234"
#: Lines that still fire on ``c3198dab`` and after this file's change (left alone, for the next reading):
#: lawful12's face-check lines whose own EF-002 breakers (枪手, 找人替, 能过, 微信, 不怕) break them though
#: the clause turns them away, and a remote cheat judged by its consequence.
_STILL_FIRING = [
    "焊工证考场有人脸识别，枪手进不去，请考生本人参加",
    "电工证考场有人脸识别，找人替考的当场取消资格",
    "登高证考场有人脸识别，只有本人考才能过",
    "叉车证考场有人脸识别，考试安排请关注考点微信公众号",
    "电工证考场有人脸识别，不怕查的是本人来考的学员",
    "电工证代考不了，考场有监控，远程作弊会被发现",
]
#: Sellers missed in the default pack on ``c3198dab`` and after, found since session 75 (seller2).
_STILL_MISSED = [
    "焊工证代考不了，有人帮你考，不违法，放心",
    "叉车证代考不了，考官已被我们打点好，放心",
    "电工证代考不了，考官那边我们打过招呼，放心",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _WAY_ROUND_RULED_OUT)
def test_a_way_round_ruled_out_leaves_the_denial_standing(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _WAY_ROUND_SOLD)
def test_a_way_round_offered_after_the_denial_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _HOLDER_CARD_KEPT)
def test_a_holders_card_refused_or_a_vehicle_registered_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL_OR_CERTS)
@pytest.mark.parametrize("text", _HOLDER_CARD_SOLD)
def test_a_holders_card_sold_after_all_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, "certificate_sale", packs)


@pytest.mark.parametrize("packs", WITH_CERTS)
def test_a_machine_card_hired_beside_a_vehicles_registration_sells(det, packs) -> None:
    assert_sells(det, _MACHINE_CARD_HIRED, "CS-201", packs)


@pytest.mark.xfail(
    strict=True, reason="fires on c3198dab and after review166: left for the next reading"
)
@pytest.mark.parametrize("text", _STILL_FIRING)
def test_still_firing_in_the_default_pack(det, text: str) -> None:
    assert_silent(det, text, None)


# (issue 9, session 75, seller2) found now: the seller's own 不违法 is no warning, 打点 / 打过招呼 after
# the denial is the way round (test_seller2_session75.py)
@pytest.mark.parametrize("text", _STILL_MISSED)
def test_once_missed_now_found_in_the_default_pack(det, text: str) -> None:
    assert_sells(det, text, ANY_RULE, None)
