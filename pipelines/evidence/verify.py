"""Recompute every hash of a run's evidence and name whatever was altered or removed.

Checks, per run: each manifest line parses and its ``hash`` matches its content; ``seq`` counts
up from 1 and ``prev`` is the previous entry's hash (so a removed or reordered line breaks the
chain); the head written at close matches the last entry (so a removed tail shows up), and a run with no
head that no live crawl holds is reported as unsealed (killed, or its disk was full); every
WARC byte range, text object and screenshot exists and hashes to what the entry says.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pipelines.evidence.archive import (
    GENESIS,
    EvidenceArchive,
    entry_hash,
    sha256_bytes,
    sha256_file,
)

__all__ = ["Problem", "RunReport", "verify_run"]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing that does not check out; ``message`` is for people (Chinese)."""

    run_id: str
    seq: int | None
    what: str  # manifest | chain | head | unsealed | warc | text | screenshot
    path: str
    message: str


@dataclass(slots=True)
class RunReport:
    run_id: str
    entries: int = 0
    artifacts: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _lines(archive: EvidenceArchive, run_id: str) -> Iterator[tuple[int, str]]:
    with open(archive.manifest_path(run_id), encoding="utf-8", errors="replace") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                yield n, line


def verify_run(archive: EvidenceArchive, run_id: str) -> RunReport:
    """Check one run's manifest chain and every artifact it names."""
    rep = RunReport(run_id)
    mpath = archive.rel(archive.manifest_path(run_id))
    if not archive.manifest_path(run_id).exists():
        rep.problems.append(Problem(run_id, None, "manifest", mpath, "清单文件缺失"))
        return rep
    prev, seq = GENESIS, 0
    for lineno, line in _lines(archive, run_id):
        try:
            entry = json.loads(line)
        except ValueError:
            rep.problems.append(
                Problem(run_id, None, "manifest", mpath, f"清单第 {lineno} 行无法解析（被改动）")
            )
            continue
        seq += 1
        rep.entries += 1
        _check_entry(archive, rep, entry, lineno, mpath, prev, seq)
        prev, seq = entry.get("hash", ""), int(entry.get("seq", seq))
    _check_head(archive, rep, prev, seq, mpath)
    return rep


def _check_entry(
    archive: EvidenceArchive,
    rep: RunReport,
    entry: dict[str, Any],
    lineno: int,
    mpath: str,
    prev: str,
    seq: int,
) -> None:
    rid, eseq = rep.run_id, entry.get("seq")
    if entry_hash(entry) != entry.get("hash"):
        rep.problems.append(
            Problem(rid, eseq, "manifest", mpath, f"清单第 {lineno} 行（序号 {eseq}）内容被改动")
        )
    if eseq != seq or entry.get("prev") != prev:
        rep.problems.append(
            Problem(
                rid,
                eseq,
                "chain",
                mpath,
                f"清单第 {lineno} 行（序号 {eseq}）哈希链断开：前一条目被删除、插入或改动",
            )
        )
    if entry.get("kind") == "capture":
        _check_artifacts(archive, rep, entry)


def _check_artifacts(archive: EvidenceArchive, rep: RunReport, entry: dict[str, Any]) -> None:
    rid, seq, url = rep.run_id, entry.get("seq"), entry.get("url", "")
    warc = entry.get("warc") or {}
    if warc:
        rep.artifacts += 1
        path = archive.root / warc["file"]
        if not path.exists():
            msg = f"WARC 文件缺失（{url}）"
        else:
            data = archive.read_range(warc["file"], warc["offset"], warc["length"])
            ok = len(data) == warc["length"] and sha256_bytes(data) == warc["sha256"]
            msg = "" if ok else f"WARC 记录 {warc.get('record_id')} 被改动或截断（{url}）"
        if msg:
            rep.problems.append(Problem(rid, seq, "warc", warc["file"], msg))
    for kind, label in (("text", "提取文本"), ("screenshot", "截图")):
        art = entry.get(kind)
        if not art:
            continue
        rep.artifacts += 1
        path = archive.root / art["path"]
        if not path.exists():
            rep.problems.append(Problem(rid, seq, kind, art["path"], f"{label}文件缺失（{url}）"))
        elif sha256_file(path) != art["sha256"]:
            rep.problems.append(Problem(rid, seq, kind, art["path"], f"{label}文件被改动（{url}）"))


def _check_head(archive: EvidenceArchive, rep: RunReport, last: str, seq: int, mpath: str) -> None:
    head_path = archive.manifest_path(rep.run_id).with_name("manifest.head")
    if not head_path.exists():
        if archive.is_active(rep.run_id):
            return  # still being written: the chain so far is checked
        rep.problems.append(
            Problem(
                rep.run_id,
                None,
                "unsealed",
                mpath,
                "批次未封存：抓取被中断或证据盘已满，清单末尾可能缺失"
                "（下一次抓取会在磁盘有空间时封存）",
            )
        )
        return
    head = json.loads(head_path.read_text(encoding="utf-8"))
    if head.get("hash") != last or head.get("count") != seq:
        rep.problems.append(
            Problem(
                rep.run_id,
                head.get("count"),
                "head",
                mpath,
                f"清单末尾与封存记录不符：封存时 {head.get('count')} 条，现有 {seq} 条",
            )
        )
