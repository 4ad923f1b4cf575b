"""Store prefixes on a real search engine, reused across tests (store and reviewer tests).

Creating a store's nine indices costs a real node seconds per test; deleting every document of
a prefix costs milliseconds. So a prefix whose indices and aliases are still as the store made
them goes back to a pool after its test, cleared, and the next test on the same engine takes it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["copy_documents", "pooled_url", "recycle"]

#: Cleared store URLs per engine name.
_POOL: dict[str, list[str]] = {}


def pooled_url(engine: str, fresh: Callable[[], str]) -> str:
    """A store URL on ``engine`` with nothing stored: from the pool, else ``fresh()``."""
    pool = _POOL.setdefault(engine, [])
    return pool.pop() if pool else fresh()


def recycle(engine: str, url: str) -> None:
    """Clear the store behind ``url`` and pool it; drop it when its layout was changed."""
    from pipelines.store import open_store
    from pipelines.store.elastic_admin import clear, current_index, drop
    from pipelines.store.elastic_mappings import INDEX_MAPPINGS, SCHEMA_VERSION

    with open_store(url) as s:
        try:
            intact = all(current_index(s, s.alias(k)) == f"{s.alias(k)}-v{SCHEMA_VERSION}"
                         for k in INDEX_MAPPINGS)  # fmt: skip
        except Exception:
            intact = False
        if intact:
            clear(s)
            if all(s.client.count(s.alias(k), {"match_all": {}}) == 0 for k in INDEX_MAPPINGS):
                _POOL.setdefault(engine, []).append(url)
                return
        drop(s)


def copy_documents(src: Any, dst: Any) -> int:
    """Copy every document of store ``src`` into the same kinds of store ``dst`` (a fixture
    built once per session, handed to each test as a copy); returns how many."""
    src.refresh()
    with src._errors():
        rows = src.client.search(f"{src.prefix}-*", {"size": 10000, "sort": ["_doc"]})
    actions = []
    for row in rows["hits"]["hits"]:
        kind = row["_index"][len(src.prefix) + 1 :].rsplit("-v", 1)[0]
        actions.append({"_index": dst.alias(kind), "_id": row["_id"], "_op_type": "create",
                        "_source": row["_source"]})  # fmt: skip
    with dst._errors():
        failed = [info for ok, info in dst.client.bulk(actions) if not ok]
    assert not failed, failed[:3]
    dst.refresh()
    return len(actions)
