"""Fixtures for the reviewer tests: the fixture store, the app, httpx's ASGI client, a clock.

The SQLite fixture store is built once per session and copied for each test (a copy is a few
milliseconds; building runs the detector and the evidence pipeline). ``any_fx`` runs a test
on SQLite and on the search-engine test server as well.
"""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from pipelines.store import open_store
from tests.reviewer.fixture_store import build_fixture
from tests.reviewer.helpers import TEST_PASSWORDS, Client, Clock, Fixture

# The Elasticsearch test node class lives beside the store tests (``esnode:PlainJsonNode``).
from tests.store.storefactory import NODE_CLASS, es_url, stop_osmem


@pytest.fixture(scope="module")
def browser():
    """Debian's chromium through Playwright's sync API, per module: while it is open its event
    loop runs in this thread, so it must be closed before any async (anyio) test runs."""
    import shutil

    from playwright.sync_api import sync_playwright

    from tests.reviewer.browser import CHROMIUM_ARGS

    exe = shutil.which("chromium")
    assert exe, "Debian's chromium is needed (scripts/setup.sh installs it)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture(scope="session")
def fixture_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    root = tmp_path_factory.mktemp("rv-template")
    with open_store(f"sqlite:///{root / 'store.db'}") as store:
        ids = build_fixture(store, root / "evidence", passwords=TEST_PASSWORDS)
    return root, ids


def _copy(template: tuple[Path, list[str]], dest: Path) -> Fixture:
    root, ids = template
    shutil.copy(root / "store.db", dest / "store.db")
    shutil.copytree(root / "evidence", dest / "evidence")
    return Fixture(open_store(f"sqlite:///{dest / 'store.db'}"), ids, dest / "evidence", dest)


@pytest.fixture
def fx(fixture_template, tmp_path) -> Iterator[Fixture]:
    """The fixture store on SQLite (a fresh copy per test)."""
    f = _copy(fixture_template, tmp_path)
    yield f
    f.store.close()


@pytest.fixture(scope="session")
def osmem():
    from osmem_server import OsmemServer

    server = OsmemServer.start(freeze=False)
    yield server
    stop_osmem(server)


@pytest.fixture(params=["sqlite", "osmem"])
def any_fx(request, fixture_template, tmp_path, monkeypatch) -> Iterator[Fixture]:
    """The fixture store on each backend the tests can start."""
    if request.param == "sqlite":
        f = _copy(fixture_template, tmp_path)
    else:
        monkeypatch.setenv("ADSWEEP_ES_NODE_CLASS", NODE_CLASS)
        store = open_store(es_url(request.getfixturevalue("osmem").url))
        shutil.copytree(fixture_template[0] / "evidence", tmp_path / "evidence")
        ids = build_fixture(store, tmp_path / "evidence-unused", passwords=TEST_PASSWORDS)
        f = Fixture(store, ids, tmp_path / "evidence", tmp_path)
    yield f
    if hasattr(f.store, "client"):
        from pipelines.store.elastic_admin import drop

        drop(f.store)
    f.store.close()


@pytest.fixture
async def client_for() -> AsyncIterator[Any]:
    """``client_for(app)`` → a :class:`Client`; closed at the end of the test."""
    made: list[Client] = []

    def make(app: Any) -> Client:
        made.append(Client(app))
        return made[-1]

    yield make
    for c in made:
        await c.aclose()
