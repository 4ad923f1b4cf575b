"""Session 46, helper "headlines": news headlines, lead lines and a reader's question that quote
the seller's words with no "news" inside the line -- a question answered in the same line by the
report (…？黑幕背后…产业链, …？记者暗访…), a reader asking the crowd whether anyone bought it
(网上说…，真的假的？有人买过吗) -- and the 标题党 ads that look like them: an exposure heading with a
few words before its colon (曝光一个内部渠道：…), a hook question answered by a teaser and the
seller's call (…？答案就在这里 包过 私信我).

Sentences written for this test, not taken from the held-out set (holdout134).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "六百块免考拿登高证？黑幕背后是一条假证产业链",
        "叉车证一本五百 不用考试？记者暗访办证中介",
        "焊工证七百一本不用去考，真的假的？有人买过吗",
        "网上说制冷证不用考也能拿，有没有人办过？",
        "免考焊工证一本七百 谁在买？",
        "不用考试就能拿证？这种登高证千万别碰",
    ],
)
def test_a_headline_question_answered_by_the_report_is_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "为什么别人五天就拿到电工证？答案就在这里 包过 私信我",
        "揭秘：为什么别人五天就能拿到焊工证？答案就在这里 包过 私信我",
    ],
)
def test_a_hook_answered_by_a_teaser_and_a_call_still_promises(det, text: str) -> None:
    assert "guarantee_promise" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "曝光一个内部渠道：登高证不考试直接出证 官网能查 要的滴滴我",
        "揭秘一个好方法：焊工证免考直接拿 私信我",
    ],
)
def test_an_exposure_heading_worn_over_a_pitch_still_sells(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "焊工证不用考？找我们，三天出证 微信 hg_3399",
        "电工证能免考吗？能，八百一本 加V dg_8080",
    ],
)
def test_a_seller_answering_its_own_question_still_sells(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, ALL)


def test_a_teaser_without_a_call_is_no_answer(det) -> None:
    assert not rule_ids(det, "电工证为什么不能花钱买？答案就在这里：考培分离，一律考试取得", ALL)


def test_a_seller_disowning_the_warning_still_sells(det) -> None:
    text = "网上骗子多 千万别碰假证 我们这边正规渠道 电工证免考 加V dg_5151"
    assert "certificate_sale" in categories(det, text, ALL)
