"""The store contract, run against every backend (SQLite, osmem-server, a real cluster)."""

from __future__ import annotations

import threading

import pytest

from pipelines.store import ConflictError, StoreError, open_store
from pipelines.store.query import HitQuery
from tests.store.storefactory import finding, make_hit


def ids(hits) -> set[str]:
    return {h.id for h in hits}


def test_upsert_is_idempotent_and_keeps_triage(store):
    hit = make_hit(1)
    stored = store.upsert_hit(hit)
    assert stored.version == 1
    store.set_status(hit.id, "confirmed", actor="张三")
    again = make_hit(1, last_seen="2026-11-22T08:00:00Z", first_seen="2026-11-22T08:00:00Z",
                     title="电工证包过（新）")  # fmt: skip
    merged = store.upsert_hit(again)
    got = store.get_hit(hit.id)
    assert got.to_dict() == merged.to_dict()
    assert got.status == "confirmed" and got.title == "电工证包过（新）"
    assert got.first_seen == "2026-11-20T10:00:00Z" and got.last_seen == "2026-11-22T08:00:00Z"
    assert got.version == 3 and len(got.history) == 1
    store.refresh()
    assert store.count_hits() == 1


def test_an_older_replayed_capture_does_not_overwrite_a_newer_one(store):
    store.upsert_hit(make_hit(1, last_seen="2026-11-22T08:00:00Z", title="新标题"))
    store.upsert_hit(make_hit(1, last_seen="2026-11-21T08:00:00Z", title="旧标题"))
    got = store.get_hit(make_hit(1).id)
    assert got.title == "新标题" and got.last_seen == "2026-11-22T08:00:00Z"


def test_one_page_twice_in_a_bulk_call_merges_as_two_upserts_would(store):
    """A replayed older capture listed after the newer one in the same batch must not win;
    first_seen is the earliest of both, and the second capture counts as a second write."""
    newer = make_hit(1, last_seen="2026-11-22T08:00:00Z", title="新标题")
    older = make_hit(1, first_seen="2026-11-19T08:00:00Z", last_seen="2026-11-19T08:00:00Z",
                     title="旧标题")  # fmt: skip
    assert store.upsert_hits([newer, make_hit(2), older, make_hit(3)]) == 4
    got = store.get_hit(newer.id)
    assert (got.title, got.last_seen) == ("新标题", "2026-11-22T08:00:00Z")
    assert got.first_seen == "2026-11-19T08:00:00Z" and got.version == 2
    store.refresh()
    assert store.count_hits() == 3


def test_a_recrawl_that_reads_no_listing_fields_keeps_them(store):
    """A verification or re-check crawl has no selectors: it must not erase shop or seller."""
    store.upsert_hit(make_hit(1, platform="安e购", shop="焊通证件咨询", seller="焊通老李",
                              target="demo-market"))  # fmt: skip
    store.upsert_hits([make_hit(1, last_seen="2026-11-22T08:00:00Z", platform="", shop=None,
                                seller=None, target="")])  # fmt: skip
    got = store.get_hit(make_hit(1).id)
    assert (got.platform, got.shop, got.seller, got.target) == (
        "安e购",
        "焊通证件咨询",
        "焊通老李",
        "demo-market",
    )
    store.upsert_hit(make_hit(1, last_seen="2026-11-23T08:00:00Z", shop="焊通证件（新店）"))
    assert store.get_hit(make_hit(1).id).shop == "焊通证件（新店）"  # what it did read wins


def _corpus(store):
    hits = []
    for n in range(60):
        cat = ["certificate_sale", "exam_fraud", "fake_portal"][n % 3]
        sev = ["high", "medium", "low"][n % 3]
        rule = {"certificate_sale": "CS-001", "exam_fraud": "EF-002", "fake_portal": "FP-003"}[cat]
        hits.append(
            make_hit(
                n,
                categories=[cat] + (["guarantee_promise"] if n % 10 == 0 else []),
                findings=[finding(rule, cat, sev, matched="代办").to_dict()],
                title=f"电工证 {n}",
                severity=sev,
                score=round(0.01 * n, 2),
                platform=["taobao", "xianyu"][n % 2],
                first_seen=f"2026-11-{10 + n % 5:02d}T10:00:00Z",
                last_seen=f"2026-11-{10 + n % 5:02d}T12:00:00Z",
                run_id=f"r{n % 4}",
                text=("全国电工证包过，不用考试" if n % 4 == 0 else "电工证考试不过怎么办")
                + f" {n}",
            )
        )
    assert store.upsert_hits(hits) == 60
    store.refresh()
    return hits


def test_filters(store):
    hits = _corpus(store)
    store.set_status(hits[5].id, "confirmed", actor="a")
    store.assign(hits[6].id, "李四", actor="a")
    store.refresh()

    def q(**kw):
        page = store.query(HitQuery.of(size=1000, **kw))
        assert page.total == len(page.hits) == store.count_hits(**kw)
        return ids(page.hits)

    assert q(status="confirmed") == {hits[5].id}
    assert q(assignee="李四") == {hits[6].id}
    assert q(category="exam_fraud") == {h.id for h in hits[1::3]}
    assert len(q(category=["exam_fraud", "fake_portal"])) == 40
    assert q(category="guarantee_promise") == {h.id for h in hits[::10]}
    assert q(severity="high", platform="xianyu") == {h.id for h in hits if h.severity == "high"
                                                     and h.platform == "xianyu"}  # fmt: skip
    assert q(host="shop3.example.test") == {h.id for h in hits if h.host == "shop3.example.test"}
    assert q(shop="店铺1") == {h.id for h in hits if h.shop == "店铺1"}
    assert q(contact="zs7") == {hits[7].id}
    assert q(run_id="r2") == {h.id for h in hits if h.run_id == "r2"}
    assert q(rule="FP-003") == {h.id for h in hits[2::3]}
    assert q(since="2026-11-12", until="2026-11-14", date_field="first_seen") == {
        h.id for h in hits if h.first_seen[:10] in ("2026-11-12", "2026-11-13")
    }
    assert q(category="no_such_category") == set()
    with pytest.raises(StoreError):
        HitQuery.of(stauts="new")


def test_facets_and_histogram(store):
    hits = _corpus(store)
    f = store.facets(HitQuery(platform="taobao"), ["category", "severity", "rule", "status"])
    taobao = [h for h in hits if h.platform == "taobao"]
    assert f["status"] == {"new": 30}
    assert f["severity"] == {
        s: sum(h.severity == s for h in taobao) for s in ("high", "medium", "low")
    }
    assert f["category"]["guarantee_promise"] == sum(
        "guarantee_promise" in h.categories for h in taobao
    )
    assert sum(f["rule"].values()) == 30
    hist = store.histogram(HitQuery(), "first_seen")
    assert hist == {f"2026-11-{d}": 12 for d in range(10, 15)}


def test_histogram_by_beijing_day(store):
    """16:00 UTC is Beijing midnight: the offset moves a hit to the reviewers' next day."""
    for n, at in enumerate(
        ("2026-11-20T15:59:59Z", "2026-11-20T16:00:00Z", "2026-11-21T02:00:00Z")
    ):
        store.upsert_hit(make_hit(n, first_seen=at, last_seen=at))
    store.refresh()
    assert store.histogram(HitQuery(), "first_seen") == {"2026-11-20": 2, "2026-11-21": 1}
    assert store.histogram(HitQuery(), "first_seen", utc_offset_hours=8) == {
        "2026-11-20": 1,
        "2026-11-21": 2,
    }


def test_rule_packs_filter_and_facet(store):
    """A reviewer splits the special-ops, training-ads and certificates work by pack."""
    ad = {**finding("GP-101", "guarantee_promise").to_dict(), "pack": "training-ads"}
    diploma = {**finding("FC-203", "fake_certificate").to_dict(), "pack": "certificates"}
    hits = [
        make_hit(1),  # a special-ops finding
        make_hit(2, findings=[ad], categories=["guarantee_promise"]),
        make_hit(3, findings=[ad, diploma], categories=["guarantee_promise", "fake_certificate"]),
    ]
    store.upsert_hits(hits)
    store.refresh()
    assert ids(store.query(HitQuery(pack="training-ads")).hits) == {hits[1].id, hits[2].id}
    assert ids(store.query(HitQuery(pack=["certificates", "special-ops"])).hits) == {
        hits[0].id,
        hits[2].id,
    }
    assert store.count_hits(pack="certificates", category="guarantee_promise") == 1
    assert store.facets(HitQuery(), ["pack"]) == {
        "pack": {"special-ops": 1, "training-ads": 2, "certificates": 1}
    }
    store.upsert_hit(make_hit(2, findings=[finding().to_dict()]))  # a re-crawl: packs follow
    store.refresh()
    assert store.count_hits(pack="training-ads") == 1


def test_a_bulk_recrawl_moves_rule_contact_and_pack_filters_with_the_findings(store):
    """Re-crawled in bulk: a hit whose rules and contacts changed is found by the new ones only,
    a hit that read the same is still found by its own."""
    ad = {**finding("GP-101", "guarantee_promise").to_dict(), "pack": "training-ads"}
    store.upsert_hits([make_hit(1), make_hit(2)])
    store.upsert_hits([make_hit(1, last_seen="2026-11-22T08:00:00Z", findings=[ad],
                                contacts=[{"kind": "qq", "value": "12345"}]),
                       make_hit(2, last_seen="2026-11-22T08:00:00Z")])  # fmt: skip
    store.refresh()
    one, two = make_hit(1).id, make_hit(2).id
    assert ids(store.query(HitQuery(rule="GP-101")).hits) == {one}
    assert ids(store.query(HitQuery(rule="CS-001")).hits) == {two}
    assert ids(store.query(HitQuery(contact="12345")).hits) == {one}
    assert store.count_hits(contact="zs1") == 0 and store.count_hits(contact="zs2") == 1
    assert ids(store.query(HitQuery(pack="training-ads")).hits) == {one}
    assert store.get_hit(two).version == 2


def test_chinese_full_text_with_highlights(store):
    hits = _corpus(store)
    page = store.query(HitQuery(text="包过", size=100))
    assert ids(page.hits) == {h.id for h in hits if "包过" in h.text}
    assert page.total == 15  # "电工证考试不过" must not match 包过
    frags = page.highlights[page.hits[0].id]
    assert any("<em>包过</em>" in f for f in frags)
    two = store.query(HitQuery(text="电工证 不用考试", size=100, category="certificate_sale"))
    assert ids(two.hits) == {h.id for h in hits if "不用考试" in h.text
                             and "certificate_sale" in h.categories}  # fmt: skip
    assert store.query(HitQuery(text="完全无关的词语")).hits == []


def test_highlights_escape_html(store):
    store.upsert_hit(make_hit(1, text="<script>alert(1)</script> 焊工证包过"))
    store.refresh()
    page = store.query(HitQuery(text="包过"))
    joined = " ".join(page.highlights[page.hits[0].id])
    assert "<script>" not in joined and "<em>包过</em>" in joined


def test_sorting_and_cursor_pagination(store):
    hits = _corpus(store)
    seen, cursor, pages = [], None, 0
    while True:
        page = store.query(HitQuery(size=7, cursor=cursor, category="certificate_sale"))
        seen += page.hits
        pages += 1
        if not page.next_cursor:
            break
        cursor = page.next_cursor
    expected = sorted((h for h in hits if "certificate_sale" in h.categories),
                      key=lambda h: h.score, reverse=True)  # fmt: skip
    assert [h.id for h in seen] == [h.id for h in expected] and pages == 3
    asc = store.query(HitQuery(sort="first_seen", order="asc", size=60)).hits
    assert [h.first_seen for h in asc] == sorted(h.first_seen for h in hits)


def test_iter_hits_streams_past_one_page(store):
    store.upsert_hits(make_hit(n) for n in range(1203))
    store.refresh()
    got = [h.id for h in store.iter_hits()]
    assert len(got) == len(set(got)) == 1203
    assert store.count_hits(platform="taobao") == 1203


def test_optimistic_concurrency(store):
    hit = store.upsert_hit(make_hit(1))
    a = store.set_status(
        hit.id, "confirmed", actor="张三", expected_version=hit.version, note="属实"
    )
    assert a.version == hit.version + 1
    with pytest.raises(ConflictError, match="已被他人修改"):
        store.set_status(hit.id, "rejected", actor="李四", expected_version=hit.version)
    with pytest.raises(ConflictError):
        store.assign(hit.id, "李四", actor="李四", expected_version=hit.version)
    got = store.get_hit(hit.id)
    assert got.status == "confirmed" and got.assignee is None and got.version == a.version
    b = store.assign(hit.id, "王五", actor="张三", expected_version=got.version)
    assert b.assignee == "王五"
    assert [(h["action"], h.get("to"), h.get("from")) for h in b.history] == [
        ("status", "confirmed", "new"), ("assign", "王五", None)]  # fmt: skip
    with pytest.raises(StoreError):
        store.set_status(hit.id, "bogus", actor="x")


def test_audit_log(store):
    hit = store.upsert_hit(make_hit(1))
    store.set_status(hit.id, "confirmed", actor="张三", note="属实")
    store.append_audit("login", actor="李四")
    store.assign(hit.id, "王五", actor="张三")
    store.refresh()
    entries = list(store.iter_audit())
    assert [(e["action"], e["actor"]) for e in entries] == [
        ("status", "张三"), ("login", "李四"), ("assign", "张三")]  # fmt: skip
    mine = list(store.iter_audit(hit_id=hit.id))
    assert len(mine) == 2 and mine[0]["detail"]["note"] == "属实"
    assert [e["action"] for e in store.iter_audit(actor="李四")] == ["login"]
    assert not any(callable(getattr(store, n, None)) for n in ("delete_audit", "update_audit"))


def test_notices(store):
    n = store.put_notice({"id": "N-1", "hit_id": "h1", "platform": "taobao", "body": "责令改正"})
    assert n["version"] == 1 and n["status"] == "draft"
    with pytest.raises(ConflictError):
        store.put_notice({"id": "N-1"})
    sent = store.update_notice("N-1", expected_version=1, status="sent")
    assert sent["version"] == 2 and sent["body"] == "责令改正"
    with pytest.raises(ConflictError):
        store.update_notice("N-1", expected_version=1, status="withdrawn")
    store.put_notice({"id": "N-2", "hit_id": "h2", "created_at": "2099-01-01T00:00:00Z"})
    assert [x["id"] for x in store.list_notices()] == ["N-2", "N-1"]
    assert [x["id"] for x in store.list_notices(status="sent")] == ["N-1"]
    assert store.get_notice("N-1")["status"] == "sent" and store.get_notice("N-9") is None


def test_number_series_never_hand_out_a_number_twice(store, store_url):
    assert [store.next_number("notice:某市监函:2026") for _ in range(3)] == [1, 2, 3]
    assert store.next_number("notice:某市监函:2027") == 1  # each series counts on its own
    with pytest.raises(StoreError):
        store.next_number("")
    # Writers with their own connections race on one series: every number exactly once.
    got: list[int] = []
    lock = threading.Lock()

    def take() -> None:
        with open_store(store_url) as mine:
            for _ in range(5):
                n = mine.next_number("notice:某市监函:2026")
                with lock:
                    got.append(n)

    threads = [threading.Thread(target=take) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(got) == list(range(4, 24))


def test_runs_and_pages(store):
    store.start_run({"id": "r1", "started_at": "2026-11-20T10:00:00Z", "status": "running"})
    store.start_run({"id": "r2", "started_at": "2026-11-21T10:00:00Z", "status": "running"})
    store.finish_run("r1", status="finished", pages=10, hits_by_category={"exam_fraud": 2})
    assert store.get_run("r1")["pages"] == 10 and store.get_run("r1")["started_at"].startswith(
        "2026"
    )
    assert [r["id"] for r in store.list_runs()] == ["r2", "r1"]
    store.put_page(
        "http://a.test/1", fingerprint="f1", status=200, last_seen="2026-11-20T10:00:00Z"
    )
    store.put_page("http://a.test/1", hit_id="h1")
    assert store.get_page("http://a.test/1") == {
        "url": "http://a.test/1", "fingerprint": "f1", "status": 200,
        "last_seen": "2026-11-20T10:00:00Z", "hit_id": "h1"}  # fmt: skip
    assert store.get_page("http://a.test/2") is None


def test_touch_hit(store):
    hit = store.upsert_hit(make_hit(1))
    assert store.touch_hit(hit.id, "2026-11-23T00:00:00Z", run_id="r9")
    got = store.get_hit(hit.id)
    assert got.last_seen == "2026-11-23T00:00:00Z" and got.run_id == "r9"
    assert got.version == hit.version + 1
    assert not store.touch_hit("nope", "2026-11-23T00:00:00Z")


def test_get_hits_reads_many_at_once_and_leaves_out_missing_ones(store):
    stored = store.upsert_hits([make_hit(i, title=f"标题{i}") for i in range(1, 606)])
    assert stored == 605
    wanted = (
        [make_hit(i).id for i in (604, 3, 3, 1)]
        + ["nope"]
        + [make_hit(i).id for i in range(5, 600)]
    )
    got = store.get_hits(wanted)
    assert "nope" not in got and len(got) == 598  # 604, 3, 1 and 5..599, one each
    assert got[make_hit(604).id].title == "标题604" and got[make_hit(3).id].title == "标题3"
    assert got[make_hit(7).id] == store.get_hit(make_hit(7).id)
    assert store.get_hits([]) == {}


def test_concurrent_writers_lose_no_update(store, store_url):
    """Crawl upserts and reviewer triage race on one hit from several connections."""
    url = store_url
    hit = store.upsert_hit(make_hit(1))
    errors: list[Exception] = []

    def crawl():
        with open_store(url) as s:
            for n in range(40):
                try:
                    s.upsert_hit(make_hit(1, last_seen=f"2026-11-21T00:00:{n:02d}Z"))
                except StoreError as e:  # pragma: no cover - would be a bug
                    errors.append(e)

    def triage(who: str):
        with open_store(url) as s:
            for _ in range(20):
                try:
                    s.assign(hit.id, who, actor=who)
                except StoreError as e:  # pragma: no cover - would be a bug
                    errors.append(e)

    threads = [threading.Thread(target=crawl)] + [
        threading.Thread(target=triage, args=(w,)) for w in ("张三", "李四")
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    store.refresh()
    got = store.get_hit(hit.id)
    assert got.version == 1 + 40 + 40 and len(got.history) == 40
    assert got.last_seen == "2026-11-21T00:00:39Z"
    assert len(list(store.iter_audit(hit_id=hit.id))) == 40
