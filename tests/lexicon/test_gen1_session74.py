"""Session 74, gen1: everyday pages read each source's refused echoes once, without a line index.

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

On pages with no trade in them the refused echoes (``stance._refused_echo_reads``: 老师：包过？这个
保证不了，我们只负责培训，报名加微信 …) were read twice per source, once by the matching stage
(``Normalized.refused_echoes``) and once by the detector's cover for the learned scorer
(``refused_echo_lines``), and every line with a question mark found its head through a newline index
built for the page (``lines.line_start``). The read is now made once per source and kept with the very
string it was read from (``Normalized.echo_reads``), and ``stance._echo_heads`` scans back only to the
previous question's line break. These tests pin that the output is the old one: the same echo heads
as ``finditer``, the same cover as ``refused_echo_lines``, the same scan results page after page and
pack after pack, on hostile pages too (a 2 MB line, NUL, lone surrogates, CRLF).
"""

from __future__ import annotations

import random
from typing import Any

import pytest

from lexicon import stance
from lexicon.normalize import normalize
from tests.lexicon.scanning import ANY_RULE, EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

#: A school's answering lines that echo the asked pass, refuse it and give the enrolment contact.
_REFUSED = [
    "前台：包过？这个保证不了，我们只负责上课培训，报名加微信 kq_50318",
    "包过？包不了的，考试要靠你自己，咨询电话 0571-86230417",
    "学员：焊工证能包过吗？\n老师：包过？谁都保证不了，我们只管教学，报名电话 0531-86027714",
]

#: The sellers next to them: the echo answered with a yes, or no echo at all.
_SELLERS = [
    "老师：包过？包的，不用考，三天拿证，加微信 kq_50319",
    "低压电工证代办，不用考试，包过，加微信 kq_50320",
    "学员：焊工证能包过吗？\n老师：包过？放心，包的，不用来考，加微信 kq_50321",
]

#: Everyday lines for filler: statements, questions that echo nothing, a bare question mark.
_FILLER = [
    "今天下午小区停水，请各位住户提前储水。",
    "周末的亲子活动在图书馆二楼举行？",
    "请问这家面馆几点开门？",
    "？",
    "",
    "老板：有货吗？有的，欢迎到店看看。",
    "天气转凉，记得给孩子添衣服！",
]


def _heads(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in stance._echo_heads(text)]


def _finditer(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in stance._ECHO_AT_HEAD.finditer(text)]


def _page(rng: random.Random, lines: int, extra: list[str], sep: str = "\n") -> str:
    body = [rng.choice(_FILLER + extra) for _ in range(lines)]
    return sep.join(body)


def _result(det: Any, text: str, packs: Any = None) -> dict[str, Any]:
    return det.scan_page(text=text, title="商品详情", packs=packs).to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "包过？包不了的，考试要靠你自己，咨询电话 0571-86230417",  # the echo is the page's first line
        "？包过？",  # a question mark as the very first character
        "说明\n" + _REFUSED[0],  # the echo on the last line, no line break after it
        _REFUSED[0] + "\n",
        "\n\n\n" + _REFUSED[1] + "\n\n",
        "第一行没有问号\r\n" + _REFUSED[0] + "\r\n请问几点开门？\r\n",  # CRLF
        "一？二？三？\n四？五\n\n六？",  # several marks on one line: the line is tried once
        "a\x00b？\n" + _REFUSED[1] + "\x00",  # NUL
        "包过?包不了，考试靠自己，报名加微信 kq_50322\n问?答",  # ASCII marks
    ],
)
def test_echo_heads_are_finditers_at_the_edges(text: str) -> None:
    assert _heads(text) == _finditer(text)


def test_echo_heads_are_finditers_on_mixed_pages() -> None:
    rng = random.Random(74)
    for _ in range(60):
        page = _page(rng, rng.randint(1, 80), _REFUSED + _SELLERS)
        assert _heads(page) == _finditer(page)


def test_echo_heads_on_a_two_megabyte_line() -> None:
    # one line of 2 MB with a question mark every few dozen characters: the first mark's line is
    # the whole page, read once (no line break to go on from)
    unit = "周末的亲子活动在哪里举行？我们只负责上课，"
    page = unit * (2_000_000 // len(unit.encode()))
    assert len(page.encode()) > 1_900_000
    assert _heads(page) == _finditer(page)
    page2 = "包过？包不了，考试靠自己，报名加微信 kq_50323" + page
    assert _heads(page2) == _finditer(page2)


def test_echo_reads_are_kept_for_their_own_string_only() -> None:
    text = "说明\n" + _REFUSED[0]
    other = "说明\n" + _REFUSED[1]
    n = normalize(text)
    calls: list[str] = []

    def read(t: str) -> list[tuple[int, int, int]]:
        calls.append(t)
        return stance._refused_echo_reads(t)

    first = n.echo_reads(text, read)
    assert first == stance._refused_echo_reads(text) and first
    assert n.echo_reads(text, read) == first
    assert len(calls) == 1  # the same string: read once
    # an equal string that is another object is read again (the key is the string itself)
    copy = "".join(list(text))
    assert copy == text and copy is not text
    assert n.echo_reads(copy, read) == first
    assert len(calls) == 2
    # another text is never answered from the kept read
    assert n.echo_reads(other, read) == stance._refused_echo_reads(other)
    assert len(calls) == 3


def test_the_cover_is_refused_echo_lines() -> None:
    rng = random.Random(740)
    for _ in range(20):
        page = _page(rng, rng.randint(1, 40), _REFUSED + _SELLERS)
        n = normalize(page)
        spans = [(b, s) for b, _a, s in n.echo_reads(page, stance._refused_echo_reads)]
        assert spans == stance.refused_echo_lines(page)
        pairs = n.refused_echoes(page, stance.refused_echoes)
        assert pairs == normalize(page).refused_echoes(page, stance.refused_echoes)


@pytest.mark.parametrize("text", _REFUSED)
def test_refused_echoes_stay_silent(det: Any, text: str) -> None:
    for packs in EVERY_PACK:
        assert_silent(det, text, packs, model=True)


@pytest.mark.parametrize("text", _SELLERS)
def test_their_sellers_still_fire(det: Any, text: str) -> None:
    for packs in WITH_SPECIAL:
        assert_sells(det, text, ANY_RULE, packs)


def test_a_page_scanned_twice_and_in_two_packs(det: Any) -> None:
    rng = random.Random(7401)
    pages = [_page(rng, 120, _REFUSED + _SELLERS) for _ in range(4)]
    packs = [None, tuple(det.packs), ("certificates",), None]
    first = [[_result(det, p, k) for k in packs] for p in pages]
    # again, in the other order of pages and of packs: no page or pack answers from another's read
    for i in reversed(range(len(pages))):
        for j in reversed(range(len(packs))):
            assert _result(det, pages[i], packs[j]) == first[i][j]


def test_a_seller_at_the_very_start_or_end_of_an_everyday_page(det: Any) -> None:
    rng = random.Random(7402)
    # everyday lines around one school's refused echo (pages stacking several refused threads
    # back to back are left out: see the round's write-up)
    filler = _page(rng, 100, []) + "\n" + _REFUSED[0] + "\n" + _page(rng, 100, [])
    for seller in _SELLERS:
        for page in (seller + "\n" + filler, filler + "\n" + seller):
            for packs in WITH_SPECIAL:
                assert_sells(det, page, ANY_RULE, packs)
    for packs in EVERY_PACK:
        assert_silent(det, filler, packs, model=True)


def test_hostile_pages_scan_the_same_twice(det: Any) -> None:
    unit = "周末的亲子活动在哪里举行？我们只负责上课，"
    pages = [
        unit * (2_000_000 // len(unit.encode())),  # 2 MB, one line
        "\x00".join(_REFUSED + _SELLERS),  # NUL between the lines
        "\ud800" + "\n".join(_REFUSED) + "\udfff？\n" + _SELLERS[0],  # lone surrogates
        "\r\n".join(_REFUSED + _FILLER + _SELLERS),
        # already decoded mixed text: Latin-1 mojibake and full-width forms beside the lines
        "Ã¤Ã¶Ã¼ 包过？\n" + "ＡＢＣ１２３？\n" + "\n".join(_REFUSED),
    ]
    for page in pages:
        once = _result(det, page)
        assert _result(det, page) == once
        assert _result(det, page, tuple(det.packs)) == _result(det, page, tuple(det.packs))
    # the sellers joined by NUL or after surrogates are still found
    assert det.scan_page(text=pages[1]).findings
    assert det.scan_page(text=pages[2]).findings
