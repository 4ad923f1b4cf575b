"""``portals``: visit look-alike domains of the official verification platforms.

Forged certificates carry a QR code that opens a cloned "official" lookup page; the host is the
only tell. A ``kind: portal`` target lists ``official_hosts`` (e.g. ``cx.mem.gov.cn``); this
spider seeds the crawl with their offline look-alike candidates (``lexicon.portal``, dnstwist
plus pinyin and abbreviation variants) and with any ``start_urls`` (domains found elsewhere, a
QR code's URL), reads each candidate's home page and the pages it links to one level down
(the query form, the "result" page), and hands them to detection. Only pages the detector
finds impersonating an official platform (``fake_portal``) become hits; an unregistered
candidate simply fails to resolve and is counted, not stored.

Settings: ``ADSWEEP_PORTAL_MAX_CANDIDATES``. Stats:
``adsweep/portals/candidates``, ``adsweep/portals/unreachable``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import scrapy
from twisted.internet.error import DNSLookupError

from crawlers.spiders.base import BaseSweepSpider
from crawlers.targets import Target

__all__ = ["PortalsSpider", "candidate_urls"]


def candidate_urls(official_hosts: tuple[str, ...] | list[str], limit: int = 2000) -> list[str]:
    """``http://<candidate>/`` for each look-alike of the official hosts (no DNS here)."""
    if not official_hosts:
        return []
    from lexicon.portal import lookalike_domains

    return [f"http://{d}/" for d in lookalike_domains(tuple(official_hosts))[:limit]]


class PortalsSpider(BaseSweepSpider):
    """Each candidate is its own scope: its home page and one level of links."""

    name = "portals"

    def __init__(self, *args: Any, target_obj: Target | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.target_obj = target_obj

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> PortalsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        limit = spider.config.portal_max_candidates
        hosts = spider.target_obj.official_hosts if spider.target_obj else ()
        spider.candidates = candidate_urls(hosts, limit)
        if not spider.config.depth_given and spider.target_obj is None:
            spider.max_depth = 1
        return spider

    async def start(self) -> AsyncIterator[scrapy.Request]:
        self.crawler.stats.set_value("adsweep/portals/candidates", len(self.candidates))
        self.allowed = self.allowed | {u.split("/")[2] for u in self.candidates}
        async for request in super().start():
            yield request
        for url in self.candidates:
            yield self.page_request(url, depth=0)

    def on_error(self, failure: Any) -> Iterator[Any]:
        if failure.check(DNSLookupError):
            self.crawler.stats.inc_value("adsweep/portals/unreachable")
            return  # an unregistered look-alike: expected, not an error
        yield from super().on_error(failure)
