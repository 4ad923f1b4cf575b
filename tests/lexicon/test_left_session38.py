"""Families of failures earlier sessions noted and left (session 38, helper left, holdout79).

A learner's own past pass (去年我…一次拿证) is a story, not a promise; an employer refusing bought
papers (不用考的不要) is no sale; the seller's 等通知拿证 after 免考 is no notice; 原题命中 next to a
special-operations certificate is the default pack's exam fraud while a learner's praise of the
public question bank (刷题库原题命中率很高) is silent in every pack; a trade certificate schools train
for (面点师, 美容师) leaves its 包拿证 to the training-ads pack; a civil-service pitch (进面没问题 …
报名私聊) is an offer, the learner's guess is not; a column heading broken by a symbol (【以案说⭐法】)
is still a column; a bare paper with a weak call (来电咨询) needs a second sign.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "前年我考的高压电工证，一次拿证，主要是实操练得多",
        "当时我考焊工证也是一次拿证，理论题库多刷几遍就行",
        "本人去年考叉车证一次就拿证了，给新手分享下经验",
    ],
)
def test_a_learner_s_own_past_pass_is_no_promise(det, text: str) -> None:
    assert categories(det, text) == set()


def test_the_school_s_own_past_class_is_still_a_promise(det) -> None:
    text = "去年我们带的焊工班一次拿证，今年继续招生，报名加微信 hg_5521"
    assert "guarantee_promise" in categories(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "招氩弧焊工，证要自己考的，不用考的不要",
        "厂里招电工，花钱买的证一律不要",
        "招登高架子工：免考拿的证别来",
    ],
)
def test_an_employer_refusing_bought_papers_is_no_sale(det, text: str) -> None:
    assert categories(det, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "焊工证不用考 想要的私我",
        "电工证不用考的不要错过，加微 dg_3390",
    ],
)
def test_the_seller_s_own_words_still_sell(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "高压电工证免考，身份证照片发来，等通知拿证，私聊",
        "登高证不参加考试，交完钱坐等通知领证，加微 dg_1100",
    ],
)
def test_the_seller_s_wait_for_the_notice_is_no_warning(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "本批焊工考试结束，成绩合格的学员等通知拿证",
        "复审资料已收到，请等通知到窗口领证，不得代领",
    ],
)
def test_a_centre_s_notice_to_those_who_passed_stays_silent(det, text: str) -> None:
    assert categories(det, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "焊工证考前押题 考场原题命中 报名加微信 hg_7781",
        "高压电工证 考场原题 一套两百 私信",
    ],
)
def test_original_questions_beside_a_special_ops_certificate(det, text: str) -> None:
    assert "EF-003" in rule_ids(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "电工证刷题库原题命中率很高，我理论考了九十多分",
        "教资刷了两遍题库，原题命中率挺高的",
        "一建模拟题练熟了，考试原题命中率还可以",
    ],
)
def test_a_learner_praising_the_question_bank_is_silent_in_every_pack(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "中式面点师培训 包拿证 随到随学",
        "美容师证培训班 零基础包拿证",
    ],
)
def test_a_trade_certificate_s_promise_is_the_training_pack_s(det, text: str) -> None:
    assert rule_ids(det, text, DEFAULT) == set()
    assert "guarantee_promise" in categories(det, text, TRAINING)


def test_a_civil_service_pitch_with_its_call(det) -> None:
    text = "省考笔试集训营 跟着学进面没问题 报名私聊"
    assert "guarantee_promise" in categories(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "这次笔试感觉进面没问题，就看面试了",
        "申论七十分，进面没问题吧？",
    ],
)
def test_a_learner_s_guess_about_the_interview_list_is_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "【以案说⭐法】“叉车证不用考，五天出证，加V cc_2210”——刘某花了两千元，买到的证查不到。",
        "【案例▲警示】“登高证免考，直接拿证”，某人轻信后被骗八百元。",
    ],
)
def test_a_column_heading_broken_by_a_symbol_is_still_a_column(det, text: str) -> None:
    assert categories(det, text) == set()


def test_a_bare_paper_with_a_weak_call_and_a_price(det) -> None:
    assert categories(det, "学位证毕业证 420一本 咨询请留言", CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "刻章 公安备案 来电咨询",
        "学历证明书补办 详情拨打教务处热线",
    ],
)
def test_a_lawful_post_with_a_weak_call_stays_silent(det, text: str) -> None:
    assert categories(det, text, CERTS) == set()
