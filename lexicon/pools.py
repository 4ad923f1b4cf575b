"""The rules' anchor and context passes over a domain-dense source as arrays (numpy).

On a page about certificates the two automata meet a term every few characters: the anchor
and context passes turned each hit into a :class:`~lexicon.matches.Match` one Python step at a
time and appended it to about 3.5 word pools (some 275,000 appends per MB), which was about
four tenths of the detector's time on such text (sessions 41 and 54). Here the same passes run
on arrays: every hit's key index, start and end come out of the automaton as one array, the
key's contributions (pools, unless words, warning words, the learned scorer's packs) are
flattened once per detector into tables indexed by the key's value, and a page's hits are
expanded, filtered for the running rules and sorted into pools by a few numpy calls. Only the
few hits of latin keys (a word-boundary check on the text) and one-character scorer anchors
(:class:`lexicon.masks.NotAnchors`) still take a Python step each.

The result is exactly what the per-match loop in :meth:`lexicon.detector.Detector._rules_pass`
gives -- the same matches in every pool, unless list and warning list, in the same order, the
same context windows and scorer anchors -- and that loop stays for sparse sources, where a
handful of hits does not pay for the arrays' fixed cost (about 30 numpy calls a source).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from itertools import chain, pairwise

import numpy as np

from lexicon import automata
from lexicon.automata import Automata, Automaton
from lexicon.matches import Match, Pool

__all__ = ["Part", "PoolTables", "Pools"]


#: ``Match`` from a ``(start, end, term, variant)`` tuple without a Python frame (``map`` over
#: ``zip``: the whole pool is built in C).
_MATCH = partial(tuple.__new__, Match)

#: One pool's (or unless or warning list's) matches: starts, ends and (term, variant) ids.
Part = tuple[list[int], list[int], list[int]]


def _csr(rows: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    """Offsets and counts of ``rows`` laid end to end (compressed rows)."""
    counts = np.fromiter((len(r) for r in rows), dtype=np.intp, count=len(rows))
    offsets = np.zeros(len(rows), dtype=np.intp)
    if len(rows) > 1:
        np.cumsum(counts[:-1], out=offsets[1:])
    return offsets, counts


def _unique(a: np.ndarray) -> np.ndarray:
    """``np.unique(a)`` of a 1-D integer array (its values, sorted, once each), without
    ``np.unique``: since numpy 2.3 that asks ``np.ma.is_masked`` first, and importing
    ``numpy.ma`` on the first dense source put about 6 MB of module objects into every detector
    process (benchmarks/lexicon.py's RSS, target 120 MB) (issue 9, session 66, mem1)."""
    a = np.sort(a)
    if len(a) < 2:
        return a
    first = np.empty(len(a), dtype=bool)
    first[0] = True
    np.not_equal(a[1:], a[:-1], out=first[1:])
    return a[first]


def _flat(rows: list[list[int]]) -> np.ndarray:
    return np.fromiter(chain.from_iterable(rows), dtype=np.intp)


def _expand(
    idx: np.ndarray, offsets: np.ndarray, counts: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """For rows ``idx`` (one per hit), the hit of each of their entries and the entry's flat
    position, in hit order and, within a hit, in the row's order. Index arrays are ``intp``
    throughout, and gathers are ``take``: numpy's fast path, no casting of the indices."""
    cnt = counts.take(idx)
    hit = np.repeat(np.arange(len(idx)), cnt)
    if not len(hit):
        return hit, hit
    # the entry's flat position: its row's offset plus its rank within the hit
    shift = offsets.take(idx) - (np.cumsum(cnt) - cnt)
    return hit, np.arange(len(hit)) + shift.take(hit)


def _array(found: list[tuple[int, int, int]]) -> np.ndarray:
    """Automaton hits as an n x 3 array of key index, start, end."""
    arr = np.fromiter(chain.from_iterable(found), dtype=np.intp, count=3 * len(found))
    return arr.reshape(-1, 3)


def _hits(auto: Automaton, s: str, by_start: bool) -> Iterator[tuple[int, np.ndarray]]:
    """The automaton's hits of ``s`` as (offset, array), in any order: one unsorted call for a
    text of one chunk (the arrays are ordered by numpy, not the tuples by Python), else
    :meth:`Automaton.chunks` (bounded lists on a huge page)."""
    if len(s) <= automata.CHUNK:
        yield 0, _array(auto.unsorted(s))
        return
    for base, found in auto.chunks(s, by_start):
        yield base, _array(found)


class _Table:
    """One automaton's values flattened, for the keys pages have met: each met key's slot;
    per slot its latin flags and compressed rows of its entries (pools with their (term,
    variant) ids; unless (rule, term id); warning term ids; the scorer's pack tuples). Rows
    are added as pages meet keys (a dense page meets a few hundred of the tens of thousands,
    variants mostly never): flattening every value up front held some 7 MB for the process's
    life and peaked near 40 MB while it ran (the detector's budget is 120 MB)."""

    def __init__(
        self,
        values: list[object],
        anchors: bool,
        protos: dict[tuple[str, str], int],
        terms: list[str],
        variants: list[str],
    ) -> None:
        self._values = values
        self._anchors = anchors
        self._protos = protos
        self._terms = terms
        self._variants = variants
        self.slot = np.full(len(values), -1, dtype=np.int32)  # key -> slot, -1 not yet met
        self.tuples: list[tuple[str, ...]] = []  # the scorer's pack tuples, by id
        self._tuple_ids: dict[tuple[str, ...], int] = {}
        self._flags: list[int] = []
        self._cols: dict[str, list[int]] = {
            c: []
            for c in (
                "pool_cnt", "pool_pid", "pool_proto", "unl_cnt", "unl_ri", "unl_term",
                "extra_cnt", "extra",
            )
        }  # fmt: skip
        self._refresh()

    def _proto(self, term: str, variant: str) -> int:
        i = self._protos.get((term, variant))
        if i is None:
            i = self._protos[(term, variant)] = len(self._terms)
            self._terms.append(term)
            self._variants.append(variant)
        return i

    def _add(self, key: int) -> None:
        """Key ``key``'s row, in the order the per-match loop reads its value."""
        latin_a, latin_b, parts = self._values[key]  # type: ignore[misc]
        c = self._cols
        self.slot[key] = len(self._flags)
        self._flags.append(bool(latin_a) | (bool(latin_b) << 1))
        if self._anchors:
            model, groups = parts
            unl: tuple = ()
            extra = [self._tuple_ids.setdefault(p, len(self._tuple_ids)) for p in model]
            if len(self._tuple_ids) > len(self.tuples):
                self.tuples = list(self._tuple_ids)
        else:
            groups, unl, warn = parts
            extra = [self._proto(t, "") for t in warn]
        n = 0
        for term, variant, pids in groups:
            proto = self._proto(term, variant)
            for pid in pids:
                c["pool_pid"].append(pid)
                c["pool_proto"].append(proto)
                n += 1
        c["pool_cnt"].append(n)
        c["unl_cnt"].append(len(unl))
        for ri, term in unl:
            c["unl_ri"].append(ri)
            c["unl_term"].append(self._proto(term, ""))
        c["extra_cnt"].append(len(extra))
        c["extra"].extend(extra)

    def _refresh(self) -> None:
        c = {k: np.array(v, dtype=np.intp) for k, v in self._cols.items()}
        self.flags = np.array(self._flags, dtype=np.int8)
        self.pool_cnt, self.pool_pid, self.pool_proto = (
            c["pool_cnt"],
            c["pool_pid"],
            c["pool_proto"],
        )
        self.unl_cnt, self.unl_ri, self.unl_term = c["unl_cnt"], c["unl_ri"], c["unl_term"]
        self.extra_cnt, self.extra = c["extra_cnt"], c["extra"]
        self.pool_off = np.cumsum(self.pool_cnt) - self.pool_cnt
        self.unl_off = np.cumsum(self.unl_cnt) - self.unl_cnt
        self.extra_off = np.cumsum(self.extra_cnt) - self.extra_cnt

    def vids(self, key: np.ndarray) -> np.ndarray:
        """The slots of hits' keys, rows added first for keys not met before."""
        vid = self.slot.take(key)
        if len(vid) and vid.min() < 0:
            for k in _unique(key[vid < 0]).tolist():
                self._add(k)
            self._refresh()
            vid = self.slot.take(key)
        return vid.astype(np.intp)


def _split(keys: np.ndarray, *cols: np.ndarray) -> dict[int, tuple[list[int], ...]]:
    """Rows of ``cols`` grouped by ``keys`` (already sorted by key), as lists per key."""
    out: dict[int, tuple[list[int], ...]] = {}
    if not len(keys):
        return out
    cut = np.flatnonzero(keys[1:] != keys[:-1]) + 1
    bounds = [0, *cut.tolist(), len(keys)]
    lists = [c.tolist() for c in cols]
    for a, b, k in zip(bounds, bounds[1:], keys[np.array(bounds[:-1])].tolist(), strict=False):
        out[k] = tuple(col[a:b] for col in lists)
    return out


class _Lists:
    """(issue 9, session 68, speed11) :func:`_split` read one key at a time, on demand: rows of
    ``cols`` grouped by ``keys`` (sorted), each key's lists made the first time ``get`` asks
    for it, as :func:`_split` makes them. The running rules' unless lists were all made for
    every domain-dense source (917 rules, some 34,000 rows a MB), where about half the rules
    find a candidate to judge and ask for theirs (:meth:`lexicon.detector.Detector._fire`)."""

    __slots__ = ("_cols", "_spans")

    def __init__(self, keys: np.ndarray, *cols: np.ndarray) -> None:
        self._spans: dict[int, tuple[int, int]] = {}
        if len(keys):
            cut = np.flatnonzero(keys[1:] != keys[:-1]) + 1
            bounds = [0, *cut.tolist(), len(keys)]
            heads = keys.take(bounds[:-1]).tolist()
            self._spans = dict(zip(heads, pairwise(bounds), strict=True))
        self._cols = cols

    def get(self, key: int, default: Part) -> Part:
        """Key ``key``'s lists, or ``default`` where it has no row."""
        span = self._spans.get(key)
        if span is None:
            return default
        a, b = span
        return tuple(c[a:b].tolist() for c in self._cols)  # type: ignore[return-value]


class Pools:
    """A source's pools by pool id, each a :class:`Pool` made the first time a rule asks for
    it (``get``). On domain-dense pages most pools with hits belong to no rule whose groups
    all have hits (session 55: of 1,910 pools a MB, 183,201 entries, the rules' combination
    searches read one in eight): their entries stay in the arrays, never turned into lists."""

    __slots__ = ("_cols", "_made", "_spans", "_terms", "_variants")

    def __init__(
        self,
        keys: np.ndarray,
        starts: np.ndarray,
        ends: np.ndarray,
        protos: np.ndarray,
        terms: list[str],
        variants: list[str],
    ) -> None:
        """``keys``: each entry's pool id, sorted; the other columns in the same order."""
        self._spans: dict[int, tuple[int, int]] = {}
        if len(keys):
            cut = np.flatnonzero(keys[1:] != keys[:-1]) + 1
            bounds = [0, *cut.tolist(), len(keys)]
            heads = keys.take(bounds[:-1]).tolist()
            self._spans = dict(zip(heads, pairwise(bounds), strict=True))
        self._cols = (starts, ends, protos)
        self._terms = terms
        self._variants = variants
        self._made: dict[int, Pool] = {}

    def __contains__(self, pid: object) -> bool:
        return pid in self._spans

    def __len__(self) -> int:
        return len(self._spans)

    def __getitem__(self, pid: int) -> Pool:
        pool = self.get(pid)
        if pool is None:
            raise KeyError(pid)
        return pool

    def get(self, pid: int) -> Pool | None:
        """Pool ``pid``, or None when the source has no entry of it."""
        pool = self._made.get(pid)
        if pool is None:
            span = self._spans.get(pid)
            if span is None:
                return None
            a, b = span
            starts, ends, protos = self._cols
            pool = self._made[pid] = Pool(
                starts[a:b].tolist(),
                ends[a:b].tolist(),
                protos[a:b].tolist(),
                self._terms,
                self._variants,
            )
        return pool


_EMPTY = np.zeros(0, dtype=np.intp)
_NO_POOLS = Pools(_EMPTY, _EMPTY, _EMPTY, _EMPTY, [], [])


class PoolTables:
    """The two automata's values as arrays, built on a detector's first dense source."""

    def __init__(self, auto: Automata, n_rules: int) -> None:
        protos: dict[tuple[str, str], int] = {}
        self._auto = auto
        #: (term, variant) by id, grown as pages meet keys (the pools read them by id)
        self.terms: list[str] = []
        self.variants: list[str] = []
        self.anchors = _Table(auto.anchors.values, True, protos, self.terms, self.variants)
        self.context = _Table(auto.context.values, False, protos, self.terms, self.variants)
        self.n_pools = 1 + max((p for ps in auto.pools for p in ps.values()), default=0)
        self.n_rules = n_rules
        self._live: dict[frozenset[str], tuple[np.ndarray, np.ndarray]] = {}

    @staticmethod
    def groups(ids: dict[str, int], anchor: Pools, context: Pools) -> dict[str, Pool] | None:
        """A rule's pools by group (``ids``: group -> pool id), each from the anchor pass's
        pools or else the context pass's; None, and no pool made, when a group has no entry.
        (issue 9, session 67, speed7) Read off the two sources' spans directly: the membership
        tests and lookups through ``Pools`` were four Python calls a group, 1.5 % of the scan
        on domain-dense pages."""
        aspans, cspans = anchor._spans, context._spans
        for pid in ids.values():
            if pid not in aspans and pid not in cspans:
                return None
        out: dict[str, Pool] = {}
        for g, pid in ids.items():
            source = anchor if pid in aspans else context
            pool = source._made.get(pid)
            out[g] = pool if pool is not None else source.get(pid)  # type: ignore[assignment]
        return out

    def matches(self, part: Part, bare: bool = False) -> list[Match]:
        """The ``Match`` objects of one pool or list, built in C (``bare``: variant "", as
        unless and warning matches are recorded)."""
        starts, ends, protos = part
        terms = self.terms
        variants = [""] * len(protos) if bare else [self.variants[p] for p in protos]
        terms_of = [terms[p] for p in protos]
        return list(map(_MATCH, zip(starts, ends, terms_of, variants, strict=True)))

    def _pools(
        self, pid: np.ndarray, start: np.ndarray, end: np.ndarray, proto: np.ndarray
    ) -> Pools:
        """Pool entries (sorted by pool id) as each pool's :class:`Pool`, made when a rule
        asks for it (:class:`Pools`): positions and term ids only, the ``Match`` objects made
        as the combination search asks for them."""
        return Pools(pid, start, end, proto, self.terms, self.variants)

    def live(self, active: frozenset[str], rule_packs: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """The anchor pools of the active packs' rules, and the scorer pack tuples that hold
        an active pack (as :meth:`lexicon.steps.ScanPlans.anchor_steps` cuts them)."""
        got = self._live.get(active)
        known = self.anchors.tuples
        if got is None or len(got[1]) != len(known):  # new pack tuples met since
            if got is None:
                pools = np.zeros(self.n_pools, dtype=bool)
                for pack, pid in zip(rule_packs, self._auto.anchor_pools, strict=True):
                    if pack in active:
                        pools[pid] = True
            else:
                pools = got[0]
            tuples = np.array([not active.isdisjoint(p) for p in known], dtype=bool)
            got = self._live[active] = (pools, tuples)
        return got

    def anchor_pass(
        self,
        s: str,
        found: list[tuple[int, int, int]] | None,
        active: frozenset[str],
        rule_packs: list[str],
        not_anchor: Callable[[str, int], bool] | None,
        pad: int,
        model_anchors: list[tuple[int, tuple[str, ...]]],
    ) -> tuple[Pools, list[list[int]]]:
        """The anchor pass: the anchor pools (by start), the merged context windows; the
        scorer's anchors are appended to ``model_anchors``. ``found``: the automaton's hits of
        a one-chunk source, already read, in any order (else the source is read chunk by
        chunk, each chunk's hits an array as soon as it is read: 24 bytes a hit, not a
        tuple's 80)."""
        if found is not None:
            parts = [(0, _array(found))]
        else:
            parts = list(_hits(self._auto.anchors, s, False))
        key, start, end = _columns(parts)
        t = self.anchors
        vid = t.vids(key)
        keep = _latin_ok(s, t.flags.take(vid), start, end, None, None)
        if keep is not None:
            vid, start, end = vid[keep], start[keep], end[keep]
        live_pools, live_tuples = self.live(active, rule_packs)
        # the scorer's anchors, by end, then start (the automaton's order), each hit's pack
        # tuples in their order
        at = np.flatnonzero(t.extra_cnt.take(vid))
        hit, flat = _expand(vid.take(at), t.extra_off, t.extra_cnt)
        hit = at.take(hit)
        tup = t.extra.take(flat)
        keep = live_tuples.take(tup)
        hit, tup = hit[keep], tup[keep]
        if len(hit):
            hs, he = start.take(hit), end.take(hit)
            if not_anchor is not None:
                one = np.flatnonzero(he - hs == 1)
                if len(one):
                    drop = [not_anchor(s, a) for a in hs.take(one).tolist()]
                    if any(drop):
                        keep = np.ones(len(hit), dtype=bool)
                        keep[one[np.array(drop, dtype=bool)]] = False
                        hs, he, tup = hs[keep], he[keep], tup[keep]
            order = np.lexsort((hs, he))
            tuples = t.tuples
            model_anchors.extend(
                zip(
                    (he.take(order) - 1).tolist(),
                    [tuples[i] for i in tup.take(order).tolist()],
                    strict=True,
                )
            )
        # the rules' pools
        hit, flat = _expand(vid, t.pool_off, t.pool_cnt)
        pid = t.pool_pid.take(flat)
        keep = live_pools.take(pid)
        hit, pid, proto = hit[keep], pid[keep], t.pool_proto.take(flat[keep])
        if not len(hit):
            return _NO_POOLS, []
        # windows around the hits that anchor a running rule, merged where they touch
        # (issue 9, session 66, speed4) ``hit`` comes sorted (``_expand`` gives hits in order and
        # the mask keeps it): its distinct values are where it changes, one comparison each;
        # ``np.unique`` sorted it again (about 0.2 ms a dense page, 1.5 % of the scan)
        anchored = _distinct(hit)
        lo = start.take(anchored) - pad
        hi = end.take(anchored) + pad
        order = np.argsort(lo, kind="stable")
        lo, hi = lo.take(order), hi.take(order)
        reach = np.maximum.accumulate(hi)
        new = np.ones(len(lo), dtype=bool)
        new[1:] = lo[1:] > reach[:-1]
        first = np.flatnonzero(new)
        last = np.append(first[1:] - 1, len(lo) - 1)
        windows = [
            list(w) for w in zip(lo.take(first).tolist(), reach.take(last).tolist(), strict=True)
        ]
        # pools by start, then end (the automaton's order at one start), then the key's own
        # order (a hit's entries stay in their order: the sort is stable)
        hs, he = start.take(hit), end.take(hit)
        order = np.lexsort((he, hs, pid))
        pools = self._pools(pid.take(order), hs.take(order), he.take(order), proto.take(order))
        return pools, windows

    def context_pass(
        self, s: str, windows: list[list[int]], pools: set[int], rules: tuple[int, ...]
    ) -> tuple[Pools, dict[int, Part] | _Lists, Part]:
        """The context pass over ``windows``: the context ``pools`` the running ``rules`` read
        (by start, then end, as found), those rules' unless matches (by rule, then end; read
        with ``get(rule, default)``) and the warning matches (by end)."""
        t = self.context
        read = np.zeros(self.n_pools, dtype=bool)
        read[list(pools)] = True
        running = np.zeros(self.n_rules, dtype=bool)
        running[list(rules)] = True
        parts, bounds = [], []
        whole = len(s)
        for lo, hi in windows:
            lo = lo if lo > 0 else 0
            hi = hi if hi < whole else whole
            for base, arr in _hits(self._auto.context, s[lo:hi], True):
                if len(arr):
                    parts.append((base + lo, arr))
                    bounds.append((lo, hi, len(arr)))
        empty: Part = ([], [], [])
        if not parts:
            return _NO_POOLS, {}, empty
        key, start, end = _columns(parts)
        # by start, then end: the windows are apart and in order, so this is the loop's order
        order = np.lexsort((end, start))
        key, start, end = key.take(order), start.take(order), end.take(order)
        vid = t.vids(key)
        flags = t.flags.take(vid)
        if flags.any():
            wlo = np.repeat([b[0] for b in bounds], [b[2] for b in bounds]).take(order)
            whi = np.repeat([b[1] for b in bounds], [b[2] for b in bounds]).take(order)
            keep = _latin_ok(s, flags, start, end, wlo, whi)
            if keep is not None:
                vid, start, end = vid[keep], start[keep], end[keep]
        # pools: as found, then grouped by pool (stable)
        hit, flat = _expand(vid, t.pool_off, t.pool_cnt)
        pid = t.pool_pid.take(flat)
        keep = read.take(pid)
        hit, pid, proto = hit[keep], pid[keep], t.pool_proto.take(flat[keep])
        order = np.argsort(pid, kind="stable")
        hit = hit.take(order)
        pools = self._pools(pid.take(order), start.take(hit), end.take(hit), proto.take(order))
        # unless words of the running rules: grouped by rule, each by end (stable)
        at = np.flatnonzero(t.unl_cnt.take(vid))
        unless: dict[int, Part] | _Lists = {}
        if len(at):
            hit, flat = _expand(vid.take(at), t.unl_off, t.unl_cnt)
            hit = at.take(hit)
            ri = t.unl_ri.take(flat)
            keep = running.take(ri)
            hit, ri, term = hit[keep], ri[keep], t.unl_term.take(flat[keep])
            he = end.take(hit)
            order = np.lexsort((he, ri))
            unless = _Lists(
                ri.take(order), start.take(hit.take(order)), he.take(order), term.take(order)
            )
        # warning words: by end (stable)
        at = np.flatnonzero(t.extra_cnt.take(vid))
        warnings = empty
        if len(at):
            hit, flat = _expand(vid.take(at), t.extra_off, t.extra_cnt)
            hit = at.take(hit)
            term = t.extra.take(flat)
            he = end.take(hit)
            order = np.argsort(he, kind="stable")
            hit = hit.take(order)
            warnings = (
                start.take(hit).tolist(),
                he.take(order).tolist(),
                term.take(order).tolist(),
            )
        return pools, unless, warnings  # type: ignore[return-value]


def _distinct(sorted_ids: np.ndarray) -> np.ndarray:
    """``np.unique`` of an array already sorted: the first of each run of equal values."""
    if len(sorted_ids) < 2:
        return sorted_ids.copy()
    first = np.empty(len(sorted_ids), dtype=bool)
    first[0] = True
    np.not_equal(sorted_ids[1:], sorted_ids[:-1], out=first[1:])
    return sorted_ids[first]


def _columns(parts: list[tuple[int, np.ndarray]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Key indices, starts and ends of (offset, hits) arrays, positions shifted by offset."""
    if len(parts) == 1:
        base, arr = parts[0]
        return arr[:, 0], arr[:, 1] + base, arr[:, 2] + base
    return (
        np.concatenate([a[:, 0] for _b, a in parts]),
        np.concatenate([a[:, 1] + b for b, a in parts]),
        np.concatenate([a[:, 2] + b for b, a in parts]),
    )


def _latin_ok(
    s: str,
    flags: np.ndarray,
    start: np.ndarray,
    end: np.ndarray,
    wlo: np.ndarray | None,
    whi: np.ndarray | None,
) -> np.ndarray | None:
    """Which hits to keep: False for a latin key's hit that runs on into a latin word, read
    within the hit's window (``wlo``/``whi``; the whole text without them); None when every
    hit stays. A Python step only for latin keys' hits, which Chinese text seldom has."""
    at = np.flatnonzero(flags)
    if not len(at):
        return None
    size = len(s)
    los = wlo.take(at).tolist() if wlo is not None else [0] * len(at)
    his = whi.take(at).tolist() if whi is not None else [size] * len(at)
    ok = np.ones(len(flags), dtype=bool)
    gone = False
    for j, f, a, b, wa, wb in zip(
        at.tolist(),
        flags.take(at).tolist(),
        start.take(at).tolist(),
        end.take(at).tolist(),
        los,
        his,
        strict=True,
    ):
        if (f & 1 and a > wa and "a" <= s[a - 1] <= "z") or (
            f & 2 and b < wb and "a" <= s[b] <= "z"
        ):
            ok[j] = False
            gone = True
    return ok if gone else None
