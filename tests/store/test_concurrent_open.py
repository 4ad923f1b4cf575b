"""Several workers opening one fresh SQLite file at the same moment all get a usable store."""

from __future__ import annotations

import multiprocessing as mp
from pathlib import Path


def _open(path: str, barrier, results) -> None:
    from pipelines.store import open_store

    barrier.wait()
    try:
        store = open_store(f"sqlite:///{path}")
        results.put(("ok", store.count_hits()))
        store.close()
    except Exception as e:  # reported to the parent, which fails the test with it
        results.put(("error", repr(e)))


def test_fresh_database_opened_by_many_processes_at_once(tmp_path: Path) -> None:
    ctx = mp.get_context("spawn")
    for attempt in range(3):
        path = tmp_path / f"fresh{attempt}.db"
        barrier, results = ctx.Barrier(4), ctx.Queue()
        procs = [ctx.Process(target=_open, args=(str(path), barrier, results)) for _ in range(4)]
        for p in procs:
            p.start()
        outcomes = [results.get(timeout=120) for _ in procs]
        for p in procs:
            p.join(timeout=60)
        assert outcomes == [("ok", 0)] * 4, outcomes
