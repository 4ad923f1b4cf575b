"""Fixtures for the store tests: a Scrapy crawler for the pipelines, and every backend.

``store`` is parametrized over:

- ``sqlite`` (always);
- ``opensearch``: the session's real OpenSearch 2.19.6 node (``opensearch_node`` in
  tests/conftest.py) through opensearch-py, a fresh index prefix per test;
- ``es-client``: the ``elasticsearch`` client against osmem-server, an in-memory stand-in that
  speaks Elasticsearch's wire protocol. It checks only our elasticsearch-py calls (argument
  names, response shapes, error classes): osmem is no search engine, and every engine behaviour
  the contract relies on is proven on the real node (and on Elasticsearch below);
- ``elasticsearch``: a real cluster when ``ELASTICSEARCH_URL`` is set (docs/store.md).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from scrapy.utils.test import get_crawler

from crawlers.settings_docs import adsweep_defaults

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from storefactory import NODE_CLASS, es_url  # noqa: E402

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL")
BACKENDS = ["sqlite", "opensearch", "es-client"] + (["elasticsearch"] if ELASTICSEARCH_URL else [])
#: Backends that are real search engines (engine behaviour is asserted only on these).
ENGINES = ["opensearch"] + (["elasticsearch"] if ELASTICSEARCH_URL else [])


@pytest.fixture(scope="session")
def osmem():
    """One osmem-server for the session (the elasticsearch client's wire-protocol check only)."""
    from osmem_server import OsmemServer

    server = OsmemServer.start(freeze=False)
    yield server
    server.close()


def engine_url(request: pytest.FixtureRequest, name: str, monkeypatch) -> str:
    """A fresh-prefix store URL on the named search backend."""
    if name == "opensearch":
        return es_url(request.getfixturevalue("opensearch_node").url)
    if name == "es-client":
        monkeypatch.setenv("ADSWEEP_ES_NODE_CLASS", NODE_CLASS)
        return es_url(request.getfixturevalue("osmem").url) + "&engine=elasticsearch"
    assert ELASTICSEARCH_URL
    return es_url(ELASTICSEARCH_URL) + "&engine=elasticsearch"


#: Cleared store URLs per search backend, reused by the next test (see ``store_url``).
_POOL: dict[str, list[str]] = {}


@pytest.fixture(params=BACKENDS)
def store_url(request, tmp_path, monkeypatch):
    """A store URL with nothing stored yet.

    On a search engine the URL's prefix is reused: after the test its documents are deleted and
    the prefix goes back to a pool, when its indices and aliases are still as the store made
    them (five index creations cost a real cluster seconds per test; a clear, milliseconds).
    """
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    pool = _POOL.setdefault(request.param, [])
    url = pool.pop() if pool else engine_url(request, request.param, monkeypatch)
    if request.param == "es-client":
        monkeypatch.setenv("ADSWEEP_ES_NODE_CLASS", NODE_CLASS)
    yield url
    if _recycle(url):
        pool.append(url)


def _recycle(url: str) -> bool:
    """Clear the store behind ``url``; False (and dropped) when its layout was changed."""
    from pipelines.store import open_store
    from pipelines.store.elastic_admin import clear, current_index, drop
    from pipelines.store.elastic_mappings import INDEX_MAPPINGS, SCHEMA_VERSION

    with open_store(url) as s:
        try:
            intact = all(current_index(s, s.alias(k)) == f"{s.alias(k)}-v{SCHEMA_VERSION}"
                         for k in INDEX_MAPPINGS)  # fmt: skip
        except Exception:
            intact = False
        if intact:
            clear(s)
            c = s.client
            return all(c.count(s.alias(k), {"match_all": {}}) == 0 for k in INDEX_MAPPINGS)
        drop(s)
        return False


@pytest.fixture
def store(store_url):
    from pipelines.store import open_store

    with open_store(store_url) as s:
        yield s


@pytest.fixture(params=ENGINES)
def engine_store(request, monkeypatch):
    """A store of its own on each real search engine, dropped afterwards (tests that change
    indices and aliases use it)."""
    from pipelines.store import open_store
    from pipelines.store.elastic_admin import drop

    s = open_store(engine_url(request, request.param, monkeypatch))
    yield s
    drop(s)
    s.close()


@pytest.fixture
def crawler_for(tmp_path):
    """A real (unstarted) Scrapy crawler with stats, configured for a given store URL."""

    def make(store_url: str, **settings):
        s = {
            **adsweep_defaults(),
            "STORE_URL": store_url,
            "STORE_SPOOL_DIR": str(tmp_path / "spool"),
            "ADSWEEP_RUN_ID": "run-test",
            "EVIDENCE_DIR": str(tmp_path / "evidence"),
        }
        s.update(settings)
        crawler = get_crawler(settings_dict=s)
        crawler.stats.open_spider()
        return crawler

    return make
