"""Session 51, review10: a second reading of round 47's lexicon code. Sentences written for this
file.

- A shop's own question-and-answer list (``silence._FAQ_YES_CALL``) reads a yes, not the opening
  of a statement (答：放心地告诉你…, 是的话…), and no negation or word of fraud between the yes
  and the call: an answer that debunks the question and then invites the reader stays a warning.
- A shop's apology before a word that only opens with a yes (抱歉，能力有限; 对不起，能理解您; 不好意思，
  可以理解) is the apology that turns the buyer down (``stance._NOT_A_YES``), not the apology for the
  wait before a yes (``stance._APOLOGY_YES``).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, categories

# --- 1. a debunking answer that ends in a call is no shop's yes ---


@pytest.mark.parametrize(
    "text",
    [
        "问：网上的叉车证免考靠谱吗？答：放心地告诉你，都是假的，可以私信我咨询正规报名。",
        "问：网上的焊工证免考靠谱吗？答：放心说一句，别信，想正规考证找我",
        "问：网上的电工证免考靠谱吗？答：是的话就不会被查了，别信，拿不准联系我",
    ],
)
def test_a_debunking_answer_with_a_call_stays_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "问：焊工证靠谱吗？答：能办，不用考试，私我",
        "问：焊工证免考靠谱吗?答:能办,不用考试,加v hg_2233",
        "問：焊工證免考靠譜嗎？答：可查，私我",
        "问：电工证免考靠谱吗？答：可以的，三天出证，联系我",
    ],
)
def test_a_shops_own_yes_with_a_call_is_still_flagged(det, text: str) -> None:
    assert categories(det, text, ALL)


# --- 2. sympathy after an apology is no yes ---


@pytest.mark.parametrize(
    "text",
    [
        "买家：想要个焊工证，免考那种\n卖家：抱歉，能力有限，我们这边只做正规培训",
        "买家：电工证不用考试直接拿的有吗\n卖家：对不起，能理解您着急，但我们必须按规定让本人考试",
        "买家：焊工证免考直接拿的有吗\n卖家：不好意思，可以理解，但我们只接正规报名",
    ],
)
def test_an_apology_before_sympathy_stays_a_refusal(det, text: str) -> None:
    assert not categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "买家：焊工证免考直接拿的有吗\n卖家：不好意思久等了，能做的哦，我们这边三天出",
        "买家：电工证不用考试直接拿的有吗\n卖家：抱歉刚看到，可以的，资料发我",
    ],
)
def test_an_apology_for_the_wait_before_a_yes_is_still_flagged(det, text: str) -> None:
    assert categories(det, text, ALL)
