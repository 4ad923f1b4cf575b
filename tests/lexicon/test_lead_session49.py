"""Session 49, lead: the detector's build and first scans read word relations through
substrings instead of pairwise; each fast reading must give the sets its definition gives.

The definitions are written out here in their pairwise form (what the docstrings say) and
compared on the whole lexicon, so a later change of either side shows as a difference.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from lexicon.automata import _covered_anchors, _inside, _key
from lexicon.normalize import normalize_term
from lexicon.silence import OtherPapers
from tests.lexicon.scanning import ALL, rule_ids


def _covered_pairwise(model: dict[str, set[str]]) -> set[str]:
    covered: set[str] = set()
    kept: list[str] = []
    for key in sorted((k for k in model if k), key=len):
        if any(model[key] <= model[inner] and _inside(inner, key) for inner in kept):
            covered.add(key)
        else:
            kept.append(key)
    return covered


def test_covered_anchors_are_those_of_the_pairwise_definition(det) -> None:
    model: dict[str, set[str]] = defaultdict(set)
    for pack, terms in det.lex.anchors.items():
        for term in terms:
            model[_key(term)].add(pack)
    got = _covered_anchors(model)
    assert got == _covered_pairwise(model)
    assert got  # the lexicon has such words (操作证 holds 证): the check is not vacuous


def test_covered_anchor_needs_the_same_packs_and_a_latin_boundary() -> None:
    model = {
        "证": {"a"},
        "电工证": {"a"},
        "焊工证": {"a", "b"},
        "v": {"a"},
        "vx": {"a"},
        "加v": {"a"},
    }
    got = _covered_anchors(model)
    assert got == _covered_pairwise(model) == {"电工证", "加v"}


def _kin_pairwise(det, rule, own: frozenset[str]) -> frozenset[str]:
    singles = {t for t in own if len(t) == 1}
    kin: set[str] = set()
    for r in det.lex.rules:
        if r.pack != rule.pack or not singles:
            continue
        for ts in r.groups.values():
            names = {normalize_term(t) for t in ts}
            for c in singles & names:
                kin.update(t for t in names if len(t) > 1 and t.endswith(c))
    return frozenset(kin)


def test_kin_names_per_pack_are_those_of_every_rule_read_pairwise(det) -> None:
    combiner = det._combiner
    checked = 0
    for rule in det.lex.rules:
        own = frozenset(normalize_term(t) for ts in rule.groups.values() for t in ts)
        want = _kin_pairwise(det, rule, own)
        assert combiner._kin_names(rule, own) == want, rule.id
        checked += bool(want)
    assert checked  # some rule has names ending in its one-character term


def test_other_papers_are_those_of_the_pairwise_definition(det) -> None:
    lex = det.lex
    built = 0
    for rule in lex.rules:
        like = rule.params.get("paper_like")
        base = next((r.params for r in lex.rules if r.id == like), None) if like else None
        if base is None and not rule.params.get("paper_other"):
            continue
        papers = OtherPapers(lex, rule.params, base)
        src = base if base is not None else rule.params

        def words(key: str, p: dict = src) -> set[str]:
            return {
                normalize_term(t)
                for x in p.get(key) or ()
                if x in lex.sets
                for t in lex.sets[x].terms
            } - {""}

        own = words("paper_own")
        ends = tuple(src.get("paper_exam_ends") or ()) + tuple(
            rule.params.get("paper_exam_ends_more") or () if base is not None else ()
        )
        drop = own | words("paper_context") | words("paper_unnamed")
        named = {t for t in words("paper_exam") if ends and t.endswith(ends)}
        cands = {t for t in words("paper_other") | named if t not in drop}
        # (issue 9, session 70, scope5) a paper an own name holds whole but that names another
        # issuer's alone (paper_own_apart: 驾驶证 of 堆高机驾驶证) stays another paper
        apart = words("paper_own_apart")
        assert papers.other == {
            t for t in cands if not any((t in o and t not in apart) or o in t for o in own)
        }
        built += 1
    assert built


# Merging round 41: left2's office counter words (旧证到窗口) and review4's breaker for an office's
# wording worn beside a private contact meet in CS-001; the counter words take the breaker too.


@pytest.mark.parametrize(
    "text",
    [
        "电工证到期换证 不用考 带旧证到窗口就行 13912345678",
        "焊工证复审 不用考 拿原证到窗口 微信 hg5566",
    ],
)
def test_office_counter_words_beside_a_private_contact_sell(det, text: str) -> None:
    assert "CS-001" in rule_ids(det, text, ALL)


def test_office_counter_words_with_a_landline_stay_silent(det) -> None:
    text = "高处作业证复审无需考试，请持原证到窗口办理，咨询电话 0531-86012345"
    assert not rule_ids(det, text, ALL)


# Round 43's asker who asks to be told (questions) must not hand the seller its words: a seller's
# yes or call after its own hook, followed by 在线等 or 求回复, still answers the hook.


@pytest.mark.parametrize(
    "text",
    [
        "电工证不用考能拿到吗？能！加v dg8866 在线等",
        "焊工证不去考试也能拿证吗？当然可以，私我 13912345678 老师在线等你",
        "焊工证不去考试也能拿证吗？可以，加微信 hg6677，求回复的朋友请直接私聊",
    ],
)
def test_seller_answering_its_hook_keeps_its_words(det, text: str) -> None:
    assert "CS-001" in rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "考试题目考前一晚会发给我们吗？我微信 wx5566，知道的说一声",
        "电工证真的能不考就拿到吗？有知道的加我微信 abc123 说一下",
    ],
)
def test_asker_asking_to_be_told_stays_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)
