"""Chinese word segmentation for full-text search, shared by both backends.

Neither SQLite's FTS5 tokenizers nor a stock Elasticsearch cluster segment Chinese words (a
trigram index misses two-character terms such as 包过; the standard analyzer splits into single
characters, so 包过 would also find 不过). Both backends therefore index text pre-segmented by
jieba in search mode (words and their sub-words, space-separated) and segment queries the same
way. The dictionary is the lexicon's, loaded once per process (``lexicon.segment``); the store
adds its own words to a copy of it, so the detector's terms never change the index.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from lexicon.segment import tokenizer_with

if TYPE_CHECKING:
    from lexicon.segment import Tokenizer
    from pipelines.hit import Hit

__all__ = ["MAX_INDEX_CHARS", "index_text", "query_terms", "search_parts", "segment"]

#: Text beyond this many characters is not indexed for search (jieba runs ~0.7 MB/s; a page's
#: tail rarely matters and the findings' excerpts are always indexed).
MAX_INDEX_CHARS = 4000

_WORD = re.compile(r"\w", re.UNICODE)


#: Words of this domain that jieba's general dictionary splits (包过 → 包/过); added to a
#: private tokenizer so the index and the queries agree on them.
DOMAIN_WORDS: tuple[str, ...] = (
    "包过", "包拿证", "包通过", "代办", "代考", "替考", "免考", "免培训", "拿证", "直接拿证",
    "不用考试", "无需考试", "办证", "假证", "特种作业", "操作证", "特种作业操作证", "电工证",
    "焊工证", "登高证", "高处作业", "制冷证", "全国联网", "联网可查", "官网可查", "可查",
    "应急管理", "应急管理局", "安监局", "证书查询", "内部渠道", "保过", "包下证", "快速拿证",
)  # fmt: skip


@lru_cache(maxsize=1)
def _jieba() -> Tokenizer:
    return tokenizer_with((w, 100000) for w in DOMAIN_WORDS)


#: Clauses (text between punctuation) already segmented. Ads are copied from listing to
#: listing with small changes, so most clauses repeat; jieba only sees the new ones.
_CLAUSES: dict[str, tuple[str, ...]] = {}
_CLAUSE_CACHE_MAX = 200_000
_SPLIT = re.compile(r"[^\w]+", re.UNICODE)


#: A clause of Chinese characters and ASCII letters/digits only; jieba's own block pattern
#: keeps such a clause in one block.
_HAN_ALNUM = re.compile(r"[0-9a-z\u4e00-\u9fd5]+")
_ALNUM_RUN = re.compile(r"([0-9a-z]+)")
_HAS_ALNUM = re.compile("[0-9a-z]").search


@lru_cache(maxsize=1)
def _alnum_words() -> re.Pattern[str] | None:
    """Dictionary words that contain an ASCII letter or digit and could occur in a clause.

    ``None`` means "jieba's dictionary has a purely ASCII word": then no shortcut is safe.
    """
    tok = _jieba()
    words = [w for w, f in tok.FREQ.items() if f and _HAS_ALNUM(w)]
    if any(re.fullmatch("[0-9a-z]+", w) for w in words):
        return None
    words = [w for w in words if _HAN_ALNUM.fullmatch(w)]
    return re.compile("|".join(map(re.escape, words))) if words else re.compile(r"(?!)")


def _split_alnum(c: str) -> tuple[str, ...] | None:
    """Tokens of a clause mixing Chinese with numbers/Latin (编号123456, wx12345, 店铺88).

    Such clauses are mostly unique (ids, phone numbers), so the cache never sees them twice and
    jieba would run on every one. When no dictionary word spans a Chinese/ASCII boundary, jieba
    cuts there too and keeps each ASCII run whole (no word is purely ASCII), so the Chinese
    runs go through the cache and the ASCII runs are tokens as they are.
    """
    words = _alnum_words()
    if words is None or not _HAN_ALNUM.fullmatch(c) or words.search(c):
        return None
    out: list[str] = []
    for part in _ALNUM_RUN.split(c):
        if part:
            out.extend((part,) if part.isascii() else _clause(part))
    return tuple(out)


def _fast(c: str) -> tuple[str, ...] | None:
    """Tokens without jieba for clauses that carry numbers or Latin letters, else ``None``."""
    if c.isascii():
        # Letters and digits only: jieba keeps the run whole (no dictionary word is ASCII).
        return (c,) if c.isalnum() and _alnum_words() is not None else None
    return _split_alnum(c) if _ALNUM_RUN.search(c) else None


def _clause(c: str) -> tuple[str, ...]:
    toks = _CLAUSES.get(c)
    if toks is None:
        toks = _fast(c)
        if toks is not None:
            return toks  # cheap and mostly unique (ids, numbers): not worth a cache slot
        toks = tuple(t for t in _jieba().cut_for_search(c, HMM=False) if t.strip())
        if len(_CLAUSES) >= _CLAUSE_CACHE_MAX:
            _CLAUSES.clear()
        _CLAUSES[c] = toks
    return toks


def segment(text: str) -> list[str]:
    """Search-mode tokens of ``text`` (lower-cased), punctuation and spaces dropped.

    jieba splits at every non-word character itself, so segmenting clause by clause gives
    the same tokens as segmenting the whole text.
    """
    out: list[str] = []
    cached = _CLAUSES.get  # inlined cache hit: most clauses of an ad were seen before
    for c in _SPLIT.split(text.lower()):
        if c:
            toks = cached(c)
            out.extend(toks if toks is not None else _clause(c))
    return out


def index_text(*parts: str | None) -> str:
    """The space-joined token string a backend indexes with a whitespace tokenizer."""
    joined = "\n".join(p for p in parts if p)[:MAX_INDEX_CHARS]
    return " ".join(segment(joined))


def query_terms(query: str) -> list[str]:
    """Words of a user's query (precise mode: 电工证包过 → 电工证, 包过), de-duplicated."""
    toks = list(_jieba().cut(query.lower()))
    out: list[str] = []
    for t in (s.strip() for s in toks):
        if t and _WORD.search(t) and t not in out:
            out.append(t)
    return out


def search_parts(hit: Hit) -> tuple[str, ...]:
    """What full-text search covers: title, shop, seller, every finding's excerpt, the text."""
    excerpts = (f.get("excerpt", "") for f in hit.findings)
    return (hit.title, hit.shop or "", hit.seller or "", *excerpts, hit.text)
