"""Segmentation without jieba in the process: the same cuts, the same variants, less memory."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

from lexicon.segment import base_tokenizer

ROOT = Path(__file__).parents[2]
WINDOWS = [
    "背包过安检", "低压电工证包过", "科目一代考", "考研必过加油", "电工证报考指南快速拿证",
    "这包过期薯片", "仿真证书框装饰", "我们这边可以办", "某市某区市场监管局认为",
    "Python编程速成班", "c++与C#都会", "2026年11月 电工证 复审", "学信网可查的学历",
    "刻章办证 电话13800000000", "不過包退", "  空格\r\n换行\t制表",
]  # fmt: skip


def test_cuts_are_jiebas_dictionary_route(det) -> None:
    """The tokenizer reads jieba's dictionary itself; with the lexicon's words added it cuts
    exactly as jieba's ``cut(HMM=False)`` does with the same words added."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    theirs = jieba.Tokenizer()
    theirs.initialize()
    ours = base_tokenizer().fork()
    words = [w for w in dict.fromkeys(det._auto.words) if w and "\u3400" <= w[0] <= "\u9fff"]
    for w in words:
        theirs.add_word(w)
        ours.add_word(w)
    assert ours.total == theirs.total
    corpus = ROOT / "tests" / "corpus" / "styles2.jsonl"
    lines = corpus.read_text(encoding="utf-8").splitlines()
    texts = WINDOWS + [json.loads(line)["text"][:16] for line in lines]
    for text in texts:
        assert list(ours.cut(text)) == list(theirs.cut(text, HMM=False)), text


def test_variant_data_is_current() -> None:
    """``lexicon/variants.json`` holds what pypinyin and jieba say today
    (regenerate with ``python -m lexicon.variants``)."""
    from lexicon.variants import DATA_PATH, _variant_terms, variant_data

    assert json.loads(DATA_PATH.read_text("utf-8")) == variant_data(_variant_terms())


def test_a_detector_process_never_loads_jieba_or_pypinyin() -> None:
    code = (
        "import sys; from lexicon import get_detector; d = get_detector();"
        "r = d.scan_page(text='低压电工证代办，不用考试，加微信 dg12345678');"
        "print(len(r.findings), 'jieba' in sys.modules, 'pypinyin' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    n, jieba_loaded, pypinyin_loaded = out.stdout.split()
    assert int(n) > 0 and jieba_loaded == "False" and pypinyin_loaded == "False"
