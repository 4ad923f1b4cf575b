"""电子数据提取笔录: the written record of an electronic-data extraction, as PDF or DOCX.

Market-regulation enforcement rules on electronic data ask that an extraction be written
down: what was captured, from where, when, with which tool and version, by whom, and the
hash of every file, so the data can later be shown to be unchanged. The record is filled from
the hit, its manifest entry and the exported package's files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

__all__ = ["ExtractionRecord", "write_docx", "write_pdf"]

_TEMPLATES = Path(__file__).with_name("templates")


@dataclass(slots=True)
class ExtractionRecord:
    """Everything the record states. Times are UTC ISO-8601 plus a Beijing-time rendering."""

    #: Record number (e.g. ``ADS-<hit id prefix>-<date>``).
    number: str
    subject: str  # 事由
    url: str
    final_url: str
    title: str
    platform: str
    shop: str
    captured_at: str
    captured_at_local: str
    exported_at: str
    exported_at_local: str
    tool: str
    method: str
    operator: str
    organization: str
    run_id: str
    manifest_seq: int
    manifest_hash: str
    manifest_prev: str
    timestamp: str
    #: (name, description, sha256, size in bytes) of every file in the package.
    files: list[tuple[str, str, str, int]] = field(default_factory=list)
    #: (rule id, category, severity, matched, excerpt) of every finding.
    findings: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    verified: str = ""
    #: How the data was obtained, for the closing note (a fetched page or an export's row).
    origin: str = "提取工具自动访问提取对象获取，原始网络请求与响应"

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def render_html(rec: ExtractionRecord) -> str:
    env = Environment(
        loader=FileSystemLoader(str(_TEMPLATES)), autoescape=select_autoescape(["html"])
    )
    return env.get_template("extraction_record.html").render(r=rec)


def write_pdf(rec: ExtractionRecord, path: Path) -> Path:
    from weasyprint import HTML

    HTML(string=render_html(rec), base_url=str(_TEMPLATES)).write_pdf(str(path))
    return path


def _cjk(run: Any, font: str = "Noto Serif CJK SC") -> None:
    from docx.oxml.ns import qn

    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)


def _rows(rec: ExtractionRecord) -> list[tuple[str, str]]:
    return [
        ("笔录编号", rec.number),
        ("事由", rec.subject),
        ("提取对象（网址）", rec.url),
        ("最终网址", rec.final_url),
        ("页面标题", rec.title),
        ("平台 / 店铺", f"{rec.platform} / {rec.shop}"),
        ("提取时间", f"{rec.captured_at_local}（UTC {rec.captured_at}）"),
        ("提取方法", rec.method),
        ("提取工具及版本", rec.tool),
        ("提取人", rec.operator),
        ("单位", rec.organization),
        ("批次 / 清单序号", f"{rec.run_id} / 第 {rec.manifest_seq} 条"),
        ("清单条目哈希（SHA-256）", rec.manifest_hash),
        ("前一条目哈希", rec.manifest_prev),
        ("可信时间戳", rec.timestamp),
        ("完整性校验", rec.verified),
        ("导出时间", f"{rec.exported_at_local}（UTC {rec.exported_at}）"),
    ]


def write_docx(rec: ExtractionRecord, path: Path) -> Path:
    from docx import Document
    from docx.shared import Mm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)  # A4, not the default US Letter
    normal = doc.styles["Normal"]
    normal.font.size = Pt(10.5)
    _cjk_style(normal)
    _cjk(doc.add_heading("", level=1).add_run("电子数据提取笔录"))
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for k, v in _rows(rec):
        cells = table.add_row().cells
        _cjk(cells[0].paragraphs[0].add_run(k))
        _cjk(cells[1].paragraphs[0].add_run(str(v)))
    _cjk(doc.add_paragraph().add_run("提取的电子数据文件清单"))
    files = doc.add_table(rows=1, cols=4)
    files.style = "Table Grid"
    for cell, head in zip(
        files.rows[0].cells, ("文件名", "内容", "SHA-256", "字节数"), strict=True
    ):
        _cjk(cell.paragraphs[0].add_run(head))
    for row in rec.files:
        for cell, v in zip(files.add_row().cells, row, strict=True):
            _cjk(cell.paragraphs[0].add_run(str(v)))
    _cjk(doc.add_paragraph().add_run("发现的违法线索"))
    for rule, cat, sev, matched, excerpt in rec.findings:
        _cjk(doc.add_paragraph().add_run(f"{rule}（{cat}，{sev}）：“{matched}”——{excerpt}"))
    _cjk(
        doc.add_paragraph().add_run(
            "提取人（签名）：　　　　　　见证人（签名）：　　　　　　日期："
        )
    )
    doc.save(str(path))
    return path


def _cjk_style(style: Any, font: str = "Noto Serif CJK SC") -> None:
    from docx.oxml.ns import qn

    style.font.name = font
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
