"""The demo web as served: status, bytes and charsets, robots.txt, takedowns, request counts."""

from __future__ import annotations

import html
import re
import subprocess
import sys
import threading
import urllib.request
from urllib.parse import quote

from crawlers.demo import market
from crawlers.demo.labels import Label
from crawlers.demo.server import DemoServer, canonical_target
from tests.demo.conftest import fetch

META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([\w-]+)", re.IGNORECASE)


def _header_charset(content_type: str) -> str | None:
    m = re.search(r"charset=([\w-]+)", content_type)
    return m.group(1).lower() if m else None


def test_every_labelled_page_is_served_in_its_labelled_encoding(
    demo: DemoServer, labels: list[Label]
) -> None:
    for lb in labels:
        got = fetch(lb.url(demo.base_url))
        assert got.status == 200, lb.path
        assert got.headers["Content-Type"].startswith("text/html"), lb.path
        assert _header_charset(got.headers["Content-Type"]) == lb.header_charset, lb.path
        text = got.body.decode(lb.encoding)  # strict: the bytes really are in that encoding
        assert "<title>" in text and "</html>" in text, lb.path
        meta = META_CHARSET.search(got.body)
        assert meta, f"{lb.path}: every page declares a charset in a meta tag"
        assert meta.group(1).decode().lower() == (lb.header_charset or lb.encoding), lb.path


def test_wrong_header_pages_really_mislead(demo: DemoServer, labels: list[Label]) -> None:
    wrong = [lb for lb in labels if lb.wrong_header]
    assert len(wrong) >= 2
    for lb in wrong:
        body = fetch(lb.url(demo.base_url)).body
        truth = body.decode(lb.encoding)
        try:
            misread = body.decode(lb.header_charset)
        except UnicodeDecodeError:
            misread = None
        assert misread != truth, f"{lb.path}: the header's charset must not read the page right"


def test_gb18030_page_needs_more_than_gbk(demo: DemoServer, labels: list[Label]) -> None:
    (lb,) = [lb for lb in labels if lb.encoding == "gb18030"]
    body = fetch(lb.url(demo.base_url)).body
    text = body.decode("gb18030")
    assert "包过" in text and "🔥" in text
    assert body.decode("gbk", errors="replace") != text


def test_big5_and_gbk_pages_carry_their_chinese(demo: DemoServer, labels: list[Label]) -> None:
    (big5,) = [lb for lb in labels if lb.encoding == "big5"]
    assert "代辦" in fetch(big5.url(demo.base_url)).body.decode("big5")
    item5 = fetch(demo.url("/market/item/5.html"))
    assert "低壓電工證" in item5.body.decode("gbk")
    assert item5.body.decode("gbk").encode("gbk") == item5.body


def test_robots_txt_disallows_the_private_section(demo: DemoServer, labels: list[Label]) -> None:
    got = fetch(demo.url("/robots.txt"))
    assert got.status == 200
    assert got.body.decode() == "User-agent: *\nDisallow: /private/\n"
    for lb in labels:
        assert lb.path.startswith("/private/") == (lb.kind == "robots_disallowed"), lb.path


def test_images_scripts_and_missing_pages(demo: DemoServer) -> None:
    png = fetch(demo.url("/img/ad-dgz.png"))
    assert png.status == 200 and png.headers["Content-Type"] == "image/png"
    assert png.body.startswith(b"\x89PNG")
    js = fetch(demo.url("/static/hotlist.js"))
    assert js.status == 200 and b"g_page_config" in js.body
    missing = fetch(demo.url("/no/such/page.html"))
    assert missing.status == 404 and "页面不存在" in missing.body.decode()
    assert fetch(demo.url("/../../etc/passwd")).status == 404
    assert fetch(demo.url("/market/item/999.html")).status == 404


def test_remove_and_restore_answer_by_kind_of_site(demo: DemoServer) -> None:
    cases = {
        "/market/item/7.html": 302,
        "/cxmem/help.html": 410,
        "/fenlei/post-1003.html": 200,
        "/peixun/dian.html": 404,
    }
    before = {p: fetch(demo.url(p)).body for p in cases}
    try:
        for path in cases:
            demo.remove(path)
        item = fetch(demo.url("/market/item/7.html"))
        assert item.status == 302 and item.headers["Location"] == "/market/removed.html?id=7"
        assert "商品已下架" in fetch(demo.url(item.headers["Location"])).body.decode()
        assert fetch(demo.url("/cxmem/help.html")).status == 410
        soft = fetch(demo.url("/fenlei/post-1003.html"))
        assert soft.status == 200 and "已被删除" in soft.body.decode()
        assert fetch(demo.url("/peixun/dian.html")).status == 404
        assert demo.is_removed("/market/item/7.html") and not demo.is_removed("/market/item/8.html")
    finally:
        for path in cases:
            demo.restore(path)
    for path, body in before.items():
        got = fetch(demo.url(path))
        assert (got.status, got.body) == (200, body), path


def test_a_removed_item_leaves_search_and_the_hot_list(demo: DemoServer) -> None:
    search = demo.url(market.search_path("证件"))
    hot = demo.url("/market/list/hot.html")
    assert "/market/item/13.html" in fetch(search).body.decode()
    assert "/market/item/32.html" in fetch(hot).body.decode()
    demo.remove("/market/item/13.html")
    demo.remove(demo.url("/market/item/32.html"))  # a full URL works too
    try:
        assert "/market/item/13.html" not in fetch(search).body.decode()
        assert "/market/item/32.html" not in fetch(hot).body.decode()
    finally:
        demo.restore("/market/item/13.html")
        demo.restore("/market/item/32.html")
    assert "/market/item/13.html" in fetch(search).body.decode()


def test_search_is_paginated_ten_to_a_page(demo: DemoServer) -> None:
    found = market.search("电工证")
    assert len(found) > market.PAGE_SIZE
    page1 = html.unescape(fetch(demo.url(market.search_path("电工证", 1))).body.decode())
    page2 = html.unescape(fetch(demo.url(market.search_path("电工证", 2))).body.decode())
    links1 = set(re.findall(r'href="(/market/item/\d+\.html)"', page1))
    links2 = set(re.findall(r'href="(/market/item/\d+\.html)"', page2))
    assert len(links1) == market.PAGE_SIZE and links1.isdisjoint(links2)
    assert links1 | links2 == {it.path for it in found}
    assert f'href="{market.search_path("电工证", 2)}">下一页' in page1
    assert "下一页" not in page2 and "上一页" in page2
    empty = fetch(demo.url(f"/market/search?q={quote('挖掘机')}&page=1")).body.decode()
    assert "没有找到" in empty
    odd = fetch(demo.url(f"/market/search?q={quote('国旗')}&page=abc"))
    assert odd.status == 200 and "/market/item/20.html" in odd.body.decode()


def test_hits_count_each_request_once_even_under_concurrency(demo: DemoServer) -> None:
    paths = [f"/market/item/{i}.html" for i in range(1, 11)]
    start = {p: demo.hits_for(p) for p in paths}
    threads = [threading.Thread(target=fetch, args=(demo.url(p),)) for p in paths for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert {p: demo.hits_for(p) - start[p] for p in paths} == dict.fromkeys(paths, 3)
    q = market.search_path("焊工证")
    n = demo.hits_for(q)
    urllib.request.urlopen(demo.url(f"/market/search?page=1&q={quote('焊工证')}")).read()
    assert demo.hits_for(q) == n + 1, "query order and escaping do not split the count"
    assert demo.hits()[canonical_target(q)] == n + 1


def test_seeds_and_base_url(demo: DemoServer) -> None:
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/", demo.base_url)
    assert demo.seeds()[0] == demo.base_url
    assert all(s.startswith(demo.base_url) for s in demo.seeds())


def test_two_servers_run_side_by_side_with_their_own_state() -> None:
    with DemoServer() as a, DemoServer() as b:
        assert a.port != b.port
        a.remove("/jobs/")
        assert fetch(a.url("/jobs/")).status == 404
        assert fetch(b.url("/jobs/")).status == 200
        assert a.hits_for("/jobs/") == 1 and b.hits_for("/jobs/") == 1


def test_module_serves_in_the_foreground_and_prints_its_url() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "crawlers.demo.server"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        line = proc.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:\d+/", line).group(0)
        assert "演示网站" in line
        assert fetch(url + "market/").status == 200
    finally:
        proc.terminate()
        proc.communicate(timeout=10)  # reaps it and closes its stdout


DISGUISES = {
    "/market/item/1.html": ["包 过", "薇信"],
    "/market/item/2.html": ["包*过", "V信", "幺三八"],
    "/market/item/3.html": ["包⭐过", "🔥", "扣扣：二八六七"],
    "/market/item/4.html": ["代\u200b办", "当\u200b天\u200b出\u200b证"],
    "/market/item/5.html": ["低壓電工證", "包過"],
    "/market/item/6.html": ["１００％", "壹叁玖"],
    "/market/item/7.html": ["电\u2f2f证", "登\u2fbc证"],
    "/market/item/8.html": ["dgz", "代ban", "免kao"],
    "/market/item/9.html": ["bao过", "保guo"],
    "/market/item/10.html": ["苞过"],
    "/market/item/21.html": ["背包过安检"],
    "/market/item/22.html": ["钱包过年"],
    "/market/item/23.html": ["保过冬"],
    "/fenlei/post-1004.html": ["包过年前"],
    "/gov/notice/2026-15.html": ["某市应急〔2026〕15号", "“包过”"],
    "/gov/kaochang.html": ["严禁替考"],
    "/jobs/8841.html": ["持低压电工证优先"],
}


def test_disguises_survive_templating_and_encoding(demo: DemoServer, labels: list[Label]) -> None:
    encodings = {lb.path: lb.encoding for lb in labels}
    for path, needles in DISGUISES.items():
        text = fetch(demo.url(path)).body.decode(encodings[path])
        for needle in needles:
            assert needle in text, (path, needle)


def test_the_script_built_list_looks_client_side(demo: DemoServer) -> None:
    """Scripts and almost no text: what ``--render auto`` must recognise."""
    import lxml.html

    doc = lxml.html.fromstring(fetch(demo.url("/market/list/hot.html")).body)
    for node in doc.xpath("//script|//style"):
        node.drop_tree()
    assert len("".join(doc.text_content().split())) < 40
