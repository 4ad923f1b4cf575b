"""Notices and statistics benchmark: a 1,000-listing notice to PDF and DOCX; stats over 1M hits.

    python benchmarks/notices.py                # 1,000 listings; stats at 1,000,000 hits (SQLite)
    python benchmarks/notices.py --quick        # 200 listings; stats at 100,000 hits
    python benchmarks/notices.py --db PATH      # reuse (or keep) the filled SQLite file

Each render runs in its own process so its peak RSS is its own (``ru_maxrss`` of the child).
Prints one JSON object with the machine's load average (other work shares the machine): wall
``seconds`` and ``cpu_seconds`` (the process's own CPU time, what the work costs on an idle
core; on a loaded machine the wall time is mostly waiting for a core).
Targets: PDF of 1,000 listings <= 20 s at <= 500 MB RSS; stats over 1M hits <= 10 s.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _bench_store():
    """benchmarks/store.py (its hit generator and bulk fill), imported by path."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_store", ROOT / "benchmarks" / "store.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _listing_hits(n: int) -> list:
    hits = list(_bench_store().make_hits(n, seed=11))
    for i, h in enumerate(hits):
        h.platform, h.status = "易购街", "confirmed"
        h.seller = f"卖家{i % 97}"
        h.evidence = {"captured_at": h.first_seen,
                      "warc": {"sha256": f"{i:064x}"}}  # fmt: skip
        for f in h.findings:
            f["law"] = {"ce": ["ecom-13", "crim-280"], "gu": ["ad-24-1"], "st": ["ad-9-2"],
                        "ex": ["ad-24-2"], "fa": ["sp-36", "crim-287-1"]}.get(
                f["category"][:2], ["ad-28"])  # fmt: skip
    return hits


def _render(fmt: str, n: int, out: str, q: multiprocessing.Queue) -> None:
    from reports.compose import Numbered, compose
    from reports.config import load_config
    from reports.docx_writer import write_docx
    from reports.render import render_pdf

    ctx = compose(
        "notice", load_config(), _listing_hits(n), Numbered(12, date(2026, 5, 12), "易购街")
    )
    t, cpu = time.perf_counter(), time.process_time()
    pages = render_pdf(ctx, Path(out) / "n.pdf") if fmt == "pdf" else None
    if fmt == "docx":
        write_docx(ctx, Path(out) / "n.docx")
    secs, cpu = time.perf_counter() - t, time.process_time() - cpu
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    q.put({"seconds": round(secs, 2), "cpu_seconds": round(cpu, 2), "pages": pages,
           "peak_rss_mb": round(rss, 1)})  # fmt: skip


def bench_render(fmt: str, n: int, out: str) -> dict:
    ctx = multiprocessing.get_context("spawn")
    q = ctx.Queue()
    p = ctx.Process(target=_render, args=(fmt, n, out, q))
    p.start()
    result = q.get()
    p.join()
    if fmt == "docx":
        from docx import Document

        doc = Document(str(Path(out) / "n.docx"))
        result["rows"] = len(doc.tables[0].rows) - 1
    return result


def bench_stats(db: str, total: int) -> dict:
    from pipelines.store import open_store
    from reports.stats import compute_stats

    store = open_store(f"sqlite:///{db}")
    have = store.count_hits()
    t = time.perf_counter()
    if have < total:
        _bench_store().fill(store, total, have)
    fill_s = time.perf_counter() - t
    t, cpu = time.perf_counter(), time.process_time()
    st = compute_stats(store, date(2025, 1, 1), date(2025, 12, 31), "week")
    secs, cpu = time.perf_counter() - t, time.process_time() - cpu
    store.close()
    found = dict(st.tables[0].rows)["发现涉嫌违法信息（条）"]
    return {"hits": total, "seconds": round(secs, 2), "cpu_seconds": round(cpu, 2),
            "fill_seconds": round(fill_s, 1), "found_in_period": found,
            "weeks": len(st.trend)}  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--db", help="SQLite file for the stats run (default: a temporary file)")
    args = ap.parse_args()
    listings, total = (200, 100_000) if args.quick else (1_000, 1_000_000)
    out: dict = {"load_before": [round(x, 2) for x in os.getloadavg()], "listings": listings}
    with tempfile.TemporaryDirectory() as tmp:
        out["pdf"] = bench_render("pdf", listings, tmp)
        out["docx"] = bench_render("docx", listings, tmp)
        out["stats"] = bench_stats(args.db or str(Path(tmp) / "stats.db"), total)
    out["load_after"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
