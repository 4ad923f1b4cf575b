"""The demo's images say what the labels claim: OCR reads the image-only ad, the QR decodes."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from crawlers.demo.labels import Label
from crawlers.demo.server import DemoServer
from tests.demo.conftest import fetch


def _image(demo: DemoServer, src: str) -> np.ndarray:
    data = np.frombuffer(fetch(demo.url(src)).body, dtype=np.uint8)
    return cv2.imdecode(data, cv2.IMREAD_COLOR)


@pytest.fixture(scope="module")
def image_only_page(demo: DemoServer, labels: list[Label]) -> str:
    (lb,) = [lb for lb in labels if lb.image_only]
    return fetch(lb.url(demo.base_url)).body.decode(lb.encoding)


def test_the_image_only_violation_is_not_in_the_page_text(image_only_page: str) -> None:
    assert "/img/ad-dgz.png" in image_only_page
    for word in ("包过", "不用考试", "官网可查", "xl-dgz1600"):
        assert word not in image_only_page


def test_ocr_reads_the_violation_from_the_image(demo: DemoServer) -> None:
    from rapidocr_onnxruntime import RapidOCR

    result, _ = RapidOCR()(_image(demo, "/img/ad-dgz.png"))
    text = "".join(line[1] for line in result)
    for word in ("低压电工证", "包过", "不用考试", "官网可查"):
        assert word in text, text


def test_the_forged_card_qr_code_opens_a_look_alike_portal(demo: DemoServer) -> None:
    decoded, _, _ = cv2.QRCodeDetector().detectAndDecode(_image(demo, "/img/qr-cert.png"))
    assert "/cxmem/query?zjh=" in decoded and "gov.cn/" not in decoded
