"""Serialize a fetched page as WARC request/response records (warcio), faithfully.

A row of a platform's export was never fetched: it is kept as one ``resource`` record of the
row as read (:func:`source_record`), never as an invented HTTP exchange. The response body of a
fetched page is kept as the raw bytes received. Two headers are renamed to
``X-Archive-Orig-…`` (the convention web archives use) when they would make a replay tool
misread the stored bytes: ``Transfer-Encoding`` (the body is stored de-chunked) and a
``Content-Encoding`` the body does not actually carry.
"""

from __future__ import annotations

import io
from http import HTTPStatus
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

__all__ = ["page_records", "resource_record", "source_record"]

_MAGIC = {"gzip": b"\x1f\x8b", "x-gzip": b"\x1f\x8b"}


def _response_headers(headers: dict[str, str], body: bytes) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for name, value in headers.items():
        low = name.lower()
        if (
            low == "transfer-encoding"
            or (low == "content-encoding" and not body.startswith(_MAGIC.get(value.lower(), b"")))
            or low == "content-length"
        ):
            out.append((f"X-Archive-Orig-{name}", value))
        else:
            out.append((name, value))
    out.append(("Content-Length", str(len(body))))
    return out


def _status_line(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"{status} Unknown"


def page_records(
    url: str,
    *,
    status: int,
    headers: dict[str, str],
    body: bytes,
    request_headers: dict[str, str],
    fetched_at: str,
    ip: str = "",
) -> tuple[bytes, dict[str, str]]:
    """Request + response records as gzip members; returns (bytes, record ids)."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    parts = urlsplit(url)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    req_headers = dict(request_headers)
    req_headers.setdefault("Host", parts.netloc)
    date = {"WARC-Date": fetched_at}
    resp = writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(body),
        length=len(body),
        warc_headers_dict=date | ({"WARC-IP-Address": ip} if ip else {}),
        http_headers=StatusAndHeaders(
            _status_line(status), _response_headers(headers, body), protocol="HTTP/1.1"
        ),
    )
    req = writer.create_warc_record(
        url,
        "request",
        payload=io.BytesIO(b""),
        length=0,
        warc_headers_dict=date,
        http_headers=StatusAndHeaders(
            f"GET {path} HTTP/1.1", list(req_headers.items()), is_http_request=True
        ),
    )
    resp_id = resp.rec_headers.get_header("WARC-Record-ID")
    req.rec_headers.add_header("WARC-Concurrent-To", resp_id)
    writer.write_record(req)
    writer.write_record(resp)
    ids = {
        "request_record_id": req.rec_headers.get_header("WARC-Record-ID"),
        "record_id": resp_id,
    }
    return buf.getvalue(), ids


def resource_record(uri: str, data: bytes, content_type: str, at: str) -> bytes:
    """One ``resource`` record (a screenshot, the text, a manifest excerpt) as a gzip member."""
    return _resource(uri, data, content_type, at)[0]


def source_record(
    uri: str, data: bytes, content_type: str, at: str
) -> tuple[bytes, dict[str, str]]:
    """The ``resource`` record of an ingested export row; returns (bytes, record ids)."""
    data_bytes, record_id = _resource(uri, data, content_type, at)
    return data_bytes, {"record_id": record_id}


def _resource(uri: str, data: bytes, content_type: str, at: str) -> tuple[bytes, str]:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    rec = writer.create_warc_record(
        uri,
        "resource",
        payload=io.BytesIO(data),
        length=len(data),
        warc_content_type=content_type,
        warc_headers_dict={"WARC-Date": at},
    )
    writer.write_record(rec)
    return buf.getvalue(), rec.rec_headers.get_header("WARC-Record-ID")
