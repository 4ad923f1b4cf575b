"""Pinyin, initials and homophone variants of key terms, generated from the lexicon.

Evaders write bao过, baoguo, dgz (电工证) or 苞过. Typing those by hand never keeps up, so every
term in a set that asks for variants gets them generated here:

* ``pinyin``: the whole term in toneless pinyin (``baoguo``, ``bao guo``) and each character in
  turn replaced by its pinyin (``bao过``, ``包guo``);
* ``initials``: first letters of the syllables (``dgz``), only for terms of three or more
  characters (two letters match too much);
* ``homophone``: each character in turn replaced by a common character with the same toneless
  reading (``苞过``).
* ``zheng``: 证 written as 正 (导游正, 资格正书), the one homophone sellers use for the paper's
  own character, for sets too large to take every homophone of every character; recorded as a
  ``homophone`` variant, so the match must sit on jieba's word boundaries (导游正在 is no paper).
* numbers, for every term that has one: Chinese numerals as digits and back (三天拿证 →
  3天拿证, 通过率100% → 通过率一〇〇%), because ads write both. One substitution at a time keeps the list small and the variants close
  to what evaders type; jieba's word boundaries then reject ordinary words.

Character readings and the homophone index come from ``lexicon/variants.json``, generated from
pypinyin and jieba's character frequencies by ``python -m lexicon.variants`` (a test keeps it
current): pypinyin's dictionaries cost a detector process about 56 MB, and scanning never needs
them. A character the file does not know is read with pypinyin (loaded only then).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

from lexicon import recache

__all__ = ["DATA_PATH", "Variant", "number_variants", "variant_data", "variants"]

DATA_PATH = Path(__file__).parent / "variants.json"

#: (variant text, kind) pairs.
Variant = tuple[str, str]

_HOMOPHONES_PER_SYLLABLE = 24
_MIN_CHAR_FREQ = 20
#: A homophone variant that is itself a common word (作证 for 做证) is no disguise.
_COMMON_WORD_FREQ = 5


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


@cache
def _data() -> dict[str, Any]:
    if not DATA_PATH.is_file():
        return {"readings": {}, "homophones": {}}
    return json.loads(DATA_PATH.read_text("utf-8"))


@cache
def _reading(ch: str) -> str | None:
    if not _is_cjk(ch):
        return None
    known = _data()["readings"].get(ch)
    return known if known is not None else _pinyin(ch)


def _pinyin(ch: str) -> str | None:
    from pypinyin import Style, lazy_pinyin

    py = lazy_pinyin(ch, style=Style.NORMAL, errors="ignore")
    return py[0] if py else None


@cache
def _char_freq() -> dict[str, int]:
    """Frequencies of common single characters, from jieba's dictionary."""
    from lexicon.segment import base_tokenizer

    return {
        w: f
        for w, f in base_tokenizer().FREQ.items()
        if len(w) == 1 and _is_cjk(w) and f >= _MIN_CHAR_FREQ
    }


def _is_common_word(word: str) -> bool:
    from lexicon.segment import base_tokenizer

    return base_tokenizer().FREQ.get(word, 0) >= _COMMON_WORD_FREQ


#: (issue 9, session 50, left6) A homophone that turns the act into its refusal (补做 read 不做,
#: 补办 read 不办): 证件不做 is a shop turning a buyer down, and no evader disguises its offer as its
#: own denial. jieba's dictionary lacks these two-character phrases, so the common-word test
#: above lets them through.
_REFUSAL = recache.compile(r"^(?:不|没|未)(?:做|办|制|刻|出|卖|售|接)")


@cache
def _homophone_index() -> dict[str, tuple[str, ...]]:
    """Toneless syllable -> common characters, from the data file (else computed)."""
    stored = _data()["homophones"]
    if stored:
        return {k: tuple(v) for k, v in stored.items()}
    return _compute_homophones()


def _compute_homophones() -> dict[str, tuple[str, ...]]:
    """Toneless syllable -> common characters (by jieba dictionary frequency)."""
    freq = _char_freq()
    by_syl: dict[str, list[str]] = defaultdict(list)
    for ch in sorted(freq, key=freq.get, reverse=True):  # type: ignore[arg-type]
        syl = _pinyin(ch)
        if syl and len(by_syl[syl]) < _HOMOPHONES_PER_SYLLABLE:
            by_syl[syl].append(ch)
    return {k: tuple(v) for k, v in by_syl.items()}


def release() -> None:
    """Drop the readings, the homophone index and the data file's contents: only building an
    automaton asks for variants, and a scanning process need not keep them (they load again,
    the same, if a later build asks)."""
    for cached in (_data, _reading, _homophone_index, _char_freq):
        cached.cache_clear()


_CN = "〇一二三四五六七八九"
_CN_NUM = recache.compile(r"[一二三四五六七八九]?十[一二三四五六七八九]?|[〇一二三四五六七八九]")
_AR_NUM = recache.compile(r"[0-9]+")


def _cn_to_digits(m: re.Match[str]) -> str:
    s = m.group(0)
    if "十" not in s:
        return str(_CN.index(s))
    tens, _, ones = s.partition("十")
    return str((_CN.index(tens) if tens else 1) * 10 + (_CN.index(ones) if ones else 0))


def number_variants(term: str) -> list[str]:
    """The term with its numbers written the other way (Chinese numerals <-> digits)."""
    out = []
    if _CN_NUM.search(term):
        out.append(_CN_NUM.sub(_cn_to_digits, term))
    if _AR_NUM.search(term):
        out.append(_AR_NUM.sub(lambda m: "".join(_CN[int(d)] for d in m.group(0)), term))
    return [v for v in out if v != term]


def variants(term: str, kinds: tuple[str, ...]) -> list[Variant]:
    """Generated variants of ``term`` (normalized form); the term itself is not included."""
    out: dict[str, str] = {v: "numerals" for v in number_variants(term)}
    chars = list(term)
    readings = [_reading(c) for c in chars]
    if not kinds or not any(readings):
        out.pop(term, None)
        return list(out.items())
    if "pinyin" in kinds:
        full = [r or c for r, c in zip(readings, chars, strict=True)]
        out.setdefault("".join(full), "pinyin")
        out.setdefault(" ".join(full), "pinyin")
        for i, r in enumerate(readings):
            if r:
                out.setdefault("".join(chars[:i]) + r + "".join(chars[i + 1 :]), "pinyin")
    if "initials" in kinds and len(chars) >= 3 and all(readings):
        out.setdefault("".join(r[0] for r in readings if r), "initials")
    if "homophone" in kinds:
        index = _homophone_index()
        for i, r in enumerate(readings):
            for h in index.get(r or "", ()):
                v = "".join(chars[:i]) + h + "".join(chars[i + 1 :])
                if h != chars[i] and not _is_common_word(v) and not _REFUSAL.match(v):
                    out.setdefault(v, "homophone")
    if "zheng" in kinds and "homophone" not in kinds:
        for i, c in enumerate(chars):
            if c == "证":
                v = "".join(chars[:i]) + "正" + "".join(chars[i + 1 :])
                if not _is_common_word(v):
                    out.setdefault(v, "homophone")
    out.pop(term, None)
    return list(out.items())


def variant_data(terms: list[str]) -> dict[str, Any]:
    """The data file's content: readings of every character of ``terms`` and of the
    homophones, and the homophone index (computed with pypinyin and jieba)."""
    index = _compute_homophones()
    chars = {c for t in terms for c in t if _is_cjk(c)}
    chars |= {c for cs in index.values() for c in cs}
    return {
        "about": "readings and homophones for lexicon.variants; python -m lexicon.variants",
        "readings": {c: r for c in sorted(chars) if (r := _pinyin(c))},
        "homophones": {k: "".join(v) for k, v in sorted(index.items())},
    }


def _variant_terms() -> list[str]:
    from lexicon.normalize import normalize_term
    from lexicon.rules import load_lexicon

    lex = load_lexicon()
    return sorted({normalize_term(t) for ts in lex.sets.values() for t in ts.terms})


if __name__ == "__main__":
    data = variant_data(_variant_terms())
    DATA_PATH.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", "utf-8")
