"""Labelled text in the two shapes the project meets, read into one row shape for evaluation.

* The project's own corpus (``tests/corpus/*.jsonl``, written here): ``{"id", "text",
  "categories": [...], "kind", "pack"?, "url"?, "title"?}``. Labels are complete: every
  category a line commits is listed, so a category the detector adds is a false alarm.
* Real third-party text (``../shared/corpus-real/real-dev.jsonl``, read at evaluation time and
  never copied into the repository): ``{"id", "text", "label": positive|negative|unsure,
  "category", "domain", "source", "note"}``. One category per positive line, so a second
  category the detector finds on a positive line is not counted against it; ``unsure`` lines
  are for reading, not scoring.

Real text is split **by source** into a part that may be tuned on and a part that is only
measured (:func:`real_split`), so sentences of one article never sit on both sides.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from lexicon import recache

__all__ = [
    "PACK_OF_DOMAIN",
    "Row",
    "load_corpus",
    "load_rows",
    "real_split",
    "rows_from_records",
    "source_key",
]

#: Which rule pack a real line's domain belongs to (``other`` goes by category, see below).
PACK_OF_DOMAIN: dict[str, str] = {
    "special_operations": "special-ops",
    "safety_cert": "special-ops",
    "general_cert": "certificates",
    "exam": "training-ads",
}
#: Words of a real line's note that make a negative a report (news, court, regulator, police),
#: the slice whose specificity the targets name.
_REPORT_NOTE = recache.compile(
    r"news|court|regulator|police|notice|commentary|newspaper|lawyer|judgment|case|opinion|"
    r"warning|headline|investigation|work plan|compliance"
)
_PROJECT_REPORT_KINDS = frozenset(
    {"notice", "news", "exam_rules", "complaint", "court", "regulator", "qa", "warning"}
)


@dataclass(slots=True)
class Row:
    """One labelled line, whatever file shape it came from."""

    id: str
    text: str
    truth: frozenset[str]  # categories; empty for a negative
    #: ``offer`` (a positive), ``report`` (news, court, regulator, notices, warnings) or
    #: ``other`` (guides, jobs, goods, banter, code).
    slice: str
    pack: str
    source: str
    complete: bool  # False: a category the detector adds on a positive is not an error
    part: str = ""  # real text: "tune" or "measure"
    url: str | None = None
    title: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def positive(self) -> bool:
        return bool(self.truth)


def load_corpus(path: Path | str) -> list[dict[str, Any]]:
    """The JSON records of a ``.jsonl`` file; a bad line names its number."""
    rows = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{n}: {e}") from e
    return rows


def source_key(source: str) -> str:
    """The group a real line's source belongs to: a host, a GitHub repository, or the label of
    an address-less source. Lines of one group are never split across parts."""
    if source.startswith(("http://", "https://")):
        u = urlsplit(source)
        host = (u.hostname or "").lower().removeprefix("www.")
        if host == "github.com":
            owner_repo = [p for p in u.path.split("/") if p][:2]
            return "github.com/" + "/".join(owner_repo)
        return host
    if source.startswith("GitHub file"):
        return "github-code-index"
    return source.split(":")[0].strip() or "unknown"


def _real_pack(rec: dict[str, Any]) -> str:
    pack = PACK_OF_DOMAIN.get(str(rec.get("domain")))
    if pack:
        return pack
    if rec.get("category") in ("guarantee_promise", "exam_fraud"):
        return "training-ads"
    return "certificates"


def _real_row(rec: dict[str, Any], origin: str) -> Row | None:
    label = rec.get("label")
    if label not in ("positive", "negative"):
        return None  # unsure: for reading, not scoring
    note = str(rec.get("note") or "")
    truth = frozenset({rec["category"]}) if label == "positive" else frozenset()
    report = _REPORT_NOTE.search(note.lower())
    slc = "offer" if truth else ("report" if report else "other")
    return Row(
        id=str(rec.get("id")),
        text=str(rec.get("text") or ""),
        truth=truth,
        slice=slc,
        pack=_real_pack(rec),
        source=source_key(str(rec.get("source") or "")),
        complete=False,
        extra={"domain": rec.get("domain"), "origin": origin},
    )


def _project_row(rec: dict[str, Any], origin: str) -> Row:
    truth = frozenset(rec.get("categories") or ())
    kind = str(rec.get("kind") or "")
    slc = "offer" if truth else ("report" if kind in _PROJECT_REPORT_KINDS else "other")
    return Row(
        id=str(rec.get("id")),
        text=str(rec.get("text") or ""),
        truth=truth,
        slice=slc,
        pack=str(rec.get("pack") or "special-ops"),
        source=origin,
        complete=True,
        url=rec.get("url"),
        title=rec.get("title"),
        extra={"kind": kind, "origin": origin}
        | ({"image": True} if rec.get("image") else {}),  # text read off an image (OCR)
    )


def rows_from_records(records: list[dict[str, Any]], origin: str) -> list[Row]:
    """Rows of one file's records (the shape is told by the ``label`` key); real text gets
    its part."""
    if records and all("label" in r for r in records):
        parts = real_split(records)
        rows = []
        for rec in records:
            row = _real_row(rec, origin)
            if row is not None:
                row.part = parts[row.source]
                rows.append(row)
        return rows
    return [_project_row(rec, origin) for rec in records]


def load_rows(path: Path | str) -> list[Row]:
    return rows_from_records(load_corpus(path), Path(path).name)


def _stratum(group: list[dict[str, Any]]) -> tuple[str, int]:
    """A group's stratum (the domain of most of its positives, else ``neg:`` + its domain) and
    its weight in that stratum (positives, or lines for a group without positives)."""
    pos = Counter(str(r.get("domain")) for r in group if r.get("label") == "positive")
    if pos:
        return _most(pos), sum(pos.values())
    return "neg:" + _most(Counter(str(r.get("domain")) for r in group)), len(group)


def _most(counts: Counter[str]) -> str:
    """The most common value, ties by name (never by line order)."""
    return min(counts, key=lambda k: (-counts[k], k))


def real_split(records: list[dict[str, Any]]) -> dict[str, str]:
    """Source group → ``tune`` or ``measure``: a stratified group split.

    Groups are visited in the order of the SHA-256 of their key (fixed, blind to the detector)
    and each goes to the part that holds less of its stratum so far (ties by the hash's parity),
    so both parts get positives of every domain and neither gets all of one big source. Decided
    once, before any tuning; the measured part is never tuned on.
    """
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rec in records:
        groups[source_key(str(rec.get("source") or ""))].append(rec)
    held: Counter[tuple[str, str]] = Counter()
    out: dict[str, str] = {}
    for key in sorted(groups, key=lambda k: hashlib.sha256(k.encode()).hexdigest()):
        stratum, weight = _stratum(groups[key])
        tune, measure = held[("tune", stratum)], held[("measure", stratum)]
        if tune != measure:
            part = "tune" if tune < measure else "measure"
        else:
            part = "tune" if hashlib.sha256(key.encode()).digest()[0] % 2 == 0 else "measure"
        out[key] = part
        held[(part, stratum)] += weight
    return out
