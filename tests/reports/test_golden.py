"""Each template rendered on the fixture batch equals its checked-in golden file.

Set ``ADSWEEP_UPDATE_GOLDEN=1`` to rewrite the golden files after an intended change (and
read the diff before committing it).
"""

from __future__ import annotations

import os

import pytest

from reports.compose import Numbered, compose
from reports.render import render_html
from tests.reports.batch import EVIDENCE, HERE, ISSUED


@pytest.mark.parametrize("kind", ["notice", "request", "referral"])
def test_template_matches_golden(kind, cfg, hits):
    batch = hits if kind == "referral" else [h for h in hits if h.platform == "易购街"]
    n = Numbered(12, ISSUED, "临江市公安局" if kind == "referral" else cfg.addressee("易购街"),
                 case_id="C-0123456789", case_summary="经查，上述信息共用联系方式，认定为同一线索。",
                 evidence=EVIDENCE if kind == "referral" else [])  # fmt: skip
    html = render_html(compose(kind, cfg, batch, n))
    golden = HERE / "golden" / f"{kind}.html"
    if os.environ.get("ADSWEEP_UPDATE_GOLDEN"):
        golden.write_text(html, encoding="utf-8")
    assert html == golden.read_text(encoding="utf-8")


def test_notice_states_every_item(cfg, hits):
    """Title, number, addressee, legal basis (each provision once), facts, demands, remedies."""
    batch = [h for h in hits if h.platform == "易购街"]
    c = compose("notice", cfg, batch, Numbered(12, ISSUED, cfg.addressee("易购街")))
    html = render_html(c)
    assert c.doc_no == "临市监函〔2026〕12号" and c.doc_no in html
    assert "第12号" not in html and "〔2026〕012" not in html
    assert "易购街网络科技有限公司：" in html and c.title in html
    quoted = [p.id for p in c.provisions]
    assert len(quoted) == len(set(quoted))
    assert {"ecom-13", "ad-24-1", "ad-24-2", "ad-45", "ecom-29"} <= set(quoted)
    for p in c.provisions:
        assert html.count(f"{p.citation}规定：") == 1
    for label in ("买卖/代办证书", "包过/保证性承诺", "替考/考试作弊"):
        assert f"）{label}。" in html
    assert "伪造证书/印章" not in html  # only the 易购街 listings' categories
    assert "2026年5月17日前" in html  # reply deadline: issued + 5 days
    assert "临江市人民政府申请行政复议" in html and "临江市江北区人民法院" in html
    for h in batch:
        assert h.url in html and h.evidence["warc"]["sha256"] in html
    assert "赵某" in html and "0000-87654321" in html and "2026年5月12日" in html
    assert "（印章）" in html and "附件：1. 涉嫌违法信息清单" in html
