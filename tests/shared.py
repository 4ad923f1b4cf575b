"""Material the tests read from beside the clone (``../shared/``), never from the repository.

The repository keeps only what its authors wrote. The real marketplace pages that show how
real listings are encoded and laid out were saved by other people, so they stay in
``../shared/realpages/`` (with their provenance in its README) and are read from there at run
time. Every machine the suite runs on has that folder (and root, which the hostile tests
need): a missing one fails the test with the reason, never skips it quietly.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: Saved pages of real marketplaces (Taobao, Tmall, JD): ordinary listings, no violations.
REALPAGES = ROOT.parent / "shared" / "realpages"


def real_page(name: str) -> Path:
    """The path of one saved real page; skips (or, in CI, fails) with the reason when absent."""
    path = REALPAGES / name
    if not path.is_file():
        why = (
            f"{path} is absent: the real marketplace pages are other people's pages, so the "
            "repository does not carry them; the tests read them from ../shared/realpages "
            "next to the clone"
        )
        unavailable(why)
    return path


def unavailable(why: str) -> None:
    """Fail a test whose real component is missing (root, a network namespace, ../shared),
    saying which: the suite needs the real part, and a skip would hide a broken set-up."""
    pytest.fail(why)
