"""Session 72, review144: a second reading of review143 (the certificates pack reads the writer's own
clause where it takes back the errand it refused: 驾驶证不要找黄牛代办，我们代办; 俺们 / 本店 open the
writer's clause), and CS-201's sale word 能做 read inside a school's cleft (我们唯一能做的是把课上好).
Sentences written for this file.

What the reading checks: lawful lines of review143's shape in every pack run (an office's own counter,
a company's HR handling its staff's papers, a school's enrolment, a shop refusing, a learner's 俺们,
the writer who did the errand himself: 我们办过 / 我们办的是 / 我们办完); sellers one step away
(我们来办 / 交给我们办 / 我们帮你办); 小编 / 本人 (left out: lawful lines first); and lawful clefts
(能做的是 / 能做的就是 / 能做的只有) beside sellers whose cleft is the trade.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    CERTS,
    EVERY_PACK,
    WITH_CERTS,
    Packs,
    assert_sells,
    assert_silent,
)

# -- 1. lawful lines of review143's shape ------------------------------------------------------

_TAKEN_BACK_LAWFUL = [
    # an office's own counter
    "不要找中介代办，我们代办窗口免费",
    "驾驶证不要找中介代办，我们代办窗口免费",
    "别找别人办，我们办事大厅一次办好",
    "健康证别找别人办，我们办事大厅一次办好",
    # a company's HR handling its staff's papers
    "证件不要找外面代办，我们人事统一代办",
    "证件不要找外面代办，我们人事部统一代办，员工本人去医院体检",
    "证件不要找外面代办，我们行政统一代办",
    "证件不要找外面代办，我们公司人事统一代办",
    "证件不要找外面代办，交给我们人事统一办",
    # a school's enrolment
    "报名不要找中介，我们办，学费透明",
    "驾驶证报名不要找中介，我们办，学费透明",
    # a shop refusing
    "本店不代办任何证件",
    "本店不代办任何证件，请本人到窗口办理",
    # a learner's 俺们
    "俺们村的都是自己考的",
    "电工证不能代考，俺们村的都是自己考的",
    # the writer who did the errand himself
    "驾驶证不要找黄牛代办，我们办完了才知道本人去就行",
    "健康证不要找中介代办，我们办完才发现自己去更快",
    "健康证不要找中介办，我们办的是正规体检，本人到场",
    "健康证不要找中介代办，我们办过，本人去医院一天就好",
    "驾驶证不要找黄牛代办，我们办过，本人去车管所很快",
    "居住证不要找中介代办，我们办的时候只要身份证",
    # the helper who goes along (review143's 我们带你去 beside 来 / 帮你 / 交给)
    "居住证不要找中介代办，我们帮你办，携带材料到社区窗口",
    "不要找中介代办，交给我们社区窗口免费办",
    "驾驶证不要找黄牛代办，交给我们志愿者陪你去车管所办",
    "健康证不要找中介办，我们来办，本人到医院体检",
    # second reading of 交给 / 来 / 帮你 (written after the fix; silent before it too)
    "发现有人兜售假证，不要私下交易，交给我们处理，举报电话12345",
    "遇到代考中介不要轻信，交给我们核实，电话0571-86330551",
    "电工证复审不要找别人代办，交给我们单位统一办理",
    "电工证复审不要找别人代办，交给我们公司统一办理，本人参加复审",
    "焊工证不要找人代考，交给我们来教，本人参加考试",
    "驾驶证不要找黄牛代办，我们帮你办，本人去车管所",
    "电工证不要找人代办，我们帮你办理复审预约，本人参加考试",
    "不要找人代考，交给我们老师把课讲透，考试本人参加",
    "电工证不要找人代考，我们来教，本人参加考试，电话0571-86330552",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _TAKEN_BACK_LAWFUL)
def test_lawful_lines_of_the_taken_back_shape_stay_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


# -- 2. sellers one step away ------------------------------------------------------------------

_ONE_STEP_SELLERS = [
    "驾驶证不要找黄牛代办，我们来办，不用考，私聊",
    "健康证不要找中介代办，交给我们办，不用体检，私聊",
    "健康证不要找中介代办，我们帮你办，三天出证",
    "别找别人办证，我们来办，三天出证，加v bz_3302",
    "驾驶证不要找黄牛，我们来办，不用考试，三天拿证",
    "健康证不用找别人代办，我们替你办，不用体检，私聊",
    # read before (regression guards)
    "驾驶证不要找别人，我们来办，不用考，私聊",
    "健康证不要找别人，交给我们办，不用体检，私聊",
    "驾驶证不要找黄牛代办，我们帮你办，不用考，三天出证，私聊",
]


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _ONE_STEP_SELLERS)
def test_a_certificate_seller_one_step_away_is_read(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", [None, ["special-ops"]])
@pytest.mark.parametrize("text", ["电工证复审不要找别人代办，交给我们一条龙，私聊"])
def test_a_special_ops_seller_handing_it_over_is_read(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


#: 不要找中介办 is a warning the seller wears (silence's warning, not the negation engine3 reads past):
#: the candidate the taken-back 帮你办 makes is silenced by it.
@pytest.mark.xfail(strict=True, reason="the warning 不要找中介办 silences the candidate")
@pytest.mark.parametrize("packs", WITH_CERTS)
def test_a_seller_after_the_warning_zhongjie_ban_is_missed(det, packs: Packs) -> None:
    assert_sells(det, "健康证不要找中介办，我们帮你办，三天出证", ANY_RULE, packs)


#: 小编 / 本人 do not open the writer's clause: 本人 is the holder himself in every notice (本人带身份证
#: 到窗口办理), 小编 a media account's voice. These stay silent, and the sellers below stay missed.
_XIAOBIAN_BENREN_LAWFUL = [
    "电工证复审不要找别人代办，本人带身份证到窗口办理",
    "电工证不能代考，本人必须到场参加考试",
    "驾驶证不要找黄牛代办，本人持身份证到车管所办理",
    "都说电工证不能代考，小编提醒大家替考违法",
    "电工证复审不要找别人代办，小编提醒：本人到窗口就能办",
    "不要找人代考，小编亲身经历，考场查得很严",
    "焊工证不要找人代办，小编上次就是自己去考的",
    "电工证复审不要找别人代办，小编整理了一条龙办理流程，本人到窗口即可",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _XIAOBIAN_BENREN_LAWFUL)
def test_xiaobian_or_benren_after_a_refusal_stays_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


_XIAOBIAN_BENREN_SELLERS = [
    "电工证复审不要找别人代办，小编这里一条龙，私聊",
    "电工证复审不要找别人代办，本人一条龙，私聊",
]


@pytest.mark.xfail(strict=True, reason="小编 / 本人 do not open the writer's clause (see above)")
@pytest.mark.parametrize("text", _XIAOBIAN_BENREN_SELLERS)
def test_a_seller_as_xiaobian_or_benren_is_missed(det, text: str) -> None:
    assert_sells(det, text, ANY_RULE, None)


# -- 3. the cleft ------------------------------------------------------------------------------

#: A school, a regulator or a newspaper naming what it does instead: 能做 is no sale here.
_CLEFT_LAWFUL = [
    "有人问叉车证能不能包过，我们唯一能做的是把课上好，电话0571-86330542",
    "焊工证不包过，我们能做的就是把课讲透，考不考得过看自己，电话0571-86330545",
    "叉车证不包过，我们能做的只有把课讲透，报名电话0571-86330547",
    "焊工证考不考得过，我们能做的无非是把实操教扎实，电话0571-86330550",
    "电工证的事我们能做的，就是把课讲透",
    "有人问健康证能不能代办，我们能做的就是告诉你去哪家医院体检",
    "面对层出不穷的假证广告，监管部门能做的是加大查处力度",
    "对于网上兜售的假证，市民能做的就是及时举报",
    "毕业证丢了原件补不了，学校能做的只有出具学历证明",
    "叉车证能做的是提前报名，本人参加考试",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _CLEFT_LAWFUL)
def test_a_lawful_cleft_stays_silent_in_every_pack(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


#: The cleft that names the trade itself, or beside the seller's call: still a sale.
_CLEFT_SELLERS = [
    "我们能做的是直接出证",
    "毕业证学位证我们能做的是全套，私聊",
    "健康证我们能做的只有一件事：不用体检直接拿证，私聊",
    "证书我们能做的只有本科和大专，学信网可查",
    "各类证件我们能做的就是你要的那种，加v zs_3301",
    "叉车证我们能做的只是给你证，不用考，私聊",
    "电工证考不过？我们能做的就是帮你拿证，加v dg_3301",
    "健康证我们能做的就是全套，私聊",
    "各种证书我们能做的是各类，微信 zs_3302",
    # the cleft naming the papers with no call beside it (review144's second reading)
    "证书我们能做的只有毕业证和学位证",
    "健康证我们能做的就是三天出证",
]


@pytest.mark.parametrize("text", _CLEFT_SELLERS)
def test_a_cleft_naming_the_trade_still_sells_in_the_certificates_pack(det, text: str) -> None:
    assert_sells(det, text, ANY_RULE, CERTS)
