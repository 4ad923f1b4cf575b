"""What a page's scripts fetch inside chromium is held to the private-address block too."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.conftest import run_adsweep

pytestmark = pytest.mark.browser

SECRET = "低压电工证 包过 不用考试 直接拿证"


class _Handler(BaseHTTPRequestHandler):
    requests: list[str]
    page: str = ""

    def do_GET(self) -> None:
        type(self).requests.append(self.path)
        if self.path == "/secret":
            body, ctype = SECRET.encode(), "text/plain; charset=utf-8"
        else:
            body, ctype = self.page.encode(), "text/html; charset=utf-8"
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def _serve(host: str, handler: type) -> tuple[ThreadingHTTPServer, str]:
    srv = ThreadingHTTPServer((host, 0), handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv, f"http://{host}:{srv.server_address[1]}"


@pytest.fixture
def servers() -> Iterator[tuple[str, type, type]]:
    inner = type("Inner", (_Handler,), {"requests": []})
    inner_srv, inner_url = _serve("127.0.0.2", inner)
    page = f"""<html><head><title>培训</title></head><body><div id="x"></div><script>
    fetch("{inner_url}/secret").then(r => r.text()).then(t => {{
      document.getElementById("x").textContent = t; }});
    </script></body></html>"""
    outer = type("Outer", (_Handler,), {"requests": [], "page": page})
    outer_srv, outer_url = _serve("127.0.0.1", outer)
    yield outer_url, outer, inner
    for srv in (outer_srv, inner_srv):
        srv.shutdown()
        srv.server_close()


def _crawl(url: str, store: str, allow: str):
    return run_adsweep(
        "crawl",
        url + "/",
        "--depth",
        "0",
        "--render",
        "always",
        "--no-ocr",
        "--no-screenshots",
        "--allow-private",
        allow,
        "--store",
        f"sqlite:///{store}",
    )


def test_page_script_cannot_reach_a_private_address(servers, tmp_path):
    url, outer, inner = servers
    r = _crawl(url, str(tmp_path / "a.db"), "127.0.0.1/32")
    assert r.returncode == 0, r.stderr[-2000:]
    assert outer.requests, "the page itself was fetched"
    assert inner.requests == [], "chromium reached 127.0.0.2 although only 127.0.0.1 is allowed"
    out = run_adsweep("hits", "export", "--store", f"sqlite:///{tmp_path / 'a.db'}")
    assert [json.loads(x) for x in out.stdout.splitlines() if x.strip()] == []


def test_allowed_network_is_reachable_from_the_page(servers, tmp_path):
    url, _, inner = servers
    r = _crawl(url, str(tmp_path / "b.db"), "127.0.0.0/8")
    assert r.returncode == 0, r.stderr[-2000:]
    assert inner.requests == ["/secret"]
    out = run_adsweep("hits", "export", "--store", f"sqlite:///{tmp_path / 'b.db'}")
    hits = [json.loads(x) for x in out.stdout.splitlines() if x.strip()]
    assert len(hits) == 1 and "certificate_sale" in hits[0]["categories"]
