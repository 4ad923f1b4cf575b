"""Session 71 (review141): the second reading of sold6's round-86 change -- CS-234's delivery times
beyond the month (下周出 / 半个月出), EF-004's 考成啥样都给证, CS-229's spared words and booklet names
(在家等着 / 人不用来 / 寄到家 / 小红本 / 叉车那个本), CS-235's seller vouching for itself (不坑人) and the
new CS-239 (a quota + the paper posted).

Sentences written for this file (not from holdout248 nor any other held-out set, nor the rules'
fixtures).

The lawful lines are the ones a regulator, an exam centre, a school, an employer, a learner or a
newspaper writes with sold6's words: result notices (成绩下周出，证书半个月出), the pay (工资下周出),
offices posting the renewed paper home, learners' pride in their 小红本, schools' free places and
exam centres' quotas, a reviewer's 不坑人, news quoting 交白卷也给证. They stay silent in every pack run
(the learned model's ``ML-`` findings are left out, as everywhere). The sellers one step away (坑位
without 名额, 考成咋样都发证, 小蓝本, the booklet with 能查) are found by a rule where the
special-operations pack runs.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.lexicon.scanning import EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

#: Lawful: result notices, the pay, offices and learners with sold6's delivery words.
DELIVERY_LAWFUL = [
    "焊工证考试成绩下周出，证书半个月出，可以在官网查询，有疑问请致电0571-88886666",
    # (issue 9, session 71, review141) the pay's day said before the trades or inside the list:
    # CS-234 read 下周出 / 半个月出 inside 工资下周出 / 工资半个月出 on sold6's code
    "工资下周出，焊工 电工 登高都要，社保可查，要的私",
    "电工 焊工 登高 工资下周出 社保可查 要的私",
    "焊工 电工 登高 工资半个月出 可查 私聊",
    "电工 焊工 登高 下周出结果 能查 私聊",
    "考过了在家等着证寄到家就行，电工证真不难",
    "本中心电工证考试合格后证书快递上门，可在应急管理部官网查询，咨询电话0571-88886666",
    "电工证复审可网上办理，在家等着新证寄到家即可，无需到现场，电话0571-88886666",
    "电工证换证人不用来，网上提交材料，审核后新证寄到家，电话0571-88886666",
]

#: Lawful: learners' sarcasm and pride, notebooks, reviewers, news.
WORDS_LAWFUL = [
    "焊工证不考也有？做梦吧，老老实实去考",
    "焊工证不考也有？那我还学三个月干嘛",
    "我的焊工小红本寄到了，开心，官网能查到",
    "电工证的小本本记满了笔记，考试前再翻一遍",
    "我的电工小蓝本终于寄到家了，官网能查",
    "叉车那个本我考了两次才过，下周寄到家，能查",
    "这家学校不坑人，焊工证老老实实教了两个月，考过了",
    "在这家学的焊工证，不坑人，老师手把手教，一次过，推荐给大家，电话0571-88886666",
    "有人在网上卖焊工证，说交白卷也给证，警方提醒这是诈骗",
    "交白卷也能拿证？记者暗访电工证黑中介",
    "考成啥样都给证？应急管理局：电工证考试全程录像，不合格不发证",
    "电工证考成什么样都给证的说法是谣言，请勿相信",
]

#: Lawful: quotas of schools and exam centres beside the paper posted.
QUOTAS_LAWFUL = [
    "电工证复审培训名额还有10个，证书审核通过后邮寄到家，电话0571-88886666",
    "免费抽取电工证培训名额10个，考试合格后证书寄到家，私信报名",
]

#: Lawful: an exam centre naming the room the exam is sat in beside its quota. CS-239 fired on sold6's
#: code (issue 9, session 71, review141); the certificates pack's CS-201 fired on these before sold6
#: and still does (its own reading of 证书寄到家), so only CS-239 is asserted here.
QUOTAS_ROOM = [
    "电工证名额只剩两个了，考场在西区，证书寄到家，电话0571-88886666",
    "焊工证本期名额还剩五个，考场设在市应急局三楼，证书寄到家，电话0571-88886666",
    "电工证名额有限，考点地址：城东路8号，证书邮寄给你，电话0571-88886666",
]

#: Sellers one step away from sold6's: 坑位 without 名额, 考成咋样都发证, 小蓝本, the booklet with 能查.
SELLERS = [
    "电工证 坑位还剩两个 证下来直接寄你 要的私",
    "电工证 坑位仅剩2个 下证直接寄你 扣1",
    "焊工小蓝本 不考也有 寄到家 能查 私信",
    "叉车那个本 人不用来 寄到家 能查 私我",
    "信号工的小红本 在家等着 寄到家 能查 加微信",
    "电工 焊工 登高 半个月出 可查 私我",
    "焊工证考成怎样都给证，包过，私聊",
    # (issue 9, session 71, review141) 咋样 for 啥样: EF-004 had no candidate on sold6's code
    "焊工证考成咋样都发证 加v 13912345678",
    "电工证去考场坐坐，考成咋样都给你证，要的私",
    # a quota with the exam for show: the exam centre's 考场在 exception must not take these
    "焊工证只剩两个名额，去考场坐坐就行，考成啥样都给证，加v",
    "焊工证只剩两个名额，去考场坐坐就行，证下来寄到家，加v",
    "电工证名额只剩两个，考场随便坐，包邮寄到家，私我",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", DELIVERY_LAWFUL + WORDS_LAWFUL + QUOTAS_LAWFUL)
def test_lawful_lines_with_sold6s_words_stay_silent(det: Any, text: str, packs: Any) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", QUOTAS_ROOM)
def test_an_exam_centres_quota_beside_its_room_is_no_scarcity_pitch(
    det: Any, text: str, packs: Any
) -> None:
    assert_silent(det, text, packs, of="CS-239")


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", SELLERS)
def test_sellers_one_step_from_sold6s_are_found(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, ("CS-", "EF-"), packs)
