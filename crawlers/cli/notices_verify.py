"""``adsweep notices verify``: re-crawl the listings of sent notices, then move each notice.

The crawl is an ordinary depth-0 crawl of the listed URLs through the usual pipelines, so
the lifecycle pipeline marks gone listings ``removed`` and returning ones ``reappeared`` with
history and audit; then :func:`reports.workflow.verify` reads those statuses.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from crawlers.cli import CliError

__all__ = ["add_verify_args", "run_verify"]


def add_verify_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "ids", nargs="*", metavar="ID", help="文书编号（默认全部已送达、逾期、已核查的通知书）"
    )
    p.add_argument("--no-crawl", action="store_true", help="不重新抓取，只按已有状态核查")
    p.add_argument("--render", choices=("auto", "always", "never"), default=None)
    p.add_argument("--allow-private", action="append", default=[], metavar="CIDR",
                   help="允许访问的内网/回环网段（演示与测试用，如 127.0.0.0/8）")  # fmt: skip
    p.add_argument("--evidence-dir", default=None, metavar="DIR")
    p.add_argument("--no-screenshots", action="store_true", help="不截取证据截图")
    p.add_argument("--no-ocr", action="store_true", help="不识别图片中的文字")
    p.add_argument("--log-level", default="WARNING")


def _notices(store: Any, ids: list[str]) -> list[dict[str, Any]]:
    if ids:
        docs = [store.get_notice(x) for x in ids]
        missing = [x for x, d in zip(ids, docs, strict=True) if d is None]
        if missing:
            raise CliError(f"找不到文书：{'、'.join(missing)}")
        return [d for d in docs if d]
    return [d for d in store.list_notices(kind="notice")
            if d["status"] in ("sent", "overdue", "verified")]  # fmt: skip


def _recrawl(urls: list[str], args: argparse.Namespace, store_url: str) -> int:
    from crawlers.runner import CrawlSpec, run_crawls

    # No target (a hit keeps the target that found it, so its own crawls still re-check it)
    # and no re-check of other known hits: exactly the listed pages are fetched.
    spec = CrawlSpec(seeds=urls, depth=0, render=args.render, store_url=store_url,
                     target="", settings={"ADSWEEP_RECHECK": False},
                     allow_private=list(args.allow_private),
                     evidence_dir=args.evidence_dir,
                     screenshots=False if args.no_screenshots else None,
                     ocr=False if args.no_ocr else None)  # fmt: skip
    results = run_crawls([spec], log_level=args.log_level)
    return sum(r.responses for r in results)


def run_verify(args: argparse.Namespace, open_store: Callable, actor: Callable) -> int:
    from pipelines.store import StoreError
    from reports.errors import ReportError
    from reports.workflow import progress, verify

    with open_store(args) as store:
        docs = _notices(store, list(args.ids))
        store_url = store.url
    if not docs:
        print("没有需要核查的已送达通知书")
        return 0
    urls = list(dict.fromkeys(row["url"] for d in docs for row in d["listings"]))
    if not args.no_crawl:
        fetched = _recrawl(urls, args, store_url)
        print(f"复查 {len(urls)} 个网址，收到 {fetched} 个响应")
    try:
        with open_store(args) as store:
            for doc in docs:
                new = verify(store, doc["id"], actor=actor(args))
                p = progress(store, new)
                flag = (
                    f"；{len(new['follow_up'])} 条删除后重新出现，需跟进"
                    if new.get("follow_up")
                    else ""
                )
                print(f"{new['id']}  {new['doc_no']}  {new['addressee']}：已删除 {p.removed}/"
                      f"{p.total}，状态 {new['status']}{flag}")  # fmt: skip
    except (ReportError, StoreError) as e:
        raise CliError(str(e)) from e
    return 0
