"""Session 44, helper "catalogue": the special-operations catalogue beyond electricians and welders.

Coal and non-coal mine workers' cards, the driller's and the gas worker's, the hazardous-chemical
processes each by its own card, fireworks, height and refrigeration, and the principals' and safety
managers' paper by its older and short names (安全资格证, 安全合格证, 矿长证): the names reach the
sale rules with a bypass a few words away, and the forger's made-to-order rules (FC-001, FC-003,
FC-006) read the trades' own card names as CS-001..008 do. Lawful text with the same names stays
silent. Sentences written for this test, not taken from the held-out set.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, rule_ids


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("放炮员证 做一本 照片随便换 可查 私我 pd_01", "FC-006"),
        ("司钻作业证 可以开 要几本开几本 油田能查 加V zj_22", "FC-006"),
        ("安全生产知识和管理能力考核合格证 做一本 主要负责人的也有 扫码能出 私聊", "FC-006"),
        ("硝化工艺证 出一张 姓名照片你定 加微 xh_303", "FC-006"),
        ("煤气防护工证 高仿 跟真的一样 私信", "FC-001"),
    ],
)
def test_a_catalogue_card_made_to_order_fires_the_forgery_rules(det, text: str, rule: str) -> None:
    assert rule in rule_ids(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        # the principals' paper by its short name, the bypass a clause away
        "安全合格证 矿山主要负责人和安全管理人员的 快速办理 人不用到场 加微 aq_777",
        "矿长资格证 不培训 人不用来 三周到手 电话 139 0000 4567",
        # the processes and the mine workers by their own cards
        "烷基化工艺证 磺化工艺证 办理 本人不用到场 可查 私聊",
        "绞车工证 防突工证 尾矿工证 代办 人不用到 V kg_88",
    ],
)
def test_a_catalogue_card_sold_fires_cs001(det, text: str) -> None:
    assert "CS-001" in rule_ids(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "执法检查发现：该矿2名绞车工证已过期，1名防突工证与本人不符，已责令停止作业。",
        "法院查明，被告人为他人伪造放炮员证、煤气证等二十余本，判处有期徒刑二年。",
        "本中心开设加氢工艺证、氯化工艺证取证培训，考试由市应急管理局统一组织，本中心不承诺通过。",
        "钻井队招司钻3名，持司钻证上岗，包吃包住，电话 0546-8888 1234。",
        "安全资格证书为旧称，现称安全生产知识和管理能力考核合格证，丢失的可向原发证机关申请补办。",
        "请问矿长证复审要带什么材料？去年的安全合格证还能用吗？",
        "提醒：网上卖的“免考安全合格证”“矿长证代办”都是假的，请勿上当。",
        "烟花爆竹证考试安排：理论机考在市考点，实操在企业工房，请考生按时参加。",
        "某矿2名绞车司机无证上岗，监控工证与本人不符，罚款5万元。",
        "本校开设硝化工艺证、加氢工艺证取证培训，考试由应急管理局组织，合格后发证，不承诺通过。",
        "招煤气工，持煤气证优先，无证可由公司组织培训考证。",
        "排水工证 支柱工证 尾矿工证 考试时间另行通知，请关注市应急管理局官网。",
    ],
)
def test_lawful_catalogue_text_stays_silent_in_every_pack(det, text: str) -> None:
    assert rule_ids(det, text, ALL) == set()
