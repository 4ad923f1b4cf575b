"""Session 66: refused echoes are looked for only on lines that hold a question mark.

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

``stance._echo_heads`` gives the matches ``_ECHO_AT_HEAD.finditer`` gives, trying the pattern only
at the head of each line with a question mark (the pattern never crosses a line break and starts
at a line's head). These tests pin that equivalence on every text of the project's corpus and on
pages built to stress it, and that the refused echoes the matching stage reads are unchanged.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest

from lexicon import stance
from tests.lexicon.scanning import EVERY_PACK, assert_silent

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

#: Lines written for this file: answering lines that echo, lines that ask, lines with no question.
LINES = [
    "老师：包过？这个保证不了，我们只负责培训，报名加微信 px20461",
    "班主任：包过？包不了，考试得靠你自己，报名电话 0571-86120033",
    "  【答】包过？不敢保证，我们只管教学，咨询电话 0571-86120034",
    "学员：电工证能免考吗？",
    "包 过？包不了，考试靠自己，报名加微信 px20462",
    "本校低压电工培训，理论加实操，考试由应急管理部门组织。",
    "问：复审要本人到场吗?答：要的，本人带身份证参加培训。",
    "？？？",
    "",
    "\u3000\u3000客服：“包过”？这个真没有，我们只是培训学校，报名请加微信 px20463",
]


def _old(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in stance._ECHO_AT_HEAD.finditer(text)]


def _new(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in stance._echo_heads(text)]


def _corpus_texts() -> list[str]:
    out: list[str] = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line)["text"])
    return out


def test_every_corpus_text_gets_the_same_echo_heads() -> None:
    texts = _corpus_texts()
    assert len(texts) > 10_000
    with_heads = 0
    for text in texts:
        assert _new(text) == _old(text), text
        with_heads += bool(_old(text))
    assert with_heads > 50  # the corpus does hold answering lines that echo


@pytest.mark.parametrize("seed", range(40))
def test_pages_of_mixed_lines_get_the_same_echo_heads_and_refusals(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(seed)
    breaks = ["\n", "\n\n", "\r\n", " ", "。"]
    page = "".join(rng.choice(LINES) + rng.choice(breaks) for _ in range(rng.randrange(1, 60)))
    assert _new(page) == _old(page)
    read = stance.refused_echo_lines(page)
    monkeypatch.setattr(stance, "_echo_heads", lambda t: list(stance._ECHO_AT_HEAD.finditer(t)))
    assert stance.refused_echo_lines(page) == read


def test_a_page_of_one_long_line_full_of_question_marks_is_read_once() -> None:
    page = "这是什么？" * 40_000 + "\n老师：包过？这个保证不了，我们只负责培训，报名加微信 px20461"
    heads = stance._echo_heads(page)
    assert [m.group(2) for m in heads] == ["这是什么", "包过"]  # each line's head once
    assert stance.refused_echoes(page) == [(heads[1].start(2), heads[1].end(2))]


@pytest.mark.parametrize("packs", EVERY_PACK)
def test_the_schools_refused_echo_stays_silent(det: Any, packs: Any) -> None:
    assert_silent(
        det, "老师：包过？这个保证不了，我们只负责培训，报名加微信 px20461", packs, model=True
    )
