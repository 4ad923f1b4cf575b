"""Terse offers the learned scorer never reached (issue 9, tenth shift, quality10c).

Listing titles and SMS lines say little once the certificate and exam words are masked
(焊工证报名 下月出证 私信 says 下月出私信); cheating services name what they do without a
promise word (远程控制 出分付款); a forger's listing in the certificates pack reads to the model
like a promise. Every example is in the project's own words, none from a held-out set.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, rule_ids


def _model_rules(det, text: str) -> set[str]:
    """The rules and model findings on ``text`` with every pack on (the scan memo's answer)."""
    return rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text", ["焊工证报名 下月出证 私信", "高处作业证 报名 月底拿 私我", "制冷证考试 下周出证 私聊"]
)
def test_a_terse_listing_with_a_sellers_call_reaches_the_model(det, text: str) -> None:
    """Under six characters besides its anchor words, a window with a seller's call is scored
    and surfaces (before: never scored)."""
    assert _model_rules(det, text) & {"ML-CS", "ML-GP", "ML-FC", "ML-EF"}


@pytest.mark.parametrize(
    "text",
    ["焊工证报名 下月出证", "电工证查询网址", "叉车证复审通知", "电工证 焊工证 叉车证 登高证"],
)
def test_a_terse_line_without_a_sellers_call_stays_silent(det, text: str) -> None:
    assert not det.scan_page(text=text, packs=ALL).findings


def test_a_terse_line_silenced_for_want_of_a_call_is_named(det) -> None:
    res = det.scan_page(text="焊工证报名 下月出证", packs=ALL)
    assert any(
        s.rule_id.startswith("ML-") and s.reason.startswith("needs_offer:") for s in res.suppressed
    )


def test_a_cheating_service_without_a_promise_word_surfaces(det) -> None:
    """远程控制 and 出分 are claims for ML-EF (before: silenced as no_claim)."""
    assert "ML-EF" in _model_rules(det, "英语考试 远程控制 出分付款")


@pytest.mark.parametrize("text", ["证件定制 各类都有 加微", "证件定制 各类都有 加薇"])
def test_a_forgers_listing_read_as_a_promise_is_refiled(det, text: str) -> None:
    """A certificates-only window the model reads as a promise or a cheat, with a forgery or
    sale word and a seller's call, surfaces as a document category (before: dropped)."""
    found = det.scan_page(text=text, packs=ALL).findings
    assert {f.category for f in found} & {"fake_certificate", "certificate_sale"}
    assert all(f.pack == "certificates" for f in found)


@pytest.mark.parametrize("text", ["证件定制 各类都有", "毕业证书到手啦 终于熬出头"])
def test_a_refiled_line_without_a_sellers_call_stays_silent(det, text: str) -> None:
    assert not det.scan_page(text=text, packs=ALL).findings


@pytest.mark.parametrize("call", ["加薇", "加威", "小窗我", "可小窗我"])
def test_a_homophone_call_and_a_small_window_are_a_sellers_call(det, call: str) -> None:
    text = f"证件定制 各类都有 {call}"
    assert det._stance.judge(text, 0, len(text), []).verdict == "offer"


def test_training_refiles_as_the_scan_does() -> None:
    """The training veto picks a row's category through the scan's own gate: a
    certificates-only row read as a promise is a document category there too."""
    from lexicon.gate import surfacing_veto
    from tests.lexicon.lexicon_once import fresh_lexicon

    veto = surfacing_veto(fresh_lexicon())
    scores = {
        "offer": 0.9,
        "certificate_sale": 0.2,
        "guarantee_promise": 0.8,
        "state_symbol_misuse": 0.01,
        "exam_fraud": 0.3,
        "fake_certificate": 0.4,
    }
    assert veto.pick("证件定制 各类都有 加微", scores) == "fake_certificate"
    assert veto.pick("电工证 包过 加微", scores) == "guarantee_promise"
    sale = {**scores, "certificate_sale": 0.95, "guarantee_promise": 0.1}
    assert veto.pick("无线接收器 考试用 联系我", sale) == "exam_fraud"


@pytest.mark.parametrize(
    "text", ["买假电工证干活 老板被罚", "持假叉车证上岗 司机被拘", "叉车证复审 请到原发证机关办理"]
)
def test_a_penalty_headline_and_the_issuing_authority_stay_silent(det, text: str) -> None:
    """被罚/被拘 fell on someone (a headline's third person, -2), and the issuing authority
    is the lawful route for renewal and reissue (before: FC-004, CS-201)."""
    assert not det.scan_page(text=text, packs=ALL).findings


@pytest.mark.parametrize(
    "text",
    [
        "假电工证 被罚包赔 加微 hg_123456",
        "电工证 不用考 被罚我们包 私聊",
        "电工证复审 代办 不用去发证机关 加微 dg_123456",
        "焊工证复审 不用去发证机关 加微 dg_123456",
        "健康证 到发证机关 我们替你办 联系我",
        "健康证 发证机关 帮您办 私聊",
        "登高证复审 原发证机关 代办 一周拿",
    ],
)
def test_a_seller_wearing_the_penalty_or_the_authority_still_fires(det, text: str) -> None:
    """The covers those two silences could open: a seller's line with a call, a contact or a
    bypass of the route (代办, 不用去, 替你办) is still an offer."""
    assert det.scan_page(text=text, packs=ALL).findings


@pytest.mark.parametrize("text", ["各类印章 当日可取 小窗", "制冷证 直出 不培训 滴我"])
def test_a_listings_small_window_and_a_drip_are_a_sellers_call(det, text: str) -> None:
    """小窗 and 滴我 end terse listings; a negated course (不培训) is a bypass, not a course."""
    assert det.scan_page(text=text, packs=ALL).findings


def test_an_offices_small_window_is_no_sellers_call(det) -> None:
    text = "焊工证补办 请到二号小窗口"
    assert det._stance.judge(text, 0, len(text), []).verdict != "offer"
    assert not det.scan_page(text=text, packs=ALL).findings


def test_an_exam_only_window_read_as_a_sale_is_refiled_to_a_cheat(det) -> None:
    """No pack of an exam-only window owns a sale; with a cheat's claim word (接收器) and a
    seller's call it surfaces as ML-EF (before: dropped)."""
    found = det.scan_page(text="无线接收器 考试用 联系我", packs=ALL).findings
    assert [f.rule_id for f in found] == ["ML-EF"]


@pytest.mark.parametrize("text", ["叉车证 年审 联系我", "毕业证 拍照 私我", "焊工证 复审 私信我"])
def test_a_terse_or_refiled_document_line_needs_more_than_a_call(det, text: str) -> None:
    """A terse window of a document category, or one refiled to it, needs a sale or forgery
    word besides a seller's call (私, 找我): a renewal service's or a photographer's line."""
    assert not det.scan_page(text=text, packs=ALL).findings


@pytest.mark.parametrize(
    "text",
    [
        "叉车证 年审 不用去 联系我",
        "毕业证 三百一本 私我",
        "焊工证 复审 代办 私信我",
        "毕业证 做 私我",
    ],
)
def test_a_terse_document_line_with_a_sale_word_still_fires(det, text: str) -> None:
    """The covers of the rule above: a bypass, a price per piece, 代办 or 做 is a sale word."""
    assert det.scan_page(text=text, packs=ALL).findings


@pytest.mark.parametrize("text", ["假毕业证 能用 见面交易", "假文凭 好用 同城面交"])
def test_a_hand_over_arranged_is_a_sellers_call(det, text: str) -> None:
    """见面交易, 同城面交 are a seller's terms of trade: a named fake with them is an offer."""
    assert det.scan_page(text=text, packs=ALL).findings


@pytest.mark.parametrize(
    "text",
    [
        "男子网购假学历证书 与卖家当面交易时被抓",
        "卖家称假证可以见面交易，记者随后报警",
        "出一辆二手车 手续齐全 同城面交 私聊",
    ],
)
def test_a_hand_over_in_a_report_or_a_goods_sale_stays_silent(det, text: str) -> None:
    assert not det.scan_page(text=text, packs=ALL).findings
