"""The crawl command's exit codes and messages for input it cannot use."""

from __future__ import annotations

import os
import sqlite3

import pytest


@pytest.mark.parametrize("bad", ["not a url", "ftp://example.com/x", "http://", "example.com/page"])
def test_bad_url_is_a_clear_usage_error(adsweep, tmp_path, bad):
    r = adsweep("crawl", bad, "--store", f"sqlite:///{tmp_path}/a.db")
    assert r.returncode == 2
    assert "not a crawlable URL" in r.stderr
    assert repr(bad) in r.stderr


def test_no_seeds_is_a_usage_error(adsweep, tmp_path):
    r = adsweep("crawl", "--store", f"sqlite:///{tmp_path}/a.db")
    assert r.returncode == 2
    assert "nothing to crawl" in r.stderr


def test_unwritable_store_path_fails_before_crawling(adsweep, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):  # running as root: use a path under a regular file
            target = tmp_path / "file"
            target.write_text("x")
            store = f"sqlite:///{target}/sub/adsweep.db"
        else:
            store = f"sqlite:///{locked}/sub/adsweep.db"
        r = adsweep("crawl", "http://127.0.0.1:9/", "--store", store)
    finally:
        locked.chmod(0o700)
    assert r.returncode == 2
    assert "store unusable" in r.stderr
    assert "Traceback" not in r.stderr


def test_unknown_store_scheme(adsweep):
    r = adsweep("crawl", "http://127.0.0.1:9/", "--store", "mysql://x/y")
    assert r.returncode == 2
    assert "unsupported store URL" in r.stderr


def test_store_that_is_not_a_database_keeps_its_bytes(adsweep, tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are someone's notes, not a database" * 10)
    before = path.read_bytes()
    r = adsweep("crawl", "http://127.0.0.1:9/", "--store", f"sqlite:///{path}")
    assert r.returncode == 2
    assert "store unusable" in r.stderr
    assert path.read_bytes() == before


def test_crawl_that_fetches_nothing_exits_1(adsweep, tmp_path):
    store = tmp_path / "a.db"
    # port 9 (discard) on loopback: connection refused, nothing fetched
    r = adsweep(
        "crawl",
        "http://127.0.0.1:9/",
        "--store",
        f"sqlite:///{store}",
        "--allow-private",
        "127.0.0.0/8",
        "--render",
        "never",
        "--no-screenshots",
        "--no-ocr",
    )
    assert r.returncode == 1, r.stderr
    assert "failed" in r.stderr
    assert sqlite3.connect(store).execute("select count(*) from hits").fetchone()[0] == 0
