"""Reporting, warning and judging text with all packs on, and offers that wear its clothes
(issue 9, tenth shift, quality10r). Every example is in the project's own words.

A report that lists the seller's words one by one in quotation marks must stay silent; an ad
that quotes its own hooks, or opens like news or a warning and ends with a contact, must fire.
"""

from __future__ import annotations

import pytest

ALL = ["special-ops", "training-ads", "certificates"]


@pytest.mark.parametrize(
    "text",
    [
        "他刷到一条视频，“保真”“包查验”“价格从优”，说可以花钱办证。",
        "表姐刷到一个账号，“保真”“可查”“价格好商量”，说花钱办证很快，她没理。",
        "有人在评论区刷“包过”“不过退费”“名额有限”，说报了就能拿电工证，我没理。",
        "看到那个帖子写着“保真”“包查验”，他就花钱办了一张学位证，结果单位一查是假的。",
    ],
)
def test_a_report_listing_the_sellers_words_in_quotes_stays_silent(det, text: str) -> None:
    """Offer cues inside quotations the candidate is not in are the quoted seller's, not the
    writer's, once the sentence reports (a frame or a report cue outside the quotations)."""
    assert det.scan_page(text=text, packs=ALL).findings == []


@pytest.mark.parametrize(
    "text",
    [
        # a listing title quoting its own hooks, with no report cue: the hooks are the ad's
        "硕士证 学位证 “保真”“包查验”",
        "本科毕业证“保真”“可查”，价格“从优”，联系 v xl_6060",
        "毕业证 学位证 “保真”“包查验” 需要的私我",
        "我们的健康证“不用体检”“当天出”，你放心，加微 jk_5151",
        "“免考”“直拿”，高压电工证 焊工证 私聊",
        "各类证件制作“保真”“包查验”“一比一”，价格美丽 私",
        "刻章“当天取”“不用备案”，公章合同章都能刻 电话 186 3344 5566",
    ],
)
def test_an_ad_quoting_its_own_hooks_still_fires(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings


def test_the_quoted_hooks_are_not_counted_as_the_writers_offer(det) -> None:
    """The sale rule on 办证 needs a seller's cue: the video's hooks in quotes give none."""
    text = "他刷到一条视频，“保真”“包查验”“价格从优”，说可以花钱办证。"
    res = det.scan_page(text=text, packs=ALL)
    assert res.findings == []
    why = {s.rule_id: s.reason for s in res.suppressed}
    assert why["FC-204"].startswith(("needs_offer:", "report:")), why
