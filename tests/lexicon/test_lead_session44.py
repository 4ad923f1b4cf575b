"""Coverage checks of session 44 (lead), in the project's own words.

A warning that forbids the act right before it (考场有监控，别想着作弊; 千万别找人替考) read as the
insider's promise: 别 was not a negation. It is now, right before the act only, so a seller's
别担心包过 (the worry waved away, not the promise) still fires. The exam's two parts waived one
after the other (无需理论无需实操) are the bypass of the whole exam; answers "sent in real time" on
exam day are the seller's delivery terms.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, categories


@pytest.mark.parametrize(
    "text",
    [
        "考场有监控，全程录像，别想着作弊",
        "考试别作弊，一经发现取消成绩",
        "千万别找人替考，抓到了三年不能报名",
        "电工证考试不准作弊，考场有摄像头",
    ],
)
def test_a_warning_that_forbids_the_act_right_before_it_stays_silent(det, text):
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "别担心包过，电工证私我",
        "别考了，直接拿证，电工证私我",
        "别折腾了 叉车证 直接办 可查",
        "别被骗了，找我们正规渠道直接拿证，不用考试",
    ],
)
def test_a_seller_who_says_bie_about_something_else_still_offers(det, text):
    assert categories(det, text, ALL) & {"certificate_sale", "guarantee_promise"}


@pytest.mark.parametrize(
    "text",
    [
        "无需理论无需实操，半个月拿到应急管理局的证",
        "焊工证 免理论免实操 二十天下证",
        "高处作业证，不考理论、不考实操，交钱就行",
    ],
)
def test_both_parts_of_the_exam_waived_are_a_sale(det, text):
    assert "certificate_sale" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "研究生毕业的理论免考，只考实操",
        "复审只需培训，不考理论",
        "本次考核分理论和实操两部分，缺一不可",
    ],
)
def test_one_part_of_the_exam_named_alone_stays_silent(det, text):
    assert categories(det, text, ALL) == set()


def test_answers_sent_in_real_time_on_exam_day_are_the_sellers_terms(det):
    assert "exam_fraud" in categories(det, "英语四六级 答案 考试当天 实时发送", ALL)


@pytest.mark.parametrize(
    "text",
    [
        "警方查明，该团伙在考试当天实时发送答案，已被刑事拘留",
        "有人在考试当天实时发送答案吗？这种是骗子吧",
    ],
)
def test_real_time_answers_reported_or_asked_about_stay_silent(det, text):
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "焊工证 远程人脸识别 人不用到场 两个月拿证 加V hg1234",
        "电工证 特别 不用考试 直接拿证 私我",
    ],
)
def test_a_bie_that_ends_a_word_is_no_prohibition(det, text):
    assert "certificate_sale" in categories(det, text, ALL)
