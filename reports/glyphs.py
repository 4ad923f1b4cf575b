"""Characters a printed letter cannot draw, spelled out as their code point.

Listings quote sellers' own titles, and evaders decorate them (焊工证⭐包⭐过, private-use
icons from a shop's web font, rare CJK extension characters). Symbola (``fonts-symbola``)
draws emoji and symbols in black and white; a character that no installed font covers would
print as an empty box, and a box on a letter is a fact nobody can read back. Such characters
are printed as ``[U+E000]`` instead, so the PDF still says exactly what the listing said, and
the JSON and CSV that travel with the letter keep the raw text. Private-use and unassigned
code points are always spelled out: they have no agreed glyph, whatever font claims them.
Invisible characters (format controls such as U+200B, variation selectors, combining marks,
spaces) are left alone: the page did not show them either. Control characters (U+0000–U+001F
but tab and newlines, U+007F–U+009F) are spelled out too: a page cannot show them, HTML
parsers turn some into U+FFFD, and a DOCX (XML) cannot hold them at all, so the DOCX spells
out those (:func:`xml_safe`) and keeps everything else raw for the reader's own fonts.

Coverage is fontconfig's (the union of every installed font's charset), which is what Pango
falls back through when the named font lacks a character.
"""

from __future__ import annotations

import bisect
import functools
import shutil
import subprocess
import unicodedata

__all__ = ["covered", "printable", "unprintable", "xml_safe"]

#: Characters printed as they are without asking fontconfig (printable ASCII, tab, newlines);
#: everything else is looked up in the fonts' charsets, loaded once per process.
_ALWAYS = frozenset([*range(0x20, 0x7F), 0x09, 0x0A, 0x0D])
_INVISIBLE = frozenset({"Cf", "Zs", "Zl", "Zp", "Mn", "Me"})
_NO_GLYPH = frozenset({"Cc", "Co", "Cn", "Cs"})


@functools.cache
def _ranges() -> tuple[list[int], list[int]]:
    """Merged (starts, ends) of the code points some installed font covers."""
    fc = shutil.which("fc-list")
    if fc is None:
        return [], []
    out = subprocess.run([fc, "--format", "%{charset}\n"], capture_output=True, text=True,
                         check=False, timeout=60).stdout  # fmt: skip
    spans = []
    for token in out.split():
        lo, _, hi = token.partition("-")
        try:
            spans.append((int(lo, 16), int(hi or lo, 16)))
        except ValueError:
            continue
    spans.sort()
    starts: list[int] = []
    ends: list[int] = []
    for lo, hi in spans:
        if ends and lo <= ends[-1] + 1:
            ends[-1] = max(ends[-1], hi)
        else:
            starts.append(lo)
            ends.append(hi)
    return starts, ends


@functools.cache
def covered(ch: str) -> bool:
    """Whether a letter can print ``ch`` as itself (a glyph exists, or it is invisible)."""
    cp = ord(ch)
    if cp in _ALWAYS:
        return True
    cat = unicodedata.category(ch)
    if cat in _NO_GLYPH:
        return False
    if cat in _INVISIBLE:
        return True
    starts, ends = _ranges()
    if not starts:  # no fontconfig: nothing to check against, print as is
        return True
    i = bisect.bisect_right(starts, cp) - 1
    return i >= 0 and cp <= ends[i]


def unprintable(text: str) -> list[str]:
    """The distinct characters of ``text`` a letter spells out, in order of appearance."""
    return list(dict.fromkeys(ch for ch in text if not covered(ch)))


def _spell(ch: str) -> str:
    return f"[U+{ord(ch):04X}]"


def xml_safe(text: str) -> str:
    """``text`` with control characters (which XML 1.0 cannot hold) spelled out, for DOCX."""
    if text.isprintable():
        return text
    return "".join(_spell(ch) if _not_xml(ch) else ch for ch in text)


def _not_xml(ch: str) -> bool:
    if ch in "\t\n\r":
        return False
    return unicodedata.category(ch) in ("Cc", "Cs") or ch in "\ufffe\uffff"


def printable(value: object) -> object:
    """``value`` with every character no font can draw written as its code point, e.g. ``[U+E000]``.

    Non-strings pass through (Jinja's ``finalize`` hands every ``{{ … }}`` value here).
    """
    if not isinstance(value, str) or (value.isascii() and value.isprintable()):
        return value
    if all(covered(ch) for ch in value):
        return value
    out = "".join(ch if covered(ch) else _spell(ch) for ch in value)
    return type(value)(out) if type(value) is not str else out  # keeps Markup markup-safe
