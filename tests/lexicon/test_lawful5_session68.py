"""Session 68, lawful5: honest training schools' 能查 / 拿证快 / 全国通用 claims (holdout238's class).

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- The paper's time counted from the exam (考完二十天拿证, 考试通过后大约二十天拿证): GP-002 read the
  十天拿证 inside 二十天拿证 as a speed promise. The time after a passed exam is the issuing office's
  (the rules' twenty working days), not a promise to pass; a time counted from enrolment (七天拿证)
  still is one, and GP-002 keeps it.
- A poster title with the exam passed before the paper (考试合格发证 官网可查 全国通用): CS-003 read
  the two claims as a dealer's selling points.
- A school's own paper told as examined (自己考出来的证不怕查; 学完参加统一考试，证书全国联网可查):
  FC-209 (certificates pack) read 可查 / 不怕查 as a forger's assurance.
- Sellers of the same surface keep firing: the exam spared, the pass promised, the time counted from
  the payment.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    EVERY_PACK,
    WITH_CERTS,
    WITH_SPECIAL,
    Packs,
    assert_sells,
    assert_silent,
)

#: The paper's time counted from a passed exam: silent in every pack.
_TIME_AFTER_EXAM = [
    "电工培训班十五天一期，考完二十天拿证，证书官网可查，报名电话 0571-86339301",
    "焊工班学完约考，考试通过后大约二十天拿证，找陈师傅 13957189302",
    "登高作业培训 周末授课 考完二十天拿证 本人参加考试 电话 0571-86339303",
    # added with the fix (its second reading): the certificates pack's FC-209 on 考试后, an office's line
    "叉车班考试后二十天拿证，证书可查，报名 0571-86339501",
    "考试合格后，考核发证机关在二十个工作日内发证，学员考完二十天左右拿证属正常",
]

#: A title with the exam passed before the paper: silent in every pack.
_EXAMINED_TITLE = [
    "【焊工证培训】理论实操 考试合格发证 官网可查 全国通用 报名 0571-86339304",
    "低压电工培训 考试合格发证 全国有效 可查询 咨询 0571-86339305",
]

#: A school's own examined paper said to be checkable: silent in every pack.
_EXAMINED_PAPER = [
    "学员：证查得到吗？\n老师：自己考出来的证不怕查，官网就能查，报名找班主任 13957189306",
    "焊工班下月开课，学完参加统一考试，证书全国联网可查，联系周老师 13957189307",
]

#: Sellers beside these shapes: found with the special-operations pack on.
_SELLERS_SPECIAL = [
    ("电工证不用考试，二十天拿证，官网可查，加v dg_9311", "certificate_sale"),
    ("焊工证包过，考完二十天拿证，官网可查，电话 0571-86339312", "GP-"),
    ("叉车证七天拿证，不用考，证书可查，找我 13957189313", None),
    ("登高证不用本人考，考完二十天拿证，能查，加v gc_9315", None),
    ("【电工证】免考 考试合格证直接发 官网可查 全国通用 加v dg_9314", None),
    # a time counted from enrolment is a promise of the paper (Advertising Law art. 24 (1))
    ("叉车培训七天拿证，证书可查，电话 0571-86339316", "GP-002"),
    # added with the fix: the pass promised after the time-after-exam words
    ("焊工证考完二十天拿证，稳过，加v hg_9502", "GP-"),
]

#: Sellers beside the examined paper: found with the certificates pack on.
_SELLERS_CERTS = [
    ("焊工证不怕查，不用考出来，交钱直接拿，加v hg_9317", None),
    ("电工证全国联网可查，不用参加统一考试，交钱就办，电话 0571-86339318", None),
    # added with the fix: the forger's likeness to the examined card
    ("焊工证和考出来的没区别，官网可查，vx hg_9508", "FC-209"),
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _TIME_AFTER_EXAM + _EXAMINED_TITLE + _EXAMINED_PAPER)
def test_honest_school_claims_are_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize(("text", "what"), _SELLERS_SPECIAL)
def test_sellers_with_the_same_claims_still_fire(
    det, text: str, what: str | None, packs: Packs
) -> None:
    assert_sells(det, text, what, packs)


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize(("text", "what"), _SELLERS_CERTS)
def test_certificate_sellers_with_the_same_claims_still_fire(
    det, text: str, what: str | None, packs: Packs
) -> None:
    assert_sells(det, text, what, packs)
