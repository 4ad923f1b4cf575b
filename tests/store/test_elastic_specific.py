"""Elasticsearch-only behaviour (osmem-server, and a real cluster when ELASTICSEARCH_URL is set)."""

from __future__ import annotations

import os

import pytest

from pipelines.store import StoreUnavailable, open_store
from pipelines.store.elastic_admin import reindex
from pipelines.store.query import HitQuery
from tests.store.storefactory import NODE_CLASS, es_url, make_hit


@pytest.fixture(
    params=["osmem"] + (["elasticsearch"] if os.environ.get("ELASTICSEARCH_URL") else [])
)
def es_store(request, monkeypatch):
    if request.param == "osmem":
        monkeypatch.setenv("ADSWEEP_ES_NODE_CLASS", NODE_CLASS)
        base = request.getfixturevalue("osmem").url
    else:
        base = os.environ["ELASTICSEARCH_URL"]
    store = open_store(es_url(base))
    yield store
    store.es.options(ignore_status=404).indices.delete(index=f"{store.prefix}-*")
    store.close()


def test_templates_and_aliases(es_store):
    es = es_store.es
    for kind in ("hits", "pages", "runs", "audit", "notices"):
        alias = es_store.alias(kind)
        assert es.indices.get_alias(name=alias)[f"{alias}-v1"]["aliases"][alias]["is_write_index"]
        tpl = es.indices.get_index_template(name=f"{alias}-template")["index_templates"][0]
        assert tpl["index_template"]["index_patterns"] == [f"{alias}-v*"]
    props = es.indices.get_mapping(index=es_store.alias("hits"))
    mapping = next(iter(props.values()))["mappings"]["properties"]
    assert mapping["status"]["type"] == "keyword" and mapping["title"]["analyzer"] == "cjk"
    assert mapping["search_seg"]["analyzer"] == "seg_ws"


def test_reopening_is_idempotent_and_restores_a_lost_alias(es_store):
    es_store.upsert_hit(make_hit(1))
    es = es_store.es
    es.indices.delete_alias(index=f"{es_store.alias('hits')}-v1", name=es_store.alias("hits"))
    again = open_store(es_store.url + f"?prefix={es_store.prefix}")
    assert again.get_hit(make_hit(1).id) is not None


def test_reindex_moves_the_alias_and_blocks_writes_meanwhile(es_store):
    es_store.upsert_hits(make_hit(n) for n in range(30))
    es_store.set_status(make_hit(3).id, "confirmed", actor="张三")
    es_store.refresh()
    old = f"{es_store.alias('hits')}-v1"
    es_store.es.indices.put_settings(index=old, settings={"index.blocks.write": True})
    with pytest.raises(StoreUnavailable):  # the crawl would spool this and replay it later
        es_store.upsert_hit(make_hit(99))
    es_store.es.indices.put_settings(index=old, settings={"index.blocks.write": False})
    res = reindex(es_store, "hits", 2)
    assert res == {"alias": es_store.alias("hits"), "from": old,
                   "to": f"{es_store.alias('hits')}-v2", "copied": 30}  # fmt: skip
    es_store.refresh()
    assert es_store.count_hits() == 30 and es_store.count_hits(status="confirmed") == 1
    assert es_store.query(HitQuery(text="包过")).total == 30
    es_store.upsert_hit(make_hit(99))  # writes go to the new index
    es_store.refresh()
    assert es_store.es.count(index=f"{es_store.alias('hits')}-v2")["count"] == 31
    assert es_store.es.count(index=old)["count"] == 30
