"""Session 70, unseen4: special-operations sellers in the rotated wording sellers turn to when a
platform bans the old words -- the buyer who never shows up (不露面 / 零到场 / 零出门 / 不挪窝 /
免折腾 / 躺着等 / 躺赢 / 无需出面) and the paper that "lands" or "can be searched" (落地 / 本子下来 /
证上门 / 落你手里 / 官网能搜到 / 能搜出 / 一扫就是真的 / 系统里有名). Sentences written for this file
(not from any holdout set, the corpus nor the rules' fixtures).

- (a) A special-operations paper (or its trades), the buyer spared showing up, and the paper's
  landing or being searchable, with a seller's cue: CS-229 in every run with the special pack.
- (b) Lawful twins with the same new words, silent in every pack run: learners telling of their own
  exam, schools and exam centres, employers checking a paper, regulators, platforms and reporters
  quoting the slang, and everyday sentences (项目落地 / 躺赢 / 不出门).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

_NO_SHOW_SELLERS = [
    "电工证 人不露面 二十天落地 私聊",
    "焊工证找我 全程不用露面 本子下来官网能搜到 v同号",
    "登高证 零到场 月中落地 可网查 加v dg7070",
    "高压电工 零出门 证送上门 名字能搜出来 私我",
    "叉车证 不用挪窝 半月本子到手 官网搜得到 需要的滴滴",
    "制冷证 免折腾 无需出面 三周落你手里 私我",
    "电工证 躺着等就行 月底落地 一扫就是真的 扣1",
    "司索证 躺赢 本子下来直接寄 系统里有名 私聊",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _NO_SHOW_SELLERS)
def test_no_show_and_landing_fires(det, text, packs):
    assert_sells(det, text, "CS-229", packs)


_LAWFUL = [
    # learners and holders telling of their own exam
    "焊工证考完二十天落地 官网搜得到 躺着等是等不来证的",
    "考登高证那天我差点没去 还好去了 证下来后系统里有名",
    # schools and exam centres
    "本校电工班理论课可线上学 不用挪窝 考试必须本人到考点 合格后官网能搜到",
    "焊工证考试不能不露面 考点人脸识别 合格后二十天左右本子下来",
    # employers
    "招焊工 持证的优先 证书官网能搜到才算 不接受不露面的线上面试",
    # regulators, platforms and reporters quoting the slang
    "警惕“人不露面 二十天落地”的电工证广告 特种作业证必须本人参加考试",
    "平台严禁发布“零到场、证送上门”之类的办证信息 一经发现封号",
    "记者调查：卖家称“躺着等就行，本子下来官网能搜到” 实为假证",
    "所谓“全程不露面 一扫就是真的”的操作证 都是骗局",
    # everyday sentences with the same words
    "电工班组人不露面也不行 项目下月落地 全员到场",
    "周末躺着等快递 不出门 焊工手套下午就到手",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL)
def test_lawful_twins_stay_silent(det, text, packs):
    assert_silent(det, text, packs)


# --- (c) second reading of this change (issue 9, session 70, unseen4) ---------------------------
# The new spares and deliveries first made CS-229 read a school turning away the idle, an exam
# centre's collection notice, an online class, an employer's in-house class and an office's
# e-certificate news; the sellers of the same shape still fire.

_SECOND_LAWFUL = [
    "想躺赢拿焊工证的别来 我们这里每节课点名 证书能搜到",
    "零出门也能学 电工证网课 考试须到考点 证书官网能查",
    "我们单位组织电工证培训 员工免折腾 老师进厂授课 证书能搜到",
    "电工证到期复审可在网上办理 不用挪窝 复审通过后系统里有名",
    "以前有人跟我说焊工证不露面也能落地 我没信 自己去考的",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _SECOND_LAWFUL)
def test_second_reading_lawful_stay_silent(det, text, packs):
    assert_silent(det, text, packs)


# Pre-existing CS-001 / CS-201 findings on these are not this change's: only CS-229 is asserted.
_SECOND_LAWFUL_CS229 = [
    "电工证考试安排落地 考生无需出面领证 证书邮寄到家 官网能搜到",
    "我市特种作业证电子证照落地 持证人不露面也能亮证 官网能搜到",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _SECOND_LAWFUL_CS229)
def test_second_reading_offices_not_cs229(det, text, packs):
    assert_silent(det, text, packs, of=("CS-229",))


_SECOND_SELLERS = [
    "焊工证 工人不挪窝 证书官网能搜到 包落地 私我",
    "电工证 企业包班 员工免折腾 当月落地 老板私聊",
    "高压电工证复审 不用挪窝 本子下来系统里有名 私我",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SECOND_SELLERS)
def test_second_reading_sellers_fire(det, text, packs):
    assert_sells(det, text, "CS-229", packs)
