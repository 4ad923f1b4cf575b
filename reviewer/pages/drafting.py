"""Drafting letters in the reviewer: the batch a person selects becomes one letter per platform.

A batch is (``reports.batch``): the queue's checked hits, a queue filter, a case, or every
confirmed hit not yet in a letter. Only confirmed (or reappeared) hits enter a letter, and hits
already listed in an unsent letter of the same kind are left out, so a batch never lists a
listing twice.

- ``GET /notices/new?…``: what a filter or a case would draft (per platform: addressee, count,
  a sample) before anything is numbered; numbers are never reused, so a mistaken draft costs
  one (the void stays on record).
- ``POST /notices/draft``: ``kind`` (notice, request, referral) and one of ``ids`` (the queue's
  ``id:version`` values), ``case`` (a case key) or ``view`` (a queue query string); with none,
  every confirmed hit not yet in a letter. A referral needs a case (the case page's button).

Any reviewer drafts; a supervisor other than the drafter approves (``reviewer.pages.notices``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from lexicon.vocabulary import NOTICE_KIND_LABELS
from pipelines.hit import Hit
from reports.errors import ReportError
from reviewer.errors import BadRequest, Conflict, NotFound
from reviewer.filters import ViewFilter
from reviewer.pages.notices import notices_config
from reviewer.pages.queue import facet_cache
from reviewer.web import Page, User, csrf_required, render, state

__all__ = ["BatchPage", "router"]

router = APIRouter()

#: Most listings one drafting request may put into letters; larger batches go through
#: ``adsweep notices draft`` (a letter of 2,000 listings renders in well under a minute).
MAX_BATCH = 2000
#: Letter kinds drafted for a batch of listings (a referral is drafted for a case).
BATCH_KINDS = ("notice", "request")


@dataclass(frozen=True, slots=True)
class Group:
    """One letter a batch would make: a platform, its addressee and its listings."""

    platform: str
    addressee: str
    hits: list[Hit]


@dataclass(kw_only=True)
class BatchPage(Page):
    """Context of ``notice_new.html``: the batch before it is numbered."""

    kind: str
    groups: list[Group] = field(default_factory=list)
    #: Hidden fields that name the batch again when the form is posted.
    source: list[tuple[str, str]] = field(default_factory=list)
    described: str = ""
    kinds: dict[str, str] = field(default_factory=lambda: NOTICE_KIND_LABELS)
    too_many: bool = False
    max_batch: int = MAX_BATCH


def _view_filters(qs: str) -> dict[str, Any]:
    """Store filters of a queue view; its status filter only when the view names one."""
    view = ViewFilter.from_params(parse_qsl(qs))
    out = view.filters(without="status")
    given = [s for s in view.values.get("status", []) if s != "all"]
    if given:
        out["status"] = given
    return out


def _case_hits(store: Any, key: str) -> tuple[Any, list[str]]:
    from pipelines.cases import find_case

    case = find_case(store, key)
    if case is None:
        raise NotFound(f"案件 {key} 没有已确认的信息")
    return case, [h.id for h in case.hits if h.status in ("confirmed", "reappeared")]


def _batch(store: Any, kind: str, source: dict[str, Any]) -> list[Hit]:
    from reports.batch import select_hits

    if source.get("ids"):
        return select_hits(store, hit_ids=source["ids"], kind=kind)
    if source.get("case"):
        _, ids = _case_hits(store, source["case"])
        return select_hits(store, hit_ids=ids, kind=kind) if ids else []
    return select_hits(store, filters=_view_filters(source.get("view", "")), kind=kind)


def _groups(request: Request, hits: list[Hit]) -> list[Group]:
    from reports.batch import by_platform

    cfg = notices_config(request)
    return [Group(p, cfg.addressee(p), hs) for p, hs in by_platform(hits).items()]


def _kind(value: str, allowed: tuple[str, ...]) -> str:
    kind = value or "notice"
    if kind not in allowed:
        raise BadRequest(f"未知文书类型：{kind}")
    return kind


@router.get("/notices/new")
async def new(request: Request, user: User) -> Response:
    """The batch a filter (the queue's parameters) or ``case`` would draft, per platform."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in ("kind", "case")]
    kind = _kind(request.query_params.get("kind", ""), BATCH_KINDS)
    case = request.query_params.get("case", "").strip()
    source = {"case": case} if case else {"view": urlencode(params)}
    store = state(request).store
    try:
        hits = await run_in_threadpool(_batch, store, kind, source)
        groups = _groups(request, hits[:MAX_BATCH])
    except ReportError as e:
        raise Conflict(str(e)) from e
    described = f"案件 {case}" if case else ("全部已确认、尚未列入文书的信息" if not params
                                             else "审核队列的筛选结果")  # fmt: skip
    ctx = BatchPage(title="起草文书", active="notices", kind=kind, groups=groups,
                    source=list(source.items()), described=described,
                    too_many=len(hits) > MAX_BATCH)  # fmt: skip
    return render(request, "notice_new.html", ctx)


def _ids(values: list[Any]) -> list[str]:
    ids = list(dict.fromkeys(str(v).partition(":")[0] for v in values if str(v).strip()))
    if len(ids) > MAX_BATCH:
        raise BadRequest(f"一次最多为 {MAX_BATCH} 条信息起草文书；更多请用 adsweep notices draft")
    return ids


def _draft(request: Request, kind: str, source: dict[str, Any], actor: str) -> list[dict]:
    from reports.workflow import draft

    rv, cfg = state(request), notices_config(request)
    hits = _batch(rv.store, kind, source)
    if len(hits) > MAX_BATCH:
        raise BadRequest(f"本批 {len(hits)} 条，超过一次 {MAX_BATCH} 条的上限；"
                         "请缩小筛选范围，或用 adsweep notices draft")  # fmt: skip
    out_dir = Path(rv.config.notices_dir)
    return [draft(rv.store, cfg, kind, g.hits, actor=actor, out_dir=out_dir,
                  addressee=g.addressee, case_id=source.get("case", ""))
            for g in _groups(request, hits)]  # fmt: skip


def _referral(request: Request, key: str, actor: str) -> dict[str, Any]:
    from reports.referral import draft_referral

    rv = state(request)
    case, _ = _case_hits(rv.store, key)
    return draft_referral(rv.store, notices_config(request), case, actor=actor,
                          out_dir=Path(rv.config.notices_dir),
                          evidence_dir=rv.config.evidence_dir)  # fmt: skip


@router.post("/notices/draft", dependencies=[Depends(csrf_required)])
async def draft_letters(request: Request, user: User) -> Response:
    """Number, render and store the batch's letters; on to the letter, or to the list."""
    form = await request.form()
    kind = _kind(str(form.get("kind", "")), (*BATCH_KINDS, "referral"))
    case = str(form.get("case", "")).strip()
    try:
        if kind == "referral":
            if not case:
                raise BadRequest("线索移送函须从案件页起草")
            docs = [await run_in_threadpool(_referral, request, case, user["name"])]
        else:
            source = {"ids": _ids(form.getlist("ids")), "case": case,
                      "view": str(form.get("view", ""))}  # fmt: skip
            docs = await run_in_threadpool(_draft, request, kind, source, user["name"])
    except ReportError as e:
        raise Conflict(str(e)) from e
    facet_cache(request).invalidate()  # the statistics count letters too
    if not docs:
        raise Conflict("没有待发文的已确认信息（只有已确认的信息才能列入文书；"
                       "已列入未送达文书的信息不重复列入）")  # fmt: skip
    if len(docs) == 1:
        return RedirectResponse(f"/notices/{docs[0]['id']}?done=draft", status_code=303)
    return RedirectResponse(f"/notices?kind={kind}&done=draft", status_code=303)
