"""``adsweep users``: reviewer accounts (add, list, disable/enable, passwd, role).

Passwords are prompted twice on a terminal; from a script, pipe the password on stdin (first
line). Every change is written to the audit log with the operating-system user as the actor.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from crawlers.cli import CliError

__all__ = ["register"]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("users", help="审核系统账号：新增、列出、停用、改密码、改角色")
    acts = p.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    for name, help_ in (
        ("add", "新增账号（密码提示输入，或从标准输入读取）"),
        ("list", "列出账号"),
        ("disable", "停用账号（立即结束其全部登录）"),
        ("enable", "重新启用账号"),
        ("passwd", "修改密码（立即结束其全部登录）"),
        ("role", "修改角色"),
    ):
        a = acts.add_parser(name, help=help_)
        a.add_argument(
            "--store", default=None, metavar="URL", help="存储地址（默认 $ADSWEEP_STORE）"
        )
        if name != "list":
            a.add_argument("name", metavar="NAME", help="账号名")
        if name in ("add", "role"):
            a.add_argument("--role", default="reviewer" if name == "add" else None,
                           required=name == "role",
                           help="reviewer（审核员）、supervisor（审核主管）或 admin（系统管理员）")  # fmt: skip
        a.set_defaults(func=run)


def _password(name: str) -> str:
    if not sys.stdin.isatty():
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise CliError("标准输入中没有密码（第一行应为密码）")
        return line
    first = getpass.getpass(f"{name} 的新密码：")
    if getpass.getpass("再次输入：") != first:
        raise CliError("两次输入的密码不一致")
    return first


def _actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"


def run(args: argparse.Namespace) -> int:
    from lexicon.vocabulary import role_label
    from pipelines.store import StoreError, open_store
    from reviewer import accounts
    from reviewer.config import ReviewerConfig
    from reviewer.errors import HTTPError
    from reviewer.security import Passwords

    cfg = ReviewerConfig.from_env()
    pw = Passwords(cfg.argon2_time_cost, cfg.argon2_memory_kib)
    try:
        store = open_store(args.store)
    except StoreError as e:
        raise CliError(f"无法打开存储：{e}") from e
    act, actor = args.users_command, _actor()
    with store:
        try:
            if act == "list":
                for u in store.list_users():
                    state = "已停用" if u.get("disabled") else "正常"
                    print(f"{u['name']}\t{u['role']}\t{role_label(u['role'])}\t{state}\t"
                          f"{u.get('created_at', '')}")  # fmt: skip
                return 0
            if act == "add":
                accounts.add_user(store, pw, args.name, args.role, _password(args.name),
                                  actor=actor)  # fmt: skip
                print(f"已新增账号 {args.name}（{role_label(args.role)}）")
            elif act == "passwd":
                accounts.set_password(store, pw, args.name, _password(args.name), actor=actor)
                print(f"已修改 {args.name} 的密码；其原有登录均已失效")
            elif act in ("disable", "enable"):
                accounts.set_disabled(store, args.name, act == "disable", actor=actor)
                print(f"已{'停用' if act == 'disable' else '启用'}账号 {args.name}")
            elif act == "role":
                accounts.set_role(store, args.name, args.role, actor=actor)
                print(f"{args.name} 的角色已改为 {role_label(args.role)}")
        except HTTPError as e:
            raise CliError(e.message) from e
    return 0
