"""Elasticsearch backend (production; many crawl workers and reviewers on one cluster).

URL: ``http(s)://[user:password@]host:9200[?prefix=adsweep&verify_certs=false&ca_certs=PATH]``.
An API key comes from ``ADSWEEP_ES_API_KEY``. ``ADSWEEP_ES_NODE_CLASS`` (``module:Class``)
swaps the client's HTTP node class (the test suite uses it to talk to osmem-server).

Every kind of record lives in ``<prefix>-<kind>-v<N>`` behind the alias ``<prefix>-<kind>``
(``is_write_index``), created from an index template with explicit mappings, so a mapping change
is a reindex and an alias swap, not an outage. Writes of existing documents carry
``if_seq_no``/``if_primary_term``; new ones use ``op_type=create``; so two writers never
silently overwrite each other. Bulk writes go through ``helpers.streaming_bulk``.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import random
import time
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
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
    to_doc,
)
from pipelines.store.query import FACET_FIELDS, HitPage, HitQuery, encode_cursor, highlight
from pipelines.store.segment import query_terms

__all__ = ["ElasticStore"]


def _es():
    import elasticsearch
    import elasticsearch.helpers

    return elasticsearch


def _node_class(spec: str | None) -> Any:
    if not spec:
        return None
    mod, _, name = spec.partition(":")
    try:
        return getattr(importlib.import_module(mod), name)
    except (ImportError, AttributeError) as e:
        raise StoreConfigError(f"ADSWEEP_ES_NODE_CLASS {spec!r} cannot be imported: {e}") from e


def _write_block(e: Exception) -> bool:
    """403 because writes are blocked for now (disk watermark, read-only index), not a login."""
    text = str(e)
    return getattr(getattr(e, "meta", None), "status", 0) == 403 and any(
        s in text for s in ("cluster_block_exception", "read_only")
    )


class ElasticStore(ElasticAccounts, ElasticBulk, Store):
    """Hits, pages, runs, audit and notices in Elasticsearch indices behind aliases."""

    def __init__(self, url: str, *, prefix: str = "adsweep", **client_options: Any) -> None:
        self.url = url
        self.prefix = prefix
        es = _es()
        self.es = es.Elasticsearch(url, **client_options)
        with self._errors():
            self._setup()

    @classmethod
    def from_url(cls, url: str, **client_options: Any) -> ElasticStore:
        parts = urlsplit(url)
        opts = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        host = f"{parts.scheme}://{parts.hostname}:{parts.port or 9200}"
        if parts.username:
            client_options["basic_auth"] = (unquote(parts.username), unquote(parts.password or ""))
        if os.environ.get("ADSWEEP_ES_API_KEY"):
            client_options["api_key"] = os.environ["ADSWEEP_ES_API_KEY"]
        if "verify_certs" in opts:
            client_options["verify_certs"] = opts["verify_certs"].lower() not in ("0", "false")
        if "ca_certs" in opts:
            client_options["ca_certs"] = opts["ca_certs"]
        node = _node_class(os.environ.get("ADSWEEP_ES_NODE_CLASS"))
        if node is not None:
            client_options.setdefault("node_class", node)
        client_options.setdefault("request_timeout", float(opts.get("timeout", 10)))
        client_options.setdefault("max_retries", 1)
        client_options.setdefault("retry_on_timeout", False)
        return cls(host, prefix=opts.get("prefix", "adsweep"), **client_options)

    # -- setup --------------------------------------------------------------------------------
    def alias(self, kind: str) -> str:
        return f"{self.prefix}-{kind}"

    def _setup(self) -> None:
        """Templates, versioned indices and aliases; idempotent, safe for concurrent workers."""
        es = _es()
        for kind, mappings in INDEX_MAPPINGS.items():
            alias = self.alias(kind)
            self.es.indices.put_index_template(
                name=f"{alias}-template",
                index_patterns=[f"{alias}-v*"],
                template={"settings": index_settings(), "mappings": mappings},
                priority=100,
            )
            if self.es.indices.exists_alias(name=alias):
                # Fields added since the index was made (additive only: ``packs``).
                self.es.indices.put_mapping(index=alias, properties=mappings["properties"])
                continue
            index = f"{alias}-v{SCHEMA_VERSION}"
            if self.es.indices.exists(index=index):  # restored without its alias: re-attach
                self.es.indices.put_alias(index=index, name=alias, is_write_index=True)
                continue
            try:
                self.es.indices.create(index=index, aliases={alias: {"is_write_index": True}})
            except es.BadRequestError as e:
                if "already_exists" not in str(e):
                    raise

    @contextmanager
    def _errors(self):
        es = _es()
        try:
            yield
        except (es.ConnectionError, es.ConnectionTimeout) as e:
            raise StoreUnavailable(f"Elasticsearch {self.url} unreachable: {e}") from e
        except es.ApiError as e:
            if e.meta.status == 429 or e.meta.status >= 500 or _write_block(e):
                raise StoreUnavailable(f"Elasticsearch {self.url} refused: {e}") from e
            if e.meta.status == 409:
                raise ConflictError(str(e)) from e
            raise StoreError(f"Elasticsearch {self.url}: {e}") from e

    def refresh(self) -> None:
        with self._errors():
            self.es.indices.refresh(index=f"{self.prefix}-*")

    def ping(self) -> bool:
        try:
            return bool(self.es.ping())
        except Exception:
            return False

    def close(self) -> None:
        self.es.close()

    # -- generic documents -----------------------------------------------------------------------
    def _get(self, kind: str, doc_id: str) -> tuple[dict[str, Any], int, int] | None:
        with self._errors():
            r = self.es.options(ignore_status=404).get(index=self.alias(kind), id=doc_id)
        if not r.get("found"):
            return None
        return r["_source"], r["_seq_no"], r["_primary_term"]

    def _put(
        self, kind: str, doc_id: str, doc: dict[str, Any], seq: tuple[int, int] | None,
        refresh: str | bool = False,
    ) -> None:  # fmt: skip
        """Create (``seq`` None) or replace at exactly the version read; 409 → ConflictError."""
        args: dict[str, Any] = {
            "index": self.alias(kind),
            "id": doc_id,
            "document": doc,
            "require_alias": True,  # never auto-create a concrete index named like the alias
        }
        if seq is None:
            args["op_type"] = "create"
        else:
            args["if_seq_no"], args["if_primary_term"] = seq
        with self._errors():
            self.es.index(refresh=refresh, **args)

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
            out[:] = [merge_hit(from_doc(old) if old else None, Hit.from_dict(hit.to_dict()))]
            return to_doc(out[0])

        self._merge_put("hits", hit.id, update)
        return out[0]

    def upsert_hits(self, hits: Iterable[Hit], batch: int = 1000) -> int:
        n, buf = 0, []
        for hit in hits:
            buf.append(hit)
            if len(buf) >= batch:
                n += self._bulk(buf)
                buf = []
        return n + (self._bulk(buf) if buf else 0)

    def _bulk(self, hits: list[Hit]) -> int:
        """mget the stored versions, merge, write conditionally; conflicts retried one by one."""
        helpers = _es().helpers
        latest = {h.id: h for h in hits}
        with self._errors():
            got = self.es.mget(index=self.alias("hits"), ids=list(latest))["docs"]
        actions = []
        for d in got:
            old = from_doc(d["_source"]) if d.get("found") else None
            action = {"_index": self.alias("hits"), "_id": d["_id"]}
            action["_source"] = to_doc(merge_hit(old, latest[d["_id"]]))
            if old is None:
                action["_op_type"] = "create"
            else:
                action |= {"if_seq_no": d["_seq_no"], "if_primary_term": d["_primary_term"]}
            actions.append(action)
        retry = []
        with self._errors():
            for ok, info in helpers.streaming_bulk(
                self.es,
                actions,
                raise_on_error=False,
                raise_on_exception=True,
                max_retries=2,
                chunk_size=500,
                require_alias=True,
            ):
                if not ok:
                    op = next(iter(info.values()))
                    if op.get("status") != 409:
                        raise StoreUnavailable(f"bulk write refused: {op.get('error')}")
                    retry.append(op["_id"])
        for hid in retry:
            self.upsert_hit(latest[hid])
        return len(hits)

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
            self._put("hits", hit_id, to_doc(hit), got[1:], refresh="wait_for")
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

    def query(self, q: HitQuery) -> HitPage:
        with self._errors():
            r = self.es.search(index=self.alias("hits"), **search_body(q))
        rows = r["hits"]["hits"]
        hits = [from_doc(h["_source"]) for h in rows[: q.size]]
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
            return int(self.es.count(index=self.alias("hits"), query=query_clause(q))["count"])

    def facets(
        self, q: HitQuery, fields: Iterable[str] = FACET_FIELDS
    ) -> dict[str, dict[str, int]]:
        fields = list(fields)
        for name in fields:
            if name not in FACET_FIELD:
                raise StoreError(f"cannot facet on {name!r}")
        aggs = {n: {"terms": {"field": FACET_FIELD[n], "size": 500}} for n in fields}
        with self._errors():
            r = self.es.search(index=self.alias("hits"), query=query_clause(q), size=0, aggs=aggs)
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
            r = self.es.search(
                index=self.alias("hits"), query=query_clause(q), size=0, aggs={"d": agg}
            )
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
        self._put("audit", doc_id, doc, None, refresh="wait_for")  # create-only: append-only
        return {"id": doc_id, **{k: v for k, v in doc.items() if k != "seq"}}

    def iter_audit(
        self, *, hit_id: str | None = None, actor: str | None = None, limit: int | None = None
    ) -> Iterator[dict[str, Any]]:
        flt = [{"term": {k: v}} for k, v in (("hit_id", hit_id), ("actor", actor)) if v]
        after, n = None, 0
        while True:
            body: dict[str, Any] = {
                "query": {"bool": {"filter": flt}},
                "sort": [{"seq": "asc"}],
                "size": 500,
            }
            if after:
                body["search_after"] = after
            with self._errors():
                rows = self.es.search(index=self.alias("audit"), **body)["hits"]["hits"]
            for row in rows:
                src = row["_source"]
                yield {"id": row["_id"], **{k: v for k, v in src.items() if k != "seq"}}
                n += 1
                if limit and n >= limit:
                    return
            if len(rows) < 500:
                return
            after = rows[-1]["sort"]

    # -- notices --------------------------------------------------------------------------------
    def put_notice(self, notice: dict[str, Any]) -> dict[str, Any]:
        doc = {"created_at": utcnow(), "status": "draft", **notice, "version": 1}
        if not doc.get("id"):
            raise StoreError("a notice needs an id")
        try:
            self._put("notices", doc["id"], doc, None, refresh="wait_for")
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
            self._put("notices", notice_id, doc, got[1:], refresh="wait_for")
        except ConflictError:
            raise stale from None
        return doc

    def list_notices(self, **filters: Any) -> list[dict[str, Any]]:
        with self._errors():
            self.es.indices.refresh(index=self.alias("notices"))
            r = self.es.search(
                index=self.alias("notices"),
                query={"match_all": {}},
                sort=[{"created_at": "desc"}, {"id": "desc"}],
                size=10000,
            )
        docs = (h["_source"] for h in r["hits"]["hits"])
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
        with self._errors():
            self.es.indices.refresh(index=self.alias("runs"))
            r = self.es.search(index=self.alias("runs"), sort=[{"started_at": "desc"}], size=limit)
        return [h["_source"] for h in r["hits"]["hits"]]
