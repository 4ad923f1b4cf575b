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

import pytest
from scrapy.utils.test import get_crawler

from crawlers.settings_docs import adsweep_defaults
from tests.store.enginepool import pooled_url, recycle
from tests.store.storefactory import NODE_CLASS, es_url, stop_osmem

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
    stop_osmem(server)


def engine_url(request: pytest.FixtureRequest, name: str, monkeypatch) -> str:
    """A fresh-prefix store URL on the named search backend."""
    if name == "opensearch":
        return es_url(request.getfixturevalue("opensearch_node").url)
    if name == "es-client":
        monkeypatch.setenv("ADSWEEP_ES_NODE_CLASS", NODE_CLASS)
        return es_url(request.getfixturevalue("osmem").url) + "&engine=elasticsearch"
    assert ELASTICSEARCH_URL
    return es_url(ELASTICSEARCH_URL) + "&engine=elasticsearch"


@pytest.fixture(params=BACKENDS)
def store_url(request, tmp_path, monkeypatch):
    """A store URL with nothing stored yet (on a search engine, a pooled prefix: enginepool)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    url = pooled_url(request.param, lambda: engine_url(request, request.param, monkeypatch))
    if request.param == "es-client":
        monkeypatch.setenv("ADSWEEP_ES_NODE_CLASS", NODE_CLASS)
    yield url
    recycle(request.param, url)


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
