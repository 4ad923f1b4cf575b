"""``adsweep hits``: export (and count) stored hits, streaming one record at a time."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterable
from contextlib import contextmanager
from typing import IO, Any

from crawlers.cli import CliError
from pipelines.hit import Hit
from pipelines.store import StoreError, open_store

__all__ = ["EXPORT_FIELDS", "export_record", "register"]

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


def export_record(hit: Hit) -> dict[str, Any]:
    """The exported shape of one hit (findings trimmed to what a reader needs)."""
    d = hit.to_dict()
    rec = {k: d.get(k) for k in EXPORT_FIELDS}
    rec["findings"] = [{k: f.get(k) for k in _FINDING_KEYS} for f in hit.findings]
    rec["contacts"] = [{"kind": c.get("kind"), "value": c.get("value")} for c in hit.contacts]
    return rec


def _summary(findings: list[dict[str, Any]]) -> str:
    return "；".join(f"{f['rule_id']}[{f['severity']}] {f['matched']}" for f in findings)


def write_jsonl(hits: Iterable[Hit], out: IO[str]) -> int:
    n = 0
    for hit in hits:
        out.write(json.dumps(export_record(hit), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(hits: Iterable[Hit], out: IO[str]) -> int:
    cols = [*EXPORT_FIELDS, "findings_summary"]
    writer = csv.DictWriter(out, fieldnames=cols)
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


def _filters(args: argparse.Namespace) -> dict[str, Any]:
    keys = ("status", "category", "severity", "platform", "host", "run_id")
    return {k: getattr(args, k) for k in keys if getattr(args, k, None)}


def cmd_export(args: argparse.Namespace) -> int:
    try:
        store = open_store(args.store)
    except StoreError as e:
        raise CliError(f"无法打开存储：{e}") from e
    with store, _output(args.output, args.format) as out:
        hits = store.iter_hits(**_filters(args))
        n = write_csv(hits, out) if args.format == "csv" else write_jsonl(hits, out)
    print(f"已导出 {n} 条命中记录", file=sys.stderr)
    return 0


def cmd_count(args: argparse.Namespace) -> int:
    with open_store(args.store) as store:
        print(store.count_hits(**_filters(args)))
    return 0


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--store", help="存储地址 sqlite:///… 或 http(s)://host:9200（默认 ADSWEEP_STORE）"
    )
    p.add_argument("--status", help="按处置状态筛选（new、confirmed…）")
    p.add_argument("--category", help="按违法类别筛选")
    p.add_argument("--severity", help="按严重程度筛选（high、medium、low）")
    p.add_argument("--platform", help="按平台筛选")
    p.add_argument("--host", help="按域名筛选")
    p.add_argument("--run", dest="run_id", help="按抓取批次筛选")


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("hits", help="导出、统计已存储的命中记录")
    sub = p.add_subparsers(dest="hits_command", metavar="ACTION", required=True)
    ex = sub.add_parser("export", help="逐条流式导出命中记录（JSON Lines 或 CSV）")
    _add_filters(ex)
    ex.add_argument("--format", choices=("jsonl", "csv"), default="jsonl", help="输出格式")
    ex.add_argument("-o", "--output", help="输出文件（默认标准输出）")
    ex.set_defaults(func=cmd_export)
    cnt = sub.add_parser("count", help="统计命中记录条数")
    _add_filters(cnt)
    cnt.set_defaults(func=cmd_count)
