"""Draw the demo web's images (run once; the PNGs are committed as package data).

``python -m crawlers.demo.make_images`` rewrites ``site/img/``. Product pictures are simple
shapes without text, so OCR finds nothing in them; ``ad-dgz.png`` is the one violation whose
text exists only inside an image; ``emblem.png`` is a generic red-and-gold round badge (not the
real national emblem's artwork); ``qr-cert.png`` is a QR code like those printed on forged cards.
Pillow comes with the locked stack (via rapidocr); OpenCV draws the QR code.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

IMG_DIR = Path(__file__).with_name("site") / "img"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SIZE = (240, 240)

#: The image-only violation: large, clear lines, as sellers post them to dodge text filters.
AD_LINES = ("低压电工证 包过", "不用考试 直接拿证", "全国通用 官网可查", "微信 xl-dgz1600")


def _canvas(color: str, size: tuple[int, int] = SIZE) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    img = Image.new("RGB", size, color)
    return img, ImageDraw.Draw(img)


def _star(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float, fill: str) -> None:
    points = []
    for k in range(10):
        rad = r if k % 2 == 0 else r * 0.4
        ang = -math.pi / 2 + k * math.pi / 5
        points.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
    draw.polygon(points, fill=fill)


def emblem() -> Image.Image:
    img, d = _canvas("white", (200, 200))
    d.ellipse((8, 8, 192, 192), fill="#c8161d", outline="#e6b422", width=10)
    d.ellipse((40, 40, 160, 160), outline="#e6b422", width=4)
    _star(d, 100, 92, 34, "#f4d03f")
    for dx in (-40, -20, 0, 20, 40):
        d.rectangle((100 + dx - 6, 140, 100 + dx + 6, 160), fill="#e6b422")
    return img


def ad_dgz() -> Image.Image:
    img, d = _canvas("#fff8e1", (720, 420))
    font = ImageFont.truetype(FONT, 64)
    d.rectangle((0, 0, 719, 419), outline="#d32f2f", width=8)
    for i, line in enumerate(AD_LINES):
        d.text((40, 30 + i * 95), line, font=font, fill="#b71c1c" if i < 2 else "#212121")
    return img


def qr_cert() -> Image.Image:
    import cv2

    url = "http://cx-mem-gov.cn.zscx-query.top/cxmem/query?zjh=T420106198805120031"
    qr = cv2.QRCodeEncoder.create().encode(url)
    big = cv2.resize(qr, (qr.shape[1] * 8, qr.shape[0] * 8), interpolation=cv2.INTER_NEAREST)
    return Image.fromarray(big).convert("RGB")


def cert_card() -> Image.Image:
    img, d = _canvas("#e8eef7", (320, 200))
    d.rounded_rectangle((10, 10, 310, 190), 14, fill="#1f4e8c")
    d.rectangle((30, 40, 100, 130), fill="#dfe6ee")
    for y in (50, 80, 110, 140):
        d.rectangle((120, y, 290, y + 10), fill="#9fb8d9")
    _star(d, 270, 165, 12, "#e6b422")
    return img


def _product(color: str, shape: Callable[[ImageDraw.ImageDraw], None]) -> Callable[[], Image.Image]:
    def draw() -> Image.Image:
        img, d = _canvas(color)
        shape(d)
        return img

    return draw


PRODUCTS: dict[str, Callable[[], Image.Image]] = {
    "tools.png": _product(
        "#f2f2f2",
        lambda d: (
            d.rectangle((50, 60, 70, 200), fill="#e53935"),
            d.rectangle((110, 60, 130, 200), fill="#fbc02d"),
            d.rectangle((170, 60, 190, 200), fill="#1e88e5"),
        ),
    ),
    "book.png": _product("#e3f2fd", lambda d: d.rectangle((60, 30, 180, 210), fill="#1565c0")),
    "flag.png": _product(
        "#ffffff",
        lambda d: (
            d.rectangle((30, 50, 210, 170), fill="#de2910"),
            _star(d, 70, 85, 20, "#ffde00"),
        ),
    ),
    "bag.png": _product(
        "#eceff1", lambda d: d.rounded_rectangle((60, 40, 180, 210), 24, fill="#37474f")
    ),
    "wallet.png": _product(
        "#fff3e0", lambda d: d.rounded_rectangle((40, 80, 200, 170), 10, fill="#6d4c41")
    ),
    "plant.png": _product(
        "#f1f8e9",
        lambda d: (
            d.ellipse((70, 40, 170, 140), fill="#43a047"),
            d.rectangle((80, 140, 160, 200), fill="#8d6e63"),
        ),
    ),
    "cardcover.png": _product(
        "#fafafa", lambda d: d.rounded_rectangle((40, 60, 200, 170), 8, outline="#90a4ae", width=4)
    ),
    "shoes.png": _product(
        "#eeeeee", lambda d: d.rounded_rectangle((30, 120, 210, 180), 30, fill="#212121")
    ),
    "helmet.png": _product(
        "#ede7f6",
        lambda d: (
            d.ellipse((50, 40, 190, 200), fill="#424242"),
            d.rectangle((80, 100, 160, 130), fill="#00bcd4"),
        ),
    ),
    "harness.png": _product(
        "#fff8e1",
        lambda d: (
            d.line((80, 30, 160, 210), fill="#f57c00", width=14),
            d.line((160, 30, 80, 210), fill="#f57c00", width=14),
        ),
    ),
    "welding.png": _product("#263238", lambda d: d.ellipse((100, 100, 140, 140), fill="#ffeb3b")),
    "classroom.png": _product(
        "#e0f2f1",
        lambda d: (
            d.rectangle((30, 30, 210, 120), fill="#2e7d32"),
            d.rectangle((40, 150, 200, 170), fill="#795548"),
        ),
    ),
    "earphone.png": _product(
        "#fafafa",
        lambda d: (
            d.ellipse((90, 90, 150, 150), fill="#9e9e9e"),
            d.ellipse((108, 108, 132, 132), fill="#616161"),
        ),
    ),
}


def main() -> None:
    IMG_DIR.mkdir(parents=True, exist_ok=True)
    drawn = {
        "emblem.png": emblem,
        "ad-dgz.png": ad_dgz,
        "qr-cert.png": qr_cert,
        "cert-card.png": cert_card,
        **PRODUCTS,
    }
    for name, draw in drawn.items():
        draw().save(IMG_DIR / name, optimize=True)
        print(IMG_DIR / name)


if __name__ == "__main__":
    main()
