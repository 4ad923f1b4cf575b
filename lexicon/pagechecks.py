"""Page-level rules that need more than text: the host (fake portals) and decoded QR codes.

The detector calls these with its rules and lexicon version (never itself), so this module does
not depend on the detector back.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from lexicon.context import host_of, is_official_host
from lexicon.finding import Finding
from lexicon.portal import (
    core_similarity,
    lookalike_label,
    portal_evidence,
    qr_suspect,
    state_marks,
    strong_label,
)

if TYPE_CHECKING:
    from lexicon.rules import Rule

__all__ = ["portal_findings", "qr_findings"]


def _finding(version: str, rule: Rule, matched: str, source: str, excerpt: str) -> Finding:
    return Finding(
        rule_id=rule.id,
        category=rule.category,
        severity=rule.severity,
        score=rule.confidence,
        matched=matched,
        normalized=matched,
        start=0,
        end=len(matched),
        excerpt=excerpt[:200],
        source=source,
        law=rule.law,
        message=rule.message,
        lexicon_version=version,
        pack=rule.pack,
    )


def portal_findings(
    all_rules: Sequence[Rule], version: str, url: str | None, title: str, text: str
) -> list[Finding]:
    """``kind: portal`` rules: official-looking verification page on a non-official host.

    Fires when the title (or the top of the page) is similar enough to an official platform
    name (``params.min_similarity``) and the page has a certificate-number form or a
    "查询结果 … 有效" result. Official hosts never reach here with a finding (page context).
    """
    rules = [r for r in all_rules if r.kind == "portal"]
    host = host_of(url)
    if not rules or not (title or text) or is_official_host(host):
        return []
    # (session 41) a rule with ``params.lookalike_host`` reads the host instead of the name: a
    # host that carries an official label (cx-mem-gov.com, chsi-com.cn.xx.top, osta-org.cn)
    # serving a certificate query page is a clone whatever its title says
    look = lookalike_label(host)
    by_host = [r for r in rules if r.params.get("lookalike_host")]
    by_name = [r for r in rules if not r.params.get("lookalike_host")]
    lowest = min((float(r.params.get("min_similarity", 0.6)) for r in by_name), default=1.0)
    ev = portal_evidence(title, text, 0.0 if look and by_host else lowest)
    out: list[Finding] = []
    for rule in rules:
        if rule.params.get("lookalike_host"):
            if not look or not ev.query or not (ev.form or ev.result):
                continue
            weak = float(rule.params.get("weak_label_similarity", 0.3))
            top = "\n".join(text[:3000].splitlines()[:3])
            if not strong_label(look) and max(core_similarity(title), core_similarity(top)) < weak:
                continue
            signals = [
                f"域名仿冒官方标记“{look}”",
                ev.query,
                *(x for x in (ev.form, ev.result) if x),
            ]
        else:
            need = float(rule.params.get("min_similarity", 0.6))
            if ev.similarity < need or not (ev.form or ev.result):
                continue
            signals = ev.signals
        marks = tuple(rule.params.get("state_marks") or ())
        if marks:
            shown = state_marks(text, marks)
            if not shown:
                continue
            signals = [*signals, *shown]
        source = "title" if title else "text"
        matched = title or text[:80]
        excerpt = f"{host or '(无主机)'}｜{title}｜" + "，".join(signals)
        out.append(_finding(version, rule, matched, source, excerpt))
    return out


def qr_findings(all_rules: Sequence[Rule], version: str, qr_urls: list[str]) -> list[Finding]:
    """``kind: qr`` rules: a QR code in an image points at a look-alike of an official host."""
    rules = [r for r in all_rules if r.kind == "qr"]
    out: list[Finding] = []
    for url in qr_urls:
        if qr_suspect(url):
            for rule in rules:
                out.append(_finding(version, rule, url, "url", f"二维码指向非官方域名：{url}"))
    return out
