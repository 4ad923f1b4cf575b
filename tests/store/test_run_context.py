"""One run context per crawl: one run id, one store opened once, one spool, for every component.

The pipelines are the real ones on a real SQLite store; only the engine is absent (they are
opened, fed and closed the way Scrapy's pipeline manager does it).
"""

from __future__ import annotations

import pytest

import pipelines.run
from crawlers.capture import ScreenshotPipeline
from crawlers.middlewares import PrivateAddressMiddleware
from crawlers.spiders.sweep import SweepSpider
from pipelines.evidence.archive import EvidenceArchive
from pipelines.evidence.pipeline import EvidencePipeline
from pipelines.lifecycle import LifecyclePipeline
from pipelines.run import RunConfig, RunContext
from pipelines.store import open_store
from pipelines.store.pipeline import StorePipeline
from tests.store.storefactory import page_item


@pytest.fixture
def opens(monkeypatch):
    """Every store the run context opens (the real ``open_store``, counted)."""
    opened = []

    def counting(url):
        store = open_store(url)
        opened.append(store)
        return store

    monkeypatch.setattr(pipelines.run, "open_store", counting)
    return opened


def _pipes(crawler):
    return [
        LifecyclePipeline.from_crawler(crawler),
        EvidencePipeline.from_crawler(crawler),
        StorePipeline.from_crawler(crawler),
    ]


def test_one_store_opened_once_and_shared_by_every_component(tmp_path, crawler_for, opens):
    crawler = crawler_for(f"sqlite:///{tmp_path / 'a.db'}", ADSWEEP_ALLOW_PRIVATE=["10.0.0.0/8"])
    lifecycle, evidence, store_pipe = _pipes(crawler)
    for p in (lifecycle, evidence, store_pipe):
        p.open_spider()
    spider = SweepSpider.from_crawler(crawler, seeds=["http://shop.example.test/"])
    for n in range(3):
        item = page_item(n, run_id=spider.run_id)
        for p in (lifecycle, evidence, store_pipe):
            item = p.process_item(item)
    assert sorted(spider.recheck_urls()) == [f"http://shop.example.test/item/{n}" for n in range(3)]
    for p in (store_pipe, evidence, lifecycle):
        p.close_spider()

    run = RunContext.of(crawler)
    assert len(opens) == 1
    assert lifecycle.run is evidence.run is store_pipe.run is spider.run is run
    assert run.run_id == "run-test" == evidence.run_id == store_pipe.run_id == spider.run_id
    assert not run.store_open  # the last holder closed the store the context opened
    assert EvidenceArchive(tmp_path / "evidence").runs() == ["run-test"]
    with open_store(f"sqlite:///{tmp_path / 'a.db'}") as store:
        assert store.get_run("run-test")["hits"] == 3
        assert {h.run_id for h in store.iter_hits()} == {"run-test"}
    # The network policy is the run's too: middleware, screenshots and spider read it there.
    assert [str(n) for n in PrivateAddressMiddleware(crawler).allowed] == ["10.0.0.0/8"]
    assert ScreenshotPipeline.from_crawler(crawler).allow_private == ["10.0.0.0/8"]
    assert spider.allow_private == ["10.0.0.0/8"]


def test_a_store_handed_in_is_used_and_left_open(tmp_path, crawler_for, opens):
    """``adsweep crawl`` opens the store once for the check, the crawls and the summary."""
    url = f"sqlite:///{tmp_path / 'b.db'}"
    crawler = crawler_for(url)
    with open_store(url) as mine:
        RunContext(RunConfig.from_settings(crawler.settings), mine).attach(crawler)
        lifecycle, evidence, store_pipe = _pipes(crawler)
        for p in (lifecycle, evidence, store_pipe):
            p.open_spider()
        store_pipe.process_item(evidence.process_item(page_item(1)))
        for p in (store_pipe, evidence, lifecycle):
            p.close_spider()
        assert store_pipe.store is None and lifecycle.store is None
        assert mine.count_hits() == 1  # still open: its owner closes it
    assert opens == []


def test_a_run_id_is_made_once_when_none_is_given(tmp_path, crawler_for):
    crawler = crawler_for(f"sqlite:///{tmp_path / 'c.db'}", ADSWEEP_RUN_ID="")
    evidence, store_pipe = _pipes(crawler)[1:]
    assert evidence.run_id == store_pipe.run_id == RunContext.of(crawler).run_id
    assert len(evidence.run_id) == len("20261130T000000Z-abcdef")


@pytest.mark.parametrize(
    ("arg", "setting"),
    [("depth", "ADSWEEP_DEPTH"), ("render", "ADSWEEP_RENDER"), ("run_id", "ADSWEEP_RUN_ID")],
)
def test_the_spider_takes_no_argument_that_is_a_setting(arg, setting):
    with pytest.raises(ValueError, match=f"-s {setting}="):
        SweepSpider(seeds="http://a.example/", **{arg: "1"})
