"""Run one small Scrapy crawl in a fresh process and dump its stats and fetched URLs as JSON.

Scrapy's reactor cannot restart inside one process, so each test crawl is a subprocess:
``python tests/crawl/crawl_helper.py CONFIG.json OUT.json`` with config
``{"seeds": [...], "settings": {...}}``. The spider follows every link (the middlewares under
test decide what is fetched).
"""

from __future__ import annotations

import json
import sys
from collections.abc import AsyncIterator, Iterator
from typing import Any

import scrapy
from scrapy.crawler import CrawlerProcess

from crawlers import settings as ours
from crawlers.settings_docs import adsweep_defaults


class FollowSpider(scrapy.Spider):
    """Follows every link; records each response URL and status."""

    name = "follow"

    def __init__(self, seeds: list[str], render: bool | list[str] = False, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.seeds = seeds
        self.seen: list[str] = []
        #: Rendered crawls use the browser contexts named here in turn (as a real crawl reads
        #: in ``read`` and captures evidence in ``capture``); ``True`` is ``["read"]``.
        self.contexts = (["read"] if render is True else list(render)) if render else []
        self.sent = 0

    def _meta(self) -> dict[str, Any]:
        if not self.contexts:
            return {}
        self.sent += 1
        return {
            "playwright": True,
            "playwright_context": self.contexts[self.sent % len(self.contexts)],
        }

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.seeds:
            yield scrapy.Request(url, meta=self._meta())

    def parse(self, response: scrapy.http.Response, **kwargs: Any) -> Iterator[Any]:
        self.seen.append(response.url)
        for href in response.css("a::attr(href)").getall():
            yield response.follow(href, meta=self._meta())


def main(config_path: str, out_path: str) -> None:
    with open(config_path, encoding="utf-8") as f:
        config = json.load(f)
    settings = {
        **adsweep_defaults(),
        "LOG_LEVEL": "WARNING",
        "TELNETCONSOLE_ENABLED": False,
        "ROBOTSTXT_OBEY": False,
        "DOWNLOADER_MIDDLEWARES": ours.DOWNLOADER_MIDDLEWARES,
        "CLOSESPIDER_PAGECOUNT": 1000,
        "RETRY_ENABLED": False,
        "CONCURRENT_REQUESTS": 4,
        **config.get("settings", {}),
    }
    if config.get("render"):
        settings["DOWNLOAD_HANDLERS"] = ours.DOWNLOAD_HANDLERS
        settings["PLAYWRIGHT_LAUNCH_OPTIONS"] = ours.PLAYWRIGHT_LAUNCH_OPTIONS
        settings["PLAYWRIGHT_MAX_CONTEXTS"] = ours.PLAYWRIGHT_MAX_CONTEXTS
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(FollowSpider)
    process.crawl(crawler, seeds=config["seeds"], render=config.get("render", False))
    process.start()
    out = {
        "stats": {k: str(v) for k, v in crawler.stats.get_stats().items()},
        "seen": crawler.spider.seen,
    }
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(out, f)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
