"""The exported Dashboards/Kibana saved objects fit the index templates, and their aggregations
give on the real node what the store's own histogram and facets give."""

from __future__ import annotations

import json
from pathlib import Path

from pipelines.store.elastic_mappings import INDEX_MAPPINGS
from pipelines.store.query import HitQuery
from tests.store.storefactory import make_hit

SAVED = Path(__file__).resolve().parents[2] / "deploy" / "dashboards"
SAVED = SAVED / "adsweep-saved-objects.ndjson"


def _objects() -> dict[str, dict]:
    lines = SAVED.read_text(encoding="utf-8").splitlines()
    return {o["id"]: o for o in map(json.loads, lines)}


def _aggs(vis: dict) -> list[dict]:
    return json.loads(vis["attributes"]["visState"])["aggs"]


def test_saved_objects_reference_each_other_and_fields_the_template_maps():
    objs = _objects()
    pattern = objs["adsweep-hits"]
    assert pattern["type"] == "index-pattern"
    assert pattern["attributes"] == {"title": "adsweep-hits", "timeFieldName": "@timestamp"}
    for o in objs.values():
        for ref in o["references"]:
            assert objs[ref["id"]]["type"] == ref["type"], (o["id"], ref)
    dash = objs["adsweep-hits-overview"]
    panels = json.loads(dash["attributes"]["panelsJSON"])
    names = {r["name"] for r in dash["references"]}
    assert {p["panelRefName"] for p in panels} == names and len(panels) == 2
    props = INDEX_MAPPINGS["hits"]["properties"]
    fields = set()
    for o in objs.values():
        if o["type"] == "visualization":
            fields |= {a["params"]["field"] for a in _aggs(o) if "field" in a["params"]}
    assert fields == {"@timestamp", "categories", "platform"}
    assert props["@timestamp"]["type"] == "date"
    assert props["categories"]["type"] == props["platform"]["type"] == "keyword"


def test_dashboard_aggregations_on_the_real_node(engine_store):
    hits = [make_hit(n, first_seen=f"2026-11-{10 + n % 3:02d}T08:00:00Z",
                     platform=["taobao", "xianyu"][n % 2],
                     categories=[["certificate_sale", "exam_fraud"][n % 2]]) for n in range(12)]  # fmt: skip
    engine_store.upsert_hits(hits)
    engine_store.refresh()
    for vis_id, facet in (("adsweep-hits-per-day-by-category", "category"),
                          ("adsweep-hits-per-day-by-platform", "platform")):  # fmt: skip
        day, split = _aggs(_objects()[vis_id])[1:]
        body = {"size": 0, "aggs": {"d": {
            "date_histogram": {"field": day["params"]["field"], "calendar_interval": "day",
                               "format": "yyyy-MM-dd", "min_doc_count": 1},
            "aggs": {"s": {"terms": {"field": split["params"]["field"], "size": 20}}}}}}  # fmt: skip
        r = engine_store.client.search(engine_store.alias("hits"), body)
        buckets = r["aggregations"]["d"]["buckets"]
        assert {b["key_as_string"]: b["doc_count"] for b in buckets} == engine_store.histogram(
            HitQuery(), "first_seen"
        )
        totals: dict[str, int] = {}
        for b in buckets:
            for s in b["s"]["buckets"]:
                totals[s["key"]] = totals.get(s["key"], 0) + s["doc_count"]
        assert totals == engine_store.facets(HitQuery(), [facet])[facet]
