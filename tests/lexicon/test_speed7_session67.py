"""Session 67, speed7: the dense path's per-rule bookkeeping, cheaper and the same.

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

These tests pin behaviour, not time:

- ``PoolTables.groups`` (a rule's pools read off the anchor and context passes' spans) gives
  exactly the pools the membership tests and lookups through ``Pools`` gave, and None (no
  pool made) where one group has no entry;
- ``Detector._fire`` takes the rule's unless list as a function on the array path and calls it
  only when the combination search gives a candidate; a rule whose search finds nothing never
  makes it;
- with the unless list made late, the array path still gives the per-match loop's result on
  pages where exception words stand beside candidates (SS-002's goods, a school's own words).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

import lexicon.detector
from lexicon import get_detector
from lexicon.detector import SourceScan
from lexicon.matches import Warnings
from lexicon.normalize import normalize

_FILLER = "周末小区门口新开了一家面馆，牛肉面的汤头很浓，排队的人不少。"

# Written for these tests: dense pages with exception words near the candidates.
PAGES = [
    ("国徽图案的电工证代办，包过，加微信咨询。国徽摆件、国徽挂饰批发零售。" + _FILLER) * 12,
    ("焊工证不用考试直接拿证，三天出证。本校焊工培训按规定参加考试，考试合格发证。" + _FILLER) * 10
    + "叉车证代办，私聊。",
    "高处作业证包过，加V。登高证代办。" * 40 + _FILLER * 5 + "低压电工证免考，全国可查。",
    ("电工证复审提醒：证书到期请按时复审，谨防代办骗局。" + _FILLER) * 15
    + "电工证代办不用考，包拿证，联系我。",
]


@contextmanager
def _dense(on: bool) -> Iterator[None]:
    old = lexicon.detector.DENSE
    lexicon.detector.DENSE = 0 if on else 1 << 60
    try:
        yield
    finally:
        lexicon.detector.DENSE = old


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("packs", ["default", "all"])
def test_array_path_with_late_unless_lists_gives_the_loop_result(page: str, packs: str) -> None:
    det = get_detector()
    active = None if packs == "default" else det.packs
    with _dense(True):
        arrays = det.scan_page(text=page, title="商品详情", packs=active).to_dict()
    with _dense(False):
        loop = det.scan_page(text=page, title="商品详情", packs=active).to_dict()
    assert arrays == loop
    assert arrays["findings"] or arrays["suppressed"]  # the page has candidates to read


def _passes(page: str):  # type: ignore[no-untyped-def]
    """The anchor and context pools of a dense page as the dense pass reads them."""
    det = get_detector()
    n = normalize(page)
    out = SourceScan(source="text", text=page)
    out.norm = n
    with _dense(True):
        det.scan_source(page)  # the tables exist
    tables = det._tables
    assert tables is not None
    pad = det._reach + det._auto.max_key
    active = det.active_packs(det.packs)
    anchor, windows = tables.anchor_pass(
        n.text, None, active, det._rule_packs, det._not_anchor, pad, []
    )
    pools = det._auto.pools
    rules = tuple(ri for ri, pid in enumerate(det._auto.anchor_pools) if pid in anchor)
    read = {pid for ri in rules for pid in pools[ri].values()}
    context, _unless, _warned = tables.context_pass(n.text, windows, read, rules)
    return det, tables, anchor, context, rules


@pytest.mark.parametrize("page", PAGES)
def test_groups_are_the_lookups_through_pools(page: str) -> None:
    det, tables, anchor, context, _rules = _passes(page)
    made = missing = 0
    for ri in range(len(det._window_rules)):
        ids = det._auto.pools[ri]
        got = tables.groups(ids, anchor, context)
        if any(pid not in anchor and pid not in context for pid in ids.values()):
            assert got is None
            missing += 1
            continue
        want = {g: anchor[pid] if pid in anchor else context[pid] for g, pid in ids.items()}
        assert got is not None and got.keys() == want.keys()
        for g in want:
            assert got[g] is want[g]  # the one pool each source keeps
        made += 1
    assert made and missing


def test_groups_make_no_pool_for_a_rule_with_a_group_missing() -> None:
    det, tables, anchor, context, _rules = _passes(PAGES[2])
    for ri in range(len(det._window_rules)):
        ids = det._auto.pools[ri]
        if any(pid not in anchor and pid not in context for pid in ids.values()):
            before = (dict(anchor._made), dict(context._made))
            assert tables.groups(ids, anchor, context) is None
            assert (anchor._made, context._made) == before
            return
    pytest.fail("every rule had all its groups")


def test_unless_list_is_made_only_for_a_rule_with_a_candidate() -> None:
    det = get_detector()
    page = PAGES[0]
    fire = det._fire
    calls: list[tuple[str, int]] = []  # (rule, combinations found)
    made: list[str] = []

    def spy(rule, groups, n, text, unless, warns, out, active=frozenset()):  # type: ignore[no-untyped-def]
        assert callable(unless) and not isinstance(unless, Warnings)
        found = len(det._combiner.combos(rule, groups, n, text))
        calls.append((rule.id, found))

        def counted() -> Warnings:
            made.append(rule.id)
            return unless()

        return fire(rule, groups, n, text, counted, warns, out, active)

    det._fire = spy  # type: ignore[method-assign]
    try:
        with _dense(True):
            det.scan_page(text=page, packs=det.packs)
    finally:
        del det._fire
    assert [r for r, k in calls if k] == made
    assert any(k == 0 for _r, k in calls)  # some rule found nothing and made no list
    assert made


def test_fire_still_takes_a_made_unless_list() -> None:
    """The per-match loop hands ``_fire`` the list itself: same findings as the dense path."""
    det = get_detector()
    page = "电工证代办，包过，加微信。"
    with _dense(False):
        loop = det.scan_page(text=page, packs=det.packs).to_dict()
    with _dense(True):
        arrays = det.scan_page(text=page, packs=det.packs).to_dict()
    assert loop == arrays and loop["findings"]
