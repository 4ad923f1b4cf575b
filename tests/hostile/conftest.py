"""One hostile web per session and one crawl of it per render mode, shared by every test.

The crawls are real ``adsweep crawl`` subprocesses (Scrapy, chromium, OCR workers, SQLite);
each test asserts its own behaviour on their stats, stored hits and measured memory.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from tests.hostile.crawling import ROOT, SESSION_CRAWL_TIMEOUT, CrawlOutcome, crawl
from tests.hostile.web import HostileWeb
from tests.shared import unavailable

#: Traps met in chromium (script tricks, image bombs); crawled on their own as well.
RENDER_TRAPS = ("never-idle", "popups", "image-bomb")

#: The whole process tree (crawl, OCR workers, Playwright driver, chromium) stays under this.
#: The defects this suite guards against took 5–7 GB.
MEMORY_BOUND = 2_500 * 1024 * 1024

#: The whole-web crawl's link cap (production: 1000). The many-links trap lists 100,000 links;
#: at the production cap the crawl fetched, detected and stored 1000 of its empty pages (1001 of
#: the 1327 requests it made; CPU of the crawl's process tree 61 s, at 100: 340 and 46 s, the
#: same 45 hits and 11 failures). The cap works the same at 100: met, counted, and cut.
TRAP_LINK_CAP = 100

#: The whole-web crawl's fetch deadline (``FAST``: 10 s). The 20 MB huge-text page and the
#: many-links page (100,000 links), made afresh by this process's server for every request,
#: missed all three 10 s windows on a machine about 6.7 times slower than CI (session 78: four
#: tests failed, nothing else wrong). At 20 s the slow and silent traps still time out (three
#: attempts, 60 s, early in a crawl of about three minutes in CI), counted as before.
AUTO_DOWNLOAD_TIMEOUT = 20

#: Render and navigation deadlines as in production (crawlers.settings), for crawls whose
#: test is about what a render shows, not how fast it shows it.
RENDER_DEADLINES = {"ADSWEEP_RENDER_TIMEOUT": 60, "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": 30_000}


@pytest.fixture(scope="session")
def hostile_web() -> Iterator[HostileWeb]:
    with HostileWeb() as web:
        yield web


@pytest.fixture(scope="session")
def session_crawls(
    hostile_web: HostileWeb, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Future]]:
    """The shared crawls start at once: most of their time is spent waiting out timeouts."""
    pool = ThreadPoolExecutor(4)
    futures = {
        "auto": pool.submit(
            crawl,
            [hostile_web.url("/")],
            tmp_path_factory.mktemp("auto"),
            depth=60,
            settings={
                "ADSWEEP_MAX_LINKS_PER_PAGE": TRAP_LINK_CAP,
                "DOWNLOAD_TIMEOUT": AUTO_DOWNLOAD_TIMEOUT,
            },
            timeout=SESSION_CRAWL_TIMEOUT,
        ),
        "netns": pool.submit(_netns_crawl, tmp_path_factory.mktemp("netns")),
        "render": pool.submit(
            crawl,
            [hostile_web.url(f"/t/{n}") for n in RENDER_TRAPS],
            tmp_path_factory.mktemp("render"),
            depth=0,
            # The production deadlines: these traps show their trick within the idle wait, but
            # on two cores shared with three other crawls a 10 s render of never-idle ran out
            # before settling, and not_idle went uncounted (stop 33's withdrawn run).
            settings=RENDER_DEADLINES,
            timeout=SESSION_CRAWL_TIMEOUT,
        ),
        "probe": pool.submit(_render_probe, hostile_web, tmp_path_factory.mktemp("probe")),
    }
    yield futures
    pool.shutdown(wait=True)


@pytest.fixture(scope="session")
def render_crawl(session_crawls: dict[str, Future]) -> CrawlOutcome:
    """The pages whose hostility is in their scripts and images, rendered on their own: in the
    whole-web crawl, a loaded machine can time their renders out before the trick shows."""
    return session_crawls["render"].result()


@pytest.fixture(scope="session")
def auto_crawl(session_crawls: dict[str, Future]) -> CrawlOutcome:
    """The whole hostile web, ``--render auto`` (screenshots and OCR on), deep enough for traps."""
    return session_crawls["auto"].result()


@pytest.fixture(scope="session")
def netns_crawl(session_crawls: dict[str, Future]) -> dict[str, Any]:
    """``--render always`` over the browser pages, inside a loopback-only network namespace."""
    result = session_crawls["netns"].result()
    if result is None:
        unavailable("needs root and iproute2 to make a network namespace")
    return result


@pytest.fixture(scope="session")
def render_probe(session_crawls: dict[str, Future]) -> dict[str, Any]:
    """What the browser holds before and after many renders that time out or fail."""
    return session_crawls["probe"].result()


def _render_probe(web: HostileWeb, work: Path) -> dict[str, Any]:
    out = work / "probe.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-m", "tests.hostile.render_probe", str(out), web.url("")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=SESSION_CRAWL_TIMEOUT,
    )  # fmt: skip
    assert out.exists(), proc.stderr[-4000:]
    return json.loads(out.read_text())


def _netns_crawl(work: Path) -> dict[str, Any] | None:
    if os.geteuid() != 0 or not shutil.which("ip"):
        return None
    name = f"adsweep-hostile-{uuid.uuid4().hex[:8]}"
    etc = Path("/etc/netns") / name
    out = work / "result.json"

    def ip(*args: str) -> None:
        subprocess.run(["ip", *args], check=True, capture_output=True)

    ip("netns", "add", name)
    try:
        etc.mkdir(parents=True)
        (etc / "hosts").write_text(
            "127.0.0.1 localhost\n10.0.0.1 intranet.hostile.test\n::1 localhost\n"
        )
        ip("netns", "exec", name, "ip", "link", "set", "lo", "up")
        for addr in ("10.0.0.1/32", "169.254.169.254/32"):
            ip("netns", "exec", name, "ip", "addr", "add", addr, "dev", "lo")
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        proc = subprocess.run(
            ["ip", "netns", "exec", name, sys.executable, "-m", "tests.hostile.netns_crawl",
             str(out), str(work / "crawl")],
            # the crawl inside has SESSION_CRAWL_TIMEOUT; a minute more to write its result
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=SESSION_CRAWL_TIMEOUT + 60,
        )  # fmt: skip
        assert out.exists(), proc.stderr[-4000:]
        return json.loads(out.read_text())
    finally:
        subprocess.run(["ip", "netns", "del", name], capture_output=True)
        shutil.rmtree(etc, ignore_errors=True)


def assert_around(outcome: CrawlOutcome, name: str) -> None:
    """The crawl finished, the trap's good sibling was stored as a hit, memory stayed bounded."""
    assert outcome.stats.get("finish_reason") == "finished", outcome.stderr[-3000:]
    good = [u for u in outcome.hits if u.endswith(f"/good/{name}")]
    assert good, f"/good/{name} was not stored as a hit"
    detail = {k: v >> 20 for k, v in outcome.peak_detail.items()}
    assert outcome.peak_rss < MEMORY_BOUND, f"tree peaked at {outcome.peak_rss >> 20} MiB: {detail}"
