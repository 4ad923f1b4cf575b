"""Session 74, review163: second reading of review156 (``gate._STEP_AFTER``'s 通知 + 你来拿 / 您来拿 /
你拿证 / 您拿证; CS-244's ``&material_sold`` breakers 滴我 and the paper mailed; the 通知 exception
broken by 通知你 / 通知您; ``silence._DAYS_DOWN_OTHER_FILE`` after a count before 下发).

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- An office or a school tells the holder of a free-exam renewal to come for the new card once it has
  arrived (新证到了通知你来拿，带上旧证): review156 read every 通知你来拿 as the seller's step, so the
  notice word no longer covered the line and CS-001 / CS-201 read its 复审免考.
- A school sends the notes of the exempted subject and calls its students (题库直接发你，要的滴我):
  review156 made 滴我 break CS-244's material exceptions.
- A seller whose paper is named a few characters after 下发 (三天下发电子证书, 十天下发纸质证书): review156's
  ``_DAYS_DOWN_OTHER_FILE`` read only the first character after 发 and took these for another file.
- Kept: the sellers review156 found (通知你来拿 without the paper's arrival and the holder's errand;
  讲义不用看 … 滴我; the paper mailed beside the notes), and the office's verb 通知你 / 通知您.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ALL,
    ANY_RULE,
    EVERY_PACK,
    WITH_CERTS,
    WITH_SPECIAL,
    Packs,
    assert_sells,
    assert_silent,
)

#: The paper named as arrived before 通知, the holder told to bring a card or sign after the step:
#: the office's or the school's notice beside a free-exam renewal. Silent in every pack run.
_ARRIVED_FETCH = [
    "电工 焊工 复审免考的新证到了通知你来拿，带上旧证",
    "焊工 电工 复审免考，新证到了通知您来拿，请带原证",
    "叉车 电工 延期复审免考的，证书到了会通知你来拿，需本人签收",
    "电工 登高 复审免考的学员，新证寄到后通知您来拿，带身份证",
    "复审免考的新证到了通知你来拿，带上旧证",
    "电工 焊工 免考科目合格的，证书到了通知你拿证，带身份证",
    # (second reading) the arrival said as 已到 / 寄到了, the card shown by id
    "电工 焊工 复审免考的新证已到，我们会通知你来拿，请带原证",
    "焊工 电工 延期复审免考，证书寄到了通知你来拿，凭身份证领取",
    "叉车 焊工 复审免考的证书已经到了，我们会通知您来拿，请带旧证",
]

#: The seller's step without the office's errand (no arrival named, or no card to bring): still read.
_STEP_SOLD = [
    "焊工 登高 免考 直接寄给你 到了通知你来拿 加v",
    "电工 叉车 不用考 直接发你 通知您来拿就行 私聊",
    "电工 焊工 免考 直接发你 证到了通知你来拿 私",
    "电工 焊工 免考 交钱 新证到了通知你来拿",
    # (second reading) the holder's errand followed by a call or the balance, or money to bring
    "电工 焊工 免考 直接发你 证到了通知你来拿，带身份证就行 私",
    "电工 焊工 免考 交钱 新证到了通知您来拿，带上尾款",
    "叉车 登高 不用考 到手再付 证到了通知你来拿，带上身份证和尾款",
]

#: (after the fix) the office's arrived card with nothing asked of the holder: CS-001 (default pack) and
#: CS-201 (certificates pack) read its 复审免考 as they read 新证到了你来拿 with no 通知 (before review156 the
#: notice word covered it). Left: the seller's 交钱 新证到了通知你来拿 reads the same.
_ARRIVED_FETCH_FIRING = [
    "电工 焊工 复审免考的新证到了通知你来拿",
]

#: The school's notes (题库, 课件, 讲义, 复习资料) sent over, then its call 滴我 to the class: silent in
#: every pack run.
_SCHOOL_CALL = [
    "电工 焊工 免考那门的题库直接发你，要的滴我",
    "电工 焊工 免考的课件直接发给你，需要的滴我一下",
    "电工 焊工 复审报名表格直接发你，不会填的滴我",
    # (after the fix) no rule; the learned scorer's ML-EF in the training-ads and all-packs runs (it
    # read the first of these two before review156 too; the model is left alone)
    "电工 焊工 复审培训，免考科目的讲义直接发你，报名的滴我",
    "电工 焊工 免考科目的复习资料直接发你，想报名的滴我",
    # (second reading) the call after the notes mailed to the inbox or home, the office's file explained
    "电工 焊工 免考科目的学习资料直接发你邮箱，有疑问滴我",
    "学校：电工 焊工 复审免考那门课的教材直接寄给你，收到后滴我确认",
    "电工 焊工 免考的政策文件直接发你，看不懂的滴我",
]

#: The material waved away, or the paper / 包过 / money beside the notes sent, with 滴我: still read.
_MATERIAL_SOLD = [
    "电工 焊工 免考 讲义不用看 直接寄你家 滴我",
    "电工 焊工 免考 题库直接发你 证直接寄给你 滴我",
    "电工 焊工 免考 讲义直接发你 包过 滴我",
    "叉车 司炉 不用考 课件都不用看 直接发你 滴我",
    "电工 焊工 免考 教材直接寄给你 交钱就行 滴我",
    # (second reading) the notes sent, then the seller's own terms before the call
    "电工 焊工 免考 讲义直接发你 不用本人 滴我",
    "电工 焊工 免考 讲义直接发你 直接拿证 滴我",
]

#: (after the fix) the notes sent and a bare 滴我, nothing else: silent again as before review156 (the
#: school's 免考那门的题库直接发你，要的滴我 reads the same).
_MATERIAL_CALL_MISSED = [
    "电工 焊工 免考 题库直接发你 滴我",
]

#: 通知你 / 通知您 as the office's verb beside a free-exam renewal: silent in every pack run.
_NOTICE_VERB = [
    "电工 焊工 复审免考的名单出来后通知您，证书直接寄给您",
    "电工 焊工 符合免考条件的我们会电话通知你，证书直接寄给你",
    "焊工 电工 延期复审免考的，审核通过后通知你，新证直接寄给你",
    "电工 焊工 复审免考的通知直接发你，审核完再通知你",
]

#: The paper named a few characters after 下发 (电子证书, 纸质证书, 电子版证书, 正本副本): the paper down,
#: CS-201 in the certificates pack and all packs.
_COUNT_PAPER_FAR = [
    "体系认证代办，三天下发电子证书",
    "体系认证代办，十天下发纸质证书",
    "体系认证代办，一周下发电子版证书，私聊",
    # (second reading) the paper after 全套 / 资质 / 认证
    "体系认证代办，三天下发全套证书，私聊",
    "体系认证代办，五天下发资质证书",
    "体系认证代办，一周下发认证证书，不用审核",
]

#: (after the fix) still missed in every pack run, before review156 too: 正本副本 names no 证.
_COUNT_PAPER_FAR_MISSED = [
    "体系认证代办，一周下发正本副本",
]

#: Another file issued after the count (资料清单, 受理回执, 审核报告): a schedule, silent everywhere.
_COUNT_OTHER_FILE = [
    "体系认证代办，一周下发资料清单，证书由认证机构颁发",
    "体系认证代办，三天下发受理回执，证书由认证机构颁发",
    "体系认证代办，受理后三天下发电子版审核报告，证书由认证机构颁发",
    "体系认证代办，两周下发现场审核通知，证书由认证机构颁发",
    # (second reading) 证 inside 认证 / 证据 / 验证: no paper
    "体系认证代办，审核后三天下发认证决定，证书由认证机构颁发",
    "体系认证代办，一周下发审核证据清单，证书由认证机构颁发",
    "体系认证代办，受理后三天下发验证报告，证书由认证机构颁发",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _ARRIVED_FETCH)
def test_arrived_paper_fetched_is_the_office_notice(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.xfail(
    strict=True, reason="复审免考 read by CS-001 / CS-201 with nothing asked of the holder"
)
@pytest.mark.parametrize("packs", [None, ["special-ops"], ["certificates"], ALL])
@pytest.mark.parametrize("text", _ARRIVED_FETCH_FIRING)
def test_arrived_paper_with_nothing_asked_still_fires(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _STEP_SOLD)
def test_seller_step_without_the_office_errand_is_read(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _SCHOOL_CALL)
def test_school_call_after_its_notes_is_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _MATERIAL_SOLD)
def test_material_beside_the_seller_is_read(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.xfail(strict=True, reason="a bare 滴我 after the notes sent is the school's call too")
@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _MATERIAL_CALL_MISSED)
def test_notes_sent_and_bare_call_is_still_missed(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _NOTICE_VERB)
def test_office_notice_verb_is_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _COUNT_PAPER_FAR)
def test_paper_named_after_issued_is_down(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, "CS-201", packs)


@pytest.mark.xfail(strict=True, reason="正本副本 names no 证: missed before review156 too")
@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _COUNT_PAPER_FAR_MISSED)
def test_paper_named_as_copies_is_still_missed(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, "CS-201", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _COUNT_OTHER_FILE)
def test_other_file_issued_is_a_schedule(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)
