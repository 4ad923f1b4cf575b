"""Two ``adsweep crawl`` workers share one frontier through a real redis-server."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipelines.store import open_store

from .conftest import subprocess_env
from .site import SiteServer, ad_site

PAGES = 80
#: Seconds redis-server may take to answer its first ping (a net, not a speed check).
REDIS_START_CEILING = 120


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory):
    """A real redis-server on 127.0.0.1 and a free port, no persistence."""
    port = _free_port()
    workdir = tmp_path_factory.mktemp("redis")
    proc = subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(workdir),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    import redis

    client = redis.Redis(host="127.0.0.1", port=port)
    # Until it answers, with a ceiling that only catches a server that never starts: the loop
    # gave up silently after 100 tries (about 5 s) and the workers then failed on a server
    # still starting on a busy machine, as if the shared queue were broken.
    deadline = time.monotonic() + REDIS_START_CEILING
    while True:
        try:
            client.ping()
            break
        except redis.ConnectionError:
            assert proc.poll() is None, f"redis-server exited with {proc.returncode}"
            assert time.monotonic() < deadline, f"redis-server silent for {REDIS_START_CEILING} s"
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}/0", client
    proc.terminate()
    proc.wait(timeout=10)


def _worker(seed: str, store: str, queue: str, log: Path) -> subprocess.Popen:
    cmd = [
        sys.executable,
        "-m",
        "crawlers",
        "crawl",
        seed,
        "--store",
        store,
        "--queue",
        queue,
        "--allow-private",
        "127.0.0.0/8",
        "--render",
        "never",
        "--no-screenshots",
        "--no-ocr",
        "--depth",
        "20",
        "--log-level",
        "INFO",
    ]
    with log.open("w") as out:  # the child keeps its own descriptor
        return subprocess.Popen(
            cmd, cwd=log.parent, env=subprocess_env(), stdout=out, stderr=subprocess.STDOUT
        )


def test_two_workers_fetch_each_page_once_and_store_each_hit_once(redis_url, tmp_path) -> None:
    queue, client = redis_url
    store_url = f"sqlite:///{tmp_path}/hits.db"
    open_store(store_url).close()  # create the schema once, before two processes open it
    with SiteServer(ad_site(PAGES, delay=0.3, wide=True)) as site:
        workers = [
            _worker(site.url("/"), store_url, queue + "?crawl=two", tmp_path / f"w{i}.log")
            for i in (1, 2)
        ]
        codes = [w.wait(timeout=240) for w in workers]
        logs = [(tmp_path / f"w{i}.log").read_text() for i in (1, 2)]
        assert codes == [0, 0], logs
        pages = {p: n for p, n in site.hits.items() if p != "/robots.txt"}
        assert len(pages) == PAGES + 1, pages  # the home page and every listing page
        assert set(pages.values()) == {1}, {p: n for p, n in pages.items() if n != 1}
    with open_store(store_url) as store:
        runs = store.list_runs()
        assert len(runs) == 2
        assert all(r.get("pages", 0) > 0 for r in runs), runs  # both workers did real work
        assert sum(r["pages"] for r in runs) == PAGES + 1 + 2  # + one robots.txt each
        hits = list(store.iter_hits())
        assert len(hits) == PAGES // 4
        assert all(h.version == 1 for h in hits), [(h.url, h.version) for h in hits]
    assert not client.keys("adsweep:two:*")  # the last worker out cleared the frontier
