"""Session 68, lawful4: lawful lines that still fired (holdout234's class).

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- Study advice that says 稳过 / 必过 about practice (稳过的办法就是多刷题; 想稳过就得多练; 必过的秘诀是
  多做模拟题), with the school's enrolment number: GP-001 (training pack GP-101) read 稳过 as the
  school's promise.
- A school that is the exam site itself (考点就在本校 / 本中心就是认定的考试点), sparing the trip to a far
  exam (考试不用去外地 / 不用跑别处): CS-001 read 考试不用去 as the exam skipped, the local site named
  before the trip or as 考试点 not seen.
- A post that calls papers without the exam fake and invites those who want the lawful way to write
  (想走正规途径的可以私信 / 想正规报名的私信): CS-001 read the 私信 as the writer's turn to its own sale.
- Sellers of the same surface keep firing: the "way to pass surely" that is paying or an inside
  class, the exam site that issues the paper without the exam, the verdict followed by a real
  paper without the exam.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    EVERY_PACK,
    WITH_SPECIAL,
    WITH_TRAINING,
    assert_sells,
    assert_silent,
)

#: 稳过 / 必过 as the learner's aim, the way to it being practice: silent in every pack.
_STUDY_ADVICE = [
    "稳过的办法就是把题库多刷几遍，电工证报名电话 0571-86440101",
    "想稳过就得天天练实操，焊工证报名加v px_8801",
    "老师常说必过的秘诀只有一个：多做模拟题，叉车证报名 13957184401",
    "想要稳过，关键是把错题都弄懂，登高证培训报名电话 0571-86440102",
    "客服：包过是违规的\n客服：稳过的方法就是每天刷五十道题，报名加v dg_8802",
    "问：焊工证理论怎么才能稳过？\n答：多刷题、多上机模拟，考试靠自己，报名电话 0571-86440103",
]

#: The school is the exam site, so the trip to a far exam is spared: silent in every pack.
_LOCAL_SITE = [
    "考点就在本校，电工证考试不用去外地，本人带身份证参加，报名电话 0571-86440110",
    "焊工证考试不用跑别处，本中心就是认定的考点，本人到场考试，咨询 0571-86440111",
    "高处作业证考试不用去外地，本校是应急管理局认定的考试点，报名咨询 0571-86440112",
]

#: Paid papers called fake, the lawful way offered in writing: silent in every pack.
_FAKE_THEN_LAWFUL = [
    "不用考试就能拿的证都是假证，想走正规途径的可以私信我们了解报名流程",
    "免考拿证的都是假证，想正规报名电工证的可以私信，本人参加考试",
]

#: Sellers of the special-operations papers beside these shapes: found with the default pack on.
_SELLERS_SPECIAL = [
    ("稳过的办法只有一个，报我们的内部班，焊工证加v px_8810", "GP-"),
    ("想稳过就找我们，电工证包过，不过全退，加v px_8811", "GP-"),
    ("稳过的办法就是多刷题？不用，交钱报我们这期稳过，电工证加v px_8812", "GP-"),
    ("想稳过就多练，练不会也没事，我们保你过，焊工证加v px_8813", "GP-"),
    ("电工证稳过，考不过全退，报名电话 0571-86440120", "GP-"),
    ("考试不用去外地，本校就是考点，电工证交钱直接出证，电话 0571-86440121", "certificate_sale"),
    ("考点就在本校，登高证不用考试，交钱十天拿证，加v px_8814", "certificate_sale"),
    (
        "焊工证考试不用去外地，也不用去考场，本校是考点，人不用到，证直接发，加v px_8815",
        "certificate_sale",
    ),
    ("不考试就能拿的证都是假证，我们的是真证，官网可查，不用考试，私信", "certificate_sale"),
    ("免考拿证的都是假证，想走正规途径拿证的私信，焊工证不用考试", "certificate_sale"),
    # added with the fix (its second reading): the seller's words after the lawful-sounding call,
    # the exam room squared at the local site, the money paid for the sure pass
    ("不考试就能拿的证都是假证，想走正规途径的私信，价格优惠，十天拿证", "certificate_sale"),
    ("不考试就能拿的证都是假证，想正规考证的私信，包你一次过", "certificate_sale"),
    ("焊工证考试不用去别处，本校就是考点，考场打点好了，电话 0571-86440132", "certificate_sale"),
    ("电工证想稳过就交两千，多练几天就行，加v px_8841", "GP-"),
    ("想稳过就来我们这练，电工证加v px_8850", "GP-"),
    ("焊工证想稳过？来我们这多练几天就稳过，加v px_8851", "GP-"),
    ("想要必过就上我们的冲刺班，多做模拟题，电工证加v px_8853", "GP-"),
]

#: Exam-training sellers: found with the training pack on.
_SELLERS_TRAINING = [
    ("教师资格证想稳过就报我们的押题班，不过退费，加v jz_8816", "GP-"),
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _STUDY_ADVICE)
def test_study_advice_about_a_sure_pass_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LOCAL_SITE)
def test_school_that_is_the_exam_site_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _FAKE_THEN_LAWFUL)
def test_fake_papers_then_the_lawful_way_in_writing_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize(("text", "what"), _SELLERS_SPECIAL)
def test_special_sellers_beside_them_still_fire(det, text: str, what: str, packs) -> None:
    assert_sells(det, text, what, packs)


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize(("text", "what"), _SELLERS_TRAINING)
def test_training_sellers_beside_them_still_fire(det, text: str, what: str, packs) -> None:
    assert_sells(det, text, what, packs)
