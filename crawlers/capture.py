"""ScreenshotPipeline: a full-page PNG of every page with a finding, as a buyer saw it.

It renders the page's final URL in chromium through scrapy-playwright (the ``capture``
context loads images and fonts, unlike reading renders) via the crawl's own downloader, so a
page that was read statically still gets its picture.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from scrapy.exceptions import NotConfigured

from crawlers.rendering import screenshot_request
from pipelines.config import setting
from pipelines.items import PageItem
from pipelines.run import RunContext

__all__ = ["ScreenshotConfig", "ScreenshotPipeline"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ScreenshotConfig:
    """``ADSWEEP_SCREENSHOTS``: whether pages with findings are photographed."""

    enabled: bool

    @classmethod
    def from_settings(cls, settings: Any) -> ScreenshotConfig:
        return cls(enabled=setting(settings, "ADSWEEP_SCREENSHOTS", "bool"))


class ScreenshotPipeline:
    """The browser may reach the private networks the run allows, and no others."""

    def __init__(self, crawler: Any, run: RunContext) -> None:
        self.crawler = crawler
        self.allow_private = list(run.allow_private)
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> ScreenshotPipeline:
        config = ScreenshotConfig.from_settings(crawler.settings)
        if not config.enabled:
            raise NotConfigured  # bare: switched off on purpose, not worth a warning
        return cls(crawler, RunContext.of(crawler))

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, PageItem) or item.screenshot is not None or item.hit is None:
            return item
        item.screenshot = await self._capture(item.final_url or item.url)
        return item

    async def _capture(self, url: str) -> bytes | None:
        request = screenshot_request(url, allow_private=self.allow_private)
        try:
            response = await self.crawler.engine.download_async(request)
            methods = response.meta.get("playwright_page_methods") or []
            png = methods[-1].result if methods else None
        except Exception as e:  # evidence capture failing must not drop the hit
            self.stats.inc_value("adsweep/screenshot/failed")
            logger.warning("screenshot of %s failed: %s", url, e)
            return None
        if isinstance(png, bytes | bytearray) and png[:8] == b"\x89PNG\r\n\x1a\n":
            self.stats.inc_value("adsweep/screenshot/taken")
            return bytes(png)
        self.stats.inc_value("adsweep/screenshot/failed")
        return None
