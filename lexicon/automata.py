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

The automata are ``ahocorasick_rs`` (Rust) ones: a whole-text pass runs at over 100 MB/s, where
pyahocorasick's per-character loop managed about 20 even on a collapsed alphabet, which capped
the detector below its throughput targets. Matches come back in pyahocorasick's order (by end,
longest first), which the rules' pools and the warning list rely on.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from operator import itemgetter

import ahocorasick_rs

from lexicon import recache
from lexicon.normalize import joins_spelled, normalize_term
from lexicon.rules import Lexicon, Rule
from lexicon.variants import release as release_variant_data
from lexicon.variants import variants

__all__ = ["Automata", "Automaton", "anchor_group", "build_automata"]

#: Group names that are context, never a rule's anchor (unless the rule names one).
CONTEXT_GROUPS = frozenset({"cert", "ctx", "object", "organ", "make"})


def anchor_group(rule: Rule) -> str:
    """The rule's signal group: ``params.anchor`` or its first non-context group."""
    named = rule.params.get("anchor")
    if named:
        return str(named)
    return next((g for g in rule.groups if g not in CONTEXT_GROUPS), next(iter(rule.groups)))


_SURROGATE = recache.compile("[\ud800-\udfff]")

#: Characters of text one ``found`` call reads at most in :meth:`Automaton.chunks`. Every
#: overlapping match of a whole page as one Python list costs about 150 bytes a match, and a
#: hostile page of dense seller words without a break has one every two characters: a 6 MB
#: page held some 200 MB of match tuples at once. 64k characters (a few MB of tuples) keep the
#: ordinary page (a few thousand characters) to one call, as before.
CHUNK = 1 << 16


class Automaton:
    """Keys with one value each, matched all at once (every overlapping match)."""

    __slots__ = ("_ac", "keys", "longest", "size", "values")

    def __init__(self, table: dict[str, object], keep_keys: bool = False) -> None:
        keys = [k for k in table if k]
        self._build(keys, [table[k] for k in keys], keep_keys)

    @classmethod
    def of(cls, keys: list[str], values: list[object], keep_keys: bool = False) -> Automaton:
        """From parallel lists of (non-empty) keys and their values."""
        auto = cls.__new__(cls)
        auto._build(keys, values, keep_keys)
        return auto

    def _build(self, keys: list[str], values: list[object], keep_keys: bool) -> None:
        # The keys themselves are not kept (``keys`` is None) unless asked for: a match names
        # its key by index and its value carries the term, so a scan never reads them, and the
        # generated variants' strings (tens of thousands) were 3.7 MB of the detector's resident
        # memory (121.2 -> 117.5 MB in benchmarks/lexicon.py; the target is 120). Tests and the
        # raw-automaton benchmark build a copy that keeps them (``build_automata(keep_keys=)``).
        self.keys: list[str] | None = keys if keep_keys else None
        self.size = len(keys)
        self.values = values
        self.longest = max(map(len, keys), default=0)
        # A contiguous NFA, named: left to choose, the library builds a DFA for the smaller
        # automata, which costs about 2 MB of resident memory and of its peak (119.2 -> 117.2 MB
        # in benchmarks/lexicon.py) for no faster scan here (the RSS target is 120 MB).
        self._ac = (
            ahocorasick_rs.AhoCorasick(
                keys,
                matchkind=ahocorasick_rs.MatchKind.Standard,
                implementation=ahocorasick_rs.Implementation.ContiguousNFA,
            )
            if keys
            else None
        )

    def __len__(self) -> int:
        return self.size

    def matches(self, s: str) -> list[tuple[int, int, object]]:
        """(start, end, value) of every match in ``s``, by end and, at one end, longest first."""
        values = self.values
        return [(a, b, values[i]) for i, a, b in self.found(s)]

    def found(self, s: str, by_start: bool = False) -> list[tuple[int, int, int]]:
        """(key index, start, end) of every match in ``s``, ordered as :meth:`matches`, or
        with ``by_start`` by start and, at one start, by end (the shortest first)."""
        return self.order(self.unsorted(s), by_start)

    def unsorted(self, s: str) -> list[tuple[int, int, int]]:
        """(key index, start, end) of every match in ``s`` in the library's order: for a
        caller that orders them itself (:mod:`lexicon.pools` sorts arrays, not tuples)."""
        if self._ac is None or not s:
            return []
        try:
            return self._ac.find_matches_as_indexes(s, overlapping=True)
        except UnicodeEncodeError:  # lone surrogates (hostile pages): in no key, same length
            return self._ac.find_matches_as_indexes(_SURROGATE.sub("\x01", s), overlapping=True)

    @staticmethod
    def order(
        found: list[tuple[int, int, int]], by_start: bool = False
    ) -> list[tuple[int, int, int]]:
        """``found`` (from :meth:`unsorted`) sorted in place as :meth:`found` returns it."""
        # pyahocorasick's order: by end, then by start (at one end, the longest key first);
        # two stable sorts on one int each, which allocate no key tuples.
        if by_start:  # the lists built from these come out sorted by start: none to sort
            found.sort(key=_END)
            found.sort(key=_START)
        else:
            found.sort(key=_START)
            found.sort(key=_END)
        return found

    def chunks(
        self, s: str, by_start: bool = False, size: int | None = None
    ) -> Iterator[tuple[int, list[tuple[int, int, int]]]]:
        """:meth:`found` of ``s`` read ``size`` characters at a time, as (offset, matches) with
        the matches' positions relative to ``offset``: the same matches in the same order,
        never more than one chunk's of them alive at once (a hostile page's every overlapping
        match, materialised whole, ran to hundreds of MB).

        By end (the default): chunk ``(lo, hi]`` keeps the matches ending in it, read from
        ``longest - 1`` characters before ``lo`` so a match straddling ``lo`` is whole; the
        chunks follow one another by end, and at one end the order is the chunk's own. With
        ``by_start``: chunk ``[lo, hi)`` keeps the matches starting in it, read to ``longest
        - 1`` characters past ``hi``. A text of ``size`` (default :data:`CHUNK`, read at each
        call so a test can shrink it) characters or fewer is one call."""
        size = size or CHUNK
        n = len(s)
        if n <= size:
            yield 0, self.found(s, by_start)
            return
        over = self.longest - 1 if self.longest else 0
        lo = 0
        while lo < n:
            hi = lo + size if lo + size < n else n
            if by_start:
                top = hi + over if hi + over < n else n
                found = self.found(s[lo:top], True)
                del found[bisect_left(found, hi - lo, key=_START) :]
                yield lo, found
            else:
                base = lo - over if lo > over else 0
                found = self.found(s[base:hi])
                del found[: bisect_right(found, lo - base, key=_END)]
                yield base, found
            lo = hi


_START = itemgetter(1)
_END = itemgetter(2)


@dataclass(slots=True)
class Automata:
    anchors: Automaton
    context: Automaton
    page: Automaton
    words: list[str]  # normalized lexicon terms, for jieba's user dictionary
    max_key: int  # longest key, for slicing around anchors
    #: For each rule (by index), its groups' pool ids: rules whose groups list the same terms
    #: share one pool, so a dense word like 考试 is recorded once per pool, not once per rule.
    pools: list[dict[str, int]]
    anchor_pools: list[int]  # the pool of each rule's anchor group
    anchor_pool_set: frozenset[int]  # the same as a set (anchor and context pools never mix)
    #: (issue 9, session 69, engine1) Terms a rule takes from a segmented set (or writes itself)
    #: that a ``segment: false`` set keeps out of ``words``: still lexicon words to the
    #: segmenter's boundary checks (``Segmenter(kept_out=)``).
    kept_out: frozenset[str] = frozenset()


def _variant_kinds(lex: Lexicon, rule: Rule, group: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, set[str]] = defaultdict(set)
    for name in rule.refs.get(group, ()):
        ts = lex.sets[name]
        for t in ts.terms:
            out[t].update(ts.variants)
    return {t: tuple(sorted(k)) for t, k in out.items()}


def _lists(
    table: dict[str, list[tuple]],
    shape: Callable[[list[tuple]], tuple] = tuple,
    memo: dict[tuple, tuple] | None = None,
) -> tuple[list[str], list[object]]:
    """The table's keys and values as two lists. Values are ``(latin start, latin end,
    shape(entries))``: latin keys match only on latin-word boundaries. Equal values are one
    object: the variants of a term (tens of thousands of keys) share theirs, which keeps the
    detector process small. The table is emptied and cleared (a dict keeps its storage after
    its last pop) and the keys and values go into two lists, not a dict, before the Rust
    automaton is built: its build is the process's peak, and the freed storage is there for
    it to take."""
    shared: dict[tuple, tuple] = {}
    keys: list[str] = []
    values: list[object] = []
    for k in list(table):
        v = table.pop(k)  # emptied as it goes: the build's peak memory is the process's peak
        if k:
            value = ("a" <= k[0] <= "z", "a" <= k[-1] <= "z", shape(v))
            keys.append(k)
            values.append(shared.setdefault(value, value))
    table.clear()
    del shared
    if memo is not None:
        memo.clear()  # the shape's interning table (see _one): not held through the build
    return keys, values


def _make(
    table: dict[str, list[tuple]],
    shape: Callable[[list[tuple]], tuple] = tuple,
    memo: dict[tuple, tuple] | None = None,
    keep_keys: bool = False,
) -> Automaton:
    """:func:`_lists` of the table, built into an automaton."""
    keys, values = _lists(table, shape, memo)
    return Automaton.of(keys, values, keep_keys)


def _anchor_entries(entries: list[tuple], memo: dict[tuple, tuple]) -> tuple:
    """(the model's pack tuples, the rules' (term, variant, pools) groups) of an anchor key:
    split by kind once here, not per match in the scan loop (each list keeps its order)."""
    model = _one(tuple(e[1] for e in entries if e[0] == "m"), memo)
    return model, _grouped([(e[1], e[3], e[4]) for e in entries if e[0] == "r"], memo)


def _context_entries(entries: list[tuple], memo: dict[tuple, tuple]) -> tuple:
    """(rule (term, variant, pools) groups, unless (rule, term), warnings (term)) of a
    context key."""
    rules = _grouped([(e[1], e[3], e[4]) for e in entries if e[0] == "r"], memo)
    unless = _one(tuple((e[1], e[3]) for e in entries if e[0] == "u"), memo)
    warnings = _one(tuple(e[3] for e in entries if e[0] == "c"), memo)
    return rules, unless, warnings


def _one(value: tuple, memo: dict[tuple, tuple]) -> tuple:
    """One object for equal tuples across the keys of an automaton. The variants of a term
    (and every term of one pool) repeat the same pools, groups and pack tuples under tens of
    thousands of keys: 192 distinct pool tuples stood in 41,917 objects, about 4 MB of the
    detector's resident memory (the RSS target is 120 MB). Only tuples of strings, ints and
    such tuples come here, never bools, which would compare equal to 0 and 1."""
    return memo.setdefault(value, value)


def _grouped(
    entries: list[tuple[int, str, str]], memo: dict[tuple, tuple]
) -> tuple[tuple[str, str, tuple[int, ...]], ...]:
    """Entries as (term, variant, pools) groups, so one match object serves every pool of
    the same term; kept one group per entry where grouping would change the order in which
    one pool receives its matches (two terms with one key in one pool). Term and variant sit
    flat in the group: the scan builds each match as ``(start, end, term, variant)``, without
    unpacking a pair into it."""
    groups: dict[tuple[str, str], list[int]] = {}
    for pid, term, vk in entries:
        groups.setdefault((term, vk), []).append(pid)
    flat = [(pid, proto) for proto, pids in groups.items() for pid in pids]
    for pid in {e[0] for e in entries}:
        if [x for q, x in flat if q == pid] != [(t, v) for q, t, v in entries if q == pid]:
            return _one(tuple(_one((t, v, _one((q,), memo)), memo) for q, t, v in entries), memo)
    return _one(
        tuple(_one((t, v, _one(tuple(pids), memo)), memo) for (t, v), pids in groups.items()),
        memo,
    )


def _covered_anchors(model: dict[str, set[str]]) -> set[str]:
    """The model's anchor words that add nothing where they occur: each holds a shorter
    anchor word of the same packs or more (操作证 holds 证), found wherever it is (the same
    latin-word boundaries), so a sentence has its anchors and their packs without them, and
    its first anchor ends no later (the scorer reads sentences by anchor: which sentences,
    their packs and their first anchor). Dense pages meet such words thousands of times per
    megabyte: one match (and one Python step) less each."""
    covered: set[str] = set()
    kept: set[str] = set()
    for key in sorted((k for k in model if k), key=len):
        packs = model[key]
        # only a kept word that occurs in ``key`` can hold it: look up the key's own substrings
        # (a few dozen) instead of testing every kept word (tens of thousands) against it
        inners = {key[i:j] for i in range(len(key)) for j in range(i + 1, len(key) + 1)} & kept
        if any(packs <= model[inner] and _inside(inner, key) for inner in inners):
            covered.add(key)
        else:
            kept.add(key)
    return covered


def _inside(inner: str, key: str) -> bool:
    """True when every match of ``key`` holds a match of ``inner`` that passes the latin-word
    check whenever the match of ``key`` does (``Detector`` skips a latin key running into a
    latin word; a letter of ``key`` itself next to ``inner`` would make ``inner`` skip)."""
    if len(inner) >= len(key):
        return False
    at = key.find(inner)
    while at >= 0:
        end = at + len(inner)
        left = at == 0 or not ("a" <= inner[0] <= "z" and "a" <= key[at - 1] <= "z")
        right = end == len(key) or not ("a" <= inner[-1] <= "z" and "a" <= key[end] <= "z")
        if left and right:
            return True
        at = key.find(inner, at + 1)
    return False


def _key(term: str) -> str:
    """The term's automaton key, the term's own string object when normalizing leaves it as
    it is: the lexicon keeps its terms (composed sets expand to tens of thousands), and an
    equal copy under every key, in the segmenter's words and in its prefixes, stood for
    about 7 MB of the detector's resident memory (120.2 -> 112.7 MB; the target is 120)."""
    key = normalize_term(term)
    return term if key == term else key


def _kept_out(lex: Lexicon, rules: list[Rule], unsegmented: set[str]) -> frozenset[str]:
    """The keys of ``unsegmented`` that some rule group also takes from a segmented set or
    writes itself. (issue 9, session 69, engine1) A ``segment: false`` set keeps its words out
    of the segmenter for every rule, also a word another set teaches (about 250 words today,
    证书, 拿证, 学历 …): teaching those now would recut text the rules have been tuned on. So
    they stay untaught, but they stay the lexicon's words where a boundary check asks for one:
    before, a second set holding a first set's word took that away, and EF-001's 代考维修电工
    (jieba keeps 维修电工 whole) lost its trade 电工 when a new set held 电工 (round 83)."""
    held: set[str] = set()
    for rule in rules:
        for gname, terms in rule.groups.items():
            refs = [lex.sets[name] for name in rule.refs.get(gname, ())]
            listed = {t for ts in refs for t in ts.terms}
            held.update(t for t in terms if t not in listed)  # written in the rule itself
            for ts in refs:
                if ts.segment:
                    held.update(ts.terms)
    return frozenset(k for k in map(normalize_term, held) if k in unsegmented)


def build_automata(
    lex: Lexicon,
    rules: list[Rule],
    keep_keys: bool = False,
    dump: Callable[[tuple], None] | None = None,
) -> Automata:
    """Entries are ``(kind, pool id / rule index / role, weight, term, variant kind)``.
    ``keep_keys``: the automata keep their key strings (``Automaton.keys``), for tests and
    benchmarks that read them; the detector's own do not. ``dump`` receives the build as
    plain data before the automata are built from it (the build cache, :func:`cached_automata`):
    the three automata's (keys, values), the words, the longest key, the pools, the anchor
    pools and the kept-out words."""
    anchors: dict[str, list[tuple]] = defaultdict(list)
    context: dict[str, list[tuple]] = defaultdict(list)
    page: dict[str, list[tuple]] = defaultdict(list)
    words: list[str] = []
    unsegmented = {
        normalize_term(t) for ts in lex.sets.values() if not ts.segment for t in ts.terms
    }
    kept_out = _kept_out(lex, rules, unsegmented)
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
                key = _key(term)
                table[key].append(("r", pid, "", term, ""))
                if key not in unsegmented:
                    words.append(key)
                # one entry per variant kind, shared by that kind's variants: tens of
                # thousands of equal tuples were most of the build's transient peak
                entry: dict[str, tuple] = {}
                for v, vk in variants(key, kinds.get(term, ())):
                    if joins_spelled(v):  # 电工zheng: normalized text reads 电工证, never this
                        continue
                    e = entry.get(vk)
                    if e is None:
                        e = entry[vk] = ("r", pid, "", term, vk)
                    table[v].append(e)
    model: dict[str, set[str]] = defaultdict(set)
    for pack, terms in lex.anchors.items():
        for term in terms:
            model[_key(term)].add(pack)
    covered = _covered_anchors(model)
    for key, packs in model.items():
        if key and key not in covered:  # never a segmentation word: these only say where
            anchors[key].append(("m", tuple(sorted(packs)), "", key, ""))  # the model reads
    for ri, rule in enumerate(rules):
        for term in rule.unless:
            context[_key(term)].append(("u", ri, "", term, ""))
    for ts in lex.sets.values():
        table = {"warning": context, "notice": page, "news": page}.get(ts.role)
        if table is not None:
            for term in ts.terms:
                table[_key(term)].append(("c", ts.role, ts.weight, term, ""))
    release_variant_data()  # the readings and homophones: not needed after the build
    # The build-only tables go before the Rust automata are built (the first, the anchors',
    # is the process's peak): the pool keys hold every (term, variant kinds) pair of every
    # group (about 5 MB of tuples), the model's anchor words and their packs about 2 MB more.
    del pool_ids, model, covered, unsegmented
    max_key = max(len(k) for t in (anchors, context, page) for k in t)
    memo: dict[tuple, tuple] = {}
    if dump is not None:  # every table's lists first, then the dump, then the automata
        lists = (
            _lists(anchors, partial(_anchor_entries, memo=memo), memo),
            _lists(context, partial(_context_entries, memo=memo), memo),
            _lists(page),
        )
        plain = (lists, words, max_key, pools, anchor_pools, tuple(sorted(kept_out)))
        dump(plain)
        del plain
        return _of_lists(lists, words, max_key, pools, anchor_pools, kept_out)
    return Automata(
        anchors=_make(anchors, partial(_anchor_entries, memo=memo), memo, keep_keys),
        context=_make(context, partial(_context_entries, memo=memo), memo, keep_keys),
        page=_make(page, keep_keys=keep_keys),
        words=words,
        max_key=max_key,
        pools=pools,
        anchor_pools=anchor_pools,
        anchor_pool_set=frozenset(anchor_pools),
        kept_out=kept_out,
    )


def _build_inputs(lex: Lexicon, rules: list[Rule]) -> tuple[object, ...]:
    """Everything of ``lex`` and ``rules`` that :func:`build_automata` reads, as plain data
    (the build cache's name is made from it: :func:`lexicon.buildcache.digest`)."""
    return (
        [(r.id, anchor_group(r), r.groups, r.refs, tuple(r.unless)) for r in rules],
        [
            (ts.name, tuple(ts.terms), tuple(ts.variants), ts.segment, ts.role, ts.weight)
            for ts in lex.sets.values()
        ],
        lex.anchors,
    )


def cached_automata(lex: Lexicon, rules: list[Rule]) -> Automata:
    """:func:`build_automata` (the detector's, without keys), read from the build cache
    (:mod:`lexicon.buildcache`) when the same build was written there before: generating and
    grouping the variants is most of a process's detector build (about 5 s of CPU on a slow
    core), the Rust automata built from the stored keys a tenth of that."""
    from lexicon import buildcache
    from lexicon.segment import dictionary_path

    # the variants' common-word check reads jieba's dictionary
    name = buildcache.digest("automata", _build_inputs(lex, rules), files=(dictionary_path(),))
    got = buildcache.load(name)
    if got is not None:
        try:
            return _from_cache(got, lex)
        except (TypeError, ValueError, IndexError, KeyError):
            pass  # not the shape this code writes: build as if it were absent

    def dump(plain: tuple) -> None:
        buildcache.store(name, (_strings(plain[0], plain[1]), *plain))

    return build_automata(lex, rules, dump=dump)


def _strings(tables: tuple[tuple[list[str], list[object]], ...], words: list[str]) -> list[str]:
    """Every string object of the values and words, once: stored first, so that after a
    read the lexicon's terms can be made these same objects (:func:`_share_terms`)."""
    seen: dict[int, str] = {}
    done: set[int] = set()
    stack: list[object] = [v for _, values in tables for v in values]
    stack.extend(words)
    while stack:
        obj = stack.pop()
        if type(obj) is str:
            seen.setdefault(id(obj), obj)
        elif type(obj) is tuple and id(obj) not in done:
            done.add(id(obj))
            stack.extend(obj)
    return list(seen.values())


def _share_terms(lex: Lexicon, strings: list[str]) -> None:
    """Make the lexicon's terms the stored strings they equal. Built, the automata's values
    and the segmenter's words are the lexicon's own term objects (the memory the build takes
    care to share, see :func:`_key`); read back, they are the stored copies, and the lexicon's
    equal strings beside them were some 9 MB more of the detector's resident memory (the
    target is 120 MB). The lexicon is made to hold the stored ones instead: the same values,
    one object each, and its own copies freed."""
    canon = {s: s for s in strings}
    get = canon.get
    done: dict[int, tuple[str, ...]] = {}

    def shared(terms: tuple[str, ...]) -> tuple[str, ...]:
        got = done.get(id(terms))
        if got is None:
            got = done[id(terms)] = tuple(get(t, t) for t in terms)
        return got

    keep = [ts.terms for ts in lex.sets.values()]  # ids stay valid while ``done`` is in use
    for ts in lex.sets.values():
        object.__setattr__(ts, "terms", shared(ts.terms))
    for rule in lex.rules:
        keep.append(rule.unless)
        keep.extend(rule.groups.values())
        for g, terms in rule.groups.items():
            rule.groups[g] = shared(terms)
        object.__setattr__(rule, "unless", shared(rule.unless))
    keep.extend(lex.anchors.values())
    lex.anchors = {pack: shared(terms) for pack, terms in lex.anchors.items()}
    del keep


def _from_cache(got: object, lex: Lexicon) -> Automata:
    strings, lists, words, max_key, pools, anchor_pools, kept_out = got  # type: ignore[misc]
    _share_terms(lex, strings)
    del strings
    return _of_lists(lists, list(words), int(max_key), list(pools), list(anchor_pools), kept_out)


def _of_lists(
    lists: tuple[tuple[list[str], list[object]], ...],
    words: list[str],
    max_key: int,
    pools: list[dict[str, int]],
    anchor_pools: list[int],
    kept_out: Iterable[str],
) -> Automata:
    """The automata of the tables' (keys, values), each table's keys let go once built
    (the detector keeps no keys)."""
    built = []
    for keys, values in lists:
        built.append(Automaton.of(keys, values))
        keys.clear()
    anchors, context, page = built
    return Automata(
        anchors=anchors,
        context=context,
        page=page,
        words=words,
        max_key=max_key,
        pools=pools,
        anchor_pools=anchor_pools,
        anchor_pool_set=frozenset(anchor_pools),
        kept_out=frozenset(kept_out),
    )
