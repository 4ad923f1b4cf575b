"""The reviewer's part of the store contract (users, views, claims, audit view, bulk triage),
run against every backend like the rest of the contract."""

from __future__ import annotations

import threading

import pytest

from pipelines.store import ConflictError, StoreError, open_store
from tests.store.storefactory import make_hit


def test_users(store):
    u = store.put_user({"name": "zhang", "role": "reviewer", "password_hash": "h1"})
    assert u["version"] == 1 and u["disabled"] is False and u["session_epoch"] == 0
    with pytest.raises(ConflictError, match="已存在"):
        store.put_user({"name": "zhang", "role": "admin"})
    store.put_user({"name": "li", "role": "supervisor", "password_hash": "h2"})
    v = store.update_user("zhang", expected_version=1, disabled=True, session_epoch=1)
    assert v["version"] == 2 and v["disabled"] and v["role"] == "reviewer"
    with pytest.raises(ConflictError):
        store.update_user("zhang", expected_version=1, role="admin")
    with pytest.raises(StoreError):
        store.update_user("nobody", role="admin")
    store.refresh()
    assert [x["name"] for x in store.list_users()] == ["li", "zhang"]
    assert store.get_user("zhang")["password_hash"] == "h1" and store.get_user("x") is None


def test_saved_views_are_per_user(store):
    store.put_view("zhang", "高危待审", "severity=high&status=new")
    store.put_view("zhang", "高危待审", "severity=high&status=new&platform=taobao")
    store.put_view("li", "全部", "")
    store.refresh()
    mine = store.list_views("zhang")
    assert [(v["name"], v["query"]) for v in mine] == [
        ("高危待审", "severity=high&status=new&platform=taobao")]  # fmt: skip
    assert store.delete_view("zhang", "高危待审") and not store.delete_view("zhang", "高危待审")
    store.refresh()
    assert store.list_views("zhang") == [] and len(store.list_views("li")) == 1


def test_claims_expire_and_renew(store):
    assert store.claim_hit("h1", "zhang", ttl=60, now=1000)
    assert not store.claim_hit("h1", "li", ttl=60, now=1030)
    assert store.claim_hit("h1", "zhang", ttl=60, now=1050)  # renewing one's own claim
    assert not store.claim_hit("h1", "li", ttl=60, now=1100)
    store.refresh()
    assert store.active_claims(now=1100) == {"h1": "zhang"}
    assert store.claim_hit("h1", "li", ttl=60, now=1111)  # zhang's claim ran out at 1110
    store.release_claim("h1", "zhang")  # not zhang's any more: nothing happens
    store.refresh()
    assert store.active_claims(now=1112) == {"h1": "li"}
    store.release_claim("h1", "li")
    store.refresh()
    assert store.active_claims(now=1112) == {}


def test_two_reviewers_racing_for_a_claim_never_both_win(store, store_url):
    wins: list[str] = []
    barrier = threading.Barrier(4)

    def grab(who: str) -> None:
        with open_store(store_url) as s:
            barrier.wait()
            for n in range(5):
                if s.claim_hit(f"race-{n}", who, ttl=300):
                    wins.append(f"{n}:{who}")

    threads = [threading.Thread(target=grab, args=(w,)) for w in ("a", "b", "c", "d")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(w.split(":")[0] for w in wins) == ["0", "1", "2", "3", "4"]


def test_reject_reason_and_assignment_before_after(store):
    hit = store.upsert_hit(make_hit(1))
    store.assign(hit.id, "li", actor="boss")
    got = store.set_status(hit.id, "rejected", actor="li", reason="official_source", note="通报")
    store.assign(hit.id, "wang", actor="boss")
    a, s, b = store.get_hit(hit.id).history
    assert (a["from"], a["to"]) == (None, "li") and (b["from"], b["to"]) == ("li", "wang")
    assert (s["from"], s["to"], s["reason"], s["note"]) == ("new", "rejected",
                                                             "official_source", "通报")  # fmt: skip
    assert got.status == "rejected"
    store.refresh()
    assert store.query_audit(hit_id=hit.id, action="status")[0]["detail"]["reason"] == (
        "official_source"
    )


def test_query_audit_filters_newest_first_and_pages(store):
    for n in range(7):
        store.append_audit("login", actor=f"u{n % 2}", at=f"2026-11-2{n}T00:00:00Z")
    store.append_audit("user_add", actor="admin", detail={"after": {"name": "x"}},
                       at="2026-11-27T00:00:00Z")  # fmt: skip
    store.refresh()
    first = store.query_audit(limit=3)
    assert [e["at"][:10] for e in first] == ["2026-11-27", "2026-11-26", "2026-11-25"]
    more = store.query_audit(limit=3, before=first[-1]["id"])
    assert [e["at"][:10] for e in more] == ["2026-11-24", "2026-11-23", "2026-11-22"]
    assert [e["actor"] for e in store.query_audit(action="login", actor="u1")] == ["u1"] * 3
    got = store.query_audit(since="2026-11-22", until="2026-11-24")
    assert [e["at"][:10] for e in got] == ["2026-11-23", "2026-11-22"]
    assert store.query_audit(action=["user_add"])[0]["detail"] == {"after": {"name": "x"}}


def test_bulk_status_change(store):
    hits = [store.upsert_hit(make_hit(n)) for n in range(6)]
    store.set_status(hits[0].id, "confirmed", actor="x")
    res = store.set_status_many(
        [h.id for h in hits] + ["missing-id"], "confirmed", actor="li", note="批量",
        expected_versions={hits[1].id: hits[1].version + 5},
    )  # fmt: skip
    assert sorted(res.changed) == sorted(h.id for h in hits[2:])
    assert res.unchanged == [hits[0].id] and res.missing == ["missing-id"]
    assert "已被他人修改" in res.conflicts[hits[1].id]
    store.refresh()
    assert store.count_hits(status="confirmed") == 5
    entry = store.get_hit(hits[3].id).history[-1]
    assert (entry["actor"], entry["from"], entry["to"], entry["note"]) == ("li", "new",
                                                                           "confirmed", "批量")  # fmt: skip
    assert len(store.query_audit(actor="li")) == 4


def test_seller_filter_and_contact_facet(store):
    store.upsert_hits([make_hit(n, seller=f"卖家{n % 2}") for n in range(6)])
    store.refresh()
    assert store.count_hits(seller="卖家1") == 3
    from pipelines.store.query import HitQuery

    f = store.facets(HitQuery(seller="卖家0"), ["contact", "seller"])
    assert f["contact"] == {"zs0": 1, "zs2": 1, "zs4": 1} and f["seller"] == {"卖家0": 3}
