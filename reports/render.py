"""Render a letter: HTML (Jinja2), PDF (WeasyPrint), DOCX, and the listings as JSON and CSV.

Templates live in ``reports/templates/`` and take one variable, ``c``, a
:class:`reports.context.LetterContext`. The JSON and CSV travel with every letter for
platforms' bulk-report channels: one object per listing with its stable id.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import io
import json
from collections.abc import Iterator
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from reports.context import LetterContext
from reports.glyphs import printable, unprintable

__all__ = ["LETTER_CSS", "TEMPLATES", "listings_csv", "listings_json", "render_html", "render_pdf"]

TEMPLATES = Path(__file__).with_name("templates")
#: The letters' stylesheet (scoped to ``.letter``); the full HTML and the PDF inline it.
LETTER_CSS = TEMPLATES / "letter.css"

#: CSV columns (Chinese headers for the platforms' staff; ids stay machine-readable).
CSV_COLUMNS: tuple[tuple[str, str], ...] = (
    ("no", "序号"), ("id", "信息编号"), ("url", "网址"), ("platform", "平台"), ("shop", "店铺"),
    ("seller", "卖家"), ("title", "标题"), ("categories", "违法类型代码"),
    ("category_labels", "违法类型"), ("provisions", "条款代码"),
    ("provision_citations", "违反条款"), ("captured_at", "截取时间（北京时间）"),
    ("captured_at_utc", "截取时间（UTC）"), ("evidence_sha256", "证据SHA-256"),
)  # fmt: skip


@functools.cache
def _env(for_print: bool = False) -> Environment:
    """The screen environment prints text as it is; the print one spells out what no font
    can draw (:mod:`reports.glyphs`) in every ``{{ … }}`` value."""
    return Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=printable if for_print else None,
    )


def render_html(ctx: LetterContext, *, for_print: bool = False, fragment: bool = False) -> str:
    """The letter as HTML; ``for_print`` is the PDF's source (see :mod:`reports.glyphs`).

    ``fragment`` is the ``<div class="letter">`` alone, for a page that links
    :data:`LETTER_CSS` itself (the reviewer, whose CSP refuses inline styles).
    """
    spelled = []
    if for_print:
        text = "".join(_strings(dataclasses.asdict(ctx)))
        spelled = [f"U+{ord(ch):04X}" for ch in unprintable(text)]
    tpl = _env(for_print).get_template(f"{ctx.kind}.html")
    return tpl.render(c=ctx, spelled=spelled, fragment=fragment)


def _strings(value: object) -> Iterator[str]:
    """Every string in a context (as ``dataclasses.asdict`` gives it)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _strings(v)


def render_pdf(ctx: LetterContext, path: Path) -> int:
    """Write the PDF; returns its page count."""
    from weasyprint import HTML

    doc = HTML(string=render_html(ctx, for_print=True), base_url=str(TEMPLATES)).render()
    doc.write_pdf(str(path))
    return len(doc.pages)


def listings_json(ctx: LetterContext) -> str:
    body = {
        "doc_no": ctx.doc_no,
        "kind": ctx.kind,
        "authority": ctx.authority,
        "addressee": ctx.addressee,
        "date": ctx.date,
        "deadline": ctx.deadline,
        "listings": [x.as_row() for x in ctx.listings],
    }
    return json.dumps(body, ensure_ascii=False, indent=1) + "\n"


def listings_csv(ctx: LetterContext) -> str:
    """UTF-8 with a BOM, so Excel opens the Chinese columns correctly."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([h for _, h in CSV_COLUMNS])
    for x in ctx.listings:
        row = x.as_row()
        w.writerow(["；".join(v) if isinstance(v, list) else v
                    for v in (row[k] for k, _ in CSV_COLUMNS)])  # fmt: skip
    return "\ufeff" + buf.getvalue()
