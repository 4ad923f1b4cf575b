"""Session 47, helper "everyday": the trade's words in everyday senses with all three packs on --
a product whose own test or inspection fails (检测不过退款, 验货不过退款), a novel's chapter or a
TV plot summary in which someone sits an exam for another, and a whole line spaced out one
character at a time (代 考 虑 一 下) -- and the offers in the same registers that must stay.

Sentences written for this test, not taken from the held-out set (holdout143).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "空气净化器免费试用两周，甲醛检测不过退款，运费我们承担。",
        "二手笔记本电脑，当面验货，验货不过退款，不议价。",
        "工程材料进场前抽样，质检不过退款退货，按合同执行。",
    ],
)
def test_a_product_failing_its_own_test_is_no_pass_promise(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "教资面试 一对一 不过退款 报名加微 jz_7788",
        "电工证培训 考不过全额退款 电话 139 1111 2222",
    ],
)
def test_a_training_refund_still_promises(det, text: str) -> None:
    assert "guarantee_promise" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "剧情简介：男主为了还债，差点答应去替人考试，最后向老师坦白。",
        "这部电视剧里，主人公的同桌被家长逼着找人替考，后来被监考老师发现。",
        "小说第八章，反派找枪手替考，结果在考场门口被认了出来。",
    ],
)
def test_a_story_about_a_stand_in_is_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "看完电视剧觉得替考很离谱？现实里也有，考研替考 本人不用去 价格私聊",
        "这部剧好看，顺便说下，四六级代考 考不过不收钱 Q 5566 7788",
    ],
)
def test_a_stand_in_offered_beside_a_story_is_still_flagged(det, text: str) -> None:
    assert "exam_fraud" in categories(det, text, ALL)


@pytest.mark.parametrize("sep", [" ", "\u200b"])
def test_a_line_spaced_out_keeps_its_words(det, sep: str) -> None:
    quiet = sep.join("这个方案麻烦你代考虑一下，明天答复我。")
    assert not rule_ids(det, quiet, ALL)
    offer = sep.join("有需要代考的留言，我私你")
    assert "EF-111" in rule_ids(det, offer, ALL)
    promise = sep.join("电工证包过 加v dg123")
    assert "guarantee_promise" in categories(det, promise, ALL)
