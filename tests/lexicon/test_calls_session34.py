"""The training-ads pack on offers whose only offer cue is the seller's call to act (session 34, urge,
holdout60): 速报, 手慢无, 仅剩N席, 私我占位, 扣1进群, 到店咨询, 截止今晚, 团报优惠; the promise a rate
written in words (通过率九成, 上岸率近九成, 过关率达95%), a refund written with 返 (过不了全额返), or
slang (闭眼过, 躺着也能过, 必上岸). And the lawful side of the same words: a school's ad with the same
calls and no promise, an official pass rate, news and warnings that quote the slang, a learner.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, TRAINING, rule_categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "一建市政冲刺 通过率九成 仅剩两席 速报",
        "教资科三小班 上岸率近九成 私我占位",
        "法考主观题集训营 过关率达95% 团报优惠截止今晚",
        "护士资格冲刺班 拿证率百分之百 到店咨询 先到先得",
    ],
)
def test_a_rate_in_words_under_a_call_is_a_promise(det, text: str) -> None:
    found = rule_categories(det, text, TRAINING)
    assert found.get("GP-110") == "guarantee_promise", found


@pytest.mark.parametrize(
    "text",
    [
        "省考申论冲刺 跟着老师学闭眼过 速速上车",
        "初级会计两科 零基础躺着也能过 扣1进群",
        "考研调剂辅导 必上岸 手慢无",
    ],
)
def test_slang_under_a_call_is_a_promise(det, text: str) -> None:
    assert "GP-109" in rule_ids(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "二建协议班 过不了全额返 最后三个名额",
        "中级会计 没过学费全返 先到先得",
    ],
)
def test_a_refund_written_with_fan_is_a_promise(det, text: str) -> None:
    # GP-101 (the promise beside an exam) or GP-104 (the refund beside a failed result)
    assert rule_ids(det, text, TRAINING) & {"GP-101", "GP-104"}


def test_the_call_is_named_as_the_offer_cue(det) -> None:
    text = "一建市政冲刺 通过率九成 最后两个名额 手慢无"
    hits = [f for f in det.scan_page(text=text, packs=TRAINING).findings if f.rule_id == "GP-110"]
    assert hits, text
    assert hits[0].stance == "offer"
    assert {"offer:手慢无", "offer:最后两个名额"} <= set(hits[0].cues), hits[0].cues


def test_a_tip_rate_under_a_call_is_read_by_the_insider_rule(det) -> None:
    # 报名从速 alone scored 1 of the 2 EF-105 needs (报名 is a weak cue); now it is a seller's call
    text = "中级经济师考前押题 押中率八成 报名从速"
    assert "EF-105" in rule_ids(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        # a lawful school's ad: the same calls, no promise
        "会计实操周末班开课，课时四十节，仅剩六个名额，先到先得，报名从速。",
        "驾校冬季班招生，到店咨询可预约试学，团报优惠每人减一百。",
        # the examining body's and a newspaper's figures
        "今年全省二级建造师考试通过率百分之九十二，较上年有所提高。",
        "官方公布：本年度法考客观题通过率九成以上的说法不实。",
        # news, warnings and askers quoting the ad
        "某机构宣称“上岸率近九成、仅剩两席速报”，被市场监管部门罚款三万元。",
        "提醒考生：凡是说“闭眼过、必上岸、私我占位”的培训广告都不可信。",
        "这家说通过率九成以上，名额有限，是真的吗？有没有人报过？",
        # a learner about his own exam
        "教资科二我感觉闭眼过，题目比模拟卷还简单。",
    ],
)
def test_lawful_ads_figures_news_and_learners_are_silent(det, text: str) -> None:
    found = rule_ids(det, text, ALL)
    assert not found & {"GP-101", "GP-109", "GP-110", "EF-105"}, found
