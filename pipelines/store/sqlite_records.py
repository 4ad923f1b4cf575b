"""SQLite backend, part two: audit log, notices, runs and page states.

A mixin of :class:`pipelines.store.sqlite.SQLiteStore` (which provides ``_tx``, ``_all`` and the
connection); kept apart so each module stays readable.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from pipelines.errors import ConflictError, StoreError
from pipelines.items import utcnow

__all__ = ["SQLiteRecords"]


class SQLiteRecords:
    """Everything but hits; the audit table refuses UPDATE and DELETE by trigger."""

    _db: sqlite3.Connection

    # -- audit ------------------------------------------------------------------------------------
    def _audit(self, action: str, actor: str, hit_id: str | None, detail: dict, at: str) -> int:
        cur = self._db.execute(
            "INSERT INTO audit_log(at, actor, action, hit_id, doc) VALUES (?,?,?,?,?)",
            (at, actor, action, hit_id, json.dumps(detail, ensure_ascii=False)),
        )
        return int(cur.lastrowid or 0)

    def append_audit(
        self, action: str, *, actor: str, hit_id: str | None = None,
        detail: dict[str, Any] | None = None, at: str | None = None,
    ) -> dict[str, Any]:  # fmt: skip
        at = at or utcnow()
        with self._tx():
            seq = self._audit(action, actor, hit_id, detail or {}, at)
        return {"id": str(seq), "at": at, "actor": actor, "action": action, "hit_id": hit_id,
                "detail": detail or {}}  # fmt: skip

    def iter_audit(
        self, *, hit_id: str | None = None, actor: str | None = None, limit: int | None = None
    ) -> Iterator[dict[str, Any]]:
        clauses, args = [], []
        for col, val in (("hit_id", hit_id), ("actor", actor)):
            if val:
                clauses.append(f"{col}=?")
                args.append(val)
        sql = "SELECT seq, at, actor, action, hit_id, doc FROM audit_log"
        sql += (" WHERE " + " AND ".join(clauses)) if clauses else ""
        sql += " ORDER BY seq" + (f" LIMIT {int(limit)}" if limit else "")
        for seq, at, actor_, action, hid, doc in self._all(sql, args):
            yield {"id": str(seq), "at": at, "actor": actor_, "action": action, "hit_id": hid,
                   "detail": json.loads(doc)}  # fmt: skip

    def query_audit(
        self, *, action: str | list[str] | None = None, actor: str | None = None,
        hit_id: str | None = None, since: str | None = None, until: str | None = None,
        before: str | None = None, limit: int = 100,
    ) -> list[dict[str, Any]]:  # fmt: skip
        clauses, args = [], []
        actions = [action] if isinstance(action, str) else list(action or [])
        if actions:
            clauses.append(f"action IN ({','.join('?' * len(actions))})")
            args += actions
        for sql, val in (("actor=?", actor), ("hit_id=?", hit_id), ("at>=?", since),
                         ("at<?", until)):  # fmt: skip
            if val:
                clauses.append(sql)
                args.append(val)
        if before:
            if not before.isdigit():
                raise StoreError(f"bad audit cursor {before[:20]!r}")
            clauses.append("seq<?")
            args.append(int(before))
        sql = "SELECT seq, at, actor, action, hit_id, doc FROM audit_log"
        sql += (" WHERE " + " AND ".join(clauses)) if clauses else ""
        sql += " ORDER BY seq DESC LIMIT ?"
        rows = self._all(sql, [*args, max(1, min(int(limit), 1000))])
        return [{"id": str(seq), "at": at, "actor": a, "action": act, "hit_id": hid,
                 "detail": json.loads(doc)} for seq, at, a, act, hid, doc in rows]  # fmt: skip

    # -- notices ----------------------------------------------------------------------------------
    def put_notice(self, notice: dict[str, Any]) -> dict[str, Any]:
        doc = {"created_at": utcnow(), "status": "draft", **notice, "version": 1}
        if not doc.get("id"):
            raise StoreError("a notice needs an id")
        try:
            with self._tx() as db:
                db.execute(
                    "INSERT INTO notices VALUES (?,?,?,?,?,?)",
                    (doc["id"], doc.get("hit_id"), doc["status"], doc["created_at"], 1,
                     json.dumps(doc, ensure_ascii=False)),
                )  # fmt: skip
        except sqlite3.IntegrityError as e:
            raise ConflictError(f"通知书 {doc['id']} 已存在") from e
        return doc

    def get_notice(self, notice_id: str) -> dict[str, Any] | None:
        rows = self._all("SELECT doc FROM notices WHERE id=?", (notice_id,))
        return json.loads(rows[0][0]) if rows else None

    def update_notice(self, notice_id: str, *, expected_version: int, **fields: Any) -> dict:
        with self._tx() as db:
            row = db.execute("SELECT doc FROM notices WHERE id=?", (notice_id,)).fetchone()
            if row is None:
                raise StoreError(f"no notice {notice_id}")
            doc = json.loads(row[0])
            if doc["version"] != expected_version:
                raise ConflictError(
                    f"通知书 {notice_id} 已被他人修改（当前版本 {doc['version']}，"
                    f"您提交的版本 {expected_version}），请刷新后重试"
                )
            doc.update(fields, id=notice_id, version=doc["version"] + 1)
            db.execute(
                "UPDATE notices SET hit_id=?, status=?, version=?, doc=? WHERE id=?",
                (doc.get("hit_id"), doc.get("status"), doc["version"],
                 json.dumps(doc, ensure_ascii=False), notice_id),
            )  # fmt: skip
        return doc

    def list_notices(self, **filters: Any) -> list[dict[str, Any]]:
        rows = self._all("SELECT doc FROM notices ORDER BY created_at DESC, id DESC")
        docs = (json.loads(r[0]) for r in rows)
        return [d for d in docs if all(d.get(k) == v for k, v in filters.items())]

    # -- document numbers -------------------------------------------------------------------------
    def next_number(self, series: str) -> int:
        """One ``UPDATE … RETURNING`` in a ``BEGIN IMMEDIATE`` transaction: never handed out twice."""
        if not series:
            raise StoreError("a number series needs a name")
        with self._tx() as db:
            # Created here rather than in a migration, so the counter stays one small method.
            db.execute(
                "CREATE TABLE IF NOT EXISTS number_series (series TEXT PRIMARY KEY,"
                " value INTEGER NOT NULL)"
            )
            db.execute("INSERT OR IGNORE INTO number_series VALUES (?, 0)", (series,))
            (value,) = db.execute(
                "UPDATE number_series SET value = value + 1 WHERE series=? RETURNING value",
                (series,),
            ).fetchone()
        return int(value)

    # -- pages ------------------------------------------------------------------------------------
    def get_page(self, url: str) -> dict[str, Any] | None:
        rows = self._all("SELECT doc FROM pages WHERE url=?", (url,))
        return json.loads(rows[0][0]) if rows else None

    def put_page(self, url: str, **state: Any) -> None:
        with self._tx() as db:
            row = db.execute("SELECT doc FROM pages WHERE url=?", (url,)).fetchone()
            doc = json.loads(row[0]) if row else {}
            doc.update(state, url=url)
            db.execute(
                "INSERT OR REPLACE INTO pages VALUES (?,?)",
                (url, json.dumps(doc, ensure_ascii=False)),
            )

    # -- runs -------------------------------------------------------------------------------------
    def start_run(self, run: dict[str, Any]) -> None:
        run = {"started_at": utcnow(), **run}
        with self._tx() as db:
            db.execute(
                "INSERT OR REPLACE INTO runs VALUES (?,?,?)",
                (run["id"], run["started_at"], json.dumps(run, ensure_ascii=False)),
            )

    def finish_run(self, run_id: str, **fields: Any) -> None:
        with self._tx() as db:
            row = db.execute("SELECT doc FROM runs WHERE id=?", (run_id,)).fetchone()
            run = json.loads(row[0]) if row else {"id": run_id}
            run.update(fields)
            db.execute(
                "INSERT OR REPLACE INTO runs VALUES (?,?,?)",
                (run_id, run.get("started_at", ""), json.dumps(run, ensure_ascii=False)),
            )

    def get_run(self, run_id: str) -> dict[str, Any] | None:
        rows = self._all("SELECT doc FROM runs WHERE id=?", (run_id,))
        return json.loads(rows[0][0]) if rows else None

    def list_runs(self, limit: int = 50) -> list[dict[str, Any]]:
        rows = self._all("SELECT doc FROM runs ORDER BY started_at DESC LIMIT ?", (limit,))
        return [json.loads(r[0]) for r in rows]
