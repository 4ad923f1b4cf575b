"""Session 51, lead: (1) the shop's apology for the wait before its yes (卖家：不好意思久等了 能的 加v)
does not turn the buyer's 能拿吗 back into a warning (``silence._SHOP_SORRY`` inside
``_CHAT_YES_AFTER``). Left7 taught the stance the same apology (``stance._APOLOGY_YES``); the
silencer still read the buyer's question as a doubt. (2) A teacher's refusal is taken back only by a
tie (我们有关系) or a refund on failing (``stance._TEACHER_TAKEN_BACK``), not by the refusal explained
(跟你自己复习有关系) or a cooling-off refund. Sentences written for this file."""

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


@pytest.mark.parametrize(
    "text",
    [
        # the teacher explains the refusal: the pass depends on the learner, no tie is claimed
        "学员：报你们的班能包过吗\n老师：这个保证不了，能不能过跟你自己复习有关系\n",
        # a cooling-off refund that has nothing to do with failing
        "学员：报你们的班能包过吗\n老师：这个保证不了，开课七天内不满意可以申请退费\n",
        # a refund refused on failing keeps the refusal
        "学员：报你们的班能包过吗\n老师：这个保证不了，考不过也不退费\n",
    ],
)
def test_a_teachers_refusal_explained_or_with_a_lawful_refund_stands(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "学员：报你们的班能包过吗\n老师：这个保证不了，不过我们有关系，放心\n",
        "学员：报你们的班能包过吗\n老师：没办法保证，但考不过全额退款，放心报名\n",
    ],
)
def test_a_teachers_refusal_taken_back_by_a_tie_or_a_refund_on_failing(det, text: str) -> None:
    assert "guarantee_promise" in categories(det, text, ALL)
