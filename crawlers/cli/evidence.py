"""``adsweep evidence``: verify the hash chain of runs, export a hit's evidence package."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from crawlers import settings
from crawlers.errors import CliError
from pipelines.errors import EvidenceError, TimestampError
from pipelines.evidence.archive import EvidenceArchive
from pipelines.evidence.verify import verify_run
from pipelines.store import StoreError, open_store

__all__ = ["register"]


def _archive(args: argparse.Namespace) -> EvidenceArchive:
    root = Path(
        args.evidence_dir or os.environ.get("ADSWEEP_EVIDENCE_DIR") or settings.EVIDENCE_DIR
    )
    if not root.exists():
        raise CliError(f"证据目录不存在：{root}")
    return EvidenceArchive(root)


def cmd_verify(args: argparse.Namespace) -> int:
    archive = _archive(args)
    runs = [args.run] if args.run else archive.runs()
    if args.run and args.run not in archive.runs():
        raise CliError(f"找不到批次 {args.run} 的证据")
    bad = 0
    for run in runs:
        rep = verify_run(archive, run)
        state = "通过" if rep.ok else f"发现 {len(rep.problems)} 处问题"
        print(f"批次 {run}：{rep.entries} 条清单，{rep.artifacts} 个文件，校验{state}")
        for p in rep.problems:
            where = f"第 {p.seq} 条" if p.seq is not None else "清单"
            print(f"  ✗ [{p.what}] {where}：{p.message}（{p.path}）")
        bad += not rep.ok
    if not runs:
        print("证据目录中没有任何批次")
    return 1 if bad else 0


def cmd_export(args: argparse.Namespace) -> int:
    from pipelines.evidence.package import export_hit

    archive = _archive(args)
    try:
        with open_store(args.store) as store:
            hit = store.get_hit(args.hit)
    except StoreError as e:
        raise CliError(f"无法读取存储：{e}") from e
    if hit is None:
        raise CliError(f"找不到命中记录 {args.hit}")
    out = Path(args.output or f"evidence-{hit.id}")
    operator = args.operator or os.environ.get("ADSWEEP_OPERATOR") or getpass.getuser()
    try:
        res = export_hit(archive, hit, out, fmt=args.format, operator=operator,
                         organization=args.organization or "")  # fmt: skip
    except EvidenceError as e:
        raise CliError(str(e), code=1) from e
    print(f"证据包：{res.wacz}\n提取笔录：{res.record}\n校验值：{res.sums}")
    for p in res.problems:
        print(f"  ✗ {p}", file=sys.stderr)
    return 1 if res.problems else 0


def cmd_timestamp(args: argparse.Namespace) -> int:
    from pipelines.evidence.tsa import timestamp_run

    archive = _archive(args)
    tsa = args.tsa or os.environ.get("ADSWEEP_TSA_URL")
    if not tsa:
        raise CliError("需要 --tsa 或 ADSWEEP_TSA_URL")
    try:
        path = timestamp_run(archive, args.run, tsa)
    except TimestampError as e:
        raise CliError(str(e), code=1) from e
    print(f"时间戳已保存：{path}")
    return 0


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("evidence", help="校验证据哈希链，导出证据包与电子数据提取笔录")
    p.add_argument("--evidence-dir", help="证据目录（默认 ADSWEEP_EVIDENCE_DIR 或 data/evidence）")
    sub = p.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)
    v = sub.add_parser("verify", help="重新计算哈希，指出被改动或删除的文件与清单条目")
    v.add_argument("run", nargs="?", help="批次编号（默认全部批次）")
    v.set_defaults(func=cmd_verify)
    e = sub.add_parser("export", help="导出一条命中记录的证据包（WACZ + 提取笔录）")
    e.add_argument("hit", help="命中记录编号")
    e.add_argument("--store", help="存储地址（默认 ADSWEEP_STORE）")
    e.add_argument("-o", "--output", help="输出目录（默认 evidence-<编号>）")
    e.add_argument("--format", choices=("pdf", "docx"), default="pdf", help="笔录格式")
    e.add_argument("--operator", help="提取人姓名（默认 ADSWEEP_OPERATOR 或当前用户）")
    e.add_argument("--organization", help="提取单位")
    e.set_defaults(func=cmd_export)
    t = sub.add_parser("timestamp", help="为批次清单申请 RFC 3161 可信时间戳")
    t.add_argument("run", help="批次编号")
    t.add_argument("--tsa", help="时间戳服务地址（默认 ADSWEEP_TSA_URL）")
    t.set_defaults(func=cmd_timestamp)
