"""``adsweep schedule``: one catch-up run after downtime, never two runs of a target at once."""

from __future__ import annotations

import fcntl
import json
import os
import sys
from datetime import datetime, timedelta
from pathlib import Path

from crawlers.schedule import Scheduler, ScheduleState, due_slot
from crawlers.targets import parse_targets
from pipelines.store import open_store

from .site import SiteServer, ad_site

T0 = datetime(2026, 5, 4, 10, 2, 30).astimezone()


def test_due_slot_collapses_missed_slots_into_one() -> None:
    three_days_ago = T0 - timedelta(days=3)
    slot = due_slot("*/5 * * * *", three_days_ago, T0)
    assert slot == T0.replace(minute=0, second=0)  # the latest slot only
    assert due_slot("*/5 * * * *", slot, T0) is None  # ran: nothing more is due
    assert due_slot("*/5 * * * *", slot, T0 + timedelta(minutes=3)) == slot + timedelta(minutes=5)
    assert due_slot("0 3 * * *", None, T0) == T0.replace(hour=3, minute=0, second=0)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _held_run(fifo: Path | None):
    """A real subprocess standing in for a crawl: it runs until the test lets it finish.

    It reads the named pipe ``fifo`` (no polling: the read blocks until the test opens the
    pipe for writing and closes it); with no ``fifo`` it finishes at once.
    """

    def command(target, targets_file, store):
        wait = f"open({str(fifo)!r}).read()" if fifo else "pass"
        return [sys.executable, "-c", f"print('run {target.name}'); {wait}"]

    return command


def _finish_one_run(fifo: Path) -> None:
    """Let one held run finish (opening the pipe waits until that run has opened it)."""
    with fifo.open("w"):
        pass


TARGETS = """\
- name: market
  platform: 示例商城
  start_urls: [http://127.0.0.1:9/]
  allow_private: [127.0.0.1]
  schedule: "*/5 * * * *"
"""


def _scheduler(tmp_path: Path, clock: Clock, fifo: Path | None) -> Scheduler:
    targets = parse_targets(TARGETS, "t.yaml")
    state = ScheduleState.load(tmp_path / "state.json")
    return Scheduler(
        targets,
        {"market": "t.yaml"},
        state,
        tmp_path / "locks",
        clock=clock,
        command=_held_run(fifo),
    )


def test_no_overlap_then_one_catch_up(tmp_path: Path) -> None:
    clock = Clock(T0)
    fifo = tmp_path / "finish"
    os.mkfifo(fifo)
    sched = _scheduler(tmp_path, clock, fifo)
    sched.first_run_defaults()
    assert sched.tick() == []  # first start: wait for the next slot
    clock.now = T0 + timedelta(minutes=3)  # 10:05:30
    assert sched.tick() == ["market"]
    clock.now = T0 + timedelta(minutes=8)  # 10:10:30, the run is still going
    assert sched.tick() == []
    clock.now = T0 + timedelta(minutes=13)  # 10:15:30, still going: two slots missed
    assert sched.tick() == []
    _finish_one_run(fifo)
    sched.running["market"].proc.wait()
    assert sched.tick() == ["market"]  # one catch-up for both missed slots
    assert sched.state.last("market") == T0.replace(minute=15, second=0)
    _finish_one_run(fifo)
    sched.reap(wait=True)
    assert sched.tick() == []


def test_lock_held_by_another_process_skips_the_slot(tmp_path: Path) -> None:
    clock = Clock(T0)
    sched = _scheduler(tmp_path, clock, fifo=None)
    sched.first_run_defaults()
    (tmp_path / "locks").mkdir()
    with (tmp_path / "locks" / "market.lock").open("a") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as a second scheduler would
        clock.now = T0 + timedelta(minutes=3)
        assert sched.tick() == []
    assert sched.tick() == ["market"]  # released: the slot runs now
    sched.reap(wait=True)


def test_schedule_once_runs_a_real_crawl_once_after_downtime(adsweep, tmp_path: Path) -> None:
    # Daily at an hour ago: one slot was missed during the downtime, and the next one is ~23
    # hours away, so a slow machine cannot reach a new slot between the two runs below.
    slot = datetime.now().astimezone() - timedelta(hours=1)
    daily = f"{slot.minute} {slot.hour} * * *"
    with SiteServer(ad_site(12)) as site:
        targets = tmp_path / "targets.yaml"
        targets.write_text(
            f"- name: school\n  platform: 培训网站\n  start_urls: [{site.url('/')}]\n"
            f"  allow_private: [127.0.0.1]\n  schedule: '{daily}'\n  render: never\n  depth: 10\n",
            encoding="utf-8",
        )
        state = tmp_path / "state.json"
        long_ago = (datetime.now().astimezone() - timedelta(days=2)).isoformat()
        state.write_text(json.dumps({"slots": {"school": long_ago}}))
        store = f"sqlite:///{tmp_path}/s.db"
        log = tmp_path / "schedule.log"
        args = (
            "schedule",
            "--once",
            "--targets",
            str(targets),
            "--store",
            store,
            "--state",
            str(state),
            "--log",
            str(log),
        )
        r = adsweep(*args, cwd=tmp_path)
        assert r.returncode == 0, r.stderr
        assert "开始运行目标 school" in r.stdout and "运行结束，退出码 0" in r.stdout
        assert "开始运行目标 school" in log.read_text(encoding="utf-8")
        with open_store(store) as s:
            runs = s.list_runs()
            assert (
                len(runs) == 1 and runs[0]["target"] == "school"
            )  # one catch-up for the two missed slots
            assert runs[0]["status"] == "finished" and runs[0]["hits"] == 3
        again = adsweep(*args, cwd=tmp_path)
        assert again.returncode == 0 and "开始运行目标" not in again.stdout
        with open_store(store) as s:
            assert len(s.list_runs()) == 1
