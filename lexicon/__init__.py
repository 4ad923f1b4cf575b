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
    from lexicon import alternation, recache
    from lexicon.detector import Detector
    from lexicon.rules import load_lexicon

    det = Detector(load_lexicon(root) if root else load_lexicon())
    det.warm()
    recache.save()  # the patterns this process compiled, for the next one (lexicon.recache)
    recache.release()
    alternation.save()  # the word lists' patterns it built (lexicon.alternation), likewise
    alternation.release()
    _return_freed_memory()
    return det


def _return_freed_memory() -> None:
    """Hand the build's freed memory back to the system (glibc's ``malloc_trim``).

    The build's transient structures (the Rust automata's intermediate NFA, the pool keys,
    the dictionary's sorted lines, tens of thousands of variant strings) are freed by the time
    the detector is built, but the C heap keeps their pages resident: about 14 MB of the
    process's RSS that only the scan's own later allocations would ever reuse, and only in
    part (benchmarks/lexicon.py's RSS, target 120 MB) (issue 9, session 66, mem1). A C library
    without ``malloc_trim`` (musl, macOS) is left as it is; the call takes a few milliseconds.
    """
    try:
        import ctypes

        trim = ctypes.CDLL(None).malloc_trim
    except (ImportError, OSError, AttributeError):
        return
    trim(0)
