"""SQLite backend, part three: the reviewer's records (users, saved views, review claims).

A mixin of :class:`pipelines.store.sqlite.SQLiteStore` like ``sqlite_records``. Claims are rows
keyed by hit id with an expiry; taking one is a single ``INSERT … ON CONFLICT DO UPDATE … WHERE``
inside ``BEGIN IMMEDIATE``, so two reviewers (threads or processes) never both win.
"""

from __future__ import annotations

import json
import sqlite3
import time
from typing import Any

from pipelines.errors import ConflictError, StoreError
from pipelines.items import utcnow

__all__ = ["SQLiteAccounts"]


def _dumps(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False)


class SQLiteAccounts:
    """Users, saved views and claims (schema version 4)."""

    _db: sqlite3.Connection

    # -- users ----------------------------------------------------------------------------------
    def put_user(self, user: dict[str, Any]) -> dict[str, Any]:
        if not user.get("name"):
            raise StoreError("a user needs a name")
        now = utcnow()
        doc = {"disabled": False, "session_epoch": 0, "created_at": now, **user, "version": 1}
        doc["updated_at"] = now
        try:
            with self._tx() as db:
                db.execute("INSERT INTO users VALUES (?,?,?)", (doc["name"], 1, _dumps(doc)))
        except sqlite3.IntegrityError as e:
            raise ConflictError(f"用户 {doc['name']} 已存在") from e
        return doc

    def get_user(self, name: str) -> dict[str, Any] | None:
        rows = self._all("SELECT doc FROM users WHERE name=?", (name,))
        return json.loads(rows[0][0]) if rows else None

    def update_user(
        self, name: str, *, expected_version: int | None = None, **fields: Any
    ) -> dict[str, Any]:
        with self._tx() as db:
            row = db.execute("SELECT doc FROM users WHERE name=?", (name,)).fetchone()
            if row is None:
                raise StoreError(f"no user {name}")
            doc = json.loads(row[0])
            if expected_version is not None and doc["version"] != expected_version:
                raise ConflictError(f"用户 {name} 已被他人修改，请刷新后重试")
            doc.update(fields, name=name, version=doc["version"] + 1, updated_at=utcnow())
            db.execute(
                "UPDATE users SET version=?, doc=? WHERE name=?",
                (doc["version"], _dumps(doc), name),
            )
        return doc

    def list_users(self) -> list[dict[str, Any]]:
        rows = self._all("SELECT doc FROM users ORDER BY name")
        return [json.loads(r[0]) for r in rows]

    # -- saved views ---------------------------------------------------------------------------
    def put_view(self, owner: str, name: str, query: str) -> dict[str, Any]:
        doc = {"owner": owner, "name": name, "query": query, "saved_at": utcnow()}
        with self._tx() as db:
            db.execute("INSERT OR REPLACE INTO saved_views VALUES (?,?,?)",
                       (owner, name, _dumps(doc)))  # fmt: skip
        return doc

    def list_views(self, owner: str) -> list[dict[str, Any]]:
        rows = self._all("SELECT doc FROM saved_views WHERE owner=? ORDER BY name", (owner,))
        return [json.loads(r[0]) for r in rows]

    def delete_view(self, owner: str, name: str) -> bool:
        with self._tx() as db:
            cur = db.execute("DELETE FROM saved_views WHERE owner=? AND name=?", (owner, name))
        return cur.rowcount > 0

    # -- claims ----------------------------------------------------------------------------------
    def claim_hit(self, hit_id: str, holder: str, *, ttl: float, now: float | None = None) -> bool:
        now = time.time() if now is None else now
        with self._tx() as db:
            cur = db.execute(
                "INSERT INTO claims VALUES (?,?,?) ON CONFLICT(hit_id) DO UPDATE SET"
                " holder=excluded.holder, expires_at=excluded.expires_at"
                " WHERE claims.holder=excluded.holder OR claims.expires_at <= ?",
                (hit_id, holder, now + ttl, now),
            )
            if cur.rowcount:  # keep the table small: forget claims expired an hour ago
                db.execute("DELETE FROM claims WHERE expires_at <= ?", (now - 3600,))
        return cur.rowcount > 0

    def release_claim(self, hit_id: str, holder: str) -> None:
        with self._tx() as db:
            db.execute("DELETE FROM claims WHERE hit_id=? AND holder=?", (hit_id, holder))

    def active_claims(self, now: float | None = None) -> dict[str, str]:
        now = time.time() if now is None else now
        rows = self._all("SELECT hit_id, holder FROM claims WHERE expires_at > ?", (now,))
        return dict(rows)
