"""Session 70, helper review130: the second reading of lawful8's three lawful readings.

Sentences written for this file (none is a row of holdout244, of any other set or of any real
text). lawful8 (round 85) made three things lawful that a seller can borrow:

- a firm's qualification errand (``terms/firm_errand``: 企业资质代办, 体系认证代办, 资质升级代办 …)
  excuses CS-001's generic 证书: a consultancy that sells the staff's papers in its own words (挂靠,
  配人, 补齐, 人证, 我们解决, 出售) lost CS-001 in the default pack;
- an exam centre's passed list (合格人员 / 以上人员 …) excuses FC-001 / FC-002 / FC-202: a forger who
  prints the list for those who never sat (未考人员也可制作, 没参加考试的也能做, 加急) lost them;
- a refusal of a banned advertising practice (不做虚假宣传, 不搞虚假宣传, 拒绝虚假承诺) read as a
  warning word over the whole line, so the seller's own trade after it (只做包过：…; the menu after
  the colon: 电工证免考拿证，私聊) fired nothing in any pack run.

Each is tested with the sellers one step away (the rule fires where its pack runs) and with the
lawful twins a regulator, a school or an exam centre would write with the same words (silent in
every pack run).
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

#: Consultancies that sell the staff's papers beside the firm's errand, in words other than a paper's name.
_ERRAND_SELLS_STAFF_PAPERS = [
    "资质升级缺人证？我们挂靠配人，证书一站式搞定，电话 13812345678",
    "体系认证+人员证书一站式代办，欢迎咨询 13812345678",
    "企业资质代办，人员证书我们解决，电话 13812345678",
    "企业资质代办，证书我们解决，三类人员八大员都能配，电话 13812345678",
    "资质延续代办，缺证的人员我们补齐，证书包通过，电话 13812345678",
    "专精特新代办，另有人员证书出售，电话 13812345678",
    "资质复审代办，证书缺人？挂证人员现成，电话 13812345678",
]
#: The firm's errand beside the staff's papers, lawful: the staff sit their own exams, nothing is sold.
_ERRAND_LAWFUL = [
    "资质延续需要电工证持证人员名单，请各单位报送",
    "企业资质代办，我们只协助准备材料，不提供任何人员证书，人员须本人考试",
    "资质年审代办服务，协助整理材料，证书由主管部门核发，咨询电话 0571-88886666",
    "企业资质代办公司提醒：严禁挂靠人员证书，证书须本人考取",
    "资质升级代办：企业需自行配备持证人员，本公司不提供挂靠",
    "专精特新代办，不出售任何证书，只帮企业整理申报材料",
]

#: Forgers who print the passed list for those who never sat, or hurry it.
_LIST_FORGED = [
    "合格人员证书制作，未参加考试的也能做，官网可查",
    "合格人员证书制作，可加急，网上可查",
    "以上考生证书制作，没参加考试的也能制作，可查",
    "合格学员证书制作，急用的加急，保证可查",
    "以上人员证书制作，其他人员证书也可制作，欢迎咨询",
]
#: The exam centre's own notices about the same list.
_LIST_LAWFUL = [
    "合格人员证书制作需一个月，请耐心等待，勿轻信加急制作",
    "合格人员证书正在制作，未考人员不予制作",
    "以上人员证书已制作完成，请于本周五前到考点领取",
    "以上考生证书制作约二十个工作日，可在官网查询进度",
    "本期合格人员证书制作完毕，未通过人员请报名参加补考",
    "合格人员证书制作不办理加急，请以考点通知为准",
]

#: Sellers who refuse a banned advertising practice and sell at once (training and special-ops papers).
_PRACTICE_REFUSED_THEN_SOLD_TRAINING = [
    "我们不做虚假宣传，只做包过：教资考试有人帮你考，加v jz_5504",
    "本校不做虚假宣传，只做包过，教资考试，加v jz_5504",
    pytest.param(
        "本机构拒绝虚假承诺：只承诺包过，教资面试，私我",
        marks=pytest.mark.xfail(
            strict=True, reason="silenced by a reading other than the warning word (left alone)"
        ),
    ),
]
_PRACTICE_REFUSED_THEN_SOLD_SPECIAL = [
    "本店不做虚假宣传：电工证免考拿证，七天到手，私聊",
    "我们不搞虚假宣传，就做实事：焊工证免考直接拿证，v信 hg_2201",
    "我们不做虚假宣传，只做一件事：电工证免考拿证，电话 13812345678",
]
#: Schools and offices refusing the same practice with nothing sold.
_PRACTICE_REFUSED_LAWFUL = [
    "本校不做虚假宣传，只做踏实教学，不承诺包过",
    "我们不会做的：虚假宣传、包过、代考，请学员认真备考",
    "本校承诺：不做虚假宣传，不搞包过，不组织代考",
    "市场监管局提醒：培训机构不得虚假宣传、不得承诺包过",
    "我们不做虚假宣传，只做真实教学：教资笔试面试系统课程，报名电话 0571-86345010",
    "本店不做虚假宣传：电工证必须本人参加考试，我们只负责培训",
    "本校拒绝夸大宣传，只做专业培训：焊工实操课每周六开班",
    "我们不做虚假宣传，只做一件事：帮学员认真备考，电工证必须本人考试",
    "本校不做虚假宣传：包过、免考这些话我们从来不说，咨询电话 0571-86345011",
    "本校不做虚假宣传：不承诺包过，不组织代考，报名加微信 px_1234",
    "本校不做虚假宣传，电工证不承诺包过，报名电话 13812345678",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _ERRAND_SELLS_STAFF_PAPERS)
def test_the_staffs_papers_sold_in_other_words_still_sell(det, text: str, packs) -> None:
    assert_sells(det, text, "CS-001", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _ERRAND_LAWFUL)
def test_a_firms_errand_beside_the_staffs_own_papers_stays_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _LIST_FORGED)
def test_the_passed_list_printed_for_others_still_forges(det, text: str, packs) -> None:
    assert_sells(det, text, "FC-", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LIST_LAWFUL)
def test_the_exam_centres_notice_on_the_passed_list_stays_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _PRACTICE_REFUSED_THEN_SOLD_TRAINING)
def test_a_refused_practice_then_the_training_promise_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ("GP-", "EF-"), packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _PRACTICE_REFUSED_THEN_SOLD_SPECIAL)
def test_a_refused_practice_then_the_skipped_exam_sells(det, text: str, packs) -> None:
    assert_sells(det, text, "CS-", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _PRACTICE_REFUSED_LAWFUL)
def test_a_refused_practice_with_nothing_sold_stays_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)
