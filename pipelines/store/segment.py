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

__all__ = ["MAX_INDEX_CHARS", "index_text", "query_terms", "segment"]

#: Text beyond this many characters is not indexed for search (jieba runs ~0.7 MB/s; a page's
#: tail rarely matters and the findings' excerpts are always indexed).
MAX_INDEX_CHARS = 4000

_WORD = re.compile(r"\w", re.UNICODE)


@lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(logging.INFO)
    jieba.initialize()
    return jieba


def segment(text: str) -> list[str]:
    """Search-mode tokens of ``text`` (lower-cased), punctuation and spaces dropped."""
    if not text:
        return []
    toks = _jieba().lcut_for_search(text.lower(), HMM=False)
    return [t for t in (s.strip() for s in toks) if t and _WORD.search(t)]


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
