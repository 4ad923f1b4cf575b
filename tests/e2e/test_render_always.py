"""Rendering every page in chromium: pages whose charset header lies still read correctly,
and the evidence screenshot shows readable Chinese (checked by OCR of the PNG itself)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawlers.demo.labels import load_labels
from lexicon.ocr import read_image
from tests.conftest import run_adsweep

pytestmark = pytest.mark.browser


def test_render_always_reads_mislabelled_pages_and_screenshots_them(demo_server, tmp_path):
    mislabelled = [
        lb
        for lb in load_labels()
        if lb.path.startswith("/peixun/")
        and lb.is_violation
        and lb.header_charset not in (None, lb.encoding)
    ]
    assert mislabelled, "the demo web has a training page whose header names the wrong charset"
    store = tmp_path / "a.db"
    r = run_adsweep(
        "crawl",
        demo_server.url("/peixun/"),
        "--depth",
        "1",
        "--render",
        "always",
        "--allow-private",
        "127.0.0.0/8",
        "--store",
        f"sqlite:///{store}",
        "--evidence-dir",
        str(tmp_path / "ev"),
        "--no-ocr",
    )
    assert r.returncode == 0, r.stderr[-2000:]
    out = run_adsweep("hits", "export", "--store", f"sqlite:///{store}")
    hits = {json.loads(x)["url"]: json.loads(x) for x in out.stdout.splitlines() if x.strip()}
    for lb in mislabelled:
        hit = hits[demo_server.url(lb.path)]
        assert sorted(hit["categories"]) == sorted(lb.categories)
        assert "\ufffd" not in hit["title"] and "速达" in hit["title"]
        png = Path(tmp_path / "ev" / hit["evidence"]["screenshot"]["path"]).read_bytes()
        seen = read_image(png).text
        assert "速达职业教育" in seen, f"screenshot of {lb.path} is not readable: {seen[:80]!r}"
