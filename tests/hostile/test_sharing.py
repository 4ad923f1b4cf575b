"""The files that read the session crawls are scheduled together, so the crawls run once."""

from __future__ import annotations

import re

from tests.conftest import ROOT, SESSION_CRAWL_FILES

#: The fixtures backed by ``session_crawls`` (tests/hostile/conftest.py).
_SHARED = re.compile(r"\b(?:session_crawls|auto_crawl|render_crawl|netns_crawl|render_probe)\b")


def test_every_file_using_the_session_crawls_is_scheduled_as_one_unit() -> None:
    users = sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "tests" / "hostile").glob("test_*.py")
        if p.name != "test_sharing.py" and _SHARED.search(p.read_text(encoding="utf-8"))
    )
    assert users == sorted(SESSION_CRAWL_FILES)


def test_every_file_scheduled_first_exists() -> None:
    """A renamed slow file would silently fall back to the end of the run."""
    from tests.conftest import SLOW_FILES_FIRST

    missing = [p for p in SLOW_FILES_FIRST if not (ROOT / p).is_file()]
    assert not missing
    assert len(set(SLOW_FILES_FIRST)) == len(SLOW_FILES_FIRST)
