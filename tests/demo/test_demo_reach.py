"""Every labelled page is reachable from the seeds by links, as a crawler would walk them.

The walk reads ``<a href>`` in the static HTML; with ``scripts=True`` it also reads the item
links a script would build from the inline ``g_page_config`` JSON (what a rendering crawl sees).
It honours robots.txt the way a polite crawler does.
"""

from __future__ import annotations

import json
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import lxml.html
import pytest

from crawlers.demo.labels import Label
from crawlers.demo.server import DemoServer, canonical_target
from tests.demo.conftest import fetch

MAX_DEPTH = 4
CONFIG = re.compile(r"g_page_config = (\{.*?\});\s*</script>", re.DOTALL)


def _links(body: str, page_url: str, scripts: bool) -> list[str]:
    doc = lxml.html.fromstring(body)
    hrefs = [a.get("href") for a in doc.iter("a") if a.get("href")]
    if scripts and (m := CONFIG.search(body)):
        auctions = json.loads(m.group(1))["mods"]["itemlist"]["data"]["auctions"]
        hrefs += [a["detail_url"] for a in auctions]
    return [urljoin(page_url, h) for h in hrefs]


def walk(demo: DemoServer, labels: list[Label], scripts: bool) -> tuple[dict[str, int], set[str]]:
    """Breadth-first crawl within the host: {page: depth} fetched, and the robots-blocked links."""
    encodings = {canonical_target(lb.path): lb.encoding for lb in labels}
    host = urlsplit(demo.base_url).netloc
    depth: dict[str, int] = {}
    blocked: set[str] = set()
    queue = deque((canonical_target(s), 0) for s in demo.seeds())
    while queue:
        key, d = queue.popleft()
        if key in depth or d > MAX_DEPTH:
            continue
        if key.startswith("/private/"):
            blocked.add(key)
            continue
        depth[key] = d
        got = fetch(demo.url(key))
        assert got.status == 200, key
        body = got.body.decode(encodings.get(key, "utf-8"))
        for url in _links(body, demo.url(key), scripts):
            if urlsplit(url).netloc == host:
                queue.append((canonical_target(url), d + 1))
    return depth, blocked


@pytest.fixture(scope="module")
def rendered_walk(demo: DemoServer, labels: list[Label]) -> tuple[dict[str, int], set[str]]:
    return walk(demo, labels, scripts=True)


def test_every_crawlable_page_is_reached_within_depth(
    rendered_walk: tuple[dict[str, int], set[str]], labels: list[Label]
) -> None:
    reached, _ = rendered_walk
    wanted = {canonical_target(lb.path) for lb in labels if lb.crawlable}
    assert wanted - set(reached) == set()
    assert max(reached.values()) <= MAX_DEPTH


def test_the_walk_finds_no_unlabelled_page(
    rendered_walk: tuple[dict[str, int], set[str]], labels: list[Label]
) -> None:
    """So an end-to-end crawl can hold every stored hit against a label."""
    labelled = {canonical_target(lb.path) for lb in labels}
    assert set(rendered_walk[0]) - labelled == set()


def test_the_robots_disallowed_page_is_linked_but_not_fetched(
    rendered_walk: tuple[dict[str, int], set[str]], labels: list[Label]
) -> None:
    reached, blocked = rendered_walk
    disallowed = {canonical_target(lb.path) for lb in labels if not lb.crawlable}
    assert disallowed and disallowed <= blocked
    assert disallowed.isdisjoint(reached)


def test_script_built_items_are_missed_without_rendering(
    demo: DemoServer, labels: list[Label]
) -> None:
    reached, _ = walk(demo, labels, scripts=False)
    render_only = {
        canonical_target(lb.path) for lb in labels if lb.needs_render and lb.kind == "market_item"
    }
    static = {canonical_target(lb.path) for lb in labels if lb.crawlable and not lb.needs_render}
    assert render_only and render_only.isdisjoint(reached)
    assert static <= set(reached)
    hot = fetch(demo.url("/market/list/hot.html")).body.decode()
    text = lxml.html.fromstring(hot).text_content()
    assert "/market/item/" not in re.sub(r"g_page_config = .*?;", "", text, flags=re.DOTALL)
