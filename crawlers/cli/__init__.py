"""The ``adsweep`` command line: one entry point, one module per sub-command.

Each module in :data:`COMMANDS` exposes ``register(subparsers)``, which adds its parser and sets
``func`` (returning an exit code). Exit codes: 0 ok, 1 the job ran but failed (e.g. the crawl
fetched nothing), 2 bad usage or input.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import logging
import os
import sys
from collections.abc import Sequence

from crawlers.errors import CliError

__all__ = ["COMMANDS", "main"]

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
    except KeyboardInterrupt:
        print("adsweep: interrupted", file=sys.stderr)
        return 130


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
