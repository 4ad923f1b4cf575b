"""Session 71, unseen5: soft sells -- the special-operations seller who never states the offer but
tells it as something that already happened to a buyer: a review (好评 / 五星 / 买家秀 / 追评), a
workmate's or a relative's testimonial, a diary of the days until the paper came. The paper arrived
and the exam was never sat (没考试 / 一场考试都没参加 / 考场都没进 / 压根没去考), and the teller
points to the shop or offers to pass it on. Sentences written for this file (not from any holdout
set, the corpus nor the rules' fixtures).

- (a) A special-operations paper, the exam said not sat, the paper said come, with a seller's or a
  shop's cue: a CS- rule in every run with the special pack.
- (b) Lawful twins in the same shapes, silent in every pack run: reviews of a real course, learners'
  diaries of passing, complaints about a fake paper, news of a fraud case, an exam centre mailing
  the paper of a learner who passed, an office extending papers without an exam, and disbelief.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

_TOLD_SELLERS = [
    "好评 电工证一场考试没参加就寄到了 客服态度好 回购",
    "五星 焊工证全程没去考场 十几天就收到了 店家靠谱",
    "买家秀 高处作业证到手了 一次考试都没参加 跟客服说的一样",
    "我小舅子的叉车证没考试就下来了 找的这个老板 要的我推给你",
    "第五天 焊工证寄到了 我压根没去考试 感谢老板 需要的找我",
    "追评 登高证拿到一个月了 考场都没进 单位验过没毛病 推荐这家",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _TOLD_SELLERS)
def test_paper_come_without_the_exam_is_told_as_a_sale(det, text, packs):
    assert_sells(det, text, "CS-", packs)


_LAWFUL = [
    # reviews of a real course and learners' diaries
    "好评 老师讲得细 电工证考完二十天就寄到了 客服回复也快",
    "第五天 焊工证实操终于练顺了 考试下周二 考完证书大概二十天寄到",
    # complaints and news of a fraud case
    "差评 说焊工证没考试也能到 结果寄来的是假证 扫码查无此人",
    "多名工人没参加考试就拿到了电工证 经查均为伪造 卖家已被刑拘",
    "同事没考试就拿到了焊工证 后来单位一查是假的 罚了款",
    # the exam centre mails the paper of one who passed; an office extends papers
    "我没去考点领证 电工证考试合格后直接寄到家了 考点可以邮寄",
    "那年疫情没考试 电工证复审直接延期了 是应急局统一的政策",
    # disbelief and the plain result of a missed exam
    "我没考试就拿到电工证？不可能的 老老实实考了两次",
    "真实经历：我没去考试 焊工证当然没下来 考点说缺考要重新报名",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL)
def test_lawful_twins_stay_silent(det, text, packs):
    assert_silent(det, text, packs)


# --- (c) second reading of this change (issue 9, session 71, unseen5) ---------------------------
# CS-242 reads a special-operations paper, the exam told not sat and the paper told come, beside a
# shop's or a teller's word. Its first reading made a review of study goods fire (模拟题收到了，没考试
# 之前多刷几遍 店家很用心); the lawful twins below stay silent, and the sellers of the neighbouring
# shape (回购 / 渠道私我 / 店家靠谱 with other words for the skip and the arrival) still fire.

_SECOND_LAWFUL = [
    "好评 这家驾校教得好 我朋友没考试就想拿证 老板直接拒绝了",
    "五星 老板人很好 焊工证考试没参加的同学 下期可以免费补考 证考过才发",
    "我们公司三个电工没去考试就拿到了证 被安监局查了 罚款五万",
    "工友说他的焊工证没考试就下来了 我劝他别用 那种证上不了岗",
    "客服回复：您的电工证考试没参加 证书不能发放",
    "晒单 这家书店的电工证题库到手了 还没考试 先刷起来",
    "好评 电工证教材收到了 还没考试 老师讲解很细",
    "第三天 还没去考场 焊工证的报名回执已经收到了 老板说月底考",
    "好评 高压电工证模拟题收到了 没考试之前多刷几遍 店家很用心",
    "我没考试 电工证当然拿不到 客服说下期再报",
    "网上那些电工证没考试就到了的好评 都是卖家自己刷的 别信",
    "本校学员没考试就拿到电工证的情况是不存在的 欢迎监督",
    "应急局提醒：凡是说登高证没去考场就能收到的 一律是违法广告",
    "晒单 焊工证终于到手了 考场进了两回 感谢老板放假让我去考",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _SECOND_LAWFUL)
def test_second_reading_lawful_stay_silent(det, text, packs):
    assert_silent(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "老板问我焊工证怎么没考试就到手了 我说那是复审换的新证",
        "老板说他的焊工证没考试就下来了 我不信 让他去官网查",
    ],
)
def test_a_renewal_or_disbelief_is_no_paper_come_without_the_exam(det, text):
    # CS-001 reads these lines on the unchanged code too (its 没考试 … 到手 / 下来); CS-242 stays
    # out of them: the renewal's 复审 and the teller's 不信 are its exceptions
    assert_silent(det, text, None, of="CS-242")


_SECOND_SELLERS = [
    "回购 叉车证压根没考 二十来天证就到手 老板办事利索",
    "兄弟们 电工证谁也没去考 全车间都拿到了 渠道私我",
    "追评 制冷证没去考场 证已经到了 单位查得到 店家靠谱",
    "老铁们 焊工证考场都没进 证就到手了 链接在主页",
    "好评 登高证没考试 十来天寄到了 客服人超好",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SECOND_SELLERS)
def test_second_reading_sellers_fire(det, text, packs):
    assert_sells(det, text, "CS-242", packs)
