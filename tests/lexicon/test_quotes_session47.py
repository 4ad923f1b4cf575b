"""Session 47, helper "quotes" (round 38): the seller's own words lifted out of a report or a
judgment as one short clause, no frame and no contact (耳机里会有人报答案, 我手里有原题, 题我们提前
拿得到, 我给你重新弄一本, 录取的事你就别管了), against the same words in a victim's, a reporter's,
a regulator's, a tutor's and a court's clause.

Sentences written for this test, not taken from the held-out set (holdout144).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, rule_ids


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # answers read into the earpiece while the exam runs
        ("低压电工考试那天你别紧张，耳机里会有人念答案", {"EF-109"}),
        ("耳麦里有人报答案，你只管往上填", {"EF-109"}),
        # answers relayed by question number
        ("到了考场你看表，我们这边按题号报给你", {"EF-109"}),
        # the paper in the seller's hands
        ("建造师那套题我这有原题，考前给你", {"EF-109"}),
        ("教资笔试的卷子我们都能提前拿得到", {"EF-109"}),
        # the paper made again, the buyer who need not come
        ("驾驶证吊销了也不怕，我这边帮你重新弄，三个礼拜", {"CS-201"}),
        ("叉车证你人不用到，照片发过来就行", {"CS-201"}),
        # the admission taken off the parent's hands
        ("钱到位了，孩子录取的事包在我身上", {"GP-102"}),
    ],
)
def test_a_lifted_seller_clause_is_found(det, text: str, expected: set[str]) -> None:
    assert rule_ids(det, text, ALL) & expected


@pytest.mark.parametrize(
    "text",
    [
        # a tutor sends lessons by question number
        "老师会按题号给你传解析，错题自己再做一遍",
        # a victim, a reporter, a warning and a court quote the same words
        "他说耳机里会有人报答案，我交了钱，考试时耳机里一点声音都没有",
        "记者暗访发现，对方自称手里有原题，要价五千元",
        "凡是说手上有原题的都是骗子，考试题目考前严格保密",
        "法院审理查明，被告人谎称题我们提前拿得到，骗取考生钱财",
        # the lawful answer to a lost or cancelled licence
        "驾驶证扣满分的，要去车管所参加学习考试，谁也不能给你重新弄一本",
        # a parent asking, a school's notice
        "交了钱以后录取的事你就别管了？这种话能信吗",
        "录取结果以招生部门公布为准，请考生耐心等待，不要轻信中介",
    ],
)
def test_the_same_words_in_a_report_stay_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)
