"""A hostile web on 127.0.0.1: every trick an evader's server can play, next to good pages.

Each trap ``/t/<name>`` has a good sibling ``/good/<name>`` (an illegal ad that must become a
stored hit) linked from the index, so a test can prove the trap was met, counted, and cost
nothing around it. The server speaks raw HTTP over sockets so it can also misbehave below HTTP:
reset connections, stay silent, trickle bytes, never end.

Run alone (for the network-namespace tests and ``benchmarks/soak.py``)::

    python -m tests.hostile.web --port-file PORT_FILE [--host 127.0.0.1]
"""

from __future__ import annotations

import argparse
import functools
import os
import random
import re
import socket
import socketserver
import struct
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

__all__ = ["AD", "BROWSER_PAGES", "BROWSER_REDIRECTS", "TRAPS", "HostileWeb", "good_paths"]

#: An illegal certificate ad (several categories); every good page carries it.
AD = (
    "低压电工证包过，不用考试直接拿证，全国通用可上网查询，本人不用到场。"
    "考场内部安排，替考包过，不过全额退款。联系微信 dgz12345，电话 13812345678。"
)
SHORT_AD = "低压电工证包过，不用考试直接拿证。"

Raw = Callable[[socket.socket], None]
Answer = tuple[int, dict[str, str], bytes] | Raw


def _page(body: str, title: str = "页面", head: str = "", charset: str = "utf-8") -> bytes:
    html = (
        f"<html><head><meta charset='{charset}'><title>{title}</title>{head}</head>"
        f"<body>{body}</body></html>"
    )
    return html.encode("utf-8")


def _html(body: str, title: str = "页面", head: str = "") -> Answer:
    return 200, {"Content-Type": "text/html; charset=utf-8"}, _page(body, title, head)


@functools.cache
def _gzip_bomb() -> bytes:
    """512 MiB of zeros in about 2.3 MB of gzip."""
    comp = zlib.compressobj(1, zlib.DEFLATED, 31)
    block = bytes(1 << 20)
    return b"".join([comp.compress(block) for _ in range(512)] + [comp.flush()])


@functools.cache
def _brotli_bomb() -> bytes:
    """1 GiB of zeros in about 1.6 KB of brotli."""
    import brotli

    comp = brotli.Compressor(quality=5)
    block = bytes(1 << 20)
    return b"".join([comp.process(block) for _ in range(1024)] + [comp.finish()])


def _png(width: int, height: int, rows: bytes | None = None) -> bytes:
    """A PNG whose header says ``width`` × ``height`` (grey); ``rows`` defaults to all black."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    if rows is None:
        comp = zlib.compressobj(9)
        line = bytes(width + 1)
        parts = [comp.compress(line) for _ in range(min(height, 200))]
        rows = b"".join([*parts, comp.flush()])
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")


@functools.cache
def _bomb_png() -> bytes:
    """Header: 50,000 × 50,000 pixels (2.5 gigapixels); only a few rows of data follow."""
    return _png(50_000, 50_000)


# -- raw misbehaviour --------------------------------------------------------------------------


def _send_head(sock: socket.socket, headers: dict[str, str], status: str = "200 OK") -> None:
    lines = [f"HTTP/1.1 {status}", *(f"{k}: {v}" for k, v in headers.items()), "", ""]
    sock.sendall("\r\n".join(lines).encode("latin-1"))


def _stream(total: int | None, length: bool) -> Raw:
    """``total`` bytes of HTML text (None: for ever), with or without Content-Length."""

    def run(sock: socket.socket) -> None:
        headers = {"Content-Type": "text/html; charset=utf-8", "Connection": "close"}
        if length and total is not None:
            headers["Content-Length"] = str(total)
        _send_head(sock, headers)
        block = b"<p>" + "填充文字".encode() * 5000 + b"</p>\n"
        sent = 0
        while total is None or sent < total:
            piece = block if total is None else block[: total - sent]
            sock.sendall(piece)
            sent += len(piece)

    return run


def _bomb(kind: str, length: bool) -> Raw:
    def run(sock: socket.socket) -> None:
        body = _gzip_bomb() if kind == "gzip" else _brotli_bomb()
        headers = {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": kind}
        if length:
            headers["Content-Length"] = str(len(body))
        _send_head(sock, {**headers, "Connection": "close"})
        sock.sendall(body)

    return run


def _slow(sock: socket.socket) -> None:
    _send_head(sock, {"Content-Type": "text/html; charset=utf-8", "Content-Length": "100000"})
    for _ in range(600):
        sock.sendall(b"<")
        time.sleep(1)


def _silent(sock: socket.socket) -> None:
    time.sleep(600)


def _reset(sock: socket.socket) -> None:
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


# -- trap pages --------------------------------------------------------------------------------


def _links(*hrefs: str) -> str:
    return "".join(f'<a href="{h}">链接</a> ' for h in hrefs)


def _script_page(script: str, title: str) -> Answer:
    """Little static text and a script: ``--render auto`` opens it in chromium."""
    return _html(f"<p>{SHORT_AD}</p><script>{script}</script>", title)


def _charset_lie(_: str) -> Answer:
    body = _page(f"<p>{AD}</p>", "标签撒谎", charset="gbk")
    return 200, {"Content-Type": "text/html; charset=gbk"}, body


def _stray_byte(_: str) -> Answer:
    body = _page(f"<p>欢迎光临本店。</p><p>{AD}</p>", "多一个字节")
    cut = body.index("欢迎".encode()) + 3
    return 200, {"Content-Type": "text/html"}, body[:cut] + b"\xff" + body[cut:]


def _bom_lie(_: str) -> Answer:
    html = f"<html><head><title>假BOM</title></head><body><p>{AD}</p></body></html>"
    return 200, {"Content-Type": "text/html"}, b"\xff\xfe" + html.encode("gbk")


def _binary(_: str) -> Answer:
    rnd = random.Random(13)
    return 200, {"Content-Type": "text/html"}, bytes(rnd.randrange(256) for _ in range(50_000))


def _deep(_: str) -> Answer:
    return _html("<div>" * 10_000 + f"<p>{AD}</p>" + "</div>" * 10_000, "深层嵌套")


@functools.cache
def _huge_text_body() -> bytes:
    filler = "普通商品描述文字，" * (20 * 1024 * 1024 // 27)
    return _page(f"<p>{filler}{AD}</p>", "巨大文本")


def _calendar(path: str) -> Answer:
    m = re.search(r"(\d{4})-(\d{2})", path)
    y, mo = (int(m.group(1)), int(m.group(2))) if m else (2026, 1)
    y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return _html(_links(f"/t/calendar/{y}-{mo:02d}"), "日历")


def _session(path: str) -> Answer:
    """Every link carries a fresh session id: a named one (sid) and an unnamed token (k)."""
    token, other = os.urandom(16).hex(), os.urandom(12).hex()
    return _html(
        _links(
            f"/t/session/list?sid={token}",
            f"/t/session/item?sid={token}&id=1",
            f"/t/session/view?k={other}",
            f"/t/session/s;jsessionid={token.upper()}",
        ),
        "会话",
    )


def _params(path: str) -> Answer:
    query = dict(parse_qsl(urlsplit(path).query))
    names = ["color", "size", "brand", "sort", "price", "area", "year", "style", "page"]
    hrefs = []
    for n in names:
        q = {**query, n: str(len(query) + 1)}
        hrefs.append("/t/params?" + "&".join(f"{k}={v}" for k, v in sorted(q.items())))
    return _html(_links(*hrefs), "筛选")


def _many_links(path: str) -> Answer:
    if path.rstrip("/") != "/t/many-links":
        return _html("<p>普通页面</p>", "链接页")
    return _html(_links(*(f"/t/many-links/{i}" for i in range(100_000))), "十万链接")


def _image_page(src: str, title: str) -> Answer:
    return _html(f"<p>{AD}</p><p>{AD}</p><p>{AD}</p><img src='{src}' alt=''>", title)


_SCRIPTS = {
    "alert-loop": "for (;;) { alert('包过'); }",
    "popups": "for (let i = 0; i < 60; i++) { window.open('/popup/' + i); }",
    "never-idle": "setInterval(() => fetch('/ping?' + Date.now()), 150);",
    "js-redirect-loop": (
        "setTimeout(() => location.replace('/t/js-redirect-loop?n=' + Date.now()), 50);"
    ),
    "infinite-scroll": (
        "document.body.style.minHeight = '200000px';"
        "window.addEventListener('scroll', () => { const p = document.createElement('p');"
        " p.textContent = '更多'; document.body.appendChild(p); });"
    ),
}

#: Trap name → how it answers. Paths under ``/t/<name>`` (and below) reach the same handler.
TRAPS: dict[str, Callable[[str], Answer]] = {
    "size-cl": lambda p: _stream(64 * 1024 * 1024, length=True),
    "size-nocl": lambda p: _stream(64 * 1024 * 1024, length=False),
    "endless": lambda p: _stream(None, length=False),
    "gzip-bomb": lambda p: _bomb("gzip", length=True),
    "gzip-bomb-nocl": lambda p: _bomb("gzip", length=False),
    "br-bomb": lambda p: _bomb("br", length=True),
    "slow": lambda p: _slow,
    "silent": lambda p: _silent,
    "reset": lambda p: _reset,
    "redirect-loop": lambda p: (
        (302, {"Location": "/t/redirect-loop/b"}, b"")
        if not p.endswith("/b")
        else (302, {"Location": "/t/redirect-loop"}, b"")
    ),
    "redirect-chain": lambda p: (
        (
            302,
            {"Location": f"/t/redirect-chain/{int(p.rsplit('/', 1)[-1] or 0) + 1}"},
            b"",
        )
        if p.rsplit("/", 1)[-1].isdigit()
        else (302, {"Location": "/t/redirect-chain/1"}, b"")
    ),
    "meta-refresh-loop": lambda p: _html(
        "<p>跳转中</p>",
        "刷新",
        f"<meta http-equiv='refresh' content='0;url=/t/meta-refresh-loop?n={time.time_ns()}'>",
    ),
    "charset-lie": _charset_lie,
    "stray-byte": _stray_byte,
    "bom-lie": _bom_lie,
    "binary-as-html": _binary,
    "octet-stream": lambda p: (200, {"Content-Type": "application/octet-stream"}, bytes(5000)),
    "deep-nesting": _deep,
    "huge-text": lambda p: (200, {"Content-Type": "text/html; charset=utf-8"}, _huge_text_body()),
    "calendar": _calendar,
    "growing-path": lambda p: _html(_links("sub/"), "路径"),
    "session": _session,
    "params": _params,
    "many-links": _many_links,
    "image-bomb": lambda p: _image_page("/img/bomb.png", "图片炸弹"),
    "image-truncated": lambda p: _image_page("/img/truncated.png", "截断图片"),
    "image-mislabelled": lambda p: _image_page("/img/mislabelled.png", "错标图片"),
    **{name: (lambda p, s=script, n=name: _script_page(s, n)) for name, script in _SCRIPTS.items()},
}


#: Where "private" addresses point in the browser tests: listeners inside a loopback-only
#: network namespace (``HOSTILE_PRIVATE=10.0.0.1,169.254.169.254``), never a real network.
def _private() -> list[str]:
    return (os.environ.get("HOSTILE_PRIVATE") or "10.0.0.1,169.254.169.254").split(",")


def _browser_page(name: str) -> Answer:
    """Pages whose scripts and markup make chromium reach for private addresses."""
    a, b = _private()[0], _private()[-1]
    body = {
        "redirect": None,
        "iframe": f"<iframe src='http://{a}/frame'></iframe>",
        "subresources": (
            f"<img src='http://{a}/x.png'><script src='http://{b}/s.js'></script>"
            f"<link rel='stylesheet' href='http://{a}/c.css'>"
        ),
        "fetch": (
            f"<script>fetch('http://{a}/api').catch(()=>0);"
            f"const x = new XMLHttpRequest(); x.open('GET', 'http://{b}/xhr'); x.send();"
            "fetch('/b/hop').catch(()=>0);</script>"
        ),
        "popup": f"<script>window.open('http://{a}/popup');</script>",
        "worker": (
            "<script>navigator.serviceWorker && navigator.serviceWorker"
            ".register('/b/sw.js').catch(()=>0);</script>"
        ),
        "dns": "<img src='http://intranet.hostile.test/x.png'>",
    }[name]
    return _html(f"<p>{AD}</p>{body}<p>编号 b-{name}</p>", f"浏览器 {name}")


def _browser(path: str) -> Answer:
    a, b = _private()[0], _private()[-1]
    name = path.split("/")[2]
    if name == "redirect":
        return 302, {"Location": f"http://{a}/internal"}, b""
    if name == "redirect-metadata":
        return 302, {"Location": f"http://{b}/latest/meta-data/"}, b""
    if name == "hop":
        return 302, {"Location": f"http://{a}/hop-target"}, b""
    if name == "busy":  # a script that never yields: the renderer's thread is never free
        return _html(f"<p>{SHORT_AD}</p><script>for (;;) {{}}</script>", "忙循环")
    if name == "sw.js":
        js = f"self.addEventListener('install', () => fetch('http://{a}/sw'));"
        return 200, {"Content-Type": "text/javascript"}, js.encode()
    return _browser_page(name)


#: Browser pages (render always): each must be crawled and stored without one connection to
#: a private address.
BROWSER_PAGES = ("iframe", "subresources", "fetch", "popup", "worker", "dns")
BROWSER_REDIRECTS = ("redirect", "redirect-metadata")


def good_paths() -> list[str]:
    return [f"/good/{name}" for name in TRAPS]


def _images(path: str) -> Answer:
    if path == "/img/bomb.png":
        return 200, {"Content-Type": "image/png"}, _bomb_png()
    if path == "/img/truncated.png":
        return 200, {"Content-Type": "image/png"}, _png(400, 300)[:120]
    return 200, {"Content-Type": "image/png"}, _page("<p>不是图片</p>")


def _feed(path: str) -> Answer:
    """An endless, sane site for the soak: page n (an ad when even) links on, and to one trap.

    Each round meets another trap under a fresh URL (``?r=n``), so a long crawl keeps meeting
    every kind of hostility while its good pages keep coming.
    """
    n = int(path.rsplit("/", 1)[-1] or 0) if path.rsplit("/", 1)[-1].isdigit() else 0
    names = sorted(TRAPS)
    trap = names[n % len(names)]
    links = _links(f"/feed/{n + 1}", f"/feed/{n + 2}", f"/t/{trap}?r={n}", f"/good/{trap}?r={n}")
    text = AD if n % 2 == 0 else "电工安全培训课程介绍：考试由应急管理部门统一组织，合格后发证。"
    return _html(f"<h1>第 {n} 页</h1><p>{text}</p>{links}", f"信息 {n}")


def route(path: str) -> Answer:
    """The answer for one request path."""
    clean = urlsplit(path).path
    if clean.startswith("/feed/"):
        return _feed(clean)
    if clean == "/robots.txt":
        return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"
    if clean == "/":
        traps = (f"/t/{n}/" if n == "growing-path" else f"/t/{n}" for n in TRAPS)
        return _html(_links(*traps, *good_paths()), "恶意网站首页")
    if clean.startswith("/good/"):
        name = clean[len("/good/") :]
        return _html(f"<h1>{name}</h1><p>{AD}</p><p>编号 {name}</p>", f"代办电工证 {name}")
    if clean.startswith("/img/"):
        return _images(clean)
    if clean.startswith("/b/"):
        return _browser(clean)
    if clean.startswith(("/ping", "/popup/")):
        return 200, {"Content-Type": "text/plain"}, b"ok"
    parts = clean.split("/")
    if len(parts) > 2 and parts[1] == "t" and parts[2] in TRAPS:
        return TRAPS[parts[2]](path)
    return 404, {"Content-Type": "text/plain"}, b"not found"


class _Handler(socketserver.BaseRequestHandler):
    server: _Server

    def handle(self) -> None:
        sock: socket.socket = self.request
        sock.settimeout(30)
        try:
            head = b""
            while b"\r\n\r\n" not in head and len(head) < 65536:
                data = sock.recv(4096)
                if not data:
                    return
                head += data
            path = head.split(b" ", 2)[1].decode("latin-1")
            self.server.count(path)
            answer = route(path)
            if callable(answer):
                answer(sock)
                return
            status, headers, body = answer
            reason = {200: "OK", 302: "Found", 404: "Not Found"}.get(status, "X")
            head_out = {**headers, "Content-Length": str(len(body)), "Connection": "close"}
            _send_head(sock, head_out, f"{status} {reason}")
            sock.sendall(body)
        except OSError:
            pass


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, host: str) -> None:
        super().__init__((host, 0), _Handler)
        self.hits: Counter[str] = Counter()
        #: Paths with their query, as requested.
        self.requests: Counter[str] = Counter()
        self._lock = threading.Lock()

    def count(self, path: str) -> None:
        with self._lock:
            self.hits[urlsplit(path).path] += 1
            self.requests[path] += 1


class HostileWeb:
    """The hostile web on ``host`` and a free port, served from a thread."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self._server = _Server(host)
        self.host, self.port = host, self._server.server_address[1]
        self.base_url = f"http://{host}:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def hits(self) -> Counter[str]:
        return self._server.hits

    @property
    def requests(self) -> Counter[str]:
        return self._server.requests

    def url(self, path: str = "/") -> str:
        return self.base_url + path

    def __enter__(self) -> HostileWeb:
        _gzip_bomb(), _brotli_bomb(), _bomb_png()  # built once, before any client waits
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port-file", required=True)
    args = ap.parse_args()
    with HostileWeb(args.host) as web:
        Path(args.port_file).write_text(str(web.port))
        threading.Event().wait()


if __name__ == "__main__":
    main()
