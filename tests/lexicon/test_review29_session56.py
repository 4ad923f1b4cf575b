"""Session 56, review29: a second reading of review27's and review28's readings (round 60),
hunting in both directions. Sentences written for this file (none from the held-out sets or the
real corpus).

- The deal's instrument (``stance._deal_tool``): the shop's own word between the party and the
  number makes the writer the seller, but not where the party itself is the one speaking right
  after its name (被告人某某供述，我们通过微信 …): that 我们 is the accused's, in the confession the
  report quotes.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, rule_ids


def _rules(det, text: str, packs: list[str]) -> set[str]:  # type: ignore[no-untyped-def]
    return {r for r in rule_ids(det, text, packs) if not r.startswith("ML-")}


# --- the accused's own 我们 in a quoted confession -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "被告人周某供述，我们通过微信 qz_8181 以每本450元出售电工证，共卖出六十余本",
        "嫌疑人孙某交代说，本店通过微信 sd_2626 以每本380元出售高处作业证",
        "犯罪嫌疑人钱某在审讯中承认，我们利用QQ 739201845 以每本420元出售焊工证",
        "男子吴某坦白，我这里通过微信 wu_9090 以每本300元卖过叉车证，已被刑拘",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_the_accused_speaking_of_we_stays_a_report(det, text: str, packs: list[str]) -> None:
    assert _rules(det, text, packs) == set(), text


@pytest.mark.parametrize(
    "text",
    [
        "男子焊工证，我们通过微信 nz_4545 以每本260元出售，不用考试当天出证",
        "郑某：老客户都知道，本店通过微信 zm_3131 以每本300元出售电工证，免考",
    ],
)
def test_the_shop_speaking_of_we_still_sells(det, text: str) -> None:
    assert _rules(det, text, ALL), text
