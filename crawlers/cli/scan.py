"""``adsweep scan``: run the detector on text, HTML or JSON lines and print the findings."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from crawlers.errors import CliError

__all__ = ["register", "run"]


def register(sub: Any) -> None:
    p = sub.add_parser(
        "scan",
        help="run the detector on text, HTML or JSON lines",
        description="检测文本、网页（--html）或 JSON 行（--jsonl）中的违法办证广告。",
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="files to scan (stdin if none)")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--html", action="store_true", help="extract visible text and title first")
    mode.add_argument(
        "--jsonl", action="store_true", help='read {"id","text"} lines, write {"id","findings"}'
    )
    p.add_argument("--url", help="page URL (official hosts and fake portals depend on it)")
    p.add_argument("--explain", action="store_true", help="show why candidates fired or not")
    p.add_argument(
        "--pack",
        action="append",
        metavar="PACK",
        help="rule pack(s) to run: special-ops (default), training-ads, certificates "
        "(repeatable or comma-separated)",
    )
    p.set_defaults(func=run)


def packs_arg(det: Any, chosen: list[str] | None) -> list[str] | None:
    """``--pack`` values (repeatable, comma-separated) checked against the detector's packs."""
    if not chosen:
        return None
    names = [p.strip() for c in chosen for p in c.split(",") if p.strip()]
    unknown = [p for p in names if p not in det.packs]
    if unknown:
        raise CliError(f"未知的规则包：{', '.join(unknown)}（可选：{', '.join(det.packs)}）")
    return names


def _inputs(files: list[str]) -> list[tuple[str, str]]:
    """(name, text) per input; file bytes are decoded the way the crawl decodes pages
    (trusting the bytes over any declared charset: UTF-8, then GB18030/Big5 by plausibility)."""
    from pipelines.extract import decode_html

    if not files:
        return [("-", sys.stdin.read())]
    out = []
    for f in files:
        try:
            out.append((f, decode_html(Path(f).read_bytes()).text))
        except OSError as e:
            raise CliError(f"无法读取文件 {f}: {e.strerror}") from e
    return out


def run(args: argparse.Namespace) -> int:
    from lexicon import get_detector

    det = get_detector()
    packs = packs_arg(det, args.pack)
    if args.jsonl:
        for name, data in _inputs(args.files):
            _scan_jsonl(det, name, data, sys.stdout, packs)
        return 0
    total = 0
    for name, data in _inputs(args.files):
        if args.html:
            from pipelines.extract import extract_html

            page = extract_html(data, args.url or "")
            res = det.scan_page(text=page.text, title=page.title, url=args.url, packs=packs)
        else:
            res = det.scan(data, url=args.url, packs=packs)
        total += len(res.findings)
        _print_result(name, res, args.explain, sys.stdout, det)
    return 0


def _scan_jsonl(
    det: Any, name: str, data: str, out: TextIO, packs: list[str] | None = None
) -> None:
    for lineno, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                raise ValueError('需要 {"id", "text"} 对象')
        except ValueError as e:
            out.flush()
            raise CliError(f"{name} 第 {lineno} 行不是有效的 JSON 记录：{e}") from e
        res = det.scan(rec["text"], url=rec.get("url"), title=rec.get("title"), packs=packs)
        row = {"id": rec.get("id"), "findings": [f.to_dict() for f in res.findings]}
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        out.flush()


def _print_result(name: str, res: Any, explain: bool, out: TextIO, det: Any) -> None:
    head = f"{name}: {len(res.findings)} 条命中，页面评分 {res.score:.2f}，词库版本 {res.lexicon_version}"
    out.write(head + "\n")
    for f in res.findings:
        out.write(
            f"  [{f.rule_id}] {f.category} {f.severity} {f.score:.2f} {f.source}: {f.matched}"
            f"  〔{f.pack}〕\n"
        )
        if explain:
            out.write(f"      命中原因：{det.rule(f.rule_id).title}\n")
            stance = {"offer": "要约（广告、卖家招揽）", "unclear": "不明（由规则认定）"}
            out.write(f"      语境判断：{stance.get(f.stance, f.stance or '-')}")
            out.write(f"；线索：{'、'.join(f.cues) or '无'}\n")
            out.write(f"      规范化：{f.normalized}\n      摘录：{f.excerpt}\n")
            out.write(f"      依据：{', '.join(f.law)}\n      说明：{f.message}\n")
    for c in res.contacts:
        out.write(f"  联系方式 {c.kind}: {c.value}（原文 {c.matched}）\n")
    for q in res.qr_urls:
        out.write(f"  二维码：{q}\n")
    if explain:
        for s in res.suppressed:
            why = s.reason
            if why.startswith("report:"):
                rep, _, off = why[7:].partition("|")
                why = f"报道/转述而非要约（报道线索 {rep.replace('+', '、')}"
                why += f"；要约线索 {off.replace('+', '、')}）" if off else "）"
            if why.startswith("needs_offer:"):
                got, _, cues = why[12:].partition("|")
                score, _, need = got.partition("/")
                why = "该规则只在有要约线索（联系方式、招揽用语、价格）时认定"
                if need:  # the score read and the rule's minimum (older stores lack them)
                    read = f"：{cues.replace('+', '、')}" if cues else "，没有读到要约线索"
                    why += f"：要约线索得分 {score}，需要 {need}{read}"
            if why.startswith("precedence:"):
                row, _, winner = why[11:].rstrip(")").partition("(")
                why = f"同一分句、同一对象上由 {winner} 的类别认定（类别优先：{row}，见 lexicon/precedence.yaml）"
            if why == "no_claim":
                why = "学习模型只在句中有承诺、绕考或出售字样时提示（只有课程、价格、联系方式不算）"
            out.write(f"  未命中 [{s.rule_id}] {s.source}: {s.matched} —— 原因 {why}\n")
        if not res.findings and not res.suppressed:
            out.write("  没有候选匹配\n")
