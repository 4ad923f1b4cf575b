"""The listings spider: GBK keyword search, pagination, selectors, rendering on and off."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.store import open_store

from .market import ITEMS, KEYWORD, GbkMarket
from .site import SiteServer

SELECTORS = """\
  selectors:
    item_links: "div.item a.title::attr(href)"
    next_page: "//div[@class='pager']/a[contains(., '下一页')]/@href"
    title: "h1.t::text"
    shop: "span.shop::text"
    price: "em.price::text"
"""


def _targets(tmp_path: Path, base: str, selectors: bool = True) -> Path:
    path = tmp_path / "targets.yaml"
    path.write_text(
        "- name: gbk-market\n  platform: 示例商城\n  kind: listings\n"
        f"  search_url: '{base}/search?q={{keyword}}&page=1'\n  charset: gbk\n"
        f"  keywords: [{KEYWORD}]\n  allow_private: [127.0.0.1]\n  depth: 1\n"
        + (SELECTORS if selectors else ""),
        encoding="utf-8",
    )
    return path


def _crawl(adsweep, tmp_path: Path, targets: Path, *extra: str):
    store = f"sqlite:///{tmp_path}/s.db"
    r = adsweep(
        "crawl",
        "--targets",
        str(targets),
        "--store",
        store,
        "--no-ocr",
        "--evidence-dir",
        str(tmp_path / "ev"),
        *extra,
        cwd=tmp_path,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    return store


def test_gbk_search_pagination_and_selectors(adsweep, tmp_path: Path) -> None:
    market = GbkMarket()
    with SiteServer(market.route) as site:
        store = _crawl(
            adsweep,
            tmp_path,
            _targets(tmp_path, site.base_url),
            "--render",
            "never",
            "--no-screenshots",
        )
        assert market.queries and set(market.queries) == {KEYWORD}  # GBK bytes, decoded right
        assert site.fetched("/search") == 3  # three result pages through 下一页
        assert all(site.hits[f"/item/{i}.html"] == 1 for i in range(ITEMS))
        assert site.fetched("/about.html") == 0  # precise mode: result pages lead to items only
    with open_store(store) as s:
        hits = {h.url.rsplit("/", 1)[1]: h for h in s.iter_hits()}
        assert set(hits) == {f"{i}.html" for i in range(0, ITEMS, 2)}  # the ads, no result page
        h = hits["4.html"]
        assert (h.title, h.shop, h.price, h.platform) == ("商品4", "店铺1", "104", "示例商城")
        (run,) = s.list_runs()
        assert run["target"] == "gbk-market"


def test_generic_mode_without_selectors(adsweep, tmp_path: Path) -> None:
    market = GbkMarket()
    with SiteServer(market.route) as site:
        targets = _targets(tmp_path, site.base_url, selectors=False)
        store = _crawl(adsweep, tmp_path, targets, "--render", "never", "--no-screenshots")
        assert site.fetched("/item/") == 5  # first result page's items (depth 1)
        assert site.fetched("/about.html") == 1  # generic: every in-scope link
    with open_store(store) as s:
        assert s.count_hits() >= 3


@pytest.mark.browser
@pytest.mark.parametrize(("render", "hits"), [("never", 0), ("always", 8), ("auto", 8)])
def test_rendering_on_and_off(adsweep, tmp_path: Path, render: str, hits: int) -> None:
    """Item text written by JavaScript is only seen when the page is rendered in chromium."""
    market = GbkMarket(js_items=True)
    with SiteServer(market.route) as site:
        store = _crawl(adsweep, tmp_path, _targets(tmp_path, site.base_url), "--render", render)
        assert all(site.hits[f"/item/{i}.html"] >= 1 for i in range(ITEMS))
    with open_store(store) as s:
        found = list(s.iter_hits())
        assert len(found) == hits
        if hits:
            assert all(h.evidence.get("screenshot") for h in found), found[0].evidence
