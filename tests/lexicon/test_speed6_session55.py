"""(issue 9, session 55, speed6) A window's normalized text taken as a slice of the page's own
normalization (:func:`lexicon.normalize.window_text`) reads exactly as the window normalized
on its own (the old path, kept here as the reference): at every offset around the places where
normalization reads across characters (spelled-out words, pinyin and initials, symbols standing
for a character, variation selectors, spaced letters and digits, full-width and traditional
characters, line breaks, words set one character per line, dialect words), with quotations
blanked as the referral reading blanks them, and on hostile pages."""

from __future__ import annotations

import random
import re

import pytest

from lexicon import normalize as nm
from lexicon import stance
from lexicon.normalize import normalize, window_text
from lexicon.quotes import QUOTATION


def _reference(text: str, lo: int, hi: int, blank: re.Pattern[str] | None = None) -> str:
    """The old reading: the window cut out, its quotations set to spaces, normalized anew."""
    near = text[max(0, lo) : hi]
    if blank is not None:
        near = blank.sub(lambda m: " " * len(m.group(0)), near)
    return normalize(near).text


#: Pieces of a page, each with something normalization reads across characters (my own words).
_TRICKY = [
    "想考健康zheng的朋友看过来，",
    "本店代办dg证和hg本，",
    "毕、业、证，学、位、证都能做，",
    "刻_章请私聊，",
    "电\ufe0f工\ufe0e证培训班，",  # variation selectors between the characters
    "联系 v x : abc 123 456，",  # spaced letters and digits (kept as spaces)
    "bao guo 保过班，",
    "低壓電工證，１００％通過，",  # traditional and full-width
    "保６．５分，",  # a full-width point between digits
    "⚡工证、焊🔥证、叉★证，",  # symbols standing for a character
    "焊エ证一周拿，",  # katakana エ between two characters
    "勿要考试也能拿，不消来现场，莫得问题，",  # dialect words
    "高\u200b压\u200c电\u200d工，",  # zero-width characters
    "特种作业操作证（电工）\n复审，",
    "“包过，不用考”这种话别信，",
    "他说：“加我vx：dg8899”，",
    "⑩天拿证，",  # a character longer in NFKC form (the page's exact path)
    "xue位证，jia驶证，",
]

_FILLER = "我们学校位于市区交通便利欢迎前来咨询报名事宜。"


def _page(seed: int, pieces: list[str]) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    for piece in pieces:
        out.append(_FILLER[: rng.randrange(3, len(_FILLER))])
        out.append(piece)
        if rng.random() < 0.3:
            out.append("\n")
    out.append(_FILLER * 4)
    return "".join(out)


def _sweep(text: str, sizes: tuple[int, ...], blank: re.Pattern[str] | None) -> int:
    """Every window of the given sizes at every start: the same as the reference. Returns how
    many windows the slice path read (the rest were read the old way)."""
    norm = normalize(text)
    sliced = 0
    for size in sizes:
        for lo in range(-5, len(text) - size + 5):
            hi = lo + size
            got = window_text(norm, text, lo, hi, blank)
            assert got == _reference(text, lo, hi, blank), (lo, hi, text[max(0, lo) : hi])
            view = text[max(0, lo) : hi]
            spans = [m.span() for m in blank.finditer(view)] if blank else []
            for a, b in spans:
                view = view[:a] + " " * (b - a) + view[b:]
            if nm._window_slice(norm, text, max(0, lo), min(len(text), hi), spans, view):
                sliced += 1
    return sliced


@pytest.mark.parametrize("blank", [None, QUOTATION], ids=["plain", "quotes-blanked"])
def test_every_window_around_each_tricky_piece(blank: re.Pattern[str] | None) -> None:
    for i, piece in enumerate(_TRICKY):
        if piece.startswith("⑩"):
            continue  # its page takes the exact path: see the test below
        text = _page(i, [piece, _TRICKY[(i + 3) % len(_TRICKY)]])
        _sweep(text, (160, 173), blank)


def test_the_slice_path_is_taken_on_plain_text() -> None:
    text = _page(99, ["考证的请注意，", "正规报名在官方网站，"]) * 3
    assert _sweep(text, (200,), None) > 100  # not every window falls back to the old way


def test_a_page_on_the_exact_path_reads_the_old_way() -> None:
    text = _page(5, ["⑩天拿证，", "包过，"])
    norm = normalize(text)
    assert norm._t2o is not None
    assert nm._window_slice(norm, text, 0, 200, [], text[:200]) is None
    assert window_text(norm, text, 10, 210) == _reference(text, 10, 210)


def test_every_tricky_piece_on_one_page() -> None:
    text = _page(7, [p for p in _TRICKY if not p.startswith("⑩")])
    for blank in (None, QUOTATION):
        _sweep(text, (161, 330), blank)


def test_a_word_set_one_character_per_line_near_a_window() -> None:
    for text in (
        _FILLER * 8 + "电\n工\n证\n免\n考\n" + _FILLER * 8,
        "持\n证\n上\n岗\n" + _FILLER * 8,
        _FILLER * 8 + "\n安\n全\n第\n一",
    ):
        _sweep(text, (160, 190), None)


def test_a_window_too_short_for_the_array_path_reads_the_old_way() -> None:
    text = _page(3, ["健康zheng，", "毕、业、证，"])
    norm = normalize(text)
    assert nm._window_slice(norm, text, 10, 100, [], text[10:100]) is None
    assert window_text(norm, text, 10, 100) == _reference(text, 10, 100)


def test_no_page_normalization_given_reads_the_old_way() -> None:
    text = _page(4, ["“包过”", "dg证，"])
    assert window_text(None, text, 5, 300, QUOTATION) == _reference(text, 5, 300, QUOTATION)


def test_quotations_across_the_window_edge() -> None:
    # a quotation opening before the window and closing inside it is no quotation of the
    # window's; one inside it is blanked; runs of separators touch both
    text = _FILLER * 2 + "“别信 a 1，包过 zheng”  ，“x”“y” 123 abc " + _FILLER * 6
    _sweep(text, (160, 200, 260), QUOTATION)
    # a quotation between two digits: blanked, the digits' run of spaces is kept in the window
    # (138 1234), where the page, reading the quotation, dropped the marks on either side
    text = _FILLER * 8 + "电话138“转”1234，微信5“号”6" + _FILLER * 8
    _sweep(text, (160, 200), QUOTATION)


def test_the_same_sentence_twice_in_different_contexts() -> None:
    said = "有需要的朋友联系方式放在下面了，就说是老王介绍的。"
    text = (
        "警方提醒：以下是骗子常用话术，请勿相信。“"
        + said
        + "”\n"
        + _FILLER * 4
        + "本店公告：\n"
        + said
        + "\n"
        + _FILLER * 4
    )
    norm = normalize(text)
    first = text.index(said)
    second = text.index(said, first + 1)
    for at in (first, second):
        lo, hi = at, at + len(said)
        for before, after in ((120, 200), (800, 800)):
            for blank in (None, QUOTATION):
                got = window_text(norm, text, lo - before, hi + after, blank)
                assert got == _reference(text, lo - before, hi + after, blank)
    # the first is quoted, so the referral reading (quotations blanked) finds nothing there
    first_view = window_text(norm, text, first - 120, first + len(said) + 30, QUOTATION)
    assert "介绍" not in first_view
    second_view = window_text(norm, text, second - 120, second + len(said) + 30, QUOTATION)
    assert "就说是老王介绍的" in second_view


def test_hostile_page_without_punctuation() -> None:
    rng = random.Random(11)
    chars = "电工证焊高压低考试包过拿证书培训班学员报名"
    text = "".join(rng.choice(chars) for _ in range(1_000_000))
    norm = normalize(text)
    for _ in range(40):
        lo = rng.randrange(0, len(text) - 2000)
        hi = lo + rng.choice((320, 1600))
        got = window_text(norm, text, lo, hi, QUOTATION)
        assert got == _reference(text, lo, hi, QUOTATION)
        assert got == text[lo:hi]  # nothing to fold: the slice is the text itself


def test_hostile_page_of_letters_and_separators() -> None:
    rng = random.Random(12)
    chars = "ab zg证 ,，_⚡工\ufe0f１"
    text = "".join(rng.choice(chars) for _ in range(200_000))
    norm = normalize(text)
    for _ in range(60):
        lo = rng.randrange(0, len(text) - 2000)
        hi = lo + rng.choice((160, 320, 1600))
        assert window_text(norm, text, lo, hi) == _reference(text, lo, hi)


def test_the_readings_give_what_the_old_path_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    """The referral and the page's verdict read the same with the slice and without it."""
    text = (
        "某法院判决书：经审理查明，被告人在网上发布“电工证不用考，包过”的虚假广告。\n"
        + _FILLER * 3
        + "朋友介绍了个老师，花钱拿到了焊工证。有同样需要的联系方式放在下面，就说是小林介绍的。\n"
        + "经鉴定，上述证件均系伪造。\n"
        + _FILLER * 3
    )
    norm = normalize(text)
    reader = stance.StanceReader.__new__(stance.StanceReader)
    reader._ref_set = (1.0, re.compile("就说是[^，。]{1,4}介绍的"))
    spots = [text.index("就说是"), text.index("被告人"), text.index("上述")]
    new = [
        (reader._referral(text, s, s + 10, norm), stance._page_verdict(text, s, s + 10, norm))
        for s in spots
    ]

    def old_window(norm_: object, text_: str, lo: int, hi: int, blank: object = None) -> str:
        return _reference(text_, lo, hi, blank)  # type: ignore[arg-type]

    monkeypatch.setattr(stance, "window_text", old_window)
    old = [
        (reader._referral(text, s, s + 10, norm), stance._page_verdict(text, s, s + 10, norm))
        for s in spots
    ]
    assert new == old
    assert new[0][0] == "就说是小林介绍的"  # the referral is read
    assert any(v is not None for _r, v in new)  # and the verdict
