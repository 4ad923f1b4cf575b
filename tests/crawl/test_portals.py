"""The portals spider: look-alike candidates, and only impersonating pages become hits."""

from __future__ import annotations

from pathlib import Path

from crawlers.spiders.portals import candidate_urls
from pipelines.store import open_store

from .site import SiteServer, html, links

NAME = "特种作业操作证及安全生产知识和管理能力考核合格信息查询平台"


def fake_portal(path: str):
    if path == "/robots.txt":
        return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"
    if path == "/":
        form = (
            f"<h1>{NAME}</h1><p>中华人民共和国应急管理部</p><form action='/query'>"
            "证书编号：<input name='zjh'> 身份证号：<input name='sfz'>"
            "<button>查询</button></form>" + links("/query?zjh=T123", "/about.html")
        )
        return html(form, NAME)
    if path.startswith("/query"):
        return html(f"<h2>{NAME}</h2><p>查询结果：证书编号 T123，证书状态：有效。</p>", NAME)
    if path == "/about.html":
        return html("<p>本站提供电工培训课程报名服务，考试由应急管理部门统一组织。</p>", "关于我们")
    return 404, {}, b"no"


def test_candidates_are_offline_lookalikes() -> None:
    urls = candidate_urls(["cx.mem.gov.cn"], limit=5000)
    assert len(urls) > 100 and all(u.startswith("http://") and u.endswith("/") for u in urls)
    hosts = {u.split("/")[2] for u in urls}
    assert "cx.mem.gov.cn" not in hosts and not any(h.endswith(".gov.cn") for h in hosts)
    assert len(candidate_urls(["cx.mem.gov.cn"], limit=10)) == 10


def test_portal_target_stores_only_the_impersonating_pages(adsweep, tmp_path: Path) -> None:
    with SiteServer(fake_portal) as site:
        targets = tmp_path / "t.yaml"
        targets.write_text(
            f"- name: lookalikes\n  platform: 仿冒查询平台\n  kind: portal\n"
            f"  start_urls: ['{site.url('/')}']\n  allow_private: [127.0.0.1]\n  depth: 1\n",
            encoding="utf-8",
        )
        store = f"sqlite:///{tmp_path}/s.db"
        r = adsweep(
            "crawl",
            "--targets",
            str(targets),
            "--store",
            store,
            "--render",
            "never",
            "--no-screenshots",
            "--no-ocr",
            cwd=tmp_path,
        )
        assert r.returncode == 0, r.stderr[-3000:]
        assert site.fetched("/about.html") == 1
    with open_store(store) as s:
        hits = {h.url.split("/", 3)[3]: h for h in s.iter_hits()}
        assert set(hits) == {"", "query?zjh=T123"}, hits
        assert all("fake_portal" in h.categories for h in hits.values())
        assert s.list_runs()[0]["spider"] == "portals"
