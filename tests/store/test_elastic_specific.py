"""Search-engine-only behaviour, on the real OpenSearch node (and Elasticsearch when
ELASTICSEARCH_URL is set): templates, aliases, reindex, engine selection, error shapes."""

from __future__ import annotations

import pytest

from pipelines.store import StoreError, StoreUnavailable, open_store
from pipelines.store.elastic_admin import current_index, migrate, reindex
from pipelines.store.query import HitQuery
from tests.store.storefactory import es_url, make_hit

KINDS = ("hits", "pages", "runs", "audit", "notices")


def test_templates_aliases_and_dashboard_fields(engine_store):
    c = engine_store.client
    for kind in KINDS:
        alias = engine_store.alias(kind)
        assert c.get_alias(alias)[f"{alias}-v2"]["aliases"][alias]["is_write_index"]
        tpl = c.get_template(f"{alias}-template")["index_templates"][0]
        assert tpl["index_template"]["index_patterns"] == [f"{alias}-v*"]
        props = next(iter(c.get_mapping(alias).values()))["mappings"]["properties"]
        assert props["@timestamp"]["type"] == "date", kind
    mapping = next(iter(c.get_mapping(engine_store.alias("hits")).values()))["mappings"]
    props = mapping["properties"]
    assert props["status"]["type"] == "keyword" and props["title"]["analyzer"] == "cjk"
    assert props["title"]["fields"]["keyword"]["type"] == "keyword"
    assert props["search_seg"]["analyzer"] == "seg_ws"
    # @timestamp is the hit's first_seen on the engine, and invisible through the store
    engine_store.upsert_hit(make_hit(1))
    engine_store.refresh()
    raw = c.search(engine_store.alias("hits"), {"query": {"match_all": {}}})["hits"]["hits"][0]
    assert raw["_source"]["@timestamp"] == "2026-11-20T10:00:00Z"
    assert "@timestamp" not in engine_store.get_hit(make_hit(1).id).to_dict()
    day = {"date_histogram": {"field": "@timestamp", "calendar_interval": "day"}}
    aggs = c.search(engine_store.alias("hits"), {"size": 0, "aggs": {"d": day}})["aggregations"]
    assert [b["doc_count"] for b in aggs["d"]["buckets"]] == [1]


def test_engine_is_detected_from_get_root(engine_store):
    info = engine_store.client.info()
    expected = "opensearch" if info["version"].get("distribution") == "opensearch" else (
        "elasticsearch")  # fmt: skip
    assert engine_store.engine == expected


def test_reopening_is_idempotent_and_restores_a_lost_alias(engine_store):
    engine_store.upsert_hit(make_hit(1))
    alias = engine_store.alias("hits")
    engine_store.client.delete_alias(f"{alias}-v2", alias)
    with open_store(engine_store.url) as again:
        assert again.get_hit(make_hit(1).id) is not None


def test_reindex_moves_the_alias_and_blocks_writes_meanwhile(engine_store):
    c = engine_store.client
    engine_store.upsert_hits(make_hit(n) for n in range(30))
    engine_store.set_status(make_hit(3).id, "confirmed", actor="张三")
    engine_store.refresh()
    old = f"{engine_store.alias('hits')}-v2"
    c.put_index_settings(old, {"index.blocks.write": True})
    with pytest.raises(StoreUnavailable):  # the crawl would spool this and replay it later
        engine_store.upsert_hit(make_hit(99))
    c.put_index_settings(old, {"index.blocks.write": False})
    res = reindex(engine_store, "hits", 3)
    assert res == {"alias": engine_store.alias("hits"), "from": old,
                   "to": f"{engine_store.alias('hits')}-v3", "copied": 30}  # fmt: skip
    engine_store.refresh()
    assert engine_store.count_hits() == 30 and engine_store.count_hits(status="confirmed") == 1
    assert engine_store.query(HitQuery(text="包过")).total == 30
    engine_store.upsert_hit(make_hit(99))  # writes go to the new index
    engine_store.refresh()
    assert c.count(f"{engine_store.alias('hits')}-v3", {"match_all": {}}) == 31
    assert c.count(old, {"match_all": {}}) == 30


def test_migrate_fills_timestamp_of_schema_1_documents(engine_store):
    """A v1 index (before @timestamp) is reindexed into v2 with @timestamp filled by painless."""
    c = engine_store.client
    alias = engine_store.alias("runs")
    c.update_aliases([{"remove_index": {"index": f"{alias}-v2"}}])
    c.create_index(f"{alias}-v1", aliases={alias: {"is_write_index": True}})
    engine_store.client.put(alias, "r1", {"id": "r1", "started_at": "2026-11-20T10:00:00Z"},
                            seq=None, refresh=True)  # fmt: skip
    done = migrate(engine_store)
    assert [d["to"] for d in done] == [f"{alias}-v2"]
    assert current_index(engine_store, alias) == f"{alias}-v2"
    src = c.search(alias, {"query": {"match_all": {}}})["hits"]["hits"][0]["_source"]
    assert src["@timestamp"] == "2026-11-20T10:00:00Z"
    assert engine_store.get_run("r1") == {"id": "r1", "started_at": "2026-11-20T10:00:00Z"}


def test_a_missing_alias_is_an_error_never_an_auto_created_index(engine_store):
    alias = engine_store.alias("pages")
    engine_store.client.update_aliases([{"remove_index": {"index": f"{alias}-v2"}}])
    with pytest.raises(StoreError) as e:
        engine_store.put_page("http://a.test/", status=200)
    assert not isinstance(e.value, StoreUnavailable)  # a configuration problem, not an outage
    assert not engine_store.client.index_exists(alias)


def test_unreachable_engine_is_unavailable(tmp_path):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(StoreUnavailable):
        open_store(es_url(f"http://127.0.0.1:{port}"))


def test_a_document_the_mapping_refuses_is_an_error_not_an_outage(engine_store):
    """A 400 on one document of a bulk write would be refused again on every replay: it is a
    StoreError naming the document (set aside for a person), never StoreUnavailable (spooled
    and retried forever); the other documents of the batch are written."""
    bad = make_hit(7, last_seen="上周三")
    with pytest.raises(StoreError) as e:
        engine_store.upsert_hits([make_hit(n) for n in range(5)] + [bad])
    assert not isinstance(e.value, StoreUnavailable)
    assert bad.id in str(e.value) and "400" in str(e.value)
    engine_store.refresh()
    assert engine_store.count_hits() == 5 and engine_store.get_hit(bad.id) is None


def test_store_migrate_cli_lists_then_moves_a_schema_1_index(engine_store, adsweep, tmp_path):
    c = engine_store.client
    alias = engine_store.alias("runs")
    c.update_aliases([{"remove_index": {"index": f"{alias}-v2"}}])
    c.create_index(f"{alias}-v1", aliases={alias: {"is_write_index": True}})
    c.put(alias, "r1", {"id": "r1", "started_at": "2026-11-20T10:00:00Z"}, seq=None, refresh=True)
    dry = adsweep("store", "migrate", "--dry-run", "--store", engine_store.url)
    assert dry.returncode == 0, dry.stderr
    assert f"待迁移  抓取批次（runs）{alias}-v1 → {alias}-v2" in dry.stdout
    assert "未做任何改动" in dry.stdout and current_index(engine_store, alias) == f"{alias}-v1"
    run = adsweep("store", "migrate", "--store", engine_store.url)
    assert run.returncode == 0, run.stderr
    assert f"已完成  {alias}：{alias}-v1 → {alias}-v2，复制 1 条" in run.stdout
    assert current_index(engine_store, alias) == f"{alias}-v2"
    assert engine_store.get_run("r1") == {"id": "r1", "started_at": "2026-11-20T10:00:00Z"}
    again = adsweep("store", "migrate", "--store", engine_store.url)
    assert again.returncode == 0 and "无需迁移" in again.stdout
    sqlite = adsweep("store", "migrate", "--store", f"sqlite:///{tmp_path / 's.db'}")
    assert sqlite.returncode == 0 and "SQLite 存储打开时已自动迁移" in sqlite.stdout
