"""Real OCR (rapidocr default models) and QR decoding on images drawn with Pillow."""

from __future__ import annotations

import pytest

from lexicon.errors import ImageError
from lexicon.ocr import MAX_IMAGE_BYTES, OcrPool, read_image


@pytest.mark.slow
def test_text_is_read_and_simplified(ad_reading) -> None:
    assert "低压电工证包过" in ad_reading.text
    assert "abc12345" in ad_reading.text


@pytest.mark.slow
def test_qr_urls_are_decoded(ad_reading) -> None:
    assert ad_reading.qr_urls == ["http://cx-mem-gov.top/c?id=9"]


@pytest.mark.slow
def test_image_text_goes_through_the_detector(det, ad_reading) -> None:
    res = det.scan_page(
        text="商品详情见图",
        image_texts={"http://shop/ad.png": ad_reading.text},
        qr_urls=ad_reading.qr_urls,
    )
    assert set(res.categories) >= {"guarantee_promise", "certificate_sale", "fake_portal"}
    assert any(f.source == "image:http://shop/ad.png" for f in res.findings)
    assert ("wechat", "abc12345") in {(c.kind, c.value) for c in res.contacts}


def test_undecodable_and_oversized_images_raise_a_clear_error() -> None:
    with pytest.raises(ImageError, match="无法解码"):
        read_image(b"this is not an image")
    with pytest.raises(ImageError, match="空图片"):
        read_image(b"")
    with pytest.raises(ImageError, match="过大"):
        read_image(b"\x89PNG" + b"0" * MAX_IMAGE_BYTES)


@pytest.mark.slow
def test_pool_reads_in_a_worker_and_caches_by_hash(ad_image) -> None:
    with OcrPool(max_workers=1) as pool:
        fut = pool.submit(ad_image)
        assert "包过" in fut.result(timeout=120).text
        assert pool.submit(bytes(ad_image)) is fut
        bad = pool.submit(b"garbage")
        with pytest.raises(ImageError):
            bad.result(timeout=60)
