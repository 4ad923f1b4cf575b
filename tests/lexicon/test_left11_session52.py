"""Session 52, left11: rounds 49-50's leftovers (holdout164 measures them). Sentences written for
this file (not the holdout164 lines).

- A shop's yes and "资料发我" to a buyer who asks for a lawful errand on a paper (学历认证, 复审,
  延期, 换证, 补办, 到期续办: ``stance.lawful_errand``) takes the order for that errand, not a
  sale: the yes no longer lifts the question's doubt (``silence._CHAT_YES_DOCS``) nor counts as
  the shop's answered yes (``stance._shop_turn``); a question or an answer that skips the lawful
  way still fires. CS-201 also excuses an agency booking the holder's own health check.
- A seller dressed as a reporter (记者调查发现…不用考也能拿，联系微信 <id>) is an advertorial
  (``stance._COSTUME_CALL``); news with 调查发现 and no private call, or with a warning, stays
  silent.
- An A-not-A question answered by the promise and a call (能不能包过？百分百包过，加微 …) or after a
  statement's opener (可以郑重地告诉大家：能拿) is no negation (``context._PROMISE_ANSWER``,
  ``context._TELL_OPENER``); the same opener before 不能 still denies.
- A buyer who tells what a seller said and that they held back (…我没敢付钱) tells a story
  (``terms/stance_narrative.yaml``).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, categories

# --- 1. the lawful errand the shop says yes to ---


@pytest.mark.parametrize(
    "text",
    [
        "问：学位认证报告你们能办吗\n客服：可以的，资料发我",
        "买家：焊工证快到期了，复审能办吗\n客服：可以的，资料发我",
        "顾客：叉车证要换新证了，换证能办吗\n客服：可以的 资料发给我",
        "问：高处作业证延期能办吗\n客服：可以的，材料发我，帮您在网上提交",
        "顾客：健康证快过期了能续吗\n客服：可以，照片发我，帮您约医院做体检",
        "问：电工证证书变更能办吗\n客服：可以的，资料发我",
        "买家：叉车证丢了补办能办吗\n客服：可以的，资料发我",
        "买家：焊工证换证能办吗\n客服：可以的，资料发我",
    ],
)
def test_a_yes_to_a_lawful_errand_stays_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "买家：焊工证复审不用去能办吗\n客服：可以的，资料发我",
        "买家：电工证到期了能办吗\n卖家：可以的 资料发我 不用考直接出",
        "买家：叉车证不考试能办吗\n客服：可以的，资料发我",
    ],
)
def test_a_yes_that_skips_the_lawful_way_still_fires(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, ALL)


# --- 2. the reporter's costume ---


@pytest.mark.parametrize(
    "text",
    [
        "记者调查发现，电工证不用考也能拿到，联系微信 dgz_4471，五天下证",
        "小编调查发现，高处作业证无需考试也能办，需要的加v gc_20261，一周出证",
        "记者调查发现，叉车证不去考场也能拿，扣扣 2231 5567 联系，十天出证",
        "记者调查发现，登高证交钱就能拿，不用考，想办的联系我",
    ],
)
def test_a_seller_dressed_as_a_reporter_fires(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "记者调查发现，一些网店宣称电工证不用考也能拿，市应急管理局提醒：操作证须经考试合格取得。",
        "记者调查发现，这类卖家让人加微信，说焊工证不用考，收款后就拉黑了。",
        "调查发现，部分焊工的操作证是网上买的，企业已被责令整改。",
    ],
)
def test_news_with_an_investigation_stays_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


# --- 3. the A-not-A question answered yes ---


@pytest.mark.parametrize(
    "text",
    [
        "电工证能不能包过？百分之百包过，私我",
        "问：焊工证能不能不考直接拿？\n答：可以负责任地告诉你：能，加v hg_5521，七天到手",
    ],
)
def test_an_a_not_a_question_answered_yes_fires(det, text: str) -> None:
    assert categories(det, text, DEFAULT) & {"certificate_sale", "guarantee_promise"}


@pytest.mark.parametrize(
    "text",
    [
        "问：叉车证能不能不考直接拿？\n答：可以郑重地告诉你：不能，必须本人参加考试。",
        "焊工证能不能包过？包过都是骗人的，千万别信",
        "问：电工证能不能包过？\n答：不能，考试由考核机构组织，谁也保证不了。",
    ],
)
def test_an_a_not_a_question_answered_no_stays_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


# --- 4. the buyer who held back ---


@pytest.mark.parametrize(
    "text",
    [
        "网友：有个卖家跟我说叉车证一千五不用考就能拿，我没敢付钱",
        "网友：之前有个卖证的跟我说电工证一千一不用考就能拿到，我没敢付钱",
        "评论：昨天有个店主跟我说焊工证一千不用考就能拿，我没敢付款",
        "有人跟我讲电工证九百免考，我不敢买，先问问大家",
    ],
)
def test_a_buyer_who_held_back_stays_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


def test_a_seller_who_names_the_buyers_fear_still_fires(det) -> None:
    text = "焊工证一千二不用考 之前不敢买的朋友放心 加v hg_1212"
    assert "certificate_sale" in categories(det, text, DEFAULT)
