"""Session 49, bigpage: a hostile huge page is matched a bounded chunk at a time.

``Automaton.chunks`` hands the detector every overlapping match of a text a chunk of
``automata.CHUNK`` characters at a time, where one list of the whole page's matches ran to
hundreds of MB; the anchor hits' windows are merged as the hits come (``Detector._window``)
rather than kept as one tuple a hit. Neither may change a result: here the chunk is shrunk to a
few dozen characters, so that matches straddle every border, and each scan must come out as
it does in one piece. The pages are written for this test (offers, warnings, a notice, Latin
ids beside CJK) plus the benchmark's dense hostile text. No timing or memory is asserted.
"""

from __future__ import annotations

import random

import pytest

import lexicon.automata as automata
from benchmarks.bigpage import WORDS, hostile_page
from lexicon.detector import Detector
from tests.lexicon.scanning import ALL

PAGES = [
    # a seller's page: the certificate name, the promise and the contact around the borders
    "低压电工证、焊工证代办，不用考试包过，全国联网可查。需要的加vx：dg2024ok，或者打电话13912345678。"
    "高处作业证三天出证，押金五百，下证后付尾款。叉车证复审不用本人到场，私聊。",
    # a warning, then a seller's pitch right after it
    "严禁违规！本平台禁止发布违法信息。\n电工证焊工证免考直接拿证，官网能查，微信同号18800001111",
    # an office's notice that names the sale only to warn against it
    "应急管理局提醒：特种作业操作证须经培训考核合格后取得，凡称“不用考试、包过拿证”的均为诈骗，"
    "请勿轻信。复审请携带旧证到窗口办理，咨询电话0755-12345678。",
    # a training school's ordinary ad beside a fraud offer
    "本校开设电工、焊工培训班，理论加实操，考试合格由应急管理部门发证。"
    "另有考前答案出售，保过，QQ 123456789。",
    # Latin words beside CJK, to test the Latin-boundary checks at chunk borders
    "wx办证vxwx 包过 V信dgz电工证vx 代考vx123 weixin包拿证 qq 电工证 wechat 可查",
]


def _result(det: Detector, text: str) -> dict:
    return det.scan_page(text=text, packs=ALL).to_dict()


def test_chunks_are_found_in_pieces(det: Detector) -> None:
    # every overlapping match, in the same order, whatever the chunk size and either order
    rng = random.Random(49)
    kept = automata.build_automata(det.lex, det._window_rules, keep_keys=True)
    for auto in (kept.anchors, kept.context):
        assert auto.keys is not None
        keys = [k for k in auto.keys if len(k) > 1][:400]
        text = "".join(rng.choice([*keys, "，", "a", "的"]) for _ in range(600))
        for by_start in (False, True):
            whole = auto.found(text, by_start)
            assert whole, "the text is made of keys: it must have matches"
            for size in (1, 2, 3, auto.longest - 1, auto.longest, 37, 500, len(text) - 1):
                pieces = [
                    (i, base + a, base + b)
                    for base, found in auto.chunks(text, by_start, size)
                    for i, a, b in found
                ]
                assert pieces == whole, (by_start, size)


def test_windows_merge_as_the_sorted_spans_did() -> None:
    # the incremental merge against the merge of the spans sorted by start (the old way)
    rng = random.Random(7)
    for _ in range(300):
        spans = []
        for _ in range(rng.randint(1, 30)):
            b = rng.randint(1, 400)
            spans.append((b - rng.randint(1, 12), b))
        spans.sort(key=lambda ab: ab[1])  # the anchors come by end
        pad = rng.randint(0, 20)
        windows: list[list[int]] = []
        for a, b in spans:
            Detector._window(windows, a - pad, b + pad)
        expected: list[list[int]] = []
        for a, b in sorted(spans):
            lo, hi = a - pad, b + pad
            if expected and lo <= expected[-1][1]:
                expected[-1][1] = max(expected[-1][1], hi)
            else:
                expected.append([lo, hi])
        assert windows == expected


@pytest.mark.parametrize("size", [23, 64, 211])
def test_scan_in_small_chunks_is_the_scan_in_one(
    det: Detector, monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    texts = [*PAGES, "\n".join(PAGES), hostile_page(0.02, False), hostile_page(0.02, True)]
    whole = [_result(det, t) for t in texts]
    assert any(r["findings"] for r in whole) and any(r["suppressed"] for r in whole)
    monkeypatch.setattr(automata, "CHUNK", size)
    assert [_result(det, t) for t in texts] == whole


def test_hostile_page_is_dense() -> None:
    # the benchmark's page is what it says: its words' characters only, about the size asked
    page = hostile_page(0.01, False)
    assert 9_000 <= len(page.encode()) < 10_100
    assert "\n" not in page and "。" not in page
    assert set(page) <= set("".join(WORDS))
    assert "\n" in hostile_page(0.01, True)
