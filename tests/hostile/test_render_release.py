"""Renders that time out or fail leave nothing behind in chromium.

Before this was fixed, a page cut off by the outer render deadline was never closed, and a
page that kept navigating (a meta refresh or ``location.replace`` loop) was one chromium never
finished closing: every such render kept a renderer process, its file descriptors and a page
slot of its context for the rest of the crawl (the hour-long soak grew from 16 to 22 chromium
processes). ``render_probe.py`` renders good pages, then many pages built to hold chromium,
then good pages again, in one crawl process, and counts what is open after each phase.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.hostile.render_probe import GOOD

pytestmark = pytest.mark.browser


def _stat(snapshot: dict[str, Any], key: str) -> int:
    return int(snapshot["stats"].get(key, 0) or 0)


def test_timed_out_renders_were_met(render_probe: dict[str, Any]) -> None:
    after = render_probe["after"]
    assert _stat(after, "adsweep/render/timeout") >= 9, after["stats"]
    assert _stat(after, "adsweep/render/popups_closed") >= 1, after["stats"]


def test_no_page_is_left_open(render_probe: dict[str, Any]) -> None:
    after = render_probe["after"]
    assert after["pages"] == 0, after["open_urls"]
    assert after["guard_connections"] == 0


def test_chromium_processes_return_to_their_baseline(render_probe: dict[str, Any]) -> None:
    before, after = render_probe["baseline"], render_probe["after"]
    assert after["chromium"] <= before["chromium"], (before, after)
    assert after["renderers"] <= before["renderers"], (before, after)


def test_good_pages_after_the_storm_still_render(render_probe: dict[str, Any]) -> None:
    again = {u.rsplit("/", 1)[-1] for u in render_probe["rendered"] if u.endswith("?again=1")}
    expected = {p.rsplit("/", 1)[-1] + "?again=1" for p in GOOD}
    stats = render_probe["after"]["stats"]
    assert again == expected, (render_probe["failed"], render_probe["retried"], stats)
