"""Session 60, left29: reversed rumours and rival-contrast sellers round 68 left silent (holdout197's
shapes). Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- A rumour the seller names and reverses with other openers (实话告诉你 / 说实话 / 当然 / 肯定 / 谁说的)
  or its own place's yes (在我这就能拿), and a call that may be bare after the reversal (滴滴 / 私 /
  扣1 / 戳我 / 看简介 / 主页).
- A fraud word the seller denies (不是骗局 / 不是骗子) and follows with its own boast and call.
- A warning against middlemen or rivals followed at once by the seller's own offer and contact, and a
  hearsay verdict outbid with 我们才是真免考.
- Debunks and police warnings that quote the reversal as the trick, platforms' 私信官方客服, consumers'
  stories (他说不是骗局，结果…) and schools' honest 实话告诉你必须考 stay silent in every pack.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories

_PACKS = [None, DEFAULT, CERTS, ALL]

# --- (1) a rumour reversed with other openers or the seller's own place --------------------------

_REVERSED_OPENERS = [
    "都说登高证不考就能拿是假的？实话告诉你能拿，扣1",
    "有人说低压电工证免考是骗人的？说实话，能拿，私我 dy_3131",
    "网传焊工证不用考也能拿是谣言？当然能拿，私聊",
    "听说高处作业证不考就能办是假的？肯定能办，加v gc_4545",
    "听说电工证不考就能拿是假的？在我这就能拿，评论区扣1",
    "焊工证免考是假的？真的，在我们这能拿，私聊",
]


@pytest.mark.parametrize("text", _REVERSED_OPENERS)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_rumour_reversed_with_other_openers_sells(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "certificate_sale" in categories(det, text, packs), text


# --- (2) the reversal's call said bare -------------------------------------------------------------

_BARE_CALLS = [
    "高压电工证免考是假的？错，真能拿，滴滴",
    "登高证免考是谣言？错，能拿，戳我",
    "焊工证不去考场也能拿是假的？不对，能拿到，看简介",
    "低压电工证免考是骗人的？错，能拿，私",
]


@pytest.mark.parametrize("text", _BARE_CALLS)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_reversal_with_a_bare_call_sells(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "certificate_sale" in categories(det, text, packs), text


def test_reversal_with_a_call_fires_in_the_certificates_pack(det) -> None:  # type: ignore[no-untyped-def]
    text = "高压电工证免考是骗人的？错，能拿，私聊"
    assert "certificate_sale" in categories(det, text, CERTS)


# --- (3) 不是骗局 and the seller's boast -----------------------------------------------------------

_NOT_A_SCAM = [
    "焊工证免考是骗局？不是骗局，我们办了八年了，加v hg_8080",
    "办电工证的都是骗子吗？不是，我们支持担保交易，加v dg_6262",
]


@pytest.mark.parametrize("text", _NOT_A_SCAM)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_denied_scam_then_boast_sells(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "certificate_sale" in categories(det, text, packs), text


# --- (4) a warning against rivals, then the seller's own offer -------------------------------------

_RIVAL_WARNED = [
    ("切勿通过中介办理免考焊工证！来我们这里价格低一半，v信 hg_4411", [None, DEFAULT, ALL]),
    ("登高证，很多人说免考是假的，我们才是真免考，加v gc_8812", [None, DEFAULT, ALL]),
    ("叉车证，很多人说免考是假的，我们才是真免考，加v cc_8813", [CERTS, ALL]),
]


@pytest.mark.parametrize(("text", "packs_list"), _RIVAL_WARNED)
def test_rival_warning_then_own_offer_sells(det, text: str, packs_list) -> None:  # type: ignore[no-untyped-def]
    for packs in packs_list:
        assert "certificate_sale" in categories(det, text, packs), (text, packs)


# --- (5) the lawful text right next to them --------------------------------------------------------

_SILENT = [
    "警方提醒：骗子常说“免考是假的？实话告诉你能拿”，这是诈骗话术，焊工证必须考试取得",
    "有人在群里发登高证免考是骗人的？错，能拿，滴滴。这就是典型的骗局套路",
    "高压电工证不考就能拿是谣言？实话告诉你，就是谣言，必须本人考试，如有疑问请私信官方客服",
    "免考拿焊工证是骗局吗？当然是骗局，有疑问请私信官方客服",
    "登高证免考是假的？是的，实话告诉你，必须参加培训考试才能拿证",
    "都说制冷证免考是假的？说实话确实是假的，要拿证只能去考",
    "学员问：焊工证能不能不考就拿？老师：实话告诉你不能，必须参加考试，想报班的私信我",
    "同事加了一个办电工证的，他说不是骗局，结果交了两千块钱就被拉黑了",
    "对方说自己不是骗子，支持担保交易，结果收了钱就消失了，大家别信免考焊工证",
    "切勿通过中介办理免考登高证！此类广告均为诈骗，请到应急管理部门公布的考点报名",
    "很多人说免考是假的，确实是假的，我们只负责电工证培训，考试要本人去考点考",
]


@pytest.mark.parametrize("text", _SILENT)
@pytest.mark.parametrize("packs", [None, DEFAULT, CERTS, TRAINING, ALL])
def test_lawful_text_next_to_them_stays_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert categories(det, text, packs) == set(), text
