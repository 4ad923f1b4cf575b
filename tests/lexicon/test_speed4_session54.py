"""Session 54, speed4: the anchor and context passes on arrays for domain-dense sources.

On a source whose anchor automaton finds :data:`lexicon.detector.DENSE` hits or more, the
detector now reads the automata's hits as numpy arrays (:mod:`lexicon.pools`) instead of
turning each hit into a ``Match`` one Python step at a time; the per-match loop
(:meth:`Detector._rules_loop`) stays for sparse sources. These tests force each path on the
same pages and check the results are equal, on pages where the two could part: parts of a
candidate at the edges of the context windows and of the automaton's chunks, one term hit
hundreds of times, overlapping terms, latin keys beside latin words, long lines without
punctuation, a 1 MB hostile page. The detector's findings on the project's texts are checked
whole by ``benchmarks/findings_diff.py``.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

import lexicon.automata
import lexicon.detector
from lexicon import get_detector
from lexicon.detector import SourceScan
from lexicon.normalize import normalize

_FILLER = "今天天气不错，我们去公园散步，看见湖边有人钓鱼，孩子们在草地上放风筝。"

# Written for these tests.
PAGES = [
    # two clusters of seller words far apart: two context windows, a partner near each edge
    "焊工证包过 加微信" + _FILLER * 30 + "电工证代办 不用考试 三天拿证" + _FILLER * 30 + "叉车证",
    # one term hit hundreds of times, a certificate name only at the very end
    "包过" * 300 + "，低压电工证",
    # overlapping terms: 高压电工证 holds 电工证, 电工 and 工证; 代考代办 holds both
    "高压电工证低压电工证电工证代考代办包过包拿证免考试直接拿证" * 12 + "，联系我",
    # latin keys beside latin words: pinyin and initials, QQ, inside and outside latin runs
    "dianGongZheng baoguo daikao dgz qq123456 电工证 dkbg weixin abcdaikaoxyz 焊工证 bg " * 20,
    # a long line with no punctuation at all
    " ".join(["我们这边电工证代办 焊工证免考包过 叉车证直接拿证 加微信"] * 60),
    # a report beside offers: the silencing stage reads the same unless and warning lists
    ("警方提醒：网上所谓电工证代办、焊工证免考包过均为诈骗，切勿轻信。" + _FILLER) * 15
    + "电工证不用考 包过 私聊",
    # training-ads and certificates packs' words among everyday text
    ("学历提升 包过 成人高考 代报名 健身教练证 育婴师证 全国通用可查 " + _FILLER) * 10,
]


@contextmanager
def _path(dense: bool, chunk: int | None = None) -> Iterator[None]:
    """Every source through the array path (``dense``) or the per-match loop; ``chunk``: the
    automata read that many characters a call (the chunked reading of huge pages)."""
    old = lexicon.detector.DENSE, lexicon.detector.CHUNK, lexicon.automata.CHUNK
    lexicon.detector.DENSE = 0 if dense else 1 << 60
    if chunk is not None:
        lexicon.detector.CHUNK = lexicon.automata.CHUNK = chunk
    try:
        yield
    finally:
        lexicon.detector.DENSE, lexicon.detector.CHUNK, lexicon.automata.CHUNK = old


def _both(text: str, packs: tuple[str, ...] | None, chunk: int | None = None) -> tuple[dict, dict]:
    det = get_detector()
    with _path(True, chunk):
        arrays = det.scan_page(text=text, title="商品详情", packs=packs).to_dict()
    with _path(False, chunk):
        loop = det.scan_page(text=text, title="商品详情", packs=packs).to_dict()
    return arrays, loop


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("packs", ["default", "all", "certificates"])
def test_array_path_gives_the_loop_result(page: str, packs: str) -> None:
    det = get_detector()
    active = {"default": None, "all": det.packs, "certificates": ("certificates",)}[packs]
    arrays, loop = _both(page, active)
    assert arrays == loop


@pytest.mark.parametrize("page", PAGES)
def test_array_path_gives_the_loop_result_in_small_chunks(page: str) -> None:
    """Automaton reads of 97 characters: hits straddle chunk edges, and the source takes the
    chunk-by-chunk branch of both paths."""
    arrays, loop = _both(page, get_detector().packs, chunk=97)
    assert arrays == loop


@pytest.mark.parametrize("page", PAGES)
def test_pools_unless_warnings_and_scorer_anchors_are_equal(page: str) -> None:
    """What the passes hand on, compared directly: every running rule's pools, its unless
    matches and the warnings (what ``_fire`` receives), and the scorer's anchors."""
    det = get_detector()

    def passes(dense: bool) -> tuple[list, list]:
        fired: list = []

        def record(rule, groups, n, text, unless, warns, out, active=frozenset()):  # type: ignore[no-untyped-def]
            if callable(unless):  # (session 67, speed7) the array path makes it on demand
                unless = unless()
            fired.append(
                (
                    rule.id,
                    {
                        g: ([pool.at(j) for j in range(len(pool))], pool.starts, pool.ends)
                        for g, pool in groups.items()
                    },
                    unless.items,
                    unless.ends,
                    warns.items,
                    warns.ends,
                )
            )

        n = normalize(page)
        out = SourceScan(source="text", text=page)
        out.norm = n
        det._fire = record  # type: ignore[method-assign]
        try:
            with _path(dense):
                det._rules_pass(n, page, det.active_packs(det.packs), out)
        finally:
            del det._fire
        return fired, out.model_anchors

    arrays, loop = passes(True), passes(False)
    assert arrays == loop
    assert arrays[0]  # some rule ran on each page


def test_dense_sources_take_the_array_path_and_sparse_ones_the_loop() -> None:
    det = get_detector()
    calls: list[str] = []
    dense, loop = det._dense_pass, det._rules_loop
    det._dense_pass = lambda *a, **k: (calls.append("arrays"), dense(*a, **k))[1]  # type: ignore[method-assign]
    det._rules_loop = lambda *a, **k: (calls.append("loop"), loop(*a, **k))[1]  # type: ignore[method-assign]
    try:
        det.scan_source(PAGES[4])
        det.scan_source("电工证包过，加微信。")
    finally:
        del det._dense_pass, det._rules_loop
    assert calls == ["arrays", "loop"]


def test_a_hostile_megabyte_agrees_and_its_arrays_stay_small() -> None:
    """A 1 MB page of seller words with no break (a hit every two characters, over several
    automaton chunks): the same result both ways, and the array path's peak of traced
    allocations (numpy's buffers are traced too) within 2% of the loop's. Both hold a
    ``Match`` per pool entry (the pools the rules read); the arrays add about 12 bytes a hit
    and their expansions, transient, while the page's other readings dominate the peak."""
    page = ("电工证包过焊工证代办叉车证免考直接拿证" * 20000)[: 1_000_000 // 3]
    det = get_detector()
    packs = det.packs
    peaks = {}
    results = {}
    for dense in (True, False):
        with _path(dense):
            det.scan_page(text="电工证包过", packs=packs)  # tables built, caches warm
            tracemalloc.start()
            try:
                results[dense] = det.scan_page(text=page, packs=packs).to_dict()
                peaks[dense] = tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()
    assert results[True] == results[False]
    assert results[True]["findings"]
    assert peaks[True] <= peaks[False] * 1.02
