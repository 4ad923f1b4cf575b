"""Session 62, left33: sellers silent at round 73's start (holdout205's shapes).
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- The buyer's question with words after it before the shop echoes it and says yes (能包拿吗？急 /
  在线等 / a second buyer line), and the yes closed by 。 or ！ (包拿？包的。不用考): the chat's
  reading (``silence._chat_yes_skip``) and the combination's echo (``posts.echo_stops``).
- Q&A answers that promise by double negation (答：不可能考不过 / 不包过是不可能的): 不可能 there
  says the pass is sure, no warning.
- The lawful neighbours: the same chats where the shop refuses, regulators' and schools' answers.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids_no_model

_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]
_SPECIAL = [None, DEFAULT, ALL]


_rules = rule_ids_no_model


# --- (1) words after the question, the yes closed by a stop ----------------------------------

_TAIL_ECHO = [
    "顾客：焊工证能包拿吗？急\n老板：包拿？包的，不用考，加v hx_2219",
    "买家：电工证可以包拿吗？比较急\n店家：包拿？没问题，不用去考，微信 dq_6120",
    "顾客：登高证能包拿吗？\n老板：包拿？包的。不用考，加v dg_4402",
    "顾客：焊工证能包拿吗？\n店家：包拿？可以！不用考，电话 13712346611",
]


@pytest.mark.parametrize("text", _TAIL_ECHO)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_tail_echo_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    cats = categories(det, text, packs)
    assert "certificate_sale" in cats, text
    assert "guarantee_promise" in cats, text


#: A second buyer line before the shop's turn: the skip found (CS); the guarantee's question is
#: still read as asked (GP-002 ``report:问句``), left for a later round.
_SECOND_LINE = [
    "客户：叉车证能包拿吗？\n客户：厂里催着要\n老板：包拿？包的，不用考，一周寄到，vx cc_1183",
]


@pytest.mark.parametrize("text", _SECOND_LINE)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_second_buyer_line_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "certificate_sale" in categories(det, text, packs), text


_TAIL_REFUSED = [
    "顾客：焊工证能包拿吗？急\n老板：包拿？不可能的，必须本人考试",
    "顾客：电工证能包拿吗？在线等\n老板：包拿？包不了，考试合格才发证",
    "客户：叉车证能包拿吗？\n客户：厂里催着要\n老板：包拿？没这回事，得本人去考",
    "顾客：登高证能包拿吗？\n老板：包拿？可以。考试合格后一个月内发证，报名请到窗口",
    "顾客：焊工证能包拿吗？\n店家：包拿？可以！不用考的那都是假证，别信",
]


@pytest.mark.parametrize("text", _TAIL_REFUSED)
@pytest.mark.parametrize("packs", _PACKS)
def test_tail_echo_refused_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert _rules(det, text, packs) == set(), text


# --- (7) the double negation that promises ------------------------------------------------------

_DOUBLE_NEG = [
    "问：焊工证包过吗\n答：不可能考不过，签合同，不过全退，加v hx_7730",
    "问：电工证包过吗？\n答：不包过是不可能的，我们百分百过，加v dq_3391",
    "问：登高证能包过吗\n答：不可能不过，过不了全额退，私聊",
]


@pytest.mark.parametrize("text", _DOUBLE_NEG)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_double_negation_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "guarantee_promise" in categories(det, text, packs), text


_HONEST_ANSWERS = [
    "问：焊工证包过吗\n答：不存在包过，必须本人参加考试",
    "问：电工证能包过吗？\n答：不可能包过，考不过只能补考",
    "问：叉车证包过吗\n答：不可能，包过的都是骗人的，好好复习",
    "所谓“不可能考不过”的说法都是骗人的，本校只保证认真教学，报名电话 0531-88612230",
    "有人说焊工证不可能考不过，这种话别信，考试必须本人参加。",
]


@pytest.mark.parametrize("text", _HONEST_ANSWERS)
@pytest.mark.parametrize("packs", _PACKS)
def test_honest_answers_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert _rules(det, text, packs) == set(), text
