"""Session 61, review67: a second reading of review62 (the echo's question mark and the shop's
refusals in chats). Sentences written for this file (not from any held-out set, nor the rules'
fixtures).

- The combiner's echo end (``posts.echo_stops``) read a conditional as a yes: 能的话 / 可以的话 /
  包的话 (the shop's "if it could, …", a refusal) let the certificate named in the buyer's turn
  pair with the skip the shop denies.
- The shop's yes after the echo in the words the chat's other readings know (放心 / 当然 / 是的 /
  嗯嗯 / 必须的 / 对的): the combiner still counted the echo's mark, so only GP-002 fired, or
  nothing (必须的).
- The echo asked twice (包拿？？包的) and the yes said twice (包的包的): the buyer's doubt
  (warning:拿吗) silenced the whole chat.
- The echo refused in words the refusal reading did not know: a counterfactual (包过？包的话我们
  就违法了) and a refusal after 放心 (包过？放心，没有包过这回事).
- Lawful neighbours that must stay silent: schools answering the echo with those yes words on the
  lawful route, refusals, a regulator's Q&A, and a report quoting the chat.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, rule_ids_no_model

_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]
_SPECIAL = [None, DEFAULT, ALL]


# --- (1) the shop's yes after the echo, in the chat's other yes words ------------------------------

_ECHO_YES_WORDS = [
    "顾客：焊工证能包拿吗？\n老板：包拿？放心，不用考，加v hg_3310",
    "顾客：焊工证能包拿吗？\n老板：包拿？当然，不用考，加v hg_3310",
    "顾客：焊工证能包拿吗？\n老板：包拿？是的，不用考，加v hg_3310",
    "顾客：焊工证能包拿吗？\n老板：包拿？嗯嗯，不用考，加v hg_3310",
    "顾客：电工证能包拿吗？\n店家：包拿？必须的，不用考，十天寄到，薇 dg_5521",
    "买家：登高证能不考拿吗？\n卖家：不考？对的，不用考，一周出证，v：dg_8120",
]


@pytest.mark.parametrize("text", _ECHO_YES_WORDS)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_echo_then_other_yes_words_name_the_sale(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "CS-001" in rule_ids_no_model(det, text, packs), text


@pytest.mark.parametrize("text", _ECHO_YES_WORDS)
def test_echo_then_other_yes_words_in_the_certificates_pack(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "CS-201" in rule_ids_no_model(det, text, CERTS), text


# --- (2) the echo asked twice, the yes said twice --------------------------------------------------

_DOUBLED = [
    "顾客：焊工证能包拿吗？\n老板：包拿？？包的，不用考，加v hg_3310",
    "顾客：焊工证能包拿吗？\n老板：包拿？包的包的，不用考，加v hg_3310",
    "顾客：叉车证能包拿吗？\n客服：包拿??没问题，不用考，七天寄到，v：cc_1120",
]


@pytest.mark.parametrize("text", _DOUBLED)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_doubled_echo_or_yes_sells(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "CS-001" in rule_ids_no_model(det, text, packs), text


# --- (3) lawful neighbours -------------------------------------------------------------------------

_LAWFUL = [
    # the echo's conditional: the shop's "if it could", a refusal
    "顾客：焊工证能包过吗？\n客服：包过？包的话我们就违法了，考试靠自己",
    "顾客：焊工证能包拿吗？\n客服：包拿？包的话我们就违法了，考试靠自己",
    "顾客：焊工证能不考直接拿吗？\n老板：不考直接拿？能的话我早不干培训了，没有不用考的证",
    "顾客：叉车证能不考拿吗？\n店家：不考？可以的话谁还来培训，必须考试",
    "学员：登高证能包过吗？\n老师：包过？放心，没有包过这回事，考试靠自己",
    "学员：电工证能包过吗？\n老师：包过？行的话我也想，好好复习",
    # the echo answered with the new yes words on the lawful route
    "学员：电工证考试能过吗？\n老师：能过？放心，认真学都能考过，考试还得本人去",
    "学员：焊工证实操难吗？\n老师：难吗？放心，不用怕，多练几次就会了",
    "顾客：叉车证能网上报名吗？\n客服：网上报名？当然，报名后按时参加考试",
    "顾客：焊工证要本人去考吗？\n客服：本人去考？是的，必须本人到考点考试",
    "顾客：电工证要参加培训吗？\n客服：参加培训？必须的，培训够学时才能考试",
    "顾客：焊工证不用考能拿吗？\n客服：不用考？嗯嗯，那是假证，别信",
    "顾客：叉车证能邮寄吗？\n客服：邮寄？当然，考试合格后证书邮寄到家",
    "顾客：焊工证能包拿吗？\n客服：包拿？？不可能，证要本人考",
    "顾客：焊工证能包拿吗？\n客服：包拿？必须的考试，不考拿不到",
    "问：电工证能不考直接拿吗？\n答：不考直接拿？当然不行，必须考试合格",
    "顾客：焊工证多久能拿到？\n客服：多久？放心，考完十个工作日出成绩，合格才发证",
    "学员：焊工证理论能网上学吗？\n老师：网上学？是的，理论网上学，实操和考试到考点",
    # a regulator's Q&A with several echoes, and reports quoting the chat
    "问：电工证能不考直接拿吗？\n答：不考直接拿？可以肯定地说不行，特种作业操作证必须经考核合格取得。\n"
    "问：包过呢？\n答：包过？可以确定是骗局。",
    "问：焊工证不用考能拿吗？\n答：不用考？可以负责任地告诉您，不用考就能拿的都是假证。",
    "记者：焊工证能包拿吗？\n对方：包拿？放心，不用考。记者随后向应急管理局核实，该机构无资质。",
    "据报道，聊天记录显示：\n顾客：焊工证能包拿吗？\n老板：包拿？当然，不用考。\n警方提醒市民不要轻信。",
    "1楼：电工证不用考能拿吗？\n2楼：不用考？可以啊，买假证呗，被查到就拘留，别信",
]


@pytest.mark.parametrize("text", _LAWFUL)
@pytest.mark.parametrize("packs", _PACKS)
def test_lawful_neighbours_stay_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids_no_model(det, text, packs) == set(), text


# --- (4) the combiner's echo end: no conditional, and linear on a long log --------------------------


def test_echo_stops_skip_a_conditional() -> None:
    from lexicon.normalize import normalize

    for text in (
        "顾客：焊工证能包拿吗？\n老板：包拿？能的话谁还培训，不用考的都是假证",
        "顾客：焊工证能包拿吗？\n老板：包拿？可以的话谁不想，考试靠自己",
        "顾客：焊工证能包拿吗？\n老板：包拿？包的话违法，考试靠自己",
    ):
        n = normalize(text)
        assert n.combo_ends(text) == n.sentence_ends(), text


def test_echo_stops_still_drop_the_yes_echo() -> None:
    from lexicon.normalize import normalize

    text = "顾客：焊工证能包拿吗？\n老板：包拿？放心，不用考"
    n = normalize(text)
    assert len(n.combo_ends(text)) == len(n.sentence_ends()) - 1
