"""``adsweep portals``: offline look-alike domains of the official verification portals."""

from __future__ import annotations

import argparse
import sys
from typing import Any

__all__ = ["register", "run"]


def register(sub: Any) -> None:
    p = sub.add_parser(
        "portals",
        help="look-alike domains of the official portals (offline, crawl seeds)",
        description="列出官方证书查询平台的仿冒域名候选（离线生成，不做 DNS 查询），可作抓取种子。",
    )
    p.add_argument(
        "--host", action="append", metavar="HOST", help="official host (default: all known)"
    )
    p.add_argument("--urls", action="store_true", help="print http:// URLs instead of names")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from lexicon.context import OFFICIAL_HOSTS
    from lexicon.portal import lookalike_domains

    hosts = tuple(args.host or OFFICIAL_HOSTS)
    for d in lookalike_domains(hosts):
        sys.stdout.write((f"http://{d}/" if args.urls else d) + "\n")
    return 0
