"""Session 73, helper review161: the second reading of review153 beside hearsay2.

Sentences written for this file (none is a row of a held-out set or of any real text).

- review153's bare yes after an asked denial (``silence._claim_asked_yes``: …不存在？可以的，滴滴我)
  and hearsay2's denial answered back by its own word (``silence._denial_answered_back``: …不可能？
  可能的，滴滴我) read the same hook with two exclusion lists: review153's (复审, 假证, 报名, 培训 …)
  and hearsay2's (警方, 拉黑, 判刑, 抓 …). A lawful answer worded past one list fired through the
  other reading: the office's yes by the law (有，按规定满足条件的可以申请免考), the victim's yes
  (有，上个月被抓了一个; 可以的，交了钱就拉黑), the debunker's and the school's 可能的 (那是假证;
  考试很简单，找我报名培训). Both readings now share both lists.
- review153's ``_claim_office_acts`` read 渠道 / 内部 / 熟人 as the writer's way to the issuer even
  where it is the school's enrolment or study material (本司有报名渠道; 本司渠道报名).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    CERTS,
    DEFAULT,
    EVERY_PACK,
    WITH_SPECIAL,
    assert_sells,
    assert_silent,
)

#: The asked denial answered yes by the law, by a victim or reporter, by a debunker or a school:
#: worded past one of the two readings' exclusion lists.
_ASKED_LAWFUL = [
    # review153's bare yes, going on to the law
    "网友说电工证不用考不存在？有，按规定满足条件的可以申请免考，私信咨询",
    "有人说焊工证免考不存在？有，符合条件的老证复核后可以换新证，私聊问条件",
    # review153's bare yes, going on to a victim's or a reporter's words (hearsay2's list)
    "有人说焊工证免考不存在？可以的，交了钱就拉黑，私信我看聊天记录",
    "有人说电工证不用考不存在？有，上个月被抓了一个，私聊我看新闻",
    "有人说焊工证免考不存在？有，判刑的都有，私聊发你链接",
    "网友说登高证不考拿证没这回事？有，警惕这种广告，私信我发你截图",
    # hearsay2's answer back, going on to the law, a fake's warning or a school's course
    "有人说焊工证免考不可能？可能的，按规定满足条件的可以申请免考，私信咨询",
    "有人说焊工证免考不可能？可能的，那是假证，查不到，私信我教你辨别",
    "有人说焊工证免考不可能？可能的，考试很简单，找我报名培训，私聊",
    "网友说电工证不用考不可能？可能的，符合条件的老证可以换证，私聊问条件",
    "有人说登高证不考拿证不可能？可能的，先报名上课再考试，私信我",
    "有人说电工证免考不可能？可能的，先报名培训，考试合格后发证，私信报名",
    "有人说电工证免考不存在？有，本人申请复审，免考理论，电话12350",
]
#: The same hook selling, written slightly differently: both readings still take it.
_ASKED_SOLD = [
    "有人说焊工证免考不可能？可能的，考试不用去，找我，私聊",
    "有人说电工证免考不存在？可以的，考试不用去，私聊",
    "有人说焊工证免考不存在？有，十天出证，加v",
    "网友说叉车证不用考不可能？可能的，交钱就行，私聊",
    "有人说登高证免考不存在？当然有，不用去考场，私我",
    "有人说焊工证免考不存在？可以的，不用培训不用考，私聊",
    # the second reading: the seller's own 报名 / 不用申请 / 不用培训 are no school's answer
    "有人说焊工证免考不可能？可能的，报名就拿证，不用考，私聊",
    "有人说焊工证不用考不可能？可能的，交钱报名直接拿证，私聊",
    "有人说焊工证免考不存在？有，不用申请，交钱就办，私聊",
    "有人说焊工证免考不可能？可能的，不用培训，十天拿证，私聊",
]
#: Schools' enrolment and study material named before the office's act: not the writer's way.
_OFFICE_LAWFUL = [
    "有人说电工证不用考，不存在的，本司有报名渠道，管理局直接发证，私信报名",
    "有人说电工证不用考，不存在的，本司渠道报名，管理局直接发证到手机，私信咨询",
    "有人说焊工证不考拿不到，不存在的，我这有内部教材，应急管理局直接发证，私信报名",
]
#: The writer's own way to the office, sold, as review153 reads it.
_OFFICE_SOLD = [
    "有人说电工证不用考，不存在的，本司有内部渠道，管理局直接发证，私聊",
    "有人说电工证不用考，不存在的，本司内部名额，管理局马上下证，私聊",
    "有人说焊工证不考拿不到，不存在的，我这有门路，应急管理局直接发证，报名私聊",
    "有人说焊工证不考拿不到，不存在的，我这有熟人，应急管理局直接发证，私聊",
]
#: Left alone, firing on the starting code and before review153 too: the stance step's
#: self-answered question read in a lawful yes; a long candidate past the warning's reach (报名渠道 /
#: 报考渠道 … 直接发证); a school without 本校 / 我这; CS-001 / CS-006 on 不去考场拿证 before a lawful
#: 可以的 (before review153 too).
_LAWFUL_LEFT = [
    "有人说焊工证免考不可能？可以的，符合条件的老证可以免考换证，私聊问条件",
    # (issue 9, session 75, lawful14) 有人问电工证能不能免考？可以的，符合条件的复审可免考，私信问流程
    # is silent now in every pack (``stance._exempt_by_law``), tested in test_lawful14_session75.py
    "有人说电工证不用考，不存在的，我们有报名渠道，应急管理局直接发证到手机，私聊报名",
    "有人说电工证不用考，不存在的，我司有报考渠道，考完管理局直接发证，私信",
    "我们有渠道报名，管理局直接发证，报名电话 0755-22223333",
    "群友说叉车证不去考场拿证不可能？可以的，按规定可以在工作地申请考试，私信问流程",
]
#: Left alone, missed on the starting code too: review153's 报名 exclusion reads the seller's own
#: 报名 (报名交钱十天出证; 抓紧报名). (issue 9, session 74, asked1) Both sell now: the one account
#: of the asked yes (``stance.asked_yes_withheld``) reads no bare 报名 and no 抓紧 as the school's or
#: the victim's; and the debunker's 存在的，那是假证 is silent in the default pack (the stance stage
#: reads the same account). Kept as plain tests.
_SOLD_NOW = [
    "有人说电工证免考不存在？有，报名交钱十天出证，加v",
    "网友说电工证免考不可能？可能的，抓紧报名，名额有限，私聊",
]
_LAWFUL_NOW = [
    "有人说焊工证免考不存在？存在的，那是假证，私信我教你辨别",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _ASKED_LAWFUL)
def test_the_asked_denials_lawful_yes_stays_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _ASKED_SOLD)
def test_the_asked_denials_sold_yes_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _OFFICE_LAWFUL)
def test_a_schools_enrolment_way_is_not_the_writers_way(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _OFFICE_SOLD)
def test_the_writers_own_way_to_the_office_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.xfail(strict=True, reason="left alone: fires on the starting code too")
@pytest.mark.parametrize("text", _LAWFUL_LEFT)
def test_lawful_lines_left_firing(det, text: str) -> None:
    assert_silent(det, text, None)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SOLD_NOW)
def test_sellers_left_missed_now_sell(det, text: str, packs) -> None:
    # (issue 9, session 74, asked1) the strict xfail of round 88, now passing
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", [None, DEFAULT])
@pytest.mark.parametrize("text", _LAWFUL_NOW)
def test_lawful_line_left_firing_now_silent(det, text: str, packs) -> None:
    # (issue 9, session 74, asked1) the strict xfail of round 88, now passing in the default pack
    # (CS-001 gone: the stance echo reads the one account's 假证 / 辨别)
    assert_silent(det, text, packs)


@pytest.mark.xfail(
    strict=True, reason="left alone: FC-201 reads 假证 with the 私信 in certificates"
)
@pytest.mark.parametrize("text", _LAWFUL_NOW)
def test_lawful_line_still_firing_in_certificates(det, text: str) -> None:
    assert_silent(det, text, CERTS)
