"""``adsweep notices verify`` on the demo web: listings taken down after a sent notice are
marked ``removed`` by the re-crawl and the notice is verified; one put back is marked
``reappeared`` and flagged for a follow-up notice. Real crawls, a real store, the real CLI."""

from __future__ import annotations

from pathlib import Path

from pipelines.store import open_store
from pipelines.urls import hit_id
from reports.batch import select_hits
from reports.config import load_config
from reports.workflow import approve, draft, send
from tests.reports.batch import CONFIG

#: Three 安e购 violations (items 1–3 of the demo catalog; item 3 is the ⭐ title).
ITEMS = ("/market/item/1.html", "/market/item/2.html", "/market/item/3.html")
CRAWL = ("--render", "never", "--no-screenshots", "--no-ocr", "--allow-private", "127.0.0.0/8")


def test_verify_marks_removed_and_reappeared(adsweep, demo_server, tmp_path: Path) -> None:
    store = f"sqlite:///{tmp_path}/s.db"
    urls = [demo_server.url(p) for p in ITEMS]
    ids = [hit_id(u) for u in urls]
    r = adsweep("crawl", *urls, "--depth", "0", "--platform", "安e购", "--store", store, *CRAWL,
                cwd=tmp_path)  # fmt: skip
    assert r.returncode == 0, r.stderr[-3000:]
    with open_store(store) as s:  # a reviewer confirms, a supervisor approves, it is sent
        for i in ids:
            s.set_status(i, "confirmed", actor="审核员甲", note="核实属实")
        batch = select_hits(s)
        assert sorted(h.id for h in batch) == sorted(ids)
        doc = draft(s, load_config(CONFIG), "notice", batch, actor="审核员甲",
                    out_dir=tmp_path / "out", addressee="安e购")  # fmt: skip
        approve(s, doc["id"], actor="科长乙")
        send(s, doc["id"], actor="审核员甲", via="平台执法协作通道")

    def verify() -> str:
        r = adsweep("notices", "verify", *CRAWL, "--store", store, "--actor", "审核员甲",
                    cwd=tmp_path)  # fmt: skip
        assert r.returncode == 0, (r.stdout[-2000:], r.stderr[-3000:])
        return r.stdout

    for p in ITEMS:
        demo_server.remove(p)
    try:
        out = verify()
        assert "已删除 3/3" in out and "verified" in out, out
        with open_store(store) as s:
            assert [s.get_hit(i).status for i in ids] == ["removed"] * 3
            assert s.get_notice(doc["id"])["status"] == "verified"
        demo_server.restore(ITEMS[2])  # the seller puts the ⭐ listing back up
        out = verify()
        assert "1 条删除后重新出现，需跟进" in out, out
        with open_store(store) as s:
            assert [s.get_hit(i).status for i in ids] == ["removed", "removed", "reappeared"]
            new = s.get_notice(doc["id"])
            assert new["status"] == "verified" and new["follow_up"] == [ids[2]]
            assert {s.get_hit(i).platform for i in ids} == {"安e购"}  # not erased by re-crawls
            moves = [h["to"] for h in s.get_hit(ids[2]).history if "to" in h]
            assert moves[-3:] == ["noticed", "removed", "reappeared"]
    finally:
        for p in ITEMS:
            demo_server.restore(p)
