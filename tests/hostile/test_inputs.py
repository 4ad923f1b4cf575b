"""Bad configuration, undecodable bytes, image bombs and a dying OCR worker, without a crawl."""

from __future__ import annotations

import os
import signal
import socket
import time
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from lexicon.errors import ImageError
from lexicon.ocr import OcrPool, check_image
from pipelines.extract import decode_html
from tests.conftest import run_adsweep
from tests.crawl.site import SiteServer
from tests.hostile.web import AD, _bomb_png, _png


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--allow-private", "10.0.0.300/8"], "不是 IP 地址或网段"),
        (["--depth", "-1"], "must be 0 or more"),
        (["--queue", "redis://127.0.0.1:{port}/0"], "Redis queue unreachable"),
        (["-s", "NO_SUCH_SETTING=1"], "known setting"),
    ],
)
def test_bad_configuration_is_a_clear_error_with_exit_2(args: list[str], says: str) -> None:
    args = [a.replace("{port}", str(_free_port())) for a in args]
    r = run_adsweep("crawl", "http://127.0.0.1:9/", *args, timeout=60)
    assert r.returncode == 2, r.stderr
    assert says in r.stderr and "Traceback" not in r.stderr


def test_targets_file_with_a_non_utf8_byte_names_file_and_line(tmp_path: Path) -> None:
    f = tmp_path / "t.yaml"
    f.write_bytes(
        b"targets:\n  - name: a\n    platform: " + "示例".encode("gbk") + b"\n    start_urls: []\n"
    )
    r = run_adsweep("crawl", "--targets", str(f), timeout=60)
    assert r.returncode == 2
    assert f"{f}:3: not UTF-8" in r.stderr and "Traceback" not in r.stderr


def test_nothing_fetched_but_robots_txt_is_exit_1(tmp_path: Path) -> None:
    def route(path: str):
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /\n"
        return 200, {}, AD.encode()

    with SiteServer(route) as site:
        r = run_adsweep(
            "crawl", site.url("/"), "--render", "never", "--no-screenshots", "--no-ocr",
            "--allow-private", "127.0.0.1/32", "--store", f"sqlite:///{tmp_path / 'a.db'}",
            "--evidence-dir", str(tmp_path / "ev"), cwd=tmp_path, timeout=120,
        )  # fmt: skip
    assert r.returncode == 1, r.stderr[-2000:]
    assert "没有抓到任何页面" in r.stderr


def test_one_stray_byte_keeps_a_utf8_page_readable() -> None:
    page = f"<html><head><meta charset=utf-8></head><body><p>欢迎。{AD}</p></body></html>"
    raw = page.encode()
    cut = raw.index("欢迎".encode()) + 3
    d = decode_html(raw[:cut] + b"\xff" + raw[cut:], "text/html; charset=utf-8")
    assert d.encoding == "utf-8" and d.replaced == 1 and "包过" in d.text


def test_gbk_bytes_stay_gbk_with_many_invalid_utf8_sequences() -> None:
    raw = f"<p>{AD}</p>".encode("gbk")
    d = decode_html(raw, "text/html")
    assert d.encoding == "gb18030" and d.replaced == 0 and "包过" in d.text


def test_a_utf16_bom_before_gbk_bytes_is_ignored() -> None:
    d = decode_html(b"\xff\xfe" + f"<html><body><p>{AD}</p></body></html>".encode("gbk"))
    assert d.bom_mismatch and d.encoding == "gb18030" and "包过" in d.text
    real = decode_html(f"<html><body><p>{AD}</p></body></html>".encode("utf-16"))
    assert not real.bom_mismatch and real.encoding == "utf-16" and "包过" in real.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (_bomb_png(), "pixels"),
        (_png(400, 300)[:20], "undecodable"),
        (b"<html>not an image</html>", "format"),
        (b"", "empty"),
    ],
)
def test_images_are_refused_from_their_header(data: bytes, reason: str) -> None:
    with pytest.raises(ImageError) as e:
        check_image(data)
    assert e.value.reason == reason


def test_a_killed_ocr_worker_is_replaced() -> None:
    """SIGKILL the worker (what the OOM killer does): the image in flight fails, counted as a
    death; the next image is read by a new worker."""
    with OcrPool(max_workers=1) as pool:
        assert pool.submit(_png(64, 32)).result(timeout=120).text == ""
        victim = pool.submit(_png(96, 48))
        for pid in pool.pids():
            os.kill(pid, signal.SIGKILL)
        with pytest.raises(BrokenProcessPool):
            victim.result(timeout=60)
        deadline = time.monotonic() + 30
        while not getattr(pool._pool, "_broken", False) and time.monotonic() < deadline:
            time.sleep(0.05)
        reading = pool.submit(_png(128, 64)).result(timeout=120)
        assert reading.text == "" and pool.deaths == 1 and pool.pids()


def test_verify_reports_a_run_that_was_never_sealed(tmp_path: Path) -> None:
    from pipelines.evidence.archive import EvidenceArchive
    from pipelines.evidence.verify import verify_run

    archive = EvidenceArchive(tmp_path)
    archive.append_entry("r1", {"kind": "note"})
    assert [p.what for p in verify_run(archive, "r1").problems] == ["unsealed"]
    fd = archive.hold("r1")  # a live crawl still writing it: not a problem yet
    assert verify_run(archive, "r1").ok
    archive.release(fd)
    archive.seal("r1")
    assert verify_run(archive, "r1").ok
