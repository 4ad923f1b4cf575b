"""The cyclic garbage collector is paused while one scan runs (session 41, lead).

A domain-dense page makes about 100,000 short-lived match tuples per megabyte; the collector's
young-generation passes over them found nothing to collect and cost about a tenth of the scan.
The pause must be invisible to the host process: collection is back on when a scan returns or
raises, a host that switched it off keeps it off, and the findings are the same either way.
"""

from __future__ import annotations

import gc

import pytest

OFFER = "低压电工证 不用考试 包过 加V详谈"


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_the_collector_is_off_inside_a_scan_and_back_on_after(det, monkeypatch, collector_on):
    seen: list[bool] = []
    rules_pass = det._rules_pass

    def spy(*args, **kwargs):
        seen.append(gc.isenabled())
        return rules_pass(*args, **kwargs)

    monkeypatch.setattr(det, "_rules_pass", spy)
    res = det.scan_page(text=OFFER, title="商品详情")
    assert seen and not any(seen)  # every source of the page was scanned with it off
    assert gc.isenabled()
    assert {f.rule_id for f in res.findings} >= {"GP-001"}

    seen.clear()
    det.scan(OFFER)  # scan() goes through scan_page: the outer call owns the pause
    assert seen and not any(seen)
    assert gc.isenabled()


def test_a_failing_scan_turns_the_collector_back_on(det, monkeypatch, collector_on):
    def boom(*args, **kwargs):
        raise RuntimeError("hostile page")

    monkeypatch.setattr(det, "_rules_pass", boom)
    with pytest.raises(RuntimeError):
        det.scan_page(text=OFFER)
    assert gc.isenabled()


def test_a_host_that_switched_the_collector_off_keeps_it_off(det, collector_on):
    gc.disable()
    try:
        det.scan_page(text=OFFER)
        det.scan(OFFER, source="title")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_findings_do_not_depend_on_the_collector(det, collector_on):
    page = "\n".join([OFFER, "严禁买卖特种作业操作证。", "焊工证 代办 不用到场 微信同号"] * 20)
    paused = det.scan_page(text=page, title="商品详情").to_dict()
    # the same page scanned with the collector running throughout (the pause bypassed)
    running = det._scan_page(page, "商品详情", None, None, None, None).to_dict()
    assert paused == running
    assert {f["rule_id"] for f in paused["findings"]} >= {"GP-001"}
