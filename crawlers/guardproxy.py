"""The browser's only way out: a forward proxy in the crawl process that chromium must use.

Playwright's request routing does not see everything chromium fetches (redirect hops, service
workers, requests a route let through), and ``route.fetch`` buffers whole decompressed bodies
in the driver. So chromium is launched with this proxy as its only network path (loopback
included, ``<-loopback>``), and every request it makes — navigations and their redirects,
subresources, iframes, popups, fetch/XHR, service workers — is checked here before any socket
opens:

* the host is resolved here and every address checked against the private-address policy
  (``ADSWEEP_ALLOW_PRIVATE``); the connection goes to the checked address, so DNS cannot change
  its answer in between (``adsweep/render/blocked_private``);
* bodies are decompressed here (gzip, deflate, br, zstd) in 64 KiB steps and cut at
  ``DOWNLOAD_MAXSIZE`` counted after decompression (``adsweep/render/size_cap``); chromium
  never sees a compressed body, so no bomb reaches it;
* an image whose header declares more than ``ADSWEEP_RENDER_MAX_IMAGE_PIXELS`` pixels is
  refused before chromium decodes it (``adsweep/render/image_refused``);
* a response slower than ``DOWNLOAD_TIMEOUT`` in total is cut (``adsweep/render/timeout``);
* an HTML document is served with the charset its bytes prove (evaders label UTF-8 as GBK);
* websockets are refused (``adsweep/render/websocket_refused``): reading a page needs none.

HTTPS goes through ``CONNECT``: the destination is checked before the tunnel opens, then the
tunnel is terminated here with a throw-away self-signed certificate (chromium runs with
``--ignore-certificate-errors``; the Scrapy path does not verify certificates either) so the
same caps apply inside TLS.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import socket
import ssl
import tempfile
import time
import zlib
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from lexicon.imagehead import HEAD_BYTES, image_size
from pipelines.extract import decode_html

__all__ = ["GuardPolicy", "GuardProxy"]

logger = logging.getLogger(__name__)

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
_CHUNK = 64 * 1024
_HEAD_LIMIT = 64 * 1024
_MAX_REQUEST_BODY = 4 * 1024 * 1024
_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-connection",
        "proxy-authorization",
        "proxy-authenticate",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "content-length",
        "content-encoding",
        "accept-encoding",
    }
)
_DOCUMENT_DESTS = frozenset({"document", "iframe", "frame", "embed", "object"})


class _Refused(Exception):
    """A response we will not pass on; ``kind`` is its stats key under ``adsweep/render/``."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True, slots=True)
class GuardPolicy:
    """What the browser may reach and receive (read from the crawl's settings)."""

    allowed: tuple[Network, ...] = ()
    max_bytes: int = 8 * 1024 * 1024
    timeout: float = 30.0
    max_image_pixels: int = 40_000_000
    max_buffered_documents: int = 4


@dataclass(slots=True)
class _Head:
    first: str
    headers: list[tuple[str, str]] = field(default_factory=list)

    def get(self, name: str, default: str = "") -> str:
        name = name.lower()
        return next((v for k, v in self.headers if k.lower() == name), default)


async def _read_head(reader: asyncio.StreamReader) -> _Head | None:
    try:
        raw = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
        return None
    lines = raw.decode("latin-1").split("\r\n")
    head = _Head(lines[0])
    for line in lines[1:]:
        if ":" in line:
            k, v = line.split(":", 1)
            head.headers.append((k.strip(), v.strip()))
    return head


class _Decoder:
    """Incremental content decoding with bounded output per step (a bomb stays a trickle)."""

    def __init__(self, encoding: str) -> None:
        enc = encoding.strip().lower()
        self.kind = enc
        if enc in ("", "identity"):
            self._obj: Any = None
        elif enc in ("gzip", "x-gzip"):
            self._obj = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif enc == "deflate":
            self._obj = zlib.decompressobj()
        elif enc == "br":
            import brotli

            self._obj = brotli.Decompressor()
        elif enc == "zstd":
            from backports import zstd

            self._obj = zstd.ZstdDecompressor()
        else:
            raise _Refused("unknown_encoding", f"unsupported content-encoding {encoding!r}")

    def feed(self, data: bytes) -> list[bytes]:
        if self._obj is None:
            return [data]
        if self.kind == "br":
            return self._brotli(data)
        return self._zlib_like(data)

    def _zlib_like(self, data: bytes) -> list[bytes]:
        out = []
        try:
            piece = self._obj.decompress(data, _CHUNK)
        except zlib.error:
            if self.kind != "deflate":
                raise
            self._obj, self.kind = zlib.decompressobj(-zlib.MAX_WBITS), "raw-deflate"
            piece = self._obj.decompress(data, _CHUNK)
        out.append(piece)
        if self.kind == "zstd":
            while not self._obj.needs_input and not self._obj.eof:
                out.append(self._obj.decompress(b"", _CHUNK))
        else:
            while self._obj.unconsumed_tail and not self._obj.eof:
                out.append(self._obj.decompress(self._obj.unconsumed_tail, _CHUNK))
        return out

    def _brotli(self, data: bytes) -> list[bytes]:
        out = [self._obj.process(data, output_buffer_limit=_CHUNK)]
        while not self._obj.can_accept_more_data() and not self._obj.is_finished():
            out.append(self._obj.process(b"", output_buffer_limit=_CHUNK))
        return out


class _Certificate:
    """One throw-away self-signed certificate for the tunnels of this process."""

    def __init__(self) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="adsweep-guard-")
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.context.set_alpn_protocols(["http/1.1"])
        cert, key = _self_signed(Path(self._dir.name))
        self.context.load_cert_chain(cert, key)

    def close(self) -> None:
        self._dir.cleanup()


def _self_signed(folder: Path) -> tuple[Path, Path]:
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "adsweep browser guard")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


class GuardProxy:
    """A forward proxy on 127.0.0.1 that enforces :class:`GuardPolicy` on a browser."""

    def __init__(self, policy: GuardPolicy, count: Callable[[str], None] | None = None) -> None:
        self.policy = policy
        self._count = count or (lambda key: None)
        self._server: asyncio.Server | None = None
        self._cert: _Certificate | None = None
        self._verdicts: OrderedDict[tuple[str, int], str | None] = OrderedDict()
        self._documents = asyncio.Semaphore(policy.max_buffered_documents)
        self._upstream_tls = ssl.create_default_context()
        self._upstream_tls.check_hostname = False
        self._upstream_tls.verify_mode = ssl.CERT_NONE
        self.url = ""
        #: Client connections being served right now (chromium's requests in flight).
        self.open_connections = 0

    def count(self, kind: str) -> None:
        self._count(f"adsweep/render/{kind}")

    async def start(self) -> str:
        self._server = await asyncio.start_server(self._client, "127.0.0.1", 0, limit=_HEAD_LIMIT)
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 5)
            self._server = None
        if self._cert is not None:
            self._cert.close()
            self._cert = None

    # -- one client connection ------------------------------------------------------------
    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.open_connections += 1
        try:
            head = await asyncio.wait_for(_read_head(reader), self.policy.timeout)
            if head is None:
                return
            method, target = ([*head.first.split(" "), "", ""])[:2]
            if method.upper() == "CONNECT":
                await self._tunnel(reader, writer, target)
            else:
                await self._forward(reader, writer, head, target)
        except (TimeoutError, ConnectionError, ssl.SSLError, OSError):
            pass
        except Exception:  # never let one request take the proxy down
            logger.exception("browser guard proxy failed on a request")
        finally:
            writer.transport.abort()
            self.open_connections -= 1

    async def _tunnel(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, target: str
    ) -> None:
        host, _, port_s = target.rpartition(":")
        host = host.strip("[]")
        port = int(port_s) if port_s.isdigit() else 443
        if await self._blocked(host, port, f"https://{target}/"):
            writer.write(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
            await writer.drain()
            return
        writer.write(b"HTTP/1.1 200 Connection Established\r\n\r\n")
        await writer.drain()
        if self._cert is None:
            self._cert = _Certificate()
        await asyncio.wait_for(writer.start_tls(self._cert.context), self.policy.timeout)
        head = await asyncio.wait_for(_read_head(reader), self.policy.timeout)
        if head is None:
            return
        path = ([*head.first.split(" "), "", ""])[1]
        default = "" if port == 443 else f":{port}"
        await self._forward(reader, writer, head, f"https://{host}{default}{path}")

    # -- address policy -------------------------------------------------------------------
    async def _blocked(self, host: str, port: int, url: str) -> bool:
        verdict = await self._verdict(host, port)
        if verdict is None or verdict.startswith("ok:"):
            return False
        self.count("blocked_private")
        logger.warning("browser request blocked (private address %s): %s", verdict, url)
        return True

    async def _verdict(self, host: str, port: int) -> str | None:
        """``ok:<ip>`` to connect to, a blocked address, or None when the name does not resolve."""
        from crawlers.middlewares import is_blocked_address

        key = (host.lower(), port)
        if key in self._verdicts:
            self._verdicts.move_to_end(key)
            return self._verdicts[key]
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(
                host, port, type=socket.SOCK_STREAM
            )
            addrs = [str(info[4][0]) for info in infos]
        except OSError:
            addrs = []
        blocked = [a for a in addrs if is_blocked_address(a, self.policy.allowed)]
        verdict = blocked[0] if blocked else (f"ok:{addrs[0]}" if addrs else None)
        self._verdicts[key] = verdict
        while len(self._verdicts) > 4096:
            self._verdicts.popitem(last=False)
        return verdict

    # -- forwarding -----------------------------------------------------------------------
    async def _forward(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        head: _Head,
        url: str,
    ) -> None:
        method = head.first.split(" ")[0].upper()
        parts = urlsplit(url)
        host, https = parts.hostname or "", parts.scheme == "https"
        port = parts.port or (443 if https else 80)
        if head.get("upgrade"):
            self.count("websocket_refused")
            writer.write(b"HTTP/1.1 501 Not Implemented\r\nContent-Length: 0\r\n\r\n")
            return
        if await self._blocked(host, port, url):
            body = b"adsweep: private address blocked"
            writer.write(
                b"HTTP/1.1 403 Forbidden\r\nX-Adsweep-Blocked: private-address\r\n"
                b"Content-Type: text/plain\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
            )
            await writer.drain()
            return
        verdict = await self._verdict(host, port)
        if verdict is None:
            return  # unresolvable: chromium reports a failed request
        body = await self._request_body(reader, head)
        deadline = time.monotonic() + self.policy.timeout
        try:
            await self._relay(writer, head, method, parts, verdict[3:], port, https, body, deadline)
        except _Refused as e:
            self.count(e.kind)
            logger.warning("browser response refused (%s): %s — %s", e.kind, url, e)
        except TimeoutError:
            self.count("timeout")
            logger.warning("browser response cut after %.0f s: %s", self.policy.timeout, url)
        except (ConnectionError, OSError, ssl.SSLError, asyncio.IncompleteReadError) as e:
            self.count("upstream_failed")
            logger.info("browser request failed: %s — %s", url, e or type(e).__name__)

    async def _request_body(self, reader: asyncio.StreamReader, head: _Head) -> bytes:
        length = head.get("content-length")
        if length.isdigit() and 0 < int(length) <= _MAX_REQUEST_BODY:
            return await reader.readexactly(int(length))
        if "chunked" in head.get("transfer-encoding").lower():
            parts = []
            async for piece in _chunked(reader, _MAX_REQUEST_BODY):
                parts.append(piece)
            return b"".join(parts)
        return b""

    async def _relay(
        self,
        writer: asyncio.StreamWriter,
        head: _Head,
        method: str,
        parts: Any,
        ip: str,
        port: int,
        https: bool,
        body: bytes,
        deadline: float,
    ) -> None:
        def left() -> float:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            return remaining

        up_r, up_w = await asyncio.wait_for(
            asyncio.open_connection(
                ip,
                port,
                ssl=self._upstream_tls if https else None,
                server_hostname=parts.hostname if https else None,
                limit=_HEAD_LIMIT,
            ),
            left(),
        )
        try:
            up_w.write(_request_bytes(head, method, parts, body))
            await up_w.drain()
            resp = await self._response_head(up_r, left)
            await self._respond(writer, head, method, resp, up_r, left)
        finally:
            up_w.transport.abort()

    async def _response_head(self, up_r: asyncio.StreamReader, left: Callable[[], float]) -> _Head:
        while True:
            resp = await asyncio.wait_for(_read_head(up_r), left())
            if resp is None:
                raise ConnectionError("no response head")
            status = resp.first.split(" ")[1] if " " in resp.first else ""
            if not (status.startswith("1") and status != "101"):
                return resp

    async def _respond(
        self,
        writer: asyncio.StreamWriter,
        req: _Head,
        method: str,
        resp: _Head,
        up_r: asyncio.StreamReader,
        left: Callable[[], float],
    ) -> None:
        status = int(([*resp.first.split(" "), "0", "0"])[1] or 0)
        length = resp.get("content-length")
        if length.isdigit() and int(length) > self.policy.max_bytes:
            raise _Refused("size_cap", f"Content-Length {length} over {self.policy.max_bytes}")
        decoder = _Decoder(resp.get("content-encoding"))
        no_body = method == "HEAD" or status in (204, 304) or 100 <= status < 200
        raw = _body(up_r, resp, no_body)
        ctype = resp.get("content-type").lower()
        dest = req.get("sec-fetch-dest").lower()
        decoded = self._capped(raw, decoder, left)
        if not no_body and 200 <= status < 300 and _is_document(dest, ctype):
            async with self._documents:
                data = b"".join([piece async for piece in decoded])
            data, ctype = _document(data, resp.get("content-type"))
            _send_head(writer, resp, ctype, len(data))
            writer.write(data)
        elif not no_body and (ctype.startswith("image/") or dest == "image"):
            first = await _gather(decoded, HEAD_BYTES)
            self._check_image(first)
            await self._stream(writer, resp, first, decoded)
        else:
            await self._stream(writer, resp, b"", decoded, chunked=not no_body)
        await writer.drain()

    def _check_image(self, first: bytes) -> None:
        size = image_size(first)
        if size and size[0] * size[1] > self.policy.max_image_pixels:
            raise _Refused(
                "image_refused",
                f"image header claims {size[0]}×{size[1]} pixels "
                f"(limit {self.policy.max_image_pixels})",
            )

    async def _stream(
        self,
        writer: asyncio.StreamWriter,
        resp: _Head,
        first: bytes,
        rest: AsyncIterator[bytes],
        chunked: bool = True,
    ) -> None:
        _send_head(writer, resp, None, None if chunked else 0)
        if not chunked:
            return
        if first:
            writer.write(b"%x\r\n%s\r\n" % (len(first), first))
        async for piece in rest:
            if piece:
                writer.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                await writer.drain()
        writer.write(b"0\r\n\r\n")

    async def _capped(
        self, raw: AsyncIterator[bytes], decoder: _Decoder, left: Callable[[], float]
    ) -> AsyncIterator[bytes]:
        total = 0
        it = raw.__aiter__()
        while True:
            try:
                chunk = await asyncio.wait_for(it.__anext__(), left())
            except StopAsyncIteration:
                return
            for piece in decoder.feed(chunk):
                total += len(piece)
                if total > self.policy.max_bytes:
                    raise _Refused(
                        "size_cap", f"body over {self.policy.max_bytes} bytes after decoding"
                    )
                yield piece


def _is_document(dest: str, ctype: str) -> bool:
    html = "html" in ctype or not ctype
    return html and (dest in _DOCUMENT_DESTS or (not dest and "html" in ctype))


def _document(data: bytes, ctype: str) -> tuple[bytes, str]:
    """The body and Content-Type chromium gets: the charset the bytes prove, and no lying BOM
    (browsers believe a byte-order mark over any header)."""
    decoded = decode_html(data, ctype)
    if decoded.bom_mismatch:
        data = data[3:] if data.startswith(b"\xef\xbb\xbf") else data[2:]
    base = ctype.split(";")[0].strip() or "text/html"
    return data, f"{base}; charset={decoded.encoding}"


async def _gather(it: AsyncIterator[bytes], want: int) -> bytes:
    parts, size = [], 0
    while size < want:
        try:
            piece = await it.__anext__()
        except StopAsyncIteration:
            break
        parts.append(piece)
        size += len(piece)
    return b"".join(parts)


def _request_bytes(head: _Head, method: str, parts: Any, body: bytes) -> bytes:
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    lines = [f"{method} {target} HTTP/1.1"]
    lines += [f"{k}: {v}" for k, v in head.headers if k.lower() not in _HOP]
    lines += ["Accept-Encoding: gzip, deflate, br", "Connection: close"]
    if body or method in ("POST", "PUT", "PATCH"):
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1", "replace") + body


def _send_head(
    writer: asyncio.StreamWriter, resp: _Head, ctype: str | None, length: int | None
) -> None:
    lines = [resp.first]
    for k, v in resp.headers:
        low = k.lower()
        if low in _HOP or (ctype is not None and low == "content-type"):
            continue
        lines.append(f"{k}: {v}")
    if ctype is not None:
        lines.append(f"Content-Type: {ctype}")
    lines.append("Connection: close")
    lines.append(
        f"Content-Length: {length}" if length is not None else "Transfer-Encoding: chunked"
    )
    writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1", "replace"))


async def _body(reader: asyncio.StreamReader, resp: _Head, no_body: bool) -> AsyncIterator[bytes]:
    """The raw (still encoded) body, framed by chunked encoding, length or connection close."""
    if no_body:
        return
    if "chunked" in resp.get("transfer-encoding").lower():
        async for piece in _chunked(reader, None):
            yield piece
        return
    length = resp.get("content-length")
    if length.isdigit():
        remaining = int(length)
        while remaining > 0:
            piece = await reader.read(min(_CHUNK, remaining))
            if not piece:
                raise asyncio.IncompleteReadError(b"", remaining)
            remaining -= len(piece)
            yield piece
        return
    while piece := await reader.read(_CHUNK):
        yield piece


async def _chunked(reader: asyncio.StreamReader, cap: int | None) -> AsyncIterator[bytes]:
    total = 0
    while True:
        line = await reader.readline()
        try:
            size = int(line.split(b";")[0].strip() or b"0", 16)
        except ValueError:
            raise ConnectionError("bad chunk size") from None
        if size == 0:
            while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                pass
            return
        total += size
        if cap is not None and total > cap:
            raise _Refused("size_cap", "request body over the cap")
        while size > 0:
            piece = await reader.read(min(_CHUNK, size))
            if not piece:
                raise asyncio.IncompleteReadError(b"", size)
            size -= len(piece)
            yield piece
        await reader.readexactly(2)
