"""The words people read: one Chinese label for every category, severity and triage status.

Progress lines, evidence records, rule docs, the reviewer, notices and statistics all print
these; a second wording anywhere else is a bug (a reviewer must see the same name for the same
thing on the screen, in the letter and in the table).

Ids are the contract (stored, exported, cited in URLs); labels are what people read.
"""

from __future__ import annotations

from lexicon.finding import CATEGORIES, SEVERITIES

__all__ = [
    "CATEGORY_LABELS",
    "NOTICE_KIND_LABELS",
    "NOTICE_STATUS_LABELS",
    "OPEN_STATUSES",
    "SEVERITY_LABELS",
    "STATUSES",
    "STATUS_LABELS",
    "category_label",
    "severity_label",
    "status_label",
]

#: Chinese names of the six categories (DOMAIN.md), as reviewers and notices call them.
CATEGORY_LABELS: dict[str, str] = {
    "certificate_sale": "买卖/代办证书",
    "guarantee_promise": "包过/保证性承诺",
    "state_symbol_misuse": "滥用国家机关名义/国徽",
    "exam_fraud": "替考/考试作弊",
    "fake_certificate": "伪造证书/印章",
    "fake_portal": "仿冒查询平台",
}

SEVERITY_LABELS: dict[str, str] = {"high": "高", "medium": "中", "low": "低"}

#: Triage statuses in workflow order. ``removed``/``reappeared`` are set by re-crawls,
#: ``noticed`` when a notice citing the hit is sent; the others by reviewers.
STATUS_LABELS: dict[str, str] = {
    "new": "待审核",
    "needs_info": "待补充信息",
    "escalated": "已上报",
    "confirmed": "已确认",
    "rejected": "已排除",
    "noticed": "已通知",
    "removed": "已下架",
    "reappeared": "重新出现",
}

STATUSES: tuple[str, ...] = tuple(STATUS_LABELS)

#: Statuses that still wait for a reviewer's decision (review mode serves these).
OPEN_STATUSES: tuple[str, ...] = ("new", "needs_info", "reappeared")

#: Letters the reports package writes, and the workflow states they pass through.
NOTICE_KIND_LABELS: dict[str, str] = {
    "notice": "责令删除通知书",
    "request": "协助调查函",
    "referral": "线索移送函",
}

NOTICE_STATUS_LABELS: dict[str, str] = {
    "draft": "草稿",
    "approved": "已审批",
    "sent": "已送达",
    "verified": "已核查删除",
    "overdue": "逾期未改",
    "closed": "已办结",
    "superseded": "已作废（另发新版）",
}

assert tuple(CATEGORY_LABELS) == CATEGORIES
assert tuple(SEVERITY_LABELS) == SEVERITIES


def category_label(category: str) -> str:
    """The Chinese name of a category id; an unknown id is shown as it is (never dropped)."""
    return CATEGORY_LABELS.get(category, category)


def severity_label(severity: str) -> str:
    return SEVERITY_LABELS.get(severity, severity)


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status)
