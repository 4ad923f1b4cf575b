"""Normalization against evasion, with every offset mappable back to the original text.

Evaders write 包 过, 包⭐过, 低壓電工證, １００％, 电⼯证 (Kangxi 工) or hide zero-width characters
between the letters. Matching runs over a normalized copy in which:

* every character is mapped one-to-one through a single translation table built once per
  process: NFKC (full width, Kangxi radicals, circled digits), case folding, traditional to
  simplified (OpenCC ``t2s`` applied character by character, so lengths never change), and
  format characters (zero-width and friends) turned into a drop marker; what NFKC leaves alone
  but evaders type for a plain character is folded too (radical-supplement forms such as ⻋ for 车,
  dingbat digits ❶, look-alike Cyrillic, Greek and small-capital letters, negative squared
  letters 🅱), and the invisibles outside the format category (Hangul fillers, tag characters,
  supplementary variation selectors) are dropped;
* sentence punctuation and line breaks become ``。``, commas ``，``, so rules can tell how many
  sentences a combination spans;
* runs of separators (spaces, other punctuation, symbols, emoji, drop markers) are removed
  unless they sit between two ASCII letters or digits (``bao guo``, ``138 1234``);
* a word set one character per line (``电\n工\n证\n免\n考``) loses its line breaks: two or
  more lines of one CJK character are joined with the next line's first character;
* a word spelled one character per item (``毕、业、证``, ``健，康，证``, ``刻_章``) loses the
  commas or underscores between its single characters, and the pinyin of a paper's key
  character next to Chinese (``健康zheng``, ``刻gong章``, ``bi业证``) reads as the character.

Both passes run in C (an array lookup, or ``str.translate`` for short text, and one
``re.sub``): a per-character Python loop would cap the detector far below its throughput
target. The offset map is built lazily, only when a
candidate match needs its original span. Characters whose NFKC form is longer than one
character (⑩, ㎡, ligatures) are rare; pages containing them take a slower exact path.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate, chain, compress, count, islice
from operator import add

from lexicon import recache

__all__ = [
    "Normalized",
    "digits_for_numbers",
    "joins_spelled",
    "normalize",
    "normalize_light",
    "normalize_term",
]

#: Marker for characters to drop (format characters); part of the separator class.
_DROP = "\x00"
#: What the page's table array translates a symbol or katakana エ to (:func:`_fill_glyphs`).
_GLYPH = "\x02"
#: What a character whose NFKC form is longer than one character translates to in the
#: one-to-one table (it only says that the page takes the exact path).
_EXPANDS = "\x01"
#: Clause boundary every sentence/clause punctuation maps to.
BOUNDARY = "。"
#: Clause boundary commas map to (weaker: a listing strings its hooks together with commas).
COMMA = "，"
_BOUNDARY_CHARS = "。．！？!?；;\n\r\t｡"
_COMMA_CHARS = "，,、"
#: The sentence marks :meth:`Normalized.marked` writes again where ``text`` has ``。`` for them.
_RAW_MARKS = {"？": "？", "?": "？", "！": "！", "!": "！"}
_RAW_MARK = recache.compile("[？?！!]")
#: Characters kept in the normalized text even though Unicode calls them symbols/punctuation.
_KEEP = set("%+@_#")
_SCAN_LIMIT = 0x30000


def _is_separator(ch: str) -> bool:
    if ch == _DROP:
        return True
    if ch in _KEEP or ch in (BOUNDARY, COMMA):
        return False
    cat = unicodedata.category(ch)
    return cat[0] in "PSZ" or cat in ("Cc", "Cf", "Mn", "Me", "Sk", "Co")


#: (session 45, unicode) Invisible characters that Unicode does not call format characters: the
#: Hangul fillers (ᅟ ᅠ ㅤ ﾠ, letters by category, blank on screen) typed between the characters of a
#: word (电ㅤ工ㅤ证). Dropped like a zero-width space.
_FILLERS = (0x115F, 0x1160, 0x3164, 0xFFA0)
#: (session 45, unicode) Tag characters (U+E0000–E007F) and the supplementary variation selectors
#: (U+E0100–E01EF): invisible, past the table's end (``_SCAN_LIMIT``), dropped.
_INVISIBLE_ASTRAL = (0xE0000, 0xE01F0)


def _lookalikes() -> dict[str, str]:
    """(session 45, unicode) What evaders type for a character that NFKC does not fold.

    * CJK radicals-supplement forms that stand for a whole character (⻋ for 车 in 叉⻋证, ⻔ 门, ⻢
      马, ⻓ 长, ⻜ 飞, ⻘ 青 …; a Kangxi radical ⼯ already folds): the components that are no
      character of their own (⺅ ⺡ ⺾ …) stay symbols, dropped.
    * Dingbat and double-circled digits (❶ ➊ ➀ ⓵ ⓿), which NFKC leaves as they are, read as digits
      like ① (the tens are in :data:`_DINGBAT_TENS`).
    * Letters that look like Latin ones inside pinyin and contact keys (bаo过 with a Cyrillic а, ѵх
      for vx, ʙᴀᴏ in small capitals, 🅱🅰🅾 in negative squares), in their small (case-folded)
      forms: Cyrillic а е і ј к о р с ѕ у х һ ԁ ԛ ԝ ѵ ӏ, Greek α β ε ι κ ο ρ τ υ χ ϲ ϳ (ν was already
      v), Latin ɑ ɡ ı ȷ and the small capitals. A Chinese page holds no Russian or Greek words where
      this could join a term; in maths an α or ρ reads a or p, which no term is.
    """
    out = dict(
        zip(
            "⺠⻔⻢⻋⻅⻉⻓⻛⻜⻘⻙⻚⻥⻦⻨⻩⻬⻮⻰⻣⻤⻝⻄⻆⻈⻐⺰⻑⻗⺁⺇⺊⺌⺗⺝⺩⺬⻖⻏",
            "民门马车见贝长风飞青韦页鱼鸟麦黄齐齿龙骨鬼食西角讠钅纟长雨厂几卜小心月王示阝阝",
            strict=True,
        )
    )
    for lo in (0x2776, 0x2780, 0x278A, 0x24F5):  # ❶…❾ ➀…➈ ➊…➒ ⓵…⓽
        for k in range(9):
            out[chr(lo + k)] = str(k + 1)
    out["\u24ff"] = "0"  # ⓿
    for base in (0x1F150, 0x1F170):  # 🅐…🅩, 🅰…🆉
        for k in range(26):
            out[chr(base + k)] = chr(0x61 + k)
    out |= dict(zip("аеіјкорсѕухһԁԛԝѵӏ", "aeijkopcsyxhdqwvl", strict=True))
    out |= dict(zip("αβεικορτυχϲϳ", "abeikoptuxcj", strict=True))
    out |= dict(zip("ɑɡıȷ", "agij", strict=True))
    out |= dict(zip("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ", "abcdefghijklmnoprstuvwyz", strict=True))
    return out


_LOOKALIKES = _lookalikes()
#: (issue 9, session 64, wide2) Icons that stand before a seller's phone, WeChat id or mail: all
#: read as the one contact marker ☎ (see :func:`_tables`).
_CONTACT_ICONS = "☎☏✆📞📱📲✉📧📨📩💬🟢🛰🆔🟩"
#: (issue 9, session 65, review100) A contact marker glued between two letters or digits (138📞0571📞2233,
#: v：hz📞5521, 扣 2866🐧190357) is a symbol inside one number or id, not a key before one: read as
#: the separator it was before wide2 kept the icons (a space between letters or digits).
_ICON_IN_ID = recache.compile(f"(?<=[a-z0-9])[☎🐧✈](?={_DROP}*[a-z0-9])")
#: (session 45, unicode) The dingbat and double-circled tens (⓾ ❿ ➉ ➓) and ⓫…⓴ (11–20).
_DINGBAT_TENS = {cp: "10" for cp in (0x24FE, 0x277F, 0x2789, 0x2793)} | {
    0x24EB + k: str(11 + k) for k in range(10)
}


@cache
def _tables() -> tuple[dict[int, str], dict[int, str]]:
    """(one-to-one table, expansion table) — once per process, read from the build cache.

    (session 77, ci5) Building them runs NFKC and OpenCC's t2s over every code point below
    ``_SCAN_LIMIT``: 0.5-0.9 s of CPU at the first normalization of every process (each test
    subprocess, each ``adsweep scan``) for the same two dicts of int -> str. They are kept with
    :mod:`lexicon.buildcache` under a name that covers everything they are made of (see
    :func:`_tables_name`); anything missing, damaged or of another shape is built as before.
    """
    from lexicon import buildcache

    name = _tables_name()
    got = buildcache.load(name) if name else None
    if (
        isinstance(got, tuple)
        and len(got) == 2
        and isinstance(got[0], dict)
        and isinstance(got[1], dict)
    ):
        return got[0], got[1]
    built = _build_tables()
    if name:
        buildcache.store(name, built)
    return built


#: OpenCC's data the t2s conversion reads, under its package directory: the dictionaries and
#: configurations (``clib/share/opencc``), the compiled converter and the package's Python.
_OPENCC_DATA = ("clib/share/opencc", "clib", "")


def _tables_name() -> str | None:
    """The build cache's name of :func:`_tables`: besides this module's bytes and the
    interpreter's version (:func:`lexicon.buildcache.code_digest`), the Unicode database's
    version (NFKC and the categories) and OpenCC's version and data files, by their bytes.
    None when OpenCC's files cannot be found (then the tables are built every time)."""
    import importlib.util
    from pathlib import Path

    from lexicon import buildcache

    try:
        spec = importlib.util.find_spec("opencc")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    home = Path(next(iter(spec.submodule_search_locations)))
    files: list[Path] = []
    for sub in _OPENCC_DATA:
        where = home / sub if sub else home
        if where.is_dir():
            files.extend(sorted(p for p in where.iterdir() if p.is_file() and p.suffix != ".pyc"))
    if not files:
        return None
    versions = sorted(p.name for p in home.parent.glob("opencc-*.dist-info"))
    inputs = (unicodedata.unidata_version, versions, [str(p.relative_to(home)) for p in files])
    return buildcache.digest("normalize", inputs, files=files)


def _build_tables() -> tuple[dict[int, str], dict[int, str]]:
    """(one-to-one table, expansion table), built from the Unicode database and OpenCC."""
    from opencc import OpenCC

    simple: dict[int, str] = {}
    expand: dict[int, str] = {}
    for cp in range(_SCAN_LIMIT):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        cat = unicodedata.category(ch)
        if cat == "Cf" or 0xFE00 <= cp <= 0xFE0F:
            simple[cp] = _DROP
            continue
        out = unicodedata.normalize("NFKC", ch).lower()
        if len(out) == 1:
            if out != ch:
                simple[cp] = out
        elif len(out) > 1:
            expand[cp] = out
    # Traditional to simplified, one character at a time so the length never changes.
    cjk = [chr(cp) for cp in range(0x3400, 0xA000)]
    converted = OpenCC("t2s").convert("\n".join(cjk)).split("\n")
    if len(converted) == len(cjk):
        for src, dst in zip(cjk, converted, strict=True):
            if len(dst) == 1 and dst != src:
                simple[ord(src)] = dst
    # Cantonese characters with one Mandarin counterpart each (冇 没, 攞 拿, 嘅 的, 咗 了, 喺 在,
    # 睇 看, 嚟 来): t2s leaves them, so a Hong Kong board's 冇考試直接攞證 missed every term
    # written 没考试 / 直接拿证. None of them is a Mandarin word's character; 唔 (不 in 唔使, but
    # 唔該 is "thanks") and 俾 (给, also 俾使) are not folded and have terms of their own.
    for src, dst in zip("冇攞嘅咗喺睇嚟", "没拿的了在看来", strict=True):
        simple[ord(src)] = dst
    # (session 45, unicode) Characters NFKC leaves alone that evaders type for a plain one (see
    # :data:`_LOOKALIKES`); set before the compose step, so a capital (Cyrillic А, Greek Κ) folded
    # to its small letter reaches the ASCII letter, and a radical form (⻑) its simplified form.
    for src, dst in _LOOKALIKES.items():
        simple[ord(src)] = dst
    # (issue 9, session 73, fresh) Pinyin typed with its tone marks (diàn gōng zhèng, hàn gōng
    # zhèng) to slip past a filter that knows the plain pinyin: the toned vowels read as the plain
    # ones, so the pinyin readings below see dian gong zheng. Set before the compose step, so the
    # capitals (À, Ē) reach the plain letter through their small forms. An accented word of a
    # European language (café, résumé) only loses its accent: no term holds one.
    for src, dst in zip("āáǎàēéěèīíǐìōóǒòūúǔù", "aaaaeeeeiiiioooouuuu", strict=True):
        simple[ord(src)] = dst
    for cp in _FILLERS:
        simple[cp] = _DROP
    for cp, out in list(simple.items()):  # compose NFKC then t2s (e.g. Kangxi radical forms)
        if len(out) == 1 and ord(out) in simple and simple[ord(out)] != out:
            simple[cp] = simple[ord(out)]
    for ch in _BOUNDARY_CHARS:
        simple[ord(ch)] = BOUNDARY
    for ch in _COMMA_CHARS:
        simple[ord(ch)] = COMMA
    # Every separator becomes the drop marker, so removal is a plain ``str.replace``.
    for cp in range(_SCAN_LIMIT):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        out = simple.get(cp, chr(cp))
        if len(out) == 1 and (cp == 0 or _is_separator(out)):
            simple[cp] = _DROP
    # The heavy plus emoji is the spammer's 加 ("➕dg6677", "➕V 8866"): kept as the plus it
    # stands for, so the contact reader sees the key instead of a dropped emoji.
    simple[0x2795] = "+"
    # (issue 9, session 64, wide2) The icons spam puts before its contact (✉ bl_kaiju, 📞 zz_tz88,
    # 🐧 2866190357, ✈ @tz_bz) are kept as three markers the contact reader takes for a key:
    # ☎ for the phone, mail, chat and WeChat icons (🛰 is 卫星, the WeChat slang; 🟢 its
    # colour), 🐧 for QQ and ✈ for Telegram. Dropped, they left a bare id no key introduced.
    for ch in _CONTACT_ICONS:
        simple[ord(ch)] = "☎"
    simple[ord("🐧")] = "🐧"
    simple[ord("✈")] = "✈"
    # The stroke 丨 (a CJK character, and the Kangxi radical ⼁ that becomes it) is no word's
    # character in today's text: it is typed as a bar between words (标题丨副标题) and, to
    # dodge filters, between the characters of one (电丨工丨证). Dropped like the bar |.
    for cp, out in list(simple.items()):
        if out == "\u4e28":
            simple[cp] = _DROP
    simple[0x4E28] = _DROP
    # Circles stand for the digit zero in phone numbers written to dodge filters (138○721○496,
    # 壹捌陆○贰贰…): kept as the ideographic zero 〇, which the contact reader reads as 0, instead
    # of a dropped symbol that leaves the number a digit short.
    for cp in (0x25CB, 0x25EF, 0x2B58):  # ○ ◯ ⭘
        simple[cp] = "〇"
    # The Greek nu ν looks like a v, and sellers type it for the v of "V：id" / "ν信" (WeChat)
    # past a filter; no Chinese page writes Greek words.
    simple[0x3BD] = "v"
    # (session 43, typos) Rare characters typed for a common one by habit or as 火星文, none of
    # them a character of a word in today's text: 埸 (the five-stroke typo of 场: 不用到埸, 考埸,
    # 市埸), 笁 for 工 (電笁證), 莋 for 作 (特种莋业), 丂 for 考 (免丂, 代丂).
    for src, dst in zip("埸笁莋丂", "场工作考", strict=True):
        simple[ord(src)] = dst
    # Tag characters and the supplementary variation selectors lie past the table's end: only
    # the dict (short texts, the exact path) holds them; the array's reader drops them itself.
    for cp in range(_INVISIBLE_ASTRAL[0], _INVISIBLE_ASTRAL[1]):
        simple[cp] = _DROP
    # Dingbat tens (⓾ ❿ ➉ ➓ ⓫…⓴): two digits, so the exact path, like ⑩.
    for cp, out in _DINGBAT_TENS.items():
        expand[cp] = out
    for cp, out in list(expand.items()):
        out = "".join(c for c in out.translate(simple) if c != _DROP)
        if len(out) <= 1:  # e.g. … (three dots, all separators): stays one-to-one
            simple[cp] = out or _DROP
            del expand[cp]
        else:
            expand[cp] = out
    # A character with a longer form translates to a marker no other character becomes (the
    # control character itself becomes the drop marker): one translation tells normalize()
    # whether the page needs the slow exact path, instead of a regex search over every page.
    assert _EXPANDS not in simple.values()
    for cp in expand:
        simple[cp] = _EXPANDS
    return simple, expand


def _table_string() -> str:
    """The one-to-one table as a string indexed by code point (each character's translation,
    itself where it has none), the source of :func:`_table_array`. Code points past its end
    (``_SCAN_LIMIT`` on) are in no table and stay as they are, as with the dict. Built in
    chunks, so the 196k one-character strings never exist at once."""
    get = _tables()[0].get
    chunks = (range(lo, min(lo + 4096, _SCAN_LIMIT)) for lo in range(0, _SCAN_LIMIT, 4096))
    return "".join("".join([get(cp) or chr(cp) for cp in chunk]) for chunk in chunks)


@cache
def _table_array():  # type: ignore[no-untyped-def]
    """The table string as an array of code points, for :func:`_translate_long`: kept instead
    of the string (the same 0.8 MB), built on the first long text."""
    import numpy as np

    table = np.frombuffer(_table_string().encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    table = table.copy()
    # A symbol that may stand for a character of a paper's name (arrows to dingbats, the emoji
    # plane) translates to the glyph marker instead of the drop marker, and katakana エ too:
    # :func:`_fill_glyphs` reads them (and turns every marker back), so a page learns whether it
    # holds one from a search for the marker, not from a lookup of its own.
    for lo, hi in ((0x2190, 0x2C00), (0x1F000, 0x20000)):
        block = table[lo:hi]
        block[block == 0] = ord(_GLYPH)
    table[[0x30A8, 0xFF74]] = ord(_GLYPH)
    return table


#: Texts this long translate through the code-point array; shorter ones (terms, titles, short
#: sentences) through the dict, where the array's fixed cost per call (about 7 µs) dominates:
#: the two break even near 128 characters, and at 512 the array is four times faster.
_ARRAY_FROM = 160


def _translate_long(text: str) -> str:
    """:func:`_translate_long_lines` without the line check (and its glyph markers turned back
    into what the dict gives: the plain translation)."""
    out, _lines, _latin, glyphs = _translate_long_lines(text)
    if not glyphs:
        return out
    chars, simple = list(out), _tables()[0]
    for p in glyphs:
        chars[p] = simple.get(ord(text[p]), text[p])
    return "".join(chars)


def _translate_long_lines(text: str) -> tuple[str, bool, list[int], list[int]]:
    """``text.translate(_table_string())``, as one array lookup per character in C.

    ``str.translate`` fetches each character's replacement from the table as a Python object
    (a one-character string per non-ASCII character): about 60-100 ns a character, a third of
    the whole detector's time on everyday text. Encoded as UTF-32, the text is an array of code
    points; indexing the table array with it and decoding the result is the same translation,
    an order of magnitude faster. Lone surrogates (hostile pages) pass through both ways."""
    import numpy as np

    table = _table_array()
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if int(points.max()) < len(table):
        out = table[points]
    else:  # past the table's end (astral planes beyond 0x2FFFF): stays as it is
        out = points.copy()
        inside = points < len(table)
        out[inside] = table[points[inside]]
        # tag characters and supplementary variation selectors (invisible): the drop marker
        out[(points - _INVISIBLE_ASTRAL[0]) < (_INVISIBLE_ASTRAL[1] - _INVISIBLE_ASTRAL[0])] = 0
    # Whether two line breaks stand two apart (a line of one character, as in a word set
    # vertically): on the array already made, a few microseconds a page, where a regex search
    # over a page's text costs several times that.
    breaks = points == 10
    lines = bool((breaks[:-2] & breaks[2:]).any())
    decoded = out.tobytes().decode("utf-32-le", "surrogatepass")
    glyphs: list[int] = []  # a symbol or katakana エ: a few a page, mostly none
    at = decoded.find(_GLYPH)
    while at >= 0:
        glyphs.append(at)
        at = decoded.find(_GLYPH, at + 1)
    return decoded, lines, _latin_beside_han(out), glyphs


def _latin_beside_han(out) -> list[int]:  # type: ignore[no-untyped-def]
    """Where a Latin letter stands right after or before a CJK character in the translated
    code points (健康zheng, bi业), the only places :func:`_pinyin_char` can read a syllable:
    a few a page, found on the array already made (most pages of Chinese hold no letter)."""
    import numpy as np

    low = (out - 97) < 26  # unsigned: below 97 wraps round, too
    if not low.any():
        return []
    han = (out - 0x3400) < (0xA000 - 0x3400)
    # (issue 9, session 69, engine1) and the compatibility ideographs the table keeps (U+FA0E …),
    # which ``_is_han`` counts: a text shorter than ``_ARRAY_FROM`` read 﨎zheng as 﨎证 through
    # the dict, the same text inside a page kept the letters
    han |= (out - 0xF900) < (0xFB00 - 0xF900)
    return np.flatnonzero((low[1:] & han[:-1]) | (low[:-1] & han[1:])).tolist()  # type: ignore[no-any-return]


#: A separator run (group 1) between two ASCII letters or digits is kept, as spaces of the same
#: length. The letter before it is matched, not looked behind at: a pattern that starts with a
#: character class lets the regex engine skip to the next letter or digit (three times faster
#: over Chinese text); the run's matches are the same, as the letter after a run is only
#: looked ahead at and can start the next match.
_KEEP_RUN = recache.compile(rf"[a-z0-9]({_DROP}+)(?=[a-z0-9])")


#: Separators kept as themselves between letters/digits (ids like ``xl-dgz1600``, ``a.b``).
_ID_CHARS = {"-": "-", "－": "-", "‐": "-", "‑": "-", "–": "-", "—": "-", ".": ".", "．": "."}
_ID_CHARS |= {":": ":", "：": ":", "@": "@", "＠": "@"}
#: (issue 9, session 75, seller2) The combining diacritical marks (U+0300-U+036F): a tone typed as
#: its own character after the vowel (decomposed pinyin, ``dia\u0300n go\u0304ng zhe\u0300ng``, as some
#: input methods and copy paths leave it) is part of the letter, not a space between two words:
#: dropped like a zero-width character, so the pinyin reads as the composed one (the table folds
#: its toned vowels to the plain ones). A space or id punctuation beside the mark stays.
#: Kept in :data:`_ID_CHARS`' lookup, so a run of separators costs no extra test.
_ID_CHARS |= {chr(cp): _DROP for cp in range(0x300, 0x370)}


def _kept_run(original: str, t2o: list[int] | None = None):  # type: ignore[no-untyped-def]
    """Replacement for a separator run between letters/digits: id punctuation kept, combining
    diacritical marks dropped (the letter's own tone), the rest (spaces, symbols, format
    characters) as spaces, so the length never changes.

    ``t2o`` is the exact path's map from the translated text to ``original`` (a page holding a
    character whose NFKC form is longer: ™, ⑩, ½, ㎡). (issue 9, session 76, review187) That path
    used to put a space for every separator of a run (``_spaces``): one such character anywhere
    on a page read its decomposed pinyin ``dia\u0300n`` as ``dia n`` and its ids ``xl-dgz1600`` as
    ``xl dgz1600``, where the same page without it read ``dian`` and kept the hyphen. A separator
    translates to one drop marker of its own, so the run's characters are found through the map
    and replaced alike on both paths."""

    def repl(m: re.Match[str]) -> str:
        if t2o is None:
            run = original[m.start(1) : m.end()]
        else:
            run = "".join(original[t2o[i]] for i in range(m.start(1), m.end()))
        if len(run) == 1:  # (issue 9, session 67, speed8) most runs: one space, no generator
            return m.group()[0] + _ID_CHARS.get(run, " ")
        return m.group()[0] + "".join(_ID_CHARS.get(c, " ") for c in run)

    return repl


@dataclass(slots=True)
class Normalized:
    """Normalized text plus a lazy map from its offsets to the original's."""

    text: str
    _mapped: str  # after translation, before separator removal (same length as original
    #              unless ``_t2o`` is set)
    _t2o: list[int] | None = None
    _removed: list[tuple[int, int]] | None = field(default=None)
    _ends: list[int] | None = field(default=None)
    #: Where the labelled posts of a flattened thread start (``post_starts``), built on first use.
    _posts: list[int] | None = field(default=None)
    #: The sentence ends a combination counts (``combo_ends``), built on first use.
    _combo: list[int] | None = field(default=None)
    #: ``text`` with its question and exclamation marks written again (``marked``), on first use.
    _marked: str | None = field(default=None)
    #: The refused echoes' spans (``refused_echoes``), built on first use.
    _echoes: list[tuple[int, int]] | None = field(default=None)
    #: (issue 9, session 74, gen1) The source (compared by identity) and its refused echoes' raw
    #: reads (``echo_reads``), made on first use.
    _echo_reads: tuple[str, list[tuple[int, int, int]]] | None = field(default=None)
    _at: list[int] = field(default_factory=list)  # the runs' positions, for bisect
    #: Each run's first kept character's original index (``_kept_at``), on first use.
    _orig_at: list[int] | None = field(default=None)
    _shift: list[int] = field(default_factory=list)  # chars removed before each run's position
    #: (issue 9, session 72, judge) The combination stage's word-boundary answers, per match
    #: (``combos.Combiner._boundary_ok``), made on first use: a match several rules' pools share is
    #: asked about once per source, never for another text (this object is one text's).
    _bounds: dict[object, bool] | None = field(default=None)

    def sentence_ends(self) -> list[int]:
        """Start offsets of the runs of sentence ends (``。``) in ``text``, built on first use."""
        if self._ends is None:
            self._ends = run_starts(self.text, BOUNDARY)
        return self._ends

    def boundary_answers(self) -> dict[object, bool]:
        """(issue 9, session 72, judge) The per-source store of ``combos``' word-boundary answers
        (``_bounds``), made on first use."""
        if self._bounds is None:
            self._bounds = {}
        return self._bounds

    def post_starts(self, original: str) -> list[int]:
        """Positions in ``text`` where a labelled post of ``original`` (this text's source)
        starts (:func:`lexicon.posts.post_heads`: 2楼：, 答1：, a chat log's speakers; 0 first, the
        text before the first label being a post of its own), one per :func:`lexicon.posts.asks`,
        built on first use; [] when the source is no thread of two or more labelled posts."""
        if self._posts is None:
            from lexicon.posts import post_heads

            out: list[int] = []
            heads = post_heads(original) if "\n" in original else ()
            if heads and heads[0] != 0:
                out.append(0)  # the text before the first label: a post of its own
            out += map(self._at_or_after, heads)  # the first position at or after each head
            self._posts = out
        return self._posts

    def combo_ends(self, original: str) -> list[int]:
        """The sentence ends a rule's combination counts (``combos._MAX_BOUNDARIES``): those of
        :meth:`sentence_ends` but an answering turn's opening echo of the question on the line
        before (:func:`lexicon.posts.echo_stops`, session 61, review62: 老板：包拿？包的，不用考),
        built on first use; ``original`` is this text's source."""
        if self._combo is None:
            from lexicon.posts import echo_stops, trade_list_stops

            ends = self.sentence_ends()
            drop = set(echo_stops(original, ends, self.orig)) if "\n" in original else set()
            # (issue 9, session 69, sold4) and a poster's line of trades between its paper and its claim
            if "\n" in original:
                drop.update(trade_list_stops(original, ends, self.orig))
            self._combo = [e for e in ends if e not in drop] if drop else ends
        return self._combo

    def marked(self, original: str) -> str:
        """``text`` with every sentence end (``。``) that stands for a question mark (？ ?) or an
        exclamation mark (！ !) of ``original`` (this text's source) written as ``？`` or ``！``
        again, built on first use: same length, so every offset into ``text`` holds.

        (issue 9, session 65, punct1) Normalizing turns every sentence mark into ``。``, so a reader
        of ``text`` that asks whether a word is questioned (…的都是假证？ asks, …的都是假证。 says)
        never saw the mark it looks for. Such a reader reads this text instead; every other reader
        keeps the one sentence end it was written for."""
        if self._marked is None:
            text = self.text
            if not any(c in original for c in "？?！!"):
                self._marked = text
                return text
            # (issue 9, session 66, speed4) Read from the marks of ``original`` (a few a page),
            # not from every sentence end of ``text`` (a domain page has one every dozen
            # characters, each an offset lookup): the one normalized position that stands for
            # the mark at ``o`` comes off the runs of removed characters (``_kept_at``); with
            # expanded characters (``_t2o``, rare) the positions are the run from the first one
            # at or after ``o`` (offsets never decrease), found from the last mark's on
            # (``_at_or_after_from``). The text is rebuilt from slices between the marks: a
            # list of its characters made a string object for each CJK character (no cached
            # singletons past Latin-1). 3.4 % of the scan's time on domain-dense pages, now 0.5.
            pieces: list[str] = []
            last = 0
            size = len(text)
            orig = self.orig
            at = 0
            for m in _RAW_MARK.finditer(original):
                o = m.start()
                if self._t2o is None:  # one position at most, read off the runs
                    q = self._kept_at(o)
                    if q is not None and q < size and text[q] == BOUNDARY:
                        pieces += (text[last:q], _RAW_MARKS[m.group()])
                        last = q + 1
                    continue
                at = self._at_or_after_from(o, at)
                q = at
                while q < size and orig(q) == o:
                    if text[q] == BOUNDARY:
                        pieces += (text[last:q], _RAW_MARKS[m.group()])
                        last = q + 1
                    q += 1
            if pieces:
                pieces.append(text[last:])
            self._marked = "".join(pieces) if pieces else text
        return self._marked

    def refused_echoes(
        self, original: str, read: Callable[[str], list[tuple[int, int]]]
    ) -> list[tuple[int, int]]:
        """The spans in ``text`` of the answering lines' opening echoes that are refused at once
        (``read``: :func:`lexicon.stance.refused_echoes`, session 65, echo1: 老师：包过？这个保证
        不了，我们只负责培训，报名加微信 …): the asker's words, no match of the writer's (``combos``).
        Built on first use; ``original`` is this text's source. The reader is passed in (the
        stance module imports this one)."""
        if self._echoes is None:
            out: list[tuple[int, int]] = []
            if "？" in original or "?" in original:
                for a, b in read(original):
                    out.append((self._at_or_after(a), self._at_or_after(b)))
            self._echoes = out
        return self._echoes

    def echo_reads(
        self, original: str, read: Callable[[str], list[tuple[int, int, int]]]
    ) -> list[tuple[int, int, int]]:
        """``read(original)`` (:func:`lexicon.stance._refused_echo_reads`: each refused echo's
        start, end and the end of its line, raw offsets), made once per source.

        (issue 9, session 74, gen1) The matching stage (``refused_echoes``) and the detector's
        cover for the learned scorer (``refused_echo_lines``) each read a page's every line with a
        question mark: on everyday pages (one in six lines) the two reads were 14 % of the scan,
        the second of them half of what the model seemed to add. The answer is kept with the text
        it was read from and given again only for that very string (``is``): never another
        source's."""
        got = self._echo_reads
        if got is None or got[0] is not original:
            got = self._echo_reads = (original, read(original))
        return got[1]

    def _kept_at(self, o: int) -> int | None:
        """The normalized position whose original index is ``o`` (None when that character
        was removed), for a text without expanded characters (``_t2o`` None): there ``orig``
        is ``i + shift`` of the last run at or before ``i``, so ``o`` lies in the kept stretch
        of the last run whose first kept character's original index (``_orig_at``) is at or
        before it -- one search on the runs, not one lookup per probed position."""
        if self._removed is None:
            self._runs()
        heads = self._orig_at
        if heads is None:
            heads = self._orig_at = list(map(add, self._at, self._shift))
        k = bisect.bisect_right(heads, o) - 1
        if k < 0:
            return o if not self._at or o < self._at[0] else None
        i = o - self._shift[k]
        return i if k + 1 >= len(self._at) or i < self._at[k + 1] else None

    def _at_or_after_from(self, h: int, lo: int) -> int:
        """:meth:`_at_or_after` for ``h`` when every position before ``lo`` maps before ``h``:
        a galloping search from ``lo``, so marks read in order cost the log of the gap between
        them each, never a pass over the text (100,000 question marks stay linear)."""
        size = len(self.text)
        orig = self.orig
        step = 1
        hi = lo
        while hi < size and orig(hi) < h:
            lo = hi + 1
            hi = lo + step
            step += step
        return bisect.bisect_left(range(size), h, lo, min(hi, size), key=orig)

    def _at_or_after(self, h: int) -> int:
        """The first normalized position whose original position is at or after ``h``.

        (issue 9, session 67, speed8) Without expanded characters (``_t2o`` None), read off the
        runs as :meth:`_kept_at` reads them: the kept stretch of the last run whose first kept
        character's original index is at or before ``h`` holds ``h`` (``h`` less the run's
        shift), or ``h`` was removed and the next stretch starts the answer. The binary search
        below called :meth:`orig` some fifteen times a head (a bisect each): a thread's post
        heads (:meth:`post_starts`) are thousands a megabyte of dense pages."""
        size = len(self.text)
        if self._t2o is None and h >= 0:
            if self._removed is None:
                self._runs()
            at, heads = self._at, self._orig_at
            if heads is None:
                heads = self._orig_at = list(map(add, at, self._shift))
            k = bisect.bisect_right(heads, h) - 1  # the stretch starting at or before h
            i = h - self._shift[k] if k >= 0 else h
            nxt = at[k + 1] if k + 1 < len(at) else size  # where that stretch ends
            return min(i, nxt)
        lo, hi = 0, size
        while lo < hi:
            mid = (lo + hi) // 2
            if self.orig(mid) < h:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def sentence_at(self, i: int) -> str:
        """The normalized sentence holding position ``i`` (between two sentence ends)."""
        ends = self.sentence_ends()
        k = bisect.bisect_right(ends, i)
        lo = ends[k - 1] + 1 if k else 0
        hi = ends[k] if k < len(ends) else len(self.text)
        return self.text[lo:hi]

    def sentence_ends_between(self, a: int, b: int) -> int:
        """How many sentence ends lie in ``text[a:b]``."""
        ends = self.sentence_ends()
        return bisect.bisect_left(ends, b) - bisect.bisect_left(ends, a)

    def _runs(self) -> list[tuple[int, int]]:
        """Cumulative (normalized position, chars removed before it) after each run of
        removed characters, built on first use — in C (a page has thousands of runs): the
        ``j``-th removed character ends a run when a kept one follows it (or it is the last);
        the run ends at normalized position "kept characters before it" with ``j + 1``
        removed."""
        if self._removed is None:
            pieces = self._mapped.split(_DROP)  # the kept text between removed characters
            del pieces[-1]  # the text after the last removed character
            ends = [bool(p) for p in islice(pieces, 1, None)]
            if pieces:
                ends.append(True)  # the last removed character ends the last run
            self._at = list(compress(accumulate(map(len, pieces)), ends))
            self._shift = list(compress(count(1), ends))
            self._removed = list(zip(self._at, self._shift, strict=True))
        return self._removed

    def orig(self, i: int) -> int:
        """Original index of normalized character ``i`` (``len(text)`` maps past the end)."""
        if self._removed is None:
            self._runs()
        # The last run at or before i (positions never decrease, totals grow with them).
        k = bisect.bisect_right(self._at, i) - 1
        m = i + self._shift[k] if k >= 0 else i
        t2o = self._t2o
        if t2o is not None:
            return t2o[m] if m < len(t2o) else (t2o[-1] + 1 if t2o else 0)
        return m

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the normalized span ``[start, end)``."""
        if end <= start:
            o = self.orig(start)
            return o, o
        if self._t2o is not None:
            return self.orig(start), self.orig(end - 1) + 1
        # orig() twice, inlined: the detector and the scorer ask this thousands of times a page.
        if self._removed is None:
            self._runs()
        at, shift, right = self._at, self._shift, bisect.bisect_right
        k = right(at, start) - 1
        j = right(at, end - 1) - 1
        return (start + shift[k] if k >= 0 else start), (end + shift[j] if j >= 0 else end)


def run_starts(text: str, ch: str) -> list[int]:
    """Where each run of ``ch`` starts in ``text`` (``[m.start() for m in re.finditer(ch +
    "+", text)]``), in C: dense pages have a sentence end every dozen characters, and a match
    object per end cost more than the rest of the lookup. ``text.split(ch)`` gives the pieces
    between the ``ch``; the k-th ``ch`` sits at the pieces' lengths up to k plus k, and starts a
    run when the piece before it is not empty (or it is the first). A page's text goes
    through :func:`_run_starts_long` instead (a third of the time on everyday text)."""
    if len(text) >= 512 and len(ch) == 1:
        return _run_starts_long(text, ch)
    pieces = text.split(ch)
    if len(pieces) == 1:
        return []
    del pieces[-1]  # the piece after the last ``ch``
    at = map(add, accumulate(map(len, pieces)), count())
    return list(compress(at, chain((True,), map(bool, islice(pieces, 1, None)))))


def char_positions(text: str, ch: str) -> list[int]:
    """Where each ``ch`` (one character) stands in ``text``: ``[m.start() for m in
    re.finditer(re.escape(ch), text)]``. (issue 9, session 67, speed8) A page's text (512
    characters on) is read as an array of code points, as :func:`_run_starts_long` reads it: a
    dense page has a sentence end every dozen characters, each a match object otherwise."""
    if len(text) < 512:
        pieces = text.split(ch)
        del pieces[-1]  # the piece after the last ``ch``: the k-th stands after k + 1 pieces
        return list(map(add, accumulate(map(len, pieces)), count()))
    import numpy as np

    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return np.flatnonzero(points == ord(ch)).tolist()  # type: ignore[no-any-return]


def _run_starts_long(text: str, ch: str) -> list[int]:
    """:func:`run_starts` over the text as an array of code points: the positions of ``ch``
    whose left neighbour is not ``ch`` (no list of pieces, one string per sentence)."""
    import numpy as np

    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    at = np.flatnonzero(points == ord(ch))
    if not len(at):
        return []
    first = np.empty(len(at), dtype=bool)
    first[0] = True
    np.not_equal(at[1:], at[:-1] + 1, out=first[1:])
    return at[first].tolist()  # type: ignore[no-any-return]


#: A full-width full stop between two digits is a decimal point (保６．５), not a sentence end.
_FW_DECIMAL = recache.compile("(?<=[0-9\uff10-\uff19])\uff0e(?=[0-9\uff10-\uff19])")


#: Key words set one character per line (电\n工\n证\n免\n考: a vertical banner, or a filter
#: dodged): two or more lines of a single CJK character, then the next line's first character.
#: Searched in the text with a line break put in front (the first line counts too).
#: A CJK character in the text: ideographs, Kangxi and supplementary radicals (⼯ for 工),
#: compatibility ideographs.
_HAN = "[\u2e80-\u2fdf\u3400-\u9fff\uf900-\ufaff]"
_VERTICAL = recache.compile(f"\n(?:{_HAN}\n){{2,}}(?={_HAN})")


def _join_vertical(text: str, mapped: str) -> str:
    """``mapped`` with the line breaks inside a word set one character per line turned into
    drop markers (same length: offsets stay valid), so 电\n工\n证 reads 电工证 (and a banner
    安\n全\n用\n电 its own words). Only called when a line of one character was seen."""
    out: list[str] = []
    last = 0
    for m in _VERTICAL.finditer("\n" + text):
        # text offsets: the match's first item starts at m.start(); its end is m.end() - 1
        lo, hi = m.start(), m.end() - 1
        out.append(mapped[last:lo])
        out.append(mapped[lo:hi].replace(BOUNDARY, _DROP))
        last = hi
    if not out:
        return mapped
    out.append(mapped[last:])
    return "".join(out)


#: A comma (、，, all mapped to ``COMMA``) in a run of three or more single CJK characters split
#: by commas (毕、业、证, 健，康，证): a word spelled one character per list item to pass a filter.
#: Joined where the characters on both sides of the comma are single (no letter, digit or other
#: CJK character on their far sides) and one of them stands between two commas: a pair alone
#: (章，公) is also what a text spaced character by character makes of its lists (在 职 证 明、收
#: 入 证 明), where nothing is spelled. Lawful lists of single characters (公、检、法; 德、智、
#: 体) only become the words they abbreviate. The pattern starts with the comma (a literal the
#: regex engine skips to) and looks behind from there.
_HAN_MAPPED = "[\u3400-\u9fff\uf900-\ufaff]"
_WORD_MAPPED = "[\u3400-\u9fff\uf900-\ufaffa-z0-9]"
_SPLIT_COMMA = recache.compile(
    f"{COMMA}(?<={_HAN_MAPPED}{COMMA})(?<!{_WORD_MAPPED}{_HAN_MAPPED}{COMMA})"
    f"(?={_HAN_MAPPED}(?!{_WORD_MAPPED}))"
    f"(?:(?<={COMMA}{_HAN_MAPPED}{COMMA})|(?={_HAN_MAPPED}{COMMA}))"
)
#: An underscore between two CJK characters (刻_章, 毕_业_证): WeChat ids are ASCII, so no id
#: holds it; the underscore between ASCII letters and digits stays.
_HAN_UNDERSCORE = recache.compile(f"_(?<={_HAN_MAPPED}_)(?={_HAN_MAPPED})")
#: The pinyin of a paper's last character after Chinese (健康zheng, 财务zhang, 户口ben) and of a
#: paper name's first character before the rest of it (bi业证, xue位证, jia驶证, 刻gong章): the
#: certificate names are too many to give every one generated pinyin variants (each variant is
#: an automaton key), and these few syllables cover them. Read as the character, padded with drop
#: markers so the length stays the same.
_PINYIN_AFTER = {"zheng": "证", "zhang": "章", "zhao": "照", "ben": "本"}
_PINYIN_BEFORE = {
    "bi": ("毕", "业"), "xue": ("学", "位历"), "jia": ("驾", "驶"), "gong": ("公", "章"),
    "shen": ("身", "份"), "hu": ("户", "口"), "jie": ("结", "婚"), "li": ("离", "婚"),
    "fang": ("房", "产"), "zhi": ("职", "称"), "zi": ("资", "格"), "jian": ("健", "康"),
    "wen": ("文", "凭"), "ke": ("刻", "章"), "fa": ("发", "票"),
}  # fmt: skip
#: Every syllable, longest first (the alternation takes the first that fits); the pattern
#: starts with the syllables' letters, which the regex engine scans for, and the conditions on
#: the neighbours are checked in :func:`_pinyin_char`.
_PINYIN_SYLLABLE = recache.compile(
    "|".join(sorted({*_PINYIN_AFTER, *_PINYIN_BEFORE}, key=lambda s: (-len(s), s)))
)


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _pinyin_char(m: re.Match[str]) -> str:
    """A syllable read as its character where the neighbours say it is one (no letter or digit
    glued to it: an id like 薇zhang1988 stays), else left as it is."""
    s, text, at, end = m.group(), m.string, m.start(), m.end()
    before = text[at - 1] if at else ""
    after = text[end] if end < len(text) else ""
    if before.isascii() and before.isalnum():
        return s
    char = _PINYIN_AFTER.get(s)
    if char is not None and _is_han(before) and not (after.isascii() and after.isalnum()):
        return char + _DROP * (len(s) - 1)
    first = _PINYIN_BEFORE.get(s)
    if first is not None and after and after in first[1]:
        return first[0] + _DROP * (len(s) - 1)
    return s


#: (session 43, typos) A special-operation paper's name written in initials or in whole-word pinyin
#: right before its 证 or 本 (dg证, hg本, tz证, tzzy证, diangong证, hanGong证, chache证): read as
#: the name's characters, padded with drop markers where the pinyin is longer (initials are one
#: letter a character, so dg证 keeps its length). The generated variants change one character at
#: a time (dian工证, dgz), and a variant for every mix would cost automaton keys. dg is also 登高's
#: initials; either way it is a special-operation card. Only at a word's start (no letter, digit
#: or underscore glued before it: an id like abc_dg证 or xl-dg本 is no name), and not before the
#: words 证 and 本 begin (gy证券 is a broker, dy本地 a local account, dg本人 a person).
_LATIN_PAPERS = {
    "dg": "电工", "hg": "焊工", "dh": "电焊", "dy": "低压", "gy": "高压", "cc": "叉车",
    "tz": "特种", "tzzy": "特种作业", "dydg": "低压电工", "gydg": "高压电工",
    "diangong": "电工", "hangong": "焊工", "dianhan": "电焊", "diya": "低压", "gaoya": "高压",
    "chache": "叉车", "denggao": "登高", "tezhong": "特种", "tezhongzuoye": "特种作业",
    "zhileng": "制冷", "hanjie": "焊接", "diyadiangong": "低压电工", "gaoyadiangong": "高压电工",
    # (issue 9, session 73, fresh) gk证 / gk本: 高空's initials, the height-work paper's street
    # name (高空证) beside dg / hg / cc; gaokong whole
    "gk": "高空", "gaokong": "高空",
}  # fmt: skip
_LATIN_PAPER = recache.compile(
    "(?<![a-z0-9_])(?:"
    + "|".join(sorted(_LATIN_PAPERS, key=lambda s: (-len(s), s)))
    + ")(?=证(?![券监据实人])|本(?![人地店周月年科部土期次身来文体色职能钱息金届市省县区单公校站群帖号"
    "意质着事子田领机台书页网章节篇]))"
)


def _latin_paper(m: re.Match[str]) -> str:
    name = _LATIN_PAPERS[m.group()]
    return name + _DROP * (len(m.group()) - len(name))


def _latin_papers_long(mapped: str, latin: list[int]) -> str:
    """:func:`_LATIN_PAPER` read only where a letter stands right before 证 or 本 in ``latin``."""
    out: list[str] = []
    last = 0
    for q in latin:
        if q + 1 < len(mapped) and mapped[q + 1] in "证本":
            for m in _LATIN_PAPER.finditer(mapped, max(last, q - 12), q + 3):
                out.append(mapped[last : m.start()])
                out.append(_latin_paper(m))
                last = m.end()
    if not out:
        return mapped
    out.append(mapped[last:])
    return "".join(out)


#: (session 43, typos) A symbol standing for one character of a paper's name, at the place a
#: filter looks for the character: ⚡ or 💡 for 电 and 🔥 for 焊 before 工证 / 工本 (⚡工证, 🔥工证),
#: any symbol for the missing middle character (电⚡证, 焊🔥证, 叉★证, 登⭐证). A symbol anywhere
#: else stays a separator (⚡电工证培训⚡, 电工证保护套 ⚡).
_GLYPH_BEFORE = {"\u26a1": "电", "\U0001f4a1": "电", "\U0001f50c": "电", "\U0001f525": "焊"}
_GLYPH_MIDDLE = {"电": "工", "焊": "工", "叉": "车", "登": "高"}
#: Katakana エ (and its half-width form) between two Chinese characters is 工 (焊エ证, 电エ证): no
#: Japanese word puts one katakana between two kanji. (Image text mends it anywhere: ocrtext.)
_KATAKANA_E = "\u30a8\uff74"
#: Where :func:`_fill_glyphs` may act in a short text (the long path finds it on the array).
_GLYPH_HINT = recache.compile("[\u2190-\u2bff\U0001f000-\U0001ffff\u30a8\uff74]")


def _fill_glyphs(text: str, mapped: str, spots: list[int]) -> str:
    """``mapped`` with the symbols at ``spots`` (offsets into ``text``, the same as into
    ``mapped``) that stand for a paper name's character read as that character (same length)."""
    chars: list[str] | None = None
    n = len(mapped)
    for p in spots:
        ch = text[p]
        j = p + 1
        # a selector, a joiner; (issue 9, session 69, engine1) never a katakana エ, a character
        # of the text (the array marks it as it marks a symbol, the dict keeps it): stepping
        # over it read 电★エ证 as 电工エ证 in a page and as 电エ证 alone
        while j < n and j - p <= 2 and mapped[j] in (_DROP, _GLYPH) and text[j] not in _KATAKANA_E:
            j += 1
        nxt = mapped[j] if j < n else ""
        prev = mapped[p - 1] if p else ""
        fill = None
        if ch in _KATAKANA_E:
            if _is_han(_han_before(text, mapped, p)) and _is_han(nxt):
                fill = "工"
        elif mapped[p] in (_DROP, _GLYPH):
            # (issue 9, session 69, engine1) ``nxt`` is "" at the text's end, which ``in "证本"``
            # took for a 证: 登★ ending a short text read 登高, the same words in a page 登
            if nxt and nxt in "证本" and prev in _GLYPH_MIDDLE:
                fill = _GLYPH_MIDDLE[prev]
            elif nxt == "工" and mapped[j + 1 : j + 2] in ("证", "本") and ch in _GLYPH_BEFORE:
                fill = _GLYPH_BEFORE[ch]
        if fill is None and mapped[p] == _GLYPH:  # the page's marker: what the table says
            fill = "エ" if ch in _KATAKANA_E else _DROP
        if fill is not None:
            if chars is None:
                chars = list(mapped)
            chars[p] = fill
    return mapped if chars is None else "".join(chars)


def _han_before(text: str, mapped: str, p: int) -> str:
    """The character a katakana エ at ``p`` follows, stepping back over up to two dropped
    symbols or separators as the character after it is found (电★エ证, 电 エ 证: a symbol beside
    the エ that stands for 工). (issue 9, session 69, engine1) Only the one right before it was
    read: 电★エ证 read 电エ证, while 电エ★证 read 电工证."""
    i = p - 1
    while i >= 0 and p - i <= 2 and mapped[i] in (_DROP, _GLYPH) and text[i] not in _KATAKANA_E:
        i -= 1
    return mapped[i] if i >= 0 else ""


def _join_spelled(mapped: str) -> str:
    """``mapped`` with a word spelled out character by character joined up (same length:
    commas and underscores between single characters become drop markers, a key character's
    pinyin the character and drop markers). Texts (terms, titles, sentences) short enough that
    the regexes cost less than finding where they could match."""
    if COMMA in mapped:
        mapped = _SPLIT_COMMA.sub(_DROP, mapped)
    if "_" in mapped:
        mapped = _HAN_UNDERSCORE.sub(_DROP, mapped)
    if _LETTER.search(mapped) is None:
        # (issue 9, session 67, speed8) every name and syllable the two patterns below read is
        # lowercase ASCII letters: without one they read nothing. _LATIN_PAPER opens with a
        # lookbehind, so the regex engine tries it at every position (three quarters of this
        # function's time on the short texts the stance stage normalizes, most of them Chinese)
        return mapped
    if "证" in mapped or "本" in mapped:
        mapped = _LATIN_PAPER.sub(_latin_paper, mapped)
    return _PINYIN_SYLLABLE.sub(_pinyin_char, mapped)


#: A lowercase ASCII letter: what every alternative of ``_LATIN_PAPER`` and ``_PINYIN_SYLLABLE``
#: is made of (:func:`_join_spelled`'s screen).
_LETTER = recache.compile("[a-z]")


def joins_spelled(term: str) -> bool:
    """Whether normalization joins up a word spelled out in ``term`` (健康zheng, 毕、业、证): a
    generated variant like that never occurs in normalized text, where it reads 健康证."""
    return _join_spelled(term) != term


def _join_spelled_long(mapped: str, latin: list[int]) -> str:
    """:func:`_join_spelled` for a page: the pinyin is read only in windows round ``latin``
    (:func:`_latin_beside_han`, a few a page), as a regex over a whole page's text costs a
    quarter of :func:`normalize`; the comma's pattern starts with the comma, a literal the
    regex engine skips to."""
    mapped = _SPLIT_COMMA.sub(_DROP, mapped)
    if "_" in mapped:
        mapped = _HAN_UNDERSCORE.sub(_DROP, mapped)
    if not latin:
        return mapped
    mapped = _latin_papers_long(mapped, latin)
    out: list[str] = []
    last = 0
    for q in latin:  # the syllable lies within four characters before and five after q
        for m in _PINYIN_SYLLABLE.finditer(mapped, max(last, q - 4), q + 6):
            rep = _pinyin_char(m)
            if rep != m.group():
                out.append(mapped[last : m.start()])
                out.append(rep)
                last = m.end()
    if not out:
        return mapped
    out.append(mapped[last:])
    return "".join(out)


def normalize(text: str) -> Normalized:
    """Normalize ``text`` for matching (see the module docstring)."""
    simple, expand = _tables()
    if "\uff0e" in text:  # rare; one C scan otherwise. Same length: offsets stay valid.
        text = _FW_DECIMAL.sub(".", text)
    # Terms and sentences through the dict; pages (where it pays) through the table array,
    # first built for a page, not while the lexicon's terms are loaded (the process's peak).
    latin = None  # for a page: where a Latin letter stands beside a CJK character
    if len(text) < _ARRAY_FROM:
        mapped = text.translate(simple)
        lines = "\n" in text and _VERTICAL.search("\n" + text) is not None
        glyphs = [m.start() for m in _GLYPH_HINT.finditer(text)]
    else:
        mapped, lines, latin, glyphs = _translate_long_lines(text)
    t2o = None
    if _EXPANDS in mapped:  # a character whose NFKC form is longer (⑩, ㎡): the exact path
        mapped, t2o = _expand(text, simple, expand)
    elif lines:  # a line of one character (rare): maybe a word set vertically
        mapped = _join_vertical(text, mapped)
    if glyphs and t2o is None:  # a symbol for a character (rare; same length; markers gone)
        mapped = _fill_glyphs(text, mapped, glyphs)
    if t2o is None:  # a word spelled character by character (rare; same length)
        mapped = _join_spelled(mapped) if latin is None else _join_spelled_long(mapped, latin)
    if "☎" in mapped or "🐧" in mapped or "✈" in mapped:  # rare; one C scan each otherwise
        mapped = _ICON_IN_ID.sub(_DROP, mapped)
    mapped = _KEEP_RUN.sub(_kept_run(text, t2o), mapped)
    return Normalized(text=_spoken(mapped.replace(_DROP, "")), _mapped=mapped, _t2o=t2o)


#: (issue 9, session 41, dialect) Regional spoken words for a Mandarin word of the same length,
#: read as that word after the separators are gone (勿*要 too): 吴语 勿要 — 不用 before the exam,
#: the class or the trip (勿要考试, 人勿要来), 不要 elsewhere (侬勿要相信) and in a notice's formal
#: prohibition (请勿要代考, 切勿要参加, 勿要考试作弊); 四川、湖南、吴语 不消
#: (不用: 不消考试, 人不消来); 客家 毋使 (不用); 四川 莫得 (没有), 莫要 (不要), 不得挂科 (不会挂科:
#: "won't fail", never Mandarin's "must not" — 不得挂证, 不得挂靠 stay); the voice-typed 烤试 (考试).
#: Same length, so every offset stays valid (the offset map reads ``_mapped`` only). 不消 followed
#: by a character that makes it Mandarin's 消 (不消化, 不消毒, 不消费, 不消除 …) stays.
_SPOKEN = {
    "勿要": "不要",
    "毋使": "不用",
    "莫得": "没有",
    "莫要": "不要",
    "不得挂科": "不会挂科",
    "烤试": "考试",
}
_SPOKEN_RX = (
    ("勿要", recache.compile("(?<![请切])勿要(?=[考来去培上到跑露出体参])(?!考试?作弊)"), "不用"),
    (
        "不消",
        recache.compile("不消(?![化毒费除防灭耗失退散停极磨受息肿炎暑遣夜灾亡逝减解融])"),
        "不用",
    ),
)


#: Any word :func:`_spoken` rewrites: one regex pass tells most pages they hold none, where a
#: ``word in s`` per word scanned the whole text eight times (2.4 -> 1.0 ms/MB on everyday text).
_SPOKEN_HINT = recache.compile(
    "|".join(sorted({w for w, _rx, _m in _SPOKEN_RX} | set(_SPOKEN), key=lambda w: (-len(w), w)))
)


def _spoken(s: str) -> str:
    """``s`` with the regional spoken words of :data:`_SPOKEN` (and 不消) in Mandarin."""
    if _SPOKEN_HINT.search(s) is None:
        return s
    for word, rx, mandarin in _SPOKEN_RX:
        if word in s:
            s = rx.sub(mandarin, s)
    for word, mandarin in _SPOKEN.items():
        if word in s:
            s = s.replace(word, mandarin)
    return s


def _expand(text: str, simple: dict[int, str], expand: dict[int, str]) -> tuple[str, list[int]]:
    """Exact slow path for text with characters whose NFKC form is longer than one char."""
    out: list[str] = []
    t2o: list[int] = []
    for i, ch in enumerate(text):
        rep = expand.get(ord(ch))
        if rep is None:
            rep = ch.translate(simple)
        out.append(rep)
        t2o.extend([i] * len(rep))
    return "".join(out), t2o


@cache
def _light_table() -> dict[int, str]:
    simple = _tables()[0]
    return {
        cp: out
        for cp, out in simple.items()
        if out != _EXPANDS
        and (
            out != _DROP
            or unicodedata.category(chr(cp)) == "Cf"
            or 0xFE00 <= cp <= 0xFE0F
            or cp in _FILLERS
            or _INVISIBLE_ASTRAL[0] <= cp < _INVISIBLE_ASTRAL[1]
        )
    }


def normalize_light(text: str) -> str:
    """NFKC, case folding, simplified characters and format characters dropped — but every
    separator kept (contact ids like ``xl-dgz1600`` need their hyphens). No offset map."""
    return text.translate(_light_table()).replace(_DROP, "")


def simplify_chars(text: str) -> str:
    """Each character in its NFKC, case-folded, simplified form, one for one: offsets stay
    valid (a format character becomes ``\\x00`` rather than disappearing)."""
    return text.translate(_light_table())


def normalize_term(term: str) -> str:
    """A lexicon term in the same form :func:`normalize` gives the text."""
    return normalize(term).text.strip(BOUNDARY + COMMA)


_CN_DIGITS = str.maketrans(
    "〇零一二三四五六七八九幺两壹贰叁肆伍陆柒捌玖洞拐勾", "00123456789" + "12" + "123456789" + "079"
)


#: (numeral, digit) pairs; no digit is a numeral, so replacing one numeral after another is
#: the one-to-one translation.
_CN_PAIRS = tuple((chr(k), chr(v)) for k, v in _CN_DIGITS.items())


def digits_for_numbers(text: str) -> str:
    """Chinese numerals (一…九, 〇, 幺, 两, 壹…玖) read as digits, one to one, for phones and %.

    Only applied where numbers matter (contact extraction, number-bearing terms): reading 一
    as 1 everywhere would break words like 一次通过. ``str.translate`` over a whole page looks
    every character up in the table (a quarter of a contact scan's time), and translating each
    run of numerals found by a regex calls Python once per run (thousands on everyday text);
    ``str.replace`` per numeral the text holds is a few passes in C, twice as fast as either.
    """
    for numeral, digit in _CN_PAIRS:
        if numeral in text:
            text = text.replace(numeral, digit)
    return text


#: (issue 9, session 55, speed6) How far from a window's edge (or a blanked quotation's) a
#: character may stand whose rewrite reads its neighbours, before a slice of the page's own
#: normalization could differ from the window's: the longest context each rewrite reads, with
#: the rewrites before it chained in. Letters: an initials or pinyin paper name (``_LATIN_PAPER``,
#: up to 12 letters, one character looked behind, 证 or 本 and one more looked ahead) or a
#: syllable (``_PINYIN_SYLLABLE``, five letters and a neighbour each side), read after a symbol
#: filled in (up to four characters on); a filled symbol (one behind, four ahead), an underscore
#: (one each side, after a filled symbol) and a full-width decimal point (one); a comma of a
#: spelled-out word (two characters each side, none of them a symbol, as those stand farther).
#: Rounded up, with room to spare.
_EDGE_LETTER = 20
_EDGE_NEAR = 8
_EDGE_COMMA = 3
#: A character of a word set one per line (:data:`_VERTICAL`): every line break the page or a
#: window joins has one of these within two characters of it.
_LINE_OF_ONE = recache.compile(f"\n{_HAN}\n")
#: A run of separators longer than this at a window's edge: read the old way.
_EDGE_RUN_CAP = 64


@cache
def _edge_classes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(letters, symbols, commas): the characters whose rewrite in :func:`normalize` depends on
    their neighbours -- those the table turns into an ASCII letter (``_LATIN_PAPER``,
    ``_PINYIN_SYLLABLE``); the symbols and katakana of :func:`_fill_glyphs`, those it turns into
    an underscore (``_HAN_UNDERSCORE``) and the full-width decimal point (``_FW_DECIMAL``); those
    it turns into a comma (``_SPLIT_COMMA``). Every other character either reads as its table
    value wherever it stands or is a separator, whose run :func:`_window_slice` checks itself."""
    simple = _tables()[0]
    # every character past the basic plane counts as a letter (mathematical and squared ones
    # fold to letters; the rest, emoji, are symbols): the regex engine tests a class inside the
    # basic plane with one table lookup, and each range past it one by one
    letters = {chr(c) for c in range(97, 123)}
    near = {"_", "\uff0e"}
    commas = {COMMA}
    for cp, out in simple.items():
        if len(out) == 1 and "a" <= out <= "z" and cp < 0x10000:
            letters.add(chr(cp))
        elif out == "_":
            near.add(chr(cp))
        elif out == COMMA:
            commas.add(chr(cp))

    def klass(chars: set[str], extra: str = "") -> re.Pattern[str]:
        # as ranges: a class of thousands of single characters is tested one by one
        points = sorted(map(ord, chars))
        out: list[str] = []
        start = prev = points[0]
        for cp in [*points[1:], -1]:
            if cp != prev + 1:
                out.append(
                    re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else "")
                )
                start = cp
            prev = cp
        return re.compile("[" + "".join(out) + extra + "]")

    glyphs = "\u2190-\u2bff\U0001f000-\U0001ffff\u30a8\uff74"  # as _GLYPH_HINT
    return klass(letters, "\U00010000-\U0010ffff"), klass(near, glyphs), klass(commas)


def _edges_clean(
    text: str, lo: int, hi: int, cuts: list[int], view: str, mapped: str | None = None
) -> bool:
    """No character near a cut in ``cuts`` (sorted) of the window ``text[lo:hi]`` whose rewrite
    could read across it (:data:`_EDGE_LETTER`). ``view`` is the window as it is read (blanked
    quotations as spaces). A comma near a cut is let be where each character its pattern reads
    (two each side) that the window does not hold as it is (outside it, or blanked) is, in the
    page, one the pattern reads as it reads no character at all: neither a CJK character, an
    ASCII letter or digit, nor a comma.

    (issue 9, session 67, speed10) With ``mapped`` (the page's translated text) two finer,
    exact readings before giving up: letters near a cut are let be where no letter run they
    stand in holds a syllable or paper name (:func:`_letters_inert`), and a comma near a cut
    where the window splits it exactly where the page did (:func:`_comma_as_page`). A quarter
    of the windows of domain-dense pages fell back to normalizing anew, nearly all for a
    comma or a web address's letters at an edge."""
    letters, near, commas = _edge_classes()
    size = hi - lo
    reach = 0  # zones of the cuts, merged: each stretch of the window searched once
    for at in cuts:
        x = at - lo
        if x + _EDGE_LETTER > reach:
            if letters.search(view, max(reach, x - _EDGE_LETTER), min(size, x + _EDGE_LETTER)) and (
                mapped is None or not _letters_inert(text, at)
            ):
                return False
            reach = x + _EDGE_LETTER
        if near.search(view, max(0, x - _EDGE_NEAR), min(size, x + _EDGE_NEAR)):
            return False
    simple = _tables()[0]
    n = len(text)
    for at in cuts:
        for m in commas.finditer(view, max(0, at - lo - _EDGE_COMMA), at - lo + _EDGE_COMMA):
            p = lo + m.start()
            for q in range(p - 2, p + 3):
                if 0 <= q < n and not (lo <= q < hi and view[q - lo] == text[q]):
                    v = simple.get(ord(text[q]), text[q])
                    if v == COMMA or "a" <= v <= "z" or "0" <= v <= "9" or _is_han(v):
                        if mapped is None or not _comma_as_page(view, m.start(), mapped[p]):
                            return False
                        break
    return True


#: (issue 9, session 67, speed10) Every syllable and paper name :func:`_join_spelled` reads, as
#: bare words: a run of letters holding none of them is rewritten by neither pattern, wherever
#: it is cut and whatever stands around it.
_SPELLED_WORD = recache.compile(
    "|".join(sorted({*_LATIN_PAPERS, *_PINYIN_AFTER, *_PINYIN_BEFORE}, key=lambda w: (-len(w), w)))
)
#: How far a run of letters is followed past the zone round a cut before reading the old way.
_LETTER_RUN_CAP = 64


def _letters_inert(text: str, at: int) -> bool:
    """No letter within :data:`_EDGE_LETTER` of the cut ``at`` can be rewritten, in the page or
    in a window cut there: every match of ``_LATIN_PAPER`` and ``_PINYIN_SYLLABLE`` is a run of
    lowercase ASCII letters in the translated text (symbols fill in characters, never letters;
    a window holds the page's runs or pieces of them, blanked quotations read as separators),
    so where no run that reaches the zone holds a syllable or name as a substring, neither
    pattern matches there, and runs farther off read no character across the cut."""
    simple = _tables()[0]
    n = len(text)
    a, b = max(0, at - _EDGE_LETTER), min(n, at + _EDGE_LETTER)
    lo, hi = a, b
    while lo > 0 and "a" <= simple.get(ord(text[lo - 1]), text[lo - 1]) <= "z":
        lo -= 1
        if a - lo > _LETTER_RUN_CAP:
            return False
    while hi < n and "a" <= simple.get(ord(text[hi]), text[hi]) <= "z":
        hi += 1
        if hi - b > _LETTER_RUN_CAP:
            return False
    zone = text[lo:hi].translate(simple)
    return _SPELLED_WORD.search(zone) is None


def _comma_as_page(view: str, x: int, page: str) -> bool:
    """Whether the window (``view``) treats its comma at ``x`` as the page did (``page``: the
    page's translated character there, a drop marker where ``_SPLIT_COMMA`` joined it). The
    pattern reads the two characters each side as translated (no symbol stands within
    :data:`_EDGE_NEAR` of a cut, no word set one per line near the window) and replaces
    commas independently (lookarounds only): its match at ``x`` in the window's own characters,
    nothing beyond the window's edges, is the window's reading."""
    k = max(0, x - 2)
    near = view[k : x + 3].translate(_tables()[0])
    return (_SPLIT_COMMA.match(near, x - k) is not None) == (page == _DROP)


#: (issue 9, session 68, speed11) What a text shorter than ``_ARRAY_FROM`` (translated through the
#: dict) reads otherwise than through the table array: katakana エ (a glyph marker on the array,
#: which :func:`_fill_glyphs` steps over beside a symbol, a character in the dict's reading) and a
#: CJK compatibility ideograph the table keeps (``_is_han`` before a pinyin syllable, where
#: :func:`_latin_beside_han` reads no character beside a letter).
_ARRAY_APART = recache.compile("[\u30a8\uff74\uf900-\ufaff]")


def _short_reads_long(text: str, mapped: str, lo: int, hi: int) -> bool:
    """Whether the window ``text[lo:hi]`` normalized on its own through the dict (shorter than
    ``_ARRAY_FROM``) reads as it would through the table array (:func:`_translate_long_lines`):
    the two readings differ only by a katakana エ (in the text) or a compatibility ideograph (in
    ``mapped``, the page's translation) inside the window. Every other character translates the
    same both ways, the glyph markers the array leaves are turned back by :func:`_fill_glyphs`
    as the dict's drop markers read, a line of one character is joined the same, and
    :func:`_join_spelled_long` rewrites only whole letter runs beside a CJK character, which its
    windows round :func:`_latin_beside_han` all reach."""
    return _ARRAY_APART.search(text, lo, hi) is None and _ARRAY_APART.search(mapped, lo, hi) is None


def window_text(
    norm: Normalized | None,
    text: str,
    lo: int,
    hi: int,
    blank: re.Pattern[str] | None = None,
) -> str:
    """``normalize(w).text`` for the window ``w = text[max(0, lo):hi]``, with each match of
    ``blank`` in ``w`` set to spaces first (quotations a reading skips), where ``norm`` is
    ``normalize(text)`` (the scan's own) or None.

    (issue 9, session 55, speed6) The readings around a sentence (a referral within 300
    characters, a page's verdict within 1,600) normalized their window anew for every
    candidate, the page already normalized once. The page's translated text (``norm._mapped``,
    before separators are removed) is the window's own wherever no rewrite that reads its
    neighbours stands near a cut (the window's two edges, a blanked quotation's two sides): each
    such rewrite changes only the character it reads from (a comma, an underscore, a letter, a
    symbol, a full-width point, a line break, a run of separators) and reads a bounded
    neighbourhood (:data:`_EDGE_LETTER`). So the slice is taken where (1) the page took no
    exact path (no character longer in NFKC form: offsets one for one), (2) the window is long
    enough that its own normalization took the same code-point path as the page's, or holds
    nothing the two paths read apart (:func:`_short_reads_long`, session 68), (3) no word
    is set one character per line anywhere near, (4) no such character stands near a cut
    (:func:`_edge_clean`), (5) every run of separators at a cut is dropped both by the window
    (no letter or digit on one of its sides) and by the page; blanked quotations then read as
    drop markers, the dialect words (:func:`_spoken`) are read on the joined text as
    :func:`normalize` reads them. Anywhere else, the window is normalized as before."""
    lo = max(0, lo)
    hi = min(len(text), hi)
    piece = text[lo:hi]
    spans = [m.span() for m in blank.finditer(piece)] if blank is not None else []
    if spans:
        parts: list[str] = []
        last = 0
        for a, b in spans:
            parts.append(piece[last:a])
            parts.append(" " * (b - a))
            last = b
        parts.append(piece[last:])
        piece = "".join(parts)
    if norm is not None:
        got = _window_slice(norm, text, lo, hi, spans, piece)
        if got is not None:
            return got
    return normalize(piece).text


def _window_slice(
    norm: Normalized, text: str, lo: int, hi: int, spans: list[tuple[int, int]], view: str
) -> str | None:
    """:func:`window_text` from the page's translated text, or None where a slice could differ
    (see there). ``spans``: the blanked quotations (offsets in the window); ``view``: the
    window as read, those set to spaces."""
    mapped = norm._mapped
    if (
        norm._t2o is not None
        or len(mapped) != len(text)
        or (hi - lo < _ARRAY_FROM and not _short_reads_long(text, mapped, lo, hi))
        or _LINE_OF_ONE.search(text, max(0, lo - 2), hi + 2) is not None
    ):
        return None
    cuts = [lo, hi]
    for a, b in spans:
        cuts += (lo + a, lo + b)
    cuts.sort()
    if not _edges_clean(text, lo, hi, cuts, view, mapped):
        return None
    simple = _tables()[0]
    size = hi - lo

    starts = {b: a for a, b in spans}  # a blanked quotation is all separators: stepped over
    ends = dict(spans)

    def drop_left(x: int) -> int:  # where the run of separators ending at x starts
        while x > 0:
            if x in starts:
                x = starts[x]
            elif simple.get(ord(view[x - 1]), view[x - 1]) == _DROP:
                x -= 1
            else:
                break
        return x

    def drop_right(x: int) -> int:  # where the run of separators starting at x ends
        while x < size:
            if x in ends:
                x = ends[x]
            elif simple.get(ord(view[x]), view[x]) == _DROP:
                x += 1
            else:
                break
        return x

    # Each run of separators touching a cut (a blanked quotation is one, its spaces and the
    # separators either side): the window drops it unless a letter or digit stands on both
    # sides; the page must have dropped the same characters (not kept them as spaces).
    runs = [(0, 0, 0, drop_right(0)), (drop_left(size), size, size, size)]
    runs += [(drop_left(a), a, b, drop_right(b)) for a, b in spans]
    for left, a, b, right in runs:
        if left == right:
            continue
        if right - left - (b - a) > _EDGE_RUN_CAP:
            return None
        before = mapped[lo + left - 1] if left > 0 else ""
        after = mapped[lo + right] if right < size else ""
        if before.isascii() and before.isalnum() and after.isascii() and after.isalnum():
            return None  # the window keeps the run (as spaces): read the old way
        for i in chain(range(lo + left, lo + a), range(lo + b, lo + right)):
            if mapped[i] != _DROP and view[i - lo] == text[i]:
                return None  # the page kept a character the window drops
    if not spans:
        return _spoken(mapped[lo:hi].replace(_DROP, ""))
    parts: list[str] = []
    last = lo
    for a, b in spans:
        parts.append(mapped[last : lo + a])
        last = lo + b
    parts.append(mapped[last:hi])
    return _spoken("".join(parts).replace(_DROP, ""))
