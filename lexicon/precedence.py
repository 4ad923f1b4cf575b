"""Which category wins on one clause: a data-driven precedence between rule findings.

Rules are written per category, so one clause often fires two of them for one object: a stand-in
exam that also says "稳过" fires a guarantee rule beside the exam-fraud one; a forged diploma that
ships to the buyer fires a sale rule beside the forgery one. The category picks the law a
takedown notice cites, so the extra one is a defect a reviewer sees.

``lexicon/precedence.yaml`` lists, for a pair of categories, when the domain names the offence
with the winner and the loser's words only describe that same offence (the pass that the
cheating buys, the shipping of the forged card). A finding of the ``yields`` category gives way
to a finding of the ``to`` category when

* both come from the same source, their spans overlap and no sentence end lies between them
  (the same clause: a second offence in another sentence always keeps its own category);
* the winner's span holds one of ``to_any`` (the evidence of the winner's object) and none of
  ``to_not``;
* the loser's span holds one of ``yields_any`` (when given) and none of ``yields_not`` (words
  that make the loser an offence of its own: a refund, a sale verb, a forge word);
* the words both spans share hold one of ``shared_any`` (when given: the loser's evidence is
  the winner's, as 一模一样 said of a cloned query site);
* the sentence holds none of ``sentence_not`` (a training ad's own promise beside an insider
  claim is an offence of its own).

The loser is recorded as a suppression ``precedence:<name>(<winner rule>)`` that
``scan --explain`` shows. A loser whose winner itself gives way is kept (no cycles).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lexicon import recache
from lexicon.alternation import words_regex

__all__ = ["Precedence", "load_precedence", "precede"]

_KEYS = {
    "name",
    "yields",
    "to",
    "to_any",
    "to_not",
    "yields_any",
    "yields_not",
    "shared_any",
    "sentence_not",
}
_KEYS_DOC = {"why"}
_WORDS = ("to_any", "to_not", "yields_any", "yields_not", "shared_any", "sentence_not")
#: A folded YAML line break between two Chinese characters (no space belongs there).
_FOLD = recache.compile(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])")


@dataclass(frozen=True, slots=True)
class Precedence:
    """One row of the table: ``yields`` gives way to ``to`` on one clause, when…"""

    name: str
    yields: str
    to: str
    why: str
    words: dict[str, tuple[str, ...]]  # the word lists of _WORDS ($sets expanded)
    listed: dict[str, tuple[str, ...]]  # the same lists as written ($set names kept)
    refs: tuple[str, ...]  # the term sets it names
    patterns: dict[str, re.Pattern[str] | None]

    def has(self, key: str, text: str) -> bool:
        pat = self.patterns.get(key)
        return bool(pat and pat.search(text))


def _pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    return words_regex(words)


def load_precedence(
    path: Path,
    expand: Callable[[list[Any], str], tuple[tuple[str, ...], tuple[str, ...]]],
    categories: tuple[str, ...],
    error: type[Exception],
    read: Callable[[Path], Any] | None = None,
) -> list[Precedence]:
    """The table in ``path`` (none without the file); ``expand`` turns a word list with
    ``$set`` references into (words, set names); ``read`` parses the file (the lexicon's
    loader passes its own, which keeps the parse in the build cache)."""
    if not path.is_file():
        return []
    if read is None:
        import yaml

        rows = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    else:
        rows = read(path) or []
    if not isinstance(rows, list):
        raise error(f"{path}: a list of precedence rows")
    out: list[Precedence] = []
    for i, d in enumerate(rows):
        where = f"{path}[{i}]"
        if not isinstance(d, dict) or set(d) - _KEYS - _KEYS_DOC:
            raise error(f"{where}: keys must be among {sorted(_KEYS | _KEYS_DOC)}")
        name = str(d.get("name") or "")
        yields, to = d.get("yields"), d.get("to")
        if not name or yields not in categories or to not in categories or yields == to:
            raise error(f"{where}: needs a name and two different categories (yields, to)")
        if not d.get("why"):
            raise error(f"{where}: say why the domain names the offence with {to!r}")
        if not d.get("to_any"):
            raise error(f"{where}: to_any names the winner's evidence (required)")
        words: dict[str, tuple[str, ...]] = {}
        refs: list[str] = []
        for key in _WORDS:
            words[key], r = expand(list(d.get(key) or ()), f"{where}:{key}")
            refs += r
        if any(p.name == name for p in out):
            raise error(f"{where}: duplicate name {name!r}")
        out.append(
            Precedence(
                name=name,
                yields=str(yields),
                to=str(to),
                why=_FOLD.sub("", str(d["why"]).strip()),
                words=words,
                listed={k: tuple(str(x) for x in d.get(k) or ()) for k in _WORDS},
                refs=tuple(dict.fromkeys(refs)),
                patterns={k: _pattern(v) for k, v in words.items()},
            )
        )
    return out


def precede(
    table: list[Precedence],
    findings: list[Any],
    spans: list[tuple[int, int, str]],
    text: str,
    ends_between: Callable[[int, int], int],
    sentence_at: Callable[[int], str],
) -> dict[int, tuple[int, Precedence]]:
    """Index of each finding that gives way -> (index of its winner, the row).

    ``spans`` holds each finding's normalized span and the words it matched (parallel to
    ``findings``); ``text`` is the normalized text those spans point into."""
    if not table or len(findings) < 2:
        return {}
    cats = {f.category for f in findings}
    rows = [p for p in table if p.yields in cats and p.to in cats]
    if not rows:
        return {}
    beaten: dict[int, tuple[int, Precedence]] = {}
    for i, lose in enumerate(findings):
        for p in rows:
            if lose.category != p.yields:
                continue
            la, lb, lwords = spans[i]
            ltext = text[la:lb] + "\x00" + lwords
            if p.patterns["yields_any"] is not None and not p.has("yields_any", ltext):
                continue
            if p.has("yields_not", ltext):
                continue
            for j, win in enumerate(findings):
                if win.category != p.to or win.source != lose.source:
                    continue
                wa, wb, wwords = spans[j]
                if not (la < wb and wa < lb):
                    continue  # not the same words: another clause's offence
                lo, hi = min(la, wa), max(lb, wb)
                if ends_between(lo, hi):
                    continue  # the spans run over a sentence end: not one clause
                wtext = text[wa:wb] + "\x00" + wwords
                if not p.has("to_any", wtext) or p.has("to_not", wtext):
                    continue
                if p.patterns["shared_any"] is not None and not p.has(
                    "shared_any", text[max(la, wa) : min(lb, wb)]
                ):
                    continue
                if p.has("sentence_not", sentence_at(lo)):
                    continue
                beaten[i] = (j, p)
                break
            if i in beaten:
                break
    # a winner that itself gives way cannot beat anyone (no cycles)
    return {i: w for i, w in beaten.items() if w[0] not in beaten}
