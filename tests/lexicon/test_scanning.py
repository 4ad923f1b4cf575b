"""Session 65, scaf1: the shared silence / offer assertions of ``tests/lexicon/scanning.py``.

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- The pack lists (``EVERY_PACK``, ``WITH_SPECIAL``, ``WITH_CERTS``, ``WITH_TRAINING``,
  ``WITH_SPECIAL_OR_CERTS``) run what their names say.
- ``assert_silent`` passes on a regulator's warning in every pack and fails on a seller, naming
  the sentence, the packs, each rule that fired with its category, stance and cues.
- ``assert_sells`` passes by rule id, rule family, category, any of several names, or any rule,
  and fails on the warning, listing the candidates silenced and why.
- The model's ``ML-`` findings: left out of "silent" and "any rule" unless asked for, counted by a
  category as ``categories`` counts them, on a sentence the shipped model alone flags (a test
  pins that it still does, so a retrain that changes it fails there first).
- A misspelt name is refused rather than matching nothing.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.lexicon.scanning import (
    ALL,
    ANY_RULE,
    CERTS,
    DEFAULT,
    EVERY_PACK,
    TRAINING,
    WITH_CERTS,
    WITH_SPECIAL,
    WITH_SPECIAL_OR_CERTS,
    WITH_TRAINING,
    Packs,
    assert_sells,
    assert_silent,
    categories,
    rule_ids_no_model,
)

#: A regulator's warning that quotes the trade: silent in every pack.
_WARNING = "市应急管理局提醒：特种作业操作证须经培训考试取得，凡称免考拿证的都是骗局，举报电话12350"
#: A seller's skip of the exam with a contact: CS-001 by default, CS-201 in the certificates pack.
_SELLER = "电工证不用考试，交钱直接拿证，全国联网可查，加微信 dg_3317"


def test_every_pack_is_the_default_each_pack_alone_and_all_three(det: Any) -> None:
    runs = {det.active_packs(p) for p in EVERY_PACK}
    assert runs == {frozenset(p) for p in (DEFAULT, CERTS, TRAINING, ALL)}
    assert None in EVERY_PACK  # the detector's own default, beside the pack named


@pytest.mark.parametrize(
    ("packs_list", "pack"),
    [(WITH_SPECIAL, "special-ops"), (WITH_CERTS, "certificates"), (WITH_TRAINING, "training-ads")],
)
def test_with_lists_run_their_pack(det: Any, packs_list: list[Packs], pack: str) -> None:
    assert all(pack in det.active_packs(p) for p in packs_list)
    assert ALL in packs_list


def test_with_special_or_certs_is_every_pack_but_training_alone(det: Any) -> None:
    assert [p for p in EVERY_PACK if p != TRAINING] == WITH_SPECIAL_OR_CERTS
    for packs in WITH_SPECIAL_OR_CERTS:
        assert det.active_packs(packs) & {"special-ops", "certificates"}


@pytest.mark.parametrize("packs", EVERY_PACK)
def test_assert_silent_passes_on_a_warning(det: Any, packs: Packs) -> None:
    assert_silent(det, _WARNING, packs)
    assert_silent(det, _WARNING, packs, model=True)


def test_assert_silent_fails_on_a_seller_and_says_what_fired(det: Any) -> None:
    with pytest.raises(AssertionError) as failed:
        assert_silent(det, _SELLER, None)
    message = str(failed.value)
    assert repr(_SELLER) in message
    assert "None (the default: special-ops)" in message
    assert "CS-001 certificate_sale stance=offer" in message
    assert "cues=(" in message


def test_assert_silent_of_names_reads_only_those(det: Any) -> None:
    assert_silent(det, _SELLER, CERTS, of=["CS-001", "FC-", "guarantee_promise"])
    with pytest.raises(AssertionError, match=r"expected none of \['CS-201'\]"):
        assert_silent(det, _SELLER, CERTS, of="CS-201")


@pytest.mark.parametrize(
    ("what", "packs"),
    [
        ("CS-001", None),
        ("CS-", DEFAULT),
        ("certificate_sale", ALL),
        ({"GP-001", "CS-201"}, CERTS),
        (ANY_RULE, ALL),
    ],
)
def test_assert_sells_passes_on_the_seller(det: Any, what: Any, packs: Packs) -> None:
    assert_sells(det, _SELLER, what, packs)


def test_assert_sells_fails_on_the_warning_and_lists_what_was_silenced(det: Any) -> None:
    with pytest.raises(AssertionError) as failed:
        assert_sells(det, _WARNING, {"CS-001", "GP-001"}, ALL)
    message = str(failed.value)
    assert message.startswith("expected CS-001 or GP-001 to fire")
    assert repr(_WARNING) in message
    assert "fired:\n  (nothing)" in message
    assert "\nsilenced:\n  " in message


@pytest.mark.parametrize("name", ["certificate_sales", "CS001", "cs-001", "GP-1", ""])
def test_a_misspelt_name_is_refused(det: Any, name: str) -> None:
    with pytest.raises(ValueError, match="not a rule id"):
        assert_silent(det, _WARNING, DEFAULT, of=name)
    with pytest.raises(ValueError, match="not a rule id"):
        assert_sells(det, _SELLER, name, DEFAULT)


def test_no_names_at_all_is_refused(det: Any) -> None:
    with pytest.raises(ValueError, match="not a rule id"):
        assert_silent(det, _WARNING, DEFAULT, of=[])


#: Flagged by the shipped model alone (ML-CS in every pack, no rule): a seller of "operation
#: booklets" in words no rule anchors. Written for this file; if a retrain ever makes a rule fire on it or the
#: model drop it, the guard below fails loudly so the next sentence is picked, not skipped.
_MODEL_ONLY = "各类操作本子，速度快，价格优，需要的来"


def test_the_model_only_sentence_is_still_model_only(det: Any) -> None:
    found = {f.rule_id for f in det.scan_page(text=_MODEL_ONLY, packs=ALL).findings}
    assert found == {"ML-CS"}, f"pick another model-only sentence: {sorted(found)}"


def test_the_model_alone_is_silent_unless_asked_for(det: Any) -> None:
    assert rule_ids_no_model(det, _MODEL_ONLY) == set()
    assert_silent(det, _MODEL_ONLY)
    with pytest.raises(AssertionError, match=r"no finding.*\n(.*\n)*  ML-CS certificate_sale"):
        assert_silent(det, _MODEL_ONLY, model=True)
    with pytest.raises(AssertionError, match="expected some rule to fire"):
        assert_sells(det, _MODEL_ONLY, ANY_RULE)
    with pytest.raises(AssertionError, match="expected CS- to fire"):
        assert_sells(det, _MODEL_ONLY, "CS-")


def test_a_category_counts_the_model_as_categories_does(det: Any) -> None:
    assert categories(det, _MODEL_ONLY) == {"certificate_sale"}
    assert_sells(det, _MODEL_ONLY, "certificate_sale")
    assert_sells(det, _MODEL_ONLY, "ML-CS")
    with pytest.raises(AssertionError):
        assert_silent(det, _MODEL_ONLY, of="certificate_sale")
