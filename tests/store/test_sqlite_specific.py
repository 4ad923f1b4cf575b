"""SQLite-only behaviour: migrations on open, the append-only audit table, many writers."""

from __future__ import annotations

import json
import sqlite3

import pytest
from storefactory import make_hit

from pipelines.store import open_store
from pipelines.store.query import HitQuery
from pipelines.store.sqlite_schema import SCHEMA_VERSION

DRAFT = """
CREATE TABLE hits (id TEXT PRIMARY KEY, url TEXT NOT NULL, status TEXT NOT NULL, platform TEXT,
    host TEXT, shop TEXT, severity TEXT, score REAL, run_id TEXT, first_seen TEXT,
    last_seen TEXT, assignee TEXT, version INTEGER NOT NULL, doc TEXT NOT NULL);
CREATE INDEX hits_status_score ON hits(status, score DESC);
CREATE TABLE hit_categories (hit_id TEXT NOT NULL, category TEXT NOT NULL,
    PRIMARY KEY (hit_id, category));
CREATE TABLE pages (url TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE runs (id TEXT PRIMARY KEY, started_at TEXT, doc TEXT NOT NULL);
CREATE TABLE audit (seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT, actor TEXT, action TEXT,
    hit_id TEXT, doc TEXT);
"""


def test_a_draft_database_is_migrated_on_open(tmp_path):
    path = tmp_path / "draft.db"
    db = sqlite3.connect(path)
    db.executescript(DRAFT)
    hit = make_hit(1, status="confirmed", version=4)
    db.execute("INSERT INTO hits VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
               (hit.id, hit.url, hit.status, hit.platform, hit.host, hit.shop, hit.severity,
                hit.score, hit.run_id, hit.first_seen, hit.last_seen, None, 4,
                json.dumps(hit.to_dict(), ensure_ascii=False)))  # fmt: skip
    db.execute("INSERT INTO audit(at, actor, action, hit_id, doc) VALUES "
               "('2026-11-20T00:00:00Z', '张三', 'status', ?, '{}')", (hit.id,))  # fmt: skip
    db.execute("INSERT INTO runs VALUES ('r1', '2026-11-20T00:00:00Z', '{\"id\": \"r1\"}')")
    db.commit()
    db.close()
    with open_store(f"sqlite:///{path}") as store:
        assert store.migrations_applied == [1, 2]
        got = store.get_hit(hit.id)
        assert got.status == "confirmed" and got.version == 4
        assert store.query(HitQuery(text="包过", status="confirmed")).total == 1
        assert store.count_hits(category="certificate_sale", rule="CS-001") == 1
        assert [e["actor"] for e in store.iter_audit()] == ["张三"]
        assert store.get_run("r1") == {"id": "r1"}
    with open_store(f"sqlite:///{path}") as store:
        assert store.migrations_applied == []
    v = sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0]
    assert v == SCHEMA_VERSION


def test_audit_rows_cannot_be_changed_or_deleted(tmp_path):
    url = f"sqlite:///{tmp_path / 'a.db'}"
    with open_store(url) as store:
        store.append_audit("login", actor="张三")
    db = sqlite3.connect(tmp_path / "a.db")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE audit_log SET actor='李四'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("DELETE FROM audit_log")
