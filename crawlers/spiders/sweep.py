"""``sweep``: from seeds, follow in-host links to a depth, read every page (the ``ads`` kind)."""

from __future__ import annotations

from crawlers.spiders.base import BaseSweepSpider

__all__ = ["SweepSpider"]


class SweepSpider(BaseSweepSpider):
    """Generic mode: works on any site on day one; targets add selectors for precision."""

    name = "sweep"
