"""Targets: what to crawl, how politely, and with which selectors (``targets/*.yaml``).

A targets file is validated completely before anything is fetched: every problem is reported
as ``FILE:LINE: target 'name': what is wrong`` using the YAML node marks, so a reviewer who
edits a file by hand sees exactly where it is broken. See ``docs/targets.md`` for the schema.

Search URL templates carry ``{keyword}``; the keyword is percent-encoded in the site's charset
(``charset: gbk`` for sites that expect GBK bytes), because many Chinese marketplaces decode
query strings as GBK and return nothing for UTF-8 escapes.
"""

from __future__ import annotations

import codecs
import difflib
import ipaddress
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import yaml
from croniter import croniter

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
    checker = _Checker(filename)
    targets = checker.document(doc)
    if checker.problems:
        raise TargetsError(checker.problems)
    return targets


_POLITENESS_TYPES: dict[str, tuple[type, ...]] = {
    "obey_robots": (bool,),
    "robots_override_reason": (str,),
    "download_delay": (int, float),
    "concurrency_per_host": (int,),
    "autothrottle": (bool,),
    "download_timeout": (int, float),
    "download_maxsize": (int,),
    "retry_times": (int,),
    "redirect_max": (int,),
    "max_pages_per_host": (int,),
    "max_url_length": (int,),
    "max_query_params": (int,),
    "max_repeated_segments": (int,),
    "max_calendar_pages": (int,),
}
_TARGET_KEYS: tuple[str, ...] = (
    "name",
    "platform",
    "kind",
    "start_urls",
    "search_url",
    "charset",
    "keywords",
    "allowed_hosts",
    "allow_private",
    "depth",
    "render",
    "schedule",
    "politeness",
    "selectors",
    "removal_texts",
    "official_hosts",
)
_NAME_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")


def _line(container: Any, key: Any = None) -> int | str:
    marks = getattr(container, "marks", {})
    mark = marks.get(key) if key is not None else None
    mark = mark or getattr(container, "mark", None)
    return mark.line + 1 if mark else "?"


def _merge(defaults: Any, raw: Any) -> MarkedDict:
    """Target over defaults; the nested ``politeness``/``selectors`` mappings merge key by key."""
    merged = MarkedDict({**defaults, **raw})
    merged.mark, merged.marks = raw.mark, {**getattr(defaults, "marks", {}), **raw.marks}
    for key in ("politeness", "selectors"):
        low, high = defaults.get(key), raw.get(key)
        if isinstance(low, dict) and isinstance(high, dict):
            merged[key] = _merge(low, high)
    return merged


def _suggest(key: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(str(key), list(known), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


class _Checker:
    """Walks the marked YAML tree, collecting every problem with its file:line."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.problems: list[str] = []
        self._who = ""

    def err(self, container: Any, key: Any, message: str) -> None:
        self.problems.append(f"{self.filename}:{_line(container, key)}: {self._who}{message}")

    def document(self, doc: Any) -> list[Target]:
        defaults: dict[str, Any] = {}
        if doc is None:
            self.problems.append(f"{self.filename}:1: empty targets file")
            return []
        if isinstance(doc, dict):
            for key in doc:
                if key not in ("defaults", "targets"):
                    self.err(
                        doc, key, f"unknown top-level key {key!r}; use 'defaults' and 'targets'"
                    )
            defaults = doc.get("defaults") or {}
            if not isinstance(defaults, dict):
                self.err(doc, "defaults", "'defaults' must be a mapping")
                defaults = {}
            doc = doc.get("targets")
        if not isinstance(doc, list) or not doc:
            self.problems.append(
                f"{self.filename}:{_line(doc)}: expected a non-empty list of targets"
            )
            return []
        return [t for i, raw in enumerate(doc) if (t := self.target(doc, i, raw, defaults))]

    def target(self, seq: Any, index: int, raw: Any, defaults: dict) -> Target | None:
        self._who = ""
        if not isinstance(raw, dict):
            self.err(seq, index, "each target must be a mapping with name, platform, kind …")
            return None
        merged = _merge(defaults, raw)
        self._who = f"target {raw.get('name', f'#{index + 1}')!r}: "
        before = len(self.problems)
        for key in merged:
            if key not in _TARGET_KEYS:
                self.err(merged, key, f"unknown key {key!r}{_suggest(key, _TARGET_KEYS)}")
        fields = self._fields(merged)
        if len(self.problems) > before:
            return None
        return Target(source=f"{self.filename}:{_line(raw)}", **fields)

    def _fields(self, t: MarkedDict) -> dict[str, Any]:
        f: dict[str, Any] = {
            "name": self._name(t),
            "platform": self._str(t, "platform", required=True),
            "kind": self._choice(t, "kind", KINDS, "ads"),
            "start_urls": self._urls(t, "start_urls"),
            "search_url": self._search_url(t),
            "charset": self._charset(t),
            "keywords": self._strs(t, "keywords"),
            "allowed_hosts": tuple(h.lower() for h in self._strs(t, "allowed_hosts")),
            "allow_private": self._networks(t),
            "depth": self._int(t, "depth", 2, minimum=0),
            "render": self._choice(t, "render", RENDER_MODES, "auto"),
            "schedule": self._cron(t),
            "politeness": self._politeness(t),
            "selectors": self._selectors(t),
            "removal_texts": self._strs(t, "removal_texts"),
            "official_hosts": self._strs(t, "official_hosts"),
        }
        self._require_seeds(t, f)
        return f

    # -- field checks --------------------------------------------------------------------
    def _name(self, t: MarkedDict) -> str:
        name = self._str(t, "name", required=True)
        if name and not set(name) <= _NAME_CHARS:
            self.err(t, "name", f"name {name!r} may only use letters, digits, '_', '.', '-'")
        return name

    def _str(self, t: MarkedDict, key: str, required: bool = False, default: str = "") -> str:
        value = t.get(key)
        if value is None:
            if required:
                self.err(t, None, f"missing required key {key!r}")
            return default
        if not isinstance(value, str) or not value.strip():
            self.err(t, key, f"{key!r} must be a non-empty string, got {value!r}")
            return default
        return value.strip()

    def _choice(self, t: MarkedDict, key: str, choices: tuple[str, ...], default: str) -> str:
        value = self._str(t, key, default=default)
        if value not in choices:
            self.err(t, key, f"{key!r} must be one of {', '.join(choices)}, got {value!r}")
        return value

    def _int(self, t: MarkedDict, key: str, default: int, minimum: int = 0) -> int:
        value = t.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            self.err(t, key, f"{key!r} must be an integer ≥ {minimum}, got {value!r}")
            return default
        return value

    def _strs(self, t: MarkedDict, key: str) -> tuple[str, ...]:
        value = t.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.err(t, key, f"{key!r} must be a list of strings")
            return ()
        bad = [v for v in value if not isinstance(v, str) or not v.strip()]
        if bad:
            self.err(t, key, f"{key!r} must hold non-empty strings, got {bad[0]!r}")
        return tuple(v.strip() for v in value if isinstance(v, str) and v.strip())

    def _urls(self, t: MarkedDict, key: str) -> tuple[str, ...]:
        urls = self._strs(t, key)
        for u in urls:
            if urlsplit(u).scheme not in ("http", "https") or not urlsplit(u).hostname:
                self.err(t, key, f"{u!r} is not an http(s) URL")
        return urls

    def _search_url(self, t: MarkedDict) -> str:
        url = self._str(t, "search_url")
        if url and "{keyword}" not in url:
            self.err(t, "search_url", "'search_url' must contain the placeholder {keyword}")
        elif url and urlsplit(url.replace("{keyword}", "x")).scheme not in ("http", "https"):
            self.err(t, "search_url", f"{url!r} is not an http(s) URL template")
        if url and not t.get("keywords"):
            self.err(t, "search_url", "'search_url' needs a non-empty 'keywords' list")
        return url

    def _charset(self, t: MarkedDict) -> str:
        charset = self._str(t, "charset", default="utf-8")
        try:
            codecs.lookup(charset)
        except LookupError:
            self.err(t, "charset", f"unknown charset {charset!r} (try utf-8, gbk or gb18030)")
            return "utf-8"
        return charset

    def _networks(self, t: MarkedDict) -> tuple[str, ...]:
        nets = self._strs(t, "allow_private")
        for n in nets:
            try:
                ipaddress.ip_network(n, strict=False)
            except ValueError:
                self.err(t, "allow_private", f"{n!r} is not an IP address or CIDR network")
        return nets

    def _cron(self, t: MarkedDict) -> str:
        expr = self._str(t, "schedule")
        if expr and not croniter.is_valid(expr):
            self.err(t, "schedule", f"{expr!r} is not a valid cron expression (m h dom mon dow)")
        return expr

    def _politeness(self, t: MarkedDict) -> Politeness:
        raw = t.get("politeness") or {}
        if not isinstance(raw, dict):
            self.err(t, "politeness", "'politeness' must be a mapping")
            return Politeness()
        values: dict[str, Any] = {}
        for key, value in raw.items():
            types = _POLITENESS_TYPES.get(key)
            if types is None:
                msg = f"unknown politeness key {key!r}{_suggest(key, _POLITENESS_TYPES)}"
                self.err(raw, key, msg)
            elif (isinstance(value, bool) and bool not in types) or not isinstance(value, types):
                kind = "/".join(ty.__name__ for ty in types)
                self.err(raw, key, f"politeness {key!r} must be {kind}, got {value!r}")
            elif not isinstance(value, (bool, str)) and value < 0:
                self.err(raw, key, f"politeness {key!r} must not be negative")
            else:
                values[key] = value
        if values.get("obey_robots") is False and not values.get("robots_override_reason"):
            self.err(
                raw,
                "obey_robots",
                "obey_robots: false needs a 'robots_override_reason' (recorded with the run)",
            )
        return Politeness(**values)

    def _selectors(self, t: MarkedDict) -> dict[str, Selector]:
        raw = t.get("selectors") or {}
        if not isinstance(raw, dict):
            self.err(t, "selectors", "'selectors' must be a mapping of field: css-or-xpath")
            return {}
        out = {}
        for key, expr in raw.items():
            if key not in SELECTOR_FIELDS:
                self.err(raw, key, f"unknown selector {key!r}{_suggest(key, SELECTOR_FIELDS)}")
            elif not isinstance(expr, str) or not expr.strip():
                self.err(raw, key, f"selector {key!r} must be a CSS or XPath string")
            else:
                out[key] = self._selector(raw, key, expr)
        return out

    def _selector(self, raw: MarkedDict, key: str, expr: str) -> Selector:
        sel = Selector.parse(expr)
        try:
            sel.validate()
        except Exception as e:  # cssselect/lxml raise several unrelated types
            self.err(raw, key, f"selector {key!r} is not valid {sel.kind}: {e}")
        return sel

    def _require_seeds(self, t: MarkedDict, f: dict[str, Any]) -> None:
        if f["start_urls"] or f["search_url"]:
            return
        if f["kind"] == "portal" and f["official_hosts"]:
            return
        need = "'start_urls' or 'search_url'"
        if f["kind"] == "portal":
            need += " (or 'official_hosts' for a portal target)"
        self.err(t, None, f"needs {need}")
