"""``adsweep ingest`` throughput and memory (prints JSON; never part of the tests' pass/fail).

Writes a CSV export of N listings (one in ten an ad, the rest clean training text) and runs the
real ``adsweep ingest`` on it in a child process, into a fresh SQLite store with evidence: rows
per second over the whole command (interpreter start-up and the lexicon load included, as a
user waits for them) and the child's peak RSS. Two sizes show whether memory stays flat as the
file grows (at most ``IN_FLIGHT`` rows are in the pipelines at once). The load average before
and after is recorded: these machines are shared. Usage: ``python benchmarks/ingest.py
[--quick]``.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AD = "低压电工证包过，不用考试直接拿证，全国通用可上网查询。联系微信 dgz12345。"
CLEAN = "电工安全培训课程介绍：考试由应急管理部门统一组织，合格后发证，证书可在官方平台查询。"


def write_export(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "title", "description", "shop", "url"])
        for i in range(rows):
            text = AD if i % 10 == 0 else CLEAN
            w.writerow([i, f"商品{i}", text, f"店铺{i % 7}", f"https://item.example.cn/{i}.htm"])


def run_ingest(rows: int) -> dict:
    """One ``adsweep ingest`` of ``rows`` rows in a fresh directory; its time and peak RSS."""
    with tempfile.TemporaryDirectory() as tmp:
        export = Path(tmp) / "export.csv"
        write_export(export, rows)
        cmd = [sys.executable, "-m", "crawlers", "ingest", str(export), "--platform", "基准",
               "--store", f"sqlite:///{tmp}/s.db", "--no-progress"]  # fmt: skip
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        out, err = Path(tmp) / "out.txt", Path(tmp) / "err.txt"
        started = time.perf_counter()
        with out.open("w") as o, err.open("w") as e:
            proc = subprocess.Popen(cmd, cwd=tmp, env=env, stdout=o, stderr=e)
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - started
        if proc.returncode != 0:
            raise SystemExit(f"ingest failed: {err.read_text()[-2000:]}")
        summary = out.read_text(encoding="utf-8").splitlines()[0]
    return {"rows": rows, "seconds": round(seconds, 1), "rows_per_s": round(rows / seconds, 1),
            "peak_rss_mb": usage.ru_maxrss // 1024, "summary": summary}  # fmt: skip


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="2,000 and 10,000 rows")
    args = p.parse_args()
    sizes = (2_000, 10_000) if args.quick else (10_000, 100_000)
    load_before = os.getloadavg()[0]
    runs = [run_ingest(n) for n in sizes]
    out = {
        "runs": runs,
        "quick": args.quick,
        "load_avg_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }
    print(json.dumps(out, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
