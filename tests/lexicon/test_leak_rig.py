"""The exam leaked or rigged, said plainly (session 33: EF-003, EF-112), and 证实操 cut right.
Sentences written for this file, not holdout58's."""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("低压电工证 考前半小时给你答案 稳 私我", "EF-003"),
        ("焊工证理论 试卷我们提前拿到 加v hg_0303", "EF-003"),
        ("安全员证 摄像头给你关掉 放心考 电话 13912345678", "EF-003"),
        ("二建 考题提前就有 需要的私 v：ej_0404", "EF-112"),
        ("科目四 考场电脑动过手脚 点哪个都对 加v km4_55", "EF-112"),
    ],
)
def test_a_leaked_or_rigged_exam_is_exam_fraud(det, text: str, rule: str) -> None:
    res = det.scan(text, packs=ALL)
    assert any(f.rule_id == rule for f in res.findings), [
        (f.rule_id, f.matched) for f in res.findings
    ] or [(s.rule_id, s.reason) for s in res.suppressed]


@pytest.mark.parametrize(
    "text",
    [
        "焊工证理论 历年真题精讲 考前模拟三套 报名电话 0512-6655 7788",
        "考前一天把电工证题库又刷了一遍 感觉能过",
        "考场全程监控，摄像头不会关，请考生遵守纪律。",
        "记者暗访发现，卖家称“考前发原卷”，收钱后即失联。",
    ],
)
def test_past_papers_revision_and_warnings_stay_silent(det, text: str) -> None:
    res = det.scan(text, packs=ALL)
    assert res.findings == [], [(f.rule_id, f.matched, f.cues) for f in res.findings]


@pytest.mark.parametrize(
    ("text", "word"),
    [("电工证实操考试", "电工证"), ("叉车证实操 考官那边", "叉车证")],
)
def test_a_certificate_before_the_practical_exam_keeps_its_zheng(det, text: str, word: str) -> None:
    """jieba reads 电工/证实/操 (证实, "to confirm"); the certificate is 电工证, the exam 实操."""
    words = det._combiner._seg._cut(text)[0]
    assert word in words and "实操" in words, words


def test_a_real_confirmation_stays_one_word(det) -> None:
    assert "证实" in det._combiner._seg._cut("警方证实操作人员已被控制")[0]
