"""Session 72, helper hearsay: the seller who quotes a rumour or a rival, denies it, and sells.

Sentences written for this file (none is a row of holdout254, of any other set or of any real
text). The shared warning step silenced a candidate when a denial or a verdict (不存在的, 没有这回事,
是骗人的, 都是假的, 骗子) stood near it. Sellers wear it as a foil:

- they quote someone else's claim (有人说 / 都说 / 网友说 …), deny it, and then turn to their own
  trade (其实可以, 真的存在, 本司 / 我这 …) with an offer or a contact;
- a buyer's review says the rivals are fakes (别家都是假的) or that the buyer took the shop for a
  fraud (还以为是骗子) only to vouch for the shop (这家靠谱, 结果是真的) and send others to it.

The denial covers the clause it denies, not the writer's turn after it. The lawful twins
(regulators' and papers' rumour-busting, schools, learners' complaints, Q&A answers with the law)
stay silent in every pack run.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    EVERY_PACK,
    WITH_SPECIAL,
    assert_sells,
    assert_silent,
)

#: Sellers who quote a claim, deny it and turn to their own trade.
_HEARSAY_SOLD = [
    "别人说焊工证不用考就能拿，不存在的，本司内部渠道，十天出证，电话 13812345678",
    "都说司炉证不考拿不到，压根没这回事，付了钱我这边直接出证",
    "有人说叉车证免考拿证是骗人的，其实是真的，需要的滴我",
    "楼主说的电工证不用考直接拿，没有这回事是假的，找我真能办",
    "大家都说登高证不去考拿不到，没有的事，我这边二十天出证，私聊",
    "听人讲高压证不考试不可能拿到，其实能，本公司内部名额，加v gy_3306",
    # the second reading: the writer's place with an offer, the reversal with a call
    "有人说电工证必须本人考？不存在的，咱这交钱就行，人不用去，加v dq_4410",
    "网上说焊工证免考都是骗人的，其实不骗人，我们这边十天出证，私我",
    "有人讲焊工证不考试拿不到，没有的事，本司直接下证，微信 hg_5120",
]
#: Rumour-busting, schools and learners with the same words, which must stay silent.
_HEARSAY_LAWFUL = [
    "网传电工证不用考能拿，没有这回事，应急管理局提醒，必须参加考试",
    "焊工证不考也能拿到手？不存在的，一律要参加考试",
    "有人说焊工证不用考就能拿，没有这回事，其实正规渠道报名考试，两个月就能拿证",
    "有人说我们这能免考拿叉车证？没有这回事，我们这从来不搞免考，学员本人参加考试",
    "网友说电工证免考能拿，根本不存在，其实都是骗子让你先交钱再出证",
    "听说制冷证不用考？没这回事，找我们报名的学员都要本人考试",
    "群里有人说登高证免考是真的，其实是假的，交钱就出证的全是骗子",
    "有人说焊工证不考也能拿，不存在的，本司只做正规培训，学员自己考试",
    # the second reading: a school's place with only a call, a reversal that teaches, an offer
    # bounded by the exam or denied in its own clause
    "有人说焊工证不用考，不存在的，本司只提供培训，考试要本人去，私信咨询课程",
    "网传电工证花钱就能买，没有这回事，其实可以走正规培训考取，私信了解开班时间",
    "听说电工证不考也能拿？不可能的，我这边建议老老实实报名，三个月后考试出证",
    "网友说焊工证有内部渠道，不存在的，我们这没有任何内部名额，请本人报名考试",
    "有人说我们能代办叉车证，没有这回事，本公司不代办任何证件，举报电话 12350",
    "群里有人说登高证不考能拿，是骗人的，我这里只教实操，考试合格才发证",
    "都说叉车证不考就能拿，其实是骗局，交了钱也不出证，大家别上当",
    "有人说叉车证不用考，不存在的，我这边考过的师傅都说必须考，交钱报名后按时去考点",
    "有人说电工证不用考不存在？记者暗访发现，其实可以，交钱就能拿到证，警方已介入",
    "网友说焊工证免考是骗人的，其实是真的，法院查明被告人交钱就出证，已判刑",
]

#: (review147, session 72) The two sellers left alone here, the denied claim asked and reversed
#: with a call (…没有这回事？其实可以，懂的来; …不存在？真的存在，滴滴我), now sell: tested in
#: ``test_review147_session72.py``.

#: Reviews whose warning word is the seller's foil.
_FOIL_SOLD = [
    "好评 电工证没考试就到手了 别家都是假的 这家靠谱 需要的私聊",
    "叉车证没考试就到手了 还以为是骗子 结果是真的 老板靠谱 推荐",
]
#: Left alone: CS-242's own exception (unless:骗子 / report:都是假证) and the model silence these.
_FOIL_SOLD_LEFT = [
    "焊工证没去考就寄到了 别的店全是假证 这家能查 要的私我",
    "买家秀：电工证没考试就寄到了，别家都是假证，这家能查，回购",
]
#: Learners' complaints and reviews of schools, which must stay silent.
_FOIL_LAWFUL = [
    "还以为是正规机构，结果是骗子，电工证交了钱也没拿到",
    "差评 焊工证没考试说能到手 结果是骗子 别家都是假的 大家别信",
    "好评 叉车证是自己考下来的 别家说不用考都是假的 这家靠谱",
    "本来以为这家培训是骗子 结果是真的 电工证我自己考过了 推荐",
    # the second reading: a school's review with the verdict, a report of the fake that came
    "电工证没考试就到手的都是假证 别家都是假的 这家培训学校靠谱 需要报名的私聊",
    "举报 叉车证没考试就寄到了 还以为是骗子 结果是真的假证 已报警",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _HEARSAY_SOLD)
def test_a_denied_rumour_then_the_writers_own_trade_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _HEARSAY_LAWFUL)
def test_rumour_busting_stays_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _FOIL_SOLD)
def test_a_review_whose_warning_is_the_foil_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _FOIL_LAWFUL)
def test_complaints_and_school_reviews_stay_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.xfail(strict=True, reason="left alone: CS-242's own exceptions")
@pytest.mark.parametrize("text", _FOIL_SOLD_LEFT)
def test_a_review_with_the_rivals_fake_papers_is_still_missed(det, text: str) -> None:
    assert_sells(det, text, ANY_RULE, None)
