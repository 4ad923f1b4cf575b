"""``adsweep hits export``: streams every hit as JSON lines or CSV, filters applied."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

from pipelines.store import open_store
from tests.store.storefactory import make_hit

HERE = Path(__file__).resolve().parent


def _adsweep(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(HERE.parent.parent))
    return subprocess.run([sys.executable, "-m", "crawlers", *args], capture_output=True,
                          text=True, timeout=120, env=env)  # fmt: skip


def _run(capsys, *args: str) -> subprocess.CompletedProcess:
    """In process (fast); same exit code and output as the command line."""
    from crawlers.cli import main

    rc = main(list(args))
    out = capsys.readouterr()
    return subprocess.CompletedProcess(args, rc, out.out, out.err)


def test_export_jsonl_and_csv(store_url, tmp_path, capsys):
    with open_store(store_url) as store:
        store.upsert_hits(make_hit(n, status="confirmed" if n % 2 else "new") for n in range(1203))
        store.refresh()
        if hasattr(store, "es"):
            store.es.indices.refresh(index=f"{store.prefix}-*")
    out = tmp_path / "h.jsonl"
    r = _run(capsys, "hits", "export", "--store", store_url, "-o", str(out))
    assert r.returncode == 0, r.stderr
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(recs) == 1203 == len({r["id"] for r in recs}) and "已导出 1203 条" in r.stderr
    rec = recs[0]
    for key in ("url", "final_url", "title", "platform", "shop", "categories", "first_seen",
                "last_seen", "status"):  # fmt: skip
        assert key in rec
    assert set(rec["findings"][0]) == {"rule_id", "category", "severity", "matched", "excerpt",
                                       "source"}  # fmt: skip
    r = _run(capsys, "hits", "export", "--store", store_url, "--format", "csv", "--status", "new")
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(r.stdout.splitlines()))
    assert len(rows) == 602 and {row["status"] for row in rows} == {"new"}
    assert json.loads(rows[0]["findings"])[0]["matched"] == "包过"
    assert "CS-001[high] 包过" in rows[0]["findings_summary"]
    r = _run(capsys, "hits", "count", "--store", store_url, "--status", "confirmed")
    assert r.stdout.strip() == "601"


def test_export_bad_store_is_a_usage_error():
    r = _adsweep("hits", "export", "--store", "ftp://nowhere")
    assert r.returncode == 2 and "无法打开存储" in r.stderr
