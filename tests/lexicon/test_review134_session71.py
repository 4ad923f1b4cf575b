"""Session 71, review134: a second reading of wepack (GP-006, 免考 in ``renewal_skip``, GP-004's
concessions, GP-103's 补考费我们出). Sentences written for this file (not from any held-out set, the
corpus nor the rules' fixtures).

- (a) GP-006 listed what a school's 包 / 负责 / 来 / 交给我们 goes on with (接送, 食宿, 通知 …) as
  exceptions: any service not on the list fired (考试我们包早餐, 考试我们负责答疑, 考试交给我们的老师,
  理论实操我们来教). The seller's promise ends its clause, or goes on with the result, the buyer's ease
  or a contact (考试我们包，私聊; 考试交给我们就行; 考试我们包当月拿证): what runs on into any other word
  is a service the school names.
- (b) another exam named right before the promise (驾照考试交给我们, 公务员考试我们负责) is that
  exam's, not the special-operations paper the 25-character context reaches further on.
- (c) an employer's or a project's notice paying the retake (公司福利 / 项目部 / 车间通知：补考费我们出)
  is no training ad's refund promise, yet GP-103 (wepack's 补考费我们出) fires on it: pinned, strict.
- (d) sellers one step from wepack's words: 考试这关我们替你过, 理论实操全程代劳, 考试我们帮你过.
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

#: (a) A school's 包 / 负责 / 来 / 交给我们 + a service wepack did not list: silent in every pack run.
_SCHOOL_SERVICES = [
    "电工证培训，考试我们包早餐，报名电话13912345678",
    "焊工证培训班，考试我们包停车，报名电话13912345678",
    "叉车证培训，考试我们包大巴往返考点，电话13912345678",
    "电工证考试我们包晚饭，培训报名电话13912345678",
    "登高证考试我们包两辆大巴统一去考点，报名电话13912345678",
    "制冷证考试我们包中午盒饭，报名电话13912345678",
    "电工证考试我们负责讲解流程，报名电话13912345678",
    "焊工证考试我们负责答疑，报名电话13912345678",
    "焊工证考试方面我们负责答疑和模拟，报名电话13912345678",
    "登高证考试这块我们负责考前复习，报名电话13912345678",
    "焊工证理论实操我们负责指导，电话13912345678",
    "叉车证考试交给我们的老师统一带队，电话13912345678",
    "电工证考试交给我们学校统一报名，电话13912345678",
    "焊工证理论实操我们来教，报名电话13912345678",
    "电工证考试我们来讲重点，报名电话13912345678",
    "电工证理论实操我们来带，手把手教，报名电话13912345678",
    "叉车证考试我们来帮你复习，报名电话13912345678",
    "电工证考试你不用管报名，学校统一办理，电话13912345678",
    "电工证培训，考试你不用管，学校统一安排，报名电话13912345678",
    "电工证考试我们帮你过一遍重点，报名电话13912345678",
]

#: (b) Another exam's promise beside a special-operations class: silent in every pack run.
_OTHER_EXAMS = [
    "驾照考试交给我们，另开叉车证培训班，电话13912345678",
    "公务员考试我们负责，另开焊工证培训，电话13912345678",
    "驾照考试交给我们准没错，学校另开叉车证培训，电话13912345678",
    "会计考试我们负责答疑辅导，楼下电工证培训另找前台，电话13912345678",
    "驾照科目一考试我们包接驳大巴，另有电工证培训班，电话13912345678",
    # the registration errand, found by the second reading of this round's 全程代劳
    "电工证报名考试全程代劳，本人只需到场考试，电话13912345678",
    "报名考试全程代劳，焊工证培训咨询13912345678",
]

#: (a, b, d) Lawful lines with the new words, and the school's own refusals: silent everywhere.
_LAWFUL = [
    "焊工证考试这关得你自己过，我们负责教，报名电话13912345678",
    "理论实操全程代劳？那是代考，违法的，焊工证只能本人考",
    "记者调查：有中介称电工证“考试这关我们替你过”，实为替考",
    "有人说叉车证理论实操全程代劳，应急管理局提醒：特种作业考试须本人参加",
    "电工证理论实操我们帮你过一遍，考前冲刺班报名电话13912345678",
    "本校从不说“考试我们包”，电工证考试要靠自己，报名电话13912345678",
    "问：有机构说叉车证考试交给我们，可信吗？答：不可信",
    "焊工证挂了也没关系，补考过了证照样拿，群里一起加油",
    "叉车证没过没关系，下次再考，考过了证照样拿，兄弟们加油",
]

#: (c) An employer's notice paying the retake: GP-103 fired in the training pack runs (its exceptions
#: sit within 4 characters and every contact or 报名 breaks them); silent since wepack2 (session 71).
_EMPLOYER_RETAKE = [
    "公司福利：叉车证培训补考费我们出，考试自己去考，报名找人事13912345678",
    "项目部：电工证补考费我们承担，补考本人参加，电话13912345678",
    "车间通知：电工证没考过的下月补考，补考费我们出，请按时参加，联系人张工13912345678",
]

#: Sellers who take the exam on themselves: found with the default pack on. The first block is
#: wepack's shape in other styles (no punctuation, a result or an ease right after the promise);
#: the second, (d), the words one step away.
_SELLERS = [
    "电工证考试交给我们，私聊",
    "焊工證考試我們包，私聊",
    "焊工证考试我们包当月拿证私聊",
    "叉车证考试交给我们就行，私我",
    "电工证考试我们负责到底，私聊",
    "焊工证考试我们来搞定，私聊",
    "电工证考试我们包的，你放心，私聊",
    "焊工证考试我们负责，当月出证，电话13912345678",
    "焊工证考试交给我们来办，你等证就行，私聊",
    "嗯就是那个叉车证嘛考试你不用管的交了钱等着拿证就行你加我微信",
    "高压电工证 考试我们包 当月出证 v dg_5521",
    # (d)
    "焊工证考试这关我们替你过，私聊",
    "老师：电工证的话考试这关我们替你过，你就等着拿证，要办的私聊",
    "【电工证】\n考试这关我们替你过\n当月拿证\n电话13912345678",
    "登高证理论实操全程代劳，你只管交钱，私聊",
    "电工证理论实操全程代劳，私聊",
    "电工证考试我们帮你过，私聊",
]

#: Training sellers who pay the retake themselves: still found (GP-103) in the training pack runs.
_RETAKE_SELLERS = [
    "电工证培训，补考费我们出，私聊",
    "本公司承接焊工证培训，补考费我们出，报名电话13912345678",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _SCHOOL_SERVICES + _OTHER_EXAMS + _LAWFUL)
def test_lawful_lines_are_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


# (issue 9, session 71, wepack2) no longer an xfail: GP-103's unless_far reads the employer's notice
@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _EMPLOYER_RETAKE)
def test_employer_retake_fee_is_no_refund_promise(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs, of="GP-103")


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SELLERS)
def test_sellers_taking_the_exam_on_fire(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _RETAKE_SELLERS)
def test_retake_fee_sellers_still_fire(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, "GP-103", packs)
