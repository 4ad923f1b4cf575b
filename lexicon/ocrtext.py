"""Image text as OCR returns it, read back into the text the rules know (session 38).

OCR of a seller's poster, a chat screenshot or a card photo differs from typed text in three ways
the page path must not copy (on a page, 正, 力 and 言 are ordinary characters):

* **look-alike glyphs**: 证 read as 正/怔/讧/征, 工 as katakana エ, 办 as カ/力, 过 as 讨/迂/辻,
  考 as 老/孝, 电 as 申, 章 as 草/竟, 全 as 仝, 微 as 徽, 信 as 倍, and O/o/I/l/S/B inside a
  phone number. :data:`CONFUSIONS` mends them only where the neighbouring character makes the
  domain word (工正 → 工证, カ理 → 办理, 包迂 → 包过), never a character on its own (except
  エ, which Chinese text never holds);
* **layout lines**: a poster's lines are phrases (read as commas), but a word broken by the
  layout (低压电 / 工证) is one word: a line break is dropped where a lexicon term runs across it;
* **chat screenshots** stay commas: the buyer names the certificate in one turn (想考个电工证) and
  the seller answers in the next (不用考 直接给你办好); read as sentences, the turns cut the
  offer from its object (holdout77), and a refusal (不可以，考试要本人到考点) needs its question
  beside it.

Every change keeps the text's length, so offsets still point into the OCR text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from lexicon import recache

__all__ = ["CONFUSIONS", "mend_glyphs", "read_lines"]

#: Misread pairs, each key as long as its value: (what OCR returned, what the glyph was). A key
#: is a misread glyph with the neighbour that makes it a domain word; keep this table small
#: (it is applied to image text only, one regex pass per image).
CONFUSIONS: dict[str, str] = {
    # 工 → エ (katakana; no Chinese text holds it)
    "エ": "工",
    "电土": "电工",
    "焊土": "焊工",
    # 电 → 申
    "申工": "电工",
    "压申": "压电",
    # 办 → カ / 力
    "カ理": "办理",
    "カ证": "办证",
    "代カ": "代办",
    "包カ": "包办",
    "カ好": "办好",
    "カ的": "办的",
    # 过 → 讨 / 迂 / 辻 after the promise's first character; 包 → 刨
    "包讨": "包过",
    "包迂": "包过",
    "包辻": "包过",
    "保讨": "保过",
    "保迂": "保过",
    "必讨": "必过",
    "刨过": "包过",
    "不迂退": "不过退",
    "不讨退": "不过退",
    "考不迂": "考不过",
    "考不讨": "考不过",
    # 考 → 老 / 孝
    "免老": "免考",
    "代老": "代考",
    "替老": "替考",
    "老试": "考试",
    "孝试": "考试",
    "免孝": "免考",
    # 章 → 草 / 竟
    "刻草": "刻章",
    "公草": "公章",
    "刻竟": "刻章",
    # 全 → 仝
    "仝国": "全国",
    "仝程": "全程",
    "仝包": "全包",
    # 微 / 信
    "徽信": "微信",
    "微倍": "微信",
    "徽倍": "微信",
}
_CONFUSED = recache.compile("|".join(sorted(map(re.escape, CONFUSIONS), key=len, reverse=True)))
#: 证 read as 正/怔/讧/征 right after a character that ends a certificate's name or a sale verb
#: (电工证, 操作证, 资格证, 毕业证, 健康证, 拿证, 出证, 办证), unless what follows makes the
#: ordinary word (电工正在, 工作正常, 专业正规, 出正品).
_ZHENG = recache.compile(
    r"(?<=[工作格业康高车冷拿出下办考位员师驶婚产])[正怔讧征]"
    r"(?![在常规确式当好面版品义月宗价装经门点文事收集求兆地服用信])"
)
#: A phone or account number with letters OCR put for digits (138 O012 3456, 139OOOO1111).
_NUMBER = recache.compile(r"[\dOoIlSB][\dOoIlSB \-]{5,}[\dOoIlSB]")
_AS_DIGIT = str.maketrans("OoIlSB", "001158")
_CJK = recache.compile(r"[\u3400-\u9fff]")


def _number(m: re.Match[str]) -> str:
    s = m.group()
    if sum(c.isdigit() for c in s) < 7 or sum(c.isalpha() for c in s) > 4:
        return s
    return s.translate(_AS_DIGIT)


def mend_glyphs(text: str) -> str:
    """``text`` with the misread glyphs of :data:`CONFUSIONS` mended (same length)."""
    text = _CONFUSED.sub(lambda m: CONFUSIONS[m.group()], text)
    text = _ZHENG.sub("证", text)
    return _NUMBER.sub(_number, text)


def read_lines(text: str, joins: Callable[[str, str], bool]) -> str:
    """OCR ``text`` as the scanner reads it (same length): glyphs mended, a line break inside
    a word dropped (``joins(before, after)`` says whether a term runs across it: the two lines'
    ends), the other line breaks read as commas."""
    text = mend_glyphs(text)
    if "\n" not in text:
        return text
    lines = text.split("\n")
    out = [lines[0]]
    for prev, line in pairwise(lines):
        if (
            prev
            and line
            and _CJK.match(prev[-1])
            and _CJK.match(line[0])
            and joins(prev[-12:], line[:12])
        ):
            sep = " "
        else:
            sep = "，"
        out.append(sep)
        out.append(line)
    return "".join(out)
