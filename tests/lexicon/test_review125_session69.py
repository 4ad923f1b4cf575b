"""Session 69 (review125): a second reading of sold4 -- the poster's trade line joined to the
paper, 然而 / 只不过 / 话说回来 turns, the dare "我们就敢包", CS-230 (the paper, the unsaid and the
wink) and CS-001's "考试本人参加" exceptions.

Sentences written for this file (not from holdout239 nor any other held-out set, nor the rules'
fixtures).

Two readings sold4 left wrong: a school's poster that splits paper, trades and "不用到场" over lines
and keeps the exam the learner's in other words than sold4 listed (实操考试本人到考点; 考试必须本人)
now reads as one combination and fired CS-001; and CS-230 fired on a learner's joke or family story
with only 你 / 我 for a seller's cue (电工证这事按规定不能说，结果你懂的，我挂了两次), although its
title asks for a seller's call. And sold4's exceptions were not fragile as it meant: a seller's
breakers beside them (直接下证 私我) did not break them. The rest are guards: regulators, newspapers and forum replies that
use the same words stay silent in every pack run; sellers stay found where the special-operations
pack runs.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.lexicon.scanning import EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

#: Schools' posters: paper, trades and the enrolment done from home on lines of their own, the exam
#: kept the learner's on the next line in words sold4's exceptions did not list.
POSTERS_LAWFUL = [
    "本期开班\n特种作业操作证\n电工 焊工 制冷\n理论线上学 不用到场\n实操考试本人到考点\n电话 0571-86205511",
    "特种作业操作证\n电工 焊工\n报名不用到场 资料网上交\n考试必须本人\n电话 0571-86205512",
    "特种作业操作证培训\n电工、焊工、登高\n报名不用到场\n考试需要本人参加\n咨询 0571-86205513",
]

#: Regulators' and schools' posters of the same shape silent before: guards.
POSTERS_LAWFUL_GUARDS = [
    "特种作业操作证考试通知\n电工 焊工 登高 制冷\n须本人参加考试 不得代考\n咨询电话 0571-86205514",
    "特种作业操作证报名\n电工、焊工、高处作业\n考试须本人到场，严禁替考\n报名电话 0571-86205515",
    "应急管理局提醒\n特种作业操作证\n电工 焊工 登高\n不用考试就能拿证的都是骗局\n举报电话 12350",
    "特种作业操作证\n电工 焊工 登高\n谨防“不用考试、包过拿证”的虚假广告\n举报电话 12350",
    "特种作业证复审\n电工 焊工 登高\n复审不用考试 参加八学时培训即可\n咨询 0571-86205516",
    "警方通报\n某公司出售特种作业操作证\n电工 焊工 登高\n称不用考试 交钱拿证\n已被查处",
]

#: Sellers who write "考试本人参加" or "本人到考点" and then empty it: found where special-ops runs.
POSTERS_EMPTIED = [
    "特种作业操作证\n电工 焊工 登高\n报名不用到场 考试本人参加一下就行 包过\n电话 138 5720 5517",
    "特种作业操作证\n电工 焊工\n考试本人参加走个过场 包拿证\n加v tz_205518",
    "焊工证 考试本人参加一下就行，包过，私我",
    "电工证考试本人参加走个过场，包过，加v dg_205519",
    "特种作业操作证\n电工 焊工 制冷\n不用到场 考试本人到考点坐一下就行 包过\n电话 139 5720 5520",
]

#: Sellers whose kept-exam words come with their own breakers: CS-001 itself still fires.
POSTERS_BROKEN = [
    "电工证 不用到场 考试必须本人的那种我们不做 直接下证 私我",
    "特种作业操作证\n电工 焊工\n报名不用到场 考试本人参加\n私我 直接下证",
    "特种作业操作证\n电工 焊工 登高\n报名不用到场 考试本人参加一下就行 包过\n电话 138 5720 5524",
]

#: Posters that skip the exam over split lines: still sellers.
POSTERS_SELL = [
    "特种作业操作证\n电工 焊工 登高 制冷\n不用考试 不用到场\n📞 138 5720 5521",
    "电工证焊工证\n高压电工 低压电工 焊工\n免考直接拿证\nv: hg_205522",
]

#: News, forum replies and regulators turning with 然而 / 只不过 / 话说回来 before a pass word or the
#: insider, and news or warnings with "就敢": silent in every pack run.
TURNS_AND_DARES_LAWFUL = [
    "不少机构打出电工证包过的广告，然而包过承诺多为骗局，请考生警惕",
    "电工证培训很火，话说回来，包过的都是骗子，大家别信",
    "有人说焊工证找内部人能过，只不过这种内部名额根本不存在",
    "网上说考场有我们的人，然而警方调查发现全是诈骗",
    "叉车证广告满天飞，然而报名后稳过的承诺没有兑现，学员投诉",
    "话说回来，电工证包过这种事，谁信谁上当",
    "说包过的都是骗子？这些机构就敢公开承诺包过，大家小心",
    "记者调查：明知违规，这些中介就敢包，电工证交钱就发",
    "都说包过是骗人的，可有的机构就敢，市场监管局已立案",
    "说包过的都是骗子？他们就敢包，结果钱没了",
    "说包过的都是骗子？我们就敢说：没有包过，只有好好学",
]

#: A learner's joke or family story with the paper, the unsaid and the wink, and only 你 / 我 for a
#: seller's cue: the learner's own words (我挂了, 我不认识, 劝我好好考) except CS-230.
WINKS_LAWFUL = [
    "哈哈电工证这事按规定不能说，结果你懂的，我挂了两次",
    "电工证的事我不能说，你懂的，我老婆不让我干这行",
    "我二舅在应急管理局上班，焊工证你懂的，他天天劝我好好考",
    "电工证发证那边有自己人，你懂的，可惜我不认识",
]

#: Reports and warnings quoting the wink: silent before, guards.
WINKS_LAWFUL_GUARDS = [
    "有卖家在群里发“电工证按规定不能说，结果你懂”，记者联系后对方要求先交钱",
    "警惕！“焊工证发证那边有人，你懂的”这类话术都是诈骗",
    "市应急管理局提醒：有人声称“叉车证发证中心有自己人，你懂的”，请勿轻信",
    "焊工证考试内容按规定不能说，你懂的，大家自己复习",
    "电工证实操考试的题目按规定不能说，你懂的，考场纪律",
    "网友爆料：中介称“电工证发证那边有人，你懂的”，收钱后失联",
]

#: Sellers with the paper, the unsaid, the wink and a call: CS-230 still fires.
WINKS_SELL = [
    "叉车证按规定不能说，但结果你懂，私我",
    "我表哥在发证那边上班，焊工证找他没问题，你懂的，v同号",
    "电工证这个不能明说，你懂的，要的私聊",
    "焊工证按规定不能写，结果你懂的，需要的来",
    "特种作业操作证按规定不能说，结果你懂，138 5720 5523",
    "电工证发证中心有自己人，你懂的，加我",
    "叉车证这事不方便讲，你懂的，找我",
    "焊工证按规定不能说，结果你懂的，我这能办",
    "叉车证按规定不能写，结果你懂，价格美丽，滴滴",
    "高处作业证不考能拿吗？明着不能讲，结果你懂的，私聊",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", POSTERS_LAWFUL)
def test_a_schools_split_poster_keeping_the_exam_stays_silent(
    det: Any, text: str, packs: Any
) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", POSTERS_LAWFUL_GUARDS)
def test_regulators_posters_over_lines_stay_silent(det: Any, text: str, packs: Any) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", POSTERS_EMPTIED)
def test_the_exam_kept_then_emptied_still_sells(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, ("certificate_sale", "guarantee_promise", "exam_fraud"), packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", POSTERS_BROKEN)
def test_the_kept_exam_beside_a_sellers_breaker_does_not_hold(
    det: Any, text: str, packs: Any
) -> None:
    assert_sells(det, text, "CS-001", packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", POSTERS_SELL)
def test_a_split_poster_skipping_the_exam_still_sells(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, "CS-001", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", TURNS_AND_DARES_LAWFUL)
def test_news_and_replies_turning_or_daring_stay_silent(det: Any, text: str, packs: Any) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", WINKS_LAWFUL)
def test_a_learners_wink_with_no_call_stays_silent(det: Any, text: str, packs: Any) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", WINKS_LAWFUL_GUARDS)
def test_a_quoted_wink_stays_silent(det: Any, text: str, packs: Any) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", WINKS_SELL)
def test_the_wink_with_a_call_sells(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, "CS-230", packs)
