"""Session 70, helper fields1: an answered form field (是否考试：否) is an answer, not a question.

Sentences written for this file (none is a row of holdout246 or of any real text). A spec table, a SKU
or a form lists its fields as key and value; normalizing drops the colon and the bar, so the key's 是否
(是否考试：否) read as the question cue of a report, the candidate leaned to a report and the learned
model silenced the listing (styles15 left "规格：焊工证 | 是否考试：否 | 周期：15天" as a strict xfail).
The field answered is no question: a question needs its mark or an open 是否 with no answer.

The same field stands on lawful forms: a renewal application (the law keeps the renewal's training,
延期复审 may drop the exam), a continuing-education course (no exam by design), an exam centre's FAQ
or a training sign-in sheet. What tells them apart is what else the table says: the seller promises
the paper's delivery (出证 / 到手 / 下证 time), a price, a contact; the lawful form keeps the training
(学时, 复训, 须本人, 继续教育). The lawful forms must stay silent in every pack without the model's veto.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

#: Spec tables and SKUs that list a special-operations paper with its exam (or training, or visit)
#: answered no: sale listings, found in the default pack and in all packs.
_FIELD_SELLERS = [
    "规格：焊工证 | 是否考试：否 | 周期：15天",
    "规格：电工证 | 是否考试：否 | 出证：10天",
    "品名：高处作业证 | 是否需要考试：否 | 价格：面议",
    "叉车证 | 是否本人考试：否 | 到手：7天",
    "商品：制冷证 | 是否培训：否 | 是否考试：否 | 下证：20天",
    "焊工证\n是否考试：否\n是否到场：否\n出证周期：半个月",
    "高压电工证 | 是否考试：否 | 价格：1200",
    "叉车证 | 是否考试：否 | 是否体检：否 | 全国联网可查",
    "低压电工证 规格：初训 是否考试：否 周期：20天 官网可查",
    "熔化焊证 | 是否考试：否 | 交付：快递到家",
    # a renewal or a course named, but its training waived or emptied and the paper delivered
    "电工证复审 | 是否考试：否 | 是否复训：否 | 出证：7天",
    "焊工证复审 | 是否考试：否 | 学时：免 | 到手：5天",
    "电工证继续教育 | 是否考试：否 | 学时：代刷 | 出证：3天",
    "焊工证复审申请 | 是否考试：否 | 须本人参加复训：否 | 出证：10天",
    # the hours named beside a price and a delivery: a listing, not a form
    "电工证 | 是否考试：否 | 复训学时：8 | 出证：7天 | 价格：800",
    "登高证复审 | 是否考试：否 | 复训学时：8 | 下证：3天 | 加v：dg3321",
    # (second reading) the hours beside the shop's order words, a day's delivery or a chat id
    "焊工证 | 是否考试：否 | 学时：8 | 拍下即发",
    "电工证 | 是否考试：否 | 课时：8 | 下单后三天出",
    "高处作业证复审 | 是否考试：否 | 继续教育：免 | 三天出",
    "电工证 是否需要考试：不需要 微信dg20451",
    # (second reading) the renewal's conditions, a lookup or a place named beside a seller's words
    "焊工证复审 | 是否考试：否 | 无违章也行 | 出证：3天",
    "电工证 | 是否考试：否 | 查询方式：官网可查 | 价格：800",
    "叉车证 | 是否需要考试：否 | 办理地点：全国 | 私聊",
]

#: Renewal applications, continuing-education courses, an exam centre's FAQ and sign-in sheets with
#: the same answered field: lawful, silent in every pack.
_FIELD_LAWFUL = [
    "电工证复审申请表 | 是否考试：否 | 复训学时：8 | 须本人参加复训",
    "安全生产继续教育网课 | 适用：电工证持证人 | 是否考试：否 | 学时：24",
    "焊工证复审登记 | 是否考试：否 | 是否复训：是 | 复训学时：8",
    "电工证延期复审 | 是否需要考试：否 | 培训：须本人参加 | 学时：8",
    "高处作业证复审报名表\n是否考试：否\n复训时间：3月5日\n须本人携带身份证参加复训",
    "叉车证持证人继续教育 | 是否考试：否 | 学时：16 | 须本人完成线上学习",
    "制冷证复审 | 是否考试：无 | 复训学时：8 | 培训须本人参加",
    "电工证初训报名表 | 是否考试：是 | 培训学时：60",
    "登高证继续教育课程 | 是否考试：否 | 课时：12 | 本人线上学习",
    "焊工证复审是否需要考试：不需要，但须本人参加8学时复训",
    "电工证复审须知：是否考试：否；是否参加复训：是，须本人参加",
    "单位安全培训签到表 | 持证：电工证 | 是否考试：否 | 学时：4",
    "考试中心问答 | 电工证复审是否考试：否，复训合格即可 | 初次取证是否考试：是",
    "焊工证换证申请 | 是否考试：否 | 换证条件：复审合格 | 须本人到窗口办理",
    "安全讲座 | 对象：焊工证持证人 | 考试：无 | 学时：2",
    "高压电工证复审培训班 | 是否考试：否 | 复训学时：8 | 报名电话：0571-86001234",
    "问卷：您的电工证是否已复审？否\n是否参加过复训？否",
    "叉车证复审培训 | 是否考试：否 | 培训学时：8 | 学费：300元 | 咨询电话：0571-86002345",
    # (second reading) an office's guide, a reissue, a report, a renewal notice and a course's dates
    "电工证复审办事指南 | 是否需要本人到场：否 | 办理方式：网上申请 | 咨询电话：0571-87001234",
    "焊工证补办 | 是否需要考试：否 | 须携带身份证到原发证机关申请",
    "记者调查：这家机构的焊工证是否考试无所谓，交钱就行，警方已立案",
    "特种作业操作证延期复审：是否考试：否；是否培训：是，复训学时不少于8学时",
    "叉车证复审通知\n是否考试：否\n请于3月10日前到培训中心参加复训\n联系电话：0571-86003456",
    "焊工证复审 | 是否考试：否 | 本人携带旧证参加复训 | 学时：8 | 费用：按物价局标准",
    "电工证复审培训 | 是否考试：否 | 复训学时：8 | 开班：每月5日",
    # (second reading) a lookup service, a school's online sign-up, the renewal's conditions, an
    # office's counter and an exam centre's answer under its question mark
    "焊工证查询服务 | 是否需要本人到场：否 | 查询方式：官网输入证书编号",
    "电工证考试报名 | 是否需要本人到场：否（网上报名） | 考试须本人参加",
    "焊工证复审 | 是否考试：否 | 复审条件：三年内无违章记录",
    "电工证延期复审 | 是否考试：否 | 条件：连续从事本工种10年以上且无违章",
    "叉车证换证 | 是否需要考试：否 | 办理地点：市场监管局窗口",
    "考点答疑：电工证复审是否需要考试？否，复审以培训为主",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _FIELD_SELLERS)
def test_answered_exam_field_sells_the_paper(det, text: str, packs) -> None:
    assert_sells(det, text, "certificate_sale", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _FIELD_LAWFUL)
def test_answered_exam_field_on_lawful_forms_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)
