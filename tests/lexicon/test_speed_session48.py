"""Session 48, speed: the cheap tests put before costly reads on domain-dense pages.

Each prefilter claims that a text without some characters can never match what follows it; if
the claim were wrong, a finding would change. These tests check the claims themselves (the
detector's findings are checked whole by ``benchmarks/findings_diff.py``).
"""

from __future__ import annotations

import random

import pytest

from lexicon import codeshape
from lexicon.context import _denial_chars, _spaced_denial
from lexicon.normalize import simplify_chars


def test_denial_chars_are_every_form_of_bu_and_fei() -> None:
    """The class holds exactly the characters whose simplified form holds 不 or 非 (the
    compatibility ideographs and radicals too), checked over every code point."""
    rx = _denial_chars()
    for cp in range(0x110000):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        simple = simplify_chars(c)
        assert bool(rx.fullmatch(c)) == ("不" in simple or "非" in simple), hex(cp)


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("我 们 可 不 是 那 种", True),
        ("咱 家 绝 非 那 些", True),
        ("我 们 \uf967 是 那 种", True),  # a compatibility ideograph of 不, spaced out
        ("我 们 就 是 这 样", False),  # spaced, but nothing denies
        ("我们不是那种", False),  # no separator: the plain reading is the caller's
    ],
)
def test_spaced_denial_still_read(text: str, denied: bool) -> None:
    assert _spaced_denial(text, len(text)) is denied


_NOT_ASCII_MARKS = (
    " \t\n\u3000\u00a0"  # spaces and a newline
    "电工证焊接考试办理我们你的了是"  # Chinese
    "，。！？；：“”‘’（）【】《》、—…·"  # Chinese punctuation
    "\uff01\uff02\uff07\uff3b\uff5b\uff5c\uff1d\uff3f"  # full-width ! " ' [ { | = _
    "０１２３４５６７８９٠١٢٣٤٥"  # full-width and Arabic-Indic digits
    "\u212a\u017f\u0131"  # Kelvin sign, long s, dotless i (case-folding look-alikes)
    "éü"
)


def test_code_shapes_all_need_an_ascii_mark() -> None:
    """No line or head pattern matches text without a printable ASCII character, so the
    ``_ASCII_MARK`` test before them changes no label."""
    rng = random.Random(48)
    patterns = [rx for _label, rx in (*codeshape._LINE, *codeshape._HEAD)]
    for _ in range(3000):
        text = "".join(rng.choices(_NOT_ASCII_MARKS, k=rng.randint(1, 60)))
        assert codeshape._ASCII_MARK.search(text) is None
        for rx in patterns:
            assert rx.search(text) is None, (rx.pattern, text)


def test_code_shaped_reads_a_head_above_a_chinese_line() -> None:
    """A line of Chinese alone is skipped, but its block's head above is still read."""
    text = "spam_words:\n  代考 办证 刻章\n"
    assert codeshape.code_shaped(text, text.index("代考")) == "配置键"
    assert codeshape.code_shaped("我们这边代考办证，价格好说", 4) is None


def test_plans_drop_the_least_recently_used_set() -> None:
    """A seventeenth set of dense-page rules evicts the set unused longest, and only it: a set
    just reused keeps the steps its pages built."""
    from lexicon.steps import _PLANS, ScanPlans

    plans = ScanPlans.__new__(ScanPlans)
    plans._plans, plans._sparse = {}, {}
    first = plans.plan((0,), 100)
    first[7] = ("kept",)
    for ri in range(1, _PLANS):
        plans.plan((ri,), 100)
    assert plans.plan((0,), 100) is first  # reused: now the most recent
    plans.plan((99,), 100)  # the seventeenth set
    assert plans.plan((0,), 100)[7] == ("kept",)
    assert (1,) not in plans._plans  # the least recently used went
    assert len(plans._plans) == _PLANS
