"""The lexicon: rules as data, evasion-proof matching, context, contacts and images.

A pure library (imports nothing else of adsweep, and no Scrapy): text in, findings out::

    from lexicon import get_detector
    res = get_detector().scan_page(text=..., title=..., url=..., image_texts={...})
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from lexicon.finding import CATEGORIES, Contact, Finding, ScanResult, Suppressed

if TYPE_CHECKING:
    from lexicon.detector import Detector

__all__ = [
    "CATEGORIES",
    "Contact",
    "Finding",
    "ScanResult",
    "Suppressed",
    "get_detector",
]


@cache
def get_detector(root: str | None = None) -> Detector:
    """The process-wide detector; loads ``lexicon/rules/**/*.yaml`` (or ``root``'s) once.

    The segmentation dictionary (jieba's word list, read by ``lexicon.segment`` without
    importing jieba; about a second) is loaded here too, not on the first candidate, so a
    crawl pays it when its pipeline starts rather than in the middle of its event loop.
    """
    from lexicon.detector import Detector
    from lexicon.rules import load_lexicon

    det = Detector(load_lexicon(root) if root else load_lexicon())
    det.warm()
    return det
