"""ScreenshotPipeline: a full-page PNG of every page with a finding, as a buyer saw it.

It renders the page's final URL in chromium through scrapy-playwright (the ``capture``
context loads images and fonts, unlike reading renders) via the crawl's own downloader, so a
page that was read statically still gets its picture. An endless page is captured down to
``ADSWEEP_SCREENSHOT_MAX_HEIGHT`` CSS pixels (``adsweep/screenshot/height_capped``).
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
    """``ADSWEEP_SCREENSHOTS`` and the limits of one screenshot (idle wait, height, largest
    page shot)."""

    enabled: bool
    idle_wait: float
    max_height: int
    max_body: int

    @classmethod
    def from_settings(cls, settings: Any) -> ScreenshotConfig:
        return cls(
            enabled=setting(settings, "ADSWEEP_SCREENSHOTS", "bool"),
            idle_wait=setting(settings, "ADSWEEP_RENDER_IDLE_WAIT", "float"),
            max_height=setting(settings, "ADSWEEP_SCREENSHOT_MAX_HEIGHT", "int"),
            max_body=setting(settings, "ADSWEEP_SCREENSHOT_MAX_BODY", "int"),
        )


class ScreenshotPipeline:
    """The browser may reach the private networks the run allows, and no others."""

    def __init__(self, crawler: Any, run: RunContext, config: ScreenshotConfig) -> None:
        self.crawler = crawler
        self.allow_private = list(run.allow_private)
        self.config = config
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> ScreenshotPipeline:
        config = ScreenshotConfig.from_settings(crawler.settings)
        if not config.enabled:
            raise NotConfigured  # bare: switched off on purpose, not worth a warning
        return cls(crawler, RunContext.of(crawler), config)

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, PageItem) or item.screenshot is not None or item.hit is None:
            return item
        limit = self.config.max_body
        if limit and len(item.body or b"") > limit:
            # Laying out megabytes of text stalls chromium for minutes; the WARC keeps it all.
            self.stats.inc_value("adsweep/screenshot/skipped_large")
            return item
        item.screenshot = await self._capture(item.final_url or item.url)
        return item

    async def _capture(self, url: str) -> bytes | None:
        request = screenshot_request(
            url,
            allow_private=self.allow_private,
            idle_ms=self.config.idle_wait * 1000,
            max_height=self.config.max_height,
        )
        try:
            response = await self.crawler.engine.download_async(request)
            methods = response.meta.get("playwright_page_methods") or []
            shot = methods[-1].result if methods else None
        except Exception as e:  # evidence capture failing must not drop the hit
            self.stats.inc_value("adsweep/screenshot/failed")
            logger.warning("screenshot of %s failed: %s", url, e)
            return None
        png = shot.get("png") if isinstance(shot, dict) else None
        if isinstance(png, bytes | bytearray) and png[:8] == b"\x89PNG\r\n\x1a\n":
            self.stats.inc_value("adsweep/screenshot/taken")
            return bytes(png)
        self.stats.inc_value("adsweep/screenshot/failed")
        return None
