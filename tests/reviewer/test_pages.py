"""The pages on the fixture store: queue, filters, facets, search, saved views, hit page,
evidence, cases, rule quality, dashboard, audit — on SQLite and on the search-engine server."""

from __future__ import annotations

import hashlib
import io
import re
import zipfile

import pytest

from tests.reviewer.fixture_store import CASE_WECHAT, TRAINING_TITLE
from tests.reviewer.helpers import Clock, app_for

pytestmark = pytest.mark.anyio

#: 2026-11-23 10:00 UTC: the fixture's hits are from the week before.
FIXTURE_NOW = 1795428000.0


def hit_ids_in(html: str) -> list[str]:
    return re.findall(r'data-id="([0-9a-f]{32})"', html)


async def signed_in(any_fx, client_for, name="zhangsan", **config):
    c = client_for(app_for(any_fx, Clock(FIXTURE_NOW), **config))
    assert (await c.login(name)).status_code == 303
    return c


async def test_queue_orders_by_score_then_recency_and_defaults_to_open(any_fx, client_for):
    c = await signed_in(any_fx, client_for)
    r = await c.get("/queue")
    assert r.status_code == 200 and "审核队列" in r.text
    shown = hit_ids_in(r.text)
    open_hits = [h for h in (any_fx.store.get_hit(i) for i in any_fx.ids)
                 if h.status in ("new", "needs_info", "reappeared")]  # fmt: skip
    assert set(shown) == {h.id for h in open_hits}
    scores = [any_fx.store.get_hit(i).score for i in shown]
    assert scores == sorted(scores, reverse=True)
    total = await c.get("/queue/count")
    assert total.json()["total"] == len(open_hits)


async def test_filters_live_in_the_url_with_facet_counts(any_fx, client_for):
    c = await signed_in(any_fx, client_for)
    url = "/queue?platform=淘宝&category=certificate_sale&severity=high&status=all"
    r = await c.get(url)
    want = [h for h in (any_fx.store.get_hit(i) for i in any_fx.ids) if h.platform == "淘宝"
            and "certificate_sale" in h.categories and h.severity == "high"]  # fmt: skip
    assert sorted(hit_ids_in(r.text)) == sorted(h.id for h in want) and want
    assert "平台：淘宝" in r.text  # the filter is shown and removable
    facets = await c.get("/queue/facets?platform=淘宝&status=all")
    assert facets.status_code == 200
    # platform is counted without its own filter: the other platforms stay choosable
    counts = dict(re.findall(r'<span class="label">([^<]+)</span>\s*<span class="count">(\d+)',
                             facets.text))  # fmt: skip
    n_xianyu = sum(1 for i in any_fx.ids if any_fx.store.get_hit(i).platform == "闲鱼")
    assert int(counts["闲鱼"]) == n_xianyu
    taobao = [any_fx.store.get_hit(i) for i in any_fx.ids]
    taobao = [h for h in taobao if h.platform == "淘宝"]
    assert int(counts["待审核"]) == sum(h.status == "new" for h in taobao)
    assert CASE_WECHAT in facets.text  # contact facet
    assert "CS-001 证书名称与代办" in facets.text  # rules by id and title


async def test_rule_packs_are_a_filter_and_a_facet(any_fx, client_for):
    c = await signed_in(any_fx, client_for)
    r = await c.get("/queue?pack=training-ads&status=all")
    hits = [any_fx.store.get_hit(i) for i in any_fx.ids]
    want = [h.id for h in hits if "training-ads" in h.packs]
    assert hit_ids_in(r.text) == want and TRAINING_TITLE in r.text
    assert "规则包：考试培训广告" in r.text  # the chip names the pack in Chinese
    facets = await c.get("/queue/facets?status=all")
    counts = dict(re.findall(r'<span class="label">([^<]+)</span>\s*<span class="count">(\d+)',
                             facets.text))  # fmt: skip
    assert int(counts["考试培训广告"]) == 1
    assert int(counts["特种作业与安全生产证书"]) == sum("special-ops" in h.packs for h in hits)
    page = await c.get(f"/hits/{want[0]}")
    assert "规则包：考试培训广告" in page.text  # each finding names its pack


async def test_chinese_full_text_search_with_highlights(any_fx, client_for):
    c = await signed_in(any_fx, client_for)
    r = await c.get("/queue?q=叉车证&status=all")
    ids = hit_ids_in(r.text)
    assert len(ids) == 1 and "<mark>叉车证</mark>" in r.text
    none = await c.get("/queue?q=背包过安检&status=all")
    assert hit_ids_in(none.text) == [] and "没有符合条件的命中记录" in none.text


async def test_saved_views_are_per_user(any_fx, client_for):
    c = await signed_in(any_fx, client_for)
    await c.get("/queue?platform=闲鱼")
    r = await c.post("/views", {"name": "闲鱼待审", "query": "platform=闲鱼"})
    assert r.status_code == 303
    page = await c.get(r.headers["location"])
    assert "视图已保存" in page.text and 'href="/queue?platform=闲鱼"' in page.text
    other = await signed_in(any_fx, client_for, "lisi")
    assert "闲鱼待审" not in (await other.get("/queue")).text
    assert any_fx.store.query_audit(action="view_save")[0]["actor"] == "zhangsan"


async def test_hit_page_shows_law_span_evidence_and_the_seller(any_fx, client_for):
    c = await signed_in(any_fx, client_for)
    hit = any_fx.store.get_hit(any_fx.ids[0])
    r = await c.get(f"/hits/{hit.id}")
    assert r.status_code == 200
    assert "《中华人民共和国电子商务法》第十三条" in r.text  # quoted from lexicon/law.yaml
    assert "<mark>" in r.text and hit.findings[0]["rule_id"] in r.text
    assert f'<span class="wrap-any mono" id="hit-url">{hit.url}</span>' in r.text
    assert f'href="{hit.url}"' not in r.text  # the URL is text; opening it is a separate step
    sha = hit.evidence["screenshot"]["sha256"]
    assert f"/evidence/screenshot/{sha}" in r.text and hit.evidence["warc"]["sha256"] in r.text
    assert f"/cases/wechat:{CASE_WECHAT}" in r.text  # leads to the whole case (see below)
    assert r.text.count('href="/hits/') >= 5  # other hits of the same seller
    opener = await c.get(f"/hits/{hit.id}/open")
    assert 'rel="noopener noreferrer external"' in opener.text and "新窗口" in opener.text


async def test_screenshots_are_served_by_hash_only(fx, client_for):
    c = await signed_in(fx, client_for)
    hit = fx.store.get_hit(fx.ids[0])
    sha = hit.evidence["screenshot"]["sha256"]
    img = await c.get(f"/evidence/screenshot/{sha}")
    assert img.status_code == 200 and img.headers["content-type"] == "image/png"
    assert img.headers["x-content-type-options"] == "nosniff"
    assert hashlib.sha256(img.content).hexdigest() == sha
    for bad in ("../../store.db", "%2e%2e%2fstore.db", "A" * 64, sha[:-1] + "x"):
        assert (await c.get(f"/evidence/screenshot/{bad}")).status_code == 404
    text_sha = hit.evidence["text"]["sha256"]  # an object that exists, but is not a PNG
    assert (await c.get(f"/evidence/screenshot/{text_sha}")).status_code == 404
    path = fx.evidence / hit.evidence["screenshot"]["path"]
    path.chmod(0o644)
    path.write_bytes(path.read_bytes() + b"tampered")
    tampered = await c.get(f"/evidence/screenshot/{sha}")
    assert tampered.status_code == 409 and "哈希不符" in tampered.text


async def test_evidence_package_download_is_audited(fx, client_for):
    c = await signed_in(fx, client_for)
    hid = fx.ids[0]
    await c.get(f"/hits/{hid}")
    r = await c.post(f"/hits/{hid}/evidence")
    assert r.status_code == 200 and r.headers["content-type"] == "application/zip"
    names = zipfile.ZipFile(io.BytesIO(r.content)).namelist()
    assert f"{hid}.wacz" in names and "SHA256SUMS" in names
    assert any(n.startswith("电子数据提取笔录") and n.endswith(".pdf") for n in names)
    entry = fx.store.query_audit(action="evidence_export")[0]
    assert entry["actor"] == "zhangsan" and entry["detail"]["sha256"] == hashlib.sha256(
        r.content).hexdigest()  # fmt: skip


async def test_a_case_spans_three_platforms(any_fx, client_for):
    c = await signed_in(any_fx, client_for)
    listing = await c.get("/cases")
    # the case's id is its most telling key: the phone the 58同城 listing gave
    assert "/cases/phone:13912345678" in listing.text and "跨平台" in listing.text
    via_wechat = await c.get(f"/cases/wechat:{CASE_WECHAT}")  # any key leads to the case
    assert via_wechat.headers["location"] == "/cases/phone:13912345678"
    r = await c.get("/cases/phone:13912345678")
    for platform in ("淘宝", "闲鱼", "58同城"):
        assert f"<h2>{platform}（" in r.text
    assert "店铺 老王证件代办（淘宝）" in r.text and "卖家 老王（闲鱼）" in r.text
    assert len(set(hit_ids_in(r.text))) == 6
    assert (await c.get("/cases/wechat:nobody-knows")).status_code == 404


async def test_rule_quality_counts_real_triage_and_exports(any_fx, client_for):
    c = await signed_in(any_fx, client_for)
    r = await c.get("/rules")
    assert r.status_code == 200 and "实际准确率" in r.text
    csv_ = await c.get("/rules/export.csv")
    lines = csv_.text.lstrip("\ufeff").splitlines()
    assert lines[0].startswith("规则,规则名称,命中,确认,排除")
    rows = {ln.split(",")[0]: ln.split(",") for ln in lines[1:]}
    confirmed = sum(int(x[3]) for x in rows.values())
    rejected = sum(int(x[4]) for x in rows.values())
    assert confirmed >= 5 and rejected >= 4
    ex = await c.get("/rules/examples.jsonl")
    reasons = {line.split('"reason": "')[1].split('"')[0] for line in ex.text.splitlines()}
    assert reasons == {"lawful_training", "job_requirement", "unrelated_word"}


async def test_dashboard_runs_chart_queue_and_median(any_fx, client_for):
    c = await signed_in(any_fx, client_for)
    r = await c.get("/dashboard")
    assert r.status_code == 200
    assert "run-a" in r.text and "run-b" in r.text and "<svg" in r.text
    assert r.text.count("<rect x=") >= 5  # bars of hits per day
    assert "lisi" in r.text and "未指派" in r.text  # open hits by assignee
    assert "从发现到作出决定的中位时间（近 30 天 10 条决定）" in r.text


async def test_audit_log_is_viewable_filterable_and_read_only(any_fx, client_for):
    sup = await signed_in(any_fx, client_for, "wangzhu")
    r = await sup.get("/audit?actor=lisi&action=status")
    assert r.status_code == 200
    assert r.text.count("已排除") >= 4 and "zhangsan" not in r.text.split("<tbody>")[1]
    rejected = any_fx.store.get_hit(any_fx.ids[17])
    assert f'title="命中编号 {rejected.id}">{rejected.title[:23]}' in r.text  # titles, not ids
    assert '<form method="post"' not in r.text.split("<main")[1].split("</main>")[0]
    reviewer = await signed_in(any_fx, client_for, "zhangsan")
    assert (await reviewer.get("/audit")).status_code == 403


async def test_every_kind_of_audit_entry_renders(fx, client_for):
    c = await signed_in(fx, client_for, "wangzhu")
    await c.login("nobody", "wrong-password-1")  # a failed login, with its address
    await c.login("wangzhu")
    await c.post(f"/hits/{fx.ids[0]}/note", {"text": "备注内容"})
    await c.post("/views", {"name": "视图", "query": "platform=淘宝"})
    r = await c.get("/audit")
    assert r.status_code == 200
    for words in ("登录失败", "账号不存在", "来源地址", "内部备注", "备注内容", "保存视图",
                  "视图条件", "变更状态", "指派"):  # fmt: skip
        assert words in r.text, words
