"""Fixtures for the reviewer tests: the fixture store, the app, httpx's ASGI client, a clock.

The SQLite fixture store is built once per session and copied for each test (a copy is a few
milliseconds; building runs the detector and the evidence pipeline). ``any_fx`` runs a test
on SQLite and on the session's real OpenSearch node as well (``opensearch_node``): there the
fixture is built once under its own index prefix and copied into a pooled, cleared prefix for
each test (``tests/store/enginepool.py``).
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
from tests.store.enginepool import copy_documents, pooled_url, recycle
from tests.store.storefactory import es_url


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
def node_template(opensearch_node, tmp_path_factory) -> Iterator[tuple[Any, list[str]]]:
    """The fixture store built once on the real node (detector, evidence, accounts, triage)."""
    store = open_store(es_url(opensearch_node.url))
    ids = build_fixture(store, tmp_path_factory.mktemp("rv-node") / "evidence-unused",
                        passwords=TEST_PASSWORDS)  # fmt: skip
    yield store, ids
    from pipelines.store.elastic_admin import drop

    drop(store)
    store.close()


@pytest.fixture(params=["sqlite", "opensearch"])
def any_fx(request, fixture_template, tmp_path) -> Iterator[Fixture]:
    """The fixture store on each backend the tests can start: SQLite and the real node."""
    if request.param == "sqlite":
        f = _copy(fixture_template, tmp_path)
        yield f
        f.store.close()
        return
    template, ids = request.getfixturevalue("node_template")
    node = request.getfixturevalue("opensearch_node")
    url = pooled_url("opensearch", lambda: es_url(node.url))
    store = open_store(url)
    copy_documents(template, store)
    shutil.copytree(fixture_template[0] / "evidence", tmp_path / "evidence")
    yield Fixture(store, ids, tmp_path / "evidence", tmp_path)
    store.close()
    recycle("opensearch", url)


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
