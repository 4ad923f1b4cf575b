"""Segmentation shortcuts give exactly jieba's tokens (both backends index these tokens)."""

from __future__ import annotations

import random

import pytest

from pipelines.store import segment as sg


def _jieba_tokens(text: str) -> list[str]:
    """Reference: every clause through jieba's search mode, no shortcut, no cache."""
    out: list[str] = []
    for c in sg._SPLIT.split(text.lower()):
        if c:
            out.extend(t for t in sg._jieba().cut_for_search(c, HMM=False) if t.strip())
    return out


@pytest.mark.parametrize(
    "text",
    [
        "电工证包过，编号123456",
        "微信wx13800138000咨询",
        "店铺88 焊工证代办 2026年12月",
        "4S店 1号店 江南Style",  # dictionary words that mix Latin/digits and Chinese
        "A股 B超 T恤 U盘 IC卡",
        "abc123 ABC_def ５号 x",
        "第3期低压电工证，QQ：123456789",
    ],
)
def test_shortcuts_match_jieba(text):
    assert sg.segment(text) == _jieba_tokens(text)


def test_shortcuts_match_jieba_on_random_mixtures():
    pieces = ["编号", "电工证包过", "微信", "wx", "abc", "12345", "店铺", "a股", "4s店", "1号店",
              "3d打印", "ic卡", "qq", "号码", "13800138000", "年", "焊工证", "x", "_", "卡拉ok"]  # fmt: skip
    rnd = random.Random(5)
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 6)))
        assert sg.segment(text) == _jieba_tokens(text), text


def test_mixed_clauses_split_without_jieba():
    """编号123456: the number is a token of its own, the words come from the clause cache."""
    assert sg._fast("编号123456") == ("编号", "123456")
    assert sg._fast("4s店") is None  # a dictionary word spans the boundary: jieba decides
    assert sg._fast("电工证") is None
