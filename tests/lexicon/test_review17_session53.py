"""Session 53, review17: a second reading of round 54 (review16, reports3, left13).
Sentences written for this file (not from any held-out set or real page).

- ``contacts.plausible_wechat`` refuses the English noun after an app's name (account, number,
  group …), right for a report's "a WeChat account", but the seller's own "WeChat account:
  kd_3391" then read no contact at all: the key stopped at the noun, and the id after it was never
  reached. The noun is now read as part of the key when a colon or an id with a digit follows it.
- FC-205's exception 正本 (Taiwan and Hong Kong wording for 原件) silenced a forger's "毕业证正本同款
  可查": the bare word is the forger's too (a copy "the same as the original"). Only the employer's
  pair (正本及影本, 正本与复印件) is kept as the exception; 影本 and 缴验 stay.
"""

from __future__ import annotations

import pytest

from lexicon.contacts import extract_contacts
from tests.lexicon.scanning import ALL, CERTS, rule_ids

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


# --- 2. FC-205: a forger's 正本 is no employer's check ---


@pytest.mark.parametrize(
    "text",
    [
        "毕业证正本同款 学信网可查 加v hk_55102",
        "本科毕业证 做工同正本一样 可查 微信 hk_55102",
        "學位證書 正本質感 可查 加微 hk_55102",
    ],
)
def test_a_forgers_original_still_fires(det, text: str) -> None:
    assert "FC-205" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "新進人員報到請帶畢業證書正本及影本，核對後正本當場退還",
        "錄取者請於報到日攜帶學位證書正本與影本各一份，聯絡電話 02-2365 8870",
    ],
)
def test_an_employers_original_and_copy_stay_silent(det, text: str) -> None:
    assert "FC-205" not in rule_ids(det, text, CERTS)
