"""The filter options every ``adsweep hits`` action shares: the reviewer's queue filters as
command-line options and ``--filter`` query strings, read into store filters by the reviewer's
own ``ViewFilter`` so the shell and the queue select the same hits."""

from __future__ import annotations

import argparse
from typing import Any

from crawlers.errors import CliError

__all__ = ["FILTER_OPTIONS", "add_filters", "filter_pairs", "store_filters"]


#: Filter options: option name → the reviewer's URL parameter (values may be comma-separated).
FILTER_OPTIONS: dict[str, str] = {
    "status": "status", "category": "category", "severity": "severity",
    "platform": "platform", "host": "host", "shop": "shop", "seller": "seller",
    "contact": "contact", "rule": "rule", "pack": "pack", "run_id": "run",
    "assignee": "assignee",
    "q": "q", "since": "since", "until": "until",
}  # fmt: skip


def filter_pairs(args: argparse.Namespace) -> list[tuple[str, str]]:
    """The options and ``--filter`` query strings as the reviewer's URL parameters."""
    from urllib.parse import parse_qsl

    pairs: list[tuple[str, str]] = []
    for q in getattr(args, "filter", None) or []:
        pairs += parse_qsl(q.lstrip("?"), keep_blank_values=False)
    for opt, param in FILTER_OPTIONS.items():
        value = getattr(args, opt, None)
        if value:
            split = [value] if param == "q" else [v.strip() for v in value.split(",")]
            pairs += [(param, v) for v in split if v]
    return pairs


def store_filters(args: argparse.Namespace) -> dict[str, Any]:
    """Store filters of the options. Unlike the queue, no status given means every status."""
    from reviewer.errors import BadRequest
    from reviewer.filters import ViewFilter

    try:
        view = ViewFilter.from_params(filter_pairs(args))
        view.values.setdefault("status", ["all"])
        return view.filters()
    except BadRequest as e:
        raise CliError(e.message) from e


def add_filters(p: argparse.ArgumentParser) -> None:
    """The filter options every ``hits`` action shares (the reviewer's queue filters)."""
    p.add_argument(
        "--store", help="存储地址 sqlite:///… 或 http(s)://host:9200（默认 ADSWEEP_STORE）"
    )
    p.add_argument("--filter", action="append", metavar="QUERY",
                   help="审核系统队列网址中的筛选条件，如 'rule=CS-001&platform=淘宝'（可重复）")  # fmt: skip
    p.add_argument("--status", help="按处置状态筛选（new、confirmed…，逗号分隔多个；默认全部状态）")
    p.add_argument("--category", help="按违法类别筛选")
    p.add_argument("--severity", help="按严重程度筛选（high、medium、low）")
    p.add_argument("--platform", help="按平台筛选")
    p.add_argument("--host", help="按域名筛选")
    p.add_argument("--shop", help="按店铺筛选")
    p.add_argument("--seller", help="按卖家筛选")
    p.add_argument("--contact", help="按联系方式（电话、微信号、QQ 号）筛选")
    p.add_argument("--rule", help="按规则编号筛选（如 CS-001）")
    p.add_argument("--pack", help="按规则包筛选（special-ops、training-ads、certificates）")
    p.add_argument("--run", dest="run_id", help="按抓取批次筛选")
    p.add_argument("--assignee", help="按指派人筛选")
    p.add_argument("--q", help="中文全文搜索")
    p.add_argument("--since", help="发现日期自（北京时间，2026-11-01）")
    p.add_argument("--until", help="发现日期至（含当日）")
