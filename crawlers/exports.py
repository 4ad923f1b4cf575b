"""Platform exports as a source of PageItems: CSV, JSON lines or XLSX, one listing a row.

Platforms inspect their own listings during a campaign and regulators receive listing dumps
from them. A row becomes a :class:`pipelines.items.PageItem` of the same shape a crawled page
has, so it goes through the same pipelines (lifecycle, detection, evidence, store); its body is
the row as read (JSON) and its ``source`` says which file and row it came from.

Rows are streamed (CSV/JSONL line by line, XLSX in openpyxl's read-only mode). Columns are found
by their usual names (``url``/``链接``, ``title``/``标题``, ``shop``/``店铺``…); a mapping
``FIELD=COLUMN`` names them explicitly (fields: id, url, title, text, shop, seller, price,
images). Without a URL column a row gets ``ingest://PLATFORM/ID``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from crawlers.errors import ExportError
from pipelines.items import PageItem, utcnow

__all__ = [
    "FIELDS",
    "FORMATS",
    "check_columns",
    "format_of",
    "parse_mapping",
    "read_rows",
    "resolve_columns",
    "row_item",
]

#: Fields a row may carry, with the column names recognised without a mapping.
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
FORMATS: tuple[str, ...] = ("csv", "jsonl", "xlsx")

Row = tuple[int, dict[str, Any] | str]


# -- reading ---------------------------------------------------------------------------------


def format_of(path: Path, forced: str | None = None) -> str:
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
    with path.open("rb") as f:
        head = f.read(65536)
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as e:
        if e.start < len(head) - 4:  # not just a character cut at the end of the sample
            return "gb18030"
    return "utf-8-sig"


def read_rows(
    path: Path,
    fmt: str,
    encoding: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> Iterator[Row]:
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


def _csv_rows(text: io.TextIOWrapper) -> Iterator[Row]:
    reader = csv.DictReader(text)
    for row in reader:
        yield reader.line_num, row


def _jsonl_rows(text: io.TextIOWrapper) -> Iterator[Row]:
    for n, line in enumerate(text, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield n, f"第 {n} 行不是有效的 JSON：{e.msg}"
            continue
        yield n, obj if isinstance(obj, dict) else f"第 {n} 行不是 JSON 对象"


def _xlsx_rows(path: Path, progress: Callable[[int], None] | None) -> Iterator[Row]:
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
    """``["title=宝贝名称", …]`` → ``{"title": "宝贝名称"}``, every field checked."""
    out = {}
    for spec in specs:
        field, sep, column = spec.partition("=")
        field = field.strip().lower()
        if not sep or not column.strip():
            raise ExportError(f"--map 需要 FIELD=COLUMN 形式，收到 {spec!r}")
        if field not in FIELDS:
            raise ExportError(f"--map 未知字段 {field!r}；可用字段：{', '.join(FIELDS)}")
        out[field] = column.strip()
    return out


def resolve_columns(header: list[str], mapping: dict[str, str]) -> dict[str, str]:
    """Field → column for this file: the explicit mapping first, then the usual names."""
    lower = {h.strip().lower(): h for h in header}
    cols = {}
    for field, aliases in FIELDS.items():
        if field in mapping:
            if mapping[field] not in header:
                raise ExportError(
                    f"--map {field}={mapping[field]}：文件中没有这一列（有：{header}）"
                )
            cols[field] = mapping[field]
            continue
        found = next((lower[a] for a in aliases if a in lower), None)
        if found:
            cols[field] = found
    if not {"title", "text"} & cols.keys():
        raise ExportError(f"找不到标题或描述列：用 --map title=列名 指定（文件的列：{header}）")
    return cols


def check_columns(path: Path, fmt: str, encoding: str | None, mapping: dict[str, str]) -> None:
    """Read up to the first good row and resolve its columns: a bad mapping fails up front."""
    for _, row in read_rows(path, fmt, encoding):
        if isinstance(row, dict):
            resolve_columns(list(row), mapping)
            return


def row_item(
    row: dict[str, Any], cols: dict[str, str], platform: str, n: int, file: str
) -> PageItem:
    """A PageItem for row ``n`` of export ``file`` (the same shape a crawled page has)."""

    def get(field: str) -> str:
        value = row.get(cols.get(field, ""), "")
        return "" if value is None else str(value).strip()

    url = get("url") or f"ingest://{platform}/{get('id') or n}"
    images = get("images")
    body = json.dumps(row, ensure_ascii=False, default=str).encode("utf-8")
    return PageItem(
        url=url,
        final_url=url,
        headers={"Content-Type": "application/json; charset=utf-8"},
        body=body,
        encoding="utf-8",
        title=get("title"),
        text=get("text"),
        platform=platform,
        site=platform,
        shop=get("shop") or None,
        seller=get("seller") or None,
        price=get("price") or None,
        image_urls=[u for u in images.replace("|", " ").replace(",", " ").split() if u],
        fetched_at=utcnow(),
        source=f"export:{file}#{n}",
    )
