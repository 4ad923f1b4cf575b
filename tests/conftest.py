"""Fixtures shared by every test folder: the demo web, the adsweep command, a real OpenSearch.

Scrapy's reactor starts once per process, so crawls run as real ``adsweep`` subprocesses.

``opensearch_node`` (session scope) is the one real OpenSearch 2.19.6 node of a test session
(``pipelines.store.node.OpenSearchNode``, built by ``scripts/setup.sh``): started on first use,
green before the first test gets it, stopped at the end. Give each test its own index prefix —
``f"{opensearch_node.url}?prefix=t{uuid4().hex[:10]}"`` is a store URL — and delete
``<prefix>-*`` afterwards; never stop the node (``tests/store/test_crash.py`` restarts it on the
same data directory and port, which is the only place allowed to).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ADSWEEP = [sys.executable, "-m", "crawlers"]


#: The test files that read the hostile web's session crawls (``tests/hostile/conftest.py``:
#: four real crawls, about four minutes of both cores). Under ``--dist loadfile`` each worker
#: that runs one of these files would start all four crawls again; scheduled as one unit, they
#: run once per test run. ``tests/hostile/test_sharing.py`` keeps this list complete.
SESSION_CRAWL_FILES = (
    "tests/hostile/test_traps.py",
    "tests/hostile/test_browser_guard.py",
    "tests/hostile/test_render_release.py",
)


@pytest.hookimpl(tryfirst=True, optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object | None:
    """``--dist loadfile``, with :data:`SESSION_CRAWL_FILES` one unit of work (one worker)."""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class SharedCrawls(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            scope = super()._split_scope(nodeid)
            return "hostile-session-crawls" if scope in SESSION_CRAWL_FILES else scope

    return SharedCrawls(config, log)


#: Heap of the test node: the smallest that passes the whole suite (docs/store.md, measured).
OPENSEARCH_TEST_HEAP = os.environ.get("ADSWEEP_TEST_OPENSEARCH_HEAP", "256m")


@pytest.fixture(scope="session")
def opensearch_node(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """The session's real OpenSearch node (see the module docstring)."""
    from pipelines.store.node import OpenSearchNode

    node = OpenSearchNode(tmp_path_factory.mktemp("opensearch"), heap=OPENSEARCH_TEST_HEAP)
    node.start()
    yield node
    node.stop()


@pytest.fixture(scope="session")
def demo_server() -> Iterator[object]:
    from crawlers.demo.server import DemoServer

    with DemoServer() as srv:
        yield srv


def run_adsweep(
    *args: str,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 600,
    input: str | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the real CLI in a subprocess and return its result (stdout, stderr, returncode)."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    full_env.pop("ADSWEEP_STORE", None)
    if env and "ADSWEEP_STORE" in env:
        full_env["ADSWEEP_STORE"] = env["ADSWEEP_STORE"]
    return subprocess.run(
        [*ADSWEEP, *args],
        cwd=cwd or ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
        input=input,
    )


@pytest.fixture
def adsweep():
    return run_adsweep
