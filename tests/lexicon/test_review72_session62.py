"""Session 62, review72: a second reading of review67 (the chat's echo and the yes or refusal after
it). Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- The echo refused with an adverb the refusal reading did not know (免考？当然不行; 当然是不可能的;
  包过？当然包不了; 肯定不行), with 免不了, with the exam required at once (免考？必须的考试) and as the
  counterfactual 没问题的话 (包过？没问题的话我早发财了): the buyer's words fired CS-001 / CS-201 or
  GP-001 / GP-002 / GP-101 under a school's or a shop's refusal.
- The combiner's echo end (``posts._ECHO_TURN``) read 当然 before a refusal (当然不行, 当然是不可能的)
  as the shop's yes.
- Sellers the buyer's doubt (warning:拿吗) silenced in every pack: the yes said 肯定的 / 那肯定 /
  对的对的 after the echo, and the yes closed by 。 or ！ instead of a comma (包拿？包的。不用考).
- Lawful neighbours that must stay silent: schools answering with those words on the lawful route,
  refusals after them, a regulator's Q&A and a report quoting a chat.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, rule_ids_no_model

_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]
_SPECIAL = [None, DEFAULT, ALL]


_rules = rule_ids_no_model


# --- (1) the echo refused in words the refusal reading did not know ------------------------------

_REFUSED = [
    "学员：焊工证能免考吗？\n老师：免考？当然是不可能的，必须本人参加考试",
    "学员：焊工证能免考吗？\n老师：免考？当然不行，要考试",
    "学员：焊工证能免考吗？\n老师：免考？当然免不了，考试是必须的",
    "学员：叉车证能免考吗？\n老师：免考？必须的考试，这个免不了",
    "学员：电工证能免考吗？\n老师：免考？免不了的，理论实操都要考",
    "顾客：登高证能不考拿吗？\n客服：不考？肯定不行，要本人到考点考试",
    "顾客：焊工证能不考直接拿吗？\n店家：不考直接拿？那肯定是假的，必须考",
    "学员：电工证能包过吗？\n老师：包过？当然包不了，我们只管培训",
    "学员：焊工证能包过吗？\n老师：包过？没问题的话我早发财了，好好学吧",
    "学员：焊工证能包过吗？\n老师：包过？当然不能，考试靠自己",
    "学员：高处作业证能包过吗？\n老师：包过？绝对不可能，谁都保证不了",
]


@pytest.mark.parametrize("text", _REFUSED)
@pytest.mark.parametrize("packs", _PACKS)
def test_echo_refused_with_other_words_is_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert _rules(det, text, packs) == set(), text


# --- (2) the shop's yes after the echo in other words, or closed by 。 / ！ -----------------------

_SOLD = [
    "顾客：焊工证能包拿吗？\n老板：包拿？肯定的，不用考，v hg_3310",
    "顾客：焊工证能包拿吗？\n老板：包拿？那肯定，不用考，v hg_3310",
    "顾客：焊工证能包拿吗？\n老板：包拿？对的对的，不用考，v hg_3310",
    "顾客：焊工证能包拿吗？\n老板：包拿？包的。不用考，加v hg_3310",
    "顾客：焊工证能包拿吗？\n老板：包拿？包的！不用考，加v hg_3310",
    "顾客：电工证能包拿吗？\n店家：包拿？没问题！不用到场，十天寄到，薇 dg_5521",
    "顾客：焊工证能包拿吗？\n客服：包拿？当然！不用考，一周寄到 v hg_3310",
    "顾客：焊工证能包拿吗？\n客服：包拿？必须的！不用考，一周寄到 v hg_3310",
    "顾客：焊工证能包拿吗？\n老板：包拿？肯定的亲，不用考，十天出证 薇 hg_3310",
]

#: (special-ops only: the certificates pack's CS-201 does not reach these yet, see the doc)
_SOLD_SPECIAL = [
    "顾客：高压电工证能不考拿吗？\n老板：不考？肯定的，不用考，交资料就行，v hg_3310",
    "顾客：焊工证能包拿吗？\n老板：包拿？包的包的。人不用去，加v hg_3310",
]


@pytest.mark.parametrize("text", _SOLD_SPECIAL)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_echo_then_yes_sells_in_special_ops(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "CS-001" in _rules(det, text, packs), text


@pytest.mark.parametrize("text", _SOLD)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_echo_then_yes_in_other_words_sells(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "CS-001" in _rules(det, text, packs), text


@pytest.mark.parametrize("text", [t for t in _SOLD if "对的对的" not in t])
def test_echo_then_yes_in_other_words_in_the_certificates_pack(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "CS-201" in _rules(det, text, CERTS), text


# --- (3) lawful neighbours -----------------------------------------------------------------------

_LAWFUL = [
    # the yes words on the lawful route (their clause holds no skip, or a condition)
    "学员：焊工证要本人考试吗？\n老师：本人考试？是的，要本人考试，不用考的都是假证",
    "学员：电工证要本人去考吗？\n老师：本人去考？是的，要本人到考点，不能代考",
    "学员：焊工证能不考吗？\n老师：不考？是的，复审不考，初次必须考试",
    "学员：叉车证要考试吗？\n老师：考试？肯定的，理论和实操都要考，合格才发证",
    "学员：叉车证要考试吗？\n老师：考试？那肯定，考试合格才发证",
    "学员：登高证要去考点吗？\n老师：去考点？对的对的，必须本人到考点考试",
    "学员：焊工证要上课吗？\n老师：上课？必须的。培训够学时才能报名考试",
    "顾客：焊工证能不考拿吗？\n客服：不考？嗯嗯，不考是拿不到的，必须考",
    "顾客：焊工证能包拿吗？\n老板：包拿？对的，包拿是违法的，别信",
    "学员：登高证能包拿吗？\n老师：包拿？当然是假的，没有不用考的证，焊工证都要考",
    "顾客：焊工证不用考能拿吗？\n客服：不用考？当然要考，不用考的都是骗子",
    "学员：焊工证能不考直接拿吗？\n老师：不考直接拿？当然不能，必须考试合格才发证",
    "学员：焊工证能不考吗？\n老师：不考？肯定的，不考是不可能的",
    "学员：焊工证能不考吗？\n老师：不考？肯定不行，必须考试",
    "学员：焊工证能直接拿吗？\n老师：直接拿？肯定的。直接拿的都是假证，要考试",
    "网友：叉车证能包拿吗？\n回复：包拿？肯定是骗子，别信",
    # the yes closed by 。 and a refusal after it
    "顾客：焊工证能包拿吗？\n老板：包拿？包的。不用考是骗人的，别信",
    # a regulator's Q&A and a report quoting a chat
    "问：焊工证能免考吗？\n答：免考？当然不行，特种作业操作证须经考核合格方可取得。",
    "问：电工证可以不考试直接拿证吗？\n答：不考试直接拿证？当然不可以，必须经培训考核合格。",
    "某培训机构客服在聊天中称：“包拿？包的。不用考。”记者随后向应急管理局核实，该说法不实。",
    "法院查明：被告人在聊天中答复买家“包拿？包的！不用考”，随后收取费用并提供伪造证件。",
    "记者以学员身份询问：焊工证能包过吗？对方回复：包过？当然包不了，考试靠自己。该机构表示只负责培训。",
]


@pytest.mark.parametrize("text", _LAWFUL)
@pytest.mark.parametrize("packs", _PACKS)
def test_lawful_echo_neighbours_stay_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert _rules(det, text, packs) == set(), text


# --- (4) the combiner's echo end -----------------------------------------------------------------


def test_echo_turn_reads_no_refusal_after_dangran_as_yes() -> None:
    from lexicon.posts import _ECHO_TURN

    assert _ECHO_TURN.search("学员：焊工证能免考吗？\n老师：免考？当然不行，要考试") is None
    assert _ECHO_TURN.search("学员：焊工证能免考吗？\n老师：免考？当然是不可能的") is None
    assert _ECHO_TURN.search("顾客：焊工证能包拿吗？\n老板：包拿？当然，不用考") is not None
    assert _ECHO_TURN.search("顾客：焊工证能包拿吗？\n老板：包拿？肯定的，不用考") is not None
