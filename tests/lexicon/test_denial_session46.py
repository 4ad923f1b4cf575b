"""Session 46 (lead, second branch): a seller's denial of the warning word without a subject
(电工证免考拿证，绝不是骗人的套路，加微信…). Until now only 我们不是骗子-style denials with a subject
turned the warning word into the seller's vouching; each case here is the project's own sentence."""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "电工证免考拿证，绝不是骗人的套路，加微信 dg2046",
        "焊工证 不用考 一周拿证，并非骗局，电话 139 2256 8743",
        "高处作业证直接下证，绝对不是那种骗人的，私聊 qq 20462046",
    ],
)
def test_a_subjectless_denial_beside_a_pitch_is_the_seller_vouching(det, text):
    assert {"CS-001", "CS-201"} & rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "电工证免考拿证，绝不是骗人的套路",
        "网上所谓电工证免考拿证，绝不是什么捷径，都是骗人的",
        "警方提醒：所谓免考拿证并非捷径，而是骗人的把戏",
        "有人说电工证可以免考拿证，这根本不是真的，都是骗人的，请勿相信",
    ],
)
def test_the_same_denial_with_nothing_sold_stays_a_warning(det, text):
    assert not rule_ids(det, text, ALL)
