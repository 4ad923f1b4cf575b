"""Soak: one unattended crawl over the hostile web and the demo web, watched from outside.

``python benchmarks/soak.py`` runs one hour; ``--quick`` about a minute of crawling (under two
minutes in all). One ``adsweep crawl`` process (chromium, the Playwright driver and the OCR
workers are its children) crawls the demo web and an endless hostile site in which every
page leads on and every round meets another trap under a fresh URL. Meanwhile its whole
process tree is sampled (PSS, open file descriptors, chromium processes).

Prints JSON: pages, hits, faults met by kind, hits lost (ad pages the crawl read whose hit is
not in the store: must be 0; pages answered while the time limit closed the crawl are counted
apart as ``abandoned_at_stop``), memory over time (the last quarter's peak against the
first quarter's: flat means within 10 %), file descriptors and chromium processes at the start
and the end of the crawl and their first and last quarters, processes left behind after it
exited, and the load average at the start and the end (other work shares this machine).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.hostile.measure import tree_rss  # noqa: E402
from tests.hostile.web import HostileWeb  # noqa: E402

_FAULT_PREFIXES = (
    "adsweep/fail/",
    "adsweep/trap/",
    "adsweep/render/",
    "adsweep/ocr/refused/",
    "adsweep/ocr/worker_died",
    "adsweep/decode/",
    "adsweep/pages/skipped_",
    "adsweep/extract/",
    "adsweep/screenshot/",
    "adsweep/blocked/",
    "adsweep/store/spooled",
    "adsweep/evidence/missing",
)
_NOT_FAULTS = ("adsweep/render/auto", "adsweep/screenshot/taken", "adsweep/trap/links_dropped")


def _sampler(pid: int, samples: list, done: threading.Event, interval: float) -> None:
    start = time.monotonic()
    while not done.is_set():
        mem, fds, chrome = tree_rss(pid)
        if mem:
            samples.append((time.monotonic() - start, mem, fds, chrome))
        done.wait(interval)


def _leftovers(marker: str) -> int:
    """Processes still carrying this soak's marker after the crawl exited."""
    left = 0
    for p in psutil.process_iter():
        try:
            left += p.environ().get("HOSTILE_SOAK_ID") == marker
        except psutil.Error:
            continue
    return left


def _by_quarter(samples: list, field: int) -> list[list]:
    end = samples[-1][0]
    return [
        [s[field] for s in samples if lo * end / 4 <= s[0] <= (lo + 1) * end / 4] for lo in range(4)
    ]


def _count_quarters(samples: list, field: int) -> dict:
    """A count (fds, chromium processes) in the first and the last quarter: max and median."""
    if len(samples) < 8:
        return {}
    q = _by_quarter(samples, field)
    return {
        "first_quarter_max": max(q[0]),
        "last_quarter_max": max(q[3]),
        "first_quarter_median": statistics.median(q[0]),
        "last_quarter_median": statistics.median(q[3]),
        "per_tenth_max": _tenths(samples, field, 1),
    }


def _quarters(samples: list) -> dict:
    if len(samples) < 8:
        return {}
    q = _by_quarter(samples, 1)
    first, last = max(q[0]), max(q[3])
    return {
        "first_quarter_peak_mb": round(first / 2**20),
        "last_quarter_peak_mb": round(last / 2**20),
        "last_over_first": round(last / first, 3),
        "flat": last <= first * 1.10,
    }


def _at(samples: list, frac: float) -> tuple:
    """The sample nearest ``frac`` of the way through the crawl."""
    end = samples[-1][0]
    return min(samples, key=lambda s: abs(s[0] - frac * end))


def _stats_of(path: Path) -> dict:
    return json.loads(path.read_text())[0]["stats"] if path.exists() else {}


def _faults(stats: dict) -> dict:
    return {
        k.removeprefix("adsweep/"): v
        for k, v in sorted(stats.items())
        if k.startswith(_FAULT_PREFIXES) and not k.startswith(_NOT_FAULTS) and v
    }


def _hits_lost(store: str, base: str, served: set[str]) -> tuple[int, int, int]:
    """(hits stored, ad pages read but without a hit, ad pages served but never read).

    A page is "lost" when the crawl read it (its page state is stored) and its hit is not in
    the store. A page the server answered while the time limit closed the crawl is counted
    apart, as abandoned at the stop: it was never read, so it had no hit to lose.
    """
    from pipelines.store import open_store

    def path(url: str) -> str:
        return "/" + url.split("://", 1)[1].split("/", 1)[1]

    with open_store(store) as s:
        stored = {path(h.url) for h in s.iter_hits()}
        read = {p for p in served if s.get_page(base + p) is not None}
    return len(stored), len(read - stored), len(served - read)


def run(duration: float, work: Path) -> dict:
    from crawlers.demo.server import DemoServer

    marker = uuid.uuid4().hex
    load_start = [round(x, 2) for x in os.getloadavg()]
    with HostileWeb() as web, DemoServer() as demo:
        demo_url = demo.base_url.rstrip("/") + "/"
        settings = {
            "CLOSESPIDER_TIMEOUT": duration,
            "ADSWEEP_TRAP_MAX_PAGES_PER_HOST": 10_000_000,
            "DOWNLOAD_TIMEOUT": 10,
            "DOWNLOAD_MAXSIZE": 24 * 1024 * 1024,
            "ADSWEEP_RENDER_TIMEOUT": 20,
            "ADSWEEP_PROGRESS_INTERVAL": 0,
        }
        stats_file = work / "stats.json"
        store = f"sqlite:///{work / 'soak.db'}"
        cmd = [
            sys.executable, "-m", "crawlers", "crawl", web.url("/feed/0"), web.url("/"),
            demo_url, "--depth", "100000", "--allow-private", "127.0.0.0/8",
            "--store", store, "--evidence-dir", str(work / "evidence"),
            "--stats", str(stats_file),
            *[a for k, v in settings.items() for a in ("-s", f"{k}={json.dumps(v)}")],
        ]  # fmt: skip
        env = {**os.environ, "PYTHONPATH": str(ROOT), "HOSTILE_SOAK_ID": marker}
        env.pop("ADSWEEP_STORE", None)
        log = (work / "log").open("w")
        proc = subprocess.Popen(cmd, cwd=work, env=env, stdout=subprocess.DEVNULL, stderr=log)
        samples: list = []
        done = threading.Event()
        watcher = threading.Thread(target=_sampler, args=(proc.pid, samples, done, 1.0))
        watcher.start()
        code = proc.wait(timeout=duration + 900)
        log.close()
        done.set()
        watcher.join()
        time.sleep(2)
        served = {p for p in web.requests if p.startswith("/good/") or _is_ad_feed(p)}
        base = web.base_url
    stats = _stats_of(stats_file)
    hits, lost, abandoned = _hits_lost(store, base, served)
    warm = [s for s in samples if s[3] > 0 and s[0] >= 0.1 * samples[-1][0]] or samples
    start, end = warm[0], _at(samples, 0.95)
    return {
        "duration_s": duration,
        "exit_code": code,
        "finish_reason": stats.get("finish_reason"),
        "pages": stats.get("adsweep/detect/pages", 0),
        "responses": stats.get("response_received_count", 0),
        "hits": hits,
        "ad_pages_served": len(served),
        "hits_lost": lost,
        "abandoned_at_stop": abandoned,
        "faults": _faults(stats),
        "memory": {
            "samples": len(samples),
            "peak_mb": round(max(s[1] for s in samples) / 2**20),
            **_quarters(samples),
            "per_tenth_peak_mb": _tenths(samples),
        },
        # "start": the first sample after a tenth of the run with the browser up.
        "fds": {
            "start": start[2],
            "end": end[2],
            "max": max(s[2] for s in samples),
            **_count_quarters(samples, 2),
        },
        "chromium": {
            "start": start[3],
            "end": end[3],
            "max": max(s[3] for s in samples),
            **_count_quarters(samples, 3),
            "left_after_exit": _leftovers(marker),
        },
        "loadavg_start": load_start,
        "loadavg": [round(x, 2) for x in os.getloadavg()],
    }


def _is_ad_feed(path: str) -> bool:
    last = path.rsplit("/", 1)[-1]
    return path.startswith("/feed/") and last.isdigit() and int(last) % 2 == 0


def _tenths(samples: list, field: int = 1, unit: int = 2**20) -> list[int]:
    end = samples[-1][0]
    out = []
    for i in range(10):
        part = [s[field] for s in samples if i * end / 10 <= s[0] <= (i + 1) * end / 10]
        out.append(round(max(part, default=0) / unit))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="about a minute of crawling")
    ap.add_argument("--duration", type=float, default=None, help="seconds of crawling")
    ap.add_argument("--keep", default=None, help="keep the work folder here")
    args = ap.parse_args()
    duration = args.duration or (60.0 if args.quick else 3600.0)
    with tempfile.TemporaryDirectory(prefix="adsweep-soak-") as tmp:
        work = Path(args.keep or tmp)
        work.mkdir(parents=True, exist_ok=True)
        result = {"mode": "quick" if args.quick else "full", **run(duration, work)}
    print(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
