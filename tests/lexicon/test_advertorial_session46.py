"""Session 46, helper "advertorial": ads dressed as local news -- the 软文 whose quotation marks
are emphasis (该校承诺“不过包退”…。报名热线 …，报名从速), whose source is a 知情人士 and whose call
stands in the next sentence (据知情人士透露，…不用到场考试。客服电话 400-…，报名从速) -- against
the news and notices that quote the same claims to condemn them, or give an office's number.

Sentences written for this test, not taken from the held-out set (holdout136).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, SPECIAL, TRAINING, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "日前，小编从某电工培训学校了解到，该校高压电工班承诺“一次拿证，考不过全退”。"
        "报名热线：0755-2612 8890，微信同号，名额有限。",
        "据悉，某焊工学校推出“零基础包过班”，学员反映老师很负责。联系电话 158 2233 7799（孙老师），报名从速。",
    ],
)
def test_an_advertorials_quoted_promise_under_its_own_call_is_flagged(det, text: str) -> None:
    assert "guarantee_promise" in categories(det, text, SPECIAL)


def test_a_sources_tip_with_the_sellers_hotline_after_it_is_flagged(det) -> None:
    text = "据知情人士透露，一家机构半个月就能拿到登高证，本人不用到场考试。客服电话 400-818-6262，报名从速。"
    assert "certificate_sale" in categories(det, text, SPECIAL)


@pytest.mark.parametrize(
    "text",
    [
        # the regulator's report quotes the claim, and names the penalty
        "据悉，某培训学校在宣传中称“考不过全额退费”“通过率百分之百”，被市场监管局罚款三万元。"
        "举报电话 0755-12315。",
        # a report quoting a school's claim to refute it, with no call of its own
        "记者获悉，该校网页上自称“学员一次通过率100%”，但考试中心的统计显示合格率不到六成。",
        # a source's tip in a police report, the number is the hotline for reports
        "据知情人士透露，该团伙声称“不用到场考试就能拿证”，已有多人被骗。如有线索请拨打举报电话 0531-8690 1234。",
        # a question about an advertorial
        "网上有篇文章说某中心“包过拿证”，后面还留着报名电话，这是新闻吗？",
    ],
)
def test_reports_quoting_the_claims_stay_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


def test_a_lawful_schools_call_with_no_promise_stays_silent(det) -> None:
    text = "据了解，该校电工班下月开班，学员须参加应急管理局统一考试，本校不作通过承诺。报名电话 0371-6012 3456，名额有限。"
    assert categories(det, text, ALL) == set()


def test_a_training_ads_advertorial_names_the_rule(det) -> None:
    text = "据了解，某教育机构推出“教资协议保过班”，笔试不过退全款。感兴趣的考生可添加微信 jz_baoguo 咨询。"
    assert any(r.startswith("GP-") for r in rule_ids(det, text, TRAINING))
