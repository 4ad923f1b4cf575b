"""The shared machinery of adsweep spiders: decode, extract, decide rendering, emit PageItems.

Subclasses decide which links to follow (``follow_links``) and which listing fields a page has
(``listing_fields``); everything about bytes, encodings and the browser lives here once.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, IgnoreRequest
from scrapy.http import HtmlResponse, Response
from scrapy.settings import SETTINGS_PRIORITIES

from crawlers.failures import classify, describe
from crawlers.rendering import RENDER_MODES, looks_client_side, read_request_meta
from crawlers.scope import in_scope, scope_hosts
from crawlers.targets_model import Selector
from pipelines.config import SettingsError, setting
from pipelines.extract import Extracted, decode_html, extract_html
from pipelines.items import PageItem, utcnow
from pipelines.run import RunContext

__all__ = ["LISTING_FIELDS", "BaseSweepSpider", "SpiderConfig"]

_HTML_TYPES = (b"text/html", b"application/xhtml", b"text/plain")
_HTMLISH = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<meta|<title|<div|<p\b|<!--)", re.I)


def _split_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.replace("\n", ",").split(",") if v.strip()]
    return [str(v) for v in value]


#: Listing fields a page can carry (``PageItem`` fields read by selector).
LISTING_FIELDS = ("shop", "seller", "price", "title")


def _field_selectors(raw: dict[str, Any]) -> tuple[tuple[str, dict[str, Selector]], ...]:
    """Parse and compile ``ADSWEEP_FIELD_SELECTORS`` once, so a typo fails before any fetch."""
    out = []
    for prefix, fields in raw.items():
        if not isinstance(fields, dict) or set(fields) - set(LISTING_FIELDS):
            raise SettingsError(f"ADSWEEP_FIELD_SELECTORS[{prefix!r}]: a mapping of "
                                f"{'/'.join(LISTING_FIELDS)} to selectors, got {fields!r}")  # fmt: skip
        sels = {f: Selector.parse(str(v)) for f, v in fields.items()}
        for f, sel in sels.items():
            try:
                sel.validate()
            except Exception as e:  # lxml and cssselect raise their own syntax errors
                raise SettingsError(f"ADSWEEP_FIELD_SELECTORS[{prefix!r}][{f}]: {e}") from e
        out.append((str(prefix), sels))
    return tuple(sorted(out, key=lambda kv: -len(kv[0])))


@dataclass(frozen=True, slots=True)
class SpiderConfig:
    """The spiders' settings, read and checked once per crawl."""

    depth: int
    #: True when ``ADSWEEP_DEPTH`` was set for this crawl, not left at the module's default.
    depth_given: bool
    render: str
    #: ``ADSWEEP_PLATFORM_PREFIXES``: platform name by URL prefix.
    platform_prefixes: dict[str, str]
    #: ``ADSWEEP_FIELD_SELECTORS``: listing fields by URL prefix, longest prefix first.
    field_selectors: tuple[tuple[str, dict[str, Selector]], ...]
    render_min_text: int
    recheck: bool
    listings_max_pages: int
    portal_max_candidates: int
    render_idle_wait: float
    max_links: int
    warnsize: int

    @classmethod
    def from_settings(cls, settings: Any) -> SpiderConfig:
        render = str(setting(settings, "ADSWEEP_RENDER") or "auto").lower()
        if render not in RENDER_MODES:
            raise SettingsError(f"ADSWEEP_RENDER must be one of {RENDER_MODES}, got {render!r}")
        return cls(
            depth=setting(settings, "ADSWEEP_DEPTH", "int"),
            depth_given=(settings.getpriority("ADSWEEP_DEPTH") or 0)
            > SETTINGS_PRIORITIES["project"],
            render=render,
            platform_prefixes=dict(setting(settings, "ADSWEEP_PLATFORM_PREFIXES", "dict")),
            field_selectors=_field_selectors(setting(settings, "ADSWEEP_FIELD_SELECTORS", "dict")),
            render_min_text=setting(settings, "ADSWEEP_RENDER_MIN_TEXT", "int"),
            recheck=setting(settings, "ADSWEEP_RECHECK", "bool"),
            listings_max_pages=setting(settings, "ADSWEEP_LISTINGS_MAX_PAGES", "int"),
            portal_max_candidates=setting(settings, "ADSWEEP_PORTAL_MAX_CANDIDATES", "int"),
            render_idle_wait=setting(settings, "ADSWEEP_RENDER_IDLE_WAIT", "float"),
            max_links=setting(settings, "ADSWEEP_MAX_LINKS_PER_PAGE", "int"),
            warnsize=setting(settings, "DOWNLOAD_WARNSIZE", "int"),
        )


#: Spider arguments that are settings now (one road per option), with the setting to use.
_SETTING_ARGS = {
    "depth": "ADSWEEP_DEPTH",
    "render": "ADSWEEP_RENDER",
    "platform": "ADSWEEP_PLATFORM",
    "run_id": "ADSWEEP_RUN_ID",
    "target": "ADSWEEP_TARGET",
}


class BaseSweepSpider(scrapy.Spider):
    """Arguments (``-a``): ``seeds`` and ``allowed_hosts``. Everything else about the crawl —
    depth, render mode, platform, target, run id — is a setting (``-s ADSWEEP_DEPTH=1``), read
    into :class:`SpiderConfig` and the run context."""

    name = "base"

    def __init__(self, seeds: Any = None, allowed_hosts: Any = None, **kwargs: Any) -> None:
        for arg, name in _SETTING_ARGS.items():
            if arg in kwargs:
                raise ValueError(f"spider argument {arg!r} is a setting: use -s {name}=…")
        super().__init__(**kwargs)
        self.seeds = _split_list(seeds)
        self.allowed = scope_hosts(self.seeds, _split_list(allowed_hosts))

    # -- settings resolved once the crawler exists ----------------------------------------------
    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> BaseSweepSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        config = spider.config = SpiderConfig.from_settings(crawler.settings)
        run = spider.run = RunContext.of(crawler)
        spider.max_depth = config.depth
        spider.render = config.render
        spider.platform_prefixes = sorted(
            config.platform_prefixes.items(), key=lambda kv: -len(kv[0])
        )
        spider.min_text = config.render_min_text
        spider.run_id, spider.target, spider.platform = run.run_id, run.target, run.platform
        spider.allow_private = list(run.allow_private)
        spider.idle_ms = config.render_idle_wait * 1000
        spider.max_links = config.max_links
        spider.warnsize = config.warnsize
        spider._rechecked = False
        crawler.signals.connect(spider._recheck_when_idle, signal=signals.spider_idle)
        return spider

    # -- requests -------------------------------------------------------------------------------
    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.seeds:
            yield self.page_request(url, depth=0)

    def _recheck_when_idle(self) -> None:
        """Once the seeds' crawl is done, re-fetch known hits it did not reach.

        Waiting for idle matters: a recheck scheduled up front would claim the URL in the
        duplicate filter at the last depth, and a listing page found that way would not have
        its links followed.
        """
        if self._rechecked:
            return
        self._rechecked = True
        requests = [
            self.page_request(url, depth=self.max_depth, adsweep_recheck=True)
            for url in self.recheck_urls()
        ]
        if not requests:
            return
        for request in requests:
            self.crawler.engine.crawl(request)
        raise DontCloseSpider

    def recheck_urls(self) -> list[str]:
        """Known hits of this target (or of the seeds' hosts), re-fetched to see removals."""
        if not self.config.recheck:
            return []
        from pipelines.lifecycle import recheck_urls

        self.run.hold()
        try:
            return recheck_urls(self.run, self.target, self.allowed)
        finally:
            self.run.release()

    def page_request(self, url: str, depth: int, **meta: Any) -> scrapy.Request:
        meta = {"adsweep_depth": depth, **meta}
        if self.render == "always":
            meta.update(read_request_meta(self.allow_private, self.idle_ms))
        return scrapy.Request(url, callback=self.parse, errback=self.on_error, meta=meta)

    def on_error(self, failure: Any) -> Iterator[Any]:
        """Count failed fetches by kind; a failed render falls back to the static HTML.

        A request we chose not to make (robots, guards, private addresses) is no error.
        """
        request = getattr(failure, "request", None)
        if request is not None and request.meta.get("playwright"):
            yield from self._render_fallback(request, failure)
            return
        kind = classify(failure)
        stats = self.crawler.stats
        stats.inc_value(f"adsweep/fail/{kind}")
        url = request.url if request is not None else ""
        if failure.check(IgnoreRequest) and kind == "ignored":
            stats.inc_value("adsweep/pages/ignored")
            self.logger.info("not fetched: %s", describe(failure, url))
            return
        stats.inc_value("adsweep/pages/error")
        self.logger.warning("fetch failed (%s): %s", kind, describe(failure, url))

    def _render_fallback(self, request: scrapy.Request, failure: Any) -> Iterator[Any]:
        """Read the page from its static HTML when chromium could not render it."""
        stats = self.crawler.stats
        stats.inc_value("adsweep/render/fallback_static")
        self.logger.warning(
            "render failed, page read from its static HTML instead: %s",
            describe(failure, request.url),
        )
        meta = {k: v for k, v in request.meta.items() if not k.startswith(_RENDER_KEYS)}
        meta = {**_own_meta(meta), "adsweep_render_failed": True}
        static = meta.pop("adsweep_static", None)
        if static is None:  # --render always: fetch it without the browser
            yield request.replace(meta=meta, dont_filter=True)
            return
        response = HtmlResponse(
            url=static["url"],
            status=static["status"],
            headers=static["headers"],
            body=static["body"],
            request=request.replace(url=static["url"], meta=meta),
        )
        yield from self.parse(response)

    # -- parsing --------------------------------------------------------------------------------
    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        ctype = response.headers.get(b"Content-Type", b"") or b""
        skip = _skip_reason(ctype, response.body)
        if skip:
            self.crawler.stats.inc_value(f"adsweep/pages/{skip}")
            return
        decoded = decode_html(response.body, ctype.decode("latin-1"))
        self._count_decoding(decoded)
        page = extract_html(decoded.text, response.url)
        if page.deep:
            self.crawler.stats.inc_value("adsweep/extract/deep_markup")
        if len(response.body) > self.warnsize > 0:
            self.crawler.stats.inc_value("adsweep/pages/large")
        rendered = bool(response.meta.get("playwright"))
        if not rendered and self.render == "auto" and self._needs_render(response, page):
            yield self._render_request(response)
            return
        self.crawler.stats.inc_value("adsweep/pages/parsed")
        yield self.page_item(response, decoded.encoding, page, rendered)
        depth = response.meta.get("adsweep_depth", 0)
        if depth < self.max_depth:
            for url in self._capped_links(self.follow_links(response, page)):
                yield self.page_request(url, depth + 1)

    def _render_request(self, response: Response) -> scrapy.Request:
        """The same page again in chromium, carrying its static copy to fall back on."""
        self.crawler.stats.inc_value("adsweep/render/auto")
        static = {
            "url": response.url,
            "status": response.status,
            "headers": _headers(response.headers),
            "body": response.body,
        }
        meta = {
            **_own_meta(response.request.meta),
            **read_request_meta(self.allow_private, self.idle_ms),
            "adsweep_auto_rendered": True,
            "adsweep_static": static,
        }
        # Sooner than new pages, so static copies do not pile up in the queue.
        priority = response.request.priority + 1
        return response.request.replace(meta=meta, dont_filter=True, priority=priority)

    def _capped_links(self, links: Iterable[str]) -> Iterator[str]:
        """At most ``ADSWEEP_MAX_LINKS_PER_PAGE`` links of one page (a trap lists 100,000)."""
        if self.max_links <= 0:
            yield from links
            return
        it = iter(links)
        yield from islice(it, self.max_links)
        dropped = sum(1 for _ in it)
        if dropped:
            self.crawler.stats.inc_value("adsweep/trap/links_capped")
            self.crawler.stats.inc_value("adsweep/trap/links_dropped", dropped)

    def _count_decoding(self, decoded: Any) -> None:
        stats = self.crawler.stats
        if decoded.replaced:
            stats.inc_value("adsweep/decode/utf8_repaired")
            stats.inc_value("adsweep/decode/bytes_replaced", decoded.replaced)
        if decoded.bom_mismatch:
            stats.inc_value("adsweep/decode/bom_mismatch")
        claimed = {_codec(c) for c in decoded.declared.values()} - {None}
        if claimed and _codec(decoded.encoding) not in claimed | _SAME_FAMILY.get(
            _codec(decoded.encoding) or "", set()
        ):
            stats.inc_value("adsweep/decode/charset_mismatch")

    def platform_of(self, url: str) -> str:
        """The platform a page belongs to: the longest matching URL prefix, else the spider's."""
        for prefix, name in getattr(self, "platform_prefixes", ()):
            if url.startswith(prefix):
                return name
        return self.platform

    def _needs_render(self, response: Response, page: Extracted) -> bool:
        if response.meta.get("adsweep_render_failed"):
            return False
        return looks_client_side(response.body, page.text, len(page.links), self.min_text)

    def follow_links(self, response: Response, page: Extracted) -> Iterable[str]:
        return (u for u in page.links if in_scope(u, self.allowed))

    def listing_fields(self, response: Response, page: Extracted) -> dict[str, str | None]:
        """Shop, seller, price, title by ``ADSWEEP_FIELD_SELECTORS`` for the page's URL prefix;
        subclasses add what a target's selectors read."""
        for prefix, sels in self.config.field_selectors:
            if response.url.startswith(prefix):
                return {f: sel.text(response) for f, sel in sels.items()}
        return {}

    def page_item(
        self, response: Response, encoding: str, page: Extracted, rendered: bool
    ) -> PageItem:
        req = response.request
        fields = self.listing_fields(response, page)
        return PageItem(
            url=(response.meta.get("redirect_urls") or [req.url if req else response.url])[0],
            final_url=response.url,
            status=response.status,
            headers=_headers(response.headers),
            body=response.body,
            encoding=encoding,
            text=page.text,
            title=fields.get("title") or page.title,
            platform=self.platform_of(response.url),
            site=urlsplit(response.url).hostname or "",
            shop=fields.get("shop"),
            seller=fields.get("seller"),
            price=fields.get("price"),
            image_urls=page.image_urls,
            image_alts=page.image_alts,
            rendered=rendered,
            fetched_at=utcnow(),
            run_id=self.run_id,
            target=self.target,
            depth=response.meta.get("adsweep_depth", 0),
            request_headers=_headers(req.headers) if req is not None else {},
        )


_RENDER_KEYS = ("playwright", "adsweep_auto_rendered", "adsweep_allow_private")
_SAME_FAMILY = {"gb18030": {"gbk", "gb2312"}, "utf-8": {"utf_8"}}


def _codec(name: str | None) -> str | None:
    import codecs

    try:
        return codecs.lookup(name or "").name if name else None
    except LookupError:
        return None


def _skip_reason(ctype: bytes, body: bytes) -> str | None:
    """Why a response is not read as a page: not HTML, or binary bytes under an HTML label."""
    kind = ctype.split(b";")[0].strip().lower()
    if kind and not kind.startswith(_HTML_TYPES):
        return "skipped_non_html"
    head = body[:4096]
    controls = head.count(0) > 8 or sum(b < 9 or 13 < b < 32 for b in head) > len(head) // 10
    if controls and not head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 has NULs
        return "skipped_binary"
    if not kind and not _HTMLISH.match(head):
        return "skipped_non_html"
    return None


def _own_meta(meta: dict[str, Any]) -> dict[str, Any]:
    """Request meta minus what Scrapy's downloader added (latency, slots, retries…)."""
    return {k: v for k, v in meta.items() if k not in _INTERNAL_META}


_INTERNAL_META = frozenset(
    {
        "download_latency",
        "download_slot",
        "retry_times",
        "depth",
        "redirect_times",
        "redirect_ttl",
        "redirect_urls",
        "redirect_reasons",
        "_slot",
    }
)


def _headers(headers: Any) -> dict[str, str]:
    return {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in headers.items()}
