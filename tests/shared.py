"""Material the tests read from beside the clone (``../shared/``), never from the repository.

The repository keeps only what its authors wrote. The real marketplace pages that show how
real listings are encoded and laid out were saved by other people, so they stay in
``../shared/realpages/`` (with their provenance in its README) and are read from there at run
time. CI always has that folder; elsewhere a test that needs it is skipped and says why, and
under ``CI`` a missing folder fails instead of skipping quietly.
"""

from __future__ import annotations

import os
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
    """Skip a test whose real component this machine cannot provide (root, a network
    namespace, ../shared); under ``CI``, where it always can, fail instead: a quiet skip there
    would hide a broken set-up."""
    if os.environ.get("CI"):
        pytest.fail(why)
    pytest.skip(why)
