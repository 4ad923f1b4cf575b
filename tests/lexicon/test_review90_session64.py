"""Session 64, review90: a second reading of panel2 and review86 (one question, one answer).
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- A school's lawful no with its own enrolment contact: the teacher's 这个保证不了 (no
  ``_ANSWER_DENIES``, read as the lawful turn) lost the enrolment contact's weight that panel2 gave
  only after 答者否认; 仅提供培训 / 只是培训机构 were no training-only reason; and a plain 不能，必须本人
  参加考试 with 报名加微信 fired, since only 只负责培训 let the contact stand as the enrolment's.
- The refusal called a joke and the pass promised after it (这个保证不了……开玩笑的，包过，私我): the
  training pack read the denial and went silent.
- A seller's yes under the school's other speakers (教练 / 导师 / 讲师 / 师傅 / 老师傅): the
  certificates pack read the learner's question as a question (no CS-201) where 老师： fires.
- Sellers who take the refusal back (内部名额, 找人替考, 考场有熟人) keep firing with a contact.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ALL,
    ANY_RULE,
    CERTS,
    DEFAULT,
    EVERY_PACK,
    TRAINING,
    WITH_SPECIAL,
    WITH_SPECIAL_OR_CERTS,
    assert_sells,
    assert_silent,
)

# the refusal called a joke, the pass promised after it
_JOKING_SELLERS = [
    "学员：电工证包过吗？\n老师：这个保证不了……开玩笑的，包过，私我",
    "学员：焊工证能包过吗？\n老师：这个保证不了，开玩笑的，包过，私我 hg_3301",
    "学员：包过吗？\n老师：这个保证不了……开玩笑的，包过，私我",
    "学员：叉车证能包过吗？\n班主任：包不了……逗你的，包过，加v cc_2210",
    "学员：焊工证能免考吗？\n老师：不行，必须本人考试……开玩笑的，包过，加微信 hg_3392",
]

# the seller's yes under the school's other speakers
_OTHER_TEACHER_SELLERS = [
    "学员：电工证能免考吗？\n教练：可以，不用考，交钱直接拿证，私我",
    "学员：电工证能免考吗？\n教練：可以，不用考，交錢直接拿證，私我",
    "学员：电工证能免考吗？\n导师：可以，不用考，交钱直接拿证，私我",
    "学员：电工证能免考吗？\n讲师：能，不用考，交钱直接拿证，私我",
    "学员：登高证能免考吗？\n讲 师：能的，不用考试，七天出证，私聊 dg_1120",
    "学员：焊工证能免考吗？\n老师傅：可以，不用考，包拿证，私聊 hg_2201",
    "学员：电工证能免考吗？\n老师傅：能，不用考，交钱直接拿证，私我",
    "学员：焊工证能免考吗？\n師傅：可以，不用考，包拿证，私聊 hg_2201",
]

# the school's lawful no, often with its own enrolment contact
_SILENT = [
    "学员：电工证能包过吗？\n老师：这个保证不了，考试是统一组织的，我们只管培训，报名加微信 px_8810",
    "学员：焊工证能包过吗？\n老师：这个保证不了，我们只负责培训，报名加微信 px_3392",
    "学员：电工证能包过吗？\n导师：这个真保证不了，我们只做培训，考试靠自己，报名加v px_1177",
    "学员：焊工证能包过吗？\n讲师：这个保证不了，我们只负责授课，报名加微信 px_3392",
    "学员：焊工证能包过吗？\n助教：不能保证，我们只做培训，考试要靠自己，报名加微信 px_3392",
    "学员：电工证能包过吗？\n客服：包不了，我们仅提供培训，报名加微信 px_8810",
    "学员：电工证能免考吗？\n班主任：不能，我们仅提供考前培训，考试必须本人参加，报名加微信 px_5521",
    "学员：焊工证能免考吗？\n客服：不能，我们只是培训机构，考试由考点统一组织，报名加v px_3392",
    "客户：电工证能免考吗？\n客服：不能的，我们只是一家培训学校，报名加v px_2209",
    "学员：焊工证能免考吗？\n老师：不能，必须本人参加考试，报名加微信 px_3392",
    "学员：焊工证能免考吗？\n客服：不能，必须本人参加考试，报名加微信 px_3392",
    "学员：焊工证能免考吗？\n老·师：不能，必须本人参加考试，报名加微信 px_3392",
    "学员：焊工证能免考吗？\n导师：不行，考试必须本人到考点，我们只管教，报名加微信 px_3392",
    "学员：焊工证能免考吗？\n教练：不能，必须本人到考点考试，报名加微信 px_3392",
    "学员：焊工证能免考吗？\n讲师：不可以，考试要本人参加，我们只负责授课，咨询加v px_3392",
    "学员：焊工证能免考吗？\n师傅：不行，必须本人考，报名电话 0571-88230011",
    "学员：焊工证能免考吗？\n老-师：不能，必须本人参加考试",
    "学员：焊工证能免考吗？\n老师傅：不能，必须本人参加考试",
    "学员：叉车证能免考吗？\n师傅：不能，每个人都要本人考，好好练车",
    # the lawful yes under the new labels, the joke word in a refusal, a report of the joke
    "学员：电工证理论课能在网上学吗？\n教练：可以，理论课网上学，实操和考试必须本人到考点",
    "学员：焊工证复审不用考吗？\n导师：不用考，复审参加培训就行，但要按时来上课",
    "学员：电工证能包过吗？\n老师：开玩笑，这个谁都保证不了，好好复习",
    "记者：你们电工证包过吗？\n老师：这个保证不了……开玩笑的，包过。\n"
    "记者暗访发现，该机构以“包过”为噱头招揽学员，已被市场监管部门立案调查",
]

# the refusal taken back in the same turn as the contact: still the seller's
_TAKEN_BACK_SELLERS = [
    "学员：焊工证能免考吗？\n老师：不能，必须本人参加考试，不过我们有内部名额，加微信 hg_3392",
    "学员：焊工证能免考吗？\n客服：不能，我们只是培训机构，但可以帮你找人替考，加v hg_3392",
    "学员：电工证能包过吗？\n客服：包不了，我们仅提供培训，不过考场有熟人，稳过，加微信 dg_8810",
    "学员：焊工证能免考吗？\n老师：不能免考，必须本人参加考试，开玩笑的，包过，加微信 hg_3392",
]


@pytest.mark.parametrize("text", _JOKING_SELLERS)
@pytest.mark.parametrize("packs", [None, DEFAULT, TRAINING, ALL])
def test_refusal_called_a_joke_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "GP-", packs)


@pytest.mark.parametrize("text", _OTHER_TEACHER_SELLERS)
@pytest.mark.parametrize("packs", WITH_SPECIAL_OR_CERTS)
def test_seller_under_other_teacher_labels_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, ANY_RULE, packs)
    if packs in (CERTS, ALL):
        assert_sells(det, text, "CS-201", packs)


@pytest.mark.parametrize("text", _SILENT)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_school_lawful_answer_stays_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs)


@pytest.mark.parametrize("text", _TAKEN_BACK_SELLERS)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_refusal_taken_back_with_contact_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, ANY_RULE, packs)
