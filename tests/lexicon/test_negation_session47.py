"""Session 46, helper "negation" (round 37): negations that are the offer itself (没考试就拿到了,
一次考试都没参加, 考试都不用去, 没培训没考试 证照样可查) against negations that deny the trade (没考试
不能发证, 没有考试就能拿的证都是假的, 我们不办不考试的证).

Sentences written for this test, not taken from the held-out set (holdout140).
"""

from __future__ import annotations

import pytest

from lexicon.context import negation_before
from lexicon.silence import _NEGATE_AFTER, _NEGATES
from tests.lexicon.scanning import ALL, rule_ids


def test_mei_turns_an_exception_word_around() -> None:
    # 没考试 offers what 考试 (a school's exam notice) would excuse, as 不考试 does
    assert "没" in _NEGATES
    s = "登高证 没考试 照样出证"
    assert s[s.index("考试") - 1] in _NEGATES


def test_a_negation_after_the_exception_word_behind_dou_or_ye() -> None:
    for tail in ("都没参加", "都不用去", "也没上", "都不用", "都没去", "也不需要考"):
        assert _NEGATE_AFTER.match(tail) is not None, tail
    # a failure or a rule after the exam word is no offer: 考试都没通过, 考试不合格, 考试没过
    for tail in ("都没通过", "都没过", "不合格", "没通过", "都没及格", "合格后发证"):
        assert _NEGATE_AFTER.match(tail) is None, tail


def test_bu_ban_and_bu_mai_deny_the_word_right_after_them() -> None:
    s = "我们不办不考试的证"
    assert negation_before(s, s.index("不考试")) == "不办"
    s = "本店不卖免考的证"
    assert negation_before(s, s.index("免考")) == "不卖"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 没 before the exception word 考试: CS-203's exam exception no longer excuses it
        ("登高证 没考试 照样出证 官网能查 微信 dg-5521", {"CS-203"}),
        # the shill's "got it here, never sat the exam"
        ("叉车证是在这家办的 没考试 二十天就寄到了 网上查得到 推荐", {"CS-001"}),
        # the exam waved away after its own name (考试都不用去)
        ("制冷证 考试都不用去 培训也不用上 半个月出证 能查 v zl-3310", {"CS-001"}),
    ],
)
def test_a_negation_that_is_the_offer_is_found(det, text: str, expected: set[str]) -> None:
    assert rule_ids(det, text, ALL) & expected


@pytest.mark.parametrize(
    "text",
    [
        "我们不卖不考试的证，想拿证请报名培训，考试合格后由应急管理部门发证。",
        "本站不办不考试的证，特种作业证须经培训考试合格后由发证机关颁发。",
        "没考试不能发证，特种作业人员必须经培训考核合格，取得操作证后方可上岗。",
        "提醒：没有考试就能拿的焊工证都是假的，官网查不到，别上当。",
        "我们班考试都没参加完就放假了，电工证要等下个月才能考。",
    ],
)
def test_a_negation_that_denies_the_trade_stays_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)
