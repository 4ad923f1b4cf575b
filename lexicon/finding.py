"""The detector's output records.

A :class:`Finding` is small and immutable (like flake8's ``Violation``): everything a reviewer
or a notice needs to explain a match can be read from it and from the rule it names.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

__all__ = ["CATEGORIES", "SEVERITIES", "Contact", "Finding", "ScanResult", "Suppressed"]

#: The six fixed category ids (docs/domain.md); every rule belongs to exactly one.
CATEGORIES: tuple[str, ...] = (
    "certificate_sale",
    "guarantee_promise",
    "state_symbol_misuse",
    "exam_fraud",
    "fake_certificate",
    "fake_portal",
)

#: Severity ids, most serious first.
SEVERITIES: tuple[str, ...] = ("high", "medium", "low")


@dataclass(frozen=True, slots=True)
class Finding:
    """One rule firing on one span of scanned text."""

    rule_id: str
    category: str
    severity: str
    score: float
    matched: str
    normalized: str
    start: int
    end: int
    excerpt: str
    source: str = "text"
    law: tuple[str, ...] = ()
    message: str = ""
    lexicon_version: str = ""
    pack: str = "special-ops"
    #: The second stage's reading of the sentence: ``offer`` or ``unclear`` (a ``report`` is
    #: suppressed), and the cues behind it (``offer:加微信``, ``report:记者`` …).
    stance: str = ""
    cues: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        d = asdict(self)
        d["law"] = list(self.law)
        d["cues"] = list(self.cues)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> Finding:
        known = {k: d[k] for k in cls.__dataclass_fields__ if k in d}
        known["law"] = tuple(known.get("law") or ())
        known["cues"] = tuple(known.get("cues") or ())
        return cls(**known)


@dataclass(frozen=True, slots=True)
class Suppressed:
    """A candidate that matched a rule's terms but was silenced, and why (for ``--explain``)."""

    rule_id: str
    category: str
    matched: str
    start: int
    end: int
    reason: str
    source: str = "text"

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Contact:
    """A seller contact read out of the text, normalized so ads by one seller link up."""

    kind: str  # "phone" | "wechat" | "qq"
    value: str
    matched: str = ""
    source: str = "text"

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class ScanResult:
    """Everything one scan produced; ``score`` is the page score (0-1) the queue sorts by."""

    findings: list[Finding] = field(default_factory=list)
    suppressed: list[Suppressed] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    qr_urls: list[str] = field(default_factory=list)
    score: float = 0.0
    lexicon_version: str = ""

    @property
    def categories(self) -> list[str]:
        seen = {f.category for f in self.findings}
        return [c for c in CATEGORIES if c in seen]

    def to_dict(self) -> dict:
        return {
            "findings": [f.to_dict() for f in self.findings],
            "suppressed": [s.to_dict() for s in self.suppressed],
            "contacts": [c.to_dict() for c in self.contacts],
            "qr_urls": list(self.qr_urls),
            "score": self.score,
            "categories": self.categories,
            "lexicon_version": self.lexicon_version,
        }
