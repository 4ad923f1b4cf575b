"""Offers whose seller cues are spread over a whole page (session 36, pages, holdout68): a shop page
(店铺, 商品详情, 售后, 月销), a listing or a forum post with a signature line carries the seller in
lines of its own, and a claim in another line with few cues of its own (假焊工证。 / 考场远程协助。)
is that page's offer. The reverse guard: on a page that reports, notifies or hires (本报讯, 记者,
判决书, 被告人, 警情, 举报, 招聘 in its other lines) the numbers of the footer are the paper's, the
court's, the office's or the employer's, and only the sentence's own contacts count.

Also: a school that offers no refund (不设“不过退费”) disclaims, and the buyer told it need not sit
the test in person (不用自己去考) is a sale's bypass.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from lexicon.stance import _page_reads
from tests.lexicon.scanning import ALL, categories


def _cues(det, text: str) -> set[str]:
    res = det.scan_page(text=text, packs=ALL)
    return {c for f in res.findings for c in f.cues}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("宝贝详情\n假电工证。\n月销 86 包邮", "fake_certificate"),
        (
            "店铺：鸿运证件\n商品详情\n结婚证、户口本都能做，做工跟真的一样。\n售后：不满意重做",
            "fake_certificate",
        ),
        ("店铺：状元帮\n商品详情\n会计初级考场远程协助。\n售后说明：没过不收尾款", "exam_fraud"),
    ],
)
def test_a_shop_page_makes_a_bare_claim_an_offer(det, text: str, category: str) -> None:
    assert category in categories(det, text)
    assert any(c.startswith("offer:卖家页面") for c in _cues(det, text))


def test_a_signature_line_is_the_seller_of_the_post(det) -> None:
    text = "回复 5 楼\n叉车证其实不用自己去考，交钱等着拿就行。\n----\n个性签名：各类操作证 QQ 3321456789"
    assert "certificate_sale" in categories(det, text)


@pytest.mark.parametrize(
    "text",
    [
        # a news item: the byline and the tip-off line
        "本报讯 近日有人在网上兜售假电工证。\n记者 孙某\n报料电话 13712345678",
        # a judgment: the court's address and phone
        "某区人民法院判决书\n被告人出售高仿学位证。\n本院地址 电话 13712345678",
        # a police notice quoting the ad, its report line in the footer
        "警情通报\n有人在小区贴出“焊工证，全程不用考”的广告。\n举报电话 13712345678",
        # a job post asking for a valid certificate the employer will check
        "招聘：电焊工\n要求：持有效焊工证（官网可查）\n联系人 13712345678",
        # a platform's takedown: its customer service is no seller
        "商品已下架\n该商品“健康证，免体检”涉嫌违规。\n平台客服 13712345678",
    ],
)
def test_a_report_page_footer_is_no_seller(det, text: str) -> None:
    assert categories(det, text) == set()


def test_a_school_that_offers_no_refund_disclaims(det) -> None:
    text = "初级会计辅导班，本校不设“不过退费”，报名电话 18055667788"
    assert "guarantee_promise" not in categories(det, text)


def test_page_reads_skip_the_sentence_itself() -> None:
    text = "店铺：某某\n假电工证。\n记者 某某"
    lo = text.index("假")
    hi = text.index("。")
    assert _page_reads(text, lo, hi) == ("店铺", "记者")
    # the seller's word inside the candidate's own sentence is the sentence's, not the page's
    inside = "本店诚信经营 假电工证"
    assert _page_reads(inside, 0, len(inside)) == (None, None)
