"""Session 61, left31: sellers silent in every pack at round 71's start (holdout201's shapes).
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- A teacher's, a coach's or a master's turn in a training shop's chat answering the learner's
  能直接拿吗 with a yes (放心吧 / 可以 / 能) and the skip (``silence._CHAT_YES_SKIP``): the buyer's
  question is the chat's hook, not the writer's doubt.
- The pay-then-mail pitch dressed in an office's words with the seller's 到手 (付钱后由窗口邮寄，三天到手):
  ``$office_no_visit``'s exception is broken by 到手 in CS-001 / CS-201 / CS-004 / CS-203.
- Teachers answering honestly, offices mailing the card home after the review or the paid
  reissue, and a school's 放心 with the exam in person stay silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids_no_model

_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]


# --- (1) the teacher's / coach's / master's yes and skip in a chat ------------------------------

_TEACHER_YES = [
    "学员：登高证能直接拿吗？\n老师：放心吧，不用考，交钱就发，加v dg_4410",
    "学员：高压电工证能直接拿吗？\n李老师：放心吧，不用考，交钱就发，微信 lg_7731",
    "学生：焊工证能直接拿吗？\n教练：放心，不用考，一周寄到，加v jl_2290",
]


@pytest.mark.parametrize("text", _TEACHER_YES)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_teacher_yes_skip_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "CS-001" in rule_ids_no_model(det, text, packs), text


# (the certificates pack alone has no CS-201 candidate on 高压电工证能直接拿: its model only, left)
@pytest.mark.parametrize("text", _TEACHER_YES[:1])
def test_teacher_yes_skip_certificates(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "CS-201" in rule_ids_no_model(det, text, CERTS), text


# --- (2) pay, then the counter mails it, in the buyer's hand in days ---------------------------

_PAY_THEN_MAIL = [
    "电工证不用本人到场，付钱后由窗口邮寄，三天到手",
    "焊工证无需本人到场，付款后由发证窗口邮寄，五天到手",
]


@pytest.mark.parametrize("text", _PAY_THEN_MAIL)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_pay_then_mail_in_hand_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "certificate_sale" in categories(det, text, packs), text
    assert "CS-001" in rule_ids_no_model(det, text, packs), text


# --- (3) the lawful neighbours stay silent ---------------------------------------------------------

_LAWFUL = [
    "学员：登高证能直接拿吗？\n老师：不用担心，认真学就能考过，考试还是要本人参加",
    "学员：电工证好考吗？\n老师：放心吧，不难，认真学两周就能考过，报名电话 0571-86001234",
    "学员：制冷证考试需要本人去吗？\n师傅：需要，本人到考点考试，考过才发证，别信交钱就发的",
    "学员：叉车证能直接拿吗？\n教练：放心，报名后统一考试，考试合格就发证",
    "老师：放心吧，不用考的那门是选修课，期末只考必修，大家按时交作业就行",
    "电工证补办：在线提交申请，缴纳工本费后由发证窗口邮寄，三个工作日内寄出，咨询电话 0571-87001234",
    "电工证补办无需本人到场，缴费后由发证窗口邮寄，三个工作日内寄出",
    "复审合格后证书可邮寄到家，邮费到付，不用再跑一趟政务大厅。",
    "婚礼一条龙包办，场地布置、摄影、主持都不用操心，电话 13812349876",
    "网友：焊工证能报名吗？\n商家：能，需要本人考试，考试合格才发证",
]


@pytest.mark.parametrize("text", _LAWFUL)
@pytest.mark.parametrize("packs", _PACKS)
def test_lawful_neighbours_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert not rule_ids_no_model(det, text, packs), (text, packs)
