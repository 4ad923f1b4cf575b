"""Session 70, review133: a second reading of unseen4's CS-229 change (the rotated no-show spares
不露面 / 零到场 / 躺着等 and the delivery words 落地 / 证上门 / 能搜到, with the new exceptions 考生 / 网课 /
领证 / 持证人 …). Sentences written for this file (not from any holdout set, the corpus nor the rules'
fixtures).

- (a) Sellers one step from unseen4's lawful twins: the exception words worn by a seller (考生不用到考点,
  网课挂着就行, 网课都不用看) silenced CS-229 and left only the learned scorer.
- (b) Lawful lines with the same new words that CS-229 read as a sale: an office's online renewal
  (网上办 / 不见面办 / 网上提交资料, the new card mailed 送证上门) and an employer's in-house class whose
  exam is sat at the plant. Where CS-001 already fired before unseen4 (its 不用出面 / 无需出面), only
  CS-229 is asserted.
- (c) Lawful twins of the new breakers, silent in every pack run.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

_WEARING_EXCEPTIONS = [
    "电工证 考生不用到考点 躺着等 月底落地 官网能搜到 私我",
    "焊工证 网课挂着就行 不露面 本子下来官网能搜到 加v hg8899",
    "叉车证 网课都不用看 零到场 月底证上门 能搜到 私",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _WEARING_EXCEPTIONS)
def test_seller_wearing_exception_fires(det, text, packs):
    assert_sells(det, text, "CS-229", packs)


# CS-001 reads 不用出面 / 无需出面 on these since before unseen4: only CS-229 is asserted.
_OFFICE_RENEWALS = [
    "本中心电工证复审可网上提交资料 不用出面 新证送证上门 官网能搜到 电话 0571-86012345",
    "特种作业证复审网上办 零跑腿 不用出面 新证送证上门 咨询电话 12345",
    "本市电工证换证实现不见面办 持证本人无需出面 证书快递上门 官网能搜到 详询12345",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _OFFICE_RENEWALS)
def test_office_online_renewal_not_cs229(det, text, packs):
    assert_silent(det, text, packs, of=("CS-229",))


_LAWFUL = [
    "公司给员工统一办电工证培训 员工免折腾 考试在厂里考点 证书能搜到 联系行政",
    # twins of the breakers: an exam centre's collection notice, an online class, a renewal guide
    "考点通知：焊工证考生不用到考点领证 证书邮寄到家 官网能搜到 咨询电话 0571-86012345",
    "电工证网课可回看 零出门学理论 考试须到考点 合格后官网能搜到 咨询电话 0571-86012345",
    "电工证网课不用看直播 有回放 零出门 考试本人到考点 合格后落地 报名电话 0571-86012345",
    "焊工证复审可网上办理 不见面审批 新证邮寄送证上门 官网能搜到 咨询电话 0571-86012345",
    "电工证考完二十天落地 官网能搜到 免折腾 证送上门 想考的私我给你学校电话",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL)
def test_lawful_twins_stay_silent(det, text, packs):
    assert_silent(det, text, packs)


_NEAR_SELLERS = [
    # the office's words worn by a seller who gives his own channel
    "电工证复审网上办 不露面 当月落地 系统里有名 私我",
    "焊工证 不见面办 躺着等 月底证上门 能搜到 加v hg5566",
    # the plant's exam said spared
    "电工证 考试在家就行 免折腾 当月落地 能搜到 私聊",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _NEAR_SELLERS)
def test_near_sellers_fire(det, text, packs):
    assert_sells(det, text, "CS-229", packs)


# --- (d) second reading of this change (issue 9, session 70, review133) --------------------------
# The office's words first silenced CS-229 on sellers who wear them with their own call (在线申请 …
# 联系我; 网上办 … v同号) and on an exam said sat online (考试在线上); a school's exam at its centre stays
# silent.

_SECOND_SELLERS = [
    "高压电工 在线申请 人不露面 月底证上门 系统里有名 联系我",
    "电工证 考试在线上 零出门 月底落地 官网能搜到 私",
    "电工证 网上办 不露面 当月落地 v同号",
    "焊工证 考试在我们这边 你不露面 二十天落地 能搜到 联系 13912345678",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SECOND_SELLERS)
def test_second_reading_sellers_fire(det, text, packs):
    assert_sells(det, text, "CS-229", packs)


_SECOND_LAWFUL = [
    "焊工证考试在市培训中心 零出门的理论课可线上学 合格后落地 官网能搜到 电话 0571-86012345",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _SECOND_LAWFUL)
def test_second_reading_lawful_stay_silent(det, text, packs):
    assert_silent(det, text, packs)
