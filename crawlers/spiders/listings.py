"""``listings``: search → result pages → item pages, following pagination.

A target gives a search URL template with ``{keyword}`` (encoded in the site's charset) and,
optionally, selectors. With an ``item_links`` selector the result pages only lead to items
(their own text is not stored as a listing), ``next_page`` pages through the results without
spending depth, and ``title``/``shop``/``seller``/``price``/``images`` make the item's fields
precise. Without selectors the spider works like ``sweep`` (generic mode), so a new site works
on day one.

Settings: ``ADSWEEP_LISTINGS_MAX_PAGES`` (result pages per keyword).
Stats: ``adsweep/listings/result_pages``, ``adsweep/listings/items``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import scrapy
from scrapy.http import Response

from crawlers.scope import in_scope
from crawlers.spiders.base import LISTING_FIELDS, BaseSweepSpider
from crawlers.targets import Selector, Target
from pipelines.extract import Extracted
from pipelines.items import PageItem

__all__ = ["ListingsSpider"]

_ROLE = "adsweep_role"
_PAGE = "adsweep_result_page"


class ListingsSpider(BaseSweepSpider):
    """Marketplace searches; a target's selectors decide which links are items."""

    name = "listings"

    def __init__(self, *args: Any, target_obj: Target | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.target_obj = target_obj
        self.selectors: dict[str, Selector] = dict(target_obj.selectors) if target_obj else {}
        self._next: dict[str, set[str]] = {}
        self._items: dict[str, set[str]] = {}

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> ListingsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.max_result_pages = spider.config.listings_max_pages
        return spider

    @property
    def precise(self) -> bool:
        """Selector mode: result pages lead to items and are not listings themselves."""
        return "item_links" in self.selectors

    def page_request(self, url: str, depth: int, **meta: Any) -> scrapy.Request:
        meta.setdefault(_ROLE, "result" if depth == 0 else "item")
        return super().page_request(url, depth, **meta)

    # -- parsing --------------------------------------------------------------------------------
    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        role = response.meta.get(_ROLE, "result")
        if role == "result":
            self.crawler.stats.inc_value("adsweep/listings/result_pages")
        for out in super().parse(response, **kwargs):
            if isinstance(out, PageItem) and self.precise and role == "result":
                continue  # the items are the listings, not the result page
            if isinstance(out, scrapy.Request) and self.precise:
                out = self._with_role(response, out)
                if out is None:
                    continue
            if isinstance(out, PageItem):
                self.crawler.stats.inc_value("adsweep/listings/items")
            yield out
        self._next.pop(response.url, None)
        self._items.pop(response.url, None)

    def _with_role(self, response: Response, request: scrapy.Request) -> scrapy.Request | None:
        """Result pages keep depth 0 (pagination is not depth); items get role ``item``."""
        if request.meta.get("adsweep_auto_rendered"):
            return request
        if request.url in self._next.get(response.url, ()):
            page = response.meta.get(_PAGE, 1) + 1
            if page > self.max_result_pages:
                return None
            meta = {**request.meta, _ROLE: "result", _PAGE: page, "adsweep_depth": 0}
            return request.replace(meta=meta)
        return request.replace(meta={**request.meta, _ROLE: "item"})

    def follow_links(self, response: Response, page: Extracted) -> Iterable[str]:
        if not self.precise:
            return super().follow_links(response, page)
        if response.meta.get(_ROLE, "result") != "result":
            return []
        items = self._select_links(response, "item_links")
        nexts = self._select_links(response, "next_page")
        self._items[response.url], self._next[response.url] = set(items), set(nexts)
        return [*items, *nexts]

    def _select_links(self, response: Response, field: str) -> list[str]:
        sel = self.selectors.get(field)
        if sel is None:
            return []
        urls = [response.urljoin(v.strip()) for v in sel.select(response).getall() if v.strip()]
        return [u for u in dict.fromkeys(urls) if in_scope(u, self.allowed)]

    def listing_fields(self, response: Response, page: Extracted) -> dict[str, str | None]:
        out = super().listing_fields(response, page)
        for field in LISTING_FIELDS:
            sel = self.selectors.get(field)
            if sel is not None:
                out[field] = sel.text(response)
        return out

    def page_item(
        self, response: Response, encoding: str, page: Extracted, rendered: bool
    ) -> PageItem:
        item = super().page_item(response, encoding, page, rendered)
        if "text" in self.selectors:
            parts = self.selectors["text"].select(response).getall()
            item.text = "\n".join(t.strip() for t in parts if t.strip()) or item.text
        if "images" in self.selectors:
            images = self.selectors["images"].select(response).getall()
            item.image_urls = [response.urljoin(u.strip()) for u in images if u.strip()]
        return item
