"""Compose the three letters (notice, request for information, referral) from hits.

Each function returns a :class:`LetterContext` ready for any renderer; none of them touches
the store, so the golden-file tests render them from fixture hits alone.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from pipelines.hit import Hit
from reports.config import NoticeConfig
from reports.context import Contact, EvidencePackage, LetterContext
from reports.letters import (
    chinese_date,
    doc_number,
    listings_of,
    provisions_for,
    reasons_for,
)

__all__ = ["CONTACT_LABELS", "Numbered", "compose"]

CONTACT_LABELS = {"phone": "手机/电话", "wechat": "微信", "qq": "QQ", "email": "电子邮箱"}

TITLES = {
    "notice": "关于责令删除涉嫌违法特种作业操作证信息的通知",
    "request": "关于协助调查涉嫌违法发布特种作业操作证信息有关情况的函",
    "referral": "关于移送涉嫌伪造、买卖特种作业操作证等违法犯罪案件线索的函",
}

ATTACHMENTS = {
    "notice": ["涉嫌违法信息清单"],
    "request": ["需协助调查的信息清单"],
    "referral": ["涉案信息清单", "电子证据清单"],
}


@dataclass(slots=True)
class Numbered:
    """What the workflow decides before composing: number, date, addressee, extras."""

    number: int
    issued: date
    addressee: str
    case_id: str = ""
    case_summary: str = ""
    follows: str = ""
    evidence: list[EvidencePackage] = field(default_factory=list)


def _contacts(hits: list[Hit]) -> list[Contact]:
    seen: Counter[tuple[str, str]] = Counter()
    for h in hits:
        for c in {(str(c.get("kind", "")), str(c.get("value", ""))) for c in h.contacts}:
            if c[1]:
                seen[c] += 1
    return [Contact(k, CONTACT_LABELS.get(k, k), v, n)
            for (k, v), n in sorted(seen.items(), key=lambda kv: (-kv[1], kv[0]))]  # fmt: skip


def _opening(kind: str, cfg: NoticeConfig, hits: list[Hit], n: Numbered, platforms: list[str]):
    count = len(hits)
    if kind == "notice":
        follow = f"经查，我局{n.follows}通知要求删除的部分信息重新出现。" if n.follows else ""
        return (f"在{cfg.campaign}工作中，我局通过网络监测发现，你单位运营的“{platforms[0]}”"
                f"平台内有{count}条商品或服务信息涉嫌违法（详见附件1）。{follow}"
                "现将有关事项通知如下：")  # fmt: skip
    if kind == "request":
        return (f"在{cfg.campaign}工作中，我局发现你单位运营的“{platforms[0]}”平台内"
                f"有{count}条信息涉嫌违法发布特种作业操作证相关内容（详见附件1），"
                "为查明信息发布者身份及经营情况，现请你单位协助调查。有关情况如下：")  # fmt: skip
    return (f"在{cfg.campaign}工作中，我局通过网络监测发现一批涉嫌伪造、买卖特种作业操作证"
            f"或者组织考试作弊的信息，共{count}条，分布在{'、'.join(platforms)}"
            f"{len(platforms)}个平台或网站。经初步审查，相关行为可能涉嫌犯罪，"
            "依据《行政执法机关移送涉嫌犯罪案件的规定》，现将案件线索移送你单位。")  # fmt: skip


def _demands(kind: str, cfg: NoticeConfig, deadline: str, n: Numbered, count: int) -> list[str]:
    if kind == "notice":
        return [a.replace("{deadline}", deadline) for a in cfg.actions]
    if kind == "request":
        return list(cfg.request_items)
    return [
        f"涉案信息清单{count}条（附件1），逐条列明网址、店铺或卖家、截取时间及证据哈希值；",
        f"电子证据{len(n.evidence)}份（附件2），每份含可回放的网页存档（WACZ）"
        "及电子数据提取笔录，附 SHA-256 校验值；",
        "涉案信息的 JSON 及 CSV 格式清单各一份。",
    ]


def _remedies(cfg: NoticeConfig) -> str:
    return (f"你单位如对本通知认定的事实有异议，可以在收到本通知之日起{cfg.objection_days}个"
            "工作日内向我局书面陈述理由，并提供相关证据。对本通知不服的，可以在收到本通知"
            f"之日起六十日内依法向{cfg.reconsideration}申请行政复议，或者在六个月内依法向"
            f"{cfg.court}提起行政诉讼。申请行政复议或者提起行政诉讼期间，不停止本通知要求的"
            "处置措施。")  # fmt: skip


def compose(kind: str, cfg: NoticeConfig, hits: list[Hit], n: Numbered) -> LetterContext:
    """The full context of one letter of ``kind`` about ``hits``."""
    platforms = list(dict.fromkeys(h.platform or h.host for h in hits))
    deadline = chinese_date(n.issued + timedelta(days=cfg.days(kind)))
    prefix = cfg.prefix(kind)
    ctx = LetterContext(
        kind=kind,
        authority=cfg.authority,
        doc_no=doc_number(prefix, n.issued.year, n.number),
        prefix=prefix,
        year=n.issued.year,
        number=n.number,
        title=cfg.authority + TITLES[kind],
        addressee=n.addressee,
        campaign=cfg.campaign,
        opening=_opening(kind, cfg, hits, n, platforms),
        provisions=[
            cfg.provision(p) for p in provisions_for(hits, platform_duty=kind != "referral")
        ],
        reasons=reasons_for(hits),
        demands=_demands(kind, cfg, deadline, n, len(hits)),
        remedies=_remedies(cfg) if kind == "notice" else "",
        listings=listings_of(hits),
        contact_person=cfg.contact_person,
        contact_phone=cfg.contact_phone,
        date=chinese_date(n.issued),
        deadline=deadline,
        attachments=list(ATTACHMENTS[kind]),
        cc=list(cfg.cc),
        case_id=n.case_id,
        case_summary=n.case_summary,
        contacts=_contacts(hits) if kind != "notice" else [],
        evidence=list(n.evidence),
        platforms=platforms,
        follows=n.follows,
        specimen=cfg.is_example,
    )
    return ctx
