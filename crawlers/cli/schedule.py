"""``adsweep schedule``: run targets on their cron schedules (see crawlers/schedule.py)."""

from __future__ import annotations

import argparse
import contextlib
import select
import signal
import socket
from pathlib import Path

from crawlers.errors import CliError, TargetsError

__all__ = ["register"]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("schedule", help="run targets on their cron schedules")
    p.add_argument(
        "--targets",
        action="append",
        default=[],
        metavar="FILE",
        help="targets YAML file or folder (repeatable; default: targets/)",
    )
    p.add_argument("--store", default=None, metavar="URL", help="store URL for every run")
    p.add_argument("--state", default="data/schedule/state.json", help="last slot per target")
    p.add_argument("--log", default="data/schedule/schedule.log", help="log file (and stdout)")
    p.add_argument(
        "--once",
        action="store_true",
        help="start what is due, wait for it, and exit (for a cron entry every few minutes)",
    )
    p.set_defaults(func=run)


def _load(paths: list[str]) -> tuple[list, dict[str, str]]:
    from crawlers.targets import load_targets

    files: dict[str, str] = {}
    targets = []
    for path in paths or ["targets"]:
        try:
            loaded = load_targets(path)
        except TargetsError as e:
            raise CliError(str(e)) from e
        for t in loaded:
            files[t.name] = t.source.rsplit(":", 1)[0]
        targets += loaded
    scheduled = [t for t in targets if t.schedule]
    if not scheduled:
        raise CliError(
            "没有带 schedule（cron 表达式）的目标：在 targets/*.yaml 中为目标加 schedule"
        )
    return scheduled, files


def run(args: argparse.Namespace) -> int:
    from crawlers.schedule import Scheduler, ScheduleState, setup_logging

    targets, files = _load(args.targets)
    setup_logging(args.log)
    state_path = Path(args.state)
    sched = Scheduler(
        targets, files, ScheduleState.load(state_path), state_path.parent / "locks", args.store
    )
    sched.first_run_defaults()
    if args.once:
        sched.tick()
        sched.reap(wait=True)
        return 0
    stopping: dict[str, int] = {}

    def stop(signum: int, _: object) -> None:
        stopping["signal"] = signum

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    nap = _SignalEndsSleep()
    names = ", ".join(f"{t.name}（{t.schedule}）" for t in targets)
    from crawlers.schedule import logger

    logger.info("调度器启动：%s", names)
    sched.serve(lambda: bool(stopping), nap)
    logger.info("调度器已停止")
    if stopping.get("signal") == signal.SIGINT:
        raise KeyboardInterrupt  # Ctrl-C: one line and 130; SIGTERM (systemd stop) is a clean 0
    return 0


class _SignalEndsSleep:
    """A sleep that ends when a signal arrives.

    ``time.sleep`` resumes after a handler that returns, so Ctrl-C would wait for the next
    minute's tick. With ``set_wakeup_fd`` the interpreter writes a byte to a socket on every
    handled signal, and the sleep waits on that socket instead.
    """

    def __init__(self) -> None:
        self._wake, self._waker = socket.socketpair()
        self._wake.setblocking(False)
        self._waker.setblocking(False)
        signal.set_wakeup_fd(self._waker.fileno())

    def __call__(self, seconds: float) -> None:
        select.select([self._wake], [], [], seconds)
        with contextlib.suppress(BlockingIOError):
            self._wake.recv(64)
