"""Rule packs per target and per ``crawl --pack``: one real crawl, hits filterable by pack."""

from __future__ import annotations

from pathlib import Path

from pipelines.store import open_store
from pipelines.store.query import HitQuery

from .site import SiteServer, html, links

#: An exam-training ad (the training-ads pack's business) and a diploma seller (certificates):
#: the default special-operations pack finds neither. Own words.
TRAINING_AD = "教资面试保过班，不过全额退费，名额有限，报名请加微信 jz_2026a"
DIPLOMA = "本科毕业证学位证都能弄，学校专业任选，学信网可查，加V详聊 bk_88xl"


def site(path: str):
    if path == "/robots.txt":
        return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"
    if path == "/":
        return html("<p>欢迎访问</p>" + links("/ad.html", "/xl.html"), "首页")
    if path == "/ad.html":
        return html(f"<p>{TRAINING_AD}</p>", "教资面试")
    if path == "/xl.html":
        return html(f"<p>{DIPLOMA}</p>", "学历服务")
    return 404, {}, b"no"


def _crawl(adsweep, tmp_path: Path, store: str, *extra: str):
    r = adsweep(
        "crawl", *extra, "--store", store, "--render", "never", "--no-screenshots", "--no-ocr",
        cwd=tmp_path,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr[-3000:]
    return r


def test_packs_per_target_and_per_crawl(adsweep, tmp_path: Path) -> None:
    with SiteServer(site) as srv:
        targets = tmp_path / "t.yaml"
        targets.write_text(
            f"- name: training\n  platform: 培训网站\n  start_urls: ['{srv.url('/')}']\n"
            f"  allow_private: [127.0.0.1]\n  depth: 1\n  packs: [training-ads]\n",
            encoding="utf-8",
        )
        store = f"sqlite:///{tmp_path}/s.db"
        _crawl(adsweep, tmp_path, store, "--targets", str(targets))
        with open_store(store) as s:
            hits = {h.url.rsplit("/", 1)[1]: h for h in s.iter_hits()}
            assert set(hits) == {"ad.html"}, hits  # the diploma page is the certificates pack's
            assert {f["pack"] for f in hits["ad.html"].findings} == {"training-ads"}
        # --pack overrides the target's packs for this crawl.
        _crawl(adsweep, tmp_path, store, "--targets", str(targets), "--pack", "certificates")
        bad = adsweep("crawl", srv.url("/"), "--pack", "no-such-pack", "--store", store)
    assert bad.returncode == 2 and "未知的规则包" in bad.stderr
    with open_store(store) as s:
        assert s.facets(HitQuery(), ["pack"])["pack"] == {"training-ads": 1, "certificates": 1}
        (diploma,) = s.query(HitQuery(pack="certificates")).hits
        assert diploma.url.endswith("/xl.html") and "fake_certificate" in diploma.categories
