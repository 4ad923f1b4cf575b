"""The run context: what one crawl (or one ingest) is, made once and handed to every component.

A run has one id, one target and platform, one network policy, one store and one spool. Before
this object each component worked them out for itself: the store URL was resolved in three
places and opened five times per crawl, and two components made run ids. Now the runner
(``crawlers.runner``) makes the context for each crawl and attaches it to the crawler;
components take it with :meth:`RunContext.of` in ``from_crawler``. A crawler started by
``scrapy crawl`` gets one made from its settings on first use, so both ways behave the same.

The store is opened once, on first use, and shared: the lifecycle checks, the recheck of known
hits and the store pipeline all write through it. Components :meth:`~RunContext.hold` the
context while they run and :meth:`~RunContext.release` it when they close; the store is closed
when the last one lets go — unless it was handed in already open (``adsweep crawl`` opens it
once, checks it before crawling and reads the summary from it afterwards), then its owner
closes it.

Settings (read once into :class:`RunConfig`): ``ADSWEEP_RUN_ID``, ``ADSWEEP_TARGET``,
``ADSWEEP_PLATFORM``, ``ADSWEEP_ALLOW_PRIVATE``, ``STORE_URL``, ``STORE_SPOOL_DIR``.
"""

from __future__ import annotations

import hashlib
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipelines.config import setting
from pipelines.spool import Spool
from pipelines.store import open_store, resolve_store_url
from pipelines.store.base import Store

__all__ = ["RunConfig", "RunContext", "new_run_id", "spool_for"]

#: Where the context lives on a Scrapy crawler.
_ATTR = "adsweep_run"


def new_run_id() -> str:
    """A sortable, unique run id: UTC start time plus six random hex digits."""
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()) + "-" + uuid.uuid4().hex[:6]


def spool_for(store_url: str, spool_dir: str | Path) -> Spool:
    """The spool file that belongs to one store URL (two stores never share a spool)."""
    key = hashlib.sha256(store_url.encode("utf-8")).hexdigest()[:16]
    return Spool(Path(spool_dir) / f"store-{key}.jsonl")


@dataclass(frozen=True, slots=True)
class RunConfig:
    """The run's settings, read and checked once."""

    run_id: str
    target: str
    platform: str
    allow_private: tuple[str, ...]
    store_url: str | None
    spool_dir: str

    @classmethod
    def from_settings(cls, settings: Any) -> RunConfig:
        return cls(
            run_id=setting(settings, "ADSWEEP_RUN_ID") or "",
            target=setting(settings, "ADSWEEP_TARGET") or "",
            platform=setting(settings, "ADSWEEP_PLATFORM") or "",
            allow_private=tuple(setting(settings, "ADSWEEP_ALLOW_PRIVATE", "list")),
            store_url=setting(settings, "STORE_URL") or None,
            spool_dir=setting(settings, "STORE_SPOOL_DIR"),
        )


class RunContext:
    """One run: its id, target, platform, private-network allowance, store and spool."""

    def __init__(self, config: RunConfig, store: Store | None = None) -> None:
        self.run_id = config.run_id or new_run_id()
        self.target = config.target
        self.platform = config.platform
        self.allow_private = config.allow_private
        self.store_url = resolve_store_url(config.store_url)
        self.spool = spool_for(self.store_url, config.spool_dir)
        #: Fields a source adds to (or sets in) the stored run record: an export's file and
        #: hash, its rows as ``pages``, its bad rows as ``problems``.
        self.record: dict[str, Any] = {}
        self._store = store
        self._owns_store = store is None
        self._holders = 0

    @classmethod
    def of(cls, crawler: Any) -> RunContext:
        """The crawler's run context; made from its settings the first time it is asked for."""
        ctx = getattr(crawler, _ATTR, None)
        if ctx is None:
            ctx = cls(RunConfig.from_settings(crawler.settings))
            setattr(crawler, _ATTR, ctx)
        return ctx

    def attach(self, crawler: Any) -> RunContext:
        """Make this the context every component of ``crawler`` gets."""
        setattr(crawler, _ATTR, self)
        return self

    # -- the store, opened once ---------------------------------------------------------------
    def store(self) -> Store:
        """The run's store, opened on first use; raises (StoreError, OSError) while it cannot be
        opened, so a caller that spools can try again later."""
        if self._store is None:
            self._store = open_store(self.store_url)
        return self._store

    @property
    def store_open(self) -> bool:
        return self._store is not None

    def hold(self) -> None:
        """A component starts using the run (``open_spider``)."""
        self._holders += 1

    def release(self) -> None:
        """A component is done (``close_spider``); the last one out closes an owned store."""
        self._holders = max(0, self._holders - 1)
        if self._holders == 0 and self._owns_store and self._store is not None:
            self._store.close()
            self._store = None
