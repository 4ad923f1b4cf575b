"""One spool shared by several processes (a crawl and the reviewer, two scheduled crawls):
appends from some while others drain lose nothing and apply nothing twice."""

from __future__ import annotations

import json
import multiprocessing
import os
from pathlib import Path

from pipelines.spool import Spool

WRITERS, RECORDS, DRAINERS = 3, 250, 2


def _write(path: str, writer: int) -> None:
    spool = Spool(path)
    for n in range(RECORDS):
        spool.append({"w": writer, "n": n})


def _drain(path: str, out: str, stop: str) -> None:
    spool = Spool(path)
    fd = os.open(out, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def apply(rec: dict) -> None:
        os.write(fd, (json.dumps(rec) + "\n").encode())

    try:
        while True:
            finished = os.path.exists(stop)  # read before draining: nothing is appended after
            spool.replay(apply)
            if finished and not spool:
                return
    finally:
        os.close(fd)


def test_appends_and_drains_from_several_processes_apply_each_record_once(tmp_path: Path):
    ctx = multiprocessing.get_context("spawn")
    path, stop = str(tmp_path / "spool" / "store-x.jsonl"), str(tmp_path / "writers-done")
    outs = [str(tmp_path / f"applied-{k}.jsonl") for k in range(DRAINERS)]
    drainers = [ctx.Process(target=_drain, args=(path, out, stop)) for out in outs]
    writers = [ctx.Process(target=_write, args=(path, w)) for w in range(WRITERS)]
    for p in drainers + writers:
        p.start()
    for p in writers:
        p.join(120)
        assert p.exitcode == 0
    Path(stop).touch()
    for p in drainers:
        p.join(120)
        assert p.exitcode == 0
    applied = [
        (rec["w"], rec["n"])
        for out in outs
        if os.path.exists(out)
        for rec in map(json.loads, Path(out).read_text().splitlines())
    ]
    assert len(applied) == len(set(applied)) == WRITERS * RECORDS  # none lost, none twice
    assert not Spool(path) and Spool(path).pending() == 0
    for out in outs:  # each writer's records are applied in the order they were spooled
        if os.path.exists(out):
            seen: dict[int, int] = {}
            for rec in map(json.loads, Path(out).read_text().splitlines()):
                assert rec["n"] > seen.get(rec["w"], -1)
                seen[rec["w"]] = rec["n"]
