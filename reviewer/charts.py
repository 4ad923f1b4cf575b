"""Charts drawn on the server as SVG (no chart library, nothing loaded by the browser).

The SVG uses presentation attributes only (``fill``, ``x`` …), never ``style``, so the strict
CSP (``style-src 'self'``) lets it render inline. Every label is escaped.
"""

from __future__ import annotations

from datetime import date, timedelta

from markupsafe import Markup, escape

__all__ = ["CATEGORY_COLOURS", "stacked_bars"]

#: One colour per category, in category order (readable on white, distinct in grey print).
CATEGORY_COLOURS = ["#c0392b", "#d68910", "#7d3c98", "#1f618d", "#117a65", "#5d6d7e"]


def days(since: date, until: date) -> list[str]:
    n = (until - since).days + 1
    return [(since + timedelta(days=i)).isoformat() for i in range(max(n, 0))]


def _nice(top: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if top <= step * 4:
            return step
    return 10 ** len(str(top // 4))


def stacked_bars(
    series: dict[str, dict[str, int]], labels: dict[str, str], x: list[str], *,
    width: int = 1200, height: int = 300, colours: list[str] = CATEGORY_COLOURS,
) -> Markup:  # fmt: skip
    """Stacked bars: ``series[name][x] = count`` for every x (a day), one colour per series."""
    left, bottom, top_pad, right = 44, 34, 12, 8
    plot_w, plot_h = width - left - right, height - bottom - top_pad
    totals = [sum(s.get(d, 0) for s in series.values()) for d in x]
    step = _nice(max(totals, default=0) or 1)
    ymax = step * max(1, -(-max(totals, default=0) // step))
    bw = plot_w / max(len(x), 1)
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="每日命中数（按类别）" xmlns="http://www.w3.org/2000/svg">']  # fmt: skip
    for k in range(0, ymax + 1, step):
        y = top_pad + plot_h - plot_h * k / ymax
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" '
                     f'stroke="#e5e8eb"/><text x="{left - 6}" y="{y + 4:.1f}" font-size="11" '
                     f'text-anchor="end" fill="#656d76">{k}</text>')  # fmt: skip
    for i, d in enumerate(x):
        base = top_pad + plot_h
        for n, (_name, s) in enumerate(series.items()):
            v = s.get(d, 0)
            if not v:
                continue
            h = plot_h * v / ymax
            base -= h
            parts.append(f'<rect x="{left + i * bw + 1:.1f}" y="{base:.1f}" '
                         f'width="{max(bw - 2, 1):.1f}" height="{h:.1f}" '
                         f'fill="{colours[n % len(colours)]}"><title>{escape(d)} '
                         f'{escape(labels.get(_name, _name))}：{v}</title></rect>')  # fmt: skip
        every = max(1, len(x) // 10)
        if i % every == 0:
            parts.append(f'<text x="{left + i * bw + bw / 2:.1f}" y="{height - 12}" '
                         f'font-size="11" text-anchor="middle" fill="#656d76">'
                         f"{escape(d[5:])}</text>")  # fmt: skip
    parts.append("</svg>")
    return Markup("".join(parts))


def legend(labels: dict[str, str], colours: list[str] = CATEGORY_COLOURS) -> Markup:
    items = [
        Markup('<span><svg width="12" height="12" aria-hidden="true"><rect width="12" '
               'height="12" fill="{}"/></svg> {}</span>').format(colours[n % len(colours)], lab)
        for n, lab in enumerate(labels.values())
    ]  # fmt: skip
    return Markup('<div class="legend">{}</div>').format(Markup("").join(items))
