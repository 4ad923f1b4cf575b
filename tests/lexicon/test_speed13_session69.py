"""(issue 9, session 69, speed13) What keeps a hostile one-line page's work linear in its size.

Several readings search back to the line's start for each candidate they judge
(``text.rfind("\\n", 0, start)``): on a page that is one long line each such search costs up to
the line's length, so the readings cost (candidates judged) x (line length). That stays linear in
the page only while the candidates judged do not grow with it. ``benchmarks/pagegrowth.py`` measured
it at 100 to 800 KB per shape (every exponent at or below 1): the rule candidates judged stop
growing once each rule has given ``combos._MAX_PER_RULE`` combinations in the source, and the
learned scorer's windows, which do grow with the page (one a sentence), are silenced by the lawful
readings before any stance reading searches back. These tests pin those counts on one-line pages
built for them (the seller and window sentences of ``benchmarks/pagegrowth.py``, written for it),
and that benchmark's pages themselves. They count calls, never time.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

import pytest

from benchmarks.pagegrowth import SELLERS, SHAPES, WINDOWS, page
from lexicon.detector import Detector
from lexicon.stance import StanceReader
from tests.lexicon.scanning import ALL, DEFAULT


def _sellers(k: int, seed: int = 69) -> str:
    """``k`` seller sentences on one line, each with its own phone number."""
    rng = random.Random(seed)
    return "".join(
        SELLERS[i % len(SELLERS)].format(d=f"{rng.randrange(10**8):08d}") for i in range(k)
    )


def _windows(k: int) -> str:
    """``k`` of the scorer's window sentences on one line (no rule flags them)."""
    return "".join(WINDOWS[i % len(WINDOWS)].format(d=i % 1000) for i in range(k))


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, int]]:
    """Counts of the candidates judged and of the stance readings, per scan (reset by the test)."""
    got = {"judged": 0, "stance": 0}
    judge, stance = Detector._judge, StanceReader.judge

    def judged(self: Detector, *a: Any, **k: Any) -> Any:
        got["judged"] += 1
        return judge(self, *a, **k)

    def read(self: StanceReader, *a: Any, **k: Any) -> Any:
        got["stance"] += 1
        return stance(self, *a, **k)

    monkeypatch.setattr(Detector, "_judge", judged)
    monkeypatch.setattr(StanceReader, "judge", read)
    yield got


def _scan(det: Detector, calls: dict[str, int], text: str, packs: list[str]) -> tuple[Any, dict]:
    calls.update(judged=0, stance=0)
    res = det.scan_page(text=text, packs=packs)
    return res, dict(calls)


@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_candidates_judged_stop_growing_with_the_line(
    det: Detector, calls: dict[str, int], packs: list[str]
) -> None:
    # fifty seller sentences or eight hundred on one line: the same candidates judged, the same
    # stance readings, the same findings (each rule's first combinations, near the line's start)
    small, few = _scan(det, calls, _sellers(50), packs)
    big, many = _scan(det, calls, _sellers(800), packs)
    assert few["judged"] > 0 and few["stance"] > 0, "the sellers must be judged at all"
    assert many == few
    assert len(big.findings) == len(small.findings) > 0
    assert "\n" not in _sellers(800)


@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_scorer_windows_grow_but_are_not_read_back(
    det: Detector, calls: dict[str, int], packs: list[str]
) -> None:
    # the scorer reads every sentence of a page no rule flags, so its windows grow with the page;
    # each is silenced by the lawful reading of a local exam site, before any stance reading
    # (the readings that search back to the line's start) runs on it
    small, few = _scan(det, calls, _windows(30), packs)
    big, many = _scan(det, calls, _windows(480), packs)
    assert not small.findings and not big.findings
    assert len(small.suppressed) >= 30 * 0.9
    assert len(big.suppressed) >= 480 * 0.9, "one window a sentence"
    assert all(
        x.reason.startswith("lawful:") for x in big.suppressed if x.rule_id.startswith("ML-")
    )
    assert many == few
    assert many["stance"] == 0


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_growth_pages_are_one_line_of_the_size_asked(shape: str) -> None:
    text = page(20, shape)
    assert "\n" not in text and "\r" not in text
    assert 20_000 <= len(text.encode()) < 20_000 + 400
    assert page(20, shape) == text, "the same page each run"
    assert len(page(40, shape).encode()) >= 2 * 20_000
