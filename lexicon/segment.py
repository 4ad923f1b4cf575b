"""Word boundaries around candidate matches, with jieba's dictionary and the lexicon's words.

``背包过安检`` contains 包过 but segments as 背包/过/安检: the match does not start on a word
boundary, so it is no match. Segmentation is jieba's (the dictionary-only route, ``HMM=False``:
the directed acyclic graph of dictionary words and the most probable path through it), done
here over jieba's own dictionary file, because importing jieba costs a process about 67 MB (its
HMM tables load on import) and its dictionary another 94 MB; this module holds the dictionary
in a few megabytes (:class:`CompactFreq`) and never imports jieba. It only ever sees a few
characters around a candidate, never a whole page.

The store segments text for search with the same dictionary: the table is loaded once
(:func:`base_tokenizer`) and never changed; each user that needs words of its own (the
detector's lexicon terms, the store's search words) gets :func:`tokenizer_with` them, a fork
whose added words stay its own, so neither user's words change how the other one cuts text.
"""

from __future__ import annotations

import bisect
import importlib.util
import io
import math
from array import array
from collections.abc import Container, Iterable, Iterator, Mapping
from functools import cache
from pathlib import Path

from lexicon import recache

__all__ = [
    "CompactFreq",
    "Segmenter",
    "Tokenizer",
    "base_tokenizer",
    "dictionary_path",
    "tokenizer_with",
]

_PAD = 6
#: Numerals that jieba glues to a following character (一代, 二代, 三代, 一包, 三包).
_NUMERAL_HEADS = frozenset("一二三四五六七八九十两")
_PROXIES = frozenset({"代", "替"})
#: Words starting with 考 that take no exam (代考勤 is clocking in for someone, 代考核 assessing).
_NOT_EXAMS = frozenset(
    {"考勤", "考核", "考察", "考虑", "考量", "考究", "考古", "考评", "考问", "考验"}
)
#: The same, for the boundary check of a spaced-out line (``combos``: 代 考 虑).
NOT_EXAMS = _NOT_EXAMS
#: A fragment the memo has no answer for yet (``None`` is an answer: no word, no prefix).
_UNSEEN = object()
#: jieba's blocks: runs of Han characters, letters, digits and a few joiners are segmented;
#: everything else is yielded as it is (whitespace runs whole, other characters one by one).
_RE_HAN = recache.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+)")
_RE_SKIP = recache.compile("(\r\n|\\s)")
#: The first character outside a block, and (greedy) the last one before a position.
_RE_OUTSIDE = recache.compile("[^\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]")
_RE_LAST_OUTSIDE = recache.compile("(?s:.*)[^\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]")
_RE_ENG = recache.compile("[a-zA-Z0-9]")


def dictionary_path() -> Path:
    """jieba's ``dict.txt``, found without importing jieba."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("jieba is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "dict.txt"


#: Fragments whose lookups a table remembers before it starts over.
_MEMO_SIZE = 50_000


def _first_index(text: str, starts: array) -> dict[str, tuple[int, int]]:
    """First character -> (first, end) indexes of the sorted words starting with it."""
    out: dict[str, tuple[int, int]] = {}
    prev, lo = "", 0
    for i in range(len(starts) - 1):
        ch = text[starts[i]]
        if ch != prev:
            if prev:
                out[prev] = (lo, i)
            prev, lo = ch, i
    if prev:
        out[prev] = (lo, len(starts) - 1)
    return out


class CompactFreq:
    """jieba's word-frequency table in a few megabytes instead of about 94.

    jieba keeps every dictionary word and every prefix of one as a key of a Python dict
    (about 600,000 strings). Here the words sit in one string in sorted order with an offset
    and a count per word; ``frag in freq`` (a word or a prefix of one) and ``freq[frag]`` (its
    count, 0 for a prefix) are binary searches. Words added later (the lexicon's) go to a small
    dict consulted first, one per :meth:`fork`; their prefixes are not keys of it (jieba's
    way: 35,000 more strings and a dict twice the size, about 5 MB of the detector's memory)
    but a binary search in the added words of the same first character, asked only when the
    sorted part has no answer. A lookup costs a microsecond instead of a tenth of one, which
    the boundary check (a window of about a dozen characters per candidate) does not notice.
    """

    def __init__(self, text: str = "", starts: array | None = None, counts: array | None = None):
        self._text = text
        self._starts = starts if starts is not None else array("I", [0])
        self._counts = counts if counts is not None else array("I")
        self._extra: dict[str, int] = {}
        #: First character -> the added words starting with it, sorted (their prefixes).
        self._extra_first: dict[str, list[str]] = {}
        self._first = _first_index(self._text, self._starts)
        self._memo: dict[str, int | None] = {}

    @classmethod
    def from_file(cls, path: Path) -> tuple[CompactFreq, int]:
        """The table of a jieba dictionary file and the total of its counts."""
        # "word count tag" lines sort as their words do (a space sorts before every character
        # a word holds), so the lines themselves are sorted: no tuples, half the peak memory.
        # read line by line: the whole file as one string beside its lines was the load's
        # high-water mark (about 10 MB more than the lines alone)
        with path.open(encoding="utf-8") as f:
            lines = [line.rstrip("\n") for line in f]
        lines.sort()
        buf = io.StringIO()
        starts, counts = array("I", [0]), array("I")
        pos, prev, total = 0, None, 0
        for line in lines:
            word, count = line.split(" ", 2)[:2]
            n = int(count)
            total += n
            if word == prev:  # listed twice (only B超, with one count): keep one entry
                counts[-1] = n
                continue
            buf.write(word)
            pos += len(word)
            starts.append(pos)
            counts.append(n)
            prev = word
        del lines
        return cls(buf.getvalue(), starts, counts), total

    def fork(self) -> CompactFreq:
        """The same dictionary with its own (copied) added words."""
        other = CompactFreq.__new__(CompactFreq)
        other._text, other._starts, other._counts = self._text, self._starts, self._counts
        other._first, other._extra, other._memo = self._first, dict(self._extra), {}
        other._extra_first = {ch: list(ws) for ch, ws in self._extra_first.items()}
        return other

    def _word(self, i: int) -> str:
        return self._text[self._starts[i] : self._starts[i + 1]]

    def _find(self, frag: str) -> tuple[bool, int]:
        """(a word or a prefix of one in the sorted part, its count if a whole word else 0);
        the binary search only runs among the words sharing ``frag``'s first character."""
        span = self._first.get(frag[:1])
        if span is None:
            return False, 0
        lo, hi = span
        i = bisect.bisect_left(range(hi), frag, lo, hi, key=self._word)
        if i < hi:
            w = self._word(i)
            if w == frag:
                return True, self._counts[i]
            return w.startswith(frag), 0
        return False, 0

    def lookup(self, frag: str) -> int | None:
        """``None`` when ``frag`` is neither a word nor a prefix of one, else its count (0 for
        a prefix): one search where jieba asks ``in`` and then ``[]``. Answers are memoized
        (bounded): the same fragments recur in every window around a candidate."""
        memo = self._memo
        if frag in memo:
            return memo[frag]
        if frag in self._extra:
            got: int | None = self._extra[frag]
        else:
            found, count = self._find(frag)
            got = count if found else (0 if self._extra_prefix(frag) else None)
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        memo[frag] = got
        return got

    def __contains__(self, frag: object) -> bool:
        return isinstance(frag, str) and self.lookup(frag) is not None

    def get(self, frag: str, default: int | None = None) -> int | None:
        got = self.lookup(frag)
        return default if got is None else got

    def _extra_prefix(self, frag: str) -> bool:
        """``frag`` begins an added word (is one of jieba's count-0 prefixes, when neither an
        added word nor in the sorted part)."""
        words = self._extra_first.get(frag[:1])
        if not words:
            return False
        i = bisect.bisect_left(words, frag)
        return i < len(words) and words[i].startswith(frag)

    def __setitem__(self, word: str, count: int) -> None:
        # jieba also makes each prefix a key with count 0 (when not there yet): here a prefix
        # is found among the added words instead (:meth:`lookup`), with the same answers
        self._memo.clear()
        if word not in self._extra:
            bisect.insort(self._extra_first.setdefault(word[:1], []), word)
        self._extra[word] = count

    def add_counted(self, pairs: Iterable[tuple[str, int]]) -> None:
        """Add words whose counts are already known (the build cache's copy of an earlier
        :meth:`Tokenizer.add_word` run): the same table as setting each in turn."""
        self._memo.clear()
        extra, first = self._extra, self._extra_first
        touched: set[str] = set()
        for word, count in pairs:
            if word not in extra:
                first.setdefault(word[:1], []).append(word)
                touched.add(word[:1])
            extra[word] = count
        for ch in touched:
            first[ch].sort()

    def added(self) -> dict[str, int]:
        """The added words and their counts (no prefixes)."""
        return self._extra

    def items(self) -> Iterator[tuple[str, int]]:
        """Every word and its count (the prefixes, count 0, are not listed)."""
        for i, count in enumerate(self._counts):
            word = self._word(i)
            if word not in self._extra:
                yield word, count
        yield from self._extra.items()


class Tokenizer:
    """jieba's dictionary-only segmentation (``Tokenizer.cut(text, HMM=False)``) and its
    ``add_word`` / ``suggest_freq``, over a :class:`CompactFreq`."""

    def __init__(self, freq: CompactFreq, total: int) -> None:
        self.FREQ = freq
        self.total = total

    def fork(self) -> Tokenizer:
        return Tokenizer(self.FREQ.fork(), self.total)

    def _route(self, s: str) -> list[int]:
        """jieba's route: per start, the end of the first word on the most probable path from
        there, over the dictionary words starting there (jieba's DAG; a character no word
        starts with is a word of count 1). Each start's words are looked up right to left as
        the route needs them, not kept in a DAG of lists first, and the best is kept as two
        numbers, not a tuple per word: the same words in the same order, the same sums and
        the same comparisons as jieba's ``max`` over (log probability, end), so the same
        route."""
        lookup, n = self.FREQ.lookup, len(s)
        get = self.FREQ._memo.get  # lookup's own memo, read here first: most fragments recur
        value = [0.0] * (n + 1)  # log probability of the best path from each start
        last = [0] * (n + 1)  # the end (inclusive) of its first word
        logtotal = math.log(self.total)
        log = math.log
        for k in range(n - 1, -1, -1):
            best, at = None, k
            i, frag = k, s[k]
            count = get(frag, _UNSEEN)
            if count is _UNSEEN:
                count = lookup(frag)
            while count is not None:
                if count:  # max() as a loop: the first best one, as max() keeps it
                    v = log(count) - logtotal + value[i + 1]
                    if best is None or v > best or (v == best and i > at):
                        best, at = v, i
                i += 1
                if i >= n:
                    break
                frag = s[k : i + 1]
                count = get(frag, _UNSEEN)
                if count is _UNSEEN:
                    count = lookup(frag)
            if best is None:
                best, at = log(1) - logtotal + value[k + 1], k
            value[k], last[k] = best, at
        return last

    def _block_words(self, s: str, out: list[str]) -> None:
        """The words of one block of Han characters, letters and digits, onto ``out``."""
        n = len(s)
        last = self._route(s)
        x, buf = 0, ""
        while x < n:
            y = last[x] + 1
            word = s[x:y]
            if len(word) == 1 and _RE_ENG.match(word):
                buf += word
            else:
                if buf:
                    out.append(buf)
                    buf = ""
                out.append(word)
            x = y
        if buf:
            out.append(buf)

    def words(self, sentence: str) -> list[str]:
        """:meth:`cut` as a list, built without generators (the boundary check cuts about
        a thousand windows per MB of dense text)."""
        out: list[str] = []
        for blk in _RE_HAN.split(sentence):
            if not blk:
                continue
            if _RE_HAN.match(blk):
                self._block_words(blk, out)
            else:
                for part in _RE_SKIP.split(blk):
                    if _RE_SKIP.match(part):
                        out.append(part)
                    else:
                        out.extend(part)
        return out

    def cut(self, sentence: str) -> Iterator[str]:
        return iter(self.words(sentence))

    def cut_for_search(self, sentence: str, HMM: bool = False) -> Iterator[str]:
        """jieba's search mode: each word, preceded by its dictionary 2- and 3-grams (the
        store's full-text index). Only the dictionary route exists here (``HMM=False``)."""
        if HMM:
            raise ValueError("only jieba's dictionary-only route (HMM=False) is implemented")
        get = self.FREQ.get
        for w in self.cut(sentence):
            for n in (2, 3):
                if len(w) > n:
                    yield from (w[i : i + n] for i in range(len(w) - n + 1) if get(w[i : i + n]))
            yield w

    def suggest_freq(self, word: str) -> int:
        f = 1.0
        for seg in self.cut(word):
            f *= (self.FREQ.get(seg, 1) or 0) / self.total
        return max(int(f * self.total) + 1, self.FREQ.get(word, 1) or 0)

    def add_word(self, word: str, freq: int | None = None) -> None:
        count = int(freq) if freq is not None else self.suggest_freq(word)
        self.FREQ[word] = count
        self.total += count


@cache
def base_tokenizer() -> Tokenizer:
    """jieba's dictionary, loaded once per process; each :class:`Segmenter` forks it.

    The variant generator reads its frequencies too (common words, common characters).
    """
    from lexicon import buildcache

    name = buildcache.digest("dictionary", (), files=(dictionary_path(),))
    got = buildcache.load(name)
    if got is not None:
        try:
            text, starts, counts, total = got  # type: ignore[misc]
            return Tokenizer(CompactFreq(text, array("I", starts), array("I", counts)), int(total))
        except (TypeError, ValueError):
            pass  # not the shape this code writes: read the file as if it were absent
    freq, total = CompactFreq.from_file(dictionary_path())
    buildcache.store(name, (freq._text, freq._starts.tobytes(), freq._counts.tobytes(), total))
    return Tokenizer(freq, total)


def tokenizer_with(words: Iterable[tuple[str, int | None]]) -> Tokenizer:
    """A fork of the loaded dictionary plus ``(word, frequency)`` pairs.

    A frequency of ``None`` picks one just high enough to keep the word whole (jieba's
    ``suggest_freq``). The result cuts text exactly as jieba with the same words added would.
    """
    tok = base_tokenizer().fork()
    for word, freq in words:
        tok.add_word(word, freq=freq)
    return tok


def _taught(words: list[str]) -> Tokenizer:
    """:func:`tokenizer_with` the lexicon's words at suggested frequencies, read from the build
    cache (:mod:`lexicon.buildcache`) when the same words were taught before: each word's
    frequency is suggested from a segmentation of it over the words added before it, some
    36,000 of them, about 6 s of CPU per process on a slow core."""
    from lexicon import buildcache

    name = buildcache.digest("segmenter", (words,), files=(dictionary_path(),))
    got = buildcache.load(name)
    if got is not None:
        try:
            added, total = got  # type: ignore[misc]
            tok = base_tokenizer().fork()
            # the words' own objects (the lexicon's terms), not the stored copies: one
            # string each in the detector's memory, as when the words are taught
            own = {w: w for w in words}
            tok.FREQ.add_counted((own.get(w, w), c) for w, c in added)
            tok.total = int(total)
            return tok
        except (TypeError, ValueError):
            pass  # not the shape this code writes: teach the words as if it were absent
    tok = tokenizer_with((w, None) for w in words)
    buildcache.store(name, (tuple(tok.FREQ.added().items()), tok.total))
    return tok


def _numeral_glued(words: tuple[str, ...], starts: list[int], at: int) -> bool:
    """Whether the cut's word starting at ``at`` is a numeral and the character after it."""
    if at < 0:
        return False
    k = bisect.bisect_right(starts, at) - 1
    return (
        starts[k] == at and k < len(words) and len(words[k]) == 2 and words[k][0] in _NUMERAL_HEADS
    )


def _unglue_proxy(words: tuple[str, ...]) -> tuple[str, ...]:
    """A stand-in's 代 / 替 cut off from the 考 jieba moved into the exam after it (代/考驾照,
    替/考研, 代/考入): the text says 代考 + 驾照, the stand-in takes that exam. 考勤, 考核, 考察 …
    take no exam and stay whole."""
    if len(words) < 2 or not any(w in _PROXIES for w in words[:-1]):
        return words
    out: list[str] = [words[0]]
    for w in words[1:]:
        if out[-1] in _PROXIES and len(w) > 1 and w[0] == "考" and w[:2] not in _NOT_EXAMS:
            out += ["考", w[1:]]
        else:
            out.append(w)
    return tuple(out)


# Verbs of handing over that jieba glues to the character before them (卷发 "curly hair" in
# 原卷发你): the lexicon word that character ends takes it back. (session 41, agents) Also 招,
# recruiting, which jieba glues into 过招 ("to spar") after a promise: 包过招代理 is 包过/招/代理.
_HANDOVERS = frozenset("发给传送招")


def _unglue_handover(words: tuple[str, ...], lexicon: Container[str]) -> tuple[str, ...]:
    """A lexicon word cut off its last character by a two-character dictionary word that is that
    character and a verb of handing over (原/卷发/你 -> 原卷/发/你): the text hands the paper over,
    nobody's hair is curled. Only when the rejoined word is one of the lexicon's own."""
    if len(words) < 2:
        return words
    out: list[str] = [words[0]]
    for w in words[1:]:
        if len(w) == 2 and w[1] in _HANDOVERS and out[-1] + w[0] in lexicon:
            out[-1] += w[0]
            out.append(w[1])
        else:
            out.append(w)
    return tuple(out)


def _unglue_practical(words: tuple[str, ...], lexicon: Container[str]) -> tuple[str, ...]:
    """A certificate cut off its 证 by 证实 ("to confirm") where the practical exam follows
    (电工/证实/操 in 电工证实操, 叉车证实操考试): the text names 电工证 and 实操, nothing is
    confirmed. Only when the rejoined word is one of the lexicon's own (session 33)."""
    if "证实" not in words:
        return words
    out: list[str] = []
    for i, w in enumerate(words):
        if (
            w == "证实"
            and out
            and out[-1] + "证" in lexicon
            and i + 1 < len(words)
            and words[i + 1].startswith("操")
        ):
            out[-1] += "证"
            out.append("实")
        elif out and out[-1] == "实" and w.startswith("操") and i > 0 and words[i - 1] == "证实":
            out[-1] = "实操"
            if len(w) > 1:
                out.append(w[1:])
        else:
            out.append(w)
    return tuple(out)


#: (session 64, review91) The worker's ending jieba glues to a trade's name (司炉工, 锅炉工).
_WORKER_ENDS = ("工", "工人")


def _worker_named(
    words: tuple[str, ...],
    starts: list[int],
    cuts: frozenset[int],
    k: int,
    s: int,
    e: int,
    lexicon: Container[str],
) -> bool:
    """Whether the match ``s:e`` off the cut's boundaries names a trade inside the worker's name
    jieba keeps whole, the cut's word ``k`` holding its start: the trade and the worker's ending
    (司炉 in 司炉工, where the dictionary has the worker and not the trade), or a lexicon word
    ending in 工 after the trade's modifier (电工 in 维修电工 / 水电工 / 农电工, 电工证 in 维修电工/证).
    The job named is the match's own: review89 added 司炉工 / 锅炉工 as literals for the first; a
    seller's 代考维修电工 went silent for the second. Not a word across the worker (停电/工作 has no
    worker's name in it)."""
    a, b = starts[k], starts[k + 1]
    word = words[k]
    if s == a and e < b:
        return word[e - a :] in _WORKER_ENDS
    if a < s < b <= e and e in cuts:
        tail = word[s - a :]
        return len(tail) > 1 and tail.endswith("工") and tail in lexicon
    return False


class _Lexicon:
    """The tokenizer's added words and the lexicon words kept out of the tokenizer (see
    :class:`Segmenter`), asked as one container. (issue 9, session 69, engine1)"""

    __slots__ = ("_kept", "_words")

    def __init__(self, words: Container[str], kept: frozenset[str]) -> None:
        self._words, self._kept = words, kept

    def __contains__(self, word: object) -> bool:
        return word in self._words or word in self._kept


class Segmenter:
    """A tokenizer of its own whose added words are the lexicon's terms."""

    def __init__(self, words: Iterable[str], kept_out: Iterable[str] = ()) -> None:
        """``kept_out``: lexicon words a rule takes from a segmented set (or writes itself)
        that another, ``segment: false`` set keeps out of the tokenizer (see
        ``automata._kept_out``): not taught, but still the lexicon's words where a boundary
        check asks for one (电工 in 维修电工)."""
        self._words: list[str] | None = [
            w for w in dict.fromkeys(words) if w and "\u3400" <= w[0] <= "\u9fff"
        ]
        #: The lexicon's words: the tokenizer's added words, once it is built (a set of its
        #: own beside them was 2 MB of the detector's memory).
        self._wordset: Mapping[str, int] = {}
        #: (issue 9, session 69, engine1) What the boundary checks ask "a lexicon word?" of: the
        #: added words and ``kept_out``. Only the added words before: a word one set teaches
        #: stopped being the lexicon's as soon as a second, ``segment: false`` set also held it,
        #: and EF-001's 代考维修电工 lost its trade (round 83, unseen2). Just the added words
        #: when nothing is kept out.
        self._kept_out = frozenset(w for w in kept_out if w and "\u3400" <= w[0] <= "\u9fff")
        self._lexicon: Container[str] = self._wordset
        self._tok: Tokenizer | None = None
        #: Keyed by the containers set itself, not its ``id()``: a set freed and another made
        #: at the same address (a second combiner over this segmenter, as the tests build)
        #: would read the first one's answers. A frozenset caches its hash, and the lookup
        #: compares it by identity first, so the key costs no more than the id did.
        self._cache: dict[tuple[str, int, int, bool, frozenset[str] | None], bool] = {}
        self._cuts: dict[str, tuple[str, ...]] = {}

    def _tokenizer(self) -> Tokenizer:
        if self._tok is None:
            self._tok = _taught(self._words or [])
            self._wordset = self._tok.FREQ.added()
            self._lexicon = (
                _Lexicon(self._wordset, self._kept_out) if self._kept_out else self._wordset
            )
            self._words = None  # only needed to build it
        return self._tok

    def warm(self) -> None:
        """Load jieba's dictionary and the lexicon's words now."""
        self._tokenizer()

    def _cut(self, window: str) -> tuple[tuple[str, ...], list[int], frozenset[int]]:
        """The window's words, the offset each starts at (and the window's end), and those
        offsets as a set; one window is asked about several matches and rules."""
        got = self._cuts.get(window)
        if got is None:
            if len(self._cuts) > 4_096:
                self._cuts.clear()
            words = _unglue_proxy(tuple(self._tokenizer().words(window)))
            words = _unglue_handover(words, self._lexicon)
            words = _unglue_practical(words, self._lexicon)
            starts = [0]
            for w in words:
                starts.append(starts[-1] + len(w))
            got = self._cuts[window] = (words, starts, frozenset(starts))
        return got

    def on_boundaries(
        self,
        text: str,
        start: int,
        end: int,
        strict: bool = False,
        containers: frozenset[str] | None = None,
    ) -> bool:
        """True when ``text[start:end]`` starts and ends on jieba word boundaries.

        Unless ``strict``, a match inside one longer lexicon word (电工证 in 低压电工证) also
        counts; generated variants are strict, so 作证 (a homophone of 做证) inside 操作证 is not.
        ``containers`` narrows those longer words to the match's own rule, so a word
        another pack added (身份证) never makes 证 inside it a match of a special-ops rule.
        """
        a = max(0, start - _PAD)
        b = min(len(text), end + _PAD)
        # Blocks are segmented one by one (:meth:`Tokenizer.words`), so the window ends at the
        # match's own blocks: the same answer, and matches of one short block share one cut
        # (低压电工证代办， asked about 电工证 and 代办 alike) instead of a window each.
        last = _RE_LAST_OUTSIDE.match(text, a, start)
        if last is not None:
            a = last.end()
        after = _RE_OUTSIDE.search(text, end, b)
        if after is not None:
            b = after.start()
        window = text[a:b]
        key = (window, start - a, end - a, strict, containers)
        hit = self._cache.get(key)
        if hit is None:
            s, e = start - a, end - a
            words, starts, cuts = self._cut(window)
            hit = s in cuts and e in cuts
            if not hit:
                # A numeral that ends a name (科目一, 科目三) glued by jieba to the character
                # after it (科目/一代/考, where 一代 is "a generation"): a two-character word of a
                # numeral and the next character is the cut's, not the text's. Either side: the
                # match after the numeral (代考) or the match ending on it (科目一).
                hit = (e in cuts or _numeral_glued(words, starts, e - 1)) and (
                    s in cuts or _numeral_glued(words, starts, s - 1)
                )
            if not hit and not strict:
                # A longer lexicon word around the match (低压电工证 around 电工证) also counts:
                # only the word holding the match's first character can hold all of it.
                k = bisect.bisect_right(starts, s) - 1
                if k < len(words) and e <= starts[k + 1]:
                    hit = words[k] in (self._lexicon if containers is None else containers)
                if not hit and e - s > 1 and k < len(words):
                    hit = _worker_named(words, starts, cuts, k, s, e, self._lexicon)
            if len(self._cache) > 50_000:
                self._cache.clear()
            self._cache[key] = hit
        return hit
