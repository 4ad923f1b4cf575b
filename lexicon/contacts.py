"""Seller contacts behind their disguises: phones, WeChat and QQ ids.

Listings are terse hooks into private chats; the phone, WeChat or QQ id is the thread that ties
ads to one seller, so every id is normalized (digits only for phones and QQ, lower case for
WeChat) before it is stored. Runs over the normalized text (NFKC, simplified, separators
between CJK dropped) with Chinese numerals read as digits (一三八… → 138…).
"""

from __future__ import annotations

import re

from lexicon.finding import Contact
from lexicon.normalize import digits_for_numbers, normalize

__all__ = ["extract_contacts"]

_SEP = r"[\s\-–—.·_/,，、。*]*"
_PHONE = re.compile(r"(?<![0-9])(1[3-9](?:" + _SEP + r"[0-9]){9})(?![0-9])")


def _keys(*words: str) -> str:
    """Alternation of key words, each tolerating separators between its characters (V 信)."""
    gap = r"[\s*·.\-]{0,2}"
    return "(?:" + "|".join(gap.join(re.escape(c) for c in w) for w in words) + ")"


_WECHAT_KEY_WORDS = _keys(
    "微信号",
    "微信",
    "薇信",
    "威信",
    "徽信",
    "维信",
    "微芯",
    "v信",
    "v芯",
    "vx",
    "wx",
    "weixin",
    "wechat",
    "加v",
    "+v",
    "v号",
    "绿泡泡",
    "卫星号",
    "卫星",
)
#: A bare "V:" / "V：" also introduces a WeChat id in listings.
_WECHAT_KEY = f"(?:{_WECHAT_KEY_WORDS}|(?<![a-z])v(?=[:：]))"
_KEYSEP = r"[\s:：=＝\-]*"
_WECHAT = re.compile(
    _WECHAT_KEY + r"(?:号码?|id)?" + _KEYSEP + r"([a-z][a-z0-9_\-]{5,19}|1[3-9][0-9]{9})"
)
_QQ_KEY = _keys("qq", "扣扣", "企鹅号", "企鹅", "q号", "球球", "抠抠", "蔻蔻")
_QQ = re.compile(
    _QQ_KEY + r"(?:号码?|群)?" + _KEYSEP + r"([1-9](?:" + _SEP + r"[0-9]){4,11})(?![0-9])"
)


def _digits(s: str) -> str:
    return re.sub(r"[^0-9]", "", s)


def extract_contacts(
    text: str, source: str = "text", normalized: str | None = None
) -> list[Contact]:
    """All distinct contacts in ``text`` (phones, WeChat and QQ ids), normalized.

    ``normalized`` is ``lexicon.normalize.normalize(text).text`` when the caller has it
    already (the detector does), which saves a pass over the page.
    """
    norm = digits_for_numbers(normalized if normalized is not None else normalize(text).text)
    found: dict[tuple[str, str], Contact] = {}
    for m in _WECHAT.finditer(norm):
        value = m.group(1)
        found.setdefault(("wechat", value), Contact("wechat", value, m.group(0), source))
    for m in _QQ.finditer(norm):
        value = _digits(m.group(1))
        found.setdefault(("qq", value), Contact("qq", value, m.group(0), source))
    qq_spans = [m.span(1) for m in _QQ.finditer(norm)]
    for m in _PHONE.finditer(norm):
        if any(a <= m.start(1) < b for a, b in qq_spans):
            continue
        value = _digits(m.group(1))
        found.setdefault(("phone", value), Contact("phone", value, m.group(0), source))
    return list(found.values())
