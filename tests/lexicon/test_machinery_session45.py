"""Session 45, helper "machinery": construction-machinery operators' papers (挖机证, 铲车证 …).

Sentences written for this test, not taken from the held-out set (holdout127).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, rule_ids


def _rules(det, text: str, packs: list[str] | None = None) -> set[str]:
    return set(rule_ids(det, text, packs or ALL))


@pytest.mark.parametrize(
    "text",
    [
        "二手装载机出售 证件齐全 可过户 电话 13700001111",
        "二手挖掘机出售，证照齐全，可试机，联系 13512345678",
        "二手车出售 证件齐全 可过户 电话 13900112233",
    ],
)
def test_machine_sold_with_its_papers_is_silent(det, text: str) -> None:
    assert _rules(det, text) == set()


def test_operator_paper_beside_a_machine_is_still_sold(det) -> None:
    text = "二手挖掘机出售 证件齐全 另办挖机证 不用考 电话 13700001111"
    assert "CS-201" in _rules(det, text, ["certificates"])


def test_proof_to_approve_makes_a_forgery_offer(det) -> None:
    assert "FC-241" in _rules(det, "做铲车证 照片编号随便改 出图确认", ["certificates"])


def test_report_quoting_the_proof_is_silent(det) -> None:
    text = "记者调查：卖家称“照片编号随便改 出图确认再付款”，所售挖机证均为伪造"
    assert _rules(det, text) == set()


def test_any_office_seal_pressed_is_forgery(det) -> None:
    assert "FC-003" in _rules(det, "做电工证 协会章 人社章 都能盖 私聊", ["special-ops"])


def test_question_about_seals_is_silent(det) -> None:
    assert _rules(det, "请问培训合格证上协会章和人社章都能盖吗？") == set()


@pytest.mark.parametrize(
    "text",
    [
        "挖机证代办 免考 十天拿证 网上可查 微信 wjz_3030",
        "推土机证 压路机证 出售 不用培训 直接拿证 电话 137 0000 5566",
    ],
)
def test_machinery_paper_sales_found_by_certificates_pack(det, text: str) -> None:
    assert "CS-201" in _rules(det, text, ["certificates"])


@pytest.mark.parametrize(
    "text",
    [
        "项目部招挖掘机手三名，持证者优先，管吃住，电话 136 2222 8899",
        "二十吨挖机对外出租 配机手 按小时算 电话 139 5555 1212",
        "想去工地开铲车，要先考什么证？去哪里报名？",
        "装载机操作培训班 每人上机八十小时 结业后参加技能等级认定 成绩以评价机构为准",
    ],
)
def test_lawful_machinery_text_is_silent(det, text: str) -> None:
    assert _rules(det, text) == set()
