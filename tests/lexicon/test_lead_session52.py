"""Lead, session 52: (1) second read of round 50 — a verdict on the rivals' claims lends the next
clause the writer's voice only where that clause pitches, not where it only says where to ask;
(2) review14's leftover — an answer that calls the promise 不可当真 debunks it. Sentences written
for this file."""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, SPECIAL, categories, rule_ids_no_model


@pytest.mark.parametrize(
    "text",
    [
        "网上那些免考的说法都是骗局，电工证要正规考试，有疑问加微信咨询",
        "网上那些免考的说法都是骗局，证要自己考，想了解流程的私信我",
        "外面那些包过的广告都是假的，焊工证得老老实实学，不懂的加我微信问",
        "市面上那些代办的都是骗子，登高证还是要上课，课程安排私聊",
    ],
)
def test_a_rivals_verdict_then_where_to_ask_stays_silent(det, text: str) -> None:
    # no rule fires on any pack (a model-only ML finding would be a reviewer's low-severity lead)
    assert rule_ids_no_model(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "网上那些免考的说法都是骗局，焊工证系统可查 不用考 加v hg_3030",
        "外面那些代办的全是骗子，登高证十天下证 私聊",
        "市面上那些包过的宣传都是假的，叉车证不用到场 加微 cc_4141",
    ],
)
def test_a_rivals_verdict_then_a_pitch_still_fires(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, SPECIAL)
    assert "certificate_sale" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "问：叉车证能不能保过？\n答：保过这种宣传不可当真，报名请到本校教务处",
        "问：焊工证报班能包过吗？答：包过的说法不能当真，考试要靠自己复习，咨询0571-86001234",
        "问：登高证能保过吗 答：这类保过的广告切勿当真，按时参加培训和考试",
    ],
)
def test_an_answer_that_calls_the_promise_not_to_be_taken_at_its_word(det, text: str) -> None:
    assert rule_ids_no_model(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "电工证 网上说的包过不可当真，我们这里电工证包过是真的 加v gg_5678",
        "叉车证包过 一次不过全额退 加v cc_2468 （别家的话不可当真）",
    ],
)
def test_a_seller_who_calls_the_rivals_not_to_be_taken_still_fires(det, text: str) -> None:
    assert "guarantee_promise" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "买家：登高证丢了补办需要重新考吗\n答：不需要重新考，证在有效期内就能补，资料发我看看\n",
        "买家：焊工证遗失了，补发要本人去吗\n客服：要的，资料发我，到时候本人去窗口签字\n",
    ],
)
def test_a_labelled_buyer_asking_for_a_reissue_is_a_lawful_errand(det, text: str) -> None:
    # the 买家 label is no buyer asking to buy (买): the errand's plain answer stays silent
    assert rule_ids_no_model(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "买家：登高证丢了能直接买一本吗\n卖家：可以的，资料发我，三天寄到\n",
        "买家：焊工证丢了补办要重新考吗\n答：不用考，资料发我，五天出证 加v hg_2020\n",
    ],
)
def test_a_labelled_buyer_asking_to_buy_or_a_skip_still_fires(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, ALL)
