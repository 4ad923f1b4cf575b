"""Session 49, speed2: a warning word's own readings kept once per source.

The silencing stage reads, for every candidate near a warning word, whether the word is a
polite heading's, worn over a seller's line, answered yes in a chat, everyday 不得, a school's
heading, and whether the writer turns from it to its own offer. All but the last comparison hold
whatever the candidate, so :class:`lexicon.matches.Warnings` now keeps them per word for the
source's scan (:meth:`lexicon.silence.Silencer._warning_word`), and the turn is read once
(:class:`lexicon.context.Disowning`), with only the "does the turn follow this candidate" test
left per candidate. These tests check that the shared reading gives what a fresh reading per
candidate gives (the old path) on pages where the two could part: several candidates in one
sentence on both sides of a turn, a candidate crossing a sentence end, a long line with no
punctuation. The detector's findings on the project's texts are checked whole by
``benchmarks/findings_diff.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from lexicon import get_detector
from lexicon.matches import Warnings
from lexicon.silence import Silencer

# Written for these tests: warnings with candidates before and after the writer's turn.
PAGES = [
    # several candidates in one sentence, on both sides of the turn after the warning
    "电工证代办 谨防骗子，认准我们，焊工证免考 叉车证包过 加微信详谈",
    "焊工证不用考 严禁买卖证件 我们这边叉车证直接办 电工证包过拿证 私聊",
    # a candidate crossing a sentence end next to the warning
    "提醒大家谨防上当。电工证代办\n包过拿证，我们这边直接办，联系我。",
    "注意防骗！焊工证\n免考包过。找我们办，加v聊",
    # the warning's own question to the reader, answered by the seller after it
    "考证被骗过吗？我们这边电工证不用考，包过，加微信",
    # a report: the warning holds for every candidate
    "警方提醒：网上所谓电工证代办、焊工证免考包过均为诈骗，切勿轻信。",
    # a long line with no punctuation at all, the same warning and turns repeated
    " ".join(
        ["小心骗子 我们这边电工证代办 焊工证免考包过 叉车证直接拿证 加微信"] * 40
        + ["严禁代考 低压电工证不用考试 包过"] * 40
    ),
]


@contextmanager
def _fresh_warnings() -> Iterator[None]:
    """Silencer.why reading every candidate with an empty store: the per-candidate path."""
    why = Silencer.why

    def fresh(self, rule, parts, n, text, unless, warns, active=frozenset()):  # type: ignore[no-untyped-def]
        warns = Warnings(warns.items, warns.ends, {})
        return why(self, rule, parts, n, text, unless, warns, active)

    Silencer.why = fresh  # type: ignore[method-assign]
    try:
        yield
    finally:
        Silencer.why = why  # type: ignore[method-assign]


@contextmanager
def _counted(calls: list[int]) -> Iterator[None]:
    """Count the readings of a warning word (:meth:`Silencer._warning_word`)."""
    word = Silencer._warning_word

    def counting(self, n, text, w):  # type: ignore[no-untyped-def]
        calls[0] += 1
        return word(self, n, text, w)

    Silencer._warning_word = counting  # type: ignore[method-assign]
    try:
        yield
    finally:
        Silencer._warning_word = word  # type: ignore[method-assign]


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("packs", [None, "all"])
def test_shared_warning_reading_gives_the_per_candidate_result(
    page: str, packs: str | None
) -> None:
    det = get_detector()
    active = det.packs if packs == "all" else None
    shared = det.scan_page(text=page, title="商品详情", packs=active).to_dict()
    with _fresh_warnings():
        fresh = det.scan_page(text=page, title="商品详情", packs=active).to_dict()
    assert shared == fresh
    # the pages do reach the rules: something is found or silenced on each
    assert shared["findings"] or shared["suppressed"]


def test_a_warning_word_is_read_once_for_several_candidates() -> None:
    """On these pages some warning word stands near candidates of several rules: the shared
    store reads the words fewer times than a fresh reading per candidate does."""
    det = get_detector()
    shared, fresh = [0], [0]
    with _counted(shared):
        for page in PAGES:
            det.scan_page(text=page, title="商品详情", packs=det.packs)
    with _fresh_warnings(), _counted(fresh):
        for page in PAGES:
            det.scan_page(text=page, title="商品详情", packs=det.packs)
    assert 0 < shared[0] < fresh[0]


@pytest.mark.parametrize(
    "text",
    [
        "网上骗子太多，认准我们，焊工证免考 加微信",
        "小心被骗 我们这边电工证代办 包过 私聊",
        "谨防上当！我们不是骗子，加v详谈",
        "考证被骗过吗？我们有真题，加微信",
        "警方提醒，此类证书均为伪造，我们将依法打击",
    ],
)
def test_disowning_answers_as_disowned_for_any_candidate_end_in_any_order(text: str) -> None:
    """One reading of the word, asked for candidate ends before, at and after its turn in
    either order, answers as a fresh :meth:`SellerLine.disowned` per end (the turn's line is
    read once, and a turn after one candidate must not stick for the next)."""
    line = get_detector()._silencer._heading
    for word in ("骗子", "被骗", "上当", "提醒"):
        start = text.find(word)
        if start < 0:
            continue
        end = start + len(word)
        ends = [None, *range(0, len(text) + 1)]
        expected = {b: line.disowned(text, start, end, b) for b in ends}
        for order in (ends, ends[::-1]):
            reading = line.disowning(text, start, end)
            assert {b: reading.holds(b) for b in order} == expected
        break
    else:
        pytest.fail("no warning word in the text")
