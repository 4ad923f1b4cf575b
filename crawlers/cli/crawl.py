"""``adsweep crawl URL… | --targets FILE``: crawl, detect, store, then print the summary."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from urllib.parse import urlsplit

from crawlers.errors import CliError, TargetsError
from crawlers.progress import format_summary
from crawlers.rendering import RENDER_MODES
from crawlers.runner import CrawlResult, CrawlSpec, run_crawls
from lexicon.vocabulary import status_label
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


def _depth(value: str) -> int:
    try:
        depth = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if depth < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {depth}")
    return depth


def add_crawl_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--depth", type=_depth, default=None, help="link depth from the seeds (≥ 0)")
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
    p.add_argument(
        "--pack",
        action="append",
        default=[],
        metavar="PACK",
        help="rule pack(s) to run: special-ops (default), training-ads, certificates "
        "(repeatable or comma-separated; overrides the targets' packs)",
    )
    p.add_argument("--log-level", default="WARNING")
    p.add_argument(
        "--stats", default=None, metavar="FILE", help="write each crawl's stats as JSON here"
    )
    p.add_argument(
        "-s",
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="override a setting of crawlers/settings.py (VALUE read as JSON when it parses)",
    )


def pack_names(values: list[str]) -> list[str]:
    """``--pack`` values (repeatable, comma-separated), checked against the rule packs."""
    from lexicon.rules import PACKS

    names = [p.strip() for v in values for p in v.split(",") if p.strip()]
    unknown = [p for p in names if p not in PACKS]
    if unknown:
        raise CliError(f"未知的规则包：{', '.join(unknown)}（可选：{', '.join(PACKS)}）")
    return list(dict.fromkeys(names))


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


def check_networks(values: list[str]) -> list[str]:
    """``--allow-private`` values must be IP addresses or CIDR networks."""
    import ipaddress

    for value in values:
        try:
            ipaddress.ip_network(value, strict=False)
        except ValueError:
            raise CliError(
                f"--allow-private {value!r} 不是 IP 地址或网段 (not an IP address or CIDR "
                "network, e.g. 127.0.0.0/8)"
            ) from None
    return values


def check_queue(url: str | None) -> None:
    """An unreachable Redis frontier fails now, with its address, not as a traceback later."""
    if not url:
        return
    from crawlers.distributed import split_queue_url

    try:
        redis_url, _ = split_queue_url(url)
        import redis

        redis.Redis.from_url(redis_url, socket_connect_timeout=5).ping()
    except Exception as e:  # bad URL, refused, timeout, auth: all mean "cannot crawl"
        raise CliError(f"--queue 无法连接 (Redis queue unreachable): {url}: {e}") from None


def parse_sets(values: list[str]) -> dict[str, object]:
    """``-s NAME=VALUE`` overrides; only names of our settings module or Scrapy's defaults."""
    import json

    from scrapy.settings import default_settings as scrapy_defaults

    from crawlers import settings as defaults

    out: dict[str, object] = {}
    for item in values:
        name, sep, raw = item.partition("=")
        name = name.strip()
        known = hasattr(defaults, name) or hasattr(scrapy_defaults, name)
        if not sep or not name.isupper() or not known:
            raise CliError(f"-s {item!r}: expected NAME=VALUE naming a known setting")
        try:
            out[name] = json.loads(raw)
        except ValueError:
            out[name] = raw
    return out


def specs_from_args(args: argparse.Namespace) -> list[CrawlSpec]:
    check_networks(args.allow_private)
    check_queue(args.queue)
    overrides = parse_sets(getattr(args, "set", []))
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
        "packs": pack_names(args.pack) or None,
    }
    specs = []
    if args.urls:
        seeds = [check_url(u) for u in args.urls]
        specs.append(CrawlSpec(seeds=seeds, platform=args.platform, **common))
    for target in _load_targets(args.targets, args.only):
        specs.append(_target_spec(target, common))
    if not specs:
        raise CliError("nothing to crawl: give seed URLs or --targets FILE")
    for spec in specs:
        spec.settings.update(overrides)
    return specs


def _load_targets(paths: list[str], only: list[str]) -> list:
    if not paths:
        return []
    from crawlers.targets import load_targets

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
            "packs": common["packs"] or list(target.packs) or None,
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
        status_label("removed"): sum(r.removed for r in results),
        status_label("reappeared"): sum(r.reappeared for r in results),
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


def check_lexicon(specs: list[CrawlSpec]) -> None:
    """Load every lexicon a crawl will use, so a malformed rule stops it before any fetch."""
    from crawlers.runner import base_settings
    from lexicon.rules import LEXICON_DIR, RuleError, load_lexicon
    from pipelines.detect import DetectConfig

    roots = {DetectConfig.from_settings(base_settings(s.settings)).lexicon_dir for s in specs}
    for root in {r or str(LEXICON_DIR) for r in roots}:
        try:
            load_lexicon(root)
        except (RuleError, OSError, ValueError) as e:
            raise CliError(f"规则库有误，未开始抓取 (lexicon {root} is invalid): {e}") from None


def run(args: argparse.Namespace) -> int:
    specs = specs_from_args(args)
    check_lexicon(specs)
    store_url, store = open_run_store(args.store)
    with store:
        for spec in specs:
            spec.store_url = store_url
        results = run_crawls(specs, log_level=args.log_level, store=store)
        if args.stats:
            write_stats(args.stats, results)
        print_summary(results, store_url, store)
    return exit_code(results)


def write_stats(path: str, results: list[CrawlResult]) -> None:
    import json

    data = [{"run_id": r.run_id, "stats": r.stats} for r in results]
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, default=str, indent=1)


def unfinished(r: CrawlResult) -> tuple[list[str], list[str]]:
    """What did not finish in one crawl: (failures → exit 1, partial results → exit 3)."""
    failed, partial = [], []
    if r.fetched == 0:
        failed.append(f"没有抓到任何页面 (nothing fetched but robots.txt; {r.responses} responses)")
    if r.finish_reason not in ("finished", ""):
        failed.append(f"抓取未正常结束 (finish reason {r.finish_reason})")
    if r.spool_pending:
        failed.append(
            f"{r.spool_pending} 条记录滞留在本地暂存，尚未写入存储 "
            "(spooled, not yet written to the store; written by the next run)"
        )
    if r.evidence_missing:
        failed.append(f"{r.evidence_missing} 条命中缺少证据 (hits stored without evidence)")
    if r.errors:
        partial.append(f"{r.errors} 个页面抓取失败 (pages failed; see the log)")
    return failed, partial


def exit_code(results: list[CrawlResult]) -> int:
    """0 all done; 1 the job failed or left data unwritten; 3 done but some pages failed.

    A crawl that Ctrl-C (or SIGTERM) stopped finished the pages in flight first (a second
    Ctrl-C does not wait); its summary is printed already and the command ends as interrupted.
    """
    if any(r.signal for r in results):
        raise KeyboardInterrupt
    code = 0
    for r in results:
        failed, partial = unfinished(r)
        for line in failed + partial:
            print(f"adsweep: 运行 {r.run_id} 未完成: {line}", file=sys.stderr)
        if failed:
            code = 1
        elif partial and code == 0:
            code = 3
    return code
