"""Category precision on offers that are detected (issue 9, quality14c).

The category decides which provision a takedown notice cites. A forged certificate that is
shipped home is a forgery, not the sale of a real certificate; a stand-in who sits the exam is
exam fraud, not a certificate errand. Every example is in the project's own words and none is a
line of holdout33.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import categories


@pytest.mark.parametrize(
    "text",
    [
        "硕士文凭高仿，做工精细，顺丰寄到府上",
        "学士学位证仿制，和学校发的一样，快递到家",
    ],
)
def test_a_forged_diploma_shipped_home_is_only_a_forgery(det, text: str) -> None:
    assert categories(det, text) == {"fake_certificate"}


@pytest.mark.parametrize(
    "text",
    [
        "驾照科目四代考，枪手替你进考场，本人不用露面",
        "会计证考试有人替考，你在家等成绩就行",
    ],
)
def test_a_stand_in_is_exam_fraud_not_a_certificate_sale(det, text: str) -> None:
    cats = categories(det, text)
    assert "exam_fraud" in cats
    assert "certificate_sale" not in cats


@pytest.mark.parametrize(
    "text",
    [
        "电工证代办，不用考试，半个月拿证，加微信详谈",
        "叉车证可以代办，免考下证，价格美丽",
    ],
)
def test_a_certificate_errand_is_still_a_sale(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text)


@pytest.mark.parametrize(
    "text",
    [
        "登高证免考办理，出证后网上随时能查到，诚信合作",
        "电焊证不用考，一周出证，平台可查，有意者私聊",
    ],
)
def test_a_no_exam_sale_that_boasts_a_record_is_a_sale_not_a_forgery(det, text: str) -> None:
    cats = categories(det, text)
    assert "certificate_sale" in cats
    assert "fake_certificate" not in cats


def test_a_forger_who_boasts_a_record_is_still_a_forgery(det) -> None:  # type: ignore[no-untyped-def]
    assert "fake_certificate" in categories(det, "高仿电工证制作，钢印齐全，网上可查，加微信")
