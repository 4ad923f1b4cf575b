"""Lines of the rendered letters where a page break or justification lands (GB/T 9704).

The 附件 block never meets a page break badly (7.3.5.1; pins commit 986bfe6). Where the break
falls depends on how long the body is, so one rendering proves nothing: each letter is rendered
for a sweep of body lengths one page long (the break crosses every line of the letter once over
such a sweep) in steps shorter than the window in which the break would split the block, and
the test insists the sweep really moved the block across a page. In every rendering the 附件
lines stand on one page, below at least one line of body text and above the seal (never
"2. 电子证据清单" alone above the seal on the next page).

Numbered items ("1. …") keep the space after their number as wide as a space.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
import subprocess

from reports.compose import Numbered, compose
from reports.config import load_config
from reports.context import LetterContext
from reports.render import TEMPLATES, render_html
from tests.reports.batch import CONFIG, EVIDENCE, ISSUED, fixture_hits

#: Full-width characters a body line holds, lines a page holds (the GB/T 9704 grid).
LINE, PAGE = 28, 22
#: Four lines a step: the break splits an unprotected referral 附件 block over about five
#: lines of body length, and pulls a notice's 附件 line off its body over about nine.
REFERRAL_SWEEP = range(0, PAGE * LINE + 1, 4 * LINE)
NOTICE_SWEEP = range(0, PAGE * LINE + 1, 6 * LINE)
FOLIO = re.compile(r"^—\s*\d+\s*—$")
#: A request item long enough to wrap (the configured ones fit on one line).
LONG_ITEM = "账号自注册以来的全部登录日志、实名认证资料、绑定的手机号码和结算账户信息；"


@functools.cache
def _letter(kind: str, extra: int) -> tuple[LetterContext, bytes]:
    """The fixture letter of ``kind`` with ``extra`` more characters of body, and its PDF
    (rendered once per module run: the sweeps and the item test share them)."""
    from weasyprint import HTML

    cfg, hits = load_config(CONFIG), fixture_hits()
    batch = hits if kind == "referral" else [h for h in hits if h.platform == "易购街"]
    summary = "经查，上述信息共用联系方式，认定为同一线索。" + "案" * extra
    n = Numbered(12, ISSUED, "临江市公安局" if kind == "referral" else cfg.addressee("易购街"),
                 case_id="C-0123456789", case_summary=summary,
                 evidence=EVIDENCE if kind == "referral" else [])  # fmt: skip
    ctx = compose(kind, cfg, batch, n)
    if kind == "notice":  # the case summary only reaches a referral
        ctx = dataclasses.replace(ctx, opening=ctx.opening + "查" * extra)
    if kind == "request":
        ctx = dataclasses.replace(ctx, demands=[*ctx.demands, LONG_ITEM])
    html = render_html(ctx, for_print=True)
    return ctx, HTML(string=html, base_url=str(TEMPLATES)).write_pdf()


def _pdftotext(pdf: bytes, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode()  # fmt: skip


def _pages(pdf: bytes) -> list[list[str]]:
    """The PDF's text lines per page, top to bottom."""
    text = _pdftotext(pdf, "-layout")
    return [[ln.strip() for ln in page.splitlines() if ln.strip()] for page in text.split("\f")]


def _attach_page(pages: list[list[str]], attachments: list[str]) -> int:
    """The one page holding every 附件 line, below body text and above the seal."""
    wanted = [f"{'附件：' if i == 1 else ''}{i}. {a}" for i, a in enumerate(attachments, 1)]
    where = {w: [n for n, p in enumerate(pages) if w in p] for w in wanted}
    assert all(len(ns) == 1 for ns in where.values()), where
    on = {ns[0] for ns in where.values()}
    assert len(on) == 1, f"附件 lines split over pages {where}"
    n = on.pop()
    lines = pages[n]
    first = lines.index(wanted[0])
    assert lines[first : first + len(wanted)] == wanted, lines
    body = [ln for ln in lines[:first] if not FOLIO.match(ln)]
    assert body, f"附件 opens page {n + 1}: {lines[:4]}"
    assert "（印章）" in lines[first + len(wanted) :], f"the seal left page {n + 1}"
    return n


def _sweep(kind: str, sweep: range) -> list[int]:
    return [_attach_page(_pages(pdf), ctx.attachments) for ctx, pdf in
            (_letter(kind, extra) for extra in sweep)]  # fmt: skip


def test_referral_attach_lines_keep_together_across_page_breaks():
    pages = _sweep("referral", REFERRAL_SWEEP)
    assert len(set(pages)) > 1, f"the sweep never moved the 附件 block across a page: {pages}"


def test_notice_attach_line_holds_on_to_body_and_seal():
    pages = _sweep("notice", NOTICE_SWEEP)
    assert len(set(pages)) > 1, f"the sweep never moved the 附件 line across a page: {pages}"


def _item_gaps(pdf: bytes) -> dict[str, float]:
    """The space after each numbered item's "N." as drawn (points), from pdftotext -bbox."""
    gaps = {}
    for page in _pdftotext(pdf, "-bbox").split("<page ")[1:]:
        words = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">'
                           r"([^<]*)</word>", page)  # fmt: skip
        for (_, y, x1, w), (x2, y2, _, nxt) in itertools.pairwise(words):
            if re.fullmatch(r"\d+\.", w) and y == y2:
                gaps[f"{w} {nxt}"] = float(x2) - float(x1)
    return gaps


def test_numbered_items_do_not_stretch_the_space_after_the_number():
    """A justified item line put all its slack into the space after "2." (3 characters wide)."""
    for kind in ("referral", "notice", "request"):
        ctx, pdf = _letter(kind, 0)
        gaps = _item_gaps(pdf)
        assert len(gaps) >= len(ctx.demands) + len(ctx.attachments) - 1, (kind, gaps)
        wide = {k: v for k, v in gaps.items() if v > 8}  # a space is ~4 pt, a character 16 pt
        assert not wide, (kind, wide)
