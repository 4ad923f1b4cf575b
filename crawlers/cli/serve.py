"""``adsweep serve``: the reviewer web app on a store (either backend)."""

from __future__ import annotations

import argparse
import sys

from crawlers.cli import CliError

__all__ = ["DEMO_ACCOUNT", "open_reviewer", "register", "run", "serve_demo"]

#: The account ``adsweep demo`` signs reviewers in with (its password is new every run).
DEMO_ACCOUNT = "demo"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="审核系统（网页）：审核队列、命中详情、案件、审计")
    p.add_argument("--store", default=None, metavar="URL",
                   help="sqlite:///path.db 或 http(s)://host:9200（默认 $ADSWEEP_STORE）")  # fmt: skip
    p.add_argument("--host", default=None, help="监听地址（默认 127.0.0.1，仅本机可访问）")
    p.add_argument("--port", type=int, default=None, help="端口（默认 8732；0 表示任选空闲端口）")
    p.add_argument("--evidence-dir", default=None, metavar="DIR",
                   help="证据目录（默认 $ADSWEEP_EVIDENCE_DIR 或 data/evidence）")  # fmt: skip
    p.add_argument("--log-level", default="warning")
    p.set_defaults(func=run)


def open_reviewer(args: argparse.Namespace, **overrides: object):
    """(store, config, app) for the options given; refuses a store without any account."""
    import os

    from pipelines.store import StoreError, open_store
    from reviewer.app import create_app
    from reviewer.config import ReviewerConfig
    from reviewer.errors import ConfigError

    evidence = args.evidence_dir or os.environ.get("ADSWEEP_EVIDENCE_DIR")
    try:
        config = ReviewerConfig.from_env(store=args.store, host=getattr(args, "host", None),
                                         port=getattr(args, "port", None),
                                         evidence_dir=evidence, **overrides)  # fmt: skip
        store = open_store(config.store)
    except (StoreError, ConfigError) as e:
        raise CliError(f"无法启动审核系统：{e}") from e
    try:
        app = create_app(store, config)
    except ConfigError as e:
        store.close()
        raise CliError(f"无法启动审核系统：{e}") from e
    return store, config, app


def run(args: argparse.Namespace) -> int:
    from reviewer.server import address, bind, serve_forever

    store, config, app = open_reviewer(args)
    with store:
        if not store.list_users():
            raise CliError(
                "审核系统还没有任何账号，无法登录。请先添加一个管理员账号：\n"
                f"  adsweep users add 姓名 --role admin{_store_hint(args)}\n"
                "（密码会提示输入；脚本中可从标准输入传入）"
            )
        try:
            sock = bind(config.host, config.port)
        except OSError as e:
            raise CliError(
                f"无法监听 {config.host}:{config.port}：{e}（可用 --port 换一个端口）"
            ) from e
        print(f"审核系统 (reviewer): {address(sock)}  存储 {store.url}", flush=True)
        print("按 Ctrl-C 结束。", file=sys.stderr, flush=True)
        serve_forever(app, config, sock, args.log_level)
    return 0


def _store_hint(args: argparse.Namespace) -> str:
    return f" --store {args.store}" if args.store else ""


def _demo_account(store, config) -> str:
    """Create or reset the demo account (admin, so every page can be seen); its password."""
    import secrets

    from reviewer import accounts
    from reviewer.security import Passwords

    pw = Passwords(config.argon2_time_cost, config.argon2_memory_kib)
    password = secrets.token_urlsafe(9)
    if store.get_user(DEMO_ACCOUNT) is None:
        accounts.add_user(store, pw, DEMO_ACCOUNT, "admin", password, actor="adsweep-demo")
    else:
        accounts.set_password(store, pw, DEMO_ACCOUNT, password, actor="adsweep-demo")
        if store.get_user(DEMO_ACCOUNT).get("disabled"):
            accounts.set_disabled(store, DEMO_ACCOUNT, False, actor="adsweep-demo")
    return password


def serve_demo(store, evidence_dir: str | None, port: int) -> None:
    """The reviewer on the demo's (open) store, with a fresh demo password, until Ctrl-C."""
    import os

    from reviewer.app import create_app
    from reviewer.config import ReviewerConfig
    from reviewer.errors import ConfigError
    from reviewer.server import address, bind, serve_forever

    evidence = evidence_dir or os.environ.get("ADSWEEP_EVIDENCE_DIR")
    try:
        config = ReviewerConfig.from_env(store=store.url, host="127.0.0.1", port=port,
                                         evidence_dir=evidence)  # fmt: skip
        app = create_app(store, config)
    except ConfigError as e:
        raise CliError(f"无法启动审核系统：{e}") from e
    password = _demo_account(store, config)
    try:
        sock = bind(config.host, config.port, fallback=True)
    except OSError as e:
        raise CliError(f"审核系统无法监听：{e}") from e
    print()
    print(f"审核系统 (reviewer): {address(sock)}")
    print(f"  演示账号 (demo account): {DEMO_ACCOUNT}  密码 (password): {password}")
    print("  在浏览器中打开上面的地址登录；按 Ctrl-C 结束 (Ctrl-C stops it).")
    from lexicon.vocabulary import OPEN_STATUSES

    if store.count_hits(status=list(OPEN_STATUSES)) == 0 and store.count_hits():
        print("  演示审核员已处置全部命中：在“审核队列”中点“全部状态”查看，或打开“工作台”。")
    sys.stdout.flush()
    serve_forever(app, config, sock)
