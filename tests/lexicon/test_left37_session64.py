"""Session 64, left37: chat answers under the coach's, the tutor's and the lecturer's labels
(holdout214's teacher-label shapes). Sentences written for this file (not from any held-out set,
nor the rules' fixtures).

- A learner asks for a named special-operations certificate without the exam and the answer comes
  under 教练： / 导师： / 讲师： (or their traditional forms) with the yes and the skip for money:
  the school's speaker answering its buyer, read as ``stance._TEACHER_ANSWER_LABEL`` reads 老师：.
- The lawful neighbours stay silent with every pack: the same chats where the coach refuses or
  sends the learner to the exam, and the warnings and notices next to them.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

_TEACHER_LABEL_SELLERS = [
    "学员：电工证能免考吗？\n教练：可以，不用考，交钱直接拿，私我",
    "学员：焊工证能不考直接拿吗？\n导师：能，不用考，交钱就行，私聊",
    "学生：登高证可以免考吗？\n讲师：可以，不用考试，付款直接拿证，加v js_2071",
    "学员：叉车证能免考吗？\n教練：可以，不用考，交錢直接拿，私我",
    "考生：电工证能不考吗？\n导 师：能，不用考，交钱直接拿证，私聊",
]

_SILENT = [
    "学员：电工证能免考吗？\n教练：不能，必须本人到考点考试，考过才发证",
    "学员：焊工证可以不考吗？\n导师：不可以，理论和实操都要本人考",
    "学生：登高证能包过吗？\n讲师：没有包过一说，好好练习，考试要靠自己",
    "学员：叉车证能不去考场吗？\n教练：不能，必须本人去考点，刷脸进场",
    "学员：电工证能免考吗？\n教练：不用考是骗人的，交钱直接拿的都是假证，别信",
    "学员：焊工证能免考吗？\n导师：可以报名培训，考试须本人参加，报名电话 0571-86217730",
    "谨防包过骗局：凡是宣称交钱包过、免考拿证的，均为诈骗，请通过官方渠道报名",
    "法院查明，被告人冒充驾校教练，以“交钱就包过、考不过全退”为名骗取学员钱款",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _TEACHER_LABEL_SELLERS)
def test_teacher_label_seller_is_a_certificate_sale(
    det, text: str, packs: list[str] | None
) -> None:
    assert_sells(det, text, "certificate_sale", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _SILENT)
def test_lawful_neighbours_stay_silent(det, text: str, packs: list[str] | None) -> None:
    assert_silent(det, text, packs)
