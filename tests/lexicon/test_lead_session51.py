"""Session 51, lead: the shop's apology for the wait before its yes (卖家：不好意思久等了 能的 加v)
does not turn the buyer's 能拿吗 back into a warning (``silence._SHOP_SORRY`` inside
``_CHAT_YES_AFTER``). Left7 taught the stance the same apology (``stance._APOLOGY_YES``); the
silencer still read the buyer's question as a doubt. Sentences written for this file."""

from __future__ import annotations

import pytest

from lexicon.silence import _CHAT_YES_AFTER
from tests.lexicon.scanning import ALL, SPECIAL, categories


@pytest.mark.parametrize(
    "text",
    [
        "买家：电工证不考试能拿吗\n卖家：不好意思久等了 可以的 加v dg_5531\n",
        "买家：焊工证不去考场能拿吗？\n客服：抱歉刚看到，能，私我 hg_7781\n",
        "顾客：登高证不用考试能办吗\n店主：对不起回复晚了 没问题 联系我 wx_24680\n",
    ],
)
def test_an_apology_then_the_shops_yes_and_call_answers_the_buyer(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, SPECIAL)
    assert "certificate_sale" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # the apology that turns the buyer down
        "买家：电工证不考试能拿吗\n卖家：不好意思 不能 必须本人考试 报名加v dg_5531\n",
        # a yes with a condition that refuses the skip
        "买家：焊工证不去考场能拿吗？\n客服：抱歉久等了，可以报名，但必须本人参加考试\n",
        # a reporter's transcript with the same apology stays a report
        "记者以买家身份暗访。买家：电工证不考试能拿吗\n卖家：不好意思久等了 可以的 加v dg_5531\n"
        "记者随后报警，警方提醒这是诈骗。\n",
    ],
)
def test_apologising_refusals_and_reports_stay_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    ("after", "matches"),
    [
        ("卖家不好意思久等了能的加v", True),
        ("客服抱歉刚看到可以不用考直接出", True),
        ("卖家对不起能的哦", True),
        ("卖家不好意思不能", False),
        ("卖家不好意思没有", False),
        ("卖家抱歉久等了可以但要考试不能直接出", False),
    ],
)
def test_the_pattern_reads_the_apology_only_before_a_yes(after: str, matches: bool) -> None:
    assert (_CHAT_YES_AFTER.match(after) is not None) is matches
