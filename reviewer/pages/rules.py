"""Rule quality: how each rule fares in real triage, and why reviewers reject what it finds.

Field precision of a rule = confirmed / (confirmed + rejected) over the hits it fired on
(``noticed`` counts as confirmed: a notice went out). Reject reasons and examples come from the
history entries of rejected hits (the reason id and the reviewer's note), newest first. Both
tables download as CSV (Excel-ready) and the examples as JSON lines for tuning the lexicon.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from lexicon.vocabulary import REJECT_REASON_LABELS
from pipelines.hit import Hit
from pipelines.store import HitQuery, Store
from reviewer.lawbook import rule_titles
from reviewer.pages.queue import facet_cache
from reviewer.web import NAV, NavItem, Page, User, render, state

__all__ = ["RulesPage", "router", "rule_quality"]

router = APIRouter()
NAV.append(NavItem("rules", "规则质量", "/rules", order=40))

#: Rejected hits read for reasons and examples (newest decisions first).
MAX_REJECTED = 5000
CONFIRMED = ["confirmed", "noticed"]


@dataclass(kw_only=True)
class RulesPage(Page):
    """Context of ``rules.html``: one row per rule, worst precision first."""

    rules: list[dict[str, Any]] = field(default_factory=list)
    reasons: dict[str, str] = field(default_factory=lambda: REJECT_REASON_LABELS)


def _last_rejection(hit: Hit) -> dict[str, Any]:
    for e in reversed(hit.history):
        if e.get("action") == "status" and e.get("to") == "rejected":
            return e
    return {}


def _examples(store: Store) -> list[dict[str, Any]]:
    q = HitQuery.of(status="rejected", sort="status_changed_at", size=500, with_total=False)
    out: list[dict[str, Any]] = []
    while len(out) < MAX_REJECTED * 4:
        page = store.query(q)
        for h in page.hits:
            e = _last_rejection(h)
            for f in {f.get("rule_id", ""): f for f in h.findings}.values():
                out.append({
                    "rule_id": f.get("rule_id", ""), "reason": e.get("reason", "other"),
                    "note": e.get("note", ""), "actor": e.get("actor", ""), "at": e.get("at", ""),
                    "matched": f.get("matched", ""), "excerpt": f.get("excerpt", ""),
                    "hit_id": h.id, "url": h.url, "title": h.title,
                })  # fmt: skip
        if not page.next_cursor or len(out) >= MAX_REJECTED:
            break
        q.cursor = page.next_cursor
    return out


def rule_quality(store: Store) -> list[dict[str, Any]]:
    """Per rule: hits, confirmed, rejected, escalated, open, precision, reasons, examples."""
    count = {name: store.facets(HitQuery(status=st), ["rule"])["rule"] for name, st in (
        ("hits", None), ("confirmed", CONFIRMED), ("rejected", "rejected"),
        ("escalated", "escalated"), ("open", ["new", "needs_info", "reappeared"]))}  # fmt: skip
    examples = _examples(store)
    reasons: dict[str, Counter] = defaultdict(Counter)
    samples: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for ex in examples:
        reasons[ex["rule_id"]][ex["reason"]] += 1
        if len(samples[ex["rule_id"]]) < 3:
            samples[ex["rule_id"]].append(ex)
    titles = rule_titles()
    rows = []
    for rid in sorted(count["hits"]):
        c, r = count["confirmed"].get(rid, 0), count["rejected"].get(rid, 0)
        rows.append({
            "rule_id": rid, "title": titles.get(rid, ""),
            **{k: count[k].get(rid, 0) for k in count},
            "precision": c / (c + r) if c + r else None,
            "reasons": reasons[rid].most_common(3), "examples": samples[rid],
        })  # fmt: skip
    rows.sort(key=lambda x: (x["precision"] if x["precision"] is not None else 2, -x["hits"]))
    return rows


def _cached(request: Request) -> Any:
    rv = state(request)
    return facet_cache(request).get(("rules",), lambda: rule_quality(rv.store))


@router.get("/rules")
async def rules(request: Request, user: User) -> Response:
    rows = await run_in_threadpool(_cached, request)
    return render(request, "rules.html", RulesPage(title="规则质量", active="rules", rules=rows))


_CSV_COLS = [("rule_id", "规则"), ("title", "规则名称"), ("hits", "命中"), ("confirmed", "确认"),
             ("rejected", "排除"), ("escalated", "上报"), ("open", "待审核"),
             ("precision", "实际准确率"), ("reasons", "主要排除原因")]  # fmt: skip


@router.get("/rules/export.csv")
async def export_csv(request: Request, user: User) -> Response:
    rows = await run_in_threadpool(_cached, request)
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow([label for _, label in _CSV_COLS])
    for r in rows:
        reasons = "；".join(f"{REJECT_REASON_LABELS.get(k, k)} {n}" for k, n in r["reasons"])
        prec = "" if r["precision"] is None else f"{r['precision']:.3f}"
        w.writerow([r["rule_id"], r["title"], r["hits"], r["confirmed"], r["rejected"],
                    r["escalated"], r["open"], prec, reasons])  # fmt: skip
    return Response("\ufeff" + buf.getvalue(), media_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": 'attachment; filename="rule-quality.csv"'})  # fmt: skip


@router.get("/rules/examples.jsonl")
async def export_examples(request: Request, user: User) -> Response:
    rows = await run_in_threadpool(lambda: _examples(state(request).store))
    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    return Response(body, media_type="application/x-ndjson; charset=utf-8", headers={
        "Content-Disposition": 'attachment; filename="rejected-examples.jsonl"'})  # fmt: skip
