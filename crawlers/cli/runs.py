"""``adsweep runs``: list recorded runs (crawls, scheduled crawls, ingests) from the store."""

from __future__ import annotations

import argparse
import json

from crawlers.errors import CliError

__all__ = ["register"]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("runs", help="list recorded crawl and ingest runs")
    p.add_argument("--store", default=None, metavar="URL")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pipelines.store import StoreError, open_store

    try:
        store = open_store(args.store)
    except StoreError as e:
        raise CliError(f"存储不可用 (store unusable): {e}") from e
    with store:
        runs = store.list_runs(limit=args.limit)
    _print_pending(store.url if hasattr(store, "url") else args.store)
    if args.json:
        for r in runs:
            print(json.dumps(r, ensure_ascii=False, default=str))
        return 0
    if not runs:
        print("还没有运行记录")
        return 0
    head = ("运行编号", "类型", "目标", "开始时间", "页面", "命中", "错误")
    print(
        f"{head[0]:<26}{head[1]:<8}{head[2]:<18}{head[3]:<21}"
        f"{head[4]:>6}{head[5]:>6}{head[6]:>6}  结束原因"
    )
    for r in runs:
        print(
            f"{r.get('id', ''):<30}{r.get('spider', ''):<10}{r.get('target', '') or '-':<20}"
            f"{r.get('started_at', ''):<24}{r.get('pages', 0):>8}{r.get('hits', 0):>8}"
            f"{r.get('errors', 0):>8}  {_outcome(r)}"
        )
    return 0


def _outcome(r: dict) -> str:
    """How a run ended, naming what it did not finish."""
    text = str(r.get("stop_reason") or r.get("status") or "")
    if r.get("status") == "running":
        return "运行中或被中断 (running, or killed before it closed)"
    unfinished = []
    if r.get("pages_failed"):
        unfinished.append(f"{r['pages_failed']} 页失败")
    if r.get("evidence_missing"):
        unfinished.append(f"{r['evidence_missing']} 条命中缺少证据")
    return f"{text}（未完成：{'，'.join(unfinished)}）" if unfinished else text


def _print_pending(store_url: str | None) -> None:
    """Records a run could not write (the store was down at its end) wait in the spool."""
    from crawlers import settings as defaults
    from pipelines.run import spool_for
    from pipelines.store import resolve_store_url

    spool = spool_for(resolve_store_url(store_url), defaults.STORE_SPOOL_DIR)
    pending = spool.pending() if spool else 0
    if pending:
        print(
            f"注意：本地暂存中还有 {pending} 条记录尚未写入存储（{spool.path}），"
            "下一次对该存储的抓取会先写入它们 "
            f"({pending} records spooled, not yet written to the store)"
        )
