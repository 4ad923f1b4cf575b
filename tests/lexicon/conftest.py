"""Shared fixtures for the lexicon tests: one detector and one OCR engine per session."""

from __future__ import annotations

import io

import pytest

FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


@pytest.fixture(scope="session")
def det():
    from lexicon import get_detector

    return get_detector()


def make_image(
    lines: list[str], qr: str | None = None, size: tuple[int, int] = (900, 360)
) -> bytes:
    """A PNG with Chinese text lines (Noto CJK) and optionally a QR code, made with Pillow."""
    import cv2
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(FONT, 40)
    im = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(im)
    for i, line in enumerate(lines):
        draw.text((20, 20 + 70 * i), line, font=font, fill="black")
    if qr:
        code = cv2.QRCodeEncoder.create().encode(qr)
        code = cv2.resize(code, (code.shape[1] * 6, code.shape[0] * 6), interpolation=0)
        im.paste(Image.fromarray(code).convert("RGB"), (size[0] - code.shape[1] - 20, 20))
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture(scope="session")
def ad_image() -> bytes:
    return make_image(
        ["低壓電工證包過 不用考試", "薇信 abc12345"], qr="http://cx-mem-gov.top/c?id=9"
    )


@pytest.fixture(scope="session")
def ad_reading(ad_image):
    from lexicon.ocr import read_image

    return read_image(ad_image)
