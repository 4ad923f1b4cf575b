"""Session 63, mem1: the detector's memory margin (the issue's target: peak RSS at most 120 MB).

The peak of the detector process is the build of the first (anchors') Rust automaton: the
Python heap at that moment plus the library's transient. ``build_automata`` kept its build-only
tables alive through it (the pool keys, every (term, variant kinds) pair of every group, about
5 MB of tuples; the model's anchor words and their packs, about 2 MB). They are dropped before
the automata are built now (build peak 117.5 -> 112.4 MB). These tests guard that
deterministically (no RSS or timing thresholds), and that a scan compiles no regex once it has
seen a page's shapes (a pattern built from a dynamic string per call would grow ``re``'s cache
and churn memory). The page sentences here were written for this file.
"""

from __future__ import annotations

import re
import sys
from typing import Any

import pytest

from lexicon import automata
from tests.lexicon.scanning import EVERY_PACK

#: The locals of ``build_automata`` that only the build's tables need.
_BUILD_ONLY = ("pool_ids", "model", "covered", "unsegmented")


def test_build_only_tables_are_gone_when_the_automata_are_built(
    det: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[set[str]] = []
    build = automata.Automaton._build

    def spy(self: automata.Automaton, keys: list[str], values: list[object], kk: bool) -> None:
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_name != "build_automata":
            frame = frame.f_back
        assert frame is not None, "an automaton built outside build_automata"
        seen.append(set(frame.f_locals))
        build(self, keys, values, kk)

    monkeypatch.setattr(automata.Automaton, "_build", spy)
    built = automata.build_automata(det.lex, det._window_rules)
    assert len(seen) == 3  # anchors, context, page
    for names in seen:
        assert not names & set(_BUILD_ONLY)
    # the automata are whole: the detector's own have the same keys and values
    for mine, theirs in (
        (built.anchors, det._auto.anchors),
        (built.context, det._auto.context),
        (built.page, det._auto.page),
    ):
        assert len(mine) == len(theirs)
        assert mine.values == theirs.values
    assert built.pools == det._auto.pools
    assert built.anchor_pools == det._auto.anchor_pools
    assert built.max_key == det._auto.max_key


_PAGES = [
    # a seller's classified post with a disguised contact
    "焊工证电工证高处作业证，全国联网可查，不用到场，五天出证，加薇 one three eight 九九",
    # a group-chat pitch
    "群里的朋友注意了，叉车证快速下证，包过不过全退，私聊我拿资料",
    # a news paragraph
    "记者调查发现，一些网店声称可以代办特种作业操作证，应急管理部门提醒，证书须经考试取得",
    # a regulator's Q&A
    "问：特种作业操作证能否委托他人代考？答：不能，考试须本人参加，冒名顶替将被依法处理",
    # a court finding
    "经审理查明，被告人通过网络发布办理高压电工证的广告，收取费用后制作虚假证书",
    # a school's honest limits
    "本校提供低压电工培训，考试由考点统一组织，我们不承诺通过，也不代办证书",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
def test_a_second_scan_compiles_no_regex(
    det: Any, packs: list[str] | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from benchmarks.lexicon import make_pages

    pages = _PAGES + make_pages(40_000, general=True) + make_pages(40_000)
    # no eviction while the test runs: other tests fill the 512-entry cache in their own order
    monkeypatch.setattr(re, "_MAXCACHE", 1_000_000)
    for p in pages:  # first sight: lazy modules and first-use patterns compile here
        det.scan_page(text=p, title="商品详情", packs=packs)
    compiled: list[object] = []
    compile_ = re._compiler.compile  # type: ignore[attr-defined]

    def spy(pattern: object, flags: int = 0) -> object:
        compiled.append(pattern)
        return compile_(pattern, flags)

    monkeypatch.setattr(re._compiler, "compile", spy)  # type: ignore[attr-defined]
    for p in pages:
        det.scan_page(text=p, title="商品详情", packs=packs)
    assert compiled == []
