"""Index templates, document shape and query translation for Elasticsearch and OpenSearch.

Pure functions building JSON that both engines accept unchanged (``engine.py`` sends it through
the engine's own client).

Chinese text is indexed twice, so no analyzer plugin is needed on the cluster: ``search_seg``
holds jieba-segmented words separated by spaces (a ``whitespace`` tokenizer + lowercase), and
``title``/``text`` use the built-in ``cjk`` analyzer (bigrams) for phrase matches and
highlighting. Nested lists a reviewer never filters on (findings, history, evidence) are
stored but not indexed (``enabled: false``), which keeps the mapping small and stable.

Dashboards (Kibana, OpenSearch Dashboards): every index has a ``@timestamp`` date (a copy of the
record's own time: a hit's ``first_seen``, an audit entry's ``at``, …) for index patterns and
time pickers; every facet is a ``keyword`` (aggregatable as it is) and the text fields carry a
``.keyword`` sub-field. ``@timestamp`` is written by :func:`stamp` and removed again on read
(:func:`unstamp`), so it never shows in the store contract.
"""

from __future__ import annotations

from typing import Any

from pipelines.hit import Hit
from pipelines.store.base import encode_json, hit_fields
from pipelines.store.query import HitQuery, decode_cursor
from pipelines.store.segment import index_text, query_terms, search_parts

__all__ = [
    "FACET_FIELD",
    "INDEX_MAPPINGS",
    "SCHEMA_VERSION",
    "TIMESTAMP_SOURCE",
    "from_doc",
    "hit_source",
    "index_settings",
    "search_body",
    "stamp",
    "to_doc",
    "unstamp",
]

#: Bump when a mapping changes: a new ``<prefix>-<kind>-v<N>`` index is created and the alias
#: moved after a reindex, so readers never see a half-migrated index.
SCHEMA_VERSION = 2

_DATE = {"type": "date", "format": "strict_date_optional_time||epoch_millis"}
_KW = {"type": "keyword"}
_OFF = {"type": "object", "enabled": False}
_TS = {"@timestamp": _DATE}


def _text(analyzer: str) -> dict[str, Any]:
    """Analyzed text plus a ``.keyword`` sub-field (exact values for dashboards' tables)."""
    sub = {"keyword": {"type": "keyword", "ignore_above": 256}}
    return {"type": "text", "analyzer": analyzer, "fields": sub}


_HITS = {
    "dynamic": False,
    "properties": {
        "id": _KW, "url": _KW, "final_url": _KW,
        "title": _text("cjk"),
        "text": {"type": "text", "analyzer": "cjk"},
        "search_seg": {"type": "text", "analyzer": "seg_ws"},
        "platform": _KW, "host": _KW, "shop": _KW, "seller": _KW, "severity": _KW,
        "status": _KW, "assignee": _KW, "run_id": _KW, "target": _KW,
        "categories": _KW, "rules": _KW, "contact_values": _KW, "packs": _KW,
        "score": {"type": "float"}, "version": {"type": "integer"},
        "first_seen": _DATE, "last_seen": _DATE, "status_changed_at": _DATE,
        "findings": _OFF, "contacts": _OFF, "evidence": _OFF, "history": _OFF, **_TS,
    },
}  # fmt: skip

#: Mappings of every index kind; the store creates ``<prefix>-<kind>-v<SCHEMA_VERSION>`` behind an
#: alias.
INDEX_MAPPINGS: dict[str, dict[str, Any]] = {
    "hits": _HITS,
    "pages": {
        "dynamic": False,
        "properties": {"url": _KW, "hit_id": _KW, "last_seen": _DATE, "status": _KW, **_TS},
    },
    "runs": {
        "dynamic": False,
        "properties": {
            "id": _KW,
            "started_at": _DATE,
            "finished_at": _DATE,
            "status": _KW,
            "spider": _KW,
            "target": _KW,
            "platform": _KW,
            "hits": {"type": "long"},
            "pages": {"type": "long"},
            **_TS,
        },
    },
    "audit": {
        "dynamic": False,
        "properties": {
            "seq": {"type": "long"},
            "at": _DATE,
            "actor": _KW,
            "action": _KW,
            "hit_id": _KW,
            "detail": _OFF,
            **_TS,
        },
    },
    "notices": {
        "dynamic": False,
        "properties": {
            "id": _KW,
            "hit_id": _KW,
            "status": _KW,
            "platform": _KW,
            "created_at": _DATE,
            **_TS,
        },
    },
    "counters": {"dynamic": False, "properties": {"series": _KW, "value": {"type": "long"}}},
    # The reviewer's records (``elastic_accounts``): a claim's ``expires_at`` is epoch seconds.
    "users": {
        "dynamic": False,
        "properties": {"name": _KW, "role": _KW, "created_at": _DATE, **_TS},
    },
    "views": {
        "dynamic": False,
        "properties": {"owner": _KW, "name": _KW, "saved_at": _DATE, **_TS},
    },
    "claims": {
        "dynamic": False,
        "properties": {"hit_id": _KW, "holder": _KW, "expires_at": {"type": "double"}},
    },
}

#: Facet name → indexed field.
FACET_FIELD = {
    "status": "status", "category": "categories", "severity": "severity",
    "platform": "platform", "host": "host", "shop": "shop", "seller": "seller",
    "assignee": "assignee",
    "rule": "rules", "run_id": "run_id", "contact": "contact_values", "pack": "packs",
}  # fmt: skip

_DATES = ("first_seen", "last_seen", "status_changed_at")

#: The field each kind's ``@timestamp`` copies: when the record came to be.
TIMESTAMP_SOURCE = {"hits": "first_seen", "pages": "last_seen", "runs": "started_at",
                    "audit": "at", "notices": "created_at", "users": "created_at",
                    "views": "saved_at"}  # fmt: skip


def stamp(kind: str, doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` with ``@timestamp`` set from its kind's own time (left out when that is empty)."""
    when = doc.get(TIMESTAMP_SOURCE.get(kind, ""))
    out = {k: v for k, v in doc.items() if k != "@timestamp"}
    if when:
        out["@timestamp"] = when
    return out


def unstamp(src: dict[str, Any]) -> dict[str, Any]:
    """The stored record without the dashboards' ``@timestamp``."""
    if "@timestamp" not in src:
        return src
    return {k: v for k, v in src.items() if k != "@timestamp"}


def index_settings(shards: int = 1, replicas: int = 0) -> dict[str, Any]:
    return {
        "number_of_shards": shards,
        "number_of_replicas": replicas,
        "analysis": {
            "analyzer": {
                "seg_ws": {"type": "custom", "tokenizer": "whitespace", "filter": ["lowercase"]}
            }
        },
    }


def to_doc(hit: Hit) -> dict[str, Any]:
    """The indexed document: the hit plus derived search and filter fields.

    Shallow (nested lists are the hit's own): every caller sends the document at once.
    """
    doc = hit_fields(hit)
    for k in _DATES:
        doc[k] = doc[k] or None
    doc["rules"] = sorted({f.get("rule_id", "") for f in hit.findings})
    doc["contact_values"] = sorted({c.get("value", "") for c in hit.contacts})
    doc["packs"] = hit.packs
    doc["search_seg"] = index_text(*search_parts(hit))
    return doc


def hit_source(hit: Hit) -> str:
    """The stamped document of ``hit`` as JSON: what a bulk write sends.

    Encoded here, once, so the client's bulk helper passes it through as it is (no second walk
    of the document by its serializer, no ``stamp`` copy).
    """
    doc = to_doc(hit)
    if doc["first_seen"]:
        doc["@timestamp"] = doc["first_seen"]
    return encode_json(doc)


def from_doc(src: dict[str, Any]) -> Hit:
    src = dict(src)
    for k in _DATES:
        src[k] = src.get(k) or ""
    return Hit.from_dict(src)


def _filters(q: HitQuery) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for name, values in q.filters().items():
        out.append({"terms": {FACET_FIELD[name]: values}})
    rng = {k: v for k, v in (("gte", q.since), ("lt", q.until)) if v}
    if rng:
        out.append({"range": {q.date_field: rng}})
    return out


def _text_query(text: str) -> dict[str, Any]:
    terms = query_terms(text)
    if not terms:
        return {"match_none": {}}
    return {
        "bool": {
            "should": [
                {"match": {"search_seg": {"query": " ".join(terms), "operator": "and"}}},
                {"multi_match": {"query": text, "type": "phrase", "fields": ["title", "text"]}},
            ],
            "minimum_should_match": 1,
        }
    }


def query_clause(q: HitQuery) -> dict[str, Any]:
    must = [_text_query(q.text)] if q.text is not None else []
    return {"bool": {"filter": _filters(q), "must": must}}


def search_body(q: HitQuery) -> dict[str, Any]:
    """Body of a ``search`` call: filters, text, sort with ``id`` tie-break, ``search_after``."""
    missing = "_first" if q.order == "asc" else "_last"  # SQLite sorts '' lowest
    body: dict[str, Any] = {
        "query": query_clause(q),
        "sort": [{q.sort: {"order": q.order, "missing": missing}}, {"id": {"order": q.order}}],
        "size": q.size + 1,
        "track_total_hits": q.with_total,
        "_source": {"excludes": ["search_seg", "@timestamp"]},
    }
    if q.cursor:
        body["search_after"] = decode_cursor(q.cursor)
    if q.text:
        body["highlight"] = {
            "pre_tags": ["<em>"],
            "post_tags": ["</em>"],
            "encoder": "html",
            "fields": {"title": {"number_of_fragments": 0}, "text": {"fragment_size": 60}},
            "highlight_query": {"multi_match": {"query": q.text, "fields": ["title", "text"]}},
        }
    return body
