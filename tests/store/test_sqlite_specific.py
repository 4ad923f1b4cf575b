"""SQLite-only behaviour: migrations on open, the append-only audit table, many writers."""

from __future__ import annotations

import json
import re
import sqlite3

import pytest

from pipelines.store import open_store
from pipelines.store.query import HitQuery
from pipelines.store.sqlite_schema import SCHEMA_VERSION
from tests.store.storefactory import finding, make_hit

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
        assert store.migrations_applied == [1, 2, 3, 4, 5]
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


#: What a version-2 database has that version 3 dropped or narrowed.
V2_EXTRAS = """
CREATE TABLE hit_categories (rid INTEGER NOT NULL, category TEXT NOT NULL,
    PRIMARY KEY (category, rid)) WITHOUT ROWID;
CREATE INDEX hit_categories_rid ON hit_categories(rid);
CREATE INDEX hits_platform ON hits(platform, score DESC);
DROP INDEX hits_assignee;
CREATE INDEX hits_assignee ON hits(assignee, status, score DESC);
INSERT INTO hit_categories SELECT rid, 'certificate_sale' FROM hits;
PRAGMA user_version=2;
"""


def _schema(path) -> set[str]:
    db = sqlite3.connect(path)
    try:
        return {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
    finally:
        db.close()


def test_a_version_2_database_moves_to_version_3(tmp_path):
    path = tmp_path / "v2.db"
    with open_store(f"sqlite:///{path}") as store:
        store.upsert_hits(
            [
                make_hit(1, categories=["certificate_sale", "exam_fraud"]),
                make_hit(2, platform="xianyu"),
            ]
        )
        store.assign(make_hit(1).id, "张三", actor="李四")
    db = sqlite3.connect(path)
    db.executescript(V2_EXTRAS)
    db.close()
    assert {"hit_categories", "hits_platform"} <= _schema(path)
    with open_store(f"sqlite:///{path}") as store:
        assert store.migrations_applied == [3, 4, 5]
        assert store.facets(HitQuery(), ["category", "platform"]) == {
            "category": {"certificate_sale": 2, "exam_fraud": 1},
            "platform": {"taobao": 1, "xianyu": 1},
        }
        assert store.count_hits(assignee="张三") == 1
        assert store.count_hits(platform="xianyu", category="certificate_sale") == 1
        store.upsert_hit(make_hit(2, categories=["fake_portal"]))  # a re-crawl still merges
        assert store.count_hits(category="fake_portal") == 1
    assert not {"hit_categories", "hit_categories_rid", "hits_platform"} & _schema(path)
    sql = (
        sqlite3.connect(path)
        .execute("SELECT sql FROM sqlite_master WHERE name='hits_assignee'")
        .fetchone()[0]
    )
    assert "WHERE assignee IS NOT NULL" in sql


def test_assigned_hits_are_found_through_the_partial_index(tmp_path):
    """The assignee index only holds assigned hits; the planner must still use it."""
    with open_store(f"sqlite:///{tmp_path / 'p.db'}") as store:
        store.upsert_hits([make_hit(n) for n in range(30)])
        store.assign(make_hit(7).id, "张三", actor="李四")
        assert [h.id for h in store.query(HitQuery(assignee="张三")).hits] == [make_hit(7).id]
        plan = store._db.execute(
            "EXPLAIN QUERY PLAN SELECT rid FROM hits h WHERE h.assignee IN (?)", ("张三",)
        ).fetchall()
        assert "hits_assignee" in " ".join(r[-1] for r in plan)


def test_a_version_3_database_gains_the_reviewer_tables_and_sellers(tmp_path):
    path = tmp_path / "v3.db"
    with open_store(f"sqlite:///{path}") as store:
        store.upsert_hits([make_hit(1, seller="老王"), make_hit(2, seller="小李"), make_hit(3)])
    db = sqlite3.connect(path)
    db.executescript("""
        DROP INDEX hits_seller; ALTER TABLE hits DROP COLUMN seller;
        DROP TABLE users; DROP TABLE saved_views; DROP TABLE claims; DROP INDEX audit_action;
        PRAGMA user_version=3;
    """)
    db.close()
    with open_store(f"sqlite:///{path}") as store:
        assert store.migrations_applied == [4, 5]
        assert store.count_hits(seller="老王") == 1  # filled in from the stored documents
        store.put_user({"name": "zhang", "role": "reviewer"})
        assert store.claim_hit("h", "zhang", ttl=10)


def test_a_reader_that_outlives_the_store_gets_a_store_error(tmp_path):
    """The reviewer's facet refresh thread may ask after shutdown closed the store: it must get
    the store's own error (which it logs), not sqlite3's."""
    from pipelines.store import StoreError

    store = open_store(f"sqlite:///{tmp_path / 's.db'}")
    store.upsert_hits([make_hit(1)])
    assert store.count_hits() == 1
    store.close()
    with pytest.raises(StoreError, match="is closed"):
        store.count_hits()
    with pytest.raises(StoreError, match="is closed"):
        store.facets(HitQuery(), ["platform"])


def test_a_version_3_database_gets_the_packs_of_its_stored_findings(tmp_path):
    """Findings stored before packs existed count as special-ops; newer ones keep theirs."""
    path = tmp_path / "v3.db"
    ad = {**finding("GP-101", "guarantee_promise").to_dict(), "pack": "training-ads"}
    old = {k: v for k, v in finding().to_dict().items() if k != "pack"}
    with open_store(f"sqlite:///{path}") as store:
        store.upsert_hits([make_hit(1, findings=[old]), make_hit(2, findings=[ad, old])])
    db = sqlite3.connect(path)
    db.executescript("DROP TABLE hit_packs; PRAGMA user_version=3;")
    db.close()
    with open_store(f"sqlite:///{path}") as store:
        assert store.migrations_applied == [4, 5]
        assert store.facets(HitQuery(), ["pack"]) == {"pack": {"special-ops": 2, "training-ads": 1}}
        assert {h.id for h in store.query(HitQuery(pack="training-ads")).hits} == {make_hit(2).id}


def _memory(db: sqlite3.Connection) -> tuple[int, int]:
    return db.execute("PRAGMA cache_size").fetchone()[0], db.execute("PRAGMA mmap_size").fetchone()[
        0
    ]


def test_memory_defaults_and_small_machine_options_reach_both_connections(tmp_path):
    big = open_store(f"sqlite:///{tmp_path / 'big.db'}")
    small = open_store(f"sqlite:///{tmp_path / 'small.db'}?cache_mb=16&mmap_mb=0&timeout=5")
    try:
        assert _memory(big._db) == (-256 * 1024, 1024 * 1024 * 1024)
        assert _memory(small._db) == (-16 * 1024, 0)
        assert small.timeout == 5.0
        # The facet/count connection opens on the first long read and follows the same options.
        big.upsert_hit(make_hit(1))
        small.upsert_hit(make_hit(1))
        assert big.count_hits() == small.count_hits() == 1
        assert _memory(big._scan_db) == (-128 * 1024, 1024 * 1024 * 1024)
        assert _memory(small._scan_db) == (-8 * 1024, 0)
    finally:
        big.close()
        small.close()


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("cache_mb=lots", "cache_mb='lots'"),
        ("cache_mb=0", "cache_mb='0'"),
        ("mmap_mb=-1", "mmap_mb='-1'"),
        ("timeout=nan", "timeout='nan'"),
        ("timeout=inf", "timeout='inf'"),
        ("cache=64", "unknown SQLite store option(s) cache"),
    ],
)
def test_bad_memory_options_are_refused_by_name_before_any_file_is_made(tmp_path, query, named):
    from pipelines.errors import StoreConfigError

    path = tmp_path / "never.db"
    with pytest.raises(StoreConfigError, match=re.escape(named)):
        open_store(f"sqlite:///{path}?{query}")
    assert not path.exists()
