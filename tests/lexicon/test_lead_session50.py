"""Session 50, lead: a buyer's 能拿吗 answered by the shop's plain yes and its call at once
(卖家：可以的 加v …; 客服：能，私我) is the chat's hook, not a warning (``silence._CHAT_YES_AFTER``).
Review8 found the shape (可以的亲 加v fired, 可以的 加v did not). Sentences written for this file."""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, SPECIAL, categories


@pytest.mark.parametrize(
    "text",
    [
        "买家：电工证不考试能拿吗\n卖家：可以的 加v dg_5531\n",
        "买家：焊工证不去考场能拿吗？\n客服：能，私我 hg_7781\n",
        "顾客：登高证不用考试能办吗\n店主：没问题 联系我 wx_24680\n",
    ],
)
def test_a_plain_yes_with_the_shops_call_answers_the_buyer(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, SPECIAL)
    assert "certificate_sale" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # a refusal is no yes, whatever number follows
        "买家：电工证不考试能拿吗\n卖家：不可以的 必须考试 加v 报名\n",
        # a reporter's transcript stays a report
        "记者以买家身份暗访。买家：电工证不考试能拿吗\n卖家：可以的 加v dg_5531\n记者随后报警，警方提醒这是诈骗。\n",
        # the buyer asking, with no answer at all
        "买家：电工证不考试能拿吗？有知道的告诉一声\n",
    ],
)
def test_refusals_reports_and_lone_questions_stay_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()
