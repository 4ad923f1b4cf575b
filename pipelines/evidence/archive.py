"""The evidence archive: content-addressed artifacts, one WARC per run, a hash-chained manifest.

Layout under the evidence directory (``EVIDENCE_DIR``, default ``data/evidence``)::

    objects/ab/abcdef….png          screenshots, content-addressed by SHA-256, never overwritten
    objects/12/1234….txt            extracted text (UTF-8)
    runs/<run>/<run>.warc.gz        raw HTTP request + response records of every hit in the run
    runs/<run>/manifest.jsonl       one entry per capture; each carries the previous entry's hash
    runs/<run>/manifest.head        hash and count of the last entry (written at close)
    runs/<run>/manifest.tsr         RFC 3161 timestamp token over the manifest (optional)

Each WARC record is its own gzip member, so the manifest can name its byte range and hash and
``verify`` can point at the one record that changed. Appends take an ``flock`` so several crawl
workers on one machine can share a run.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["GENESIS", "EvidenceArchive", "entry_hash", "sha256_bytes", "sha256_file"]

#: ``prev`` of a run's first manifest entry.
GENESIS = "0" * 64


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def entry_hash(entry: dict[str, Any]) -> str:
    """Hash of a manifest entry: canonical JSON of everything but its own ``hash``."""
    body = {k: v for k, v in entry.items() if k != "hash"}
    canon = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return sha256_bytes(canon.encode("utf-8"))


@contextmanager
def _locked(path: Path):
    """An exclusive advisory lock on ``path`` (a sidecar ``.lock`` file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(path.name + ".lock"), "a+b") as lk:
        fcntl.flock(lk, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lk, fcntl.LOCK_UN)


def _fsync_append(path: Path, data: bytes) -> int:
    """Append ``data`` durably; returns the offset it was written at.

    All or nothing: a write cut short (a full disk) is truncated away, so the file never ends
    in half a WARC record or half a manifest line.
    """
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
    try:
        offset = os.lseek(fd, 0, os.SEEK_END)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        except OSError:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, offset)
            raise
    finally:
        os.close(fd)
    return offset


@dataclass(slots=True)
class EvidenceArchive:
    """Writes and locates artifacts under one evidence directory."""

    root: Path

    def __post_init__(self) -> None:
        self.root = Path(self.root)

    # -- paths --------------------------------------------------------------------------------
    def run_dir(self, run_id: str) -> Path:
        if not run_id or "/" in run_id or run_id.startswith("."):
            raise ValueError(f"bad run id {run_id!r}")
        return self.root / "runs" / run_id

    def warc_path(self, run_id: str) -> Path:
        return self.run_dir(run_id) / f"{run_id}.warc.gz"

    def manifest_path(self, run_id: str) -> Path:
        return self.run_dir(run_id) / "manifest.jsonl"

    def rel(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()

    def hold(self, run_id: str) -> int:
        """Mark a run as open by this process (an flock the kernel drops if we die)."""
        path = self.run_dir(run_id) / ".active"
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o640)
        fcntl.flock(fd, fcntl.LOCK_SH)  # shared: several workers may share one run
        return fd

    @staticmethod
    def release(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)

    def orphaned_runs(self) -> list[str]:
        """Runs never sealed whose writers are all gone: crashed or killed crawls."""
        out = []
        for run in self.runs():
            rd = self.run_dir(run)
            if (rd / "manifest.head").exists() or not (rd / "manifest.jsonl").exists():
                continue
            fd = os.open(rd / ".active", os.O_RDWR | os.O_CREAT, 0o640)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue  # still being written
            finally:
                os.close(fd)
            out.append(run)
        return out

    def runs(self) -> list[str]:
        base = self.root / "runs"
        if not base.exists():
            return []
        return sorted(p.name for p in base.iterdir() if (p / "manifest.jsonl").exists())

    # -- content-addressed objects ------------------------------------------------------------
    def put_object(self, data: bytes, suffix: str) -> dict[str, str]:
        """Store ``data`` under its SHA-256; an existing object is never rewritten."""
        digest = sha256_bytes(data)
        path = self.root / "objects" / digest[:2] / f"{digest}{suffix}"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{digest}.{os.getpid()}.tmp")
            try:
                with open(tmp, "wb") as f:
                    f.write(data)
                    f.flush()
                    os.fsync(f.fileno())
            except OSError:
                tmp.unlink(missing_ok=True)  # no half-written object left behind
                raise
            try:
                os.link(tmp, path)  # fails if another writer won the race: keep theirs
            except FileExistsError:
                pass
            finally:
                tmp.unlink(missing_ok=True)
            os.chmod(path, 0o440)
        return {"path": self.rel(path), "sha256": digest}

    # -- WARC ---------------------------------------------------------------------------------
    def append_warc(self, run_id: str, records: bytes) -> dict[str, Any]:
        """Append already-serialized (gzip-member) WARC records; returns their byte range."""
        path = self.warc_path(run_id)
        with _locked(path):
            offset = _fsync_append(path, records)
        return {
            "file": self.rel(path),
            "offset": offset,
            "length": len(records),
            "sha256": sha256_bytes(records),
        }

    def read_range(self, rel: str, offset: int, length: int) -> bytes:
        with open(self.root / rel, "rb") as f:
            f.seek(offset)
            return f.read(length)

    # -- manifest -----------------------------------------------------------------------------
    def append_entry(self, run_id: str, entry: dict[str, Any]) -> dict[str, Any]:
        """Chain ``entry`` onto the run's manifest (seq, prev, hash) and append it durably."""
        path = self.manifest_path(run_id)
        with _locked(path):
            last = self._last_entry(path)
            entry = {
                **entry,
                "run_id": run_id,
                "seq": (last["seq"] + 1) if last else 1,
                "prev": last["hash"] if last else GENESIS,
            }
            entry["hash"] = entry_hash(entry)
            line = json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n"
            _fsync_append(path, line.encode("utf-8"))
        return entry

    @staticmethod
    def _last_entry(path: Path) -> dict[str, Any] | None:
        if not path.exists() or path.stat().st_size == 0:
            return None
        with open(path, "rb") as f:
            f.seek(0, os.SEEK_END)
            size = f.tell()
            block = min(size, 1 << 16)
            while True:
                f.seek(size - block)
                tail = f.read(block)
                lines = tail.rstrip(b"\n").split(b"\n")
                if len(lines) > 1 or block == size:
                    return json.loads(lines[-1])
                block = min(size, block * 4)

    def iter_entries(self, run_id: str) -> Iterator[dict[str, Any]]:
        """Manifest entries one at a time (a run may hold a million). Only whole lines count: an
        append still being written by a running crawl, or cut by a kill, has no newline yet and may
        end inside a character; it is not an entry until ``_fsync_append`` has finished it."""
        path = self.manifest_path(run_id)
        if not path.exists():
            return
        with open(path, "rb") as f:
            for raw in f:
                if not raw.endswith(b"\n"):
                    return
                if raw.strip():
                    yield json.loads(raw.decode("utf-8"))

    def entries(self, run_id: str) -> list[dict[str, Any]]:
        return list(self.iter_entries(run_id))

    def seal(self, run_id: str, **extra: Any) -> dict[str, Any] | None:
        """Write ``manifest.head`` (last hash, count, WARC hash) so a removed tail shows up."""
        path = self.manifest_path(run_id)
        if not path.exists():
            return None
        with _locked(path):
            last = self._last_entry(path)
            warc = self.warc_path(run_id)
            head = {
                "run_id": run_id,
                "count": last["seq"] if last else 0,
                "hash": last["hash"] if last else GENESIS,
                "manifest_sha256": sha256_file(path),
                "warc_sha256": sha256_file(warc) if warc.exists() else None,
                **extra,
            }
            tmp = path.with_name("manifest.head.tmp")
            try:
                tmp.write_text(json.dumps(head, sort_keys=True) + "\n", encoding="utf-8")
                os.replace(tmp, path.with_name("manifest.head"))
            except OSError:
                tmp.unlink(missing_ok=True)
                raise
        return head

    def is_active(self, run_id: str) -> bool:
        """True while a live crawl holds the run open (its writers' flocks)."""
        path = self.run_dir(run_id) / ".active"
        if not path.exists():
            return False
        fd = os.open(path, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        finally:
            os.close(fd)
        return False
