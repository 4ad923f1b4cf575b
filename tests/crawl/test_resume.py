"""``--job-dir``: kill -9 a real crawl midway, resume it, and nothing finished is fetched again."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from pipelines.store import open_store

from .conftest import subprocess_env
from .site import SiteServer, ad_site

PAGES = 60
#: Listing pages served before the site holds every further one (the crawl is then killed).
SERVED = 20
FLAGS = [
    "--allow-private",
    "127.0.0.0/8",
    "--render",
    "never",
    "--no-screenshots",
    "--no-ocr",
    "--depth",
    "30",
    "--log-level",
    "INFO",
]


def _crawl(seed: str, store: str, job_dir: Path, log: Path) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "crawlers", "crawl", seed, "--store", store,
           "--job-dir", str(job_dir), *FLAGS]  # fmt: skip
    with log.open("w") as out:  # the child keeps its own descriptor
        return subprocess.Popen(
            cmd, cwd=log.parent, env=subprocess_env(), stdout=out, stderr=subprocess.STDOUT
        )


class _HoldAfter:
    """The ad site, serving the first ``served`` listing pages and holding every further one
    until ``release`` is set: the kill certainly lands in the middle of the crawl."""

    def __init__(self, route: Callable[[str], tuple[int, dict[str, str], bytes]], served: int):
        self.route, self.served, self.count = route, served, 0
        self.release = threading.Event()
        self._lock = threading.Lock()

    def __call__(self, path: str) -> tuple[int, dict[str, str], bytes]:
        if path.startswith("/p/"):
            with self._lock:
                self.count += 1
                held = self.count > self.served
            if held:
                self.release.wait(120)
        return self.route(path)


def _wait_until(cond: Callable[[], bool], proc: subprocess.Popen, log: Path) -> None:
    """Poll ``cond`` (the job's journal on disk) until true; fail if the crawl ends first."""
    deadline = time.monotonic() + 120
    while not cond():
        assert proc.poll() is None, log.read_text()[-3000:]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def _done_paths(job_dir: Path) -> set[str]:
    with sqlite3.connect(job_dir / "frontier.sqlite") as db:
        return {urlsplit(u).path for (u,) in db.execute("SELECT url FROM frontier WHERE done=1")}


def _listing_done(job_dir: Path) -> int:
    if not (job_dir / "frontier.sqlite").exists():
        return 0
    try:
        return sum(p.startswith("/p/") for p in _done_paths(job_dir))
    except sqlite3.OperationalError:  # the crawl is creating the journal right now
        return 0


def test_kill_and_resume_refetches_nothing_finished(tmp_path: Path) -> None:
    store_url = f"sqlite:///{tmp_path}/hits.db"
    job_dir = tmp_path / "job"
    gate = _HoldAfter(ad_site(PAGES), SERVED)
    with SiteServer(gate) as site:
        first = tmp_path / "first.log"
        proc = _crawl(site.url("/"), store_url, job_dir, first)
        try:
            # Every served page is finished (journal on disk); the rest wait at the site.
            _wait_until(lambda: _listing_done(job_dir) >= SERVED, proc, first)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
        finally:
            gate.release.set()
        assert proc.returncode == -signal.SIGKILL
        fetched_before = {p for p in site.hits if p != "/robots.txt"}
        finished = _done_paths(job_dir)
        assert 10 <= len(finished) < PAGES, (len(finished), sorted(fetched_before))
        assert finished <= fetched_before

        resumed = _crawl(site.url("/"), store_url, job_dir, tmp_path / "second.log")
        assert resumed.wait(timeout=240) == 0, (tmp_path / "second.log").read_text()[-3000:]
        log = (tmp_path / "second.log").read_text()
        assert "resuming" in log
        pages = {p: n for p, n in site.hits.items() if p != "/robots.txt"}
        assert len(pages) == PAGES + 1  # the crawl completed: home + every listing page
        for path in finished:
            assert pages[path] == 1, f"{path} finished before the kill but was fetched again"
        refetched = [p for p, n in pages.items() if n > 1]
        assert len(refetched) <= 16, refetched  # at most the requests in flight at the kill
    with open_store(store_url) as store:
        assert store.count_hits() == PAGES // 4
