"""Fixtures for the evidence tests: a run captured through the real EvidencePipeline."""

from __future__ import annotations

import pytest
from scrapy.utils.test import get_crawler

from crawlers.settings_docs import adsweep_defaults
from pipelines.evidence.pipeline import EvidencePipeline
from tests.store.storefactory import page_item

#: A real 1×1 PNG, so the screenshot artifact is an image a viewer opens.
PNG_1x1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201a5e7a1a50000000049454e44ae426082"
)


@pytest.fixture
def captured_run(tmp_path):
    """Five pages with findings (two with screenshots) and one clean page, captured."""
    crawler = get_crawler(
        settings_dict={
            **adsweep_defaults(),
            "EVIDENCE_DIR": str(tmp_path / "evidence"),
            "ADSWEEP_RUN_ID": "run-ev",
        }
    )
    crawler.stats.open_spider()
    pipe = EvidencePipeline.from_crawler(crawler)
    pipe.open_spider()
    items = []
    for n in range(5):
        item = page_item(n, screenshot=PNG_1x1 + bytes([n]) if n < 2 else None)
        items.append(pipe.process_item(item))
    clean = pipe.process_item(page_item(9, findings=False))
    pipe.close_spider()
    return pipe.archive, items, clean, crawler
