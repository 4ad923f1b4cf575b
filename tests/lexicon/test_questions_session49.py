"""Session 49, questions: a buyer or a worker asking about the trade, leaving its own number for
the answer, vs a seller's hook question answered by its own call. Sentences written for this file
(not the holdout152 lines).

A question followed by the asker's request to be told (知道的说一声, 有经验的说说, 懂的回一下, 求回复,
在线等) was read as answered when a 有 opened the next clause (有知道的加我微信 … 说一下) and its number
counted as the seller's call. The seller's hooks (想要…吗？加v, 还在为…发愁吗？私我) and the issue's
own reporter's question must keep their verdicts.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "登高证的原题考前一晚会发给我们吗？我微信 dg_4321，知道的说一声",
        "焊工证能不能不考试直接拿到？有知道的加我微信 hg_8080 讲一下",
        "听说考前真的会发答案给你，是吗？我QQ 2039485761，有经验的朋友说说",
        "电工证真的能花钱买到吗？我电话 135 7777 8888，懂的回一下",
        "叉车证考前会有人把题目发给我们吗？我微信 cc_2020 求回复",
    ],
)
def test_an_asker_asking_to_be_told_is_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "还在为焊工证发愁吗？不用考试直接拿证，私我，微信 hg_3131",
        "电工证能不考直接拿吗？能！加我微信 dg_6262",
        "担心考不过叉车证？包过，不过全退，电话 139 1234 5678",
    ],
)
def test_a_sellers_hook_answered_by_its_call_still_fires(det, text: str) -> None:
    assert categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "为什么有机构敢承诺交钱包过？",
        "不考试就能拿登高证？这样的证凭什么让人放心上高空",
        "考前一晚的原题从哪里来？记者调查发现都是骗钱的",
    ],
)
def test_a_reporters_rhetorical_question_is_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "想要叉车证考前一晚的原题吗？私我",
        "想要焊工证考前一天的答案吗？找我们，微信 hg_6363",
        "高压电工证考前一晚的题目想不想要？加v gy_1919",
    ],
)
def test_a_sellers_want_hook_on_the_night_before_papers_fires(det, text: str) -> None:
    assert "EF-128" in rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "谁有登高证考前一晚的答案？我想要，加我微信 dg_1212",
        "想要考前一晚拿到原题吗？派出所提醒：这些都是诈骗",
        "我同学考前一晚拿到了题目，结果和考试一道都不一样",
    ],
)
def test_a_learners_wish_a_buyer_or_a_warning_stays_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


def test_a_learners_own_wish_is_no_want_hook(det) -> None:
    """The learned model still reads the wish as cheating talk (low, for review); the rule must not."""
    assert "EF-128" not in rule_ids(det, "我想要考前一晚把电工证的原题再做一遍", ALL)
