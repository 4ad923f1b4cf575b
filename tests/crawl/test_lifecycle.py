"""Re-crawls: unchanged pages skip detection; removed listings are marked, then reappear."""

from __future__ import annotations

from pathlib import Path

from pipelines.items import PageItem
from pipelines.lifecycle import removal_reason
from pipelines.store import open_store
from pipelines.urls import hit_id

from .site import AD_TEXT, CLEAN_TEXT, SiteServer, html, links

FLAGS = ("--allow-private", "127.0.0.0/8", "--render", "never", "--no-screenshots", "--no-ocr")


class Market:
    """Eight listings, every other one an ad; listings can be taken down three ways."""

    def __init__(self) -> None:
        self.removed: dict[str, str] = {}  # path → "404" | "redirect" | "soft"

    def route(self, path: str):
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"
        live = [f"/item/{i}.html" for i in range(8) if f"/item/{i}.html" not in self.removed]
        if path == "/":
            return html(links(*live), "市场")
        if path == "/removed.html":
            return html("很抱歉，您查看的宝贝不存在，可能已下架。", "商品已下架")
        how = self.removed.get(path)
        if how == "404":
            return 404, {}, b"<html><body>404 not found</body></html>"
        if how == "redirect":
            return 302, {"Location": "/removed.html"}, b""
        if how == "soft":
            return html("该信息已被删除或已过期", "信息已删除")
        if path.startswith("/item/"):
            i = int(path[6:-5])
            text = AD_TEXT if i % 2 == 0 else CLEAN_TEXT
            return html(f"<h1>商品 {i}</h1><p>{text}</p>", f"商品 {i}")
        return 404, {}, b"no"


def test_removal_reason_unit() -> None:
    assert removal_reason(PageItem(url="http://a/x", status=410)) == "http_410"
    moved = PageItem(url="http://a/item/1", final_url="http://a/removed.html?id=1", title="x")
    assert removal_reason(moved) == "redirect_to_removal_page"
    assert removal_reason(PageItem(url="http://a/x", title="商品已下架")) == "removal_page"
    long_page = PageItem(url="http://a/x", title="t", text="商品已下架的原因……" + "正文" * 400)
    assert removal_reason(long_page) is None
    assert removal_reason(
        PageItem(url="http://a/x", title="t", text="短页 自定义下线"), ["自定义下线"]
    )


def test_recrawl_skips_unchanged_marks_removed_then_reappeared(adsweep, tmp_path: Path) -> None:
    market = Market()
    store_url = f"sqlite:///{tmp_path}/hits.db"
    with SiteServer(market.route) as site:

        def crawl() -> dict:
            r = adsweep("crawl", site.url("/"), "--store", store_url, *FLAGS, cwd=tmp_path)
            assert r.returncode == 0, r.stderr[-3000:]
            with open_store(store_url) as store:
                return store.list_runs(limit=1)[0]

        first = crawl()
        assert first["hits"] == 4
        ads = {i: site.url(f"/item/{i}.html") for i in (0, 2, 4, 6)}
        with open_store(store_url) as store:
            before = {i: store.get_hit(hit_id(u)) for i, u in ads.items()}
        assert all(h is not None and h.status == "new" for h in before.values())

        second = crawl()  # nothing changed
        assert second["hits"] == 0  # every page was unchanged: no detection, no re-store
        with open_store(store_url) as store:
            for i, u in ads.items():
                h = store.get_hit(hit_id(u))
                assert h.last_seen >= before[i].last_seen and h.version > before[i].version

        market.removed = {"/item/0.html": "404", "/item/2.html": "redirect", "/item/4.html": "soft"}
        crawl()
        with open_store(store_url) as store:
            statuses = {i: store.get_hit(hit_id(u)) for i, u in ads.items()}
        for i in (0, 2, 4):
            assert statuses[i].status == "removed", (i, statuses[i].history)
            assert statuses[i].status_changed_at
            assert statuses[i].history[-1]["actor"] == "adsweep-recrawl"
        assert statuses[6].status == "new"
        assert site.hits["/item/0.html"] == 3  # rechecked although no longer linked

        market.removed = {}
        crawl()
        with open_store(store_url) as store:
            back = {i: store.get_hit(hit_id(ads[i])) for i in (0, 2, 4)}
        assert all(h.status == "reappeared" for h in back.values()), back
        assert [e["to"] for e in back[0].history] == ["removed", "reappeared"]
