"""SQLite backend: the embedded default (one file, WAL, one crawl and a reviewer side by side).

Hits are JSON documents plus indexed columns for the queue's filters and sorts; categories
are also a bit mask so "status + category, by score" walks one index; rules and contacts live
in side tables; Chinese full text is an FTS5 index over jieba-segmented text. Writes run in
``BEGIN IMMEDIATE`` transactions, so a read-merge-write is atomic across processes too.
URL: ``sqlite:///path/to/adsweep.db`` (``?timeout=SECONDS`` waits that long for a lock;
``?cache_mb=`` and ``?mmap_mb=`` size the page cache and memory map per connection, for small
machines).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from pipelines.errors import ConflictError, StoreConfigError, StoreError, StoreUnavailable
from pipelines.hit import STATUSES, Hit
from pipelines.items import utcnow
from pipelines.store.base import (
    BulkResult,
    Store,
    apply_triage,
    encode_json,
    hit_fields,
    merge_hit,
    split_repeats,
    stale_message,
    status_change,
)
from pipelines.store.query import FACET_FIELDS, HitPage, HitQuery, encode_cursor, highlight
from pipelines.store.segment import index_text, query_terms, search_parts
from pipelines.store.sqlite_accounts import SQLiteAccounts
from pipelines.store.sqlite_query import FACET_SQL, fts_match, order_by, where
from pipelines.store.sqlite_records import SQLiteRecords
from pipelines.store.sqlite_schema import CATEGORY_BITS, migrate

__all__ = ["SQLiteStore"]

_HIT_COLS = (
    "id, url, status, platform, host, shop, seller, severity, score, run_id, first_seen,"
    " last_seen,"
    " status_changed_at, assignee, cat_mask, fts_key, version, doc"
)
_UPSERT = (
    f"INSERT INTO hits ({_HIT_COLS}) VALUES ({','.join('?' * 18)}) ON CONFLICT(id) DO UPDATE SET "
    + ", ".join(f"{c.strip()}=excluded.{c.strip()}" for c in _HIT_COLS.split(",")[1:])
    + " RETURNING rid"
)


def _doc(hit: Hit) -> str:
    """JSON of a hit without ``asdict``'s deep copy (a third of bulk-upsert time)."""
    return encode_json(hit_fields(hit))


#: Side tables of a hit's row: table → the values it holds for a hit.
_SIDE_TABLES: tuple[tuple[str, Callable[[Hit], set[str]]], ...] = (
    ("hit_rules", lambda h: {f.get("rule_id", "") for f in h.findings}),
    ("hit_contacts", lambda h: {c.get("value", "") for c in h.contacts}),
    ("hit_packs", lambda h: set(h.packs)),
)


def _side_values(hit: Hit) -> tuple[set[str], ...]:
    return tuple(values(hit) for _, values in _SIDE_TABLES)


def _fts_key(hit: Hit) -> str:
    return hashlib.md5("\x00".join(search_parts(hit)).encode("utf-8")).hexdigest()


def _check_status(status: str) -> None:
    if status not in STATUSES:
        raise StoreError(f"unknown status {status!r}; expected one of {', '.join(STATUSES)}")


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


#: Page cache of the writing connection, MiB (the scan connection gets half). The queue's index
#: and the FTS doclists stay hot at a million hits; a small machine lowers it with ``?cache_mb=``.
DEFAULT_CACHE_MB = 256
#: Memory map per connection, MiB (address space, not resident memory; 0 turns it off).
DEFAULT_MMAP_MB = 1024
#: Ids per ``IN (…)`` of a batch read (well under SQLite's bound-parameter limit).
_GET_CHUNK = 500


def _size_memory(db: sqlite3.Connection, cache_mb: int, mmap_mb: int) -> None:
    db.execute(f"PRAGMA cache_size=-{int(cache_mb) * 1024}")
    db.execute(f"PRAGMA mmap_size={int(mmap_mb) * 1024 * 1024}")
    db.execute("PRAGMA temp_store=MEMORY")


def _number(opts: dict[str, list[str]], name: str, default: Any, kind: type, minimum: float):
    """One numeric URL option, refused with the option's name when it is not a number."""
    if name not in opts:
        return default
    raw = opts[name][-1]
    try:
        value = kind(raw)
    except ValueError:
        value = None
    if value is None or not minimum <= value < float("inf"):
        raise StoreConfigError(
            f"SQLite store option {name}={raw!r} must be a number >= {minimum:g}"
        )
    return value


#: Facets that are a column of the hits table (one GROUP BY over the matching rows).
_COLUMN_FACETS = frozenset(name for name, (_, frm) in FACET_SQL.items() if frm == "hits h")


def _ranked_values(rows: Iterable[tuple[Any, int]]) -> dict[str, int]:
    """Facet counts, largest first, then by value; empty values are not a facet value."""
    kept = [(v, n) for v, n in rows if v not in (None, "") and n]
    return dict(sorted(kept, key=lambda vn: (-vn[1], vn[0])))


def _ranked(sums: Iterable[int | None]) -> dict[str, int]:
    return _ranked_values(zip(CATEGORY_BITS, (n or 0 for n in sums), strict=True))


class SQLiteStore(SQLiteAccounts, SQLiteRecords, Store):
    """The embedded store; safe to share between threads (one connection behind a lock).

    Counts, facets and histograms, which may scan much of a large store, run on a second,
    read-only connection with its own lock: WAL lets it read while the first one serves the
    queue and writes, so a slow facet count never holds up a page or a decision.
    """

    def __init__(
        self,
        path: str | Path,
        timeout: float = 30.0,
        cache_mb: int = DEFAULT_CACHE_MB,
        mmap_mb: int = DEFAULT_MMAP_MB,
    ) -> None:
        self.path = Path(path)
        self.url = f"sqlite:///{self.path}"
        self.timeout = timeout
        self.cache_mb = cache_mb
        self.mmap_mb = mmap_mb
        self._lock = threading.RLock()
        self._check_writable()
        self._scan_lock = threading.Lock()
        self._scan_db: sqlite3.Connection | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(
                self.path, check_same_thread=False, timeout=timeout, isolation_level=None
            )
            _enable_wal(self._db, timeout)
            self._db.execute("PRAGMA synchronous=NORMAL")
            # Index pages stay in memory: the queue's index and the FTS doclists are hot.
            _size_memory(self._db, cache_mb, mmap_mb)
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
        unknown = sorted(set(opts) - {"timeout", "cache_mb", "mmap_mb"})
        if unknown:
            raise StoreConfigError(
                f"unknown SQLite store option(s) {', '.join(unknown)} in {url!r}: "
                "use timeout=SECONDS, cache_mb=MB, mmap_mb=MB"
            )
        return cls(
            url[len("sqlite:///") :].split("?", 1)[0],
            timeout=_number(opts, "timeout", 30.0, float, minimum=0.0),
            cache_mb=_number(opts, "cache_mb", DEFAULT_CACHE_MB, int, minimum=1),
            mmap_mb=_number(opts, "mmap_mb", DEFAULT_MMAP_MB, int, minimum=0),
        )

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
        except sqlite3.ProgrammingError as e:
            if "closed" not in str(e):
                raise
            # A reader that outlived the store (the reviewer's background facet refresh while
            # the server shuts down) gets the store's own error, which such readers handle.
            raise StoreError(f"SQLite store {self.path} is closed") from e

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

    def _scan(self, sql: str, args: Iterable[Any] = ()) -> list[tuple]:
        """A long read (count, facet, histogram) on the second connection."""
        with self._scan_lock, self._errors():
            if self._scan_db is None:
                db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True,
                                     check_same_thread=False, timeout=self.timeout)  # fmt: skip
                # The scan connection reads many pages once: half the writer's cache.
                _size_memory(db, max(1, self.cache_mb // 2), self.mmap_mb)
                self._scan_db = db
            return self._scan_db.execute(sql, list(args)).fetchall()

    # -- hits: writes ------------------------------------------------------------------------------
    def _write_hit(self, hit: Hit, old_fts_key: str | None, seg: str | None = None) -> None:
        key = _fts_key(hit)
        mask = 0
        for c in hit.categories:
            mask |= CATEGORY_BITS.get(c, 0)
        row = (
            hit.id, hit.url, hit.status, hit.platform, hit.host, hit.shop, hit.seller,
            hit.severity, hit.score, hit.run_id, hit.first_seen or "", hit.last_seen or "",
            hit.status_changed_at or "", hit.assignee, mask, key, hit.version, _doc(hit),
        )  # fmt: skip
        (rid,) = self._db.execute(_UPSERT, row).fetchone()
        db = self._db
        for table, values in _SIDE_TABLES:
            db.execute(f"DELETE FROM {table} WHERE rid=?", (rid,))
            db.executemany(
                f"INSERT OR IGNORE INTO {table} VALUES (?,?)", [(rid, v) for v in values(hit)]
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
        latest, later = split_repeats(hits)
        self._upsert_firsts(latest)
        if later:  # the same page again: merged into what the batch wrote
            self._upsert_batch(later)
        return len(hits)

    def _upsert_firsts(self, latest: dict[str, Hit]) -> None:
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
            self._update_many(merged, olds, segs, keys)

    def _insert_new(self, hits: list[Hit], segs: dict[str, str], keys: dict[str, str]) -> None:
        """New hits in one ``executemany`` per table (row ids assigned here, under the lock)."""
        if not hits:
            return
        db = self._db
        (top,) = db.execute("SELECT coalesce(max(rid), 0) FROM hits").fetchone()
        rows, fts = [], []
        side: dict[str, list[tuple[int, str]]] = {table: [] for table, _ in _SIDE_TABLES}
        for rid, hit in enumerate(hits, top + 1):
            merge_hit(None, hit)
            mask = sum(CATEGORY_BITS.get(c, 0) for c in set(hit.categories))
            rows.append((rid, hit.id, hit.url, hit.status, hit.platform, hit.host, hit.shop,
                         hit.seller, hit.severity, hit.score, hit.run_id, hit.first_seen or "",
                         hit.last_seen or "", hit.status_changed_at or "", hit.assignee, mask,
                         keys[hit.id], hit.version, _doc(hit)))  # fmt: skip
            for table, values in _SIDE_TABLES:
                side[table] += [(rid, v) for v in values(hit)]
            fts.append((rid, segs[hit.id]))
        db.executemany(f"INSERT INTO hits (rid, {_HIT_COLS}) VALUES ({','.join('?' * 19)})", rows)
        for table, vals in side.items():
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
        olds: dict[str, tuple[Hit, str | None, int]],
        segs: dict[str, str],
        keys: dict[str, str],
    ) -> None:
        """Merged hits back in one ``executemany`` per table; FTS only where text changed, the
        rule, contact and pack rows only where they changed (a re-crawl mostly finds the same:
        six statements per hit saved)."""
        if not hits:
            return
        rows, side, fts = [], [], []
        for hit in hits:
            old, old_key, rid = olds[hit.id]
            key = _fts_key(hit)
            mask = sum(CATEGORY_BITS.get(c, 0) for c in set(hit.categories))
            rows.append((hit.url, hit.status, hit.platform, hit.host, hit.shop, hit.seller,
                         hit.severity,
                         hit.score, hit.run_id, hit.first_seen or "", hit.last_seen or "",
                         hit.status_changed_at or "", hit.assignee, mask, key, hit.version,
                         _doc(hit), rid))  # fmt: skip
            if _side_values(hit) != _side_values(old):
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
        if not rows:
            return
        db = self._db
        for table, values in _SIDE_TABLES:
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
        self, hit_id: str, expected_version: int | None, change: tuple[dict, dict], actor: str,
        action: str, at: str,
    ) -> Hit:  # fmt: skip
        with self._tx():
            old = self._load(hit_id)
            if old is None:
                raise StoreError(f"no hit {hit_id}")
            hit, key = old
            if expected_version is not None and expected_version != hit.version:
                raise ConflictError(stale_message(hit_id, hit.version, expected_version))
            entry = apply_triage(hit, *change, actor=actor, action=action, at=at)
            self._write_hit(hit, key)
            self._audit(action, actor, hit_id, entry, at)
        return hit

    def set_status(
        self, hit_id: str, status: str, *, actor: str, expected_version: int | None = None,
        note: str = "", reason: str = "", at: str | None = None,
    ) -> Hit:  # fmt: skip
        _check_status(status)
        at = at or utcnow()
        change = status_change(status, note=note, reason=reason, at=at)
        return self._triage(hit_id, expected_version, change, actor, "status", at)

    def set_status_many(
        self, hit_ids: Iterable[str], status: str, *, actor: str, note: str = "",
        reason: str = "", expected_versions: dict[str, int] | None = None,
        at: str | None = None,
    ) -> BulkResult:  # fmt: skip
        """One transaction per 500 hits; only the status columns and the document change."""
        _check_status(status)
        at = at or utcnow()
        out, ids = BulkResult(), list(dict.fromkeys(hit_ids))
        for i in range(0, len(ids), 500):
            with self._tx():
                self._status_chunk(ids[i : i + 500], status, actor, note, reason,
                                   expected_versions or {}, at, out)  # fmt: skip
        return out

    def _status_chunk(
        self, ids: list[str], status: str, actor: str, note: str, reason: str,
        expected: dict[str, int], at: str, out: BulkResult,
    ) -> None:  # fmt: skip
        db = self._db
        sql = f"SELECT rid, id, doc FROM hits WHERE id IN ({','.join('?' * len(ids))})"
        found = {hid: (rid, doc) for rid, hid, doc in db.execute(sql, ids)}
        rows, audit = [], []
        for hid in ids:
            if hid not in found:
                out.missing.append(hid)
                continue
            rid, doc = found[hid]
            hit = Hit.from_dict(json.loads(doc))
            if hid in expected and expected[hid] != hit.version:
                out.conflicts[hid] = stale_message(hid, hit.version, expected[hid])
            elif hit.status == status:
                out.unchanged.append(hid)
            else:
                change = status_change(status, note=note, reason=reason, at=at)
                entry = apply_triage(hit, *change, actor=actor, action="status", at=at)
                rows.append((hit.status, hit.status_changed_at, hit.version, _doc(hit), rid))
                audit.append((at, actor, "status", hid, encode_json(entry)))
                out.changed.append(hid)
        db.executemany(
            "UPDATE hits SET status=?, status_changed_at=?, version=?, doc=? WHERE rid=?", rows
        )
        db.executemany(
            "INSERT INTO audit_log(at, actor, action, hit_id, doc) VALUES (?,?,?,?,?)", audit
        )

    def assign(
        self, hit_id: str, assignee: str | None, *, actor: str,
        expected_version: int | None = None, at: str | None = None,
    ) -> Hit:  # fmt: skip
        at = at or utcnow()
        change = ({"assignee": assignee}, {"assignee": assignee, "to": assignee})
        return self._triage(hit_id, expected_version, change, actor, "assign", at)

    # -- hits: reads -------------------------------------------------------------------------------
    def get_hit(self, hit_id: str) -> Hit | None:
        rows = self._all("SELECT doc FROM hits WHERE id=?", (hit_id,))
        return Hit.from_dict(json.loads(rows[0][0])) if rows else None

    def get_hits(self, hit_ids: Iterable[str]) -> dict[str, Hit]:
        ids = list(dict.fromkeys(hit_ids))
        out: dict[str, Hit] = {}
        for i in range(0, len(ids), _GET_CHUNK):
            chunk = ids[i : i + _GET_CHUNK]
            marks = ",".join("?" * len(chunk))
            for hid, doc in self._all(f"SELECT id, doc FROM hits WHERE id IN ({marks})", chunk):
                out[hid] = Hit.from_dict(json.loads(doc))
        return {hid: out[hid] for hid in ids if hid in out}

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
                return self._scan(sql, (match,))[0][0]
        sql, args = where(q, cursor=False)
        return self._scan(f"SELECT count(*) FROM hits h{sql}", args)[0][0]

    def facets(
        self, q: HitQuery, fields: Iterable[str] = FACET_FIELDS
    ) -> dict[str, dict[str, int]]:
        sql, args = where(q, cursor=False)
        fields = list(fields)
        for name in fields:
            if name not in FACET_SQL:
                raise StoreError(f"cannot facet on {name!r}")
        # Categories are counted from the bit masks in the same pass as a column facet (one
        # scan over the matching hits instead of two), or alone when no column is asked for.
        host = next((f for f in fields if f in _COLUMN_FACETS), None)
        out: dict[str, dict[str, int]] = {}
        for name in fields:
            if name == "category" and host is not None:
                continue
            if name == "category":
                out[name] = _ranked(self._category_sums(sql, args, "")[0][1:])
                continue
            expr, frm = FACET_SQL[name]
            if name == host and "category" in fields:
                rows = self._category_sums(sql, args, expr)
                out["category"] = _ranked([sum(r[k] or 0 for r in rows)
                                           for k in range(2, 2 + len(CATEGORY_BITS))])  # fmt: skip
                rows = [(r[0], r[1]) for r in rows]
            else:
                rows = self._scan(f"SELECT {expr}, count(*) FROM {frm}{sql} GROUP BY 1", args)
            out[name] = _ranked_values(rows)
        return {name: out[name] for name in fields}

    def _category_sums(self, sql: str, args: list[Any], group: str) -> list[tuple]:
        """Per ``group`` value (or once): count, then hits per category from the bit masks
        (a join with the six category rows costs six probes per hit, several times slower)."""
        sums = ", ".join(f"sum((h.cat_mask & {bit}) != 0)" for bit in CATEGORY_BITS.values())
        if not group:
            return self._scan(f"SELECT count(*), {sums} FROM hits h{sql}", args)
        return self._scan(f"SELECT {group}, count(*), {sums} FROM hits h{sql} GROUP BY 1", args)

    def histogram(
        self, q: HitQuery, field: str = "first_seen", *, utc_offset_hours: int = 0
    ) -> dict[str, int]:
        if field not in ("first_seen", "last_seen", "status_changed_at"):
            raise StoreError(f"cannot histogram {field!r}")
        sql, args = where(q, cursor=False)
        day = f"substr(h.{field}, 1, 10)"
        if utc_offset_hours:
            day = f"date(h.{field}, '{int(utc_offset_hours):+d} hours')"
        rows = self._scan(
            f"SELECT {day} d, count(*) FROM hits h{sql} GROUP BY d ORDER BY d",
            args,
        )
        return {d: n for d, n in rows if d}

    def describe(self) -> dict[str, Any]:
        tables = {"hits": "hits", "pages": "pages", "runs": "runs", "audit": "audit_log",
                  "notices": "notices"}  # fmt: skip
        counts = {k: self._all(f"SELECT count(*) FROM {t}", ())[0][0] for k, t in tables.items()}
        size = self.path.stat().st_size if self.path.exists() else 0
        return {
            "engine": "sqlite",
            "version": sqlite3.sqlite_version,
            "schema": self._all("PRAGMA user_version", ())[0][0],
            "url": self.url,
            "indices": [
                {
                    "index": str(self.path),
                    "docs": counts["hits"],
                    "size": f"{size / 2**20:.1f}mb",
                    "health": "-",
                }
            ],
            "aliases": {},
            "counts": counts,
        }

    def close(self) -> None:
        """Close, unless the files became unwritable: closing checkpoints the WAL through the
        shared memory map (SIGBUS). Such a connection is kept open until the process exits
        without finalizing it (:func:`crawlers.cli.main` leaves through ``os._exit``)."""
        with self._lock, self._scan_lock:
            conns = [self._db] + ([self._scan_db] if self._scan_db is not None else [])
            if _unwritable(self.path):
                POISONED.extend(conns)
                return
            for db in conns:
                db.close()
