"""``adsweep ingest FILE --platform NAME``: run a platform's listing export through detection.

Platforms inspect their own listings during a campaign and regulators receive listing dumps
from them. An export (CSV, JSON lines or XLSX) goes through the same detector and store as a
crawl and is recorded as a run. Rows are streamed (CSV/JSONL line by line, XLSX in openpyxl's
read-only mode) and written in batches, so a million-row file runs in bounded memory.

Columns are found by their usual names (``url``/``链接``, ``title``/``标题``, ``shop``/``店铺``…);
``--map FIELD=COLUMN`` names them explicitly (fields: id, url, title, text, shop, seller,
price, images). Without a URL column a row gets ``ingest://PLATFORM/ID``.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from crawlers.cli import CliError

__all__ = ["FIELDS", "ingest_file", "read_rows", "register"]

#: Fields a row may carry, with the column names recognised without ``--map``.
FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "item_id", "商品id", "商品编号", "编号", "listing_id", "nid"),
    "url": ("url", "link", "detail_url", "链接", "商品链接", "网址", "地址"),
    "title": ("title", "raw_title", "name", "标题", "商品标题", "商品名称", "名称"),
    "text": ("text", "description", "desc", "content", "描述", "详情", "内容", "商品描述"),
    "shop": ("shop", "shop_name", "store", "店铺", "店铺名称", "店铺名"),
    "seller": ("seller", "nick", "seller_id", "卖家", "商家", "卖家昵称"),
    "price": ("price", "view_price", "价格", "售价"),
    "images": ("images", "image", "pic_url", "图片", "主图"),
}
_BATCH = 500


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
    p.add_argument("--format", choices=("csv", "jsonl", "xlsx"), default=None)
    p.add_argument("--encoding", default=None, help="CSV encoding (default: utf-8, then gb18030)")
    p.add_argument("--store", default=None, metavar="URL")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


# -- reading ---------------------------------------------------------------------------------


def _format_of(path: Path, forced: str | None) -> str:
    if forced:
        return forced
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    return "csv"


def _csv_encoding(path: Path, forced: str | None) -> str:
    """UTF-8 (with or without BOM) unless the first 64 KiB say otherwise; then GB18030."""
    if forced:
        return forced
    head = path.open("rb").read(65536)
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as e:
        if e.start < len(head) - 4:  # not just a character cut at the end of the sample
            return "gb18030"
    return "utf-8-sig"


def read_rows(
    path: Path, fmt: str, encoding: str | None = None, progress: Any = None
) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """(row number, row dict) per record; a string instead of a dict describes a bad row."""
    if fmt == "xlsx":
        yield from _xlsx_rows(path, progress)
        return
    raw = path.open("rb")
    text = io.TextIOWrapper(raw, encoding=_csv_encoding(path, encoding), errors="replace")
    with raw, text:
        rows = _jsonl_rows(text) if fmt == "jsonl" else _csv_rows(text)
        for n, row in rows:
            if progress is not None and n % 200 == 0:
                progress(raw.tell())
            yield n, row


def _csv_rows(text: io.TextIOWrapper) -> Iterator[tuple[int, dict[str, Any] | str]]:
    reader = csv.DictReader(text)
    for row in reader:
        yield reader.line_num, row


def _jsonl_rows(text: io.TextIOWrapper) -> Iterator[tuple[int, dict[str, Any] | str]]:
    for n, line in enumerate(text, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield n, f"第 {n} 行不是有效的 JSON：{e.msg}"
            continue
        yield n, obj if isinstance(obj, dict) else f"第 {n} 行不是 JSON 对象"


def _xlsx_rows(path: Path, progress: Any) -> Iterator[tuple[int, dict[str, Any] | str]]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        rows = wb.active.iter_rows(values_only=True)
        header = [str(c).strip() if c is not None else "" for c in next(rows, ())]
        for n, values in enumerate(rows, 2):
            if progress is not None and n % 200 == 0:
                progress(n)
            if values and any(v is not None for v in values):
                yield n, {h: v for h, v in zip(header, values, strict=False) if h}
    finally:
        wb.close()


# -- mapping ---------------------------------------------------------------------------------


def parse_mapping(specs: list[str]) -> dict[str, str]:
    out = {}
    for spec in specs:
        field, sep, column = spec.partition("=")
        field = field.strip().lower()
        if not sep or not column.strip():
            raise CliError(f"--map 需要 FIELD=COLUMN 形式，收到 {spec!r}")
        if field not in FIELDS:
            raise CliError(f"--map 未知字段 {field!r}；可用字段：{', '.join(FIELDS)}")
        out[field] = column.strip()
    return out


def resolve_columns(header: list[str], mapping: dict[str, str]) -> dict[str, str]:
    """Field → column for this file: explicit ``--map`` first, then the usual names."""
    lower = {h.strip().lower(): h for h in header}
    cols = {}
    for field, aliases in FIELDS.items():
        if field in mapping:
            if mapping[field] not in header:
                raise CliError(f"--map {field}={mapping[field]}：文件中没有这一列（有：{header}）")
            cols[field] = mapping[field]
            continue
        found = next((lower[a] for a in aliases if a in lower), None)
        if found:
            cols[field] = found
    if not {"title", "text"} & cols.keys():
        raise CliError(f"找不到标题或描述列：用 --map title=列名 指定（文件的列：{header}）")
    return cols


def row_item(row: dict[str, Any], cols: dict[str, str], platform: str, n: int) -> Any:
    """A PageItem for one export row (the same shape a crawled page has)."""
    from pipelines.items import PageItem

    def get(field: str) -> str:
        value = row.get(cols.get(field, ""), "")
        return "" if value is None else str(value).strip()

    url = get("url") or f"ingest://{platform}/{get('id') or n}"
    images = get("images")
    return PageItem(
        url=url,
        final_url=url,
        title=get("title"),
        text=get("text"),
        platform=platform,
        site=platform,
        shop=get("shop") or None,
        seller=get("seller") or None,
        price=get("price") or None,
        image_urls=[u for u in images.replace("|", " ").replace(",", " ").split() if u],
    )


# -- running ---------------------------------------------------------------------------------


def ingest_file(
    path: Path,
    platform: str,
    store: Any,
    mapping: dict[str, str] | None = None,
    fmt: str | None = None,
    encoding: str | None = None,
    progress: Any = None,
) -> dict[str, Any]:
    """Detect and store every row; returns the finished run record's fields."""
    from lexicon import get_detector
    from pipelines.hitbuild import build_hit
    from pipelines.items import utcnow
    from pipelines.run import new_run_id

    fmt = _format_of(path, fmt)
    run_id = new_run_id()
    store.start_run(
        {
            "id": run_id,
            "started_at": utcnow(),
            "spider": "ingest",
            "target": f"ingest:{platform}",
            "platform": platform,
            "source": str(path),
            "status": "running",
        }
    )
    detector, cols = get_detector(), None
    counts: Counter[str] = Counter()
    by_category: Counter[str] = Counter()
    problems: list[str] = []
    batch = []
    stop_reason = "finished"
    try:
        for n, row in read_rows(path, fmt, encoding, progress):
            if isinstance(row, str):
                counts["errors"] += 1
                if len(problems) < 20:
                    problems.append(row)
                continue
            cols = cols or resolve_columns(list(row), mapping or {})
            item = row_item(row, cols, platform, n)
            item.run_id = run_id
            item.target = f"ingest:{platform}"
            item.scan = detector.scan_page(text=item.text, title=item.title, url=item.url)
            counts["pages"] += 1
            hit = build_hit(item)
            if hit is not None:
                batch.append(hit)
                by_category.update(hit.categories)
            if len(batch) >= _BATCH:
                counts["hits"] += store.upsert_hits(batch)
                batch.clear()
    except KeyboardInterrupt:
        stop_reason = "interrupted"
    finally:
        counts["hits"] += store.upsert_hits(batch) if batch else 0
        fields = {
            "finished_at": utcnow(),
            "status": "finished" if stop_reason == "finished" else "stopped",
            "stop_reason": stop_reason,
            "pages": counts["pages"],
            "hits": counts["hits"],
            "hits_by_category": dict(by_category),
            "errors": counts["errors"],
            "problems": problems,
        }
        store.finish_run(run_id, **fields)
    return {"id": run_id, **fields}


def run(args: argparse.Namespace) -> int:
    from pipelines.store import StoreError, open_store, resolve_store_url

    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"找不到文件：{path}")
    mapping = parse_mapping(args.map)
    store_url = resolve_store_url(args.store)
    try:
        store = open_store(store_url)
    except StoreError as e:
        raise CliError(f"存储不可用 (store unusable): {e}") from e
    with store, _progress(path, _format_of(path, args.format), args.no_progress) as progress:
        run_record = ingest_file(
            path, args.platform, store, mapping, args.format, args.encoding, progress
        )
    _print_summary(run_record, store_url)
    return 0 if run_record["pages"] else 1


def _progress(path: Path, fmt: str, off: bool) -> Any:
    """A rich progress bar on stderr over bytes (CSV/JSONL) or rows (XLSX)."""
    import contextlib

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


def _print_summary(run: dict[str, Any], store_url: str) -> None:
    cats = "，".join(f"{c} {n}" for c, n in sorted(run["hits_by_category"].items())) or "无"
    print(f"导入 {run['pages']} 条，命中 {run['hits']} 条（{cats}），错误 {run['errors']} 条")
    for problem in run["problems"]:
        print(f"  - {problem}", file=sys.stderr)
    print(f"运行编号 {run['id']}；存储 {store_url}")
