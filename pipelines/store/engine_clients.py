""":class:`EngineClient` on the official clients: ``elasticsearch`` and ``opensearch-py``.

Each method is one call of the client's own API with the same JSON; only the spelling differs
(the Elasticsearch client takes body fields as keyword arguments, opensearch-py a ``body``; the
first ignores statuses with ``options(ignore_status=…)``, the second with ``ignore=…``).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from typing import Any

from pipelines.errors import StoreConfigError
from pipelines.store.engine import ENGINES, EngineClient

__all__ = ["ElasticClient", "OpenSearchClient", "detect_engine", "make_client"]

_BULK = {"raise_on_error": False, "raise_on_exception": True, "max_retries": 2}


def _condition(seq: tuple[int, int] | None, overwrite: bool) -> dict[str, Any]:
    """A write's precondition: at exactly ``seq``, else create-only unless ``overwrite``."""
    if seq is not None:
        return {"if_seq_no": seq[0], "if_primary_term": seq[1]}
    return {} if overwrite else {"op_type": "create"}


def _alias_actions(index: str, name: str) -> dict[str, Any]:
    return {"add": {"index": index, "alias": name, "is_write_index": True}}


class ElasticClient(EngineClient):
    """Elasticsearch 8.13+ / 9.x through the official ``elasticsearch`` client."""

    engine = "elasticsearch"

    def __init__(
        self, url: str, *, basic_auth: tuple[str, str] | None = None, api_key: str | None = None,
        verify_certs: bool | None = None, ca_certs: str | None = None, timeout: float = 10.0,
        node_class: Any = None,
    ) -> None:  # fmt: skip
        import elasticsearch
        import elasticsearch.helpers

        self._lib = elasticsearch
        self.url = url
        kw: dict[str, Any] = {"request_timeout": timeout, "max_retries": 1,
                              "retry_on_timeout": False}  # fmt: skip
        opts = {"basic_auth": basic_auth, "api_key": api_key, "verify_certs": verify_certs,
                "ca_certs": ca_certs, "node_class": node_class}  # fmt: skip
        kw.update({k: v for k, v in opts.items() if v is not None})
        self.es = elasticsearch.Elasticsearch(url, **kw)

    def _classify(self, e: Exception) -> tuple[str, int, str] | None:
        lib = self._lib
        if isinstance(e, lib.ConnectionError | lib.ConnectionTimeout):
            return ("down", 0, str(e))
        if isinstance(e, lib.ApiError):
            return ("api", int(e.meta.status), str(e))
        return None

    def get(self, index: str, doc_id: str) -> dict[str, Any] | None:
        r = self.es.options(ignore_status=404).get(index=index, id=doc_id)
        return dict(r.body) if r.get("found") else None

    def put(self, index: str, doc_id: str, doc: dict[str, Any], *,
            seq: tuple[int, int] | None, refresh: str | bool = False,
            overwrite: bool = False) -> None:  # fmt: skip
        self.es.index(index=index, id=doc_id, document=doc, require_alias=True, refresh=refresh,
                      **_condition(seq, overwrite))  # fmt: skip

    def delete(self, index: str, doc_id: str, *, seq: tuple[int, int] | None = None,
               refresh: str | bool = False) -> bool:  # fmt: skip
        cond = _condition(seq, True)
        r = self.es.options(ignore_status=(404, 409)).delete(index=index, id=doc_id,
                                                              refresh=refresh, **cond)  # fmt: skip
        return r.get("result") == "deleted"

    def mget(self, index: str, ids: list[str]) -> list[dict[str, Any]]:
        return list(self.es.mget(index=index, ids=ids)["docs"])

    def bulk(
        self, actions: Iterable[dict[str, Any]], *, chunk_size: int = 500
    ) -> Iterator[tuple[bool, dict[str, Any]]]:
        helpers = self._lib.helpers
        yield from helpers.streaming_bulk(self.es, actions, require_alias=True,
                                          chunk_size=chunk_size, **_BULK)  # fmt: skip

    def search(self, index: str, body: dict[str, Any]) -> dict[str, Any]:
        return dict(self.es.search(index=index, **body).body)

    def count(self, index: str, query: dict[str, Any]) -> int:
        return int(self.es.count(index=index, query=query)["count"])

    def scan(self, index: str, query: dict[str, Any]) -> Iterator[dict[str, Any]]:
        yield from self._lib.helpers.scan(self.es, index=index, query={"query": query})

    def refresh(self, index: str) -> None:
        self.es.indices.refresh(index=index)

    def put_template(self, name: str, body: dict[str, Any]) -> None:
        self.es.indices.put_index_template(name=name, **body)

    def get_template(self, name: str) -> dict[str, Any]:
        return dict(self.es.indices.get_index_template(name=name).body)

    def template_versions(self, pattern: str) -> dict[str, int | None]:
        r = self.es.options(ignore_status=404).indices.get_index_template(name=pattern)
        return {t["name"]: t["index_template"].get("version") for t in r.get("index_templates", [])}

    def delete_by_query(self, index: str, query: dict[str, Any]) -> int:
        r = self.es.delete_by_query(index=index, query=query, refresh=True, conflicts="proceed")
        return int(r["deleted"])

    def alias_exists(self, name: str) -> bool:
        return bool(self.es.indices.exists_alias(name=name))

    def index_exists(self, index: str) -> bool:
        return bool(self.es.indices.exists(index=index))

    def create_index(self, index: str, aliases: dict[str, Any] | None = None) -> None:
        try:
            self.es.indices.create(index=index, aliases=aliases)
        except self._lib.BadRequestError as e:
            if "already_exists" not in str(e):
                raise

    def put_alias(self, index: str, name: str) -> None:
        self.es.indices.put_alias(index=index, name=name, is_write_index=True)

    def delete_alias(self, index: str, name: str) -> None:
        self.es.indices.delete_alias(index=index, name=name)

    def get_alias(self, name: str) -> dict[str, Any]:
        return dict(self.es.indices.get_alias(name=name).body)

    def update_aliases(self, actions: list[dict[str, Any]]) -> None:
        self.es.indices.update_aliases(actions=actions)

    def put_index_settings(self, index: str, settings: dict[str, Any]) -> None:
        self.es.indices.put_settings(index=index, settings=settings)

    def get_mapping(self, index: str) -> dict[str, Any]:
        return dict(self.es.indices.get_mapping(index=index).body)

    def put_mapping(self, index: str, properties: dict[str, Any]) -> None:
        self.es.indices.put_mapping(index=index, properties=properties)

    def reindex(self, body: dict[str, Any]) -> dict[str, Any]:
        return dict(self.es.reindex(**body, wait_for_completion=True, refresh=True).body)

    def delete_template(self, name: str) -> None:
        self.es.options(ignore_status=404).indices.delete_index_template(name=name)

    def delete_indices(self, pattern: str) -> None:
        self.es.options(ignore_status=404).indices.delete(index=pattern)

    def cat_indices(self, pattern: str) -> list[dict[str, Any]]:
        return list(self.es.cat.indices(index=pattern, format="json").body)

    def cat_aliases(self, pattern: str) -> list[dict[str, Any]]:
        return list(self.es.cat.aliases(name=pattern, format="json").body)

    def info(self) -> dict[str, Any]:
        return dict(self.es.info().body)

    def put_cluster_settings(self, body: dict[str, Any]) -> None:
        self.es.cluster.put_settings(**body)

    def ping(self) -> bool:
        try:
            return bool(self.es.ping())
        except Exception:
            return False

    def close(self) -> None:
        self.es.close()


class OpenSearchClient(EngineClient):
    """OpenSearch 1.x–3.x through the official ``opensearch-py`` client."""

    engine = "opensearch"

    def __init__(
        self, url: str, *, basic_auth: tuple[str, str] | None = None, api_key: str | None = None,
        verify_certs: bool | None = None, ca_certs: str | None = None, timeout: float = 10.0,
        node_class: Any = None,
    ) -> None:  # fmt: skip
        import opensearchpy
        import opensearchpy.helpers

        self._lib = opensearchpy
        self.url = url
        kw: dict[str, Any] = {"timeout": timeout, "max_retries": 1, "retry_on_timeout": False}
        if basic_auth:
            kw["http_auth"] = basic_auth
        if api_key:
            kw["headers"] = {"Authorization": f"ApiKey {api_key}"}
        if url.startswith("https:"):
            kw["use_ssl"] = True
            kw["verify_certs"] = True if verify_certs is None else verify_certs
            kw["ssl_show_warn"] = kw["verify_certs"]
        if ca_certs:
            kw["ca_certs"] = ca_certs
        self.os = opensearchpy.OpenSearch(hosts=[url], **kw)

    def _classify(self, e: Exception) -> tuple[str, int, str] | None:
        lib = self._lib
        if isinstance(e, lib.ConnectionError | lib.ConnectionTimeout):  # both before TransportError
            return ("down", 0, str(e))
        if isinstance(e, lib.TransportError):
            status = e.status_code if isinstance(e.status_code, int) else 0
            return ("down", 0, str(e)) if not status else ("api", status, str(e))
        return None

    def get(self, index: str, doc_id: str) -> dict[str, Any] | None:
        r = self.os.get(index=index, id=doc_id, ignore=404)
        return r if r.get("found") else None

    def put(self, index: str, doc_id: str, doc: dict[str, Any], *,
            seq: tuple[int, int] | None, refresh: str | bool = False,
            overwrite: bool = False) -> None:  # fmt: skip
        self.os.index(index=index, id=doc_id, body=doc, require_alias=True, refresh=refresh,
                      **_condition(seq, overwrite))  # fmt: skip

    def delete(self, index: str, doc_id: str, *, seq: tuple[int, int] | None = None,
               refresh: str | bool = False) -> bool:  # fmt: skip
        cond = _condition(seq, True)
        r = self.os.delete(index=index, id=doc_id, refresh=refresh, ignore=(404, 409), **cond)
        return r.get("result") == "deleted"

    def mget(self, index: str, ids: list[str]) -> list[dict[str, Any]]:
        return list(self.os.mget(index=index, body={"ids": ids})["docs"])

    def bulk(
        self, actions: Iterable[dict[str, Any]], *, chunk_size: int = 500
    ) -> Iterator[tuple[bool, dict[str, Any]]]:
        helpers = self._lib.helpers
        yield from helpers.streaming_bulk(self.os, actions, require_alias=True,
                                          chunk_size=chunk_size, **_BULK)  # fmt: skip

    def search(self, index: str, body: dict[str, Any]) -> dict[str, Any]:
        return self.os.search(index=index, body=body)

    def count(self, index: str, query: dict[str, Any]) -> int:
        return int(self.os.count(index=index, body={"query": query})["count"])

    def scan(self, index: str, query: dict[str, Any]) -> Iterator[dict[str, Any]]:
        yield from self._lib.helpers.scan(self.os, index=index, query={"query": query})

    def refresh(self, index: str) -> None:
        self.os.indices.refresh(index=index)

    def put_template(self, name: str, body: dict[str, Any]) -> None:
        self.os.indices.put_index_template(name=name, body=body)

    def get_template(self, name: str) -> dict[str, Any]:
        return self.os.indices.get_index_template(name=name)

    def template_versions(self, pattern: str) -> dict[str, int | None]:
        r = self.os.indices.get_index_template(name=pattern, ignore=404)
        return {t["name"]: t["index_template"].get("version") for t in r.get("index_templates", [])}

    def delete_by_query(self, index: str, query: dict[str, Any]) -> int:
        r = self.os.delete_by_query(index=index, body={"query": query}, refresh=True,
                                    conflicts="proceed")  # fmt: skip
        return int(r["deleted"])

    def alias_exists(self, name: str) -> bool:
        return bool(self.os.indices.exists_alias(name=name))

    def index_exists(self, index: str) -> bool:
        return bool(self.os.indices.exists(index=index))

    def create_index(self, index: str, aliases: dict[str, Any] | None = None) -> None:
        body = {"aliases": aliases} if aliases else None
        try:
            self.os.indices.create(index=index, body=body)
        except self._lib.RequestError as e:
            if "already_exists" not in str(e):
                raise

    def put_alias(self, index: str, name: str) -> None:
        self.os.indices.update_aliases(body={"actions": [_alias_actions(index, name)]})

    def delete_alias(self, index: str, name: str) -> None:
        self.os.indices.delete_alias(index=index, name=name)

    def get_alias(self, name: str) -> dict[str, Any]:
        return self.os.indices.get_alias(name=name)

    def update_aliases(self, actions: list[dict[str, Any]]) -> None:
        self.os.indices.update_aliases(body={"actions": actions})

    def put_index_settings(self, index: str, settings: dict[str, Any]) -> None:
        self.os.indices.put_settings(index=index, body=settings)

    def get_mapping(self, index: str) -> dict[str, Any]:
        return self.os.indices.get_mapping(index=index)

    def put_mapping(self, index: str, properties: dict[str, Any]) -> None:
        self.os.indices.put_mapping(index=index, body={"properties": properties})

    def reindex(self, body: dict[str, Any]) -> dict[str, Any]:
        return self.os.reindex(body=body, wait_for_completion=True, refresh=True)

    def delete_template(self, name: str) -> None:
        self.os.indices.delete_index_template(name=name, ignore=404)

    def delete_indices(self, pattern: str) -> None:
        self.os.indices.delete(index=pattern, ignore=404)

    def cat_indices(self, pattern: str) -> list[dict[str, Any]]:
        return list(self.os.cat.indices(index=pattern, format="json"))

    def cat_aliases(self, pattern: str) -> list[dict[str, Any]]:
        return list(self.os.cat.aliases(name=pattern, format="json"))

    def info(self) -> dict[str, Any]:
        return self.os.info()

    def put_cluster_settings(self, body: dict[str, Any]) -> None:
        self.os.cluster.put_settings(body=body)

    def ping(self) -> bool:
        try:
            return bool(self.os.ping())
        except Exception:
            return False

    def close(self) -> None:
        self.os.close()


def _node_class(spec: str | None) -> Any:
    if not spec:
        return None
    mod, _, name = spec.partition(":")
    try:
        return getattr(importlib.import_module(mod), name)
    except (ImportError, AttributeError) as e:
        raise StoreConfigError(f"ADSWEEP_ES_NODE_CLASS {spec!r} cannot be imported: {e}") from e


def make_client(engine: str, url: str, options: dict[str, Any]) -> EngineClient:
    """The client for ``engine`` on ``url`` (``scheme://host:port``) with neutral options:
    ``basic_auth``, ``api_key``, ``verify_certs``, ``ca_certs``, ``timeout``, ``node_class``."""
    if engine == "opensearch":
        return OpenSearchClient(url, **options)
    if engine == "elasticsearch":
        options = dict(options)
        options["node_class"] = _node_class(options.pop("node_class", None))
        return ElasticClient(url, **options)
    raise StoreConfigError(f"unknown engine {engine!r}; expected one of {', '.join(ENGINES)}")


def detect_engine(url: str, options: dict[str, Any]) -> str:
    """``opensearch`` or ``elasticsearch``, from the server's ``GET /``.

    Asked with opensearch-py, which speaks plain JSON to both (the Elasticsearch client would
    refuse an OpenSearch answer before we could read it).
    """
    probe = make_client("opensearch", url, options)
    try:
        with probe.errors():
            info = probe.info()
    finally:
        probe.close()
    return (
        "opensearch"
        if info.get("version", {}).get("distribution") == "opensearch"
        else ("elasticsearch")
    )
