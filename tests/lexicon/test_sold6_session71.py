"""Session 71 (sold6): sellers round 85 left silent -- trade lists with a delivery time other than the
month (下月初出 / 半个月出 / 下周出 / 二十天出), "懂的都懂" with the seller's own reassurance (不坑人 /
不可能查不到), the exam result fixed in advance (考成啥样都给证 / 交白卷也给证), and the paper called a
小红本 / 小本本 with the buyer kept at home (人不用来 / 不去考点 / 在家等着) and the paper posted.

Sentences written for this file (not from holdout248 nor any other held-out set, nor the rules'
fixtures).

Beside each seller stand the lawful lines with the same words: exam centres' and schools' quotas and
their mailing of the paper to those who passed, employers hiring several trades, learners' own
小红本 and results, and warnings and news quoting the sellers. These stay silent in every pack run;
the sellers are found by a rule (the model's ``ML-`` findings do not count) where the
special-operations pack runs.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.lexicon.scanning import EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

#: Sellers: only the trades, a delivery time that is not "this month", "can be checked", a call.
TRADE_LISTS = [
    "焊工 电工 高处 下月初出 网上能查 要的私我",
    "电工 叉车 制冷 半个月出 官网可查 有意滴滴",
    "登高 焊工 司炉 下周出 可网查 加v dg_7101",
    "叉车 电工 焊工 二十天出 能查 找我",
    "高压电工 低压电工 焊工 十五天出 可查 私聊",
    # (second reading) another span
    "焊工 电工 两周出 可查 私",
]

#: Lawful twins: employers, exam timetables, result dates, warnings.
TRADE_LISTS_LAWFUL = [
    "招焊工 电工 高处作业人员 下月初进场 证书需能查 联系项目部 0571-86107101",
    "焊工 电工 登高 下周出成绩 能查 考生留意",
    "电工 焊工 叉车 培训班下月初开课 考试合格后半个月出证 可查 咨询 0571-86107102",
    "有人发“电工 焊工 登高 半个月出 能查 私我”，这是假证广告，请勿上当",
    "我电工和焊工都考完了，二十天出证，能查，开心",
    # (second reading) a question bank's issue and the pay (CS-234 fired on both before 题库 / 出工资)
    "电工 焊工 制冷 下周出新一期题库 能查 要的私",
    "招电工 焊工 半个月出工资 社保可查 电话 13800002222",
]

#: Sellers: the paper, the wink, the seller vouching for itself, a call.
VOUCHED_WINKS = [
    "电工证懂的都懂，不坑人，要的私我",
    "登高证懂的都懂，从不坑人，有需要的加我",
    "叉车证你懂的，不可能查不到，要的私",
    "焊工证懂的都懂，绝对不坑人，想要的滴滴",
    # (second reading) the reassurance with 的 at its end, or pledged
    "焊工证懂的都懂，我们不坑人的，要的私我",
    "电工证懂的都懂，保证不坑人，要的私",
]

#: Lawful twins: the same reassurance or warning words from learners, schools and warnings.
VOUCHED_WINKS_LAWFUL = [
    "焊工证懂的都懂，说不用考就能拿的都是坑人，有需要的私我发正规报名流程",
    "电工证你懂的，不可能不考就拿证，想要的私我拿题库自己复习",
    "警方提醒：自称“叉车证懂的都懂，不坑人，要的私我”的都是骗子",
    "登高证懂的都懂，这家培训班不坑人，有需要的私我报名",
    "电工证懂的都懂，坑人的中介太多，要报考的私我发考点电话",
    # (second reading) another's claim quoted (CS-002 fired on the first one before 说 / 称 was read)
    "电工证懂的都懂，卖证的都说不坑人，要的私我教你识别",
    "电工证懂的都懂，号称不坑人的都要小心，要的私我教你辨别",
]

#: Sellers: the exam sat for show, the paper given whatever the result.
RESULT_FIXED = [
    "焊工证去考场坐坐就行，考成啥样都给证，私我",
    "电工证考成什么样都发证，你人到就行，加v dg_7102",
    "叉车证考试交白卷也给证，要的私聊",
    "登高证考成怎样都能拿证，有意找我",
    "叉车证考成啥样都发，人去就行，v cc7105",
]

#: Lawful twins: learners, the exam centre, warnings.
RESULT_FIXED_LAWFUL = [
    "焊工证考完了，考成啥样都不好说，等成绩吧",
    "别信什么电工证考成啥样都给证，成绩不合格就是不发证",
    "记者调查发现，有人声称叉车证交白卷也给证，实为伪造",
    "登高证考成什么样都得认，不合格就补考，报名私我",
    # (second reading) the learner's own business (EF-004 fired before 自己的事)
    "焊工证考成啥样都是自己的事，想过就认真学，私我报名",
    "叉车证交白卷也给证？不可能，考试有监控",
]

#: Sellers: the booklet by its cover, the buyer kept at home, the paper posted.
BOOKLETS = [
    "焊工小红本 人不用来 一个月寄到家 能查 私我",
    "电工小本本 不去考点 二十天寄出 官网可查 加v dg_7103",
    "登高证 在家等着就行 半个月寄到家 可查 要的私",
    "叉车证 人不用来 月底快递上门 能查 联系小王",
]

#: Lawful twins: learners, schools mailing the paper to those who passed, offices.
BOOKLETS_LAWFUL = [
    "我的焊工小红本终于寄到家了，考了两次才过，官网能查",
    "电工证考试合格的学员，证书二十天后寄出，可查，不用再来领",
    "本校登高证培训班：理论课网上学，实操须到考点，考试合格后证书寄到家",
    "结婚的小红本领回来了，在家等着亲戚来吃饭",
    "提醒：“焊工小红本人不用来、寄到家能查”的广告都是骗局，证书须本人考试取得",
]

#: Sellers: the paper, the seller's scarcity, the paper posted to the buyer, a call.
SCARCITY = [
    "电工证只剩两个名额了，证下来直接寄到家，要的扣1",
    "叉车证最后三个坑位 半个月下证 有意私聊",
    "登高证这批名额快满了，到时候证直接寄给你，加v dg_7104",
    "焊工证 剩俩名额 证一下来就寄你 扣1",
]

#: Lawful twins: exam centres' and schools' quotas, an employer, a learner, a warning.
SCARCITY_LAWFUL = [
    "本考点高压电工证考试名额有限，报满即止，考生须携身份证",
    "焊工证周末班只剩三个名额，证下来寄给你，咨询 0571-86107104",
    "我抢到了叉车证的名额，下周考，考完等证下来寄到家",
    "公司今年有两个电工证复训名额，复训合格后统一领取新证",
    "“登高证只剩两个名额，证下来寄到家”这种广告是假证，别上当",
    # (second reading) a renewal's quota (CS-239 fired before 复审)
    "电工证复审名额还剩两个，证下来直接寄给你，电话 0571-86107105",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", SCARCITY)
def test_the_paper_posted_under_a_scarcity_pitch_sells(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, "CS-", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", SCARCITY_LAWFUL)
def test_quotas_of_exam_centres_schools_and_employers_stay_silent(
    det: Any, text: str, packs: Any
) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", TRADE_LISTS)
def test_a_trade_list_with_a_delivery_time_and_checkable_sells(
    det: Any, text: str, packs: Any
) -> None:
    assert_sells(det, text, "CS-", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", TRADE_LISTS_LAWFUL)
def test_employers_timetables_and_learners_with_the_trades_stay_silent(
    det: Any, text: str, packs: Any
) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", VOUCHED_WINKS)
def test_a_wink_with_the_seller_vouching_for_itself_sells(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, "CS-", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", VOUCHED_WINKS_LAWFUL)
def test_the_warning_words_of_learners_and_schools_stay_silent(
    det: Any, text: str, packs: Any
) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", RESULT_FIXED)
def test_the_paper_given_whatever_the_exam_looks_like_sells(
    det: Any, text: str, packs: Any
) -> None:
    assert_sells(det, text, "EF-", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", RESULT_FIXED_LAWFUL)
def test_learners_and_warnings_on_the_result_stay_silent(det: Any, text: str, packs: Any) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", BOOKLETS)
def test_the_booklet_posted_to_a_buyer_kept_at_home_sells(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, "CS-", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", BOOKLETS_LAWFUL)
def test_learners_schools_and_warnings_on_the_booklet_stay_silent(
    det: Any, text: str, packs: Any
) -> None:
    assert_silent(det, text, packs)


#: The two sellers this round left silent in the default pack are read now (issue 9, session 72): the
#: trades list "叉车 司索 信号工 十天出 能查 要的扣1" by CS-234 once terms/cert_trade holds 司索 / 信号工
#: (papers3), the spare with the phone spelled in characters "登高证 躺着等本 …" by CS-243 (review146).
NOW_READ = [
    "叉车 司索 信号工 十天出 能查 要的扣1",
    "登高证 躺着等本 幺三八 洞洞七一 二四六八",
]


@pytest.mark.parametrize("packs", [None])
@pytest.mark.parametrize("text", NOW_READ)
def test_sellers_left_silent_last_round_are_read(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, "CS-", packs)
