"""What the lexicon tests ask of one scan: which rules fired, which categories, which rule named which.

Kept here so that every test file asks the same question the same way: a change in how findings are
read (a field renamed, a pack added) is made once.
"""

from __future__ import annotations

from typing import Any

#: Every rule pack on: the widest net a reviewer can choose (``--pack`` three times).
ALL = ["special-ops", "training-ads", "certificates"]
#: One pack at a time: the default (special operations), exam-training ads, certificates of every kind.
SPECIAL = ["special-ops"]
DEFAULT = SPECIAL
TRAINING = ["training-ads"]
CERTS = ["certificates"]


def rule_ids(det: Any, text: str, packs: list[str] | None = ALL) -> set[str]:
    """The ids of the rules (and ``ML-…`` model findings) that fired on ``text``."""
    return {f.rule_id for f in det.scan_page(text=text, packs=packs).findings}


def rule_ids_no_model(det: Any, text: str, packs: list[str] | None = ALL) -> set[str]:
    """The rules that fired, the learned model's ``ML-`` findings left out: rule work pins the
    rules, and the model (retrained apart) may move its own findings without breaking it."""
    return {r for r in rule_ids(det, text, packs) if not r.startswith("ML-")}


def categories(det: Any, text: str, packs: list[str] | None = ALL) -> set[str]:
    """The categories of the findings on ``text``: what a notice would cite."""
    return {f.category for f in det.scan_page(text=text, packs=packs).findings}


def rule_categories(det: Any, text: str, packs: list[str] | None = ALL) -> dict[str, str]:
    """Each fired rule's id mapped to its category."""
    return {f.rule_id: f.category for f in det.scan_page(text=text, packs=packs).findings}
