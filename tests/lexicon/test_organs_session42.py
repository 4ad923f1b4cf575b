"""State organs, their staff and national symbols in certificate and training ads (session 42,
helper organs, holdout93).

Outside special operations the ads borrow other organs: the education ministry and the exam
authorities for diplomas and 考研, the police and the vehicle office for driving licences, health,
finance and justice for nurse, accountant and legal-exam courses, the organisation department and
the civil-service bureau for 公考, and the emblem on the certificate picture. The same organs are
named lawfully all day: guides send the reader to them, they publish their own notices and
warnings, courts and reporters tell of the claim, public universities are 教育部直属 in truth.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "考研复试辅导 省考试院合作单位 调剂内部名额 报名加v ky_fushi",
        "教资面试班 教育局指定培训机构 小班授课 电话 13600002222",
        "驾校报名：车管所合作考场 随到随考 学费一口价",
        "护士资格证冲刺班 卫健委授权培训中心 报名私聊",
    ],
)
def test_training_ads_borrowing_an_organ_fire_ss101(det, text: str) -> None:
    assert "SS-101" in rule_ids(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "专科本科学历 教育部备案 免考下证 学信网可查 私我",
        "C1驾驶证 交管局内部指标 不用考试 加微 jz_c1c1",
        "会计证 财政部监制 直接办理 扣扣 66778899",
    ],
)
def test_paper_sold_under_an_organ_fires_ss201(det, text: str) -> None:
    assert "SS-201" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "公考面试 原组织部干部亲授 封闭集训 报名加v",
        "教师招聘冲刺 教育局退休干部授课 名额有限",
    ],
)
def test_officials_teaching_fire_ss102(det, text: str) -> None:
    assert "SS-102" in rule_ids(det, text, TRAINING)


def test_emblem_on_a_diploma_ad_fires_ss203(det) -> None:
    assert "SS-203" in rule_ids(det, "大专毕业证 证书带国徽 钢印 可查 加v by_66", CERTS)


def test_emblem_on_a_training_poster_fires_ss103(det) -> None:
    assert "SS-103" in rule_ids(det, "公考培训招生海报 国旗背景 报名电话 400-600-7788", TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        # guides and FAQ answers
        "学历真伪请登录教育部学信网查询，输入证书编号即可。",
        "驾驶证补领请到户籍地车管所办理，也可以在交管12123上申请。",
        "成人高考由省教育考试院统一组织，报名以考试院公告为准。",
        # the organs' own warnings and notices
        "省教育考试院声明：本院从未委托任何机构代办报名，网传内部渠道均属诈骗。",
        "财政部提示：会计从业资格证已经取消，网上的财政部监制会计证都是假的。",
        # news and courts
        "法院查明，被告人冒充考试院工作人员，以内部渠道办学历为名骗取钱财。",
        "警方通报：嫌疑人在网上宣称公安部备案可查，出售伪造驾驶证。",
        # a public university's truthful badge, the organ hiring
        "本校是教育部直属高校，2027年招生计划以各省考试院公布为准。",
        "市教育局下属事业单位公开招聘工作人员三名。",
        # flags and emblems where they belong
        "升旗仪式上全体师生向国旗敬礼。",
        "法庭正中悬挂国徽，请旁听人员关闭手机。",
        "教育局领导到学校检查开学准备工作。",
    ],
)
def test_lawful_mentions_stay_quiet_in_every_pack(det, text: str) -> None:
    assert not {r for r in rule_ids(det, text, ALL) if r.startswith("SS")}


def test_default_pack_does_not_read_the_wider_organs(det) -> None:
    # the special-ops SS rules keep their own organ list: 教育部 is not 应急管理局
    assert not {
        r
        for r in rule_ids(det, "教育部直属学历中心 专升本 加v xl_77", DEFAULT)
        if r.startswith("SS")
    }
