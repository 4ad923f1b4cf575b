"""``--job-dir DIR``: a crawl that survives Ctrl-C *and* ``kill -9``.

Scrapy's own ``JOBDIR`` only survives a graceful stop: its disk queue writes its size header
and its duplicate filter flushes its buffer at close, so a killed crawl resumes with an empty
frontier or refetches pages. Here the frontier is a journal in SQLite (WAL, a commit per
change, which survives the death of the process): every request is recorded when it is first
scheduled and marked *done* once its page is finished (the callback's output fully handed to
the engine and its PageItem through the item pipelines). On resume, the journal's unfinished
requests are scheduled again and everything else is recognised as seen, so finished pages are
never fetched twice.

Settings: ``ADSWEEP_JOB_DIR`` (set by ``adsweep crawl --job-dir``). Components:
:class:`JournalDupeFilter` (``DUPEFILTER_CLASS``) and :class:`JournalSpiderMiddleware`
(``SPIDER_MIDDLEWARES``; NotConfigured without a job dir). Stats: ``adsweep/jobdir/resumed``,
``adsweep/jobdir/done``.
"""

from __future__ import annotations

import logging
import pickle
import sqlite3
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.dupefilters import BaseDupeFilter
from scrapy.exceptions import NotConfigured
from scrapy.utils.request import request_from_dict

from pipelines.config import setting
from pipelines.items import PageItem

__all__ = [
    "JobDirConfig",
    "Journal",
    "JournalDupeFilter",
    "JournalSpiderMiddleware",
    "jobdir_settings",
]

logger = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS frontier (
    fp TEXT PRIMARY KEY, done INTEGER NOT NULL DEFAULT 0, url TEXT, request BLOB
);
"""


def jobdir_settings(job_dir: str) -> dict[str, Any]:
    """What ``--job-dir`` sets (the spider middleware is always listed, off without it)."""
    return {
        "ADSWEEP_JOB_DIR": job_dir,
        "DUPEFILTER_CLASS": "crawlers.jobdir.JournalDupeFilter",
    }


@dataclass(frozen=True, slots=True)
class JobDirConfig:
    """``ADSWEEP_JOB_DIR``: the journal's directory, or None for a crawl without one."""

    job_dir: str | None

    @classmethod
    def from_settings(cls, settings: Any) -> JobDirConfig:
        return cls(job_dir=setting(settings, "ADSWEEP_JOB_DIR") or None)


class Journal:
    """The frontier of one job directory: fingerprints, their requests, and which are done."""

    _shared: ClassVar[dict[str, Journal]] = {}

    def __init__(self, job_dir: str | Path) -> None:
        path = Path(job_dir)
        path.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path / "frontier.sqlite", isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(_SCHEMA)
        self.seen: set[str] = {fp for (fp,) in self.db.execute("SELECT fp FROM frontier")}

    @classmethod
    def for_dir(cls, job_dir: str) -> Journal:
        """One journal per directory and process (dupefilter and middleware share it)."""
        key = str(Path(job_dir).resolve())
        if key not in cls._shared:
            cls._shared[key] = cls(job_dir)
        return cls._shared[key]

    def add(self, fp: str, request: Request, spider: Any) -> None:
        try:
            blob = pickle.dumps(request.to_dict(spider=spider), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as e:  # a request that cannot be serialized is not resumable
            logger.info("request not journaled for resume (%s): %s", e, request.url)
            blob = None
        self.db.execute(
            "INSERT OR IGNORE INTO frontier VALUES (?, 0, ?, ?)", (fp, request.url, blob)
        )
        self.seen.add(fp)

    def done(self, fp: str) -> None:
        self.db.execute("UPDATE frontier SET done=1, request=NULL WHERE fp=?", (fp,))

    def pending(self, spider: Any) -> list[Request]:
        rows = self.db.execute("SELECT request FROM frontier WHERE done=0 AND request IS NOT NULL")
        out = []
        for (blob,) in rows:
            try:
                out.append(request_from_dict(pickle.loads(blob), spider=spider))
            except Exception as e:
                logger.warning("journaled request not restored: %s", e)
        return out

    def counts(self) -> tuple[int, int]:
        row = self.db.execute("SELECT count(*), coalesce(sum(done), 0) FROM frontier").fetchone()
        return int(row[0]), int(row[1])

    def close(self) -> None:
        for key, journal in list(self._shared.items()):
            if journal is self:
                del self._shared[key]
        self.db.close()


class JournalDupeFilter(BaseDupeFilter):
    """Duplicate filter backed by the journal: a request is recorded the first time it is seen."""

    def __init__(self, crawler: Crawler) -> None:
        job_dir = JobDirConfig.from_settings(crawler.settings).job_dir
        if not job_dir:
            raise NotConfigured("JournalDupeFilter needs ADSWEEP_JOB_DIR")
        self.crawler = crawler
        self.journal = Journal.for_dir(job_dir)
        self.fingerprinter = crawler.request_fingerprinter

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> JournalDupeFilter:
        return cls(crawler)

    def request_seen(self, request: Request) -> bool:
        fp = self.fingerprinter.fingerprint(request).hex()
        if fp in self.journal.seen:
            return True
        self.journal.add(fp, request, self.crawler.spider)
        return False

    def close(self, reason: str) -> None:
        total, done = self.journal.counts()
        logger.info("job journal: %d requests, %d done (%s)", total, done, reason)
        self.journal.close()


class JournalSpiderMiddleware:
    """Re-schedules unfinished requests on resume; marks a page done once fully handled."""

    def __init__(self, crawler: Crawler) -> None:
        job_dir = JobDirConfig.from_settings(crawler.settings).job_dir
        if not job_dir:
            raise NotConfigured
        self.crawler = crawler
        self.journal = Journal.for_dir(job_dir)
        self.fingerprinter = crawler.request_fingerprinter
        self._items: dict[int, str] = {}
        self._open_items: dict[str, int] = {}
        self._hops: dict[str, list[str]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> JournalSpiderMiddleware:
        mw = cls(crawler)
        for sig in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(mw.item_finished, signal=sig)
        return mw

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        pending = self.journal.pending(self.crawler.spider)
        if pending:
            self.crawler.stats.set_value("adsweep/jobdir/resumed", len(pending))
            logger.info("resuming: %d unfinished requests from the job directory", len(pending))
        for request in pending:
            yield request.replace(dont_filter=True)
        async for item_or_request in start:
            yield item_or_request

    async def process_spider_output_async(
        self, response: Any, result: AsyncIterator[Any]
    ) -> AsyncIterator[Any]:
        fp = self.fingerprinter.fingerprint(response.request).hex()
        self._note_redirects(fp, response)
        self._open_items[fp] = self._open_items.get(fp, 0) + 1  # the callback itself
        async for out in result:
            if isinstance(out, PageItem):
                self._items[id(out)] = fp
                self._open_items[fp] += 1
            yield out
        self._release(fp)

    def process_spider_output(self, response: Any, result: Any) -> Any:
        fp = self.fingerprinter.fingerprint(response.request).hex()
        self._note_redirects(fp, response)
        self._open_items[fp] = self._open_items.get(fp, 0) + 1
        for out in result:
            if isinstance(out, PageItem):
                self._items[id(out)] = fp
                self._open_items[fp] += 1
            yield out
        self._release(fp)

    def item_finished(self, item: Any, **kwargs: Any) -> None:
        fp = self._items.pop(id(item), None)
        if fp is not None:
            self._release(fp)

    def _release(self, fp: str) -> None:
        left = self._open_items.get(fp, 1) - 1
        if left > 0:
            self._open_items[fp] = left
            return
        self._open_items.pop(fp, None)
        self.journal.done(fp)
        for hop in self._hops.pop(fp, ()):
            self.journal.done(hop)  # the redirecting URLs of this page are finished too
        self.crawler.stats.inc_value("adsweep/jobdir/done")

    def _note_redirects(self, fp: str, response: Any) -> None:
        urls = response.meta.get("redirect_urls") or []
        if urls:
            self._hops[fp] = [self.fingerprinter.fingerprint(Request(u)).hex() for u in urls]
