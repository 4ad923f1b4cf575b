"""Hit: one stored page with findings (the record reviewers triage and notices cite)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from lexicon.vocabulary import STATUSES

__all__ = ["STATUSES", "Hit"]


_SEVERITY_RANK = {"high": 3, "medium": 2, "low": 1}


@dataclass(slots=True)
class Hit:
    """A page with findings. ``id`` is :func:`pipelines.urls.hit_id` of the page URL."""

    id: str
    url: str
    final_url: str = ""
    title: str = ""
    platform: str = ""
    host: str = ""
    shop: str | None = None
    seller: str | None = None
    price: str | None = None
    categories: list[str] = field(default_factory=list)
    findings: list[dict[str, Any]] = field(default_factory=list)
    contacts: list[dict[str, Any]] = field(default_factory=list)
    qr_urls: list[str] = field(default_factory=list)
    score: float = 0.0
    severity: str = ""
    text: str = ""
    evidence: dict[str, Any] = field(default_factory=dict)
    lexicon_version: str = ""
    content_fingerprint: str = ""
    first_seen: str = ""
    last_seen: str = ""
    status: str = "new"
    status_changed_at: str = ""
    assignee: str | None = None
    history: list[dict[str, Any]] = field(default_factory=list)
    run_id: str = ""
    target: str = ""
    #: Optimistic-concurrency token; the store bumps it on every write.
    version: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Hit:
        return cls(**{k: d[k] for k in cls.__dataclass_fields__ if k in d})

    @property
    def packs(self) -> list[str]:
        """Rule packs of the findings (``special-ops`` for findings stored before packs)."""
        return sorted({f.get("pack") or "special-ops" for f in self.findings})

    @staticmethod
    def max_severity(findings: list[dict[str, Any]]) -> str:
        best = max((_SEVERITY_RANK.get(f.get("severity", ""), 0) for f in findings), default=0)
        return {3: "high", 2: "medium", 1: "low"}.get(best, "")
