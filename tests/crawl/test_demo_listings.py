"""On the bundled demo market: search, items with selectors, takedown and reappearance."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from pipelines.store import open_store
from pipelines.urls import hit_id

FLAGS = ("--render", "never", "--no-screenshots", "--no-ocr")


def _targets(tmp_path: Path, base: str) -> Path:
    path = tmp_path / "demo.yaml"
    path.write_text(
        f"""\
- name: demo-market
  platform: 安e购
  kind: listings
  search_url: "{base}/market/search?q={{keyword}}&page=1"
  keywords: [电工证]
  allow_private: [127.0.0.1]
  depth: 1
  selectors:
    item_links: "div.item div.title a::attr(href)"
    next_page: "//div[@class='pager']/a[contains(., '下一页')]/@href"
    title: "h1.tb-main-title::text"
    shop: "#J_ShopName::text"
    seller: "#J_SellerNick::text"
    price: "#J_StrPrice::text"
""",
        encoding="utf-8",
    )
    return path


def test_demo_market_takedown_is_seen_on_recrawl(adsweep, demo_server, tmp_path: Path) -> None:
    targets = _targets(tmp_path, demo_server.base_url)
    store = f"sqlite:///{tmp_path}/s.db"

    def crawl() -> None:
        r = adsweep("crawl", "--targets", str(targets), "--store", store, *FLAGS, cwd=tmp_path)
        assert r.returncode == 0, r.stderr[-3000:]

    crawl()
    with open_store(store) as s:
        hits = [h for h in s.iter_hits() if "/market/item/" in h.url]
        assert hits, "the demo market's 电工证 search leads to listings with findings"
        assert all(h.shop and h.seller and h.price for h in hits)
        victim = hits[0]
    path = urlsplit(victim.url).path
    before = demo_server.hits_for(path)
    demo_server.remove(path)
    try:
        crawl()  # the listing left the search results; the recheck still visits it
        assert demo_server.hits_for(path) == before + 1
        with open_store(store) as s:
            gone = s.get_hit(hit_id(victim.url))
            assert gone.status == "removed" and gone.status_changed_at
    finally:
        demo_server.restore(path)
    crawl()
    with open_store(store) as s:
        assert s.get_hit(hit_id(victim.url)).status == "reappeared"
