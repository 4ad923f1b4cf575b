"""Session 51, packs3: the training-ads pack alone on real-shaped exam-training ads. Sentences
written for this file (not the holdout157 lines).

Two classes. A course that charges one fee for every round until the learner passes (一次交费 终身学习
没考过就接着跟, 只收一次钱 不限次数 考不过就再来) sells the result as surely as 不过退费, but
GP-104 found no refund word beside the failed result. The one-fee terms join ``refund_offer``; a
learner's own resolve (没考过就继续学，考过为止) names no fee and stays silent, and so do reports
and lawful refund terms. A group post that says the coming sitting's paper is already in hand and
calls the reader (题已经到手了 要的私我) named no insider word for EF-102; the paper in hand with the
call joins ``insider_exam``, while the paper handed out in the room or posted after the sitting, and
warnings retelling the post, stay silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, TRAINING, rule_ids


@pytest.mark.parametrize("packs", [TRAINING, ALL])
@pytest.mark.parametrize(
    "text",
    [
        "一级造价师 一次交费 终身学习 没考过就接着跟 学费4800",
        "教资笔试 只收一次钱 不限次数 考不过就再来 报名私我",
        "二建 考不过就接着学 一次性交费 无限次 加v jz_2051",
        "普通话二乙 没考过就再学一期 只交一次 终身有效 找陈老师报名",
    ],
)
def test_one_fee_until_the_pass_is_a_refund_promise(det, text: str, packs: list[str]) -> None:
    assert "GP-104" in rule_ids(det, text, packs)


@pytest.mark.parametrize("packs", [TRAINING, ALL])
@pytest.mark.parametrize(
    "text",
    [
        # a learner's own resolve: no fee is named
        "我去年没考过就一直学，考过为止，今年终于上岸了",
        "备考心得：没考过就继续学，考过为止，坚持下去总会上岸。",
        # a complaint that retells the seller's words with its later charge
        "很多机构说一次交费，没考过就一直学，结果第二年又要交资料费。",
        # lawful terms: the fee paid at once, the refund by the hours taken, the retake charged
        "退费说明：学费一次交清，没考过的学员按课时退费，不承诺通过。",
        "驾校学费一次交费4680元，考试没过的补考费按车管所标准另收。",
        "报名须知：培训费一次缴费，考试没过需自行重新报名考试。",
        # the regulator quoting the ad
        "市场监管部门认定，当事人宣传“一次交费，考不过就一直学”，构成对培训效果的保证性承诺。",
    ],
)
def test_one_fee_without_a_seller_stays_silent(det, text: str, packs: list[str]) -> None:
    assert not rule_ids(det, text, packs)


@pytest.mark.parametrize("packs", [TRAINING, ALL])
@pytest.mark.parametrize(
    "text",
    [
        "周日的省考行测 卷子已经到手 需要的私信 考后付款",
        "下周的一建考试 试题已到手啦 有需要的联系我",
        "明早教资面试 考题已经拿到手了 要的扣1",
    ],
)
def test_a_paper_in_hand_with_a_call_is_a_leak(det, text: str, packs: list[str]) -> None:
    assert "EF-102" in rule_ids(det, text, packs)


@pytest.mark.parametrize("packs", [TRAINING, ALL])
@pytest.mark.parametrize(
    "text",
    [
        # the paper handed out in the room, or posted after the sitting
        "省考行测卷子已经到手，我先把资料分析做了，结果时间不够。",
        "今天的一建考试结束了，试题已经到手，老师正在写解析。",
        # a warning that retells the seller's words
        "警方提醒：群里有人说明早教资面试的考题已经到手，要的扣1，这是诈骗。",
    ],
)
def test_a_paper_in_hand_without_a_seller_stays_silent(det, text: str, packs: list[str]) -> None:
    assert not rule_ids(det, text, packs)
