"""Browser rendering decisions and page set-up for scrapy-playwright.

Reading a page needs its DOM, not its pictures: renders for reading block images, fonts and
media; renders for evidence (screenshots) load everything so the picture is what a buyer saw.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
from pathlib import Path
from typing import Any

from scrapy import Request
from scrapy_playwright.page import PageMethod

__all__ = [
    "RENDER_MODES",
    "block_heavy_resources",
    "capture_png",
    "driver_own_session",
    "looks_client_side",
    "read_request_meta",
    "screenshot_request",
    "settle",
]

logger = logging.getLogger(__name__)

RENDER_MODES = ("auto", "always", "never")
_NODE_WRAPPER = Path(__file__).with_name("bin") / "playwright-node"
_HEAVY = {"image", "font", "media"}
_SCRIPT = re.compile(rb"<script\b", re.I)
_SPA_MARKERS = re.compile(
    rb"g_page_config|window\.__INITIAL_STATE__|__NEXT_DATA__|id=[\"'](app|root)[\"']\s*>\s*</div>|"
    rb"document\.write|\.innerHTML\s*=|createElement\(",
    re.I,
)


def _route_handler(block_heavy: bool) -> Any:
    async def _route(route: Any) -> None:
        try:
            if block_heavy and route.request.resource_type in _HEAVY:
                await route.abort()
            else:
                await route.fallback()
        except Exception:  # a route that failed must not hang the page
            with contextlib.suppress(Exception):
                await route.continue_()

    return _route


async def block_heavy_resources(page: Any, request: Request) -> None:
    """``playwright_page_init_callback`` of reading renders: no images, fonts or media.

    Addresses, sizes, image bombs and charsets are the browser guard's job
    (:mod:`crawlers.guardproxy`): a route never sees every request chromium makes.
    """
    await page.route("**/*", _route_handler(True))


async def settle(page: Any, idle_ms: float) -> str:
    """Wait for the network to go quiet, but not for ever: ``idle`` or ``not_idle``.

    Pages that poll, stream or load without end never reach network idle; their DOM is read
    as it stands once ``idle_ms`` has passed (counted as ``adsweep/render/not_idle``).
    """
    from playwright.async_api import TimeoutError as PlaywrightTimeout

    try:
        await page.wait_for_load_state("networkidle", timeout=idle_ms)
    except PlaywrightTimeout:
        return "not_idle"
    return "idle"


async def capture_png(page: Any, max_height: int) -> dict[str, Any]:
    """A full-page PNG, at most ``max_height`` CSS pixels tall (infinite pages stay finite)."""
    height = await page.evaluate(
        "() => Math.max(document.documentElement ? document.documentElement.scrollHeight : 0,"
        " document.body ? document.body.scrollHeight : 0)"
    )
    width = (page.viewport_size or {}).get("width") or 1280
    shown = max(1, min(int(height or 1), max_height))
    png = await page.screenshot(
        full_page=True, type="png", clip={"x": 0, "y": 0, "width": width, "height": shown}
    )
    return {"png": png, "height": int(height or 0), "capped": int(height or 0) > max_height}


def looks_client_side(body: bytes, visible_text: str, links: int, min_text: int = 200) -> bool:
    """Static HTML whose content a script builds: scripts and little text, or an app shell."""
    scripts = len(_SCRIPT.findall(body))
    if not scripts:
        return False
    if len(visible_text) < min_text:
        return True
    return bool(_SPA_MARKERS.search(body)) and links < 5 + len(visible_text) // 400


def read_request_meta(
    allow_private: list[str] | tuple[str, ...] = (), idle_ms: float = 5_000
) -> dict[str, Any]:
    """Meta for a render whose purpose is reading the DOM."""
    return {
        "adsweep_allow_private": list(allow_private),
        "playwright": True,
        "playwright_page_init_callback": block_heavy_resources,
        "playwright_page_methods": [PageMethod(settle, idle_ms)],
        "playwright_context": "read",
    }


def screenshot_request(
    url: str,
    allow_private: list[str] | tuple[str, ...] = (),
    idle_ms: float = 5_000,
    max_height: int = 16_000,
    **meta: Any,
) -> Request:
    """A render that loads everything; its last page method's result is :func:`capture_png`'s."""
    return Request(
        url,
        dont_filter=True,
        meta={
            "playwright": True,
            "playwright_context": "capture",
            "playwright_page_methods": [
                PageMethod(settle, idle_ms),
                PageMethod(capture_png, max_height),
            ],
            "adsweep_capture": True,
            "adsweep_allow_private": list(allow_private),
            **meta,
        },
    )


def driver_own_session() -> None:
    """Run Playwright's Node.js driver in a session of its own (``setsid``).

    A terminal sends Ctrl-C to the whole foreground process group. Scrapy stops the crawl
    gracefully (the pages in flight are finished and stored), but the driver is in that group
    too: it would close chromium at once and exit, and every page still being rendered or
    screenshotted would fail. chromium itself is already started detached by the driver; the
    driver exits on its own when adsweep closes the pipe to it. ``PLAYWRIGHT_NODEJS_PATH`` is
    Playwright's documented way to choose the node executable; a node set there is kept.
    """
    if os.environ.get("ADSWEEP_PLAYWRIGHT_NODE") or not shutil.which("setsid"):
        return
    if not os.access(_NODE_WRAPPER, os.X_OK):  # an install that lost the executable bit
        return
    import playwright

    bundled = Path(playwright.__file__).parent / "driver" / "node"
    os.environ["ADSWEEP_PLAYWRIGHT_NODE"] = os.environ.get("PLAYWRIGHT_NODEJS_PATH") or str(bundled)
    os.environ["PLAYWRIGHT_NODEJS_PATH"] = str(_NODE_WRAPPER)
