"""The notice workflow on a real SQLite store: numbering, approval, immutability, verification."""

from __future__ import annotations

import multiprocessing
from datetime import date

import pytest

from reports.batch import by_platform, select_hits
from reports.errors import RenderError, WorkflowError
from reports.workflow import approve, close, draft, progress, revise, send, verify
from tests.reports.batch import CONFIG, ISSUED


def _draft(store, cfg, tmp_path, hits=None, actor="科员甲"):
    hits = hits or select_hits(store)
    return draft(store, cfg, "notice", hits, actor=actor, out_dir=tmp_path / "out",
                 addressee="易购街网络科技有限公司", issued=ISSUED)  # fmt: skip


def test_one_notice_per_platform_and_no_listing_twice(store, cfg, tmp_path):
    groups = by_platform(select_hits(store))
    assert sorted(groups) == ["易购街", "闲置集市"] and len(groups["易购街"]) == 3
    docs = [_draft(store, cfg, tmp_path, g) for g in groups.values()]
    assert [d["doc_no"] for d in docs] == ["临市监函〔2026〕1号", "临市监函〔2026〕2号"]
    assert select_hits(store) == []  # drafted listings are not offered again
    audit = [e for e in store.iter_audit() if e["action"] == "notice_draft"]
    assert [e["detail"]["doc_no"] for e in audit] == ["临市监函〔2026〕1号", "临市监函〔2026〕2号"]


def test_platforms_in_name_order_whatever_order_the_crawl_found_them(tmp_path):
    from pipelines.store import open_store
    from tests.reports.batch import ROWS, fixture_hits

    s = open_store(f"sqlite:///{tmp_path / 'reversed.db'}")
    try:
        for h in fixture_hits(list(reversed(ROWS))):  # 闲置集市's listings seen first
            h.status = "new"
            s.upsert_hit(h)
            s.set_status(h.id, "confirmed", actor="审核员甲", at="2026-05-10T01:00:00Z")
        hits = select_hits(s)
        assert hits[0].platform == "闲置集市"
        # one letter per platform takes its number in this order: the same on every run
        assert list(by_platform(hits)) == ["易购街", "闲置集市"]
    finally:
        s.close()


def test_a_failed_render_voids_its_number(store, cfg, tmp_path):
    blocker = tmp_path / "out"
    blocker.write_text("not a folder")  # the letter's folder cannot be created
    with pytest.raises(RenderError, match="临市监函〔2026〕1号 生成失败"):
        _draft(store, cfg, tmp_path)
    blocker.unlink()
    doc = _draft(store, cfg, tmp_path)
    assert doc["doc_no"] == "临市监函〔2026〕2号"  # 1 is never used again
    void = [e for e in store.iter_audit() if e["action"] == "notice_number_void"]
    assert void[0]["detail"]["doc_no"] == "临市监函〔2026〕1号" and void[0]["detail"]["error"]


def _draft_in_process(args):
    url, out, hit_id = args
    from pipelines.store import open_store
    from reports.config import load_config

    with open_store(url) as s:
        hit = s.get_hit(hit_id)
        doc = draft(s, load_config(CONFIG), "notice", [hit], actor="科员", out_dir=out,
                    addressee="某平台", issued=ISSUED)  # fmt: skip
        return doc["number"]


def test_concurrent_drafts_in_two_processes_never_share_a_number(any_store, tmp_path):
    store = any_store
    ids = [h.id for h in store.iter_hits()]
    jobs = [(store.url, tmp_path / "out", hid) for hid in ids[:4]]
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        numbers = pool.map(_draft_in_process, jobs)
    assert sorted(numbers) == [1, 2, 3, 4]
    assert len({d["doc_no"] for d in store.list_notices()}) == 4


def test_approval_needs_another_person_and_freezes_the_letter(store, cfg, tmp_path):
    doc = _draft(store, cfg, tmp_path, actor="科员甲")
    with pytest.raises(WorkflowError, match="须由其他负责人审批"):
        approve(store, doc["id"], actor="科员甲")
    ok = approve(store, doc["id"], actor="科长乙")
    assert ok["status"] == "approved" and ok["approved_by"] == "科长乙"
    with pytest.raises(WorkflowError):
        approve(store, doc["id"], actor="科长乙")
    # A change is a new version with its own number; the approved one is superseded.
    dropped = doc["hit_ids"][0]
    new = revise(store, cfg, doc["id"], actor="科员甲", out_dir=tmp_path / "out",
                 drop=[dropped], issued=ISSUED)  # fmt: skip
    assert new["number"] == doc["number"] + 1 and new["supersedes"] == doc["id"]
    assert dropped not in new["hit_ids"] and len(new["hit_ids"]) == len(doc["hit_ids"]) - 1
    old = store.get_notice(doc["id"])
    assert old["status"] == "superseded" and old["files"] == doc["files"]
    actions = [e["action"] for e in store.iter_audit()]
    assert actions.count("notice_supersede") == 1


def test_tampered_files_block_approval(store, cfg, tmp_path):
    from pathlib import Path

    doc = _draft(store, cfg, tmp_path)
    Path(doc["files"]["pdf"]["path"]).write_bytes(b"%PDF-1.7 altered")
    with pytest.raises(WorkflowError, match="pdf 文件已被改动"):
        approve(store, doc["id"], actor="科长乙")


def test_send_verify_overdue_follow_up_close(store, cfg, tmp_path):
    doc = _draft(store, cfg, tmp_path, [h for h in select_hits(store) if h.platform == "易购街"])
    approve(store, doc["id"], actor="科长乙")
    sent = send(store, doc["id"], actor="科长乙", via="平台监管对接通道")
    assert sent["status"] == "sent" and sent["deadline_date"] == "2026-05-17"
    assert {store.get_hit(h).status for h in doc["hit_ids"]} == {"noticed"}
    first, *rest = doc["hit_ids"]
    store.set_status(first, "removed", actor="adsweep-recrawl")
    p = progress(store, store.get_notice(doc["id"]))
    assert (p.removed, p.total) == (1, 3)
    assert verify(store, doc["id"], actor="科员甲", today=date(2026, 5, 15))["status"] == "sent"
    late = verify(store, doc["id"], actor="科员甲", today=date(2026, 5, 18))
    assert late["status"] == "overdue" and late["still_up"] == 2
    for h in rest:
        store.set_status(h, "removed", actor="adsweep-recrawl")
    done = verify(store, doc["id"], actor="科员甲", today=date(2026, 5, 20))
    assert done["status"] == "verified" and done["removed"] == 3
    store.set_status(first, "reappeared", actor="adsweep-recrawl")
    flagged = verify(store, doc["id"], actor="科员甲", today=date(2026, 6, 1))
    assert flagged["follow_up"] == [first]
    assert select_hits(store, hit_ids=[first])[0].id == first  # may go into a follow-up notice
    closed = close(store, doc["id"], actor="科长乙", note="已另发跟进通知")
    assert closed["status"] == "closed"
    with pytest.raises(WorkflowError):
        send(store, doc["id"], actor="科长乙")


def test_unconfirmed_hits_never_enter_a_letter(store):
    hid = next(store.iter_hits()).id
    store.set_status(hid, "rejected", actor="审核员甲")
    with pytest.raises(WorkflowError, match="未经审核确认"):
        select_hits(store, hit_ids=[hid])
    assert hid not in {h.id for h in select_hits(store)}
