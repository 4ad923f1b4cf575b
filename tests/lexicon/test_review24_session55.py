"""Session 55, review24: a second reading of review22's and review23's stance changes (sentences
written for this file).

- A court or a police account names the number the accused sold through (被告人在微信号 … 上以每本
  N元的价格出售; 李某通过QQ … 以每份N元的价格出售): the number is the deal's instrument in the
  narrative, not the writer's own call, so the narrated price still reads as the report it is
  (``stance._own_call``), and the number is someone else's, no offer cue (``stance._deal_tool``
  in the contact reading); so is the number a reporter reached the seller through (记者通过微信 …
  联系上对方). A seller's own number after its price (…出售，QQ …) or before it with no party
  named (通过微信 … 以每本300元出售) still sells.
- A seller that closes a rumour on 其实不是 and then denies a worse verdict with the verb put off by
  被 or 会 (我们没有被查处过; 不会被处罚) names no worse verdict: the denial is the seller's
  reassurance and the rumour stays refuted (``stance._WORSE_NEXT``). A regulator's verdict named
  next (这是违法行为; 已被查处) still keeps the warning.
- The shop's own clean record told before the sanction word (我们从没被查处过, 本店不会被处罚) is a
  seller's reassurance, not a warning (``silence._SELF_UNSANCTIONED``); a story telling that a
  shop was not punished says so in the third person and stays silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, categories


@pytest.mark.parametrize(
    "text",
    [
        "被告人在微信号 zj_8899 上以每本300元的价格出售伪造的电工证，共计售出四十余本。",
        "经查，李某通过QQ 556677123 以每份150元的价格向考生出售焊工考试答案。",
        "被告人通过微信 abc_1234 以每本300元的价格出售伪造的电工证。",
        "王某在QQ 556677123 上以每份150元的价格向考生出售焊工考试答案。",
        "被告人利用QQ 556677001 以每张400元的价格出售假冒的高处作业证。",
        "张某利用手机号13512345678以每张400元的价格出售假冒的高处作业证。",
        "记者通过微信 kz_8080 联系上对方，对方以每本500元的价格出售电工证。",
    ],
)
def test_the_number_the_accused_sold_through_keeps_the_report(det, text: str) -> None:
    assert categories(det, text, ALL) == set(), text


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("焊工考试答案以每份90元的价格出售，QQ 223344556。", "exam_fraud"),
        ("电工证考试答案以每套100元价格出售，通过QQ 667788990 联系。", "exam_fraud"),
        ("通过微信 dg_5151 以每本300元出售电工证，免考。", "certificate_sale"),
    ],
)
def test_the_sellers_own_number_after_its_price_still_sells(det, text: str, category: str) -> None:
    assert category in categories(det, text, ALL), text


@pytest.mark.parametrize(
    "text",
    [
        "有人说花钱买焊工证是骗局，其实不然。我们没有被查处过，包拿证，vx hg_7788。",
        "说免考拿证是骗人的，其实不是的。我们不会被处罚，内部名额，v：zz_9090。",
        "都说不考试拿电工证是假的，其实不是。从来没被处罚过，内部渠道，微信 dg_3131。",
    ],
)
def test_a_denied_worse_verdict_after_the_refutation_still_sells(det, text: str) -> None:
    assert categories(det, text, ALL) != set(), text


@pytest.mark.parametrize(
    "text",
    [
        "网传免考拿证是真的？其实不是，这是诈骗。",
        "有人说花钱就能买到电工证，其实不是。这是违法行为，购买者也要承担责任。",
        "有人说不考试拿证是骗局，其实不然。这比骗局更严重，多名买证者已被查处。",
        "网上说免考办焊工证是骗人的，其实不是。你会被处罚，证书也会被吊销。",
    ],
)
def test_a_worse_verdict_named_next_keeps_the_warning(det, text: str) -> None:
    assert categories(det, text, ALL) == set(), text


@pytest.mark.parametrize(
    "text",
    [
        "我们从没被查处过，包拿焊工证，vx hg_7788。",
        "本店不会被处罚，电工证内部名额，v：zz_9090。",
        "咱家一直没被查处，免考拿叉车证，微信 cc_2121。",
    ],
)
def test_the_shops_own_clean_record_is_no_warning(det, text: str) -> None:
    assert categories(det, text, ALL) != set(), text


@pytest.mark.parametrize(
    "text",
    [
        "记者调查发现，这家兜售免考电工证的中介至今没有被查处，仍在网上招揽考生。",
        "市场监管局提醒：购买假焊工证的人同样会被处罚，请勿相信免考拿证的广告。",
        "该团伙多次以包拿证为名行骗，此前从未被查处，直到今年三月才被警方抓获。",
    ],
)
def test_a_story_of_a_shop_not_yet_punished_stays_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set(), text
