"""Session 65, speed2: the detector reads each candidate span's stance once per source.

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

``Detector._judged`` keeps the stance reader's verdict on each original span of one source, by
(start, end, school), in ``SourceScan.stances``: several rules' candidates over one span (a
certificate word and a promise, one rule of each pack) read the same sentence the same way. These
tests pin behaviour, not time:

- with every pack the findings and silences are those each pack gives on its own (the readings a
  pack shares with another are the ones it would make itself), stance and cues included;
- the school voice (training-ads rules) is part of the key, so a school's own page read for a
  training-ads rule is never the reading another pack's rule got over the same span;
- the memo is one source's: a title and a text with candidates at the same offsets each keep
  their own reading (a seller's title over a reporter's text and the other way round);
- a span the rules read twice is judged once (counted on the stance reader, no timing).
"""

from __future__ import annotations

from typing import Any

import pytest

from lexicon.stance import StanceReader
from tests.lexicon.scanning import (
    ALL,
    CERTS,
    DEFAULT,
    EVERY_PACK,
    WITH_SPECIAL,
    assert_sells,
    assert_silent,
)

#: A seller's pitch that several packs' rules read over the same words.
SELLER = "低压电工证焊工证代办，不用考试，包过包拿证，三天出证，加微信 dg88661 详聊。"
#: A reporter's paragraph with the same words, silent in every pack.
REPORT = "记者调查发现，一些网店声称低压电工证不用考试、包过包拿证，警方提醒这类承诺都是骗局。"
#: A school's own page: a pass rate and enrolment with a phone (the training-ads pack's reading).
SCHOOL = "本校焊工证培训班包过率高，考不过免费重学，报名电话 0571-86120033。"


def _shape(res: Any) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Everything a scan decides, in order: findings with their stance and cues, silences with
    their reasons."""
    found = [(f.rule_id, f.start, f.end, f.stance, f.cues, f.score, f.source) for f in res.findings]
    silenced = [(s.rule_id, s.start, s.end, s.reason, s.source) for s in res.suppressed]
    return found, silenced


def _own_pack(res: Any, pack: str, det: Any) -> tuple[list[tuple[Any, ...]], ...]:
    """The part of an every-pack scan that ``pack``'s rules decided (the model's left out)."""
    ids = {r.id for r in det.lex.rules if r.pack == pack}
    found, silenced = _shape(res)
    return [x for x in found if x[0] in ids], [x for x in silenced if x[0] in ids]


@pytest.mark.parametrize("text", [SELLER, REPORT, SCHOOL])
@pytest.mark.parametrize("pack", ALL)
def test_every_pack_reads_each_span_as_its_own_pack_does(det: Any, text: str, pack: str) -> None:
    every = det.scan_page(text=text, packs=ALL)
    alone = det.scan_page(text=text, packs=[pack])
    assert _own_pack(every, pack, det) == _own_pack(alone, pack, det)


def test_the_seller_is_found_and_the_report_silent(det: Any) -> None:
    for packs in (DEFAULT, CERTS, ALL):
        assert_sells(det, SELLER, ("certificate_sale", "exam_fraud"), packs)
    for packs in EVERY_PACK:
        assert_silent(det, REPORT, packs)


def test_school_voice_is_part_of_the_key(det: Any) -> None:
    """A training-ads rule reads a school's own page voice as an offer; the other packs' rules
    over the same span do not: both readings stay what each pack gives alone."""
    every = det.scan_page(text=SCHOOL, packs=ALL)
    for pack in ALL:
        alone = det.scan_page(text=SCHOOL, packs=[pack])
        assert _own_pack(every, pack, det) == _own_pack(alone, pack, det)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_title_and_text_keep_their_own_readings(det: Any, packs: Any) -> None:
    """Candidates at the same offsets in the title and the text are two sources' spans."""
    title = "低压电工证不用考试包过，加微信 dg88661"
    text = "低压电工证不用考试包过？警方提醒：这类承诺都是骗局，切勿轻信。"
    both = det.scan_page(text=text, title=title, packs=packs)
    assert any(f.source == "title" for f in both.findings)
    assert not any(f.source == "text" for f in both.findings)
    swapped = det.scan_page(text=title, title=text, packs=packs)
    assert any(f.source == "text" for f in swapped.findings)
    assert not any(f.source == "title" for f in swapped.findings)


def test_a_span_read_by_several_rules_is_judged_once(
    det: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[str, int, int, bool]] = []
    judge = StanceReader.judge

    def counted(self: StanceReader, text: str, start: int, end: int, *a: Any, **k: Any) -> Any:
        school = bool(a[2] if len(a) > 2 else k.get("school", False))
        seen.append((text, start, end, school))
        return judge(self, text, start, end, *a, **k)

    monkeypatch.setattr(StanceReader, "judge", counted)
    res = det.scan_page(text=SELLER, packs=ALL)
    spans = [(f.start, f.end) for f in res.findings if not f.rule_id.startswith("ML-")]
    assert len(spans) > len(set(spans)), "several rules should fire over one span here"
    # the rules' pass asks once per (source, span, school); the scorer's own reading is apart
    ruled = [x for x in seen if x[0] == SELLER]
    assert len(ruled) == len(set(ruled))
