"""Count what timed-out renders leave behind: ``python -m tests.hostile.render_probe OUT BASE``.

One Scrapy crawl in this process, with adsweep's download handler (chromium behind the browser
guard) and downloader middlewares (the context recycler included), over the hostile web at
``BASE``. Three phases, each started when the previous one has answered every request:

1. good pages, rendered: the browser, its contexts and the guard are warm (the baseline);
2. one popup storm (sixty ``window.open`` calls) under a longer deadline, then many renders of pages that hold chromium (alert and busy loops, popup storms, pages that
   never load or never end), more than the browser has pages for, so that some wait for a
   page longer than the outer deadline and every one of them times out;
3. good pages again, once the storm's pages are closed (or the settle ceiling passed).

Only the storm runs under the short render deadline (``STORM_RENDER_TIMEOUT``), so that all of
it times out; good pages are given ``GOOD_RENDER_TIMEOUT``, as a crawl whose question is what a
page shows, not how fast it shows it. On two cores shared with three other crawls and a test
worker, good pages missed the short deadline's 9 s outer limit on three attempts in a row
(session 77's submission failed on it: 5 of the 6 good pages after the storm, with no page left
open). A good page whose render fails is asked again, up to ``GOOD_ATTEMPTS`` times in all, and
each failed attempt is listed under ``retried``; a browser the storm has wedged fails every
attempt whatever its deadline.

After phases 1 and 3 it waits for the browser to settle (renderer processes exit after their
page is closed), with a ceiling, and writes a snapshot: pages open in every context, contexts,
chromium processes, open file descriptors of the process tree, the guard's open connections.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import os
import sys
import time
from collections.abc import AsyncIterator
from typing import Any

import psutil
import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

#: Pages whose renders never finish in time (each repeated under a fresh query).
HOLDERS = (
    "/t/alert-loop",
    "/t/popups",
    "/t/never-idle",
    "/t/silent",
    "/t/slow",
    "/t/endless",
    "/t/js-redirect-loop",
    "/t/meta-refresh-loop",
    "/b/busy",
)
GOOD = [f"/good/probe-{i}" for i in range(6)]
GOOD_PATHS = {*GOOD, *(p + "?again=1" for p in GOOD)}
SETTLE_CEILING = 90.0
GOOD_ATTEMPTS = 3
#: The render deadline of the storm (every one of its renders must run out of it).
STORM_RENDER_TIMEOUT = 3.0
#: The render deadline of the good pages before and after the storm (production's is 60 s).
GOOD_RENDER_TIMEOUT = 30.0
#: The render deadline of the popup storm rendered before the others (see ``start``).
POPUP_RENDER_TIMEOUT = 10.0


def _tree() -> list[psutil.Process]:
    me = psutil.Process()
    return [me, *me.children(recursive=True)]


def _chromium() -> list[psutil.Process]:
    out = []
    for p in _tree():
        try:
            if "chrom" in p.name():
                out.append(p)
        except psutil.Error:
            continue
    return out


def _fds() -> int:
    total = 0
    for p in _tree():
        try:
            total += p.num_fds()
        except psutil.Error:
            continue
    return total


def _fds_by_process() -> dict[str, int]:
    out: dict[str, int] = {}
    for p in _tree():
        try:
            key = p.name() + ":" + next((a for a in p.cmdline() if a.startswith("--type=")), "main")
            out[key] = out.get(key, 0) + p.num_fds()
        except psutil.Error:
            continue
    return out


def _handlers(crawler: Any) -> list[Any]:
    loaded = getattr(crawler.engine.downloader.handlers, "_handlers", {}).values()
    return list({id(h): h for h in loaded if hasattr(h, "context_wrappers")}.values())


def snapshot(crawler: Any) -> dict[str, Any]:
    handlers = _handlers(crawler)
    pages = contexts = browser_contexts = guard = 0
    for h in handlers:
        contexts += len(h.context_wrappers)
        pages += sum(len(w.context.pages) for w in h.context_wrappers.values())
        if hasattr(h, "browser"):
            browser_contexts += len(h.browser.contexts)
            pages += sum(
                len(c.pages)
                for c in h.browser.contexts
                if all(c is not w.context for w in h.context_wrappers.values())
            )
        guard += h.guard.open_connections
    renderers = 0
    for p in _chromium():
        try:
            renderers += "--type=renderer" in " ".join(p.cmdline())
        except psutil.Error:
            continue
    urls = [
        pg.url
        for h in handlers
        if hasattr(h, "browser")
        for c in h.browser.contexts
        for pg in c.pages
    ]
    return {
        "open_urls": urls[:30],
        "pages": pages,
        "contexts": contexts,
        "browser_contexts": browser_contexts,
        "chromium": len(_chromium()),
        "renderers": renderers,
        "fds": _fds(),
        "fds_by_process": _fds_by_process(),
        "own_fds": psutil.Process().num_fds(),
        "guard_connections": guard,
        "stats": {
            k: v
            for k, v in crawler.stats.get_stats().items()
            if k.startswith(
                ("debug/", "adsweep/render", "playwright/page_count", "playwright/context")
            )
        },
    }


class ProbeSpider(scrapy.Spider):
    name = "render-probe"

    def __init__(self, base: str, holders: int, out: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.base, self.holders, self.out = base, holders, out
        self.answered = 0
        self.failed: list[str] = []
        self.rendered: list[str] = []
        self.retried: list[str] = []
        self.changed = asyncio.Event()
        self.result: dict[str, Any] = {}

    def _request(self, path: str, context: str = "read", attempt: int = 0) -> scrapy.Request:
        meta: dict[str, Any] = {"playwright": True, "playwright_context": context}
        meta["t0"] = time.monotonic()
        meta["attempt"] = attempt
        meta["path"] = path
        return scrapy.Request(
            self.base + path, meta=meta, callback=self.ok, errback=self.bad, dont_filter=True
        )

    def ok(self, response: scrapy.http.Response) -> None:
        self.rendered.append(response.url)
        self._answer()

    def bad(self, failure: Any) -> scrapy.Request | None:
        meta = failure.request.meta
        lat = time.monotonic() - meta["t0"]
        line = f"{lat:5.1f} {failure.request.url}: {failure.value}"
        if meta["path"] in GOOD_PATHS and meta["attempt"] + 1 < GOOD_ATTEMPTS:
            self.retried.append(line)
            # The context the spider asked for, not the generation the recycler gave it
            # ("capture~0"): asked as a context of its own, a third one, it would wait for a
            # context slot that never frees.
            context = meta.get("adsweep_context_base") or meta["playwright_context"]
            return self._request(meta["path"], context, meta["attempt"] + 1)
        self.failed.append(line)
        self._answer()
        return None

    def _answer(self) -> None:
        self.answered += 1
        self.changed.set()

    async def _all_answered(self, n: int) -> None:
        while self.answered < n:
            self.changed.clear()
            await self.changed.wait()

    async def _settled(self, baseline: dict[str, Any] | None) -> dict[str, Any]:
        """The snapshot once renderers of closed pages have exited (or the ceiling passed)."""
        deadline = time.monotonic() + SETTLE_CEILING
        while True:
            snap = snapshot(self.crawler)
            quiet = snap["pages"] == 0 and snap["guard_connections"] == 0
            if baseline is not None:  # both counts the release test compares must settle
                quiet = quiet and snap["chromium"] <= baseline["chromium"]
                quiet = quiet and snap["renderers"] <= baseline["renderers"]
            if quiet or time.monotonic() > deadline:
                snap["settle_s"] = round(SETTLE_CEILING - (deadline - time.monotonic()), 1)
                return snap
            await asyncio.sleep(0.5)  # polling the browser's state, not waiting out a timer

    def _deadline(self, seconds: float) -> None:
        """Every browser handler's render deadline from now on (a request reads it when it starts)."""
        for h in _handlers(self.crawler):
            h.browser_config = dataclasses.replace(h.browser_config, render_timeout=seconds)
        self.result.setdefault("deadlines", []).append(seconds)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        self._deadline(GOOD_RENDER_TIMEOUT)
        for i, path in enumerate(GOOD):
            yield self._request(path, ("read", "capture")[i % 2])
        await self._all_answered(len(GOOD))
        self.result["baseline"] = await self._settled(None)
        # One popup storm under a longer deadline first: at a load of 45 on two cores no
        # storm page got as far as running its script within 3 s, and the popups the
        # release must close were never opened. This one runs its script (its render never
        # finishes: it times out like the rest of the storm).
        self._deadline(POPUP_RENDER_TIMEOUT)
        yield self._request("/t/popups?probe=first", "read")
        await self._all_answered(len(GOOD) + 1)
        self._deadline(STORM_RENDER_TIMEOUT)
        for i in range(self.holders):
            yield self._request(
                f"{HOLDERS[i % len(HOLDERS)]}?probe={i}", ("read", "capture")[i % 2]
            )
        await self._all_answered(len(GOOD) + 1 + self.holders)
        # Phase 3 starts once chromium has closed the storm's pages: on two loaded cores the
        # closing itself can take a good page's whole render deadline, which says nothing
        # about a wedged browser (that one never gets its pages closed: the ceiling passes).
        self.result["after_storm"] = await self._settled(None)
        self._deadline(GOOD_RENDER_TIMEOUT)
        for i, path in enumerate(GOOD):
            yield self._request(path + "?again=1", ("read", "capture")[i % 2])
        await self._all_answered(2 * len(GOOD) + 1 + self.holders)
        self.result["after"] = await self._settled(self.result["baseline"])
        self.result["rendered"] = self.rendered
        self.result["failed"] = self.failed
        self.result["retried"] = self.retried
        with open(self.out, "w", encoding="utf-8") as f:
            json.dump(self.result, f, ensure_ascii=False, indent=1)


def main(out: str, base: str, holders: int = 27) -> None:
    settings = Settings()
    settings.setmodule("crawlers.settings", priority="project")  # as ``adsweep crawl`` does
    settings.setdict(
        {
            "LOG_LEVEL": os.environ.get("PROBE_LOG_LEVEL", "WARNING"),
            "ROBOTSTXT_OBEY": False,
            "RETRY_ENABLED": False,
            "ITEM_PIPELINES": {},
            "EXTENSIONS": {},
            "SPIDER_MIDDLEWARES": {},
            "ADSWEEP_ALLOW_PRIVATE": ["127.0.0.1/32"],
            "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
            "DOWNLOAD_DELAY": 0,
            "AUTOTHROTTLE_ENABLED": False,
            "DOWNLOAD_TIMEOUT": 5,
            "ADSWEEP_RENDER_TIMEOUT": STORM_RENDER_TIMEOUT,  # each phase sets its own
            "ADSWEEP_RENDER_IDLE_WAIT": 1.0,
            # Longer than every render deadline: the render deadline is what a render meets.
            "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": GOOD_RENDER_TIMEOUT * 1000,
            "ADSWEEP_RENDER_RECYCLE_PAGES": int(os.environ.get("PROBE_RECYCLE", "100")),
        },
        priority="cmdline",
    )
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(ProbeSpider)
    process.crawl(crawler, base=base, holders=holders, out=out)
    process.start()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], *(int(a) for a in sys.argv[3:4]))
