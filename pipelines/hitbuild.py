"""Turn a detected PageItem into a Hit (the pipelines' one place that knows both shapes).

:func:`build_hit` runs once per page, in the detect pipeline (``item.hit``); everything after
it works on that hit.
"""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit

from pipelines.hit import Hit
from pipelines.items import PageItem
from pipelines.urls import hit_id

__all__ = ["build_hit", "content_fingerprint"]


def content_fingerprint(item: PageItem) -> str:
    """Hash of what detection reads (title, text, image texts): unchanged → skip detection."""
    h = hashlib.sha256()
    for part in (item.title, item.text, *sorted(item.image_urls)):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def build_hit(item: PageItem) -> Hit | None:
    """A Hit for a page with findings; None for a clean page."""
    scan = item.scan
    if scan is None or not scan.findings:
        return None
    findings = [f.to_dict() for f in scan.findings]
    return Hit(
        id=hit_id(item.url),
        url=item.url,
        final_url=item.final_url or item.url,
        title=item.title,
        platform=item.platform,
        host=urlsplit(item.final_url or item.url).hostname or "",
        shop=item.shop,
        seller=item.seller,
        price=item.price,
        categories=scan.categories,
        findings=findings,
        contacts=[c.to_dict() for c in scan.contacts],
        qr_urls=list(scan.qr_urls),
        score=scan.score,
        severity=Hit.max_severity(findings),
        text=item.text,
        evidence=dict(item.evidence),
        lexicon_version=scan.lexicon_version,
        content_fingerprint=content_fingerprint(item),
        first_seen=item.fetched_at,
        last_seen=item.fetched_at,
        run_id=item.run_id,
        target=item.target,
    )
