"""Progress while a crawl runs (pages, hits, errors, rate) and a per-category summary after.

A Scrapy extension, so it works the same for ``adsweep crawl``, ``adsweep demo`` and
``scrapy crawl``. It prints to stderr, keeping stdout for machine-readable output.
"""

from __future__ import annotations

import sys
import time
import unicodedata
from dataclasses import dataclass
from typing import Any

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task

from lexicon.finding import CATEGORIES
from lexicon.vocabulary import CATEGORY_LABELS
from pipelines.config import setting

__all__ = ["CATEGORY_LABELS", "ProgressConfig", "ProgressExtension", "format_summary"]


@dataclass(frozen=True, slots=True)
class ProgressConfig:
    """``ADSWEEP_PROGRESS_INTERVAL``: seconds between lines; 0 turns progress off."""

    interval: float

    @classmethod
    def from_settings(cls, settings: Any) -> ProgressConfig:
        return cls(interval=setting(settings, "ADSWEEP_PROGRESS_INTERVAL", "float"))


class ProgressExtension:
    def __init__(self, crawler: Any, interval: float) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.interval = interval
        self.started = time.monotonic()
        self._task: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> ProgressExtension:
        config = ProgressConfig.from_settings(crawler.settings)
        if config.interval <= 0:
            raise NotConfigured
        ext = cls(crawler, config.interval)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Any) -> None:
        self.started = time.monotonic()
        self._task = task.LoopingCall(self.report)
        self._task.start(self.interval, now=False)

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self._task is not None and self._task.running:
            self._task.stop()
        self.report(final=True)

    def line(self) -> str:
        get = self.stats.get_value
        pages = get("adsweep/detect/pages", 0)
        hits = get("adsweep/detect/pages_with_findings", 0)
        errors = get("adsweep/pages/error", 0)
        elapsed = max(time.monotonic() - self.started, 1e-6)
        return (
            f"[{self.crawler.spider.name if self.crawler.spider else 'crawl'}] 页面 {pages} | "
            f"命中 {hits} | 错误 {errors} | {pages / elapsed:.1f} 页/秒 | 用时 {elapsed:.0f} 秒"
        )

    def report(self, final: bool = False) -> None:
        print(("完成 " if final else "") + self.line(), file=sys.stderr, flush=True)


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _cell(s: str, width: int, left: bool = True) -> str:
    pad = " " * max(width - _width(s), 0)
    return s + pad if left else pad + s


def format_summary(by_category: dict[str, int], pages: int, hits: int, errors: int) -> str:
    """The end-of-crawl table: pages with findings per category (CJK-width aligned)."""
    width = max(_width(v) for v in CATEGORY_LABELS.values()) + 2
    rule = "-" * (width + 10)
    rows = [_cell("类别", width) + _cell("命中页面", 10, left=False), rule]
    for cat in CATEGORIES:
        count = str(by_category.get(cat, 0))
        rows.append(_cell(CATEGORY_LABELS[cat], width) + _cell(count, 10, left=False))
    rows.append(rule)
    rows.append(f"抓取页面 {pages}，命中页面 {hits}，错误 {errors}")
    return "\n".join(rows)
