"""Session 53, review17: a second reading of round 54 (review16, reports3, left13).
Sentences written for this file (not from any held-out set or real page).

- ``contacts.plausible_wechat`` refuses the English noun after an app's name (account, number,
  group …), right for a report's "a WeChat account", but the seller's own "WeChat account:
  kd_3391" then read no contact at all: the key stopped at the noun, and the id after it was never
  reached. The noun is now read as part of the key when a colon or an id with a digit follows it.
"""

from __future__ import annotations

import pytest

from lexicon.contacts import extract_contacts
from tests.lexicon.scanning import ALL, rule_ids

# --- 1. the seller's "WeChat account: <id>" is a contact ---


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("资料员证 不用考 WeChat account: kd_3391", "kd_3391"),
        ("安全员C证 直接出 wechat number: hx20260", "hx20260"),
        ("焊工证免考 wechat contact qz_7717", "qz_7717"),
        ("进我们的 wechat group: zs88012 领资料", "zs88012"),
    ],
)
def test_an_id_after_the_apps_noun_is_read(text: str, wanted: str) -> None:
    assert [c.value for c in extract_contacts(text) if c.kind == "wechat"] == [wanted]


@pytest.mark.parametrize(
    "text",
    [
        "the ring moved its buyers into wechat groups last spring",
        "Her wechat account suspended after the report",
        "they asked for a WeChat number and a deposit",
    ],
)
def test_the_apps_noun_alone_is_no_contact(text: str) -> None:
    assert not extract_contacts(text)


def test_a_seller_giving_its_account_after_the_noun_still_offers(det) -> None:
    text = "低压电工证包过 免考拿证 my wechat groups: kd33910"
    assert "CS-006" in rule_ids(det, text, ALL)
