"""``adsweep stats``: the campaign's statistics for a period as XLSX, CSV and a trend chart."""

from __future__ import annotations

import argparse
import getpass
import os
from datetime import date
from pathlib import Path

from crawlers.cli import CliError

__all__ = ["register"]


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as e:
        raise CliError(f"日期应写作 YYYY-MM-DD：{value!r}") from e


def run(args: argparse.Namespace) -> int:
    from pipelines.store import StoreError, open_store
    from reports.config import load_config
    from reports.errors import ConfigError
    from reports.stats import compute_stats
    from reports.stats_files import write_chart, write_csv, write_xlsx
    from reports.workflow import today_beijing

    start, end = _date(args.date_from), _date(args.date_to)
    if end < start:
        raise CliError("--to 早于 --from")
    try:
        cfg = load_config(args.config)
    except ConfigError as e:
        raise CliError(str(e)) from e
    unit = args.unit or cfg.authority
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    stem = f"专项整治统计-{start:%Y%m%d}-{end:%Y%m%d}"
    try:
        with open_store(args.store) as store:
            st = compute_stats(store, start, end, args.by)
    except StoreError as e:
        raise CliError(f"存储不可用：{e}") from e
    filler = args.filler or os.environ.get("ADSWEEP_OPERATOR") or getpass.getuser()
    xlsx = write_xlsx(st, out / f"{stem}.xlsx", unit=unit, filler=filler,
                      phone=args.phone or cfg.contact_phone,
                      filled=f"{today_beijing():%Y-%m-%d}")  # fmt: skip
    csvs = write_csv(st, out, stem)
    png = write_chart(st, out / f"{stem}-趋势.png", unit)
    for t in st.tables:
        print(f"【{t.title}】")
        for row in t.with_total():
            print("  " + "  ".join(str(x) for x in row))
    print(f"\n{xlsx}\n{png}\n" + "\n".join(str(p) for p in csvs))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("stats", help="专项整治统计表（XLSX、CSV）和趋势图（PNG）")
    p.add_argument("--from", dest="date_from", required=True, help="起始日期 YYYY-MM-DD（含）")
    p.add_argument("--to", dest="date_to", required=True, help="截止日期 YYYY-MM-DD（含）")
    p.add_argument("--unit", help="填报单位（默认配置中的发文机关）")
    p.add_argument("--by", choices=("week", "month"), default="week", help="趋势按周或按月")
    p.add_argument("--filler", help="填报人（默认 ADSWEEP_OPERATOR 或当前用户）")
    p.add_argument("--phone", help="联系电话（默认配置中的电话）")
    p.add_argument("--config", help="通知书配置文件")
    p.add_argument("--store", help="存储地址")
    p.add_argument("--out", default="out/stats", help="输出目录（默认 out/stats）")
    p.set_defaults(func=run)
