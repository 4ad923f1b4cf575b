"""Session 45, helper "subsidy": subsidised training (职业技能提升行动, 以工代训, the special-operations
training subsidy) as a seller's bait, and the 骗补 kit sold to training schools -- sign-in and
attendance sheets made for absent trainees, composited face check-ins, padded rosters, courses
that never ran -- beside the offices' subsidy notices, lawful free courses, audits and news.

Sentences written for this test, not taken from the held-out set (holdout125).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, SPECIAL, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "补贴培训的签到表 花名册 培训日志 全套代做 笔迹各不相同 验收没问题 私聊 qd_2046",
        "以工代训补贴 员工名单随便报 不用真开班 抽查我们应对 加v ygdx_01",
        "补贴班人脸考勤照片合成 批量P 时间水印可改 核查专用 私信",
        "帮培训学校凑人头 学员名单我们有 补贴按期申报 审计查不出来 私",
    ],
)
def test_the_kit_sold_to_schools_is_a_forgery(det, text: str) -> None:
    assert "FC-252" in rule_ids(det, text, CERTS)


def test_a_sign_in_sheet_made_to_order_is_not_an_exam_proxy(det) -> None:
    found = rule_ids(det, "补贴培训签到表 考勤表 代做 笔迹各不相同 验收没问题 v：qd_make9", ALL)
    assert "FC-252" in found
    assert not {r for r in found if r.startswith("EF-")}


@pytest.mark.parametrize(
    "text",
    [
        "焊工补贴班 不用天天来 签到考勤我们代打 人不用到 私聊",
        "补贴网课 刷脸代签 代刷考勤 一个账号三十 私",
    ],
)
def test_the_sign_in_done_for_a_trainee_is_a_proxy(det, text: str) -> None:
    assert "EF-103" in rule_ids(det, text, ["training-ads"])


def test_an_invented_subsidy_office_is_the_organ_misused(det) -> None:
    text = "人社局补贴办公室：您有一笔焊工证补贴待领取 可免考直接领证 请加微信 rs_bt08"
    assert "SS-205" in rule_ids(det, text, SPECIAL)


def test_the_organ_designating_over_its_programme_name(det) -> None:
    text = "应急管理局补贴项目指定机构 登高证不用考 直接领证 加微 dg_bt11"
    assert "SS-001" in rule_ids(det, text, SPECIAL)


@pytest.mark.parametrize(
    "text",
    [
        "政府补贴电工证 不用上课 包拿证 还返现三百 加微 dg_fx66",
        "焊工证 补贴班 包过 不过全退 补贴照领 加v hg_bt12",
    ],
)
def test_the_subsidy_does_not_hide_a_sale_or_a_promise(det, text: str) -> None:
    assert rule_ids(det, text, SPECIAL)


@pytest.mark.parametrize(
    "text",
    [
        # the offices
        "培训补贴资金管理办法：培训机构须如实记录学员考勤，不得虚报学员、伪造签到表或代刷学时，违者追回补贴资金",
        "特种作业培训补贴 申领不用跑腿 网上直接办理 取证后直接申请",
        "学员须知：补贴培训全程人脸签到，不得代签到、代刷考勤，缺勤的不能申领补贴",
        # lawful schools
        "政府补贴 免费培训 低压电工 考试由应急管理局组织 考试合格可领补贴 报名电话 0571-8123 4567",
        "我们是补贴培训定点机构，须本人全程参加培训和考试，不代考不包过",
        "本校补贴培训实行人脸考勤，签到表由学员本人签字，补贴申报由学校统一办理",
        "培训结业证书由我校统一制作颁发，考核合格后发放，补贴按规定申领",
        # audits, news, workers
        "专项审计整改报告：对虚报学员、代刷学时的机构追回资金，相关人员移交纪检部门",
        "记者暗访：有中介向培训机构兜售代做签到表、凑人头的服务，帮助骗取培训补贴",
        "审计发现部分培训班签到表笔迹雷同，考勤照片背景一致，疑似伪造",
        "有人问我能不能帮忙代签到领补贴，我拒绝了，这是骗补",
    ],
)
def test_notices_lawful_courses_and_reports_stay_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)
