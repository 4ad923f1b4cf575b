"""StorePipeline driven with PageItems: hits and pages stored, stats counted, run recorded."""

from __future__ import annotations

import sqlite3

from pipelines.store import open_store
from pipelines.store.pipeline import StorePipeline
from pipelines.urls import hit_id
from tests.store.storefactory import page_item


def test_pipeline_stores_hits_pages_and_run(tmp_path, crawler_for):
    url = f"sqlite:///{tmp_path / 'a.db'}"
    crawler = crawler_for(url)
    pipe = StorePipeline.from_crawler(crawler)
    pipe.open_spider()
    for n in range(5):
        assert pipe.process_item(page_item(n)) is not None
    pipe.process_item(page_item(99, findings=False))
    crawler.stats.set_value("finish_reason", "finished")
    crawler.stats.set_value("response_received_count", 6)
    pipe.close_spider()

    stats = crawler.stats.get_stats()
    assert stats["adsweep/hits/stored"] == 5
    assert stats["adsweep/hits/high"] == 5
    assert stats["adsweep/pages/stored"] == 6
    assert "adsweep/store/spooled" not in stats
    with open_store(url) as store:
        assert store.count_hits() == 5
        hit = store.get_hit(hit_id("http://shop.example.test/item/3"))
        assert (
            hit is not None and hit.run_id == "run-test" and hit.categories == ["certificate_sale"]
        )
        page = store.get_page("http://shop.example.test/item/99")
        assert page["hit_id"] is None and page["status"] == 200 and page["fingerprint"]
        assert store.get_page("http://shop.example.test/item/3")["hit_id"] == hit.id
        run = store.get_run("run-test")
        assert run["status"] == "finished" and run["pages"] == 6 and run["hits"] == 5
        assert run["hits_by_category"] == {"certificate_sale": 5}


def test_store_down_spools_then_next_run_replays(tmp_path, crawler_for):
    """A store that refuses writes (locked by another process) spools everything, fsync'd;
    the next run replays it once, without duplicates."""
    url = f"sqlite:///{tmp_path / 'a.db'}?timeout=0.05"
    open_store(url).close()
    blocker = sqlite3.connect(tmp_path / "a.db", isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")  # every write of the pipeline now fails: "locked"
    crawler = crawler_for(url, STORE_RETRY_INTERVAL=0)
    pipe = StorePipeline.from_crawler(crawler)
    pipe.open_spider()
    for n in range(4):
        pipe.process_item(page_item(n))
    pipe.close_spider()
    stats = crawler.stats.get_stats()
    assert stats["adsweep/store/spooled"] == 1 + 4 * 2 + 1  # run start, hits+pages, run end
    assert stats["adsweep/hits/stored"] == 4
    assert pipe.spool.pending() == 10
    blocker.execute("ROLLBACK")
    blocker.close()

    crawler2 = crawler_for(url, ADSWEEP_RUN_ID="run-2")
    pipe2 = StorePipeline.from_crawler(crawler2)
    pipe2.open_spider()
    assert crawler2.stats.get_value("adsweep/store/replayed") == 10
    pipe2.process_item(page_item(2))  # same page again: merged, not duplicated
    pipe2.close_spider()
    with open_store(url) as store:
        assert store.count_hits() == 4
        assert store.get_run("run-test")["status"] == "finished"
        assert store.get_run("run-2")["hits"] == 1
        assert store.get_hit(hit_id("http://shop.example.test/item/2")).version == 2
    assert not pipe2.spool


def test_store_recovers_within_the_same_run(tmp_path, crawler_for):
    """Down for a while in the middle of a run: the spool drains as soon as writes succeed."""
    url = f"sqlite:///{tmp_path / 'b.db'}?timeout=0.05"
    crawler = crawler_for(url, STORE_RETRY_INTERVAL=0)
    pipe = StorePipeline.from_crawler(crawler)
    pipe.open_spider()
    pipe.process_item(page_item(0))
    blocker = sqlite3.connect(tmp_path / "b.db", isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    pipe.process_item(page_item(1))
    pipe.process_item(page_item(2))
    assert pipe.spool.pending() == 4
    blocker.execute("ROLLBACK")
    blocker.close()
    pipe.process_item(page_item(3))
    assert not pipe.spool
    assert crawler.stats.get_value("adsweep/store/replayed") == 4
    with open_store(url) as store:
        assert store.count_hits() == 4
    pipe.close_spider()


def test_a_record_the_store_rejects_is_kept_aside_not_lost(tmp_path, crawler_for):
    """A record that can never be written neither blocks the spool nor disappears."""
    url = f"sqlite:///{tmp_path / 'c.db'}"
    crawler = crawler_for(url)
    pipe = StorePipeline.from_crawler(crawler)
    pipe.open_spider()
    good = page_item(2)
    pipe.spool.append({"kind": "hit", "hit": {"url": "http://x.test/", "status": "new"}})
    pipe.spool.append({"kind": "hit", "hit": {"id": "y", "url": "u", "status": "bogus"}})
    pipe.spool.append({"kind": "page", "url": good.url, "state": {"status": 200}})
    assert pipe._try_replay()
    assert crawler.stats.get_value("adsweep/store/rejected") == 2
    assert pipe.rejected.pending() == 2
    assert pipe.store.get_page(good.url)["status"] == 200
    pipe.close_spider()
