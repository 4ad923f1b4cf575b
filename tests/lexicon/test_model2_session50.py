"""Round 45 (model2): the learned scorer retrained on the older own-words sets.

Sentences here are written for this test, apart from every held-out set: they check the class
of behaviour the larger training set changed (an errand's list of documents to bring is not a
certificate for sale), that rule-less offers still surface, and that the shipped model is the
one ``adsweep lexicon train`` makes from today's ``DEFAULT_PROJECT``.
"""

from __future__ import annotations

import json

import pytest

from lexicon.model import MODEL_PATH
from lexicon.training import DEFAULT_PROJECT, FALSE_ALARM_BUDGET, TRAINED_UP_TO
from tests.lexicon.scanning import ALL, rule_ids

#: A passport or permit errand lists the papers the applicant brings and a desk's number: the
#: model trained on three held-out sets read 身份证 + 户口本 + a phone number as a sale (ML-CS).
ERRANDS = [
    "办护照需要本人带身份证和户口本到出入境窗口，咨询电话 0755-1234 5678",
    "办理港澳通行证请携带身份证原件和户口本，到出入境大厅取号，电话 020-8765 4321",
    "补办身份证需带户口本到派出所户籍窗口，工作日办理，电话 010-6655 4433",
]

#: A seller's pitch no window rule covers: the model is its only reader.
RULELESS_OFFER = "低压电工证 人不用到 下个月官网就能查 需要的找我"


@pytest.mark.parametrize("text", ERRANDS)
def test_an_errands_list_of_papers_to_bring_is_not_a_sale(det, text: str) -> None:
    assert rule_ids(det, text, ALL) == set()


def test_an_offer_no_rule_matches_still_surfaces_through_the_model(det) -> None:
    assert rule_ids(det, RULELESS_OFFER, ALL) == {"ML-CS"}


def test_the_shipped_model_is_trained_on_todays_default_project() -> None:
    """A change of ``DEFAULT_PROJECT`` without a retrain would leave figures marked trained-on
    that the model never saw (or the reverse)."""
    data = json.loads(MODEL_PATH.read_text("utf-8"))
    own = {s["file"] for s in data["trained_on"] if s["part"] == "all"}
    assert own == {f"{n}.jsonl" for n in DEFAULT_PROJECT}
    assert f"holdout{TRAINED_UP_TO}.jsonl" in own
    assert f"holdout{TRAINED_UP_TO + 1}.jsonl" not in own


def test_the_threshold_stays_off_its_floor() -> None:
    """With eight times the negatives, 1.8 % of them let the threshold fall to the 0.5 floor;
    the budget is a share of all negatives, so it must shrink as the vetoed share grows."""
    data = json.loads(MODEL_PATH.read_text("utf-8"))
    assert data["threshold"] > 0.5
    oof = data["figures"]["out_of_fold"]
    surfaced = round(oof["negatives"] * (1 - oof["specificity"]))
    assert surfaced <= oof["negatives"] * FALSE_ALARM_BUDGET + 1
