"""Session 74, helper lawful13: a school's refusal to use the pass as a word.

Sentences written for this file (none is a row of holdout263, of any other set or of any real
text). The family of lawful lines that fired on main ``4cc7cc8e``:

- the pass named as a word or a saying (这种词 / 这个词 / 这几个字 / 这句话) and the school refusing to
  use, write or say it (招生时不用 / 不敢写 / 不往广告上写 / 从来不说 / 不这么说), or answering a rival's
  promise with 我们不这么说: GP-001 / GP-002 / GP-101 / GP-127 read the bare 包过 / 稳过 / 保过.

The reading is tested with its lawful twins (no rule fires in any pack run) and with the sellers who
use the same words and cross the line (a rule still fires where its pack runs): those who say the
word every day, those whose rivals refuse it and who do not, and those who take the refusal back.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    EVERY_PACK,
    WITH_SPECIAL,
    WITH_TRAINING,
    assert_sells,
    assert_silent,
)

#: The pass named as a word the school will not use, write or say.
_WORD_REFUSED = [
    "稳过这个词我们招生时从来不用，老师只管把课讲透，考试靠学员自己",
    "包过这几个字本校不敢写，能写的是课时和实操工位，焊工证报名找前台",
    "保过这句话我们不往广告上写，电工证考试要本人去考点",
    "必过这种词我们宣传时不用，高处作业证理论实操都得自己考",
    "包过、免考这两句话我们从来不说，叉车证考试本人参加",
    "教资面试包过这种词我们不用，只保证模拟课练够",
    # the second reading's twins: a parent's question answered, a reporter's quote, a list of two words
    "家长问能不能包过，包过这个词我们不用，只能保证教到会",
    "本报记者走访发现，正规学校都说，包过这种字眼我们不敢用",
    "包过和免考这两个词我们从来不用，报名电话0571-86001122",
    "保过这几个字我校不写，焊工证课时一百二十个",
    # the word noun inside GP-127's own term (包过两个字 | 我们不敢写) and the word absent from the print
    "包过两个字我们不敢写，只敢写课时，报名找前台",
    "保过这句话本校不往宣传单上写，理论实操本人考",
    "稳过两个字在本校的招生简章上看不到，焊工证考试本人参加",
    "包过、稳过，这几个词我们招生时从来不说，电工证下月开班",
]
#: A rival's promise answered by the school's own refusal to say it.
_RIVAL_ANSWERED = [
    "别的机构说稳过，我们不这么说，电工证没考过的下一期免费跟课",
    "隔壁喊包过，我们不这样说，焊工证考试要靠自己",
]
#: The same words from sellers: the word said every day, the rival who refuses and the writer who
#: does not, the refusal taken back at once.
_WORD_SOLD = [
    "稳过这个词我们天天说，焊工证跟我们报的没有不过的，私信",
    "包过这几个字别家不敢写，我们敢写，电工证不过全退，私聊",
    "保过这句话我们不往广告上写，但结果你懂，高处作业证加v",
    "别的机构不敢说稳过，我们敢，叉车证考不过退全款",
    "包过这种词我们不用，我们直接签协议保过，电工证私聊",
    # the second reading's sellers: the refusal taken back by a result, a wink, a rename or an inside way
    "包过这个词我们不用，反正来的都过了，电工证加v",
    "稳过这几个字我们不写，心里有数就行，焊工证私聊",
    "包过，这个词我们不用，改叫一次拿证，电工证私聊",
    "包过这个词别人不敢用，我们天天用，焊工证不过退费",
    "包过这两个字在我们的海报上找不到，但来的都过了，焊工证加v",
    "保过两个字本中心不敢写，懂的都懂，焊工证私聊",
    "包过、免考、不用到场，这三句话我们天天说，电工证私聊",
]
_WORD_SOLD_TRAINING = [
    "教资面试包过这几个字同行不敢写，我们敢写，不过全退，私我",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _WORD_REFUSED + _RIVAL_ANSWERED)
def test_the_pass_named_as_a_word_the_school_will_not_use_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _WORD_SOLD)
def test_the_pass_said_or_taken_back_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, "GP-", packs)


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _WORD_SOLD_TRAINING)
def test_a_training_pass_said_by_the_writer_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, "GP-", packs)
