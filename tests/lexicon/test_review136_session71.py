"""Session 71, review136: second reading of unseen5's CS-242 (a special-operations paper told come
although its exam was never sat, beside a shop's or a teller's cue). Sentences written for this
file (not from any holdout set, the corpus nor the rules' fixtures).

- (a) Sellers one step away that wear CS-242's own exceptions: the rivals' papers called fake
  (不像别家是假证, 别家都是假的), the emphatic denial (绝对不是假的), the doubt told and overturned
  (还以为是骗子 结果是真的, 以为被骗了 … 真的寄到了), the renewal said to go the same way (复审也一样 …
  找我). A CS- rule in every run with the special pack.
- (b) Lawful twins in the same words, silent in every pack run: a report of the paper to the office
  (报给应急局, 上报), a lawful renewal's new card (到期换证), a school's review contrasting itself
  with the fakes, an employer fooled, a question whether the card is fake, a renewal told as
  needing the exam too.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ALL,
    CERTS,
    DEFAULT,
    EVERY_PACK,
    TRAINING,
    WITH_SPECIAL,
    assert_sells,
    assert_silent,
)

_WEARING_SELLERS = [
    # the rivals' papers called fake, the writer's own came without the exam
    "好评！焊工证没考试就到了，不像别家是假证，店家靠谱",
    # the emphatic denial of a fake
    "追评 登高证没去考场就收到了 绝对不是假的 老板靠谱 回购",
    # the doubt told and overturned
    "一开始以为被骗了 没考试电工证真的寄到了 官网能查 需要的找我",
    # the renewal said to go the same way, with the seller's call
    "电工证复审也一样，没考试就寄到了，找我",
    "焊工证延期复审都能办 一场考试没参加新证就寄到了 需要的私我",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _WEARING_SELLERS)
def test_sellers_wearing_the_exceptions_still_sell(det, text, packs):
    assert_sells(det, text, "CS-", packs)


_LAWFUL = [
    # a report of the paper to the office
    "店家核实一下：电工证没考试就寄到了的这批学员名单，全部上报",
    # a lawful renewal's new card
    "高压电工证到期换证 没考试新证就寄到家了 客服说符合条件直接换",
    # a school's review contrasting itself with the fakes
    "好评 这家焊工证老老实实让考试 不像别家没考试就寄到了 都是假的",
    # an employer fooled, a question whether the card is fake
    "老板以为焊工证没考试就到手了 结果上当了 钱也没退",
    "老板说焊工证没考试就寄到了 我问是不是假的 他不吭声",
    # the renewal needs its exam too; a learner's renewal extended by the office
    "初次领证要考试 复审也一样 焊工证没考试就寄到了的肯定有问题 老板注意",
    "我的焊工证今年延期复审，没考试新证就寄到了，老板让我复印一份",
    # a learner who believed it and was told the truth
    "好评 客服很耐心 我还以为没考试电工证就能寄到 结果客服说必须考 老老实实报了名",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL)
def test_lawful_twins_stay_silent(det, text, packs):
    assert_silent(det, text, packs)


# --- left alone (issue 9, session 71, review136) -------------------------------------------------
# The page's warning stage, not CS-242, silences these sellers: 都是假的 and 骗子 are warning words
# for every rule, and the rivals' 别家都是假的 or the doubt 还以为是骗子 结果是真的 is not read as the
# seller's own boast there (its rival reading wants the writer's own real skip, 我们才是真免考). A
# change to that shared stage is left to a round of its own.
# (issue 9, session 72, hearsay) the warning stage now reads the rivals' verdict and the overturned
# doubt when the shop is vouched for and others are sent to it (``silence._foil_vouched``): 别家都是
# 假的 这家靠谱 需要的私聊 and 还以为是骗子 结果是真的 老板靠谱 推荐 sell, tested in
# test_hearsay_session72.py; 这家扫码能查 is not read as the shop vouched for.
_WARNING_STAGE_MISSES = [
    "买家秀 高处作业证没去考场就收到了 别人家都是假的 这家扫码能查 回购",
]


@pytest.mark.xfail(
    strict=True, reason="the warning stage's 都是假的 / 骗子 (left alone, review136)"
)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _WARNING_STAGE_MISSES)
def test_sellers_under_a_warning_word_left_alone(det, text, packs):
    assert_sells(det, text, "CS-", packs)


# A report to the office: CS-242 is silent on it now; the certificates pack's CS-201 (a paper plus
# 没考试就寄到家, no cue needed) still fires there, as it did before this round.
_REPORT = "客服问一下：焊工证没考试就寄到家的那个学员是谁，把情况报给应急局"


@pytest.mark.parametrize("packs", [None, DEFAULT, TRAINING])
def test_report_to_the_office_is_silent_without_the_certificates_pack(det, packs):
    assert_silent(det, _REPORT, packs)


@pytest.mark.xfail(strict=True, reason="CS-201 in the certificates pack (left alone, review136)")
@pytest.mark.parametrize("packs", [CERTS, ALL])
def test_report_to_the_office_in_the_certificates_pack_left_alone(det, packs):
    assert_silent(det, _REPORT, packs)
