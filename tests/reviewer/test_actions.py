"""Deciding hits: single decisions, stale writes, two reviewers at once, review-mode claims,
bulk on a selection and on a whole filter, and the faults that must leave nothing half-done
(an expired session mid-action, a forged CSRF token, a reviewer on a supervisor's action)."""

from __future__ import annotations

import asyncio
import html
import re

import pytest

from tests.reviewer.helpers import Clock, app_for

pytestmark = pytest.mark.anyio


def form_of(page: str, action: str) -> dict[str, str]:
    """The hidden fields of the first form posting to ``action`` on ``page``."""
    start = page.index(f'action="{action}"')
    body = page[start : page.index("</form>", start)]
    return {k: html.unescape(v) for k, v in
            re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', body)}  # fmt: skip


async def reviewer(fx, client_for, name="zhangsan", app=None, clock=None):
    c = client_for(app or app_for(fx, clock or Clock()))
    assert (await c.login(name)).status_code == 303
    return c


def picks_ids(picks: list[str]) -> set[str]:
    return {p.split(":")[0] for p in picks}


def open_hit(fx) -> str:
    return next(i for i in fx.ids if fx.store.get_hit(i).status == "new")


async def test_confirm_writes_history_and_audit(any_fx, client_for):
    c = await reviewer(any_fx, client_for)
    hid = open_hit(any_fx)
    page = await c.get(f"/hits/{hid}")
    r = await c.post(f"/hits/{hid}/status", {**form_of(page.text, f"/hits/{hid}/status"),
                                             "status": "confirmed", "note": "属实"})  # fmt: skip
    assert r.status_code == 303 and r.headers["location"] == f"/hits/{hid}?done=status"
    hit = any_fx.store.get_hit(hid)
    assert hit.status == "confirmed" and hit.history[-1]["note"] == "属实"
    entry = any_fx.store.query_audit(hit_id=hid)[0]
    assert (entry["actor"], entry["detail"]["from"], entry["detail"]["to"]) == (
        "zhangsan", "new", "confirmed")  # fmt: skip
    shown = await c.get(r.headers["location"])
    assert "已保存处置结果" in shown.text and "zhangsan" in shown.text


async def test_reject_needs_a_reason_from_the_list(fx, client_for):
    c = await reviewer(fx, client_for)
    hid = open_hit(fx)
    page = await c.get(f"/hits/{hid}")
    fields = form_of(page.text, f"/hits/{hid}/status")
    r = await c.post(f"/hits/{hid}/status", {**fields, "status": "rejected"})
    assert r.status_code == 400 and "须选择原因" in r.text
    bogus = await c.post(f"/hits/{hid}/status", {**fields, "status": "rejected",
                                                 "reason": "because"})  # fmt: skip
    assert bogus.status_code == 400
    system = await c.post(f"/hits/{hid}/status", {**fields, "status": "removed"})
    assert system.status_code == 400  # re-crawls set removed, not people
    assert fx.store.get_hit(hid).status == "new" and fx.store.get_hit(hid).history == []
    ok = await c.post(f"/hits/{hid}/status", {**fields, "status": "rejected",
                                              "reason": "job_requirement", "note": "招聘"})  # fmt: skip
    assert ok.status_code == 303
    last = fx.store.get_hit(hid).history[-1]
    assert (last["reason"], last["note"]) == ("job_requirement", "招聘")


async def test_a_stale_write_shows_the_other_change_and_keeps_it(any_fx, client_for):
    app = app_for(any_fx)
    a, b = await reviewer(any_fx, client_for, "zhangsan", app), await reviewer(
        any_fx, client_for, "lisi", app)  # fmt: skip
    hid = open_hit(any_fx)
    page_a, page_b = await a.get(f"/hits/{hid}"), await b.get(f"/hits/{hid}")
    fa = form_of(page_a.text, f"/hits/{hid}/status")
    fb = form_of(page_b.text, f"/hits/{hid}/status")
    assert (await a.post(f"/hits/{hid}/status", {**fa, "status": "confirmed",
                                                 "note": "甲的意见"})).status_code == 303  # fmt: skip
    lost = await b.post(f"/hits/{hid}/status", {**fb, "status": "rejected",
                                                "reason": "other", "note": "乙的意见"})  # fmt: skip
    assert lost.status_code == 409
    assert "已被他人修改" in lost.text and "您的操作未保存" in lost.text
    assert "zhangsan" in lost.text and "甲的意见" in lost.text and "已确认" in lost.text
    hit = any_fx.store.get_hit(hid)
    assert hit.status == "confirmed" and len(hit.history) == 1  # nothing overwritten
    as_json = await b.http.post(f"/hits/{hid}/status", data={**fb, "status": "escalated",
                                                             "csrf_token": b.csrf},
                                headers={"X-Requested-With": "fetch"})  # fmt: skip
    err = as_json.json()["error"]
    assert err["status"] == 409 and err["other"][0]["actor"] == "zhangsan"
    assert err["current"]["status"] == "confirmed"


async def test_two_reviewers_deciding_at_once_one_wins(fx, client_for):
    app = app_for(fx)
    a, b = await reviewer(fx, client_for, "zhangsan", app), await reviewer(
        fx, client_for, "lisi", app)  # fmt: skip
    hid = open_hit(fx)
    fa = form_of((await a.get(f"/hits/{hid}")).text, f"/hits/{hid}/status")
    fb = form_of((await b.get(f"/hits/{hid}")).text, f"/hits/{hid}/status")
    ra, rb = await asyncio.gather(
        a.post(f"/hits/{hid}/status", {**fa, "status": "confirmed"}),
        b.post(f"/hits/{hid}/status", {**fb, "status": "rejected", "reason": "duplicate"}),
    )
    assert sorted([ra.status_code, rb.status_code]) == [303, 409]
    loser = ra if ra.status_code == 409 else rb
    assert "已被他人修改" in loser.text
    hit = fx.store.get_hit(hid)
    assert len(hit.history) == 1 and len(fx.store.query_audit(hit_id=hid, action="status")) == 1


async def test_a_recrawl_in_between_does_not_block_a_decision(fx, client_for):
    c = await reviewer(fx, client_for)
    hid = open_hit(fx)
    fields = form_of((await c.get(f"/hits/{hid}")).text, f"/hits/{hid}/status")
    fx.store.touch_hit(hid, "2026-11-29T00:00:00Z")  # the crawler saw the page again
    r = await c.post(f"/hits/{hid}/status", {**fields, "status": "escalated"})
    assert r.status_code == 303 and fx.store.get_hit(hid).status == "escalated"


async def test_faults_leave_nothing_half_written(fx, client_for):
    clock = Clock()
    c = await reviewer(fx, client_for, clock=clock)
    hid = open_hit(fx)
    fields = form_of((await c.get(f"/hits/{hid}")).text, f"/hits/{hid}/status")
    before = fx.store.get_hit(hid)
    forged = await c.post(f"/hits/{hid}/status", {**fields, "status": "confirmed",
                                                  "csrf_token": "a" * 32})  # fmt: skip
    assert forged.status_code == 403 and "CSRF" in forged.text and "未执行" in forged.text
    assign = await c.post(f"/hits/{hid}/assign", {**fields, "assignee": "zhangsan"})
    assert assign.status_code == 403 and "需要审核主管权限" in assign.text
    clock.advance(2 * 3600)  # idle past the limit, with the form still open
    expired = await c.post(f"/hits/{hid}/status", {**fields, "status": "confirmed",
                                                   "note": "写了很长的说明"})  # fmt: skip
    assert expired.status_code == 401 and "登录已过期" in expired.text
    assert "写了很长的说明" in html.unescape(expired.text)  # kept for resubmission
    after = fx.store.get_hit(hid)
    assert after.to_dict() == before.to_dict()
    assert fx.store.query_audit(hit_id=hid) == []


async def test_supervisors_assign(fx, client_for):
    c = await reviewer(fx, client_for, "wangzhu")
    hid = open_hit(fx)
    page = await c.get(f"/hits/{hid}")
    r = await c.post(f"/hits/{hid}/assign", {**form_of(page.text, f"/hits/{hid}/assign"),
                                             "assignee": "lisi"})  # fmt: skip
    assert r.status_code == 303 and fx.store.get_hit(hid).assignee == "lisi"
    nobody = await c.post(f"/hits/{hid}/assign", {"assignee": "ghost"})
    assert nobody.status_code == 400


async def test_notes_are_internal_and_audited(fx, client_for):
    c = await reviewer(fx, client_for)
    hid = open_hit(fx)
    await c.get(f"/hits/{hid}")
    r = await c.post(f"/hits/{hid}/note", {"text": "已电话核实，店铺仍在营业"})
    assert r.status_code == 303
    page = await c.get(f"/hits/{hid}")
    assert "已电话核实，店铺仍在营业" in page.text and "内部备注" in page.text
    assert fx.store.get_hit(hid).version == 1  # a note never makes others' forms stale


async def test_review_mode_never_gives_two_reviewers_the_same_hit(any_fx, client_for):
    clock = Clock()
    app = app_for(any_fx, clock, claim_seconds=300)
    a, b = await reviewer(any_fx, client_for, "zhangsan", app), await reviewer(
        any_fx, client_for, "lisi", app)  # fmt: skip
    ra, rb = await a.get("/review?platform=淘宝"), await b.get("/review?platform=淘宝")
    ha, hb = ra.headers["location"].split("?")[0], rb.headers["location"].split("?")[0]
    assert ha.startswith("/review/") and hb.startswith("/review/") and ha != hb
    page = await a.get(ra.headers["location"])
    assert "审核模式" in page.text and "跳过" in page.text
    hid = ha.rsplit("/", 1)[1]
    fields = form_of(page.text, f"/hits/{hid}/status")
    assert fields["after"].startswith("/review?")
    done = await a.post(f"/hits/{hid}/status", {**fields, "status": "confirmed"})
    nxt = await a.get(done.headers["location"])  # decide-and-next
    assert nxt.status_code == 303 and hid not in nxt.headers["location"]
    assert hb.rsplit("/", 1)[1] not in nxt.headers["location"]  # still lisi's
    # an abandoned claim runs out: after five minutes lisi's hit goes to someone else
    clock.advance(301)
    c = await reviewer(any_fx, client_for, "wangzhu", app)
    seen = set()
    r = await c.get("/review?platform=淘宝")
    while r.status_code == 303 and r.headers["location"].startswith("/review/"):
        seen.add(r.headers["location"].split("?")[0].rsplit("/", 1)[1])
        r = await c.get(r.headers["location"].replace("/review/", "/review/skip/", 1))
        r = await c.get(r.headers["location"]) if r.status_code == 303 else r
    assert hb.rsplit("/", 1)[1] in seen and hid not in seen
    assert "没有待审核的命中" in r.text


async def test_bulk_on_a_selection_reports_conflicts(fx, client_for):
    c = await reviewer(fx, client_for)
    page = await c.get("/queue?platform=闲鱼")
    picks = re.findall(r'name="ids" value="([0-9a-f]{32}:\d+)"', page.text)
    assert len(picks) >= 3
    stale = picks[0].split(":")[0]
    fx.store.set_status(stale, "escalated", actor="lisi")  # someone else, meanwhile
    r = await c.post("/bulk", {"mode": "selection", "status": "confirmed", "ids": picks,
                               "back": "/queue?platform=闲鱼"})  # fmt: skip
    assert r.status_code == 200 and "1 条未处理" in r.text and stale in r.text
    assert "lisi" in r.text and "待审核 → 已上报" in r.text  # who changed it, and how
    assert fx.store.get_hit(stale).status == "escalated"
    changed = [p.split(":")[0] for p in picks[1:]]
    assert all(fx.store.get_hit(h).status == "confirmed" for h in changed)
    mine = fx.store.query_audit(actor="zhangsan", action="status", limit=1000)
    assert sorted(e["hit_id"] for e in mine if e["hit_id"] in picks_ids(picks)) == sorted(changed)


async def test_bulk_reject_a_whole_filter(any_fx, client_for):
    c = await reviewer(any_fx, client_for)
    want = [i for i in any_fx.ids if any_fx.store.get_hit(i).host == "peixun.test"
            and any_fx.store.get_hit(i).status == "new"]  # fmt: skip
    confirm = await c.get("/bulk?host=peixun.test")
    assert f"共有 <strong>{len(want)}</strong> 条命中" in confirm.text
    fields = form_of(confirm.text, "/bulk")
    r = await c.post("/bulk", {**fields, "status": "rejected", "reason": "lawful_training",
                               "note": "正规培训机构"})  # fmt: skip
    assert r.status_code == 200 and f"已将 <strong>{len(want)}</strong> 条" in r.text
    for hid in want:
        last = any_fx.store.get_hit(hid).history[-1]
        assert (last["to"], last["reason"], last["actor"]) == ("rejected", "lawful_training",
                                                               "zhangsan")  # fmt: skip
    bulk = any_fx.store.query_audit(action="bulk_status")[0]
    assert bulk["detail"]["changed"] == len(want) and bulk["detail"]["filter"]["host"] == [
        "peixun.test"]  # fmt: skip


async def test_queue_keyboard_decision_answers_json(fx, client_for):
    c = await reviewer(fx, client_for)
    page = await c.get("/queue")
    row = re.search(r'data-id="(\w+)" data-version="(\d+)" data-hist-len="(\d+)"', page.text)
    hid, ver, hl = row.groups()
    r = await c.http.post(f"/hits/{hid}/status", data={
        "csrf_token": c.csrf, "status": "confirmed", "expected_version": ver, "hist_len": hl},
        headers={"X-Requested-With": "fetch"})  # fmt: skip
    assert r.json()["ok"] and r.json()["hit"]["status_label"] == "已确认"
