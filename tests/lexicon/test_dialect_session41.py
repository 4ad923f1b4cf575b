"""Offers in regional speech (session 41, helper dialect, holdout87).

The lexicon already read most of the trade as it is spoken in the regions: 整证, 嘎嘎快, 妥妥的,
老铁 and 中不中 sit around words it knows (电工证 不用考 官网能查). What it missed were the
regional words for the very negation the bypass is made of — 四川、湖南、吴语 不消 (不用), 吴语
勿要, 客家 毋使, the southern 不要考试 for 不需要考试 — Sichuan's 不得挂科 ("won't fail", read as
the prohibition 不得), and on the other side a Wu warning (侬勿要相信), a Sichuan one (扯把子), the
verdict said with 全 (全是骗子) and an employer that 不帮任何人代办. 讲 for 说 was tried as a speech
frame and dropped: 学员讲 and 老师直播讲 are a testimonial and a lesson in other sets.
The normalizer now reads those regional words as the Mandarin word of the same length.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from lexicon.normalize import normalize
from tests.lexicon.scanning import SPECIAL, categories, rule_ids


@pytest.mark.parametrize(
    ("spoken", "mandarin"),
    [
        ("人不消来", "人不用来"),
        ("勿要考试", "不用考试"),
        ("侬勿要相信", "侬不要相信"),
        ("请勿要参加培训", "请不要参加培训"),
        ("勿要考试作弊", "不要考试作弊"),
        ("毋使上课", "不用上课"),
        ("莫得问题", "没有问题"),
        ("莫要上当", "不要上当"),
        ("不得挂科", "不会挂科"),
        ("不用烤试", "不用考试"),
        ("勿⭐要考 试", "不用考试"),
    ],
)
def test_regional_words_read_as_the_mandarin_word(spoken: str, mandarin: str) -> None:
    n = normalize(spoken)
    assert n.text == mandarin
    # same length: the span of the read word is the span of the written one
    assert n.span(0, len(n.text)) == (0, len(spoken))


@pytest.mark.parametrize(
    "text", ["吃了不消化", "碗要不消毒不行", "不消费就不开票", "不得挂证", "不得挂靠"]
)
def test_mandarin_senses_stay(text: str) -> None:
    assert normalize(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "焊工证 不消去考 人不消到场 直接出证 加微 cq_hg22",
        "高处作业证 侬勿要来考 直接拿证 电话 13912345678",
        "电工证 毋使上课 毋使考试 包拿证 私讯",
        "制冷证咯 不要考试 直接拿证 网上查得到 微信 zl_hn01",
        "登高证 人不消来 莫得问题 包拿证 得劲不 加v dg_hn2",
        "那个电工正啊不用烤试的直接拿正啊网上能查的要的加我微信dg999",
    ],
)
def test_the_bypass_in_regional_speech_is_a_sale(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, SPECIAL)


@pytest.mark.parametrize(
    "text",
    [
        "低压电工 莫得基础也包你过 不得挂科 报名找我 13812345678",
        "焊工培训 保证不会挂科 考不过退钱 报名电话 13700001111",
    ],
)
def test_won_t_fail_is_the_promise_not_its_denial(det, text: str) -> None:
    assert "GP-002" in rule_ids(det, text, SPECIAL)


@pytest.mark.parametrize(
    "text",
    [
        "伊拉讲勿要考试就好拿证 侬勿要相信 假证查出来要吃官司额",
        "啥子不消考试就拿证哦 都是扯把子的 大家莫要上当",
        "说不用考就给整证 纯扯犊子 老铁别上当",
        "网上那些说焊工证不用考嘎嘎快就能整下来的 全是骗子 别信",
        "车间主任讲：登高证复审本人去考点 阿拉厂里不帮任何人代办",
        "俺们学校低压电工培训 考试由应急管理局组织 考过了发证 官网能查 中不中来看看",
        "应急管理局提醒：持证人员不得挂证 不得挂靠",
        "电工证考场纪律 请勿要代考 勿要考试作弊 切勿要参加所谓包过班",
    ],
)
def test_dialect_warnings_refusals_and_hearsay_stay_silent(det, text: str) -> None:
    assert rule_ids(det, text) == set()
