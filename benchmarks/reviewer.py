"""Reviewer benchmark: page latencies over HTTP on 127.0.0.1, and a bulk confirm of 10,000 hits.

    python benchmarks/reviewer.py            # 1,000,000 hits in SQLite
    python benchmarks/reviewer.py --quick    # 100,000 hits (under a minute on an idle machine)
    python benchmarks/reviewer.py --db PATH  # keep/reuse the generated store between runs

The reviewer runs under a real uvicorn in this process; requests go through httpx over TCP with
a signed-in session, as a browser's would. Measured (p50/p95 over repeated requests with varied
parameters): the queue's default view and a view with three filters, a full-text search, a hit
page, review mode's next hit (claim + page), and the facet counts, both cold (a view not seen
before) and cached. Then a bulk confirm of about 10,000 hits through the "whole filter" action.
Targets: pages and next p95 <= 100 ms, facets p95 <= 300 ms, bulk 10,000 <= 10 s. Prints JSON,
including the load average before and after (other work on the machine slows every figure).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from pipelines.store import HitQuery, open_store  # noqa: E402
from reviewer.app import create_app  # noqa: E402
from reviewer.config import ReviewerConfig  # noqa: E402
from reviewer.security import Passwords  # noqa: E402
from reviewer.server import ThreadedServer  # noqa: E402


def _store_bench():
    spec = importlib.util.spec_from_file_location("store_bench", ROOT / "benchmarks" / "store.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def build(path: Path, n: int) -> float:
    """Fill a fresh SQLite store with ``n`` generated hits (benchmarks/store.py's generator)."""
    gen = _store_bench()
    t = time.perf_counter()
    with open_store(f"sqlite:///{path}") as store:
        for start in range(0, n, 50_000):
            store.upsert_hits(gen.make_hits(min(50_000, n - start), seed=start, start=start))
        store.put_user({"name": "bench", "role": "admin",
                        "password_hash": Passwords(1, 1024).hash("bench-password")})  # fmt: skip
    return time.perf_counter() - t


def _p95(v: list[float]) -> float:
    return sorted(v)[min(len(v) - 1, round(0.95 * (len(v) - 1)))]


def pct(samples: list[tuple[float, float]]) -> dict[str, float]:
    """Wall-clock p50/p95, and the CPU time this process spent per request (client and server
    run here, so it is what the request costs on an idle core, whatever the machine's load)."""
    wall, cpu = [w for w, _ in samples], [c for _, c in samples]
    return {"p50_ms": round(statistics.median(wall) * 1000, 1),
            "p95_ms": round(_p95(wall) * 1000, 1),
            "cpu_p50_ms": round(statistics.median(cpu) * 1000, 1),
            "cpu_p95_ms": round(_p95(cpu) * 1000, 1), "n": len(wall)}  # fmt: skip


def timed(client: httpx.Client, url: str, follow: bool = False) -> tuple[float, float]:
    t, c = time.perf_counter(), time.process_time()
    r = client.get(url, follow_redirects=follow)
    dt, dc = time.perf_counter() - t, time.process_time() - c
    if r.status_code >= 400:
        raise SystemExit(f"{url}: HTTP {r.status_code}: {r.text[:300]}")
    return dt, dc


def login(client: httpx.Client) -> str:
    page = client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    r = client.post("/login", data={"name": "bench", "password": "bench-password",
                                    "csrf_token": token})  # fmt: skip
    assert r.status_code == 303, r.text[:300]
    home = client.get("/queue")
    return re.search(r'name="csrf-token" content="([^"]+)"', home.text).group(1)


PLATFORMS = ["taobao", "xianyu", "pinduoduo", "douyin", "kuaishou", "58", "baixing", "web"]
CATS = ["certificate_sale", "guarantee_promise", "state_symbol_misuse", "exam_fraud",
        "fake_certificate", "fake_portal"]  # fmt: skip
TERMS = [
    "包过",
    "代办",
    "焊工证",
    "直接拿证",
    "官网可查询",
    "应急管理局",
    "当天出证",
    "考试内部渠道",
]


def measure(client: httpx.Client, store, reps: int, rnd: random.Random) -> dict[str, dict]:
    ids = [h.id for h in store.query(HitQuery(size=1000, with_total=False, status=None)).hits]
    out: dict[str, list[tuple[float, float]]] = {k: [] for k in (
        "queue_default", "queue_3_filters", "full_text", "hit_page", "review_next",
        "facets_cold", "facets_cached", "total_count")}  # fmt: skip
    timed(client, "/queue")  # warm the page cache and templates once
    for i in range(reps):
        p, c, s = rnd.choice(PLATFORMS), rnd.choice(CATS), rnd.choice(("high", "medium", "low"))
        out["queue_default"].append(timed(client, "/queue"))
        out["queue_3_filters"].append(
            timed(client, f"/queue?platform={p}&category={c}&severity={s}")
        )
        out["full_text"].append(timed(client, f"/queue?q={TERMS[i % len(TERMS)]}&status=all"))
        out["hit_page"].append(timed(client, f"/hits/{rnd.choice(ids)}"))
        out["review_next"].append(timed(client, f"/review?platform={p}", follow=True))
        view = f"platform={p}&category={c}&severity={s}&run=run{i % 52}"
        out["facets_cold"].append(timed(client, f"/queue/facets?{view}"))
        out["facets_cached"].append(timed(client, f"/queue/facets?{view}"))
        out["total_count"].append(timed(client, f"/queue/count?{view}"))
    return {k: pct(v) for k, v in out.items()}


def bulk(client: httpx.Client, csrf: str, store, want: int = 10_000) -> dict[str, object]:
    """Confirm about ``want`` open hits through the whole-filter bulk action."""
    runs = store.facets(HitQuery(status="new"), ["run_id"])["run_id"]
    chosen, total = [], 0
    for run, n in sorted(runs.items()):
        if total >= want:
            break
        chosen.append(run)
        total += n
    view = "&".join(f"run={r}" for r in chosen) + "&status=new"
    t, c = time.perf_counter(), time.process_time()
    r = client.post("/bulk", data={"csrf_token": csrf, "mode": "filter", "view": view,
                                   "status": "confirmed", "note": "benchmark"}, timeout=600)  # fmt: skip
    secs, cpu = time.perf_counter() - t, time.process_time() - c
    changed = int(re.search(r"已将 <strong>(\d+)</strong> 条", r.text).group(1))
    return {"hits": changed, "seconds": round(secs, 2), "cpu_seconds": round(cpu, 2),
            "hits_per_s": round(changed / secs)}  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="100,000 hits instead of 1,000,000")
    ap.add_argument("--hits", type=int, default=None)
    ap.add_argument("--reps", type=int, default=40)
    ap.add_argument("--db", default=None, help="store file to create or reuse")
    args = ap.parse_args()
    n = args.hits or (100_000 if args.quick else 1_000_000)
    load_before = os.getloadavg()
    tmp = tempfile.TemporaryDirectory()
    path = Path(args.db) if args.db else Path(tmp.name) / "bench.db"
    build_s = None
    if not path.exists():
        build_s = round(build(path, n), 1)
    store = open_store(f"sqlite:///{path}")
    hits = store.count(HitQuery(status=None))
    cfg = ReviewerConfig(secret="b" * 40, secret_file=str(Path(tmp.name) / "k"),
                         argon2_time_cost=1, argon2_memory_kib=1024)  # fmt: skip
    with (
        ThreadedServer(create_app(store, cfg), cfg) as server,
        httpx.Client(base_url=server.url, timeout=60) as client,
    ):
        csrf = login(client)
        pages = measure(client, store, args.reps, random.Random(7))
        bulk_result = bulk(client, csrf, store)
    store.close()
    targets = {
        "pages_p95_le_100ms": all(pages[k]["p95_ms"] <= 100 for k in (
            "queue_default", "queue_3_filters", "full_text", "hit_page", "review_next")),
        "facets_p95_le_300ms": pages["facets_cached"]["p95_ms"] <= 300,
        "facets_cold_p95_le_300ms": pages["facets_cold"]["p95_ms"] <= 300,
        "bulk_10k_le_10s": bulk_result["seconds"] <= 10,
    }  # fmt: skip
    print(json.dumps({
        "hits": hits, "build_seconds": build_s, "http": pages, "bulk_confirm": bulk_result,
        "targets_met": targets, "loadavg_before": [round(x, 2) for x in load_before],
        "loadavg_after": [round(x, 2) for x in os.getloadavg()], "cpus": os.cpu_count(),
    }, ensure_ascii=False, indent=1))  # fmt: skip
    tmp.cleanup()


if __name__ == "__main__":
    main()
