"""Session 74, fresh3: exam-training promises in wording our sets had little of (training-ads pack).

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

Three shared readings are pinned here:

* the fee refunded when the learner fails, written as a return of the sum (没过的学费如数退还,
  出分不到学费原路退回): the refund keyed to failing is the implied pass promise of Advertising
  Law art. 24 (1), like 不过退费;
* the teacher said to have worked in the exam's setting or marking panel (曾在命题组工作,
  以前在阅卷组待过): the claim of the exam setters' involvement of art. 24 (2), still only in a
  seller's sentence beside an exam's name;
* a marking panel's expert explaining the marking (阅卷组专家解读评分标准) in a news line or an
  authority's notice is not an insider claim; with a seller's call it still is.

Each reading has its lawful twins in the same words, silent in every pack run.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.lexicon.scanning import EVERY_PACK, TRAINING, Packs, assert_sells, assert_silent

# -- the fee returned when the learner fails --------------------------------------------------------

_RETURN_SELLERS = [
    "初级会计职称 两科一次过 没过的学费如数退还 签合同 加v kj_rt",
    "托福冲100分 出分不到学费原路退回 报名私信",
    "教资笔试冲刺班 考不过的费用原数退回 私我",
]


@pytest.mark.parametrize("text", _RETURN_SELLERS)
def test_fee_returned_after_failing_is_a_pass_promise(det: Any, text: str) -> None:
    assert_sells(det, text, "GP-", TRAINING)


_RETURN_LAWFUL = [
    "学员没过的，学费能不能如数退还，要看合同怎么写",
    "未开课的学费原路退回，开课后按已上课时折算",
    "记者调查：有机构承诺没过的学费原数退回，真到退费时却百般推脱",
    "托福出分不到预期，学员申请退款被拒，法院判决机构退还一半学费",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _RETURN_LAWFUL)
def test_fee_returned_in_lawful_lines_stays_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


# -- the teacher who worked in the setting or marking panel -------------------------------------------

_PANEL_SELLERS = [
    "申论押题课 主讲老师曾在阅卷组工作过 评分标准门儿清 报名私我",
    "教资面试班 带课老师以前在命题组待过 今年题型心里有数 加v js_mt",
]


@pytest.mark.parametrize("text", _PANEL_SELLERS)
def test_teacher_from_the_panel_is_an_insider_claim(det: Any, text: str) -> None:
    assert_sells(det, text, "EF-", TRAINING)


_PANEL_LAWFUL = [
    "按规定，曾在命题组工作的人员五年内不得参与教资考试培训",
    "记者采访了一位曾在阅卷组工作的老师，她提醒申论考生书写要工整",
    "网传某机构讲师曾在命题组工作，省考试院回应：该说法不实，已报警",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _PANEL_LAWFUL)
def test_teacher_from_the_panel_in_lawful_lines_stays_silent(
    det: Any, text: str, packs: Packs
) -> None:
    assert_silent(det, text, packs)


# -- the marking panel's expert explaining the marking ---------------------------------------------

_EXPLAIN_LAWFUL = [
    "阅卷专家解读今年公考申论的评分细则，提醒考生紧扣材料作答",
    "省考结束后，阅卷组专家解读了申论作文的评分要点",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _EXPLAIN_LAWFUL)
def test_panel_expert_explaining_the_marking_stays_silent(
    det: Any, text: str, packs: Packs
) -> None:
    assert_silent(det, text, packs)


_EXPLAIN_SELLERS = [
    "阅卷组专家解读申论考点 押题班报名私我",
    "阅卷专家解读公考申论 内部押题 稳过 加v sl_88",
]


@pytest.mark.parametrize("text", _EXPLAIN_SELLERS)
def test_panel_expert_with_a_sellers_call_still_fires(det: Any, text: str) -> None:
    assert_sells(det, text, "EF-", TRAINING)
