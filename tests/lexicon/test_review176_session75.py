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

The lawful twins (a teacher going over every chapter, 全过程 tutoring, the promise to teach, the
office's notice, traditional characters and spaces) stay silent in every pack run.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, SPECIAL, TRAINING, assert_sells, assert_silent

_SELLER_RUNS = [SPECIAL, ALL]
_EVERY_RUN = [SPECIAL, TRAINING, CERTS, ALL]

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
]


@pytest.mark.parametrize("packs", _SELLER_RUNS)
@pytest.mark.parametrize("text", _TAKEN_BACK + _OTHER_WORD)
def test_the_refused_word_taken_back_or_another_word_refused_still_sells(
    det, text: str, packs
) -> None:
    assert_sells(det, text, "GP-", packs)


@pytest.mark.parametrize("packs", _SELLER_RUNS)
@pytest.mark.parametrize("text", _PROXY_RENAMED)
def test_the_proxy_refused_as_a_word_and_sold_renamed_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, "EF-", packs)


@pytest.mark.parametrize("packs", _EVERY_RUN)
@pytest.mark.parametrize("text", _LAWFUL)
def test_the_school_refusing_the_word_in_its_own_plain_words_is_silent(
    det, text: str, packs
) -> None:
    assert_silent(det, text, packs)
