"""Canonical page URLs and the stable hit ids derived from them."""

from __future__ import annotations

import hashlib

from w3lib.url import canonicalize_url

__all__ = ["canonical_url", "hit_id"]


def canonical_url(url: str) -> str:
    """Sorted query, no fragment, normalized escaping: one page, one string."""
    return canonicalize_url(url, keep_fragments=False)


def hit_id(url: str) -> str:
    """Stable id of the hit for a page, so a re-crawl updates instead of duplicating."""
    return hashlib.sha256(canonical_url(url).encode("utf-8")).hexdigest()[:32]
