"""A local write-ahead spool for store writes that the store could not take.

When the store is down or refuses a write, the store pipeline appends the record here and
fsyncs before it acknowledges the item, so a crash or a SIGKILL loses nothing that was already
detected. :meth:`Spool.replay` feeds the records back once the store answers again — in the
same run or the next. Hit ids are stable and the store merges, so replaying a record twice (a
crash in the middle of a replay) never duplicates a hit.

Layout: ``<path>`` is the live spool (JSON lines); a replay first renames it to
``<path>.replaying`` so new failures keep appending to a fresh file while the old one drains.

Several processes may share one spool (a crawl and the reviewer on one store, two scheduled
crawls): ``<path>.lock`` is held shared by every append and exclusively while the live file is
renamed, so no append lands in a file that is already being drained (and then deleted); and
``<path>.drain.lock`` lets one process drain at a time — the others find it taken and keep
spooling, so records are neither replayed twice at once nor lost to two rewrites of one file.
"""

from __future__ import annotations

import fcntl
import json
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

__all__ = ["Spool"]


class Spool:
    """Append-only JSON-lines file with fsync per record and crash-safe replay."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.draining = self.path.with_name(self.path.name + ".replaying")
        self._files_lock = self.path.with_name(self.path.name + ".lock")
        self._drain_lock = self.path.with_name(self.path.name + ".drain.lock")
        self._lock = threading.Lock()

    @contextmanager
    def _flock(self, path: Path, mode: int):
        """An advisory lock on ``path`` (across processes); yields False when ``LOCK_NB`` finds
        it taken."""
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o640)
        try:
            try:
                fcntl.flock(fd, mode)
            except BlockingIOError:
                yield False
                return
            yield True
        finally:
            os.close(fd)  # closing releases the lock

    def append(self, record: dict[str, Any]) -> None:
        """Write one record and fsync it; returns only when it is on disk."""
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
        with self._lock, self._flock(self._files_lock, fcntl.LOCK_SH):
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
            try:
                os.write(fd, line.encode("utf-8"))
                os.fsync(fd)
            finally:
                os.close(fd)

    def pending(self) -> int:
        """Records waiting for the store (both files)."""
        return sum(1 for _ in self._records(self.draining)) + sum(
            1 for _ in self._records(self.path)
        )

    def __bool__(self) -> bool:
        return self.path.exists() or self.draining.exists()

    @staticmethod
    def _records(path: Path) -> Iterator[dict[str, Any]]:
        """Records of one file; a torn last line (killed mid-write) is skipped."""
        if not path.exists():
            return
        with path.open("rb") as f:
            for raw in f:
                if not raw.endswith(b"\n"):
                    break
                try:
                    yield json.loads(raw)
                except ValueError:
                    continue

    def replay(self, apply: Callable[[dict[str, Any]], None]) -> int:
        """Apply every spooled record in order; stop (keeping the rest) at the first failure.

        ``apply`` raises when the store is still down; the records not yet applied stay in the
        draining file for the next attempt. Returns how many records were applied (0 as well
        when another process is draining this spool: it drains what is here too).
        """
        done = 0
        with self._flock(self._drain_lock, fcntl.LOCK_EX | fcntl.LOCK_NB) as mine:
            if not mine:
                return 0
            while self._claim():
                records = list(self._records(self.draining))
                applied = 0
                try:
                    for rec in records:
                        apply(rec)
                        applied += 1
                finally:
                    done += applied
                    self._keep_rest(records[applied:])
        return done

    def _claim(self) -> bool:
        """Make sure there is a draining file to work on; False when nothing is pending."""
        with self._lock, self._flock(self._files_lock, fcntl.LOCK_EX):
            if self.draining.exists():
                return True
            if not self.path.exists():
                return False
            os.replace(self.path, self.draining)
            _fsync_dir(self.path.parent)
            return True

    def _keep_rest(self, rest: list[dict[str, Any]]) -> None:
        """Rewrite the draining file with what was not applied (atomically), or drop it."""
        with self._lock:
            if not rest:
                self.draining.unlink(missing_ok=True)
            else:
                tmp = self.draining.with_name(self.draining.name + ".tmp")
                with tmp.open("wb") as f:
                    for rec in rest:
                        f.write(json.dumps(rec, ensure_ascii=False).encode("utf-8") + b"\n")
                    f.flush()
                    os.fsync(f.fileno())
                os.replace(tmp, self.draining)
            _fsync_dir(self.path.parent)


def _fsync_dir(path: Path) -> None:
    """Make a rename durable (POSIX: the directory entry must be synced too)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
