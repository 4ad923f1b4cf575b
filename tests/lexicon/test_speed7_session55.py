"""Session 55, speed7: the combination search's per-pivot setup.

:meth:`lexicon.combos.Combiner.combos` now checks with two binary searches a group whether
every other group has an entry within reach of a pivot before working out anything else,
works out the pivot's sentence and post bounds once for all its groups (``_reach``) instead of
once per group (the old ``_near``), and makes a partner's ``Match`` only when it is tried. The
base's reading is kept here (:class:`_Reference`, the old ``combos``, ``_near`` and
``_partners`` word for word) and both are run on every combination search the detector makes
on pages written for these tests -- partners exactly at the window's edge on either side,
sentence ends and thread posts between the parts, overlapping terms, hundreds of pivots of one
term, matches cut by the segmentation and a 1 MB page with no punctuation -- and on whole scans
with the reference swapped in. No timings are asserted.
"""

from __future__ import annotations

import bisect
import weakref
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from lexicon import get_detector
from lexicon.combos import _MAX_BOUNDARIES, _MAX_PER_RULE, Combiner
from lexicon.matches import Match, Pool, bounds, first
from lexicon.normalize import Normalized
from lexicon.posts import asks
from lexicon.rules import Rule


class _Reference(Combiner):
    """The base's combination search (``862bb5c5``), kept as the reference."""

    def combos(
        self,
        rule: Rule,
        groups: dict[str, Pool],
        n: Normalized,
        text: str,
    ) -> list[list[Match]]:
        """The combinations as the base (``862bb5c5``) found them: one ``_near`` call per
        pivot and group, each working out the pivot's sentence and post bounds again."""
        names = sorted(groups, key=lambda g: len(groups[g]))
        pivot, others = names[0], names[1:]
        distinct = bool(rule.params.get("distinct_terms"))
        limit = int(rule.params.get("max_boundaries", _MAX_BOUNDARIES))
        combos: list[list[Match]] = []
        taken: list[tuple[int, int]] = []
        words = self._rule_words(rule)
        # (issue 9, session 45, threads) a thread's labelled posts (2楼：, 答1：, 回复@某某：, a chat
        # log's speakers): a combination stays inside one post, whoever wrote the next
        posts = n.post_starts(text) if "\n" in text else None
        ask = asks(text) if posts else ()
        pool = groups[pivot]
        for j in range(len(pool)):
            if len(combos) >= _MAX_PER_RULE:
                break
            m = pool.at(j)
            if taken and any(a < m.end and m.start < b for a, b in taken):
                continue
            near: dict[str, list[Match]] = {}
            for g in others:
                near[g] = self._near(rule.window, limit, m, groups[g], n, posts, ask)
                if not near[g]:
                    break
            else:
                if self._boundary_ok(n, text, m, words):
                    parts = self._partners(m, others, near, n, text, distinct, words)
                    if parts is not None:
                        combos.append(parts)
                        taken.append(bounds(parts))
        return combos

    def _partners(
        self,
        m: Match,
        others: list[str],
        near: dict[str, list[Match]],
        n: Normalized,
        text: str,
        distinct: bool,
        words: frozenset[str],
    ) -> list[Match] | None:
        """The nearest fitting partner of every other group for pivot ``m``, or None;
        ``words`` are the rule's own (:meth:`_rule_words`)."""
        parts = [m]
        for g in others:
            for x in near[g]:
                xs, xe, xt, _v = x
                for p in parts:  # a loop, not all(): no generator per candidate partner
                    if xs < p.end and p.start < xe:
                        break
                    if distinct and xt == p.term:
                        break
                else:
                    if self._boundary_ok(n, text, x, words):
                        parts.append(x)
                        break
            else:
                return None
        return parts

    @staticmethod
    def _answers_old(
        posts: list[int] | None, ask: tuple[bool, ...], k: int, xs: int, xe: int
    ) -> bool:
        """True when a partner outside the pivot's post ``k`` lies in one post and one of the
        two posts is a question the later one answers."""
        if k < 0 or not posts:
            return True
        j = bisect.bisect_right(posts, xs) - 1
        if j + 1 < len(posts) and xe > posts[j + 1]:
            return False  # the partner spans two posts
        return j != k and (ask[min(j, k)] if min(j, k) < len(ask) else False)

    def _near(
        self,
        window: int,
        limit: int,
        m: Match,
        pool: Pool,
        n: Normalized,
        posts: list[int] | None = None,
        ask: tuple[bool, ...] = (),
    ) -> list[Match]:
        """Matches within ``window`` of ``m`` and at most ``limit`` sentence ends away,
        nearest first (ties in start order); with ``posts`` (where a thread's labelled posts
        start, ``ask`` which of them ask), only those in the pivot's post, or in a question
        and an answer after it (问：焊工证能买吗？/ 答：能，我这就办)."""
        ms, me, _t, _v = m  # one unpacking, not two property calls
        starts, stops = pool.starts, pool.ends
        lo = bisect.bisect_left(starts, ms - window - self._max_key)
        hi = bisect.bisect_right(starts, me + window)
        ends = n.sentence_ends()
        count = bisect.bisect_left  # count(ends, p): the sentence ends before p
        # The pair spans [min(xs, ms), max(xe, me)); it may cross at most ``limit`` sentence
        # ends. With the pivot's own counts, a partner on one side needs one comparison: on
        # the right, count(xe) <= at_ms + limit, i.e. xe <= ends[at_ms + limit]; on the left,
        # count(xs) >= at_me - limit, i.e. xs > ends[at_me - limit - 1].
        at_ms, at_me = count(ends, ms), count(ends, me)
        j, k = at_ms + limit, at_me - limit - 1
        past = len(n.text) + 1  # beyond every position
        right_cap = ends[j] if 0 <= j < len(ends) else (-1 if j < 0 else past)
        left_cap = ends[k] if 0 <= k < len(ends) else (-1 if k < 0 else past)
        inside = at_me - at_ms <= limit
        k = bisect.bisect_right(posts, ms) - 1 if posts else -1
        if k >= 0 and (k + 1 >= len(posts) or me <= posts[k + 1]):
            post_lo = posts[k]  # the pivot's post: [post_lo, post_hi)
            post_hi = posts[k + 1] if k + 1 < len(posts) else len(n.text) + 1
        else:  # no thread, or the pivot itself spans two posts: no post to keep to
            k = -1
            post_lo, post_hi = 0, len(n.text) + 1
        out: list[tuple[int, int]] = []  # (distance, entry): a Match only for those kept
        for x in range(lo, hi):
            xs = starts[x]
            xe = stops[x]
            d = xs - me if xs - me > ms - xe else ms - xe
            if d < 0:
                d = 0
            if d > window:
                continue
            if (xs < post_lo or xe > post_hi) and not self._answers_old(posts, ask, k, xs, xe):
                continue
            if xs >= ms:
                fits = inside if xe <= me else xe <= right_cap
            elif xe <= me:
                fits = xs > left_cap
            else:  # x holds the pivot
                fits = count(ends, xe) - count(ends, xs) <= limit
            if fits:
                out.append((d, x))
        at = pool.at
        if len(out) < 2:  # mostly none or one: nothing to order
            return [at(x) for _d, x in out]
        out.sort(key=first)
        return [at(x) for _d, x in out]


_PLAIN = "今天天气不错我们去公园散步看见湖边有人钓鱼孩子们在草地上放风筝"


def _filler(k: int) -> str:
    """``k`` everyday characters with no sentence end (commas would be free anyway)."""
    return (_PLAIN * (k // len(_PLAIN) + 1))[:k]


def _edges() -> list[str]:
    """Two parts of CS-001 (window 30) and of a window-20 and a window-3 rule at distances
    around their windows, the certificate before and after the seller's word."""
    out = []
    for k in (0, 1, 2, 3, 4, 11, 12, 13, 15, 16, 17, 19, 20, 21, 24, 25, 26, 29, 30, 31, 32):
        gap = _filler(k)
        out.append(f"电工证{gap}代办")
        out.append(f"代办{gap}焊工证")
        out.append(f"包过{gap}高压电工证，{gap}免考")
    return out


# Written for these tests.
PAGES = [
    # sentence ends between the parts: one is allowed, two are not; a pivot holding one
    "电工证。代办。" + "焊工证。好的。代办。" + "叉车证代。办" + "登高证！！代办？？包过",
    # a thread: the parts in one post, across a question and its answer, across two statements
    "1楼：电工证能代办吗？\n2楼：能，代办包过，三天拿证\n3楼：焊工证呢\n4楼：焊工证也代办\n"
    "5楼：我只是路过\n6楼：代办",
    # overlapping terms: 高压电工证 holds 电工证, 电工 and 工证; 代办证书 holds 代办
    "高压电工证低压电工证代办证书代办代考证免考" * 6 + "，联系我",
    # hundreds of pivots of one term and one partner at the very end
    "电工证" * 250 + "代办",
    # one partner, pivots on both sides of it at growing distances
    "".join(f"电工证{_filler(k)}" for k in range(0, 40, 3))
    + "代办"
    + "".join(f"{_filler(k)}焊工证" for k in range(0, 40, 3)),
    # matches a segmentation cuts: 电工证书 (证书), 工证件, 代办理 (办理), 考试卷, 包过去
    "我有电工证书想代办理一下，工证件，考试卷包过去了，代办证件包过" * 4,
    # more than five combinations of one rule: the search stops at five
    "电工证代办，" * 12 + "焊工证免考包过，" * 8,
]


#: One reference search per detector. A fresh ``_Reference`` works out every rule's own words
#: and its pack's certificate names again (``Combiner._rule_words`` / ``_pack_ends``: normalizing
#: every term of the pack, a second or two of CPU a pack), which is not the code compared here and
#: is a pure function of the lexicon; making one per page was over nine tenths of this file's CPU.
_REFERENCES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _reference_of(det) -> _Reference:  # type: ignore[no-untyped-def]
    """The detector's reference search, made on first use and kept with the detector."""
    ref = _REFERENCES.get(det)
    if ref is None:
        ref = _REFERENCES[det] = _Reference(det.lex, det._seg, det._auto.max_key)
    return ref


@contextmanager
def _reference(det) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The detector with the base's combination search."""
    new = det._combiner
    det._combiner = _reference_of(det)
    try:
        yield
    finally:
        det._combiner = new


def _searches(text: str, packs: tuple[str, ...] | None) -> list[tuple]:
    """Every combination search the detector makes on ``text``: (rule, groups, n, text,
    result)."""
    det = get_detector()
    comb = det._combiner
    calls: list[tuple] = []
    search = comb.combos

    def record(rule, groups, n, text):  # type: ignore[no-untyped-def]
        got = search(rule, groups, n, text)
        calls.append((rule, groups, n, text, got))
        return got

    comb.combos = record
    try:
        det.scan_page(text=text, title="商品详情", packs=packs)
    finally:
        del comb.combos
    return calls


def _packs(name: str) -> tuple[str, ...] | None:
    det = get_detector()
    return {"default": None, "all": det.packs, "certificates": ("certificates",)}[name]


def _same_searches(text: str, packs: str) -> int:
    """Checks the new search against the reference on every search made on ``text``;
    returns how many combinations were found."""
    det = get_detector()
    ref = _reference_of(det)
    found = 0
    for rule, groups, n, t, got in _searches(text, _packs(packs)):
        assert got == ref.combos(rule, groups, n, t), (rule.id, t[:40])
        found += len(got)
    return found


@pytest.mark.parametrize("packs", ["default", "all"])
def test_partners_at_the_windows_edge_either_side(packs: str) -> None:
    pages = _edges()
    found = sum(_same_searches(p, packs) for p in pages)
    # the reference itself pairs the close ones and not the far ones
    det = get_detector()
    ref = _reference_of(det)
    rule = next(r for r in det._window_rules if r.id == "CS-001")
    assert rule.window == 30
    paired = []
    for k in (28, 29, 30, 31, 32):
        text = f"电工证{_filler(k)}代办"
        for _r, groups, n, t, _got in _searches(text, _packs(packs)):
            if _r.id == "CS-001":
                paired.append((k, bool(ref.combos(rule, groups, n, t))))
                break
        else:
            paired.append((k, False))
    assert paired == [(28, True), (29, True), (30, True), (31, False), (32, False)]
    assert found > 0


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("packs", ["default", "all", "certificates"])
def test_every_search_matches_the_reference(page: str, packs: str) -> None:
    found = _same_searches(page, packs)
    assert found > 0  # each page has combinations to find


@pytest.mark.parametrize("page", PAGES[:4] + _edges()[::9])
def test_whole_scans_match_the_reference(page: str) -> None:
    det = get_detector()
    for packs in (None, det.packs):
        new = det.scan_page(text=page, title="商品详情", packs=packs).to_dict()
        with _reference(det):
            old = det.scan_page(text=page, title="商品详情", packs=packs).to_dict()
        assert new == old


def test_at_most_five_combinations_a_rule() -> None:
    calls = _searches(PAGES[-1], None)
    cs = [got for r, _g, _n, _t, got in calls if r.id == "CS-001"]
    assert cs and len(cs[0]) == _MAX_PER_RULE


def test_a_megabyte_without_punctuation() -> None:
    """A hostile page: one line of seller words and everyday characters, no sentence end, no
    comma, about 1 MB; every search equal to the reference's."""
    unit = "电工证代办焊工证免考包过高压电工证" + _filler(23)
    page = unit * (1_000_000 // len(unit.encode()))
    assert len(page.encode()) > 990_000
    assert _same_searches(page, "default") > 0
