"""``adsweep crawl URL… | --targets FILE``: crawl, detect, store, then print the summary."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from urllib.parse import urlsplit

from crawlers.cli import CliError
from crawlers.progress import format_summary
from crawlers.rendering import RENDER_MODES
from crawlers.runner import CrawlResult, CrawlSpec, run_crawls
from pipelines.store.base import Store

__all__ = ["check_url", "hits_seen", "open_run_store", "print_summary", "register"]

_KIND_SPIDER = {"ads": "sweep", "listings": "listings", "portal": "portals"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("crawl", help="crawl seeds or a targets file, detect and store hits")
    p.add_argument("urls", nargs="*", metavar="URL", help="seed URLs (http/https)")
    p.add_argument(
        "--targets",
        action="append",
        default=[],
        metavar="FILE",
        help="targets YAML file or folder (repeatable)",
    )
    p.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="NAME",
        help="with --targets: crawl only these target names",
    )
    add_crawl_options(p)
    p.set_defaults(func=run)


def add_crawl_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--depth", type=int, default=None, help="link depth from the seeds")
    p.add_argument(
        "--render",
        choices=RENDER_MODES,
        default=None,
        help="render pages in chromium: auto (default), always, never",
    )
    p.add_argument(
        "--store",
        default=None,
        metavar="URL",
        help="sqlite:///path.db or http(s)://host:9200 (default: $ADSWEEP_STORE "
        "or sqlite:///data/adsweep.db)",
    )
    p.add_argument("--platform", default="", help="platform name recorded on hits")
    p.add_argument("--job-dir", default=None, metavar="DIR", help="resumable crawl state")
    p.add_argument(
        "--queue",
        default=None,
        metavar="redis://HOST:6379/0",
        help="share the frontier with other workers through Redis",
    )
    p.add_argument(
        "--allow-private",
        action="append",
        default=[],
        metavar="CIDR",
        help="allow requests to this private/loopback network (e.g. 127.0.0.0/8)",
    )
    p.add_argument("--evidence-dir", default=None, metavar="DIR")
    p.add_argument("--no-screenshots", action="store_true", help="skip evidence screenshots")
    p.add_argument("--no-ocr", action="store_true", help="do not read text in images")
    p.add_argument("--log-level", default="WARNING")


def check_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise CliError(f"不是可抓取的网址 (not a crawlable URL): {url!r}; use http:// or https://")
    return url


def open_run_store(url: str | None) -> tuple[str, Store]:
    """The store URL and the store, opened once before crawling: a bad path fails now, not
    after the crawl; the crawls write through it and the summary reads it back."""
    from pipelines.store import StoreError, open_store, resolve_store_url

    url = resolve_store_url(url)
    try:
        return url, open_store(url)
    except StoreError as e:
        raise CliError(f"存储不可用 (store unusable): {e}") from e


def specs_from_args(args: argparse.Namespace) -> list[CrawlSpec]:
    common = {
        "depth": args.depth,
        "render": args.render,
        "store_url": args.store,
        "job_dir": args.job_dir,
        "queue": args.queue,
        "allow_private": list(args.allow_private),
        "evidence_dir": args.evidence_dir,
        "screenshots": False if args.no_screenshots else None,
        "ocr": False if args.no_ocr else None,
    }
    specs = []
    if args.urls:
        seeds = [check_url(u) for u in args.urls]
        specs.append(CrawlSpec(seeds=seeds, platform=args.platform, **common))
    for target in _load_targets(args.targets, args.only):
        specs.append(_target_spec(target, common))
    if not specs:
        raise CliError("nothing to crawl: give seed URLs or --targets FILE")
    return specs


def _load_targets(paths: list[str], only: list[str]) -> list:
    if not paths:
        return []
    from crawlers.targets import TargetsError, load_targets

    try:
        targets = load_targets(paths)
    except (TargetsError, OSError) as e:
        raise CliError(str(e)) from e
    if only:
        targets = [t for t in targets if t.name in only]
    return targets


def _target_spec(target, common: dict) -> CrawlSpec:
    spec = CrawlSpec(
        seeds=target.seed_urls(),
        spider=_KIND_SPIDER.get(target.kind, "sweep"),
        platform=target.platform,
        target=target.name,
        allowed_hosts=sorted(target.hosts()),
        settings=target.scrapy_settings(),
        spider_kwargs={"target_obj": target},
        **{
            **common,
            "depth": common["depth"] if common["depth"] is not None else target.depth,
            "render": common["render"] or target.render,
        },
    )
    return spec


def print_summary(results: list[CrawlResult], store_url: str, store: Store) -> None:
    """The per-category table of the hits this run saw, read back from the store.

    Reading the store (hits whose ``last_seen`` falls in this run) rather than the detection
    counters keeps a re-crawl honest: unchanged pages skip detection but their hits were seen.
    """
    starts = [r.stats.get("start_time") for r in results if r.stats.get("start_time")]
    by_cat, hits = hits_seen(store, min(starts)) if starts else ({}, 0)
    pages = sum(r.pages + r.unchanged for r in results)
    errors = sum(r.errors for r in results)
    print(format_summary(by_cat, pages, hits, errors))
    extra = {
        "未变化": sum(r.unchanged for r in results),
        "已下架": sum(r.removed for r in results),
        "重新上架": sum(r.reappeared for r in results),
    }
    if any(extra.values()):
        print("；".join(f"{k} {v}" for k, v in extra.items()))
    print(f"运行编号 {', '.join(r.run_id for r in results)}；存储 {store_url}")


def hits_seen(store: Store, since: datetime) -> tuple[dict[str, int], int]:
    """Hits per category, and in all, whose ``last_seen`` is at or after ``since``."""
    from pipelines.store import StoreError
    from pipelines.store.query import HitQuery

    stamp = since.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    q = HitQuery(since=stamp, date_field="last_seen", size=1)
    try:
        return dict(store.facets(q, ["category"]).get("category", {})), store.count(q)
    except (StoreError, OSError) as e:
        print(f"adsweep: summary not read from the store: {e}", file=sys.stderr)
        return {}, 0


def run(args: argparse.Namespace) -> int:
    specs = specs_from_args(args)
    store_url, store = open_run_store(args.store)
    with store:
        for spec in specs:
            spec.store_url = store_url
        results = run_crawls(specs, log_level=args.log_level, store=store)
        print_summary(results, store_url, store)
    return exit_code(results)


def exit_code(results: list[CrawlResult]) -> int:
    """1 when a crawl could not run: nothing fetched, or it closed for a reason not 'finished'."""
    bad = [r for r in results if r.responses == 0 or r.finish_reason not in ("finished", "")]
    for r in bad:
        print(
            f"adsweep: crawl {r.run_id} failed: {r.responses} responses, "
            f"finish reason {r.finish_reason or 'unknown'}",
            file=sys.stderr,
        )
    return 1 if bad else 0
