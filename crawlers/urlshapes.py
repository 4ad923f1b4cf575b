"""Session ids and parameter churn, seen by the shape of URLs rather than page by page.

A trap that puts a fresh session id in every link, or offers every combination of a dozen
filters, makes each URL new to the duplicate filter; only the shape of the URLs gives it away.
:class:`UrlShapes` is the trap guard's memory of those shapes
(``crawlers.middlewares.TrapGuardMiddleware``).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from urllib.parse import parse_qsl, urlsplit

__all__ = ["UrlShapes"]

_SESSION_KEYS = frozenset(
    {
        "jsessionid",
        "phpsessid",
        "sid",
        "sessionid",
        "session_id",
        "session",
        "sess",
        "cfid",
        "cftoken",
        "aspsessionid",
        "zenid",
        "osid",
    }
)
_PATH_SESSION = re.compile(r";(jsessionid|phpsessid|sid|sessionid)=[^/?#;]*", re.I)
_TOKEN = re.compile(r"^(?=.*[0-9])(?=.*[a-zA-Z])[A-Za-z0-9_\-]{16,}$|^[0-9a-fA-F]{16,}$")


class UrlShapes:
    """Session ids and parameter churn, seen by the shape of URLs rather than page by page.

    * A known session parameter (``sid``, ``jsessionid``…, in the query or as ``;jsessionid=``)
      is ignored when comparing URLs: the same page under a new session is a duplicate
      (``session_id``).
    * A parameter of one path whose values are random-looking tokens, new on every link, is
      treated the same way once it has shown ``session_values`` distinct tokens.
    * One path reached with more than ``max_param_sets`` different sets of parameter names, or
      with more than ``max_combos`` different queries of two or more parameters, is
      faceted-search churn (``param_churn``); pagination (one parameter) is never caught, and
      a listings target's own search pages are exempt.
    """

    def __init__(self, max_param_sets: int, session_values: int, max_combos: int = 60) -> None:
        self.max_param_sets = max_param_sets
        self.session_values = session_values
        self.max_combos = max_combos
        self.seen: set[bytes] = set()
        self.combos: Counter[str] = Counter()
        self.param_sets: dict[str, set[tuple[str, ...]]] = {}
        self.tokens: dict[tuple[str, str], set[str]] = {}
        self.session_like: set[tuple[str, str]] = set()

    def reason(self, url: str, churn_ok: bool = False) -> str | None:
        parts = urlsplit(url)
        path_key = f"{(parts.hostname or '').lower()}{_PATH_SESSION.sub('', parts.path)}"
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        kept = [(k, v) for k, v in pairs if not self._session_param(path_key, k, v)]
        had_session = len(kept) < len(pairs) or _PATH_SESSION.search(parts.path) is not None
        digest = hashlib.sha1(f"{path_key}?{sorted(kept)}".encode()).digest()
        if digest in self.seen:
            return "session_id" if had_session else None
        if not churn_ok and self._churn(path_key, kept):
            return "param_churn"
        self.seen.add(digest)
        return None

    def _churn(self, path_key: str, pairs: list[tuple[str, str]]) -> bool:
        names = tuple(sorted({k.lower() for k, _ in pairs}))
        sets = self.param_sets.setdefault(path_key, set())
        if names not in sets:
            if len(sets) >= self.max_param_sets:
                return True
            sets.add(names)
        if len(names) >= 2:
            if self.combos[path_key] >= self.max_combos:
                return True
            self.combos[path_key] += 1
        return False

    def _session_param(self, path_key: str, name: str, value: str) -> bool:
        low = name.lower()
        if low in _SESSION_KEYS:
            return True
        if not _TOKEN.match(value):
            return False
        key = (path_key, low)
        if key in self.session_like:
            return True
        values = self.tokens.setdefault(key, set())
        values.add(value)
        if len(values) > self.session_values:
            self.session_like.add(key)
            del self.tokens[key]
            return True
        return False
