"""Session 69, unseen3: special-operations sellers in everyday wording the lead's probes found silent
(or found only by the learned model) in the default pack. Sentences written for this file (not from
any holdout set, the corpus nor the rules' fixtures).

- (a) The buyer spared all the work without a 你 in it (本人啥也不用干 / 什么也不用干 / 等着收证), or
  named by the work he will not do (不想学的 / 没空学习的 / 没时间上课的), beside a
  special-operations paper and the seller's delivery (证到你手上 / 寄给你 / 下证了通知你 / 保证你拿到手):
  CS-229 must fire in every run with the special-operations pack.
- (b) The exam room taken care of in the candidate's place (你坐那里就行 / 题目会有人给你传): EF-002.
- (c) Lawful twins with the same words, silent in every pack run: enrolment notes, schools turning
  away the unwilling, weekend classes for the busy, exam centres' delivery notes, exam-room rules,
  warnings and reports that quote the sellers.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

_SPARED_SELLERS = [
    "登高证找我，钱到账就开始走流程，本人啥也不用干，下证了通知你",
    "电工证交了钱你啥也不用干，半个月证到你手上，能查，微信同号",
    "焊工证不想学的，交两千，一个月后证到你手上，官网查得到，v同号",
    "没空学习的老板，叉车证找我，保证你拿到手，能上网查",
    "高处作业证 没时间学的 等着收证就行 可网查 私我",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SPARED_SELLERS)
def test_work_spared_and_delivered_fires(det, text, packs):
    assert_sells(det, text, "CS-229", packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_a_seller_whose_only_cue_is_the_delivery_words_you(det, packs):
    """(issue 9, session 70, engine2) The 你 of 寄给你 is CS-229's own delivery word, no longer the
    cue that confirms it, and a bare 扣1 is no stance cue (扣1分 are points deducted): this seller
    is left to the learned scorer (a certificate_sale finding in the special-operations runs)."""
    text = "制冷证没时间上课的也能拿，什么也不用干，二十天寄给你，可查，扣1"
    assert_sells(det, text, "certificate_sale", packs)


_ROOM_SELLERS = [
    "电工证考试你坐那里就行，题目会有人给你传，加v dg_u69a",
    "焊工证理论考试，你坐在那里就行，答案会有人传给你，私我",
    "叉车证考试你进去坐着就行，题目有人发你手机上，稳过",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _ROOM_SELLERS)
def test_exam_room_taken_care_of_fires(det, text, packs):
    assert_sells(det, text, "EF-002", packs)


_LAWFUL = [
    "报名后你什么也不用干，等着上课通知就行",
    "电工证不想学的别来报名，我们只收认真学习的学员",
    "没空学习的可以报周末班，考试须本人参加，电话 0571-88881111",
    "电工证考试合格后你什么也不用干，证书会寄到单位，能在官网查",
    "焊工证没时间上课的可以报网课，考试合格后一个月拿证，能查",
    "我们学校电工证下证了会通知你，到学校领取",
    "警方提醒：自称“本人啥也不用干，电工证照样下，能查”的都是骗子",
    "记者暗访：对方称交钱后什么也不用干，焊工证二十天寄给你，还能查",
    "电工证考试你坐在考位上答题就行，考场有监控，题目会显示在电脑上",
    "题目会有老师在课上讲，焊工证理论你认真听就行",
    "叉车证考完证书寄给你，不用再跑一趟，可在官网查询",
    "不想学的人拿了登高证也是害自己，我们坚持考试合格才发证",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL)
def test_lawful_twins_stay_silent(det, text, packs):
    assert_silent(det, text, packs)


# --- (d) the lead's own second reading of this change ------------------------------------------
# A holder telling how his employer renewed his paper (我啥也不用干) read as CS-229 once the spare
# without a 你 was a term; an exam centre's 考生坐在那里就行 read as EF-002 while 坐在那里 + 就行 was an
# insider phrase (dropped: the passing of questions is what sells the exam room).

_SECOND_LAWFUL = [
    "我啥也不用干，单位就把电工证复审办好了，证书能查",
    "考生坐在那里就行，考官会叫号，按顺序进入焊工证实操场地",
    "考试那天你坐那里认真答题就行，电工证考试并不难",
    "题目有人发你手机上？这是诈骗，电工证考场都屏蔽信号",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _SECOND_LAWFUL)
def test_second_reading_lawful_stay_silent(det, text, packs):
    assert_silent(det, text, packs, of=("CS-229", "EF-002"))
