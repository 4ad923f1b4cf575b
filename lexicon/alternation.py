"""Word lists as regular expressions that match like a longest-first alternation, faster.

The stance stage and the silencers read sentences for hundreds of cue words at once. Written
as ``a|b|c…`` (longest first), Python's regex engine tries every word at every position of
the sentence: the job seeker's list alone cost 0.2 ms a sentence, half of a stance judgement
on domain-dense pages. The same words as a prefix tree (``找(?:工作|活(?:干)?)…``) try one
branch per character. The matches are the same: words that match at one position are
prefixes of one another, and the tree tries the longer continuation first and the end of a
shorter word last, so the longest word matches first and, when what follows the pattern
fails (a lookahead), the engine backtracks to the next-longest, as with the flat alternation.
"""

from __future__ import annotations

import atexit
import hashlib
import re
from collections.abc import Iterable

from lexicon import buildcache, recache

__all__ = ["release", "save", "words_pattern", "words_regex"]

_END = ""  # a trie node's key for "a word ends here" (no word character is empty)

#: (session 77, ci5) The patterns of word lists already built on this machine: word set ->
#: pattern source. Building one walks a prefix tree in Python, one call per node: the
#: precedence table's, the stance stage's and the gate's lists (some 60,000 nodes) were 0.4-1 s
#: of every process's start, for the same strings every time. Kept in one file of
#: :mod:`lexicon.buildcache` whose name covers this module's bytes (``code_digest``), so a
#: change to the emitter is a new file; the key is the SHA-256 of the sorted word set (:func:`_key`;
#: the sets themselves held in memory were 4 MB more of the detector's peak), so an edited list
#: is a new key. Read, merged and pruned by :class:`lexicon.buildcache.KeyedTable` (session 78,
#: dedup), at most :data:`_LIMIT` lists (past it only those the last writer used).
_LIMIT = 2_000


def _name() -> str:
    return buildcache.digest("words", ())


def _is_table(got: object) -> bool:
    return isinstance(got, dict) and all(
        type(k) is bytes and type(v) is str for k, v in got.items()
    )


_TABLE: buildcache.KeyedTable[bytes, str] = buildcache.KeyedTable(_name, _LIMIT, _is_table)


def _key(words: frozenset[str]) -> bytes:
    """The table's key of a word set: SHA-256 of its words sorted, written as a list (``repr``
    of a list of strings is one string per list, so two sets never share a key's input)."""
    return hashlib.sha256(repr(sorted(words)).encode("utf-8", "surrogatepass")).digest()


def words_pattern(words: Iterable[str]) -> str:
    """Regex source matching like ``"|".join(sorted(map(re.escape, words), key=len,
    reverse=True))``, wrapped in a non-capturing group (it can be concatenated). Read from
    the machine's table when this word set was built before (see ``_TABLE``)."""
    wordset = frozenset(words)
    key = _key(wordset)
    got = _TABLE.read(key)
    if got is not None:
        return got
    built = _build(wordset)
    if _TABLE.load() is not None:  # with the build cache off nothing is kept
        _TABLE.add(key, built)
    return built


def _build(words: frozenset[str]) -> str:
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    if not trie:
        return "(?!)"  # no words: matches nothing, as an empty alternation would not exist
    return "(?:" + _emit(trie) + ")"


def save() -> bool:
    """Add the patterns this process built to the machine's table; True when written."""
    return _TABLE.save()


def release() -> None:
    """Keep only the entries not read yet once the detector is built (the lists a scan builds
    later); the rest, read once, is let go."""
    _TABLE.release()


def words_regex(words: Iterable[str]) -> re.Pattern[str]:
    """:func:`words_pattern`, compiled."""
    return recache.compile(words_pattern(words))


def _emit(node: dict[str, dict]) -> str:
    ends = _END in node
    kids = sorted(ch for ch in node if ch != _END)
    if not kids:
        return ""
    leaves = [ch for ch in kids if set(node[ch]) == {_END}]  # a word ends right after ch
    branches = [re.escape(ch) + _emit(node[ch]) for ch in kids if ch not in leaves]
    if len(leaves) > 1:  # one class instead of an alternative per character
        branches.append("[" + "".join(_class_char(ch) for ch in leaves) + "]")
    elif leaves:
        branches.append(re.escape(leaves[0]))
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:  # the shorter word ends here: tried after every longer continuation (greedy ?)
        return (body if len(body) == 1 else "(?:" + body + ")") + "?"
    return body


def _class_char(ch: str) -> str:
    return "\\" + ch if ch in "\\]^-[" else ch


atexit.register(save)
