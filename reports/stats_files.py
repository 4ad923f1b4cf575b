"""Statistics to files: an XLSX with one sheet per table (the header rows report forms carry),
one CSV per table, and a PNG chart of the trend (matplotlib, CJK font)."""

from __future__ import annotations

import csv
from pathlib import Path

from reports.stats import Stats, Table

__all__ = ["write_chart", "write_csv", "write_xlsx"]

CHART_FONT = "Noto Sans CJK SC"


def _period(st: Stats) -> str:
    return f"{st.start.year}年{st.start.month}月{st.start.day}日至{st.end.year}年{st.end.month}月{st.end.day}日"


def write_xlsx(st: Stats, path: Path, *, unit: str, filler: str, phone: str, filled: str) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for t in st.tables:
        ws = wb.create_sheet(t.name)
        width = len(t.headers)
        ws.append([t.title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
        ws["A1"].font = Font(name="宋体", size=16, bold=True)
        ws["A1"].alignment = Alignment(horizontal="center")
        ws.append([f"填报单位（盖章）：{unit}"])
        ws.append([f"统计时段：{_period(st)}"])
        ws.append([f"填报人：{filler}", None, f"联系电话：{phone}"][: max(width, 2)]
                  if width > 2 else [f"填报人：{filler}　联系电话：{phone}"])  # fmt: skip
        ws.append([f"填报日期：{filled}"])
        header_row = ws.max_row + 1
        ws.append(t.headers)
        for row in t.with_total():
            ws.append(row)
        for r in ws.iter_rows(min_row=header_row, max_row=ws.max_row, max_col=width):
            for cell in r:
                cell.border = box
                if cell.row == header_row:
                    cell.font = Font(name="黑体", bold=True)
                    cell.alignment = Alignment(horizontal="center", wrap_text=True)
                elif isinstance(cell.value, int):
                    cell.number_format = "0"
        if t.note:
            ws.append([f"说明：{t.note}"])
        for i in range(1, width + 1):
            ws.column_dimensions[get_column_letter(i)].width = 30 if i == 1 else 14
        ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    wb.save(str(path))
    return path


def write_csv(st: Stats, folder: Path, stem: str) -> list[Path]:
    """One UTF-8 (BOM) CSV per table, ``<stem>-<sheet>.csv``."""
    out = []
    for t in st.tables:
        p = folder / f"{stem}-{t.name}.csv"
        with p.open("w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f)
            w.writerow(t.headers)
            w.writerows(t.with_total())
        out.append(p)
    return out


def write_chart(st: Stats, path: Path, unit: str) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams["font.family"] = [CHART_FONT]
    plt.rcParams["axes.unicode_minus"] = False
    labels = [t[0] for t in st.trend]
    fig, ax = plt.subplots(figsize=(10, 5.2), dpi=120)
    for i, (name, color) in enumerate((("发现", "#1f4e79"), ("确认", "#c00000"),
                                       ("清理", "#2e7d32")), 1):  # fmt: skip
        ax.plot(labels, [t[i] for t in st.trend], marker="o", color=color, label=f"{name}（条）")
    ax.set_title(f"{unit}特种作业操作证违法违规信息趋势（{_period(st)}）", fontsize=13)
    ax.set_ylabel("条")
    ax.grid(axis="y", alpha=0.3)
    ax.legend()
    ax.set_ylim(bottom=0)
    plt.setp(ax.get_xticklabels(), rotation=30, ha="right")
    fig.tight_layout()
    fig.savefig(str(path))
    plt.close(fig)
    return path


def table_by_name(st: Stats, name: str) -> Table:
    return next(t for t in st.tables if t.name == name)
