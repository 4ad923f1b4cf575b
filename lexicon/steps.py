"""What each automaton key contributes when only some packs and rules run, cut once and kept.

A scan reads only its active packs' rules; a key's value lists every pack's pools, so the
detector works from cut copies: per set of packs for the anchor automaton, per set of running
rules for the context automaton (a dict per set, filled as the pages meet keys).
"""

from __future__ import annotations

from lexicon.automata import Automata
from lexicon.rules import Rule

__all__ = ["ScanPlans", "context_step"]

#: Sets of running rules whose context steps (:meth:`ScanPlans.plan`) are kept for dense
#: pages (a dict of the few hundred keys such pages meet).
_PLANS = 16
#: Sets of running rules whose steps are kept as dicts, for pages with fewer anchors than
#: ``_DENSE`` (everyday text: a few matches per page, a different set of rules on each).
_SPARSE_PLANS = 64
_DENSE = 64


class ScanPlans:
    """The cut steps of one detector's automata, cached."""

    def __init__(self, auto: Automata, window_rules: list[Rule]) -> None:
        self._auto = auto
        self._window_rules = window_rules
        self._plans: dict[tuple[int, ...], _Steps] = {}
        self._sparse: dict[tuple[int, ...], _Steps] = {}
        self._steps: dict[frozenset[str], list[tuple | None]] = {}

    def anchor_steps(self, active: frozenset[str]) -> list[tuple | None]:
        """The anchor automaton's values cut to what the active packs read: the scorer's pack
        tuples to those that hold an active pack, the rules' pools to those of active rules,
        and None for a key left with nothing. 证 anchors only the certificates pack's rules:
        in a special-ops scan its thousands of matches per MB of dense text made match
        objects and context windows no running rule read; now they pass by in one test. Keys
        share value objects, and so share their steps (a list per set of packs: under 1 MB)."""
        steps = self._steps.get(active)
        if steps is None:
            live = {
                pid
                for rule, pid in zip(self._window_rules, self._auto.anchor_pools, strict=True)
                if rule.pack in active
            }
            made: dict[int, tuple | None] = {}  # keys share values: share their steps too
            steps = self._steps[active] = []
            for value in self._auto.anchors.values:
                step = made.get(id(value), made)
                if step is made:
                    step = _active_step(value, active, live)
                    if step is not value:  # only cut copies are remembered and shared
                        made[id(value)] = step
                steps.append(step)
        return steps

    def plan(self, rules: tuple[int, ...], anchors: int) -> _Steps:
        """What each context key contributes when ``rules`` run (:func:`context_step`, by
        key index; ``None`` until a page meets the key), kept per set of running rules, so
        a page whose rules ran on an earlier page reuses the steps. Each set gets a dict that
        grows with the keys its pages meet (16 sets kept for dense pages, 64 for pages with
        few anchors, whose set of rules seldom repeats)."""
        dense = anchors >= _DENSE
        plans = self._plans if dense else self._sparse
        plan = plans.pop(rules, None)
        if plan is not None:
            plans[rules] = plan  # the most recently used last
        else:
            if len(plans) >= (_PLANS if dense else _SPARSE_PLANS):
                # (issue 9, session 48, speed) the least recently used set goes, not every
                # set: dense pages cycle through a few dozen sets of rules, and clearing all
                # sixteen at the seventeenth rebuilt steps the next page reused
                del plans[next(iter(plans))]
            # (session 33) a dict for dense pages too: a dense page meets about 250 of the 21k
            # context keys, and 16 lists of 21k slots held 2.7 MB of None (the detector's peak
            # memory sat 0.2 MB under its 120 MB budget); a hit is one C-level dict lookup
            plan = plans[rules] = _Steps()
        return plan


class _Steps(dict):
    """Context steps by key index for a sparse page: a missing key reads as None, as in
    the list a dense page gets."""

    def __missing__(self, key: int) -> None:
        return None


def _active_step(value: tuple, active: frozenset[str], live: set[int]) -> tuple | None:
    """One anchor key's value for the active packs (see :meth:`ScanPlans.anchor_steps`): the
    value object itself when the packs cut nothing from it (most keys: it is tested first,
    allocating nothing, as copies or even scratch lists per key cost megabytes of memory),
    a cut copy otherwise, None when nothing is left."""
    latin_a, latin_b, (model, groups) = value
    cut = False
    for packs in model:
        if active.isdisjoint(packs):
            cut = True
            break
    if not cut:
        for _term, _variant, pids in groups:
            if not live.issuperset(pids):
                cut = True
                break
    if not cut:
        return value
    on_model = tuple(p for p in model if not active.isdisjoint(p))
    kept = []
    for entry in groups:
        on = tuple(pid for pid in entry[2] if pid in live)
        if on:
            kept.append(entry if len(on) == len(entry[2]) else (entry[0], entry[1], on))
    if not on_model and not kept:
        return None
    return latin_a, latin_b, (on_model, tuple(kept))


def context_step(value: tuple, lists: dict[int, list], unless: dict[int, list]) -> tuple:
    """A context key's value cut to what the running rules read: ``(latin start, latin end,
    (term, variant, pools read) groups, (rule, term) unless entries of running rules, warning
    terms)``, or ``()`` when it adds nothing. Filtering keeps every list's order, so each
    pool, unless list and the warnings receive the same matches in the same order."""
    latin_a, latin_b, (groups, unl, warn) = value
    kept = []
    for term, variant, pids in groups:
        read = tuple(pid for pid in pids if pid in lists)
        if read:
            kept.append((term, variant, read))
    unl = tuple((ri, term) for ri, term in unl if ri in unless)
    if not kept and not unl and not warn:
        return ()
    return (latin_a, latin_b, tuple(kept), unl, warn)
