"""Dynamic pages of the demo web: the marketplace and the look-alike portal's query result.

The marketplace ("安e购") is built from ``catalog.yaml`` the way real ones are: a home page with
hot searches, a keyword search paginated ten to a page with ``下一页`` links, item pages with
title, shop, seller, price, attributes, description and images, and a "hot today" list whose
items exist only in an inline ``g_page_config`` JSON that a script turns into links (a crawl
without a browser never sees them).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Protocol
from urllib.parse import quote

import yaml
from jinja2 import Environment, FileSystemLoader, select_autoescape

__all__ = [
    "HOT_QUERIES",
    "ITEM_FIELDS",
    "PAGE_SIZE",
    "RECOMMENDED",
    "Item",
    "catalog",
    "item_id",
    "render",
    "render_status",
    "search",
    "search_path",
]

CATALOG_FILE = Path(__file__).with_name("catalog.yaml")
TEMPLATES = Path(__file__).with_name("templates")

#: Where an item page (``templates/item.html``) shows its listing fields, as selectors a
#: crawl reads them by (``ADSWEEP_FIELD_SELECTORS``; a listings target's ``selectors``).
ITEM_FIELDS: dict[str, str] = {
    "title": "h1.tb-main-title::text",
    "shop": "#J_ShopName::text",
    "seller": "#J_SellerNick::text",
    "price": "#J_StrPrice::text",
}

#: Results per search page, as on real marketplaces' compact view.
PAGE_SIZE = 10

#: Keywords the market home links as "热门搜索" (each result page is a labelled page).
HOT_QUERIES: tuple[str, ...] = (
    "电工证",
    "焊工证",
    "登高证",
    "制冷证",
    "证件",
    "电工工具",
    "国旗",
    "背包",
)

#: Items the market home recommends under "猜你喜欢" (ordinary goods).
RECOMMENDED: tuple[int, ...] = (22, 23, 27, 28, 29)

_ITEM_RE = re.compile(r"^/market/item/(\d+)\.html$")


class _Site(Protocol):
    def removed_item_ids(self) -> set[int]: ...


@dataclass(frozen=True, slots=True)
class Item:
    """One marketplace listing of the catalog."""

    id: int
    title: str
    shop: str
    seller: str
    price: str
    location: str
    sales: int
    tags: list[str]
    desc: list[str]
    attrs: dict[str, str] = field(default_factory=dict)
    images: list[dict[str, str]] = field(default_factory=list)
    #: "search": found by search and the home page; "script": only in the hot list's JSON.
    listed: str = "search"
    links: list[dict[str, str]] = field(default_factory=list)

    @property
    def path(self) -> str:
        return f"/market/item/{self.id}.html"


@cache
def catalog() -> tuple[Item, ...]:
    """All listings, ordered by id."""
    data = yaml.safe_load(CATALOG_FILE.read_text(encoding="utf-8"))
    return tuple(sorted((Item(**e) for e in data["items"]), key=lambda it: it.id))


@cache
def _env() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def item_id(path: str) -> int | None:
    """The item id in a ``/market/item/<id>.html`` path, else None."""
    m = _ITEM_RE.match(path.split("?")[0])
    return int(m.group(1)) if m else None


def search_path(q: str, page: int = 1) -> str:
    """The one URL form of a search page the site links to (``q`` first, then ``page``)."""
    return f"/market/search?q={quote(q)}&page={page}"


def search(q: str, removed: set[int] = frozenset()) -> list[Item]:
    """Listings whose title or tags contain the keyword (what the platform's search shows)."""
    q = q.strip()
    if not q:
        return []
    return [
        it
        for it in catalog()
        if it.listed == "search"
        and it.id not in removed
        and (q in it.title or any(q in t for t in it.tags))
    ]


def render(path: str, query: dict[str, str], site: _Site, charset: str) -> str | None:
    """The HTML of a dynamic page, or None when ``path`` is not one (a static file then)."""
    if path == "/market/":
        return _render(
            "market_home.html",
            charset,
            hot=[(q, search_path(q)) for q in HOT_QUERIES],
            recommended=[it for it in catalog() if it.id in RECOMMENDED],
        )
    if path == "/market/search":
        return _render_search(query, site.removed_item_ids(), charset)
    if path == "/market/list/hot.html":
        return _render_hot(site.removed_item_ids(), charset)
    if path == "/market/removed.html":
        return render_status("item_removed")
    if path == "/cxmem/query":
        return _render("portal_result.html", charset, zjh=query.get("zjh", ""))
    iid = item_id(path)
    if iid is not None:
        item = next((it for it in catalog() if it.id == iid), None)
        return _render("item.html", charset, item=item) if item else None
    return None


def render_status(kind: str) -> str:
    """The body of a status page: notfound, gone, deleted or item_removed."""
    return _render("status.html", "utf-8", kind=kind)


def _render(template: str, charset: str, **context: object) -> str:
    return _env().get_template(template).render(charset=charset, **context)


def _render_search(query: dict[str, str], removed: set[int], charset: str) -> str:
    q = query.get("q", "")
    try:
        page = max(1, int(query.get("page", "1")))
    except ValueError:
        page = 1
    found = search(q, removed)
    pages = max(1, -(-len(found) // PAGE_SIZE))
    shown = found[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    return _render(
        "search.html",
        charset,
        q=q,
        page=page,
        pages=pages,
        total=len(found),
        items=shown,
        prev_url=search_path(q, page - 1) if page > 1 else None,
        next_url=search_path(q, page + 1) if page < pages else None,
    )


def _render_hot(removed: set[int], charset: str) -> str:
    """The script-built list: Taobao-style ``g_page_config`` with ``auctions[]``."""
    auctions = [
        {
            "nid": str(it.id),
            "raw_title": it.title,
            "nick": it.shop,
            "view_price": it.price,
            "view_sales": f"{it.sales}人付款",
            "item_loc": it.location,
            "detail_url": it.path,
            "pic_url": it.images[0]["src"] if it.images else "",
        }
        for it in catalog()
        if it.listed == "script" and it.id not in removed
    ]
    config = {"pageName": "hotlist", "mods": {"itemlist": {"data": {"auctions": auctions}}}}
    payload = json.dumps(config, ensure_ascii=False).replace("</", "<\\/")
    return _render("market_hot.html", charset, g_page_config=payload)
