"""Session 72, helper review147: the second reading of hearsay, then its question-shaped sellers.

Sentences written for this file (none is a row of holdout254, of any other set or of any real
text).

- hearsay's reading (``silence._claim_resold``) took the issuing office's own word after the
  school's place (本公司只做培训，考试合格后由应急管理局发证; 发证是应急管理局的事; 出证要等…审核)
  for the writer's offer: these lawful lines must stay silent in every pack run, as the
  regulators', papers', schools', learners' and police lines the task named already were.
- the seller who asks the rumour's denial as a question and answers it with its own reversal
  and a call (网友说的电工证不用考没有这回事？其实可以，懂的来; 有人说焊工证免考不存在？真的存在，滴滴我)
  was read by the stance step as a report (转述 + 问句) or by the post-denial step (不存在 after
  the skip): the reversal with a call answers the question in the seller's own voice. The lawful
  twins (the renewal's route, the denial confirmed, a report or a warning after the reversal)
  stay silent.
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

#: Sellers who ask the denied rumour and answer it with their own reversal and a call.
_ASKED_SOLD = [
    "网友说的电工证不用考没有这回事？其实可以，懂的来",
    "有人说焊工证免考不存在？真的存在，滴滴我",
    "楼主说的电工证免考拿证，不存在？存在的，找我，二十天出",
    "网友说登高证免考拿证不可能？不是不可能，找我们就行，私聊",
    "群友说登高证不去考场就拿证没这回事？其实有，加v细聊",
    "都说制冷证不考拿证不存在？存在的，私我，半个月到手",
    "別人說電工證免考不存在？真的存在，私聊",
    "网上都说焊工证不用考没这回事？其实可以，电话 13912345678",
    # the second reading: the same turn written slightly differently
    "有人说电工证不考拿证没这回事？其实可以，交钱就办，微信 dg_5566",
    "听说焊工证免考不存在？存在的，内部名额，私聊",
    "有人说登高证免考的没有，其实有，私我",
]
#: Their lawful twins: the renewal's route, the denial confirmed, a report or a warning after
#: the reversal, a school's no.
_ASKED_LAWFUL = [
    "有人说焊工证复审不用考不存在？真的存在，复审只需参加安全培训，到期前报名，电话 0755-22223333",
    "网上说电工证免考不存在？存在的，只是针对复审，本人参加复审培训即可，咨询 0755-22223333",
    "有人问叉车证免考不可能吗？不可能的，想拿证就报名考试，电话 0755-22223333",
    "楼主说的焊工证免考拿证，不存在？不存在的，本校学员都是自己考的，报名电话 0755-22223333",
    "有人说焊工证免考拿证不存在？存在的，这就是诈骗，警方提醒不要相信",
    "记者调查：网上说电工证免考不存在？其实有，不少中介声称交钱就能办，记者拨打了对方电话 13812345678",
    "都说叉车证不考拿证不可能？真的不可能，我老老实实考了两次才过，推荐这家培训",
    "网友说电工证不用考没有这回事？确实没有，必须参加考试，咨询 12350",
    "有人说叉车证免考不可能？其实可以，满足条件的可以免考理论，具体咨询当地应急管理局",
    "网友问焊工证不考就拿证不存在？真的存在，很多人上当了，大家别信，举报电话 12345",
    "网传高处作业证免考不存在？其实有，是骗子的话术，交了钱就拉黑，大家警惕",
    "群里都说电工证代考没有这回事？其实有，已经有人被抓了，别碰",
    "有人说登高证免考拿证不可能？其实可能，但那是违法的，查到要吊销，私信我了解正规报名",
    # the second reading: the lawful exemption, the exam in person, a victim, the police, a no
    "有人说高处作业证免培训不存在？其实有，相关专业毕业的可以申请免培训，但考试必须本人参加，咨询 0755-22223333",
    "网友说电工证不考拿不到没这回事？其实可以，考试本人到考点参加，考过就发证，报名电话 0755-22223333",
    "有人说叉车证免考不存在？真的存在，我朋友就信了，交了三千块被骗，大家别信",
    "都说焊工证不考拿证不可能？不是不可能，是违法，抓到要判刑",
    "有人问电工证不去培训直接考试不可能？其实可以，社会考生可以直接报名考试，电话 0755-22223333",
    "有人说焊工证免考的没有，其实有，就是复审，私信问流程",
    "有人说焊工证代考不存在？其实有，我们这次抓的团伙就是，警方提醒",
    "网友说登高证不考就拿证没这回事？其实有，不过都是假证，查不到，私信我教你辨别",
    "有人说电工证免考不可能？其实有，退役军人可以免考部分科目，具体问人社局 12333",
]
#: The risks the task named for hearsay's reading, and its school's place before the issuing
#: office's own word (发证 / 出证 / 下证 said of the office, not of the writer).
_HEARSAY_LAWFUL = [
    "网传电工证不用考，不存在的，我这边提醒大家：必须参加考试，咨询 12350",
    "有人说焊工证能买，假的，本局提醒，举报电话 12345",
    "网传焊工证交钱就能拿，不存在的，我这边提醒：证书由应急管理局发证，可在官网查询",
    "有人说电工证能代办，假的，我们这里提醒：代办都是骗局，举报电话 12350",
    "听说电工证可以代办，不可能，咱这是正规考点，代办的都是骗子，报名请到前台",
    "网友说电工证免考，谣言，本司只提供培训，考试合格后由官方发证，可官网查询，私信咨询课程",
    "别家都是假的，我们是正规考点，报名电话 0755-88886666",
    "焊工证报名 别家都是骗子 这家是真的正规学校 考试本人考 推荐",
    "电工证培训，还以为是骗子，结果是真的正规学校，考试自己考的，推荐",
    "好评 电工证培训 还以为是骗局 结果是真的学校 自己考过的 推荐给需要的朋友",
    "叉车证培训 之前担心是骗子 老板靠谱 全程按规定考试 需要的可以找他报名",
    "嫌疑人称“电工证不用考？其实可以，找我就行，交钱出证”，随后被警方抓获",
    "嫌疑人在群里说“有人说电工证不用考不存在的，其实可以，找我交钱出证”，目前已被刑拘",
    "法院查明：被告人对外宣称“别人说焊工证免考是假的，我这内部渠道十天出证”，骗取钱款",
    "有人说电工证过期就作废，其实可以，网上申请复审就行",
    "有人说焊工证到期不能延期，不存在的，其实可以，网上申请复审就行，私信问流程",
    "网友说电工证异地不能复审，不存在的，其实可以，咨询当地应急管理局",
    # the second reading: the issuing office named before or after the issue word
    "有人说我们考点能直接拿证，不存在的，本公司只做培训，考试合格后由应急管理局发证",
    "有人说本校能直接拿证，不存在的，本公司只负责培训，发证是应急管理局的事",
    "网上说这里交钱就能拿焊工证，没有这回事，我司只做培训，考试通过后由发证机关出证",
]
#: Left alone: older than hearsay (they fire on a9be0fe6 too): the school's 我这边 read as the
#: writer's offer after a verdict the warning step does not cover.
_LAWFUL_LEFT = [
    "都说叉车证能直接拿，假的，我这边只管培训，出证要等市场监管局审核",
    "有人说登高证不去考也能拿，假的，找我报名培训，考试合格后二十天左右发证",
]
#: hearsay's sellers of the neighbouring shape, which must still sell after the second reading.
_HEARSAY_SOLD = [
    "都说高处作业证不考拿不到，不存在的，本公司代办，由我们直接发证",
    "都说熔化焊证不考拿不到，压根没这回事，交钱我这直接下证",
    "有人说电工证不用考，不存在的，本司内部渠道，十天出证，微信 dg_5566",
    "有人说电工证不考拿不到，不存在的，本司代办，官方直接发证，私聊",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _ASKED_SOLD)
def test_a_denied_rumour_asked_and_reversed_with_a_call_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _ASKED_LAWFUL)
def test_the_asked_rumours_lawful_answers_stay_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _HEARSAY_LAWFUL)
def test_rumour_busting_and_the_issuing_office_stay_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _HEARSAY_SOLD)
def test_hearsays_sellers_still_sell(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.xfail(strict=True, reason="left alone: older than hearsay, the school's place read")
@pytest.mark.parametrize("text", _LAWFUL_LEFT)
def test_a_schools_place_after_an_uncovered_verdict_still_fires(det, text: str) -> None:
    assert_silent(det, text, None)
