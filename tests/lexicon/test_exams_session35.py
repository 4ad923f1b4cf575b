"""Exam-training offers for exams the lexicon saw less often (session 35, exams, holdout65): pay
on the pass said as 交尾款, a free further year said as 接着学不收钱, coaching on to the pass at no
further fee (陪跑到通过), refunds when the score does not rise or no prize comes (不提分退款,
不获奖退费), a promised score rise (保证提高二十分), prize promises for pupils' competitions (保奖,
蓝桥杯, 信奥) and the seller's paper said to match the exam (与真题高度重合, 考前押两套卷). The exam
authority's sanction for cheating (记入诚信档案) is a rule, not an offer.

A Putonghua grade not reached (没考到二甲), 通不过 and 免费跟读 are failures and refunds too.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, TRAINING, categories


@pytest.mark.parametrize(
    "text",
    [
        "初级经济师 先上课 考过再交尾款 咨询 137 6620 1185",
        "证券从业资格 考不过 明年接着学不收钱 报名加微 zq_1180",
        "二级建造师 没考过 全程陪跑到通过 不再另收费 私信报名",
        "初二物理辅导 一个月保证提高三十分 不提分退款 试听请私信",
        "信奥竞赛班 保获奖 不获奖全额退费 扫码报名",
        "蓝桥杯编程竞赛辅导 保省一 名额有限",
        "执业药师 考不过 免费跟读下一期 私我",
        "普通话培训 没考到二甲 免费再考 加微 pth_21",
        "同等学力 通不过 退还全部学费 名额有限",
        # an exam name is the scope on its own (育婴师, 主治医师, 考前冲刺)
        "育婴师 稳过",
        "主治医师考前冲刺 过线有保障",
    ],
)
def test_new_promise_wordings_are_guarantees(det, text: str) -> None:
    assert "guarantee_promise" in categories(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "税务师考前押两套卷 与真题高度重合 考前一天发 私聊",
        "执业药师 冲刺卷和考题一模一样 考前发放 名额有限",
    ],
)
def test_a_paper_said_to_match_the_exam_is_insider_claim(det, text: str) -> None:
    assert "exam_fraud" in categories(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        # the exam authority's rule on cheating
        "凡在考试中作弊的考生，将被记入国家教育考试诚信档案，情节严重的依法追究刑事责任。",
        # a lawful mock paper's description
        "中级会计模拟卷 题型与真题高度一致 配套解析 每套九元",
        # a regulator's warning quoting the promise
        "教育部门提醒：凡宣称“保证提分”“不提分退款”的校外培训广告均属违法，可拨打12315举报。",
        # a pupil's own talk
        "我们班去年有三个人拿了蓝桥杯省一，老师说今年的竞赛班下周开课。",
        # a court finding on a refund dispute
        "法院认定，培训机构承诺“不获奖退费”后拒不退费，判决返还学费八千元。",
    ],
)
def test_rules_lawful_ads_and_reports_stay_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)
