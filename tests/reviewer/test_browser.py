"""The reviewer in Debian's headless chromium against a real uvicorn: log in, filter, search in
Chinese, open a hit, confirm by keyboard, decide-and-next in review mode, bulk-reject a filter,
see the audit entries, open a case across platforms. Every page is watched: no dialog, no
console error, no request leaving the app's origin."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from tests.reviewer.browser import Live, guarded, live_copy, login, shot

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def live(fixture_template, tmp_path_factory) -> Iterator[Live]:
    with live_copy(fixture_template, tmp_path_factory.mktemp("rv-live")) as served:
        yield served


@pytest.fixture
def page(browser, live):
    p, guard = guarded(browser, live.url)
    yield p
    p.context.close()
    guard.check()


def test_log_in_filter_search_open_and_confirm_by_keyboard(live, page):
    login(page, live.url, "zhangsan")
    assert page.url.endswith("/dashboard")
    page.goto(live.url + "/queue")
    page.wait_for_selector("#facets h3")  # facets arrive after the list
    page.click("#facets a:has-text('闲鱼')")
    page.wait_for_url(re.compile(r"platform=%E9%97%B2%E9%B1%BC"))
    platforms = page.locator("tr.hit-row td:nth-child(5)").all_inner_texts()
    assert platforms and all(p.startswith("闲鱼") for p in platforms)
    shot(page, "queue-filtered")
    page.keyboard.press("/")
    page.keyboard.type("叉车证")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"q=%E5%8F%89%E8%BD%A6%E8%AF%81"))
    assert page.locator("tr.hit-row").count() == 1
    assert page.locator(".frag mark").first.inner_text() == "叉车证"
    page.keyboard.press("o")
    page.wait_for_url(re.compile(r"/hits/[0-9a-f]{32}$"))
    hid = page.url.rsplit("/", 1)[1]
    page.wait_for_selector("img.shot, .hint")
    page.keyboard.press("c")
    page.wait_for_url(re.compile(r"done=status"))
    assert "已保存处置结果" in page.inner_text(".flash")
    assert live.fx.store.get_hit(hid).status == "confirmed"
    assert live.fx.store.get_hit(hid).history[-1]["actor"] == "zhangsan"


def test_review_mode_decides_and_moves_on(live, page):
    login(page, live.url, "lisi")
    page.goto(live.url + "/queue?platform=拼多多")
    page.click("a:has-text('开始审核')")
    page.wait_for_url(re.compile(r"/review/[0-9a-f]{32}"))
    first = page.url.split("?")[0].rsplit("/", 1)[1]
    shot(page, "review")
    page.keyboard.press("c")  # decide …
    page.wait_for_url(lambda u: "/review/" in u and first not in u)  # … and the next is there
    second = page.url.split("?")[0].rsplit("/", 1)[1]
    page.keyboard.press("r")  # reject: the reason list opens with the focus on it
    page.wait_for_selector("#reject-panel[open]")
    page.check("input[name=reason][value=duplicate]")
    page.fill("#reject-panel textarea[name=note]", "与上一条重复")
    page.click("#reject-panel button[type=submit]")
    page.wait_for_url(lambda u: second not in u)
    store = live.fx.store
    assert store.get_hit(first).status == "confirmed"
    last = store.get_hit(second).history[-1]
    assert (last["to"], last["reason"], last["note"]) == ("rejected", "duplicate", "与上一条重复")


def test_bulk_reject_a_whole_filter(live, page):
    login(page, live.url, "zhangsan")
    page.goto(live.url + "/queue?host=peixun.test")
    n = page.locator("tr.hit-row").count()
    assert n == 3
    page.click("a:has-text('批量处理全部筛选结果')")
    page.wait_for_selector("text=当前条件下共有")
    page.select_option("select[name=status]", "rejected")
    page.select_option("select[name=reason]", "lawful_training")
    page.fill("textarea[name=note]", "正规培训机构")
    page.click("button:has-text('对这 3 条执行')")
    page.wait_for_selector("text=批量处理结果")
    assert "已将 3 条" in page.inner_text("main")
    page.goto(live.url + "/queue?host=peixun.test")
    assert page.locator("tr.hit-row").count() == 0
    assert live.fx.store.count_hits(host="peixun.test", status="rejected") == 3


def test_the_audit_log_shows_the_entries(live, page):
    live.fx.store.set_status(live.fx.ids[30], "escalated", actor="zhangsan", note="浏览器审计")
    login(page, live.url, "wangzhu")
    page.goto(live.url + "/audit")
    page.select_option("select[name=action]", "status")
    page.fill("input[name=actor]", "zhangsan")
    page.click("form[action='/audit'] button[type=submit]")
    page.wait_for_url(re.compile(r"actor=zhangsan"))
    rows = page.locator("table.audit tbody tr").all_inner_texts()
    assert rows and all("zhangsan" in r for r in rows)
    assert any("浏览器审计" in r and "已上报" in r for r in rows)
    shot(page, "audit")


def test_a_case_across_platforms(live, page):
    login(page, live.url, "zhangsan")
    page.goto(live.url + "/cases")
    page.click("tr:has(.badge:has-text('跨平台')) a[href^='/cases/']")
    page.wait_for_url(re.compile(r"/cases/phone:13912345678"))
    headings = page.locator("main h2").all_inner_texts()
    assert {"淘宝（3）", "闲鱼（2）", "58同城（1）"} <= set(headings)
    shot(page, "case")


def test_a_stale_decision_in_the_queue_shows_the_other_change(browser, live):
    page, guard = guarded(browser, live.url)
    login(page, live.url, "zhangsan")
    page.goto(live.url + "/queue?platform=拼多多")
    row = page.locator("tr.hit-row").first
    hid = row.get_attribute("data-id")
    live.fx.store.set_status(hid, "rejected", actor="lisi", reason="duplicate", note="已有同一条")
    page.keyboard.press("c")  # decided in place on a row someone else decided meanwhile
    msg = row.locator(".row-msg")
    msg.wait_for(state="visible")
    text = msg.inner_text()
    assert "您的操作未保存" in text and "lisi" in text and "已排除" in text
    assert "已有同一条" in text and row.locator(".status-badge").inner_text() == "已排除"
    shot(page, "queue-conflict")
    assert live.fx.store.get_hit(hid).status == "rejected"  # the other decision stands
    page.context.close()
    guard.errors = [e for e in guard.errors if "409" not in e]  # the refused request itself
    guard.check()


#: Every main page (address, a heading it must show); the admin sees them all.
MAIN_PAGES = [
    ("dashboard", "/dashboard", "工作台"),
    ("queue", "/queue", "处置状态"),
    ("review", "/review", "审核"),
    ("hit", "/hits/{hit}", "命中规则"),
    ("cases", "/cases", "案件"),
    ("case", "/cases/wechat:wang-zj888", "关联线索"),
    ("audit", "/audit", "审计日志"),
    ("rules", "/rules", "规则质量"),
    ("users", "/admin/users", "账号管理"),
]


def test_every_main_page_fits_1366_wide(browser, live):
    """At 1366×768 no main page scrolls sideways (the screenshots are for looking at)."""
    page, guard = guarded(browser, live.url)
    page.goto(live.url + "/login")
    shot(page, "login")
    assert page.evaluate("document.documentElement.scrollWidth") <= 1366
    login(page, live.url, "guanli")
    for name, path, heading in MAIN_PAGES:
        page.goto(live.url + path.format(hit=live.fx.ids[0]))
        page.wait_for_load_state("networkidle")  # facets and totals arrive after the list
        assert heading in page.inner_text("main"), name
        wide = page.evaluate("document.documentElement.scrollWidth")
        assert wide <= 1366, f"{name} is {wide}px wide"
        shot(page, name)
        if name == "queue":  # the facet column below the fold too
            shot(page, "queue-full", full_page=True)
    page.context.close()
    guard.check()
