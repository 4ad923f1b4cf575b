"""``adsweep notices``: takedown notices, requests for information and referrals.

config --check | draft | approve | send | list | show | verify | close | revise | referral.
The letters themselves are made in ``reports``; this module only wires the store, the
configuration, the evidence archive and (for ``verify``) the re-crawl.
"""

from __future__ import annotations

import argparse
import getpass
import os
from datetime import date
from pathlib import Path
from typing import Any

from crawlers.cli import CliError

__all__ = ["register"]


def _actor(args: argparse.Namespace) -> str:
    return args.actor or os.environ.get("ADSWEEP_OPERATOR") or getpass.getuser()


def _store(args: argparse.Namespace):
    from pipelines.store import StoreError, open_store

    try:
        return open_store(args.store)
    except StoreError as e:
        raise CliError(f"存储不可用：{e}") from e


def _config(args: argparse.Namespace):
    from reports.config import load_config
    from reports.errors import ConfigError

    try:
        return load_config(args.config)
    except ConfigError as e:
        raise CliError(str(e)) from e


def _issued(args: argparse.Namespace) -> date | None:
    if not getattr(args, "date", None):
        return None
    try:
        return date.fromisoformat(args.date)
    except ValueError as e:
        raise CliError(f"日期应写作 YYYY-MM-DD：{args.date!r}") from e


def _guard(fn):
    """Workflow and report errors are the user's to fix: exit 2 with the Chinese message."""

    def wrapped(args: argparse.Namespace) -> int:
        from pipelines.store import StoreError
        from reports.errors import RenderError, ReportError

        try:
            return fn(args)
        except RenderError as e:
            raise CliError(str(e), code=1) from e
        except (ReportError, StoreError) as e:
            raise CliError(str(e)) from e

    return wrapped


def _print_doc(doc: dict[str, Any], p: Any = None) -> None:
    from lexicon.vocabulary import NOTICE_KIND_LABELS, NOTICE_STATUS_LABELS

    state = NOTICE_STATUS_LABELS.get(doc["status"], doc["status"])
    line = (f"{doc['id']}  {doc['doc_no']}  {NOTICE_KIND_LABELS.get(doc['kind'], '')}  "
            f"{doc['addressee']}  {len(doc['hit_ids'])} 条  {state}")  # fmt: skip
    if p is not None and doc["status"] in ("sent", "overdue", "verified", "closed"):
        line += f"  已删除 {p.removed}/{p.total}"
        if doc["status"] in ("sent", "overdue"):
            line += f"  期限 {doc['deadline']}"
    if doc.get("follow_up"):
        line += f"  待跟进 {len(doc['follow_up'])} 条（删除后重新出现）"
    print(line)


# -- config ------------------------------------------------------------------------------------
def cmd_config(args: argparse.Namespace) -> int:
    from reports.config import EXAMPLE_CONFIG

    if args.example:
        print(EXAMPLE_CONFIG.read_text(encoding="utf-8"), end="")
        return 0
    cfg = _config(args)
    note = "（示例配置，正式发文前请复制并修改）" if cfg.is_example else ""
    print(f"配置文件：{cfg.path}{note}\n检查通过" if args.check else f"配置文件：{cfg.path}{note}")
    print(f"发文机关：{cfg.authority}")
    for kind, prefix in cfg.numbering.items():
        print(f"  {kind}：{prefix}〔年份〕序号号")
    print(f"联系人：{cfg.contact_person}　电话：{cfg.contact_phone}")
    print(f"回复期限：通知书 {cfg.reply_days} 日，协助调查函 {cfg.request_days} 日")
    checked, caveated = cfg.law_notes()
    print(f"本局核对的条文：{'、'.join(p.citation for p in checked) or '无（law_texts 未填写）'}")
    for p in caveated:
        print(f"  移送函引用时附注：{p.citation}（{p.caveat}）")
    return 0


# -- draft ---------------------------------------------------------------------------------------
def _filters(args: argparse.Namespace) -> dict[str, Any]:
    f: dict[str, Any] = {}
    for name in ("platform", "category", "host", "run_id", "shop"):
        value = getattr(args, name, None)
        if value:
            f[name] = value
    if args.since:
        f["since"], f["date_field"] = args.since, "status_changed_at"
    if args.until:
        f["until"], f["date_field"] = args.until, "status_changed_at"
    return f


@_guard
def cmd_draft(args: argparse.Namespace) -> int:
    from pipelines.cases import find_case
    from reports.batch import by_platform, select_hits
    from reports.workflow import draft

    cfg = _config(args)
    with _store(args) as store:
        ids = list(args.hit)
        if args.case:
            case = find_case(store, args.case)
            if case is None:
                raise CliError(f"找不到案件 {args.case}")
            ids += [h.id for h in case.hits if h.status in ("confirmed", "reappeared")]
        hits = select_hits(store, hit_ids=ids, filters=None if ids else _filters(args),
                           kind=args.kind)  # fmt: skip
        if not hits:
            print("没有待发文的已确认信息（已列入未送达文书的信息不重复列入）")
            return 0
        groups = by_platform(hits)
        if args.addressee and len(groups) > 1:
            raise CliError("--addressee 只能用于一个平台的批次")
        for platform, group in groups.items():
            doc = draft(store, cfg, args.kind, group, actor=_actor(args), out_dir=Path(args.out),
                        addressee=args.addressee or cfg.addressee(platform),
                        issued=_issued(args))  # fmt: skip
            _print_doc(doc)
            print(f"  {doc['files']['pdf']['path']}")
    return 0


@_guard
def cmd_referral(args: argparse.Namespace) -> int:
    from pipelines.cases import find_case
    from reports.referral import draft_referral

    cfg = _config(args)
    with _store(args) as store:
        case = find_case(store, args.case)
        if case is None:
            raise CliError(f"找不到案件 {args.case}（案件由已确认的命中记录按店铺和联系方式归并）")
        doc = draft_referral(store, cfg, case, actor=_actor(args), out_dir=Path(args.out),
                             evidence_dir=args.evidence_dir, to=args.to or "",
                             issued=_issued(args))  # fmt: skip
        _print_doc(doc)
        print(f"  {doc['files']['pdf']['path']}")
    return 0


# -- workflow ------------------------------------------------------------------------------------
@_guard
def cmd_approve(args: argparse.Namespace) -> int:
    from reports.workflow import approve

    with _store(args) as store:
        for nid in args.ids:
            _print_doc(approve(store, nid, actor=_actor(args)))
    return 0


@_guard
def cmd_send(args: argparse.Namespace) -> int:
    from reports.workflow import send

    with _store(args) as store:
        for nid in args.ids:
            _print_doc(send(store, nid, actor=_actor(args), via=args.via))
    return 0


@_guard
def cmd_close(args: argparse.Namespace) -> int:
    from reports.workflow import close

    with _store(args) as store:
        for nid in args.ids:
            _print_doc(close(store, nid, actor=_actor(args), note=args.note))
    return 0


@_guard
def cmd_revise(args: argparse.Namespace) -> int:
    from reports.workflow import revise

    cfg = _config(args)
    with _store(args) as store:
        doc = revise(store, cfg, args.id, actor=_actor(args), out_dir=Path(args.out),
                     drop=args.drop, issued=_issued(args))  # fmt: skip
        _print_doc(doc)
        print(f"  {doc['files']['pdf']['path']}（取代 {args.id}）")
    return 0


@_guard
def cmd_list(args: argparse.Namespace) -> int:
    from reports.workflow import overdue_first, progress

    with _store(args) as store:
        f = {k: v for k, v in (("status", args.status), ("kind", args.kind)) if v}
        docs = overdue_first(store.list_notices(**f))
        for doc in docs:
            _print_doc(doc, progress(store, doc))
        if not docs:
            print("没有文书")
    return 0


@_guard
def cmd_show(args: argparse.Namespace) -> int:
    from lexicon.vocabulary import status_label
    from reports.workflow import check_files, progress

    with _store(args) as store:
        doc = store.get_notice(args.id)
        if doc is None:
            raise CliError(f"找不到文书 {args.id}")
        _print_doc(doc, progress(store, doc))
        print(f"标题：{doc['title']}\n主送：{doc['addressee']}\n成文日期：{doc['issued']}　"
              f"回复期限：{doc['deadline']}")  # fmt: skip
        for fmt, f in doc["files"].items():
            print(f"  {fmt:5} {f['path']}  sha256 {f['sha256']}")
        for problem in check_files(doc):
            print(f"  ✗ {problem}")
        for row in doc["listings"]:
            hit = store.get_hit(row["id"])
            state = status_label(hit.status) if hit else "记录缺失"
            print(f"  {row['no']:>4}. [{state}] {row['url']}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from crawlers.cli.notices_verify import run_verify

    return run_verify(args, _store, _actor)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", help="存储地址（默认 ADSWEEP_STORE 或 sqlite:///data/adsweep.db）")
    p.add_argument("--actor", help="操作人（默认 ADSWEEP_OPERATOR 或当前用户）")


def _drafting(p: argparse.ArgumentParser) -> None:
    _common(p)
    p.add_argument(
        "--config", help="通知书配置文件（默认 ADSWEEP_NOTICES_CONFIG 或 config/notices.yaml）"
    )
    p.add_argument("--out", default="out/notices", help="输出目录（默认 out/notices）")
    p.add_argument("--date", help="成文日期 YYYY-MM-DD（默认今天，北京时间）")


def register(sub: argparse._SubParsersAction) -> None:
    from crawlers.cli.notices_verify import add_verify_args

    p = sub.add_parser(
        "notices", help="责令删除通知书、协助调查函、线索移送函：起草、审批、送达、核查"
    )
    s = p.add_subparsers(dest="notices_command", metavar="ACTION", required=True)
    c = s.add_parser("config", help="显示或检查通知书配置")
    c.add_argument("--config")
    c.add_argument("--check", action="store_true", help="检查配置，有问题时以代码 2 退出")
    c.add_argument("--example", action="store_true", help="打印带注释的示例配置")
    c.set_defaults(func=cmd_config)
    d = s.add_parser("draft", help="为已确认的信息按平台起草文书（每个平台一份）")
    _drafting(d)
    d.add_argument("--kind", choices=("notice", "request"), default="notice")
    d.add_argument("--hit", action="append", default=[], help="只列入这些命中记录")
    d.add_argument("--case", help="只列入该案件的已确认信息")
    d.add_argument("--platform", action="append")
    d.add_argument("--category", action="append")
    d.add_argument("--host", action="append")
    d.add_argument("--since", help="确认时间起（ISO 8601，含）")
    d.add_argument("--until", help="确认时间止（ISO 8601，不含）")
    d.add_argument("--addressee", help="主送机关（默认按配置 addressees）")
    d.set_defaults(func=cmd_draft)
    r = s.add_parser("referral", help="为案件起草线索移送函（附证据包）")
    _drafting(r)
    r.add_argument("case", help="案件编号（审核系统案件页所示）")
    r.add_argument("--to", help="主送机关（默认配置 referral_to）")
    r.add_argument("--evidence-dir", help="证据目录（默认 ADSWEEP_EVIDENCE_DIR 或 data/evidence）")
    r.set_defaults(func=cmd_referral)
    for name, fn, helptext in (("approve", cmd_approve, "审批（起草人以外的负责人）"),
                               ("send", cmd_send, "登记送达"),
                               ("close", cmd_close, "办结")):  # fmt: skip
        a = s.add_parser(name, help=helptext)
        _common(a)
        a.add_argument("ids", nargs="+", metavar="ID")
        a.add_argument("--via", default="", help="送达方式（send）")
        a.add_argument("--note", default="", help="办结说明（close）")
        a.set_defaults(func=fn)
    v = s.add_parser("revise", help="修改草稿或已审批文书：生成新版本（新文号），原文书作废")
    _drafting(v)
    v.add_argument("id")
    v.add_argument("--drop", action="append", default=[], help="删去这条命中记录")
    v.set_defaults(func=cmd_revise)
    ls = s.add_parser("list", help="列出文书（逾期的在前）")
    _common(ls)
    ls.add_argument("--status")
    ls.add_argument("--kind", choices=("notice", "request", "referral"))
    ls.set_defaults(func=cmd_list)
    sh = s.add_parser("show", help="文书详情、文件校验和每条信息的处置进度")
    _common(sh)
    sh.add_argument("id")
    sh.set_defaults(func=cmd_show)
    vf = s.add_parser("verify", help="复查已送达文书所列信息，标记已删除/重新出现")
    _common(vf)
    add_verify_args(vf)
    vf.set_defaults(func=cmd_verify)
