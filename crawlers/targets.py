"""Targets: what to crawl, how politely, and with which selectors (``targets/*.yaml``).

A targets file is validated completely before anything is fetched: every problem is reported
as ``FILE:LINE: target 'name': what is wrong`` using the YAML node marks, so a reviewer who
edits a file by hand sees exactly where it is broken. See ``docs/targets.md`` for the schema.

Search URL templates carry ``{keyword}``; the keyword is percent-encoded in the site's charset
(``charset: gbk`` for sites that expect GBK bytes), because many Chinese marketplaces decode
query strings as GBK and return nothing for UTF-8 escapes.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import yaml

__all__ = [
    "KINDS",
    "RENDER_MODES",
    "Politeness",
    "Selector",
    "Target",
    "TargetsError",
    "expand_search_url",
    "load_targets",
    "parse_targets",
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


class TargetsError(ValueError):
    """One or more problems in a targets file, each prefixed with ``file:line``."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


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
        return out


def expand_search_url(template: str, keyword: str, charset: str = "utf-8") -> str:
    """Fill ``{keyword}`` with the keyword percent-encoded in ``charset`` (GBK: 2 bytes a char)."""
    encoded = quote(keyword.encode(charset), safe="")
    return template.replace("{keyword}", encoded)


# -- loading ---------------------------------------------------------------------------------


class _Marked:
    """Mixin: YAML containers that remember the start mark of each key / element."""

    mark: yaml.Mark | None = None
    marks: dict[Any, yaml.Mark]


class MarkedDict(dict, _Marked):
    pass


class MarkedList(list, _Marked):
    pass


class _MarkedLoader(yaml.SafeLoader):
    """SafeLoader that keeps line numbers on mappings and sequences."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> MarkedDict:
        base = super().construct_mapping(node, deep=True)
        out = MarkedDict(base)
        out.mark = node.start_mark
        out.marks = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            out.marks[key] = value_node.start_mark
        return out

    def construct_sequence(self, node: yaml.SequenceNode, deep: bool = False) -> MarkedList:
        out = MarkedList(super().construct_sequence(node, deep=True))
        out.mark = node.start_mark
        out.marks = {i: n.start_mark for i, n in enumerate(node.value)}
        return out


_MarkedLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _MarkedLoader.construct_mapping
)
_MarkedLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _MarkedLoader.construct_sequence
)


def load_targets(paths: str | Path | Iterable[str | Path]) -> list[Target]:
    """Load and validate one file, a directory of ``*.yaml``, or several; all-or-nothing."""
    files = list(_expand_paths(paths))
    targets: list[Target] = []
    problems: list[str] = []
    for f in files:
        try:
            targets += parse_targets(f.read_text(encoding="utf-8"), str(f))
        except TargetsError as e:
            problems += e.problems
        except OSError as e:
            problems.append(f"{f}: cannot read: {e.strerror or e}")
    problems += _duplicate_names(targets)
    if problems:
        raise TargetsError(problems)
    return targets


def _expand_paths(paths: str | Path | Iterable[str | Path]) -> Iterator[Path]:
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted([*p.glob("*.yaml"), *p.glob("*.yml")])
        else:
            yield p


def _duplicate_names(targets: list[Target]) -> list[str]:
    seen: dict[str, str] = {}
    out = []
    for t in targets:
        if t.name in seen:
            out.append(f"{t.source}: target name {t.name!r} already defined at {seen[t.name]}")
        seen.setdefault(t.name, t.source)
    return out


def parse_targets(text: str, filename: str = "<targets>") -> list[Target]:
    """Parse a targets document: a list of targets, or ``{defaults: …, targets: [...]}``."""
    try:
        doc = yaml.load(text, Loader=_MarkedLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = f"{mark.line + 1}" if mark else "?"
        raise TargetsError(
            [f"{filename}:{line}: not valid YAML: {getattr(e, 'problem', e)}"]
        ) from e
    from crawlers.targets_check import Checker

    checker = Checker(filename)
    targets = checker.document(doc)
    if checker.problems:
        raise TargetsError(checker.problems)
    return targets
