"""What the lexicon tests ask of one scan: which rules fired, which categories, which rule named which.

Kept here so that every test file asks the same question the same way: a change in how findings are
read (a field renamed, a pack added) is made once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, TypeAlias

from lexicon.finding import CATEGORIES, Finding, ScanResult

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


# -- the two questions almost every lexicon test asks: "silent here?" and "does this seller sell?" --

#: A choice of packs as ``scan_page`` takes it: a list of pack names, or ``None`` for the
#: detector's default (the special-operations pack).
Packs: TypeAlias = list[str] | None

#: Every combination a lawful line must stay silent in: the default, each pack alone, all three.
EVERY_PACK: list[Packs] = [None, DEFAULT, CERTS, TRAINING, ALL]
#: The combinations with the special-operations pack on: where its sellers must fire.
WITH_SPECIAL: list[Packs] = [None, DEFAULT, ALL]
#: The combinations with the certificates pack on.
WITH_CERTS: list[Packs] = [CERTS, ALL]
#: The combinations with the special-operations or the certificates pack on: where a seller of
#: the special-operations papers is read by one pack or the other.
WITH_SPECIAL_OR_CERTS: list[Packs] = [None, DEFAULT, CERTS, ALL]
#: The combinations with the exam-training pack on.
WITH_TRAINING: list[Packs] = [TRAINING, ALL]

#: For :func:`assert_sells`: any rule at all will do (the model's ``ML-`` findings do not).
ANY_RULE = None

_RULE_ID = re.compile(r"(?:[A-Z]{2}-\d{3}|[A-Z]{2}-|ML-[A-Z]{2})")
#: How many silenced candidates a failure lists before it says how many more there were.
_MAX_SILENCED = 12


def _names(what: str | Iterable[str]) -> frozenset[str]:
    """The rule ids, rule families (``GP-``) and categories a test names, checked: a misspelt
    name would match nothing, and a silence asked of nothing would pass for ever."""
    names = frozenset([what] if isinstance(what, str) else what)
    bad = sorted(n for n in names if n not in CATEGORIES and not _RULE_ID.fullmatch(n))
    if not names or bad:
        raise ValueError(f"not a rule id, a rule family (GP-) or a category: {bad or what!r}")
    return names


def _named(f: Finding, names: frozenset[str]) -> bool:
    """Whether ``f`` is one of ``names``: its rule id, its rule's family or its category (a
    category counts the model's findings too, as :func:`categories` does)."""
    return (
        f.rule_id in names
        or f.category in names
        or any(n.endswith("-") and f.rule_id.startswith(n) for n in names)
    )


def _show_packs(packs: Packs) -> str:
    return "None (the default: special-ops)" if packs is None else repr(packs)


def _show_finding(f: Finding) -> str:
    stance = f" stance={f.stance}" if f.stance else ""
    cues = f" cues=({', '.join(f.cues)})" if f.cues else ""
    return f"  {f.rule_id} {f.category}{stance}{cues} matched={f.matched!r}"


def _explain(head: str, text: str, packs: Packs, res: ScanResult) -> str:
    """A failure message a reader can act on: the sentence, the packs, every finding with its
    stance and cues, and the candidates silenced on the way with the reason for each."""
    lines = [head, f"packs: {_show_packs(packs)}", f"text:  {text!r}", "fired:"]
    lines += [_show_finding(f) for f in res.findings] or ["  (nothing)"]
    if res.suppressed:
        lines.append("silenced:")
        lines += [
            f"  {s.rule_id} {s.category} matched={s.matched!r}: {s.reason}"
            for s in res.suppressed[:_MAX_SILENCED]
        ]
        if len(res.suppressed) > _MAX_SILENCED:
            lines.append(f"  (+{len(res.suppressed) - _MAX_SILENCED} more)")
    return "\n".join(lines)


def assert_silent(
    det: Any,
    text: str,
    packs: Packs = ALL,
    *,
    model: bool = False,
    of: str | Iterable[str] | None = None,
) -> None:
    """Fail unless ``text`` scanned with ``packs`` stays silent.

    Silent means no rule fires; the learned model's ``ML-`` findings are left out (the model is
    retrained apart and may move its own findings) unless ``model`` asks for no finding at all.
    With ``of`` (rule ids, families such as ``"GP-"``, categories), only those must not fire.
    """
    __tracebackhide__ = True
    res = det.scan_page(text=text, packs=packs)
    if of is not None:
        names = _names(of)
        fired = [f for f in res.findings if _named(f, names)]
        head = f"expected none of {sorted(names)}, but {len(fired)} fired"
    else:
        fired = [f for f in res.findings if model or not f.rule_id.startswith("ML-")]
        head = f"expected silence ({'no finding' if model else 'no rule'}), but {len(fired)} fired"
    if fired:
        raise AssertionError(_explain(head, text, packs, res))


def assert_sells(det: Any, text: str, what: str | Iterable[str] | None, packs: Packs = ALL) -> None:
    """Fail unless ``text`` scanned with ``packs`` is found as an offer: a finding of ``what``
    (a rule id, a family such as ``"GP-"``, or a category; several names: any one of them), or
    with :data:`ANY_RULE` a finding of any rule (the model's ``ML-`` findings do not count)."""
    __tracebackhide__ = True
    res = det.scan_page(text=text, packs=packs)
    if what is ANY_RULE:
        head = "expected some rule to fire"
        found = any(not f.rule_id.startswith("ML-") for f in res.findings)
    else:
        names = _names(what)
        head = f"expected {' or '.join(sorted(names))} to fire"
        found = any(_named(f, names) for f in res.findings)
    if not found:
        raise AssertionError(_explain(head, text, packs, res))
