"""Referrals (线索移送): a case handed to the police or another department, with the case
summary and each hit's evidence package (WACZ + 电子数据提取笔录) and their hashes.

One way in for the command line (``adsweep notices referral``), the demo and the reviewer's
case page, so the three cannot word a referral differently.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from lexicon.vocabulary import category_label
from pipelines.store.base import Store
from reports.config import NoticeConfig
from reports.context import EvidencePackage
from reports.errors import WorkflowError
from reports.letters import beijing
from reports.workflow import draft

__all__ = ["case_summary", "draft_referral", "evidence_exporter", "evidence_root"]


def case_summary(case: Any) -> str:
    """基本案情: when, where, how many listings, what ties them together, what they offer."""
    first = beijing(min(h.first_seen for h in case.hits))
    last = beijing(max(h.last_seen for h in case.hits))
    span = f"{first:%Y年%-m月%-d日}至{last:%Y年%-m月%-d日}" if first and last else ""
    contacts = "、".join(v for _, v in case.contacts[:6])
    linked = f"，上述信息共用联系方式{contacts}，经归并认定为同一线索" if contacts else ""
    cats = "、".join(category_label(c) for c in case.categories)
    return (f"经查，{span}期间，在{'、'.join(case.platforms)}发现涉嫌违法信息{len(case.hits)}条"
            f"{linked}。信息内容涉及{cats}等违法情形，详见附件1。")  # fmt: skip


def evidence_root(evidence_dir: str | Path | None) -> Path:
    """The evidence archive: the given folder, else ``ADSWEEP_EVIDENCE_DIR``, else the default."""
    root = Path(evidence_dir or os.environ.get("ADSWEEP_EVIDENCE_DIR") or "data/evidence")
    if not root.exists():
        raise WorkflowError(f"证据目录不存在：{root}（线索移送须附证据包）")
    return root


def evidence_exporter(
    evidence_dir: str | Path | None, hits: list, operator: str
) -> Callable[[Path], list[EvidencePackage]]:
    """Exports, into the letter's folder, one package per hit that has preserved evidence."""
    root = evidence_root(evidence_dir)

    def export(folder: Path) -> list[EvidencePackage]:
        from pipelines.evidence.archive import EvidenceArchive, sha256_file
        from pipelines.evidence.package import export_hit

        archive, out = EvidenceArchive(root), []
        for h in hits:
            if not (h.evidence or {}).get("warc"):
                continue
            res = export_hit(archive, h, folder / h.id, operator=operator)
            rel = folder.name + "/" + h.id  # as the letter's folder holds them
            out.append(EvidencePackage(h.id, h.final_url or h.url, f"{rel}/{res.wacz.name}",
                                       sha256_file(res.wacz), f"{rel}/{res.record.name}",
                                       sha256_file(res.record)))  # fmt: skip
        return out

    return export


def draft_referral(
    store: Store, cfg: NoticeConfig, case: Any, *, actor: str, out_dir: Path,
    evidence_dir: str | Path | None, to: str = "", issued: date | None = None,
) -> dict[str, Any]:  # fmt: skip
    """Draft the referral letter of ``case`` (a :class:`pipelines.cases.Case`)."""
    if not case.hits:
        raise WorkflowError(f"案件 {case.id} 没有已确认的信息，无法移送")
    return draft(store, cfg, "referral", case.hits, actor=actor, out_dir=out_dir,
                 addressee=to or cfg.referral_to, issued=issued, case_id=case.id,
                 case_summary=case_summary(case),
                 evidence=evidence_exporter(evidence_dir, case.hits, actor))  # fmt: skip
