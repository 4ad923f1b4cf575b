"""Many workers, one frontier: ``adsweep crawl --queue redis://HOST:6379/0``.

scrapy-redis 0.9.1 (works on Scrapy 2.19 with deprecation warnings) keeps the request queue
and the duplicate filter in Redis, so several ``adsweep crawl`` processes, on one machine or
many, share them: each page is fetched by exactly one worker. Two things scrapy-redis does not
do are added here:

* **Stop when the frontier is drained, by all workers together.** A worker whose local work ran
  out stays up while the shared queue is non-empty or another worker is still busy (it may
  push new links), and closes only when everyone is idle. Workers announce themselves with
  short-lived heartbeat keys, so a killed worker does not keep the others waiting.
* **A fresh crawl each time.** Keys are namespaced by crawl name (``?crawl=NAME`` in the queue
  URL, default: the target or spider name); the last worker out deletes the queue and the
  duplicate filter, so a re-crawl tomorrow fetches the pages again.

``SCHEDULER_PERSIST = True`` is required: without it the first idle worker wipes the shared
queue and the others re-crawl everything.
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, NotConfigured

from pipelines.config import setting

__all__ = ["FrontierDrain", "QueueConfig", "key_prefix", "redis_settings", "split_queue_url"]

logger = logging.getLogger(__name__)

_HEARTBEAT_SECONDS = 0.5
_ALIVE_TTL = 15


def split_queue_url(url: str) -> tuple[str, str]:
    """``redis://h:6379/0?crawl=x`` → (``redis://h:6379/0``, ``x``); the name may be empty."""
    parts = urlsplit(url)
    if parts.scheme not in ("redis", "rediss", "unix"):
        raise ValueError(f"queue URL must start with redis:// (got {url!r})")
    query = dict(parse_qsl(parts.query))
    crawl = query.pop("crawl", "")
    return urlunsplit(parts._replace(query=urlencode(query))), crawl


def key_prefix(crawl: str) -> str:
    """Redis key prefix of one crawl; ``%(spider)s`` is filled in by scrapy-redis."""
    return f"adsweep:{crawl}" if crawl else "adsweep:%(spider)s"


def redis_settings(queue_url: str, crawl: str = "") -> dict[str, Any]:
    """Scrapy settings that put the frontier and the duplicate filter in Redis."""
    redis_url, named = split_queue_url(queue_url)
    prefix = key_prefix(named or crawl)
    return {
        "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
        "SCHEDULER_QUEUE_KEY": f"{prefix}:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{prefix}:dupefilter",
        "DUPEFILTER_KEY": f"{prefix}:dupefilter",
        "REDIS_URL": redis_url,
        "ADSWEEP_QUEUE_PREFIX": prefix,
    }


@dataclass(frozen=True, slots=True)
class QueueConfig:
    """The shared frontier's Redis and key prefix (both set by :func:`redis_settings`)."""

    prefix: str
    redis_url: str | None

    @classmethod
    def from_settings(cls, settings: Any) -> QueueConfig:
        return cls(
            prefix=setting(settings, "ADSWEEP_QUEUE_PREFIX") or "",
            redis_url=setting(settings, "REDIS_URL"),
        )


class FrontierDrain:
    """Keeps a worker alive until the shared frontier is drained; the last one cleans up."""

    def __init__(self, crawler: Crawler) -> None:
        config = QueueConfig.from_settings(crawler.settings)
        if not config.prefix:
            raise NotConfigured  # not a Redis crawl (a message would log a warning)
        # Imported once this is a Redis crawl: the extension is listed for every crawl, and
        # the client's import (redis.asyncio, its cluster and telemetry modules) was one of the
        # largest in a crawl process that never talks to Redis.
        import redis

        self.crawler = crawler
        self.server = redis.Redis.from_url(config.redis_url)
        self.prefix_template = config.prefix
        self.worker = f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
        self._loop: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FrontierDrain:
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    # -- keys ---------------------------------------------------------------------------------
    @property
    def prefix(self) -> str:
        spider = self.crawler.spider
        return self.prefix_template % {"spider": spider.name if spider else "spider"}

    def _alive_key(self, worker: str = "") -> str:
        return f"{self.prefix}:alive:{worker or self.worker}"

    def _others(self) -> dict[str, bytes]:
        """Other live workers and their busy flag (b"1" busy, b"0" idle)."""
        out = {}
        for key in self.server.scan_iter(match=f"{self.prefix}:alive:*"):
            name = key.decode().rsplit(":", 1)[1]
            if name != self.worker:
                out[name] = self.server.get(key) or b"0"
        return out

    # -- signals ------------------------------------------------------------------------------
    def spider_opened(self, spider: Any) -> None:
        from twisted.internet.task import LoopingCall

        self._beat()
        self._loop = LoopingCall(self._beat)
        self._loop.start(_HEARTBEAT_SECONDS, now=False)
        logger.info("worker %s joined the shared frontier %s", self.worker, self.prefix)

    def _beat(self) -> None:
        try:
            self._beat_once()
        except Exception:  # a failed beat must not stop the next one
            logger.exception("frontier heartbeat failed")

    def _beat_once(self) -> None:
        engine = self.crawler.engine
        try:
            busy = engine is not None and not engine.spider_is_idle()
        except RuntimeError:
            busy = False
        self.server.set(self._alive_key(), b"1" if busy else b"0", ex=_ALIVE_TTL)
        slot = getattr(engine, "_slot", None)
        if not busy and slot is not None:
            # An idle engine polls its scheduler only every 5 s; others' links wait in Redis.
            slot.nextcall.schedule()

    def spider_idle(self, spider: Any) -> None:
        self.server.set(self._alive_key(), b"0", ex=_ALIVE_TTL)
        queued = self.server.zcard(f"{self.prefix}:requests")
        busy = [w for w, flag in self._others().items() if flag == b"1"]
        if queued or busy:
            raise DontCloseSpider(f"frontier not drained: {queued} queued, busy {busy}")

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self._loop is not None and self._loop.running:
            self._loop.stop()
        self.server.delete(self._alive_key())
        if reason == "finished" and not self._others():
            self.server.delete(f"{self.prefix}:requests", f"{self.prefix}:dupefilter")
            logger.info("last worker out: cleared the frontier %s", self.prefix)
        self.server.close()
