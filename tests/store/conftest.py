"""Fixtures for the store tests: a Scrapy crawler for the pipelines, and every backend.

``store`` is parametrized over SQLite (always), Elasticsearch on osmem-server (started once per
session on 127.0.0.1, a fresh index prefix per test), and a real cluster when
``ELASTICSEARCH_URL`` is set.
"""

from __future__ import annotations

import os

import pytest
from scrapy.utils.test import get_crawler

from crawlers.settings_docs import adsweep_defaults
from tests.store.storefactory import NODE_CLASS, es_url, stop_osmem

BACKENDS = ["sqlite", "osmem"] + (["elasticsearch"] if os.environ.get("ELASTICSEARCH_URL") else [])


@pytest.fixture(scope="session")
def osmem():
    """One osmem-server for the session (an in-memory OpenSearch-compatible test server)."""
    from osmem_server import OsmemServer

    server = OsmemServer.start(freeze=False)
    yield server
    stop_osmem(server)


@pytest.fixture
def es_node_class(monkeypatch):
    monkeypatch.setenv("ADSWEEP_ES_NODE_CLASS", NODE_CLASS)


@pytest.fixture(params=BACKENDS)
def store_url(request, tmp_path, monkeypatch):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    if request.param == "osmem":
        monkeypatch.setenv("ADSWEEP_ES_NODE_CLASS", NODE_CLASS)
        return es_url(request.getfixturevalue("osmem").url)
    return es_url(os.environ["ELASTICSEARCH_URL"])


@pytest.fixture
def store(store_url):
    from pipelines.store import open_store

    s = open_store(store_url)
    yield s
    if hasattr(s, "es"):
        s.es.options(ignore_status=404).indices.delete(index=f"{s.prefix}-*")
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
