"""Downloader middlewares that keep a crawl polite and hard to trap.

* :class:`TrapGuardMiddleware` drops requests that look like crawler traps (too many pages on
  one host, huge URLs, many query parameters, repeated path segments, calendar-like infinite
  spaces, session ids and parameter churn by URL shape: :class:`crawlers.urlshapes.UrlShapes`).
  Each guard is counted in stats as ``adsweep/trap/<guard>``.
* :class:`PrivateAddressMiddleware` refuses private, loopback and link-local destinations,
  checked after DNS resolution (before the request) and again on the address the response
  really came from and on the final URL (after redirects, including a browser's own), unless the
  network is listed in ``ADSWEEP_ALLOW_PRIVATE``. Counted as ``adsweep/blocked/private_address``.
* :class:`RobotsPolicyMiddleware` records why robots.txt is not obeyed when a target turned it
  off (``ROBOTSTXT_OBEY = False`` with ``ADSWEEP_ROBOTS_OVERRIDE_REASON``), in the log and stats.
* :class:`ContextRecycler` retires a browser context after ``ADSWEEP_RENDER_RECYCLE_PAGES``
  renders (default 100) and closes it once its last page is done, so a long rendered crawl
  does not grow memory (scrapy-playwright users report leaks after hundreds of pages in one
  context). A context holding a page chromium would not close
  (``adsweep/render/page_wedged``) is retired at once. Counted as
  ``adsweep/render/contexts_recycled``.
* :class:`RetryBackoffMiddleware` waits before each retry, exponentially
  (``ADSWEEP_RETRY_BACKOFF_BASE`` × 2^(n-1), capped at ``ADSWEEP_RETRY_BACKOFF_MAX``), so a
  struggling site is not hammered by Scrapy's immediate retries. Waits are summed in
  ``adsweep/retry/backoff_seconds``.
* :class:`SizeCapMiddleware` applies ``DOWNLOAD_MAXSIZE`` to bodies that did not come through
  Scrapy's HTTP handler (a browser-rendered page), counted as ``adsweep/trap/size_cap``.

Settings (defaults and documentation in ``crawlers/settings.py``; a target's ``politeness``
overrides them), read once per middleware into :class:`MiddlewareConfig`:
``ADSWEEP_TRAP_*``, ``ADSWEEP_ROBOTS_OVERRIDE_REASON``,
``ADSWEEP_RETRY_BACKOFF_BASE``/``_MAX``, ``ADSWEEP_RENDER_RECYCLE_PAGES``, ``ROBOTSTXT_OBEY``,
``DOWNLOAD_MAXSIZE``. The private networks a crawl may reach (``ADSWEEP_ALLOW_PRIVATE``) are
the run's (:class:`pipelines.run.RunContext`).
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import re
import socket
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response

from crawlers.urlshapes import UrlShapes
from pipelines.config import setting
from pipelines.run import RunContext

__all__ = [
    "ContextRecycler",
    "MiddlewareConfig",
    "PrivateAddressMiddleware",
    "RetryBackoffMiddleware",
    "RobotsPolicyMiddleware",
    "SizeCapMiddleware",
    "TrapGuardMiddleware",
    "TrapLimits",
    "calendar_template",
    "is_blocked_address",
    "trap_reason",
]

logger = logging.getLogger(__name__)

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True, slots=True)
class TrapLimits:
    """The trap guards' limits (``ADSWEEP_TRAP_*``)."""

    max_pages_per_host: int
    max_url_length: int
    max_query_params: int
    max_repeated_segments: int
    max_calendar_pages: int
    calendar_years: int
    max_param_sets: int
    max_param_combos: int
    session_values: int

    @classmethod
    def from_settings(cls, settings: Any) -> TrapLimits:
        return cls(
            max_pages_per_host=setting(settings, "ADSWEEP_TRAP_MAX_PAGES_PER_HOST", "int"),
            max_url_length=setting(settings, "ADSWEEP_TRAP_MAX_URL_LENGTH", "int"),
            max_query_params=setting(settings, "ADSWEEP_TRAP_MAX_QUERY_PARAMS", "int"),
            max_repeated_segments=setting(settings, "ADSWEEP_TRAP_MAX_REPEATED_SEGMENTS", "int"),
            max_calendar_pages=setting(settings, "ADSWEEP_TRAP_MAX_CALENDAR_PAGES", "int"),
            calendar_years=setting(settings, "ADSWEEP_TRAP_CALENDAR_YEARS", "int"),
            max_param_sets=setting(settings, "ADSWEEP_TRAP_MAX_PARAM_SETS", "int"),
            max_param_combos=setting(settings, "ADSWEEP_TRAP_MAX_PARAM_COMBOS", "int"),
            session_values=setting(settings, "ADSWEEP_TRAP_SESSION_VALUES", "int"),
        )


@dataclass(frozen=True, slots=True)
class MiddlewareConfig:
    """Everything these middlewares read from the settings, read and checked once."""

    traps: TrapLimits
    robots_obey: bool
    robots_override_reason: str
    backoff_base: float
    backoff_max: float
    recycle_pages: int
    maxsize: int

    @classmethod
    def from_settings(cls, settings: Any) -> MiddlewareConfig:
        return cls(
            traps=TrapLimits.from_settings(settings),
            robots_obey=setting(settings, "ROBOTSTXT_OBEY", "bool"),
            robots_override_reason=setting(settings, "ADSWEEP_ROBOTS_OVERRIDE_REASON") or "",
            backoff_base=setting(settings, "ADSWEEP_RETRY_BACKOFF_BASE", "float"),
            backoff_max=setting(settings, "ADSWEEP_RETRY_BACKOFF_MAX", "float"),
            recycle_pages=setting(settings, "ADSWEEP_RENDER_RECYCLE_PAGES", "int"),
            maxsize=setting(settings, "DOWNLOAD_MAXSIZE", "int"),
        )


# -- trap guards -------------------------------------------------------------------------------

_DATE_IN_PATH = re.compile(
    r"(?<![0-9])((?:19|20)[0-9]{2})[-/_.](0?[1-9]|1[0-2])(?:[-/_.](0?[1-9]|[12][0-9]|3[01]))?"
    r"(?![0-9])"
)
_DATE_KEYS = frozenset({"date", "day", "month", "year", "ym", "ymd", "cal", "calendar", "d", "m"})
_COMPACT_DATE = re.compile(r"^((?:19|20)[0-9]{2})-?(0[1-9]|1[0-2])?-?([0-3][0-9])?$")


def _dates(url: str) -> tuple[str, list[int]]:
    """The URL with every date-like part replaced by ``{date}``, and the years found."""
    parts = urlsplit(url)
    years = [int(m.group(1)) for m in _DATE_IN_PATH.finditer(parts.path)]
    path = _DATE_IN_PATH.sub("{date}", parts.path)
    query = []
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        m = _COMPACT_DATE.match(value) or _DATE_IN_PATH.fullmatch(value)
        if key.lower() in _DATE_KEYS and (m or value.isdigit()):
            if m:
                years.append(int(m.group(1)))
            query.append(f"{key}={{date}}")
        else:
            query.append(f"{key}={value}")
    return f"{parts.hostname}{path}?{'&'.join(sorted(query))}", years


def calendar_template(url: str) -> str | None:
    """The URL with its dates blanked out, or None when the URL carries no date."""
    template, _ = _dates(url)
    return template if "{date}" in template else None


def _repeated_segments(path: str) -> int:
    segments = [s for s in path.split("/") if s]
    return max(Counter(segments).values(), default=0)


def trap_reason(url: str, limits: TrapLimits, now_year: int | None = None) -> str | None:
    """The guard a URL trips on its own (without per-host counting), or None."""
    if len(url) > limits.max_url_length:
        return "url_length"
    parts = urlsplit(url)
    if len(parse_qsl(parts.query, keep_blank_values=True)) > limits.max_query_params:
        return "query_params"
    if _repeated_segments(parts.path) > limits.max_repeated_segments:
        return "repeated_segments"
    _, years = _dates(url)
    now_year = now_year or time.gmtime().tm_year
    span = limits.calendar_years
    if any(y > now_year + 1 or y < now_year - span for y in years):
        return "calendar"
    return None


class TrapGuardMiddleware:
    """Drops trap-looking requests before they reach the network; every drop is counted."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.limits = MiddlewareConfig.from_settings(crawler.settings).traps
        self.pages_per_host: Counter[str] = Counter()
        self.calendar_pages: dict[str, set[str]] = {}
        self.shapes = UrlShapes(
            self.limits.max_param_sets, self.limits.session_values, self.limits.max_param_combos
        )

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> TrapGuardMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        if request.meta.get("adsweep_trap_exempt") or request.url.endswith("/robots.txt"):
            return
        reason = trap_reason(request.url, self.limits) or self._stateful_reason(request)
        if reason:
            self.crawler.stats.inc_value(f"adsweep/trap/{reason}")
            logger.debug("trap guard %s dropped %s", reason, request.url)
            raise IgnoreRequest(f"trap guard {reason}: {request.url}")

    def _stateful_reason(self, request: Request) -> str | None:
        if request.meta.get("retry_times") or request.meta.get("adsweep_auto_rendered"):
            return None  # the same page again, already counted
        if request.meta.get("adsweep_render_failed"):
            return None
        # Search result pages of a listings target vary keyword × page by design.
        churn_ok = request.meta.get("adsweep_role") == "result"
        if shape := self.shapes.reason(request.url, churn_ok=churn_ok):
            return shape
        template = calendar_template(request.url)
        if template is not None:
            seen = self.calendar_pages.setdefault(template, set())
            if request.url not in seen and len(seen) >= self.limits.max_calendar_pages:
                return "calendar"
            seen.add(request.url)
        host = (urlsplit(request.url).hostname or "").lower()
        if self.pages_per_host[host] >= self.limits.max_pages_per_host:
            return "max_pages_per_host"
        self.pages_per_host[host] += 1
        return None


# -- private addresses -------------------------------------------------------------------------


def _parse_networks(values: Iterable[str]) -> list[Network]:
    return [ipaddress.ip_network(v, strict=False) for v in values]


def is_blocked_address(address: str, allowed: Iterable[Network] = ()) -> bool:
    """True for private, loopback, link-local (and other non-public) IPs not explicitly allowed."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if any(ip in net for net in allowed):
        return False
    return not ip.is_global or ip.is_multicast


class PrivateAddressMiddleware:
    """Blocks requests whose host resolves to (or whose response came from) a private address."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.allowed = _parse_networks(RunContext.of(crawler).allow_private)
        self._verdicts: dict[str, str | None] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PrivateAddressMiddleware:
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        if not request.url.startswith(("http://", "https://")):
            return
        await self._check_url(request.url)

    async def process_response(self, request: Request, response: Response) -> Response:
        ip = getattr(response, "ip_address", None)
        if ip is not None and is_blocked_address(str(ip), self.allowed):
            self._block(response.url, str(ip))
        if _host(response.url) != _host(request.url):  # a browser followed a redirect itself
            await self._check_url(response.url)
        return response

    async def _check_url(self, url: str) -> None:
        host = _host(url)
        if host not in self._verdicts:
            self._verdicts[host] = await self._blocked_ip(host, urlsplit(url).port)
        if self._verdicts[host]:
            self._block(url, self._verdicts[host] or "")

    async def _blocked_ip(self, host: str, port: int | None) -> str | None:
        """The first resolved address that is blocked, or None; unresolvable hosts pass."""
        try:
            return host if is_blocked_address(host, self.allowed) else None
        except ValueError:
            pass  # a name, not an IP literal
        loop = asyncio.get_running_loop()
        try:
            infos = await loop.getaddrinfo(host, port or 80, type=socket.SOCK_STREAM)
        except OSError:
            return None  # the download itself reports DNS failures
        for *_, sockaddr in infos:
            if is_blocked_address(str(sockaddr[0]), self.allowed):
                return str(sockaddr[0])
        return None

    def _block(self, url: str, ip: str) -> None:
        self.crawler.stats.inc_value("adsweep/blocked/private_address")
        logger.warning("blocked %s: %s is a private/loopback/link-local address", url, ip)
        raise IgnoreRequest(f"private address {ip}: {url}")


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


# -- robots policy and size cap -----------------------------------------------------------------


class RobotsPolicyMiddleware:
    """Makes a robots.txt override visible: logged once and kept in stats with its reason."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        config = MiddlewareConfig.from_settings(crawler.settings)
        self.obey = config.robots_obey
        self.reason = config.robots_override_reason
        self._recorded = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RobotsPolicyMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        if self.obey or self._recorded:
            return
        self._recorded = True
        reason = self.reason or "（未说明理由）"
        self.crawler.stats.set_value("adsweep/robots/override_reason", reason)
        log = logger.warning if self.reason else logger.error
        log("robots.txt is NOT obeyed in this crawl; recorded reason: %s", reason)


class RetryBackoffMiddleware:
    """Exponential backoff before a retried request goes out again (non-blocking sleep)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        config = MiddlewareConfig.from_settings(crawler.settings)
        self.base = config.backoff_base
        self.cap = config.backoff_max

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryBackoffMiddleware:
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        tries = int(request.meta.get("retry_times") or 0)
        if tries <= 0 or self.base <= 0:
            return
        delay = min(self.cap, self.base * 2 ** (tries - 1))
        self.crawler.stats.inc_value("adsweep/retry/backoff_seconds", delay)
        await asyncio.sleep(delay)


class SizeCapMiddleware:
    """Drops bodies over ``DOWNLOAD_MAXSIZE`` that bypassed the HTTP handler's own cap."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.maxsize = MiddlewareConfig.from_settings(crawler.settings).maxsize

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SizeCapMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        maxsize = request.meta.get("download_maxsize", self.maxsize)
        if maxsize and len(response.body) > maxsize:
            self.crawler.stats.inc_value("adsweep/trap/size_cap")
            raise IgnoreRequest(f"body of {len(response.body)} bytes over {maxsize}: {request.url}")
        return response


# -- browser context recycling ---------------------------------------------------------------


class ContextRecycler:
    """Rotates scrapy-playwright context names by generation and closes retired contexts."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.every = MiddlewareConfig.from_settings(crawler.settings).recycle_pages
        self.generation: Counter[str] = Counter()
        self.renders: Counter[str] = Counter()
        self.in_flight: Counter[str] = Counter()
        #: Retired generations still finishing their renders, and the context each belongs to.
        self.retired: dict[str, str] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ContextRecycler:
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        if not request.meta.get("playwright") or self.every <= 0:
            return
        base = request.meta.get("adsweep_context_base") or self._base_of(
            request.meta.get("playwright_context", "default")
        )
        # One retired generation per context at a time: while one still finishes a slow
        # render, its successor serves past its quota. A third generation would need a
        # context slot that frees only when the retired one closes, and scrapy-playwright
        # waits for that slot holding the lock every page creation takes: every render, in
        # every context, would wait for the slowest page of the retired one.
        if self.renders[base] >= self.every and base not in self.retired.values():
            await self._retire(base)
        self.renders[base] += 1
        name = f"{base}~{self.generation[base]}"
        request.meta["adsweep_context_base"] = base
        request.meta["playwright_context"] = name
        self.in_flight[name] += 1

    async def process_response(self, request: Request, response: Response) -> Response:
        await self._done(request)
        return response

    async def process_exception(self, request: Request, exception: Exception) -> None:
        await self._done(request)

    async def _retire(self, base: str) -> None:
        """New renders of ``base`` go to a fresh context; the old one closes when it is idle."""
        old = f"{base}~{self.generation[base]}"
        self.generation[base] += 1
        self.renders[base] = 0
        if self.in_flight[old] > 0:
            self.retired[old] = base  # closed when its last page is done
        else:
            self.in_flight.pop(old, None)
            await self._close(old)

    async def _done(self, request: Request) -> None:
        name = request.meta.get("playwright_context", "")
        base = request.meta.get("adsweep_context_base")
        if not base or name not in self.in_flight:
            return
        self.in_flight[name] -= 1
        if name == f"{base}~{self.generation[base]}" and self._wedged(name):
            await self._retire(base)  # a page chromium would not close: retired at once
        elif self.in_flight[name] <= 0 and name in self.retired:
            del self.in_flight[name]
            del self.retired[name]
            await self._close(name)

    async def _close(self, name: str) -> None:
        for handler in self._playwright_handlers():
            wrapper = handler.context_wrappers.get(name)
            if wrapper is not None:
                await wrapper.context.close()
                self.crawler.stats.inc_value("adsweep/render/contexts_recycled")
                logger.debug("closed retired browser context %s", name)

    def _base_of(self, name: str) -> str:
        """The context a generation's name belongs to: a request built from another's meta
        (``playwright_context`` of ``"read~3"``, without its base) is ``read``'s, not a third
        context of its own."""
        base, sep, generation = name.rpartition("~")
        return base if sep and generation.isdigit() and base in self.renders else name

    def _wedged(self, name: str) -> bool:
        """A context holding a page chromium would not close is retired at once."""
        return any(name in getattr(h, "wedged", ()) for h in self._playwright_handlers())

    def _playwright_handlers(self) -> list:
        """scrapy-playwright handlers in use (one per scheme, each with its own contexts)."""
        handlers = getattr(self.crawler.engine.downloader, "handlers", None)
        loaded = getattr(handlers, "_handlers", {}).values()
        return [h for h in loaded if hasattr(h, "context_wrappers")]
