"""The search-engine backend: Elasticsearch or OpenSearch (many crawl workers and reviewers).

URL: ``http(s)://[user:password@]host:9200[?prefix=adsweep&engine=opensearch&verify_certs=false
&ca_certs=PATH&timeout=10]``. Without ``engine``, ``GET /`` decides (``version.distribution``):
OpenSearch gets the ``opensearch-py`` client, Elasticsearch the ``elasticsearch`` client (see
``engine.py``); every request body is the same on both. An API key comes from
``ADSWEEP_ES_API_KEY``. ``ADSWEEP_ES_NODE_CLASS`` (``module:Class``) swaps the Elasticsearch
client's HTTP node class.

Every kind of record lives in ``<prefix>-<kind>-v<N>`` behind the alias ``<prefix>-<kind>``
(``is_write_index``), created from an index template with explicit mappings, so a mapping change
is a reindex and an alias swap, not an outage. Writes of existing documents carry
``if_seq_no``/``if_primary_term``; new ones use ``op_type=create``; so two writers never
silently overwrite each other. Bulk writes go through the client's ``streaming_bulk``.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import random
import time
import uuid
import zlib
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from pipelines.errors import ConflictError, StoreConfigError, StoreError, StoreUnavailable
from pipelines.hit import STATUSES, Hit
from pipelines.items import utcnow
from pipelines.store.base import Store, apply_triage, merge_hit, stale_message, status_change
from pipelines.store.elastic_accounts import ElasticAccounts
from pipelines.store.elastic_bulk import ElasticBulk
from pipelines.store.elastic_mappings import (
    FACET_FIELD,
    INDEX_MAPPINGS,
    SCHEMA_VERSION,
    from_doc,
    index_settings,
    query_clause,
    search_body,
    stamp,
    to_doc,
    unstamp,
)
from pipelines.store.engine import ENGINES, EngineClient, without_password
from pipelines.store.engine_clients import detect_engine, make_client
from pipelines.store.query import FACET_FIELDS, HitPage, HitQuery, encode_cursor, highlight
from pipelines.store.segment import query_terms

__all__ = ["ElasticStore"]


class ElasticStore(ElasticAccounts, ElasticBulk, Store):
    """Hits, pages, runs, audit and notices in Elasticsearch or OpenSearch indices behind aliases."""

    def __init__(self, client: EngineClient, *, prefix: str = "adsweep", url: str = "") -> None:
        self.url = url or client.url
        self.prefix = prefix
        self.client = client
        self.engine = client.engine
        with self._errors():
            self._setup()

    @classmethod
    def from_url(cls, url: str) -> ElasticStore:
        parts = urlsplit(url)
        opts = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        host = f"{parts.scheme}://{parts.hostname}:{parts.port or 9200}"
        options: dict[str, Any] = {"timeout": float(opts.get("timeout", 10))}
        if parts.username:
            options["basic_auth"] = (unquote(parts.username), unquote(parts.password or ""))
        if os.environ.get("ADSWEEP_ES_API_KEY"):
            options["api_key"] = os.environ["ADSWEEP_ES_API_KEY"]
        if "verify_certs" in opts:
            options["verify_certs"] = opts["verify_certs"].lower() not in ("0", "false")
        if "ca_certs" in opts:
            options["ca_certs"] = opts["ca_certs"]
        engine = opts.get("engine") or detect_engine(host, options)
        if engine not in ENGINES:
            raise StoreConfigError(f"engine={engine!r}: use one of {', '.join(ENGINES)}")
        if engine == "elasticsearch" and os.environ.get("ADSWEEP_ES_NODE_CLASS"):
            options["node_class"] = os.environ["ADSWEEP_ES_NODE_CLASS"]
        client = make_client(engine, host, options)
        return cls(client, prefix=opts.get("prefix", "adsweep"), url=url)

    # -- setup --------------------------------------------------------------------------------
    def alias(self, kind: str) -> str:
        return f"{self.prefix}-{kind}"

    def _setup(self) -> None:
        """Templates, versioned indices and aliases; idempotent, safe for concurrent workers.

        Two reads when everything is in place (every worker and command opens the store), and
        writes only for what is missing or changed: each template carries a checksum of its body
        as its ``version``.
        """
        c = self.client
        versions = c.template_versions(f"{self.prefix}-*")
        aliases = {row["alias"] for row in c.cat_aliases(f"{self.prefix}-*")}
        for kind, mappings in INDEX_MAPPINGS.items():
            alias = self.alias(kind)
            body = {"index_patterns": [f"{alias}-v*"], "priority": 100,
                    "template": {"settings": index_settings(), "mappings": mappings}}  # fmt: skip
            body["version"] = zlib.crc32(json.dumps(body, sort_keys=True).encode()) & 0x7FFFFFFF
            changed = versions.get(f"{alias}-template") != body["version"]
            if changed:
                c.put_template(f"{alias}-template", body)
            if alias in aliases:
                if changed:  # fields added since the index was made (additive only: ``packs``)
                    c.put_mapping(alias, mappings["properties"])
                continue
            index = f"{alias}-v{SCHEMA_VERSION}"
            if c.index_exists(index):  # restored without its alias: re-attach
                c.put_alias(index, alias)
                continue
            c.create_index(index, aliases={alias: {"is_write_index": True}})

    def _errors(self):
        return self.client.errors()

    def refresh(self) -> None:
        with self._errors():
            self.client.refresh(f"{self.prefix}-*")

    def describe(self) -> dict[str, Any]:
        with self._errors():
            info = self.client.info()
            rows = self.client.cat_indices(f"{self.prefix}-*")
            aliases = self.client.cat_aliases(f"{self.prefix}-*")
            counts = {k: self.client.count(self.alias(k), {"match_all": {}})
                      for k in INDEX_MAPPINGS}  # fmt: skip
        version = info.get("version", {})
        return {
            "engine": self.engine,
            "version": version.get("number", ""),
            "distribution": version.get("distribution", "elasticsearch"),
            "cluster": info.get("cluster_name", ""),
            "url": without_password(self.url),
            "prefix": self.prefix,
            "schema": SCHEMA_VERSION,
            "indices": sorted(
                (
                    {
                        "index": r["index"],
                        "docs": int(r.get("docs.count") or 0),
                        "size": r.get("store.size", ""),
                        "health": r.get("health", ""),
                    }
                    for r in rows
                ),
                key=lambda r: r["index"],
            ),
            "aliases": {a["alias"]: a["index"] for a in aliases},
            "counts": counts,
        }

    def ping(self) -> bool:
        return self.client.ping()

    def close(self) -> None:
        self.client.close()

    # -- generic documents -----------------------------------------------------------------------
    def _get(self, kind: str, doc_id: str) -> tuple[dict[str, Any], int, int] | None:
        with self._errors():
            r = self.client.get(self.alias(kind), doc_id)
        if r is None:
            return None
        return unstamp(r["_source"]), r["_seq_no"], r["_primary_term"]

    def _put(
        self, kind: str, doc_id: str, doc: dict[str, Any], seq: tuple[int, int] | None,
        refresh: str | bool = False,
    ) -> None:  # fmt: skip
        """Create (``seq`` None) or replace at exactly the version read; 409 → ConflictError.

        Writes go to the alias with ``require_alias``: never an auto-created concrete index.
        """
        with self._errors():
            self.client.put(self.alias(kind), doc_id, stamp(kind, doc), seq=seq, refresh=refresh)

    def _merge_put(self, kind: str, doc_id: str, update: Any, tries: int = 16) -> dict[str, Any]:
        """Read, apply ``update(old) -> new``, write conditionally; retry lost races.

        Racing writers back off with jitter, so under contention they take turns instead of
        colliding again at once (a busy cluster, a crawl and two reviewers on one hit).
        """
        for attempt in range(tries):
            got = self._get(kind, doc_id)
            new = update(got[0] if got else None)
            try:
                self._put(kind, doc_id, new, got[1:] if got else None)
            except ConflictError:
                time.sleep(random.uniform(0, min(0.5, 0.005 * 2**attempt)))
                continue
            return new
        raise StoreUnavailable(f"{kind}/{doc_id}: too many concurrent writers, try again")

    # -- hits: writes ---------------------------------------------------------------------------
    def upsert_hit(self, hit: Hit) -> Hit:
        out: list[Hit] = []

        def update(old: dict[str, Any] | None) -> dict[str, Any]:
            # A shallow copy per try: the merge sets only top-level fields of a new hit.
            out[:] = [merge_hit(from_doc(old) if old else None, copy.copy(hit))]
            return to_doc(out[0])

        self._merge_put("hits", hit.id, update)
        return out[0]

    def touch_hit(self, hit_id: str, seen_at: str, run_id: str = "") -> bool:
        if self._get("hits", hit_id) is None:
            return False

        def update(old: dict[str, Any] | None) -> dict[str, Any]:
            hit = from_doc(old or {})
            hit.last_seen = max(hit.last_seen, seen_at)
            hit.run_id = run_id or hit.run_id
            hit.version += 1
            return to_doc(hit)

        self._merge_put("hits", hit_id, update)
        return True

    # -- triage -----------------------------------------------------------------------------------
    def _triage(
        self, hit_id: str, expected: int | None, change: tuple[dict, dict], actor: str,
        action: str, at: str,
    ) -> Hit:  # fmt: skip
        got = self._get("hits", hit_id)
        if got is None:
            raise StoreError(f"no hit {hit_id}")
        hit = from_doc(got[0])
        if expected is not None and expected != hit.version:
            raise ConflictError(stale_message(hit_id, hit.version, expected))
        entry = apply_triage(hit, *change, actor=actor, action=action, at=at)
        try:
            # Human-rate writes: refresh now, so the reviewer's next queue page shows the change
            # (wait_for would wait for the next scheduled refresh, a second on a real engine).
            self._put("hits", hit_id, to_doc(hit), got[1:], refresh=True)
        except ConflictError:
            if expected is None:  # no version given: re-read and apply again
                return self._triage(hit_id, None, change, actor, action, at)
            raise ConflictError(stale_message(hit_id, None, expected)) from None
        self.append_audit(action, actor=actor, hit_id=hit_id, detail=entry, at=at)
        return hit

    def set_status(
        self, hit_id: str, status: str, *, actor: str, expected_version: int | None = None,
        note: str = "", reason: str = "", at: str | None = None,
    ) -> Hit:  # fmt: skip
        if status not in STATUSES:
            raise StoreError(f"unknown status {status!r}; expected one of {', '.join(STATUSES)}")
        at = at or utcnow()
        change = status_change(status, note=note, reason=reason, at=at)
        return self._triage(hit_id, expected_version, change, actor, "status", at)

    def assign(
        self, hit_id: str, assignee: str | None, *, actor: str,
        expected_version: int | None = None, at: str | None = None,
    ) -> Hit:  # fmt: skip
        at = at or utcnow()
        change = ({"assignee": assignee}, {"assignee": assignee, "to": assignee})
        return self._triage(hit_id, expected_version, change, actor, "assign", at)

    # -- hits: reads ----------------------------------------------------------------------------
    def get_hit(self, hit_id: str) -> Hit | None:
        got = self._get("hits", hit_id)
        return from_doc(got[0]) if got else None

    def get_hits(self, hit_ids: Iterable[str]) -> dict[str, Hit]:
        ids = list(dict.fromkeys(hit_ids))
        out: dict[str, Hit] = {}
        for i in range(0, len(ids), 500):
            with self._errors():
                docs = self.client.mget(self.alias("hits"), ids[i : i + 500])
            for d in docs:
                if d.get("found"):
                    out[d["_id"]] = from_doc(unstamp(d["_source"]))
        return out

    def query(self, q: HitQuery) -> HitPage:
        with self._errors():
            r = self.client.search(self.alias("hits"), search_body(q))
        rows = r["hits"]["hits"]
        hits = [from_doc(unstamp(h["_source"])) for h in rows[: q.size]]
        nxt = encode_cursor(rows[q.size - 1]["sort"]) if len(rows) > q.size else None
        total = r["hits"]["total"]["value"] if q.with_total else None
        page = HitPage(hits, total, nxt)
        if q.text:
            terms = query_terms(q.text)
            for h, row in zip(hits, rows, strict=False):
                hl = row.get("highlight") or {}
                frags = hl.get("title", []) + hl.get("text", [])
                page.highlights[h.id] = frags or highlight(h.title, terms) + highlight(
                    h.text, terms
                )
        return page

    def count(self, q: HitQuery) -> int:
        with self._errors():
            return self.client.count(self.alias("hits"), query_clause(q))

    def facets(
        self, q: HitQuery, fields: Iterable[str] = FACET_FIELDS
    ) -> dict[str, dict[str, int]]:
        fields = list(fields)
        for name in fields:
            if name not in FACET_FIELD:
                raise StoreError(f"cannot facet on {name!r}")
        aggs = {n: {"terms": {"field": FACET_FIELD[n], "size": 500}} for n in fields}
        with self._errors():
            body = {"query": query_clause(q), "size": 0, "aggs": aggs}
            r = self.client.search(self.alias("hits"), body)
        out: dict[str, dict[str, int]] = {}
        for n in fields:
            buckets = r["aggregations"][n]["buckets"]
            out[n] = {b["key"]: b["doc_count"] for b in buckets if b["key"] not in ("", None)}
        return out

    def histogram(
        self, q: HitQuery, field: str = "first_seen", *, utc_offset_hours: int = 0
    ) -> dict[str, int]:
        if field not in ("first_seen", "last_seen", "status_changed_at"):
            raise StoreError(f"cannot histogram {field!r}")
        agg = {"date_histogram": {"field": field, "calendar_interval": "day",
                                  "format": "yyyy-MM-dd", "min_doc_count": 1}}  # fmt: skip
        if utc_offset_hours:
            hours = int(utc_offset_hours)
            agg["date_histogram"]["time_zone"] = f"{'+' if hours > 0 else '-'}{abs(hours):02d}:00"
        with self._errors():
            body = {"query": query_clause(q), "size": 0, "aggs": {"d": agg}}
            r = self.client.search(self.alias("hits"), body)
        return {b["key_as_string"]: b["doc_count"] for b in r["aggregations"]["d"]["buckets"]}

    # -- audit --------------------------------------------------------------------------------
    def append_audit(
        self, action: str, *, actor: str, hit_id: str | None = None,
        detail: dict[str, Any] | None = None, at: str | None = None,
    ) -> dict[str, Any]:  # fmt: skip
        seq = time.time_ns()
        doc = {"seq": seq, "at": at or utcnow(), "actor": actor, "action": action,
               "hit_id": hit_id, "detail": detail or {}}  # fmt: skip
        doc_id = f"{seq:020d}-{uuid.uuid4().hex[:8]}"
        self._put("audit", doc_id, doc, None)  # create-only: append-only
        return {"id": doc_id, **{k: v for k, v in doc.items() if k != "seq"}}

    def iter_audit(
        self, *, hit_id: str | None = None, actor: str | None = None, limit: int | None = None
    ) -> Iterator[dict[str, Any]]:
        flt = [{"term": {k: v}} for k, v in (("hit_id", hit_id), ("actor", actor)) if v]
        body = {"query": {"bool": {"filter": flt}}, "sort": [{"seq": "asc"}]}
        for row in self._walk("audit", body, limit):
            src = unstamp(row["_source"])
            yield {"id": row["_id"], **{k: v for k, v in src.items() if k != "seq"}}

    def _walk(
        self, kind: str, body: dict[str, Any], limit: int | None = None, page: int = 500
    ) -> Iterator[dict[str, Any]]:
        """Every matching row of ``kind`` in ``body``'s sort, page by page with
        ``search_after`` (an engine refuses ``size`` beyond ``index.max_result_window``, 10,000;
        the real node answers 400). Refreshes first: a record written a moment ago counts."""
        after, n = None, 0
        while True:
            size = page if limit is None else min(page, limit - n)
            req = {**body, "size": size} | ({"search_after": after} if after else {})
            with self._errors():
                if after is None:
                    self.client.refresh(self.alias(kind))
                rows = self.client.search(self.alias(kind), req)["hits"]["hits"]
            yield from rows
            n += len(rows)
            if len(rows) < size or (limit is not None and n >= limit):
                return
            after = rows[-1]["sort"]

    # -- notices --------------------------------------------------------------------------------
    def put_notice(self, notice: dict[str, Any]) -> dict[str, Any]:
        doc = {"created_at": utcnow(), "status": "draft", **notice, "version": 1}
        if not doc.get("id"):
            raise StoreError("a notice needs an id")
        try:
            self._put("notices", doc["id"], doc, None)
        except ConflictError as e:
            raise ConflictError(f"通知书 {doc['id']} 已存在") from e
        return doc

    def get_notice(self, notice_id: str) -> dict[str, Any] | None:
        got = self._get("notices", notice_id)
        return got[0] if got else None

    def update_notice(self, notice_id: str, *, expected_version: int, **fields: Any) -> dict:
        got = self._get("notices", notice_id)
        if got is None:
            raise StoreError(f"no notice {notice_id}")
        doc = got[0]
        stale = ConflictError(
            f"通知书 {notice_id} 已被他人修改（当前版本 {doc['version']}，"
            f"您提交的版本 {expected_version}），请刷新后重试"
        )
        if doc["version"] != expected_version:
            raise stale
        doc.update(fields, id=notice_id, version=doc["version"] + 1)
        try:
            self._put("notices", notice_id, doc, got[1:])
        except ConflictError:
            raise stale from None
        return doc

    def list_notices(self, **filters: Any) -> list[dict[str, Any]]:
        body = {"sort": [{"created_at": "desc"}, {"id": "desc"}]}
        docs = (unstamp(h["_source"]) for h in self._walk("notices", body))
        return [d for d in docs if all(d.get(k) == v for k, v in filters.items())]

    # -- document numbers -------------------------------------------------------------------------
    def next_number(self, series: str) -> int:
        """A counter document per series, bumped with a conditional write (lost races retry)."""
        if not series:
            raise StoreError("a number series needs a name")
        doc_id = hashlib.sha256(series.encode("utf-8")).hexdigest()[:32]
        new = self._merge_put(
            "counters", doc_id,
            lambda old: {"series": series, "value": int((old or {}).get("value", 0)) + 1},
            tries=64,
        )  # fmt: skip
        return int(new["value"])

    # -- pages and runs -------------------------------------------------------------------------
    @staticmethod
    def _page_id(url: str) -> str:
        return hashlib.sha256(url.encode("utf-8")).hexdigest()[:32]

    def get_page(self, url: str) -> dict[str, Any] | None:
        got = self._get("pages", self._page_id(url))
        return got[0] if got else None

    def put_page(self, url: str, **state: Any) -> None:
        self._merge_put(
            "pages", self._page_id(url), lambda old: {**(old or {}), **state, "url": url}
        )

    def start_run(self, run: dict[str, Any]) -> None:
        run = {"started_at": utcnow(), **run}
        self._merge_put("runs", run["id"], lambda old: run)

    def finish_run(self, run_id: str, **fields: Any) -> None:
        self._merge_put("runs", run_id, lambda old: {**(old or {"id": run_id}), **fields})

    def get_run(self, run_id: str) -> dict[str, Any] | None:
        got = self._get("runs", run_id)
        return got[0] if got else None

    def list_runs(self, limit: int = 50) -> list[dict[str, Any]]:
        body = {"sort": [{"started_at": "desc"}, {"id": "desc"}]}
        return [unstamp(h["_source"]) for h in self._walk("runs", body, max(1, limit))]
