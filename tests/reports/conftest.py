"""Fixtures for the letters: the batch (``batch.py``), a bureau's configuration, a real store."""

from __future__ import annotations

import pytest

from reports.config import load_config
from tests.reports.batch import CONFIG, fixture_hits


@pytest.fixture
def cfg():
    return load_config(CONFIG)


@pytest.fixture
def hits():
    return fixture_hits()


@pytest.fixture
def store(tmp_path):
    from pipelines.store import open_store

    s = open_store(f"sqlite:///{tmp_path / 'reports.db'}")
    for h in fixture_hits():
        status = h.status
        h.status = "new"
        s.upsert_hit(h)
        s.set_status(h.id, status, actor="审核员甲", at="2026-05-10T01:00:00Z")
    yield s
    s.close()
