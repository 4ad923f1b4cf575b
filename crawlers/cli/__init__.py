"""The ``adsweep`` command line: one entry point, one module per sub-command.

Each module in :data:`COMMANDS` exposes ``register(subparsers)``, which adds its parser and sets
``func`` (returning an exit code). Exit codes: 0 ok, 1 the job ran but failed or left work
unfinished, 2 bad usage or input, 3 a crawl finished but some pages failed, 130 stopped with
Ctrl-C (one line on stderr, never a traceback), 141 the reader of stdout went away
(``adsweep hits export | head``: quietly).
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import logging
import os
import select
import sys
from collections.abc import Sequence

from crawlers.errors import CliError

__all__ = ["COMMANDS", "EXIT_CLOSED_PIPE", "EXIT_INTERRUPTED", "main"]

#: 128 + SIGINT: what a shell reports for a program that Ctrl-C stopped.
EXIT_INTERRUPTED = 130
#: 128 + SIGPIPE: what ``yes | head`` reports for ``yes``.
EXIT_CLOSED_PIPE = 141

#: Sub-command modules under ``crawlers.cli``, in the order ``--help`` lists them.
COMMANDS: tuple[str, ...] = (
    "demo",
    "crawl",
    "scan",
    "eval",
    "lexicon",
    "portals",
    "hits",
    "evidence",
    "ingest",
    "schedule",
    "runs",
    "notices",
    "stats",
    "store",
    "serve",
    "users",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="adsweep",
        description="特种作业操作证违法广告监测：crawl, detect, store, triage, notice.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        modname = f"crawlers.cli.{name}"
        if importlib.util.find_spec(modname) is None:
            continue
        importlib.import_module(modname).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        code = _run(argv)
        sys.stdout.flush()  # output that fit the buffer meets a closed pipe only here
        return code
    except KeyboardInterrupt:
        _say("adsweep: 已中断 (interrupted)；已保存的命中与证据不受影响")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        if not _closed(sys.stdout):
            raise  # some other pipe or socket: a real error, shown as one
        _discard(sys.stdout)
        return EXIT_CLOSED_PIPE


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return _leave_if_poisoned(int(args.func(args) or 0))
    except CliError as e:
        print(f"adsweep: error: {e}", file=sys.stderr)
        return _leave_if_poisoned(e.code)


def _say(line: str) -> None:
    """One line on stderr, unless stderr is gone too (``2>&1 | head``)."""
    try:
        print(line, file=sys.stderr, flush=True)
    except OSError:
        _discard(sys.stderr)


def _closed(stream: object) -> bool:
    """True when ``stream`` is a pipe or socket whose reader has gone (poll reports an error)."""
    try:
        fd = stream.fileno()  # type: ignore[attr-defined]
    except (AttributeError, OSError, ValueError):
        return False
    poller = select.poll()
    poller.register(fd, select.POLLOUT)
    return any(ev & (select.POLLERR | select.POLLHUP) for _, ev in poller.poll(0))


def _discard(stream: object) -> None:
    """Point ``stream``'s descriptor at /dev/null, so the flush at exit cannot fail again."""
    try:
        fd = stream.fileno()  # type: ignore[attr-defined]
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


def _leave_if_poisoned(code: int) -> int:
    """Exit now, without finalizing, when a SQLite store's files became unwritable mid-run.

    Such a connection must never be closed (closing writes through a shared memory map and
    dies with SIGBUS); everything else is flushed first.
    """
    from pipelines.store import sqlite

    if sqlite.POISONED:
        sys.stdout.flush()
        sys.stderr.flush()
        logging.shutdown()
        os._exit(code)
    return code


if __name__ == "__main__":
    sys.exit(main())
