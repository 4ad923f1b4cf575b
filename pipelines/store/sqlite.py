"""SQLite backend: the embedded default (one file, WAL, safe for one crawl + one reviewer)."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pipelines.hit import STATUSES, Hit
from pipelines.items import utcnow
from pipelines.store.base import Store, merge_hit
from pipelines.store.errors import ConflictError, StoreConfigError, StoreError

__all__ = ["SQLiteStore"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS hits (
    id TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    status TEXT NOT NULL,
    platform TEXT,
    host TEXT,
    shop TEXT,
    severity TEXT,
    score REAL,
    run_id TEXT,
    first_seen TEXT,
    last_seen TEXT,
    assignee TEXT,
    version INTEGER NOT NULL,
    doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS hits_status_score ON hits(status, score DESC);
CREATE TABLE IF NOT EXISTS hit_categories (
    hit_id TEXT NOT NULL, category TEXT NOT NULL, PRIMARY KEY (hit_id, category)
);
CREATE TABLE IF NOT EXISTS pages (url TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (id TEXT PRIMARY KEY, started_at TEXT, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS audit (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT, actor TEXT, action TEXT,
    hit_id TEXT, doc TEXT
);
"""


class SQLiteStore(Store):
    """Hits as JSON documents plus indexed columns for the queue's filters."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.url = f"sqlite:///{self.path}"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as e:
            raise StoreConfigError(f"cannot open SQLite store at {self.path}: {e}") from e
        self._lock = threading.RLock()

    @classmethod
    def from_url(cls, url: str) -> SQLiteStore:
        if not url.startswith("sqlite:///"):
            raise StoreConfigError(f"SQLite store URL must look like sqlite:///path, got {url!r}")
        return cls(url[len("sqlite:///") :])

    # -- hits -------------------------------------------------------------------------------
    def _write_hit(self, hit: Hit) -> None:
        doc = json.dumps(hit.to_dict(), ensure_ascii=False)
        self._db.execute(
            "INSERT OR REPLACE INTO hits VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                hit.id,
                hit.url,
                hit.status,
                hit.platform,
                hit.host,
                hit.shop,
                hit.severity,
                hit.score,
                hit.run_id,
                hit.first_seen,
                hit.last_seen,
                hit.assignee,
                hit.version,
                doc,
            ),
        )
        self._db.execute("DELETE FROM hit_categories WHERE hit_id=?", (hit.id,))
        self._db.executemany(
            "INSERT INTO hit_categories VALUES (?,?)", [(hit.id, c) for c in hit.categories]
        )

    def upsert_hit(self, hit: Hit) -> Hit:
        with self._lock, self._db:
            merged = merge_hit(self.get_hit(hit.id), hit)
            self._write_hit(merged)
        return merged

    def get_hit(self, hit_id: str) -> Hit | None:
        row = self._db.execute("SELECT doc FROM hits WHERE id=?", (hit_id,)).fetchone()
        return Hit.from_dict(json.loads(row[0])) if row else None

    def _where(self, filters: dict[str, Any]) -> tuple[str, list[Any]]:
        clauses, args = [], []
        for key in ("status", "platform", "host", "shop", "severity", "run_id", "assignee"):
            if filters.get(key):
                clauses.append(f"{key}=?")
                args.append(filters[key])
        if filters.get("category"):
            clauses.append("id IN (SELECT hit_id FROM hit_categories WHERE category=?)")
            args.append(filters["category"])
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", args

    def iter_hits(self, **filters: Any) -> Iterator[Hit]:
        where, args = self._where(filters)
        cur = self._db.execute(f"SELECT doc FROM hits{where} ORDER BY first_seen, id", args)
        while rows := cur.fetchmany(500):
            for (doc,) in rows:
                yield Hit.from_dict(json.loads(doc))

    def count_hits(self, **filters: Any) -> int:
        where, args = self._where(filters)
        return self._db.execute(f"SELECT count(*) FROM hits{where}", args).fetchone()[0]

    def touch_hit(self, hit_id: str, seen_at: str, run_id: str = "") -> bool:
        with self._lock, self._db:
            hit = self.get_hit(hit_id)
            if hit is None:
                return False
            hit.last_seen = max(hit.last_seen, seen_at)
            hit.version += 1
            self._write_hit(hit)
        return True

    def set_status(
        self,
        hit_id: str,
        status: str,
        *,
        actor: str,
        expected_version: int | None = None,
        note: str = "",
        at: str | None = None,
    ) -> Hit:
        if status not in STATUSES:
            raise StoreError(f"unknown status {status!r}; expected one of {', '.join(STATUSES)}")
        at = at or utcnow()
        with self._lock, self._db:
            hit = self.get_hit(hit_id)
            if hit is None:
                raise StoreError(f"no hit {hit_id}")
            if expected_version is not None and expected_version != hit.version:
                raise ConflictError(
                    f"hit {hit_id} changed (version {hit.version}, you had {expected_version})"
                )
            entry = {"at": at, "actor": actor, "from": hit.status, "to": status, "note": note}
            hit.history.append(entry)
            hit.status, hit.status_changed_at = status, at
            hit.version += 1
            self._write_hit(hit)
            self._db.execute(
                "INSERT INTO audit(at, actor, action, hit_id, doc) VALUES (?,?,?,?,?)",
                (at, actor, "status", hit_id, json.dumps(entry, ensure_ascii=False)),
            )
        return hit

    # -- pages ------------------------------------------------------------------------------
    def get_page(self, url: str) -> dict[str, Any] | None:
        row = self._db.execute("SELECT doc FROM pages WHERE url=?", (url,)).fetchone()
        return json.loads(row[0]) if row else None

    def put_page(self, url: str, **state: Any) -> None:
        with self._lock, self._db:
            old = self.get_page(url) or {}
            old.update(state, url=url)
            self._db.execute(
                "INSERT OR REPLACE INTO pages VALUES (?,?)",
                (url, json.dumps(old, ensure_ascii=False)),
            )

    # -- runs -------------------------------------------------------------------------------
    def start_run(self, run: dict[str, Any]) -> None:
        with self._lock, self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO runs VALUES (?,?,?)",
                (run["id"], run.get("started_at", utcnow()), json.dumps(run, ensure_ascii=False)),
            )

    def finish_run(self, run_id: str, **fields: Any) -> None:
        with self._lock, self._db:
            run = self.get_run(run_id) or {"id": run_id}
            run.update(fields)
            self._db.execute(
                "INSERT OR REPLACE INTO runs VALUES (?,?,?)",
                (run_id, run.get("started_at", ""), json.dumps(run, ensure_ascii=False)),
            )

    def get_run(self, run_id: str) -> dict[str, Any] | None:
        row = self._db.execute("SELECT doc FROM runs WHERE id=?", (run_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def list_runs(self, limit: int = 50) -> list[dict[str, Any]]:
        rows = self._db.execute(
            "SELECT doc FROM runs ORDER BY started_at DESC LIMIT ?", (limit,)
        ).fetchall()
        return [json.loads(r[0]) for r in rows]

    def close(self) -> None:
        self._db.close()
