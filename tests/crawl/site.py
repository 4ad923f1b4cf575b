"""A scriptable local HTTP server for crawl tests (real sockets, port 0, loopback only).

Each test gives a ``route(path) -> (status, headers, body)`` function; the server counts every
request per path so tests can assert what was (and was not) fetched.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Route = Callable[[str], tuple[int, dict[str, str], bytes]]


class SiteServer:
    """A threaded HTTP server on ``host`` (default 127.0.0.1) and a free port."""

    def __init__(self, route: Route, host: str = "127.0.0.1") -> None:
        self.route = route
        self.hits: Counter[str] = Counter()
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                with server._lock:
                    server.hits[self.path] += 1
                status, headers, body = server.route(self.path)
                self.send_response(status)
                headers = {"Content-Type": "text/html; charset=utf-8", **headers}
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.httpd.daemon_threads = True
        self.host, self.port = host, self.httpd.server_address[1]
        self.base_url = f"http://{host}:{self.port}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> SiteServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, path: str) -> str:
        return self.base_url + path

    def fetched(self, prefix: str = "/") -> int:
        """Requests for paths starting with ``prefix`` (robots.txt excluded)."""
        return sum(n for p, n in self.hits.items() if p.startswith(prefix) and p != "/robots.txt")


def html(body: str, title: str = "page") -> tuple[int, dict[str, str], bytes]:
    page = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    return 200, {}, page.encode("utf-8")


def links(*hrefs: str) -> str:
    return "".join(f'<a href="{h}">{h}</a> ' for h in hrefs)


#: Wording of an illegal certificate ad (several categories), for pages that must become hits.
AD_TEXT = (
    "低压电工证包过，不用考试直接拿证，全国通用可上网查询，本人不用到场。"
    "考场内部安排，替考包过，不过全额退款。联系微信 dgz12345，电话 13812345678。"
)
CLEAN_TEXT = "电工安全培训课程介绍：考试由应急管理部门统一组织，合格后发证，证书可在官方平台查询。"


def ad_site(pages: int = 40, ads_every: int = 4, delay: float = 0.0, wide: bool = False):
    """A route for a site of ``pages`` linked pages; every ``ads_every``-th page is an ad.

    ``wide``: the home page links every page (a big frontier at once, as a search does).
    """
    import time

    def route(path: str) -> tuple[int, dict[str, str], bytes]:
        if delay:
            time.sleep(delay)
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"
        if path == "/":
            step = 1 if wide else 8
            return html(links(*(f"/p/{i}.html" for i in range(0, pages, step))), "首页")
        if path.startswith("/p/") and path.endswith(".html"):
            i = int(path[3:-5])
            if i >= pages:
                return 404, {}, b"not found"
            nxt = [f"/p/{j}.html" for j in (i + 1, i + 2, (i * 7) % pages) if j < pages]
            text = AD_TEXT if i % ads_every == 0 else CLEAN_TEXT
            title = f"电工证代办 {i}" if i % ads_every == 0 else f"培训课程 {i}"
            return html(f"<h1>{title}</h1><p>{text}</p>" + links(*nxt), title)
        return 404, {}, b"not found"

    return route
