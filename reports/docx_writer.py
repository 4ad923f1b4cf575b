"""The letter as DOCX (python-docx), in the same GB/T 9704 layout as the PDF.

Fonts are named as officials' machines have them (仿宋, 宋体, 黑体, 楷体; ``scripts/setup.sh``
maps them to FandolFang, Noto Serif CJK SC, FandolHei and FandolKai through fontconfig here).
The grid is 22 lines of 28 characters (``w:docGrid``); margins are mirrored so the binding-side
margin is 28 mm on both sides of the sheet; odd pages number at the right, even at the left.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reports.context import LetterContext
from reports.glyphs import xml_safe

__all__ = ["BODY_FONT", "HEADING_FONT", "TITLE_FONT", "write_docx"]

BODY_FONT, TITLE_FONT, HEADING_FONT, KAI_FONT = "仿宋", "宋体", "黑体", "楷体"
MONO_FONT = "Courier New"
RED = "C00000"
LINE = 28.95  # points: 225 mm / 22 lines
COLS_MM = (8, 33, 16, 26, 15, 22, 13, 23)
HEADERS = ("序号", "网址", "店铺/卖家", "标题", "违法类型", "违反条款", "截取时间", "证据SHA-256")
NUMERALS = "一二三四五六七八九十"


def _qn(tag: str) -> str:
    from docx.oxml.ns import qn

    return qn(tag)


def _el(tag: str, **attrs: str) -> Any:
    from docx.oxml import OxmlElement

    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(_qn(k), v)
    return e


def _font(run: Any, east: str = BODY_FONT, size: float = 16, bold: bool = False,
          color: str | None = None, latin: str = "Times New Roman") -> Any:  # fmt: skip
    from docx.shared import Pt, RGBColor

    run.font.size, run.font.bold, run.font.name = Pt(size), bold, latin
    rfonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    rfonts.set(_qn("w:eastAsia"), east)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def _para(doc: Any, text: str = "", *, indent: float = 2, align: str = "justify",
          east: str = BODY_FONT, size: float = 16, bold: bool = False, color: str | None = None,
          line: float | None = LINE, right_chars: float = 0, hanging: float = 0) -> Any:  # fmt: skip
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.shared import Pt

    p = doc.add_paragraph()
    fmt = p.paragraph_format
    fmt.alignment = {"justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "center": WD_ALIGN_PARAGRAPH.CENTER,
                     "right": WD_ALIGN_PARAGRAPH.RIGHT, "left": WD_ALIGN_PARAGRAPH.LEFT}[align]  # fmt: skip
    fmt.space_before = fmt.space_after = Pt(0)
    if line:
        fmt.line_spacing_rule, fmt.line_spacing = WD_LINE_SPACING.EXACTLY, Pt(line)
    if indent:
        fmt.first_line_indent = Pt(16 * indent)
    if hanging:
        fmt.left_indent, fmt.first_line_indent = Pt(16 * (indent + hanging)), Pt(-16 * hanging)
    if right_chars:
        fmt.right_indent = Pt(16 * right_chars)
    if text:
        _font(p.add_run(xml_safe(text)), east, size, bold, color)
    return p


def _page_setup(doc: Any) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance, sec.header_distance = Mm(21), Mm(15)
    grid = sec._sectPr.find(_qn("w:docGrid"))
    if grid is None:
        grid = _el("w:docGrid")
        sec._sectPr.append(grid)
    # 22 lines a page (pitch in twentieths of a point). 28 characters a line come from the
    # body text's spacing (-0.2 pt a character, as in the PDF), not from a character grid,
    # which word processors snap differently.
    grid.set(_qn("w:type"), "lines")
    grid.set(_qn("w:linePitch"), str(round(LINE * 20)))
    settings = doc.settings.element
    settings.append(_el("w:mirrorMargins"))
    doc.settings.odd_and_even_pages_header_footer = True
    normal = doc.styles["Normal"]
    _font(normal, BODY_FONT, 16)
    # The grid's character pitch is relative to the document-default size: make it 3号 too.
    defaults = doc.styles.element.find(_qn("w:docDefaults"))
    rpr = defaults.find(_qn("w:rPrDefault")).find(_qn("w:rPr"))
    for tag in ("w:sz", "w:szCs"):
        el = rpr.find(_qn(tag))
        if el is None:
            el = _el(tag)
            rpr.append(el)
        el.set(_qn("w:val"), "32")
    spacing = normal.element.get_or_add_rPr()
    spacing.append(_el("w:spacing", **{"w:val": "-5"}))  # -0.25 pt: 28 characters in 156 mm


def _page_number(paragraph: Any) -> None:
    for text in ("— ",):
        _font(paragraph.add_run(text), TITLE_FONT, 14, latin="宋体")
    run = paragraph.add_run()
    _font(run, TITLE_FONT, 14, latin="宋体")
    run._r.append(_el("w:fldChar", **{"w:fldCharType": "begin"}))
    instr = _el("w:instrText")
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr.text = " PAGE "
    run._r.append(instr)
    run._r.append(_el("w:fldChar", **{"w:fldCharType": "end"}))
    _font(paragraph.add_run(" —"), TITLE_FONT, 14, latin="宋体")


def _footers(doc: Any) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    sec = doc.sections[0]
    odd = sec.footer.paragraphs[0]
    odd.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    odd.paragraph_format.right_indent = Pt(14)
    _page_number(odd)
    even = sec.even_page_footer.paragraphs[0]
    even.alignment = WD_ALIGN_PARAGRAPH.LEFT
    even.paragraph_format.left_indent = Pt(14)
    _page_number(even)


def _border(paragraph: Any, side: str, size: int, color: str = "000000") -> None:
    ppr = paragraph._p.get_or_add_pPr()
    bdr = ppr.find(_qn("w:pBdr"))
    if bdr is None:
        bdr = _el("w:pBdr")
        ppr.append(bdr)
    bdr.append(_el(f"w:{side}", **{"w:val": "single", "w:sz": str(size), "w:space": "1",
                                    "w:color": color}))  # fmt: skip


def _head(doc: Any, c: LetterContext) -> None:
    if c.specimen:
        _para(doc, "示例配置生成 · 非正式文书", indent=0, align="center", east=HEADING_FONT,
              size=10.5, color=RED, line=None)  # fmt: skip
    mast = _para(doc, c.authority, indent=0, align="center", east=TITLE_FONT, size=26,
                 bold=True, color=RED, line=None)  # fmt: skip
    _border(mast, "bottom", 24, RED)
    _para(doc, c.doc_no, indent=0, align="right")
    _para(doc)
    _para(doc, c.title, indent=0, align="center", east=TITLE_FONT, size=22, bold=True, line=32)
    _para(doc)
    _para(doc, f"{c.addressee}：", indent=0, align="left")


def _body(doc: Any, c: LetterContext) -> None:
    _para(doc, c.opening)
    if c.kind == "referral":
        _para(doc, "一、基本案情", east=HEADING_FONT)
        _para(doc, c.case_summary)
    elif c.kind == "notice":
        _para(doc, "一、违法事实和理由", east=HEADING_FONT)
    for i, r in enumerate(c.reasons):
        tail = f"{r.reason}（{'、'.join(r.citations)}）。" if c.kind == "notice" else ""
        tail = f"{r.reason}。" if c.kind == "referral" else tail
        _para(doc, f"（{NUMERALS[i]}）{r.label}。{r.fact}。{tail}")
    if c.kind == "request":
        laws = "、".join(p.citation for p in c.provisions)
        _para(doc, f"根据{laws}等规定，请你单位协助提供以下材料：")
    else:
        _para(doc, "二、法律依据" if c.kind == "notice" else "二、涉嫌违反的规定",
              east=HEADING_FONT)  # fmt: skip
        for p in c.provisions:
            note = f"（{p.caveat}）" if c.kind == "referral" and p.caveat else ""
            _para(doc, f"{p.citation}规定：“{p.text}”{note}")
    _demands(doc, c)


def _demands(doc: Any, c: LetterContext) -> None:
    if c.kind == "notice":
        _para(doc, "三、处理要求", east=HEADING_FONT)
        _para(doc, "依据上述规定，请你单位：")
    elif c.kind == "referral":
        _para(doc, "三、涉案联系方式", east=HEADING_FONT)
        _contacts(doc, c)
        _para(doc, "四、移送材料", east=HEADING_FONT)
    for i, d in enumerate(c.demands, 1):
        _para(doc, f"{i}. {d}")
    if c.kind == "notice":
        _para(doc, "四、告知事项", east=HEADING_FONT)
        _para(doc, c.remedies)
    elif c.kind == "request":
        _para(doc, f"请于{c.deadline}前将上述材料（加盖单位公章）报送我局。材料涉及个人信息和"
                   "商业秘密的，我局将依法保密，仅用于本案调查。")  # fmt: skip
        if c.contacts:
            _para(doc, "涉案信息中出现的联系方式如下，请一并核查其注册、实名及交易情况：")
            _contacts(doc, c)
    else:
        _para(doc, "以上线索，请依法审查处理，并将处理结果函告我局。")


def _table(doc: Any, headers: tuple[str, ...], widths_mm: tuple[float, ...],
           rows: list[tuple[str, ...]], mono: tuple[int, ...] = (), size: float = 9) -> Any:  # fmt: skip
    from docx.shared import Mm

    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    t.autofit = False
    tblpr = t._tbl.tblPr
    tblpr.append(_el("w:tblLayout", **{"w:type": "fixed"}))
    head = t.rows[0]
    head._tr.get_or_add_trPr().append(_el("w:tblHeader"))  # repeats on every page
    for cell, text, w in zip(head.cells, headers, widths_mm, strict=True):
        cell.width = Mm(w)
        _cell_text(cell, text, HEADING_FONT, size)
    for row in rows:
        r = t.add_row()
        r._tr.get_or_add_trPr().append(_el("w:cantSplit"))
        for i, (cell, text, w) in enumerate(zip(r.cells, row, widths_mm, strict=True)):
            cell.width = Mm(w)
            _cell_text(cell, text, BODY_FONT, size, mono=i in mono)
    return t


def _cell_text(cell: Any, text: str, east: str, size: float, mono: bool = False) -> None:
    from docx.shared import Pt

    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    p._p.get_or_add_pPr().append(_el("w:snapToGrid", **{"w:val": "0"}))  # rows stay compact
    latin = MONO_FONT if mono else "Times New Roman"
    _font(p.add_run(xml_safe(text)), east, size - (2.5 if mono else 0), latin=latin)


def _contacts(doc: Any, c: LetterContext) -> None:
    if not c.contacts:
        _para(doc, "涉案信息中未发现联系方式。")
        return
    rows = [(k.label, k.value, str(k.listings)) for k in c.contacts]
    _table(doc, ("类型", "联系方式", "涉及信息（条）"), (39, 78, 39), rows, size=10)


def _signature(doc: Any, c: LetterContext) -> None:
    if c.attachments:
        _para(doc)
        for i, a in enumerate(c.attachments, 1):
            _para(doc, f"{'附件：' if i == 1 else ''}{i}. {a}", indent=2 if i == 1 else 5)
    for _ in range(2):
        _para(doc)
    _para(doc, "（印章）", indent=0, align="right", right_chars=6, color=RED, size=12)
    _para(doc, c.authority, indent=0, align="right", right_chars=4)
    _para(doc, c.date, indent=0, align="right", right_chars=4)
    _para(doc)
    _para(doc, f"（联系人：{c.contact_person}，联系电话：{c.contact_phone}）")


def _attachments(doc: Any, c: LetterContext) -> None:
    from docx.enum.text import WD_BREAK

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _para(doc, "附件1", indent=0, align="left", east=HEADING_FONT)
    _para(doc, c.attachments[0], indent=0, align="center", east=TITLE_FONT, size=22, bold=True,
          line=40)  # fmt: skip
    rows = [(str(x.no), x.url, x.shop_seller(), x.title, "；".join(x.category_labels),
             x.provisions_text, x.captured_at, x.evidence_sha256 or "—") for x in c.listings]  # fmt: skip
    _table(doc, HEADERS, COLS_MM, rows, mono=(1, 7))
    if c.kind == "referral":
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _para(doc, "附件2", indent=0, align="left", east=HEADING_FONT)
        _para(doc, c.attachments[1], indent=0, align="center", east=TITLE_FONT, size=22,
              bold=True, line=40)  # fmt: skip
        rows = [(str(i), f"{e.wacz}\n{e.record}", f"{e.wacz_sha256}\n{e.record_sha256}")
                for i, e in enumerate(c.evidence, 1)]  # fmt: skip
        _table(doc, ("序号", "证据包（WACZ）及提取笔录", "SHA-256"), (12, 54, 90), rows,
               mono=(2,), size=10)  # fmt: skip


def _imprint(doc: Any, c: LetterContext) -> None:
    _para(doc)
    if c.cc:
        p = _para(doc, f"抄送：{'，'.join(c.cc)}。", indent=1, align="left", size=14)
        _border(p, "top", 8)
    p = _para(doc, f"{c.authority}　　　　{c.date}印发", indent=1, align="left", size=14)
    _border(p, "top", 4 if c.cc else 8)
    _border(p, "bottom", 8)


def write_docx(c: LetterContext, path: Path) -> Path:
    """Write the letter to ``path`` and return it."""
    from docx import Document

    doc = Document()
    _page_setup(doc)
    _footers(doc)
    _head(doc, c)
    _body(doc, c)
    _signature(doc, c)
    _attachments(doc, c)
    _imprint(doc, c)
    doc.save(str(path))
    return path
