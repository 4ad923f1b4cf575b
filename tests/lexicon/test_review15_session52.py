"""Session 52, review15: a second reading of round 52's lexicon code. Sentences written for this
file (not from any held-out set or real page).

- ``stance._errand_answered`` took a bare 不用 / 不需要 that opens the answer for a plain answer to
  a lawful errand, so a seller who waives the very step the buyer asks about (复审要考试吗 →
  不用，交钱就行) borrowed the errand's silence for the price and the delivery that follow.
- ``stance._errand_answered`` read the answer only to its label's line end, so a bare 可以 / 要的 on
  the label's line and the skip on the line below (人不用来, 免考) went silent.
- the strong report word 退费被拒 / 退款被拒 (reports2) was read when the seller negates it (不过全额退，
  绝无退费被拒): a refund pledge, no learner's story (masked in ``stance_mask``).
- ``stance._errand_answered`` scanned for the question's start from the page's start on every
  candidate (quadratic on a long page); the scan is bounded to the question's reach.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, categories

# --- 1. a bare waiver of the step the question asks about ---


@pytest.mark.parametrize(
    "text",
    [
        "问：电工证复审要考试吗\n答：不用，交钱就行，三天拿证",
        "问：登高证复审要本人去吗\n答：不用，资料发我，三天出证",
        "问：焊工证到期换证要参加培训吗\n答：不需要，交钱就行，一周拿证",
        "问：高处作业证延期要体检吗\n答：不用，资料发我，一周出证",
        "问：叉车证年审需要本人到场吗\n答：不用，资料发我，五天出证",
    ],
)
def test_a_bare_waiver_of_the_asked_step_fires(det, text: str) -> None:
    assert categories(det, text, ALL) & {"certificate_sale", "guarantee_promise"}


@pytest.mark.parametrize(
    "text",
    [
        "问：电工证复审要本人去吗\n答：要的，带身份证去考点",
        "问：焊工证丢了补办要重新考吗\n答：不用，带身份证到原发证机关申请补发",
        "问：电工证复审需要什么材料\n答：需要身份证和体检表，资料发我先看",
    ],
)
def test_a_plain_errand_answer_stays_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "问：焊工证遗失了补发要重新考试吗\n答：不用，有效期内的直接向发证机关申请补发，资料发我核对",
        "问：电工证丢了补办要本人考试吗\n答：不用，补办不考试，带身份证到原发证机关申请",
    ],
)
def test_a_reissue_needs_no_new_exam_and_stays_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


# --- 2. the question's start is read within its reach, whatever stands before it on the page ---

_FILLER = "本站收录各地安全生产培训机构的公开信息，仅供参考。\n" * 200


@pytest.mark.parametrize(
    ("qa", "fires"),
    [
        ("问：电工证复审要考试吗\n答：不用，交钱就行，三天拿证", True),
        ("问：电工证复审需要什么材料\n答：需要身份证和体检表，资料发我先看", False),
        ("问：焊工证丢了补办要重新考吗\n答：不用，带身份证到原发证机关申请补发", False),
    ],
)
def test_an_errand_far_down_a_long_page_reads_as_alone(det, qa: str, fires: bool) -> None:
    alone = bool(categories(det, qa, ALL))
    assert alone is fires
    assert bool(categories(det, _FILLER + qa, ALL)) is fires


# --- 3. the skip on the line below a bare yes ---


@pytest.mark.parametrize(
    "text",
    [
        "问：电工证复审要本人去吗\n答：要的\n资料发我，人不用来，三天出证",
        "问：焊工证到期了能续吗\n答：可以的\n免考，资料发我，五天出证",
        "问：叉车证复审要本人到场吗\n答：要的\n资料发我，本人无需到场，一周出证",
    ],
)
def test_a_skip_on_the_line_below_a_bare_yes_fires(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, ALL)


def test_the_next_question_ends_the_answer(det) -> None:
    text = (
        "问：电工证复审需要什么材料\n答：需要身份证和体检表，资料发我先看\n"
        "问：不用考试的电工证是真的吗\n答：不是，都是骗子，正规证件必须考试"
    )
    assert categories(det, text, ALL) == set()


# --- 4. a refusal the seller says it never had ---


@pytest.mark.parametrize(
    "text",
    [
        "电工证培训包过，不过全额退款，从无退费被拒",
        "焊工证考试保过，没过全退，没有退款被拒的，报名找张老师",
        "高处作业证包过班，零退费被拒，不过退全款",
    ],
)
def test_a_negated_refusal_is_the_sellers_pledge(det, text: str) -> None:
    assert "guarantee_promise" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "学员反映：报了所谓的电工证包过班，结果没通过，申请退费被拒，已经投诉到12315",
        "有读者称焊工证培训机构承诺不过全额退款，考试没过后退款被拒，机构至今未回应",
    ],
)
def test_a_learners_refusal_story_stays_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()
