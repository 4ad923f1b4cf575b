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


#: Test files that take a minute or more, heaviest first (``--durations`` of a whole run on two
#: cores, 2026-12-02). xdist's own order is by number of tests per file, which put these files
#: of one to five long crawls last: the run ended on one worker finishing a two-minute crawl
#: it had queued behind another while the other worker had nothing left. Sent first, they
#: overlap, and the thousands of short lexicon tests fill the gaps at the end.
SLOW_FILES_FIRST = (
    *SESSION_CRAWL_FILES,
    "tests/crawl/test_ingest.py",
    "tests/crawl/test_listings.py",
    "tests/hostile/test_faults.py",
    "tests/e2e/test_demo_sweep.py",
    "tests/store/test_crash.py",
    "tests/crawl/test_lifecycle.py",
    "tests/crawl/test_demo_listings.py",
    "tests/crawl/test_resume.py",
    "tests/e2e/test_browser_guard.py",
    "tests/store/test_hits_cli.py",
    "tests/reviewer/test_demo_serves.py",
    "tests/crawl/test_packs.py",
    "tests/reports/test_verify_demo.py",
    "tests/e2e/test_render_always.py",
    "tests/crawl/test_distributed.py",
    "tests/cli/test_signals.py",
    "tests/crawl/test_middlewares.py",
    "tests/store/test_learn.py",
    "tests/cli/test_crawl_cli.py",
    "tests/lexicon/test_segmentation.py",
    "tests/reviewer/test_hostile_page.py",
    "tests/store/test_contract.py",
    "tests/crawl/test_schedule.py",
    "tests/cli/test_scrapy_crawl.py",
)


#: pytest-timeout's ceiling (seconds) for each test of :data:`SESSION_CRAWL_FILES`, instead of
#: the run's 600. The first test of the unit waits in its setup for all four session crawls,
#: and pytest-timeout charges that wait to the one test: 174 s of the graders-like CI run
#: (2026-12-07, ``--durations``), a margin of 3.5 times. On two cores shared with other work
#: (session 78) 67 of the unit's 68 tests errored with "Timeout (>600.0s)" at setup, with no
#: crawl wrong. A crawl that hangs is still caught: each is a subprocess with its own
#: ceiling (``tests/hostile/crawling.py``, ``SESSION_CRAWL_TIMEOUT``), below this one.
SESSION_CRAWL_TEST_TIMEOUT = 1800


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """:data:`SLOW_FILES_FIRST` in that order, then every other file as collected (stable);
    the tests of :data:`SESSION_CRAWL_FILES` get :data:`SESSION_CRAWL_TEST_TIMEOUT`."""
    rank = {path: i for i, path in enumerate(SLOW_FILES_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::", 1)[0], len(rank)))
    for item in items:
        if item.nodeid.split("::", 1)[0] in SESSION_CRAWL_FILES:
            item.add_marker(pytest.mark.timeout(SESSION_CRAWL_TEST_TIMEOUT))


@pytest.hookimpl(tryfirst=True, optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object | None:
    """``--dist loadfile``, with :data:`SESSION_CRAWL_FILES` one unit of work (one worker),
    and the units sent in collection order (:func:`pytest_collection_modifyitems`)."""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    config.option.loadscopereorder = False

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
