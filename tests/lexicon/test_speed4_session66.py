"""Session 66, speed4: the matching stage's per-source readings, cheaper and the same.

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

These tests pin behaviour, not time:

- ``Normalized.marked`` (the normalized text with the question and exclamation marks of the
  original written again) is read from the original's marks, through the runs of removed
  characters (``Normalized._kept_at``), not from every sentence end: it must give exactly what
  the reading of every sentence end gives, on short texts, on pages (the array path of
  ``normalize``), with separators inside words, expanded characters (⑩: the exact offset map),
  characters set one per line, and on a hostile page of 100,000 question marks;
- ``Normalized._kept_at`` inverts ``orig`` wherever a character was kept, and says None where
  it was removed;
- ``pools._distinct`` (the anchored hits' distinct ids, on an array already sorted) is
  ``np.unique`` of it.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from lexicon.normalize import _RAW_MARKS, BOUNDARY, Normalized, normalize


def _marked_slow(n: Normalized, original: str) -> str:
    """The reading ``marked`` replaced: every sentence end of the normalized text looked up in
    the original, one offset lookup each."""
    text = n.text
    if not any(c in original for c in "？?！!"):
        return text
    chars = list(text)
    at = text.find(BOUNDARY)
    while at >= 0:
        o = n.orig(at)
        if o < len(original) and original[o] in _RAW_MARKS:
            chars[at] = _RAW_MARKS[original[o]]
        at = text.find(BOUNDARY, at + 1)
    return "".join(chars)


_TEXTS = [
    "焊工证能包过吗？可以的！三天拿证，加微信细聊。",
    "问：电工证好考吗?\n答：不难!认真复习就行。",
    "包 过？ 包 过！！ 不 用 考？？",
    "第⑩期培训班开课了？名额有限！报名从速。",
    "电\n工\n证\n包过？\n联系我！",
    "没有问号也没有感叹号的一句话。只有句号。",
    "？！?!开头就是标点，中间 ？ 有空格 ！ 结尾?",
    "价格㎡计算？面积⑩平方！",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_marked_is_the_slow_reading(text: str) -> None:
    assert normalize(text).marked(text) == _marked_slow(normalize(text), text)


def test_marked_on_a_page() -> None:
    # long enough for normalize's array path; marks of every kind, spaced words, a line of one
    # character here and there
    rows = [
        "考证咨询？包过班开课啦！",
        "学 员 问：真的不用考试吗?老师：按规定必须参加考试!",
        "报名电话见下方。欢迎来电？",
        "高\n处\n作业证复审？！",
        "第⑩期：低压电工？焊工！",
    ]
    page = "\n".join(rows[i % len(rows)] for i in range(400))
    n = normalize(page)
    assert n.marked(page) == _marked_slow(normalize(page), page)
    assert "？" in n.marked(page) and "！" in n.marked(page)


def test_marked_random_texts() -> None:
    pieces = [*"证考包过，。！？?! \n⑩㎡·*", "电工证", "不用考", "加微信", "吗？", "\u200b"]
    rng = random.Random(66)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        assert normalize(text).marked(text) == _marked_slow(normalize(text), text), text


def test_marked_hostile_question_marks() -> None:
    page = "包过吗？" * 25_000  # 100,000 characters, 25,000 question marks
    page += "？" * 75_000
    n = normalize(page)
    assert n.marked(page) == _marked_slow(normalize(page), page)


@pytest.mark.parametrize("text", [*_TEXTS[:3], "包 过 ， 不 用 考 。" * 50, "a-b c  d？电 工"])
def test_kept_at_inverts_orig(text: str) -> None:
    n = normalize(text)
    assert n._t2o is None
    kept = {n.orig(i): i for i in range(len(n.text))}
    for o in range(len(text)):
        assert n._kept_at(o) == kept.get(o), (text, o)


def test_distinct_is_unique_of_sorted() -> None:
    from lexicon.pools import _distinct

    rng = np.random.default_rng(66)
    for size in (0, 1, 2, 5, 100, 3000):
        ids = np.sort(rng.integers(0, max(1, size // 3), size)).astype(np.intp)
        got = _distinct(ids)
        assert got.dtype == np.unique(ids).dtype
        assert got.tolist() == np.unique(ids).tolist()
