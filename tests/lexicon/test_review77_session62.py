"""Session 62, review77: a second reading of review72 and of the lead's join of its echo readings
with left33's (``posts.echo_stops``, ``silence._ECHO_YES_STOP`` beside ``_CHAT_YES_SKIP``).
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- A two-line chat (the learner asks, the school answers) whose answer is the honest limit
  (放心。考试靠自己; 这个真包不了; 报名后统一安排考试): silent. (The lead: the rest of review77's
  school answers, read as one attribute panel by ``stance._panel`` and still firing CS-001 /
  CS-201, were xfail tests of a switched-off fix; they are listed in session 62's closing note,
  not kept here as tests that assert nothing.)
- The echo of 包过 answered with the honest limit (包过？考试靠自己; 包过？放心。考试靠自己): the
  echo's own 包过 fired GP-001 / GP-002 / GP-101.
- Sellers whose yes after the echo is 当然可以 / 那必须的 closed by a stop (包拿？当然可以。不用考):
  only GP-002, the certificate's sale (CS-001 / CS-201) not combined across the yes's own stop.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, rule_ids_no_model

_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]
_SPECIAL = [None, DEFAULT, ALL]


_rules = rule_ids_no_model


# --- (1) the learner's question and the school's lawful answer: two turns, not one panel ---------

_SCHOOL_ANSWERS = [
    "学员：焊工证能免考吗？\n老师：免考？放心。考试靠自己",
    "客户：登高证能不考直接拿吗？\n客服：报名后统一安排考试，本人到场",
    "学员：电工证能免考吗？急\n老师：免考？放心。考试靠自己，我们有题库",
    "学员：焊工证你们能包过吗？\n客服：这个真包不了，考试是考试中心安排的，过不过看自己",
]


@pytest.mark.parametrize("text", _SCHOOL_ANSWERS)
@pytest.mark.parametrize("packs", _PACKS)
def test_learner_question_and_school_answer_are_two_turns(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert _rules(det, text, packs) == set(), text


# --- (2) the echoed 包过 answered with the honest limit --------------------------------------------

_HONEST_LIMIT = [
    "学员：焊工证能包过吗？\n老师：包过？考试靠自己",
    "学员：焊工证能包过吗？\n老师：包过？放心。考试靠自己",
    "学员：电工证能包过吗？\n老师：包过？得靠你自己，我们只管教",
    "老师：包过？考试还得靠自己，好好复习",
]


@pytest.mark.parametrize("text", _HONEST_LIMIT)
@pytest.mark.parametrize("packs", _PACKS)
def test_echoed_guarantee_answered_with_honest_limit_is_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert _rules(det, text, packs) == set(), text


# --- (3) sellers: still caught, and the yes 当然可以 / 那必须的 closed by a stop ---------------------

_SOLD = [
    "顾客：焊工证能包拿吗？\n老板：包拿？可以。不用考，加v hg_3310",
    "顾客：焊工证能包拿吗？\n老板：包拿？放心！不用考，加v hg_3310",
    "顾客：焊工证能包拿吗？\n老板：包拿？行的。人不用去，加v hg_3310",
    "顾客：焊工证能包拿吗？急\n老板：包拿？包的。不用考，加v hg_3310",
    "顾客：焊工证能包拿吗？\n老板：包拿？对的！不用考，加v hg_3310",
]

#: (special-ops only: the certificates pack's CS-201 reads 15 characters, and 当然可以 / 那必须的
#: put the skip past them; see the doc)
_SOLD_SPECIAL = [
    "顾客：焊工证能包拿吗？\n老板：包拿？当然可以。不用考，加v hg_3310",
    "顾客：焊工证能包拿吗？\n老板：包拿？那必须的。不用考，加v hg_3310",
    "客户：电工证能包拿吗？\n店家：包拿？当然可以！人不用到场，十天寄到，薇 dg_5521",
]


@pytest.mark.parametrize("text", _SOLD + _SOLD_SPECIAL)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_echo_yes_sells_the_certificate(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "CS-001" in _rules(det, text, packs), text


@pytest.mark.parametrize("text", _SOLD)
def test_echo_yes_sells_in_certificates_pack(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "CS-201" in _rules(det, text, CERTS), text


# --- (4) sellers' chats whose question stays a question: the chat's hook still lifts it ---------

_SOLD_PLAIN = [
    "顾客：焊工证能不考直接拿吗？\n客服：可以，不用考，一周寄到，v hg_3310",
    "买家：电工证能免考吗？\n卖家：能，人不用去，十天出证，薇 dg_5521",
    "学员：登高证能直接拿吗？\n老师：放心吧，不用考，交钱就发，vx gk_7781",
    "顾客：叉车证能不考吗？\n店家：不考？能的！不用到场，十天寄到，薇 cc_2231",
]


@pytest.mark.parametrize("text", _SOLD_PLAIN)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_shop_yes_under_the_question_still_sells(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "CS-001" in _rules(det, text, packs), text


# --- (5) a listing's attribute panel stays one listing --------------------------------------------

_PANELS = [
    "证件类型：焊工证\n是否考试：无需考试\n价格：面议\n微信：hg_3310",
    "品名：电工证\n是否考试：免考\n出证时间：7天\n联系：dg_5521",
]


@pytest.mark.parametrize("text", _PANELS)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_attribute_panel_still_sells(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "CS-001" in _rules(det, text, packs), text
