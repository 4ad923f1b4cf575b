"""Evasion glyphs on a letter: emoji print as themselves (Symbola), characters no font has are
spelled out as their code point, and the JSON keeps the seller's raw text."""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from reports.compose import Numbered, compose
from reports.config import load_config
from reports.glyphs import covered, printable, unprintable, xml_safe
from reports.render import listings_json, render_html, render_pdf
from tests.reports.batch import CONFIG, ISSUED, ROWS, fixture_hits

#: A star and a flame between the words (the demo's 焊工证⭐包⭐过), a private-use icon from a
#: shop's web font, a CJK extension-B character no Debian font has, a zero-width space.
TITLE = "焊工证⭐包⭐过🔥 电工证\ue000代办 𠀀速\u200b成"


def test_printable_spells_out_only_what_no_font_draws() -> None:
    assert printable("焊工证⭐包⭐过🔥✅☎") == "焊工证⭐包⭐过🔥✅☎"
    assert printable("a\ue000b") == "a[U+E000]b"
    assert printable("𠀀") == "[U+20000]"
    assert printable("包\u200b过\ufe0f") == "包\u200b过\ufe0f"  # invisible on the page too
    assert printable("\U000e0001x") == "\U000e0001x"  # a format control (language tag)
    assert printable(12) == 12
    assert printable("包\x0b过\x00") == "包[U+000B]过[U+0000]"
    assert xml_safe("包\x0b过⭐\ue000\n") == "包[U+000B]过⭐\ue000\n"
    assert unprintable(TITLE) == ["\ue000", "𠀀"]
    assert covered("⭐") and not covered("\U0010fffd")


@pytest.fixture(scope="module")
def pdf(tmp_path_factory):
    rows = [(*ROWS[0][:3], TITLE, *ROWS[0][4:]), *ROWS[1:3]]
    ctx = compose("notice", load_config(CONFIG), fixture_hits(rows),
                  Numbered(7, ISSUED, "易购街网络科技有限公司"))  # fmt: skip
    path = tmp_path_factory.mktemp("glyphs") / "n.pdf"
    render_pdf(ctx, path)
    return ctx, path


def test_pdf_prints_emoji_and_spells_out_the_rest(pdf) -> None:
    ctx, path = pdf
    text = re.sub(r"\s+", "", subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                                             text=True, check=True).stdout)  # fmt: skip
    assert "焊工证⭐包⭐过🔥电工证[U+E000]代办[U+20000]速成" in text
    assert "无法显示的字符（U+E000、U+20000）" in text
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert "Symbola" in fonts
    # The screen HTML (the reviewer's preview) and the bulk-report JSON keep the raw title.
    assert TITLE in render_html(ctx) and "[U+" not in render_html(ctx)
    assert json.loads(listings_json(ctx))["listings"][0]["title"] == TITLE


def test_letter_without_odd_characters_has_no_note(tmp_path) -> None:
    ctx = compose("notice", load_config(CONFIG), fixture_hits(ROWS[:2]),
                  Numbered(8, ISSUED, "易购街网络科技有限公司"))  # fmt: skip
    assert "无法显示" not in render_html(ctx, for_print=True)


def test_docx_takes_control_characters(tmp_path) -> None:
    """A title with control characters (XML cannot hold them) still makes a DOCX."""
    from docx import Document

    from reports.docx_writer import write_docx

    rows = [(*ROWS[0][:3], "焊工证\x0b包\x00过⭐", *ROWS[0][4:])]
    ctx = compose("notice", load_config(CONFIG), fixture_hits(rows),
                  Numbered(9, ISSUED, "易购街网络科技有限公司"))  # fmt: skip
    write_docx(ctx, tmp_path / "n.docx")
    cells = [c.text for t in Document(str(tmp_path / "n.docx")).tables for r in t.rows
             for c in r.cells]  # fmt: skip
    assert "焊工证[U+000B]包[U+0000]过⭐" in cells
