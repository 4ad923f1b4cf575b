"""``scrapy crawl sweep`` keeps working inside the repo, as Scrapy users expect."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_scrapy_crawl_sweep_from_repo_root(demo_server, tmp_path):
    store = tmp_path / "s.db"
    scrapy = Path(sys.executable).with_name("scrapy")
    r = subprocess.run(
        [
            str(scrapy),
            "crawl",
            "sweep",
            "-a",
            f"seeds={demo_server.url('/peixun/')}",
            "-s",
            "ADSWEEP_DEPTH=1",
            "-s",
            "ADSWEEP_RENDER=never",
            "-s",
            "ADSWEEP_ALLOW_PRIVATE=127.0.0.0/8",
            "-s",
            f"STORE_URL=sqlite:///{store}",
            "-s",
            "ADSWEEP_SCREENSHOTS=0",
            "-s",
            "LEXICON_OCR=0",
            "-s",
            f"EVIDENCE_DIR={tmp_path / 'ev'}",
            "-s",
            "LOG_LEVEL=INFO",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert r.returncode == 0, r.stderr[-2000:]
    assert "'adsweep/detect/pages':" in r.stderr
    with sqlite3.connect(store) as db:
        hits = db.execute("select count(*) from hits").fetchone()[0]
    assert hits >= 3
