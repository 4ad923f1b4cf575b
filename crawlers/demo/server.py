"""The demo web: a threaded HTTP server on 127.0.0.1 that ``adsweep demo`` and the tests crawl.

It serves a marketplace (dynamic search and item pages from ``catalog.yaml``), a training
school, a violating training agency, a classifieds board, a look-alike certificate portal,
regulator pages, a news report and job posts (static UTF-8 sources under ``site/``). Each page is
encoded at serve time as ``labels.yaml`` says, including the wrong-charset-header cases real
marketplaces produce. Tests can take a listing down (:meth:`DemoServer.remove`) and count how
often each page was fetched (:meth:`DemoServer.hits_for`).

Run ``python -m crawlers.demo.server`` to serve it in the foreground.
"""

from __future__ import annotations

import argparse
import mimetypes
import threading
import time
import traceback
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlencode, urljoin, urlsplit

from crawlers.demo import market
from crawlers.demo.labels import Label, load_labels

__all__ = ["SITE_DIR", "DemoServer", "canonical_target", "main"]

SITE_DIR = Path(__file__).with_name("site")

#: Section homes a crawl starts from; together they reach every labelled page by links.
SEED_PATHS: tuple[str, ...] = ("/", "/market/")

ROBOTS_TXT = "User-agent: *\nDisallow: /private/\n"


def canonical_target(path_or_url: str) -> str:
    """One key per page for request counting: decoded path plus sorted, decoded query."""
    parts = urlsplit(path_or_url)
    query = sorted(parse_qsl(parts.query, keep_blank_values=True))
    path = unquote(parts.path) or "/"
    return path + ("?" + urlencode(query) if query else "")


class _Reply:
    """A response the handler writes: status, headers and body bytes."""

    def __init__(self, status: int, body: bytes = b"", ctype: str = "text/html", **headers: str):
        self.status = status
        self.body = body
        self.headers = {"Content-Type": ctype, **headers}


class _Handler(BaseHTTPRequestHandler):
    server: _DemoHTTPServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self._send(self._reply(), with_body=True)

    def do_HEAD(self) -> None:
        self._send(self._reply(), with_body=False)

    def _reply(self) -> _Reply:
        """The page, or a 500 with the traceback on stderr: a broken demo page must be loud."""
        try:
            return self.server.demo.respond(self.path)
        except Exception:
            traceback.print_exc()
            return _Reply(500, "500 服务器内部错误".encode(), "text/plain; charset=utf-8")

    def _send(self, reply: _Reply, with_body: bool) -> None:
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if with_body:
            self.wfile.write(reply.body)

    def log_message(self, format: str, *args: object) -> None:
        """Silent: a crawl of ~70 pages would otherwise flood the test output."""


class _DemoHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    # A crawl opens many connections at once; the default backlog of 5 makes the kernel drop
    # SYNs and clients stall for a one-second retransmit.
    request_queue_size = 128
    demo: DemoServer


class DemoServer:
    """The demo web on 127.0.0.1, started in a background thread (a context manager).

    ``port=0`` picks a free port; ``base_url`` then names it. Request counts and removals are
    thread-safe, because a crawl fetches pages concurrently.
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self._labels = {lb.path.split("?")[0]: lb for lb in load_labels()}
        self._lock = threading.Lock()
        self._hits: Counter[str] = Counter()
        self._removed: set[str] = set()
        self._httpd = _DemoHTTPServer((host, port), _Handler)
        self._httpd.demo = self
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> DemoServer:
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.1},
            name="adsweep-demo-web",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread:
            self._thread.join(timeout=5)

    def __enter__(self) -> DemoServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- public API ------------------------------------------------------------------------
    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def url(self, path: str) -> str:
        return urljoin(self.base_url, path)

    def seeds(self) -> list[str]:
        """Seed URLs from which links (and rendering, for script-built lists) reach every page."""
        return [self.url(p) for p in SEED_PATHS]

    def remove(self, path: str) -> None:
        """Take a page down: it then answers the way its kind of site answers a removal."""
        with self._lock:
            self._removed.add(canonical_target(path))

    def restore(self, path: str) -> None:
        """Put a removed page back."""
        with self._lock:
            self._removed.discard(canonical_target(path))

    def is_removed(self, path: str) -> bool:
        key = canonical_target(path)
        with self._lock:
            return key in self._removed or key.split("?")[0] in self._removed

    def removed_item_ids(self) -> set[int]:
        """Ids of removed market items (search and listings leave them out, as platforms do)."""
        with self._lock:
            keys = list(self._removed)
        return {i for i in (market.item_id(k) for k in keys) if i is not None}

    def hits_for(self, path: str) -> int:
        """How many times a page (path or URL; query order and escaping ignored) was requested."""
        with self._lock:
            return self._hits[canonical_target(path)]

    def hits(self) -> dict[str, int]:
        """A snapshot of all request counts, keyed by :func:`canonical_target`."""
        with self._lock:
            return dict(self._hits)

    def reset_hits(self) -> None:
        with self._lock:
            self._hits.clear()

    # -- serving ---------------------------------------------------------------------------
    def respond(self, target: str) -> _Reply:
        """The reply to one GET of ``target`` (a request path with its query)."""
        key = canonical_target(target)
        with self._lock:
            self._hits[key] += 1
        parts = urlsplit(target)
        path = unquote(parts.path)
        if self.is_removed(target):
            return self._removed_reply(path)
        if path == "/robots.txt":
            return _Reply(200, ROBOTS_TXT.encode(), "text/plain; charset=utf-8")
        html = market.render(path, dict(parse_qsl(parts.query)), self, self._charset_of(path))
        if html is not None:
            return self._page(path, html)
        return self._static(path)

    def _charset_of(self, path: str) -> str:
        """The charset a page declares in its own meta tag (what its header claims, if any)."""
        label = self._labels.get(path)
        if label is None:
            return "utf-8"
        return label.header_charset or label.encoding

    def _page(self, path: str, html: str, status: int = 200) -> _Reply:
        label: Label | None = self._labels.get(path)
        encoding = label.encoding if label else "utf-8"
        header = label.header_charset if label else "utf-8"
        ctype = f"text/html; charset={header}" if header else "text/html"
        return _Reply(status, html.encode(encoding), ctype)

    def _static(self, path: str) -> _Reply:
        file = _site_file(path)
        if file is None:
            return self._page(path, market.render_status("notfound"), 404)
        if file.suffix == ".html":
            return self._page(path, file.read_text(encoding="utf-8"))
        ctype = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        if ctype.startswith("text/") or ctype.endswith("javascript"):
            ctype += "; charset=utf-8"
        return _Reply(200, file.read_bytes(), ctype, **{"Cache-Control": "max-age=3600"})

    def _removed_reply(self, path: str) -> _Reply:
        """Platforms answer a takedown differently; vary it by section like they do."""
        if path.startswith("/market/item/"):
            location = f"/market/removed.html?id={market.item_id(path)}"
            return _Reply(302, b"", "text/html; charset=utf-8", Location=location)
        if path.startswith("/cxmem/"):
            return _Reply(410, market.render_status("gone").encode(), "text/html; charset=utf-8")
        if path.startswith("/fenlei/"):
            # A "soft 404": the classifieds board says the post is gone but answers 200.
            return _Reply(200, market.render_status("deleted").encode(), "text/html; charset=utf-8")
        return _Reply(404, market.render_status("notfound").encode(), "text/html; charset=utf-8")


def _site_file(path: str) -> Path | None:
    """The source file under ``site/`` that serves ``path`` (a directory serves index.html)."""
    rel = path.lstrip("/")
    if rel == "" or rel.endswith("/"):
        rel += "index.html"
    file = (SITE_DIR / rel).resolve()
    if not file.is_relative_to(SITE_DIR.resolve()) or not file.is_file():
        return None
    return file


def main(argv: list[str] | None = None) -> int:
    """Serve the demo web in the foreground until Ctrl-C."""
    parser = argparse.ArgumentParser(description="adsweep 演示网站（仅监听 127.0.0.1）")
    parser.add_argument("--port", type=int, default=0, help="端口，默认自动选择空闲端口")
    args = parser.parse_args(argv)
    with DemoServer(port=args.port) as srv:
        print(f"演示网站已启动：{srv.base_url}", flush=True)
        print("起始地址：" + "  ".join(srv.seeds()), flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            print("已停止。")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
