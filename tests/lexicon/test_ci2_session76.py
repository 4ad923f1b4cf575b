"""Session 76, helper ci2: what the lexicon tests' cheaper reads rest on.

``tests/lexicon/lexicon_once.py`` parses the shipped lexicon once per process and hands each caller
a deep copy, where twenty-two places in the lexicon tests parsed it anew. That is sound only if a
copy is what a fresh ``load_lexicon()`` would have returned, and if no caller can reach another
caller's copy through a shared list, dict or term set: both are pinned here. (A detector built on
a changed copy is what ``test_engine1_session69.py`` and ``test_engine3_session71.py`` scan with;
no detector is built here: one costs some 15 CPU seconds.)

No sentence is scanned here.
"""

from __future__ import annotations

from lexicon.rules import TermSet, load_lexicon
from tests.lexicon.lexicon_once import fresh_lexicon


def test_a_copy_is_what_a_fresh_load_returns() -> None:
    lex, loaded = fresh_lexicon(), load_lexicon()
    assert lex == loaded
    assert lex.version == loaded.version
    assert [r.id for r in lex.rules] == [r.id for r in loaded.rules]
    assert list(lex.sets) == list(loaded.sets)
    assert lex.files == loaded.files and lex.precedence == loaded.precedence


def test_a_caller_changing_its_copy_changes_nobody_elses() -> None:
    first, second = fresh_lexicon(), fresh_lexicon()
    assert first is not second
    assert first.rules is not second.rules and first.sets is not second.sets
    assert first.law is not second.law and first.anchors is not second.anchors
    name = next(iter(first.sets))
    assert first.sets[name] is not second.sets[name]
    rule = first.rules[0]
    assert rule is not second.rules[0] and rule.params is not second.rules[0].params
    # a test that changes what it got in place
    first.rules.clear()
    first.sets["zz_ci2_extra"] = TermSet(name="zz_ci2_extra", description="t", terms=("电工",))
    first.law.clear()
    third = fresh_lexicon()
    assert third == load_lexicon()
    assert "zz_ci2_extra" not in third.sets and third.rules and third.law
