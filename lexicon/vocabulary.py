"""The words people read: one Chinese label for every category, severity and triage status.

Progress lines, evidence records, rule docs, the reviewer, notices and statistics all print
these; a second wording anywhere else is a bug (a reviewer must see the same name for the same
thing on the screen, in the letter and in the table).

Ids are the contract (stored, exported, cited in URLs); labels are what people read.
"""

from __future__ import annotations

from lexicon.finding import CATEGORIES, SEVERITIES

__all__ = [
    "AUDIT_ACTION_LABELS",
    "AUDIT_DETAIL_LABELS",
    "CATEGORY_LABELS",
    "LOGIN_FAILURE_LABELS",
    "NOTICE_KIND_LABELS",
    "NOTICE_STATUS_LABELS",
    "OPEN_STATUSES",
    "PACK_LABELS",
    "REJECT_REASONS",
    "REJECT_REASON_LABELS",
    "ROLES",
    "ROLE_LABELS",
    "SEVERITY_LABELS",
    "STATUSES",
    "STATUS_LABELS",
    "audit_action_label",
    "category_label",
    "pack_label",
    "reject_reason_label",
    "role_label",
    "severity_label",
    "status_label",
]

#: Chinese names of the six categories (docs/domain.md), as reviewers and notices call them.
CATEGORY_LABELS: dict[str, str] = {
    "certificate_sale": "买卖/代办证书",
    "guarantee_promise": "包过/保证性承诺",
    "state_symbol_misuse": "滥用国家机关名义/国徽",
    "exam_fraud": "替考/考试作弊",
    "fake_certificate": "伪造证书/印章",
    "fake_portal": "仿冒查询平台",
}

SEVERITY_LABELS: dict[str, str] = {"high": "高", "medium": "中", "low": "低"}

#: Rule packs (``lexicon.rules.PACKS``): which line of work a finding belongs to, so a team can
#: take the training-ads or certificates hits apart from the special-operations ones.
PACK_LABELS: dict[str, str] = {
    "special-ops": "特种作业与安全生产证书",
    "training-ads": "考试培训广告",
    "certificates": "各类证件买卖与伪造",
}

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

#: Why a reviewer rejected a hit as a false positive. The ids are stored in the history entry
#: (``reason``) and read by ``lexicon learn`` and the rule-quality page; keep them stable.
REJECT_REASON_LABELS: dict[str, str] = {
    "reported_not_offered": "新闻报道或通报引用，并非发布广告",
    "official_source": "官方来源（监管部门、考试机构）",
    "lawful_training": "合法培训宣传（未承诺包过、未冒用名义）",
    "job_requirement": "招聘要求持证，并非买卖证书",
    "unrelated_word": "无关词语误匹配",
    "duplicate": "重复记录",
    "other": "其他原因（请在说明中写明）",
}

REJECT_REASONS: tuple[str, ...] = tuple(REJECT_REASON_LABELS)

#: Reviewer roles, least to most rights: reviewers triage; supervisors also assign, approve
#: notices and see team statistics; admins also manage accounts.
ROLE_LABELS: dict[str, str] = {
    "reviewer": "审核员",
    "supervisor": "审核主管",
    "admin": "系统管理员",
}

ROLES: tuple[str, ...] = tuple(ROLE_LABELS)

#: What each kind of audit-log entry is called on the audit page.
AUDIT_ACTION_LABELS: dict[str, str] = {
    "status": "变更状态",
    "assign": "指派",
    "note": "内部备注",
    "login": "登录",
    "login_failed": "登录失败",
    "logout": "退出登录",
    "user_add": "新增账号",
    "user_update": "修改账号",
    "user_passwd": "修改密码",
    "user_disable": "停用账号",
    "user_enable": "启用账号",
    "evidence_export": "下载证据包",
    "bulk_status": "批量变更状态",
    "view_save": "保存视图",
    "view_delete": "删除视图",
    "notice_draft": "起草文书",
    "notice_approve": "审批文书",
    "notice_send": "登记送达",
    "notice_verify": "核查删除情况",
    "notice_overdue": "逾期未改",
    "notice_follow_up": "删除后重新出现，需跟进",
    "notice_close": "办结文书",
    "notice_supersede": "文书作废（另发新版）",
    "notice_number_void": "文号作废（生成失败）",
}

#: Names of the details an audit entry may carry, and of the reasons a login failed.
AUDIT_DETAIL_LABELS: dict[str, str] = {
    "address": "来源地址",
    "reason": "原因",
    "sha256": "SHA-256",
    "bytes": "字节数",
    "filter": "筛选条件",
    "changed": "改动条数",
    "conflicts": "未改动（他人已改）",
    "query": "视图条件",
    "name": "名称",
}
LOGIN_FAILURE_LABELS: dict[str, str] = {
    "bad_password": "密码错误",
    "unknown_account": "账号不存在",
    "disabled": "账号已停用",
    "rate_limited": "失败次数超限，暂停登录",
}

assert tuple(CATEGORY_LABELS) == CATEGORIES
assert tuple(SEVERITY_LABELS) == SEVERITIES


def category_label(category: str) -> str:
    """The Chinese name of a category id; an unknown id is shown as it is (never dropped)."""
    return CATEGORY_LABELS.get(category, category)


def pack_label(pack: str) -> str:
    return PACK_LABELS.get(pack, pack)


def severity_label(severity: str) -> str:
    return SEVERITY_LABELS.get(severity, severity)


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status)


def reject_reason_label(reason: str) -> str:
    return REJECT_REASON_LABELS.get(reason, reason)


def role_label(role: str) -> str:
    return ROLE_LABELS.get(role, role)


def audit_action_label(action: str) -> str:
    return AUDIT_ACTION_LABELS.get(action, action)
