"""Scan the demo web's labelled pages the way the crawl does (shared by a test and by hand).

Fetches each page from a real :class:`crawlers.demo.server.DemoServer`, trusts the bytes over
the declared charset, extracts title and visible text, reads the page's images with OCR when
the label says the violation is only in an image, and calls ``scan_page``.
"""

from __future__ import annotations

import urllib.request
from typing import Any
from urllib.parse import urljoin


def fetch(url: str) -> tuple[bytes, str | None]:
    with urllib.request.urlopen(url, timeout=10) as r:
        return r.read(), r.headers.get("Content-Type")


def scan_label(det: Any, base: str, label: Any, read_image: Any = None) -> Any:
    """Decode and extract with the crawl's own functions, so the text is what a crawl sees."""
    from pipelines.extract import decode_html, extract_html

    url = urljoin(base, label.path)
    body, ctype = fetch(url)
    page = extract_html(decode_html(body, ctype).text, url)
    title, text = page.title, page.text
    images: dict[str, str] = {}
    qr: list[str] = []
    if read_image is not None:
        for img_url in page.image_urls[:8]:
            reading = read_image(fetch(img_url)[0])
            if reading.text:
                images[img_url] = reading.text
            qr += reading.qr_urls
    page_url = "http://127.0.0.1" + label.path
    return det.scan_page(text=text, title=title, url=page_url, image_texts=images, qr_urls=qr)


if __name__ == "__main__":
    from crawlers.demo.labels import load_labels
    from crawlers.demo.server import DemoServer
    from lexicon import get_detector
    from lexicon.ocr import read_image

    seen: dict = {}

    def ocr(data: bytes):
        if data not in seen:
            seen[data] = read_image(data)
        return seen[data]

    det = get_detector()
    bad = 0
    with DemoServer() as srv:
        for lb in load_labels():
            if not lb.crawlable or lb.needs_render:
                continue
            res = scan_label(det, srv.base_url, lb, ocr)
            ok = set(res.categories) == set(lb.categories)
            bad += not ok
            flag = "OK " if ok else "BAD"
            print(f"{flag} {lb.path} want={lb.categories} got={res.categories} {lb.note}")
            if not ok:
                for f in res.findings:
                    print(f"      + {f.rule_id} {f.source} {f.matched!r}")
                for s in res.suppressed:
                    print(f"      - {s.rule_id} {s.reason} {s.matched!r}")
    print("bad", bad)
