"""Session 77, helper review193: second reading of review186 (round 91, ``stance._exempt_by_law``).

Sentences written for this file (none is a row of a held-out set or of any real text).

Round 91 reads the answer to an asked skip (有人问…能不能免考？可以的，…) clause by clause: one clause
must be the law's exemption whole (``_EXEMPT_BY_LAW``), every other one an office's or a school's
(``_EXEMPT_TOLD``). What the second reading found:

- the law's clause took any count of years (``_LAW_FILLER``'s ``[0-9一…十]+年``) and 连续从业 with no
  years at all as the statute's condition, so a seller's made-up condition (连续从业满一年即可免考,
  满五年的可以不参加考试, 符合条件的工作满1年可免考, 连续从业的可免考) went silent -- the statute's is ten
  years or more;
- the call clause took 办理 / 申请 / 复审 bare after 私信 / 联系我们 / 来电 (联系我们办理, 私信办理): the
  writer taking the job, not the reader sent to ask about it;
- an office's or a school's answer with one ordinary clause outside the white list (详情咨询当地应急管理局,
  具体以当地规定为准, 材料不全的不予受理, a landline, office hours, 欢迎私信咨询, 私信问流程哦, the exam
  kept for the others or the new applicants, 谢谢关注) or the law in its everyday wordings (只要符合条件就
  可以免考, 是可以免考的, 可申请免于复审考试) fired CS-001 again, silent under round 90.

Pinned: those sellers fire in the default and all-packs runs; the office's lines are silent there; the
seller one step past each office's clause (a private contact for those who will not go, the exam
arranged, a new paper too) still fires. What is left is a strict xfail.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, ANY_RULE, CERTS, DEFAULT, assert_sells, assert_silent

_ASK = "有人问电工证能不能免考？可以的，"

#: An office's or a school's answer: the law's exemption, its call to ask the procedure and one
#: ordinary clause round 91's white list did not hold. Silent under round 90, CS-001 under round 91.
_OFFICE = [
    _ASK + "符合条件的复审可免考，详情咨询当地应急管理局，私信问流程",
    "有人问焊工证能不能免考？可以的，符合条件的复审可免考，具体以当地规定为准，私信问流程",
    _ASK + "符合条件的复审可免考，材料不全的不予受理，私信问所需材料",
    _ASK + "符合条件的复审可免考，咨询电话0531-86501234，私信问流程",
    _ASK + "符合条件的复审可免考，欢迎私信咨询",
    _ASK + "符合条件的复审可免考，私信问流程哦",
    _ASK + "符合条件的复审可免考，其他人员需按时参加复审考试，私信问流程",
    "有人问焊工证能不能免考？可以的，符合条件的复审可免考，新申领的必须参加考试，私信问流程",
    _ASK + "符合条件的复审可免考，办公时间周一至周五，私信问流程",
    _ASK + "符合条件的复审是可以免考的，私信问流程",
    "有人问焊工证能不能免考？可以的，符合条件的可申请免于复审考试，私信问流程",
    _ASK + "符合条件的复审可免考，谢谢关注，私信问流程",
    "有人問電工證能不能免考？可以的，符合條件的複審可免考，詳情諮詢當地應急管理局，私信問流程",
]
#: The law's everyday wording that certificates' CS-201 read as well.
_OFFICE_EVERYDAY = _ASK + "只要符合条件就可以免考，私信问流程"


@pytest.mark.parametrize("packs", [DEFAULT, ALL])
@pytest.mark.parametrize("text", _OFFICE)
def test_the_office_s_answer_with_its_own_clause_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", [DEFAULT, CERTS, ALL])
def test_the_law_in_its_everyday_wording_is_silent(det, packs) -> None:
    assert_silent(det, _OFFICE_EVERYDAY, packs)


#: Sellers round 91 newly silenced: a condition made up short of the statute's ten years (or no
#: years at all), the handling offered bare after the call.
_SOLD_AS_LAW = [
    _ASK + "连续从业满一年即可免考，私信",
    "有人问焊工证能不能免考？可以的，连续从业满三年可免考，私信问流程",
    _ASK + "连续从业的可免考，私信",
    "有人问焊工证复审能不能不考？可以的，连续从业满五年的可以不参加考试，私信问所需材料",
    _ASK + "符合条件的工作满1年可免考，私信",
    _ASK + "符合条件的复审可免考，联系我们办理，私信",
    _ASK + "符合条件的复审可免考，私信办理",
]
#: One step past each office's clause this file silences: the seller still fires.
_ONE_STEP_FURTHER = [
    _ASK + "符合条件的复审可免考，详情咨询当地应急管理局，不想跑的私信",
    _ASK + "符合条件的复审可免考，其他人员需按时参加复审考试，不想考的私信",
    _ASK + "只要符合条件就可以免考，条件我们来办，私信",
    _ASK + "符合条件的复审是可以免考的，新证也能，私信",
    "有人问焊工证能不能免考？可以的，连续从业满十年的可免考，不满十年的交钱也能免，私信",
    _ASK + "符合条件的复审可免考，欢迎私信，三天出证",
    _ASK + "符合条件的复审可免考，新申领的必须参加考试，考试我们安排，私信",
    _ASK + "符合条件的复审可免考，具体以当地规定为准，私信包过",
]


@pytest.mark.parametrize("packs", [DEFAULT, ALL])
@pytest.mark.parametrize("text", _SOLD_AS_LAW + _ONE_STEP_FURTHER)
def test_the_seller_beside_or_inside_the_law_s_words_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.xfail(
    strict=True,
    reason="left alone: normalize() drops ～ and the brackets, so the law's clause and the call "
    "(…可免考～私信问流程, …可免考（详见复审须知），…) are read as one clause that is neither",
)
@pytest.mark.parametrize(
    "text",
    [
        _ASK + "符合条件的复审可免考～私信问流程",
        _ASK + "符合条件的复审可免考（详见复审须知），私信问流程",
    ],
)
def test_the_marks_normalize_drops_are_left_firing(det, text: str) -> None:
    assert_silent(det, text, DEFAULT)
