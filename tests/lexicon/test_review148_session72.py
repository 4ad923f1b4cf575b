"""Session 72, review148: papers3's second reading, and the two errors its tune run added.

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- papers3 gave CS-006 the paper "taken straight" (直接拿 / 直接给你) as delivery words. The combination
  search takes the nearest partner, so where 直接给你 stands just before 出证 (不用去考试 直接给你出证
  官网能查) CS-006's span stopped short of 出证 and no longer overlapped FC-209's 证 官网能查: the
  precedence 代办之证 could not set FC-209 aside, and fake_certificate fired beside the sale in the
  all-packs run. Where a learner's 能不能不考直接拿 is answered no and the school then enrols (想拿证请报名
  培训，电话 …), CS-006's silenced candidate stopped at 直接拿 and left the school's clause to the learned
  scorer (ML-GP in the all-packs run).
- The second reading: exam notices, job adverts, schools' course lists, news, offices' 直接领, a
  school's 资料直接给你发过去 and a training company's group offer with the construction trades and the
  breaker words must stay silent in every pack run; the sellers of the neighbouring shape must fire.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ALL,
    ANY_RULE,
    EVERY_PACK,
    WITH_SPECIAL,
    Packs,
    assert_sells,
    assert_silent,
)

#: A learner's question answered no, then the school's lawful enrolment. All packs, no finding at all.
_ANSWERED_NO = [
    "有人问焊工证能不能不考直接拿，答案是不能？没错，就是不能，想拿证请来报名培训，电话 0571-86330871",
    # (second reading) a school refusing the trade's 不考直接拿: ML-GP on cf245d38, covered now by CS-244's
    # silenced candidate
    "我们学校不搞不考直接拿那一套，电工焊工都要考试，报名电话 0571-86330877",
]

#: The exam skipped and the paper handed straight over, checkable: a sale, not a forgery.
_STRAIGHT_SOLD = [
    "兄弟们看这里 电工证焊工证不用去考试 直接给你出证 官网能查 要的扣1 私信你",
    "司索 信号工 不用考试 直接给你出证 能查 私我",
]

#: Sellers of the neighbouring shape (default pack and all packs).
_SELLERS = [
    "老铁们 登高证制冷证不用考 直接给你下证 网上能查 想要的评论扣1",
    "建筑电工 塔吊司机 免考 直接领证 可查 加v",
    *_STRAIGHT_SOLD,
]

#: Lawful lines with papers3's new words, silent in every pack run.
_LAWFUL = [
    "建筑施工特种作业（司索工、信号工）考核报名通知：报名截止本月二十日，考试合格后证书可在住建平台查询",
    "关于开展建筑电工、建筑架子工、塔吊司机考核的通知，考核合格的由省住建厅发证",
    "招塔吊司机，需持证，月薪一万二，电话 0571-86330873",
    "招司索工两名，持证上岗，工资半个月一结，包吃住",
    "司索信号工培训班 十天一期 报名电话 0571-86330874",
    "本校开设建筑电工、司索信号工培训 二十天一期 考试合格后住建平台可查 报名电话 0571-86330875",
    "本报讯 昨日，市住建局对三个工地的塔吊司机、信号工持证情况进行抽查，两人无证被责令停工",
    "考试合格后可直接领取电子证照，无需到窗口",
    "证书可到窗口直接领，请携带身份证",
    "电工证复审合格的，新证可在政务大厅直接领取，不用另行申请",
    "报名司索工培训的同学加一下老师微信，复习资料直接给你发过去",
    "叉车培训报名后，教材和题库直接给你寄到家，考试在考点统一进行",
    "企业批量办培训找我们：电工 焊工 按人头收培训费，团购价更低，统一考试，合格后证书可查，电话 0571-86330876",
    "老板看过来，本中心承接企业特种作业批量培训，塔吊司机 信号工 按人头报价，必须参加考试，考后二十天出证",
]


@pytest.mark.parametrize("text", _ANSWERED_NO)
def test_answered_no_then_enrolment_leaves_nothing_to_the_model(det, text: str) -> None:
    assert_silent(det, text, ALL, model=True)


@pytest.mark.parametrize("text", _STRAIGHT_SOLD)
def test_paper_handed_straight_over_is_no_forgery(det, text: str) -> None:
    assert_silent(det, text, ALL, of="fake_certificate")


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SELLERS)
def test_sellers_of_the_neighbouring_shape_fire(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL)
def test_lawful_lines_with_papers3_words_are_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.xfail(
    strict=True, reason="a boss's per-head purchase with no 能查 (papers3's still-missed)"
)
def test_boss_per_head_without_a_check_is_still_missed(det) -> None:
    assert_sells(det, "厂里要持证上岗，叉车 焊工 按人头算钱，人不用来，半个月出", ANY_RULE)
