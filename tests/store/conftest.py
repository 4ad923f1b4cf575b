"""Fixtures for the store tests: a Scrapy crawler for the pipelines, both backends."""

from __future__ import annotations

import pytest
from scrapy.utils.test import get_crawler


@pytest.fixture
def crawler_for(tmp_path):
    """A real (unstarted) Scrapy crawler with stats, configured for a given store URL."""

    def make(store_url: str, **settings):
        s = {
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
