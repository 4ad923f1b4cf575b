"""``adsweep store``: what a store holds (``info``), schema upgrades (``migrate``), and a local
OpenSearch node (``node``).

``adsweep store info`` prints the engine (SQLite, OpenSearch or Elasticsearch) and its version,
the indices with their document counts, the aliases and the records of each kind.
``adsweep store migrate`` moves every search-engine index whose alias still points at an older
schema version to the current one (the engine's ``_reindex``, writes spooled meanwhile, the old
index kept for a rollback); a SQLite store migrates itself when opened.
``adsweep store node --data DIR`` runs the embedded OpenSearch node (built by
``scripts/setup.sh``) in the foreground for a demo on one machine; Ctrl-C stops it.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from typing import Any

from crawlers.cli import CliError
from pipelines.store import StoreError, open_store

__all__ = ["register"]

_KINDS = {"hits": "命中记录", "pages": "页面状态", "runs": "抓取批次", "audit": "审计日志",
          "notices": "通知书"}  # fmt: skip


def cmd_info(args: argparse.Namespace) -> int:
    try:
        with open_store(args.store) as store:
            info = store.describe()
    except StoreError as e:
        raise CliError(f"无法打开存储：{e}", code=1) from e
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=1))
        return 0
    print(_render(info))
    return 0


def _render(info: dict[str, Any]) -> str:
    head = f"{info['engine']} {info['version']}"
    if info.get("cluster"):
        head += f"（集群 {info['cluster']}）"
    lines = [f"存储引擎  {head}", f"地址      {info['url']}"]
    if info.get("prefix"):
        lines[-1] += f"  前缀 {info['prefix']}"
    lines.append(f"结构版本  {info['schema']}")
    lines.append("索引:")
    for ix in info["indices"]:
        lines.append(f"  {ix['index']}  文档 {ix['docs']}  大小 {ix['size']}  状态 {ix['health']}")
    if info["aliases"]:
        lines.append("别名:")
        lines += [f"  {a} → {ix}" for a, ix in sorted(info["aliases"].items())]
    lines.append("记录数:")
    lines += [f"  {_KINDS.get(k, k)}（{k}）{n}" for k, n in info["counts"].items()]
    return "\n".join(lines)


def cmd_migrate(args: argparse.Namespace) -> int:
    try:
        with open_store(args.store) as store:
            if not hasattr(store, "client"):  # SQLite: migrated when it was just opened
                applied = getattr(store, "migrations_applied", None) or []
                print(f"SQLite 存储打开时已自动迁移（本次执行 {len(applied)} 步），无需操作。")
                return 0
            return _migrate_engine(store, dry_run=args.dry_run)
    except StoreError as e:
        raise CliError(f"迁移失败：{e}", code=1) from e


def _migrate_engine(store: Any, *, dry_run: bool) -> int:
    from pipelines.store.elastic_admin import migrate, pending
    from pipelines.store.elastic_mappings import SCHEMA_VERSION

    behind = pending(store)
    if not behind:
        print(f"全部索引已是结构版本 {SCHEMA_VERSION}，无需迁移。")
        return 0
    for kind, ix in behind.items():
        print(f"{'待迁移' if dry_run else '迁移'}  {_KINDS.get(kind, kind)}（{kind}）{ix} → "
              f"{store.alias(kind)}-v{SCHEMA_VERSION}")  # fmt: skip
    if dry_run:
        print("（--dry-run：未做任何改动）")
        return 0
    for d in migrate(store):
        print(f"已完成  {d['alias']}：{d['from']} → {d['to']}，复制 {d['copied']} 条；"
              f"旧索引 {d['from']} 保留以便回退，确认无误后可删除。")  # fmt: skip
    return 0


def cmd_node(args: argparse.Namespace) -> int:
    from pipelines.store.node import OpenSearchNode

    node = OpenSearchNode(args.data, port=args.port, heap=args.heap, fast_start=False)
    print(f"正在启动 OpenSearch 节点（数据目录 {node.data_dir}）…", file=sys.stderr)
    try:
        node.start()
    except StoreError as e:
        raise CliError(str(e), code=1) from e
    print(node.url, flush=True)
    print(f"就绪（{node.green_s:.1f} 秒）。抓取：adsweep crawl … --store {node.url}\n"
          "按 Ctrl-C 停止。", file=sys.stderr)  # fmt: skip
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        while node.running and not stop.wait(1.0):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        node.stop()
    print("节点已停止。", file=sys.stderr)
    return 0


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("store", help="存储信息；结构迁移；本机 OpenSearch 节点")
    sub = p.add_subparsers(dest="store_command", metavar="ACTION", required=True)
    info = sub.add_parser("info", help="存储引擎、版本、索引、别名与记录数")
    info.add_argument("--store", help="存储地址（默认 ADSWEEP_STORE）")
    info.add_argument("--json", action="store_true", help="以 JSON 输出")
    info.set_defaults(func=cmd_info)
    mig = sub.add_parser("migrate", help="把搜索引擎索引升级到当前结构版本（别名原子切换）")
    mig.add_argument("--store", help="存储地址（默认 ADSWEEP_STORE）")
    mig.add_argument("--dry-run", action="store_true", help="只列出需要迁移的索引，不做改动")
    mig.set_defaults(func=cmd_migrate)
    node = sub.add_parser("node", help="在前台运行内嵌的 OpenSearch 节点（演示用）")
    node.add_argument("--data", default="data/opensearch", help="数据目录（默认 data/opensearch）")
    node.add_argument("--port", type=int, default=0, help="HTTP 端口（默认自动选择空闲端口）")
    node.add_argument("--heap", default="512m", help="JVM 堆大小（默认 512m）")
    node.set_defaults(func=cmd_node)
