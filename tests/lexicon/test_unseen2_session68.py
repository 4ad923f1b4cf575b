"""Session 68, unseen2: special-operations sellers in everyday wording that only the learned model,
or nothing, found in the default pack. Sentences written for this file (not from holdout237, any
other holdout set, the corpus nor the rules' fixtures).

- (a) The applicant spared the exam or the work (别考了 / 不用你操心 / 其他的交给我们 / 你只管出钱 /
  啥都不用你干 / 不去也行) beside a special-operations paper, named or listed by trade, and the
  seller's delivery (当月拿 / 七天到手 / 照样下) or an online check (能查 / 可网查): the paper is sold.
  A rule must fire in every run with the special-operations pack (the model's ``ML-`` findings
  carry no law for a notice).
- (b) Lawful twins with the same words that must stay silent in every pack run: a school telling a
  failed candidate to retake, an employer listing trades and checking papers online, an exam
  centre's delivery notice, a class teacher handing out papers, a learner giving up, a company
  arranging its own staff's renewal, news and warnings that quote the sellers.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ANY_RULE, EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

_SELLERS = [
    "考了三次都没过？别考了，电工证直接找我拿，省心",
    "别再去考了，焊工证我这边直接出，能查，扣我",
    "理论背不会的别考了，登高证交给我们，半个月到手，可网查",
    "考试那关不用你操心，电工证我们包了，能查，微信 dg_u68a01",
    "你只管出钱，考试的事别管了，焊工证当月拿，可查",
    "啥都不用你干，叉车证照样下，官网能查，电话一三八一二三四五六七八",
    "身份证照片发我，其他的交给我们，高处作业证十天到手，能查",
    "电工证 不去也行 我们安排 可查询 价格好说",
    "焊工证 登高证 制冷证 当月拿 不用跑 可查 需要的留言",
    "要证的找我，电工焊工叉车司索，钱到位证就到位，能查",
    "电工 焊工 登高 制冷，一个都不用考，本月出，可网查，找我",
    "高处作业证 搞定 不用操心 可网查 找我",
    "只要身份证照片，其他不用管，电工证七天到手，能查",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SELLERS)
def test_spared_the_exam_and_delivered_fires(det, text, packs):
    assert_sells(det, text, ANY_RULE, packs)


_LAWFUL = [
    "考了三次都没过也别灰心，电工证可以继续补考，补考报名找班主任",
    "别急着去考，焊工证实操练熟了再报名，考试合格后证书可网查",
    "证书到了直接找我拿，电工证考试合格的学员请带身份证领取",
    "考试的事你别操心，好好复习，电工证会考过的",
    "电工证太难了，我别考了，明年再说",
    "公司统一组织登高证复审，本人带身份证到培训中心，其他不用操心",
    "考点温馨提示：考完不用跑，证书制好后统一邮寄，可网上查询寄送进度",
    "招聘：电工 焊工 登高 制冷，要求持证上岗，证件入职时上网查，电话 0512-6681234",
    "本厂急招焊工两名，要求焊工证能在官网查到，当月入职，找人事王经理",
    "问：焊工证能不用考就当月拿吗？答：不能，必须参加考试，合格后证书可在官网查询。",
    "警方提醒：声称“别考了，找我拿证，能查”的都是骗子，电工证只能考取。",
    "记者调查发现，有人在群里称“啥都不用你干，焊工证照样下，能查”，付款后即被拉黑。",
    "高处作业证培训七天，考试合格后一个月内发证，能查，咨询电话 0571-86681235",
    "身份证照片发给班主任，其他报名材料学校统一准备，电工证考试须本人参加",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL)
def test_lawful_twins_stay_silent(det, text, packs):
    assert_silent(det, text, packs)


# --- (c) the lead's own second reading of this change ------------------------------------------
# An exam centre's 不用跑 with its results this month, a company arranging its staff's exam with its
# personnel office, an employer's staff who hold papers anyone can check: CS-229 read all three as
# sellers before 不用跑 was tied to the seller's delivery and 统一安排 / 人事 / 持证的 were exceptions.
# And a seller whose audience is named by the exam's work after 不会 (不会考的别考了).

_SECOND_LAWFUL = [
    "电工证考试不用跑，本中心当月出成绩，证书能查，咨询电话 0571-86001234",
    "考试的事不用你操心，公司统一安排培训和考试，电工证当月拿，能查，有意者联系人事",
    "我们单位的电工都是持证的，不用跑，上网就能查",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _SECOND_LAWFUL)
def test_second_reading_lawful_stay_silent(det, text, packs):
    assert_silent(det, text, packs, of="CS-229")


@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_unable_reader_inside_the_negation_sells(det, packs):
    assert_sells(det, "电工证不会考的别考了，交钱当月拿，能查，微信同号", "CS-229", packs)
