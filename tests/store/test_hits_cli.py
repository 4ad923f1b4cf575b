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


def test_export_jsonl_and_csv(store, tmp_path, capsys):
    store_url = store.url
    store.upsert_hits(make_hit(n, status="confirmed" if n % 2 else "new") for n in range(1203))
    store.refresh()
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


def test_store_info_names_engine_version_indices_aliases_and_counts(store, capsys):
    store.upsert_hits(make_hit(n) for n in range(7))
    store.start_run({"id": "r1", "status": "running"})
    store.refresh()
    r = _run(capsys, "store", "info", "--store", store.url, "--json")
    assert r.returncode == 0, r.stderr
    info = json.loads(r.stdout)
    assert info["counts"]["hits"] == 7 and info["counts"]["runs"] == 1
    if info["engine"] == "sqlite":
        assert info["version"] and info["schema"] >= 3
    else:
        prefix = info["prefix"]
        assert info["aliases"][f"{prefix}-hits"] == f"{prefix}-hits-v2"
        hits_index = next(i for i in info["indices"] if i["index"] == f"{prefix}-hits-v2")
        assert hits_index["docs"] == 7 and hits_index["health"] == "green"
    if info["engine"] == "opensearch":  # the session's real node
        assert info["version"] == "2.19.6"
    text = _run(capsys, "store", "info", "--store", store.url).stdout
    assert f"存储引擎  {info['engine']}" in text and "命中记录（hits）7" in text


def test_crawl_and_export_against_the_real_node(opensearch_node, demo_server, adsweep, tmp_path):
    """``adsweep crawl --store http://127.0.0.1:PORT`` and ``adsweep hits export`` on the node."""
    from pipelines.store.elastic_admin import drop
    from tests.store.storefactory import es_url

    url = es_url(opensearch_node.url)
    r = adsweep("crawl", demo_server.base_url, "--store", url, "--depth", "1",
                "--allow-private", "127.0.0.0/8", "--render", "never", "--no-screenshots",
                "--no-ocr", cwd=tmp_path)  # fmt: skip
    assert r.returncode == 0, r.stderr[-3000:]
    assert url.split("?")[0] in r.stdout  # the summary names the store
    out = tmp_path / "hits.jsonl"
    r = adsweep("hits", "export", "--store", url, "-o", str(out), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    exported = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]

    with open_store(url) as store:
        store.refresh()
        assert store.engine == "opensearch"
        assert len(exported) == store.count_hits() > 0
        assert {h["id"] for h in exported} == {h.id for h in store.iter_hits()}
        drop(store)
