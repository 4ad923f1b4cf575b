"""Browser rendering decisions and page set-up for scrapy-playwright.

Reading a page needs its DOM, not its pictures: renders for reading block images, fonts and
media; renders for evidence (screenshots) load everything so the picture is what a buyer saw.
"""

from __future__ import annotations

import re
from typing import Any

from scrapy import Request
from scrapy_playwright.page import PageMethod

__all__ = [
    "RENDER_MODES",
    "block_heavy_resources",
    "looks_client_side",
    "read_request_meta",
    "screenshot_request",
]

RENDER_MODES = ("auto", "always", "never")
_HEAVY = {"image", "font", "media"}
_SCRIPT = re.compile(rb"<script\b", re.I)
_SPA_MARKERS = re.compile(
    rb"g_page_config|window\.__INITIAL_STATE__|__NEXT_DATA__|id=[\"'](app|root)[\"']\s*>\s*</div>|"
    rb"document\.write|\.innerHTML\s*=|createElement\(",
    re.I,
)


async def block_heavy_resources(page: Any, request: Request) -> None:
    """``playwright_page_init_callback``: abort images, fonts and media on reading renders."""

    async def _route(route: Any) -> None:
        if route.request.resource_type in _HEAVY:
            await route.abort()
        else:
            await route.continue_()

    await page.route("**/*", _route)


def looks_client_side(body: bytes, visible_text: str, links: int, min_text: int = 200) -> bool:
    """Static HTML whose content a script builds: scripts and little text, or an app shell."""
    scripts = len(_SCRIPT.findall(body))
    if not scripts:
        return False
    if len(visible_text) < min_text:
        return True
    return bool(_SPA_MARKERS.search(body)) and links < 5 + len(visible_text) // 400


def read_request_meta() -> dict[str, Any]:
    """Meta for a render whose purpose is reading the DOM."""
    return {
        "playwright": True,
        "playwright_page_init_callback": block_heavy_resources,
        "playwright_page_methods": [PageMethod("wait_for_load_state", "networkidle")],
        "playwright_context": "read",
    }


def screenshot_request(url: str, **meta: Any) -> Request:
    """A render that loads everything and returns a full-page PNG in the page-method result."""
    return Request(
        url,
        dont_filter=True,
        meta={
            "playwright": True,
            "playwright_context": "capture",
            "playwright_page_methods": [
                PageMethod("wait_for_load_state", "networkidle"),
                PageMethod("screenshot", full_page=True, type="png"),
            ],
            "adsweep_capture": True,
            **meta,
        },
    )
