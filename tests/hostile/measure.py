"""Run a command and watch its whole process tree: peak RSS over time, fds, chromium processes.

Memory is measured, never timed: the sampler records the tree's RSS (the crawl, its OCR workers,
the Playwright driver and every chromium process) every ``interval`` seconds; tests assert
the peak stays under a bound, ``benchmarks/soak.py`` compares quarters of the run.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import dataclass, field

import psutil

__all__ = ["Measured", "run_measured", "tree_rss"]


def _tree(proc: psutil.Process) -> list[psutil.Process]:
    try:
        return [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return []


def _memory(p: psutil.Process) -> int:
    """Proportional set size: chromium's processes share most of their pages, and RSS would
    count the shared ones once per process (a tree of 20 renderers looks 3x its real size)."""
    try:
        return int(p.memory_full_info().pss)
    except (psutil.AccessDenied, AttributeError):
        return int(p.memory_info().rss)


def tree_rss(pid: int, detail: dict[str, int] | None = None) -> tuple[int, int, int]:
    """(memory bytes, open fds, chromium processes) of ``pid`` and all its descendants.

    Memory is each process's PSS (RSS where PSS cannot be read); ``detail`` collects it by
    process name.
    """
    try:
        root = psutil.Process(pid)
    except psutil.Error:
        return 0, 0, 0
    rss = fds = chrome = 0
    for p in _tree(root):
        try:
            mem = _memory(p)
            rss += mem
            fds += p.num_fds()
            chrome += "chrom" in p.name()
            if detail is not None:
                detail[p.name()] = detail.get(p.name(), 0) + mem
        except psutil.Error:
            continue
    return rss, fds, chrome


@dataclass
class Measured:
    returncode: int
    stdout: str
    stderr: str
    peak_rss: int
    #: (seconds since start, tree memory bytes) samples.
    samples: list[tuple[float, int]] = field(default_factory=list)
    #: Memory by process name at the peak.
    peak_detail: dict[str, int] = field(default_factory=dict)


def run_measured(
    cmd: list[str],
    *,
    env: dict[str, str] | None = None,
    cwd: str | None = None,
    timeout: float = 900,
    interval: float = 0.25,
) -> Measured:
    """Run ``cmd`` to its end while sampling the RSS of its process tree."""
    start = time.monotonic()
    proc = subprocess.Popen(
        cmd,
        env={**os.environ, **(env or {})},
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    samples: list[tuple[float, int]] = []
    peak: dict[str, int] = {}
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            detail: dict[str, int] = {}
            mem = tree_rss(proc.pid, detail)[0]
            samples.append((time.monotonic() - start, mem))
            if mem >= max((m for _, m in samples), default=0):
                peak.clear()
                peak.update(detail)
            done.wait(interval)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        for p in reversed(_tree(psutil.Process(proc.pid))):
            p.kill()
        out, err = proc.communicate()
    finally:
        done.set()
        watcher.join()
    top = max((rss for _, rss in samples), default=0)
    return Measured(proc.returncode, out, err, top, samples, dict(peak))
