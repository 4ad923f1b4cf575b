"""Chinese word segmentation for full-text search, shared by both backends.

Neither SQLite's FTS5 tokenizers nor a stock Elasticsearch cluster segment Chinese words (a
trigram index misses two-character terms such as 包过; the standard analyzer splits into single
characters, so 包过 would also find 不过). Both backends therefore index text pre-segmented by
jieba in search mode (words and their sub-words, space-separated) and segment queries the same
way.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
def _jieba():
    import jieba

    jieba.setLogLevel(logging.INFO)
    tok = jieba.Tokenizer()
    tok.initialize()
    for w in DOMAIN_WORDS:
        tok.add_word(w, freq=100000)
    return tok


#: Clauses (text between punctuation) already segmented. Ads are copied from listing to
#: listing with small changes, so most clauses repeat; jieba only sees the new ones.
_CLAUSES: dict[str, tuple[str, ...]] = {}
_CLAUSE_CACHE_MAX = 200_000
_SPLIT = re.compile(r"[^\w]+", re.UNICODE)


def _clause(c: str) -> tuple[str, ...]:
    toks = _CLAUSES.get(c)
    if toks is None:
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
    for c in _SPLIT.split(text.lower()):
        if c:
            out.extend(_clause(c))
    return out


def index_text(*parts: str | None) -> str:
    """The space-joined token string a backend indexes with a whitespace tokenizer."""
    joined = "\n".join(p for p in parts if p)[:MAX_INDEX_CHARS]
    return " ".join(segment(joined))


def query_terms(query: str) -> list[str]:
    """Words of a user's query (precise mode: 电工证包过 → 电工证, 包过), de-duplicated."""
    toks = _jieba().lcut(query.lower(), HMM=False)
    out: list[str] = []
    for t in (s.strip() for s in toks):
        if t and _WORD.search(t) and t not in out:
            out.append(t)
    return out


def search_parts(hit: Hit) -> tuple[str, ...]:
    """What full-text search covers: title, shop, seller, every finding's excerpt, the text."""
    excerpts = (f.get("excerpt", "") for f in hit.findings)
    return (hit.title, hit.shop or "", hit.seller or "", *excerpts, hit.text)
