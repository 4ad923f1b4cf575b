"""``adsweep hits triage``: one decision over every hit a filter matches, from the shell.

The same path as the reviewer's "whole filter" bulk action (``pipelines.triage``): each hit gets
its own history and audit entry under the reviewer's name (``--by``, an existing account), and
one more entry records the bulk action. ``--dry-run`` only counts.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from crawlers.cli import CliError

__all__ = ["add_triage"]


def add_triage(sub: Any) -> None:
    from crawlers.cli.hit_filters import add_filters
    from lexicon.vocabulary import REJECT_REASONS
    from pipelines.triage import DECISIONS

    p = sub.add_parser("triage", help="按筛选条件批量处置命中（记入处置记录和审计日志）")
    add_filters(p)
    p.add_argument("--set", dest="to", required=True, choices=DECISIONS, help="设为该状态")
    p.add_argument("--by", required=True, metavar="USER", help="以哪个审核系统账号的名义处置")
    p.add_argument("--reason", choices=REJECT_REASONS, default="",
                   help="排除原因（--set rejected 时必填）")  # fmt: skip
    p.add_argument("--note", default="", help="说明（记入每条命中的处置记录）")
    p.add_argument("--dry-run", action="store_true", help="只统计会改动多少条，不执行")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from crawlers.cli.hit_filters import filter_pairs, store_filters
    from lexicon.vocabulary import status_label
    from pipelines.store import StoreError, open_store
    from pipelines.triage import check_decision, triage_filter

    if not filter_pairs(args):
        raise CliError("请至少给出一个筛选条件（如 --rule CS-001 或 --filter 'host=…'），"
                       "以免误改全部命中")  # fmt: skip
    try:
        check_decision(args.to, args.reason)
    except StoreError as e:
        raise CliError(str(e)) from e
    filters = store_filters(args)
    try:
        store = open_store(args.store)
    except StoreError as e:
        raise CliError(f"无法打开存储：{e}") from e
    with store:
        user = store.get_user(args.by)
        if user is None or user.get("disabled"):
            raise CliError(f"账号 {args.by} 不存在或已停用（adsweep users list 查看账号）")
        statuses = filters.get("status")
        already = 0
        if not statuses or args.to in statuses:
            already = store.count_hits(**{**filters, "status": args.to})
        todo = store.count_hits(**filters) - already
        if args.dry_run:
            print(f"将有 {todo} 条命中设为“{status_label(args.to)}”（未执行）")
            return 0
        res = triage_filter(store, filters, args.to, actor=args.by, reason=args.reason,
                            note=args.note)  # fmt: skip
    print(f"已将 {len(res.changed)} 条命中设为“{status_label(args.to)}”（{args.by}）")
    if res.conflicts:
        print(f"{len(res.conflicts)} 条在处理时被他人修改，未改动：", file=sys.stderr)
        for hid, msg in res.conflicts.items():
            print(f"  {hid} {msg}", file=sys.stderr)
        return 1
    return 0
