"""Normalization against every disguise in docs/domain.md, with offsets mapped back exactly."""

from __future__ import annotations

import random
import re

import pytest

from lexicon.normalize import digits_for_numbers, normalize, normalize_light, run_starts


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("包 过", "包过"),
        ("包*过", "包过"),
        ("包-过", "包过"),
        ("包⭐过", "包过"),
        ("包\u200b过", "包过"),
        ("包\ufe0f过", "包过"),
        ("低壓電工證", "低压电工证"),
        ("１００％", "100%"),
        ("电⼯证", "电工证"),  # U+2F2F Kangxi radical 工
        ("登⾼证", "登高证"),  # U+2FBC
        ("BAO过", "bao过"),
        ("ＤＧＺ", "dgz"),
        ("①②③", "123"),
        ("⑩", "10"),
        ("bao guo", "bao guo"),
        ("138 1234 5678", "138 1234 5678"),
        ("包过！不过退款", "包过。不过退款"),
        ("…包…过…", "包过"),
    ],
)
def test_disguises_normalize(raw: str, want: str) -> None:
    assert normalize(raw).text == want


@pytest.mark.parametrize(
    "raw",
    ["前面 包 过 后面", "⑩号 低壓電工證 包⭐过", "a\u200bb 包\u200b过", "　全角　空格　包过"],
)
def test_offsets_map_back_to_the_original(raw: str) -> None:
    n = normalize(raw)
    i = n.text.index("包过") if "包过" in n.text else n.text.index("包")
    a, b = n.span(i, i + 2)
    assert raw[a] == "包"
    assert raw[b - 1] == "过"


def test_every_normalized_char_maps_to_a_source_char() -> None:
    raw = "電⼯證 包⭐過 ⑫ ＡＢ\u200bc"
    n = normalize(raw)
    for i, ch in enumerate(n.text):
        o = n.orig(i)
        assert 0 <= o < len(raw)
        assert normalize(raw[o]).text[:1] in (ch, "1", "")


def test_chinese_numerals_read_as_digits_only_where_asked() -> None:
    assert normalize("一次通过").text == "一次通过"
    assert digits_for_numbers("一三八零零幺三八壹贰叁") == "13800138123"


def test_light_normalization_keeps_separators() -> None:
    assert normalize_light("微信：XL-DGZ1600").endswith("xl-dgz1600")
    assert normalize_light("包\u200b過") == "包过"


def test_run_starts_are_the_starts_of_the_runs() -> None:
    """The sentence ends' C-level lookup equals the regex over runs it replaced."""
    rng = random.Random(9)
    runs = re.compile("。+")
    texts = ["", "。", "。。", "a", "a。", "。a", "。。a。。b。"]
    texts += [
        "".join(rng.choice("。。a证，") for _ in range(rng.randrange(40))) for _ in range(2000)
    ]
    # pages long enough for the code-point array path, lone surrogates and astral characters
    texts += [
        "".join(rng.choice("。。a证，\ud800\U0002a6a5") for _ in range(rng.randrange(500, 3000)))
        for _ in range(200)
    ]
    texts += ["。" * 600, "a" * 600, "。" + "a" * 600 + "。。"]
    for text in texts:
        assert run_starts(text, "。") == [m.start() for m in runs.finditer(text)], text


def test_removed_runs_are_the_regex_runs() -> None:
    """The offset map's runs of removed characters, built in C, equal the regex's."""
    rng = random.Random(10)
    texts = ["", " ", "包 过", "  包过  ", "a b", "\u200b\u200b包"]
    texts += [
        "".join(rng.choice("包过 \u200b-*a1。") for _ in range(rng.randrange(30)))
        for _ in range(2000)
    ]
    for raw in texts:
        n = normalize(raw)
        want, total = [], 0
        for m in re.finditer("\x00+", n._mapped):
            total += m.end() - m.start()
            want.append((m.end() - total, total))
        assert n._runs() == want, raw


def test_the_table_array_translates_as_the_dict() -> None:
    """Pages translate through an array indexed by code point, terms through the dict: the
    same translation for every code point, lone surrogates included, with and without code
    points past the table's end in the text. Past its end the table string has nothing; the
    dict and the array's reader drop the tag characters and supplementary variation selectors
    (session 45) and leave every other code point as it is."""
    from lexicon.normalize import (
        _INVISIBLE_ASTRAL,
        _SCAN_LIMIT,
        _table_string,
        _tables,
        _translate_long,
    )

    every = "".join(map(chr, range(0x110000)))
    want = every.translate(_tables()[0])
    assert len(want) == len(every)
    assert every.translate(_table_string()) == want[:_SCAN_LIMIT] + every[_SCAN_LIMIT:]
    lo, hi = _INVISIBLE_ASTRAL
    assert want[_SCAN_LIMIT:] == every[_SCAN_LIMIT:lo] + "\x00" * (hi - lo) + every[hi:]
    assert _translate_long(every) == want
    inside = "".join(map(chr, range(0x2FFFF)))
    assert _translate_long(inside) == inside.translate(_tables()[0])


def test_long_and_short_text_normalize_alike() -> None:
    """A page (array path) and the same text line by line (dict path) give the same
    normalized text: the two translation paths never disagree on what a detector sees."""
    from lexicon.normalize import _ARRAY_FROM

    lines = [
        "低壓電工證 包 過！",
        "ＡＢＣ１２３\u200b加Ｖ",
        "考\ud800试",
        "\U0002a6a5证",
        "保６．５分",
    ]
    page = "\n".join(lines * (_ARRAY_FROM // 20 + 1))
    assert len(page) >= _ARRAY_FROM
    short = "。".join(normalize(line).text for line in page.split("\n"))
    assert normalize(page).text == short


def test_a_full_width_stop_between_digits_is_a_decimal_point() -> None:
    """保６．５ is a score (6.5), not 保6 and a sentence starting with 5; a full-width stop
    elsewhere still ends a sentence, and offsets still map back one to one."""
    n = normalize("雅思保６．５分。结束．下一句")
    assert n.text == "雅思保6.5分。结束。下一句"
    assert n.span(2, 6) == (2, 6)
