"""Hit and page-item factories shared by the store and evidence tests."""

from __future__ import annotations

import uuid
from typing import Any

from lexicon.finding import Contact, Finding, ScanResult
from pipelines.hit import Hit
from pipelines.hitbuild import build_hit
from pipelines.items import PageItem
from pipelines.urls import hit_id


def finding(
    rule: str = "CS-001",
    category: str = "certificate_sale",
    severity: str = "high",
    matched: str = "包过",
    source: str = "text",
) -> Finding:
    return Finding(
        rule_id=rule,
        category=category,
        severity=severity,
        score=0.9,
        matched=matched,
        normalized=matched,
        start=0,
        end=len(matched),
        excerpt=f"特种作业操作证{matched}，联系微信",
        source=source,
        law=("AL-9",),
    )


def page_item(n: int, *, findings: bool = True, **kw) -> PageItem:
    """A detected page (as the detect pipeline leaves it: scan and hit); ``n`` makes URL and
    text unique."""
    scan = ScanResult(
        findings=[finding()] if findings else [],
        contacts=[Contact("wechat", f"zhengshu{n}")] if findings else [],
        score=0.9 if findings else 0.0,
        lexicon_version="test-1",
    )
    base = dict(
        url=f"http://shop.example.test/item/{n}",
        status=200,
        headers={"Content-Type": "text/html; charset=utf-8"},
        body=f"<html><title>电工证包过 {n}</title><body>电工证包过，不用考试</body></html>".encode(),
        request_headers={"User-Agent": "adsweep-test"},
        text=f"电工证包过，不用考试，第 {n} 号商品",
        title=f"电工证包过 {n}",
        platform="demo",
        shop=f"店铺{n % 3}",
        scan=scan,
        fetched_at="2026-11-21T10:00:00Z",
    )
    base.update(kw)
    item = PageItem(**base)
    item.hit = build_hit(item)
    return item


def make_hit(n: int, **kw) -> Hit:
    url = f"http://shop{n % 5}.example.test/item/{n}"
    base = dict(
        id=hit_id(url),
        url=url,
        final_url=url,
        title=f"电工证包过 {n}",
        platform="taobao",
        host=f"shop{n % 5}.example.test",
        shop=f"店铺{n % 3}",
        categories=["certificate_sale"],
        findings=[finding().to_dict()],
        contacts=[{"kind": "wechat", "value": f"zs{n}"}],
        score=0.5,
        severity="high",
        text=f"特种作业操作证包过，不用考试直接拿证 {n}",
        first_seen="2026-11-20T10:00:00Z",
        last_seen="2026-11-20T10:00:00Z",
        run_id="r1",
    )
    base.update(kw)
    return Hit(**base)


#: Test-only HTTP node for the elasticsearch client on osmem-server (see esnode.py).
NODE_CLASS = "tests.store.esnode:PlainJsonNode"


def es_url(base: str) -> str:
    """A store URL on ``base`` with a fresh index prefix, so tests never see each other.

    The client waits up to 60 s per request instead of the product's 10: these tests check what
    the store does, not how fast a loaded two-core machine answers (a 605-hit bulk upsert to
    osmem-server took over 10 s with the suite running on two workers beside other jobs).
    """
    sep = "&" if "?" in base else "?"
    return f"{base.rstrip('/')}{sep}prefix=t{uuid.uuid4().hex[:10]}&timeout=60"


def stop_osmem(server: Any) -> None:
    """Stop an osmem-server and close the pipe it announced itself on.

    ``OsmemServer.close`` (osmem-server 0.1.6) leaves that pipe open; with
    ``filterwarnings = error`` the garbage collector's ResourceWarning would fail whichever
    test happens to run next.
    """
    server.close()
    if server.process.stdout is not None:
        server.process.stdout.close()
