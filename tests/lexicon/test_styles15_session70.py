"""Session 70, helper styles15: styles holdout246 was written in, read where they still fail.

Sentences written for this file (none is a row of holdout246 or of any real text). holdout246 holds
sellers and lawful lines in styles no project set had (voice-to-text transcripts, SKU names and spec
tables, auto-replies and quick-reply menus, bullet screens, web forms, QR landing pages, résumés,
pinyin and bilingual lines). On the unchanged code two readings of those styles fail:

- a voice-to-text transcript writes 包过 as 包锅 (锅 is read guo like 过): the default pack's GP-001
  reads it through the generated homophones, the training pack's GP-101 lists its homophones by hand
  and has none for 锅, so a teacher's 教资 / 一建 班 "包锅" was left to the learned model;
- a spec table answers the exam field with 否 (规格：焊工证 | 是否考试：否 | 周期：15天): CS-001 reads
  the field (terms/panel_bypass), but the field's key 是否 counts as a question cue, the candidate
  leans to a report and the model silences it (model:p=0.05). Not fixed this round: blanking the
  answered key (stance_mask) makes a renewal form and a continuing-education course with the same
  field fire, which the model's veto keeps silent today; the seller is kept here as a strict xfail,
  the two lawful forms as guards.

Each reading is tested with its sellers (must fire where their pack runs) and with the lawful
twins a learner, a school or an office would write with the same words (silent in every pack).
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

#: A transcript's 包锅 for 包过 beside an exam that is no special-operations paper.
_POT_PASS_SELLERS = [
    "嗯 教资那个班啊 我们是签协议的 包锅 你考虑一下",
    "教资面试 包锅 不锅全退 私聊",
    "一建 包锅班 加v jz2470",
    "喂 那个普通话考试啊 我们这边包锅的 嗯 你放心报",
]
#: The same character in a cooking class, a boiler job, a school's denial or a learner's warning.
_POT_PASS_LAWFUL = [
    "锅炉工培训班招生，承包锅炉房运维的单位可组织员工报名，考试由考点统一组织",
    "烘焙培训第三课：面包锅的使用和清洁",
    "嗯 教资那个班 我们不包锅的 考试得自己考",
    "语音转文字：教资笔试我考过了 包锅那种班都是骗人的 别信",
    "厨师证培训 今天学锅包肉 下周考试",
]

#: A spec table with nothing but the paper and the exam field answered no: still missed.
_FIELD_ONLY_SELLER = "规格：焊工证 | 是否考试：否 | 周期：15天"
#: A spec table or form that answers the exam field with no, beside a call or a delivery.
_FIELD_NO_EXAM_SELLERS = [
    "电工证办理 是否需要考试：无需 出证：20天",
    "登高证 是否本人考试：否 拍下联系客服",
    "叉车证\n是否参加考试：不需要\n交付：快递到家",
]
#: The same fields on a renewal form, a forms' yes, a learner's questionnaire or a course page.
_FIELD_NO_EXAM_LAWFUL = [
    "焊工证考试报名表 是否补考：否 是否首次考试：是",
    "问卷：您是否已参加过电工证考试？否",
    "电工证考试是否需要本人参加：是，须持身份证原件",
    "叉车证实操练车课 | 是否含考试费：否 | 考试须本人报名",
    "电工证复审申请表 | 是否考试：否 | 复训学时：8 | 须本人参加复训",
    "安全生产继续教育网课 | 适用：电工证持证人 | 是否考试：否 | 学时：24",
]


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _POT_PASS_SELLERS)
def test_transcript_pot_for_pass_is_a_promise(det, text: str, packs) -> None:
    assert_sells(det, text, "GP-", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _POT_PASS_LAWFUL)
def test_pot_in_lawful_lines_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _FIELD_NO_EXAM_SELLERS)
def test_exam_field_answered_no_sells_the_paper(det, text: str, packs) -> None:
    assert_sells(det, text, "certificate_sale", packs)


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _FIELD_NO_EXAM_SELLERS)
def test_exam_field_answered_no_sells_in_the_certificates_pack(det, text: str, packs) -> None:
    assert_sells(det, text, "certificate_sale", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _FIELD_NO_EXAM_LAWFUL)
def test_exam_fields_of_lawful_forms_are_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


# (issue 9, session 70, fields1) no longer an xfail: the answered field's 是否 is no question cue now
# (stance._ANSWERED_FIELD), and the renewal form and the course above keep their training
# (silence._form_training_kept)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_bare_spec_table_with_the_exam_field_answered_no(det, packs) -> None:
    assert_sells(det, _FIELD_ONLY_SELLER, "certificate_sale", packs)
