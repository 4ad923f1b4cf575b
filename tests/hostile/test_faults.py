"""Faults in the middle of a job: the store, the process, the evidence disk, the lexicon.

Each test proves nothing is lost or half-written and the message says what happened.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.crawl.site import SiteServer, ad_site
from tests.hostile.crawling import ROOT
from tests.shared import unavailable

PAGES, ADS_EVERY = 24, 2
ADS = PAGES // ADS_EVERY


def _cmd(url: str, work: Path, *extra: str) -> list[str]:
    return [
        sys.executable, "-m", "crawlers", "crawl", url, "--depth", "40", "--render", "never",
        "--no-screenshots", "--no-ocr", "--allow-private", "127.0.0.1/32",
        "--store", f"sqlite:///{work / 'a.db'}", "--evidence-dir", str(work / "evidence"),
        "-s", "ADSWEEP_PROGRESS_INTERVAL=0", "-s", "AUTOTHROTTLE_ENABLED=false", *extra,
    ]  # fmt: skip


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "ADSWEEP_STORE": ""}


def _run(cmd: list[str], work: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=work, env=_env(), capture_output=True, text=True, timeout=300)


def _pages_stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as con:
            return con.execute("SELECT count(*) FROM pages").fetchone()[0]
    except sqlite3.Error:
        return 0


#: Ceiling (seconds) of the wait for a crawl's first stored pages. A net for a crawl that never
#: stores anything, not a speed check: a crawl process starting on two cores busy with other
#: crawls took minutes to open its spider (session 78), and a met condition returns at once.
#: The wait used to give up silently after 120 s and inject the fault into a crawl that had
#: not begun.
STORED_CEILING = 480


def _wait_for_pages(db: Path, n: int, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + STORED_CEILING
    while _pages_stored(db) < n and proc.poll() is None:
        assert time.monotonic() < deadline, f"fewer than {n} pages stored in {STORED_CEILING} s"
        time.sleep(0.1)
    assert proc.poll() is None, "the crawl ended before the fault could be injected"


class _HeldSite:
    """The ad site, answering its home page and first ``served`` listing pages at once and
    holding every further listing page until ``release`` is set (or ``HOLD_CEILING`` passes).

    The fault then lands in the middle of the crawl however fast or slow the machine is: with
    every page answered, a crawl could fetch and store all ``PAGES`` while a test process
    starved of CPU was still polling for the first few, and the fault came after the end.
    """

    HOLD_CEILING = 300.0

    def __init__(self, served: int) -> None:
        self.route = ad_site(pages=PAGES, ads_every=ADS_EVERY, delay=0.1)
        self.served, self.count = served, 0
        self.release = threading.Event()
        self._lock = threading.Lock()

    def __call__(self, path: str) -> tuple[int, dict[str, str], bytes]:
        if path.startswith("/p/"):
            with self._lock:
                self.count += 1
                held = self.count > self.served
            if held:
                self.release.wait(self.HOLD_CEILING)
        return self.route(path)


def _hits(work: Path) -> list[dict]:
    out = subprocess.run(
        [sys.executable, "-m", "crawlers", "hits", "export", "--store", f"sqlite:///{work / 'a.db'}"],
        cwd=work, env=_env(), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    return [json.loads(x) for x in out.stdout.splitlines() if x.strip()]


@pytest.fixture
def slow_site() -> Iterator[SiteServer]:
    with SiteServer(ad_site(pages=PAGES, ads_every=ADS_EVERY, delay=0.1)) as site:
        yield site


def _chattr(flag: str, db: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        path = Path(f"{db}{suffix}")
        if path.exists():
            subprocess.run(["chattr", flag, str(path)], check=True)


def test_store_made_immutable_mid_crawl_spools_and_loses_nothing(tmp_path: Path) -> None:
    if os.geteuid() != 0 or not shutil.which("chattr"):
        unavailable("needs root and chattr to make the store's files immutable")
    db = tmp_path / "a.db"
    gate = _HeldSite(served=6)  # the home page and six listing pages: five stored, then wait
    with SiteServer(gate) as slow_site:
        proc = subprocess.Popen(
            _cmd(slow_site.url("/"), tmp_path), cwd=tmp_path, env=_env(), text=True,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
        try:
            _wait_for_pages(db, 5, proc)
            _chattr("+i", db)
            gate.release.set()  # the rest of the crawl meets the immutable store
            _out, err = proc.communicate(timeout=300)
        except BaseException:
            _chattr("-i", db)
            raise
        finally:
            gate.release.set()
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
        _immutable_store_was_reported(proc, err, tmp_path, db)
        again = _run(_cmd(slow_site.url("/"), tmp_path), tmp_path)
    assert again.returncode == 0, again.stderr[-3000:]
    hits = _hits(tmp_path)
    assert len(hits) == ADS and len({h["id"] for h in hits}) == ADS


def _immutable_store_was_reported(
    proc: subprocess.Popen, err: str, tmp_path: Path, db: Path
) -> None:
    """The crawl that met the immutable store: exit 1, the message, the spool; then ``runs``."""
    try:
        assert proc.returncode == 1, f"{proc.returncode}: {err[-3000:]}"  # no SIGBUS, no crash
        assert "not writable (read-only or immutable)" in err
        assert "条记录滞留在本地暂存" in err and "Traceback" not in err
        spool = [
            p for p in (tmp_path / "data" / "spool").glob("store-*") if "rejected" not in p.name
        ]
        lines = sum(len(p.read_bytes().splitlines()) for p in spool)
        assert lines > 0, spool  # the live or draining file
    finally:
        _chattr("-i", db)
    runs = _run([sys.executable, "-m", "crawlers", "runs", "--store", f"sqlite:///{db}"], tmp_path)
    assert "尚未写入存储" in runs.stdout, runs.stdout + runs.stderr


def test_sigkill_mid_run_then_resume_loses_nothing(tmp_path: Path) -> None:
    gate = _HeldSite(served=9)  # the home page and nine listing pages: eight stored, then wait
    with SiteServer(gate) as slow_site:
        cmd = _cmd(slow_site.url("/"), tmp_path, "--job-dir", str(tmp_path / "job"))
        proc = subprocess.Popen(cmd, cwd=tmp_path, env=_env(), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)  # fmt: skip
        try:
            _wait_for_pages(tmp_path / "a.db", 8, proc)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
        finally:
            gate.release.set()
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        again = _run(cmd, tmp_path)
    assert again.returncode == 0, again.stderr[-3000:]
    hits = _hits(tmp_path)
    assert len(hits) == ADS and len({h["id"] for h in hits}) == ADS
    assert all(h.get("evidence") for h in hits), "a hit lost its evidence"
    verify = _run(
        [sys.executable, "-m", "crawlers", "evidence", "--evidence-dir",
         str(tmp_path / "evidence"), "verify"], tmp_path,
    )  # fmt: skip
    assert verify.returncode == 0, verify.stdout + verify.stderr


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        unavailable("needs root to mount a small tmpfs")
    mnt = tmp_path / "evidence"
    mnt.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=96k", "tmpfs", str(mnt)], check=True)
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_full_evidence_disk_stops_capture_cleanly(
    slow_site: SiteServer, tiny_disk: Path, tmp_path: Path
) -> None:
    stats = tmp_path / "stats.json"
    r = _run(_cmd(slow_site.url("/"), tmp_path, "--stats", str(stats)), tmp_path)
    assert r.returncode == 1, r.stderr[-3000:]
    assert r.stderr.count("Evidence capture stopped") == 1, r.stderr[-3000:]
    assert "条命中缺少证据" in r.stderr and "Traceback" not in r.stderr
    s = json.loads(stats.read_text())[0]["stats"]
    hits = _hits(tmp_path)
    assert len(hits) == ADS, "every hit is stored, with or without evidence"
    missing = [h for h in hits if not h.get("evidence")]
    assert len(missing) == s["adsweep/evidence/missing"] > 0
    verify = _run(
        [sys.executable, "-m", "crawlers", "evidence", "--evidence-dir", str(tiny_disk), "verify"],
        tmp_path,
    )
    if s.get("adsweep/evidence/unsealed"):
        assert verify.returncode == 1 and "未封存" in verify.stdout, verify.stdout
    else:
        assert verify.returncode == 0, verify.stdout  # nothing half-written anywhere
    assert "被改动或截断" not in verify.stdout


def test_malformed_lexicon_rule_stops_before_any_fetch(
    slow_site: SiteServer, tmp_path: Path
) -> None:
    lex = tmp_path / "lexicon"
    for part in ("rules", "terms"):
        shutil.copytree(ROOT / "lexicon" / part, lex / part)
    shutil.copy(ROOT / "lexicon" / "law.yaml", lex / "law.yaml")
    rule = next(p for p in sorted((lex / "rules").glob("*/*.yaml")) if ".fixture" not in p.name)
    rule.write_text(rule.read_text(encoding="utf-8").replace("severity:", "severity: [", 1))
    r = _run(_cmd(slow_site.url("/"), tmp_path, "-s", f"LEXICON_DIR={lex}"), tmp_path)
    assert r.returncode == 2, r.stderr[-3000:]
    assert "规则库有误" in r.stderr and rule.name in r.stderr and "Traceback" not in r.stderr
    assert slow_site.fetched() == 0 and not (tmp_path / "a.db").exists()
