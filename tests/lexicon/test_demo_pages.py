"""Every labelled demo-web page: violations caught with exactly their categories, negatives silent.

Pages that only exist after JavaScript runs (``needs_render``) are the crawl's job (a real
browser); here each page is fetched from the real demo server, decoded and extracted with the
crawl's own functions, its images read by OCR, and scanned with ``scan_page``.
"""

from __future__ import annotations

import pytest

from crawlers.demo.labels import load_labels
from crawlers.demo.server import DemoServer
from tests.lexicon.demo_scan import scan_label

LABELS = [lb for lb in load_labels() if lb.crawlable and not lb.needs_render]


@pytest.fixture(scope="module")
def demo():
    with DemoServer() as srv:
        yield srv


@pytest.fixture(scope="module")
def ocr():
    from lexicon.ocr import read_image

    seen: dict[bytes, object] = {}

    def read(data: bytes):
        if data not in seen:
            seen[data] = read_image(data)
        return seen[data]

    return read


@pytest.mark.slow
@pytest.mark.parametrize("label", LABELS, ids=[lb.path for lb in LABELS])
def test_demo_page(det, demo, ocr, label) -> None:
    res = scan_label(det, demo.base_url, label, ocr)
    assert sorted(res.categories) == sorted(label.categories), (
        label.note,
        [(f.rule_id, f.source, f.matched) for f in res.findings],
    )
