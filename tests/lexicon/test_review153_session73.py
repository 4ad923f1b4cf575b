"""Session 73, helper review153: the second reading of review147.

Sentences written for this file (none is a row of a held-out set or of any real text).

- review147 read the seller who asks a rumour's denial and reverses it with 其实 / 真的存在 and a
  call. The same hook answered with a bare yes (…不存在？可以的，滴滴我; …不可能？可能的，滴滴我;
  …没这回事？有，加v细聊) was taken by hearsay's warning step (``silence._claim_turned``) or the
  post-denial (免考 + 不存在) as the rumour denied: it sells. The yes that goes on to the renewal,
  the lawful way or a warning (有，就是复审; 有的，那是假证) stays the answer of an office, a school
  or a debunker, and regulators' Q&A answered by the law (其实不行; 其实可以申请复审延期) stays
  silent with its enquiry number.
- review147's ``silence._claim_office_acts`` took the office named before the offer for the
  office's own act; the seller who names its own way to the issuer and says the office does it at
  once (本司有关系，管理局直接下证) lost the rules it had before (CS-006 / CS-005): the rushed act
  after the writer's way sells again. The offer said before the writer's own place (不存在的，考点
  直接出证，找我) is read as the offer after it was. Schools' and offices' lines that name the
  issuer (考试合格由应急管理局发证; 考点统一发证; 考完应急管理局直接发证到手机) stay silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    EVERY_PACK,
    WITH_SPECIAL,
    assert_sells,
    assert_silent,
)

#: Sellers who ask the denied rumour and answer it with a bare yes and a call or an offer.
_ASKED_BARE_SOLD = [
    "有人说焊工证免考不存在？可以的，滴滴我",
    "网友说电工证不用考不可能？能，私聊",
    "有人讲高处作业证免考不可能？可能的，滴滴我",
    "网上说叉车证不用考不可能吗？可能的，找我，私聊",
    "都说登高证不去考场拿证没这回事？有，加v细聊",
    "听说电工证免考没有这回事？当然有，找我",
    "有人说焊工证不用考不可能？可以办，微信 dg_5566",
    "群友说电工证不去考试拿证不存在？包的，私聊",
    # the second reading: the same hook written slightly differently
    "有人说焊工证不去考试拿证不可能？可能的，花钱就行，私聊",
    "群里说叉车证免考没这回事？能办的，加v细聊",
    "有人讲电工证不用考拿证不可能吗？可以的，内部名额，私聊",
    "有人说电工证免考不存在？当然可以，十天出证，私我",
    "有人问焊工证免考不可能吗？可以的，交钱就行，找我",
]
#: Q&A pages, regulators and schools asked the same way, answered by the law (其实可以 or a bare
#: yes with a phone number), and the debunker's, the victim's and the reporter's yes.
_ASKED_LAWFUL = [
    "网传电工证不用考？其实不行，必须参加考试，咨询电话12350",
    "有人说焊工证过期就作废，没有这回事？其实可以申请复审延期，详询窗口",
    "网传焊工证过期作废没有这回事？其实可以申请复审延期，详询窗口 0755-22223333",
    "有人说电工证不能异地复审不存在？其实可以，到当地应急管理局窗口办理，咨询电话12350",
    "网友说叉车证到期不能续不可能？其实可以，到期前三个月申请复审，电话 12345",
    "有人说电工证考试不能补考不存在？其实可以，一次不过可以补考一次，报名电话 0755-22223333",
    "有人问高处作业证能不能网上查询不存在？其实可以，在应急管理部官网查询，客服电话 12350",
    "有人说电工证考试不存在？其实有，每月一次，报名电话 0755-22223333",
    "网传电工证不用考没有这回事？其实不行，必须本人参加考试，咨询 12350",
    "有人说焊工证可以免培训不可能？其实可以，相关专业学历可申请免培训，考试仍须本人参加，电话12350",
    "有人说焊工证免考不存在？不可以的，必须考试，咨询 12350",
    "网友说电工证不用考不可能？能，但是要复审满足条件，咨询当地应急管理局",
    "有人问叉车证不用考不可能？可以的，满足条件的可以免考理论，具体问当地应急管理局 12350",
    "有人讲高处作业证免考不可能？可能的，都是骗子，大家别信，举报电话 12345",
    "有人说焊工证不用考不存在？可以的，是骗局，交了钱就拉黑，大家警惕",
    # the second reading: the bare yes going on to the renewal, a warning, a victim, a reporter
    "网友说焊工证不去考场拿证不存在？有，就是复审，到期复审不用重新考，私聊问流程",
    "有人说焊工证免考没有这回事？有的，那是假证，查不到，私信我教你辨别",
    "有人说电工证不用考不存在？可以的，这就是诈骗，警方提醒不要相信",
    "网传焊工证免考不存在？有，仅限复审，详询12350",
    "记者调查：网上说叉车证免考不可能？可能的，中介称交钱就办，记者拨打了对方电话 13812345678",
    "有人说焊工证免考不存在？有，我朋友就信了，交了三千块被骗，大家别信",
    "都说电工证不考拿证不可能？能，只要你交钱就能被骗，别信",
    "有人说登高证不考拿证不存在？可以，但那是违法的，查到要吊销，私信我了解正规报名",
    "有人说焊工证不用考不可能？可以的，社会考生可以直接报名考试，报名电话 0755-22223333",
    "有人说电工证免考不存在？有，退役军人可以免考部分科目，具体问人社局 12333",
    "网友问叉车证不考拿证不可能吗？当然不可能，想拿证就报名考试，私信报名",
    "嫌疑人在群里发“有人说电工证免考不存在？可以的，滴滴我”，已被警方抓获",
    "有人说焊工证不去考试拿证不可能？可能的，花钱买的都是假证，举报电话 12345",
    "有人说电工证不用考不存在？有，考试很简单，找我报名培训，私聊",
]
#: Sellers who name the office's act as their own way, with hearsay before it or not.
_OFFICE_SOLD = [
    "应急管理局直接发证，我们内部渠道，私聊",
    "考点直接出证，找我",
    "焊工证不用考，应急管理局直接发证，我们内部渠道，私聊",
    "有人说电工证不用考，不存在的，本司有关系，管理局直接下证，微信 dg_5566",
    "有人说焊工证不考拿不到，不存在的，我这有门路，应急管理局直接发证，私聊",
    "都说叉车证不考拿不到，假的，我司内部渠道，官方直接出证，私我",
    "有人说登高证不考拿不到，没有这回事，本公司搞定，管理部门直接发证，电话 13912345678",
    "有人说电工证不用考不存在的，应急管理局直接发证，我们内部渠道，私聊",
    "有人说焊工证不考拿不到，不存在的，考点直接出证，找我",
    "有人说焊工证不考拿不到，不存在的，找我，考点直接出证",
    "有人说焊工证不考拿不到，不存在的，考点直接出证，找我，私聊",
    "有人说焊工证不考拿不到，不存在的，本司有门路，管理局马上下证，私聊",
    "都说电工证不考拿不到，假的，我这有熟人，应急管理局直接出证，微信 dg_5566",
    "都说电工证不考拿不到，假的，十天出证，找我",
    "有人说叉车证不考拿不到，没这回事，内部代办，找我",
    "有人说电工证不考拿不到，不存在的，内部名额直接出证，找我",
]
#: CS-006 / CS-005 that review147's office reading took from these sellers, back.
_OFFICE_RULES_BACK = [
    ("有人说电工证不用考，不存在的，本司有关系，管理局直接下证，微信 dg_5566", "CS-006"),
    (
        "有人说登高证不考拿不到，没有这回事，本公司搞定，管理部门直接发证，电话 13912345678",
        "CS-005",
    ),
]
#: Schools and offices that name the issuer, after hearsay or not, with 直接 or not.
_OFFICE_LAWFUL = [
    "考试合格由应急管理局发证",
    "考点统一发证",
    "焊工证培训，考试合格由应急管理局发证，报名电话 0755-22223333",
    "本校负责培训，考点统一发证，报名请私聊",
    "有人说我们能直接拿证，不存在的，本校只做培训，考试合格由应急管理局发证",
    "有人说本校能直接发证，假的，考点统一发证，报名电话 0755-22223333",
    "有人说这里交钱就拿证，没有这回事，本司只负责培训，考试合格后考点统一出证",
    "有人说我们能包拿证，不存在的，本司只负责培训，考试合格后由应急管理局统一发证，私信报名",
    "有人说我这不考也能拿证，没有这回事，我这只管培训，考完应急管理局直接发证到手机，电话 0755-22223333",
    "有人说我司能直接出证，没有这回事，我司只做培训，取证应急管理局直接发，私聊报名",
    "有人说我们这能直接拿证，假的，我们只做培训，通过了应急管理局直接发证，私信报名",
    "有人说本校有内部渠道，不存在的，本校只做培训，考试合格由应急管理局直接发证，私信报名",
    # the offer said before the writer's place: bounded, judged or not rushed
    "有人说能直接拿证，不存在的，考点统一出证，找我报名培训",
    "有人说焊工证能直接拿，不存在的，考试合格当天出证，找我报名",
    "有人说焊工证能直接拿，不存在的，直接出证是骗人的，找我们报名正规培训",
    "有人说电工证能代办，假的，代办都是骗局，找我报名考试",
    "有人说电工证能买，不存在的，直接出证的都是假证，找我们正规报名",
    "有人说登高证能直接拿，不存在的，考点直接出证要先考试合格，找我报名",
    "网传焊工证十天出证，不存在的，别信，找我们报名正规考试",
    "有人说考点直接出证，没有这回事，考点只组织考试，我这只做培训",
    "有人说焊工证不考拿不到，不存在的，当天报名，找我",
    "有人说代办能拿证，不存在的，内部资料培训，找我报名",
    "有人说电工证能买，不存在的，直接报名参加考试，找我咨询",
    "有人说焊工证能代办，没有这回事，直接到考点报名，找我们咨询",
    "网传电工证不考能拿，不存在的，直接来我这报名培训",
    "听说电工证免考，不可能，官方直接发证的都是考过的，找我报名",
]
#: Left alone, firing on the starting code too: the stance step's self-answered question
#: (offer:自问自答) read in a lawful answer with an enquiry call; a school's 证是…直接发的 and 确实
#: (agreement, not a denial) before its training; the slogan 全国通用，官网可查; a school's
#: course pitched after the asked yes (先报名培训, 包教包会) or after 假的 (马上开班).
_LAWFUL_LEFT = [
    # (issue 9, session 75, lawful14) 有人问电工证不用考不可能？可以的，复审时符合条件可以免考，私信问流程
    # is silent now in every pack (``stance._exempt_by_law``), tested in test_lawful14_session75.py
    "有人说叉车证免培训不可能？可以的，相关专业毕业可以免培训，但考试必须本人参加，私信咨询",
    "有人问高处作业证不用考不可能？能，但仅限复审，私聊了解复审流程",
    "有人说本公司能直接下证，不存在的，本公司只负责报名培训，证是应急管理局直接发的，私信咨询",
    "都说焊工证不考拿不到，确实，我这只做培训，考试合格以后应急管理局直接发证，私信报名",
    "网传特种作业证全国不通用没有这回事？其实可以，全国通用，官网可查，咨询电话12350",
    "有人问焊工证免考不可能吗？可以的，先报名培训，找我",
    "有人说焊工证免考不存在？可以的，我们包教包会，私聊报名",
    "有人说叉车证不考也能拿，假的，马上开班，找我报名",
]
#: Left alone, still missed: CS-005 / CS-006 want an offer the bare call is not; 没有的事 read as
#: 有的 by the stance step.
_SOLD_LEFT = [
    "有人说制冷证不考拿证不存在？可以，私我",
    "有人说登高证不用考没有的事？行，交钱就办，微信 dg_5566",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _ASKED_BARE_SOLD)
def test_a_denied_rumour_asked_and_answered_with_a_bare_yes_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _ASKED_LAWFUL)
def test_the_asked_rumours_lawful_answers_stay_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _OFFICE_SOLD)
def test_the_offices_act_named_as_the_sellers_own_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize(("text", "rule"), _OFFICE_RULES_BACK)
def test_the_rules_the_office_reading_took_are_back(det, text: str, rule: str, packs) -> None:
    assert_sells(det, text, rule, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _OFFICE_LAWFUL)
def test_schools_and_offices_naming_the_issuer_stay_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.xfail(strict=True, reason="left alone: fires on the starting code too")
@pytest.mark.parametrize("text", _LAWFUL_LEFT)
def test_lawful_lines_left_firing(det, text: str) -> None:
    assert_silent(det, text, None)


@pytest.mark.xfail(strict=True, reason="left alone: still missed")
@pytest.mark.parametrize("text", _SOLD_LEFT)
def test_sellers_left_missed(det, text: str) -> None:
    assert_sells(det, text, ANY_RULE, None)
