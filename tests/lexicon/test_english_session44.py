"""Session 44, helper "english": offers written in English, Chinese-English mix or toneless pinyin.

Telegram / WhatsApp posts for Chinese workers abroad sell special-operations cards "no exam,
verifiable" (CS-027), training ads promise "guaranteed pass, refund if you fail" (GP-126) and
proxy-exam sellers write "takes the test for you" (EF-127). The same words in news, court and
regulator reports, exam owners' warnings, honest course ads, job posts and workers' questions stay
silent. Sentences written for this test, not taken from the held-out set (holdout118).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, TRAINING, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "Welder card from China, no exam and no class, real record in the database, WeChat wd_5151",
        "低压电工证 for workers in Saudi, no need to come back, can check online, Telegram @dg_sa",
        "Safety officer certificate (安全员B证) for sale, fast issue, WhatsApp +62 812 3456 7890",
        "Work at height card, we get the card for you, verifiable, Line ID: gc_card",
    ],
)
def test_english_special_ops_sale_is_flagged_in_the_default_pack(det, text: str) -> None:
    assert "CS-027" in rule_ids(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "PMP bootcamp, 100% pass, no pass no pay, WeChat pmp_go",
        "IELTS 6.5 guaranteed in 20 days, or your money back, WhatsApp +44 7700 900555",
    ],
)
def test_english_pass_promise_is_flagged(det, text: str) -> None:
    assert "GP-126" in rule_ids(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "GRE proxy test, an expert takes the exam for you at home, Telegram @gre_sure",
        "Leaked questions for the CET-4 exam one day before, pay after you check, WeChat cet_q",
    ],
)
def test_english_proxy_exam_is_flagged(det, text: str) -> None:
    assert "EF-127" in rule_ids(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "Police in Guangzhou arrested a man who sold welding certificates without exam to workers abroad.",
        "The court sentenced a seller of forklift licences that were advertised as verifiable online.",
        "Beware: agents promising an electrician card with no exam are scams; check it at cx.mem.gov.cn.",
        "Is it true I can get a safety officer certificate without an exam? My boss asked me.",
        "Hiring electricians for a project in Qatar, must hold a valid electrician certificate, WeChat HR",
        "Electrician training: 80 hours, the official exam is arranged by the bureau, certificate after you pass.",
        "Regulators fined a school that claimed a guaranteed pass for its PMP course.",
        "IELTS course: small classes, mock tests, pass rates vary and we cannot guarantee any score.",
        "The exam board warned that proxy exam ads are scams and test takers will be banned.",
        "Visit Baoguo Temple near Mount Emei; my friend Wang Baoguo works in Handan.",
        "HSK notice: bring your passport, proxy test takers are banned, results online in a month.",
    ],
)
def test_reports_warnings_lawful_ads_and_names_stay_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)
