"""Nothing lost: real crawls of the demo web, a store outage mid-crawl, and a SIGKILL.

Both run on the session's real OpenSearch node; the SIGKILL test on SQLite too.

The crawl runs in a child process (Scrapy's reactor runs once per process); the demo web runs
in this process on 127.0.0.1, port 0.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from crawlers.demo.server import DemoServer
from pipelines.evidence.archive import EvidenceArchive
from pipelines.store import open_store
from pipelines.store.elastic_admin import drop
from tests.store.storefactory import es_url

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent

pytestmark = pytest.mark.slow


class MeteredDemo(DemoServer):
    """The demo web with a meter: once ``metered``, each request waits for one pass, so the
    test decides how far the crawl gets (and that it cannot finish while the store is out)."""

    def __init__(self) -> None:
        super().__init__()
        self.metered = False
        self.passes = threading.Semaphore(0)
        self._waiting = self._granted = 0
        self._meter = threading.Lock()

    def respond(self, target: str):  # type: ignore[no-untyped-def]
        if self.metered:
            with self._meter:
                self._waiting += 1
            self.passes.acquire(timeout=120)
            with self._meter:
                self._waiting -= 1
                self._granted = max(0, self._granted - 1)
        return super().respond(target)

    def step(self) -> None:
        """Let one waiting request through (a pass is never saved up for later)."""
        with self._meter:
            if self._waiting > self._granted:
                self._granted += 1
                self.passes.release()

    def open(self) -> None:
        self.metered = False
        self.passes.release(1000)  # whatever waits at the meter goes on

    def requests(self) -> int:
        return sum(self.hits().values())


@pytest.fixture
def demo():
    server = MeteredDemo().start()
    yield server
    server.open()
    server.stop()


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), **extra)
    env.pop("ADSWEEP_STORE", None)
    return env


def crawl(demo: str, store_url: str, tmp: Path, run_id: str, delay: float = 0.0, **env: str):
    """Start a crawl child; returns the Popen (stdout: the stats JSON line)."""
    args = [sys.executable, str(HERE / "crawl_child.py"), demo, store_url, str(tmp / "evidence"),
            str(tmp / "spool"), run_id, str(delay)]  # fmt: skip
    return subprocess.Popen(args, cwd=tmp, env=_env(**env), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)  # fmt: skip


def finish(proc: subprocess.Popen, timeout: float = 240) -> dict:
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, err[-3000:]
    return json.loads(out.strip().splitlines()[-1])


def _wait(cond, timeout: float = 180, what: str = "") -> None:
    """Poll ``cond`` until it holds. The deadline is a net for a hung crawl, not a speed
    check: a crawl that starts on two cores busy with other crawls and a cold node took over
    60 s to store its first hits (a session-34 run), and a met condition returns at once."""
    deadline = time.monotonic() + timeout
    while not cond():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def _next_run_opens(tmp: Path, store_url: str, run_id: str) -> dict:
    """What the next crawl does before fetching anything: open the evidence and store
    pipelines (recovering killed runs, replaying the spool), here without crawling."""
    from scrapy.utils.test import get_crawler

    from crawlers.settings_docs import adsweep_defaults
    from pipelines.evidence.pipeline import EvidencePipeline
    from pipelines.store.pipeline import StorePipeline

    crawler = get_crawler(settings_dict={**adsweep_defaults(), "STORE_URL": store_url, "ADSWEEP_RUN_ID": run_id,
                                         "STORE_SPOOL_DIR": str(tmp / "spool"),
                                         "EVIDENCE_DIR": str(tmp / "evidence")})  # fmt: skip
    crawler.stats.open_spider()
    pipes = [EvidencePipeline.from_crawler(crawler), StorePipeline.from_crawler(crawler)]
    for p in pipes:
        p.open_spider()
    for p in reversed(pipes):
        p.close_spider()
    return crawler.stats.get_stats()


@pytest.mark.parametrize("backend", ["sqlite", "opensearch"])
def test_sigkill_loses_no_detected_hit(demo, tmp_path, backend, request):
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'k.db'}"
    else:
        url = es_url(request.getfixturevalue("opensearch_node").url)
    demo.metered = True  # page by page, so the kill certainly lands mid-crawl
    proc = crawl(demo.base_url, url, tmp_path, "killed")
    archive = EvidenceArchive(tmp_path / "evidence")
    _wait(lambda: demo.step() or len(archive.entries("killed")) >= 6, what="six captured hits")
    proc.send_signal(signal.SIGKILL)
    proc.communicate()  # reaps it and closes its pipes
    demo.open()
    detected = {e["hit_id"] for e in archive.entries("killed")}
    with open_store(url) as store:
        store.refresh()
        before = {h.id for h in store.iter_hits()}
    assert len(detected) >= 6 and before <= detected
    stats = _next_run_opens(tmp_path, url, "next")
    assert stats["adsweep/evidence/recovered"] == len(detected)
    with open_store(url) as store:
        store.refresh()
        stored = {h.id: h for h in store.iter_hits()}
        if backend == "opensearch":
            drop(store)
    assert set(stored) == detected  # every detected hit, nothing else, no duplicates
    for hid in detected:
        assert stored[hid].evidence["run_id"] == "killed" and stored[hid].findings
        assert stored[hid].text  # restored from the text object
    head = json.loads((archive.run_dir("killed") / "manifest.head").read_text())
    assert head["count"] == len(archive.entries("killed")) and head["recovered_hits"] == len(
        detected
    )
    from pipelines.evidence.verify import verify_run

    assert verify_run(archive, "killed").ok


def _lift_block(node) -> None:
    node.request("PUT", "/_cluster/settings",
                 {"persistent": {"cluster.blocks.read_only_allow_delete": None}})  # fmt: skip


def test_opensearch_node_killed_mid_crawl_loses_nothing(demo, tmp_path, opensearch_node):
    """The real node refuses writes (cluster read-only block), then is killed with SIGKILL and
    restarted on the same data directory and port: every hit arrives, once."""
    node = opensearch_node
    url = es_url(node.url)
    store = open_store(url)
    proc = crawl(demo.base_url, url, tmp_path, "outage", delay=0.1)
    try:
        _wait(lambda: (store.refresh(), store.count_hits())[1] >= 4, what="4 hits stored")
        # The cluster refuses writes, as it does when the disk fills up.
        node.request("PUT", "/_cluster/settings",
                     {"persistent": {"cluster.blocks.read_only_allow_delete": True}})  # fmt: skip
        spool = tmp_path / "spool"
        _wait(lambda: any(p.stat().st_size for p in spool.glob("*.jsonl*")), what="spooling")
        demo.metered = True  # from here on the crawl fetches only what the test lets through
        store.refresh()
        before = store.count_hits()
        node.kill()  # ... and then dies (power cut, OOM killer)
        fetched = demo.requests()
        _wait(lambda: demo.step() or demo.requests() > fetched, what="a fetch with the store gone")
        assert proc.poll() is None, "the crawl should still be running"
        node.start()  # same data directory, same port: the crawl's URL works again
        _lift_block(
            node
        )  # the block is persistent (it survived the restart): the operator lifts it
        demo.open()
        stats = finish(proc)
        after = open_store(url)
        after.refresh()
        stored = {h.id: h for h in after.iter_hits()}
        run = after.get_run("outage")
    finally:
        demo.open()
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
        if not node.running:
            node.start()
        _lift_block(node)
        with contextlib.suppress(Exception):
            drop(open_store(url))
    archive = EvidenceArchive(tmp_path / "evidence")
    detected = {e["hit_id"] for e in archive.entries("outage")}
    assert stats["adsweep/store/spooled"] > 0
    assert stats["adsweep/store/replayed"] == stats["adsweep/store/spooled"]
    assert len(detected) == stats["adsweep/hits/stored"] > before
    assert set(stored) == detected  # every hit arrived, none twice
    assert all(h.evidence.get("run_id") == "outage" for h in stored.values())
    assert run["status"] == "finished" and run["hits"] == len(detected)
    assert not [p for p in (tmp_path / "spool").glob("*") if p.stat().st_size]  # drained
