"""Cases: the listings of one seller, wherever they are, linked by what ties them together.

Much of this trade moves to private chats after a short public hook, so the contact a listing
gives (phone, WeChat, QQ) is the thread that ties ads to one seller: the same WeChat id on two
marketplaces is one seller. Within a platform, the same shop or seller name is one seller too.
A case is a connected group of hits under these links (a shared key links two hits; links
chain). The reviewer shows and triages cases; notices and referrals (``reports``) take a
case from here.

Keys look like ``wechat:dg-8888``, ``phone:13800138000``, ``qq:12345678``,
``seller:闲鱼:老王`` and ``shop:淘宝:老王证件代办``. A case's id is its most telling key (a
contact before a seller name before a shop name, then the smallest), so the same seller keeps
the same id as hits are added, until two cases merge.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pipelines.hit import Hit
from pipelines.store.base import Store
from pipelines.store.query import HitQuery

__all__ = [
    "CASE_STATUSES",
    "KEY_KINDS",
    "Case",
    "build_cases",
    "case_for_key",
    "find_case",
    "find_cases",
    "group",
    "link_keys",
    "load_cases",
    "parse_key",
]

#: Hits a referral or notice case is built from: what reviewers confirmed and what followed.
CASE_STATUSES: tuple[str, ...] = ("confirmed", "escalated", "noticed", "removed", "reappeared")

#: Key kinds, most telling first (the case id prefers the first kind present).
KEY_KINDS: tuple[str, ...] = ("phone", "wechat", "qq", "seller", "shop")
_RANK = {k: n for n, k in enumerate(KEY_KINDS)}

#: Chinese names of the key kinds.
KEY_LABELS = {"phone": "电话", "wechat": "微信", "qq": "QQ", "seller": "卖家", "shop": "店铺"}


def link_keys(hit: Hit) -> list[str]:
    """Every key that links ``hit`` to other listings of the same seller."""
    keys = [f"{c.get('kind')}:{c.get('value')}" for c in hit.contacts
            if c.get("kind") in _RANK and c.get("value")]  # fmt: skip
    if hit.seller:
        keys.append(f"seller:{hit.platform}:{hit.seller}")
    if hit.shop:
        keys.append(f"shop:{hit.platform}:{hit.shop}")
    return sorted(set(keys), key=_sort_key)


def _sort_key(key: str) -> tuple[int, str]:
    kind = key.split(":", 1)[0]
    return (_RANK.get(kind, len(_RANK)), key)


def parse_key(key: str) -> tuple[str, dict[str, str]] | None:
    """(kind, store filters) of a key; None for anything that is not a case key."""
    kind, _, rest = key.partition(":")
    if kind in ("phone", "wechat", "qq") and rest:
        return kind, {"contact": rest}
    if kind in ("seller", "shop"):
        platform, sep, name = rest.partition(":")
        if sep and name:
            return kind, {"platform": platform, kind: name}
    return None


@dataclass
class Case:
    """A seller's listings across platforms and hosts, with what links them."""

    id: str
    hits: list[Hit] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    #: True when the walk stopped at its limit (more hits may belong to the case).
    truncated: bool = False

    @property
    def hit_ids(self) -> list[str]:
        return [h.id for h in self.hits]

    @property
    def platforms(self) -> list[str]:
        return sorted({h.platform for h in self.hits if h.platform})

    @property
    def hosts(self) -> list[str]:
        return sorted({h.host for h in self.hits if h.host})

    @property
    def contacts(self) -> list[tuple[str, str]]:
        """(kind, value) of every contact, most telling first."""
        pairs = (k.split(":", 1) for k in self.keys)
        return [(kind, value) for kind, value in pairs if kind in ("phone", "wechat", "qq")]

    @property
    def names(self) -> list[tuple[str, str, str]]:
        """(kind, platform, name) of every shop and seller name."""
        out = []
        for k in self.keys:
            kind, _, rest = k.partition(":")
            if kind in ("seller", "shop"):
                platform, _, name = rest.partition(":")
                out.append((kind, platform, name))
        return out

    @property
    def categories(self) -> list[str]:
        c = Counter(cat for h in self.hits for cat in h.categories)
        return [k for k, _ in c.most_common()]

    @property
    def statuses(self) -> dict[str, int]:
        return dict(Counter(h.status for h in self.hits))

    @property
    def score(self) -> float:
        return max((h.score for h in self.hits), default=0.0)

    @property
    def first_seen(self) -> str:
        return min((h.first_seen for h in self.hits if h.first_seen), default="")

    @property
    def last_seen(self) -> str:
        return max((h.last_seen for h in self.hits if h.last_seen), default="")

    def summary(self) -> dict[str, Any]:
        """A plain-data view (for JSON, exports and the notices room)."""
        return {
            "id": self.id, "hit_ids": [h.id for h in self.hits], "keys": list(self.keys),
            "platforms": self.platforms, "hosts": self.hosts, "categories": self.categories,
            "statuses": self.statuses, "score": self.score, "first_seen": self.first_seen,
            "last_seen": self.last_seen, "truncated": self.truncated,
        }  # fmt: skip


def _case(hits: list[Hit], truncated: bool = False) -> Case:
    keys = sorted({k for h in hits for k in link_keys(h)}, key=_sort_key)
    hits = sorted(hits, key=lambda h: (-h.score, h.first_seen, h.id))
    return Case(id=keys[0] if keys else f"hit:{hits[0].id}", hits=hits, keys=keys,
                truncated=truncated)  # fmt: skip


def group(hits: Iterable[Hit]) -> list[Case]:
    """Cases of ``hits`` (union-find over their keys), biggest spread first."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    members: dict[str, Hit] = {}
    for h in hits:
        members[h.id] = h
        node = f"hit:{h.id}"
        for k in link_keys(h):
            parent[find(node)] = find(k)
        find(node)
    comps: dict[str, list[Hit]] = {}
    for hid, h in members.items():
        comps.setdefault(find(f"hit:{hid}"), []).append(h)
    cases = [_case(v) for v in comps.values()]
    return sorted(cases, key=lambda c: (-len(c.platforms), -len(c.hits), -c.score, c.id))


def case_for_key(
    store: Store, key: str, *, limit: int = 500, statuses: Iterable[str] | None = None
) -> Case | None:
    """The whole case around ``key``, walked through the store's filters (not a full scan).

    Each key is looked up once; every hit found brings its own keys into the walk, so a phone
    on one marketplace leads to a WeChat id that leads to a shop on another. Stops after
    ``limit`` hits (the case is then marked ``truncated``). With ``statuses``, only hits in
    those statuses are walked and returned.
    """
    if parse_key(key) is None:
        return None
    todo, seen = [key], {key}
    found: dict[str, Hit] = {}
    only = {"status": list(statuses)} if statuses is not None else {}
    while todo and len(found) < limit:
        _, filters = parse_key(todo.pop()) or ("", {})
        q = HitQuery.of(size=min(200, limit), with_total=False, **filters, **only)
        page = store.query(q)
        for h in page.hits:
            if h.id in found:
                continue
            found[h.id] = h
            for k in link_keys(h):
                if k not in seen:
                    seen.add(k)
                    todo.append(k)
    if not found:
        return None
    return _case(list(found.values()), truncated=bool(todo) or len(found) >= limit)


def find_cases(store: Store, *, max_hits: int = 5000, **filters: Any) -> list[Case]:
    """Cases among the ``max_hits`` highest-scoring hits matching ``filters``."""
    q = HitQuery.of(size=500, with_total=False, **filters)
    hits: list[Hit] = []
    while len(hits) < max_hits:
        page = store.query(q)
        hits += page.hits
        if not page.next_cursor:
            break
        q.cursor = page.next_cursor
    return group(hits[:max_hits])


def build_cases(hits: Iterable[Hit]) -> list[Case]:
    """Cases of ``hits`` (same as :func:`group`; the name the notices room calls)."""
    return group(hits)


def load_cases(store: Store, statuses: Iterable[str] = CASE_STATUSES) -> list[Case]:
    """Every case among hits in ``statuses`` (streams the hits; for referrals and the demo)."""
    return group(store.iter_hits(status=list(statuses)))


def find_case(
    store: Store, case_id: str, statuses: Iterable[str] | None = CASE_STATUSES
) -> Case | None:
    """The case around ``case_id`` (a case id is one of its keys), among hits in ``statuses``."""
    return case_for_key(store, case_id, statuses=statuses)
