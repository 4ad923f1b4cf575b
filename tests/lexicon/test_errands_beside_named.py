"""Another errand listed beside a named special-operations certificate (session 32, books,
holdout49). CS-001's exceptions hold lawful errands and other papers (健康证, 驾照, 营业执照,
签证: ``other_errands``) so that an agency's 代办 of those is no certificate sale. Named in one
listing with one of the pack's own certificates (健康证 焊工证 导游证 都能代办), such a word
excused the named certificate too. Now (``unless_generic_only``) it excuses a generic
certificate word, and a named one only where the errand has the sale word to itself: nearer to
it and not written in one list with the named paper (健康证代办 焊工证培训).

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from lexicon.rules import lint
from tests.lexicon.lexicon_once import fresh_lexicon
from tests.lexicon.scanning import SPECIAL, rule_ids


def _reasons(det, text: str) -> list[str]:
    return [s.reason for s in det.scan_page(text=text, packs=SPECIAL).suppressed]


@pytest.mark.parametrize(
    "text",
    [
        "驾驶证、电工证、居住证 全都能帮办 免考 加v bb_2231",
        "健康证和叉车证 一起代办 人不用到场",
        "代办：护照 签证 登高证 不用去考场 私信",
        "焊工证+健康证+驾照 打包办 不考试 电话 136 0021 8875",
        "有要驾照或者制冷证的吗 不用考 直接办",
        # a generic word the sale took, the listing naming the pack's paper
        "高压电工证 厨师证 健康证 免考 十天出证",
    ],
)
def test_a_named_certificate_listed_with_errands_is_sold(det, text: str) -> None:
    assert "CS-001" in rule_ids(det, text, SPECIAL)


@pytest.mark.parametrize(
    ("text", "errand"),
    [
        # the errand has the sale word to itself
        ("健康证代办 焊工证培训班周末开课", "健康证"),
        ("电工证考试报名请到培训中心，营业执照代办找二楼", "营业执照"),
        ("驾照可以代办，焊工证必须本人参加考试", "驾照"),
        # a generic word beside the errand, no paper of the pack in reach
        ("健康证代办 当天拿证", "健康证"),
    ],
)
def test_an_errand_with_its_own_sale_word_still_excuses(det, text: str, errand: str) -> None:
    assert "CS-001" not in rule_ids(det, text, SPECIAL)
    assert f"unless:{errand}" in _reasons(det, text)


def test_the_param_names_a_known_set() -> None:
    lex = fresh_lexicon()
    cs001 = next(r for r in lex.rules if r.id == "CS-001")
    # (session 70, lawful8) the firms' own qualification errands excuse a generic 证书 the same way
    assert cs001.params["unless_generic_only"] == ["other_errands", "firm_errand"]
    assert not [p for p in lint(lex) if "unless_generic_only" in p]
