"""``ADSWEEP_FIELD_SELECTORS``: a generic crawl reads shop, seller, price and title on pages under
a URL prefix (the demo market's item pages), and a bad selector stops the crawl before it starts."""

from __future__ import annotations

import urllib.request

import pytest
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from crawlers.cli.demo_review import demo_fields
from crawlers.demo.market import catalog
from crawlers.settings_docs import adsweep_defaults
from crawlers.spiders.sweep import SweepSpider
from pipelines.config import SettingsError


def _spider(base: str, fields: dict) -> SweepSpider:
    crawler = get_crawler(SweepSpider, {**adsweep_defaults(), "ADSWEEP_FIELD_SELECTORS": fields})
    return SweepSpider.from_crawler(crawler, seeds=base + "/")


def _page(url: str) -> HtmlResponse:
    with urllib.request.urlopen(url, timeout=30) as r:  # the real demo page, as served
        return HtmlResponse(
            url=url, body=r.read(), headers={"Content-Type": r.headers["Content-Type"]}
        )


def test_demo_item_pages_give_shop_and_seller(demo_server) -> None:
    base = demo_server.base_url.rstrip("/")
    spider = _spider(base, demo_fields(base))
    item = catalog()[2]  # 焊工证⭐包⭐过⭐, 焊通证件咨询 / 焊通老李
    fields = spider.listing_fields(_page(base + item.path), None)
    assert fields == {"title": item.title, "shop": item.shop, "seller": item.seller,
                      "price": item.price}  # fmt: skip
    # Pages outside the prefix (the classifieds board names no seller) keep no fields.
    assert spider.listing_fields(_page(base + "/fenlei/post-1001.html"), None) == {}


def test_bad_field_selector_fails_before_the_crawl(demo_server) -> None:
    base = demo_server.base_url.rstrip("/")
    with pytest.raises(SettingsError, match="shop"):
        _spider(base, {base + "/market/item/": {"shop": "#J_ShopName::text(("}})
    with pytest.raises(SettingsError, match="owner"):
        _spider(base, {base + "/market/item/": {"owner": "#x::text"}})
