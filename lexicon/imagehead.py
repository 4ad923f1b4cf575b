"""Image dimensions read from the first bytes of a file, before anything decodes it.

A 169 KB PNG can declare 50,000 × 50,000 pixels: a decoder allocates the whole bitmap
(7.5 GB) before it notices anything is wrong. The OCR worker and the browser guard ask
:func:`image_size` first and refuse an image whose header claims more pixels than they will
decode. Only headers are parsed (PNG, GIF, JPEG, WebP, BMP); an image whose size cannot be read
from its first bytes is reported as such, never guessed.
"""

from __future__ import annotations

import struct

__all__ = ["HEAD_BYTES", "image_kind", "image_size"]

#: Bytes enough to find the dimensions of any supported format (JPEG may need its EXIF first).
HEAD_BYTES = 256 * 1024

_JPEG_SOF = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE})


def image_kind(data: bytes) -> str | None:
    """The format the bytes prove (``png``, ``gif``, ``jpeg``, ``webp``, ``bmp``), or None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if data.startswith(b"\xff\xd8"):
        return "jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data.startswith(b"BM"):
        return "bmp"
    return None


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from the header, or None when the bytes do not show it."""
    kind = image_kind(data)
    try:
        if kind == "png" and data[12:16] == b"IHDR":
            return struct.unpack(">II", data[16:24])
        if kind == "gif":
            return struct.unpack("<HH", data[6:10])
        if kind == "jpeg":
            return _jpeg_size(data)
        if kind == "webp":
            return _webp_size(data)
        if kind == "bmp":
            w, h = struct.unpack("<ii", data[18:26])
            return abs(w), abs(h)
    except struct.error:
        return None
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    pos = 2
    while pos + 9 < len(data):
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            pos += 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if marker in _JPEG_SOF:
            h, w = struct.unpack(">HH", data[pos + 5 : pos + 9])
            return w, h
        pos += 2 + length
    return None


def _webp_size(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8X":
        w = int.from_bytes(data[24:27], "little") + 1
        h = int.from_bytes(data[27:30], "little") + 1
        return w, h
    if chunk == b"VP8L":
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8 ":
        w, h = struct.unpack("<HH", data[26:30])
        return w & 0x3FFF, h & 0x3FFF
    return None
