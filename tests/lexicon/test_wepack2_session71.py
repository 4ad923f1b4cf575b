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
    "高压电工证\n考试不用愁\n当月出证\n电话13912345678",
    "焊工证\n考试全包\n当月拿证\n加v：hg_2231",
    "焊工证考试全包 当月下证 可查 私聊",
    # transcript
    "嗯就是那个叉车证嘛考试你不用愁的我们这边兜底的你加我微信就行",
    "那个电工证嘛考试您放心的我们有办法的您直接加我v就行",
    # (b)
    "焊工证考试这一关我们替你过，私聊",
    "电工证考试我们替你搞定，私聊",
    "电工证考试我们包准能过，私聊",
    "登高证考试这一关我们替你搞定，当月拿证，电话13912345678",
    # found by the second reading
    "电工证考试不用愁，有人兜底，私聊",
    "叉车证考试全包，人不用到，当月拿证，私聊",
    "焊工证考试全包，不用去考场，私聊",
    "电工证考试你放心，我们这边有关系，微信同号13912345678",
]

#: Still missed (strict): the private contact on its own line gives the stance no offer (GP-006
#: needs_offer 0/2 on the earlier lines); the model reads it.
_SELLERS_MISSED = [
    "高压电工证\n考试不用愁\n当月出证\n私我",
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
    "焊工证考试这一关得自己过，我们替你搞定的只有报名材料，电话13912345678",
    # found by the second reading
    "焊工证考试全包，私人订制课表，报名电话13912345678",
    "电工证考试全包，含报名费考试费，当月开课，电话13912345678",
    "新闻：不法中介打出“焊工证考试不用愁，当月拿证”的广告，警方已立案",
    "应急管理局提醒：声称“电工证考试全包，私聊拿证”的都是骗局",
    "叉车证考试不用愁，拿证靠自己学，老师随时答疑，报名电话13912345678",
    "制冷证考试方面您放心，出证时间以考点公布为准，报名电话13912345678",
    "电工证考试不用愁，加我微信领免费题库",
    "焊工证考试不用愁，私信领取模拟题",
    "驾照考试全包，另开电工证培训，私聊",
]

#: The backing word that names only the school's own part, the look-up, the price: GP-006 silent
#: (GP-005 and, in the training runs, GP-109 read 兜底 on the unchanged code and are left alone).
_LAWFUL_OF_GP006 = [
    "焊工证考试不用愁，我们兜底的是教学质量，电话13912345678",
    "电工证考试你放心，我们兜底的只有食宿，报名电话13912345678",
    # the certificate's look-up and the price (FC-209 in the certificate runs, CS-001 by default
    # read these on the unchanged code and are left alone)
    "电工证考试你放心，证书可查，都是考点发的，报名电话13912345678",
    "叉车证考试全包价3800，拿证后可在应急管理部网站查询，报名电话13912345678",
]

#: Still fires (strict): GP-002 reads the teacher's answer 认真学就能过 on the unchanged code.
_LAWFUL_STILL_FIRING = [
    "学员问：电工证考试不用愁吗？老师答：认真学就能过",
]

#: (c) An employer's notice paying the holder's own retake: GP-103 silent in the training runs.
_EMPLOYER_RETAKE = [
    "公司福利：叉车证培训补考费我们出，考试自己去考，报名找人事13912345678",
    "项目部：电工证补考费我们承担，补考本人参加，电话13912345678",
    "车间通知：电工证没考过的下月补考，补考费我们出，请按时参加，联系人张工13912345678",
    "班组通知：登高证没过的补考费我们出，补考须本人到场，联系人李工13912345678",
    "工会福利：焊工证补考费我们承担，考试本人去考，有事找办公室13912345678",
    # found by the second reading
    "公司福利：电工证培训费和补考费公司全包，考试本人去考，人事13912345678",
    "车间通知：焊工证没过的同事补考费我们出，补考本人去，报名找班长13912345678",
]

#: (c) Schools that pay the retake to sell their course: GP-103 still fires.
_RETAKE_SELLERS = [
    "电工证培训，没过补考费我们出，报名电话13912345678",
    "焊工证培训班，补考费我们承担，私聊",
    "开班通知：电工证没过的补考费我们出，名额有限，报名电话13912345678",
    "本公司承接叉车证培训，补考费我们出，报名电话13912345678",
    # found by the second reading: an employer's word beside the school's own
    "车间主任推荐：电工证培训班，没过补考费我们出，报名电话13912345678",
    "培训学校招生：焊工证没过补考费我们出，报名电话13912345678",
    "电工证培训，补考费我们出，人事代理也能办，私聊",
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


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL_OF_GP006)
def test_backing_word_naming_the_schools_part_is_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs, of="GP-006")


@pytest.mark.xfail(strict=True, reason="the contact on its own line gives no offer (write-up)")
@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SELLERS_MISSED)
def test_sellers_still_missed(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.xfail(strict=True, reason="GP-002 reads 认真学就能过 on the unchanged code")
@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _LAWFUL_STILL_FIRING)
def test_lawful_still_firing(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)
