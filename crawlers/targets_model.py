"""The targets' types: what a targets file describes, once it has been checked.

Kept apart from the loader (:mod:`crawlers.targets`) and the checker
(:mod:`crawlers.targets_check`) so that both import these and neither imports the other's
module back (the loader uses the checker, the checker builds these). Import them from
:mod:`crawlers.targets`, which re-exports them.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit

import yaml

from crawlers.errors import TargetsError

__all__ = [
    "KINDS",
    "RENDER_MODES",
    "SELECTOR_FIELDS",
    "MarkedDict",
    "MarkedList",
    "Politeness",
    "Selector",
    "Target",
    "TargetsError",
    "expand_search_url",
]

KINDS: tuple[str, ...] = ("listings", "ads", "portal")
RENDER_MODES: tuple[str, ...] = ("auto", "always", "never")
SELECTOR_FIELDS: tuple[str, ...] = (
    "item_links",
    "next_page",
    "title",
    "text",
    "shop",
    "seller",
    "price",
    "images",
)


@dataclass(frozen=True, slots=True)
class Selector:
    """A CSS or XPath expression; XPath when it starts with ``/``, ``(`` or ``xpath:``."""

    expr: str
    kind: str = "css"  # "css" | "xpath"

    @classmethod
    def parse(cls, text: str) -> Selector:
        text = text.strip()
        if text.startswith("xpath:"):
            return cls(text[6:].strip(), "xpath")
        if text.startswith("css:"):
            return cls(text[4:].strip(), "css")
        if text.startswith(("/", "(", "./")):
            return cls(text, "xpath")
        return cls(text, "css")

    def validate(self) -> None:
        """Compile the expression so a typo fails at load time, not mid-crawl."""
        from lxml import etree
        from parsel.csstranslator import HTMLTranslator

        if self.kind == "xpath":
            etree.XPath(self.expr)
        else:
            HTMLTranslator().css_to_xpath(self.expr)

    def select(self, sel: Any) -> Any:
        """Apply to a parsel Selector / Scrapy response."""
        return sel.xpath(self.expr) if self.kind == "xpath" else sel.css(self.expr)

    def text(self, sel: Any) -> str | None:
        """The selected text nodes, stripped and joined by spaces; None when nothing is there."""
        value = " ".join(t.strip() for t in self.select(sel).getall() if t.strip())
        return value or None


@dataclass(frozen=True, slots=True)
class Politeness:
    """Per-target overrides of the crawl's politeness and trap-guard defaults (None = default)."""

    obey_robots: bool = True
    robots_override_reason: str = ""
    download_delay: float | None = None
    concurrency_per_host: int | None = None
    autothrottle: bool | None = None
    download_timeout: float | None = None
    download_maxsize: int | None = None
    retry_times: int | None = None
    redirect_max: int | None = None
    max_pages_per_host: int | None = None
    max_url_length: int | None = None
    max_query_params: int | None = None
    max_repeated_segments: int | None = None
    max_calendar_pages: int | None = None

    def scrapy_settings(self) -> dict[str, Any]:
        """The Scrapy/adsweep settings these overrides map to (only the ones that are set)."""
        mapping = {
            "download_delay": "DOWNLOAD_DELAY",
            "concurrency_per_host": "CONCURRENT_REQUESTS_PER_DOMAIN",
            "autothrottle": "AUTOTHROTTLE_ENABLED",
            "download_timeout": "DOWNLOAD_TIMEOUT",
            "download_maxsize": "DOWNLOAD_MAXSIZE",
            "retry_times": "RETRY_TIMES",
            "redirect_max": "REDIRECT_MAX_TIMES",
            "max_pages_per_host": "ADSWEEP_TRAP_MAX_PAGES_PER_HOST",
            "max_url_length": "ADSWEEP_TRAP_MAX_URL_LENGTH",
            "max_query_params": "ADSWEEP_TRAP_MAX_QUERY_PARAMS",
            "max_repeated_segments": "ADSWEEP_TRAP_MAX_REPEATED_SEGMENTS",
            "max_calendar_pages": "ADSWEEP_TRAP_MAX_CALENDAR_PAGES",
        }
        out = {mapping[k]: getattr(self, k) for k in mapping if getattr(self, k) is not None}
        out["ROBOTSTXT_OBEY"] = self.obey_robots
        if not self.obey_robots:
            out["ADSWEEP_ROBOTS_OVERRIDE_REASON"] = self.robots_override_reason
        return out


@dataclass(frozen=True, slots=True)
class Target:
    """One site to crawl. ``source`` is ``file:line`` of its definition (for messages)."""

    name: str
    platform: str
    kind: str = "ads"
    start_urls: tuple[str, ...] = ()
    search_url: str = ""
    charset: str = "utf-8"
    keywords: tuple[str, ...] = ()
    allowed_hosts: tuple[str, ...] = ()
    allow_private: tuple[str, ...] = ()
    depth: int = 2
    render: str = "auto"
    schedule: str = ""
    politeness: Politeness = field(default_factory=Politeness)
    selectors: dict[str, Selector] = field(default_factory=dict)
    removal_texts: tuple[str, ...] = ()
    official_hosts: tuple[str, ...] = ()
    #: Rule packs the detector runs on this target (empty: the default, ``special-ops``).
    packs: tuple[str, ...] = ()
    source: str = ""

    def seed_urls(self) -> list[str]:
        """Start URLs, then one search URL per keyword (in the site's charset)."""
        urls = list(self.start_urls)
        if self.search_url:
            urls += [expand_search_url(self.search_url, k, self.charset) for k in self.keywords]
        return urls

    def hosts(self) -> set[str]:
        """Hosts in scope: ``allowed_hosts`` or, when empty, the hosts of the seeds."""
        if self.allowed_hosts:
            return {h.lower() for h in self.allowed_hosts}
        return {(urlsplit(u).hostname or "").lower() for u in self.seed_urls()} - {""}

    def private_networks(self) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
        return [ipaddress.ip_network(n, strict=False) for n in self.allow_private]

    def scrapy_settings(self) -> dict[str, Any]:
        """Settings for the crawler of this target (politeness + private-address allowance)."""
        out = self.politeness.scrapy_settings()
        out["ADSWEEP_ALLOW_PRIVATE"] = list(self.allow_private)
        if self.packs:
            out["LEXICON_PACKS"] = list(self.packs)
        return out


def expand_search_url(template: str, keyword: str, charset: str = "utf-8") -> str:
    """Fill ``{keyword}`` with the keyword percent-encoded in ``charset`` (GBK: 2 bytes a char)."""
    encoded = quote(keyword.encode(charset), safe="")
    return template.replace("{keyword}", encoded)


# -- YAML containers that remember where they came from ---------------------------------------


class _Marked:
    """Mixin: YAML containers that remember the start mark of each key / element."""

    mark: yaml.Mark | None = None
    marks: dict[Any, yaml.Mark]


class MarkedDict(dict, _Marked):
    pass


class MarkedList(list, _Marked):
    pass
