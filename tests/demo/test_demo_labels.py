"""The labels file: its schema, its coverage of the domain, and its agreement with the catalog."""

from __future__ import annotations

from collections import Counter

import pytest

from crawlers.demo import market
from crawlers.demo.labels import KINDS, Label, label_urls, load_labels, violations
from crawlers.errors import LabelError
from lexicon.finding import CATEGORIES


def test_every_page_has_a_valid_schema(labels: list[Label]) -> None:
    assert len(labels) >= 40
    for lb in labels:
        assert lb.path.startswith("/"), lb.path
        assert lb.kind in KINDS, lb.path
        assert set(lb.categories) <= set(CATEGORIES), lb.path
        assert set(lb.title_categories) <= set(lb.categories) or lb.kind == "search", lb.path
        assert lb.note, f"{lb.path}: every page says what it is"
        "x".encode(lb.encoding)  # a known codec
        assert len(set(lb.categories)) == len(lb.categories), lb.path


def test_every_category_and_negative_kind_is_covered(labels: list[Label]) -> None:
    covered = Counter(c for lb in labels if lb.crawlable for c in lb.categories)
    assert set(covered) == set(CATEGORIES)
    assert all(n >= 2 for n in covered.values()), covered
    negative_kinds = {lb.kind for lb in labels if not lb.categories}
    assert {"market_item", "training", "news", "notice", "exam_rules", "job", "search"} <= (
        negative_kinds
    )
    notes = " ".join(lb.note for lb in labels if not lb.categories)
    for hard_negative in ("教材", "国旗", "背包过安检", "合法培训", "持低压电工证优先", "严禁替考"):
        assert hard_negative in notes, hard_negative


def test_special_pages_are_present(labels: list[Label]) -> None:
    by_kind = Counter(lb.kind for lb in labels)
    assert by_kind["robots_disallowed"] == 1
    assert [lb for lb in labels if lb.image_only and lb.categories]
    rendered = [lb for lb in labels if lb.needs_render]
    assert any(lb.kind == "market_list" for lb in rendered)
    assert sum(lb.kind == "market_item" and bool(lb.categories) for lb in rendered) >= 3
    encodings = {(lb.encoding, lb.header_charset) for lb in labels}
    assert ("gbk", "gbk") in encodings
    assert ("gbk", None) in encodings, "a page whose charset is only in its meta tag"
    assert ("gb18030", "gbk") in encodings, "GB18030 bytes behind a gbk header"
    assert ("utf-8", "gbk") in encodings, "UTF-8 bytes behind a gbk header"
    assert ("big5", "big5") in encodings


def test_item_labels_match_the_catalog(labels: list[Label]) -> None:
    items = {lb.path: lb for lb in labels if lb.kind == "market_item"}
    assert set(items) == {it.path for it in market.catalog()}
    for it in market.catalog():
        lb = items[it.path]
        assert lb.needs_render == (it.listed == "script"), it.path
        assert set(lb.title_categories) <= set(lb.categories), it.path


def test_search_and_list_labels_are_the_union_of_the_titles_they_show(labels: list[Label]) -> None:
    """A listing page shows titles only, so it carries exactly what those titles carry."""
    title_cats = {lb.path: set(lb.title_categories) for lb in labels if lb.kind == "market_item"}
    expected: dict[str, set[str]] = {}
    for q in market.HOT_QUERIES:
        found = market.search(q)
        for page in range(1, max(1, -(-len(found) // market.PAGE_SIZE)) + 1):
            shown = found[(page - 1) * market.PAGE_SIZE : page * market.PAGE_SIZE]
            expected[market.search_path(q, page)] = {c for it in shown for c in title_cats[it.path]}
    scripted = [it for it in market.catalog() if it.listed == "script"]
    expected["/market/list/hot.html"] = {c for it in scripted for c in title_cats[it.path]}
    recommended = [it for it in market.catalog() if it.id in market.RECOMMENDED]
    expected["/market/"] = {c for it in recommended for c in title_cats[it.path]}
    listing_kinds = ("search", "market_list", "market_home")
    actual = {lb.path: set(lb.categories) for lb in labels if lb.kind in listing_kinds}
    assert actual == expected


def test_a_malformed_labels_file_is_rejected(tmp_path) -> None:
    bad = tmp_path / "labels.yaml"
    bad.write_text("pages:\n- {path: /x, categories: [selling], kind: market_item, note: x}\n")
    with pytest.raises(LabelError, match="selling"):
        load_labels(bad)
    dup = tmp_path / "dup.yaml"
    dup.write_text("pages:\n- {path: /x, kind: home, note: a}\n- {path: /x, kind: home, note: b}\n")
    with pytest.raises(LabelError, match="duplicate"):
        load_labels(dup)


def test_label_urls_key_pages_as_the_store_keys_hits(labels: list[Label]) -> None:
    from pipelines.urls import canonical_url

    base = "http://127.0.0.1:8000/"
    keyed = label_urls(base, labels)
    assert len(keyed) == len(labels)
    search = next(lb for lb in labels if lb.kind == "search")
    swapped = base + "market/search?page=1&q=" + search.path.split("q=")[1].split("&")[0]
    assert keyed[canonical_url(swapped)] is search
    assert all(lb.crawlable and lb.categories for lb in violations(labels))
    assert len(violations(labels)) == sum(bool(lb.categories) and lb.crawlable for lb in labels)
