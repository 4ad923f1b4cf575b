"""SQLite backend: the embedded default (one file, WAL, one crawl and a reviewer side by side).

Hits are JSON documents plus indexed columns for the queue's filters and sorts; categories
are also a bit mask so "status + category, by score" walks one index; rules and contacts live
in side tables; Chinese full text is an FTS5 index over jieba-segmented text. Writes run in
``BEGIN IMMEDIATE`` transactions, so a read-merge-write is atomic across processes too.
URL: ``sqlite:///path/to/adsweep.db`` (``?timeout=SECONDS`` waits that long for a lock).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sqlite3
import threading
import time
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from pipelines.hit import STATUSES, Hit
from pipelines.items import utcnow
from pipelines.store.base import Store, merge_hit
from pipelines.store.errors import ConflictError, StoreConfigError, StoreError, StoreUnavailable
from pipelines.store.query import FACET_FIELDS, HitPage, HitQuery, encode_cursor, highlight
from pipelines.store.segment import index_text, query_terms, search_parts
from pipelines.store.sqlite_query import FACET_SQL, fts_match, order_by, where
from pipelines.store.sqlite_records import SQLiteRecords
from pipelines.store.sqlite_schema import CATEGORY_BITS, migrate

__all__ = ["SQLiteStore"]

_HIT_COLS = (
    "id, url, status, platform, host, shop, severity, score, run_id, first_seen, last_seen,"
    " status_changed_at, assignee, cat_mask, fts_key, version, doc"
)
_UPSERT = (
    f"INSERT INTO hits ({_HIT_COLS}) VALUES ({','.join('?' * 17)}) ON CONFLICT(id) DO UPDATE SET "
    + ", ".join(f"{c.strip()}=excluded.{c.strip()}" for c in _HIT_COLS.split(",")[1:])
    + " RETURNING rid"
)


_FIELDS = tuple(Hit.__dataclass_fields__)


#: Hits are plain data (never cyclic): skipping the cycle check saves a tenth of encoding.
_ENCODE = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode


def _doc(hit: Hit) -> str:
    """JSON of a hit without ``asdict``'s deep copy (a third of bulk-upsert time)."""
    return _ENCODE({f: getattr(hit, f) for f in _FIELDS})


def _fts_key(hit: Hit) -> str:
    return hashlib.md5("\x00".join(search_parts(hit)).encode("utf-8")).hexdigest()


def _enable_wal(db: sqlite3.Connection, timeout: float) -> None:
    """Switch to WAL, retrying while another process holds the lock.

    On a brand-new file SQLite answers "database is locked" at once, without its busy
    handler, when several workers switch the journal mode together.
    """
    deadline = time.monotonic() + timeout
    delay = 0.01
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(random.uniform(delay / 2, delay))
            delay = min(delay * 2, 0.5)


#: Connections to files that became unwritable: never closed (see :meth:`SQLiteStore.close`).
POISONED: list[Any] = []


def _unwritable(path: Path) -> str | None:
    """The first of the database's files that cannot be written (read-only, immutable)."""
    for suffix in ("", "-wal", "-shm"):
        p = f"{path}{suffix}"
        if os.path.exists(p) and not os.access(p, os.W_OK):
            return p
    return None


class SQLiteStore(SQLiteRecords, Store):
    """The embedded store; safe to share between threads (one connection behind a lock)."""

    def __init__(self, path: str | Path, timeout: float = 30.0) -> None:
        self.path = Path(path)
        self.url = f"sqlite:///{self.path}"
        self._lock = threading.RLock()
        self._check_writable()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(
                self.path, check_same_thread=False, timeout=timeout, isolation_level=None
            )
            _enable_wal(self._db, timeout)
            self._db.execute("PRAGMA synchronous=NORMAL")
            # Index pages stay in memory: the queue's index and the FTS doclists are hot.
            self._db.execute("PRAGMA cache_size=-262144")
            self._db.execute("PRAGMA mmap_size=1073741824")
            self._db.execute("PRAGMA temp_store=MEMORY")
        except (OSError, sqlite3.Error) as e:
            raise StoreConfigError(f"cannot open SQLite store at {self.path}: {e}") from e
        with self._errors():
            self.migrations_applied = migrate(self._db, self._reinsert_docs)

    @classmethod
    def from_url(cls, url: str) -> SQLiteStore:
        if not url.startswith("sqlite:///"):
            raise StoreConfigError(f"SQLite store URL must look like sqlite:///path, got {url!r}")
        parts = urlsplit(url)
        opts = parse_qs(parts.query)
        timeout = float(opts.get("timeout", ["30"])[0])
        return cls(url[len("sqlite:///") :].split("?", 1)[0], timeout=timeout)

    # -- transactions ----------------------------------------------------------------------------
    def _check_writable(self) -> None:
        """Refuse to touch files that cannot be written.

        In WAL mode SQLite writes the ``-shm`` index through a shared memory map, readers
        included. Once that file is immutable (``chattr +i``) or read-only, the next write
        through the map kills the process with SIGBUS: no exception, no summary, no spool. So
        every operation checks first and raises :class:`StoreUnavailable`, which the store
        pipeline answers by spooling.
        """
        bad = _unwritable(self.path)
        if bad:
            raise StoreUnavailable(
                f"SQLite store file {bad} is not writable (read-only or immutable); "
                "records are spooled until it is writable again"
            )

    @contextmanager
    def _errors(self):
        self._check_writable()
        try:
            yield
        except sqlite3.OperationalError as e:
            msg = str(e).lower()
            if "locked" in msg or "busy" in msg or "disk" in msg or "unable to open" in msg:
                raise StoreUnavailable(f"SQLite store {self.path}: {e}") from e
            raise StoreError(f"SQLite store {self.path}: {e}") from e

    @contextmanager
    def _tx(self):
        with self._lock, self._errors():
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _all(self, sql: str, args: Iterable[Any] = ()) -> list[tuple]:
        with self._lock, self._errors():
            return self._db.execute(sql, list(args)).fetchall()

    # -- hits: writes ------------------------------------------------------------------------------
    def _write_hit(self, hit: Hit, old_fts_key: str | None, seg: str | None = None) -> None:
        key = _fts_key(hit)
        mask = 0
        for c in hit.categories:
            mask |= CATEGORY_BITS.get(c, 0)
        row = (
            hit.id, hit.url, hit.status, hit.platform, hit.host, hit.shop, hit.severity,
            hit.score, hit.run_id, hit.first_seen or "", hit.last_seen or "",
            hit.status_changed_at or "", hit.assignee, mask, key, hit.version, _doc(hit),
        )  # fmt: skip
        (rid,) = self._db.execute(_UPSERT, row).fetchone()
        db = self._db
        for table, _col, values in (
            ("hit_rules", "rule", {f.get("rule_id", "") for f in hit.findings}),
            ("hit_contacts", "contact", {c.get("value", "") for c in hit.contacts}),
            ("hit_packs", "pack", set(hit.packs)),
        ):
            db.execute(f"DELETE FROM {table} WHERE rid=?", (rid,))
            db.executemany(
                f"INSERT OR IGNORE INTO {table} VALUES (?,?)", [(rid, v) for v in values]
            )
        if key != old_fts_key:
            db.execute("DELETE FROM hits_fts WHERE rowid=?", (rid,))
            seg = seg if seg is not None else index_text(*search_parts(hit))
            db.execute("INSERT INTO hits_fts(rowid, seg) VALUES (?,?)", (rid, seg))

    def _load(self, hit_id: str) -> tuple[Hit, str | None] | None:
        row = self._db.execute("SELECT doc, fts_key FROM hits WHERE id=?", (hit_id,)).fetchone()
        return (Hit.from_dict(json.loads(row[0])), row[1]) if row else None

    def upsert_hit(self, hit: Hit) -> Hit:
        with self._tx():
            old = self._load(hit.id)
            merged = merge_hit(old[0] if old else None, hit)
            self._write_hit(merged, old[1] if old else None)
        return merged

    def upsert_hits(self, hits: Iterable[Hit], batch: int = 20000) -> int:
        """Bulk upsert: one transaction per batch, segmentation done before taking the lock."""
        n, buf = 0, []
        for hit in hits:
            buf.append(hit)
            if len(buf) >= batch:
                n += self._upsert_batch(buf)
                buf = []
        return n + (self._upsert_batch(buf) if buf else 0)

    def _upsert_batch(self, hits: list[Hit]) -> int:
        latest = {h.id: h for h in hits}  # the same page twice in a batch: last one wins
        keys = {h.id: _fts_key(h) for h in latest.values()}
        with self._tx():
            olds = self._olds(list(latest))
            # Segment only text whose search content changed (new hits, edited pages).
            segs = {
                hid: index_text(*search_parts(h))
                for hid, h in latest.items()
                if hid not in olds or olds[hid][1] != keys[hid]
            }
            fresh = [h for hid, h in latest.items() if hid not in olds]
            self._insert_new(fresh, segs, keys)
            merged = [merge_hit(olds[hid][0], h) for hid, h in latest.items() if hid in olds]
            self._update_many(merged, {hid: o[1:] for hid, o in olds.items()}, segs, keys)
        return len(hits)

    def _insert_new(self, hits: list[Hit], segs: dict[str, str], keys: dict[str, str]) -> None:
        """New hits in one ``executemany`` per table (row ids assigned here, under the lock)."""
        if not hits:
            return
        db = self._db
        (top,) = db.execute("SELECT coalesce(max(rid), 0) FROM hits").fetchone()
        rows, rules, contacts, packs, fts = [], [], [], [], []
        for rid, hit in enumerate(hits, top + 1):
            merge_hit(None, hit)
            mask = sum(CATEGORY_BITS.get(c, 0) for c in set(hit.categories))
            rows.append((rid, hit.id, hit.url, hit.status, hit.platform, hit.host, hit.shop,
                         hit.severity, hit.score, hit.run_id, hit.first_seen or "",
                         hit.last_seen or "", hit.status_changed_at or "", hit.assignee, mask,
                         keys[hit.id], hit.version, _doc(hit)))  # fmt: skip
            rules += [(rid, r) for r in {f.get("rule_id", "") for f in hit.findings}]
            contacts += [(rid, c) for c in {c.get("value", "") for c in hit.contacts}]
            packs += [(rid, p) for p in hit.packs]
            fts.append((rid, segs[hit.id]))
        db.executemany(f"INSERT INTO hits (rid, {_HIT_COLS}) VALUES ({','.join('?' * 18)})", rows)
        for table, vals in (("hit_rules", rules), ("hit_contacts", contacts), ("hit_packs", packs)):
            db.executemany(f"INSERT OR IGNORE INTO {table} VALUES (?,?)", vals)
        db.executemany("INSERT INTO hits_fts(rowid, seg) VALUES (?,?)", fts)

    def _olds(self, ids: list[str]) -> dict[str, tuple[Hit, str | None, int]]:
        """Stored hits among ``ids``: (hit, fts key, row id)."""
        out: dict[str, tuple[Hit, str | None, int]] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            sql = (
                f"SELECT id, doc, fts_key, rid FROM hits WHERE id IN ({','.join('?' * len(chunk))})"
            )
            for hid, doc, key, rid in self._db.execute(sql, chunk):
                out[hid] = (Hit.from_dict(json.loads(doc)), key, rid)
        return out

    def _update_many(
        self,
        hits: list[Hit],
        olds: dict[str, tuple[str | None, int]],
        segs: dict[str, str],
        keys: dict[str, str],
    ) -> None:
        """Merged hits back in one ``executemany`` per table; FTS only where text changed."""
        if not hits:
            return
        rows, side, fts = [], [], []
        for hit in hits:
            old_key, rid = olds[hit.id]
            key = _fts_key(hit)
            mask = sum(CATEGORY_BITS.get(c, 0) for c in set(hit.categories))
            rows.append((hit.url, hit.status, hit.platform, hit.host, hit.shop, hit.severity,
                         hit.score, hit.run_id, hit.first_seen or "", hit.last_seen or "",
                         hit.status_changed_at or "", hit.assignee, mask, key, hit.version,
                         _doc(hit), rid))  # fmt: skip
            side.append((rid, hit))
            if key != old_key:
                seg = segs.get(hit.id) if key == keys.get(hit.id) else None
                fts.append((rid, seg if seg is not None else index_text(*search_parts(hit))))
        cols = [c.strip() for c in _HIT_COLS.split(",")[1:]]
        self._db.executemany(
            f"UPDATE hits SET {', '.join(c + '=?' for c in cols)} WHERE rid=?", rows
        )
        self._replace_side(side)
        self._db.executemany("DELETE FROM hits_fts WHERE rowid=?", [(r,) for r, _ in fts])
        self._db.executemany("INSERT INTO hits_fts(rowid, seg) VALUES (?,?)", fts)

    def _replace_side(self, rows: list[tuple[int, Hit]]) -> None:
        db = self._db
        for table, _col, values in (
            ("hit_rules", "rule", lambda h: {f.get("rule_id", "") for f in h.findings}),
            ("hit_contacts", "contact", lambda h: {c.get("value", "") for c in h.contacts}),
            ("hit_packs", "pack", lambda h: set(h.packs)),
        ):
            db.executemany(f"DELETE FROM {table} WHERE rid=?", [(rid,) for rid, _ in rows])
            db.executemany(
                f"INSERT OR IGNORE INTO {table} VALUES (?,?)",
                [(rid, v) for rid, h in rows for v in values(h)],
            )

    def _reinsert_docs(self, docs: list[str]) -> None:
        """Migration callback: rebuild rows (and derived columns) from stored documents."""
        for doc in docs:
            hit = Hit.from_dict(json.loads(doc))
            hit.version = hit.version or 1
            self._write_hit(hit, None)

    def touch_hit(self, hit_id: str, seen_at: str, run_id: str = "") -> bool:
        with self._tx():
            old = self._load(hit_id)
            if old is None:
                return False
            hit, key = old
            hit.last_seen = max(hit.last_seen, seen_at)
            hit.run_id = run_id or hit.run_id
            hit.version += 1
            self._write_hit(hit, key)
        return True

    # -- triage ------------------------------------------------------------------------------------
    def _triage(
        self, hit_id: str, expected_version: int | None, change: dict[str, Any], actor: str,
        action: str, at: str,
    ) -> Hit:  # fmt: skip
        with self._tx():
            old = self._load(hit_id)
            if old is None:
                raise StoreError(f"no hit {hit_id}")
            hit, key = old
            if expected_version is not None and expected_version != hit.version:
                raise ConflictError(
                    f"命中记录 {hit_id} 已被他人修改（当前版本 {hit.version}，"
                    f"您提交的版本 {expected_version}），请刷新后重试"
                )
            entry = {"at": at, "actor": actor, "action": action, **change["history"]}
            if "status" in change["fields"]:
                entry["from"] = hit.status
            hit.history.append(entry)
            for k, v in change["fields"].items():
                setattr(hit, k, v)
            hit.version += 1
            self._write_hit(hit, key)
            self._audit(action, actor, hit_id, entry, at)
        return hit

    def set_status(
        self, hit_id: str, status: str, *, actor: str, expected_version: int | None = None,
        note: str = "", at: str | None = None,
    ) -> Hit:  # fmt: skip
        if status not in STATUSES:
            raise StoreError(f"unknown status {status!r}; expected one of {', '.join(STATUSES)}")
        at = at or utcnow()
        change = {
            "fields": {"status": status, "status_changed_at": at},
            "history": {"to": status, "note": note},
        }
        return self._triage(hit_id, expected_version, change, actor, "status", at)

    def assign(
        self, hit_id: str, assignee: str | None, *, actor: str,
        expected_version: int | None = None, at: str | None = None,
    ) -> Hit:  # fmt: skip
        at = at or utcnow()
        change = {"fields": {"assignee": assignee}, "history": {"assignee": assignee}}
        return self._triage(hit_id, expected_version, change, actor, "assign", at)

    # -- hits: reads -------------------------------------------------------------------------------
    def get_hit(self, hit_id: str) -> Hit | None:
        rows = self._all("SELECT doc FROM hits WHERE id=?", (hit_id,))
        return Hit.from_dict(json.loads(rows[0][0])) if rows else None

    def _probe(self, q: HitQuery) -> bool:
        """Probe FTS row by row when matches are dense (≥ 1 in 2,000 hits), else join them."""
        match = fts_match(q.text or "")
        if match is None:
            return False
        (n,) = self._all("SELECT count(*) FROM hits_fts WHERE hits_fts MATCH ?", (match,))[0]
        (top,) = self._all("SELECT coalesce(max(rid), 0) FROM hits")[0]
        return n * 2000 >= top

    def query(self, q: HitQuery) -> HitPage:
        sql, args = where(q, probe=bool(q.text) and self._probe(q))
        rows = self._all(
            f"SELECT h.rid, h.{q.sort}, h.doc FROM hits h{sql}{order_by(q)} LIMIT ?",
            [*args, q.size + 1],
        )
        hits = [Hit.from_dict(json.loads(doc)) for _, _, doc in rows[: q.size]]
        nxt = (
            encode_cursor([rows[q.size - 1][1], rows[q.size - 1][0]])
            if len(rows) > q.size
            else None
        )
        page = HitPage(hits, self.count(q) if q.with_total else None, nxt)
        if q.text:
            terms = query_terms(q.text)
            for h in hits:
                page.highlights[h.id] = highlight(h.title, terms) + highlight(h.text, terms)
        return page

    def count(self, q: HitQuery) -> int:
        if q.text and not q.filters() and not (q.since or q.until):
            match = fts_match(q.text)  # text alone: FTS5 counts its own doclists
            if match is not None:
                sql = "SELECT count(*) FROM hits_fts WHERE hits_fts MATCH ?"
                return self._all(sql, (match,))[0][0]
        sql, args = where(q, cursor=False)
        return self._all(f"SELECT count(*) FROM hits h{sql}", args)[0][0]

    def facets(
        self, q: HitQuery, fields: Iterable[str] = FACET_FIELDS
    ) -> dict[str, dict[str, int]]:
        sql, args = where(q, cursor=False)
        out: dict[str, dict[str, int]] = {}
        for name in fields:
            if name not in FACET_SQL:
                raise StoreError(f"cannot facet on {name!r}")
            expr, frm = FACET_SQL[name]
            rows = self._all(
                f"SELECT {expr}, count(*) FROM {frm}{sql} GROUP BY 1 ORDER BY 2 DESC, 1", args
            )
            out[name] = {v: n for v, n in rows if v not in (None, "")}
        return out

    def histogram(self, q: HitQuery, field: str = "first_seen") -> dict[str, int]:
        if field not in ("first_seen", "last_seen", "status_changed_at"):
            raise StoreError(f"cannot histogram {field!r}")
        sql, args = where(q, cursor=False)
        rows = self._all(
            f"SELECT substr(h.{field}, 1, 10) d, count(*) FROM hits h{sql} GROUP BY d ORDER BY d",
            args,
        )
        return {d: n for d, n in rows if d}

    def close(self) -> None:
        """Close, unless the files became unwritable: closing checkpoints the WAL through the
        shared memory map (SIGBUS). Such a connection is kept open until the process exits
        without finalizing it (:func:`crawlers.cli.main` leaves through ``os._exit``)."""
        with self._lock:
            if _unwritable(self.path):
                POISONED.append(self._db)
                return
            self._db.close()
