"""A page full of script, event handlers, javascript:/data: URLs, style and CSS injection is
crawled for real (chromium renders it, the evidence pipeline keeps it); then its hit is opened
in the reviewer in chromium. Nothing of it may run or load there: no dialog, no console error,
no request to anywhere but the reviewer, and the hostile text shows as text."""

from __future__ import annotations

import html
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar
from urllib.parse import quote

import pytest

from pipelines.store import open_store
from tests.conftest import run_adsweep
from tests.reviewer.browser import guarded, login, serve, shot
from tests.reviewer.helpers import TEST_PASSWORDS, Fixture

pytestmark = [pytest.mark.browser, pytest.mark.slow]

#: Text the page shows (escaped in its HTML) that would run if the reviewer ever unescaped it.
SHOWN = "<script>alert(document.cookie)</script>"
TEMPLATE_PROBE = "{{7*7}}${7*7}"


TITLE_TAIL = "<script>alert('title')</script>\"><img src=x onerror=alert(1)>"


def hostile_page(base: str) -> str:
    b = f"{base}/beacon"
    return f"""<!doctype html><html><head><meta charset="utf-8">
<title>低压电工证 包过 {html.escape(TITLE_TAIL)}</title>
<base href="{b}/base/">
<link rel="stylesheet" href="{b}/link.css"><link rel="prefetch" href="{b}/prefetch">
<style>@import url("{b}/import.css"); body {{ background: url({b}/bg.png) }}
</style><script>window.__pwned = 1; fetch("{b}/script-fetch");</script>
</head><body onload="alert('onload')">
<h1 onmouseover="alert('h1')">低压电工证代办 不用考试 直接拿证 微信 evil-zj999</h1>
<p>包过 {html.escape(SHOWN)} {html.escape("<img src=x onerror=alert(2)>")}</p>
<p>{html.escape("</textarea></style><script>alert(3)</script>")} {TEMPLATE_PROBE}
 javascript:alert(4) {html.escape("<a href=javascript:alert(5)>x</a>")}</p>
<p style="background:url({b}/inline.png)">expression(alert(6)) url(javascript:alert(7))
 {html.escape("<style>*{background:url(" + b + "/css-in-text.png)}</style>")}</p>
<img src="{b}/img.png" onerror="alert('img')">
<img src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' onload='alert(8)'/%3E">
<a href="javascript:alert('link')">点我领证</a>
<iframe src="{b}/frame"></iframe><svg><script>alert(9)</script></svg>
<form action="{b}/form"><input autofocus onfocus="alert(10)"></form>
<object data="{b}/object"></object><video poster="{b}/poster.png"></video>
</body></html>"""


class _Handler(BaseHTTPRequestHandler):
    seen: ClassVar[list[str]] = []
    page = ""

    def do_GET(self) -> None:
        type(self).seen.append(self.path)
        if self.path.startswith("/p/"):
            body, ctype, code = self.page.encode(), "text/html; charset=utf-8", 200
        else:
            body, ctype, code = b"", "text/plain", 404
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Iterator[tuple[Fixture, type, str]]:
    handler = type("Hostile", (_Handler,), {"seen": []})
    srv = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{srv.server_address[1]}"
    handler.page = hostile_page(base)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    root = tmp_path_factory.mktemp("hostile")
    url = base + "/p/" + quote('"><svg onload=alert(11)>.html')
    r = run_adsweep("crawl", url, "--depth", "0", "--render", "always", "--no-ocr",
                    "--allow-private", "127.0.0.0/8", "--store", f"sqlite:///{root / 's.db'}",
                    "--evidence-dir", str(root / "ev"))  # fmt: skip
    assert r.returncode == 0, r.stderr[-2000:]
    store = open_store(f"sqlite:///{root / 's.db'}")
    hits = list(store.iter_hits())
    assert len(hits) == 1 and SHOWN in hits[0].text, "the crawl kept the hostile text"
    store.put_user({"name": "zhangsan", "role": "admin",
                    "password_hash": TEST_PASSWORDS.hash("correct-horse-1")})  # fmt: skip
    yield Fixture(store, [hits[0].id], root / "ev", root), handler, base
    store.close()
    srv.shutdown()
    srv.server_close()


PAGES = ["/hits/{id}", "/hits/{id}/open", "/queue", "/queue?q=包过", "/review", "/cases",
         "/cases/wechat:evil-zj999", "/rules", "/dashboard", "/audit"]  # fmt: skip


def test_nothing_from_a_hostile_page_runs_or_loads_in_the_reviewer(hostile, browser):
    fx, handler, hostile_base = hostile
    hid = fx.ids[0]
    assert fx.store.get_hit(hid).evidence.get("screenshot"), "rendered with a screenshot"
    with serve(fx) as server:
        page, guard = guarded(browser, server.url)
        login(page, server.url, "zhangsan")
        crawled = len(handler.seen)
        for path in PAGES:
            page.goto(server.url + path.format(id=hid))
            page.wait_for_load_state("networkidle")
            assert page.evaluate("typeof window.__pwned") == "undefined", path
            scripts = page.eval_on_selector_all("script", "s => s.map(x => x.src)")
            assert scripts == [f"{server.url}/static/app.js"], (path, scripts)
            if path == "/hits/{id}":
                shot(page, "hostile-hit")
                page.click("details:has(.text-box) summary")  # the page text, opened
                body = page.inner_text(".text-box")
                assert SHOWN in body and TEMPLATE_PROBE in body  # shown as text, not run
                assert "<img src=x onerror=alert(1)>" in page.inner_text("h1")
                imgs = page.eval_on_selector_all("img", "i => i.map(x => x.getAttribute('src'))")
                assert len(imgs) == 1 and imgs[0].startswith("/evidence/screenshot/")
                assert page.eval_on_selector("img.shot", "i => i.naturalWidth") > 100
                page.hover("h1")
        page.context.close()
    guard.check()
    assert handler.seen[crawled:] == [], "the reviewer's browser reached the hostile server"
    assert not any(u.startswith(hostile_base) for u in guard.requests)
