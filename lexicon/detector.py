"""The detector: all terms at once with Aho-Corasick, rules firing on combinations in a window.

A rule names term groups (a certificate term AND a sale signal …); it fires where one match of
every group lies within ``window`` normalized characters of the others. Short Chinese terms and
homophone variants must sit on jieba word boundaries (checked only around candidates), and a
candidate is silenced — and recorded as :class:`Suppressed` — by warning words, negation, its
rule's ``unless`` terms, an official host or a notice/news page.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from lexicon.automata import build_automata
from lexicon.context import (
    PageContext,
    SellerLine,
    boilerplate,
    host_of,
    negation_before,
    page_context,
)
from lexicon.finding import Contact, Finding, ScanResult, Suppressed
from lexicon.modelscan import (
    PAPER_CATEGORIES,
    ModelScan,
    goods_papers,
    polite,
    role_terms,
    seller_line,
    words_rx,
)
from lexicon.normalize import Normalized, normalize, normalize_term
from lexicon.quotes import CLOSE_QUOTES, OPEN_QUOTES, STRAIGHT_QUOTES
from lexicon.rules import DEFAULT_PACKS, PACKS, SCOPE_GROUPS, Lexicon, Rule
from lexicon.segment import Segmenter
from lexicon.stance import Stance, StanceReader, framed

__all__ = ["Detector", "SourceScan"]

_WARN_BEFORE = 20
_WARN_AFTER = 12
#: How far back a warning that heads a list (禁售清单：…) covers the list's items.
_LIST_REACH = 80
_SENTENCE_END = re.compile("[。！？!?\n]")
_EXCERPT = 30
#: Marks a warning-word suppression whose warning stands in the sentence before or after.
_OTHER_SENTENCE = "（相邻句）"
#: Suppressions that leave their sentence to the learned scorer.
_LEFT_TO_MODEL = ("needs_", "unless:")
_MAX_PER_RULE = 5
#: Sets of running rules whose context steps (:meth:`Detector._plan`) are kept (a list of
#: about 12k slots each, 0.1 MB).
_PLANS = 16
#: Sets of running rules whose steps are kept as dicts, for pages with fewer anchors than
#: ``_DENSE`` (everyday text: a few matches per page, a different set of rules on each).
_SPARSE_PLANS = 64
_DENSE = 64
_PAGE_HEAD = 2000
#: Sentence ends a combination may span: parts in one sentence or two adjacent ones (电工证培训。
#: 包过！). Commas are free. On listing pages this keeps one item's words from pairing with the
#: next item's (their titles sit several lines apart).
_MAX_BOUNDARIES = 1
_OPEN_QUOTES = OPEN_QUOTES
_CLOSE_QUOTES = CLOSE_QUOTES
_QUOTE_REACH = 15
#: Straight quotation marks (scraped pages often lose the curly ones: 提供"包过班"服务) open and
#: close alike: inside one when an odd number stand before on the line (read this far back).
_STRAIGHT_QUOTES = STRAIGHT_QUOTES + "”"  # ” too where a page lost every opening mark (”……”)
_STRAIGHT_REACH = 400
#: How far either side of a candidate, within its sentence, a school's disclaimer is looked for.
_DISCLAIM_REACH = 80
#: A character that turns the exception word after it around (无需本人 vs 需本人).
_NEGATES = frozenset("无不免非")
#: Two-character negations before an exception word: 不用本人到场 offers what 本人到 excuses.
_NEGATE_RX = re.compile("(?:不用|无需|不需|不必|免去|没有|无须|不须)$")
#: Before an exception word, a seller's guarantee (包查验, 包学信网查验, 保验证): the promise
#: that a check will pass, not the checker's own act that the exception (查验, 验证) stands for.
_GUARANTEE_RX = re.compile("[包保](?:学信网|学信|官网|网上|系统)?$")


class _Match(NamedTuple):
    start: int
    end: int
    term: str
    variant: str  # "" for the term itself, else pinyin/initials/homophone


@dataclass(slots=True)
class SourceScan:
    """One source's candidates before the page-level verdict is applied."""

    source: str
    text: str
    normalized: str = ""
    findings: list[Finding] = field(default_factory=list)
    suppressed: list[Suppressed] = field(default_factory=list)
    contacts: list[tuple[int, int]] | None = None  # original spans, computed on first need
    norm: Normalized | None = None
    #: Contacts and contact spans of the normalized text (``lexicon.contacts.read_contacts``).
    read: tuple[list[Contact], list[tuple[int, int]]] | None = None
    #: (end index, packs) of the learned scorer's anchor words, found in the rules' anchor pass.
    model_anchors: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)
    scanned: str = ""  # the text as scanned when ``text`` was put back (OCR lines)


#: ``_Match`` without NamedTuple's Python-level ``__new__`` (the hot loops make thousands).
_new = tuple.__new__
_first = itemgetter(0)
_END = itemgetter(1)


def _is_latin(ch: str) -> bool:
    return "a" <= ch <= "z"


def _off_latin(s: str, size: int, start: int, end: int, latin_a: bool, latin_b: bool) -> bool:
    """True when a latin key's match in ``s`` runs on into a latin word (not on a boundary)."""
    return (latin_a and start > 0 and "a" <= s[start - 1] <= "z") or (
        latin_b and end < size and "a" <= s[end] <= "z"
    )


def quoted(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` sits inside a pair of quotation marks on its line.

    News and notices quote the sellers' words (所谓“包过”) while condemning them; ads put
    their hooks in brackets (【包过】), rarely in quotation marks.
    """
    if _straight_quoted(text, start, end):
        return True
    before = text[max(0, start - _QUOTE_REACH) : start]
    after = text[end : end + _QUOTE_REACH]
    opened = max(before.rfind(q) for q in _OPEN_QUOTES)
    if opened < 0 or any(q in before[opened:] for q in _CLOSE_QUOTES) or "\n" in before[opened:]:
        return False
    closes = [i for i in (after.find(q) for q in _CLOSE_QUOTES) if i >= 0]
    if not closes:
        return False
    close = min(closes)
    return not any(q in after[:close] for q in _OPEN_QUOTES) and "\n" not in after[:close]


def _straight_quoted(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` sits between a pair of straight quotation marks on its line."""
    for q in _STRAIGHT_QUOTES:
        close = text.find(q, end, end + _QUOTE_REACH)  # cheap first: most candidates have none
        if close < 0 or "\n" in text[end:close]:
            continue
        lo = max(0, start - _STRAIGHT_REACH, text.rfind("\n", 0, start) + 1)
        if q == "”" and "“" in text[lo:start]:
            continue  # a real pair of curly marks: read as usual
        if text.count(q, lo, start) % 2:
            return True
    return False


def _min_offer(rule: Rule) -> float:
    """The stance score a ``stance: offer`` rule needs: above 0 by default; ``offer_score``
    asks for more (a bare 办证 needs a contact or a seller's call, not just 我)."""
    return float(rule.params.get("offer_score", 0.5))


def _bounds(parts: list[_Match]) -> tuple[int, int]:
    """The first start and the last end of a combination's parts (a loop: no generators)."""
    a, b = parts[0].start, parts[0].end
    for p in parts:
        if p.start < a:
            a = p.start
        if p.end > b:
            b = p.end
    return a, b


def _distance(a: _Match, b: _Match) -> int:
    return max(0, b.start - a.end, a.start - b.end)


class _Warnings(NamedTuple):
    """A source's warning-word (or one rule's unless) matches sorted by end, and their ends
    (for binary search)."""

    items: list[_Match]
    ends: list[int]


def _by_end(matches: list[_Match]) -> _Warnings:
    matches.sort(key=_END)  # stable: the order they were found in, by end
    return _Warnings(matches, [m.end for m in matches])


class Detector:
    """Scans text against a loaded :class:`Lexicon`; build once, share per process."""

    def __init__(self, lex: Lexicon, model_path: Path | None = None) -> None:
        """``model_path``: another learned scorer than the lexicon's own (``lexicon learn``
        compares a retrained model with the current one)."""
        self.lex = lex
        self.version = lex.version
        self.rules = lex.rules
        self._window_rules = [r for r in lex.rules if r.kind == "window"]
        self._auto = build_automata(lex, self._window_rules)
        self._reach = max((r.window for r in self._window_rules), default=0) + max(
            _WARN_BEFORE, _WARN_AFTER, max((r.unless_window for r in self._window_rules), default=0)
        )
        self._seg = Segmenter(self._auto.words)
        self._containers: dict[str, frozenset[str]] = {}
        self._scope_terms: dict[str, frozenset[str]] = {}
        self._plans: dict[tuple[int, ...], list[tuple | None]] = {}
        self._sparse: dict[tuple[int, ...], _Steps] = {}
        self._steps: dict[frozenset[str], list[tuple | None]] = {}
        self._list_head = _list_head_pattern(lex)
        self._disclaim = _disclaimer_pattern(lex)
        self._heading: SellerLine = seller_line(lex)
        self._papers = goods_papers(lex)
        # A lawful route (健康证体检, 体检中心) excuses a candidate only where nothing in reach
        # skips it: 健康证体检 代办 不用本人到场 当天拿证 sells under the route's name.
        self._route_terms = frozenset(map(normalize_term, role_terms(lex, "lawful_route")))
        self._bypass = words_rx(role_terms(lex, "lawful_bypass"))
        self.model = ModelScan.load(lex, PACKS, model_path)
        self._stance = StanceReader(
            {ts.name: (ts.weight, ts.terms) for ts in lex.sets.values() if ts.role == "stance"}
        )
        self.packs: tuple[str, ...] = PACKS
        self.default_packs: tuple[str, ...] = DEFAULT_PACKS

    def active_packs(self, packs: Iterable[str] | None) -> frozenset[str]:
        """The packs a scan runs (the default ones when ``packs`` is None); unknown names
        raise ``ValueError`` so a typo never silently runs nothing."""
        chosen = frozenset(packs) if packs is not None else frozenset(self.default_packs)
        unknown = chosen - set(self.packs)
        if unknown:
            raise ValueError(f"unknown rule pack(s): {', '.join(sorted(unknown))}")
        return chosen

    def warm(self) -> None:
        """Load the lazily loaded parts (the segmentation dictionary) now."""
        self._seg.warm()

    # -- scanning -------------------------------------------------------------------------

    @staticmethod
    def _iter(automaton, s: str, offset: int = 0):  # type: ignore[no-untyped-def]
        """(start, end, entries) of matches in ``s``, latin terms only on latin-word
        boundaries."""
        n = len(s)
        values = automaton.values
        for i, start, end in automaton.found(s):
            latin_a, latin_b, entries = values[i]
            if (latin_a and start > 0 and _is_latin(s[start - 1])) or (
                latin_b and end < n and _is_latin(s[end])
            ):
                continue
            yield start + offset, end + offset, entries

    def _slices(self, s: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Merged windows around anchor hits, wide enough for every rule's context."""
        pad = self._reach + self._auto.max_key
        size = len(s)
        out: list[tuple[int, int]] = []
        cur_lo = cur_hi = -1
        for a, b in sorted(spans):
            lo = a - pad if a > pad else 0
            hi = b + pad if b + pad < size else size
            if cur_hi >= 0 and lo <= cur_hi:
                if hi > cur_hi:
                    cur_hi = hi
            else:
                if cur_hi >= 0:
                    out.append((cur_lo, cur_hi))
                cur_lo, cur_hi = lo, hi
        if cur_hi >= 0:
            out.append((cur_lo, cur_hi))
        return out

    def scan_source(
        self, text: str, source: str = "text", packs: frozenset[str] | None = None
    ) -> SourceScan:
        """The rules' candidates of one source (page-level context not yet applied); the
        learned scorer reads the page's sources later, only when no rule flags the page."""
        active = packs if packs is not None else self.active_packs(None)
        out = SourceScan(source=source, text=text)
        if not text:
            return out
        n = normalize(text)
        out.normalized = n.text
        out.norm = n
        self._rules_pass(n, text, active, out)
        return out

    def _surface(
        self, p: SourceScan, active: frozenset[str]
    ) -> tuple[list[Finding], list[Suppressed]]:
        """``ML-…`` candidates of one source, in sentences no rule candidate touched."""
        if self.model is None or not self.model.rules or p.norm is None:
            return [], []
        n, text = p.norm, p.scanned or p.text
        covered = [(f.start, f.end) for f in p.findings]
        # A candidate silenced only for want of offer cues (needs_offer:) or by its rule's
        # exception words (unless:) leaves the sentence to the model: the rule could not tell
        # (an exception speaks for that rule's combination, not for the whole sentence).
        covered += [
            (x.start, x.end) for x in p.suppressed if not x.reason.startswith(_LEFT_TO_MODEL)
        ]
        found, silenced = self.model.surface(
            n,
            text,
            p.source,
            active,
            covered,
            lambda: self._contacts(p, n),
            self._stance,
            p.model_anchors,
        )
        found = [replace(f, lexicon_version=self.version) for f in found]
        if p.scanned:  # OCR lines: point the findings at the image text
            found = [
                replace(
                    f, matched=p.text[f.start : f.end], excerpt=_excerpt(p.text, f.start, f.end)
                )
                for f in found
            ]
            silenced = [replace(x, matched=p.text[x.start : x.end]) for x in silenced]
        return found, silenced

    def _rules_pass(
        self, n: Normalized, text: str, active: frozenset[str], out: SourceScan
    ) -> None:
        s = n.text
        size = len(s)
        hits: dict[int, list[_Match]] = defaultdict(list)  # pool id -> matches
        spans: list[tuple[int, int]] = []
        model_anchors = out.model_anchors
        steps = self._anchor_steps(active)
        # The loops below are _iter inlined (one Python step less per match on dense pages).
        for i, start, end in self._auto.anchors.found(s):
            step = steps[i]
            if step is None:  # a scorer's anchor of no active pack, and no rule's
                continue
            latin_a, latin_b, (model, groups) = step
            if (latin_a or latin_b) and _off_latin(s, size, start, end, latin_a, latin_b):
                continue
            if model:
                for packs in model:
                    model_anchors.append((end - 1, packs))
            if groups:
                for term, variant, pids in groups:
                    m = _new(_Match, (start, end, term, variant))
                    for pid in pids:
                        hits[pid].append(m)
                spans.append((start, end))
        if not hits:
            return
        pools = self._auto.pools
        rules = tuple(
            ri
            for ri, pid in enumerate(self._auto.anchor_pools)
            if pid in hits and self._window_rules[ri].pack in active
        )
        # The pools the active rules read, each with its list (a pool no rule reads gets none).
        lists = {pid: hits[pid] for ri in rules for pid in pools[ri].values()}
        unless: dict[int, list[_Match]] = {ri: [] for ri in rules}  # of the rules that run
        warnings: list[_Match] = []
        plan = self._plan(rules, len(spans) >= _DENSE)
        values = self._auto.context.values
        for lo, hi in self._slices(s, spans):
            sub, size = s[lo:hi], hi - lo
            for i, start, end in self._auto.context.found(sub, by_start=True):
                step = plan[i]
                if step is None:
                    step = plan[i] = _context_step(values[i], lists, unless)
                if not step:  # nothing a running rule reads: no match object, no lookups
                    continue
                latin_a, latin_b, groups, unl, warn = step
                if (latin_a or latin_b) and _off_latin(sub, size, start, end, latin_a, latin_b):
                    continue
                start += lo
                end += lo
                for term, variant, pids in groups:
                    m = _new(_Match, (start, end, term, variant))
                    for pid in pids:
                        lists[pid].append(m)
                if unl:  # mostly empty: a test is cheaper than an empty loop
                    for ri, term in unl:
                        unless[ri].append(_new(_Match, (start, end, term, "")))
                if warn:
                    for term in warn:
                        warnings.append(_new(_Match, (start, end, term, "")))
        warns = _by_end(warnings)
        # Each pool sorted by start once per source (stable: the order found), shared by rules;
        # the context pools are in that order already (found by start, slices in order), so
        # only the anchor pools (found by end) are sorted.
        ordered: dict[int, tuple[list[_Match], list[int]]] = {}
        anchor_pools = self._auto.anchor_pool_set
        for ri in rules:
            rule = self._window_rules[ri]
            groups: dict[str, tuple[list[_Match], list[int]]] = {}
            for g, pid in pools[ri].items():
                if not hits.get(pid):
                    break
                pool = ordered.get(pid)
                if pool is None:
                    by_start = sorted(hits[pid], key=_first) if pid in anchor_pools else hits[pid]
                    pool = ordered[pid] = (by_start, list(map(_first, by_start)))
                groups[g] = pool
            if len(groups) == len(rule.groups):
                self._fire(rule, groups, n, text, _by_end(unless[ri]), warns, out)

    def _anchor_steps(self, active: frozenset[str]) -> list[tuple | None]:
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

    def _plan(self, rules: tuple[int, ...], dense: bool) -> list[tuple | None] | _Steps:
        """What each context key contributes when ``rules`` run (:func:`_context_step`, by
        key index; ``None`` until a page meets the key), kept per set of running rules, so
        a page whose rules ran on an earlier page reuses the steps. A dense page gets a list
        with a slot per key (no hashing per match; 0.1 MB, 16 sets kept); a page with few
        anchors, whose set of rules seldom repeats, a dict that grows with the keys it meets
        (no 15k-slot list built for a few dozen matches; 64 sets kept)."""
        plans = self._plans if dense else self._sparse
        plan = plans.get(rules)
        if plan is None:
            if len(plans) >= (_PLANS if dense else _SPARSE_PLANS):
                plans.clear()
            plan = plans[rules] = [None] * len(self._auto.context) if dense else _Steps()
        return plan

    def page_signs(self, texts: list[str]) -> tuple[dict[str, float], dict[str, float]]:
        """Notice and news signs over a page's normalized sources (only when something fired)."""
        found: dict[str, dict[str, float]] = {"notice": {}, "news": {}}
        for text in texts:
            for _s, _e, entries in self._iter(self._auto.page, text):
                for _kind, role, weight, term, _vk in entries:
                    found[role][term] = weight
        return found["notice"], found["news"]

    def _rule_words(self, rule: Rule) -> frozenset[str]:
        """The rule's own terms: the only longer words a short match may sit inside."""
        words = self._containers.get(rule.id)
        if words is None:
            words = frozenset(normalize_term(t) for ts in rule.groups.values() for t in ts)
            words |= self._kin_names(rule, words)
            self._containers[rule.id] = words
        return words

    def _kin_names(self, rule: Rule, own: frozenset[str]) -> frozenset[str]:
        """Names ending in one of the rule's one-character terms (证) from the groups of its
        pack's rules that hold that character too (the certificate-name groups): 证 inside
        研究生证 is this pack's certificate even where another rule brought the word, which the
        segmentation dictionary keeps whole (研究生证 出 私我 lost CS-203's 证 when cert_any
        gained the word). Another pack's words (身份证 for special-ops) stay out."""
        singles = {t for t in own if len(t) == 1}
        kin: set[str] = set()
        for r in self.lex.rules:
            if r.pack != rule.pack or not singles:
                continue
            for ts in r.groups.values():
                names = {normalize_term(t) for t in ts}
                for c in singles & names:
                    kin.update(t for t in names if len(t) > 1 and t.endswith(c))
        return frozenset(kin)

    def _scope_of(self, rule: Rule) -> frozenset[str]:
        """Terms of the rule's scope groups (:data:`SCOPE_GROUPS`) that no other group has;
        empty when every group is a scope group (then negation is read on all of them)."""
        terms = self._scope_terms.get(rule.id)
        if terms is None:
            scope = [g for g in rule.groups if g in SCOPE_GROUPS]
            terms = frozenset()
            if len(scope) < len(rule.groups):
                own = {t for g in scope for t in rule.groups[g]}
                other = {t for g in rule.groups if g not in scope for t in rule.groups[g]}
                terms = frozenset(own - other) | {normalize_term(t) for t in own - other}
            self._scope_terms[rule.id] = terms
        return terms

    def _boundary_ok(
        self, n: Normalized, text: str, m: _Match, containers: frozenset[str] | None = None
    ) -> bool:
        start, end, _term, variant = m  # one unpacking, not a property call per field
        first = n.text[start]
        if "a" <= first <= "z" and variant in ("pinyin", "initials"):
            return True
        if (end - start > 3 and variant != "homophone") or not "\u3400" <= first <= "\u9fff":
            return True  # long enough, or no Chinese word to cut
        # Set off by spaces or punctuation in the original ("…证 包过！"): the writer made it
        # a word; no need to ask jieba.
        oa, ob = n.span(start, end)
        delimited = (oa == 0 or not "\u3400" <= text[oa - 1] <= "\u9fff") and (
            ob >= len(text) or not "\u3400" <= text[ob] <= "\u9fff"
        )
        if delimited and variant in ("", "numerals"):  # generated variants always ask jieba
            return True
        strict = variant not in ("", "numerals")
        # A one-character match (证) may only sit inside the rule's own longer words: 证 inside
        # 身份证 (a word another pack brought) is no certificate of this rule.
        words = containers if end - start == 1 else None
        return self._seg.on_boundaries(n.text, start, end, strict=strict, containers=words)

    def _combos(
        self,
        rule: Rule,
        groups: dict[str, tuple[list[_Match], list[int]]],
        n: Normalized,
        text: str,
    ) -> list[list[_Match]]:
        """Non-overlapping sets of one match per group, all within the rule's window.

        ``groups`` holds each group's matches sorted by start, and their starts. Partners are
        found first (cheap); jieba's boundary check only runs on a pivot that has partners in
        every group, and then on the partners in order of distance.
        """
        names = sorted(groups, key=lambda g: len(groups[g][0]))
        pivot, others = names[0], names[1:]
        distinct = bool(rule.params.get("distinct_terms"))
        limit = int(rule.params.get("max_boundaries", _MAX_BOUNDARIES))
        combos: list[list[_Match]] = []
        taken: list[tuple[int, int]] = []
        words = self._rule_words(rule)
        for m in groups[pivot][0]:
            if len(combos) >= _MAX_PER_RULE:
                break
            if taken and any(a < m.end and m.start < b for a, b in taken):
                continue
            near: dict[str, list[_Match]] = {}
            for g in others:
                near[g] = self._near(rule.window, limit, m, *groups[g], n)
                if not near[g]:
                    break
            else:
                if self._boundary_ok(n, text, m, words):
                    parts = self._partners(m, others, near, n, text, distinct, words)
                    if parts is not None:
                        combos.append(parts)
                        taken.append(_bounds(parts))
        return combos

    def _partners(
        self,
        m: _Match,
        others: list[str],
        near: dict[str, list[_Match]],
        n: Normalized,
        text: str,
        distinct: bool,
        words: frozenset[str],
    ) -> list[_Match] | None:
        """The nearest fitting partner of every other group for pivot ``m``, or None;
        ``words`` are the rule's own (:meth:`_rule_words`)."""
        parts = [m]
        for g in others:
            for x in near[g]:
                xs, xe, xt, _v = x
                for p in parts:  # a loop, not all(): no generator per candidate partner
                    if xs < p.end and p.start < xe:
                        break
                    if distinct and xt == p.term:
                        break
                else:
                    if self._boundary_ok(n, text, x, words):
                        parts.append(x)
                        break
            else:
                return None
        return parts

    def _near(
        self,
        window: int,
        limit: int,
        m: _Match,
        ordered: list[_Match],
        starts: list[int],
        n: Normalized,
    ) -> list[_Match]:
        """Matches within ``window`` of ``m`` and at most ``limit`` sentence ends away,
        nearest first (ties in start order)."""
        ms, me, _t, _v = m  # one unpacking, not two property calls
        lo = bisect.bisect_left(starts, ms - window - self._auto.max_key)
        hi = bisect.bisect_right(starts, me + window)
        ends = n.sentence_ends()
        count = bisect.bisect_left  # count(ends, p): the sentence ends before p
        # The pair spans [min(xs, ms), max(xe, me)); it may cross at most ``limit`` sentence
        # ends. With the pivot's own counts, a partner on one side needs one comparison: on
        # the right, count(xe) <= at_ms + limit, i.e. xe <= ends[at_ms + limit]; on the left,
        # count(xs) >= at_me - limit, i.e. xs > ends[at_me - limit - 1].
        at_ms, at_me = count(ends, ms), count(ends, me)
        j, k = at_ms + limit, at_me - limit - 1
        past = len(n.text) + 1  # beyond every position
        right_cap = ends[j] if 0 <= j < len(ends) else (-1 if j < 0 else past)
        left_cap = ends[k] if 0 <= k < len(ends) else (-1 if k < 0 else past)
        inside = at_me - at_ms <= limit
        out: list[tuple[int, _Match]] = []
        for x in ordered[lo:hi]:
            xs, xe, _t, _v = x  # one unpacking, not two property calls
            d = xs - me if xs - me > ms - xe else ms - xe
            if d < 0:
                d = 0
            if d > window:
                continue
            if xs >= ms:
                fits = inside if xe <= me else xe <= right_cap
            elif xe <= me:
                fits = xs > left_cap
            else:  # x holds the pivot
                fits = count(ends, xe) - count(ends, xs) <= limit
            if fits:
                out.append((d, x))
        if len(out) < 2:  # mostly none or one: nothing to order
            return [x for _d, x in out]
        out.sort(key=_first)
        return [x for _d, x in out]

    def _why_silent(
        self,
        rule: Rule,
        parts: list[_Match],
        n: Normalized,
        text: str,
        unless: _Warnings,
        warns: _Warnings,
    ) -> str | None:
        s = n.text
        a, b = _bounds(parts)
        other = ""  # a warning in the sentence before or after: the last word, see _fire
        if "warning" in rule.suppress:
            # A warning's end is at or after its start: none ending before a - _WARN_BEFORE
            # can start after it, so the search starts there and stops past b + _WARN_AFTER.
            i = bisect.bisect_left(warns.ends, a - _WARN_BEFORE)
            for w in warns.items[i:]:
                if w.end > b + _WARN_AFTER:
                    break
                if a - _WARN_BEFORE <= w.start:
                    if any(p.start <= w.start and w.end <= p.end for p in parts):
                        continue  # 通知 inside 录取通知书: the candidate's own word
                    if polite(s, w.start, w.term):
                        continue  # 【温馨提醒】 heads a seller's post as well as a notice
                    if self._heading.worn(text, *n.span(w.start, w.end)):
                        continue  # 【曝光】 worn over a seller's line (a contact, 加V)
                    if not _across(n, w, a, b):
                        return f"warning:{w.term}"
                    elif not other and not boilerplate(n.sentence_at(w.start)):
                        # A platform's own rule (本平台禁止发布违法信息。) speaks of its
                        # sentence only, never of the listing beside it.
                        other = f"warning:{w.term}{_OTHER_SENTENCE}"
            head = self._heading_warning(text, n.span(a, b)[0])
            if head:
                return f"warning:{head}"
            said = self._disclaimed(n, a, b)
            if said:
                return f"warning:{said}"
        if "negation" in rule.suppress:
            scope = self._scope_of(rule)
            for p in parts:
                if p.term in scope:
                    continue
                neg = negation_before(s, p.start)
                if neg:
                    return f"negation:{neg}"
        # The first unless match (by end) within reach of a part: none ending before the
        # parts' start - reach can be, nor any from one starting past their end + reach on.
        reach = rule.unless_window
        i = bisect.bisect_left(unless.ends, a - reach)
        for u in unless.items[i:]:
            if u.end - self._auto.max_key > b + reach:
                break
            if u.start and (
                s[u.start - 1] in _NEGATES or _NEGATE_RX.search(s, max(0, u.start - 2), u.start)
            ):
                continue  # 无需本人 offers what 需本人 would excuse; 不用本人到场 what 本人到 would
            if u.start and _GUARANTEE_RX.search(s, max(0, u.start - 4), u.start):
                continue  # 包查验 promises the check 查验 would excuse
            if any(p.start <= u.start and u.end <= p.end for p in parts):
                continue  # 户口 inside 户口本: a word of the candidate, not an exception
            if u.term in self._route_terms and self._bypassed(s, a - reach, b + reach):
                continue  # 健康证体检 … 代办 不用本人到场: the route is the seller's cover
            if any(_distance(u, p) <= reach for p in parts):
                return f"unless:{u.term}"
        if rule.category in PAPER_CATEGORIES:
            pair = self._papers_pair(s, parts, a, b)
            if pair:
                return f"lawful:随物证件({pair})"
        if "quoted" in rule.suppress:
            for p in parts:
                # The term's head in quotation marks is enough: “包过”班 quotes the promise.
                head = n.span(p.start, min(p.end, p.start + 2))
                if quoted(text, *head) and framed(text, *n.span(a, b)):
                    return f"quoted:{p.term}"
        return other or None

    def _bypassed(self, s: str, lo: int, hi: int) -> bool:
        """A word that skips the lawful route (代办, 不用体检, 不用本人) in ``s[lo:hi]``."""
        return self._bypass is not None and self._bypass.search(s, max(0, lo), hi) is not None

    def _papers_pair(self, s: str, parts: list[_Match], a: int, b: int) -> str | None:
        """The goods-and-sale pair (二手房出售, 餐饮店转让) a part of the candidate belongs to:
        the sale word sells the goods, the certificate goes with them."""
        for x, y in self._papers.spans(s, max(0, a - 12), b + 12):
            if any(p.start < y and x < p.end for p in parts):
                # the rest of the candidate must be papers that go with goods: 挖掘机转让
                # 操作证 sells the operator's certificate under cover of the machine
                rest = [p for p in parts if not (p.start < y and x < p.end)]
                if all(self._papers.only_goods_papers(s, p.start, p.end) for p in rest):
                    return s[x:y]
        return None

    def _disclaimed(self, n: Normalized, a: int, b: int) -> str | None:
        """A school's disclaimer in the candidate's sentence, read at most ``_DISCLAIM_REACH``
        characters either side (a page without sentence ends is not read whole per candidate)."""
        if self._disclaim is None:
            return None
        ends = n.sentence_ends()
        k = bisect.bisect_right(ends, a)
        lo = max(ends[k - 1] + 1 if k else 0, a - _DISCLAIM_REACH)
        hi = min(ends[k] if k < len(ends) else len(n.text), b + _DISCLAIM_REACH)
        m = self._disclaim.search(n.text, lo, hi)
        return m.group(0) if m else None

    def _heading_warning(self, text: str, start: int) -> str | None:
        """A warning that heads a list the candidate is an item of (禁售清单：烟酒、……、代写代考
        服务; 严禁发布以下内容：…): a platform's or regulator's list of what is banned names the
        trade without offering it, however long the list."""
        if self._list_head is None:
            return None
        lo = max(0, start - _LIST_REACH)
        ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
        heads = [
            m
            for m in self._list_head.finditer(text, ends[-1] if ends else lo, start)
            if not polite(text, m.start(1), m.group(1))
            and not self._heading.worn(text, m.start(1), m.end(1))
        ]
        return heads[-1].group(1) if heads else None

    def _fire(
        self,
        rule: Rule,
        groups: dict[str, list[_Match]],
        n: Normalized,
        text: str,
        unless: _Warnings,
        warns: _Warnings,
        out: SourceScan,
    ) -> None:
        s = n.text
        for parts in self._combos(rule, groups, n, text):
            a, b = _bounds(parts)
            oa, ob = n.span(a, b)
            reason = self._why_silent(rule, parts, n, text, unless, warns)
            stance = None
            if reason and (reason.endswith(_OTHER_SENTENCE) or reason.startswith("quoted")):
                # A warning in the next sentence over silences a candidate unless its own
                # sentence offers: a decoy (严禁违规！) or a platform's boilerplate (本平台禁止
                # 发布违法信息。) right before a seller's pitch with a contact must not hide it.
                stance = self._stance.judge(text, oa, ob, self._contacts(out, n))
                if stance.verdict == "offer":
                    reason = None  # a seller's sentence: quotes for emphasis (“包过班” 加V)
            if not reason:
                stance = stance or self._stance.judge(text, oa, ob, self._contacts(out, n))
                if stance.verdict == "report" and "report" in rule.suppress:
                    reason = stance.reason()
                elif rule.params.get("stance") == "offer" and stance.score < _min_offer(rule):
                    # Rules that only name the thing (假电工证) need a seller's cue too.
                    reason = f"needs_offer:{stance.score:g}"
                elif self.model is not None:
                    contacts = self._contacts(out, n)
                    stance, reason = self.model.weigh(rule, text, oa, ob, stance, contacts)
            if reason:
                out.suppressed.append(
                    Suppressed(rule.id, rule.category, text[oa:ob], oa, ob, reason, out.source)
                )
                continue
            f = self._finding(rule, parts, s[a:b], text, oa, ob, out.source, stance)
            out.findings.append(f)

    @staticmethod
    def _contacts(out: SourceScan, n: Normalized) -> list[tuple[int, int]]:
        if out.contacts is None:
            out.contacts = [n.span(a, b) for a, b in _read_contacts(out)[1]]
        return out.contacts

    def _finding(
        self,
        rule: Rule,
        parts: list[_Match],
        norm: str,
        text: str,
        oa: int,
        ob: int,
        source: str,
        stance: Stance | None = None,
    ) -> Finding:
        matched = text[oa:ob]
        disguised = any(p.variant for p in parts) or normalize_term(matched) != matched
        weight = self.model.score_shift(stance) if self.model is not None else 0.0
        excerpt = _excerpt(text, oa, ob)
        return Finding(
            rule_id=rule.id,
            category=rule.category,
            severity=rule.severity,
            score=round(
                max(0.05, min(0.99, rule.confidence + (0.05 if disguised else 0.0) + weight)), 3
            ),
            matched=matched,
            normalized=norm,
            start=oa,
            end=ob,
            excerpt=excerpt,
            source=source,
            law=rule.law,
            message=rule.message,
            lexicon_version=self.version,
            pack=rule.pack,
            stance=stance.verdict if stance else "",
            cues=stance.cues if stance else (),
        )

    # -- pages ----------------------------------------------------------------------------

    def scan(
        self,
        text: str,
        source: str = "text",
        url: str | None = None,
        title: str | None = None,
        packs: Iterable[str] | None = None,
    ) -> ScanResult:
        """Scan one text (with optional page URL and title for context)."""
        if source == "text":
            return self.scan_page(text=text, title=title, url=url, packs=packs)
        active = self.active_packs(packs)
        parts = [self.scan_source(text, source, active)]
        return self._assemble(parts, url, title or "", text, [], active)

    def scan_page(
        self,
        text: str = "",
        title: str | None = None,
        url: str | None = None,
        image_texts: dict[str, str] | None = None,
        qr_urls: list[str] | None = None,
        packs: Iterable[str] | None = None,
    ) -> ScanResult:
        """Scan a page: title, body text and the text read from its images, as one page.

        ``packs`` chooses the rule packs (default: :attr:`default_packs`).
        """
        active = self.active_packs(packs)
        parts = [
            self.scan_source(title or "", "title", active),
            self.scan_source(text, "text", active),
        ]
        for img, itext in (image_texts or {}).items():
            # OCR lines are layout, not sentences: read them as comma-separated phrases (same
            # length, so offsets still point into the image text).
            part = self.scan_source(itext.replace("\n", "，"), f"image:{img}", active)
            parts.append(_retext(part, itext))
        return self._assemble(parts, url, title or "", text, list(qr_urls or ()), active)

    def _assemble(
        self,
        parts: list[SourceScan],
        url: str | None,
        title: str,
        text: str,
        qr: list[str],
        active: frozenset[str],
    ) -> ScanResult:
        from lexicon.pagechecks import portal_findings, qr_findings

        res = ScanResult(lexicon_version=self.version, qr_urls=list(dict.fromkeys(qr)))
        page_findings = [
            f
            for f in portal_findings(self.rules, self.version, url, title, text)
            + qr_findings(self.rules, self.version, res.qr_urls)
            if f.pack in active
        ]
        ctx = None
        if page_findings or any(p.findings for p in parts):
            ctx = self._page_context(parts, url)
        for p in parts:
            res.suppressed.extend(p.suppressed)
            for f in p.findings:
                self._page_filter(f, ctx, res)
            if p.text:
                res.contacts.extend(_read_contacts(p)[0])
        for f in page_findings:
            self._page_filter(f, ctx, res)
        if not res.findings:
            # The model surfaces pages the rules missed; beside rule findings it only added
            # category noise, so a page the rules flag is never read by it (and costs nothing).
            for p in parts:
                found, silenced = self._surface(p, active)
                res.suppressed.extend(silenced)
                if found and ctx is None:
                    ctx = self._page_context(parts, url)
                for f in found:
                    self._page_filter(f, ctx, res)
        res.contacts = list({(c.kind, c.value): c for c in res.contacts}.values())
        res.score = _page_score(res.findings)
        return res

    def _page_context(self, parts: list[SourceScan], url: str | None) -> PageContext:
        """Notices and news announce themselves at the top (headers, document numbers,
        bylines); a long marketplace page collects stray signs in its body and footer."""
        notice, news = self.page_signs([p.normalized[:_PAGE_HEAD] for p in parts])
        whole = "\n".join(p.text[:_PAGE_HEAD] for p in parts)
        return page_context(whole, notice, news, host_of(url))

    def _page_filter(self, f: Finding, ctx: PageContext | None, res: ScanResult) -> None:
        rule = self.rule(f.rule_id)
        reason = ctx.reason if ctx is not None else None
        if reason == "official_host" and "official_host" not in rule.suppress:
            reason = None
        if reason and reason.startswith("page:") and "page" not in rule.suppress:
            reason = None
        if reason:
            res.suppressed.append(
                Suppressed(f.rule_id, f.category, f.matched, f.start, f.end, reason, f.source)
            )
        else:
            res.findings.append(f)

    def rule(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)


class _Steps(dict):
    """Context steps by key index for a sparse page: a missing key reads as None, as in
    the list a dense page gets."""

    def __missing__(self, key: int) -> None:
        return None


def _active_step(value: tuple, active: frozenset[str], live: set[int]) -> tuple | None:
    """One anchor key's value for the active packs (see :meth:`Detector._anchor_steps`): the
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


def _context_step(value: tuple, lists: dict[int, list], unless: dict[int, list]) -> tuple:
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


def _read_contacts(p: SourceScan) -> tuple[list[Contact], list[tuple[int, int]]]:
    if p.read is None:
        from lexicon.contacts import read_contacts

        p.read = read_contacts(p.normalized, p.source)
    return p.read


def _list_head_pattern(lex: Lexicon) -> re.Pattern[str] | None:
    """A warning word, at most a few characters, then a colon: the head of a list."""
    terms = {t for ts in lex.sets.values() if ts.role == "warning" for t in ts.terms if t}
    if not terms:
        return None
    alt = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(f"({alt})[^。！？!?\n：:，,]{{0,6}}[：:]")


def _disclaimer_pattern(lex: Lexicon) -> re.Pattern[str] | None:
    """A school's statement about exam results (不承诺考试结果): it speaks for its whole
    sentence, so a 签约班 seventeen characters before it is no promise either."""
    return words_rx(t for ts in lex.sets.values() if ts.role == "disclaimer" for t in ts.terms)


def _retext(part: SourceScan, text: str) -> SourceScan:
    """Point a source's findings at ``text`` (same length as what was scanned)."""
    part.scanned, part.text = part.text, text
    part.findings = [
        replace(f, matched=text[f.start : f.end], excerpt=_excerpt(text, f.start, f.end))
        for f in part.findings
    ]
    part.suppressed = [replace(x, matched=text[x.start : x.end]) for x in part.suppressed]
    return part


def _excerpt(text: str, start: int, end: int) -> str:
    return text[max(0, start - _EXCERPT) : end + _EXCERPT].replace("\n", " ").strip()


def _page_score(findings: list[Finding]) -> float:
    """1 - Π(1 - best score per rule): more independent rules, higher page score."""
    best: dict[str, float] = {}
    for f in findings:
        best[f.rule_id] = max(best.get(f.rule_id, 0.0), f.score)
    p = 1.0
    for s in best.values():
        p *= 1.0 - s
    return round(1.0 - p, 3)


def _across(n: Normalized, w: _Match, a: int, b: int) -> bool:
    """True when a sentence end separates the warning ``w`` from the candidate ``[a, b)``."""
    if w.end <= a:
        return n.sentence_ends_between(w.end, a) > 0
    return w.start >= b and n.sentence_ends_between(b, w.start) > 0
