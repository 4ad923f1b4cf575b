"""Session 73, review156: second reading of review154 (CS-244's paper mailed or sent straight, its
exceptions for an office's renewal, a school's study material and an office's papers; the
``_DAYS_DOWN_NOT`` words after a count in ``silence._own_breaker``).

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- A seller hides behind CS-244's new exceptions: the study material it says need not be read
  (题库不用背, 学习资料不用看, 表格都不用填) or the paper itself mailed beside it (证直接寄给你), and
  the buyer told to come for the paper (通知你来拿), whose 通知 was read as an office's notice.
- The lawful lines with the same words stay silent: the school's notes and the office's papers
  sent over, the card an office mails, the paper fetched when it arrives (证书到了通知你来拿),
  the newspaper and the regulator quoting the seller, the question answered no.
- A count before 下发 and a file other than the paper (三天下发受理回执, 一周下发审核计划) is a
  schedule, not the paper down; 下发证书 / 证书一周下发 / 证书三天下来 stay the paper.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ALL,
    ANY_RULE,
    CERTS,
    EVERY_PACK,
    WITH_SPECIAL,
    Packs,
    assert_sells,
    assert_silent,
)

#: The buyer told to come for the paper after it is sent (通知你来拿): the seller's step, not a
#: notice. Read in the default pack and all packs.
_COME_FOR_IT = [
    "电工 焊工 免考 直接发你 通知你来拿就行 私",
    "叉车 电工 不用考 直接寄给你 通知你来拿 私聊",
    "焊工 登高 无需考试 直接发给你 到了通知你来拿就行",
]

#: The study material or the form waved away (不用背, 不用看, 都不用填, 不用学) or the paper itself
#: mailed beside it: the seller behind CS-244's material exceptions.
_MATERIAL_WAVED = [
    "电工 焊工 题库不用背 免考 证直接寄给你 私",
    "叉车 司炉 不用考试 教材不用学 证直接发你",
    "电工 焊工 免考 讲义不用看 直接寄你家 滴我",
]

#: (after the fix) the material waved away with nothing but a bare 私 after the delivery: still missed.
#: The waved material alone is no breaker (the school's advice after its notes reads the same:
#: 免考的题库直接发你，题库都不用背，理解原理就行), and a bare 私 is left alone (GP-103 lists it as a
#: breaker of its own, where 私立 / 私教 break too).
_MATERIAL_WAVED_MISSED = [
    "登高 电工 免考 学习资料不用看 直接寄给你 私",
    "焊工 电工 不用考 表格都不用填 直接寄你 私",
    "电工 焊工 免考 课件都不用看 直接发给你 私",
]

#: A renewal's words beside the seller's call (滴我, 找我, 扣1): read on the unchanged code (CS-001),
#: kept read.
_RENEWAL_CALLED = [
    "电工 焊工 延期换证 不用考 直接领新证 滴我",
    "叉车 焊工 免考 新证直接寄给你 找我",
    "司炉 电工 复审免考 新证直接发你 要的扣1",
]

#: Lawful lines with the same words: silent in every pack run.
_LAWFUL = [
    "电工培训讲义直接发你邮箱，考试必须本人参加",
    "焊工 电工 复审合格的，电子证照直接发你手机",
    "电工 焊工 复审培训报名链接直接发你，考试由应急管理局组织",
    "电工证考试合格，证书到了通知你来拿",
    "电工 焊工 复审合格的，新证到了通知你来拿，请带身份证",
    "电工证复审合格，新证到了通知你拿证，请带原证",
    "叉车证考试合格后，证书到了会通知你来拿，不能代领",
    "电工 焊工 免考科目的复习资料直接发你，其余科目必须本人参加考试",
    "电工 焊工 免考的政策文件直接发你，有问题找我们窗口",
    "电工 焊工 免考的那门课题库直接发你，不用背，理解就行",
    "电工 焊工 免考科目的讲义直接发你，其余科目不用看教材也要本人考",
    "记者调查：有人称电工 焊工 免考 直接发你 通知你来拿就行，实为假证",
    "警方提醒：网上 电工 焊工 免考 题库不用背 证直接寄给你 的都是假证",
    "有人问电工 焊工 能不能免考 直接发你 通知你来拿？答案是不能，必须参加考试",
    # (second reading, after the fix) the teacher's call and advice, the office's notice told again
    "电工 焊工 免考科目的讲义直接发你，有问题找我们老师",
    "电工 焊工 免考科目的讲义直接发你，要的扣1",
    "电工 焊工 免考的题库直接发你，题库都不用背，理解原理就行",
    "学校：电工 焊工 免考那门的学习资料直接发你，资料不用看完，重点看第三章",
    "电工 焊工 免考的科目不用学，直接发你讲义参考",
    "电工 焊工 免考的通知直接发你，结果另行通知你",
    "电工 焊工 免考申请的通知直接发给你，审核通过再通知你来窗口",
    "电工 焊工 符合免考条件的，通知直接发你手机，请按通知到窗口办理",
    "电工 焊工 免考科目的讲义直接发你，证书考试合格后窗口领",
]

#: An office's clean-record renewal mailed, with the office's own 找我中心: CS-244 stays off it in
#: every pack run (CS-001 reads it in the default pack: renew's reading, left alone).
_RENEWAL_OFFICE = [
    "焊工 电工 延期换证：连续从业无违章的免考，新证直接寄给你，有疑问找我中心咨询",
]

#: A count before 下发 and a file other than the paper: a schedule. Silent in every pack run.
_COUNT_ISSUES_OTHER = [
    "体系认证代办，三天下发受理回执，证书由认证机构颁发",
    "体系认证代办，一周下发审核计划，证书由认证机构颁发",
    "企业资质代办，材料齐全两周下发受理单，证书由住建部门核发",
    "ISO体系认证代办，审核后三天下发整改意见，证书由认证机构颁发",
]

#: The paper itself down or issued after a count: CS-201 in the certificates pack and all packs.
_COUNT_PAPER_DOWN = [
    "体系认证代办，一周下发证书，不用审核",
    "体系认证代办，证书三天下来，私聊",
    "体系认证代办，证书一周下发",
    "体系认证代办，两周下发证书",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _COME_FOR_IT)
def test_buyer_told_to_come_for_the_paper_is_sold(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _MATERIAL_WAVED)
def test_material_waved_away_is_no_school_line(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _RENEWAL_CALLED)
def test_renewal_words_beside_a_call_stay_read(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL)
def test_lawful_lines_with_the_same_words_are_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _RENEWAL_OFFICE)
def test_office_renewal_mailed_is_no_cs244(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs, of="CS-244")


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _COUNT_ISSUES_OTHER)
def test_count_before_another_file_issued_is_no_paper_down(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", [CERTS, ALL])
@pytest.mark.parametrize("text", _COUNT_PAPER_DOWN)
def test_paper_down_or_issued_after_a_count_is_still_read(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, "CS-201", packs)


@pytest.mark.xfail(
    strict=True, reason="a bare 私 after the waved material breaks no exception (left alone)"
)
@pytest.mark.parametrize("text", _MATERIAL_WAVED_MISSED)
def test_material_waved_with_a_bare_private_is_still_missed(det, text: str) -> None:
    assert_sells(det, text, ANY_RULE, None)
