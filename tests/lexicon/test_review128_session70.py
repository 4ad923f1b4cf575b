"""Session 70 (review128): the second reading of sold5's rules -- CS-234 (trades listed as papers, a
month, 能查), CS-235 (懂的都懂 / an insider, and a call), EF-004 (the paper whatever the score) and
GP-002's 百分百通过 breakers of its time-after-the-exam excuse.

Sentences written for this file (not from holdout243 nor any other held-out set, nor the rules'
fixtures).

Each rule's words are also an employer's, a learner's, a school's or a warning's: a job advert
leaving at the month's end (月底出发) or paying at the month's end (工资月底拿) beside the trades and
a checkable paper; a learner's 懂的都懂 with a study group, a warning against 走个关系 with the proper
way to enrol, a chat's 群里面有人问; a learner's 考多少分都得自己考, a school's fee due 考不考得过;
a school's 想百分百通过只能多练 beside its time after the exam. These stay silent in every pack run;
the sellers one step away are found where the special-operations pack runs.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.lexicon.scanning import EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

#: Lawful: employers and a school with the trades, a month word and a checkable paper.
TRADE_LISTS_LAWFUL = [
    "电工 焊工 叉车工 月底出发去新疆项目 证书需可查 联系王经理 13905716604",
    "招电工 焊工 工资月底拿 证书要能查 电话 13905716605",
    "电工 焊工 登高 本月出差去工地 证件能查的优先 找李工 13905716614",
    # guards that were silent already
    "电工 焊工 登高 制冷 本月开班 月底考试 证书全国可查 报名电话 0571-86105601",
    "市应急管理局通报：有人在网上发“电工 焊工 登高 本月出 可查”的帖子，已立案查处",
]

#: Sellers: the trades, the month and 能查 in other words and layouts.
TRADE_LISTS_SELLERS = [
    "电工/焊工/登高/制冷\n本月出\n可查\nv: dg5612",
    "焊工 电工 高处 月底出证 全国联网可查 微信 hg5613",
    "电工 焊工 登高 月底到手 可查 私我",
    "焊工 叉车 制冷 本月到手 网上能查 有意滴滴",
    # (second reading) the pay the paper brings is a seller's pitch, not an employer's month
    "电工 焊工 登高 月底出 可查 有证工资翻倍 私我",
    "焊工 电工 叉车 当月拿 能查 上岗工资高 加v hg5660",
]

#: Lawful: learners, a warning and a chat with the wink or the insider's words and a "私我".
WINKS_LAWFUL = [
    "焊工证懂的都懂，只能老老实实考，有需要的私我拉群一起学",
    "电工证说里面有人、走个关系就能下证的，全是坑，有需要的私我教你走正规报考",
    "群里面有人问叉车证怎么考，有需要的私我发流程",
    "叉车证想走个关系？不可能的，有需要的私我了解正规报考流程",
    "登高证懂的都懂，得自己一科一科过，想要的私我发模拟题",
    # guards that were silent already
    "电工证复审你懂的，三年一次，要的私我提醒你时间",
    "被告人张某对外称在安监那边有人，焊工证走个关系就能下来，要的私他，先后收取二十余人费用",
]

#: Sellers: the wink or the insider with a call, one step from sold5's.
WINKS_SELLERS = [
    "电工证懂的都懂，需要的私聊",
    "我哥们在安监那边，叉车证一句话的事，要的私",
    "电工证里面有人，不用来，要的私",
    "焊工证懂的都懂 要的v我",
    # (second reading) the seller's own 拉你进群, 怎么考 (不坑人 / 不可能查不到 are silenced by the
    # detector's warning words 坑人 / 不可能 before the rule's exceptions are read: left alone)
    "叉车证懂的都懂，要的私我拉你进群",
    "电工证不知道怎么考？懂的都懂，要的私我",
    "焊工证懂的都懂，要的私我，送模拟题",
]

#: Lawful: a learner, a school's fee and a learner's advice with "考多少分都 / 考不考得过都".
RESULT_LAWFUL = [
    "焊工证考多少分都得自己考，没人能替你",
    "焊工证考不考得过都要先交培训费，报名电话 0571-86105620",
    "叉车证考不考得过都看你自己，平时多练",
    # guards that were silent already
    "电工证培训结业不看成绩只看出勤，缺课超过三次不能参加考试",
    "特种作业操作证复审不看成绩，主要看安全培训和违章记录",
    "电工证考多少分都一样，六十分及格就发证",
]

#: Sellers: the paper given whatever the result.
RESULT_SELLERS = [
    "焊工证你去考一下就行 不看成绩 证照发 私我",
    "叉车证考多少分都给你出证，加v cc_5622",
    "电工证考不考得过都出证，私聊",
    # (second reading) the seller's own 自己去考一下, 要不要看你自己, 费用都要先交
    "焊工证你自己去考一下就行，考多少分都发证，私我",
    "叉车证考不考得过都出证，要不要看你自己，私聊",
    "电工证考多少分都给证，费用都要先交，加v dg5670",
]

#: Lawful: a school's time after the exam beside a wish to pass for sure that only practice fulfils.
HUNDRED_LAWFUL = [
    "电工证考试后一个月发证，想百分百通过只能多练，私我报名",
    "焊工证考试后二十天拿证，要想百分百通过就得认真上课，报名电话 0571-86105632",
    "叉车证考试后一个月出证，如果想百分之百通过，只能自己多练，咨询 0571-86105633",
    # guards that were silent already
    "电工证考试后一个月发证，没人敢说百分百通过，私我报名",
    "叉车证考试后一个月出证，谁也不能百分百通过，报名电话 0571-86105630",
]

#: Sellers: the time after the exam and the 100% pass promised, the wish answered by the seller.
HUNDRED_SELLERS = [
    "电工证考试后一个月发证，保你百分百通过，私我报名",
    "叉车证考试后十天拿证，想百分百通过就找我们，私我",
    "焊工证考试后二十天拿证，想百分百通过只能跟着我们学，私我",
    "电工证考试后一个月发证，百分百通过不过退费，私我",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", TRADE_LISTS_LAWFUL)
def test_employers_with_the_trades_and_a_month_stay_silent(det: Any, text: str, packs: Any) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", TRADE_LISTS_SELLERS)
def test_trade_lists_in_other_words_sell(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, "CS-", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", WINKS_LAWFUL)
def test_learners_and_warnings_with_the_wink_stay_silent(det: Any, text: str, packs: Any) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", WINKS_SELLERS)
def test_the_wink_with_a_call_sells(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, "CS-", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", RESULT_LAWFUL)
def test_learners_and_fees_whatever_the_score_stay_silent(det: Any, text: str, packs: Any) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", RESULT_SELLERS)
def test_the_paper_whatever_the_score_sells(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, ["CS-", "EF-"], packs)


@pytest.mark.parametrize("packs", [None, ["special-ops"]])
@pytest.mark.parametrize("text", HUNDRED_LAWFUL)
def test_a_wish_to_pass_for_sure_after_the_exam_time_stays_silent(
    det: Any, text: str, packs: Any
) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", HUNDRED_SELLERS)
def test_a_hundred_percent_pass_after_the_exam_sells(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, "GP-", packs)
