"""The download handler for rendered pages: scrapy-playwright behind the browser guard.

:class:`GuardedPlaywrightHandler` is scrapy-playwright's handler with four things added, so a
hostile page can neither reach what it must not nor hold the crawl:

* chromium is launched with :class:`crawlers.guardproxy.GuardProxy` as its only network path
  (private addresses, byte caps, image bombs, charset; see that module);
* every render has a deadline (``ADSWEEP_RENDER_TIMEOUT``): a page whose scripts never yield
  (alert loops, busy loops, navigation loops) is closed and the request fails with a one-line
  :class:`RenderError` (``adsweep/render/timeout``), never a hang;
* popups are closed as they open (``adsweep/render/popups_closed``), orphans of a closed
  opener at the latest three render deadlines later (``adsweep/render/orphan_wait_ceiling``),
  and service workers are blocked in every context;
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


def _quiet(done: asyncio.Future) -> None:
    """Retrieves a background step's outcome: a page already gone is what we wanted."""
    if not done.cancelled():
        done.exception()


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
        #: Pages renders asked for (any other page in a context is a stray and is closed),
        #: by request while it renders, and page creations and closes under way.
        self._owned: set[Any] = set()
        self._page_of: dict[int, Any] = {}
        self._creating: set[asyncio.Future] = set()
        self._closing: set[asyncio.Future] = set()
        #: Contexts holding a page chromium would not close; the context recycler retires them
        #: (:class:`crawlers.middlewares.ContextRecycler`), and closing a context always works.
        self.wedged: set[str] = set()
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
        wrapper = await super()._create_browser_context(name, kwargs, spider)
        wrapper.context.on("page", self._on_context_page)
        wrapper.context.on("close", lambda _: self.wedged.discard(name))
        return wrapper

    async def _create_page(self, request: Request, spider: Any) -> Any:
        """A page for ``request``, created in a task the request's deadline cannot cut short.

        Cancelled halfway (the outer deadline), scrapy-playwright's own ``_create_page`` would
        keep the context's page slot and leave a page nobody closes; so the creation runs on,
        and a page made for a request that gave up waiting is closed as soon as it exists.
        """
        creation = asyncio.ensure_future(self._owned_page(request, spider))
        self._creating.add(creation)
        creation.add_done_callback(self._creating.discard)
        try:
            page = await asyncio.shield(creation)
        except asyncio.CancelledError:
            creation.add_done_callback(self._close_unclaimed)
            raise
        self._page_of.setdefault(id(request), []).append(page)
        return page

    async def _owned_page(self, request: Request, spider: Any) -> Any:
        page = await super()._create_page(request, spider)
        self._owned.add(page)
        page.on("close", lambda closed: self._owned.discard(closed))
        return page

    def _close_unclaimed(self, creation: asyncio.Future) -> None:
        if not creation.cancelled() and creation.exception() is None:
            closing = asyncio.ensure_future(self._close_page(creation.result()))
            self._closing.add(closing)
            closing.add_done_callback(self._closing.discard)

    async def _on_context_page(self, page: Any) -> None:
        """Every page of a context that no render asked for is closed: popups, including
        those of an opener already closed (Playwright sends no ``popup`` event for them).

        A page without an opener may be one a render's creation is about to return, so the
        creations under way are waited for, but no longer than a render may wait for its
        page: on a loaded machine one of them can wait for a page slot for that long, and
        meanwhile the orphans of a popup storm would stay open for good.
        """
        if await page.opener() is None:  # ours (once its creation returns), or an orphan
            loop = asyncio.get_running_loop()
            until = loop.time() + 3 * self.browser_config.render_timeout
            while page not in self._owned and self._creating and loop.time() < until:
                await asyncio.wait(
                    list(self._creating),
                    timeout=until - loop.time(),
                    return_when=asyncio.FIRST_COMPLETED,
                )
            if page in self._owned or page.is_closed():
                return
            if self._creating:
                self.stats.inc_value("adsweep/render/orphan_wait_ceiling")
        self.stats.inc_value("adsweep/render/popups_closed")
        await self._close_page(page)

    async def _close_page(self, page: Any) -> None:
        """Close ``page``: its route first, then the page, each waited for at most a render
        deadline (a wedged renderer must not hold the request; the step goes on without us).

        Once ``close()`` is called, Playwright stalls every request the page's route intercepts,
        so the route goes first. Even so, chromium sometimes never finishes closing a page that
        keeps navigating (a meta refresh loop: "pending navigations"); its renderer, fds and
        page slot would stay for the whole crawl, so its context is marked wedged and retired.
        """
        steps = (page.unroute_all(behavior="ignoreErrors"), page.close(run_before_unload=False))
        for step in steps:
            if page.is_closed():
                step.close()
                continue
            running = asyncio.ensure_future(step)
            running.add_done_callback(_quiet)
            await asyncio.wait([running], timeout=self.browser_config.render_timeout)
        if not page.is_closed():
            self._wedge(page)

    def _wedge(self, page: Any) -> None:
        name = next(
            (n for n, w in self.context_wrappers.items() if w.context is page.context), None
        )
        if name is None or name in self.wedged:
            return
        self.wedged.add(name)
        self.stats.inc_value("adsweep/render/page_wedged")
        logger.warning(
            "chromium would not close a page; retiring its context %s: %s", name, page.url
        )

    async def _download_request(self, request: Request, spider: Any = None) -> Any:
        # Waiting for a free page, the render itself and closing the page: a browser that
        # stops answering (a crashed renderer, a dead connection) cannot hold a request longer.
        outer = 3 * self.browser_config.render_timeout
        ours = not request.meta.get("playwright_include_page")
        if ours:  # scrapy-playwright would close the page itself, before its route is gone
            request.meta["playwright_include_page"] = True
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
        finally:
            await self._release(request, ours)
        self._count_page_methods(request)
        return response

    async def _release(self, request: Request, ours: bool) -> None:
        """The request's pages are closed however the render ended, the outer deadline's
        cancellation included (scrapy-playwright closes a page on an ``Exception`` only)."""
        pages = self._page_of.pop(id(request), [])
        if not ours:
            return
        request.meta.pop("playwright_include_page", None)
        request.meta.pop("playwright_page", None)
        for page in pages:
            await self._close_page(page)

    async def _download_request_with_page(self, request: Request, page: Any, spider: Any) -> Any:
        """The render itself, on a page already given to it, within the render deadline.

        The deadline starts here, not while the request waits for a free page, so pages held
        by hostile neighbours do not use up this page's time.
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
