"""Export one hit's evidence package: a WACZ, the 电子数据提取笔录, and SHA256SUMS.

The WACZ (made with the ``wacz`` package, so it replays in pywb and ReplayWeb.page) holds the
page's original request/response records copied byte for byte from the run's WARC, plus
``resource`` records for the screenshot, the extracted text and the manifest excerpt (the
hit's entry, the entry before it and the run's head), so the package stands on its own.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from lexicon.vocabulary import category_label, severity_label
from pipelines.errors import EvidenceError
from pipelines.evidence.archive import EvidenceArchive, sha256_bytes, sha256_file
from pipelines.evidence.record import ExtractionRecord, write_docx, write_pdf
from pipelines.evidence.verify import verify_run
from pipelines.evidence.warc import resource_record
from pipelines.hit import Hit
from pipelines.items import utcnow

__all__ = ["ExportResult", "export_hit"]

_BEIJING = timedelta(hours=8)


@dataclass(slots=True)
class ExportResult:
    wacz: Path
    record: Path
    sums: Path
    problems: list[str]


def _local(ts: str) -> str:
    """UTC ISO-8601 → 北京时间 2026年11月21日 18时00分00秒."""
    try:
        t = datetime.fromisoformat(ts.replace("Z", "+00:00")).astimezone(UTC) + _BEIJING
    except ValueError:
        return ts
    return t.strftime("%Y年%m月%d日 %H时%M分%S秒（北京时间）")


def _excerpt(archive: EvidenceArchive, run_id: str, seq: int) -> list[dict[str, Any]]:
    mine = [e for e in archive.iter_entries(run_id) if e.get("seq") in (seq - 1, seq)]
    head = archive.manifest_path(run_id).with_name("manifest.head")
    if head.exists():
        mine.append({"head": json.loads(head.read_text(encoding="utf-8"))})
    return mine


def _warc(archive: EvidenceArchive, hit: Hit, entry: dict[str, Any], excerpt: bytes) -> bytes:
    ev, at = hit.evidence, hit.evidence.get("captured_at") or utcnow()
    w = ev["warc"]
    parts = [archive.read_range(w["file"], w["offset"], w["length"])]
    if sha256_bytes(parts[0]) != w["sha256"]:
        raise EvidenceError(f"WARC 记录 {w.get('record_id')} 与清单哈希不符，拒绝导出")
    url = hit.final_url or hit.url
    text = archive.root / ev["text"]["path"]
    parts.append(resource_record(f"urn:adsweep:text:{url}", text.read_bytes(),
                                 "text/plain; charset=utf-8", at))  # fmt: skip
    if ev.get("screenshot"):
        png = archive.root / ev["screenshot"]["path"]
        parts.append(resource_record(f"urn:adsweep:screenshot:{url}", png.read_bytes(),
                                     "image/png", at))  # fmt: skip
    parts.append(resource_record(f"urn:adsweep:manifest:{entry['run_id']}:{entry['seq']}",
                                 excerpt, "application/x-ndjson", at))  # fmt: skip
    return b"".join(parts)


def _make_wacz(warc: Path, out: Path, hit: Hit, at: str) -> None:
    from wacz.main import main as wacz_main

    pages = warc.with_name("pages.jsonl")
    page = {"id": hit.id, "url": hit.final_url or hit.url, "title": hit.title, "ts": at}
    pages.write_text(
        json.dumps({"format": "json-pages-1.0", "id": "pages", "title": "All Pages"}) + "\n"
        + json.dumps(page, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    args = ["create", "-o", str(out), "-p", str(pages), "--title", f"adsweep 证据 {hit.id}",
            "--url", page["url"], str(warc)]  # fmt: skip
    with contextlib.redirect_stdout(io.StringIO()):
        rc = wacz_main(args)
    if rc not in (0, None) or not out.exists():
        raise EvidenceError(f"WACZ 生成失败（wacz 返回 {rc}）")


def _entry(archive: EvidenceArchive, hit: Hit) -> dict[str, Any]:
    ev = hit.evidence
    if not ev or not ev.get("warc"):
        raise EvidenceError(f"命中记录 {hit.id} 没有证据（可能在启用取证前抓取）")
    run_id, seq = ev["run_id"], ev["manifest"]["seq"]
    for e in archive.iter_entries(run_id):
        if e.get("seq") == seq and e.get("hash") == ev["manifest"]["hash"]:
            return e
    raise EvidenceError(f"批次 {run_id} 的清单中找不到第 {seq} 条（或已被改动）")


def export_hit(
    archive: EvidenceArchive, hit: Hit, out_dir: Path, *, fmt: str = "pdf",
    operator: str = "", organization: str = "", subject: str = "",
) -> ExportResult:  # fmt: skip
    """Write ``<hit>.wacz``, ``电子数据提取笔录-<hit>.pdf|docx`` and ``SHA256SUMS`` to ``out_dir``."""
    entry = _entry(archive, hit)
    report = verify_run(archive, entry["run_id"])
    problems = [p.message for p in report.problems if p.seq in (None, entry["seq"])]
    out_dir.mkdir(parents=True, exist_ok=True)
    excerpt_lines = _excerpt(archive, entry["run_id"], entry["seq"])
    excerpt = "".join(
        json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n" for e in excerpt_lines
    )
    now = utcnow()
    wacz_path = out_dir / f"{hit.id}.wacz"
    with tempfile.TemporaryDirectory() as tmp:
        warc = Path(tmp) / f"{hit.id}.warc.gz"
        warc.write_bytes(_warc(archive, hit, entry, excerpt.encode("utf-8")))
        _make_wacz(warc, wacz_path, hit, entry["at"])
    files = _file_rows(archive, hit, wacz_path)
    rec = _record(hit, entry, files, now, operator, organization, subject, problems,
                  archive)  # fmt: skip
    suffix = "docx" if fmt == "docx" else "pdf"
    record_path = out_dir / f"电子数据提取笔录-{hit.id}.{suffix}"
    (write_docx if suffix == "docx" else write_pdf)(rec, record_path)
    sums = out_dir / "SHA256SUMS"
    sums.write_text(
        "".join(f"{sha256_file(p)}  {p.name}\n" for p in (wacz_path, record_path)),
        encoding="utf-8",
    )
    return ExportResult(wacz_path, record_path, sums, problems)


def _file_rows(archive: EvidenceArchive, hit: Hit, wacz: Path) -> list[tuple[str, str, str, int]]:
    ev = hit.evidence
    w = ev["warc"]
    what = "平台导出的原始记录" if ev.get("source") else "原始 HTTP 请求与响应"
    rows = [(f"{Path(w['file']).name}（第 {w['offset']} 字节起）",
             f"{what}（WARC 记录 {w['record_id']}）", w["sha256"], w["length"])]  # fmt: skip
    for key, desc in (("screenshot", "页面截图（PNG）"), ("text", "提取的页面文本（UTF-8）")):
        art = ev.get(key)
        if art:
            rows.append((Path(art["path"]).name, desc, art["sha256"],
                         (archive.root / art["path"]).stat().st_size))  # fmt: skip
    rows.append((wacz.name, "证据包（WACZ，可回放）", sha256_file(wacz), wacz.stat().st_size))
    return rows


def _method(ev: dict[str, Any]) -> str:
    """How the data was extracted, in the record's words: fetched, or read from an export."""
    source = ev.get("source", "")
    if source.startswith("export:"):
        file, _, row = source.removeprefix("export:").rpartition("#")
        method = f"自动化程序读取平台提供的导出文件 {file} 第 {row} 行，保存该行原始记录"
    else:
        method = "自动化程序通过 HTTP 协议访问提取对象，保存原始请求与响应"
    return method + ("，并以无头浏览器渲染页面截图" if ev.get("screenshot") else "")


def _origin(ev: dict[str, Any]) -> str:
    if ev.get("source", "").startswith("export:"):
        return "提取工具读取平台提供的导出文件获取，该行原始记录"
    return "提取工具自动访问提取对象获取，原始网络请求与响应"


def _record(
    hit: Hit, entry: dict[str, Any], files: list, now: str, operator: str, organization: str,
    subject: str, problems: list[str], archive: EvidenceArchive,
) -> ExtractionRecord:  # fmt: skip
    tsr = archive.manifest_path(entry["run_id"]).with_name("manifest.tsr")
    method = _method(hit.evidence)
    return ExtractionRecord(
        number=f"ADS-{now[:10].replace('-', '')}-{hit.id[:8].upper()}",
        subject=subject or "特种作业操作证违法广告监测",
        url=hit.url, final_url=hit.final_url or hit.url, title=hit.title,
        platform=hit.platform, shop=hit.shop or "",
        captured_at=entry["at"], captured_at_local=_local(entry["at"]),
        exported_at=now, exported_at_local=_local(now),
        tool=entry.get("tool") or "adsweep", method=method,
        operator=operator or "（未填写）", organization=organization,
        run_id=entry["run_id"], manifest_seq=entry["seq"], manifest_hash=entry["hash"],
        manifest_prev=entry["prev"],
        timestamp=("已对批次清单申请 RFC 3161 可信时间戳（manifest.tsr）" if tsr.exists() else "未申请"),
        files=files,
        findings=[(f.get("rule_id", ""), category_label(f.get("category", "")),
                   severity_label(f.get("severity", "")),
                   f.get("matched", ""), f.get("excerpt", "")) for f in hit.findings],
        verified="；".join(problems) if problems else "导出时重新计算全部哈希，与提取清单一致",
        origin=_origin(hit.evidence),
    )  # fmt: skip
