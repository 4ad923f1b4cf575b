"""The download handler for rendered pages: scrapy-playwright behind the browser guard.

:class:`GuardedPlaywrightHandler` is scrapy-playwright's handler with four things added, so a
hostile page can neither reach what it must not nor hold the crawl:

* chromium is launched with :class:`crawlers.guardproxy.GuardProxy` as its only network path
  (private addresses, byte caps, image bombs, charset; see that module);
* every render has a deadline (``ADSWEEP_RENDER_TIMEOUT``): a page whose scripts never yield
  (alert loops, busy loops, navigation loops) is closed and the request fails with a one-line
  :class:`RenderError` (``adsweep/render/timeout``), never a hang;
* popups are closed as they open (``adsweep/render/popups_closed``) and service workers are
  blocked in every context;
* Playwright's own failures are reported as one line, not a traceback per page
  (``adsweep/render/failed``).

A failed render is not a lost page: the spider falls back to the static HTML
(:meth:`crawlers.spiders.base.BaseSweepSpider.on_error`).
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import threading
from dataclasses import dataclass
from typing import Any

from playwright.async_api import Error as PlaywrightError
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler

from crawlers.errors import RenderError
from crawlers.guardproxy import GuardPolicy, GuardProxy

__all__ = ["BrowserConfig", "GuardedPlaywrightHandler"]

logger = logging.getLogger(__name__)

#: Chromium flags the guard needs: our proxy terminates TLS; WebRTC must not bypass it.
GUARD_ARGS = (
    "--ignore-certificate-errors",
    "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
    "--webrtc-ip-handling-policy=disable_non_proxied_udp",
)


@dataclass(frozen=True, slots=True)
class BrowserConfig:
    """The browser guard's settings, read once (documented in ``crawlers/settings.py``)."""

    allowed: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]
    max_bytes: int
    fetch_timeout: float
    render_timeout: float
    max_image_pixels: int

    @classmethod
    def from_settings(cls, settings: Any) -> BrowserConfig:
        from crawlers.middlewares import _parse_networks
        from pipelines.config import setting

        return cls(
            allowed=tuple(_parse_networks(setting(settings, "ADSWEEP_ALLOW_PRIVATE", "list"))),
            max_bytes=setting(settings, "DOWNLOAD_MAXSIZE", "int"),
            fetch_timeout=setting(settings, "DOWNLOAD_TIMEOUT", "float"),
            render_timeout=setting(settings, "ADSWEEP_RENDER_TIMEOUT", "float"),
            max_image_pixels=setting(settings, "ADSWEEP_RENDER_MAX_IMAGE_PIXELS", "int"),
        )

    def policy(self) -> GuardPolicy:
        return GuardPolicy(
            allowed=self.allowed,
            max_bytes=self.max_bytes,
            timeout=self.fetch_timeout,
            max_image_pixels=self.max_image_pixels,
        )


class _OneLine(logging.Filter):
    """Drops the traceback of Playwright failures scrapy-playwright logs for every page."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if isinstance(exc, PlaywrightError | asyncio.CancelledError | TimeoutError):
            record.exc_info = None
            record.exc_text = None
        if isinstance(record.args, tuple):  # Playwright messages append a multi-line call log
            record.args = tuple(
                a.strip().splitlines()[0] if isinstance(a, str) and "\n" in a.strip() else a
                for a in record.args
            )
        return True


_ONE_LINE = _OneLine()


class GuardedPlaywrightHandler(ScrapyPlaywrightDownloadHandler):
    """scrapy-playwright with chromium behind :class:`GuardProxy` and a deadline per render."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.browser_config = BrowserConfig.from_settings(crawler.settings)
        self.guard = GuardProxy(self.browser_config.policy(), count=self._count)
        self._guard_loop: asyncio.AbstractEventLoop | None = None
        self._crawl_loop: asyncio.AbstractEventLoop | None = None
        logging.getLogger("scrapy-playwright").addFilter(_ONE_LINE)

    def _count(self, key: str) -> None:
        """Stats belong to the crawl's loop; the guard counts from its own thread."""
        if self._crawl_loop is not None and not self._crawl_loop.is_closed():
            self._crawl_loop.call_soon_threadsafe(self.stats.inc_value, key)

    async def _start_guard(self) -> str:
        """The guard gets its own thread and event loop: a crawl loop busy for seconds (a
        20 MB page being read) must not stall every request chromium makes meanwhile."""
        self._crawl_loop = asyncio.get_running_loop()
        self._guard_loop = asyncio.new_event_loop()
        threading.Thread(
            target=self._guard_loop.run_forever, name="browser-guard", daemon=True
        ).start()
        started = asyncio.run_coroutine_threadsafe(self.guard.start(), self._guard_loop)
        return await asyncio.wrap_future(started)

    async def _stop_guard(self) -> None:
        loop = self._guard_loop
        if loop is None:
            return
        self._guard_loop = None
        with contextlib.suppress(Exception):
            done = asyncio.run_coroutine_threadsafe(self.guard.close(), loop)
            await asyncio.wait_for(asyncio.wrap_future(done), 10)
        loop.call_soon_threadsafe(loop.stop)

    async def _launch(self) -> None:
        url = await self._start_guard()
        options = self.config.launch_options
        options["proxy"] = {"server": url, "bypass": "<-loopback>"}
        args = list(options.get("args") or [])
        options["args"] = args + [a for a in GUARD_ARGS if a not in args]
        logger.info("chromium goes through the browser guard at %s", url)
        await super()._launch()

    async def _close(self) -> None:
        try:
            await super()._close()
        finally:
            await self._stop_guard()

    async def _create_browser_context(self, name: str, context_kwargs: dict | None, spider=None):
        kwargs = {"service_workers": "block", **(context_kwargs or {})}
        return await super()._create_browser_context(name, kwargs, spider)

    async def _create_page(self, request: Request, spider: Any) -> Any:
        page = await super()._create_page(request, spider)
        page.on("popup", self._close_popup)
        return page

    async def _close_popup(self, popup: Any) -> None:
        self.stats.inc_value("adsweep/render/popups_closed")
        with contextlib.suppress(Exception):
            await popup.close(run_before_unload=False)

    async def _download_request(self, request: Request, spider: Any = None) -> Any:
        # Waiting for a free page, the render itself and closing the page: a browser that
        # stops answering (a crashed renderer, a dead connection) cannot hold a request longer.
        outer = 3 * self.browser_config.render_timeout
        try:
            response = await asyncio.wait_for(super()._download_request(request, spider), outer)
        except TimeoutError:
            self.stats.inc_value("adsweep/render/timeout")
            deadline = self.browser_config.render_timeout
            raise RenderError(f"render unfinished after {deadline:.0f} s: {request.url}") from None
        except PlaywrightError as e:
            self.stats.inc_value("adsweep/render/failed")
            first = (e.message or type(e).__name__).strip().splitlines()[0]
            raise RenderError(f"render failed: {first} ({request.url})") from None
        self._count_page_methods(request)
        return response

    async def _download_request_with_page(self, request: Request, page: Any, spider: Any) -> Any:
        """The render itself, on a page already given to it, within the render deadline.

        The deadline starts here, not while the request waits for a free page, so pages held
        by hostile neighbours do not use up this page's time. On timeout scrapy-playwright's
        own handler closes the page (the ``TimeoutError`` passes through it).
        """
        deadline = self.browser_config.render_timeout
        return await asyncio.wait_for(
            super()._download_request_with_page(request, page, spider), deadline
        )

    def _count_page_methods(self, request: Request) -> None:
        for pm in request.meta.get("playwright_page_methods") or ():
            result = getattr(pm, "result", None)
            if result == "not_idle":
                self.stats.inc_value("adsweep/render/not_idle")
            elif isinstance(result, dict) and result.get("capped"):
                self.stats.inc_value("adsweep/screenshot/height_capped")
