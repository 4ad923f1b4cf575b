"""Session 62, review74: a second reading of round 72's review69 (``silence._HEARSAY_NEG_BEFORE``'s
大家, ``_HEARSAY_NEG_OUTBID`` after ！ / 。 and in 我这, 哪能是 / 咋会是 in ``_DOUBT_DENIED_OWN``, the
chat's 嗯呢 / 对滴 / 是哒 / 对头 in ``_CHAT_YES_SKIP``, ``stance._RUMOUR_NAMED_INSIDE``) and of the
lead's hand join of those hearsay readings with left32's ``_verdict_outbid`` (``_OWN_PLEDGE_AFTER``)
and ``stance.OWN_NAMES``. Sentences written for this file (not from any holdout set, the corpus nor
the rules' fixtures).

- (a) Lawful text the join made fire: learners who got the card by the exam after the crowd's 不能
  (我们能拿证是因为老老实实学了三个月), a school running a night class (我们可以办夜校), and a writer who
  names the straw pledge only to deny it (在我这包过，那是不可能的事).
- (b) Sellers in close variants still missed: the crowd said 大伙 / 人人 / 都在传; the outbid after a
  space, an ellipsis or a semicolon, or run straight into the call (我们就能 加v); the writer as
  咱这 / 俺们 (``stance.OWN_NAMES``); the straw man's own pledge after ！ / 。 or in 本中心.
- The rest pins what review69 and the join got right, both ways.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, rule_ids_no_model

EVERY = [None, DEFAULT, CERTS, TRAINING, ALL]


_rules = rule_ids_no_model


# --- (a) lawful text: silent in every pack --------------------------------------------------

_LAWFUL_FIXED = [
    # learners answering the crowd: they got the card by sitting the exam
    "大家都说焊工证不能免考，我们能拿证是因为老老实实学了三个月",
    # a school's own class after the crowd's 不能
    "大家都说焊工证不能免考，我们可以办夜校帮你备考，报名电话 0571-86501234",
    "很多人说电工证不能免考，我们可以办周末班，考试须本人参加",
    # the straw pledge named only to be denied at once
    "网上说焊工证包过是骗人的，在我这包过，那是不可能的事",
]

_LAWFUL_KEPT = [
    "很多人说电工证不能免考，我们能拿证靠的是每天晚上刷题",
    "那些店说电工证包过是假的，在我们这包过，也是不存在的",
    "很多人说电工证不能免考，我这能拿证的学员都是本人考过的",
    "那些中介说焊工证包过都是骗人的，在我们这里包过？不存在的，只包教会",
    "那些店说电工证包过是假的，在我们这里包过？门都没有，只能认真教",
    "网上说焊工证包过是骗人的，在我这包过也是骗人的",
    "学员：电工证能不考直接拿吗？\n老师：对头，不考就拿证是不可能的",
    "学员：电工证能不考直接拿吗？\n老师：嗯呢，免考的都是违规操作",
    "焊工证包过是骗子？哪能是骗子，我们老乡被骗了三千，是诈骗团伙",
    "电工证免考是骗局？哪能是骗局，我这两个工友都被抓了，那是犯罪",
    "大家都说电工证不能免考，本中心可以负责任地告诉大家：确实不能",
    "很多人问电工证能不能免考，大家都说不能，我们也说不能",
    "很多人说电工证不能免考，我们可以拿证后帮你办复审",
    "大家都说焊工证不能免考，我们都可以理解，但规定就是规定",
    "大伙都说焊工证不能免考，我们也不能，必须本人参加考试",
    "人人都说电工证不能免考，我们可以帮你报名，考试须本人参加",
    "很多人说电工证不能免考 我们也不能 请本人参加考试",
    "大家都说焊工证不能免考我们能做的就是认真教",
    "别家说免考电工证都是假的，咱这也提醒学员必须本人考试",
    # workers and victims speaking as 俺们 / 俺家 / 咱这 (the new own names)
    "俺们工地上好几个人都说焊工证不能免考，俺们也老老实实去考了",
    "很多人说电工证不能免考，咱这边的考点也是这么说的",
    "俺家男人听信别人说焊工证能免考，结果被骗了两千，大家别信",
    "网上说焊工证包过是骗人的，俺们这包过的说法从来没有",
    "很多人说电工证不能免考，我们可以办理报名手续，电话 0571-86501234",
    # a study group's 加微信群 after the crowd's 不能
    "大家都说焊工证不能免考我们可以加微信群一起复习",
    # the denial asked back that goes on as a reporter's or a victim's words, a how-to question
    "电工证免考是骗局？怎么会是骗局，我们调查后确认这就是骗局",
    "焊工证免考是骗局？哪里是骗局，是彻头彻尾的诈骗，我们已报警",
    "焊工证补办怎么办理？请到市政务服务中心窗口申请",
    # a school's honest terms after its 不保过: a free retake, a refund under the contract or the rules
    "本校不保过，挂了可以免费重修一次，报名电话 0571-86501234",
    "本校焊工证培训不保过，没过的学员退费须按合同约定申请",
    "一建精讲班，不保过，考试不通过的退费按物价局规定执行",
]


#: Silent with the default and the certificates packs; the training pack's GP-101 reads its own
#: 培训不保过，没过就退 here (as on 6c5f53cd, before this round), left to it.
_LAWFUL_DEFAULT = [
    # a learner leaving the class's group after a fail: 退出 is no refund after the denied pass
    "本校焊工证培训不保过，没过就退出学习群，下期再报名",
]


@pytest.mark.parametrize("packs", [None, DEFAULT, CERTS])
@pytest.mark.parametrize("text", _LAWFUL_DEFAULT)
def test_lawful_text_is_silent_by_default(det, text: str, packs: list[str] | None) -> None:
    assert _rules(det, text, packs) == set()


@pytest.mark.parametrize("packs", EVERY)
@pytest.mark.parametrize("text", _LAWFUL_FIXED + _LAWFUL_KEPT)
def test_lawful_text_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert _rules(det, text, packs) == set()


# --- (b) sellers: the skip or the pledge fires ---------------------------------------------

_SKIP_SELLERS_FIXED = [
    # the crowd in other words
    "大伙都说焊工证不能免考，我们能，加v hg8899",
    "人人都说焊工证不能免考，我们能，加v hg8899",
    "都在传焊工证不能免考，我们能，加v hg8899",
    # the outbid after a space, an ellipsis or a semicolon
    "很多人说电工证不能免考 我们就能 加v dg6688",
    "很多人说电工证不能免考…我们就能，加v dg6688",
    # the denial asked back with the certificates pack's exception word in it (怎么 / 哪里)
    "焊工证免考是骗局？怎么会是骗局，我们做了八年，vx hg8899",
    "焊工证免考是骗局？哪里是骗局，我们做了八年，vx hg8899",
    # the writer as 咱这 / 俺们
    "很多人说电工证不能免考，咱这就能，加v dg6688",
    "很多人说电工证不能免考，俺们就能，加v dg6688",
    "别家免考电工证都是假的，咱这才是真免考，加v dg6688",
    "很多人说免考电工证是假的，俺们才是真免考，加v dg6688",
]

_SKIP_SELLERS_KEPT = [
    "很多人说电工证不能免考；我们就能；v信 dg6688",
    "好多人说叉车证不能免考，在我们这里能，三天出证，电话 13912345678",
    "大家都说登高证不能免考，我们照样能，私我",
    "大家都说焊工证不能免考。我们能！私我 hg8899",
    "大家都说焊工证不能免考，我们可以办，加v hg8899",
    "大家都说焊工证不能免考，我们能拿证，加v hg8899",
    "大家都说焊工证不能免考，本公司可以，加v hg8899",
    "很多人说电工证不能免考，我们可以办证，加v dg6688",
]


@pytest.mark.parametrize("text", _SKIP_SELLERS_FIXED + _SKIP_SELLERS_KEPT)
def test_skip_sellers_fire(det, text: str) -> None:
    assert "CS-001" in _rules(det, text, DEFAULT)
    assert "CS-201" in _rules(det, text, CERTS)
    assert {"CS-001", "CS-201"} <= _rules(det, text, ALL)
    assert "CS-001" in _rules(det, text, None)


_PLEDGE_SELLERS_FIXED = [
    # the straw man's own pledge after ！ or 。, or in the centre's or the company's name
    "网上说焊工证包过是骗人的！在我这包过！加v hg8899",
    "那些店说电工证包过是假的。在咱这就是包过，加v dg6688",
    "那些店说电工证包过是假的，在本中心包过，加v dg6688",
]

_PLEDGE_SELLERS_KEPT = [
    "网上说焊工证包过是骗人的，在我这包过，加v hg8899",
]


@pytest.mark.parametrize("text", _PLEDGE_SELLERS_FIXED + _PLEDGE_SELLERS_KEPT)
def test_pledge_sellers_fire(det, text: str) -> None:
    assert "GP-001" in _rules(det, text, DEFAULT)
    assert "GP-001" in _rules(det, text, ALL)
    assert "GP-001" in _rules(det, text, None)


_TRAINING_SELLERS_FIXED = [
    # the refund on a failed exam right after the denied pass, split off by a comma
    "一建精讲班，不保过，挂了直接退，加v jz8899",
]

_TRAINING_SELLERS_KEPT = [
    "一建精讲班 不保过 挂了直接退 加v jz8899",
    "焊工证培训班，不保过，没过就退，电话 13912345678",
]


@pytest.mark.parametrize("text", _TRAINING_SELLERS_FIXED + _TRAINING_SELLERS_KEPT)
def test_training_sellers_fire(det, text: str) -> None:
    assert "GP-101" in _rules(det, text, TRAINING)
    assert "GP-101" in _rules(det, text, ALL)
