"""Session 68, cats2: findings in the wrong category. Sentences written for this file (not from
holdout229, holdout230, any other holdout set, the corpus nor the rules' fixtures).

- (a) A renewal answer that lets the holder show a face and leave while the seller hangs the
  course hours on the record (复审那天露个面就行，学时我们给你挂上): a renewal sold, so
  certificate_sale (CS-227), and no exam_fraud -- there is no exam in it to cheat.
- (b) The same words with an exam in sight (考试那天, 考场有我们的人) stay exam_fraud.
- (c) Lawful twins of (a), silent in every pack run: an office's or a school's renewal answer, a
  school's notice on how hours are recorded, a news report that quotes the seller.
- (d) A seller that says the exam is skipped and then makes the card (不用考，直接给你做一本):
  fake_certificate and certificate_sale both (docs/lexicon.md, round 15's precedence row
  伪造之物: an exam skipped outright keeps the sale). A card made with no exam skipped stays
  fake_certificate alone.
- (e) Lawful twins of (d), silent in every pack run.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

# --- (a) renewal sold: certificate_sale, no exam_fraud ------------------------------------------

_RENEWAL_SOLD = [
    "问：登高证到期了怎么弄？\n答：不用回去考，复审当天本人露个面就行，课时我们给你挂上，微信 dg_c2a1",
    "答：制冷证复审不用重考，人来签个到就行，学时我们帮你挂好，电话 13957268802",
    "客服：焊工证年审不用再考了亲，来培训点露个脸就行，学时给你挂上，加v hg_c2a3",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _RENEWAL_SOLD)
def test_renewal_with_hours_hung_is_a_sale(det, text, packs):
    assert_sells(det, text, "certificate_sale", packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _RENEWAL_SOLD)
def test_renewal_with_hours_hung_is_no_exam_fraud(det, text, packs):
    assert_silent(det, text, packs, of="exam_fraud")


# --- (b) an exam in sight keeps exam_fraud --------------------------------------------------------

_EXAM_FRAUD = [
    "叉车证考试那天本人露个面就行，实操有人帮你操作，加v cc_c2b1",
    "电工证复审考试，考场有我们的人，露个面就行，学时我们给你挂上，微信 dg_c2b2",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _EXAM_FRAUD)
def test_exam_in_sight_stays_exam_fraud(det, text, packs):
    assert_sells(det, text, "exam_fraud", packs)


# --- (c) lawful twins of (a) ----------------------------------------------------------------------

_RENEWAL_LAWFUL = [
    "问：电工证复审要考试吗？\n答：不用重新考，但须本人参加复审培训，学时不够的不能签到后离开，咨询电话 0571-86001234",
    "记者暗访发现，有中介声称复审那天露个面就行，学时他们给你挂上，这种说法是骗局",
    "复审学员请注意：学时按签到签退记录计入平台，中途离开的不计学时，报名电话 0571-86007788",
    "问：复审培训能请假吗？\n答：不能，缺的学时要本人补上，不能找人代签，培训中心 0571-86003322",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _RENEWAL_LAWFUL)
def test_renewal_lawful_twins_stay_silent(det, text, packs):
    assert_silent(det, text, packs)


# --- (d) the exam skipped and the card made: both categories --------------------------------------

_SKIPPED_AND_MADE = [
    "答：焊工证不用考试，直接给你做一本，带钢印，微信 hg_c2d1",
    "登高证免考，高仿的一本八百，三天寄到，加v dg_c2d2",
    "答：电 工 证 不 用 考，直 接 给 你 做 一 本，私 聊",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SKIPPED_AND_MADE)
def test_exam_skipped_and_card_made_is_a_sale(det, text, packs):
    assert_sells(det, text, "certificate_sale", packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SKIPPED_AND_MADE)
def test_exam_skipped_and_card_made_is_a_forgery(det, text, packs):
    assert_sells(det, text, "fake_certificate", packs)


_MADE_ONLY = [
    "焊工证丢了不用愁，重新给你做一本，v hg_c2d5",
    "叉车证高仿定做，钢印做旧都行，加微 cc_c2d6",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _MADE_ONLY)
def test_card_made_with_no_exam_skipped_is_a_forgery_only(det, text, packs):
    assert_sells(det, text, "fake_certificate", packs)
    assert_silent(det, text, packs, of="certificate_sale")


# --- (e) lawful twins of (d) ----------------------------------------------------------------------

_SKIPPED_LAWFUL = [
    "警方提醒：所谓电工证不用考、直接给你做一本的，都是伪造证件，切勿上当",
    "本校提醒学员：网上说焊工证不用考、花钱做一本的，都是假证，考试由应急管理部门统一组织，报名电话 0571-86004455",
    "问：焊工证能不能不考直接做一本？\n答：不能，证书只能考试合格后由发证机关核发，做出来的都是假证，咨询 0571-86004455",
    "法院审理查明，被告人对外宣称登高证免考，高仿一本八百，共制作假证四十余本",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _SKIPPED_LAWFUL)
def test_skipped_and_made_lawful_twins_stay_silent(det, text, packs):
    assert_silent(det, text, packs)
