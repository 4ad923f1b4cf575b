"""Chromium under ``--render always`` cannot reach a private address, however a page asks.

The crawl runs in a network namespace whose only interface is loopback; the "private"
addresses the pages point at (10.0.0.1, 169.254.169.254, a name resolving to 10.0.0.1) are
local listeners that count every connection. Zero connections is the proof.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.hostile.conftest import MEMORY_BOUND
from tests.hostile.netns_crawl import RENDERED_TRAPS
from tests.hostile.web import BROWSER_PAGES, BROWSER_REDIRECTS

pytestmark = pytest.mark.browser


def _stat(result: dict[str, Any], key: str) -> int:
    return int(float(result["stats"].get(key, 0) or 0))


def test_no_connection_reaches_a_private_address(netns_crawl: dict[str, Any]) -> None:
    assert netns_crawl["connections"] == {}, netns_crawl["connections"]
    # iframe, 3 subresources, fetch + XHR + a fetch's redirect, popup, a name → 10.0.0.1,
    # and the two redirects of a navigation: each refused by the guard before any connect().
    assert _stat(netns_crawl, "adsweep/render/blocked_private") >= 9, netns_crawl["stats"]


@pytest.mark.parametrize("name", BROWSER_PAGES)
def test_page_reaching_for_private_addresses_is_still_stored(
    netns_crawl: dict[str, Any], name: str
) -> None:
    assert any(u.endswith(f"/b/{name}") for u in netns_crawl["hits"]), netns_crawl["hits"]


@pytest.mark.parametrize("name", BROWSER_REDIRECTS)
def test_redirect_to_a_private_address_is_refused(netns_crawl: dict[str, Any], name: str) -> None:
    assert netns_crawl["paths"].get(f"/b/{name}", 0) >= 1
    assert not any(u.endswith(f"/b/{name}") for u in netns_crawl["hits"])
    assert _stat(netns_crawl, "adsweep/blocked/private_address") >= 1


def test_rendering_never_downloads_more_than_the_cap(netns_crawl: dict[str, Any]) -> None:
    """Bombs and endless bodies in chromium are cut at DOWNLOAD_MAXSIZE after decoding."""
    assert _stat(netns_crawl, "adsweep/render/size_cap") >= 3, netns_crawl["stats"]
    assert netns_crawl["peak_rss"] < MEMORY_BOUND, netns_crawl["peak_rss"] >> 20


@pytest.mark.parametrize("name", RENDERED_TRAPS)
def test_good_page_next_to_a_rendered_trap_is_stored(
    netns_crawl: dict[str, Any], name: str
) -> None:
    assert any(u.endswith(f"/good/{name}") for u in netns_crawl["hits"])
    assert netns_crawl["stats"].get("finish_reason") == "finished"
    assert netns_crawl["returncode"] in (0, 3), netns_crawl["stderr"][-2000:]
