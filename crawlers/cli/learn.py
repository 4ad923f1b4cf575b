"""``adsweep lexicon learn --store URL``: triage → labelled data → retrain → field precision.

Three figures per rule, over the hits reviewers decided on: as **stored** (the findings the
crawl wrote, whatever lexicon produced them), **before** (the current lexicon and model
re-reading each hit's page) and **after** (the same with the retrained model). Stored against
before shows what changed in the rules since the hits were found; before against after is what
learning from triage did. A rule whose field precision falls below ``--min-precision`` on at
least ``--min-hits`` triaged hits is reported for review: the rules stay the evidence, so a rule
that reviewers keep rejecting needs a person to change it, not a model to hide it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from crawlers.cli import CliError

__all__ = ["learn"]


def _open(url: str | None) -> Any:
    from pipelines.store import StoreError, open_store, resolve_store_url

    try:
        return open_store(resolve_store_url(url))
    except StoreError as e:
        raise CliError(f"存储不可用 (store unusable): {e}") from e


def _rescan(det: Any, triaged: list[Any]) -> Callable[[Any], set[str]]:
    """Rules that fire when ``det`` re-reads a hit's page (text, title, URL, with the hit's
    packs); findings read from images cannot be re-read and keep their stored rules."""
    memo: dict[str, set[str]] = {}
    for t in triaged:
        h = t.hit
        res = det.scan_page(text=h.text, title=h.title, url=h.url, packs=h.packs)
        rules = {f.rule_id for f in res.findings}
        rules |= {f["rule_id"] for f in h.findings if str(f.get("source", "")).startswith("image:")}
        memo[h.id] = rules
    return lambda t: memo[t.hit.id]


def _export(path: str, triaged: list[Any]) -> int:
    rows = 0
    with open(path, "w", encoding="utf-8") as out:
        for t in triaged:
            for i, f in enumerate(t.hit.findings):
                text = str(f.get("excerpt") or f.get("matched") or "")
                cats = [f["category"]] if t.label == "confirmed" else []
                rec = {"id": f"triage-{t.hit.id}-{i}", "text": text, "categories": cats,
                       "kind": "triage", "rule": f.get("rule_id"), "reason": t.reason}  # fmt: skip
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                rows += 1
    return rows


def learn(
    args: argparse.Namespace,
    train_model: Callable[..., dict],
    write_model: Callable[[dict, str | None], Path],
    sources: list[tuple[Path, str | None]],
) -> int:
    from lexicon.detector import Detector
    from lexicon.rules import load_lexicon
    from pipelines.learn import examples, field_precision, stored_rules, triaged_hits

    with _open(args.store) as store:
        triaged = triaged_hits(store)
    if not triaged:
        raise CliError("存储中没有已确认或已驳回的命中，无法从审核中学习")
    extra = examples(triaged)
    lex = load_lexicon()
    before = field_precision(triaged, _rescan(Detector(lex), triaged))
    body = train_model(sources, extra)
    out = write_model(body, args.output)
    after = field_precision(triaged, _rescan(Detector(lex, model_path=out), triaged))
    report = _report(triaged, field_precision(triaged, stored_rules), before, after, args)
    report |= {"model": body["version"], "model_file": str(out), "examples": len(extra)}
    if args.export:
        report["exported"] = _export(args.export, triaged)
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        _print(report, sys.stdout)
    return 0


def _report(
    triaged: list[Any], stored: dict, before: dict, after: dict, args: argparse.Namespace
) -> dict[str, Any]:
    rules = sorted(set(stored) | set(before) | set(after))
    rows = []
    for r in rules:
        s, b, a = stored.get(r), before.get(r), after.get(r)
        cur = a or b or s
        n = (cur.confirmed + cur.rejected) if cur else 0
        rows.append({
            "rule": r,
            "stored": _fig(s), "before": _fig(b), "after": _fig(a),
            "reasons": dict((s or b or a).reasons.most_common(3)) if (s or b or a) else {},
            "review": bool(cur and n >= args.min_hits and (cur.precision or 0) < args.min_precision),
        })  # fmt: skip
    return {
        "triaged": len(triaged),
        "confirmed": sum(t.label == "confirmed" for t in triaged),
        "rejected": sum(t.label == "rejected" for t in triaged),
        "min_precision": args.min_precision,
        "min_hits": args.min_hits,
        "rules": rows,
        "review": [row["rule"] for row in rows if row["review"]],
    }


def _pad(text: str, width: int) -> str:
    """``text`` padded to ``width`` terminal columns (a Chinese character takes two)."""
    from unicodedata import east_asian_width

    cols = sum(2 if east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(0, width - cols)


def _reason(key: str) -> str:
    """A reject reason's short Chinese label (the part before its parenthesis)."""
    from lexicon.vocabulary import REJECT_REASON_LABELS

    label = REJECT_REASON_LABELS.get(key)
    return label.split("（")[0] if label else key


def _fig(q: Any) -> dict[str, Any] | None:
    if q is None:
        return None
    return {"confirmed": q.confirmed, "rejected": q.rejected, "precision": q.precision}


def _cell(f: dict[str, Any] | None) -> str:
    if not f:
        return "   -".ljust(14)
    p = "-" if f["precision"] is None else f"{f['precision']:.2f}"
    return f"{p} ({f['confirmed']}/{f['confirmed'] + f['rejected']})".ljust(14)


def _print(report: dict[str, Any], out: TextIO) -> None:
    out.write(
        f"审核结果 {report['triaged']} 条（确认 {report['confirmed']}，驳回 {report['rejected']}），"
        f"转为 {report['examples']} 条标注样本；新模型 {report['model']} 写入 {report['model_file']}\n"
    )
    if "exported" in report:
        out.write(f"标注数据 {report['exported']} 条已导出\n")
    out.write("\n现场查准率（确认/已审核）：入库时 → 重训前 → 重训后\n")
    out.write(
        f"  {_pad('规则', 8)}{_pad('入库时', 14)}{_pad('重训前', 14)}{_pad('重训后', 14)}驳回原因\n"
    )
    for row in report["rules"]:
        reasons = "、".join(f"{_reason(k)}×{v}" for k, v in row["reasons"].items()) or "-"
        flag = "  ← 需复核" if row["review"] else ""
        out.write(
            f"  {row['rule']:<8}{_cell(row['stored'])}{_cell(row['before'])}"
            f"{_cell(row['after'])}{reasons}{flag}\n"
        )
    if report["review"]:
        out.write(
            f"\n查准率低于 {report['min_precision']:.2f}（至少 {report['min_hits']} 条已审核）"
            f"的规则，请人工复核：{'、'.join(report['review'])}\n"
        )
    else:
        out.write(f"\n没有查准率低于 {report['min_precision']:.2f} 的规则。\n")
