"""Session 74, helper asked1: one reading of the asked denial answered back.

Sentences written for this file (none is a row of a held-out set or of any real text; the task's
own examples are quoted from the task, not from a set).

Round 88 left four readings of one hook -- a question that denies the trade (…不存在？ / …不可能？ /
…办不下来？ / …拿不到？) answered by the writer himself (有 / 可以的 / 可能的 / 办得下来 / 拿得到) and then a
call or an offer -- each with its own account of "the yes is about the law, judged, or the school's":
review153's bare yes (``silence._claim_asked_yes``), hearsay2's answer back
(``silence._denial_answered_back``), review157's frame reading
(``stance._heard_claim_answered_back``) and hearsay2's echo in the question reading
(``stance._claim_asked_echoed`` / ``_claim_asked_reversed``). A line worded past one list and not
the other came out differently by the reading that took it. The sentences below are where the old
lists disagreed, each with its answer, and the task's left lines with their lawful twins.
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

#: Where the old lists disagreed, lawful: hearsay2's answer back had no bare school word (开班,
#: 上课, 学习, 考试) and only review157's frame list had 查不到 (the victim's warning).
_MERGE_LAWFUL = [
    "有人说登高证免考不可能？可能的，周末开班，私信",
    "有人说焊工证免考不可能？可能的，考试很简单，上课认真听就行，私聊",
    "有人说电工证免考不可能？可能的，学习两周就能考，私信报名",
    "有人说焊工证免考不存在？有，办了也查不到，私信我发你截图",
    "网友说电工证不用考不可能？可能的，办了网上查不到，私信我看截图",
]
#: Where the old lists disagreed, sellers: review153's bare 报名 took the seller's own enrolment
#: (交钱报名), both lists' 骗 took the seller's denial of fraud (不是骗人的), both lists' 抓 took 抓紧.
_MERGE_SOLD = [
    "有人说电工证免考不存在？有，交钱报名，十天出证，加v",
    "有人说焊工证免考不可能？可能的，不是骗人的，十天出证，私聊",
    "网友说登高证免考不存在？有，抓紧时间，名额不多，私聊",
    # the task's left sellers
    "有人说电工证免考不存在？有，报名交钱十天出证，加v",
    "网友说电工证免考不可能？可能的，抓紧报名，名额有限，私聊",
    "有人说焊工证不考办不下来？办得下来，不是骗子，我这半个月出，私我",
]
#: The same sellers written slightly differently: the school's word beside the trade, the study
#: skipped, the record said to be found: these fired before and must still.
_NEAR_SOLD = [
    "网友说电工证免考不可能？可能的，培训一天，十天出证，私聊",
    "有人说焊工证免考不存在？有，不用培训也不用考试，十天拿证，加v",
    "有人说焊工证免考不存在？有，官网查得到，十天出证，私聊",
    "有人说焊工证不考办不下来？办得下来，绝对不是骗子，半个月出证，私我",
    "有人说焊工证免考不可能？可能的，找我报名，十天出证，私聊",
    "网友说电工证免考不可能？可能的，报名交钱就出证，私聊",
    # the second reading: the fraud or the fake denied by the seller, the course beside the pass
    "网友说焊工证免考不存在？有，不是假证，官网能查，半个月出证，私聊",
    "有人说登高证免考不可能？可能的，不骗人，交钱就办，加v",
    "有人说焊工证不考办不下来？办得下来，培训走个过场，包过，私我",
]
#: Their lawful twins: the school's enrolment with its course and exam, the fraud named (not
#: denied, or denied only to be asserted: 不是骗子才怪), the victim's 抓.
_TWINS_LAWFUL = [
    "网友说电工证免考不可能？可能的，抓紧报名培训，考试合格才发证，私聊",
    "有人说电工证免考不存在？有，报名交钱都是骗局，私信我看截图",
    "有人说焊工证不考办不下来？办得下来，是骗子的说法，我这只做培训，私我报名",
    "有人说焊工证不考办不下来？办得下来，那不是骗子是什么，私信我发你截图",
    "有人说焊工证免考不可能？可能的，报名交钱后考试合格才发证，私信报名",
    "有人说登高证免考不可能？可能的，不是骗子才怪，私信我看聊天记录",
    "网友说电工证免考不存在？有，上周刚抓了一个，私信我发你新闻",
    "有人说焊工证免考不可能？可能的，找我报名培训，私聊",
    # the second reading: the fraud denied only to be asserted, the victim's 不骗你, the school's
    # course, the renewal after 不是假的; and the lawful debunk with 没有的事 (the weak report word
    # 有的 inside it keeps it silent: why the seller's 没有的事？行 is left alone, below)
    "有人说焊工证免考不可能？可能的，不是骗子能说出这话？私信我看截图",
    "有人说焊工证不考办不下来？办得下来，不是骗子谁会这么说，私信我看截图",
    "网友说叉车证免考不存在？有，不骗你，去年就有人被抓了，私信我发新闻",
    "有人说焊工证不考办不下来？办得下来，不是假的，就是复审，私信问流程",
    "有人说焊工证不考办不下来？办得下来，认真培训包教包会，私我报名",
    "有人说登高证不用考，没有的事，必须本人考试，报名私信",
]

# Left alone (task lines, still wrong after this round), pinned as strict xfails in round 88's
# files already (test_review161 / test_review153), not repeated here: the stance stage's
# self-answered question (``_answered``: the bare yes and a 私信 call, not one of the four readings)
# 有人问电工证能不能免考？可以的，符合条件的复审可免考，私信问流程; and 没有的事 read as the weak report
# word 有的 (masking it made the lawful debunk above fire, CS-001) 有人说登高证不用考没有的事？行，交钱就办，
# 微信 dg_5566.


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _MERGE_LAWFUL + _TWINS_LAWFUL)
def test_the_asked_denials_lawful_yes_is_silent_whichever_reading(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _MERGE_SOLD + _NEAR_SOLD)
def test_the_asked_denials_sold_yes_sells_whichever_reading(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)
