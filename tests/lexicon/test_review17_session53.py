"""Session 53, review17: a second reading of round 54 (review16, reports3, left13).
Sentences written for this file (not from any held-out set or real page).

- ``contacts.plausible_wechat`` refuses the English noun after an app's name (account, number,
  group …), right for a report's "a WeChat account", but the seller's own "WeChat account:
  kd_3391" then read no contact at all: the key stopped at the noun, and the id after it was never
  reached. The noun is now read as part of the key when a colon or an id with a digit follows it.
- FC-205's exception 正本 (Taiwan and Hong Kong wording for 原件) silenced a forger's "毕业证正本同款
  可查": the bare word is the forger's too (a copy "the same as the original"). Only the employer's
  pair (正本及影本, 正本与复印件) is kept as the exception; 影本 and 缴验 stay.
- ``context._PROMISE_ANSWER`` took 主页 as the seller's call after the promise (left13), but knew only
  骗 / 假 / 别信 / 不要信 / 违法 as a warning between them: a lawyer's or a regulator's account
  answering its own A-not-A question with "包过承诺无效，详见主页" read as the seller's hook, and the
  question's 不 lost its warning. The warning words now include 无效, 套路, 陷阱, 违规, 非法 and the
  like.
"""

from __future__ import annotations

import pytest

from lexicon.contacts import extract_contacts
from tests.lexicon.scanning import ALL, CERTS, categories, rule_ids

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


# --- 3. an A-not-A question answered by a warning that points to the profile page ---


@pytest.mark.parametrize(
    "text",
    [
        "登高证能不能包过？包过承诺无效，详见主页",
        "电工证包不包过？包过的说法都是套路，主页有普法",
        "叉车证能不能包过？包过属于违规宣传，看主页的提醒",
        "焊工证可不可以包过？包过是陷阱，主页置顶有举报方法",
    ],
)
def test_a_warning_that_points_to_the_profile_stays_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "登高证能不能包过？包过，详见主页",
        "制冷证包不包过？回复：包的，看主页",
    ],
)
def test_the_promise_and_the_profile_still_offer(det, text: str) -> None:
    assert "guarantee_promise" in categories(det, text, ALL)
