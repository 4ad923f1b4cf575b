"""A window rule's combinations: one match per term group, all within the rule's window.

Partners are found by binary search over each group's matches sorted by start; the costly
check (jieba word boundaries around short Chinese terms and generated variants) runs only on
a pivot that has partners in every group, and then on its partners nearest first.
"""

from __future__ import annotations

import bisect
import re

from lexicon import recache
from lexicon.matches import Match, Pool, bounds, first
from lexicon.normalize import Normalized, normalize_term
from lexicon.posts import asks
from lexicon.rules import Lexicon, Rule
from lexicon.segment import NOT_EXAMS, Segmenter
from lexicon.stance import _refused_echo_reads

__all__ = ["Combiner"]

#: (issue 9, session 66, lawful2) A person's own papers ending in 证, read when a spaced-out line
#: cuts them up (身 份 证): no certificate a rule sells.
_OWN_PAPERS = frozenset({"身份证", "居住证", "暂住证", "结婚证", "出生证"})
#: The separators a spaced-out line puts between its characters.
_SPACES = frozenset(" \u3000\t")

_MAX_PER_RULE = 5
#: Sentence ends a combination may span: parts in one sentence or two adjacent ones (电工证培训。
#: 包过！). Commas are free. On listing pages this keeps one item's words from pairing with the
#: next item's (their titles sit several lines apart).
_MAX_BOUNDARIES = 1
#: Signature and title brackets a generated variant never spans (see ``_boundary_ok``).
_BRACKETS = recache.compile("[【】〖〗]")
#: Chinese numerals: a price term (两千) whose number runs on (两千八, 一千五) is still the price;
#: jieba makes 一千五 one word, so the boundary check alone would drop the magnitude.
_NUMERALS = frozenset("零一二两三四五六七八九十百千万")


def _echoed(echoes: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the match ``start:end`` lies inside one of the refused echoes' spans."""
    return any(a <= start and end <= b for a, b in echoes)


class _PackTerms(dict):  # type: ignore[type-arg]
    """Terms normalized once while one pack's words are computed: the pack's groups share
    most of their terms (special-ops: 77,000 terms in its groups, 21,000 distinct), and one
    string object per normalized term is what the build cache writes once and reads back
    shared."""

    def __missing__(self, term: str) -> str:
        got = self[term] = normalize_term(term)
        return got


def _pack_ends_of(rules: list[Rule], terms: _PackTerms) -> dict[str, frozenset[str]]:
    """:meth:`Combiner._pack_ends` of the pack whose ``rules`` are given."""
    acc: dict[str, set[str]] = {}
    for r in rules:
        for ts in r.groups.values():
            names = {terms[t] for t in ts}
            for c in (t for t in names if len(t) == 1):
                acc.setdefault(c, set()).update(t for t in names if len(t) > 1 and t.endswith(c))
    return {c: frozenset(v) for c, v in acc.items()}


def _kin_names_of(own: frozenset[str], ends: dict[str, frozenset[str]]) -> frozenset[str]:
    """:meth:`Combiner._kin_names` for a rule's normalized terms ``own``."""
    singles = {t for t in own if len(t) == 1}
    if not singles:
        return frozenset()
    kin: set[str] = set()
    for c in singles:
        kin.update(ends.get(c, ()))
    return frozenset(kin)


def _rule_words_of(
    rule: Rule, terms: _PackTerms, ends: dict[str, frozenset[str]]
) -> frozenset[str]:
    """:meth:`Combiner._rule_words` computed: ``ends`` are the rule's pack's."""
    own = frozenset(terms[t] for ts in rule.groups.values() for t in ts)
    singles = {t for t in own if len(t) == 1}
    words = frozenset(
        t
        for t in own
        if len(t) > 1 and (any(c in singles for c in t) or any(c.isdigit() for c in t))
    )
    return words | _kin_names_of(own, ends)


def _is_pack_words(got: object, rules: list[Rule]) -> bool:
    """Whether ``got`` has the shape :meth:`Combiner._pack_words` stores for ``rules``: a
    pair (ends: str -> frozenset, words: rule id -> frozenset) naming every rule."""
    if not (isinstance(got, tuple) and len(got) == 2):
        return False
    ends, words = got
    if not (isinstance(ends, dict) and isinstance(words, dict)):
        return False
    if any(r.id not in words for r in rules):
        return False
    return all(type(v) is frozenset for v in ends.values()) and all(
        type(v) is frozenset for v in words.values()
    )


class Combiner:
    """Finds the rules' combinations in a source; built once per detector."""

    def __init__(self, lex: Lexicon, seg: Segmenter, max_key: int) -> None:
        """``max_key``: the longest automaton key (a match may start that far before a
        window's edge and still reach into it)."""
        self.lex = lex
        self._seg = seg
        self._max_key = max_key
        self._containers: dict[str, frozenset[str]] = {}
        self._kin_ends: dict[str, dict[str, frozenset[str]]] = {}
        #: Each pack's rules' words once read or computed (:meth:`_pack_words`).
        self._loaded: dict[str, dict[str, frozenset[str]]] = {}
        #: Terms whose tail is an everyday word (a set's ``runs_on``): term -> the words that,
        #: following a match, take its tail (叉车卡住, 电工资格审查); checked at any length (the
        #: short ones, 叉车卡, on jieba's boundaries as well).
        self._runs_on: dict[str, re.Pattern[str]] = {}
        for ts in lex.sets.values():
            for tail, after in ts.runs_on:
                rx = recache.compile("|".join(map(re.escape, sorted(after, key=len, reverse=True))))
                for t in ts.terms:
                    if t.endswith(tail):
                        self._runs_on[normalize_term(t)] = rx

    def _rule_words(self, rule: Rule) -> frozenset[str]:
        """The rule's own terms: the only longer words a short match may sit inside.

        Only a one-character match asks (``_boundary_ok``), and only an unvaried term (or its
        numerals) is not strict, so only the rule's longer terms that hold one of its
        one-character terms (or a digit) can ever be asked about: the rest are left out
        (session 33: the full sets held 33k strings, 2.9 MB of the detector's peak memory).
        Read with the rest of its pack's (:meth:`_pack_words`)."""
        words = self._containers.get(rule.id)
        if words is None:
            words = self._pack_words(rule.pack).get(rule.id)
            if words is None:  # a rule of no pack the lexicon lists (not seen): as before
                words = _rule_words_of(rule, _PackTerms(), self._pack_ends(rule.pack))
            self._containers[rule.id] = words
        return words

    def _pack_words(self, pack: str) -> dict[str, frozenset[str]]:
        """Every rule's :meth:`_rule_words` of one pack, read from the build cache or computed.

        (session 77, ci5) Computing them normalized every term of every group of the pack's
        rules: some 127,000 :func:`normalize_term` calls (1.2-1.9 s of a process's first scans,
        more than the rest of a first scan). What comes out is plain data, a function of the
        pack's rules' groups and the normalizer, so it is kept with :mod:`lexicon.buildcache`
        under a name made of exactly those (the code's bytes by ``code_digest``): an edited term
        or rule is a new name. One pack at a time, when its first rule asks, as before (the
        detector keeps no pack's words it has not scanned for)."""
        from lexicon import buildcache

        got = self._loaded.get(pack)
        if got is not None:
            return got
        rules = [r for r in self.lex.rules if r.pack == pack]
        name = buildcache.digest("kin", (pack, [(r.id, r.groups) for r in rules]))
        stored = buildcache.load(name)
        if _is_pack_words(stored, rules):
            ends, words = stored  # type: ignore[misc]
        else:
            terms = _PackTerms()
            ends = _pack_ends_of(rules, terms)
            words = {r.id: _rule_words_of(r, terms, ends) for r in rules}
            buildcache.store(name, (ends, words))
        self._kin_ends.setdefault(pack, ends)
        self._loaded[pack] = words
        return words

    def _kin_names(self, rule: Rule, own: frozenset[str]) -> frozenset[str]:
        """Names ending in one of the rule's one-character terms (证) from the groups of its
        pack's rules that hold that character too (the certificate-name groups): 证 inside
        研究生证 is this pack's certificate even where another rule brought the word, which the
        segmentation dictionary keeps whole (研究生证 出 私我 lost CS-203's 证 when cert_any
        gained the word). Another pack's words (身份证 for special-ops) stay out."""
        return _kin_names_of(own, self._pack_ends(rule.pack))

    def _pack_ends(self, pack: str) -> dict[str, frozenset[str]]:
        """For each one-character term of a pack's groups, the longer names ending in it from
        the groups that hold it: normalized once per pack (each rule asking normalized every
        group of its pack again, about a second of a process's first scans), read or computed
        with the pack's rules' words (:meth:`_pack_words`)."""
        ends = self._kin_ends.get(pack)
        if ends is None:
            self._pack_words(pack)
            ends = self._kin_ends[pack]
        return ends

    def _boundary_ok(
        self, n: Normalized, text: str, m: Match, containers: frozenset[str] | None = None
    ) -> bool:
        """:meth:`_boundary_read`, once per match and source. (issue 9, session 72, judge) One
        match stands in the pools of several rules (the pools are shared): on domain-dense pages
        a fifth of the asks were a match already asked about for another rule. The answer is a
        function of the source (``n`` and ``text``, one text's), the match's four fields and, for a
        one-character match only, ``containers``; so is the key. The store is ``n``'s: it lives
        and dies with the source's normalization."""
        key: object = m if m.end - m.start != 1 else (m, containers)
        answers = n.boundary_answers()
        got = answers.get(key)
        if got is None:
            got = answers[key] = self._boundary_read(n, text, m, containers)
        return got

    def _boundary_read(
        self, n: Normalized, text: str, m: Match, containers: frozenset[str] | None = None
    ) -> bool:
        start, end, term, variant = m  # one unpacking, not a property call per field
        first = n.text[start]
        if "a" <= first <= "z" and variant in ("pinyin", "initials"):
            return True
        if self._runs_on:
            runs_on = self._runs_on.get(term)
            if runs_on is not None and runs_on.match(n.text, end):
                return False  # 叉车卡住, 电工资格审查: the tail is the next word's
        if (end - start > 3 and variant != "homophone") or not "\u3400" <= first <= "\u9fff":
            return True  # long enough, or no Chinese word to cut
        if (
            end < len(n.text)
            and n.text[end] in _NUMERALS
            and (start == 0 or n.text[start - 1] not in _NUMERALS)
            and all(ch in _NUMERALS for ch in n.text[start:end])
        ):
            return True  # the leading part of a longer number (一千 of 一千五): its magnitude
        # Set off by spaces or punctuation in the original ("…证 包过！"): the writer made it
        # a word; no need to ask jieba.
        oa, ob = n.span(start, end)
        delimited = (oa == 0 or not "\u3400" <= text[oa - 1] <= "\u9fff") and (
            ob >= len(text) or not "\u3400" <= text[ob] <= "\u9fff"
        )
        if delimited and ob - oa > end - start and n.text[end - 1 : end + 1] in NOT_EXAMS:
            # (issue 9, session 47, everyday) a line spaced out one character at a time (代 考 虑
            # 一 下): the separator after 代考 is the one inside it, and 考虑 takes no exam
            delimited = False
        if (
            delimited
            and end - start == 1
            and start >= 2
            and n.text[start - 2 : end] in _OWN_PAPERS
            and text[oa - 1] in _SPACES
        ):
            # (issue 9, session 66, lawful2) an answer spaced one character at a time (本 人 带 身
            # 份 证 去 补 办): the lone 证 is the end of the ID card the separators cut up, no
            # certificate word the writer set apart
            return False
        if delimited and variant in ("", "numerals"):  # generated variants always ask jieba
            return True
        if variant not in ("", "numerals") and _BRACKETS.search(text, oa, ob):
            # (session 43, sms) a generated variant across an SMS signature's bracket (【证件之
            # 家】证件保护套: 家证件 sounds like 假证件) joins two headings, not a disguised word
            return False
        strict = variant not in ("", "numerals")
        # A one-character match (证) may only sit inside the rule's own longer words: 证 inside
        # 身份证 (a word another pack brought) is no certificate of this rule.
        words = containers if end - start == 1 else None
        return self._seg.on_boundaries(n.text, start, end, strict=strict, containers=words)

    def combos(
        self,
        rule: Rule,
        groups: dict[str, Pool],
        n: Normalized,
        text: str,
    ) -> list[list[Match]]:
        """Non-overlapping sets of one match per group, all within the rule's window.

        ``groups`` holds each group's pool (matches sorted by start). Partners are found
        first (cheap, on the pools' positions); jieba's boundary check only runs on a pivot
        that has partners in every group, and then on the partners in order of distance.

        A pivot is read on its pool's positions: whether every other group has an entry
        starting within reach is two binary searches a group, and only a pivot that passes
        gets its sentence and post bounds (:meth:`_reach`, once for all its groups) and its
        ``Match`` (session 55: about a quarter of the pivots on domain-dense pages have a
        group with nothing in reach, and most rules have two or more other groups).
        """
        names = sorted(groups, key=lambda g: len(groups[g]))
        pivot, others = names[0], names[1:]
        distinct = bool(rule.params.get("distinct_terms"))
        limit = int(rule.params.get("max_boundaries", _MAX_BOUNDARIES))
        window = rule.window
        reach = window + self._max_key  # a partner may start that far before the pivot
        combos: list[list[Match]] = []
        taken: list[tuple[int, int]] = []
        words = self._rule_words(rule)
        # (issue 9, session 45, threads) a thread's labelled posts (2楼：, 答1：, 回复@某某：, a chat
        # log's speakers): a combination stays inside one post, whoever wrote the next
        posts = n.post_starts(text) if "\n" in text else None
        ask = asks(text) if posts else ()
        pool = groups[pivot]
        pstarts, pends = pool.starts, pool.ends
        partners = [groups[g] for g in others]
        # (session 61, review62) an answering turn's opening echo (老板：包拿？包的) ends no sentence
        ends = n.combo_ends(text)
        # (issue 9, session 65, echo1) an answering line's opening echo refused at once (老师：包过？
        # 这个保证不了，…): the asker's words, no match of the writer's
        # (issue 9, session 74, gen1) read through the source's one read of its echoes
        # (``Normalized.echo_reads``), which the detector's cover for the model reuses
        echoes = n.refused_echoes(
            text, lambda t: [(a, b) for a, b, _stop in n.echo_reads(t, _refused_echo_reads)]
        )
        size = len(n.text)
        left, right = bisect.bisect_left, bisect.bisect_right
        spans: list[tuple[int, int]] = []
        for j in range(len(pstarts)):
            if len(combos) >= _MAX_PER_RULE:
                break
            ms = pstarts[j]
            me = pends[j]
            clash = False
            for a, b in taken:  # a loop, not any(): no generator per pivot
                if a < me and ms < b:
                    clash = True
                    break
            if clash:
                continue
            if echoes and _echoed(echoes, ms, me):
                continue
            spans.clear()
            for p in partners:
                lo = left(p.starts, ms - reach)
                hi = right(p.starts, me + window)
                if lo >= hi:
                    break  # nothing of this group within reach: no partner
                spans.append((lo, hi))
            else:
                bound = self._reach(limit, ms, me, ends, size, posts)
                near: list[tuple[Pool, list[int]]] = []
                for p, (lo, hi) in zip(partners, spans, strict=True):
                    got = self._within(window, limit, ms, me, p, lo, hi, bound, ends, posts, ask)
                    if not got:
                        break
                    near.append((p, got))
                else:
                    m = pool.at(j)
                    if self._boundary_ok(n, text, m, words):
                        parts = self._partners(m, near, n, text, distinct, words, echoes)
                        if parts is not None:
                            combos.append(parts)
                            taken.append(bounds(parts))
        return combos

    def _partners(
        self,
        m: Match,
        near: list[tuple[Pool, list[int]]],
        n: Normalized,
        text: str,
        distinct: bool,
        words: frozenset[str],
        echoes: list[tuple[int, int]] | None = None,
    ) -> list[Match] | None:
        """The nearest fitting partner of every other group for pivot ``m``, or None:
        ``near`` holds each group's pool and its entries in reach (:meth:`_within`), nearest
        first; ``words`` are the rule's own (:meth:`_rule_words`)."""
        parts = [m]
        for pool, entries in near:
            at = pool.at
            for j in entries:
                x = at(j)
                xs, xe, xt, _v = x
                for p in parts:  # a loop, not all(): no generator per candidate partner
                    if xs < p.end and p.start < xe:
                        break
                    if distinct and xt == p.term:
                        break
                else:
                    if echoes and _echoed(echoes, xs, xe):
                        continue  # the asker's echoed words (``Normalized.refused_echoes``)
                    if self._boundary_ok(n, text, x, words):
                        parts.append(x)
                        break
            else:
                return None
        return parts

    @staticmethod
    def _answers(posts: list[int] | None, ask: tuple[bool, ...], k: int, xs: int, xe: int) -> bool:
        """True when a partner outside the pivot's post ``k`` lies in one post and one of the
        two posts is a question the later one answers."""
        if k < 0 or not posts:
            return True
        j = bisect.bisect_right(posts, xs) - 1
        if j + 1 < len(posts) and xe > posts[j + 1]:
            return False  # the partner spans two posts
        return j != k and (ask[min(j, k)] if min(j, k) < len(ask) else False)

    @staticmethod
    def _reach(
        limit: int, ms: int, me: int, ends: list[int], size: int, posts: list[int] | None
    ) -> tuple[int, int, bool, int, int, int]:
        """A pivot's bounds for its partners: ``(right_cap, left_cap, inside, k, post_lo,
        post_hi)`` -- the sentence-end caps on either side, whether the pivot itself crosses
        no more than ``limit`` sentence ends, and its post ``k`` (-1 for none) and that
        post's span."""
        # The pair spans [min(xs, ms), max(xe, me)); it may cross at most ``limit`` sentence
        # ends. With the pivot's own counts, a partner on one side needs one comparison: on
        # the right, count(xe) <= at_ms + limit, i.e. xe <= ends[at_ms + limit]; on the left,
        # count(xs) >= at_me - limit, i.e. xs > ends[at_me - limit - 1].
        at_ms, at_me = bisect.bisect_left(ends, ms), bisect.bisect_left(ends, me)
        j, k = at_ms + limit, at_me - limit - 1
        past = size + 1  # beyond every position
        right_cap = ends[j] if 0 <= j < len(ends) else (-1 if j < 0 else past)
        left_cap = ends[k] if 0 <= k < len(ends) else (-1 if k < 0 else past)
        inside = at_me - at_ms <= limit
        k = bisect.bisect_right(posts, ms) - 1 if posts else -1
        if k >= 0 and (k + 1 >= len(posts) or me <= posts[k + 1]):  # type: ignore[arg-type]
            return (
                right_cap,
                left_cap,
                inside,
                k,
                posts[k],
                (  # type: ignore[index]
                    posts[k + 1] if k + 1 < len(posts) else past  # type: ignore[index,arg-type]
                ),
            )
        # no thread, or the pivot itself spans two posts: no post to keep to
        return right_cap, left_cap, inside, -1, 0, past

    def _within(
        self,
        window: int,
        limit: int,
        ms: int,
        me: int,
        pool: Pool,
        lo: int,
        hi: int,
        bound: tuple[int, int, bool, int, int, int],
        ends: list[int],
        posts: list[int] | None,
        ask: tuple[bool, ...],
    ) -> list[int]:
        """The entries ``lo:hi`` of ``pool`` (those starting within reach of the pivot
        ``ms:me``) that fit its window, sentence and post ``bound`` (:meth:`_reach`; ``ends``
        the sentence ends), nearest first (ties in start order): their indices, a ``Match``
        being made (:meth:`_partners`) only for those tried, mostly the first."""
        right_cap, left_cap, inside, k, post_lo, post_hi = bound
        starts, stops = pool.starts, pool.ends
        out: list[tuple[int, int]] = []  # (distance, entry)
        for x in range(lo, hi):
            xs = starts[x]
            xe = stops[x]
            d = xs - me if xs - me > ms - xe else ms - xe
            if d < 0:
                d = 0
            if d > window:
                continue
            if (xs < post_lo or xe > post_hi) and not self._answers(posts, ask, k, xs, xe):
                continue
            if xs >= ms:
                fits = inside if xe <= me else xe <= right_cap
            elif xe <= me:
                fits = xs > left_cap
            else:  # x holds the pivot
                fits = bisect.bisect_left(ends, xe) - bisect.bisect_left(ends, xs) <= limit
            if fits:
                out.append((d, x))
        if len(out) < 2:  # mostly none or one: nothing to order
            return [x for _d, x in out]
        out.sort(key=first)
        return [x for _d, x in out]
