"""A small GBK marketplace: keyword search decoded as GBK, paginated results, item pages."""

from __future__ import annotations

from urllib.parse import parse_qsl, quote, unquote_to_bytes, urlsplit

from .site import AD_TEXT, CLEAN_TEXT

KEYWORD = "低压电工证"
ITEMS = 15
PER_PAGE = 5


def gbk_quote(s: str) -> str:
    return quote(s.encode("gbk"), safe="")


class GbkMarket:
    """Decodes ``q`` as GBK like many Chinese marketplaces; only the right bytes find items."""

    def __init__(self, js_items: bool = False) -> None:
        self.queries: list[str] = []
        self.js_items = js_items  # item text written by JavaScript (needs a browser)

    def route(self, path: str):
        parts = urlsplit(path)
        if parts.path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"
        if parts.path == "/search":
            raw = dict((k, v) for k, v in parse_qsl(parts.query, encoding="latin-1"))
            q = unquote_to_bytes(parts.query.split("q=")[1].split("&")[0]).decode("gbk", "replace")
            self.queries.append(q)
            return self._results(q, int(raw.get("page", "1")))
        if parts.path.startswith("/item/"):
            return self._item(int(parts.path[6:-5]))
        if parts.path == "/about.html":
            return self._page("<p>关于我们</p>", "关于")
        return 404, {}, b"not found"

    def _page(self, body: str, title: str):
        html = (
            f'<html><head><meta charset="gbk"><title>{title}</title></head>'
            f"<body>{body}</body></html>"
        )
        return 200, {"Content-Type": "text/html; charset=gbk"}, html.encode("gbk")

    def _results(self, q: str, page: int):
        if q != KEYWORD:
            return self._page("<p>没有找到相关宝贝</p>", "搜索")
        first = (page - 1) * PER_PAGE
        cards = "".join(
            f'<div class="item"><a class="title" href="/item/{i}.html">商品{i}</a></div>'
            for i in range(first, min(first + PER_PAGE, ITEMS))
        )
        pager = ""
        if first + PER_PAGE < ITEMS:
            pager = f'<a class="next" href="/search?q={gbk_quote(q)}&page={page + 1}">下一页</a>'
        return self._page(
            f'{cards}<div class="pager">{pager}</div><a href="/about.html">关于</a>',
            f"{q} - 搜索 第{page}页",
        )

    def _item(self, i: int):
        text = AD_TEXT if i % 2 == 0 else CLEAN_TEXT
        if self.js_items:
            body = (
                f'<h1 class="t">商品{i}</h1><div id="desc"></div>'
                f"<script>document.getElementById('desc').textContent = {text!r};</script>"
            )
        else:
            body = f'<h1 class="t">商品{i}</h1><p>{text}</p>'
        body += f'<span class="shop">店铺{i % 3}</span><em class="price">{100 + i}</em>'
        return self._page(body, f"商品{i} - 示例商城")
