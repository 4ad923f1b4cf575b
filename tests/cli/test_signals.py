"""A closed pipe ends a command quietly (141); Ctrl-C ends it with one line and 130.

Each command runs as a real ``adsweep`` process in a session of its own, and Ctrl-C is sent
the way a terminal sends it: SIGINT to the whole process group (chromium's driver and the OCR
workers included). Every wait is on an event, a file or the process itself, never a sleep.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import psutil
import pytest

from pipelines.store import open_store
from tests.conftest import ROOT
from tests.crawl.site import AD_TEXT, SiteServer, html, links
from tests.store.storefactory import make_hit

INTERRUPTED = "adsweep: 已中断"


def _start(*args: str, cwd: Path, stdout: object = subprocess.PIPE) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("ADSWEEP_STORE", None)
    with (cwd / "stderr.txt").open("w") as err:  # the child keeps its own descriptor
        return subprocess.Popen(
            [sys.executable, "-m", "crawlers", *args],
            cwd=cwd,
            env=env,
            stdout=stdout,
            stderr=err,
            text=True,
            start_new_session=True,
        )


def _stderr(cwd: Path) -> str:
    return (cwd / "stderr.txt").read_text(encoding="utf-8")


def _messages(stderr: str) -> list[str]:
    """stderr without the progress lines (``[sweep] 页面 …``, ``完成 [ingest] …``)."""
    return [ln for ln in stderr.splitlines() if not re.match(r"(完成 )?\[\w+\] 页面", ln)]


def _ctrl_c(proc: subprocess.Popen) -> None:
    os.killpg(proc.pid, signal.SIGINT)


def _store_with_hits(tmp_path: Path, n: int) -> str:
    url = f"sqlite:///{tmp_path}/hits.db"
    with open_store(url) as store:
        store.upsert_hits([make_hit(i) for i in range(n)])
    return url


def _closed_reader(*args: str, cwd: Path) -> subprocess.Popen:
    """The command with its stdout a pipe whose only reader is closed before it writes."""
    proc = _start(*args, cwd=cwd)
    assert proc.stdout is not None
    proc.stdout.close()
    return proc


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_hits_export_into_a_closed_pipe_is_quiet(tmp_path: Path, fmt: str) -> None:
    """A few hits fit the pipe buffer: the closed pipe shows up at the last flush."""
    store = _store_with_hits(tmp_path, 3)
    proc = _closed_reader("hits", "export", "--format", fmt, "--store", store, cwd=tmp_path)
    assert proc.wait(timeout=120) == 141
    assert _stderr(tmp_path) == ""


def test_streaming_into_a_closed_pipe_is_quiet(tmp_path: Path) -> None:
    rows = (json.dumps({"id": i, "text": f"低压电工证包过 第{i}条"}) for i in range(4000))
    (tmp_path / "in.jsonl").write_text("\n".join(rows), encoding="utf-8")
    proc = _closed_reader("scan", "--jsonl", str(tmp_path / "in.jsonl"), cwd=tmp_path)
    assert proc.wait(timeout=120) == 141
    assert _stderr(tmp_path) == ""


def test_a_full_reader_still_gets_everything(tmp_path: Path) -> None:
    store = _store_with_hits(tmp_path, 3)
    proc = _start("hits", "export", "--store", store, cwd=tmp_path)
    out, _ = proc.communicate(timeout=120)
    assert proc.returncode == 0
    assert len(out.splitlines()) == 3 and "已导出 3 条命中记录" in _stderr(tmp_path)


def test_ctrl_c_stops_the_scheduler_at_once(tmp_path: Path) -> None:
    """The scheduler sleeps up to a minute between ticks; Ctrl-C must not wait for it."""
    targets = tmp_path / "t.yaml"
    targets.write_text(
        "- name: yearly\n  platform: 示例\n  start_urls: [http://127.0.0.1:9/]\n"
        "  allow_private: [127.0.0.1]\n  schedule: '0 3 1 1 *'\n",
        encoding="utf-8",
    )
    log = tmp_path / "schedule.log"
    proc = _start("schedule", "--targets", str(targets), "--state", str(tmp_path / "s.json"),
                  "--log", str(log), cwd=tmp_path, stdout=subprocess.DEVNULL)  # fmt: skip
    _wait_for(lambda: log.exists() and "调度器启动" in log.read_text(encoding="utf-8"), proc)
    _ctrl_c(proc)
    assert proc.wait(timeout=30) == 130
    err = _stderr(tmp_path)
    assert err.startswith(INTERRUPTED) and err.count("\n") == 1
    assert "调度器已停止" in log.read_text(encoding="utf-8")


def _wait_for(cond: Callable[[], bool], proc: subprocess.Popen, timeout: float = 180) -> None:
    """Poll ``cond`` (a file's content, a process tree) until true; fail if the command ends."""
    deadline = time.monotonic() + timeout
    while not cond():
        assert proc.poll() is None, f"the command ended early ({proc.returncode})"
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def _helpers(proc: subprocess.Popen) -> set[str]:
    """Which helper processes the command runs now: the OCR worker, chromium's driver."""
    names = set()
    for child in psutil.Process(proc.pid).children(recursive=True):
        with contextlib.suppress(psutil.Error):
            cmd = " ".join(child.cmdline())
            names |= {"ocr"} if "spawn_main" in cmd else set()
            names |= {"driver"} if "run-driver" in cmd else set()
    return names


def _png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (120, 40), "white").save(buf, "PNG")
    return buf.getvalue()


class _HeldSite:
    """Pages of ads, each with an image; after ``first`` pages every page request waits for
    ``release``, so the crawl is certainly in the middle when Ctrl-C comes."""

    def __init__(self, first: int = 4) -> None:
        self.first, self.pages = first, 0
        self.release = threading.Event()
        self.png = _png()
        self._lock = threading.Lock()

    def route(self, path: str) -> tuple[int, dict[str, str], bytes]:
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"
        if path == "/ad.png":
            return 200, {"Content-Type": "image/png"}, self.png
        with self._lock:
            self.pages += 1
            held = self.pages > self.first
        if held:
            self.release.wait(120)
        n = int(path.strip("/p") or 0) if path.startswith("/p") else 0
        body = f"<p>{AD_TEXT}</p><img src='/ad.png'>" + links(
            *(f"/p{n * 4 + i}" for i in range(1, 5))
        )
        return html(body, f"电工证代办 {n}")


@pytest.mark.slow
@pytest.mark.browser
def test_ctrl_c_mid_crawl_finishes_in_flight_pages_then_says_so(tmp_path: Path) -> None:
    """Rendered in chromium, images read by OCR workers: Ctrl-C reaches all of them, yet the
    crawl stops gracefully (browser still there for the pages in flight), prints its summary
    and ends with one line and 130."""
    site = _HeldSite()
    with SiteServer(site.route) as server:
        proc = _start("crawl", server.url("/"), "--store", f"sqlite:///{tmp_path}/a.db",
                      "--evidence-dir", str(tmp_path / "ev"), "--render", "always",
                      "--no-screenshots", "--allow-private", "127.0.0.0/8", "--depth", "5",
                      cwd=tmp_path)  # fmt: skip
        try:
            _wait_for(lambda: site.pages > site.first and _helpers(proc) == {"ocr", "driver"}, proc)
            _ctrl_c(proc)
            site.release.set()
            out, _ = proc.communicate(timeout=180)
        finally:
            site.release.set()
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
    err = _stderr(tmp_path)
    assert proc.returncode == 130, err
    assert "抓取页面" in out and "运行编号" in out  # the summary of what was saved
    assert _messages(err) == [_messages(err)[0]] and _messages(err)[0].startswith(INTERRUPTED)


def _stored_hits(db: Path) -> int:
    try:
        with contextlib.closing(sqlite3.connect(db)) as conn:
            return conn.execute("SELECT count(*) FROM hits").fetchone()[0]
    except sqlite3.Error:  # not created yet, or being migrated right now
        return 0


@pytest.mark.slow
def test_ctrl_c_mid_ingest_stores_what_it_read_then_says_so(tmp_path: Path) -> None:
    """Rows yielded by the spider's start() are in the pipelines when Ctrl-C comes; the run
    must still close (Scrapy alone would wait for them forever), store them and say so."""
    rows = 20_000  # Ctrl-C comes after the first 20 stored: the file is far from read
    with (tmp_path / "export.csv").open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["链接", "标题", "店铺"])
        for i in range(rows):
            out.writerow([f"https://shop.example/item/{i}", f"低压电工证包过 不用考试 {i}号", "店"])
    db = tmp_path / "a.db"
    proc = _start("ingest", str(tmp_path / "export.csv"), "--platform", "示例平台",
                  "--store", f"sqlite:///{db}", "--evidence-dir", str(tmp_path / "ev"),
                  "--no-progress", cwd=tmp_path)  # fmt: skip
    try:
        _wait_for(lambda: _stored_hits(db) >= 20, proc)
        _ctrl_c(proc)
        out_text, _ = proc.communicate(timeout=180)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
    err = _stderr(tmp_path)
    assert proc.returncode == 130, err
    assert _messages(err) == [_messages(err)[0]] and _messages(err)[0].startswith(INTERRUPTED)
    read = int(re.search(r"导入 (\d+) 条", out_text).group(1))
    assert 20 <= read < rows
    assert _stored_hits(db) == read  # every row read is stored, none is lost
