"""Session 44, helper "intl": "international" certification mills (国际注册某某师 papers from an
overseas association, sold without an exam) and the lawful, regulator, news and learner text that
uses the same words.

Sentences written for this test, not taken from the held-out set (holdout120).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import CERTS, TRAINING, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "国际注册健康管理师 免考 报名就发 私聊",
        "国际高级催眠师 不用考试 交钱下证 加微信 cm-2026",
        "国际家庭教育指导师 代办 一周出 全球通用 vx jt888",
        "國際註冊婚姻家庭諮詢師 免考 直接頒發 加LINE",
    ],
)
def test_a_mill_title_sold_without_an_exam_is_a_sale(det, text: str) -> None:
    assert "CS-201" in rule_ids(det, text, CERTS)
    assert "certificate_sale" in categories(det, text)


@pytest.mark.parametrize(
    "text",
    [
        # the title alone with no bypass or errand is a course's name
        "国际注册健康管理师课程 周末班 理论加案例 报名咨询",
        # a regulator's warning quotes the pitch
        "市场监管部门提示：网上“国际高级催眠师 免考颁发”的证书不具备任何职业资格效力，谨防上当",
        # a court finding reports it
        "法院审理查明，被告人以境外协会名义向他人出售“国际注册健康管理师”证书，无需考试，收费八十余万元",
        # a question about it
        "国际家庭教育指导师证书不用考试就能拿，这种证有用吗？",
        # a trademark agency's lawful errand: no 国际注册 of a title here
        "商标国际注册 马德里体系 代办申请 资深代理人 加微信咨询",
    ],
)
def test_the_same_words_in_lawful_and_reported_text_stay_silent(det, text: str) -> None:
    assert not rule_ids(det, text)


@pytest.mark.parametrize(
    "text",
    [
        "分享一下：我 CMA 一次过，全靠自己刷题，没报过什么包过班",
        "我当年没上保过班，ACCA 十三门都是自己考下来的",
        "CFA 一级过了，没参加任何包过班，就是看教材做题",
    ],
)
def test_a_learner_who_did_without_the_guarantee_is_no_promise(det, text: str) -> None:
    assert not rule_ids(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "没报名也能包过 CMA 加微信 cma-66",
        "CMA 包过班 不过退费 名额有限 私我",
    ],
)
def test_the_promise_itself_still_fires(det, text: str) -> None:
    assert "guarantee_promise" in categories(det, text, TRAINING)


def test_an_international_card_paid_for_and_sent_is_a_sale_in_the_default_pack(det) -> None:
    text = "没有电焊证？国际焊工证 交了钱就给你发 工地能用 加v"
    assert "certificate_sale" in categories(det, text, None)


def test_goods_sent_on_payment_stay_silent(det) -> None:
    assert not rule_ids(det, "电焊面罩 焊工手套 交钱就发货 包邮", None)
