"""The rendered letter, read back: PDF through poppler (text and geometry), DOCX through
python-docx, JSON and CSV through their parsers. One letter is rendered per module."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
from pathlib import Path

import pytest

from reports.compose import Numbered, compose
from reports.config import load_config
from reports.workflow import write_letter
from tests.reports.batch import CONFIG, ISSUED, fixture_hits

MM = 72 / 25.4


@pytest.fixture(scope="module")
def letter(tmp_path_factory):
    cfg = load_config(CONFIG)
    # Enough listings for the attachment table to run over several pages.
    hits = [h for h in fixture_hits() * 1]
    many = []
    for n in range(12):
        for h in hits:
            d = h.to_dict()
            d["id"], d["url"] = f"{h.id[:24]}{n:08d}", h.url.replace(".html", f"-{n}.html")
            d["final_url"] = d["url"]
            many.append(type(h).from_dict(d))
    ctx = compose("notice", cfg, many, Numbered(12, ISSUED, "易购街网络科技有限公司"))
    files = write_letter(ctx, tmp_path_factory.mktemp("letter"))
    return ctx, {k: Path(v["path"]) for k, v in files.items()}


def _pdftotext(path: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip


def test_pdf_text_has_number_every_url_and_hash(letter):
    ctx, files = letter
    raw = re.sub(r"\s+", "", _pdftotext(files["pdf"], "-raw"))
    assert "临市监函〔2026〕12号" in raw
    for x in ctx.listings:
        assert x.url in raw, x.url
        assert x.evidence_sha256 in raw, x.evidence_sha256
    assert "涉嫌违法信息清单" in raw and "临江市市场监督管理局" in raw


def _pages(path: Path) -> list[list[tuple[float, float, float, float, str]]]:
    """Words per page with their boxes (points, origin top left), from pdftotext -bbox."""
    html = _pdftotext(path, "-bbox")
    pages = []
    for page in html.split("<page ")[1:]:
        words = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                           r"([^<]*)</word>", page)  # fmt: skip
        pages.append([(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in words])
    return pages


def test_pdf_geometry_gbt9704(letter):
    _, files = letter
    info = subprocess.run(["pdfinfo", str(files["pdf"])], capture_output=True, text=True).stdout
    assert re.search(r"Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)", info)
    pages = _pages(files["pdf"])
    assert len(pages) >= 4
    for n, words in enumerate(pages, 1):
        folio = [w for w in words if re.fullmatch(r"\d+", w[4]) and w[1] > 262 * MM]
        body = [w for w in words if w not in folio and w[4] != "—"]
        binding = 28 * MM if n % 2 else 26 * MM  # odd pages bind left, even pages right
        assert min(w[0] for w in body) >= binding - 1, n
        assert max(w[2] for w in body) <= 210 * MM - (54 * MM - binding) + 1, n
        assert min(w[1] for w in body) >= 37 * MM - 8, n
        assert max(w[3] for w in body) <= 262 * MM + 1, n
        # "— n —" 7 mm below the text block: odd pages at the right, even pages at the left.
        assert [w[4] for w in folio] == [str(n)]
        x = folio[0][0]
        assert (x > 150 * MM) if n % 2 else (x < 60 * MM), n
        assert folio[0][1] >= 262 * MM + 6 * MM


def test_pdf_body_grid_and_fonts(letter):
    _, files = letter
    layout = _pdftotext(files["pdf"], "-f", "2", "-l", "2").splitlines()
    # 28 full-width characters a line (lines with half-width digits or Latin hold more).
    lines = [ln.strip() for ln in layout if len(ln.strip()) >= 20 and ln.strip().isascii() is False]
    wide = [ln for ln in lines if not re.search(r"[\x00-\x7f]", ln)]
    assert wide and max(len(ln) for ln in wide) == 28
    first = _pages(files["pdf"])[1]
    ys = sorted({round(w[1], 1) for w in first if w[1] < 262 * MM})
    assert len(ys) == 22  # a full page of body text holds 22 lines
    fonts = subprocess.run(["pdffonts", str(files["pdf"])], capture_output=True, text=True).stdout
    assert "FandolFang" in fonts and "Noto-Serif-CJK-SC-Bold" in fonts and "FandolHei" in fonts
    assert all(ln.split()[-5] == "yes" for ln in fonts.splitlines()[2:])  # all embedded


def test_attachment_header_repeats_on_every_table_page(letter):
    _, files = letter
    pages = _pages(files["pdf"])
    table_pages = [p for p in pages if any(w[4] == "证据SHA-256" for w in p)]
    listing_pages = [p for p in pages if any(w[4].startswith("https://") for w in p)]
    assert len(table_pages) >= 2 and table_pages == listing_pages


def test_docx_layout_and_content(letter):
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Mm

    ctx, files = letter
    doc = Document(str(files["docx"]))
    sec = doc.sections[0]
    got = (sec.page_width, sec.page_height, sec.top_margin, sec.left_margin, sec.right_margin,
           sec.bottom_margin)  # fmt: skip
    for value, mm in zip(got, (210, 297, 37, 28, 26, 35), strict=True):
        assert abs(value - Mm(mm)) < Mm(0.05)  # stored in twentieths of a point
    assert doc.settings.element.find(qn("w:mirrorMargins")) is not None
    assert doc.settings.odd_and_even_pages_header_footer
    odd = sec.footer.paragraphs[0]._p.xml
    even = sec.even_page_footer.paragraphs[0]._p.xml
    assert "PAGE" in odd and 'w:val="right"' in odd and "PAGE" in even and 'w:val="left"' in even
    grid = sec._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:linePitch")) == "579"
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "临市监函〔2026〕12号" in text and "易购街网络科技有限公司：" in text
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    for x in ctx.listings:
        assert x.url in cells and x.evidence_sha256 in cells
    table = doc.tables[0]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    fonts = {r._element.rPr.rFonts.get(qn("w:eastAsia"))
             for p in doc.paragraphs for r in p.runs if r.text}  # fmt: skip
    assert {"仿宋", "宋体", "黑体"} <= fonts


def test_json_and_csv_listings(letter):
    ctx, files = letter
    data = json.loads(files["json"].read_text(encoding="utf-8"))
    assert data["doc_no"] == ctx.doc_no and len(data["listings"]) == len(ctx.listings) == 60
    first = data["listings"][0]
    assert {"id", "url", "categories", "provisions", "evidence_sha256"} <= set(first)
    assert len({x["id"] for x in data["listings"]}) == 60
    raw = files["csv"].read_bytes()
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["网址"] for r in rows] == [x.url for x in ctx.listings]
    assert all(len(r["证据SHA-256"]) == 64 for r in rows)
