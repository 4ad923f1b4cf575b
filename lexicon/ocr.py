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
import signal
import threading
from collections import OrderedDict
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

from lexicon.errors import ImageError

__all__ = [
    "MAX_DECODE_PIXELS",
    "MAX_IMAGE_BYTES",
    "MAX_PIXELS",
    "ImageReading",
    "OcrPool",
    "check_image",
    "read_image",
]

#: Images larger than this are refused before decoding (bytes).
MAX_IMAGE_BYTES = 8 * 1024 * 1024
#: Images with more pixels are scaled down before OCR.
MAX_PIXELS = 4_000_000
#: Images whose header declares more pixels are refused before decoding: a decoder allocates
#: the whole bitmap first (a 169 KB PNG declaring 50,000 × 50,000 costs 7.5 GB).
MAX_DECODE_PIXELS = 40_000_000
_MIN_SCORE = 0.5


def check_image(data: bytes, max_pixels: int = MAX_DECODE_PIXELS) -> tuple[int, int]:
    """The image's size from its header, or :class:`ImageError` before anything decodes it."""
    from lexicon.imagehead import image_kind, image_size

    if not data:
        raise ImageError("空图片", "empty")
    if len(data) > MAX_IMAGE_BYTES:
        raise ImageError(f"图片过大：{len(data)} 字节，上限 {MAX_IMAGE_BYTES}", "bytes")
    if image_kind(data) is None:
        raise ImageError("无法解码：不是可识别的图片格式（PNG/JPEG/GIF/WebP/BMP）", "format")
    size = image_size(data)
    if size is None:
        raise ImageError("无法解码：图片头部残缺，读不出尺寸", "undecodable")
    if size[0] * size[1] > max_pixels:
        raise ImageError(
            f"图片头部声称 {size[0]}×{size[1]} 像素，超过上限 {max_pixels}（解压炸弹）", "pixels"
        )
    return size


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

    check_image(data)
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


def _die_with_parent() -> None:
    """A worker whose crawl was killed (SIGKILL) must not live on holding its memory."""
    import contextlib
    import ctypes
    import signal

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to their parent.

    A terminal sends SIGINT to the whole process group; a worker that took it would hand a
    ``KeyboardInterrupt`` back through the future, in the middle of the crawl's event loop,
    instead of letting the crawl shut down gracefully and close the pool itself.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _init_worker() -> None:
    _die_with_parent()
    _ignore_sigint()


class OcrPool:
    """OCR in worker processes; ``submit`` returns a future, repeated images hit the cache.

    A worker that dies (the kernel's OOM killer, a crash in a native decoder) breaks the
    process pool; the next :meth:`submit` starts a new one, and :attr:`deaths` counts how often
    that happened. The image in flight when a worker died keeps its failed future in the cache,
    so the same bytes are not fed to a new worker again.
    """

    def __init__(self, max_workers: int = 1, cache_size: int = 1024) -> None:
        self._workers = max_workers
        self._pool = self._new_pool()
        self._cache: OrderedDict[str, Future[ImageReading]] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()
        self.deaths = 0

    def _new_pool(self) -> ProcessPoolExecutor:
        # spawn, not fork: the crawl process runs an event loop and threads.
        ctx = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(
            max_workers=self._workers, mp_context=ctx, initializer=_init_worker
        )

    def submit(self, data: bytes) -> Future[ImageReading]:
        """Read ``data`` in a worker; a failed read resolves the future with the exception."""
        key = hashlib.sha256(data).hexdigest()
        with self._lock:
            fut = self._cache.get(key)
            if fut is not None:
                self._cache.move_to_end(key)
                return fut
            try:
                check_image(data)
            except ImageError as e:
                fut = Future()
                fut.set_exception(e)
            else:
                fut = self._submit(data)
            self._cache[key] = fut
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
            return fut

    def _submit(self, data: bytes) -> Future[ImageReading]:
        try:
            return self._pool.submit(read_image, data)
        except BrokenProcessPool:
            self.deaths += 1
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._new_pool()
            return self._pool.submit(read_image, data)

    def pids(self) -> list[int]:
        """Process ids of the live workers (for tests and the soak report)."""
        return [p.pid for p in (getattr(self._pool, "_processes", None) or {}).values() if p.pid]

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> OcrPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
