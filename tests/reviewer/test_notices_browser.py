"""Notices and statistics in Debian's headless chromium against a real uvicorn: a reviewer drafts
notices from a queue selection, a supervisor reads the letter's preview (its stylesheet and
text pass the CSP: any refused style is a console error the guard fails on), approves and
records delivery, and the statistics page shows its tables and the trend chart."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from tests.reports.batch import CONFIG
from tests.reviewer.browser import Live, guarded, live_copy, login, shot

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def live(fixture_template, tmp_path_factory) -> Iterator[Live]:
    dest = tmp_path_factory.mktemp("rv-notices-live")
    with live_copy(fixture_template, dest, notices_config=str(CONFIG),
                   notices_dir=str(dest / "out")) as served:  # fmt: skip
        yield served


def test_draft_from_selection_approve_send_and_statistics(browser, live):
    store = live.fx.store
    confirmed = {i for i in live.fx.ids if store.get_hit(i).status == "confirmed"}
    page, guard = guarded(browser, live.url)
    login(page, live.url, "zhangsan")
    page.goto(live.url + "/queue?status=confirmed")
    page.check("#select-all")
    page.click("button[formaction='/notices/draft']")
    page.wait_for_url(re.compile(r"/notices(/|\?kind=notice)"))
    docs = store.list_notices()
    assert docs and {h for d in docs for h in d["hit_ids"]} == confirmed
    assert "已起草" in page.inner_text(".flash")
    page.context.close()
    guard.check()

    page, guard = guarded(browser, live.url)
    login(page, live.url, "wangzhu")
    page.goto(live.url + "/notices")
    shot(page, "notices")
    page.click(f"a:has-text('{docs[0]['doc_no']}')")
    page.wait_for_selector(".paper .letter")
    shot(page, "notice")
    # The letter's own stylesheet applies inside the preview (served, not inline).
    align = page.eval_on_selector(".letter h1", "e => getComputedStyle(e).textAlign")
    assert align == "center"
    page.click("form[action$='/approve'] button")
    page.wait_for_url(re.compile(r"done=approve"))
    page.fill("input[name=via]", "平台监管对接通道")
    page.click("form[action$='/send'] button")
    page.wait_for_url(re.compile(r"done=send"))
    assert store.get_notice(docs[0]["id"])["status"] == "sent"
    assert "平台监管对接通道" in page.inner_text(".history")
    shot(page, "notice-sent")

    page.goto(live.url + "/stats?from=2026-11-01&to=2026-11-30&by=week")
    page.wait_for_function("document.querySelector('.chart img').naturalWidth > 0")
    assert page.locator(".stats-tables table").count() >= 3
    shot(page, "stats")
    page.context.close()
    guard.check()
