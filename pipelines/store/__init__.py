"""Store backends behind one contract; :func:`open_store` picks one from a store URL."""

from __future__ import annotations

import os

from pipelines.errors import ConflictError, StoreConfigError, StoreError, StoreUnavailable
from pipelines.store.base import Store, merge_hit
from pipelines.store.query import FACET_FIELDS, FILTER_FIELDS, SORT_FIELDS, HitPage, HitQuery

__all__ = [
    "DEFAULT_STORE_URL",
    "FACET_FIELDS",
    "FILTER_FIELDS",
    "SORT_FIELDS",
    "ConflictError",
    "HitPage",
    "HitQuery",
    "Store",
    "StoreConfigError",
    "StoreError",
    "StoreUnavailable",
    "merge_hit",
    "open_store",
    "resolve_store_url",
]

DEFAULT_STORE_URL = "sqlite:///data/adsweep.db"


def resolve_store_url(url: str | None = None) -> str:
    """``--store`` wins, then ``ADSWEEP_STORE``, then the embedded default."""
    return url or os.environ.get("ADSWEEP_STORE") or DEFAULT_STORE_URL


def open_store(url: str | None = None) -> Store:
    """The store for ``url`` (see :func:`resolve_store_url`); schema set up on open."""
    url = resolve_store_url(url)
    if url.startswith("sqlite:"):
        from pipelines.store.sqlite import SQLiteStore

        return SQLiteStore.from_url(url)
    if url.startswith(("http://", "https://")):
        from pipelines.store.elastic import ElasticStore

        return ElasticStore.from_url(url)
    raise StoreConfigError(
        f"unsupported store URL {url!r}: use sqlite:///path/to/adsweep.db or http(s)://host:9200"
    )
