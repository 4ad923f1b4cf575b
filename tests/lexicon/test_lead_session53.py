"""Lead, session 53: (1) packs6's leftover — a seller who waves the sanction away (不怕被查处,
别担心按作弊处理) names no warning of its own; (2) review19's leftover — a study book bought outright
(考试辅导书能直接买一本吗) is goods for CS-001 as for CS-201. Sentences written for this file."""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, SPECIAL, categories, rule_ids, rule_ids_no_model


@pytest.mark.parametrize(
    "text",
    [
        "焊工证考点里有人照应，不怕被查处，稳过，微信 hg_5520",
        "登高证考场内部安排好了，别担心按作弊处理，包过，加v dg_7781",
        "叉车证理论考试有人远程帮答，不用担心被抓，保过 私聊",
    ],
)
def test_a_seller_waving_the_sanction_away_still_fires(det, text: str) -> None:
    cats = categories(det, text, SPECIAL)
    assert cats & {"exam_fraud", "guarantee_promise"}, cats


@pytest.mark.parametrize(
    "text",
    [
        "考生须知：携带手机进入考场的，一律按作弊处理，特种作业考试亦同",
        "警方通报，团伙成员自称不怕被查处，为考生安排焊工证考场内部答题，现已被刑拘",
        "据记者调查，对方称学员别担心被抓，登高证考试有人帮忙，目前市场监管部门已介入",
    ],
)
def test_the_sanction_in_a_rule_or_a_report_stays_silent(det, text: str) -> None:
    assert rule_ids_no_model(det, text, SPECIAL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "请问能直接买一本焊工证考试辅导书吗？可以 微信 hg_2210",
        "低压电工证考试书能直接买一本吗？能，私聊发链接",
        "登高证复习书可以直接买一本吗？可以的，店里现货",
    ],
)
def test_a_study_book_bought_outright_is_goods(det, text: str) -> None:
    ids = rule_ids(det, text, ALL)
    assert "CS-001" not in ids and "CS-201" not in ids, ids


@pytest.mark.parametrize(
    "text",
    [
        "焊工证能直接买一本吗？可以，私聊 hg_2210",
        "买家：登高证可以直接买一张吗\n客服：可以的，加v dg_3321",
    ],
)
def test_the_paper_bought_outright_still_fires(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, ALL)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("焊工证免考拿证 qq number: 33618820", "33618820"),
        ("登高证包过 QQ group 71520946 进群详聊", "71520946"),
        ("叉车证不用考 qq id: 50293318", "50293318"),
    ],
)
def test_the_qq_key_with_an_english_noun_reads_the_number(det, text: str, number: str) -> None:
    # review17's leftover: the WeChat key read "WeChat account: …" but the QQ key stopped at the noun
    found = {(c.kind, c.value) for c in det.scan(text).contacts}
    assert ("qq", number) in found, found


def test_a_report_naming_qq_numbers_in_english_reads_none(det) -> None:
    text = "据报道，平台称这些 qq numbers were banned last week，共 3 个账号"
    assert not [c for c in det.scan(text).contacts if c.kind == "qq"]
