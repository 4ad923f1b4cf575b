"""The three Aho-Corasick automata the detector scans with.

Dense words (考试, 证书, 培训 …) would make a single automaton slow on pages about
certificates, where they occur every few characters and the Python loop over matches
dominates. So matching runs in stages:

* ``anchors`` — each rule's signal group (sale, promise, fraud, forge …), and the learned
  scorer's anchor words (``model/anchors.yaml``, entries of kind ``m``: one pass over the text
  serves both). Run over the whole normalized text; most pages stop here.
* ``context`` — the rules' other groups (certificate names, exam context), ``unless`` terms and
  warning words. Run only over slices around anchor hits.
* ``page`` — notice and news signs. Run over a page's sources only when it has a finding.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import ahocorasick

from lexicon.normalize import normalize_term
from lexicon.rules import Lexicon, Rule
from lexicon.variants import variants

__all__ = ["Automata", "anchor_group", "build_automata"]

#: Group names that are context, never a rule's anchor (unless the rule names one).
CONTEXT_GROUPS = frozenset({"cert", "ctx", "object", "organ", "make"})


def anchor_group(rule: Rule) -> str:
    """The rule's signal group: ``params.anchor`` or its first non-context group."""
    named = rule.params.get("anchor")
    if named:
        return str(named)
    return next((g for g in rule.groups if g not in CONTEXT_GROUPS), next(iter(rule.groups)))


#: Stand-in for every character that occurs in no anchor key (see :func:`_collapse_table`).
OTHER = "\x01"


@dataclass(slots=True)
class Automata:
    anchors: ahocorasick.Automaton
    context: ahocorasick.Automaton
    page: ahocorasick.Automaton
    words: list[str]  # normalized lexicon terms, for jieba's user dictionary
    max_key: int  # longest key, for slicing around anchors
    collapse: dict[int, str]  # translation table for the anchor pass
    #: For each rule (by index), its groups' pool ids: rules whose groups list the same terms
    #: share one pool, so a dense word like 考试 is recorded once per pool, not once per rule.
    pools: list[dict[str, int]]
    anchor_pools: list[int]  # the pool of each rule's anchor group

    def anchor_view(self, s: str) -> str:
        """``s`` with every character outside the anchor keys' alphabet replaced by OTHER."""
        return s.translate(self.collapse)


def _variant_kinds(lex: Lexicon, rule: Rule, group: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, set[str]] = defaultdict(set)
    for name in rule.refs.get(group, ()):
        ts = lex.sets[name]
        for t in ts.terms:
            out[t].update(ts.variants)
    return {t: tuple(sorted(k)) for t, k in out.items()}


def _collapse_table(keys: list[str]) -> dict[int, str]:
    """Map characters outside the keys' alphabet to OTHER.

    pyahocorasick looks a character up among a node's children one by one; the anchors' root
    has hundreds (homophone and pinyin variants start with many characters), and most text
    characters are in no key. Collapsing them to OTHER, which is the root's first child (see
    :func:`_make`), makes the common case one comparison: about three times faster.
    """
    alphabet = {ord(c) for k in keys for c in k}
    # Common ranges only (ASCII to CJK, compatibility, full width): rarer characters pass
    # through unchanged, which costs them speed, never a match.
    ranges = (range(0x0000, 0xA000), range(0xF900, 0x10000))
    return {
        cp: OTHER for r in ranges for cp in r if cp not in alphabet and not 0xD800 <= cp < 0xE000
    }


def _make(table: dict[str, list[tuple]], collapsed: bool = False) -> ahocorasick.Automaton:
    a = ahocorasick.Automaton()
    if collapsed:  # first root child; the second character never occurs, so it never matches
        a.add_word(OTHER + "\x02", (2, False, False, ()))
    for key, entries in table.items():
        if key:
            latin = ("a" <= key[0] <= "z", "a" <= key[-1] <= "z")
            a.add_word(key, (len(key), *latin, tuple(entries)))
    if len(a):
        a.make_automaton()
    return a


def build_automata(lex: Lexicon, rules: list[Rule]) -> Automata:
    """Entries are ``(kind, pool id / rule index / role, weight, term, variant kind)``."""
    anchors: dict[str, list[tuple]] = defaultdict(list)
    context: dict[str, list[tuple]] = defaultdict(list)
    page: dict[str, list[tuple]] = defaultdict(list)
    words: list[str] = []
    pool_ids: dict[tuple, int] = {}
    pools: list[dict[str, int]] = []
    anchor_pools: list[int] = []
    for rule in rules:
        anchor = anchor_group(rule)
        pools.append({})
        for gname, terms in rule.groups.items():
            is_anchor = gname == anchor
            kinds = _variant_kinds(lex, rule, gname)
            pkey = (is_anchor, terms, tuple(sorted(kinds.items())))
            fresh = pkey not in pool_ids
            pid = pools[-1][gname] = pool_ids.setdefault(pkey, len(pool_ids))
            if is_anchor:
                anchor_pools.append(pid)
            if not fresh:
                continue
            table = anchors if is_anchor else context
            for term in terms:
                key = normalize_term(term)
                table[key].append(("r", pid, "", term, ""))
                words.append(key)
                for v, vk in variants(key, kinds.get(term, ())):
                    table[v].append(("r", pid, "", term, vk))
    model: dict[str, set[str]] = defaultdict(set)
    for pack, terms in lex.anchors.items():
        for term in terms:
            model[normalize_term(term)].add(pack)
    for key, packs in model.items():
        if key:  # never a segmentation word: these only say where the model should read
            anchors[key].append(("m", tuple(sorted(packs)), "", key, ""))
    for ri, rule in enumerate(rules):
        for term in rule.unless:
            context[normalize_term(term)].append(("u", ri, "", term, ""))
    for ts in lex.sets.values():
        table = {"warning": context, "notice": page, "news": page}.get(ts.role)
        if table is not None:
            for term in ts.terms:
                table[normalize_term(term)].append(("c", ts.role, ts.weight, term, ""))
    keys = [k for t in (anchors, context, page) for k in t]
    return Automata(
        anchors=_make(anchors, collapsed=True),
        context=_make(context),
        page=_make(page),
        words=words,
        max_key=max(map(len, keys)),
        collapse=_collapse_table(list(anchors)),
        pools=pools,
        anchor_pools=anchor_pools,
    )
