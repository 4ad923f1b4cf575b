"""Real saved marketplace pages (ordinary listings): no findings and no invented contacts.

The raw Taobao search page once yielded a WeChat id read out of an image file name
(``…vxxxxbaapxxxxxxxxxx-500…``); ids must stand apart and look like ids a seller chose.
"""

from __future__ import annotations

import pytest

from lexicon.contacts import extract_contacts, plausible_wechat
from pipelines.extract import decode_html, extract_html
from tests.shared import real_page

PAGES = ["jd-search.html", "taobao-item.html", "taobao-search-raw.html", "tmall-item.html"]


@pytest.mark.parametrize("name", PAGES)
def test_real_page_is_clean(det, name: str) -> None:
    path = real_page(name)
    raw = decode_html(path.read_bytes()).text
    page = extract_html(raw, f"https://example.com/{name}")
    res = det.scan_page(text=page.text, title=page.title, url=f"https://example.com/{name}")
    assert res.findings == []
    assert res.contacts == []
    assert [c for c in extract_contacts(raw) if c.kind == "wechat"] == []


@pytest.mark.parametrize(
    "text",
    [
        "tb1n7kwrvxxxxbaapxxxxxxxxxx-500-127.png",
        "vxxxxbaapxxxxxxxxxx-50",
        "abcvx：sellcert88",
        "微信：xxxxxx",
        "vx：ab12",
        "wx：8abcdefg",
    ],
)
def test_implausible_wechat_ids_are_not_contacts(text: str) -> None:
    assert [c for c in extract_contacts(text) if c.kind == "wechat"] == []


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("dgz_2024", True),
        ("sell-cert88", True),
        ("13812345678", True),
        ("xxxbaapxxxxxxxxxx-50", False),
        ("abc12", False),
        ("a" * 21, False),
        ("1abcdefg", False),
        ("abcdef-", False),
    ],
)
def test_plausible_wechat(value: str, ok: bool) -> None:
    assert plausible_wechat(value) is ok


def test_wechat_key_followed_by_id_still_found() -> None:
    found = {(c.kind, c.value) for c in extract_contacts("电工证 vx:dgz_2024 / 加vx sellcert88")}
    assert found >= {("wechat", "dgz_2024"), ("wechat", "sellcert88")}
