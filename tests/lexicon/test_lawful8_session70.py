"""Session 70, helper lawful8: lawful lines round 84 left firing, beside sellers in the same words.

Sentences written for this file (none is a row of holdout244, of any other set or of any real
text). Three families of lawful lines fired on main ``16807bf5``:

- a firm's qualification errand (高新技术企业复审代办, 企业资质年审代办, 体系认证代办, 安全生产许可证延期代办)
  that says it sells no certificate, or sends the staff to their own exams: CS-001 read its 代办
  beside the generic 证书 as the sale of a special-operations paper;
- an exam centre's notice that the papers of those who passed are being made and may be looked up or
  picked up (合格人员证书制作周期约一个月, 以上人员证书制作完成后可扫码查询领取地点): FC-001 / FC-002
  (and FC-202 in the certificates pack) read the office's 制作 as a forger's;
- a school's refusal list that names a banned advertising practice first (本校不会做的：夸大宣传、包过、代考):
  review123's menu check read 夸大宣传 as the harmless item a seller refuses before offering.

Each reading is tested with its lawful twins (no rule fires in any pack run) and with the sellers who
use the same words and cross the line (the rule still fires where its pack runs).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    EVERY_PACK,
    WITH_CERTS,
    WITH_SPECIAL,
    WITH_TRAINING,
    assert_sells,
    assert_silent,
)

#: A consultancy's errand for a firm's status or licence: no special-operations paper is sold.
_FIRM_ERRANDS = [
    "高新技术企业复审一条龙代办，我们不卖证书，只帮企业整理申报材料",
    "高新企业认定一条龙代办，只整理材料，不卖证书，咨询 0571-86345001",
    "建筑业企业资质升级代办，我们不卖证书，项目经理证书须本人考取",
    "企业资质年审代办，协助准备材料，不卖任何人员证书",
    "体系认证年审代办，帮企业整理文件，人员证书请员工本人考",
    "ISO体系认证年审代办，协助企业准备材料，不代考任何人员证书",
    "专精特新申报代办，只做材料，不卖证书，电话 0571-86345002",
    "质量管理体系认证代办，帮企业准备审核材料，我们不卖证书",
]
#: The same errand with the staff's special-operations papers sold beside it.
_FIRM_ERRANDS_SOLD = [
    "高新技术企业复审代办，电工证焊工证也能办，不用考，私聊",
    "建筑企业资质代办，特种作业证书一起办，不用本人考，电话 0571-86345003",
    "企业资质年审代办，顺带办电工证，免考，加v qy_5501",
    "安全生产许可证代办，电工证也办，不用考试，五天下证，私我",
    "企业资质代办，我们不卖证书，但电工证可以代办，不用考，私聊",
    # the second reading (issue 9, session 70, lawful8): the errand's 代办 is nearer to the firm's words
    # than to the papers listed after it, so the generic-only reading alone let these go
    "企业资质代办 电工证 焊工证 电话 13812345678",
    "企业资质代办，电工证焊工证代办，电话 13812345678",
    "体系认证代办，特种作业操作证代办，微信同号 13812345678",
    "企业资质代办，人员证书也能办，不用考，电话 13812345678",
    "资质年审代办，证书都能出，三天下证，电话 13812345678",
]
#: A firm's errand beside the staff's own paper named: the paper's name breaks the excuse (a seller's
#: listing names them the same way), so this office's line still fires CS-001.
_FIRM_ERRAND_NAMING_A_PAPER = "安全生产许可证延期代办，帮企业准备材料，电工证请员工本人报名参加考试"

#: An exam centre's notice about the papers of those who passed: made by the issuer, looked up, picked up.
_PRINTING_NOTICES = [
    "合格人员证书制作周期约一个月，证书可在应急管理部网站查询",
    "合格人员证书制作完成后，请扫码查询领取时间",
    "焊工考试合格人员证书制作约需一个月，制作完成后官网可查",
    "以上人员证书制作完成后可扫码查询领取地点",
    "以上人员证书制作完成，请本人带身份证到考点领取，证书可扫码核验",
    "考点提醒：合格人员证书由发证机关制作，扫码可查，切勿轻信网上代制作",
]
#: Forgers who name the same list or the same printing and sell the paper.
_PRINTING_FORGED = [
    "合格人员证书制作，不用考试，一比一，官网可查，加v zz_5502",
    "合格学员证书制作，高仿钢印，扫码能查，电话 13812345678",
    "电工证证书制作，扫码可查，三天出，加v zz_5503",
    # the second reading: the list named beside a bare mobile, a speed or an order
    "合格人员证书制作，扫码可查，电话 13812345678",
    "以上人员证书制作三天出，官网可查，电话 13812345678",
    "合格学员证书制作，不用到场，扫码可查，下单立减",
    "合格人员名单能进，证书制作七天，官网可查，私聊",
]
#: A forger naming the list that only the certificates pack's rules read (the default pack has only the
#: learned model's ML-FC on it, on the unchanged code as well).
_LIST_FORGED_CERTS = [*_PRINTING_FORGED, "以上人员的焊工证都能制作，扫码可查，私聊"]

#: A school's refusal list naming a banned advertising practice first.
_REFUSAL_LISTS = [
    "本校不会做的：夸大宣传、包过、代考",
    "我们机构绝不做的：虚假宣传、包过、替考",
]
#: The same list turned into the seller's menu.
_REFUSAL_MENUS = [
    "本校不会做的：乱收费。本校做的：包过、代考，私聊",
    "我们不做的：虚假宣传。我们做的：教师资格证包过，不过全退，加v jz_5505",
    "本校不会做的：夸大宣传，教师资格证考试包过，私聊",
    "不会做的：夸大宣传、乱收费，教资面试保过，加v jz_5506",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _FIRM_ERRANDS)
def test_a_firms_qualification_errand_sells_no_paper(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.xfail(strict=True, reason="the staff's paper named beside the errand breaks it")
def test_a_firms_errand_naming_the_staffs_paper_still_fires(det, packs) -> None:
    assert_silent(det, _FIRM_ERRAND_NAMING_A_PAPER, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _FIRM_ERRANDS_SOLD)
def test_the_staffs_papers_sold_beside_the_errand_still_sell(det, text: str, packs) -> None:
    assert_sells(det, text, "CS-001", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _PRINTING_NOTICES)
def test_the_issuers_printing_of_passed_papers_is_no_forgery(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _PRINTING_FORGED)
def test_forgers_naming_the_list_or_the_printing_still_forge(det, text: str, packs) -> None:
    assert_sells(det, text, "FC-", packs)


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _LIST_FORGED_CERTS)
def test_forgers_naming_the_list_still_forge_in_the_certificates_pack(
    det, text: str, packs
) -> None:
    assert_sells(det, text, "FC-", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _REFUSAL_LISTS)
def test_a_refusal_list_headed_by_a_banned_practice_stays_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _REFUSAL_MENUS)
def test_the_menu_after_a_refusal_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ("EF-", "GP-"), packs)
