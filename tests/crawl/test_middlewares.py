"""Trap guards, the private-address block and the robots override, on real local crawls."""

from __future__ import annotations

import asyncio
import ipaddress
import re
import threading
import time

import pytest
from scrapy import Request
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from crawlers.middlewares import (
    ContextRecycler,
    TrapLimits,
    calendar_template,
    is_blocked_address,
    trap_reason,
)
from crawlers.settings_docs import adsweep_defaults

from .site import SiteServer, html, links

ALLOW_LOOPBACK = {"ADSWEEP_ALLOW_PRIVATE": ["127.0.0.1/32"]}
#: The slow page of the recycling test: pages asked after it before it answers, its ceiling.
#: The ceiling only ends the wait of a crawl that stalls behind the slow page (the defect the
#: test finds, which never reaches ``ARRIVALS``); a healthy crawl releases it as soon as twelve
#: more renders started. It was 45 s, within reach of a healthy crawl on a machine four times
#: slower than CI (41 renders in 36 s there); 180 s is five minutes short of the crawl's own
#: ceiling (``FOLLOW_CRAWL_CEILING``), so a stalled crawl still ends and fails the test.
ARRIVALS, CAP = 12, 180.0
#: The deadlines of that crawl: the slow page's render, its navigation and its fetch through
#: the browser guard (``DOWNLOAD_TIMEOUT``) last as long as its wait, so each stays above
#: ``CAP`` (any of them running out fails the test on its own: a timeout or 40 pages seen).
SLOW_PAGE_DEADLINES = {
    "ADSWEEP_RENDER_TIMEOUT": CAP + 60,
    "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": int((CAP + 60) * 1000),
    "DOWNLOAD_TIMEOUT": CAP + 60,
}
DEFAULTS = TrapLimits.from_settings(Settings(adsweep_defaults()))


def trap_site(path: str) -> tuple[int, dict[str, str], bytes]:
    """A site whose every corner is an infinite space, except /ok/<n> (100 pages)."""
    if path == "/":
        return html(links("/ok/0", "/cal/2026-01", "/loop/", "/long?x=a", "/params?p0=0"))
    if m := re.fullmatch(r"/ok/(\d+)", path):
        n = int(m.group(1))
        return html(links(f"/ok/{n + 1}") if n < 99 else "end")
    if m := re.fullmatch(r"/cal/(\d{4})-(\d{2})", path):  # "next month" forever
        y, mo = int(m.group(1)), int(m.group(2))
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
        return html(links(f"/cal/{y}-{mo:02d}"))
    if path.startswith("/loop/"):  # relative link: /loop/sub/sub/sub/...
        return html(links("sub/"))
    if path.startswith("/long"):
        return html(links(path + "a" * 300))
    if path.startswith("/params"):
        n = path.count("&") + 1
        return html(links(f"{path}&p{n}={n}"))
    return 404, {}, b"not found"


def test_trap_reason_unit_cases() -> None:
    assert trap_reason("http://a.cn/x/y", DEFAULTS) is None
    assert trap_reason("http://a.cn/a/b/a/b/a/b", DEFAULTS) == "repeated_segments"
    assert trap_reason("http://a.cn/cal/2099-01", DEFAULTS, now_year=2026) == "calendar"
    assert trap_reason("http://a.cn/c?year=1990&month=3", DEFAULTS, now_year=2026) == "calendar"
    assert trap_reason("http://a.cn/item/20261121.html", DEFAULTS) is None
    assert calendar_template("http://a.cn/cal/2026-03?x=1") == "a.cn/cal/{date}?x=1"
    assert calendar_template("http://a.cn/item/123.html") is None


def test_each_trap_guard_stops_its_infinite_space(follow_crawl) -> None:
    settings = {
        **ALLOW_LOOPBACK,
        "ADSWEEP_TRAP_MAX_CALENDAR_PAGES": 12,
        "ADSWEEP_TRAP_MAX_URL_LENGTH": 1200,
        "ADSWEEP_TRAP_MAX_QUERY_PARAMS": 8,
    }
    with SiteServer(trap_site) as site:
        result = follow_crawl([site.url("/")], settings)
        stats = result["stats"]
        assert site.fetched("/cal/") == 12  # one year of months, then the guard
        assert stats["adsweep/trap/calendar"] == "1"
        assert site.fetched("/loop/") == 3  # /loop/, /loop/sub/, /loop/sub/sub/: twice is ok
        assert stats["adsweep/trap/repeated_segments"] == "1"
        assert site.fetched("/long") == 4  # 9 + 300 * n chars ≤ 1200 → n ≤ 3
        assert stats["adsweep/trap/url_length"] == "1"
        assert site.fetched("/params") == 8
        assert stats["adsweep/trap/query_params"] == "1"
        assert site.fetched("/ok/") == 100
        assert "adsweep/trap/max_pages_per_host" not in stats
        assert max(site.hits.values()) == 1  # nothing fetched twice


def test_max_pages_per_host(follow_crawl) -> None:
    with SiteServer(trap_site) as site:
        result = follow_crawl(
            [site.url("/ok/0")], {**ALLOW_LOOPBACK, "ADSWEEP_TRAP_MAX_PAGES_PER_HOST": 30}
        )
        assert site.fetched() == 30
        assert result["stats"]["adsweep/trap/max_pages_per_host"] == "1"


def test_is_blocked_address() -> None:
    for ip in (
        "127.0.0.1",
        "10.1.2.3",
        "192.168.0.1",
        "169.254.169.254",
        "::1",
        "fe80::1",
        "::ffff:172.16.0.1",
        "0.0.0.0",
    ):
        assert is_blocked_address(ip), ip
    assert not is_blocked_address("8.8.8.8")
    assert not is_blocked_address("127.0.0.1", [ipaddress.ip_network("127.0.0.0/8")])


def test_loopback_is_blocked_unless_allowed(follow_crawl) -> None:
    with SiteServer(lambda p: html(links("/a")) if p == "/" else html("a")) as site:
        blocked = follow_crawl([site.url("/")])
        assert site.fetched() == 0
        assert blocked["stats"]["adsweep/blocked/private_address"] == "1"
        allowed = follow_crawl([site.url("/")], ALLOW_LOOPBACK)
        assert site.fetched() == 2 and len(allowed["seen"]) == 2
        assert "adsweep/blocked/private_address" not in allowed["stats"]


def test_block_applies_after_dns_resolution(follow_crawl) -> None:
    """``localhost`` is a name: only resolving it shows it is loopback."""
    with SiteServer(lambda p: html("x")) as site:
        result = follow_crawl(
            [f"http://localhost:{site.port}/"], {"ADSWEEP_ALLOW_PRIVATE": ["127.0.0.2/32"]}
        )
        assert site.fetched() == 0
        assert result["stats"]["adsweep/blocked/private_address"] == "1"


@pytest.fixture
def second_loopback_site():
    with SiteServer(lambda p: html("internal"), host="127.0.0.2") as inner:
        yield inner


def test_block_applies_after_redirects(follow_crawl, second_loopback_site) -> None:
    inner = second_loopback_site

    def outer_route(path: str):
        if path == "/":
            return html(links("/go"))
        return 302, {"Location": inner.url("/secret")}, b""

    with SiteServer(outer_route) as outer:
        result = follow_crawl([outer.url("/")], ALLOW_LOOPBACK)
        assert outer.fetched("/go") == 1  # the redirect itself was allowed
        assert inner.fetched() == 0  # its target was not
        assert result["stats"]["adsweep/blocked/private_address"] == "1"
        follow_crawl([outer.url("/")], {"ADSWEEP_ALLOW_PRIVATE": ["127.0.0.0/8"]})
        assert inner.fetched("/secret") == 1


def test_robots_override_is_recorded_with_its_reason(follow_crawl) -> None:
    def route(path: str):
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /\n"
        return html(links("/a")) if path == "/" else html("a")

    with SiteServer(route) as site:
        obeyed = follow_crawl([site.url("/")], {**ALLOW_LOOPBACK, "ROBOTSTXT_OBEY": True})
        assert site.fetched() == 0 and obeyed["seen"] == []
        reason = "专项治理执法检查（测试）"
        result = follow_crawl(
            [site.url("/")],
            {**ALLOW_LOOPBACK, "ROBOTSTXT_OBEY": False, "ADSWEEP_ROBOTS_OVERRIDE_REASON": reason},
        )
        assert site.fetched() == 2
        assert result["stats"]["adsweep/robots/override_reason"] == reason
        assert reason in result["log"]


def test_download_size_cap(follow_crawl) -> None:
    big = b"<html><body>" + b"x" * 200_000 + b"</body></html>"

    def route(path: str):
        return (
            html(links("/big", "/small"))
            if path == "/"
            else (200, {}, big if path == "/big" else b"ok")
        )

    with SiteServer(route) as site:
        result = follow_crawl([site.url("/")], {**ALLOW_LOOPBACK, "DOWNLOAD_MAXSIZE": 100_000})
        seen = {u.rsplit("/", 1)[1] for u in result["seen"]}
        assert seen == {"", "small"}


@pytest.mark.browser
def test_browser_contexts_are_recycled_during_a_rendered_crawl(follow_crawl) -> None:
    def route(path: str):
        if path == "/robots.txt" or path == "/favicon.ico":  # chromium asks for favicons
            return 404, {}, b""
        n = int(path.strip("/") or 0)
        return html(links(f"/{n + 1}") if n < 23 else "end", f"page {n}")

    with SiteServer(route) as site:
        result = follow_crawl(
            [site.url("/")], {**ALLOW_LOOPBACK, "ADSWEEP_RENDER_RECYCLE_PAGES": 5}, render=True
        )
        pages = site.fetched() - site.hits.get("/favicon.ico", 0)
        assert pages == 24 and len(result["seen"]) == 24
        stats = result["stats"]
        assert int(stats["playwright/context_count"]) == 5  # 24 renders, 5 per context
        assert int(stats["adsweep/render/contexts_recycled"]) == 4  # all but the last closed
        assert int(stats["playwright/context_count/max_concurrent"]) <= 2


@pytest.mark.browser
def test_a_slow_render_in_a_retired_context_does_not_hold_the_crawl(follow_crawl) -> None:
    """A crawl renders in two contexts (reading, evidence); a retired context closes only
    when its last render ends. Its successor must not wait for that: with no context slot
    free, scrapy-playwright holds its context lock while it waits, and every render in
    either context waits behind it, for as long as the slowest page of the retired one.

    The first page asked answers only once ``ARRIVALS`` other pages were asked after it (or,
    if the crawl stalls behind it, after ``CAP`` seconds): which of the two released it is
    the finding.
    """
    arrivals, released, slow = threading.Semaphore(0), {}, threading.Lock()

    def route(path: str):
        if path == "/robots.txt" or path == "/favicon.ico":
            return 404, {}, b""
        if path == "/":
            return html(links(*(f"/{n}" for n in range(1, 41))))
        if slow.acquire(blocking=False):  # the first page asked is the slow one
            deadline = time.monotonic() + CAP
            got = 0
            while got < ARRIVALS and arrivals.acquire(
                timeout=max(0.0, deadline - time.monotonic())
            ):
                got += 1
            released[path] = got
            return html("slow leaf")
        arrivals.release()
        return html("leaf", f"page {path}")

    with SiteServer(route) as site:
        result = follow_crawl(
            [site.url("/")],
            {
                **ALLOW_LOOPBACK,
                "ADSWEEP_RENDER_RECYCLE_PAGES": 4,
                **SLOW_PAGE_DEADLINES,
            },
            render=["read", "capture"],
        )
    stats = result["stats"]
    assert list(released.values()) == [ARRIVALS], (released, result["log"][-3000:])
    assert "adsweep/render/timeout" not in stats
    assert len(result["seen"]) == 41
    assert int(stats["adsweep/render/contexts_recycled"]) >= 8
    # Two contexts, each with at most one retired generation still finishing its renders.
    assert int(stats["playwright/context_count/max_concurrent"]) <= 4


def test_a_request_built_from_a_rendered_ones_meta_stays_in_its_context() -> None:
    """A request whose ``playwright_context`` is a generation's name ("read~0", copied from
    another request's meta without its base) renders in that context's current generation,
    not in a third context of its own: one beyond ``PLAYWRIGHT_MAX_CONTEXTS`` would wait for a
    slot forever, and every page creation with it."""
    crawler = get_crawler(settings_dict={**adsweep_defaults(), "ADSWEEP_RENDER_RECYCLE_PAGES": 2})
    recycler = ContextRecycler.from_crawler(crawler)

    def render(context: str) -> str:
        request = Request(
            "http://127.0.0.1/", meta={"playwright": True, "playwright_context": context}
        )
        asyncio.run(recycler.process_request(request))
        return request.meta["playwright_context"]

    first = render("read")
    assert (first, render(first), render(first)) == ("read~0", "read~0", "read~1")
    assert render("capture~0") == "capture~0~0"  # no "capture" rendered yet: a name of its own


def test_retries_back_off_exponentially(follow_crawl) -> None:
    calls = {"n": 0}

    def route(path: str):
        if path == "/flaky":
            calls["n"] += 1
            return (503, {}, b"busy") if calls["n"] <= 2 else html("ok")
        return html(links("/flaky"))

    with SiteServer(route) as site:
        result = follow_crawl(
            [site.url("/")],
            {
                **ALLOW_LOOPBACK,
                "RETRY_ENABLED": True,
                "RETRY_TIMES": 3,
                "ADSWEEP_RETRY_BACKOFF_BASE": 0.1,
            },
        )
        assert site.hits["/flaky"] == 3  # two 503s, then the page
        assert any(u.endswith("/flaky") for u in result["seen"])
        assert float(result["stats"]["adsweep/retry/backoff_seconds"]) == pytest.approx(0.3)
