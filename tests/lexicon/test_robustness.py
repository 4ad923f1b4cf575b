"""Arbitrary input never crashes the detector, and every finding's span is valid."""

from __future__ import annotations

import random

import pytest

ALPHABET = (
    "包过电工证代办不用考试焊工登高替考高仿钢印应急管理局指定国徽查询平台有效"
    "，。！？、 \n\t*-⭐🔥\u200b\ufe0f①⑩㎡…ＡＢＣ１２３abcXYZ0123456789%:：@_"
    "壓證過辦⼯⾼\ud800"
)


@pytest.mark.parametrize("seed", range(30))
def test_random_text_scans_cleanly(det, seed: int) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 400)))
    title = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 30)))
    res = det.scan_page(text=text, title=title, image_texts={"http://x/i.png": text[:50]})
    sources = {"text": text, "title": title, "image:http://x/i.png": text[:50]}
    for f in res.findings:
        src = sources.get(f.source)
        if src is not None:
            assert 0 <= f.start <= f.end <= len(src)
            assert src[f.start : f.end] == f.matched
    assert 0.0 <= res.score <= 1.0


@pytest.mark.parametrize("text", ["", " ", "。。。", "\u200b" * 50, "⭐" * 1000, "a" * 10000])
def test_degenerate_inputs(det, text: str) -> None:
    assert det.scan_page(text=text, title=text).findings == []
