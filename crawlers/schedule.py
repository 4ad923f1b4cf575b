"""Run targets on their cron schedules (``adsweep schedule``).

Rules, each the answer to a way schedulers go wrong on a server:

* **No overlap.** A target's run holds an exclusive lock file (``flock``) for as long as it
  runs; a slot that comes while the last run is still going is skipped (and logged), also
  across several scheduler processes or a cron entry beside the daemon.
* **One catch-up after downtime.** The state file remembers the last slot each target ran
  for. When the scheduler comes back after missing several slots it runs the target once,
  not once per missed slot. A target seen for the first time waits for its next slot.
* **Logs to a file and stdout**, including each run's own output.

Each run is a separate ``adsweep crawl --targets FILE --only NAME`` process, so every
scheduled crawl is recorded as a run in the store exactly like a manual one.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from croniter import croniter

from crawlers.targets import Target

__all__ = ["ScheduleState", "Scheduler", "crawl_command", "due_slot", "setup_logging"]

logger = logging.getLogger("adsweep.schedule")


def due_slot(expr: str, last_slot: datetime | None, now: datetime) -> datetime | None:
    """The most recent slot at or before ``now`` if it has not run yet, else None.

    Several missed slots collapse into this one (one catch-up run).
    """
    latest = croniter(expr, now).get_prev(datetime)
    if croniter.match(expr, now.replace(second=0, microsecond=0)):
        latest = now.replace(second=0, microsecond=0)
    if last_slot is not None and latest <= last_slot:
        return None
    return latest


@dataclass
class ScheduleState:
    """Last slot run per target, in a small JSON file (written atomically)."""

    path: Path
    slots: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, path: str | Path) -> ScheduleState:
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            data = {}
        return cls(path, dict(data.get("slots", {})))

    def last(self, name: str) -> datetime | None:
        value = self.slots.get(name)
        return datetime.fromisoformat(value) if value else None

    def set(self, name: str, slot: datetime) -> None:
        self.slots[name] = slot.isoformat()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"slots": self.slots}, indent=2), encoding="utf-8")
        os.replace(tmp, self.path)


def crawl_command(target: Target, targets_file: str, store: str | None) -> list[str]:
    """The ``adsweep crawl`` invocation of one scheduled run."""
    cmd = [sys.executable, "-m", "crawlers", "crawl", "--targets", targets_file]
    cmd += ["--only", target.name]
    if store:
        cmd += ["--store", store]
    return cmd  # the target's own settings (allow_private, politeness) come with --targets


class _Lock:
    """An exclusive, non-blocking flock on ``locks/<target>.lock`` (released when closed)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.file = path.open("a+")

    def acquire(self) -> bool:
        try:
            fcntl.flock(self.file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def release(self) -> None:
        self.file.close()


@dataclass
class _Running:
    target: Target
    slot: datetime
    proc: subprocess.Popen
    lock: _Lock
    started: float
    pump: threading.Thread


class Scheduler:
    """Checks targets every tick; starts due runs as subprocesses, one per target at a time."""

    def __init__(
        self,
        targets: list[Target],
        targets_files: dict[str, str],
        state: ScheduleState,
        lock_dir: Path,
        store: str | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now().astimezone(),
        command: Callable[[Target, str, str | None], list[str]] = crawl_command,
    ) -> None:
        self.targets = [t for t in targets if t.schedule]
        self.files = targets_files
        self.state = state
        self.lock_dir = lock_dir
        self.store = store
        self.clock = clock
        self.command = command
        self.running: dict[str, _Running] = {}

    def first_run_defaults(self) -> None:
        """A target never seen before waits for its next slot instead of running now."""
        now = self.clock()
        for t in self.targets:
            if self.state.last(t.name) is None:
                self.state.set(t.name, croniter(t.schedule, now).get_prev(datetime))

    def tick(self) -> list[str]:
        """Reap finished runs, start due ones; returns the names started."""
        self.reap()
        started = []
        now = self.clock()
        for t in self.targets:
            slot = due_slot(t.schedule, self.state.last(t.name), now)
            if slot is not None and self._start(t, slot):
                started.append(t.name)
        return started

    def _start(self, target: Target, slot: datetime) -> bool:
        if target.name in self.running:
            logger.warning("目标 %s 的上一次运行尚未结束，跳过 %s 的计划", target.name, slot)
            return False
        lock = _Lock(self.lock_dir / f"{target.name}.lock")
        if not lock.acquire():
            logger.warning("目标 %s 正在由其他进程运行，跳过 %s 的计划", target.name, slot)
            lock.release()
            return False
        cmd = self.command(target, self.files[target.name], self.store)
        logger.info("开始运行目标 %s（计划时间 %s）：%s", target.name, slot, " ".join(cmd))
        proc = subprocess.Popen(
            cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1
        )
        pump = threading.Thread(target=_pump, args=(target.name, proc), daemon=True)
        pump.start()
        self.running[target.name] = _Running(target, slot, proc, lock, time.monotonic(), pump)
        self.state.set(target.name, slot)
        return True

    def reap(self, wait: bool = False) -> None:
        """Collect finished runs (their output goes to the log)."""
        for name, run in list(self.running.items()):
            if run.proc.poll() is None and not wait:
                continue
            run.proc.wait()
            run.pump.join(timeout=10)
            secs = time.monotonic() - run.started
            logger.info(
                "目标 %s 运行结束，退出码 %s，用时 %.0f 秒", name, run.proc.returncode, secs
            )
            run.lock.release()
            del self.running[name]

    def next_wakeup(self, cap: float = 60.0) -> float:
        """Seconds until the next slot of any target (at most ``cap``)."""
        now = self.clock()
        nxt = [croniter(t.schedule, now).get_next(datetime) for t in self.targets]
        if not nxt:
            return cap
        return max(1.0, min(cap, (min(nxt) - now).total_seconds()))

    def serve(
        self,
        stop: Callable[[], bool] = lambda: False,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        """Tick until ``stop()``; runs in progress finish before returning.

        ``sleep`` may return early (the command line's returns on a signal, so Ctrl-C does
        not wait for the next minute).
        """
        while not stop():
            self.tick()
            sleep(min(self.next_wakeup(), 5.0 if self.running else 60.0))
        self.reap(wait=True)


def _pump(name: str, proc: subprocess.Popen) -> None:
    """Copy a run's output into the scheduler log as it comes (a full pipe would block it)."""
    assert proc.stdout is not None
    with proc.stdout:
        for line in proc.stdout:
            logger.info("[%s] %s", name, line.rstrip())


def setup_logging(log_file: str | Path) -> None:
    """Scheduler logs to ``log_file`` and stdout, one timestamped line per event."""
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(message)s")
    Path(log_file).parent.mkdir(parents=True, exist_ok=True)
    handlers: list[Any] = [
        logging.FileHandler(log_file, encoding="utf-8"),
        logging.StreamHandler(sys.stdout),
    ]
    for h in handlers:
        h.setFormatter(fmt)
        logger.addHandler(h)
    logger.setLevel(logging.INFO)
    logger.propagate = False
