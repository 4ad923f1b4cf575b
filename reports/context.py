"""What a letter says: the template context, as documented dataclasses.

Every template in ``reports/templates/`` renders one :class:`LetterContext`; the DOCX writer
reads the same object, so the three formats cannot drift apart. Fields are final text (Chinese
dates, quoted provisions, labels): templates only lay them out.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["Contact", "EvidencePackage", "LetterContext", "Listing", "Provision", "Reason"]


@dataclass(frozen=True, slots=True)
class Provision:
    """A provision quoted in the legal-basis paragraph (from ``lexicon/law.yaml``)."""

    id: str
    #: Full citation, e.g. 《中华人民共和国广告法》第二十四条第（一）项.
    citation: str
    #: Short citation for the attachment table, e.g. 《广告法》第二十四条第（一）项.
    short: str
    text: str
    caveat: str = ""


@dataclass(frozen=True, slots=True)
class Reason:
    """The facts and reasons for one violation category, with the listings that show it."""

    category: str
    label: str
    count: int
    fact: str
    reason: str
    #: Short citations of the provisions the category's findings cite.
    citations: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Listing:
    """One row of the attachment table (and one object of the JSON/CSV for bulk reporting)."""

    no: int
    #: The hit id: stable across re-crawls, so a platform's reply can name it.
    id: str
    url: str
    platform: str
    shop: str
    seller: str
    title: str
    categories: tuple[str, ...]
    category_labels: tuple[str, ...]
    provisions: tuple[str, ...]
    provision_citations: tuple[str, ...]
    #: Capture time in Beijing time (``2026-11-21 18:00``) and as stored (UTC ISO-8601).
    captured_at: str
    captured_at_utc: str
    #: SHA-256 of the preserved original response (the WARC record).
    evidence_sha256: str
    status: str = ""
    #: The provisions each finding cites first (the prohibition), as one compact citation
    #: (《广告法》第九条第（二）项、第二十四条第（一）项) for the attachment table.
    provisions_text: str = ""

    def shop_seller(self) -> str:
        parts = [p for p in (self.shop, self.seller) if p]
        return " / ".join(dict.fromkeys(parts)) or "—"

    def as_row(self) -> dict[str, Any]:
        d = asdict(self)
        for k in ("categories", "category_labels", "provisions", "provision_citations"):
            d[k] = list(d[k])
        return d


@dataclass(frozen=True, slots=True)
class Contact:
    """A seller's contact found in the listings (referrals and requests for information)."""

    kind: str
    label: str
    value: str
    listings: int


@dataclass(frozen=True, slots=True)
class EvidencePackage:
    """An exported evidence package (WACZ + 电子数据提取笔录) listed in a referral."""

    hit_id: str
    url: str
    wacz: str
    wacz_sha256: str
    record: str
    record_sha256: str


@dataclass(slots=True)
class LetterContext:
    """Everything a notice, request for information or referral states, in reading order.

    ``kind`` is ``notice`` (责令删除违法信息通知书), ``request`` (协助调查函) or ``referral``
    (案件线索移送函). Dates are Chinese (``2026年11月25日``).
    """

    kind: str
    #: The red masthead (发文机关标志) and the signature: the issuing authority.
    authority: str
    #: 发文字号, e.g. 某市监函〔2026〕12号; and its parts.
    doc_no: str
    prefix: str
    year: int
    number: int
    title: str
    #: 主送机关: the platform (or department) addressed; printed flush left with "：".
    addressee: str
    campaign: str
    #: Opening paragraph (who found what, when, under which campaign).
    opening: str
    provisions: list[Provision]
    reasons: list[Reason]
    #: Numbered demands (notice: actions; request: materials; referral: what is handed over).
    demands: list[str]
    #: How to object or seek review (notices); empty for the others.
    remedies: str
    listings: list[Listing]
    contact_person: str
    contact_phone: str
    #: 成文日期 and the reply deadline.
    date: str
    deadline: str
    #: Attachment names, in order (附件：1. …).
    attachments: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    #: Referrals and requests: case summary, the seller's contacts, evidence packages.
    case_id: str = ""
    case_summary: str = ""
    contacts: list[Contact] = field(default_factory=list)
    evidence: list[EvidencePackage] = field(default_factory=list)
    platforms: list[str] = field(default_factory=list)
    #: A follow-up to an earlier notice (reappeared listings): its document number.
    follows: str = ""
    #: Shown in a band on every page of a letter made from the example configuration.
    specimen: bool = False
