"""The notices and statistics pages on the fixture store: drafting (everything, a queue
selection, a filter, a case), the letter preview under the CSP, four eyes, CSRF, send, verify,
overdue first, hash-checked downloads, the case's referral button, and statistics equal to
``adsweep stats`` with the same files."""

from __future__ import annotations

import hashlib
import io
import re
from datetime import date
from pathlib import Path

import pytest

from reports.config import load_config
from reports.stats import compute_stats
from reports.workflow import draft, send
from tests.reports.batch import CONFIG, LAW_CAVEATED
from tests.reviewer.fixture_store import CASE_WECHAT
from tests.reviewer.helpers import Clock, app_for

pytestmark = pytest.mark.anyio

FIXTURE_NOW = 1795428000.0  # 2026-11-23 10:00 UTC, as in test_pages
HOSTILE = "低压电工证代办<img src=x onerror=alert(1)><script>alert(2)</script>"


async def _client(fx, client_for, name: str):
    app = app_for(fx, Clock(FIXTURE_NOW), notices_config=str(CONFIG),
                  notices_dir=str(fx.root / "out"))  # fmt: skip
    c = client_for(app)
    assert (await c.login(name)).status_code == 303
    return c


def _hostile_title(fx) -> str:
    """A confirmed listing whose seller wrote markup into the title."""
    hid = next(i for i in fx.ids if fx.store.get_hit(i).status == "confirmed")
    hit = fx.store.get_hit(hid)
    hit.title = HOSTILE
    fx.store.upsert_hit(hit)
    return hid


async def test_draft_preview_approve_send_verify(fx, client_for) -> None:
    victim = _hostile_title(fx)
    reviewer = await _client(fx, client_for, "zhangsan")
    listing = await reviewer.get("/notices")
    assert "临江市市场监督管理局" in listing.text and "临市监函〔年份〕n号" in listing.text
    # The fixture config checks no law text: the referral caveats are counted for the supervisor.
    assert f"条文：本局核对 0 条，{len(LAW_CAVEATED)} 条在移送函中带附注" in listing.text
    r = await reviewer.post("/notices/draft")
    assert r.status_code == 303, r.text
    (doc,) = [d for d in fx.store.list_notices() if victim in d["hit_ids"]]
    page = await reviewer.get(f"/notices/{doc['id']}")
    assert page.status_code == 200
    csp = page.headers["content-security-policy"]
    assert "unsafe-inline" not in csp and "style-src 'self'" in csp
    assert '<link rel="stylesheet" href="/notices/letter.css">' in page.text
    assert '<div class="letter">' in page.text and doc["doc_no"] in page.text
    # The seller's markup is text in the preview: escaped, never an element or a script.
    assert "&lt;img src=x onerror=alert(1)&gt;" in page.text
    assert "<img src=x" not in page.text and "alert(2)</script>" not in page.text
    assert page.text.count("<script") == 1  # the app's own /static/app.js only
    assert "style=" not in page.text
    css = await reviewer.get("/notices/letter.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")

    assert (await reviewer.post(f"/notices/{doc['id']}/approve")).status_code == 403
    boss = await _client(fx, client_for, "wangzhu")
    await boss.get(f"/notices/{doc['id']}")
    no_csrf = await boss.post(f"/notices/{doc['id']}/approve", {"csrf_token": "x"})
    assert no_csrf.status_code == 403 and fx.store.get_notice(doc["id"])["status"] == "draft"
    assert (await boss.post(f"/notices/{doc['id']}/approve")).status_code == 303
    assert (
        await boss.post(f"/notices/{doc['id']}/send", {"via": "平台监管对接通道"})
    ).status_code == 303
    assert {fx.store.get_hit(h).status for h in doc["hit_ids"]} == {"noticed"}

    fx.store.set_status(victim, "removed", actor="adsweep", note="listing gone on re-crawl")
    assert (await boss.post(f"/notices/{doc['id']}/verify")).status_code == 303
    after = await boss.get(f"/notices/{doc['id']}?done=verify")
    n = len(doc["hit_ids"])
    assert f"已删除 <strong>1</strong>/{n}" in after.text
    assert (
        "审批文书" in after.text and "登记送达" in after.text and "平台监管对接通道" in after.text
    )


async def test_overdue_first_and_downloads_checked(fx, client_for) -> None:
    cfg, store = load_config(CONFIG), fx.store
    hits = [store.get_hit(i) for i in fx.ids if store.get_hit(i).status == "confirmed"][:2]
    old = draft(store, cfg, "notice", hits, actor="wangzhu", out_dir=fx.root / "out",
                addressee="某平台", issued=date(2026, 1, 5))  # fmt: skip
    boss = await _client(fx, client_for, "wangzhu")
    own = await boss.get(f"/notices/{old['id']}")  # four eyes: the drafter may not approve
    assert 'disabled title="起草人不能审批自己起草的文书"' in own.text
    refused = await boss.post(f"/notices/{old['id']}/approve")
    assert refused.status_code == 409 and "须由其他负责人审批" in refused.text
    assert store.get_notice(old["id"])["status"] == "draft"
    admin = await _client(fx, client_for, "guanli")
    assert (await admin.post(f"/notices/{old['id']}/approve")).status_code == 303
    send(store, old["id"], actor="guanli")
    await boss.post(f"/notices/{old['id']}/verify")  # deadline long past, listings still up
    assert store.get_notice(old["id"])["status"] == "overdue"
    await boss.post("/notices/draft", {"ids": [h.id for h in
                    (store.get_hit(i) for i in fx.ids) if h.status == "confirmed"][2:3]})  # fmt: skip
    rows = re.findall(r'<tr class="(overdue)?">\s*<td class="nowrap"><a href="/notices/([^"]+)"',
                      (await boss.get("/notices")).text)  # fmt: skip
    assert rows[0] == ("overdue", old["id"]) and len(rows) > 1

    pdf = await boss.get(f"/notices/{old['id']}/files/pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert pdf.headers["content-disposition"].startswith("attachment")
    html = await boss.get(f"/notices/{old['id']}/files/html")
    assert html.headers["content-disposition"].startswith("attachment")  # never shown inline
    path = Path(old["files"]["csv"]["path"])
    path.write_bytes(path.read_bytes() + b"tampered\r\n")
    assert (await boss.get(f"/notices/{old['id']}/files/csv")).status_code == 409


async def test_case_page_drafts_a_referral(fx, client_for) -> None:
    case_ids = [i for i in fx.ids if CASE_WECHAT in fx.store.get_hit(i).text]
    c = await _client(fx, client_for, "zhangsan")
    moved = await c.get(f"/cases/wechat:{CASE_WECHAT}")  # to the case's own id
    # Nothing confirmed yet: decide first (the whole-case form comes before the letters).
    page = await c.get(moved.headers["location"])
    assert page.text.index("整案处置（") < page.text.index("<strong>文书：</strong>")
    assert '<button type="submit" name="kind" value="referral" disabled>' in page.text
    assert "本案尚无已确认的信息" in page.text
    for i in case_ids:
        fx.store.set_status(i, "confirmed", actor="zhangsan")
    page = await c.get(moved.headers["location"])
    assert "起草线索移送函" in page.text and "起草协助调查函" in page.text
    assert '<button type="submit" name="kind" value="referral">' in page.text
    assert f"本案已确认 {len(case_ids)} 条" in page.text
    preview = await c.get(f"/notices/new?case=wechat:{CASE_WECHAT}&kind=request")
    platforms = {fx.store.get_hit(i).platform for i in case_ids}
    assert f"起草 {len(platforms)} 份文书" in preview.text
    assert all(f'<td class="nowrap">{p}</td>' in preview.text for p in platforms)
    assert not fx.store.list_notices()  # a preview numbers nothing
    r = await c.post("/notices/draft", {"case": f"wechat:{CASE_WECHAT}", "kind": "referral"})
    assert r.status_code == 303 and r.headers["location"].startswith("/notices/YS-")
    doc = fx.store.get_notice(r.headers["location"].split("/")[2].split("?")[0])
    assert doc["kind"] == "referral" and sorted(doc["hit_ids"]) == sorted(case_ids)
    assert doc["addressee"] == "临江市公安局" and doc["evidence"]  # the captured listing's package
    shown = await c.get(r.headers["location"])
    assert "线索移送函" in shown.text and doc["case_id"] in shown.text
    assert "回复期限" not in shown.text and "等待审核主管审批" in shown.text
    assert f"证据包（{len(doc['evidence'])}）" in shown.text
    wacz = await c.get(f"/notices/{doc['id']}/evidence/0/wacz")
    assert wacz.status_code == 200 and wacz.headers["content-disposition"].startswith("attachment")
    assert hashlib.sha256(wacz.content).hexdigest() == doc["evidence"][0]["wacz_sha256"]
    record = Path(doc["files"]["pdf"]["path"]).parent / doc["evidence"][0]["record"]
    record.write_bytes(record.read_bytes() + b"%tampered")
    assert (await c.get(f"/notices/{doc['id']}/evidence/0/record")).status_code == 409
    assert (await c.get(f"/notices/{doc['id']}/evidence/9/wacz")).status_code == 404


async def test_statistics_equal_adsweep_stats(fx, client_for) -> None:
    from openpyxl import load_workbook

    c = await _client(fx, client_for, "zhangsan")
    q = "from=2026-11-01&to=2026-11-30&by=week"
    page = await c.get(f"/stats?{q}")
    assert page.status_code == 200
    st = compute_stats(fx.store, date(2026, 11, 1), date(2026, 11, 30), "week")
    summary = dict(st.tables[0].rows)
    assert summary["发现涉嫌违法信息（条）"] == len(fx.ids)
    for label, value in summary.items():
        assert re.search(rf"<td class=\"\">{re.escape(label)}</td><td class=\"num\">{value:,}</td>",
                         page.text), label  # fmt: skip
    xlsx = await c.get(f"/stats/download/xlsx?{q}")
    wb = load_workbook(io.BytesIO(xlsx.content))
    assert wb.sheetnames == [t.name for t in st.tables]
    sheet = {r[0]: r[1] for r in wb["汇总"].iter_rows(values_only=True) if r and len(r) > 1}
    assert all(sheet[k] == v for k, v in summary.items())
    csv = await c.get(f"/stats/download/csv?{q}&table=按平台")
    assert csv.content.startswith("\ufeff平台,".encode())
    png = await c.get(f"/stats/trend.png?{q}")
    assert png.status_code == 200 and png.content.startswith(b"\x89PNG")


async def test_batch_from_queue_filter_and_selection(fx, client_for) -> None:
    store = fx.store
    confirmed = [store.get_hit(i) for i in fx.ids if store.get_hit(i).status == "confirmed"]
    platform = confirmed[0].platform
    c = await _client(fx, client_for, "zhangsan")
    queue = await c.get("/queue?status=confirmed")
    assert 'href="/notices/new?status=confirmed"' in queue.text
    assert 'formaction="/notices/draft"' in queue.text
    preview = await c.get(f"/notices/new?status=confirmed&platform={platform}")
    on_platform = [h for h in confirmed if h.platform == platform]
    assert (
        "起草 1 份文书" in preview.text
        and f'<td class="num">{len(on_platform)}</td>' in preview.text
    )
    assert 'name="view" value="status=confirmed&amp;platform=' in preview.text
    new = next(i for i in fx.ids if store.get_hit(i).status == "new")
    refused = await c.post("/notices/draft", {"ids": [f"{new}:1", f"{confirmed[0].id}:1"]})
    assert refused.status_code == 409 and "未经审核确认" in refused.text
    no_case = await c.post("/notices/draft", {"kind": "referral"})
    assert no_case.status_code == 400
    assert not store.list_notices()  # nothing numbered, nothing stored
    assert (await c.post("/notices/draft", {"kind": "nonsense"})).status_code == 400
