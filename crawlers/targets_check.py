"""Validation of targets files: walks the marked YAML tree and reports every problem.

Kept apart from :mod:`crawlers.targets` (the loader, which calls it) so each stays short; both
import the types from :mod:`crawlers.targets_model`. Every message carries ``file:line`` from the
YAML node marks and, for unknown keys, a suggestion.
"""

from __future__ import annotations

import codecs
import difflib
import ipaddress
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from croniter import croniter

from crawlers.targets_model import (
    KINDS,
    RENDER_MODES,
    SELECTOR_FIELDS,
    MarkedDict,
    Politeness,
    Selector,
    Target,
)

__all__ = ["Checker"]

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
    "packs",
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


class Checker:
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
            "packs": self._packs(t),
        }
        self._require_seeds(t, f)
        return f

    # -- field checks --------------------------------------------------------------------
    def _packs(self, t: MarkedDict) -> tuple[str, ...]:
        from lexicon.rules import PACKS

        packs = self._strs(t, "packs")
        for p in packs:
            if p not in PACKS:
                self.err(t, "packs", f"unknown rule pack {p!r}{_suggest(p, PACKS)}")
        return tuple(dict.fromkeys(packs))

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
            self.err(t, "search_url", "'search_url' must contain the field {keyword}")
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
