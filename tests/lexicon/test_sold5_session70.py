"""Session 70 (sold5): sellers round 84 left silent -- trade lists that only name the trades with a
delivery date and "能查", "懂的都懂" or an insider at the bureau beside a paper and a call, and the
exam sat for show with the result given regardless (不看成绩 / 成绩无所谓).

Sentences written for this file (not from holdout243 nor any other held-out set, nor the rules'
fixtures).

A seller lists the trades as if they were papers (电工 焊工 登高), gives the month the paper comes
and says it can be checked online, and asks the reader to call: no exam word at all. Another names
the paper, leaves the rest to "懂的都懂" or to a friend "在安监那边 / 走个关系", and asks who wants
it. A third lets the buyer sit the exam but promises the paper whatever the score. Exam centres'
timetables, learners telling of their own results, forum users warning about the same winks, and
schools that mark the exam write the same words; these stay silent in every pack run, the sellers
are found where the special-operations pack runs.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.lexicon.scanning import EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

#: Sellers: only the trades, a delivery date and "can be checked", then a call.
TRADE_LISTS = [
    "焊工 叉车 制冷 本月出 网上能查 要的私我",
    "电工 登高 司炉\n当月拿 官网可查\n加v dg_5501",
    "高压 低压 焊工 月底出 可查 有意滴滴",
    "叉车 电工 高处作业 这个月就能拿 能查 找我",
]

#: Lawful twins: exam timetables, a learner's own results, a warning.
TRADE_LISTS_LAWFUL = [
    "焊工 叉车 制冷 本月考试 成绩网上能查 报名电话 0571-86105502",
    "电工 登高 司炉\n当月报名 次月考试\n合格证书官网可查",
    "我上个月考了电工和焊工，月底出成绩，可查，祝我好运",
    "电工 焊工 登高 说本月出证能查不用考的都是假证，请勿上当",
    "高压 低压 焊工 本月培训班开课 考试合格后发证 可查 咨询 0571-86105503",
    # (second reading) a result list and a result date (CS-234 fired on both before its exceptions
    # 名单 / 结果; 证书本月出 官网可查 领证找班主任 is left out: FC-209 fires on it in the certificates
    # pack on the start code too)
    "焊工 电工 叉车 本月出证名单已公布 可查 详见官网",
    "电工 登高 制冷 月底出结果 能查 有疑问找我",
]

#: Sellers: the paper, "懂的都懂" or an insider, and a call to who wants it.
WINKS = [
    "电工证嘛懂的都懂，要的私我",
    "叉车证你懂的，有需要的加我 v cc_5511",
    "我朋友在安监那边，焊工证走个关系就下来了，要的私我",
    "登高证懂的都懂，想要的滴滴",
]

#: Lawful twins: a learner, a warning, a relative who says no.
WINKS_LAWFUL = [
    "电工证考试多难懂的都懂，要的私我拿题库，自己好好复习",
    "叉车证不考就拿的套路懂的都懂，大家别上当",
    "我表哥在安监那边，我问焊工证能不能走个关系，他说没门，让我自己考",
    "有人在群里说登高证懂的都懂要的私我，我已经举报了",
    "焊工证懂的都懂，这证必须自己考，想学的私我报培训班",
]

#: Sellers: the exam sat for show, the paper given whatever the result.
RESULT_REGARDLESS = [
    "焊工证你去考一下就行 不看成绩 证照发 私我",
    "电工证考试成绩无所谓，证照样给你，加v dg_5521",
]

#: Lawful twins: the exam is marked and the paper follows a pass.
RESULT_LAWFUL = [
    "焊工证考完要看成绩，不合格不发证",
    "有人说电工证考试成绩无所谓证照样给，这是骗人的",
    "叉车证考试成绩六十分合格，合格后发证",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", TRADE_LISTS)
def test_a_trade_list_with_a_date_and_checkable_sells(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, "CS-", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", TRADE_LISTS_LAWFUL)
def test_exam_timetables_and_learners_with_the_trades_stay_silent(
    det: Any, text: str, packs: Any
) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", WINKS)
def test_a_paper_with_a_wink_or_an_insider_and_a_call_sells(
    det: Any, text: str, packs: Any
) -> None:
    assert_sells(det, text, "CS-", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", WINKS_LAWFUL)
def test_learners_and_warnings_with_the_wink_stay_silent(det: Any, text: str, packs: Any) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", RESULT_REGARDLESS)
def test_the_paper_given_whatever_the_result_sells(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, ["CS-", "EF-"], packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", RESULT_LAWFUL)
def test_a_marked_exam_stays_silent(det: Any, text: str, packs: Any) -> None:
    assert_silent(det, text, packs)


#: Sellers: the paper after the exam and a 100% pass asserted (added with GP-002's breakers).
HUNDRED = [
    "叉车证考试后半个月拿证，百分百通过，私我",
    "电工证考试后二十天出证，百分之百通过，加v dg_5541",
]

#: Lawful twins: the 100% pass denied, doubted or counted short, beside the same time.
HUNDRED_LAWFUL = [
    "本校不承诺百分百通过，焊工证考试后二十天拿证",
    "叉车证考试后一个月拿证，没有哪家能百分百通过，报名电话 0571-86105542",
    "电工证考完二十天拿证，百分百通过是不可能的，别信包过的",
    "登高证考试后二十天发证，去年通过率不是百分百，大概八成",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", HUNDRED)
def test_a_hundred_percent_pass_after_the_exam_sells(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, "GP-", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", HUNDRED_LAWFUL)
def test_a_denied_hundred_percent_pass_stays_silent(det: Any, text: str, packs: Any) -> None:
    assert_silent(det, text, packs)
