"""Session 62, review79: a second reading of round 73's review74 (``silence._HEARSAY_NEG_OUTBID``'s
拿证 / 办 ends, the crowd's 大伙 / 人人 / 都在传, ``stance.OWN_NAMES``' 咱这 / 俺们, left32's straw
pledge after ！ / 。 and denied next (``_OWN_PLEDGE_AFTER``), the certificates pack's 怎么 / 哪里 before
the denial asked back, ``_FAIL_REFUND_NEXT`` after a comma with ``_LEFT_NOT_REFUNDED``) and of the
lead's join of that refund block with fa21's ``negation:后置否定`` (``_POST_DENIED``). Sentences
written for this file (not from any holdout set, the corpus nor the rules' fixtures).

- (a) Lawful text still firing: the straw pledge denied in other words (那绝对是不可能的, 这种事不存在,
  根本不可能, 没这回事, 也不可能); a learner leaving the class (没过就退班); a school's student card
  (办学员证) or its own route after its 可以 (本中心可以，提供正规培训，考试本人参加); a learner's 拿证
  closed by a full stop and explained; a teacher's 包过的没有 in a school chat; an office's reply to
  a rumour (网传焊工证可以免考，本中心明确答复：不能免考).
- (b) Sellers still missed: the straw pledge vouched by a double negation (不可能不过) or written
  with spaces only; the refund after a semicolon (不保过；挂了直接退); the denial asked back in the
  centre's or the company's name (怎么会是骗局，本中心做了八年).
- The rest pins what review74 and the join got right, both ways.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, rule_ids_no_model

EVERY = [None, DEFAULT, CERTS, TRAINING, ALL]


_rules = rule_ids_no_model


# --- (a) lawful text: silent in every pack --------------------------------------------------

_LAWFUL_FIXED = [
    # the straw pledge named only to be denied in the next clause, in other words
    "网上说焊工证包过是骗人的，在我这包过，那绝对是不可能的",
    "网上说焊工证包过是骗人的，在我这包过，这种事不存在",
    "网上说焊工证包过是骗人的，在我这包过，根本不可能",
    "网上说焊工证包过是骗人的，在我这包过，没这回事",
    # a school's student card after the crowd's 不能
    "大伙都说焊工证不能免考，我们可以办学员证，方便进出考场",
    # the school's 可以 sent at once to its training and the exam in person
    "大家都说焊工证不能免考，本中心可以，提供正规培训，考试本人参加",
    # the learners' 拿证 closed by a full stop and explained
    "大家都说焊工证不能免考，我们能拿证。靠的是认真学习",
    # a victim's disbelief asked with its own mark, then the fraud told
    "电工证免考是骗局？怎么可能是骗局？我们都被骗了三千，大家私我交流维权",
    # the exam in person named after the can-do, by the letter of the rule
    "很多人说电工证不能免考，我们可以，考试需要本人到场，报名电话 0571-86501234",
    # a rumour answered by the office
    "网传焊工证可以免考，本中心明确答复：不能免考，请本人参加考试",
    "网上传言电工证可以免考，本局郑重答复：不能免考",
]

_LAWFUL_KEPT = [
    "那些店说电工证包过是假的，在咱这包过，也不可能，只能好好学",
    "网上说焊工证包过是骗人的，在我这包过，是不可能的",
    "网上说焊工证包过是骗人的，在我这包过？那是做梦",
    "网上说焊工证包过是骗人的，在我这包过，那是骗人的，我们只管教",
    "很多人说电工证不能免考，我们可以办理延期复审，须本人到场",
    "很多人说电工证不能免考，我们可以办培训班，考试必须本人参加",
    "很多人说电工证不能免考，我们可以办，但只办报名，考试本人去",
    "很多人说电工证不能免考，我们也觉得不能，我们只能帮你报名",
    "大家都说焊工证不能免考，我们能做到的只有好好教",
    "很多人说电工证不能免考，我们可以证明确实如此",
    "电工证免考是骗局？怎么可能是骗局，我们调查后确认就是骗局",
    "电工证免考是骗局？怎么可能不是骗局，大家千万别信",
    "电工证免考是骗局？怎么会是骗局，本中心已经报警，这就是诈骗",
    "电工证免考是骗局吗？不是骗局，本中心提醒：这是违法犯罪",
    "网传电工证不用考试，经核实，不能免考，须本人参加考试",
    "网上说焊工证包过是骗人的 在我这包过的学员都是自己考的",
    "网上说焊工证包过是骗人的，在我这包过，这种事压根不存在",
    "电工证免考是骗局？怎么会是骗局，我们已经报警了，这就是诈骗",
    "焊工证免考是骗局？哪里是骗局，我们老乡都被骗了，已经报警",
    "记者：网上说焊工证包过是骗人的，在你们这包过吗？店员：在我这包过，那是不可能的事",
    "法院查明：被告人称“很多人说电工证不能免考，我们就能”，以此招揽客户，收取费用三万元",
    "警方提醒：骗子常说“大家都说焊工证不能免考，我们能，加v”，切勿相信",
    "客服：包过的没有，考试靠自己",
    "客服：保过的没有，想过就好好学",
    "店家：保过这种事不存在，我们只管教会",
    "客服：包拿证的没有，要本人考",
    "学员：焊工证能免考吗？\n老师：不能，免考是不可能的，必须本人考试",
    "一建精讲班，不保过，挂了退费需按合同申请",
    "一建精讲班，不保过，挂了直接退回重学，电话 0571-86501234",
    "本校不保过，没过就退出本期，可以免费插班下一期",
]


@pytest.mark.parametrize("packs", EVERY)
@pytest.mark.parametrize("text", _LAWFUL_FIXED + _LAWFUL_KEPT)
def test_lawful_text_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert _rules(det, text, packs) == set()


#: Silent with the default and the certificates packs; the training pack's GP-101 reads its own
#: 没过就退 here as a refund term (as before this round), left to it.
_LAWFUL_DEFAULT = [
    # a learner leaving the class after a fail: 退班 is no refund after the denied pass
    "本校不保过，没过就退班，下期重新报名",
]


@pytest.mark.parametrize("packs", [None, DEFAULT, CERTS])
@pytest.mark.parametrize("text", _LAWFUL_DEFAULT)
def test_lawful_text_is_silent_by_default(det, text: str, packs: list[str] | None) -> None:
    assert _rules(det, text, packs) == set()


#: A teacher's 包过的没有 in a school chat, answering the learner's question: silent in every pack.
_LAWFUL_CHAT = [
    "学员：电工证能包过吗？\n老师：包过的没有，考试靠自己",
    "学员：焊工证能保过吗？\n老师：保过这种事不存在，好好复习",
]


@pytest.mark.parametrize("packs", EVERY)
@pytest.mark.parametrize("text", _LAWFUL_CHAT)
def test_teacher_denies_the_pass_after_it(det, text: str, packs: list[str] | None) -> None:
    assert _rules(det, text, packs) == set()


# --- (b) sellers: the skip or the pledge fires ---------------------------------------------

_PLEDGE_SELLERS_FIXED = [
    # the straw pledge vouched by a double negation, or written with spaces only
    "网上说焊工证包过是骗人的，在我这包过，不可能不过，加v hg8899",
    "网上说焊工证包过是骗人的 在我这包过 加v hg8899",
]

_PLEDGE_SELLERS_KEPT = [
    "网上说焊工证包过是骗人的，在我这包过，那是肯定的，加v hg8899",
    "网上说焊工证包过是骗人的；在我这包过；加v hg8899",
    "网上说焊工证包过是骗人的，在俺们这包过，加v hg8899",
]


@pytest.mark.parametrize("text", _PLEDGE_SELLERS_FIXED + _PLEDGE_SELLERS_KEPT)
def test_pledge_sellers_fire(det, text: str) -> None:
    assert "GP-001" in _rules(det, text, DEFAULT)
    assert "GP-001" in _rules(det, text, ALL)
    assert "GP-001" in _rules(det, text, None)


_SKIP_SELLERS_FIXED = [
    # the denial asked back in the centre's or the company's name
    "焊工证免考是骗局？怎么会是骗局，本中心做了八年，vx hg8899",
    "焊工证免考是骗局？哪能是骗局，我司做了八年，vx hg8899",
    # the denial asked back with 怎么可能 / 怎么会 and a bare 私我 (review74 left it silent)
    "电工证免考是骗局？怎么可能是骗局，我们办了上千人，私我",
    "电工证免考是骗局？怎么会是骗局，我们办了八年，私我",
    # the exam in person waived after the can-do: still the seller's
    "大家都说焊工证不能免考，我们能，无需本人到场，加v hg8899",
    "大家都说焊工证不能免考，我们能，不用本人考，加v hg8899",
]

_SKIP_SELLERS_KEPT = [
    "大家都说焊工证不能免考，我们可以办焊工证，加v hg8899",
    "大伙儿都在说焊工证不能免考，俺们就能，微信 hg8899",
    "都在说电工证不能免考，咱家就能，v信 dg6688",
    "很多人说叉车证不能免考，我们能办，加v cc1234",
    "很多人说电工证不能免考。我们可以。加v dg6688",
    "很多人都说电工证不能免考，本店就可以，私我",
    "大家都说焊工证不能免考，找我就能，vx hg8899",
    "大家都说焊工证不能免考，我们能，私聊",
    "焊工证免考是骗局？怎么可能是骗局，我们办了八年，vx hg8899",
    "焊工证免考是骗局？怎么会是骗局，咱这做了八年，vx hg8899",
    "焊工证免考是骗局？哪能是骗局，俺们做了八年，vx hg8899",
]


@pytest.mark.parametrize("text", _SKIP_SELLERS_FIXED + _SKIP_SELLERS_KEPT)
def test_skip_sellers_fire(det, text: str) -> None:
    assert "CS-001" in _rules(det, text, DEFAULT)
    assert "CS-201" in _rules(det, text, CERTS)
    assert {"CS-001", "CS-201"} <= _rules(det, text, ALL)
    assert "CS-001" in _rules(det, text, None)


_TRAINING_SELLERS_FIXED = [
    # the refund on a failed exam after a semicolon (normalized to a full stop)
    "一建精讲班，不保过；挂了直接退；加v jz8899",
]

_TRAINING_SELLERS_KEPT = [
    "一建精讲班，不保过，挂了直接退，加v jz8899",
    "一建精讲班，不保过，挂了全退，加v jz8899",
    "一建精讲班，不保过，挂了直接退！加v jz8899",
    "一建精讲班，不包过，考不过全额退费，私我",
]


@pytest.mark.parametrize("text", _TRAINING_SELLERS_FIXED + _TRAINING_SELLERS_KEPT)
def test_training_sellers_fire(det, text: str) -> None:
    assert "GP-101" in _rules(det, text, TRAINING)
    assert "GP-101" in _rules(det, text, ALL)
