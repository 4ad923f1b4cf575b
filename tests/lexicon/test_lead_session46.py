"""Session 46 (lead): the one free retake the rules allow, and construction machines' papers in
the default pack. Each case is the project's own sentence; the assertions name rule ids."""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, SPECIAL, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "学满课时参加考试，一次没过可以免费补考一次，补考仍不合格的需重新参加培训",
        "结业后统一参加认定考核，考核不合格的学员可免费补考1次",
        "本中心承诺：理论考试不合格的，补考一次免费，补考费以外的费用自理",
    ],
)
def test_one_free_retake_is_a_fee_term_not_a_guarantee(det, text):
    assert not {i for i in rule_ids(det, text, ALL) if i.startswith("GP-")}


@pytest.mark.parametrize(
    "text",
    [
        "电工证培训 考不过免费补考 直到拿证为止 报名加v dg_2046",
        "焊工证包过，没过免费补考一次，电话 139 2256 8743",
        "高压电工 考不过免费补考 补到过为止 咨询 0531-8899 2046",
    ],
)
def test_retakes_until_passed_or_beside_a_pass_promise_still_fire(det, text):
    assert {i for i in rule_ids(det, text, ALL) if i.startswith("GP-")}


@pytest.mark.parametrize(
    "text",
    [
        "挖掘机操作证 不用考试 一周出证 电话 139 2256 8743",
        "装载机证 推土机证 快速办理 可查 私聊",
        "铲车证 压路机证 不用到场 十天下证 电话 139 2256 8743",
    ],
)
def test_machine_only_papers_leave_the_default_pack_for_certificates(det, text):
    assert not {"CS-001", "CS-003"} & rule_ids(det, text, SPECIAL)
    # with the certificates pack on, the default rule stays beside that pack's own finding
    assert "CS-001" in rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "挖机证+叉车证 一起办 不用考 直接拿证 微信 wj_2046",
        "挖掘机操作证 电工证 都能办 不用考 电话 139 2256 8743",
        "特种作业操作证 不用考试 一周出证 电话 139 2256 8743",
    ],
)
def test_a_special_operations_paper_beside_a_machine_is_still_read(det, text):
    assert "CS-001" in rule_ids(det, text, SPECIAL)


@pytest.mark.parametrize(
    "text",
    [
        "阿明：我看到有人卖叉车证，三百一本",
        "我看到有人卖焊工证，不用考试，一周拿证，这种能信吗",
        "朋友圈刷到有人在卖焊工证，八百一本，不用考",
        "发现有人卖电工证的，可以向应急管理局举报",
    ],
)
def test_a_sighting_of_someone_else_selling_is_not_an_offer(det, text):
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "看到有人卖假的叉车证？我们这里真证可查，三百一本，电话 139 2256 8743",
        "遇到有人问电工证怎么办？找我，不用考，一周拿证，电话 139 2256 8743",
        "看到有人需要电工证的，联系我，包过，微信 dg2046",
    ],
)
def test_a_seller_who_opens_with_a_sighting_still_fires(det, text):
    assert rule_ids(det, text, ALL)
