"""The letter workflow: draft → approved → sent → verified | overdue → closed.

A draft takes its document number from the store's never-reused sequence first, then renders
HTML, PDF, DOCX, JSON and CSV; a render that fails leaves the number void, with an audit entry
saying why (so the register of numbers has an explanation for every gap). A supervisor other
than the drafter approves; from then on the letter's content and files are immutable: a change
is a new version with its own number (:func:`revise`) and the old one is ``superseded``.
Sending marks the listed hits ``noticed``; :func:`verify` reads what a re-crawl found
(``removed``/``reappeared``) and moves the notice to ``verified`` or, after the deadline,
``overdue``; a listing that reappears after a verified notice is flagged for a follow-up.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from pipelines.hit import Hit
from pipelines.items import utcnow
from pipelines.store.base import Store
from reports.compose import Numbered, compose
from reports.config import NoticeConfig
from reports.context import EvidencePackage, LetterContext
from reports.docx_writer import write_docx
from reports.errors import RenderError, WorkflowError
from reports.render import listings_csv, listings_json, render_html, render_pdf

__all__ = [
    "KIND_CODES",
    "Progress",
    "approve",
    "check_files",
    "close",
    "draft",
    "overdue_first",
    "progress",
    "revise",
    "send",
    "today_beijing",
    "verify",
    "write_letter",
]

#: Ids are ``<code>-<year>-<number>``: TZ-2026-12 is notice 某市监函〔2026〕12号.
KIND_CODES = {"notice": "TZ", "request": "XC", "referral": "YS"}

#: The states a letter may move to from each state.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "draft": ("approved", "superseded"),
    "approved": ("sent", "superseded"),
    "sent": ("verified", "overdue", "closed"),
    "overdue": ("verified", "closed"),
    "verified": ("closed", "verified"),
    "closed": (),
    "superseded": (),
}


def today_beijing() -> date:
    return (datetime.utcnow() + timedelta(hours=8)).date()


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def write_letter(ctx: LetterContext, out_dir: Path) -> dict[str, dict[str, Any]]:
    """All five files of a letter; returns {format: {path, sha256[, pages]}}."""
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = out_dir / ctx.doc_no
    html = render_html(ctx)
    files: dict[str, dict[str, Any]] = {}
    paths = {fmt: stem.with_name(f"{ctx.doc_no}.{fmt}") for fmt in ("html", "pdf", "docx")}
    paths["json"] = stem.with_name(f"{ctx.doc_no}-清单.json")
    paths["csv"] = stem.with_name(f"{ctx.doc_no}-清单.csv")
    paths["html"].write_text(html, encoding="utf-8")
    pages = render_pdf(ctx, paths["pdf"])
    write_docx(ctx, paths["docx"])
    paths["json"].write_text(listings_json(ctx), encoding="utf-8")
    paths["csv"].write_text(listings_csv(ctx), encoding="utf-8")
    for fmt, p in paths.items():
        files[fmt] = {"path": str(p), "sha256": _sha256(p)}
    files["pdf"]["pages"] = pages
    return files


def _audit(store: Store, action: str, actor: str, doc: dict[str, Any], **extra: Any) -> None:
    detail = {"notice_id": doc["id"], "doc_no": doc.get("doc_no"), "kind": doc.get("kind"),
              "status": doc.get("status"), **extra}  # fmt: skip
    store.append_audit(action, actor=actor, detail=detail)


def draft(
    store: Store, cfg: NoticeConfig, kind: str, hits: list[Hit], *, actor: str, out_dir: Path,
    addressee: str, issued: date | None = None, case_id: str = "", case_summary: str = "",
    follows: str = "", supersedes: str = "",
    evidence: Callable[[Path], list[EvidencePackage]] | None = None,
) -> dict[str, Any]:  # fmt: skip
    """Number, render and store one letter; returns the stored notice record."""
    if kind not in KIND_CODES:
        raise WorkflowError(f"未知文书类型 {kind}")
    if not hits:
        raise WorkflowError("没有可列入文书的信息（命中记录）")
    issued = issued or today_beijing()
    number = store.next_number(f"{kind}:{issued.year}")
    nid = f"{KIND_CODES[kind]}-{issued.year}-{number}"
    doc_no = f"{cfg.prefix(kind)}〔{issued.year}〕{number}号"
    folder = out_dir.resolve() / nid  # stored paths stay valid from any working directory
    try:
        packages = evidence(folder / "证据") if evidence else []
        n = Numbered(number, issued, addressee, case_id, case_summary, follows, packages)
        ctx = compose(kind, cfg, hits, n)
        files = write_letter(ctx, folder)
    except Exception as e:
        store.append_audit("notice_number_void", actor=actor, detail={
            "notice_id": nid, "doc_no": doc_no, "kind": kind, "error": f"{type(e).__name__}: {e}",
        })  # fmt: skip
        raise RenderError(f"{doc_no} 生成失败，该文号作废且不再使用：{e}") from e
    doc = {
        "id": nid, "kind": kind, "doc_no": doc_no, "number": number, "year": issued.year,
        "prefix": cfg.prefix(kind), "authority": cfg.authority, "title": ctx.title,
        "platform": "、".join(ctx.platforms), "platforms": ctx.platforms,
        "addressee": addressee, "hit_ids": [x.id for x in ctx.listings],
        "listings": [x.as_row() for x in ctx.listings], "issued": issued.isoformat(),
        "deadline_date": (issued + timedelta(days=cfg.days(kind))).isoformat(),
        "deadline": ctx.deadline, "status": "draft", "drafted_by": actor, "drafted_at": utcnow(),
        "files": files, "case_id": case_id, "follows": follows, "supersedes": supersedes,
        "config": cfg.path, "specimen": cfg.is_example, "follow_up": [],
        "evidence": [asdict(e) for e in packages],
    }  # fmt: skip
    stored = store.put_notice(doc)
    _audit(store, "notice_draft", actor, stored, listings=len(ctx.listings))
    return stored


def _get(store: Store, nid: str) -> dict[str, Any]:
    doc = store.get_notice(nid)
    if doc is None:
        raise WorkflowError(f"找不到文书 {nid}")
    return doc


def _move(store: Store, doc: dict[str, Any], to: str, actor: str, action: str,
          **fields: Any) -> dict[str, Any]:  # fmt: skip
    if to not in TRANSITIONS.get(doc["status"], ()):
        raise WorkflowError(f"{doc['doc_no']} 当前状态为“{doc['status']}”，不能改为“{to}”")
    new = store.update_notice(doc["id"], expected_version=doc["version"], status=to, **fields)
    _audit(store, action, actor, new, **{k: v for k, v in fields.items() if k != "follow_up"})
    return new


def approve(store: Store, nid: str, *, actor: str) -> dict[str, Any]:
    """A supervisor approves; the drafter may not approve their own letter (four eyes)."""
    doc = _get(store, nid)
    if actor == doc.get("drafted_by"):
        raise WorkflowError(f"{doc['doc_no']} 由 {actor} 起草，须由其他负责人审批")
    problems = check_files(doc)
    if problems:
        raise WorkflowError(f"{doc['doc_no']} 的文件与起草时不一致：" + "；".join(problems))
    return _move(store, doc, "approved", actor, "notice_approve", approved_by=actor,
                 approved_at=utcnow())  # fmt: skip


def send(store: Store, nid: str, *, actor: str, via: str = "", at: str | None = None) -> dict:
    """Record delivery; a notice's listings become ``noticed``."""
    doc = _get(store, nid)
    at = at or utcnow()
    new = _move(store, doc, "sent", actor, "notice_send", sent_by=actor, sent_at=at, via=via)
    if doc["kind"] == "notice":
        for hid in doc["hit_ids"]:
            hit = store.get_hit(hid)
            if hit is not None and hit.status in ("confirmed", "reappeared", "escalated"):
                store.set_status(hid, "noticed", actor=actor, at=at,
                                 note=f"已发{doc['doc_no']}")  # fmt: skip
    return new


@dataclass(frozen=True, slots=True)
class Progress:
    """Where a sent notice's listings stand: n of m removed."""

    total: int
    removed: int
    reappeared: list[str]
    live: list[str]

    @property
    def done(self) -> bool:
        return self.total > 0 and self.removed == self.total


def progress(store: Store, doc: dict[str, Any]) -> Progress:
    removed, reappeared, live = 0, [], []
    for hid in doc.get("hit_ids", []):
        hit = store.get_hit(hid)
        status = hit.status if hit else "removed"
        if status == "removed":
            removed += 1
        elif status == "reappeared":
            reappeared.append(hid)
        else:
            live.append(hid)
    return Progress(len(doc.get("hit_ids", [])), removed, reappeared, live)


def verify(store: Store, nid: str, *, actor: str, today: date | None = None) -> dict[str, Any]:
    """Move a sent notice by what the last re-crawl found (see the module docstring)."""
    doc = _get(store, nid)
    if doc["status"] not in ("sent", "overdue", "verified"):
        raise WorkflowError(f"{doc['doc_no']} 尚未送达，无需核查")
    p = progress(store, doc)
    today = today or today_beijing()
    at = utcnow()
    if doc["status"] == "verified":
        new = [h for h in p.reappeared if h not in doc.get("follow_up", [])]
        if not new:
            return doc
        return _move(store, doc, "verified", actor, "notice_follow_up",
                     follow_up=[*doc.get("follow_up", []), *new], reappeared=new)  # fmt: skip
    if p.done:
        return _move(store, doc, "verified", actor, "notice_verify", verified_at=at,
                     removed=p.removed)  # fmt: skip
    overdue = today > date.fromisoformat(doc["deadline_date"])
    if overdue and doc["status"] == "sent":
        return _move(store, doc, "overdue", actor, "notice_overdue", overdue_at=at,
                     removed=p.removed, still_up=len(p.live) + len(p.reappeared))  # fmt: skip
    return doc


def close(store: Store, nid: str, *, actor: str, note: str = "") -> dict[str, Any]:
    doc = _get(store, nid)
    return _move(store, doc, "closed", actor, "notice_close", closed_by=actor,
                 closed_at=utcnow(), close_note=note)  # fmt: skip


def revise(
    store: Store, cfg: NoticeConfig, nid: str, *, actor: str, out_dir: Path,
    drop: Iterable[str] = (), issued: date | None = None,
) -> dict[str, Any]:  # fmt: skip
    """A new version of a draft or approved letter (new number); the old one is superseded."""
    old = _get(store, nid)
    if old["status"] not in ("draft", "approved"):
        raise WorkflowError(f"{old['doc_no']} 已送达，不能修改；请另行起草")
    drop = set(drop)
    keep = [x for x in old["hit_ids"] if x not in drop]
    found = store.get_hits(keep)
    hits = [found[x] for x in keep if x in found]
    new = draft(store, cfg, old["kind"], hits, actor=actor, out_dir=out_dir,
                addressee=old["addressee"], issued=issued, case_id=old.get("case_id", ""),
                follows=old.get("follows", ""), supersedes=old["id"])  # fmt: skip
    _move(store, old, "superseded", actor, "notice_supersede", superseded_by=new["id"])
    return new


def check_files(doc: dict[str, Any]) -> list[str]:
    """Files of a letter that are missing or no longer match the hash taken when drafted."""
    problems = []
    for fmt, f in (doc.get("files") or {}).items():
        p = Path(f["path"])
        if not p.is_file():
            problems.append(f"{fmt} 文件缺失（{p}）")
        elif _sha256(p) != f["sha256"]:
            problems.append(f"{fmt} 文件已被改动（{p}）")
    return problems


def overdue_first(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The reviewer's order: overdue, then sent (nearest deadline first), then the rest; letters
    drafted in the same second keep their number order."""
    rank = {"overdue": 0, "sent": 1, "approved": 2, "draft": 3, "verified": 4, "closed": 5}
    return sorted(docs, key=lambda d: (rank.get(d["status"], 6), d.get("deadline_date", ""),
                                       d.get("drafted_at", ""), d.get("kind", ""),
                                       d.get("year", 0), d.get("number", 0)))  # fmt: skip
