"""``--job-dir``: kill -9 a real crawl midway, resume it, and nothing finished is fetched again."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path
from urllib.parse import urlsplit

from pipelines.store import open_store

from .conftest import REPO, subprocess_env
from .site import SiteServer, ad_site

PAGES = 60
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
    cmd = [
        str(REPO / ".venv/bin/python"),
        "-m",
        "crawlers",
        "crawl",
        seed,
        "--store",
        store,
        "--job-dir",
        str(job_dir),
        *FLAGS,
    ]
    return subprocess.Popen(
        cmd, cwd=log.parent, env=subprocess_env(), stdout=log.open("w"), stderr=subprocess.STDOUT
    )


def _done_paths(job_dir: Path) -> set[str]:
    with sqlite3.connect(job_dir / "frontier.sqlite") as db:
        return {urlsplit(u).path for (u,) in db.execute("SELECT url FROM frontier WHERE done=1")}


def test_kill_and_resume_refetches_nothing_finished(tmp_path: Path) -> None:
    store_url = f"sqlite:///{tmp_path}/hits.db"
    job_dir = tmp_path / "job"
    with SiteServer(ad_site(PAGES, delay=0.15)) as site:
        proc = _crawl(site.url("/"), store_url, job_dir, tmp_path / "first.log")
        deadline = time.monotonic() + 120
        while site.fetched("/p/") < 20 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
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
