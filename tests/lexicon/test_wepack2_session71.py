"""Session 71, wepack2: the exam taken on by the seller in words GP-006 did not read (考试不用愁 /
考试方面您放心 / 考试全包 / 考试我们替你搞定), and GP-103 on an employer's notice paying the retake.
Sentences written for this file (not from any held-out set, the corpus nor the rules' fixtures).

- (a) schools say 考试不用愁 / 考试方面您放心 / 考试全包 (the fees included) too: what the
  reassurance rests on decides. The seller's own doing (我们有办法, 我们兜底), the paper delivered
  (当月出证) or a private contact right after is a seller's; the school's teaching (老师手把手教到会)
  or its fee list (考试全包=报名费+考试费) is not.
- (b) the words one step from GP-006's: 考试这一关我们替你过, 考试我们替你搞定, 考试我们包准能过.
- (c) an employer's or a project's notice paying the holder's own retake (公司福利 / 项目部 / 车间通知:
  补考费我们出) is no refund promise of a training ad; a school's 没过补考费我们出 is.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    EVERY_PACK,
    WITH_SPECIAL,
    WITH_TRAINING,
    Packs,
    assert_sells,
    assert_silent,
)

#: (a, b) Sellers taking the exam on in words GP-006 did not read: found with the default pack on.
_SELLERS = [
    # chat
    "焊工证考试不用愁，我们有办法，私聊",
    "制冷证考试不用你操心，私聊",
    "叉车证考试你放心，我们有门路，加v详谈",
    "焊工证考试全包，私聊",
    "焊工证报名考试全包，当月拿证，私聊",
    "制冷证考試這塊不用愁，我們有辦法，私聊",
    # poster and OCR
    "【焊工证】考试方面您放心 当月出证 全国可查 v信同号",
    "登高证考试不用愁 我们兜底 当月拿证 vx gd_8812",
    "高压电工证\n考试不用愁\n当月出证\n私我",
    "焊工证考试全包 当月下证 可查 私聊",
    # transcript
    "嗯就是那个叉车证嘛考试你不用愁的我们这边兜底的你加我微信就行",
    "那个电工证嘛考试您放心的我们有办法的您直接加我v就行",
    # (b)
    "焊工证考试这一关我们替你过，私聊",
    "电工证考试我们替你搞定，私聊",
    "电工证考试我们包准能过，私聊",
    "登高证考试这一关我们替你搞定，当月拿证，电话13912345678",
]

#: (a, b) Schools, learners and reporters with the same words: silent in every pack run.
_LAWFUL = [
    "电工证培训，考试不用愁，老师手把手教到会，报名电话13912345678",
    "焊工证培训，考试全包=报名费+考试费+教材费，咨询13912345678",
    "叉车证培训，考试方面您放心，我们老师会全程辅导，报名电话13912345678",
    "电工证考试不用愁，题库刷三遍，实操练到位，报名电话13912345678",
    "焊工证考试不用愁，我们有办法让你学会，电话13912345678",
    "叉车证学费2800元，考试全包，不另收费，报名电话13912345678",
    "登高证考试你放心，只要认真上课，老师会教到会，报名电话13912345678",
    "【电工证培训】\n考试不用愁\n小班教学 手把手\n报名电话13912345678",
    "嗯电工证考试你不用愁的老师会一遍一遍带你练的你报个名就行",
    "制冷证考试不用你操心报名的事，学校统一办理，电话13912345678",
    "焊工证考试不用愁，当月开班，报名电话13912345678",
    "电工证考试我们包准时接送，报名电话13912345678",
    "记者暗访：中介称焊工证考试不用愁，他们兜底，实为替考",
    "学员问：电工证考试不用愁吗？老师答：认真学就能过",
    "焊工证考试这一关得自己过，我们替你搞定的只有报名材料，电话13912345678",
]

#: (c) An employer's notice paying the holder's own retake: GP-103 silent in the training runs.
_EMPLOYER_RETAKE = [
    "公司福利：叉车证培训补考费我们出，考试自己去考，报名找人事13912345678",
    "项目部：电工证补考费我们承担，补考本人参加，电话13912345678",
    "车间通知：电工证没考过的下月补考，补考费我们出，请按时参加，联系人张工13912345678",
    "班组通知：登高证没过的补考费我们出，补考须本人到场，联系人李工13912345678",
    "工会福利：焊工证补考费我们承担，考试本人去考，有事找办公室13912345678",
]

#: (c) Schools that pay the retake to sell their course: GP-103 still fires.
_RETAKE_SELLERS = [
    "电工证培训，没过补考费我们出，报名电话13912345678",
    "焊工证培训班，补考费我们承担，私聊",
    "开班通知：电工证没过的补考费我们出，名额有限，报名电话13912345678",
    "本公司承接叉车证培训，补考费我们出，报名电话13912345678",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SELLERS)
def test_sellers_taking_the_exam_on_fire(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL)
def test_schools_reassurance_is_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _EMPLOYER_RETAKE)
def test_employer_retake_fee_is_no_refund_promise(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs, of="GP-103")


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _RETAKE_SELLERS)
def test_retake_fee_sellers_still_fire(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, "GP-103", packs)
