"""Session 52, left12: rounds 50-51's leftovers (holdout165 measures them). Sentences written for
this file (not the holdout165 lines).

- A question on a lawful errand for a paper already held (复审, 换证, 补办, 延期, 学历证明:
  ``stance.lawful_errand``) answered on the next line by a label and a plain yes or "要的"
  (答：要的，资料发我先看) is an agency or an office answering that errand: the Q&A's weak
  offer cues (咨询, 要的, 我, 你, 报名) no longer make it a seller (``stance._errand_answered``).
  An answer that skips the exam or the visit (免考直接出, 不用本人去), a question that asks for
  the skip, or an answer with a private number still fires. A shop's label (客服：可以的，资料发我)
  answers the same errand.
- A school's FAQ answering the pass question in its own name (答：本校不保证通过…;
  A：不能。本校不承诺…) denies it (``stance._ANSWER_DENIES``); the seller's yes still fires.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, categories


@pytest.mark.parametrize(
    "text",
    [
        "咨询：熔化焊证复审需要本人到考点吗\n答：要的，资料发我先核对，复审当天本人到场",
        "问：低压电工证换证要交什么\n答：要的有身份证和原证，资料发我帮你预审",
        "咨询：叉车证到期延期复审要考试吗\n答：要的，要参加复审考核，资料发我帮你排期",
        "问：高处作业证补办能帮忙递材料吗\n答：可以，资料发我，补发由发证机关审核",
    ],
)
def test_errand_answered_plainly_is_silent(det, text: str) -> None:
    assert categories(det, text, DEFAULT) == set()
    assert categories(det, text, ALL) == set()


def test_diploma_proof_errand_is_silent_with_all_packs(det) -> None:
    text = "咨询：学位证书遗失了，能出一份学历证明吗\n答：可以，资料发我，由学校出具证明"
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        # the answer skips the exam
        "咨询：电工证复审要考试吗\n答：要的话资料发我，免考直接出新证",
        # the answer skips the visit
        "问：焊工证复审要本人去吗\n答：可以，资料发我，不用本人去，七天出证",
        # the question asks for the skip
        "咨询：登高证到期了不考试能直接换证吗\n答：可以，资料发我",
    ],
)
def test_errand_with_a_skip_still_fires(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, DEFAULT)


def test_errand_answer_with_private_number_still_fires(det) -> None:
    text = "咨询：焊工证丢了补办能办吗\n答：可以，不用考试，资料发我 微信 hg_bu2026"
    assert "certificate_sale" in categories(det, text, DEFAULT)


# --- 2. a school's honest FAQ answering in its own name ---


@pytest.mark.parametrize(
    "text",
    [
        "问：报名以后一定能过吗？\n答：本校不保证通过，成绩看学员自己，开课后不退学费",
        "问：报名后能确保考过吗？\n答：本中心不保证通过，未通过的可以补考一次，补考费自理",
        "问：上完课一定能拿证吗？\n答：我们不承诺通过，考试由考点组织，学费按课时收取",
    ],
)
def test_school_denies_the_pass_in_its_own_name(det, text: str) -> None:
    assert categories(det, text, DEFAULT) == set()
    assert categories(det, text, ALL) == set()


def test_school_promising_the_pass_still_fires(det) -> None:
    text = "问：报名后能确保考过吗？\n答：能，本中心保证通过，考不过全额退费，报名微信 px_2027"
    assert "guarantee_promise" in categories(det, text, DEFAULT)


def test_shop_label_answering_a_lawful_errand_is_silent(det) -> None:
    text = "咨询：电工证遗失了，能补一本吗\n客服：可以的，资料发我，补发由发证机关审核"
    assert categories(det, text, DEFAULT) == set()
    assert categories(det, text, ALL) == set()


def test_shop_label_skipping_the_review_still_fires(det) -> None:
    text = "咨询：学位证书遗失了，能再做一本吗\n客服：可以的，资料发我，不用学校审核，直接出"
    assert categories(det, text, ALL) != set()
