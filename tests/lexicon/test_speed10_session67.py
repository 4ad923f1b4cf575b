"""(issue 9, session 67, speed10) A window's normalized text is sliced from the page's own
normalization (:func:`lexicon.normalize.window_text`) also where a comma or letters stand near
one of its cuts, wherever that reads exactly as the window normalized on its own: a comma the
window splits (or keeps) as the page did (:func:`lexicon.normalize._comma_as_page`), letters in
runs that hold no syllable or paper name (:func:`lexicon.normalize._letters_inert`).

Every window at every offset around the places those readings decide is compared with the old
reading (the window cut out, its quotations blanked, normalized anew). All sentences are written
for this file."""

from __future__ import annotations

import random
import re

import pytest

from lexicon import normalize as nm
from lexicon.normalize import normalize, window_text
from lexicon.quotes import QUOTATION


def _reference(text: str, lo: int, hi: int, blank: re.Pattern[str] | None = None) -> str:
    """The old reading: the window cut out, its quotations set to spaces, normalized anew."""
    near = text[max(0, lo) : hi]
    if blank is not None:
        near = blank.sub(lambda m: " " * len(m.group(0)), near)
    return normalize(near).text


def _view(text: str, lo: int, hi: int, blank: re.Pattern[str] | None) -> tuple[str, list]:
    view = text[lo:hi]
    spans = [m.span() for m in blank.finditer(view)] if blank else []
    for a, b in spans:
        view = view[:a] + " " * (b - a) + view[b:]
    return view, spans


def _sweep(text: str, sizes: tuple[int, ...], blank: re.Pattern[str] | None) -> int:
    """Every window of the given sizes at every start reads as the reference; returns how many
    were sliced from the page's normalization."""
    norm = normalize(text)
    sliced = 0
    for size in sizes:
        for lo in range(-3, len(text) - size + 3):
            hi = lo + size
            got = window_text(norm, text, lo, hi, blank)
            assert got == _reference(text, lo, hi, blank), (lo, hi, text[max(0, lo) : hi])
            a, b = max(0, lo), min(len(text), hi)
            view, spans = _view(text, a, b, blank)
            if nm._window_slice(norm, text, a, b, spans, view) is not None:
                sliced += 1
    return sliced


#: Pieces with commas and letters that sit at a window's edge in the sweep (my own words).
_PIECES = [
    "电工、焊工、叉车司机都可以报名，",
    "毕、业、证，学、位、证，",  # characters spelled one by one with commas: joined
    "公、检、法三家联合发文，",
    "章，公",  # a pair alone: not joined
    "详见官网 www.safety.gov.cn 的公告，",
    "客服 kv 在线，下载 app 可查成绩，",
    "想考健康zheng的朋友，",
    "本店代办dg证，hg本，",
    "xue位证、jia驶证，",
    "请勿相信“包过、免考”一类的说法，",
    "他说：“加我vx：abc，老师在”，",
    "联系 v x : ab 12，",
    "a，b，c三个考场，",
    "考生须知：1、带身份证，2、带准考证，",
    "叉，车，证，",
    "电，工，证，考，试",
]

_FILLER = "我们学校位于市区交通便利欢迎前来咨询报名事宜。"


def _page(seed: int, pieces: list[str]) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    for piece in pieces:
        out.append(_FILLER[: rng.randrange(2, len(_FILLER))])
        out.append(piece)
        if rng.random() < 0.25:
            out.append("\n")
    out.append(_FILLER * 4)
    return "".join(out)


@pytest.mark.parametrize("blank", [None, QUOTATION], ids=["plain", "quotes-blanked"])
@pytest.mark.parametrize("i", range(len(_PIECES)))
def test_every_window_around_each_piece(i: int, blank: re.Pattern[str] | None) -> None:
    text = _page(i, [_PIECES[i], _PIECES[(i + 5) % len(_PIECES)], _PIECES[(i + 9) % len(_PIECES)]])
    _sweep(text, (160, 171), blank)


def test_every_piece_on_one_page() -> None:
    text = _page(11, _PIECES)
    for blank in (None, QUOTATION):
        _sweep(text, (163, 257), blank)


def test_a_window_cut_beside_a_listing_comma_is_sliced() -> None:
    # the window starts right after 、 of 电工、焊工: the old check read the page's 工 before it
    # and gave up; the window keeps the comma as the page does
    text = _FILLER * 3 + "电工、焊工、叉车司机都可以报名，" + _FILLER * 8
    norm = normalize(text)
    lo = text.index("焊工")
    hi = lo + 160
    view, spans = _view(text, lo, hi, None)
    assert nm._window_slice(norm, text, lo, hi, spans, view) is not None
    assert window_text(norm, text, lo, hi) == _reference(text, lo, hi)


def test_a_spelled_word_cut_in_two_is_read_the_old_way() -> None:
    # 毕、业、证 is joined on the page; a window ending right after 业 holds 毕、业 alone, a pair
    # the pattern leaves as it is: the page's drop marker is not the window's comma
    text = _FILLER * 8 + "毕、业、证，学、位、证，" + _FILLER * 8
    norm = normalize(text)
    hi = text.index("业") + 1
    lo = hi - 160
    view, spans = _view(text, lo, hi, None)
    assert nm._window_slice(norm, text, lo, hi, spans, view) is None
    assert window_text(norm, text, lo, hi) == _reference(text, lo, hi)
    assert _reference(text, lo, hi).endswith("毕，业")
    # cut after 业、 the window reads 证，学、位、证 and splits both commas as the page did
    lo = text.index("证")
    view, spans = _view(text, lo, lo + 160, None)
    assert nm._window_slice(norm, text, lo, lo + 160, spans, view) == _reference(text, lo, lo + 160)


def test_a_web_address_at_the_edge_is_sliced() -> None:
    text = _FILLER * 3 + "详见官网 www.safety.gov.cn 的公告，" + _FILLER * 8
    norm = normalize(text)
    lo = text.index("gov")
    view, spans = _view(text, lo, lo + 160, None)
    assert nm._letters_inert(text, lo)
    assert nm._window_slice(norm, text, lo, lo + 160, spans, view) is not None
    assert window_text(norm, text, lo, lo + 160) == _reference(text, lo, lo + 160)


@pytest.mark.parametrize(
    "words",
    ["健康zheng", "代办dg证", "xue位证", "zhengshu", "abcgongxyz", "hanGong证", "ＤＧ证"],
)
def test_letters_that_can_be_rewritten_are_not_inert(words: str) -> None:
    text = _FILLER * 2 + words + _FILLER * 2
    at = text.index(words) + 1
    assert not nm._letters_inert(text, at)
    assert not nm._letters_inert(text, at + 15)  # the zone reaches them


@pytest.mark.parametrize("words", ["kv", "app", "www.safety.gov.cn", "abc 123", "xxx"])
def test_letters_no_pattern_reads_are_inert(words: str) -> None:
    text = _FILLER * 2 + words + _FILLER * 2
    assert nm._letters_inert(text, text.index(words))


def test_a_long_run_of_letters_reads_the_old_way() -> None:
    # a hostile page: one run of 100,000 letters; the run is followed a bounded way only
    text = _FILLER + "q" * 100_000 + _FILLER
    assert not nm._letters_inert(text, len(_FILLER) + 50_000)
    assert not nm._letters_inert(text, len(_FILLER) + 10)


@pytest.mark.parametrize(
    "text",
    [
        "毕、业、证",
        "公、检、法",
        "章，公",
        "a，b，c",
        "电工、焊工",
        "叉，车，证，",
        "甲，乙丙，丁",
    ],
)
def test_the_comma_reading_is_the_pattern_s_own(text: str) -> None:
    # the window's reading at each comma, by every cut of the text, equals the pattern run
    # over the cut text as normalize runs it
    table = nm._tables()[0]
    for lo in range(len(text)):
        for hi in range(lo + 1, len(text) + 1):
            piece = text[lo:hi]
            mapped = piece.translate(table)
            joined = nm._SPLIT_COMMA.sub(nm._DROP, mapped)
            for x, ch in enumerate(piece):
                if ch in "，,、":
                    assert nm._comma_as_page(piece, x, joined[x]), (piece, x)
                    other = nm.COMMA if joined[x] == nm._DROP else nm._DROP
                    assert not nm._comma_as_page(piece, x, other), (piece, x)
