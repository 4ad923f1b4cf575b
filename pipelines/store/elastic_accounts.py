"""Search-engine backend: the reviewer's records (users, saved views, review claims, audit view).

A mixin of :class:`pipelines.store.elastic.ElasticStore` (which provides ``_get``, ``_put``,
``_walk``, ``_errors``, ``alias`` and ``client``, the :class:`~pipelines.store.engine.EngineClient`
of Elasticsearch or OpenSearch); the mappings of ``users``, ``views`` and ``claims`` are in
``elastic_mappings`` with every other kind's. A claim is a document per hit id written with
``op_type=create`` or ``if_seq_no``: of two reviewers racing for one hit, the engine lets
exactly one write win.
"""

from __future__ import annotations

import hashlib
import time
from typing import Any

from pipelines.errors import ConflictError, StoreError
from pipelines.items import utcnow
from pipelines.store.elastic_mappings import stamp, unstamp
from pipelines.store.engine import EngineClient

__all__ = ["ElasticAccounts"]


class ElasticAccounts:
    """Users, saved views, claims and the filtered audit view on Elasticsearch or OpenSearch."""

    client: EngineClient

    # -- audit view ---------------------------------------------------------------------------
    def query_audit(
        self, *, action: str | list[str] | None = None, actor: str | None = None,
        hit_id: str | None = None, since: str | None = None, until: str | None = None,
        before: str | None = None, limit: int = 100,
    ) -> list[dict[str, Any]]:  # fmt: skip
        flt: list[dict[str, Any]] = []
        actions = [action] if isinstance(action, str) else list(action or [])
        if actions:
            flt.append({"terms": {"action": actions}})
        flt += [{"term": {k: v}} for k, v in (("actor", actor), ("hit_id", hit_id)) if v]
        rng = {k: v for k, v in (("gte", since), ("lt", until)) if v}
        if rng:
            flt.append({"range": {"at": rng}})
        body: dict[str, Any] = {"query": {"bool": {"filter": flt}}, "sort": [{"seq": "desc"}],
                                "size": max(1, min(int(limit), 1000))}  # fmt: skip
        if before:
            head = before.split("-", 1)[0]
            if not head.isdigit():
                raise StoreError(f"bad audit cursor {before[:20]!r}")
            body["search_after"] = [int(head)]  # ids start with the entry's seq
        with self._errors():
            if not before:  # entries appended a moment ago (no refresh on append) are the news
                self.client.refresh(self.alias("audit"))
            rows = self.client.search(self.alias("audit"), body)["hits"]["hits"]
        return [{"id": r["_id"], **{k: v for k, v in unstamp(r["_source"]).items() if k != "seq"}}
                for r in rows]  # fmt: skip

    # -- users ----------------------------------------------------------------------------------
    def put_user(self, user: dict[str, Any]) -> dict[str, Any]:
        if not user.get("name"):
            raise StoreError("a user needs a name")
        now = utcnow()
        doc = {"disabled": False, "session_epoch": 0, "created_at": now, **user, "version": 1}
        doc["updated_at"] = now
        try:
            self._put("users", doc["name"], doc, None, refresh=True)
        except ConflictError as e:
            raise ConflictError(f"用户 {doc['name']} 已存在") from e
        return doc

    def get_user(self, name: str) -> dict[str, Any] | None:
        got = self._get("users", name)
        return got[0] if got else None

    def update_user(
        self, name: str, *, expected_version: int | None = None, **fields: Any
    ) -> dict[str, Any]:
        got = self._get("users", name)
        if got is None:
            raise StoreError(f"no user {name}")
        doc = got[0]
        stale = ConflictError(f"用户 {name} 已被他人修改，请刷新后重试")
        if expected_version is not None and doc["version"] != expected_version:
            raise stale
        doc.update(fields, name=name, version=doc["version"] + 1, updated_at=utcnow())
        try:
            self._put("users", name, doc, got[1:], refresh=True)
        except ConflictError:
            raise stale from None
        return doc

    def list_users(self) -> list[dict[str, Any]]:
        return self._all_docs("users", {"match_all": {}}, [{"name": "asc"}])

    def _all_docs(self, kind: str, query: dict, sort: list) -> list[dict[str, Any]]:
        return [unstamp(h["_source"]) for h in self._walk(kind, {"query": query, "sort": sort})]

    # -- saved views ---------------------------------------------------------------------------
    @staticmethod
    def _view_id(owner: str, name: str) -> str:
        return hashlib.sha256(f"{owner}\x00{name}".encode()).hexdigest()[:32]

    def put_view(self, owner: str, name: str, query: str) -> dict[str, Any]:
        doc = {"owner": owner, "name": name, "query": query, "saved_at": utcnow()}
        with self._errors():
            self.client.put(self.alias("views"), self._view_id(owner, name), stamp("views", doc),
                            seq=None, refresh=True, overwrite=True)  # fmt: skip
        return doc

    def list_views(self, owner: str) -> list[dict[str, Any]]:
        return self._all_docs("views", {"term": {"owner": owner}}, [{"name": "asc"}])

    def delete_view(self, owner: str, name: str) -> bool:
        with self._errors():
            return self.client.delete(self.alias("views"), self._view_id(owner, name), refresh=True)

    # -- claims ----------------------------------------------------------------------------------
    def claim_hit(self, hit_id: str, holder: str, *, ttl: float, now: float | None = None) -> bool:
        now = time.time() if now is None else now
        doc = {"hit_id": hit_id, "holder": holder, "expires_at": now + ttl}
        for _ in range(3):
            got = self._get("claims", hit_id)
            if got and got[0]["holder"] != holder and got[0]["expires_at"] > now:
                return False
            try:
                self._put("claims", hit_id, doc, got[1:] if got else None, refresh=True)
                return True
            except ConflictError:
                continue  # someone wrote the claim between our read and write: look again
        return False

    def release_claim(self, hit_id: str, holder: str) -> None:
        got = self._get("claims", hit_id)
        if not got or got[0]["holder"] != holder:
            return
        with self._errors():
            self.client.delete(self.alias("claims"), hit_id, seq=got[1:], refresh=True)

    def active_claims(self, now: float | None = None) -> dict[str, str]:
        now = time.time() if now is None else now
        docs = self._all_docs("claims", {"range": {"expires_at": {"gt": now}}}, [{"hit_id": "asc"}])
        return {d["hit_id"]: d["holder"] for d in docs}
