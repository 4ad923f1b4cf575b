"""Browser rendering decisions and page set-up for scrapy-playwright.

Reading a page needs its DOM, not its pictures: renders for reading block images, fonts and
media; renders for evidence (screenshots) load everything so the picture is what a buyer saw.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import re
import socket
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy_playwright.page import PageMethod

from pipelines.extract import decode_html

__all__ = [
    "RENDER_MODES",
    "block_heavy_resources",
    "fix_document_charset",
    "looks_client_side",
    "read_request_meta",
    "screenshot_request",
]

logger = logging.getLogger(__name__)

RENDER_MODES = ("auto", "always", "never")
_HEAVY = {"image", "font", "media"}
_SCRIPT = re.compile(rb"<script\b", re.I)
_SPA_MARKERS = re.compile(
    rb"g_page_config|window\.__INITIAL_STATE__|__NEXT_DATA__|id=[\"'](app|root)[\"']\s*>\s*</div>|"
    rb"document\.write|\.innerHTML\s*=|createElement\(",
    re.I,
)


async def _serve_document(route: Any) -> None:
    """Serve an HTML document to chromium with the charset its bytes prove.

    Chromium believes the Content-Type header; evaders' pages lie about it (UTF-8 bytes under
    ``gbk``). Without this a rendered page reads as mojibake and its screenshot is useless as
    evidence. The bytes are unchanged; only the header's charset is corrected. (A fulfilled
    document has no network address, so chromium's own local-network checks would refuse its
    requests to allowed private networks: settings turn those checks off, and
    :func:`_private_target` enforces our policy on every request instead.) Redirects pass
    through so the browser follows them and the page URL stays true.
    """
    response = await route.fetch(max_redirects=0)
    ctype = response.headers.get("content-type", "")
    if not 200 <= response.status < 300 or (ctype and "html" not in ctype.lower()):
        await route.fulfill(response=response)
        return
    body = await response.body()
    charset = decode_html(body, ctype).encoding
    headers = {**response.headers, "content-type": f"text/html; charset={charset}"}
    await route.fulfill(response=response, headers=headers, body=body)


_VERDICTS: dict[tuple[str, tuple[str, ...]], bool] = {}


async def _private_target(url: str, allowed: tuple[str, ...]) -> bool:
    """True when a browser request would reach a private/loopback/link-local address.

    Scrapy's downloader middlewares never see what a page's scripts fetch, so the browser
    gets the same guard: a hostile page must not make our chromium probe internal services.
    """
    from crawlers.middlewares import _parse_networks, is_blocked_address

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    key = (parts.hostname, allowed)
    if key not in _VERDICTS:
        nets = _parse_networks(allowed)
        try:
            addrs = (
                [parts.hostname]
                if _is_ip(parts.hostname)
                else [
                    str(info[4][0])
                    for info in await asyncio.get_running_loop().getaddrinfo(
                        parts.hostname, parts.port or 80, type=socket.SOCK_STREAM
                    )
                ]
            )
        except OSError:
            addrs = []
        _VERDICTS[key] = any(is_blocked_address(a, nets) for a in addrs)
    return _VERDICTS[key]


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _route_handler(block_heavy: bool, allowed: tuple[str, ...]) -> Any:
    async def _route(route: Any) -> None:
        req = route.request
        try:
            if await _private_target(req.url, allowed):
                logger.warning("browser request blocked (private address): %s", req.url)
                await route.abort("addressunreachable")
            elif block_heavy and req.resource_type in _HEAVY:
                await route.abort()
            elif req.resource_type == "document" and req.is_navigation_request():
                await _serve_document(route)
            else:
                await route.continue_()
        except Exception:  # a route that failed must not hang the page
            with contextlib.suppress(Exception):
                await route.continue_()

    return _route


def _allowed(request: Request) -> tuple[str, ...]:
    return tuple(request.meta.get("adsweep_allow_private") or ())


async def block_heavy_resources(page: Any, request: Request) -> None:
    """``playwright_page_init_callback`` of reading renders: no images, fonts or media;
    documents served with the charset their bytes prove; no private addresses."""
    await page.route("**/*", _route_handler(True, _allowed(request)))


async def fix_document_charset(page: Any, request: Request) -> None:
    """``playwright_page_init_callback`` of evidence renders: everything loads (but private
    addresses), documents served with the charset their bytes prove."""
    await page.route("**/*", _route_handler(False, _allowed(request)))


def looks_client_side(body: bytes, visible_text: str, links: int, min_text: int = 200) -> bool:
    """Static HTML whose content a script builds: scripts and little text, or an app shell."""
    scripts = len(_SCRIPT.findall(body))
    if not scripts:
        return False
    if len(visible_text) < min_text:
        return True
    return bool(_SPA_MARKERS.search(body)) and links < 5 + len(visible_text) // 400


def read_request_meta(allow_private: list[str] | tuple[str, ...] = ()) -> dict[str, Any]:
    """Meta for a render whose purpose is reading the DOM."""
    return {
        "adsweep_allow_private": list(allow_private),
        "playwright": True,
        "playwright_page_init_callback": block_heavy_resources,
        "playwright_page_methods": [PageMethod("wait_for_load_state", "networkidle")],
        "playwright_context": "read",
    }


def screenshot_request(
    url: str, allow_private: list[str] | tuple[str, ...] = (), **meta: Any
) -> Request:
    """A render that loads everything and returns a full-page PNG in the page-method result."""
    return Request(
        url,
        dont_filter=True,
        meta={
            "playwright": True,
            "playwright_context": "capture",
            "playwright_page_init_callback": fix_document_charset,
            "playwright_page_methods": [
                PageMethod("wait_for_load_state", "networkidle"),
                PageMethod("screenshot", full_page=True, type="png"),
            ],
            "adsweep_capture": True,
            "adsweep_allow_private": list(allow_private),
            **meta,
        },
    )
