"""(issue 9, session 68, speed11) Three readings made cheaper, with the same results:

- a short window (a sentence the stance stage reads, the text before a candidate that
  ``_debunked_before`` reads) is sliced from the page's own normalization
  (:func:`lexicon.normalize.window_text`) where that reads as the window normalized on its own,
  also below ``_ARRAY_FROM`` characters, the length at which the window's own normalization takes
  the dict's path instead of the table array's (:func:`lexicon.normalize._short_reads_long`);
- ``Silencer.why``'s "a 假 at or after the candidate" is read off the source's last 假, found
  once per source (:func:`lexicon.silence._fake_after`), not by a search to the page's end per
  candidate;
- the running rules' unless lists of the array path are made per rule on demand
  (:class:`lexicon.pools._Lists`), the same lists :func:`lexicon.pools._split` made for all.

These tests pin behaviour, never time: every window at every offset reads as the window cut out
and normalized anew; the 假 reading equals ``str.find`` at every offset; each rule's unless lists
are the eager split's; whole scans of pages built for them are unchanged between the array path
and the per-match loop. All sentences are written for this file.
"""

from __future__ import annotations

import random
import re

import numpy as np
import pytest

import lexicon.detector
from lexicon import get_detector, silence
from lexicon import normalize as nm
from lexicon import pools as pl
from lexicon.matches import Warnings
from lexicon.normalize import normalize, window_text
from lexicon.quotes import QUOTATION


def _reference(text: str, lo: int, hi: int, blank: re.Pattern[str] | None = None) -> str:
    """The old reading: the window cut out, its quotations set to spaces, normalized anew."""
    near = text[max(0, lo) : hi]
    if blank is not None:
        near = blank.sub(lambda m: " " * len(m.group(0)), near)
    return normalize(near).text


def _sliced(norm: nm.Normalized, text: str, lo: int, hi: int) -> bool:
    a, b = max(0, lo), min(len(text), hi)
    return nm._window_slice(norm, text, a, b, [], text[a:b]) is not None


#: Pieces a page of my own is made of: plain sentences, commas, letters, pinyin, a web address,
#: symbols standing for characters, full-width digits, a traditional character, a spaced word.
_PIECES = [
    "周末带孩子去公园放风筝，天气很好。",
    "本校开设电工、焊工、叉车三个班，名额有限。",
    "毕、业、证可以拿吗？",
    "健康zheng办理流程请看官网。",
    "详情见 www.example-school.cn 的招生页。",
    "电⚡证和焊🔥证都能考，",
    "学费１２００元，可分期。",
    "電工證復審要帶身份證原件。",
    "考 试 通 过 后 发 证，",
    "dg证培训班周六开课。",
    "加微信 hz2266 报名，",
    "考试合格后二十个工作日出证。",
    "“包过”这种说法不可信。",
    "刻_章需要营业执照，",
    "xue位证要本人申请。",
]


def _page(seed: int, pieces: list[str] = _PIECES, count: int = 40) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(pieces) for _ in range(count))


@pytest.mark.parametrize("seed", range(6))
def test_short_windows_read_as_the_window_normalized_anew(seed: int) -> None:
    text = _page(seed)
    assert len(text) > nm._ARRAY_FROM  # the page takes the array's path
    norm = normalize(text)
    sliced = 0
    for size in (7, 23, 41, 64, 97, nm._ARRAY_FROM - 1, nm._ARRAY_FROM):
        for lo in range(-2, len(text) - size + 2, 3):
            got = window_text(norm, text, lo, lo + size)
            assert got == _reference(text, lo, lo + size), (lo, size, text[max(0, lo) : lo + size])
            if size < nm._ARRAY_FROM:
                sliced += _sliced(norm, text, lo, lo + size)
    assert sliced  # windows shorter than _ARRAY_FROM are sliced now


@pytest.mark.parametrize("seed", range(3))
def test_short_windows_with_quotations_blanked(seed: int) -> None:
    text = _page(100 + seed)
    norm = normalize(text)
    for size in (30, 80, 150):
        for lo in range(0, len(text) - size, 5):
            got = window_text(norm, text, lo, lo + size, QUOTATION)
            assert got == _reference(text, lo, lo + size, QUOTATION)


def test_a_short_page_reads_its_short_windows_the_same() -> None:
    text = "焊工证复审，加微信 hz2266，详见官网。"
    norm = normalize(text)
    for lo in range(len(text)):
        for hi in range(lo + 1, len(text) + 1):
            assert window_text(norm, text, lo, hi) == _reference(text, lo, hi)


#: Where the dict and the array read a short text apart: katakana エ beside a symbol, and a
#: compatibility ideograph the table keeps (U+FA0E) right before a pinyin syllable.
_APART = [
    "电★エ证可以补办，" * 3,
    "焊エエ证要复审，" * 3,
    "\ufa0ezheng，在这里写着，" * 3,
]


@pytest.mark.parametrize("piece", _APART)
def test_windows_the_two_paths_read_apart_are_normalized_anew(piece: str) -> None:
    text = _PIECES[0] * 8 + piece + _PIECES[1] * 8
    norm = normalize(text)
    at = text.index(piece)
    for size in (12, 30, 60):
        for lo in range(at - size, at + len(piece)):
            hi = lo + size
            assert window_text(norm, text, lo, hi) == _reference(text, lo, hi)
            if lo <= at + 2 and hi >= at + 4:  # the katakana or the ideograph inside
                assert not _sliced(norm, text, lo, hi)


def test_the_two_paths_read_those_the_same_now() -> None:
    # why they were set aside: the same text read through the dict and through the array read
    # apart (电エ证 / 电工エ证, 﨎证， / 﨎zheng，); (issue 9, session 69, engine1) both read right
    for piece, reading in (("电★エ证", "电工证"), ("\ufa0ezheng，", "\ufa0e证，")):
        short = normalize(piece).text
        long = normalize(piece + "，" + "周末带孩子去公园放风筝" * 20).text[: len(short)]
        assert short == long == reading, piece


def test_short_reads_long_sees_only_those() -> None:
    text = _page(7)
    norm = normalize(text)
    assert nm._short_reads_long(text, norm._mapped, 0, len(text))
    bad = "本店エ字招牌，"
    text2 = text + bad
    norm2 = normalize(text2)
    assert not nm._short_reads_long(text2, norm2._mapped, len(text), len(text2))


def test_stance_sentence_and_debunk_read_the_same_with_the_page_normalization() -> None:
    det = get_detector()
    stance = det._stance
    # a page of my own: a rumour debunked, then ads and a school's notice
    page = (
        "网传焊工证可以直接买是谣言，其实证书全国联网可查，假证一查便知。"
        + _PIECES[0] * 6
        + "电工证免考包过，加微信 hz2266。"
        + _PIECES[1] * 6
        + "叉车证代办，三天出证，私聊。"
    ) * 3
    norm = normalize(page)
    for term in ("免考", "包过", "代办", "全国", "假证"):
        for m in re.finditer(term, page):
            a, b = m.span()
            with_norm = stance.judge(page, a, b, [], norm)
            without = stance.judge(page, a, b, [], None)
            assert with_norm == without, (term, a)
            from lexicon.stance import _debunked_before

            assert _debunked_before(page, a, b, norm) == _debunked_before(page, a, b), (term, a)


# --- 假 after the candidate ---------------------------------------------------------------


def _fresh() -> Warnings:
    return Warnings([], [], {})


@pytest.mark.parametrize(
    "s",
    [
        "",
        "假",
        "电工证包过，加微信。",
        "不用考就拿证的都是假证，本校只做正规培训。",
        "假证害人，电工证要考，假的不要信，假",
        "电工证" * 300 + "假",
        "假" + "电工证" * 300,
    ],
)
def test_fake_after_is_find_at_every_offset(s: str) -> None:
    warns = _fresh()
    for a in range(len(s) + 2):
        assert silence._fake_after(s, a, warns) == (s.find("假", a) >= 0), a
    # read once per source: the last 假 under the key no warning's index is
    assert warns.read == {-1: s.rfind("假")}


def test_fake_after_keeps_the_warning_reads() -> None:
    warns = Warnings([], [], {0: True, 3: True})
    assert silence._fake_after("假的", 0, warns)
    assert warns.read == {0: True, 3: True, -1: 0}


#: Pages where a fake-paper verdict stands after the candidate, before it, or nowhere.
_VERDICT_PAGES = [
    "不用考试就能拿的电工证都是假证，本校只做正规的电工培训，学员本人参加考试。",
    "焊工证包过，加微信 hg2231。" + "这家店的面很好吃，汤头浓郁。" * 30,
    "假证害人不浅。" + "叉车证免考，三天出证，私聊。" * 5 + "周末去爬山。" * 40,
    "电工证免考包过，全国可查，加V。" * 20 + "以上都是假的，别信。",
]


@pytest.mark.parametrize("page", _VERDICT_PAGES)
def test_scans_with_the_fake_reading_match_the_loop(page: str) -> None:
    det = get_detector()
    old = lexicon.detector.DENSE
    try:
        lexicon.detector.DENSE = 0
        arrays = det.scan_page(text=page, title="商品详情", packs=det.packs).to_dict()
        lexicon.detector.DENSE = 1 << 60
        loop = det.scan_page(text=page, title="商品详情", packs=det.packs).to_dict()
    finally:
        lexicon.detector.DENSE = old
    assert arrays == loop


def test_verdict_after_the_candidate_still_silences() -> None:
    det = get_detector()
    got = det.scan_page(text=_VERDICT_PAGES[0], packs=det.packs).to_dict()
    assert not got["findings"]
    assert any("假证" in s["reason"] for s in got["suppressed"])


# --- unless lists per rule --------------------------------------------------------------


def test_lists_are_the_eager_split() -> None:
    rng = np.random.default_rng(3)
    keys = np.sort(rng.integers(0, 40, size=500))
    cols = [rng.integers(0, 10_000, size=500) for _ in range(3)]
    eager = pl._split(keys, *cols)
    lazy = pl._Lists(keys, *cols)
    none: pl.Part = ([], [], [])
    for k in range(-1, 45):
        assert lazy.get(k, none) == eager.get(k, none), k
    assert (
        pl._Lists(np.zeros(0, dtype=np.intp), *[np.zeros(0, dtype=np.intp)] * 3).get(0, none)
        is none
    )


_DENSE_PAGES = [
    ("国徽图案的电工证代办，包过，加微信咨询。国徽摆件批发零售。" + _PIECES[0]) * 12,
    ("焊工证不用考试直接拿证。本校焊工培训按规定参加考试，考试合格发证。" + _PIECES[1]) * 10,
]


@pytest.mark.parametrize("page", _DENSE_PAGES)
def test_context_pass_unless_lists_per_rule(page: str) -> None:
    det = get_detector()
    old = lexicon.detector.DENSE
    try:
        lexicon.detector.DENSE = 0
        det.scan_page(text=page, packs=det.packs)  # the tables exist
    finally:
        lexicon.detector.DENSE = old
    tables = det._tables
    assert tables is not None
    n = normalize(page)
    active = det.active_packs(det.packs)
    pad = det._reach + det._auto.max_key
    anchor, windows = tables.anchor_pass(
        n.text, None, active, det._rule_packs, det._not_anchor, pad, []
    )
    pools = det._auto.pools
    rules = tuple(ri for ri, pid in enumerate(det._auto.anchor_pools) if pid in anchor)
    read = {pid for ri in rules for pid in pools[ri].values()}
    _context, unless, _warned = tables.context_pass(n.text, windows, read, rules)
    assert isinstance(unless, pl._Lists)
    eager = pl._split(
        np.repeat(
            np.array(list(unless._spans), dtype=np.intp),
            [b - a for a, b in unless._spans.values()],
        ),
        *unless._cols,
    )
    none: pl.Part = ([], [], [])
    got = 0
    for ri in range(len(det._window_rules)):
        assert unless.get(ri, none) == eager.get(ri, none)
        got += bool(unless.get(ri, none)[0])
    assert got  # some running rule has unless words on these pages


def test_a_rule_reads_its_unless_rows_only_when_it_judges(monkeypatch: pytest.MonkeyPatch) -> None:
    # (the rows are read in the function _fire calls for a candidate, not for every rule)
    det = get_detector()
    page = _DENSE_PAGES[0]
    asked: list[int] = []
    made: list[str] = []
    get = pl._Lists.get

    def counted_get(self: pl._Lists, key: int, default: pl.Part) -> pl.Part:
        asked.append(key)
        return get(self, key, default)

    fire = det._fire

    def spy(rule, groups, n, text, unless, warns, out, active=frozenset()):  # type: ignore[no-untyped-def]
        def counted() -> Warnings:
            made.append(rule.id)
            return unless()

        return fire(rule, groups, n, text, counted, warns, out, active)

    monkeypatch.setattr(pl._Lists, "get", counted_get)
    monkeypatch.setattr(det, "_fire", spy)
    old = lexicon.detector.DENSE
    try:
        lexicon.detector.DENSE = 0
        det.scan_page(text=page, packs=det.packs)
    finally:
        lexicon.detector.DENSE = old
    assert made  # some rule judged a candidate
    assert len(asked) == len(made)
