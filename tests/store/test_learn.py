"""``adsweep lexicon learn`` on a real SQLite store filled through the store contract.

Hits come from the real detector on own-words pages; reviewers' decisions go through
``Store.set_status`` (with the reviewer's reject ``reason`` id and a note), and
the command turns them into labelled data, retrains and reports field precision per rule.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from pipelines.learn import field_precision, stored_rules, triaged_hits
from pipelines.store import open_store
from tests.store.storefactory import make_hit

CORPUS = Path(__file__).parents[1] / "corpus" / "styles.jsonl"
OFFERS = [
    "低压电工证代办，不用考试，加微信 dg12345678",
    "焊工证代办，不用考试，包过，电话13812345678",
    "登高证代办 不去考场 官网可查 v: dgz-99887",
]
#: Lawful training headlines CS-001 fires on (快速拿证 reads as a shortcut): a reviewer rejects
#: them. (Guide headings, 报考指南, no longer fire: CS-001 reads them as the lawful route.)
GUIDES = [
    "焊工证培训班：快速拿证上岗，月底开课",
    "叉车证培训：快速拿证上岗，工资翻倍",
    "电工证培训：快速拿证上岗，就业无忧",
]


@pytest.fixture(scope="module")
def det():
    from lexicon import get_detector

    return get_detector()


def _reject(store, hit_id: str, note: str) -> None:
    store.set_status(hit_id, "rejected", actor="审核员", reason="lawful_training", note=note)


def _fill(store, det) -> None:
    hits = []
    for n, text in enumerate(OFFERS + GUIDES + ["电工证今天到手了，开心"]):
        res = det.scan(text, packs=["special-ops", "training-ads", "certificates"])
        findings = [f.to_dict() for f in res.findings]
        hits.append(make_hit(n, text=text, title="", findings=findings,
                             categories=res.categories or ["certificate_sale"]))  # fmt: skip
    store.upsert_hits(hits)
    for h in hits[:3]:
        store.set_status(h.id, "confirmed", actor="审核员")
    store.set_status(hits[2].id, "noticed", actor="审核员")  # still a confirmation
    for h in hits[3:6]:
        _reject(store, h.id, "合法的培训宣传")
    store.set_status(hits[6].id, "rejected", actor="审核员", note="重复")  # ← kept: no reason id
    store.refresh()


def test_triage_becomes_labels_and_field_precision(det, tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        _fill(store, det)
        triaged = triaged_hits(store)
    assert [t.label for t in triaged].count("confirmed") == 3
    assert [t.label for t in triaged].count("rejected") == 4
    cs = field_precision(triaged, stored_rules)["CS-001"]
    assert (cs.confirmed, cs.rejected) == (3, 3) and cs.precision == 0.5
    assert cs.reasons == {"lawful_training": 3}


def test_learn_retrains_and_reports_rules_for_review(det, adsweep, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with open_store(f"sqlite:///{db}") as store:
        _fill(store, det)
    model, export = tmp_path / "model.json", tmp_path / "labels.jsonl"
    r = adsweep(
        "lexicon", "learn", "--store", f"sqlite:///{db}", "-o", str(model), "--data",
        str(CORPUS), "--export", str(export), "--json",
    )  # fmt: skip
    assert r.returncode == 0, r.stderr[-3000:]
    report = json.loads(r.stdout)
    assert (report["triaged"], report["confirmed"], report["rejected"]) == (7, 3, 4)
    rows = {row["rule"]: row for row in report["rules"]}
    assert rows["CS-001"]["stored"] == {"confirmed": 3, "rejected": 3, "precision": 0.5}
    assert rows["CS-001"]["before"]["precision"] is not None
    assert "CS-001" in report["review"]  # below 0.8 on 6 triaged hits
    trained = json.loads(model.read_text("utf-8"))
    assert trained["version"] == report["model"]
    assert {"file": "store triage", "part": "all", "rows": report["examples"]} in trained[
        "trained_on"
    ]
    assert len(export.read_text(encoding="utf-8").splitlines()) == report["exported"] >= 7
    from crawlers.cli.learn import _print

    buf = io.StringIO()
    _print(report, buf)
    assert "现场查准率" in buf.getvalue() and "CS-001" in buf.getvalue()
    assert "合法培训宣传×3" in buf.getvalue()  # the reviewer's reason, in its Chinese label
    assert "需复核" in buf.getvalue()


def test_learn_needs_decisions(adsweep, tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    open_store(f"sqlite:///{db}").close()
    r = adsweep("lexicon", "learn", "--store", f"sqlite:///{db}", "-o", str(tmp_path / "m.json"))
    assert r.returncode == 2 and "没有已确认或已驳回" in r.stderr
