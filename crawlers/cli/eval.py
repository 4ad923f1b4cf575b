"""``adsweep eval``: precision and recall per category on a labelled corpus, vs a baseline."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from crawlers.cli import CliError

__all__ = ["register", "run"]


def register(sub: Any) -> None:
    p = sub.add_parser(
        "eval",
        help="precision/recall of the detector on a labelled JSONL corpus",
        description="在标注语料上评估检测器的查准率与查全率，并与朴素关键词匹配对比。",
    )
    p.add_argument("file", metavar="FILE.jsonl")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--errors", action="store_true", help="list misclassified snippets")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from lexicon import get_detector
    from lexicon.evaluate import evaluate, load_corpus

    try:
        rows = load_corpus(args.file)
    except (OSError, ValueError) as e:
        raise CliError(f"无法读取语料：{e}") from e
    result = evaluate(get_detector(), rows)
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    out = sys.stdout
    out.write(f"语料 {result['n']} 条；检测器 vs 朴素子串匹配\n")
    out.write(f"{'类别':<22}{'查准率':>8}{'查全率':>8}   {'基线查准':>8}{'基线查全':>8}\n")
    for cat, row in result["detector"].items():
        b = result["baseline"][cat]
        out.write(
            f"{cat:<24}{row['precision']:>8.3f}{row['recall']:>8.3f}"
            f"   {b['precision']:>10.3f}{b['recall']:>10.3f}\n"
        )
    if args.errors:
        for e in result["errors"]:
            out.write(f"  误判 {e['id']}: 标注 {e['truth']} 检出 {e['pred']}\n")
    return 0
