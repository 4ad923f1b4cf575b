"""What the lexicon tests ask of one scan: which rules fired, which categories, which rule named which.

Kept here so that every test file asks the same question the same way: a change in how findings are
read (a field renamed, a pack added) is made once.
"""

from __future__ import annotations

import re
import weakref
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


#: A choice of packs as ``scan_page`` takes it: a list of pack names, or ``None`` for the
#: detector's default (the special-operations pack).
Packs: TypeAlias = list[str] | None

#: What the helpers read of a scan: each finding's rule id and category, in the scan's order.
#: Tuples of strings: nothing a test does with an answer can change the next test's answer.
Summary: TypeAlias = tuple[tuple[str, str], ...]

#: (session 75, ci1) Per detector, the summary of each scan the helpers asked for, under the
#: sentence and the packs the scan ran (``Detector.active_packs``: ``None`` and
#: ``["special-ops"]`` are one key). The lexicon tests ask most sentences under the default and
#: under the special-operations pack named, one and the same scan, and some sentences in several
#: test functions: a fifth of the scans of a session's files were repeats. Sound because a scan
#: depends on its text and its active packs only -- ``_scan_page`` reads nothing else of
#: ``packs``, and the detector keeps nothing of one scan for the next (its memos,
#: ``frames.forget`` and the segmenter's word memo, hold pure functions of their keys):
#: ``test_ci1_session75.py`` pins both. Weakly keyed: a detector a test builds for itself takes
#: its answers with it when it goes. A test that patches the detector's insides and wants the
#: patched reading must call ``det.scan_page`` itself (no test here does).
_SCANS: weakref.WeakKeyDictionary[Any, dict[tuple[str, frozenset[str]], Summary]] = (
    weakref.WeakKeyDictionary()
)
#: Entries one detector's memo holds before it starts again: a bound on a worker's memory (a
#: summary is a few hundred bytes; a whole run asks some 30,000 sentences of a worker).
_MAX_SCANS = 200_000


def _summary(det: Any, text: str, packs: Packs) -> Summary:
    """The rule ids and categories of the findings of ``text`` scanned with ``packs``, each
    (sentence, active packs) scanned once per detector (see :data:`_SCANS`)."""
    key = (text, det.active_packs(packs))
    try:
        memo = _SCANS.setdefault(det, {})
    except TypeError:  # a detector that cannot be weakly referenced: no memo
        return tuple(
            (f.rule_id, f.category) for f in det.scan_page(text=text, packs=packs).findings
        )
    got = memo.get(key)
    if got is None:
        if len(memo) >= _MAX_SCANS:
            memo.clear()
        res = det.scan_page(text=text, packs=packs)
        got = memo[key] = tuple((f.rule_id, f.category) for f in res.findings)
    return got


def rule_ids(det: Any, text: str, packs: list[str] | None = ALL) -> set[str]:
    """The ids of the rules (and ``ML-…`` model findings) that fired on ``text``."""
    return {rule for rule, _ in _summary(det, text, packs)}


def rule_ids_no_model(det: Any, text: str, packs: list[str] | None = ALL) -> set[str]:
    """The rules that fired, the learned model's ``ML-`` findings left out: rule work pins the
    rules, and the model (retrained apart) may move its own findings without breaking it."""
    return {r for r in rule_ids(det, text, packs) if not r.startswith("ML-")}


def categories(det: Any, text: str, packs: list[str] | None = ALL) -> set[str]:
    """The categories of the findings on ``text``: what a notice would cite."""
    return {category for _, category in _summary(det, text, packs)}


def rule_categories(det: Any, text: str, packs: list[str] | None = ALL) -> dict[str, str]:
    """Each fired rule's id mapped to its category."""
    return dict(_summary(det, text, packs))


# -- the two questions almost every lexicon test asks: "silent here?" and "does this seller sell?" --

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

# -- (session 78, dedup) the run sets the review files parametrize over, named once ---------------
# Each file of sessions 53-77 wrote its own copy of these lists. Order matters: pytest names a
# list parameter by its position (``packs0``, ``packs1``…) and ``None`` as ``None``, so a file's
# test ids stay what they were only with its list in the same order. ``None`` and ``SPECIAL`` are
# one scan (the default is the special-operations pack), only the id differs.

#: Where a seller of the special-operations papers must be found: its pack named, all packs.
SELLER_RUNS: list[Packs] = [SPECIAL, ALL]
#: Where a lawful line near the certificates' words must stay silent: the special-operations
#: pack, the certificates pack (CS-201, CS-233…), all packs.
LAWFUL_RUNS: list[Packs] = [SPECIAL, CERTS, ALL]
#: :data:`LAWFUL_RUNS` with the detector's default instead of the pack named.
LAWFUL_DEFAULT_RUNS: list[Packs] = [None, CERTS, ALL]
#: Where a school's or a seller's line near the exam-training words is read: the
#: special-operations pack, the exam-training pack, all packs.
SCHOOL_RUNS: list[Packs] = [SPECIAL, TRAINING, ALL]
#: Where the employer's desk (CS-001, special operations) is read: the default and all packs.
DESK_RUNS: list[Packs] = [None, ALL]
#: Each pack alone, then all three.
EACH_PACK_RUNS: list[Packs] = [SPECIAL, TRAINING, CERTS, ALL]

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


def _named(rule_id: str, category: str, names: frozenset[str]) -> bool:
    """Whether a finding of ``rule_id`` and ``category`` is one of ``names``: its rule id, its
    rule's family or its category (a category counts the model's findings too, as
    :func:`categories` does)."""
    return (
        rule_id in names
        or category in names
        or any(n.endswith("-") and rule_id.startswith(n) for n in names)
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
    found = _summary(det, text, packs)
    if of is not None:
        names = _names(of)
        fired = [r for r, c in found if _named(r, c, names)]
        head = f"expected none of {sorted(names)}, but {len(fired)} fired"
    else:
        fired = [r for r, _ in found if model or not r.startswith("ML-")]
        head = f"expected silence ({'no finding' if model else 'no rule'}), but {len(fired)} fired"
    if fired:
        # the failure shows the whole scan (stances, cues, the silenced), so it is read again
        res = det.scan_page(text=text, packs=packs)
        raise AssertionError(_explain(head, text, packs, res))


def assert_sells(det: Any, text: str, what: str | Iterable[str] | None, packs: Packs = ALL) -> None:
    """Fail unless ``text`` scanned with ``packs`` is found as an offer: a finding of ``what``
    (a rule id, a family such as ``"GP-"``, or a category; several names: any one of them), or
    with :data:`ANY_RULE` a finding of any rule (the model's ``ML-`` findings do not count)."""
    __tracebackhide__ = True
    summary = _summary(det, text, packs)
    if what is ANY_RULE:
        head = "expected some rule to fire"
        found = any(not r.startswith("ML-") for r, _ in summary)
    else:
        names = _names(what)
        head = f"expected {' or '.join(sorted(names))} to fire"
        found = any(_named(r, c, names) for r, c in summary)
    if not found:
        # the failure shows the whole scan (stances, cues, the silenced), so it is read again
        res = det.scan_page(text=text, packs=packs)
        raise AssertionError(_explain(head, text, packs, res))
