"""Session 67, speed5: cheap tests in two readings of the silencing stage.

:meth:`lexicon.silence.Silencer._heading_warning` (a warning heading a list the candidate is an
item of: 禁售清单：…) tried the list-head pattern, an alternation of every warning word, at each of
the 80 positions before every candidate that reached it; every head ends in its colon, so now a
reach without a colon (full-width or ASCII) goes straight to the one-item-a-line reading.
:func:`lexicon.silence._promise_after_denial` sliced the gap between a denied part and every
later part and looked it up in the pattern cache before testing the gap's length; now the length
comes first and the clause mark is read in place.

These tests pin what the cheap tests rely on (every list head the pattern finds ends in a colon),
keep the old readings as reference paths and check that the new ones answer the same at every
position of texts written for this round (list heads with either colon, a bracketed kind, heads
out of reach, lists set out one item a line, no colon at all), and check the scan's answers on a
few of them. The detector's whole output on the project's texts and the benchmark pages is
compared by ``/work/notes/s67/equiv.py``. Every sentence here is written for this file.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

import lexicon.silence as sil
from lexicon.context import negation_before
from lexicon.gate import polite, school_heading
from lexicon.matches import Match
from lexicon.normalize import normalize
from tests.lexicon.scanning import ALL, assert_sells, assert_silent


def _old_heading_warning(silencer: sil.Silencer, text: str, start: int) -> str | None:
    """``Silencer._heading_warning`` as it read before this round (no colon test)."""
    if silencer._list_head is None:
        return None
    lo = max(0, start - sil._LIST_REACH)
    ends = [m.end() for m in sil._SENTENCE_END.finditer(text, lo, start)]
    heads = [
        m
        for m in silencer._list_head.finditer(text, ends[-1] if ends else lo, start)
        if not polite(text, m.start(1), m.group(1))
        and not school_heading(text, m.start(1), m.group(1))
        and not silencer._heading.worn(text, m.start(1), m.end(1))
        and not silencer._heading.disowned(text, m.start(1), m.end(1), start)
        and not (m.group(1).endswith("吗") and sil._ANSWER_LABEL.match(text, m.end(1)))
    ]
    if heads:
        return heads[-1].group(1)
    return silencer._heading_over_lines(text, start)


def _old_promise_after_denial(s: str, p: Match, parts: list[Match]) -> bool:
    """``_promise_after_denial`` as it read before this round (the slice first)."""
    for q in parts:
        if q.start < p.end or not re.search(r"[，,；;。]", s[p.end : q.start]):
            continue
        if q.start - p.end > 12 or negation_before(s, q.start):
            continue
        if sil._PROMISE_LEAD.search(s, max(0, q.start - 2), q.start):
            return True
    return False


#: Texts with list heads and without, written for this round.
_LIST_TEXTS = [
    "本站禁售清单：香烟、白酒、代写论文、电工证代办、焊工证免考。",
    "本站禁售清单:香烟、白酒、代写论文、电工证代办、焊工证免考。",
    "平台违禁词清单（证书类）：包过、免考、不用考试直接拿证。",
    "严禁发布以下内容：考试答案、替考服务、低压电工证直接出证，违者封号。",
    "以下关键词禁止出现在店铺标题中：\n1. 叉车证代办\n2. 登高证免考\n3. 包过拿证\n",
    "以下内容禁止发布\n叉车证代办\n登高证免考\n",
    "禁止事项：" + "本店长期招收学员参加正规培训课程" * 6 + "，电工证代办，不用考试。",
    "电工证代办，不用考试，包过，联系电话13800001111。",
    "温馨提示：本校焊工证培训须本人参加考试，不代办。",
    "平台公告 禁止发布的商品有 代考 代办证书 免考拿证 等",
]


@pytest.mark.parametrize("text", _LIST_TEXTS)
def test_heading_warning_same_at_every_position(det: Any, text: str) -> None:
    silencer = det._silencer
    for start in range(len(text) + 1):
        assert silencer._heading_warning(text, start) == _old_heading_warning(
            silencer, text, start
        ), (text, start)


def test_every_list_head_ends_in_a_colon(det: Any) -> None:
    """What the colon test relies on: the head pattern (both reaches) ends in its colon."""
    silencer = det._silencer
    found = 0
    for pattern in (silencer._list_head, silencer._line_head):
        assert pattern is not None
        for text in _LIST_TEXTS:
            for m in pattern.finditer(text):
                found += 1
                assert m.group(0)[-1] in "：:", m.group(0)
    assert found >= 5  # the texts hold heads with either colon and a bracketed kind


def test_heading_warning_finds_the_heads(det: Any) -> None:
    silencer = det._silencer
    text = _LIST_TEXTS[0]
    assert silencer._heading_warning(text, text.index("电工证")) is not None
    text = _LIST_TEXTS[1]  # the ASCII colon
    assert silencer._heading_warning(text, text.index("电工证")) is not None
    text = _LIST_TEXTS[4]  # one item a line, the head's colon on the line above
    assert silencer._heading_warning(text, text.index("登高证")) is not None
    text = _LIST_TEXTS[6]  # the colon is past the list's reach: no head covers the candidate
    assert silencer._heading_warning(text, text.index("电工证")) is None
    text = _LIST_TEXTS[7]  # no colon at all
    assert silencer._heading_warning(text, text.index("电工证")) is None


#: Sentences with a denied promise and another part after it, written for this round.
_DENIAL_TEXTS = [
    "我们不会说包过，直接包拿证，私我",
    "本校不说包过，保证拿证，报名从速",
    "本校不会说包过，也不会包拿证，只按大纲上课",
    "不包过但是可以免费重学一次直到拿证为止",
    "不说包过，这里的老师认真负责而且课程安排得很合理，包拿证",
    "不包过；稳拿证",
    "不包过拿证",
]


def _parts(s: str, terms: tuple[str, ...]) -> list[Match]:
    out: list[Match] = []
    for t in terms:
        i = s.find(t)
        while i >= 0:
            out.append(Match(i, i + len(t), t, ""))
            i = s.find(t, i + 1)
    return sorted(out)


@pytest.mark.parametrize("raw", _DENIAL_TEXTS)
def test_promise_after_denial_same(raw: str) -> None:
    s = normalize(raw).text
    parts = _parts(s, ("包过", "包拿证", "拿证", "保证拿证", "稳拿证"))
    assert parts
    for p in parts:
        assert sil._promise_after_denial(s, p, parts) == _old_promise_after_denial(s, p, parts)


def test_promise_after_denial_reads() -> None:
    s = normalize("我们不会说包过，直接包拿证，私我").text
    parts = _parts(s, ("包过", "包拿证"))
    assert sil._promise_after_denial(s, parts[0], parts)
    # the other promise more than twelve characters on is no longer the denial's turn
    s = normalize("不说包过，这里的老师认真负责而且课程安排得很合理，包拿证").text
    parts = _parts(s, ("包过", "包拿证"))
    assert not sil._promise_after_denial(s, parts[0], parts)


def test_scan_answers(det: Any) -> None:
    assert_silent(det, _LIST_TEXTS[0], ALL)
    assert_silent(det, _LIST_TEXTS[1], ALL)
    assert_silent(det, _LIST_TEXTS[4], ALL)
    assert_sells(det, _LIST_TEXTS[7], "CS-", ALL)
    assert_sells(det, _DENIAL_TEXTS[0], "GP-", ALL)
