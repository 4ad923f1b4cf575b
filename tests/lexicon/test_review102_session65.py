"""Session 65, review102: a second reading of echo1's refused echoes and the 包过程 readings.
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- A school's answering line that echoes the asked pass as a question, refuses it and gives its
  enrolment contact (电工证包过？不敢保证，我们只是一家培训学校，报名电话 …): the matching stage makes
  no match of the echo (``stance.refused_echoes``), so no silenced candidate stood on the line to
  keep the learned scorer off it, and the model's ML-GP / ML-FC surfaced in every pack. The
  detector now covers the refused echo's line (``stance.refused_echo_lines``): no finding at all.
- 包过程 / 稳过渡 / 包过期 read once, at the silencing stage (``silence._pass_in_word``, word:过程):
  its silenced candidate keeps the model off the line too (the term set's ``runs_on`` is gone).
- Sellers right next to them keep firing: an echo refused and taken back on the same line, and a
  real promise or skip beside 包过程.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    EVERY_PACK,
    WITH_SPECIAL,
    WITH_SPECIAL_OR_CERTS,
    Packs,
    assert_sells,
    assert_silent,
)

#: A school's refused echo with its enrolment contact: no rule and no model finding.
_SCHOOL_ECHOES = [
    "电工证包过？不敢保证，我们只是一家培训学校，报名电话 0531-88216603",
    "客服：保过？保不了的，我们只做考前辅导，考试要本人参加，咨询电话 0571-86432210",
    "学员：叉车证能包过吗？\n班主任：包过？谁也保证不了，我们只负责培训，报名电话 0532-86619023",
    "焊工证包过？这个真不敢保证，我们只是培训机构，报名加v hg_70215",
]

#: 包过程 / 稳过渡 / 包过期 under a term that names the writer (GP-127's 我们包过 / 本店包过 /
#: 我们这边稳过): silenced as word:过程 and no model finding either.
_EVERYDAY = [
    "我们包过程辅导，考试本人参加，报名加微信 px_2231",
    "我们这边稳过渡，报名加v px_1123",
    "本店包过期退换，加微信 dd_2231",
]

#: The same with only the rules asked (the straw man answered by the school's 包过程 stays open:
#: see the notes of this round).
_EVERYDAY_RULES = [
    "电工证培训包过程指导，考试由应急管理部门组织，报名电话 0571-86221107",
    "我们学校焊工证培训包过程辅导，考试本人参加，报名加微信 px_2231",
]

_SELLERS: list[tuple[str, str, list[Packs]]] = [
    # the echo refused and taken back on the same line
    ("客服：包过？不敢保证，但是我们有办法，考前押题，稳过，加v kf_2231", "GP-", WITH_SPECIAL),
    # a real promise or skip beside 包过程
    ("电工证包过程服务，稳过，私聊", "GP-", WITH_SPECIAL),
    ("焊工证包过程辅导，不用考试直接拿证，加v hg_2231", "certificate_sale", WITH_SPECIAL_OR_CERTS),
    # the refused echo's turn, then the skip sold in a later turn
    (
        "学员：电工证包过吗？\n老师：包过？包不了，我们只负责培训，报名加微信 dg_1102\n"
        "学员：真的没办法吗？\n老师：有，交三千八，不用考，直接拿证",
        "certificate_sale",
        WITH_SPECIAL_OR_CERTS,
    ),
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _SCHOOL_ECHOES)
def test_school_echo_no_finding(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs, model=True)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _EVERYDAY)
def test_everyday_word_no_finding(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs, model=True)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _EVERYDAY_RULES)
def test_everyday_word_no_rule(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize(
    ("text", "what", "packs"),
    [(t, w, p) for t, w, ps in _SELLERS for p in ps],
)
def test_sellers_still_fire(det, text: str, what: str, packs: Packs) -> None:
    assert_sells(det, text, what, packs)


def test_everyday_word_named(det) -> None:
    """The run-on pass is named at the silencing stage (one reading, word:过程), not dropped."""
    res = det.scan_page(
        text="我们包过程辅导，考试本人参加，报名加微信 px_2231", packs=["training-ads"]
    )
    assert any(s.reason == "word:过程" for s in res.suppressed)
