"""Rules and provisions as the hit page quotes them: read from the lexicon's files, once.

A finding names its rule and the ids of the provisions it cites; the page quotes each
provision's citation and text from ``lexicon/law.yaml`` (with its caveat when the text comes
from a secondary source), and the rule's message says what is wrong and why.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from lexicon.rules import load_lexicon

__all__ = ["Provision", "enrich_findings", "rule_titles"]


@dataclass(frozen=True, slots=True)
class Provision:
    id: str
    citation: str
    text: str
    caveat: str = ""


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, Provision], dict[str, Any]]:
    lex = load_lexicon()
    law = {k: Provision(k, v.get("citation", k), v.get("text", ""), v.get("caveat", ""))
           for k, v in lex.law.items()}  # fmt: skip
    return law, {r.id: r for r in lex.rules}


def rule_titles() -> dict[str, str]:
    """Rule id → its title (what the rule-quality page and facets show beside the id)."""
    return {rid: r.title for rid, r in _lexicon()[1].items()}


def enrich_findings(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each finding with its rule's title and message and the provisions it cites, quoted.

    A finding stored by an older lexicon keeps its own message and law ids; an id the law file
    no longer has is shown as the bare id, never dropped.
    """
    law, rules = _lexicon()
    out = []
    for f in findings:
        rule = rules.get(f.get("rule_id", ""))
        ids = list(f.get("law") or (rule.law if rule else ()))
        out.append({
            **f,
            "title": rule.title if rule else "",
            "pack": f.get("pack") or (rule.pack if rule else "special-ops"),
            "message": f.get("message") or (rule.message if rule else ""),
            "provisions": [law.get(i, Provision(i, i, "")) for i in ids],
        })  # fmt: skip
    return out
