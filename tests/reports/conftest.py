"""Fixtures for the letters: the batch (``batch.py``), a bureau's configuration, a real store.

``store`` is SQLite; ``any_store`` is the same store on SQLite and on the session's real
OpenSearch node (``opensearch_node``), for the tests whose figures and numbers come from the
engine itself (statistics: counts, facets, day histograms in Beijing time; document numbers
raced by two processes).
"""

from __future__ import annotations

import pytest

from reports.config import load_config
from tests.reports.batch import CONFIG, fixture_hits
from tests.store.enginepool import pooled_url, recycle
from tests.store.storefactory import es_url


@pytest.fixture
def cfg():
    return load_config(CONFIG)


@pytest.fixture
def hits():
    return fixture_hits()


def _filled(url: str):
    from pipelines.store import open_store

    s = open_store(url)
    for h in fixture_hits():
        status = h.status
        h.status = "new"
        s.upsert_hit(h)
        s.set_status(h.id, status, actor="审核员甲", at="2026-05-10T01:00:00Z")
    return s


@pytest.fixture
def store(tmp_path):
    s = _filled(f"sqlite:///{tmp_path / 'reports.db'}")
    yield s
    s.close()


@pytest.fixture(params=["sqlite", "opensearch"])
def any_store(request, tmp_path):
    if request.param == "sqlite":
        s = _filled(f"sqlite:///{tmp_path / 'reports.db'}")
        yield s
        s.close()
        return
    node = request.getfixturevalue("opensearch_node")
    url = pooled_url("opensearch", lambda: es_url(node.url))
    s = _filled(url)
    yield s
    s.close()
    recycle("opensearch", url)
