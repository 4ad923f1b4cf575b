"""Session 55, review27: a second reading of review24's and review25's readings (sentences written
for this file).

- The deal's instrument (``stance._deal_tool``) asks for a named party before the number; a 某 or
  男子 that only names the shop or the paper (王某焊工证直销, 李某证件工作室, 男子焊工证) is no party,
  and the shop's own word between the party and the number (…，本店通过微信 … 以每本N元出售) makes
  the writer the seller. A court's account that names the accused keeps the report.
- A QQ number closed by a full stop (``contacts._QQ``): the next English sentence naming the police
  or the seller counts as a report, but not the seller's boast about them (Police can't touch us,
  Officers never check) or its own name for itself (The seller is me).
- The victim's outcome beside a labelled waiver (``stance._victim_retells``) is never the shop's
  denial of one (没有一个被坑的, 从没被骗过, 未受骗过): that is the seller's reassurance.
"""

from __future__ import annotations

import pytest

from lexicon.contacts import contact_spans
from lexicon.normalize import normalize
from lexicon.stance import _victim_retells
from tests.lexicon.scanning import ALL, categories


@pytest.mark.parametrize(
    "text",
    [
        "男子焊工证，本店通过微信 hw_5353 以每本280元出售，当天出证",
        "王某焊工证直销，通过微信 hw_5353 以每本280元出售，不用考",
        "李某证件工作室：电工证不用考，通过微信 dg_7272 以每本350元出售",
        "赵某电工证专卖，本店利用QQ 552817364 以每本320元出售，免考",
        "男女都能办，男子也行，我们通过微信 dg_7272 以每本350元出售电工证，不用考试",
    ],
)
def test_a_seller_named_with_mou_or_nanzi_still_sells(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, ALL), text


@pytest.mark.parametrize(
    "text",
    [
        "被告人王某通过微信 hw_5353 以每本280元的价格出售伪造的焊工证，共售出六十余本。",
        "被告人张某为牟利，通过QQ 552817364 以每本320元的价格出售伪造的电工证。",
        "2022年以来，男子刘某在微信 dg_7272 上以每本350元的价格出售假冒的登高证。",
        "李某伪造焊工证后，通过微信 hw_5353 以每本280元的价格向他人出售。",
    ],
)
def test_the_accused_selling_through_a_number_stays_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set(), text


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("焊工证不用考包过 QQ 73920481. Police can't touch us", "73920481"),
        ("电工证快速下证 qq 62719035. Officers never check these cards", "62719035"),
        ("登高证免培训 QQ 51827364. The seller is me, ask anything", "51827364"),
        ("叉车证直接拿 QQ 40392817. Authorities cannot tell it from a real one", "40392817"),
    ],
)
def test_sellers_boast_about_police_keeps_the_qq(text: str, number: str) -> None:
    flat = normalize(text).text
    assert any(number in flat[a:b] for a, b in contact_spans(flat)), flat


@pytest.mark.parametrize(
    "text",
    [
        "Sellers used QQ 73920481. Police arrested three people in May.",
        "The ring listed qq 62719035. Officers said the cards were forged.",
        "Buyers wrote to QQ 51827364. The seller was detained last week.",
        "QQ 40392817 has been used by the gang to sell forged cards",
    ],
)
def test_report_after_the_qq_still_reads_no_contact(text: str) -> None:
    flat = normalize(text).text
    assert contact_spans(flat) == [], flat


@pytest.mark.parametrize(
    "text",
    [
        "问：登高证复审需要本人到场吗\n客服：不用到场，转完账就行，没有一个被坑的",
        "问：电工证年审要本人去吗\n答：不用去，付了款就行，老客户没有被拉黑过的",
    ],
)
def test_shops_denied_outcome_beside_its_waiver_still_sells(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, ALL), text


@pytest.mark.parametrize(
    "said",
    [
        "答：不用去，付了款就行，客户从没被骗过",
        "答：不用去，打款就行，老客户未受骗过一次",
        "客服：不用到场，转完账就行，没一个被坑",
    ],
)
def test_denied_outcome_is_no_victims_retelling(said: str) -> None:
    text = "问：焊工证换证要本人去吗\n" + said
    assert not _victim_retells(text, 0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "问：电工证年审要本人去吗\n答：不用去，付了款就行。我照做了，对方收钱后就把我拉黑了",
        "说说我没想到的事。问：焊工证换证要本人去吗\n答：不用去，打款就行。结果打款后被骗了",
    ],
)
def test_victims_outcome_beside_the_exchange_still_silences(det, text: str) -> None:
    assert categories(det, text, ALL) == set(), text
