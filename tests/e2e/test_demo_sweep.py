"""End to end: the demo web, a real crawl with rendering, OCR, detection, SQLite, export.

Every labelled violation must be stored with exactly its categories, no labelled negative may
be stored, and counts are asserted (Scrapy exits 0 even when it fetched nothing).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawlers.demo.labels import label_urls, load_labels
from crawlers.demo.server import DemoServer
from pipelines.urls import canonical_url
from tests.conftest import run_adsweep

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server() -> Iterator[DemoServer]:
    with DemoServer() as srv:
        yield srv


def _crawl(srv: DemoServer, store: Path, *extra: str):
    return run_adsweep(
        "crawl",
        *srv.seeds(),
        "--depth",
        "4",
        "--allow-private",
        "127.0.0.0/8",
        "--store",
        f"sqlite:///{store}",
        "--evidence-dir",
        str(store.parent / "evidence"),
        *extra,
    )


def _export(store: Path) -> dict[str, dict]:
    r = run_adsweep("hits", "export", "--format", "jsonl", "--store", f"sqlite:///{store}")
    assert r.returncode == 0, r.stderr
    records = [json.loads(line) for line in r.stdout.splitlines() if line.strip()]
    return {canonical_url(rec["url"]): rec for rec in records}


@pytest.fixture(scope="module")
def auto_crawl(server, tmp_path_factory):
    store = tmp_path_factory.mktemp("auto") / "adsweep.db"
    result = _crawl(server, store, "--render", "auto")
    assert result.returncode == 0, result.stderr[-3000:]
    return store, result, _export(store)


def test_every_violation_stored_with_its_categories(server, auto_crawl):
    _, _, hits = auto_crawl
    labels = label_urls(server.base_url)
    expected = {
        u: sorted(lb.categories) for u, lb in labels.items() if lb.is_violation and lb.crawlable
    }
    got = {u: sorted(rec["categories"]) for u, rec in hits.items()}
    missing = sorted(set(expected) - set(got))
    wrong = {u: (expected[u], got[u]) for u in expected if u in got and got[u] != expected[u]}
    assert not missing, f"violations not stored: {missing}"
    assert not wrong, f"categories differ (expected, got): {wrong}"
    assert len(expected) >= 30


def test_no_negative_stored(server, auto_crawl):
    _, _, hits = auto_crawl
    labels = label_urls(server.base_url)
    negatives = {u for u, lb in labels.items() if not lb.is_violation}
    unlabelled = set(hits) - set(labels)
    assert not (set(hits) & negatives), sorted(set(hits) & negatives)
    assert not unlabelled, f"hits on pages with no label: {sorted(unlabelled)}"


def test_counts_rendering_robots_and_summary(server, auto_crawl):
    store, result, hits = auto_crawl
    labels = load_labels()
    crawlable = [lb for lb in labels if lb.crawlable]
    # the summary names the page count; every crawlable labelled page was parsed
    line = next(x for x in result.stdout.splitlines() if x.startswith("抓取页面"))
    pages = int(line.split("抓取页面")[1].split("，")[0])
    assert pages >= len(crawlable)
    assert f"命中页面 {len(hits)}" in line
    assert "错误 0" in line
    for lb in labels:
        if not lb.crawlable:
            assert server.hits_for(lb.path) == 0, f"robots-disallowed {lb.path} was fetched"
    render_only = [lb for lb in crawlable if lb.needs_render and lb.is_violation]
    assert render_only
    urls = label_urls(server.base_url)
    for u, lb in urls.items():
        if lb in render_only:
            assert u in hits, f"render-only page {lb.path} missed"
    with sqlite3.connect(store) as db:
        assert db.execute("select count(*) from hits").fetchone()[0] == len(hits)


def test_image_only_violation_comes_from_ocr(server, auto_crawl):
    _, _, hits = auto_crawl
    urls = label_urls(server.base_url)
    image_only = [u for u, lb in urls.items() if lb.image_only and lb.is_violation]
    assert image_only
    for u in image_only:
        sources = {f["source"] for f in hits[u]["findings"]}
        assert any(s.startswith("image:") for s in sources), sources


def test_hits_carry_evidence_and_contacts(auto_crawl):
    _, _, hits = auto_crawl
    with_png = [h for h in hits.values() if (h.get("evidence") or {}).get("screenshot")]
    assert len(with_png) == len(hits), "every hit has a screenshot"
    assert any(h["contacts"] for h in hits.values())
    for h in hits.values():
        assert h["status"] == "new"
        assert h["first_seen"] and h["last_seen"]
        for f in h["findings"]:
            assert f["rule_id"] and f["category"] and f["severity"] and f["matched"]
            assert f["excerpt"]


def test_recrawl_updates_instead_of_duplicating(server, auto_crawl):
    store, _, first = auto_crawl
    again = _crawl(server, store, "--render", "auto")
    assert again.returncode == 0, again.stderr[-2000:]
    # the re-crawl visits every page again (known hits are rechecked only once the seeds'
    # crawl is done, so they never cut a listing page's links off), and finds them unchanged
    first_line = next(x for x in auto_crawl[1].stdout.splitlines() if x.startswith("抓取页面"))
    second_line = next(x for x in again.stdout.splitlines() if x.startswith("抓取页面"))
    assert second_line == first_line
    pages = int(first_line.split("抓取页面")[1].split("，")[0])
    assert f"未变化 {pages}" in again.stdout
    second = _export(store)
    assert set(second) == set(first)
    for u, rec in second.items():
        assert rec["first_seen"] == first[u]["first_seen"]
        assert rec["last_seen"] >= first[u]["last_seen"]
    with sqlite3.connect(store) as db:
        assert db.execute("select count(*) from hits").fetchone()[0] == len(first)


def test_csv_export(auto_crawl):
    store, _, hits = auto_crawl
    r = run_adsweep("hits", "export", "--format", "csv", "--store", f"sqlite:///{store}")
    assert r.returncode == 0
    lines = r.stdout.splitlines()
    assert lines[0].startswith("id,url,final_url,title")
    assert len(lines) - 1 >= len(hits)


def test_render_never_misses_script_built_links(server, tmp_path):
    store = tmp_path / "never.db"
    r = _crawl(server, store, "--render", "never", "--no-screenshots")
    assert r.returncode == 0, r.stderr[-2000:]
    hits = _export(store)
    urls = label_urls(server.base_url)
    render_only = {u for u, lb in urls.items() if lb.needs_render and lb.is_violation}
    static = {u for u, lb in urls.items() if lb.is_violation and lb.crawlable} - render_only
    assert not (render_only & set(hits)), "without a browser the script-built items stay unseen"
    assert static <= set(hits)
