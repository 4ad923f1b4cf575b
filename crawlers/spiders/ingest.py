"""``ingest``: a platform's export as a crawl whose pages come from a file, not the network.

Every row becomes a PageItem (``crawlers.exports``) yielded from ``start()``, so it goes through
the same item pipelines as a fetched page: lifecycle (a re-ingested unchanged row only bumps its
hit's ``last_seen``; a row saying "已下架" marks the hit removed), detection, evidence (the row as
read, kept as a WARC ``resource`` record), the store with its spool, and the run record. At most
:data:`IN_FLIGHT` rows are in the pipelines at once, so a million-row file runs in bounded
memory.

Arguments (``adsweep ingest`` passes them; ``scrapy crawl ingest -a path=FILE`` works too):
``path``, ``mapping`` (``{"title": "宝贝名称"}`` or ``title=宝贝名称,shop=店铺``), ``fmt``,
``encoding``, ``progress`` (a callable given the bytes or rows read so far). The platform, the
target (``ingest:<platform>``) and the run id are the run's, as for every spider.

Stats: ``adsweep/ingest/rows``, ``adsweep/ingest/bad_rows``. A bad row is a page that failed, as
a fetch that failed is in a crawl (``adsweep/pages/error``: the run's ``errors``, and the run is
``incomplete``): it is logged as an error and its description kept (the first 20) in the run
record's ``problems``.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import scrapy
from scrapy import signals

from crawlers.exports import format_of, parse_mapping, read_rows, resolve_columns, row_item
from pipelines.evidence.archive import sha256_file
from pipelines.items import PageItem
from pipelines.run import RunContext

__all__ = ["IN_FLIGHT", "IngestSpider"]

#: Rows handed to the item pipelines and not yet through them, at most.
IN_FLIGHT = 64
_PROBLEMS_KEPT = 20


class IngestSpider(scrapy.Spider):
    """Rows of an export file, as PageItems, through the crawl's pipelines."""

    name = "ingest"

    def __init__(
        self,
        path: str = "",
        mapping: dict[str, str] | str | None = None,
        fmt: str | None = None,
        encoding: str | None = None,
        progress: Callable[[int], None] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if not path:
            raise ValueError("the ingest spider needs an export file: -a path=FILE")
        self.path = Path(path)
        if isinstance(mapping, str):
            mapping = parse_mapping([m for m in mapping.split(",") if m.strip()])
        self.mapping = dict(mapping or {})
        self.fmt = format_of(self.path, fmt)
        self.encoding = encoding
        self.progress = progress
        self.rows = self.finished = 0
        self._room = asyncio.Event()

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> IngestSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.run = RunContext.of(crawler)
        spider.run.record.update(
            source=str(spider.path), source_sha256=sha256_file(spider.path), pages=0, problems=[]
        )
        for sig in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(spider._item_done, signal=sig)
        crawler.signals.connect(spider._watch_closing, signal=signals.spider_opened)
        crawler.signals.connect(spider._stop_watching, signal=signals.spider_closed)
        return spider

    def _watch_closing(self) -> None:
        from twisted.internet import task

        self._watch = task.LoopingCall(self._let_close)
        self._watch.start(0.25, now=False)

    def _stop_watching(self) -> None:
        watch = getattr(self, "_watch", None)
        if watch is not None and watch.running:
            watch.stop()

    async def start(self) -> AsyncIterator[PageItem]:
        cols = None
        for n, row in read_rows(self.path, self.fmt, self.encoding, self.progress):
            if isinstance(row, str):
                self._bad_row(row)
                continue
            cols = cols or resolve_columns(list(row), self.mapping)
            item = row_item(row, cols, self.run.platform, n, self.path.name)
            item.run_id, item.target = self.run.run_id, self.run.target
            await self._wait_for_room()
            self.rows += 1
            self.run.record["pages"] = self.rows
            self.crawler.stats.inc_value("adsweep/ingest/rows")
            yield item

    def _bad_row(self, problem: str) -> None:
        self.crawler.stats.inc_value("adsweep/ingest/bad_rows")
        self.crawler.stats.inc_value("adsweep/pages/error")
        self.logger.error("%s: %s", self.path.name, problem)
        problems = self.run.record["problems"]
        if len(problems) < _PROBLEMS_KEPT:
            problems.append(problem)

    async def _wait_for_room(self) -> None:
        while self.rows - self.finished >= IN_FLIGHT:
            self._room.clear()
            await self._room.wait()

    def _item_done(self, item: Any, **kwargs: Any) -> None:
        if isinstance(item, PageItem):
            self.finished += 1
            self._room.set()

    def _let_close(self) -> None:
        """Let a closing spider close once the last row is through the pipelines; looked at
        every quarter second while the spider is open (a look costs nothing until it closes).

        Scrapy 2.19 counts items yielded from ``start()`` while they are in the pipelines, but
        nothing checks again whether a closing spider may close when the last one finishes
        (scrapy/scrapy#7029): a Ctrl-C or SIGTERM with rows in flight would wait forever.
        Looking only when a row's finish was signalled was not enough: the row is still counted
        while its signal is sent, and a closing that began in that window found nobody looking
        again (the run hung, rarely, on a loaded machine).
        """
        scraper = getattr(self.crawler.engine, "scraper", None)
        slot = getattr(scraper, "slot", None)
        if slot is None or slot.closing is None or slot.closing.called:
            return  # not closing yet, or closed
        if slot.is_idle():
            scraper._check_if_closing()
