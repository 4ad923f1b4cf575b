"""Session 71, review138: the second reading of papers2 (the catalogue's paper names).

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- The bare collective names papers2 made the default pack's papers (特殊工种证, 特种工证) are
  matched inside the early-retirement record (特殊工种证明): a term of more than three characters
  is read without asking jieba, so an agency's or a forger's line about the record (特殊工种证明材料
  包过, 特种工证明 代开 包过, 特殊工种证明 出售) fired GP-001 / GP-002 / CS-002 / CS-004 in the default
  pack as a special-operations paper. The record is no such paper: silent rules in every pack run.
- Sellers who write the bare name before 明天 (特殊工种证 明天出) keep their paper.
- papers2 made 起重证 / 起重作业证 a word of the special-ops pack, so the 证 inside it became another
  pack's word and the certificates pack lost CS-201 / CS-203 on these sellers (起重证出售 加v,
  起重作业证不用进考场): with the certificates pack on, a rule fires again.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    EVERY_PACK,
    WITH_CERTS,
    WITH_SPECIAL,
    Packs,
    assert_sells,
    assert_silent,
)

#: The early-retirement record with an agency's or a forger's words: not a special-ops paper.
_RECORD = [
    "特殊工种证明材料 包过 电话13800005553",
    "特种工证明 代开 包过 私聊",
    "特殊工种证明 出售 私聊",
    "特殊工种证明 出 私聊",
    "特殊工种证明代开，不用档案，包通过，电话13800005553",
    "特殊工种证明材料代办，本人不用跑，电话13812345678",
    "特种工证明要单位出具，退休时交社保",
    "特殊工种证明书由原单位开具，包括工作年限",
]

#: The bare collective name before 明天 / 明日: still the paper. Default pack.
_BARE_TOMORROW = [
    "特殊工种证 明天出 私聊",
    "特殊工种证明天出 不用考 私聊",
    "特种工证 明天出证 私聊",
    # added with the fix (its second reading): the bare name with the seller's words after a comma
    "特殊工种证，包过，私聊",
    "特种工证 出 私我",
    "特殊工种证，不用考，明天就到，加v",
]

#: The crane operators' short names with the certificates pack on.
_CRANE_CERTS = [
    "起重作业证不用进考场，资料发我二十天出，官网能查",
    "起重证 出 私聊",
    "起重证出售 加v",
    "起重操作证 不用考 直接拿 加v",
]

#: Lawful lines with the crane names and the record the fix must keep silent.
_LAWFUL = [
    "起重证培训报名中，理论和实操考试本人参加，合格后由市场监管部门发证",
    "起重证复审通知：请持证人本人于月底前到考点参加复审，带身份证和旧证",
    "起重证考试合格人员名单公示，有异议请致电13800007771",
    "起重作业证考试报名通知，报名电话13800007772",
    "起重证真伪查询入口：市场监管总局官网",
    "特殊工种证明材料要单位盖章",
    "特殊工种提前退休代办，材料我们整理，电话13800005552",
    "特殊工种名录里有没有电焊工？",
    "招特殊工种人员，持特殊工种证上岗，月薪八千，电话13800001118",
    # added with the fix (its second reading): the office, the newspaper, the lawyer, the exam date
    "人社局提醒：特殊工种证明造假骗取提前退休，将追回待遇，包过的中介不可信",
    "记者调查：有中介声称特殊工种证明包过，收费三万",
    "特殊工种证明不全的，能不能提前退休？律师答复",
    "起重证明天开始考试，请考生带身份证",
    "招聘：持起重证、叉车证，日结，电话13800009991",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _RECORD + _LAWFUL)
def test_the_record_and_notices_stay_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _BARE_TOMORROW)
def test_the_bare_name_before_tomorrow_sells(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _CRANE_CERTS)
def test_crane_sellers_fire_with_the_certificates_pack(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)
