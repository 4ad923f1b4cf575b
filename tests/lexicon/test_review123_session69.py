"""Session 69, review123: second reading of lawful6 (its readings worn by sellers, more lawful twins).

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- lawful6's refusal list after a colon (``silence._refused_list_head``) read every item up to the
  sentence's end as refused: a seller's menu whose head refuses something harmless (拒绝：排队等考试，
  电工证免考拿证; 不提供以下服务：售后扯皮，电工证包过) went silent where it fired before.
- lawful6's renewal with the training kept (``silence._renewal_training_kept``) let the training be
  emptied in words its seller lists do not hold (线上挂机刷学时就行; 培训记录我们补，包换新证).
- lawful6's scheduled-exam exceptions of FC-209 (当月考试 / 安排考试 / 下周考试) were not broken by the
  sitting waived in other words (人到不到都行; 考场有人照顾; 不去也能过).
- Lawful twins of the same surfaces stay silent.
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

#: Lawful twins: a school's or regulator's refusal list, renewals with training kept, scheduled exams.
_LAWFUL = [
    "本校不提供以下服务：代考，包过，免考拿证，请勿咨询",
    "我们拒绝：代人考试，花钱买证，不上课就发证",
    "招生简章写明本校不做的事：替考，保过，证书挂靠",
    "电工证复审不用本人再考，复训课必须本人去上，线上学时不能代刷",
    "焊工证复审不用本人重新考试，单位统一组织复训，学时不够的要补上",
    "叉车证复审不用本人重新考试，公司统一组织复训，复训学时严禁代刷",
    "登高证复审不用本人考试，公司统一组织复训，请各班组安排时间",
    "电工培训：实操不熟的别怕，下月考试，考前每人练满三天，证书官网可查，报名 0571-86341234",
    "叉车班月底考试，没到场的学员下次补考，证书可查，报名 0571-86341236",
    # added with the fix (its second reading): the employer's record, a notice, an answer, a report
    "焊工证复审不用本人重新考试，公司统一组织复训，培训记录我们安全科存档",
    "复审通知：叉车证复审无需本人重新考试，本人按时参加复审培训，学时不足的须补足",
    "问：复审要重新考吗？答：焊工证复审不用本人重新考试，但复训课必须本人去上，不能找人代上",
    "新闻：多地明确特种作业证复审不用本人再考试，单位统一组织复训，严禁挂机刷学时",
    "我们拒绝：替考、保过、花钱买证，学员必须本人参加考试",
]

#: Sellers found with the special-operations pack on.
_SELLERS_SPECIAL = [
    # a refusal head over something harmless, the offer after it in the same list
    ("拒绝：排队等考试，电工证免考拿证，一周下证", None),
    ("不提供以下服务：售后扯皮，电工证包过，代考全程", None),
    ("我们不接的：散单，焊工证包过代考批量接", None),
    ("【限时】我们不提供的：售后扯皮｜电工证代考包过，七天拿证", None),
    ("评论：这家不接的：散客砍价，电工证免考拿证挺快的", None),
    # the renewal's training kept in name, emptied in other words
    ("焊工证复审不用本人再考试，学校统一组织培训，线上挂机刷学时就行", None),
    # added with the fix (its second reading)
    ("焊工证复审不用本人再考试，学校统一组织培训，线上挂机就行", None),
    ("不接的活：砍价、压价，电工证免考直接拿证", None),
]

#: Sellers found with the certificates pack on.
_SELLERS_CERTS = [
    ("电工证复审不用本人重新考，单位统一组织复训，培训记录我们补，包换新证", None),
    ("焊工证复审不用本人重新考试，公司统一组织复训，学时我们代刷，包换新证", None),
    ("焊工证当月考试，人到不到都行，证书官网可查，电话13812345678", None),
    ("电工证安排考试，考场有人照顾，证书可查，13912345678", None),
    ("焊工证下月考试，不到场也能拿证，证书官网可查，13812345678", None),
    # added with the fix (its second reading)
    ("焊工证复审不用本人重新考试，单位统一组织复训，学时我们帮你挂，三天换新证", None),
    ("叉车证复审不用本人考试，公司统一组织复训，学时帮你刷满，加急换证", None),
    ("登高证复审不用本人考试，复训课要本人去上，学时我这边来补，换新证放心", None),
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL)
def test_lawful_twins_are_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize(("text", "what"), _SELLERS_SPECIAL)
def test_special_operations_sellers_fire(det, text: str, what: str | None, packs: Packs) -> None:
    assert_sells(det, text, what, packs)


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize(("text", "what"), _SELLERS_CERTS)
def test_certificate_sellers_fire(det, text: str, what: str | None, packs: Packs) -> None:
    assert_sells(det, text, what, packs)
