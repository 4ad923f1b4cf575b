"""Session 73, review154: second reading of review148 (CS-244, the paper taken straight) and review149
(``silence._CLAIM_FAIL_DENIED``; CS-201's 天下 / 周下 breakers only after a count).

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- CS-244 reads a bare trade, a waived exam and 直接拿 / 直接领 / 直接给你. An office's renewal of a
  holder with a clean record (延期换证 / 延期复审, 连续从业无违章的免考, 直接领新证) is no sale; the
  seller one word away mails the paper (直接寄给你, 直接发你, 直接发给你) and was read by no rule.
- ``_CLAIM_FAIL_DENIED``: the lawful lines that deny a pass promise or failing (本校不存在…的说法;
  其实不存在包过, 考不过就补考) stay silent, the double-negative sellers keep firing.
- CS-201's 天下 / 周下 after a count are the paper "down" in so many days (证书一周下); a count before
  下达 (一周下达名单) or 下旬 (两周下旬) is an office's or a firm's schedule, not the paper.
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

#: Offices' renewals of a clean record: CS-244 must not read them in any pack run (CS-001 / CS-201 are
#: renew's reading of the same lines, see the xfail below).
_RENEWAL_OFFICE = [
    "高处作业证延期换证，连续从业无违章的免考，直接领新证，咨询窗口",
    "电工 焊工 延期复审：连续从业无违章的免考，直接领新证，咨询政务大厅",
    "登高作业人员连续十年无违章的，复审免考，直接领新证，咨询窗口",
    "电工证复审免考的，新证直接寄给你，不用跑窗口，咨询电话 0571-86330912",
]

#: Lawful lines with CS-244's words (or the mailed paper), silent in every pack run.
_LAWFUL_STRAIGHT = [
    "考试合格后可直接领取电子证照",
    "焊工考试合格后，证书可到窗口直接领",
    "叉车证成绩合格直接拿证，不需要再等通知",
    "电工班的资料直接给你发过去",
    "焊工题库直接给你，不用考前再找",
    "买家称不用考试直接拿证，实为假证",
    "记者调查：卖家声称电工证不用考试直接拿证，实为假证",
    "本报讯 有人在网上发帖称电工 焊工不用考 直接寄给你，警方提醒这是假证",
    "报名电工培训的同学，免考的那门课讲义直接发你邮箱",
    # (second reading, after the fix) the regulator, the newspaper, the question answered no, the school's
    # notes and bank, the office's papers sent over with the new words
    "警方提醒：网上 电工 焊工 免考 直接寄给你 的都是假证，请勿相信",
    "记者暗访：对方称叉车 电工 不用考 直接发你，记者付款后收到的是假证",
    "有人问：电工 焊工 能不能免考 直接寄给你？答案是不能，必须参加考试",
    "电工 焊工 复审培训，符合免考条件的学员，课件直接发你手机",
    "叉车 电工 考前题库直接发给你，考试必须本人参加",
    "电工 焊工 免考的政策文件直接发你，请对照条件申请",
    "电工 焊工 免考的政策文件直接给你，请对照条件申请",
    "叉车 电工 免考申请表格直接发给你，填好交窗口",
]

#: Sellers one word away from CS-244's words: the paper mailed or sent (default pack and all packs).
_MAILED = [
    "叉车 电工 免考 直接寄给你 加v",
    "电工 登高 无需考试 直接发你 私我",
    "焊工 司炉 不用考 直接发给你 要的扣1",
    # (second reading) sellers writing it slightly differently
    "叉车 焊工 不用考试 直接寄你家 私",
    "电工 高处 免考 证直接发给你 v信",
    "司炉 电工 不去考 题库都不用看 直接寄给你 私聊",
    "登高 电工 无需考试 直接发你 三天到 要的扣1",
]

#: Sellers already read on the unchanged code: they must stay read.
_SELLERS_KEPT = [
    "电焊 登高 不用考 直接到手 私我",
    "焊工 高压 不考试 直接拿本 要的扣1",
    "司索 信号工 免考 直接拿证 加v",
    "电工 焊工 复审免考 直接领新证 私我",
    "高处 电工 无违章的免考 直接领新证 交钱就行",
    "电工 焊工 免考 新证直接寄给你 扣1",
    "登高 焊工 延期换证 不用考 直接拿 加v",
]

#: Lawful lines that deny a pass promise or failing (review149's double negative is the writer's
#: own pass only when the verdict word is followed by the failing alone): silent in every pack run.
_FAIL_DENIED_LAWFUL = [
    "其实不存在包过，考不过就补考",
    "网上宣称包过，其实不存在包过，考不过就补考",
    "有机构宣称包过，其实不存在考不过的说法，考不过就重学",
    "有机构宣称包过，然而不存在考不过的，只有没好好学的",
    "有培训机构号称包过，其实不存在考不过的，只存在没认真学的",
    "有人宣称焊工证包过，其实不可能不过，是骗局",
    "某机构宣称叉车证包过，但是不存在考不过就退钱的好事",
    "有人号称电工证稳过，其实不存在不通过的情况？当然存在，请好好复习",
]

#: review149's double-negative sellers: still read in the default pack and all packs.
_FAIL_DENIED_SELLERS = [
    "焊工证网上宣称包过，其实不存在考不过的，交钱就行",
    "电工证别人宣称包过，事实上不存在过不了的，私聊",
]

#: A count before 下达 / 下发 / 下旬: a schedule, not the paper down. Silent in every pack run.
_COUNT_SCHEDULE = [
    "体系认证代办，三天下发通知，证书由认证机构颁发",
    "体系认证代办，一周下达名单，证书由认证机构颁发",
    "ISO体系认证代办，审核后三天下达整改意见，证书由认证机构颁发",
    "体系认证代办，每月中旬两周下旬各一批，证书由认证机构颁发",
    "企业资质代办，材料齐全一周下达受理通知，证书由住建部门核发",
    "体系认证代办，两周下达审核计划，证书由认证机构颁发",
    "体系认证代办，三天下达受理通知书，证书由认证机构颁发",
]

#: The paper down after a count (lawful11's reading): still read by CS-201 in the certificates pack.
_COUNT_DOWN_SELLERS = [
    "体系认证代办，证书一周下，不用审核",
    "体系认证代办，证书三天下，私聊",
    "个人证书代办，一周下，不用考，私",
    "体系认证代办，证书两周下，私聊",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _RENEWAL_OFFICE)
def test_renewal_of_a_clean_record_is_no_paper_taken_straight(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs, of="CS-244")


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL_STRAIGHT)
def test_lawful_lines_with_the_paper_taken_straight_are_silent(
    det, text: str, packs: Packs
) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _MAILED)
def test_paper_mailed_after_the_waived_exam_is_sold(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SELLERS_KEPT)
def test_sellers_of_the_neighbouring_shape_stay_read(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _FAIL_DENIED_LAWFUL)
def test_lawful_denials_of_failing_are_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _FAIL_DENIED_SELLERS)
def test_double_negative_pass_is_still_read(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, "GP-", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _COUNT_SCHEDULE)
def test_count_before_a_schedule_is_no_paper_down(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", [CERTS, ALL])
@pytest.mark.parametrize("text", _COUNT_DOWN_SELLERS)
def test_paper_down_after_a_count_is_still_read(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, "CS-201", packs)


@pytest.mark.xfail(
    strict=True,
    reason="CS-001 reads an office's 无违章的免考，直接领新证 (renew's reading, left alone)",
)
def test_renewal_of_a_clean_record_is_still_read_by_cs001(det) -> None:
    assert_silent(det, _RENEWAL_OFFICE[0], None)
