"""The two search-engine clients behind one small interface: Elasticsearch and OpenSearch.

The store builds every request body once (``elastic_mappings``: templates, queries, sorts,
aggregations, highlights are the same JSON on both engines) and sends it through an
:class:`EngineClient`. Two implementations, because neither official client talks to the other
engine: ``elasticsearch`` (8.13+/9.x) refuses any server that does not send
``X-Elastic-Product: Elasticsearch`` (OpenSearch does not), and OpenSearch answers 406 to its
``compatible-with`` media type; ``opensearch-py`` speaks plain JSON.

Which one a URL gets: ``?engine=opensearch|elasticsearch`` in the store URL, otherwise a probe of
``GET /`` (``version.distribution == "opensearch"`` → OpenSearch; Elasticsearch has no
``distribution``). Errors of both clients become the store's errors in :meth:`errors`.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit

from pipelines.errors import ConflictError, StoreError, StoreUnavailable

__all__ = ["ENGINES", "EngineClient", "without_password", "write_block"]

ENGINES = ("elasticsearch", "opensearch")


def write_block(status: int, text: str) -> bool:
    """403 because writes are blocked for now (disk watermark, read-only index), not a login."""
    return status == 403 and any(s in text for s in ("cluster_block_exception", "read_only"))


class EngineClient(ABC):
    """What the store asks of a search engine; every body is engine-neutral JSON."""

    engine: str
    url: str

    # -- documents ----------------------------------------------------------------------------
    @abstractmethod
    def get(self, index: str, doc_id: str) -> dict[str, Any] | None:
        """``{_source, _seq_no, _primary_term, …}`` or None when there is no such document."""

    @abstractmethod
    def put(
        self, index: str, doc_id: str, doc: dict[str, Any], *,
        seq: tuple[int, int] | None, refresh: str | bool = False, overwrite: bool = False,
    ) -> None:  # fmt: skip
        """Create (``seq`` None, ``op_type=create``) or replace at exactly ``seq``; with
        ``overwrite`` write whatever is there (a record only its owner writes, e.g. a saved
        view). The index must be an alias (``require_alias``)."""

    @abstractmethod
    def delete(
        self, index: str, doc_id: str, *, seq: tuple[int, int] | None = None,
        refresh: str | bool = False,
    ) -> bool:  # fmt: skip
        """Delete (at exactly ``seq`` when given); False when it was gone or had changed."""

    @abstractmethod
    def mget(self, index: str, ids: list[str]) -> list[dict[str, Any]]:
        """The documents by id (``found`` false for missing ones), whole ``_source``: excluding
        fields makes the engine parse and re-encode every source (3x the engine's CPU for a
        batch's read, measured on the node), for less than it saves us in decoding."""

    @abstractmethod
    def bulk(
        self, actions: Iterable[dict[str, Any]], *, chunk_size: int = 500
    ) -> Iterator[tuple[bool, dict[str, Any]]]:
        """``streaming_bulk`` of the client's helpers: (ok, item) per action, never raising on
        an item's error; ``chunk_size`` actions per request. An action's ``_source`` may be a
        JSON string, sent as it is."""

    @abstractmethod
    def search(self, index: str, body: dict[str, Any]) -> dict[str, Any]: ...

    @abstractmethod
    def count(self, index: str, query: dict[str, Any]) -> int: ...

    @abstractmethod
    def scan(self, index: str, query: dict[str, Any]) -> Iterator[dict[str, Any]]: ...

    # -- indices ------------------------------------------------------------------------------
    @abstractmethod
    def refresh(self, index: str) -> None: ...

    @abstractmethod
    def put_template(self, name: str, body: dict[str, Any]) -> None: ...

    @abstractmethod
    def get_template(self, name: str) -> dict[str, Any]: ...

    @abstractmethod
    def template_versions(self, pattern: str) -> dict[str, int | None]:
        """``version`` of each index template matching ``pattern`` ({} when none)."""

    @abstractmethod
    def delete_by_query(self, index: str, query: dict[str, Any]) -> int:
        """Delete matching documents (refreshing afterwards); returns how many."""

    @abstractmethod
    def alias_exists(self, name: str) -> bool: ...

    @abstractmethod
    def index_exists(self, index: str) -> bool: ...

    @abstractmethod
    def create_index(self, index: str, aliases: dict[str, Any] | None = None) -> None:
        """Create from the matching template; an index that already exists is not an error."""

    @abstractmethod
    def put_alias(self, index: str, name: str) -> None:
        """Point ``name`` at ``index`` as its write index."""

    @abstractmethod
    def delete_alias(self, index: str, name: str) -> None: ...

    @abstractmethod
    def get_alias(self, name: str) -> dict[str, Any]: ...

    @abstractmethod
    def update_aliases(self, actions: list[dict[str, Any]]) -> None: ...

    @abstractmethod
    def put_index_settings(self, index: str, settings: dict[str, Any]) -> None: ...

    @abstractmethod
    def get_mapping(self, index: str) -> dict[str, Any]: ...

    @abstractmethod
    def put_mapping(self, index: str, properties: dict[str, Any]) -> None:
        """Add fields to an existing index's mapping (additive changes only)."""

    @abstractmethod
    def reindex(self, body: dict[str, Any]) -> dict[str, Any]:
        """Server-side ``_reindex``, waiting for completion and refreshing the target."""

    @abstractmethod
    def delete_template(self, name: str) -> None:
        """Delete an index template; a missing one is not an error."""

    @abstractmethod
    def delete_indices(self, pattern: str) -> None:
        """Delete every index matching ``pattern``; none matching is not an error."""

    @abstractmethod
    def cat_indices(self, pattern: str) -> list[dict[str, Any]]:
        """``_cat/indices`` rows (``index``, ``docs.count``, ``health``, ``store.size``)."""

    @abstractmethod
    def cat_aliases(self, pattern: str) -> list[dict[str, Any]]: ...

    # -- cluster --------------------------------------------------------------------------------
    @abstractmethod
    def info(self) -> dict[str, Any]: ...

    @abstractmethod
    def put_cluster_settings(self, body: dict[str, Any]) -> None: ...

    @abstractmethod
    def ping(self) -> bool: ...

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def _classify(self, e: Exception) -> tuple[str, int, str] | None:
        """("down" | "api", HTTP status, text) for the client's own exceptions, else None."""

    @contextmanager
    def errors(self) -> Iterator[None]:
        """The client's exceptions as store errors: down/429/5xx/write block → StoreUnavailable
        (spool and retry), 409 → ConflictError, any other answer → StoreError."""
        try:
            yield
        except StoreError:
            raise
        except Exception as e:
            kind = self._classify(e)
            if kind is None:
                raise
            what, status, text = kind
            name = "OpenSearch" if self.engine == "opensearch" else "Elasticsearch"
            if what == "down":
                raise StoreUnavailable(f"{name} {self.url} unreachable: {e}") from e
            if status == 429 or status >= 500 or write_block(status, text):
                raise StoreUnavailable(f"{name} {self.url} refused: {e}") from e
            if status == 409:
                raise ConflictError(str(e)) from e
            raise StoreError(f"{name} {self.url}: {e}") from e


def without_password(url: str) -> str:
    parts = urlsplit(url)
    if not parts.password:
        return url
    return url.replace(f":{parts.password}@", ":***@", 1)
