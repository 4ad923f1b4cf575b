"""A forger's boast that nobody can tell (单位人事根本验不出真假) is where the learned scorer reads
from, even with no certificate named: it is an anchor of the certificates pack (``verify_boast``),
read as written. Guides and reports that use the same words stay silent through the context stage
and the model itself."""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL

BOASTS = [
    "放心用，单位人事根本验不出真假",
    "我们做的章盖出来，银行柜台都看不出问题",
]
SILENT = [
    "肉眼看不出真假，需要到学信网查询",
    "很多用人单位根本查不出真假，导致假证泛滥",
    "这种假证做工粗糙，一眼就能看出问题",
    "医生说片子上看不出问题，让我放心",
    "我看不出这道题哪里有问题",
]


@pytest.mark.parametrize("text", BOASTS)
def test_a_boast_that_no_checker_can_tell_surfaces(det, text: str) -> None:
    res = det.scan_page(text=text, packs=ALL)
    assert [f.rule_id for f in res.findings] == ["ML-FC"], (res.findings, res.suppressed)
    assert res.findings[0].severity == "low"  # the model's lead, not a rule's finding


@pytest.mark.parametrize("text", SILENT)
def test_the_same_words_in_guides_and_reports_stay_silent(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings == []


def test_the_boast_is_an_unmasked_certificates_anchor(det) -> None:
    anchors = det.lex.sets["verify_boast"].terms
    assert "验不出真假" in anchors and "看不出来" in anchors
    assert (
        det.scan_page(text="放心用，单位人事根本验不出真假", packs=["special-ops"]).findings == []
    )
