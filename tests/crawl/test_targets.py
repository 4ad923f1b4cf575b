"""Targets files: schema, defaults, GBK search URLs, and file:line errors before any fetch."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote_to_bytes

import pytest

from crawlers.errors import TargetsError
from crawlers.targets import (
    Selector,
    expand_search_url,
    load_targets,
    parse_targets,
)

REPO = Path(__file__).resolve().parents[2]

GOOD = """\
defaults:
  depth: 1
  politeness:
    download_delay: 0.5
targets:
  - name: market
    platform: 示例商城
    kind: listings
    search_url: "http://127.0.0.1:8000/market/search?q={keyword}&page=1"
    charset: gbk
    keywords: [低压电工证, 包过]
    allow_private: [127.0.0.1]
    schedule: "*/5 * * * *"
    politeness:
      max_pages_per_host: 10
    selectors:
      item_links: "a.item::attr(href)"
      seller: "//span[@class='seller']/text()"
"""


def test_good_file_parses_with_defaults_merged() -> None:
    (t,) = parse_targets(GOOD, "t.yaml")
    assert t.name == "market" and t.platform == "示例商城" and t.kind == "listings"
    assert t.depth == 1 and t.render == "auto" and t.source == "t.yaml:6"
    assert t.politeness.download_delay == 0.5 and t.politeness.max_pages_per_host == 10
    assert t.selectors["item_links"] == Selector("a.item::attr(href)", "css")
    assert t.selectors["seller"].kind == "xpath"
    settings = t.scrapy_settings()
    assert settings["DOWNLOAD_DELAY"] == 0.5
    assert settings["ADSWEEP_TRAP_MAX_PAGES_PER_HOST"] == 10
    assert settings["ROBOTSTXT_OBEY"] is True
    assert settings["ADSWEEP_ALLOW_PRIVATE"] == ["127.0.0.1"]
    assert t.hosts() == {"127.0.0.1"}


def test_gbk_search_urls_encode_keywords_as_gbk_bytes() -> None:
    (t,) = parse_targets(GOOD, "t.yaml")
    urls = t.seed_urls()
    assert urls[0] == (
        "http://127.0.0.1:8000/market/search?q=%B5%CD%D1%B9%B5%E7%B9%A4%D6%A4&page=1"
    )
    q = urls[1].split("q=")[1].split("&")[0]
    assert unquote_to_bytes(q).decode("gbk") == "包过"
    utf8 = expand_search_url("http://x.cn/s?k={keyword}", "包过")
    assert utf8 == "http://x.cn/s?k=%E5%8C%85%E8%BF%87"
    assert expand_search_url("http://x.cn/s?k={keyword}", "a b&c", "gbk").endswith("a%20b%26c")


def test_shipped_example_targets_load() -> None:
    targets = load_targets(REPO / "targets")
    assert {t.kind for t in targets} == {"listings", "ads", "portal"}
    training = next(t for t in targets if t.kind == "ads")
    assert training.politeness.obey_robots is False
    assert training.politeness.robots_override_reason


@pytest.mark.parametrize(
    ("snippet", "line", "message"),
    [
        (
            "  - name: a\n    platform: p\n    start_urls: [http://a.cn/]\n    dept: 2\n",
            4,
            "unknown key 'dept' (did you mean 'depth'?)",
        ),
        ("  - name: a\n    start_urls: [http://a.cn/]\n", 1, "missing required key 'platform'"),
        (
            "  - name: a\n    platform: p\n    kind: shop\n    start_urls: [http://a.cn/]\n",
            3,
            "'kind' must be one of listings, ads, portal",
        ),
        (
            "  - name: a\n    platform: p\n    start_urls: [ftp://a.cn/]\n",
            3,
            "'ftp://a.cn/' is not an http(s) URL",
        ),
        (
            "  - name: a\n    platform: p\n    search_url: http://a.cn/s?q=x\n    keywords: [k]\n",
            3,
            "must contain the field {keyword}",
        ),
        (
            "  - name: a\n    platform: p\n    search_url: http://a.cn/s?q={keyword}\n",
            3,
            "needs a non-empty 'keywords' list",
        ),
        (
            "  - name: a\n    platform: p\n    start_urls: [http://a.cn/]\n    charset: klingon\n",
            4,
            "unknown charset 'klingon'",
        ),
        (
            "  - name: a\n    platform: p\n    start_urls: [http://a.cn/]\n    schedule: 99 * *\n",
            4,
            "not a valid cron expression",
        ),
        (
            "  - name: a\n    platform: p\n    start_urls: [http://a.cn/]\n    depth: -1\n",
            4,
            "'depth' must be an integer ≥ 0",
        ),
        (
            "  - name: a\n    platform: p\n    start_urls: [http://a.cn/]\n"
            "    allow_private: [localhost]\n",
            4,
            "'localhost' is not an IP address",
        ),
        (
            "  - name: a\n    platform: p\n    start_urls: [http://a.cn/]\n    politeness:\n"
            "      obey_robots: false\n",
            5,
            "needs a 'robots_override_reason'",
        ),
        (
            "  - name: a\n    platform: p\n    start_urls: [http://a.cn/]\n    politeness:\n"
            "      download_delay: fast\n",
            5,
            "politeness 'download_delay' must be int/float",
        ),
        (
            "  - name: a\n    platform: p\n    start_urls: [http://a.cn/]\n    selectors:\n"
            "      title: 'h1[[['\n",
            5,
            "selector 'title' is not valid css",
        ),
        (
            "  - name: a\n    platform: p\n    start_urls: [http://a.cn/]\n    selectors:\n"
            "      titel: h1\n",
            5,
            "unknown selector 'titel' (did you mean 'title'?)",
        ),
        (
            "  - name: a\n    platform: p\n    start_urls: [http://a.cn/]\n    selectors:\n"
            "      price: '//span[@class='\n",
            5,
            "selector 'price' is not valid xpath",
        ),
        ("  - name: a\n    platform: p\n", 1, "needs 'start_urls' or 'search_url'"),
        (
            "  - name: a b\n    platform: p\n    start_urls: [http://a.cn/]\n",
            1,
            "may only use letters",
        ),
        ("  - name: a\n    platform: p\n    start_urls: [http://a.cn/\n", 4, "not valid YAML"),
        (
            "  - name: a\n    platform: p\n    start_urls: [http://a.cn/]\n"
            "    packs: [training-ad]\n",
            4,
            "unknown rule pack 'training-ad' (did you mean 'training-ads'?)",
        ),
    ],
)
def test_errors_name_file_line_and_problem(snippet: str, line: int, message: str) -> None:
    with pytest.raises(TargetsError) as exc:
        parse_targets("targets:\n" + snippet, "bad.yaml")
    text = str(exc.value)
    assert f"bad.yaml:{line + 1}:" in text, text
    assert message in text, text


def test_all_problems_reported_at_once_and_duplicates(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(
        "- name: a\n  platform: p\n  start_urls: [http://a.cn/]\n", encoding="utf-8"
    )
    (tmp_path / "c.yaml").write_text(
        "- name: c\n  platform: p\n  start_urls: [http://a.cn/]\n"
        "- name: b\n  platform: p\n  start_urls: [http://b.cn/]\n  render: sometimes\n"
        "  depth: x\n",
        encoding="utf-8",
    )
    (tmp_path / "b.yaml").write_text(
        "- name: a\n  platform: q\n  start_urls: [http://c.cn/]\n", encoding="utf-8"
    )
    with pytest.raises(TargetsError) as exc:
        load_targets(tmp_path)
    problems = exc.value.problems
    assert len(problems) == 3, problems
    assert any("c.yaml:7:" in p and "'render'" in p for p in problems)
    assert any("c.yaml:8:" in p and "'depth'" in p for p in problems)
    assert any("b.yaml:1:" in p and "already defined at" in p for p in problems)


def test_empty_and_wrong_shapes() -> None:
    for text in ("", "targets: {}\n", "42\n", "foo: 1\ntargets: []\n"):
        with pytest.raises(TargetsError):
            parse_targets(text, "x.yaml")
