"""``adsweep lexicon train|learn``: the learned scorer beside the rules."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from crawlers.errors import CliError

__all__ = ["register"]

ROOT = Path(__file__).resolve().parents[2]


def register(sub: Any) -> None:
    p = sub.add_parser("lexicon", help="train the learned scorer; learn from triage")
    lsub = p.add_subparsers(dest="lexicon_command", metavar="ACTION")
    t = lsub.add_parser(
        "train",
        help="train the model from labelled JSONL (deterministic)",
        description="从标注语料训练学习模型（确定性），写入 lexicon/model/offer.json。",
    )
    t.add_argument(
        "--data",
        nargs="*",
        metavar="FILE",
        help="labelled JSONL (default: the "
        "project's corpus and the tuning part of ../shared/corpus-real)",
    )
    t.add_argument(
        "-o", "--output", default=None, help="model file (default: lexicon/model/offer.json)"
    )
    t.set_defaults(func=run_train)
    _register_learn(lsub)
    p.set_defaults(func=lambda a: (p.print_help(), 2)[1])


def _register_learn(lsub: Any) -> None:
    le = lsub.add_parser(
        "learn",
        help="learn from triage: confirmed/rejected hits → labelled data → retrain; field "
        "precision per rule before and after",
        description="从审核结果学习：已确认和已驳回的命中（连同驳回原因）转为标注数据，重新训练学习模型，"
        "并列出每条规则在现场的查准率（重训前后），低于阈值的规则提请复核。",
    )
    le.add_argument(
        "--store", default=None, metavar="URL", help="store URL (default: $ADSWEEP_STORE)"
    )
    le.add_argument(
        "-o",
        "--output",
        default=None,
        help="model file to write (default: lexicon/model/offer.json)",
    )
    le.add_argument(
        "--min-precision",
        type=float,
        default=0.8,
        help="rules whose field precision falls below this are reported for review (default 0.8)",
    )
    le.add_argument(
        "--min-hits",
        type=int,
        default=3,
        help="rules with fewer triaged hits are listed but not judged (default 3)",
    )
    le.add_argument("--export", metavar="FILE.jsonl", help="also write the labelled data")
    le.add_argument(
        "--data",
        nargs="*",
        metavar="FILE",
        help="labelled JSONL trained on besides the triage labels (default: as train)",
    )
    le.add_argument("--json", action="store_true", help="print the report as JSON")
    le.set_defaults(func=run_learn)


def _sources(files: list[str] | None) -> list[tuple[Path, str | None]]:
    from lexicon.training import default_sources

    if not files:
        return default_sources(ROOT)
    out = []
    for f in files:
        path, _, part = f.partition(":")
        if not Path(path).is_file():
            raise CliError(f"无法读取语料：{path}")
        out.append((Path(path), part or None))
    return out


def train_model(sources: list[tuple[Path, str | None]], extra: list | None = None) -> dict:
    from lexicon.gate import surfacing_veto
    from lexicon.masks import anchor_mask
    from lexicon.modelscan import example_cues
    from lexicon.rules import load_lexicon
    from lexicon.training import load_training, train

    examples, record = load_training(sources, extra)
    if not examples:
        raise CliError("没有可用的训练样本")
    lex = load_lexicon()
    return train(
        examples, record, cues=example_cues, mask=anchor_mask(lex), veto=surfacing_veto(lex)
    )


def write_model(body: dict, output: str | None) -> Path:
    from lexicon.model import MODEL_PATH

    out = Path(output) if output else MODEL_PATH
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(body, ensure_ascii=False, sort_keys=True) + "\n", "utf-8")
    return out


def run_learn(args: argparse.Namespace) -> int:
    from crawlers.cli.learn import learn

    return learn(args, train_model, write_model, _sources(args.data))


def run_train(args: argparse.Namespace) -> int:
    body = train_model(_sources(args.data))
    out = write_model(body, args.output)
    n = sum(s["rows"] for s in body["trained_on"])
    oof = body["figures"]["out_of_fold"]
    sys.stdout.write(
        f"模型 {body['version']}：{n} 条样本，{len(body['weights'])} 个特征，数据哈希 {body['data']}\n"
        f"浮现阈值 P(要约) ≥ {body['threshold']}；{oof['folds']} 折交叉验证（未见样本）："
        f"查全率 {oof['recall']:.3f}，特异度 {oof['specificity']:.3f}\n"
        f"写入 {out}\n"
    )
    for s in body["trained_on"]:
        sys.stdout.write(f"  {s['file']}（{s['part']}）{s['rows']} 条 {s.get('sha256', '')}\n")
    return 0
