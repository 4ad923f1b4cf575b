"""Session 65, punct1: the question and exclamation marks normalizing turns into ``。``.

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- ``Normalized.marked``: the normalized text with every sentence end that stands for a question
  mark (？ ?) or an exclamation mark (！ !) of the source written as ``？`` / ``！`` again, same
  length, so a reader of the normalized text can ask whether a word is questioned.
- ``silence._FAKE_VERDICT`` (the candidate's 的-phrase judged as fake papers, round 78) never saw
  its own question branch (``(?![吗么嘛呢？?])``): it read the normalized text, where …的都是假证？
  is …的都是假证。, and took every asked verdict for a verdict. It now reads ``marked``: an asked
  verdict is no verdict unless the writer confirms it at once (…都是假证？是的，全是假证).
- The lawful lines beside the sellers stay silent in every pack; sellers whose question is
  answered with their own offer keep firing.
"""

from __future__ import annotations

import pytest

from lexicon.normalize import normalize
from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, rule_ids_no_model

_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]
_SPECIAL = [None, DEFAULT, ALL]


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("电工证包过？不敢保证！好的。", "电工证包过？不敢保证！好的。"),
        ("焊工证能免考吗?能!私聊", "焊工证能免考吗？能！私聊"),
        ("叉 车 证 ？ 真 的", "叉车证？真的"),
        ("登高证；复审。", "登高证。复审。"),
        ("电工证包过，私聊", "电工证包过，私聊"),
    ],
)
def test_marked_writes_the_marks_again(text: str, marked: str) -> None:
    n = normalize(text)
    assert n.marked(text) == marked
    assert len(n.marked(text)) == len(n.text)


def test_marked_keeps_every_offset() -> None:
    text = "⑩号焊工证？不用考！加v hg_0101"  # ⑩ takes the exact path (an offset table)
    n = normalize(text)
    out = n.marked(text)
    assert len(out) == len(n.text)
    for i, ch in enumerate(out):
        if ch in "？！":
            assert text[n.orig(i)] in "？！"


def _reasons(det, text: str, packs: list[str] | None) -> set[str]:
    return {s.reason for s in det.scan_page(text=text, packs=packs).suppressed}


#: An asked verdict, answered by the seller's offer: the verdict reader no longer silences it
#: (before session 65 each had ``warning:的都是假证`` / ``warning:的全是假证``).
_ASKED_VERDICTS = [
    "不用考就拿电工证的都是假证？你试过吗，一周到手，扣1",
    "不考试拿焊工证的都是假证？别听他们瞎说，交钱就到手，评论区扣1",
    "免考拿登高证的都是假证？记者调查发现，这类证书官网都查不到",
]


@pytest.mark.parametrize("packs", _SPECIAL)
@pytest.mark.parametrize("text", _ASKED_VERDICTS)
def test_asked_verdict_is_no_verdict(det, text: str, packs: list[str] | None) -> None:
    assert not any(r.startswith("warning:的都是假证") for r in _reasons(det, text, packs))


#: Lawful lines with the same marks: silent in every pack.
_SILENT = [
    "不用考就拿证的都是假证？是的，全是假证，大家别上当",
    "不用考试就拿叉车证的全是假证？是的，大家别信",
    "免考拿叉车证的都是假证？对，全是假证，千万别买",
    "免考拿登高证的都是假证？记者调查发现，这类证书官网都查不到",
    "焊工证能免考吗？不能，必须本人考试",
    "为什么有人敢承诺交钱包过？",
    "交钱就能拿电工证？记者调查网上“包过”广告",
    "问：网上说焊工证可以花钱免考，是真的吗？答：不是，必须本人考试合格。",
]


@pytest.mark.parametrize("packs", _PACKS)
@pytest.mark.parametrize("text", _SILENT)
def test_lawful_question_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids_no_model(det, text, packs) == set()


def test_confirmed_verdict_is_still_the_verdict(det) -> None:
    # the question answered yes at once: the writer's own rhetorical question, the verdict stands
    reasons = _reasons(det, "不用考就拿证的都是假证？是的，全是假证，大家别上当", DEFAULT)
    assert "warning:的都是假证" in reasons


#: Sellers whose question is answered by their own offer: still found.
_SELLERS = [
    ("不用考就拿焊工证的都是假证？那是你路子不对，我这边三天出证，扣1", "CS-001"),
    ("电工证包过吗？包的！不过全退，加v dg_3301", "GP-001"),
    ("叉车证能不能免考？能！资料发我，一周到手，v cc_6620", "CS-001"),
]


@pytest.mark.parametrize("packs", _SPECIAL)
@pytest.mark.parametrize(("text", "rule"), _SELLERS)
def test_seller_answering_its_question_fires(
    det, text: str, rule: str, packs: list[str] | None
) -> None:
    assert rule in rule_ids_no_model(det, text, packs)
