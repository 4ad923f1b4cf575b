"""Store benchmark: bulk upsert throughput, the reviewer's queue query and Chinese full text.

    python benchmarks/store.py            # 100,000 upserts, queries at 1,000,000 hits (SQLite)
    python benchmarks/store.py --quick    # 20,000 upserts, queries at 100,000 hits (< 1 min)
    python benchmarks/store.py --engine opensearch [--quick]   # + the embedded OpenSearch node

``--engine opensearch`` starts its own OpenSearch 2.19.6 node (``deploy/opensearch-node``, heap
``--heap``, full JIT) in a temporary directory and measures it beside SQLite, plus the JVM's
resident memory and start-up time. Elasticsearch is measured too when ``ELASTICSEARCH_URL`` is
set (a throw-away index prefix is created and deleted). Prints one JSON object. Targets on
SQLite: >= 10,000 hits/s upsert; queue query p95 <= 50 ms at 1M hits. On OpenSearch (2 cores):
>= 5,000 hits/s bulk upsert, queue p95 <= 100 ms, facets p95 <= 300 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lexicon.finding import CATEGORIES
from pipelines.hit import Hit
from pipelines.store import Store, open_store
from pipelines.store.query import HitQuery
from pipelines.store.segment import index_text

_PHRASES = [
    "电工证包过", "焊工证代办", "不用考试直接拿证", "全国联网可查", "高处作业证快速拿证",
    "应急管理局指定培训机构", "制冷证免培训", "登高证当天出证", "考试内部渠道", "保证一次通过",
    "低压电工证报名", "特种作业操作证复审", "正规培训考试", "学员风采", "联系微信咨询",
    "价格优惠", "本人不用到场", "官网可查询", "考前辅导", "安全生产培训",
]  # fmt: skip
_STATUSES = ["new"] * 12 + ["confirmed"] * 3 + ["rejected"] * 3 + ["escalated", "noticed"]
_PLATFORMS = ["taobao", "xianyu", "pinduoduo", "douyin", "kuaishou", "58", "baixing", "web"]


def make_hits(n: int, seed: int, start: int = 0) -> Iterator[Hit]:
    """Varied, realistic hits (ids unique per index ``start + i``)."""
    rnd = random.Random(seed)
    for i in range(start, start + n):
        cats = rnd.sample(CATEGORIES, rnd.choice((1, 1, 2)))
        text = "，".join(rnd.sample(_PHRASES, 4)) + f"，编号{rnd.randrange(10**6)}"
        day = rnd.randrange(365)
        ts = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(1_735_689_600 + day * 86400))
        yield Hit(
            id=f"{i:032x}", url=f"https://s{i % 2000}.example.cn/item/{i}",
            title=rnd.choice(_PHRASES) + f" {i}", platform=rnd.choice(_PLATFORMS),
            host=f"s{i % 2000}.example.cn", shop=f"店铺{rnd.randrange(5000)}",
            categories=cats, severity=rnd.choice(("high", "medium", "low")),
            findings=[{"rule_id": f"{c[:2].upper()}-00{rnd.randrange(1, 6)}", "category": c,
                       "severity": "high", "matched": "包过", "excerpt": text[:30],
                       "source": "text"} for c in cats],
            contacts=[{"kind": "wechat", "value": f"wx{rnd.randrange(20000)}"}],
            score=round(rnd.random(), 4), text=text, first_seen=ts, last_seen=ts,
            status=rnd.choice(_STATUSES), run_id=f"run{day // 7}", version=1,
        )  # fmt: skip


def pct(values: list[float]) -> dict[str, float]:
    values = sorted(values)
    p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
    return {"p50_ms": round(statistics.median(values) * 1000, 2), "p95_ms": round(p95 * 1000, 2)}


def timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def bench_upsert(store: Store, n: int, engine_cpu: Callable[[], float] | None = None) -> dict:
    """Fresh upserts, then a re-crawl of a fifth of them, with the CPU each side used: this
    process (Python, and SQLite itself on SQLite) and, given ``engine_cpu``, the engine's."""
    hits = list(make_hits(n, seed=1))
    cpu, eng = time.process_time(), engine_cpu() if engine_cpu else 0.0
    secs = timed(lambda: store.upsert_hits(hits))
    out = {"hits": n, "seconds": round(secs, 2), "hits_per_s": round(n / secs),
           "process_cpu_s": round(time.process_time() - cpu, 2)}  # fmt: skip
    if engine_cpu:
        out["engine_cpu_s"] = round(engine_cpu() - eng, 2)
    store.refresh()
    again = timed(lambda: store.upsert_hits(hits[: n // 5]))  # re-crawl: merge into existing
    return out | {"reupsert_hits_per_s": round((n // 5) / again)}


def fill(store: Store, total: int, have: int) -> float:
    """Seconds to upsert hits ``have`` … ``total`` (the steady rate, after the first batch)."""
    t = time.perf_counter()
    batch = 50_000
    for start in range(have, total, batch):
        store.upsert_hits(make_hits(min(batch, total - start), seed=start, start=start))
    store.refresh()
    return round(time.perf_counter() - t, 1)


def _queue(store: Store, q: HitQuery, page: int) -> tuple[HitQuery, float]:
    """Walk to ``page`` with cursors; returns the query for that page and its time."""
    for _ in range(page - 1):
        q.cursor = store.query(q).next_cursor
    return q, timed(lambda: store.query(q))


def bench_queries(store: Store, reps: int) -> dict[str, dict[str, float]]:
    combos = [(s, c) for s in ("new", "confirmed") for c in CATEGORIES]
    out: dict[str, list[float]] = {k: [] for k in ("queue_page1", "queue_page1_with_total",
                                                  "queue_page50", "fulltext", "fulltext_with_total",
                                                  "facets")}  # fmt: skip
    rnd = random.Random(7)
    for i in range(reps):
        status, cat = combos[i % len(combos)]
        base = dict(status=status, category=cat, sort="score", size=50)
        out["queue_page1"].append(_queue(store, HitQuery(**base, with_total=False), 1)[1])
        out["queue_page1_with_total"].append(timed(lambda b=base: store.query(HitQuery(**b))))
        out["queue_page50"].append(_queue(store, HitQuery(**base, with_total=False), 50)[1])
        words = " ".join(rnd.sample(["包过", "代办", "焊工证", "拿证", "联网", "制冷证"], 2))
        out["fulltext"].append(
            timed(lambda w=words: store.query(HitQuery(text=w, size=20, with_total=False)))
        )
        out["fulltext_with_total"].append(
            timed(lambda w=words: store.query(HitQuery(text=w, size=20)))
        )
        out["facets"].append(timed(lambda c=cat: store.facets(HitQuery(category=c, status="new"),
                                                              ["status", "platform"])))  # fmt: skip
    return {k: pct(v) for k, v in out.items()}


def run_backend(
    url: str, upserts: int, total: int, reps: int, drop: bool = True,
    engine_cpu: Callable[[], float] | None = None,
) -> dict:  # fmt: skip
    store = open_store(url)
    try:
        res: dict = {"store": url.split("?")[0], "upsert": bench_upsert(store, upserts, engine_cpu)}
        res["fill_seconds"] = fill(store, total, upserts)
        res["fill_hits_per_s"] = round((total - upserts) / max(res["fill_seconds"], 0.1))
        res["hits_total"] = store.count_hits()
        res["queries"] = bench_queries(store, reps)
        return res
    finally:
        if drop and hasattr(store, "client"):
            from pipelines.store import elastic_admin

            elastic_admin.drop(store)
        store.close()


def run_opensearch(heap: str, upserts: int, total: int, reps: int) -> dict:
    """The same measurements on a fresh embedded node of our own, then its memory."""
    from pipelines.store.node import OpenSearchNode

    with tempfile.TemporaryDirectory() as tmp:
        node = OpenSearchNode(tmp, heap=heap, fast_start=False)
        node.start()
        try:
            res = {"node": {"version": node.request("GET", "/")["version"]["number"],
                            "heap": heap, "start_to_green_s": round(node.green_s, 1),
                            "rss_mb_idle": round(node.rss_bytes() / 2**20)}}  # fmt: skip
            url = f"{node.url}?prefix=bench&engine=opensearch"
            # drop=False: the node goes anyway
            res |= run_backend(url, upserts, total, reps, drop=False, engine_cpu=node.cpu_seconds)
            res["node"]["rss_mb_after"] = round(node.rss_bytes() / 2**20)
            return res
        finally:
            node.stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="20k upserts, 100k hits, under a minute")
    ap.add_argument("--db", help="SQLite file to use (default: a temporary file)")
    ap.add_argument("--engine", choices=("sqlite", "opensearch"), default="sqlite",
                    help="opensearch: also start the embedded node and measure it")  # fmt: skip
    ap.add_argument("--heap", default="1g", help="the node's JVM heap (default 1g)")
    ap.add_argument("--no-sqlite", action="store_true",
                    help="skip SQLite (its figures are in docs/store.md): the engine only")  # fmt: skip
    args = ap.parse_args()
    upserts, total, reps = (20_000, 100_000, 24) if args.quick else (100_000, 1_000_000, 60)
    out: dict = {"mode": "quick" if args.quick else "full", "cpu_count": os.cpu_count(),
                 "loadavg_start": [round(x, 2) for x in os.getloadavg()]}  # fmt: skip
    # Load jieba's dictionary once (about a second per process, paid by the first crawl item
    # too), so hits/s is the steady rate and the one-time cost is reported on its own.
    out["segmenter_load_s"] = round(timed(lambda: index_text("电工证编号123")), 2)
    if not args.no_sqlite:
        with tempfile.TemporaryDirectory() as tmp:
            db = args.db or str(Path(tmp) / "bench.db")
            out["sqlite"] = run_backend(f"sqlite:///{db}", upserts, total, reps)
            out["sqlite"]["db_mb"] = round(os.path.getsize(db) / 2**20)
    if args.engine == "opensearch":
        out["opensearch"] = run_opensearch(args.heap, upserts, total, reps)
    es = os.environ.get("ELASTICSEARCH_URL")
    if es:
        sep = "&" if "?" in es else "?"
        out["elasticsearch"] = run_backend(f"{es}{sep}prefix=bench{uuid.uuid4().hex[:6]}",
                                           upserts, total, reps)  # fmt: skip
    # Other work on the machine skews every number; the load average says how much there was.
    out["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
