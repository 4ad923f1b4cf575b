"""Run crawls in-process: the one place ``adsweep crawl``, ``adsweep demo`` and the schedule
turn options into Scrapy settings and spiders.

Scrapy's reactor starts once per process, so one call of :func:`run_crawls` runs all its
crawls concurrently and returns when all are done. A spec becomes settings only (one road for
each option: the spider takes its seeds, hosts and target object, nothing the settings carry),
and each crawl gets its :class:`pipelines.run.RunContext`, sharing a store opened by the caller.
"""

from __future__ import annotations

import signal
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from scrapy.utils.project import get_project_settings

from crawlers.rendering import driver_own_session
from lexicon.finding import CATEGORIES
from pipelines.run import RunConfig, RunContext, new_run_id
from pipelines.store.base import Store

__all__ = ["CrawlResult", "CrawlSpec", "run_crawls"]


@dataclass(slots=True)
class CrawlSpec:
    """What to crawl and how; ``None`` means the settings module's default."""

    seeds: list[str]
    spider: str = "sweep"
    depth: int | None = None
    render: str | None = None
    store_url: str | None = None
    platform: str = ""
    target: str = ""
    allowed_hosts: list[str] = field(default_factory=list)
    allow_private: list[str] = field(default_factory=list)
    job_dir: str | None = None
    queue: str | None = None
    screenshots: bool | None = None
    ocr: bool | None = None
    packs: list[str] | None = None
    evidence_dir: str | None = None
    settings: dict[str, Any] = field(default_factory=dict)
    spider_kwargs: dict[str, Any] = field(default_factory=dict)
    run_id: str = field(default_factory=new_run_id)


@dataclass(slots=True)
class CrawlResult:
    run_id: str
    spider: str
    stats: dict[str, Any]
    #: The signal (SIGINT, SIGTERM) that stopped the crawl before it ran out of pages.
    signal: int | None = None

    @property
    def pages(self) -> int:
        return int(self.stats.get("adsweep/detect/pages", 0))

    @property
    def responses(self) -> int:
        return int(self.stats.get("response_received_count", 0))

    @property
    def hits(self) -> int:
        return int(self.stats.get("adsweep/detect/pages_with_findings", 0))

    @property
    def errors(self) -> int:
        """Pages that failed (once each: a retried page that finally failed is one error)."""
        return int(self.stats.get("adsweep/pages/error", 0))

    @property
    def fetched(self) -> int:
        """Responses other than robots.txt: zero means the crawl reached nothing."""
        robots = int(self.stats.get("robotstxt/response_count", 0))
        return max(0, self.responses - robots)

    @property
    def spool_pending(self) -> int:
        return int(self.stats.get("adsweep/store/pending", 0))

    @property
    def evidence_missing(self) -> int:
        return int(self.stats.get("adsweep/evidence/missing", 0))

    @property
    def unchanged(self) -> int:
        return int(self.stats.get("adsweep/pages/unchanged", 0))

    @property
    def removed(self) -> int:
        return int(self.stats.get("adsweep/lifecycle/removed", 0))

    @property
    def reappeared(self) -> int:
        return int(self.stats.get("adsweep/lifecycle/reappeared", 0))

    @property
    def by_category(self) -> dict[str, int]:
        return {c: int(self.stats.get(f"adsweep/findings/{c}", 0)) for c in CATEGORIES}

    @property
    def finish_reason(self) -> str:
        return str(self.stats.get("finish_reason", ""))


def _spec_settings(spec: CrawlSpec) -> dict[str, Any]:
    out: dict[str, Any] = dict(spec.settings)
    pairs = {
        "ADSWEEP_RUN_ID": spec.run_id,
        "ADSWEEP_TARGET": spec.target,
        "ADSWEEP_PLATFORM": spec.platform or None,
        "ADSWEEP_DEPTH": spec.depth,
        "ADSWEEP_RENDER": spec.render,
        "STORE_URL": spec.store_url,
        "ADSWEEP_SCREENSHOTS": spec.screenshots,
        "LEXICON_OCR": spec.ocr,
        "LEXICON_PACKS": list(spec.packs) if spec.packs else None,
        "EVIDENCE_DIR": spec.evidence_dir,
    }
    out.update({k: v for k, v in pairs.items() if v is not None})
    if spec.allow_private:
        out["ADSWEEP_ALLOW_PRIVATE"] = list(spec.allow_private)
    if spec.render == "never" and spec.screenshots is False:
        # No browser at all: plain HTTP handlers, no Playwright driver process.
        out["DOWNLOAD_HANDLERS"] = {}
    if spec.job_dir and not spec.queue:
        from crawlers.jobdir import jobdir_settings

        # One journal per target, so several targets can share one --job-dir.
        job_dir = f"{spec.job_dir}/{spec.target}" if spec.target else spec.job_dir
        out.update(jobdir_settings(job_dir))
    if spec.queue:
        from crawlers.distributed import redis_settings

        out.update(redis_settings(spec.queue, crawl=spec.target))
    return out


def base_settings(overrides: dict[str, Any] | None = None) -> Settings:
    settings = get_project_settings()
    if not settings.get("BOT_NAME") or settings.get("BOT_NAME") == "scrapybot":
        settings.setmodule("crawlers.settings", priority="project")
    settings.update(overrides or {}, priority="cmdline")
    return settings


def run_crawls(
    specs: list[CrawlSpec], log_level: str = "WARNING", store: Store | None = None
) -> list[CrawlResult]:
    """Run every spec's crawl in this process; returns their stats when all have finished.

    ``store``, when given, is the open store every crawl writes through (the caller closes it);
    otherwise each crawl opens its own once.
    """
    driver_own_session()  # Ctrl-C stops the crawl gracefully; the browser stays for it
    seen: dict[str, int] = {}
    # Until Scrapy listens for signals, Ctrl-C is only noted (a KeyboardInterrupt in the
    # middle of building a crawler would be swallowed by Twisted with a traceback); it stops
    # the crawl as soon as the reactor runs.
    signal.signal(signal.SIGINT, lambda signum, _: seen.setdefault("signal", signum))
    try:
        process = CrawlerProcess(base_settings({"LOG_LEVEL": log_level}))
        crawlers = []
        for spec in specs:
            crawler = process.create_crawler(spec.spider)
            crawler.settings.update(_spec_settings(spec), priority="cmdline")
            RunContext(RunConfig.from_settings(crawler.settings), store).attach(crawler)
            kwargs = {
                "seeds": spec.seeds,
                "allowed_hosts": spec.allowed_hosts,
                **spec.spider_kwargs,
            }
            process.crawl(crawler, **kwargs)
            crawlers.append((spec, crawler))
        _watch_signals(seen)
        process.start()
    finally:
        # Ctrl-C after the crawl (while the summary is read) interrupts as usual again.
        signal.signal(signal.SIGINT, signal.default_int_handler)
    return [
        CrawlResult(spec.run_id, spec.spider, dict(crawler.stats.get_stats()), seen.get("signal"))
        for spec, crawler in crawlers
    ]


def _watch_signals(seen: dict[str, int]) -> None:
    """Note in ``seen`` which signal stops the crawl (Scrapy stops on it but does not say so).

    Scrapy installs its SIGINT/SIGTERM handlers once the reactor has started; right after
    that, each is wrapped to note the signal first, and a Ctrl-C noted while the crawl was
    being set up is handed to Scrapy's handler now, so the crawl stops gracefully at once.
    """
    from twisted.internet import reactor

    def wrap() -> None:
        for sig in (signal.SIGINT, signal.SIGTERM):
            handler = signal.getsignal(sig)
            if callable(handler):
                signal.signal(sig, _recording(handler, seen))
        if "signal" in seen:
            signal.getsignal(seen["signal"])(seen["signal"], None)  # type: ignore[operator]

    reactor.addSystemEventTrigger("after", "startup", reactor.callLater, 0, wrap)


def _recording(handler: Callable[[int, Any], Any], seen: dict[str, int]) -> Callable[..., Any]:
    def record(signum: int, frame: Any) -> Any:
        seen.setdefault("signal", signum)
        return handler(signum, frame)

    return record
