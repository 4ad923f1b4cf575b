"""Session 75, review176: the second reading of lawful13 (round 89: ``silence._POST_DENIED`` reads the
pass named as a word -- 这个词 / 这几个字 / 这两句话 -- that the school will not use, write or say).

Sentences written for this file (none is a row of a held-out set, of the corpus or of any real
text). On main ``8c8a1a72`` the new reading silenced sellers who fired before it (``7fd0feb0^``):

- (a) the refusal taken back in the same post in words ``_SAID_TAKEN_BACK`` did not know: the result
  (来了都过, 来的学员都过, 报了就能过), the thing under another name or in another print (叫保障拿证,
  写在合同里), the outbid (我们这里敢写, 但敢做, 只做), an inside way (考场我们都打点好了, 押中原题),
  the pay-and-pass (交钱就包), the fee waived on a fail (考不过不收费), a proxy renamed (叫替你跑一趟);
- (b) another word refused after the pass, read as the second item of a list of refused words
  (包过，考不过这种词我们从来不说; 保过，退费这两个字我们不写): only a banned word is a list's item.

- (c) the skip or the paper straight out as the next clause opens (，不用到场，直接下证; ，直接出证): the
  certificate rules' CS-006 fired on them before 7fd0feb0.

The lawful twins (a teacher going over every chapter, 全过程 tutoring, the promise to teach, traditional
characters and spaces) stay silent in every pack run; and two lines round 89 left firing are read:
the refusal said 从不讲 (lawful3's verbs lacked 从), the list glued without a joiner (包过免考这种话), and
the class's sign-up chat after the exam kept in person (考试须本人参加，报名私聊), while the wink (懂的私聊)
and the exam waived before the chat (走个过场，报名私聊) still sell.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ALL,
    EACH_PACK_RUNS,
    SELLER_RUNS,
    assert_sells,
    assert_silent,
)

#: (a) The refusal of the word taken back in the same post: fired GP- before 7fd0feb0, silent on 8c8a1a72.
_TAKEN_BACK = [
    "焊工证培训，包过这个词我们不说，但是来了都过",
    "电工证稳过这个词我们不用，反正来的学员都过",
    "焊工证保过这几个字本校不敢写，来了就都过，报名从速",
    "焊工证包过这个词我们不用，来了就能过",
    "焊工证包过这个词我们不用，报了就能过",
    "焊工证稳过这两个字我们不敢写？来了都过",
    "焊工證包過這個詞我們不用，來了都過",
    "电工证包过这个词我们不用，叫保障拿证",
    "电工证包过这两个字我们不写，写在合同里",
    "焊工证保过这句话我们不往广告上写，合同上写",
    "焊工证包过这个词学校不敢写，我们这里敢写",
    "电工证包过这个词学校不敢用，我们天天用",
    "焊工证包过这两个字我们不敢写，但敢做",
    "电工证包过这个词我们不说，只做",
    "电工证包过这个词我们不说，我们用结果说话",
    "电工证稳过这个词我们不用，考试有人帮",
    "叉车证包过这几个字本校不敢写，考场我们都打点好了",
    "焊工证包过这个词我们从不用，题库押中原题",
    "电工证包过这个词我们不用，考前给答案",
    "叉车证包过这个词我们不说，交钱就包",
    "电工证包过这种词我们不用，交钱就行",
    "焊工证包过这个词我们不用，交了钱等通知拿证",
    "电工证包过这个词我们不用，考不过不收费",
    "电工证稳过这个词我们不用，人不用到场",
]
#: (a) A proxy's word refused and the proxy sold under another name.
_PROXY_RENAMED = [
    "焊工证代考这个词我们不用，叫替你跑一趟",
]
#: (b) Another word refused after the pass: no list of refused words.
_OTHER_WORD = [
    "叉车证包过，考不过这种词我们从来不说",
    "电工证保过，退费这两个字我们不写",
    "电工证包过，失败这个词我们不用",
    "电工证包过，包邮这个词我们不用",
]
#: (c) The skip or the paper straight out after the refused word: CS-006 fired before 7fd0feb0.
_STRAIGHT_OUT = [
    "高处作业证免考这两个字我们不写，不用到场，直接下证",
    "电工证免考这个词我们不用，直接出证，到手付款",
]
#: The sign-up chat after the exam kept in person, read as the class's: fired on 8c8a1a72.
_ENROL_CHAT_LAWFUL = [
    "叉车证培训，包过免考这种话我们从不讲，考试须本人参加，报名私聊",
    "焊工证培训，稳过这种话我们从不讲，考试本人参加",
    "电工证培训，包过这个词我们不用，考试本人参加，报名加v",
    "焊工证培训，包过、免考、代考这些词我们不用",
]
#: ... and the same words from the seller: a wink, the exam waived before the chat, a pass after it.
_ENROL_CHAT_SOLD = [
    "焊工证包过这种话我们不讲，考试必须本人参加，懂的私聊",
    "焊工证包过这种话我们不讲，考试本人参加，走个过场，报名私聊",
    "焊工证包过这种话我们不讲，本人到场就行，报名私聊",
    "焊工证包过这个词我们不用，考试本人参加，报名私聊，保证拿证",
    "焊工证包过免考这种话我们从不讲，报名私聊",
    "焊工证包过这种话我们从不讲，懂的私聊",
]
#: The lawful twins: the school's refusal and its own plain words after it. Silent on 8c8a1a72; kept so.
_LAWFUL = [
    "焊工证培训，包过这个词我们不用，每章重点都过一遍",
    "焊工证培训，包过这个词我们不用，我们说的是保证教会",
    "电工证培训，稳过这个词我们不用，全过程跟班辅导",
    "电工证培训，包过这两个字学校不敢写，我们也不敢",
    "焊工证培训，包过这个词我们不用，只做正规培训",
    "焊工证培训，包过、代考这两个词我们从来不用",
    "焊工证培训，包过和免考这两个词我们不用，考试本人参加",
    "焊工證包過這個詞我們招生時不用，考試靠自己",
    "焊工证包过 这个词 我们不用，考试靠自己",
    "电工证培训，包过这个词我们不用",
    # words a take-back must not read: 天天 with no verb at the clause's end, 没有人帮, 即可 before a verb
    "焊工证培训，包过这个词我们不用，老师天天讲的是安全",
    "焊工证培训，包过这个词我们不用，考试没有人帮得了你",
    "焊工证培训，包过这个词我们不用，交钱即可报名",
    "焊工证培训，包过这个词我们不用，只说帮你学会",
]
#: Left as they are (on 8c8a1a72 too): a teacher's count of first-time passes read as 一次能过; the
#: office's own notice read by CS-001 (合格后…拿证); a question refused by nobody.
_LEFT_LAWFUL = [
    "焊工证培训，包过这个词我们不用，老师说一次能过的不多",
    "焊工证培训，包过这个词我们不用，考试合格后等通知拿证",
]
#: Left silent (on 7fd0feb0^ too): 挂科 / 不过 refused after the pass reads as the seller's own
#: "no fail", not a list; a bare 签合同 after the refused word.
_LEFT_SOLD = [
    "焊工证稳过，挂科这两个字我们不说",
    "焊工证包过这个词我们不用，签合同",
]


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize("text", _TAKEN_BACK + _OTHER_WORD)
def test_the_refused_word_taken_back_or_another_word_refused_still_sells(
    det, text: str, packs
) -> None:
    assert_sells(det, text, "GP-", packs)


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize("text", _PROXY_RENAMED)
def test_the_proxy_refused_as_a_word_and_sold_renamed_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, "EF-", packs)


@pytest.mark.parametrize("packs", EACH_PACK_RUNS)
@pytest.mark.parametrize("text", _LAWFUL)
def test_the_school_refusing_the_word_in_its_own_plain_words_is_silent(
    det, text: str, packs
) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize("text", _STRAIGHT_OUT)
def test_the_skip_or_the_paper_straight_out_after_the_refused_word_still_sells(
    det, text: str, packs
) -> None:
    assert_sells(det, text, "CS-006", packs)


@pytest.mark.parametrize("packs", EACH_PACK_RUNS)
@pytest.mark.parametrize("text", _ENROL_CHAT_LAWFUL)
def test_the_sign_up_chat_after_the_exam_kept_in_person_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize("text", _ENROL_CHAT_SOLD)
def test_the_wink_or_the_waived_exam_before_the_chat_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, "GP-", packs)


@pytest.mark.xfail(
    strict=True, reason="left: 一次能过 / CS-001's 合格后拿证 read in a school's line"
)
@pytest.mark.parametrize("text", _LEFT_LAWFUL)
def test_left_lawful_lines_still_fire(det, text: str) -> None:
    assert_silent(det, text, ALL)


@pytest.mark.xfail(strict=True, reason="left: another word refused after the pass, a bare 签合同")
@pytest.mark.parametrize("text", _LEFT_SOLD)
def test_left_sellers_still_silent(det, text: str) -> None:
    assert_sells(det, text, "GP-", ALL)
