"""DetectPipeline: run the lexicon over a page, its title, URL and the text in its images.

Images are fetched through the crawl's own downloader (so politeness, robots and the size cap
apply) and read in OCR worker processes (``lexicon.ocr.OcrPool``), never on the event loop.

Settings (read once into :class:`DetectConfig`): ``LEXICON_ENABLED``, ``LEXICON_OCR``,
``LEXICON_OCR_WORKERS``, ``LEXICON_PACKS``, ``ADSWEEP_MAX_IMAGES_PER_PAGE``,
``ADSWEEP_MAX_IMAGE_BYTES``.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from scrapy import Request
from scrapy.exceptions import NotConfigured

from lexicon import get_detector
from lexicon.errors import ImageError
from pipelines.config import SettingsError, setting
from pipelines.hitbuild import build_hit
from pipelines.items import PageItem

__all__ = ["DetectConfig", "DetectPipeline", "detection_setup"]

logger = logging.getLogger(__name__)

_IMAGE_TYPES = (b"image/",)


@dataclass(frozen=True, slots=True)
class DetectConfig:
    """Whether to detect, and how many images of a page to read (and how large)."""

    enabled: bool
    ocr: bool
    ocr_workers: int
    max_images: int
    max_image_bytes: int
    lexicon_dir: str | None
    packs: tuple[str, ...] = ()  # empty: the detector's default packs

    @classmethod
    def from_settings(cls, settings: Any) -> DetectConfig:
        return cls(
            enabled=setting(settings, "LEXICON_ENABLED", "bool"),
            ocr=setting(settings, "LEXICON_OCR", "bool"),
            ocr_workers=setting(settings, "LEXICON_OCR_WORKERS", "int"),
            packs=tuple(str(p) for p in setting(settings, "LEXICON_PACKS", "list")),
            max_images=setting(settings, "ADSWEEP_MAX_IMAGES_PER_PAGE", "int"),
            max_image_bytes=setting(settings, "ADSWEEP_MAX_IMAGE_BYTES", "int"),
            lexicon_dir=setting(settings, "LEXICON_DIR"),
        )


def detection_setup(settings: Any) -> str:
    """``<lexicon version>|<packs>`` of the detection these settings run ("" when detection is
    off): the incremental re-crawl skips an unchanged page only if this is unchanged too."""
    config = DetectConfig.from_settings(settings)
    if not config.enabled:
        return ""
    return _active(get_detector(config.lexicon_dir or None), config.packs)[1]


def _active(detector: Any, packs: tuple[str, ...]) -> tuple[list[str], str]:
    """The packs a detection runs and its ``<version>|<packs>`` label; an unknown pack fails
    the crawl at start, never silently scans nothing."""
    try:
        active = sorted(detector.active_packs(packs or None))
    except ValueError as e:
        raise SettingsError(f"LEXICON_PACKS: {e}") from e
    return active, f"{detector.version}|{','.join(active)}"


class DetectPipeline:
    """Sets ``item.scan``, ``item.image_texts`` and ``item.hit`` (built here, once per page)."""

    def __init__(self, crawler: Any, config: DetectConfig) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.ocr_enabled = config.ocr
        self.ocr_workers = config.ocr_workers
        self.max_images = config.max_images
        self.max_image_bytes = config.max_image_bytes
        self.detector = get_detector(config.lexicon_dir or None)
        self.packs, self.setup = _active(self.detector, config.packs)
        self._ocr: Any = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> DetectPipeline:
        config = DetectConfig.from_settings(crawler.settings)
        if not config.enabled:
            raise NotConfigured
        return cls(crawler, config)

    def open_spider(self) -> None:
        if self.ocr_enabled and self.max_images > 0:
            from lexicon.ocr import OcrPool

            self._ocr = OcrPool(max_workers=self.ocr_workers)

    def close_spider(self) -> None:
        if self._ocr is not None:
            self._ocr.close()

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, PageItem):
            return item
        image_texts, qr_urls = await self._read_images(item)
        item.image_texts = image_texts
        scan = item.scan = self.detector.scan_page(
            text=item.text,
            title=item.title,
            url=item.final_url or item.url,
            image_texts=image_texts,
            qr_urls=qr_urls,
            packs=self.packs,
        )
        item.hit = build_hit(item)
        item.detected_with = self.setup
        self.stats.inc_value("adsweep/detect/pages")
        if item.hit is not None:
            self.stats.inc_value("adsweep/detect/pages_with_findings")
            for cat in scan.categories:
                self.stats.inc_value(f"adsweep/findings/{cat}")
        return item

    async def _read_images(self, item: PageItem) -> tuple[dict[str, str], list[str]]:
        if self._ocr is None or not item.image_urls:
            return {}, []
        urls = item.image_urls[: self.max_images]
        results = await asyncio.gather(*(self._read_one(u) for u in urls))
        texts: dict[str, str] = {}
        qr: list[str] = []
        for url, reading in zip(urls, results, strict=True):
            if reading is None:
                continue
            if reading.text.strip():
                texts[url] = reading.text
            qr.extend(reading.qr_urls)
        return texts, list(dict.fromkeys(qr))

    async def _read_one(self, url: str) -> Any:
        req = Request(url, meta={"adsweep_image": True, "download_maxsize": self.max_image_bytes})
        try:
            resp = await self.crawler.engine.download_async(req)
        except Exception as e:  # a failed image must never fail the page
            self.stats.inc_value("adsweep/ocr/fetch_failed")
            logger.info("image not fetched %s: %s", url, e)
            return None
        ctype = (resp.headers.get(b"Content-Type") or b"").lower()
        if resp.status != 200 or not ctype.startswith(_IMAGE_TYPES):
            self.stats.inc_value("adsweep/ocr/skipped")
            return None
        try:
            reading = await asyncio.wrap_future(self._ocr.submit(resp.body))
        except ImageError as e:
            self.stats.inc_value("adsweep/ocr/refused")
            self.stats.inc_value(f"adsweep/ocr/refused/{e.reason}")
            logger.info("image refused %s: %s", url, e)
            return None
        except BrokenProcessPool:
            self.stats.inc_value("adsweep/ocr/worker_died")
            logger.error(
                "OCR worker died reading %s (out of memory or a crash); a new worker takes "
                "over, this image is skipped",
                url,
            )
            return None
        except Exception as e:
            self.stats.inc_value("adsweep/ocr/failed")
            logger.warning("image not read %s: %s", url, e)
            return None
        self.stats.inc_value("adsweep/ocr/images")
        return reading
