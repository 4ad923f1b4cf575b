"""Re-crawl lifecycle: removal and reappearance of listings, and incremental re-crawls.

A listing that disappears (HTTP 404/410, a "商品已下架/不存在" page, or a redirect to a removal
page) marks its hit ``removed`` with the time; one that comes back marks it ``reappeared``.
This is how a regulator verifies a takedown notice later, so every transition goes through
:meth:`Store.set_status` (history + audit log), never a silent overwrite.

Incremental re-crawls: the store keeps a content fingerprint per page; a page whose fingerprint
is unchanged skips detection, evidence and storage and only bumps ``last_seen`` of its hit —
unless it was detected with another lexicon version or other rule packs (``detected_with``):
a new rule set or ``crawl --pack`` reads every page again.

:class:`LifecyclePipeline` runs before the detect pipeline (priority 250). It reads page states
from the run's store (:class:`pipelines.run.RunContext`) and writes through the run's
:class:`~pipelines.store.writer.SpooledWriter`, so its transitions and ``last_seen`` bumps are
spooled with the hits while the store is down. Settings (read once
into :class:`LifecycleConfig`): ``ADSWEEP_INCREMENTAL``, ``ADSWEEP_REMOVAL_TEXTS`` (extra
phrases, a list).
Stats: ``adsweep/lifecycle/removed``, ``adsweep/lifecycle/reappeared``,
``adsweep/lifecycle/removal_pages``, ``adsweep/pages/unchanged``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from pipelines.config import setting
from pipelines.detect import detection_setup
from pipelines.hit import Hit
from pipelines.hitbuild import content_fingerprint
from pipelines.items import PageItem
from pipelines.run import RunContext
from pipelines.store import StoreError
from pipelines.store.base import Store
from pipelines.store.writer import ACTOR, DOWN, SpooledWriter, mark_removed, mark_seen

__all__ = [
    "ACTOR",
    "REMOVAL_TEXTS",
    "LifecycleConfig",
    "LifecyclePipeline",
    "mark_removed",
    "mark_seen",
    "recheck_urls",
    "removal_reason",
]

logger = logging.getLogger(__name__)

#: Phrases of marketplaces' and boards' "gone" pages (the title, or a short page's text).
REMOVAL_TEXTS: tuple[str, ...] = (
    "商品已下架",
    "宝贝不存在",
    "商品不存在",
    "已下架",
    "已下柜",
    "信息已删除",
    "已被删除",
    "已过期",
    "页面不存在",
    "该网站已关闭",
    "内容不存在",
    "帖子不存在",
)
#: Path fragments of the pages platforms redirect removed listings to.
REMOVAL_URL_HINTS: tuple[str, ...] = (
    "removed",
    "offline",
    "xiajia",
    "notfound",
    "not_found",
    "not-found",
    "deleted",
    "error",
    "404",
)
_SHORT_PAGE = 400


def removal_reason(item: PageItem, extra_texts: Iterable[str] = ()) -> str | None:
    """Why this fetched page says its listing is gone, or None when it is live."""
    if item.status in (404, 410):
        return f"http_{item.status}"
    final = item.final_url or item.url
    if final != item.url and _path_hints_removal(final) and not _path_hints_removal(item.url):
        return "redirect_to_removal_page"
    texts = (*REMOVAL_TEXTS, *extra_texts)
    if any(t in item.title for t in texts):
        return "removal_page"
    if len(item.text) <= _SHORT_PAGE and any(t in item.text for t in texts):
        return "removal_page"
    return None


def _path_hints_removal(url: str) -> bool:
    path = urlsplit(url).path.lower()
    return any(h in path for h in REMOVAL_URL_HINTS)


def recheck_urls(run: RunContext, target: str = "", hosts: Iterable[str] = ()) -> list[str]:
    """URLs of known hits to re-fetch: the target's, or those on ``hosts`` (and subdomains).

    Rejected hits are not rechecked; a store that cannot be opened or read yields nothing (the
    crawl itself still runs).
    """
    hosts = tuple(hosts)
    try:
        return [h.url for h in run.store().iter_hits() if _recheck(h, target, hosts)]
    except (StoreError, OSError) as e:
        logger.warning("no recheck of known hits: store unavailable (%s)", e)
        return []


def _recheck(hit: Hit, target: str, hosts: tuple[str, ...]) -> bool:
    if hit.status == "rejected":
        return False
    if target:
        return hit.target == target
    host = hit.host.removeprefix("www.")
    return any(host == h or host.endswith("." + h) for h in hosts)


@dataclass(frozen=True, slots=True)
class LifecycleConfig:
    """The incremental switch and the extra removal phrases."""

    incremental: bool
    removal_texts: tuple[str, ...]

    @classmethod
    def from_settings(cls, settings: Any) -> LifecycleConfig:
        return cls(
            incremental=setting(settings, "ADSWEEP_INCREMENTAL", "bool"),
            removal_texts=tuple(setting(settings, "ADSWEEP_REMOVAL_TEXTS", "list")),
        )


class LifecyclePipeline:
    """Removal/reappearance transitions and the incremental skip, before detection.

    Reads go to the store; writes go through the crawl's :class:`SpooledWriter`, so a
    transition or a ``last_seen`` bump made while the store is down is spooled with the hits and
    replayed in order. With the store down, a removal page still becomes a spooled ``removed``
    record and a live page a ``seen`` record (both decided at replay); nothing is skipped as
    unchanged, since the fingerprint cannot be read.
    """

    def __init__(self, crawler: Any, config: LifecycleConfig, run: RunContext) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.run = run
        self.incremental = config.incremental
        self.extra_texts = config.removal_texts
        self.writer = SpooledWriter.for_crawler(crawler)
        self.setup = detection_setup(crawler.settings) if config.incremental else ""

    @classmethod
    def from_crawler(cls, crawler: Any) -> LifecyclePipeline:
        return cls(crawler, LifecycleConfig.from_settings(crawler.settings), RunContext.of(crawler))

    @property
    def store(self) -> Store | None:
        """The run's store while this pipeline holds the run and the store is open."""
        return self.writer.store

    def open_spider(self) -> None:
        target = getattr(getattr(self.crawler, "spider", None), "target_obj", None)
        self.extra_texts += tuple(getattr(target, "removal_texts", ()) or ())
        self.writer.acquire()
        if not self.writer.connect():
            logger.warning("store %s unavailable: lifecycle records are spooled", self.writer.url)

    def close_spider(self) -> None:
        self.writer.release()

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, PageItem):
            return item
        from scrapy.exceptions import DropItem

        reason = removal_reason(item, self.extra_texts)
        if reason:
            self.stats.inc_value("adsweep/lifecycle/removal_pages")
            rec = {"kind": "lifecycle", "event": "removed", "url": item.url, "reason": reason,
                   "status": item.status, "at": item.fetched_at}  # fmt: skip
            if self.writer.write(rec)[1]:
                self.stats.inc_value("adsweep/lifecycle/removed")
            raise DropItem(f"listing gone ({reason}): {item.url}", log_level="DEBUG")
        page = self._page(item.url)
        if page is None:  # store down: replay decides about reappearance
            self.writer.write({"kind": "lifecycle", "event": "seen", "url": item.url,
                               "at": item.fetched_at})  # fmt: skip
            return item
        # Only pages known to carry a hit can reappear: new pages cost one read, not two.
        if page.get("hit_id") or page.get("removed"):
            rec = {"kind": "lifecycle", "event": "seen", "url": item.url, "at": item.fetched_at}
            if self.writer.write(rec)[1]:
                self.stats.inc_value("adsweep/lifecycle/reappeared")
            if page.get("removed"):  # back after a removal: detect and store it in full
                return item
        if self.incremental and self._unchanged(item, page):
            self.stats.inc_value("adsweep/pages/unchanged")
            raise DropItem(f"unchanged since last crawl: {item.url}", log_level="DEBUG")
        return item

    def _page(self, url: str) -> dict[str, Any] | None:
        """The stored page state ({} when unknown), or None when the store cannot be read."""
        store = self.writer.store if self.writer.connect() else None
        if store is None:
            return None
        try:
            return store.get_page(url) or {}
        except DOWN as e:
            logger.warning("lifecycle check of %s: store unavailable (%s)", url, e)
            return None
        except StoreError as e:  # never lose a page to a lifecycle hiccup
            logger.warning("lifecycle check failed for %s: %s", url, e)
            return None

    def _unchanged(self, item: PageItem, page: dict[str, Any]) -> bool:
        if not page or page.get("fingerprint") != content_fingerprint(item):
            return False
        if page.get("detected_with", "") != self.setup:
            return False
        if page.get("hit_id"):
            self.writer.write({"kind": "touch", "hit_id": page["hit_id"],
                               "seen_at": item.fetched_at, "run_id": item.run_id})  # fmt: skip
        state = {"last_seen": item.fetched_at, "run_id": item.run_id}
        self.writer.write({"kind": "page", "url": item.url, "state": state})
        return True
