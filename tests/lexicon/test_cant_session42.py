"""The trade's own slang (session 42, helper cant, holdout90).

Sellers who avoid the words a filter knows call the certificate by its booklet and its trade in one
character (焊本, 焊本子, 登高本), say that it goes through "inside" (走内部) and that the buyer never
climbs into the exam hall (不用上考场, 无需进考场). The same words are said lawfully: an employer's
expenses and approvals go through its own procedure (走内部报销流程, 走内部审批, 走内部竞聘), an exam
centre says the learner must enter the hall, a reporter quotes the slang, a reader asks what it means.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import DEFAULT, rule_ids, rule_ids_no_model


@pytest.mark.parametrize(
    "text",
    [
        "焊本本 走内部 二十天左右 资料发我 v hb_3344",
        "焊本 人不用动 半个月到手 私",
        "低压电工本 这批走内部了 月底前出 要的报名字",
        "登高本 不用上考场 资料齐了就出 扣 7788 1234",
        "制冷本 无需进考场 十五天下本 私聊",
    ],
)
def test_slang_offers_raise_the_sale_rule(det, text: str) -> None:
    assert "CS-001" in rule_ids(det, text, DEFAULT)


def test_the_welders_booklet_with_a_terse_sale_word(det) -> None:
    assert "CS-004" in rule_ids(det, "焊本子 当天出 私我", DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "单位的电工证复审费用走内部报销流程，找人事签字",
        "我们厂焊工证统一走内部审批，员工本人参加培训考试",
        "这次岗位调整走内部竞聘，持电工证的优先",
        "焊工证考试必须本人进考场，说不用上考场的都是假证",
        "卖家声称焊本“走内部”“人不用动”，记者暗访发现全是假证",
        "请问焊本是什么意思？是焊工证吗？",
    ],
)
def test_the_same_words_said_lawfully_stay_silent(det, text: str) -> None:
    assert not rule_ids_no_model(det, text)
