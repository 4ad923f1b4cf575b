"""``adsweep eval``: precision, recall and specificity on labelled corpora, against a baseline."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from crawlers.errors import CliError

__all__ = ["register", "run"]

_SLICES = {"offer": "广告/要约", "report": "报道/通报/判决", "other": "其他文本"}
_ERRORS = {
    "miss": "漏报",
    "false_alarm": "误报",
    "wrong_category": "类别不符",
    "extra_category": "多报类别",
}

_STAGES = {
    "no_anchor": "没有本包的锚词（规则和模型都没读到）",
    "model_low": "无候选，模型 P<0.5",
    "model_near": "无候选，模型低于门限",
    "model_dropped": "无候选，模型过门限但类别或包不符",
    "no_candidate": "无候选",
}
_REASONS = {
    "report": "报道",
    "needs_offer": "缺要约线索",
    "no_claim": "无承诺字样",
    "warning": "警示",
    "lawful": "合法情形",
    "precedence": "类别优先",
    "model": "模型判为非要约",
    "quoted": "引语",
    "negation": "否定",
    "unless": "规则的例外词",
    "official_host": "官方网站",
    "page": "页面为通知/新闻",
}


def _stage_name(key: str) -> str:
    """The stage key of lexicon.evaluate.stage in the reviewer's words."""
    if key in _STAGES:
        return _STAGES[key]
    head, _, rest = key.partition(":")
    if head == "suppressed":
        return "候选被压下（" + "、".join(_REASONS.get(r, r) for r in rest.split("+")) + "）"
    who = {"rule": "规则", "model": "模型", "rule+model": "规则和模型"}.get(head, head)
    stance = {"offer": "要约", "unclear": "不明", "-": "无"}
    return f"{who}（立场 " + "、".join(stance.get(r, r) for r in rest.split("+")) + "）"


def register(sub: Any) -> None:
    p = sub.add_parser(
        "eval",
        help="precision/recall/specificity of the detector on labelled JSONL corpora",
        description="在标注语料上评估检测器（按类别、规则包、来源、切片），并与朴素关键词匹配对比。",
    )
    p.add_argument("files", nargs="+", metavar="FILE.jsonl")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--errors", action="store_true", help="list misses and false alarms")
    p.add_argument(
        "--pack",
        action="append",
        metavar="PACK",
        help="rule pack(s) to run (repeatable; default: the detector's default packs)",
    )
    p.add_argument(
        "--part",
        choices=("tune", "measure"),
        help="real text only: the tuning part or the measured-only part (split by source)",
    )
    p.add_argument("--by-source", action="store_true", help="also print the table per source")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from crawlers.cli.scan import packs_arg
    from lexicon import get_detector
    from lexicon.corpora import load_rows
    from lexicon.evaluate import evaluate_rows

    rows = []
    for f in args.files:
        try:
            rows += load_rows(f)
        except (OSError, ValueError) as e:
            raise CliError(f"无法读取语料：{e}") from e
    if args.part:
        rows = [r for r in rows if r.part == args.part]
    det = get_detector()
    packs = packs_arg(det, args.pack)
    result = evaluate_rows(det, rows, packs)
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    print_report(result, sys.stdout, errors=args.errors, by_source=args.by_source)
    return 0


def _f(x: float | None) -> str:
    return "   -  " if x is None else f"{x:6.3f}"


def _rates_line(name: str, d: dict[str, Any], b: dict[str, Any], out: TextIO) -> None:
    out.write(
        f"  {name:<28}{d['positives']:>5}{d['negatives']:>5}  {_f(d['recall'])}  "
        f"{_f(d['specificity'])}  {_f(d['precision'])}   "
        f"{_f(b['recall'])}  {_f(b['specificity'])}\n"
    )


def print_report(result: dict[str, Any], out: TextIO, errors: bool, by_source: bool) -> None:
    packs = ", ".join(result["packs"])
    out.write(f"语料 {result['n']} 条；规则包 {packs}；检测器 vs 朴素子串匹配（基线）\n\n")
    out.write("按类别\n")
    out.write(f"  {'类别':<24}{'查准率':>8}{'查全率':>8}   {'基线查准':>8}{'基线查全':>8}\n")
    for cat, row in result["detector"].items():
        b = result["baseline"][cat]
        out.write(
            f"  {cat:<26}{row['precision']:>8.3f}{row['recall']:>8.3f}"
            f"   {b['precision']:>10.3f}{b['recall']:>10.3f}\n"
        )
    head = f"  {'':<28}{'正例':>4}{'反例':>4}   查全率  特异度  查准率    基线查全 基线特异\n"
    sections = [("整体（是否报出）", {"all": result["offers"]})]
    sections += [
        ("按规则包", result["by_pack"]),
        ("按切片", {_SLICES.get(k, k): v for k, v in result["by_slice"].items()}),
    ]
    if any(k != "-" for k in result["by_part"]):
        parts = {"tune": "调参部分", "measure": "仅测量部分"}
        sections.append(("按部分", {parts.get(k, k): v for k, v in result["by_part"].items()}))
    if by_source:
        sections.append(("按来源", result["by_source"]))
    for title, table in sections:
        out.write(f"\n{title}\n{head}")
        for name, v in table.items():
            _rates_line(name, v["detector"], v["baseline"], out)
    if result.get("diagnosis"):
        out.write("\n错误出在哪一步\n")
        for kind, stages in result["diagnosis"].items():
            parts = "，".join(f"{_stage_name(k)} {n}" for k, n in stages.items())
            out.write(f"  {_ERRORS[kind]}：{parts}\n")
    if errors:
        out.write("\n错误\n")
        for e in result["errors"]:
            out.write(
                f"  {_ERRORS[e['error']]} {e['id']} [{e['slice']}/{e['pack']}] 标注 {e['truth']} "
                f"检出 {e['pred']} {' '.join(e['rules'])}〔{_stage_name(e['stage'])}〕：{e['text'][:80]}\n"
            )
