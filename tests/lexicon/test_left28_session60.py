"""Session 60, left28: sellers answering a buyer in a chat still silent or under-read (holdout196's
shapes). Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- The shop's yes after the buyer's 能办吗 / 能拿吗 under the labels a chat gives it beyond the
  shop's own (答, 回复, and 乙 / B after a 甲 / A turn), after the buyer's words echoed as a
  question (包拿？包的; 不去考场？没问题), said OK or 放心, or with the platform's 亲 and no label:
  followed by the skip, the buyer's question is the chat's hook (``silence._CHAT_YES_SKIP``).
- The buyer's A-not-A question asking on in one more clause (能不能不考直接拿，复审也帮办吗？) and
  the shop's yes after it: the 不 is the question's (``context._YES_AFTER``).
- A yes that sends the buyer to the exam and then gives the paper anyway (报名后参加考试，考不过也
  给证) is no school's lawful route (``stance._EXAM_SENT_BACK``), and 考不过也给证 is GP-004's
  concession (``terms/concession_pass``).
- The same chats where the shop refuses, sends the buyer honestly to the exam, or the buyer
  reports the chat as a scam stay silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids_no_model

_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]


# --- (1) the shop's yes and the skip after the buyer's question -------------------------------

_YES_SKIP = [
    # the buyer's words echoed as a question, then the yes
    "顾客：叉车证能包拿吗？\n老板：包拿？包的，不用考，加v cc_3390",
    "买家：登高证不去考场能拿吗？\n店家：不去考场？没问题，人不用到，十天寄到",
    # 答 / 回复 as the answering label
    "问：制冷证能办吗\n回复：可以的，不用去考，资料齐了十天拿证",
    "买家：熔化焊证能办吗 回复：OK，免考，半个月拿证",
    # 甲 / 乙, A / B pasted on one line
    "甲：低压电工证还能办吗 乙：能办，免培训免考试，两周到手",
    "A：焊工证能直接拿吗 B：可以的，不用去考，十天出证，加v hg_2231",
    # the platform's 亲 and 放心, no label
    "高压电工证能办吗？亲，放心，不用考，加v gy_4402",
]


@pytest.mark.parametrize("text", _YES_SKIP)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_chat_yes_then_skip_sells(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "certificate_sale" in categories(det, text, packs) or "guarantee_promise" in categories(
        det, text, packs
    ), text


# --- (2) sent to the exam, then given the paper anyway ------------------------------------------

_GIVEN_ANYWAY = [
    "买家：焊工证能办吗？\n客服：可以办，报名后参加考试，考不过也给证，加v hg_5120",
    "顾客：登高证好办吗？\n店家：能办，报名后去考一下，没考过也照样发证，微信 dg_8830",
]


@pytest.mark.parametrize("text", _GIVEN_ANYWAY)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_exam_then_paper_anyway_promises(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "GP-004" in rule_ids_no_model(det, text, packs), text


def test_exam_then_paper_anyway_is_no_school_route(det) -> None:  # type: ignore[no-untyped-def]
    from lexicon.stance import sends_to_exam

    assert not sends_to_exam("可以办，报名后参加考试，考不过也给证，加v hg_5120")
    assert sends_to_exam("可以办，报名后参加考试，考试合格发证")


# --- (2b) the A-not-A question asking on, answered yes ----------------------------------------

_ASKS_ON = (
    "客户：焊工证能不能不考直接拿，换证也帮办吗？\n客服：可以，不用考，换证也能帮办，加v hg_7741"
)


@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_a_not_a_asking_on_answered_yes_sells(det, packs) -> None:  # type: ignore[no-untyped-def]
    assert "CS-001" in rule_ids_no_model(det, _ASKS_ON, packs)


# --- (3) the lawful neighbours -------------------------------------------------------------------

_LAWFUL = [
    "顾客：能包拿叉车证吗？\n老板：包拿？包不了，必须自己考，我们只管培训",
    "买家：登高证不去考场能拿吗？\n店家：不去考场？不可能的，理论实操都要本人考",
    "问：制冷证能办吗\n回复：可以报名，本人参加考试合格后发证",
    "甲：低压电工证还能办吗 乙：能报名，先培训再考试，考过才发证",
    "A：焊工证能直接拿吗 B：不能，不考拿的都是假证",
    "高压电工证能办吗？亲，可以报名培训，考试合格才发证，报名电话 0571-87402266",
    "买家：焊工证能办吗？\n客服：可以办，报名后参加考试，考不过就补考，不会给证的",
    "聊天记录：买家问焊工证能办吗，客服回复“放心，不用考”，转钱后被拉黑，已报警",
    "客户：焊工证能不能不考直接拿，换证也帮办吗？\n客服：不可以，必须本人考试合格才发证",
    "焊工证能不能不考直接拿，有这种好事吗？答：不能，必须本人考试",
    "提醒：有人在群里问 A：电工证能直接拿吗 B：可以的，不用去考，这种都是骗子，别信",
]


@pytest.mark.parametrize("text", _LAWFUL)
@pytest.mark.parametrize("packs", _PACKS)
def test_lawful_chat_is_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids_no_model(det, text, packs) == set(), text
