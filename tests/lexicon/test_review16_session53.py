"""Session 53, review16: a second reading of round 53 (review15) and the lead's last commits.
Sentences written for this file (not from any held-out set or real page).

- ``stance._errand_answered`` ended the answer at any next label, the answer's own side included
  (答：可以\\n答2：…; 客服：…\\n客服2：…): a seller that put its skip and its number under a second
  label of its own borrowed the lawful errand's silence for the rule that named the errand. Only a
  question's label ends the answer now, or an answer's label after a question line.
- ``context._PIVOT`` / ``context._NEXT_ANSWER`` knew only the question's 答： (and 回复：, A：) as the
  answer's label: a shop's own 客服： and a numbered 答1： left the question's 办吗 a buyer's
  question (warning:办吗), and the seller's yes with its skip and its number under it went silent.
- ``stance._ERRAND_STEP_ASKED`` read the 来 of 用来 (what a paper is for) as a step asked, and
  ``stance._ERRAND_WAIVED`` read a soothing 不用担心 as a waiver: a lawful renewal FAQ lost the
  errand's silence.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "问：电工证复审要本人去吗\n答：要的，资料发我先看\n答2：人不用来，微信 abc12345",
        "问：焊工证年审要本人去吗\n答：要的，资料发我先看\n答：人不用来，vx abc12345",
        "问：叉车证换证要本人到场吗\n客服：要的，资料发我\n客服2：人不用来，加v abc12345",
    ],
)
def test_the_sellers_second_label_is_still_its_answer(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # the next entry's question under its own label
        "问：电工证复审需要什么材料\n答：需要身份证和体检表，资料发我先看\n"
        "问：换证要本人去吗\n答：要的，带身份证去考点",
        # the next entry's question unlabelled, on a line of its own that asks
        "问：焊工证换证需要什么材料\n答：需要身份证和原证，资料发我先看\n"
        "复审要本人去吗？\n答：要的，本人带身份证到考点参加复审考试",
    ],
)
def test_the_next_entry_of_a_lawful_faq_still_ends_the_answer(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


def test_a_plain_second_answer_line_stays_silent(det) -> None:
    text = "问：电工证复审需要什么材料\n答：需要身份证和体检表\n答：资料发我先看，按规定参加复审"
    assert not rule_ids(det, text, ALL) - {"ML-FC", "ML-GP", "ML-CS"}


# --- 2. a shop's own label answers the question as 答： does ---


@pytest.mark.parametrize(
    "text",
    [
        "问：叉车证换证能办吗\n客服：可以的，免体检，资料发我，vx abc12345",
        "问：焊工证能办吗\n客服2：能，人不用来，三天出证，加v abc12345",
        "问：登高证能办吗\n答1：可以，免体检，资料发我，微信 abc12345",
    ],
)
def test_a_shops_labelled_yes_turns_from_the_question(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "问：电工证能不考试直接办吗\n客服：不能，必须参加培训考试，咨询电话 0571-88886666",
        "问：叉车证换证能办吗\n客服：可以的，资料发我，按规定带身份证去考点复审",
    ],
)
def test_a_shops_no_or_lawful_answer_stays_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


# --- 3. 用来 asks for no step, 不用担心 waives none ---


@pytest.mark.parametrize(
    "text",
    [
        "问：电工证复审交的照片用来做什么\n答：不用担心，照片只印在新证上，资料发我核对",
        "问：焊工证换证的体检表用来干嘛\n答：不用着急，体检表交给考点存档，资料发我先看",
    ],
)
def test_a_renewal_faq_on_what_a_paper_is_for_stays_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "问：电工证复审要本人来吗\n答：不用，资料发我，三天拿证",
        "问：焊工证换证要再来考点吗\n答：不用，交钱就行，三天拿证",
    ],
)
def test_a_bare_waiver_still_fires(det, text: str) -> None:
    assert categories(det, text, ALL) & {"certificate_sale", "guarantee_promise"}
