"""Cases: one seller across platforms, found by linking hits that share a shop, a seller or a
contact (phone, WeChat, QQ).

Minimal version written for the referrals (issue 11) before the reviewer's case pages exist;
the reviewer (issue 10) owns this module and extends it (manual merges and splits, names).
Linking is union-find over the hits' keys, so a chain of shared contacts joins one case, and
the id is derived from the case's earliest hit id, so it stays put while hits are added.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from pipelines.hit import Hit
from pipelines.store.base import Store

__all__ = ["CASE_STATUSES", "Case", "build_cases", "find_case", "load_cases"]

#: Hits a case is built from: what reviewers confirmed and what happened to it since.
CASE_STATUSES: tuple[str, ...] = ("confirmed", "escalated", "noticed", "removed", "reappeared")


@dataclass(slots=True)
class Case:
    id: str
    hits: list[Hit] = field(default_factory=list)

    @property
    def hit_ids(self) -> list[str]:
        return [h.id for h in self.hits]

    @property
    def platforms(self) -> list[str]:
        return list(dict.fromkeys(h.platform or h.host for h in self.hits))

    @property
    def categories(self) -> list[str]:
        return list(dict.fromkeys(c for h in self.hits for c in h.categories))

    @property
    def contacts(self) -> list[tuple[str, str]]:
        return list(dict.fromkeys((str(c.get("kind", "")), str(c.get("value", "")))
                                  for h in self.hits for c in h.contacts if c.get("value")))  # fmt: skip


def _keys(hit: Hit) -> list[tuple[str, ...]]:
    keys: list[tuple[str, ...]] = [("hit", hit.id)]
    platform = hit.platform or hit.host
    if hit.shop:
        keys.append(("shop", platform, hit.shop))
    if hit.seller:
        keys.append(("seller", platform, hit.seller))
    keys += [("contact", str(c.get("kind", "")), str(c["value"]))
             for c in hit.contacts if c.get("value")]  # fmt: skip
    return keys


def build_cases(hits: Iterable[Hit]) -> list[Case]:
    """Group hits into cases (largest first, then by id)."""
    parent: dict[tuple[str, ...], tuple[str, ...]] = {}

    def root(k: tuple[str, ...]) -> tuple[str, ...]:
        parent.setdefault(k, k)
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    hits = list(hits)
    for h in hits:
        keys = _keys(h)
        for k in keys[1:]:
            parent[root(k)] = root(keys[0])
    groups: dict[tuple[str, ...], list[Hit]] = {}
    for h in hits:
        groups.setdefault(root(("hit", h.id)), []).append(h)
    cases = []
    for members in groups.values():
        members.sort(key=lambda h: (h.first_seen, h.id))
        cases.append(Case(id="C-" + min(h.id for h in members)[:10], hits=members))
    return sorted(cases, key=lambda c: (-len(c.hits), c.id))


def load_cases(store: Store, statuses: Iterable[str] = CASE_STATUSES) -> list[Case]:
    return build_cases(store.iter_hits(status=list(statuses)))


def find_case(store: Store, case_id: str) -> Case | None:
    return next((c for c in load_cases(store) if c.id == case_id), None)
