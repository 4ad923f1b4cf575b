"""Nothing lost, everywhere: lifecycle and triage writes made while the store refuses writes are
spooled with the hits and replayed in order, never overwriting a newer triage decision.

Real outages on both backends: SQLite locked by another connection, the real OpenSearch node
with its cluster read-only block (403 ``cluster_block_exception``, as on a full disk).
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager

import pytest
from scrapy.exceptions import DropItem

from pipelines.lifecycle import LifecyclePipeline
from pipelines.run import spool_for
from pipelines.store import open_store
from pipelines.store.writer import SpooledWriter
from pipelines.urls import hit_id
from tests.store.storefactory import es_url, make_hit, page_item

T1, T2, T3 = "2026-11-22T10:00:00Z", "2026-11-22T11:00:00Z", "2026-11-22T12:00:00Z"
BLOCK = "cluster.blocks.read_only_allow_delete"


@pytest.fixture(params=["sqlite", "opensearch"])
def backend(request, tmp_path):
    """(store URL, outage context manager) on each backend."""
    if request.param == "sqlite":
        path = tmp_path / "s.db"

        @contextmanager
        def outage():
            blocker = sqlite3.connect(path, isolation_level=None)
            blocker.execute("BEGIN EXCLUSIVE")
            try:
                yield
            finally:
                blocker.execute("ROLLBACK")
                blocker.close()

        yield f"sqlite:///{path}?timeout=0.05", outage
        return
    node = request.getfixturevalue("opensearch_node")

    @contextmanager
    def outage():
        node.request("PUT", "/_cluster/settings", {"persistent": {BLOCK: True}})
        try:
            yield
        finally:
            node.request("PUT", "/_cluster/settings", {"persistent": {BLOCK: None}})

    url = es_url(node.url)
    yield url, outage
    from pipelines.store.elastic_admin import drop

    with open_store(url) as s:
        drop(s)


def _writer(url: str, tmp_path) -> SpooledWriter:
    return SpooledWriter(url, spool_for(url, tmp_path / "spool"), retry_interval=0).acquire()


def test_triage_and_lifecycle_writes_spool_and_replay_in_order(backend, tmp_path):
    url, outage = backend
    with open_store(url) as store:
        a, b, c = (store.upsert_hit(make_hit(n, url=u, id=hit_id(u)))
                   for n, u in enumerate(("http://m.test/a", "http://m.test/b", "http://m.test/c")))  # fmt: skip
    w = _writer(url, tmp_path)
    with outage():
        assert w.write({"kind": "lifecycle", "event": "removed", "url": a.url,
                        "reason": "http_404", "status": 404, "at": T1}) == (False, None)  # fmt: skip
        assert w.set_status(b.id, "needs_info", actor="张三", at=T1, note="待补充") is None
        assert w.set_status(b.id, "confirmed", actor="张三", at=T2, note="属实") is None
        assert w.assign(c.id, "李四", actor="王五", at=T1) is None
        assert w.write({"kind": "touch", "hit_id": c.id, "seen_at": T3, "run_id": "r9"})[0] is False
    assert w.spool.pending() == 5
    # The outage is over; before the spool replays, a reviewer decides on hit a (later: T2).
    with open_store(url) as store:
        store.set_status(a.id, "confirmed", actor="赵六", at=T2, note="已核实")
    assert w.connect() and w.replay() and w.spool.pending() == 0
    with open_store(url) as store:
        store.refresh()
        got_a, got_b, got_c = (store.get_hit(h.id) for h in (a, b, c))
        superseded = [
            e for e in store.iter_audit(hit_id=a.id) if e["action"] == "status_superseded"
        ]
        page = store.get_page(a.url)
    # the newer decision stands; the replayed removal is on record, not lost
    assert got_a.status == "confirmed" and [e["to"] for e in got_a.history] == ["confirmed"]
    assert superseded and superseded[0]["detail"]["to"] == "removed"
    assert page["removed"] == "http_404"
    # replayed in order: needs_info, then confirmed
    assert [(e["to"], e["at"]) for e in got_b.history] == [("needs_info", T1), ("confirmed", T2)]
    assert got_b.status == "confirmed" and got_b.history[0]["note"] == "待补充"
    assert got_c.assignee == "李四" and got_c.last_seen == T3 and got_c.run_id == "r9"
    # a replay cut short by a crash applies its records again: no double entries
    w.write({"kind": "status", "hit_id": b.id, "status": "needs_info", "actor": "张三", "at": T1})
    w.write({"kind": "status", "hit_id": b.id, "status": "confirmed", "actor": "张三", "at": T2})
    with open_store(url) as store:
        assert len(store.get_hit(b.id).history) == 2
    w.release()


def test_lifecycle_pipeline_spools_removals_and_bumps_while_the_store_is_down(
    backend, tmp_path, crawler_for
):
    url, outage = backend
    live, gone = page_item(1), page_item(2)
    with open_store(url) as store:
        for item in (live, gone):
            h = make_hit(0, url=item.url, id=hit_id(item.url), last_seen="2026-11-21T00:00:00Z")
            store.upsert_hit(h)
        store.put_page(live.url, fingerprint="stale", hit_id=hit_id(live.url))
        store.put_page(gone.url, fingerprint="x", hit_id=hit_id(gone.url))
    crawler = crawler_for(url, STORE_RETRY_INTERVAL=0)
    pipe = LifecyclePipeline.from_crawler(crawler)
    pipe.open_spider()
    with outage():
        gone404 = page_item(2, status=404, fetched_at=T1, text="页面不存在", title="404")
        with pytest.raises(DropItem):
            pipe.process_item(gone404)
        assert pipe.process_item(page_item(1, fetched_at=T1)) is not None  # goes on to detection
    assert pipe.writer.spool.pending() == 2
    assert crawler.stats.get_value("adsweep/store/spooled") == 2
    pipe.writer.connect()
    assert pipe.writer.replay()
    pipe.close_spider()
    with open_store(url) as store:
        removed = store.get_hit(hit_id(gone.url))
        assert removed.status == "removed" and removed.status_changed_at == T1
        assert removed.history[-1]["actor"] == "adsweep-recrawl"
        assert store.get_page(gone.url)["removed"] == "http_404"
        assert store.get_hit(hit_id(live.url)).status == "new"
