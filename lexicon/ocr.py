"""Text and QR codes inside images, read off the crawl's event loop.

Sellers put the whole ad in a picture. :func:`read_image` runs rapidocr-onnxruntime (its
default PP-OCR models ship inside the wheel; asking for any other model makes it reach for a
model hub) and OpenCV's QR decoder, then converts traditional to simplified (OCR output mixes
both). :class:`OcrPool` runs it in worker processes with a cache by SHA-256 of the bytes, so a
page full of images, or the same banner on every page, never stalls the crawl.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import threading
from collections import OrderedDict
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field

__all__ = [
    "MAX_IMAGE_BYTES",
    "MAX_PIXELS",
    "ImageError",
    "ImageReading",
    "OcrPool",
    "read_image",
]

#: Images larger than this are refused before decoding (bytes).
MAX_IMAGE_BYTES = 8 * 1024 * 1024
#: Images with more pixels are scaled down before OCR.
MAX_PIXELS = 4_000_000
_MIN_SCORE = 0.5


class ImageError(ValueError):
    """The bytes are not a decodable image, or exceed the caps."""


@dataclass(frozen=True, slots=True)
class ImageReading:
    text: str
    qr_urls: list[str] = field(default_factory=list)


_engine = None


def _ocr_engine():  # type: ignore[no-untyped-def]
    global _engine
    if _engine is None:
        from rapidocr_onnxruntime import RapidOCR

        _engine = RapidOCR()
    return _engine


def _decode(data: bytes):  # type: ignore[no-untyped-def]
    import cv2
    import numpy as np

    if not data:
        raise ImageError("空图片")
    if len(data) > MAX_IMAGE_BYTES:
        raise ImageError(f"图片过大：{len(data)} 字节，上限 {MAX_IMAGE_BYTES}")
    img = cv2.imdecode(np.frombuffer(data, dtype=np.uint8), cv2.IMREAD_COLOR)
    if img is None:
        raise ImageError("无法解码的图片数据")
    h, w = img.shape[:2]
    if h * w > MAX_PIXELS:
        scale = (MAX_PIXELS / (h * w)) ** 0.5
        img = cv2.resize(img, (max(1, int(w * scale)), max(1, int(h * scale))))
    return img


def _qr_urls(img) -> list[str]:  # type: ignore[no-untyped-def]
    import cv2

    det = cv2.QRCodeDetector()
    try:
        ok, decoded, _points, _ = det.detectAndDecodeMulti(img)
    except cv2.error:
        ok, decoded = False, ()
    if not ok:
        value, _points, _ = det.detectAndDecode(img)
        decoded = (value,) if value else ()
    return [d for d in dict.fromkeys(decoded) if d]


def read_image(data: bytes) -> ImageReading:
    """OCR text (simplified Chinese, lines joined by newlines) and QR payloads of an image."""
    from opencc import OpenCC

    img = _decode(data)
    result, _ = _ocr_engine()(img)
    lines = [str(r[1]) for r in result or () if float(r[2]) >= _MIN_SCORE]
    text = OpenCC("t2s").convert("\n".join(lines))
    return ImageReading(text=text, qr_urls=_qr_urls(img))


class OcrPool:
    """OCR in worker processes; ``submit`` returns a future, repeated images hit the cache."""

    def __init__(self, max_workers: int = 1, cache_size: int = 1024) -> None:
        # spawn, not fork: the crawl process runs an event loop and threads.
        ctx = multiprocessing.get_context("spawn")
        self._pool = ProcessPoolExecutor(max_workers=max_workers, mp_context=ctx)
        self._cache: OrderedDict[str, Future[ImageReading]] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

    def submit(self, data: bytes) -> Future[ImageReading]:
        """Read ``data`` in a worker; a failed read resolves the future with the exception."""
        key = hashlib.sha256(data).hexdigest()
        with self._lock:
            fut = self._cache.get(key)
            if fut is not None:
                self._cache.move_to_end(key)
                return fut
            if len(data) > MAX_IMAGE_BYTES:
                fut = Future()
                fut.set_exception(ImageError(f"图片过大：{len(data)} 字节"))
            else:
                fut = self._pool.submit(read_image, data)
            self._cache[key] = fut
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
            return fut

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> OcrPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
