"""The browser guard on its own: what chromium would receive for each hostile answer.

A real proxy on 127.0.0.1 in front of the hostile web (HTTP) and a local HTTPS server, spoken
to as chromium speaks to it (absolute-form requests, ``CONNECT`` then TLS).
"""

from __future__ import annotations

import asyncio
import ipaddress
import ssl
import threading
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from crawlers.guardproxy import GuardPolicy, GuardProxy, _self_signed
from tests.hostile.web import AD, HostileWeb

CAP = 4 * 1024 * 1024
LOOPBACK = (ipaddress.ip_network("127.0.0.1/32"),)


async def _through(proxy: GuardProxy, url: str, dest: str = "document") -> tuple[bytes, bytes]:
    host = url.split("/")[2]
    reader, writer = await asyncio.open_connection("127.0.0.1", int(proxy.url.rsplit(":", 1)[1]))
    try:
        if url.startswith("https://"):
            writer.write(f"CONNECT {host} HTTP/1.1\r\n\r\n".encode())
            await writer.drain()
            status = await reader.readuntil(b"\r\n\r\n")
            if b" 200 " not in status:
                return status, b""
            ctx = ssl.create_default_context()
            ctx.check_hostname, ctx.verify_mode = False, ssl.CERT_NONE
            await writer.start_tls(ctx)
            target = "/" + url.split("/", 3)[3]
        else:
            target = url
        writer.write(
            f"GET {target} HTTP/1.1\r\nHost: {host}\r\nSec-Fetch-Dest: {dest}\r\n\r\n".encode()
        )
        await writer.drain()
        data = await reader.read(-1)
    finally:
        writer.close()
    head, _, body = data.partition(b"\r\n\r\n")
    return head, body


def _fetch(url: str, dest: str = "document", allowed=LOOPBACK) -> tuple[bytes, bytes, Counter]:
    counts: Counter[str] = Counter()

    async def go() -> tuple[bytes, bytes]:
        proxy = GuardProxy(
            GuardPolicy(allowed=allowed, max_bytes=CAP, timeout=5),
            count=lambda k: counts.update([k]),
        )
        await proxy.start()
        try:
            return await _through(proxy, url, dest)
        finally:
            await proxy.close()

    head, body = asyncio.run(go())
    return head, body, counts


def _key(counts: Counter, kind: str) -> int:
    return sum(n for k, n in counts.items() if k == f"adsweep/render/{kind}" or k == kind)


def test_lying_charset_and_bom_are_corrected_for_chromium(hostile_web: HostileWeb) -> None:
    head, body, _ = _fetch(hostile_web.url("/t/charset-lie"))
    assert b"charset=utf-8" in head.lower() and AD.encode() in body
    head, body, _ = _fetch(hostile_web.url("/t/bom-lie"))
    assert b"charset=gb18030" in head.lower() and not body.startswith(b"\xff\xfe")
    assert AD.encode("gbk") in body


@pytest.mark.parametrize("trap", ["size-cl", "size-nocl", "gzip-bomb", "br-bomb", "endless"])
def test_bodies_are_cut_at_the_cap_after_decoding(hostile_web: HostileWeb, trap: str) -> None:
    head, body, counts = _fetch(hostile_web.url(f"/t/{trap}"))
    assert _key(counts, "size_cap") == 1
    assert head == b"" and len(body) == 0  # a document over the cap never reaches chromium


def test_streamed_subresource_stops_at_the_cap(hostile_web: HostileWeb) -> None:
    head, body, counts = _fetch(hostile_web.url("/t/gzip-bomb"), dest="script")
    assert _key(counts, "size_cap") == 1 and b"200" in head
    assert len(body) <= CAP + 256 * 1024 and not body.endswith(b"0\r\n\r\n")


def test_image_bomb_is_refused_from_its_header(hostile_web: HostileWeb) -> None:
    _head, body, counts = _fetch(hostile_web.url("/img/bomb.png"), dest="image")
    assert _key(counts, "image_refused") == 1 and body == b""


def test_private_address_is_refused_before_any_connection(hostile_web: HostileWeb) -> None:
    head, _, counts = _fetch(hostile_web.url("/good/x"), allowed=())
    assert b" 403 " in head and _key(counts, "blocked_private") == 1
    assert hostile_web.requests.get("/good/x", 0) == 0


@pytest.fixture(scope="module")
def https_bomb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import gzip

    bomb = gzip.compress(bytes(64 * 1024 * 1024), compresslevel=1)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body, enc = (bomb, "gzip") if self.path == "/bomb" else (AD.encode(), "identity")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Encoding", enc)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    cert, key = _self_signed(Path(tmp_path_factory.mktemp("tls")))
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"https://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def test_https_is_checked_and_capped_inside_the_tunnel(https_bomb: str) -> None:
    head, body, _ = _fetch(https_bomb + "/ok")
    assert b" 200 " in head and AD.encode() in body
    head, body, counts = _fetch(https_bomb + "/bomb")
    assert _key(counts, "size_cap") == 1 and body == b""
    head, _, counts = _fetch(https_bomb + "/ok", allowed=())
    assert b" 403 " in head and _key(counts, "blocked_private") == 1
