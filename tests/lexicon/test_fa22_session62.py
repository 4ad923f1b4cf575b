"""Session 62, fa22: lawful lines round 73 left firing (holdout206's and holdout208's shapes).
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- A school's chat in traditional characters (學員：…能免考嗎？⏎老師：不能，…): the teacher's and the
  learner's labels read in their traditional forms (``stance._TEACHER_LABEL``), as the simplified
  chat already is.
- The same labels with the evader's separators inside them (老 師：, 班*主任：): found on the raw
  window first (``stance._TEACHER_RAW``), as the shop's labels are.
- The echo mocked (包過？想都別想; 免考？做梦呢): a refusal of the buyer's words
  (``stance._ECHO_DENY``).
- An office's or a centre's answer to the rumour right after it (网传…可以免考，本中心明确答复：不能
  免考): the hearsay corrected by the office (``stance._HEARSAY_FIX``).
- Sellers right next to them still fire: the same chats where the teacher says yes and sells the
  skip or the pass, in either script, and the rumour confirmed by a seller.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids

_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]

_SILENT = [
    # the school's chat in traditional characters
    "學員：製冷證能免考嗎？\n老師：不能，免考是不可能的，必須本人參加考試",
    "學生：高處作業證可以不考直接拿嗎？\n老師：不可以，考試合格才會發證",
    "家長：孩子的電工證能不去考試嗎？\n班主任：不行，必須本人到考點考",
    # ... with the evader's separators inside the labels (老 師：, 班*主任：)
    "學 員：叉 車 證 能 免 考 嗎？\n老 師：不 能，必 須 本 人 考 試",
    "學*生：焊工*證能*不去*考試*嗎？\n班*主任：不*行，必須*本人*到考*點考*試",
    # the echo mocked
    "学员：制冷证能包过吗？\n老师：包过？想都别想，踏实复习",
    "顾客：高压电工证能包过吗？\n客服：包过？想都别想，考试全凭自己",
    "学员：熔化焊证能免考吗？\n老师：免考？做梦呢，老老实实考",
    # the office's answer to the rumour
    "网传电工证可以免考，本中心明确答复：不能免考，考生须本人参加考试",
    "网上流传登高证交钱就能免考，市应急管理局答复：不能免考，必须考试合格才发证",
]

_CERT_SELLERS = [
    "學員：製冷證能免考嗎？\n老師：能，免考沒問題，交錢一週出證，微信 zl_5520",
    "學員：電工證能不考直接拿嗎？\n老師：可以的，不用考，交錢十天出證，加v dg_7741",
    "网传焊工证可以免考，本中心答复：是真的，不用考试，交钱直接拿证，加v hg_3317",
]

_PASS_SELLERS = [
    "學員：焊工證能包過嗎？\n老師：包過？放心，百分百包過，報名加v hg_7730",
    "学员：制冷证能包过吗？\n老师：包过？想都别想考不过，我们包过，加v zl_2261",
]


@pytest.mark.parametrize("text", _SILENT)
@pytest.mark.parametrize("packs", _PACKS)
def test_lawful_lines_stay_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert not rule_ids(det, text, packs), (text, rule_ids(det, text, packs))


@pytest.mark.parametrize("text", _CERT_SELLERS)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_sellers_next_to_them_still_sell(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "certificate_sale" in categories(det, text, packs), (text, rule_ids(det, text, packs))


@pytest.mark.parametrize("text", _PASS_SELLERS)
@pytest.mark.parametrize("packs", [None, DEFAULT, TRAINING, ALL])
def test_teacher_who_promises_still_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "guarantee_promise" in categories(det, text, packs), (text, rule_ids(det, text, packs))


def test_certificates_pack_reads_the_traditional_refusal(det) -> None:  # type: ignore[no-untyped-def]
    """The certificates pack's own rule (CS-201) stays silent on the traditional refusal and
    still fires on the traditional yes."""
    assert not rule_ids(det, "學員：焊工證能免考嗎？\n老師：不能，必須本人考試", CERTS)
    seller = "學員：焊工證能免考嗎？\n老師：能，不用考，交錢直接拿證，私聊"
    assert "certificate_sale" in categories(det, seller, CERTS)
