"""A seller vouching for its paper by refusing the forgery (session 35, lead; a leftover of the reports
helper): 我们不做假证，只代办… and 本店不干假的 are not a warning but the seller's claim, and the line
sells (a contact, a call). The same refusal from an office or a school that sells nothing, or quoted
in a report, stays a warning.

Written for these tests in the project's own words.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, categories


@pytest.mark.parametrize(
    "text",
    [
        "我们不做假证，只代办真证，焊工证不用考试，详询13912345678",
        "本店不干假的，高处作业证代办免考，v:gz_7788",
    ],
)
def test_a_seller_refusing_the_forgery_still_sells(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "我们不做假证，也不代办电工证，请通过正规培训考试取证",
        "记者暗访时，对方称“我们不做假证，电工证代办免考”，并留下电话13912345678",
        "我们不做电工证代办，请勿咨询",
    ],
)
def test_a_refusal_that_sells_nothing_stays_a_warning(det, text: str) -> None:
    assert not categories(det, text, ALL)
