"""Session 51, review9: a second reading of round 46's lexicon code. Sentences written for this
file.

- ``silence._CHAT_YES_AFTER`` read a seller's plain yes as vouching for the paper when the
  vouching word came refused within its six characters (卖家：能 但要考试 不能直接出; 可以 但不是免考;
  有 但网上不能查): a school's conditional yes unmade the buyer's 不考试能拿吗 as a warning.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, SPECIAL, categories

# --- silence._CHAT_YES_AFTER: a yes whose vouching word is refused vouches for nothing ---


@pytest.mark.parametrize(
    "text",
    [
        "买家：电工证不考试能拿吗\n卖家：能 但要考试 不能直接出 报名加v px_2233",
        "买家：电工证不考试能拿吗\n卖家：可以 但不是免考 要来上课 报名电话 0571-8812 3344",
        "买家：电工证不考试能办吗\n卖家：有 但网上不能查 别信 咨询加v px_2233",
        "买家：焊工证不考试能办吗\n卖家：可以 但必须考试 不包过 报名加v px_2233",
    ],
)
def test_a_yes_that_refuses_the_vouching_word_leaves_the_question_a_doubt(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    ("said", "vouches"),
    [
        ("卖家能出系统可查", True),
        ("卖家可以不用考直接出", True),
        ("店家有的官网能查", True),
        ("卖家能但要考试不能直接出", False),
        ("卖家可以但不是免考", False),
        ("卖家有但网上不能查", False),
        ("卖家能考过才能直接拿", False),
        ("卖家可以必须考试不包过", False),
        ("卖家不行不用考的都是假的", False),
        # the buyer's next line is not the seller's vouching
        ("卖家能。买家可查吗", False),
    ],
)
def test_the_plain_yes_pattern_reads_what_its_comment_says(said: str, vouches: bool) -> None:
    from lexicon.silence import _CHAT_YES_AFTER

    assert (_CHAT_YES_AFTER.match("。" + said) is not None) is vouches


@pytest.mark.parametrize(
    "text",
    [
        "买家：电工证不考试能拿吗\n卖家：能 出 系统可查 加v dg_4410",
        "顾客：焊工证不用考试能办吗\n店家：可以 不用考 直接出 微信 hg_90817",
        "买家：高处作业证不考能拿吗\n卖家：有 官网能查 加v gc_3390",
    ],
)
def test_a_yes_that_vouches_for_the_paper_still_answers_the_buyer(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, SPECIAL)
