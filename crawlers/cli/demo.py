"""``adsweep demo``: the whole job on one machine with no configuration.

Serves the bundled demo web on 127.0.0.1, crawls it with rendering, detects, stores hits
with evidence, prints the summary, and then serves the reviewer on the demo's hits (with a demo
account) until Ctrl-C; ``--no-serve`` stops after the summary (scripts and tests).
"""

from __future__ import annotations

import argparse
import time

from crawlers.cli.crawl import exit_code, open_run_store, print_summary
from crawlers.runner import CrawlSpec, run_crawls

__all__ = ["register"]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="serve the demo web, crawl it, store hits (no configuration)")
    p.add_argument("--store", default=None, metavar="URL", help="store URL (default as crawl)")
    p.add_argument("--render", choices=("auto", "always", "never"), default="auto")
    p.add_argument("--depth", type=int, default=4)
    p.add_argument("--evidence-dir", default=None, metavar="DIR")
    p.add_argument(
        "--keep-serving",
        action="store_true",
        help="keep the demo web running after the crawl (Ctrl-C stops it)",
    )
    p.add_argument(
        "--port",
        type=int,
        default=DEMO_PORT,
        help=f"port of the demo web (default {DEMO_PORT}; a free one if taken)",
    )
    p.add_argument("--out", default="out", help="where the demo's letters go (default out/)")
    p.add_argument(
        "--no-serve",
        action="store_true",
        help="stop after the summary instead of serving the reviewer (for scripts)",
    )
    p.add_argument(
        "--reviewer-port",
        type=int,
        default=REVIEWER_PORT,
        help=f"port of the reviewer (default {REVIEWER_PORT}; a free one if taken)",
    )
    p.add_argument("--log-level", default="WARNING")
    p.set_defaults(func=run)


#: The demo web's usual port. A stable address keeps hit ids stable, so a second
#: ``adsweep demo`` re-checks and updates the first one's hits instead of adding new ones.
DEMO_PORT = 8731
#: The reviewer's usual port after the demo (``adsweep serve``'s default too).
REVIEWER_PORT = 8732


def _start_server(port: int):
    from crawlers.demo.server import DemoServer

    try:
        return DemoServer(port=port)
    except OSError:
        print(f"端口 {port} 已被占用，改用空闲端口 (port {port} busy, using a free one)")
        return DemoServer(port=0)


def _letters(store_url: str, base_url: str, args: argparse.Namespace) -> None:
    """Confirm the labelled violations as the demo reviewer, draft the letters, print paths."""
    from pathlib import Path

    from crawlers.cli.demo_review import demo_letters, review_demo
    from pipelines.store import open_store

    with open_store(store_url) as store:
        confirmed, rejected = review_demo(store, base_url)
        print(f"演示审核：确认 {confirmed} 条，排除 {rejected} 条（按演示网站的标注）")
        docs = demo_letters(store, Path(args.out) / "notices", args.evidence_dir)
        docs = docs or [d for d in store.list_notices() if d["status"] == "draft"]
        for d in docs:
            print(f"{d['doc_no']}  {d['addressee']}（{len(d['hit_ids'])} 条）")
            print(f"  {d['files']['pdf']['path']}\n  {d['files']['docx']['path']}")


def run(args: argparse.Namespace) -> int:
    store_url, store = open_run_store(args.store)
    with store, _start_server(args.port) as srv:
        print(f"演示网站 (demo web): {srv.base_url}")
        from crawlers.cli.demo_review import demo_fields, demo_platforms

        spec = CrawlSpec(
            seeds=srv.seeds(),
            depth=args.depth,
            render=args.render,
            store_url=store_url,
            platform="演示平台",
            target="demo",
            allow_private=["127.0.0.0/8"],
            evidence_dir=args.evidence_dir,
            settings={
                "ADSWEEP_PLATFORM_PREFIXES": demo_platforms(srv.base_url),
                "ADSWEEP_FIELD_SELECTORS": demo_fields(srv.base_url),
            },
        )
        results = run_crawls([spec], log_level=args.log_level, store=store)
        print_summary(results, store_url, store)
        code = exit_code(results)  # a crawl stopped with Ctrl-C ends the demo here
        print("导出命中 (export hits): .venv/bin/adsweep hits export --format csv")
        _letters(store_url, srv.base_url, args)
        if code == 130:  # Ctrl-C during the crawl: no reviewer, no waiting
            return code
        if not args.no_serve:
            from crawlers.cli.serve import serve_demo

            serve_demo(store, args.evidence_dir, args.reviewer_port)
        elif args.keep_serving:
            print("演示网站继续运行，按 Ctrl-C 结束。", flush=True)
            while True:
                time.sleep(3600)
    return code
