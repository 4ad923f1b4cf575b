"""Text shaped like source code, a configuration file, a keyword list, a CSV table or a log.

(session 39, gh) Issue trackers and forums that were flooded with exam and diploma spam also hold
the answer to it: a spam filter's banned-word list (``BANNED = ["代考", "办证", …]``), its regex
(``re.compile(r"代考|替考")``), a YAML block of keywords, a test fixture that feeds it a spam line
(``assert is_spam("雅思代考 加微信")``), a dataset's label map or CSV rows
(``1,exam_fraud,代考,0.9``), a log line of a blocked comment, and a file of new keywords
(``keywords_zh.txt 新增：…``). Their words are the spammer's, their shape nobody's who sells: a
seller writes a line for a person to read, never an assignment, a call with quoted arguments or
a column of identifiers. The stance stage (:mod:`lexicon.stance`) counts the shape as a strong
report cue.

Only the shape is read, never a word: the spam itself carries hashtags, markdown headings and
links (``[联系我们](http://…)``), handles with an underscore (``@kaoshi_pro``, ``tz_0099``) and
keyboard noise, and none of those is code here. A line is code-shaped by one of
:data:`_LINE` (assignment to a bracket, a statement keyword opening the line, a function called
with a quoted argument, two quoted items in a comma list, a regex literal, an identifier with a
lowercase underscore opening a list item or a CSV field, a file name with a data extension, a
timestamped log line, a quoted alternation of words, a shell command); a YAML key alone on its
line (``spam_keywords:``), a CSV header (``id,category,keyword``) and a markdown table's head
that names a column of keywords mark the lines below them in the same block.
"""

from __future__ import annotations

import re

from lexicon import recache
from lexicon.lines import find_any, line_start, rfind_any

__all__ = ["code_shaped"]

#: One line's code shapes, each with the label the explanation shows.
_LINE: tuple[tuple[str, re.Pattern[str]], ...] = (
    # BANNED = [ / label_map = { / WORDS: list[str] = (
    (
        "赋值",
        recache.compile(r"^\s*[A-Za-z_][A-Za-z0-9_.]*(?:\s*:\s*[\w\[\], .]+)?\s*=\s*[\[{(]", re.M),
    ),
    # def test_x(): / assert … / import re / return …
    (
        "语句",
        recache.compile(
            r"^\s*(?:def|class|assert|import|from\s+[\w.]+\s+import|return|elif|print\()"
            r"(?=[\s(])",
            re.M,
        ),
    ),
    # is_spam("…") / re.compile(r"…") / filter.add('…')
    ("函数调用", recache.compile(r"[A-Za-z_][A-Za-z0-9_.]*\(\s*[rbuf]?[\"']")),
    # "代考", "替考" (two quoted items in a comma list)
    ("引号词表", recache.compile(r"[\"'][^\"'\n]{1,24}[\"']\s*,\s*[\"'][^\"'\n]{1,24}[\"']")),
    # r"(代考|替考)" / r'办证|刻章'
    ("正则", recache.compile(r"\br[\"'][^\"'\n]*\|")),
    # "代考|办证|刻章" (an alternation of words in quotation marks, a grep pattern as well)
    ("正则", recache.compile(r"[\"'][^\"'\n]*[\u4e00-\u9fff]\|[^\"'\n|]+\|[^\"'\n]*[\"']")),
    # grep -E … / $ rg … (a shell command opening the line)
    ("命令", recache.compile(r"^\s*(?:\$\s*)?(?:grep|egrep|rg|sed|awk|echo|curl)\s+-?", re.M)),
    # - exam_fraud: 代考 / 1,exam_fraud,代考,0.9 / fake_certificate: 办证
    (
        "标识符",
        recache.compile(r"^\s*(?:[-*]\s+|\d+\s*,\s*)?[a-z]{2,}(?:_[a-z][a-z0-9]*)+\s*[:,]", re.M),
    ),
    # keywords_zh.txt / rules.yaml / spam.csv
    (
        "文件名",
        recache.compile(r"\b[A-Za-z0-9_-]+\.(?:txt|py|ya?ml|json|jsonl|csv|tsv|cfg|ini|toml)\b"),
    ),
    # 2026-11-30 12:03:11 WARN …
    (
        "日志",
        recache.compile(
            r"^\s*\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?\S*\s+"
            r"(?:DEBUG|INFO|WARN|WARNING|ERROR|CRITICAL)\b",
            re.M,
        ),
    ),
)
#: Lines that mark the rest of their block: a YAML key alone (spam_keywords:), a CSV header of
#: three or more lowercase identifiers (id,label,text).
_HEAD: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("配置键", recache.compile(r"^\s*[a-z_][a-z0-9_-]{3,}:\s*$", re.M)),
    ("表头", recache.compile(r"^\s*[a-z_]+(?:\s*,\s*[a-z_]+){2,}\s*$", re.M)),
    # a markdown table whose head names its column of words (| 类别 | 关键词 |): a word list; a
    # seller's table of papers and prices (| 证书 | 价格 |) names no such column
    (
        "词表表头",
        recache.compile(
            r"^\s*\|.*(?:关键词|关键字|屏蔽词|过滤词|keywords?|patterns?|regex|labels?)"
            r".*\|\s*$",
            re.IGNORECASE | re.M,
        ),
    ),
)
#: (issue 9, session 48, speed) A printable ASCII character: every shape of ``_LINE`` and
#: ``_HEAD`` holds one (an identifier's letter, a quotation mark, a bracket, a dot, a hyphen or
#: a bar), so a line of Chinese without one is read by no pattern at all -- most lines of a
#: dense page, which the stance asked about once per candidate.
_ASCII_MARK = recache.compile(r"[!-~]")
#: How many lines above the candidate's a block's head may stand.
_BLOCK_LINES = 8
#: How far either side of the candidate its line is read, and the longest line above it read as
#: a block's head: a page of one endless line is read near the candidate only, not once per
#: candidate in full.
_REACH = 240


def code_shaped(text: str, start: int) -> str | None:
    """The label of the code shape of the line holding ``text[start]`` (read up to
    :data:`_REACH` either side) or of its block's head (up to :data:`_BLOCK_LINES` lines up,
    stopping at a blank line), or None."""
    # (issue 9, session 70, engine2) read from the source's index (lexicon.lines), no scan back
    lo = line_start(text, start)
    hi = find_any(text, "\n", start)
    hi = len(text) if hi < 0 else hi
    a, b = max(lo, start - _REACH), min(hi, start + _REACH)
    if _ASCII_MARK.search(text, a, b):
        for label, rx in _LINE:
            if rx.search(text, a, b):
                return label
    for _ in range(_BLOCK_LINES):
        if lo == 0:
            break
        # (issue 9, session 70, engine2) read from the source's index (lexicon.lines), no scan back
        up = rfind_any(text, "\n", 0, lo - 1) + 1
        if lo - 1 - up > _REACH:
            break  # a paragraph, not a head
        if not text[up : lo - 1].strip():
            break
        if _ASCII_MARK.search(text, up, lo - 1):
            for label, rx in (*_HEAD, *_LINE):
                if rx.search(text, up, lo - 1):
                    return label
        lo = up
    return None
