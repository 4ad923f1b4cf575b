"""Advertorials (session 34, advert, holdout63): a paid ad written as local news (据了解, 记者…获悉,
小编了解到 …) whose own words call the reader to the seller (有意者可拨打, 详询, 报名地址, 预约试听,
扫码了解) with no enforcement, victim or warning near: the call outweighs the news hook. The news,
warnings and court findings that quote such ads with the same number or address stay reports.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from lexicon.stance import _AD_CALL, _AD_HOOK, _AD_NEG
from tests.lexicon.scanning import ALL, TRAINING, categories


@pytest.mark.parametrize(
    "text",
    [
        "据了解，该校今年二建协议班不过全额退费，有意者可拨打 158 6630 2217 咨询。",
        "小编获悉，这家机构一建协议班不过退款，预约试听请拨 137 0091 2265。",
        "据悉，这家机构教资面试班包过，考不过免费重读，详询 0512-6677 3190。",
    ],
)
def test_an_advertorial_pass_guarantee_is_an_offer(det, text: str) -> None:
    assert "guarantee_promise" in categories(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "据了解，该中心电工证不用考试直接发证，有意者可拨打 136 2218 0093。",
        "小编了解到，本地一家机构焊工证不用考也能拿，详询 139 5521 7700。",
    ],
)
def test_an_advertorial_certificate_without_exam_is_an_offer(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # the reporter called the ad's number: the news tells what the seller said
        "记者按广告上的电话联系对方，对方称二建协议班不过全额退费，有意者可拨打。",
        # a warning naming the ad's words and its call
        "市场监管局提醒：凡称“电工证不用考试直接发证，有意者可拨打”的广告均属虚假。",
        # a court finding
        "法院查明，被告人发布“焊工证不用考也能拿，详询138…”的广告，骗取学费。",
        # a victim's story
        "据了解，有学员按咨询热线报名，交钱后对方失联，已向警方报案，该校电工证包过的说法不实。",
    ],
)
def test_news_warnings_and_findings_quoting_the_call_are_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)


def test_the_cue_sets_do_not_overlap() -> None:
    # a call is never a hook word and no enforcement word reads as a call or a hook
    for word in ("有意者", "详询", "报名地址", "预约试听", "扫码了解"):
        assert _AD_CALL.search(word) and not _AD_HOOK.fullmatch(word) and not _AD_NEG.search(word)
    for word in ("警方", "涉嫌", "提醒", "广告上", "被骗"):
        assert _AD_NEG.search(word) and not _AD_CALL.search(word) and not _AD_HOOK.fullmatch(word)
