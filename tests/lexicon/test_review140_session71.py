"""Session 71 (review140): a second reading of fixers' EF-005 (the exam fixed rather than skipped).

Sentences written for this file (not from holdout251 nor any other held-out set, nor the rules'
fixtures).

Three things a reviewer would call wrong in EF-005 as merged:

* its bare 帮你提交 is a school's or an agent's everyday service -- the registration papers handed
  in for the learner, who still sits the exam himself -- and its 帮你改成 is a teacher correcting a
  learner's posture; those lines fired EF-005 in the default pack;
* fixers one step away from its list (the exam-room cameras switched off, the answers read into an
  earpiece, a fail that "still passes") were found by the learned model only;
* its message said a special-operations certificate is issued "only by the issuing authority after
  the exam" and cited article 284-1 without the caveat ``law.yaml`` keeps: whether a
  special-operations exam is a 法律规定的国家考试 is decided case by case.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.lexicon.lexicon_once import fresh_lexicon
from tests.lexicon.scanning import EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

_RULES = {r.id: r for r in fresh_lexicon().rules}

#: Lawful: a school or an agent hands in the registration papers; a teacher corrects a posture.
#: EF-005 fired on the first four in the default pack on main a2e66101.
PAPERS_HANDED_IN = [
    "叉车证报名：我们帮你提交报名材料，学员只需带身份证来学校。",
    "电工证报名材料帮你提交到应急管理局，考试还得自己去考，咨询13800001111",
    "焊工证复审不用跑腿，资料我们帮你提交，学员本人按时参加考试即可，电话0571-88886666",
    "报名电工证后老师会帮你改成正确的操作姿势。",
    "高处作业证体检表我们帮你提交，理论和实操请学员本人认真备考，微信gz2024",
    "制冷证换证申请帮你提交到政务服务网，办好短信通知，电话13700004444",
]

#: Sellers: the system fixed, written without the bare 帮你提交 (still found after the narrowing).
SYSTEM_STILL_FOUND = [
    "焊工证机考那边有人帮你提交答案，你坐着就行，私我",
    "电工证理论机考，后台有人替你交卷，加v dg_1401",
    "叉车证考试系统我们这边帮你提交试卷，零基础也过，私聊",
]

#: Sellers one step away from EF-005's list: the cameras, the earpiece, a fail that still passes.
ONE_STEP_AWAY = [
    "电工证考试监控那边关了，放心去考，私聊",
    "焊工证理论答案耳机里报，你照着写就行，微信联系",
    "电工证成绩录入那边有人，挂了也能过，v信 zx8899",
    "电工证考场监控我们这边能关，人到就行，私聊",
    "焊工证考试给你配个耳机，答案有人报，微信hg9900",
    "叉车证考试当天监控都关了，你随便考，加v 9988",
]

#: Lawful: notices, learners and warnings with the new words.
ONE_STEP_LAWFUL = [
    "焊工证考场的监控关了吗？不可能，每个机位都有摄像头，别动歪心思。",
    "电工证考点通知：考试期间监控关了的考场，成绩一律作废，考生请知悉。",
    "有考生问电工证考试耳机里报答案能不能过，考点回应：一经发现取消成绩。",
    "叉车证考试严禁携带耳机，答案有人报的说法纯属谣言。",
    "我们考点的监控那边关了维修，焊工证考试改到下周，考生请留意短信。",
    "制冷证考试：考生请勿佩戴耳机，答案有人报等信息均为诈骗。",
    "记者暗访：卖家称电工证考场监控能关，答案耳机里报。",
    "电工证理论挂了也能过吗？不能，只能补考一次，补考再不过要重新培训。",
    "焊工证实操挂了也能过？别做梦了，我们班挂了的都老老实实补考。",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", PAPERS_HANDED_IN)
def test_registration_papers_handed_in_for_the_learner_stay_silent(
    det: Any, text: str, packs: Any
) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", SYSTEM_STILL_FOUND)
def test_the_system_fixed_is_still_found(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, "EF-", packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", ONE_STEP_AWAY)
def test_cameras_earpiece_and_a_fail_that_passes_are_found_by_a_rule(
    det: Any, text: str, packs: Any
) -> None:
    assert_sells(det, text, "EF-", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", ONE_STEP_LAWFUL)
def test_notices_learners_and_warnings_with_the_new_words_stay_silent(
    det: Any, text: str, packs: Any
) -> None:
    assert_silent(det, text, packs)


def test_ef005_message_keeps_the_caveat_of_article_284_1() -> None:
    """law.yaml's crim-284-1 caveat: whether a special-ops exam is a national exam is case by case;
    sp-5 says a worker needs the certificate before working, not who issues it."""
    rule = _RULES["EF-005"]
    assert "crim-284-1" in rule.law and "sp-5" in rule.law
    assert "个案认定" in rule.message
    assert "考核发证机关颁发" not in rule.message
