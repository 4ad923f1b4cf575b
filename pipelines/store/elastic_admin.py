"""Mapping changes without an outage: reindex one record kind into a new versioned index.

Readers keep using the alias throughout. Writers are stopped from writing to the old index with
a write block; the crawl's store pipeline treats the resulting 403 ``cluster_block_exception``
as "store refusing writes" and spools, then replays into the new index once the alias has moved
— so nothing written during the reindex is lost. The old index is kept for a rollback; delete it
when satisfied.
"""

from __future__ import annotations

from typing import Any

from pipelines.store.elastic import ElasticStore

__all__ = ["reindex"]


def _current(store: ElasticStore, alias: str) -> str:
    got = store.es.indices.get_alias(name=alias)
    writes = [i for i, a in got.items() if a["aliases"][alias].get("is_write_index", True)]
    if len(writes) != 1:
        raise RuntimeError(f"alias {alias} has {len(writes)} write indices: {sorted(got)}")
    return writes[0]


def reindex(store: ElasticStore, kind: str, to_version: int) -> dict[str, Any]:
    """Copy ``<prefix>-<kind>`` into ``…-v<to_version>`` and move the alias there atomically."""
    alias = store.alias(kind)
    old = _current(store, alias)
    new = f"{alias}-v{to_version}"
    if new == old:
        raise ValueError(f"{alias} already points at {new}")
    es = store.es
    es.indices.put_settings(index=old, settings={"index.blocks.write": True})
    try:
        es.indices.create(index=new)  # settings and mappings from the template
        r = es.reindex(source={"index": old}, dest={"index": new, "op_type": "create"},
                       wait_for_completion=True, refresh=True, conflicts="proceed")  # fmt: skip
        es.indices.update_aliases(actions=[
            {"remove": {"index": old, "alias": alias}},
            {"add": {"index": new, "alias": alias, "is_write_index": True}},
        ])  # fmt: skip
    except Exception:
        es.indices.put_settings(index=old, settings={"index.blocks.write": False})
        raise
    return {"alias": alias, "from": old, "to": new, "copied": r.get("created", 0)}
