"""RFC 3161 trusted timestamps over a run's manifest (optional; needs a TSA URL).

A time-stamping authority signs the SHA-256 of ``manifest.jsonl`` at the end of a run; the
token (``manifest.tsr``) proves the manifest — and through its hash chain every artifact —
existed unchanged at that time. The request is small enough to encode by hand (DER), so no
ASN.1 library is needed; checking the token is OpenSSL's job::

    openssl ts -verify -data manifest.jsonl -in manifest.tsr -CAfile tsa-ca.pem
"""

from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path

from pipelines.errors import TimestampError
from pipelines.evidence.archive import EvidenceArchive

__all__ = ["build_request", "response_status", "timestamp_run"]

_SHA256_ALG = bytes.fromhex("300d06096086480165030402010500")  # AlgorithmIdentifier, NULL params


def _len(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(raw)]) + raw


def _tlv(tag: int, value: bytes) -> bytes:
    return bytes([tag]) + _len(len(value)) + value


def _int(n: int) -> bytes:
    raw = n.to_bytes(n.bit_length() // 8 + 1, "big")  # leading 0 keeps it positive
    return _tlv(0x02, raw)


def build_request(digest: bytes, nonce: int | None = None) -> bytes:
    """DER TimeStampReq: v1, SHA-256 imprint, a nonce, and ask for the TSA's certificate."""
    imprint = _tlv(0x30, _SHA256_ALG + _tlv(0x04, digest))
    nonce = secrets.randbits(63) if nonce is None else nonce
    return _tlv(0x30, _int(1) + imprint + _int(nonce) + _tlv(0x01, b"\xff"))


def _read_tlv(data: bytes, pos: int) -> tuple[int, int, int]:
    """(tag, start of value, end of value) of the element at ``pos``."""
    tag, n = data[pos], data[pos + 1]
    pos += 2
    if n & 0x80:
        k = n & 0x7F
        n = int.from_bytes(data[pos : pos + k], "big")
        pos += k
    return tag, pos, pos + n


def response_status(resp: bytes) -> int:
    """PKIStatus of a TimeStampResp (0 granted, 1 granted with modifications)."""
    try:
        _, body, _ = _read_tlv(resp, 0)  # TimeStampResp SEQUENCE
        _, info, _ = _read_tlv(resp, body)  # PKIStatusInfo SEQUENCE
        tag, start, end = _read_tlv(resp, info)  # status INTEGER
    except IndexError as e:
        raise TimestampError("时间戳服务返回的不是有效的 RFC 3161 响应") from e
    if tag != 0x02:
        raise TimestampError("时间戳服务返回的不是有效的 RFC 3161 响应")
    return int.from_bytes(resp[start:end], "big")


def timestamp_run(archive: EvidenceArchive, run_id: str, tsa_url: str, timeout: float = 30) -> Path:
    """Timestamp ``manifest.jsonl`` of a run; writes ``manifest.tsq`` and ``manifest.tsr``."""
    import httpx

    manifest = archive.manifest_path(run_id)
    if not manifest.exists():
        raise TimestampError(f"批次 {run_id} 没有清单")
    req = build_request(hashlib.sha256(manifest.read_bytes()).digest())
    try:
        r = httpx.post(tsa_url, content=req, timeout=timeout,
                       headers={"Content-Type": "application/timestamp-query"})  # fmt: skip
    except httpx.HTTPError as e:
        raise TimestampError(f"无法连接时间戳服务 {tsa_url}：{e}") from e
    if r.status_code != 200:
        raise TimestampError(f"时间戳服务 {tsa_url} 返回 HTTP {r.status_code}")
    status = response_status(r.content)
    if status not in (0, 1):
        raise TimestampError(f"时间戳服务拒绝了请求（PKIStatus {status}）")
    manifest.with_name("manifest.tsq").write_bytes(req)
    out = manifest.with_name("manifest.tsr")
    tmp = out.with_name("manifest.tsr.tmp")
    tmp.write_bytes(r.content)
    os.replace(tmp, out)
    return out
