"""``adsweep ingest FILE --platform NAME``: run a platform's listing export through the pipelines.

An export (CSV, JSON lines or XLSX; ``crawlers/exports.py``) is just another source of
PageItems: the ``ingest`` spider yields one per row and they go through the same pipelines as
a crawl (lifecycle, detection, evidence, store with its spool, the run record), so an ingested
hit differs from a crawled one only in its ``source``. Nothing is fetched unless asked: OCR of
the rows' image URLs (``--ocr``) and screenshots of their listing URLs (``--screenshots``) go
to the network like a crawl would.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import Any

from crawlers.errors import CliError, ExportError
from crawlers.exports import FIELDS, FORMATS, check_columns, format_of, parse_mapping

__all__ = ["register"]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="detect violations in a platform's listing export")
    p.add_argument("file", metavar="FILE", help="CSV, JSON lines (.jsonl) or XLSX export")
    p.add_argument("--platform", required=True, help="platform name recorded on hits")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help="column of a field, e.g. --map title=宝贝名称 (fields: " + ", ".join(FIELDS) + ")",
    )
    p.add_argument("--format", choices=FORMATS, default=None)
    p.add_argument("--encoding", default=None, help="CSV encoding (default: utf-8, then gb18030)")
    p.add_argument("--store", default=None, metavar="URL")
    p.add_argument("--evidence-dir", default=None, metavar="DIR")
    p.add_argument("--ocr", action="store_true", help="fetch the rows' images and read them")
    p.add_argument(
        "--screenshots", action="store_true", help="photograph the listing URL of every hit"
    )
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--log-level", default="WARNING")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from crawlers.cli.crawl import hits_seen, open_run_store
    from crawlers.runner import CrawlSpec, run_crawls

    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"找不到文件：{path}")
    fmt = format_of(path, args.format)
    try:
        mapping = parse_mapping(args.map)
        check_columns(path, fmt, args.encoding, mapping)
    except ExportError as e:
        raise CliError(str(e)) from e
    store_url, store = open_run_store(args.store)
    with store, _progress(path, fmt, args.no_progress) as progress:
        spec = CrawlSpec(
            seeds=[],
            spider="ingest",
            platform=args.platform,
            target=f"ingest:{args.platform}",
            render="never",
            screenshots=args.screenshots,
            ocr=args.ocr,
            store_url=store_url,
            evidence_dir=args.evidence_dir,
            settings={"ADSWEEP_PROGRESS_INTERVAL": 0} if progress else {},
            spider_kwargs={"path": str(path), "mapping": mapping, "fmt": fmt,
                           "encoding": args.encoding, "progress": progress},
        )  # fmt: skip
        (result,) = run_crawls([spec], log_level=args.log_level, store=store)
        record = store.get_run(result.run_id) or {}
        start = result.stats.get("start_time")
        by_category, hits = hits_seen(store, start) if start else ({}, 0)
    _print_summary(result.run_id, record, by_category, hits, store_url)
    if result.signal:  # Ctrl-C: what was read is stored and summarized; end as interrupted
        raise KeyboardInterrupt
    return 0 if record.get("pages") else 1


def _progress(path: Path, fmt: str, off: bool) -> Any:
    """A rich progress bar on stderr over bytes (CSV/JSONL) or rows (XLSX)."""
    if off or not sys.stderr.isatty():
        return contextlib.nullcontext(None)
    from rich.progress import Progress

    return _ProgressBar(Progress(transient=True), path, fmt)


class _ProgressBar:
    def __init__(self, bar: Any, path: Path, fmt: str) -> None:
        self.bar, self.path, self.fmt = bar, path, fmt

    def __enter__(self) -> Any:
        self.bar.start()
        total = self.path.stat().st_size if self.fmt != "xlsx" else None
        task = self.bar.add_task(f"导入 {self.path.name}", total=total)
        return lambda done: self.bar.update(task, completed=done)

    def __exit__(self, *exc: object) -> None:
        self.bar.stop()


def _print_summary(
    run_id: str, record: dict[str, Any], by_category: dict[str, int], hits: int, store_url: str
) -> None:
    """Rows read, hits among them (read back from the store, like ``adsweep crawl``), errors."""
    cats = "，".join(f"{c} {n}" for c, n in sorted(by_category.items())) or "无"
    pages, errors = record.get("pages", 0), record.get("errors", 0)
    print(f"导入 {pages} 条，命中 {hits} 条（{cats}），错误 {errors} 条")
    for problem in record.get("problems", []):
        print(f"  - {problem}", file=sys.stderr)
    print(f"运行编号 {run_id}；存储 {store_url}")
