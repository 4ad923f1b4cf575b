"""``adsweep hits``: export (and count) stored hits, streaming one record at a time."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterable
from contextlib import contextmanager
from typing import IO, Any

from crawlers.cli.hit_filters import add_filters, store_filters
from crawlers.errors import CliError
from pipelines.hit import Hit
from pipelines.store import StoreError, open_store

__all__ = ["EXPORT_COLUMNS", "EXPORT_FIELDS", "add_filters", "export_record", "register"]

#: Columns of an exported hit, in order.
EXPORT_FIELDS: tuple[str, ...] = (
    "id",
    "url",
    "final_url",
    "title",
    "platform",
    "host",
    "shop",
    "seller",
    "severity",
    "score",
    "categories",
    "findings",
    "contacts",
    "first_seen",
    "last_seen",
    "status",
    "assignee",
    "run_id",
    "evidence",
)

_FINDING_KEYS = ("rule_id", "category", "severity", "matched", "excerpt", "source")

#: Every column ``--columns`` may name (CSV adds a readable summary of the findings).
EXPORT_COLUMNS: tuple[str, ...] = (*EXPORT_FIELDS, "findings_summary")


def parse_columns(spec: str | None) -> list[str] | None:
    if not spec:
        return None
    cols = [c.strip() for c in spec.split(",") if c.strip()]
    unknown = [c for c in cols if c not in EXPORT_COLUMNS]
    if unknown or not cols:
        raise CliError(
            f"未知的列：{'、'.join(unknown) or spec}（可选：{','.join(EXPORT_COLUMNS)}）"
        )
    return cols


def export_record(hit: Hit) -> dict[str, Any]:
    """The exported shape of one hit (findings trimmed to what a reader needs)."""
    d = hit.to_dict()
    rec = {k: d.get(k) for k in EXPORT_FIELDS}
    rec["findings"] = [{k: f.get(k) for k in _FINDING_KEYS} for f in hit.findings]
    rec["contacts"] = [{"kind": c.get("kind"), "value": c.get("value")} for c in hit.contacts]
    return rec


def _summary(findings: list[dict[str, Any]]) -> str:
    return "；".join(f"{f['rule_id']}[{f['severity']}] {f['matched']}" for f in findings)


def write_jsonl(hits: Iterable[Hit], out: IO[str], columns: list[str] | None = None) -> int:
    n = 0
    for hit in hits:
        rec = export_record(hit)
        if columns:
            rec["findings_summary"] = _summary(rec["findings"])
            rec = {c: rec[c] for c in columns}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(hits: Iterable[Hit], out: IO[str], columns: list[str] | None = None) -> int:
    cols = columns or list(EXPORT_COLUMNS)
    writer = csv.DictWriter(out, fieldnames=cols, extrasaction="ignore")
    writer.writeheader()
    n = 0
    for hit in hits:
        rec = export_record(hit)
        rec["findings_summary"] = _summary(rec["findings"])
        for key in ("categories", "findings", "contacts", "evidence"):
            rec[key] = json.dumps(rec[key], ensure_ascii=False)
        writer.writerow(rec)
        n += 1
    return n


@contextmanager
def _output(path: str | None, fmt: str):
    if not path or path == "-":
        yield sys.stdout
        return
    # utf-8-sig for CSV so Excel (what regulators open it in) shows Chinese correctly.
    enc = "utf-8-sig" if fmt == "csv" else "utf-8"
    try:
        f = open(path, "w", encoding=enc, newline="")  # noqa: SIM115 - closed below
    except OSError as e:
        raise CliError(f"无法写入 {path}：{e}") from e
    with f:
        yield f


def cmd_export(args: argparse.Namespace) -> int:
    try:
        store = open_store(args.store)
    except StoreError as e:
        raise CliError(f"无法打开存储：{e}") from e
    columns = parse_columns(args.columns)
    filters = store_filters(args)
    with store, _output(args.output, args.format) as out:
        hits = store.iter_hits(**filters)
        write = write_csv if args.format == "csv" else write_jsonl
        n = write(hits, out, columns)
    print(f"已导出 {n} 条命中记录", file=sys.stderr)
    return 0


def cmd_count(args: argparse.Namespace) -> int:
    with open_store(args.store) as store:
        print(store.count_hits(**store_filters(args)))
    return 0


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("hits", help="导出、统计已存储的命中记录")
    sub = p.add_subparsers(dest="hits_command", metavar="ACTION", required=True)
    ex = sub.add_parser("export", help="逐条流式导出命中记录（JSON Lines 或 CSV）")
    add_filters(ex)
    ex.add_argument("--format", choices=("jsonl", "csv"), default="jsonl", help="输出格式")
    ex.add_argument("--columns", metavar="COL,COL…",
                    help=f"只导出这些列（可选：{','.join(EXPORT_COLUMNS)}）")  # fmt: skip
    ex.add_argument("-o", "--output", help="输出文件（默认标准输出）")
    ex.set_defaults(func=cmd_export)
    cnt = sub.add_parser("count", help="统计命中记录条数")
    add_filters(cnt)
    cnt.set_defaults(func=cmd_count)
    from crawlers.cli.triage import add_triage

    add_triage(sub)
