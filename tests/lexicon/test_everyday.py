"""Evasion holes and false alarms on everyday text (issue 9, quality9s).

A warning heading worn over an ad, repost prefixes before a role label, buyers asking who
sells, and lawful trade text near the certificate trade (a flat sold with its deed, a medical
exam centre, news of an exam day). Every example is in the project's own words.
"""

from __future__ import annotations

import pytest

ALL = ["special-ops", "training-ads", "certificates"]


@pytest.mark.parametrize(
    "text",
    [
        "【曝光】低压电工证 不用考 直接拿证 V信 dg2233",
        "【揭秘】焊工证不用考试 三天出证 加微 hg_888",
        "曝光：电工证免考直接拿，名额有限，私聊 v：dgz_369",
        "#曝光# 登高证 免考拿证 全国通用 私我 gc_1234",
        "揭秘｜叉车证办理不用考试，三天拿证，联系 qq 3345 1290",
        "【提醒】制冷证 免考直拿 速度联系 136 0021 8845",
    ],
)
def test_a_warning_heading_worn_over_an_ad_does_not_silence_it(det, text: str) -> None:
    """What follows the heading decides: a contact or a seller's call under it is an ad."""
    assert det.scan_page(text=text, packs=ALL).findings


@pytest.mark.parametrize(
    "text",
    [
        "曝光：某机构承诺包过收费被查处",
        "【曝光】一培训机构宣称“不用考试拿电工证”，被罚款五万元",
        "揭秘：所谓“免考拿证”都是骗局，证书根本查不到",
        "【揭秘】网上卖焊工证的人是怎么骗钱的",
        "#曝光# 某网店出售假健康证，已被平台下架",
    ],
)
def test_a_warning_heading_over_a_report_stays_silent(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings == []


def test_the_heading_is_read_on_its_own_line_only(det) -> None:
    """A contact on the next line belongs to another post, not to the heading's report."""
    text = "【曝光】某机构承诺电工证包过被查处\n二手自行车出售 电话 139 2231 5578"
    assert det.scan_page(text=text, packs=ALL).findings == []


_MARKS = [
    *__import__("lexicon.quotes", fromlist=["QUOTE_PAIRS"]).QUOTE_PAIRS,
    ('"', '"'),
    ("＂", "＂"),
]


@pytest.mark.parametrize("mark", _MARKS, ids=lambda m: m[0])
@pytest.mark.parametrize(
    "frame",
    [
        "网友晒出收到的短信：{o}电工证包过，详询139****2218{c}",
        "{o}电工证不用考，交钱就能拿。{c}对方说",
        "页面显示{o}电工证免考拿证{c}，记者拨打后对方要求先付款",
    ],
)
def test_every_quotation_mark_frames_alike(det, mark: tuple[str, str], frame: str) -> None:
    """One set of marks for the stance stage and the detector: a quoted ad in a report is the
    report's subject whichever marks the page used (〝〞 and ＂ were known to one stage only)."""
    text = frame.format(o=mark[0], c=mark[1])
    assert det.scan_page(text=text, packs=ALL).findings == []


@pytest.mark.parametrize("mark", _MARKS, ids=lambda m: m[0])
def test_a_slogan_in_any_marks_beside_a_contact_still_offers(det, mark: tuple[str, str]) -> None:
    text = f"{mark[0]}电工证包过{mark[1]} 报名加V dg_5566"
    assert det.scan_page(text=text, packs=ALL).findings
