"""Notices: the letters of ``reports`` (notices, requests for information, referrals) in the
reviewer, with their progress and the supervisor's steps.

- ``/notices``: every letter, overdue first (:func:`reports.workflow.overdue_first`), each with
  n of m listings removed, status and deadline, under the authority, numbering and contact of
  the notices configuration (a letter made from the example configuration is flagged).
- ``/notices/{id}``: the letter as drafted, its listings with their current status, the
  downloads, its history, and for supervisors approve / send / verify / close. The preview is
  the ``.letter`` part of the letter's own HTML file, read only after its SHA-256 matches the
  one stored at drafting, and styled by ``/notices/letter.css``: the app's CSP refuses inline
  styles and scripts, and every quoted listing text was escaped when the letter was rendered.

Drafting (from a selection, a filter, a case, or everything confirmed) is in
:mod:`reviewer.pages.drafting`. Any reviewer drafts; only a supervisor other than the drafter
approves (four eyes, enforced by :func:`reports.workflow.approve`, shown here).

``verify`` here reads what the latest crawls recorded (the lifecycle pipeline marks listings
``removed``/``reappeared``); the re-crawl itself is ``adsweep notices verify`` on a crawl
machine (the reviewer never starts a browser or fetches a platform's pages).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import FileResponse, RedirectResponse, Response
from markupsafe import Markup
from starlette.concurrency import run_in_threadpool

from lexicon.vocabulary import NOTICE_KIND_LABELS, NOTICE_STATUS_LABELS
from reports.config import NoticeConfig, load_config
from reports.errors import ReportError
from reports.render import LETTER_CSS
from reports.workflow import Progress, check_files, overdue_first, progress
from reviewer.errors import BadRequest, Conflict, NotFound
from reviewer.web import NAV, NavItem, Page, Supervisor, User, csrf_required, render, state

__all__ = ["NoticePage", "NoticesPage", "router"]

router = APIRouter()
NAV.append(NavItem("notices", "通知书", "/notices", order=60))

#: Downloadable files of a letter: format → (label, media type).
FORMATS: dict[str, tuple[str, str]] = {
    "pdf": ("PDF", "application/pdf"),
    "docx": ("Word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "json": ("清单 JSON", "application/json"),
    "csv": ("清单 CSV", "text/csv"),
    "html": ("HTML", "text/html"),
}

#: Audit actions of the letter workflow (``reports.workflow``), shown as a letter's history.
NOTICE_ACTIONS = ("notice_draft", "notice_approve", "notice_send", "notice_verify",
                  "notice_overdue", "notice_follow_up", "notice_close", "notice_supersede")  # fmt: skip

DONE = {"approve": "已审批，文书不可再修改", "send": "已登记送达，所列信息标记为已通知",
        "verify": "已按最近一次抓取结果核查", "close": "已办结",
        "draft": "已起草，等待其他负责人审批"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Row:
    """One letter in the list: the stored record and where its listings stand."""

    doc: dict[str, Any]
    progress: Progress

    @property
    def overdue(self) -> bool:
        return self.doc.get("status") == "overdue"


@dataclass(kw_only=True)
class NoticesPage(Page):
    """Context of ``notices.html``: letters overdue first, and the configuration in force."""

    rows: list[Row] = field(default_factory=list)
    config: NoticeConfig | None = None
    config_error: str = ""
    kinds: dict[str, str] = field(default_factory=lambda: NOTICE_KIND_LABELS)
    statuses: dict[str, str] = field(default_factory=lambda: NOTICE_STATUS_LABELS)
    kind: str = ""
    #: Letters of each kind (for the tabs), and of all kinds.
    counts: dict[str, int] = field(default_factory=dict)
    #: Document number of every letter by id.
    numbers: dict[str, str] = field(default_factory=dict)
    waiting: int = 0


@dataclass(kw_only=True)
class NoticePage(Page):
    """Context of ``notice.html``."""

    doc: dict[str, Any]
    progress: Progress
    #: Current status of each listed hit (hit id → status), for the listing table.
    hit_status: dict[str, str] = field(default_factory=dict)
    letter: Markup | None = None
    problems: list[str] = field(default_factory=list)
    formats: dict[str, tuple[str, str]] = field(default_factory=lambda: FORMATS)
    history: list[dict[str, Any]] = field(default_factory=list)
    kinds: dict[str, str] = field(default_factory=lambda: NOTICE_KIND_LABELS)
    statuses: dict[str, str] = field(default_factory=lambda: NOTICE_STATUS_LABELS)
    supervisor: bool = False


def notices_config(request: Request) -> NoticeConfig:
    """The notices configuration the server was started with (re-read: it is a small file)."""
    return load_config(state(request).config.notices_config or None)


def _rows(store: Any, kind: str) -> tuple[list[Row], dict[str, int], dict[str, str]]:
    """Letters of ``kind`` (all kinds when empty) overdue first, how many of each kind, and
    every letter's document number by id (for "取代"/"跟进" notes)."""
    docs = store.list_notices()
    counts = {k: sum(d["kind"] == k for d in docs) for k in NOTICE_KIND_LABELS}
    shown = [d for d in docs if not kind or d["kind"] == kind]
    numbers = {d["id"]: d["doc_no"] for d in docs}
    return [Row(d, progress(store, d)) for d in overdue_first(shown)], counts, numbers


@router.get("/notices")
async def notices(request: Request, user: User, kind: str = "", done: str = "") -> Response:
    if kind and kind not in NOTICE_KIND_LABELS:
        raise BadRequest(f"未知文书类型：{kind}")
    store = state(request).store
    rows, counts, numbers = await run_in_threadpool(_rows, store, kind)
    ctx = NoticesPage(title="通知书与移送函", active="notices", rows=rows, kind=kind,
                      counts=counts, numbers=numbers,
                      waiting=sum(r.doc["status"] in ("draft", "approved") for r in rows),
                      flash=DONE.get(done, ""))  # fmt: skip
    try:
        ctx.config = notices_config(request)
    except ReportError as e:
        ctx.config_error = str(e)
    return render(request, "notices.html", ctx)


@router.get("/notices/letter.css")
async def letter_css() -> Response:
    """The letters' stylesheet (scoped to ``.letter``), for the preview under the CSP."""
    return Response(LETTER_CSS.read_text(encoding="utf-8"), media_type="text/css",
                    headers={"Cache-Control": "max-age=300"})  # fmt: skip


def _notice(request: Request, nid: str) -> dict[str, Any]:
    doc = state(request).store.get_notice(nid)
    if doc is None:
        raise NotFound(f"没有文书 {nid}")
    return doc


def _letter_fragment(doc: dict[str, Any], problems: list[str]) -> Markup | None:
    """The ``<div class="letter">`` of the letter's own HTML file; None if it cannot be trusted."""
    html_file = (doc.get("files") or {}).get("html")
    if not html_file or any(p.startswith("html ") for p in problems):
        return None
    text = Path(html_file["path"]).read_text(encoding="utf-8")
    start, end = text.find('<div class="letter">'), text.rfind("</body>")
    if start < 0 or end < start:
        return None  # a letter written before the preview existed: download it instead
    return Markup(text[start:end])  # our renderer's output (escaped), hash-checked above


def _notice_page(request: Request, doc: dict[str, Any], user: dict[str, Any]) -> NoticePage:
    store = state(request).store
    problems = check_files(doc)
    found = store.get_hits(doc.get("hit_ids", []))
    hits = {hid: found.get(hid) for hid in doc.get("hit_ids", [])}
    entries = store.query_audit(action=list(NOTICE_ACTIONS), limit=1000)
    history = [e for e in entries if (e.get("detail") or {}).get("notice_id") == doc["id"]]
    return NoticePage(
        title=f"{doc['doc_no']}", active="notices", doc=doc, progress=progress(store, doc),
        hit_status={k: (h.status if h else "removed") for k, h in hits.items()},
        letter=_letter_fragment(doc, problems), problems=problems, history=history,
        supervisor=user.get("role") in ("supervisor", "admin"),
    )  # fmt: skip


@router.get("/notices/{nid}")
async def notice(request: Request, nid: str, user: User, done: str = "") -> Response:
    doc = _notice(request, nid)
    ctx = await run_in_threadpool(_notice_page, request, doc, user)
    ctx.flash = DONE.get(done, "")
    return render(request, "notice.html", ctx)


@router.get("/notices/{nid}/files/{fmt}")
async def download(request: Request, nid: str, fmt: str, user: User) -> Response:
    """A letter's file, as drafted (refused when it no longer matches its stored hash)."""
    doc = _notice(request, nid)
    f = (doc.get("files") or {}).get(fmt)
    if fmt not in FORMATS or f is None:
        raise NotFound(f"{doc['doc_no']} 没有 {fmt} 文件")
    problems = [p for p in check_files({"files": {fmt: f}})]
    if problems:
        raise Conflict(f"{doc['doc_no']}：" + "；".join(problems) + "。请重新起草或从备份恢复。")
    # Always a download (never shown inline), so no letter file is ever opened in the app.
    return FileResponse(f["path"], media_type=FORMATS[fmt][1], filename=Path(f["path"]).name,
                        content_disposition_type="attachment")  # fmt: skip


#: Parts of a referral's evidence package: stored field → (hash field, media type).
EVIDENCE_PARTS: dict[str, tuple[str, str]] = {
    "wacz": ("wacz_sha256", "application/wacz"),
    "record": ("record_sha256", "application/pdf"),
}


def _evidence_file(doc: dict[str, Any], index: int, part: str) -> Path:
    """An evidence file of a referral, inside its letter's folder and matching its hash."""
    packages = doc.get("evidence") or []
    pdf = (doc.get("files") or {}).get("pdf")
    if part not in EVIDENCE_PARTS or not 0 <= index < len(packages) or pdf is None:
        raise NotFound(f"{doc['doc_no']} 没有这份证据")
    folder = Path(pdf["path"]).parent.resolve()
    path = (folder / packages[index][part]).resolve()
    if not path.is_relative_to(folder) or not path.is_file():
        raise Conflict(f"{doc['doc_no']}：证据文件缺失（{packages[index][part]}）")
    with path.open("rb") as fh:
        digest = hashlib.file_digest(fh, "sha256").hexdigest()
    if digest != packages[index][EVIDENCE_PARTS[part][0]]:
        raise Conflict(f"{doc['doc_no']}：证据文件已被改动（{packages[index][part]}），不能下载")
    return path


@router.get("/notices/{nid}/evidence/{index}/{part}")
async def evidence(request: Request, nid: str, index: int, part: str, user: User) -> Response:
    """A referral's evidence package part (WACZ or 提取笔录), hash-checked, as a download."""
    doc = _notice(request, nid)
    path = await run_in_threadpool(_evidence_file, doc, index, part)
    return FileResponse(path, media_type=EVIDENCE_PARTS[part][1], filename=path.name,
                        content_disposition_type="attachment")  # fmt: skip


def _step(request: Request, nid: str, action: str, **kw: Any) -> Response:
    from reports import workflow

    store, actor = state(request).store, request.state.user["name"]
    try:
        getattr(workflow, action)(store, nid, actor=actor, **kw)
    except ReportError as e:
        raise Conflict(str(e)) from e
    return RedirectResponse(f"/notices/{nid}?done={action}", status_code=303)


@router.post("/notices/{nid}/approve", dependencies=[Depends(csrf_required)])
async def approve(request: Request, nid: str, user: Supervisor) -> Response:
    return await run_in_threadpool(_step, request, nid, "approve")


@router.post("/notices/{nid}/send", dependencies=[Depends(csrf_required)])
async def send(request: Request, nid: str, user: Supervisor, via: str = Form("")) -> Response:
    return await run_in_threadpool(_step, request, nid, "send", via=via.strip()[:200])


@router.post("/notices/{nid}/verify", dependencies=[Depends(csrf_required)])
async def verify(request: Request, nid: str, user: Supervisor) -> Response:
    return await run_in_threadpool(_step, request, nid, "verify")


@router.post("/notices/{nid}/close", dependencies=[Depends(csrf_required)])
async def close(request: Request, nid: str, user: Supervisor, note: str = Form("")) -> Response:
    return await run_in_threadpool(_step, request, nid, "close", note=note.strip()[:500])
