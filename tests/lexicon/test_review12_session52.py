"""Session 52, review12: a second reading of round 49's lexicon code (left9, review11, lead).
Sentences written for this file.

- ``stance._TELLS`` drops the writer's 可以肯定地告诉你 before reading the answer, but the
  answer after it may be the seller's own promise (不用考, 免考直接拿证, 包过): the promise is
  the yes, and with a call the question is the seller's hook, as it was before the preamble was
  dropped. A debunk that names the promise (不用考的证都是假的, 免考是骗局) still answers no.
- ``stance._TELLS`` read 可以肯定地告诉你 but not the same preamble written with 的 (可以肯定的告诉你)
  or without its verb (可以肯定的是): a regulator's Q&A in that spelling fired on its hotline.
- ``stance._TEACHER_TAKEN_BACK`` took a teacher's refusal back with 考不过全额退款 but not with
  考试不过全额退款, the same refund on failing.
- ``silence._YES_THEN_DOCS`` lets the lawful way in the same turn (本人, 考试, 培训, 体检) keep
  the buyer's doubt; a seller saying the way is *not* needed (无需本人到场, 不用本人去考试,
  不用参加培训) borrows those words and must not.
- ``silence._YES_THEN_DOCS`` read 能办 / 能做 but not the same yes with its 的 (能办的，资料发我).
- ``silence._YES_THEN_DOCS`` read a school's yes and its call for the learner's papers as a
  sale where the same turn names the course and the assessment (开班, 上课, 实操, 考核): the
  lawful way in a training school's words.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, categories, rule_ids

# --- 1. a promise right after 可以肯定地告诉你 is the seller's yes ---


@pytest.mark.parametrize(
    "text",
    [
        "问：登高证能不考直接拿吗？\n答：可以负责任地告诉你，不用考，加微 dg_7272",
        "问：电焊证能包过吗？\n答：可以肯定地说，包过，加微 dh_6767",
        "问：焊工证能包过吗？\n答：可以明确地告诉你：包过，加v hg_4545",
    ],
)
def test_a_promise_after_the_sure_preamble_answers_the_question(det, text: str) -> None:
    # before the preamble was dropped these fired; dropping it left the promise unread
    assert categories(det, text, DEFAULT)


def test_an_unlabelled_promise_after_the_preamble_keeps_its_skip_rule(det) -> None:
    text = "低压电工证不考试能拿到吗？可以负责任地说，不考试直接出证，私信我"
    assert "CS-005" in rule_ids(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "问：电工证不用考就能拿？\n答：可以肯定地告诉你，不用考的证都是假的，拿不准的可以联系我们，电话12350",
        "问：网上说焊工证免考，能信吗？\n答：可以明确地说，免考是骗局，拿不准的可以联系我们",
        "叉车证包过是真的吗？可以明确地告诉各位，包过的说法不靠谱，有疑问可以联系本局",
    ],
)
def test_a_debunk_naming_the_promise_stays_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)


# --- 2. the lawful way negated is no lawful way ---


@pytest.mark.parametrize(
    "text",
    [
        "顾客：登高证能办吗\n客服：能的，把资料发过来，全程无需本人到场",
        "买家：焊工证能办吗\n客服：可以的，资料发我，实操不用考，也不用上课",
        "买家：电工证能办吗\n客服：可以的，资料发我，不用本人去考试",
        "买家：高压电工证能办吗\n客服：可以的，把资料发我，不需要参加培训",
        "买家：焊工证能办吗\n客服：可以的，资料发给我，本人不用到场，考试也不用去",
    ],
)
def test_a_shop_saying_the_lawful_way_is_not_needed_still_fires(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "买家：电工证能办吗\n客服：可以的，资料发我，不用担心，统一报名参加考试",
        "买家：健康证能办吗\n卖家：可以的 资料发我 体检还是要本人去医院",
        "买家：电工证复审能办吗\n客服：可以的，资料发我，按时参加复审培训就行",
    ],
)
def test_the_lawful_way_itself_stays_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)


# --- 3. a school's course and assessment is the lawful way ---


@pytest.mark.parametrize(
    "text",
    [
        "买家：焊工证能办吗\n客服：可以的，资料发给我，月底开班，理论和实操都要考核",
        "买家：电工证能办吗\n客服：可以的，资料发我，下周一开班，按正规流程参加考核",
        "买家：电工证能办吗\n客服：可以的，资料发我，安排你去考场参加实操考核",
        "学员：登高证能办吗\n客服：能的 照片发我 周末上课 学完统一考核",
    ],
)
def test_a_schools_course_and_assessment_stays_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)


# --- 4. 能办的 is the same yes as 能办 ---


@pytest.mark.parametrize(
    "text",
    [
        "买家：焊工证能办吗\n卖家：能办的，资料发我",
        "顾客：叉车证能办吗\n店主：能办的 把资料发我",
    ],
)
def test_the_yes_with_its_de_takes_the_order_as_well(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, DEFAULT)


def test_the_yes_with_its_de_still_reads_the_lawful_way(det) -> None:
    text = "买家：焊工证能办吗\n卖家：能办的，资料发给我，月底统一报名参加考试"
    assert not categories(det, text, ALL)


# --- 5. the preamble with 的 for 地, or with 的是 ---


@pytest.mark.parametrize(
    "text",
    [
        "问：焊工证交钱就能拿？\n答：可以肯定的告诉你，不可信，有疑问的可以联系我们，电话12350",
        "问：登高证可以不考试拿到吗？\n答：可以肯定的是，这种说法不靠谱，拿不准的可以联系我们",
    ],
)
def test_the_preamble_spelt_with_de_is_still_no_yes(det, text: str) -> None:
    assert not categories(det, text, ALL)


def test_a_sellers_yes_after_the_preamble_spelt_with_de_still_fires(det) -> None:
    text = "问：登高证能不考直接拿吗？\n答：可以明确的告诉你，能拿，私信我 dg_4411"
    assert categories(det, text, DEFAULT)


# --- 6. 考试不过 is the same failing as 考不过 ---


def test_a_refund_on_failing_the_exam_takes_the_teachers_refusal_back(det) -> None:
    text = "学员：登高证能包过吗\n老师：这个保证不了，考试不过全额退费，放心来报名"
    assert "GP-001" in rule_ids(det, text, DEFAULT)


def test_the_exam_named_without_a_refund_keeps_the_refusal(det) -> None:
    text = "学员：登高证能包过吗\n老师：这个保证不了，考试不过是检验，认真复习就行"
    assert not categories(det, text, ALL)
