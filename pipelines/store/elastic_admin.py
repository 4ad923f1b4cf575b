"""Mapping changes without an outage: reindex one record kind into a new versioned index.

Readers keep using the alias throughout. Writers are stopped from writing to the old index with
a write block; the crawl's store pipeline treats the resulting 403 ``cluster_block_exception``
as "store refusing writes" and spools, then replays into the new index once the alias has moved
— so nothing written during the reindex is lost. The old index is kept for a rollback; delete it
when satisfied.

The copy is the engine's own ``_reindex`` (the reindex module: bundled with Elasticsearch and
OpenSearch, and loaded by our embedded node), with a painless script that fills ``@timestamp``
for documents written before schema 2 had it.
"""

from __future__ import annotations

from typing import Any

from pipelines.store.elastic import ElasticStore
from pipelines.store.elastic_mappings import INDEX_MAPPINGS, SCHEMA_VERSION, TIMESTAMP_SOURCE

__all__ = ["clear", "current_index", "drop", "migrate", "pending", "reindex"]

_FILL_TIMESTAMP = (
    "if (ctx._source['@timestamp'] == null && ctx._source[params.src] != null) "
    "{ ctx._source['@timestamp'] = ctx._source[params.src] }"
)


def current_index(store: ElasticStore, alias: str) -> str:
    """The concrete index the alias writes to."""
    got = store.client.get_alias(alias)
    writes = [i for i, a in got.items() if a["aliases"][alias].get("is_write_index", True)]
    if len(writes) != 1:
        raise RuntimeError(f"alias {alias} has {len(writes)} write indices: {sorted(got)}")
    return writes[0]


def reindex(store: ElasticStore, kind: str, to_version: int) -> dict[str, Any]:
    """Copy ``<prefix>-<kind>`` into ``…-v<to_version>`` and move the alias there atomically."""
    alias = store.alias(kind)
    c = store.client
    with store._errors():
        old = current_index(store, alias)
        new = f"{alias}-v{to_version}"
        if new == old:
            raise ValueError(f"{alias} already points at {new}")
        c.put_index_settings(old, {"index.blocks.write": True})
        try:
            c.create_index(new)  # settings and mappings from the template
            body: dict[str, Any] = {"source": {"index": old}, "conflicts": "proceed",
                                    "dest": {"index": new, "op_type": "create"}}  # fmt: skip
            if kind in TIMESTAMP_SOURCE:  # counters have no time of their own
                body["script"] = {"lang": "painless", "source": _FILL_TIMESTAMP,
                                  "params": {"src": TIMESTAMP_SOURCE[kind]}}  # fmt: skip
            r = c.reindex(body)
            c.update_aliases([
                {"remove": {"index": old, "alias": alias}},
                {"add": {"index": new, "alias": alias, "is_write_index": True}},
            ])  # fmt: skip
        except Exception:
            c.put_index_settings(old, {"index.blocks.write": False})
            raise
    return {"alias": alias, "from": old, "to": new, "copied": r.get("created", 0)}


def pending(store: ElasticStore) -> dict[str, str]:
    """Kind → the index its alias writes to, for every kind still on an older schema version."""
    with store._errors():
        current = {kind: current_index(store, store.alias(kind)) for kind in INDEX_MAPPINGS}
    return {k: ix for k, ix in current.items() if int(ix.rsplit("-v", 1)[1]) < SCHEMA_VERSION}


def migrate(store: ElasticStore) -> list[dict[str, Any]]:
    """Reindex every kind whose alias still points at an older schema version."""
    return [reindex(store, kind, SCHEMA_VERSION) for kind in pending(store)]


def drop(store: ElasticStore) -> None:
    """Delete every index and template of the store's prefix (tests, benchmarks; irreversible)."""
    with store._errors():
        store.client.delete_indices(f"{store.prefix}-*")
        for kind in INDEX_MAPPINGS:
            store.client.delete_template(f"{store.alias(kind)}-template")


def clear(store: ElasticStore) -> int:
    """Delete every document of the store's prefix, keeping indices and aliases (tests reuse a
    prefix this way: creating five indices costs a real cluster seconds, clearing them
    milliseconds). Returns how many documents were deleted."""
    with store._errors():
        # _delete_by_query sees only refreshed documents: an audit entry appended a moment ago
        # (no refresh on append) would survive into the next test.
        store.client.refresh(f"{store.prefix}-*")
        return store.client.delete_by_query(f"{store.prefix}-*", {"match_all": {}})
