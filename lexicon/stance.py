"""Reported or offered: the second stage that reads the sentence around a candidate.

A rule finds the words of a violation; whether the text *offers* it (a listing, a seller's pitch)
or *reports* it (news, a court finding, a regulator's warning, a buyer's story) is a different
question, and real pages answer it one sentence at a time: a news page quotes a seller in one
paragraph, a forum reposts a verdict under an ad. Cues are read from the candidate's sentence
(and the clause before it, where reports put their subject):

* offer cues — a contact nearby, seller words (加V、私聊、联系我们、本店、有需要的), second
  person (你、您), first-person sellers (我们), prices, exclamations and ad brackets;
* report cues — reporters, police, courts, defendants, gangs (记者、警方、法院、被告人、团伙),
  reported speech (称、声称、宣称、对方、有的机构), narrative (近日、当时、后来), a question
  about the trade (为何…?), and a quotation inside a frame that speaks about it.

Cue words are data (``lexicon/terms/stance_*.yaml``, ``role: stance``, weight per set). The
verdict is ``report`` at a sum of -2 or below, ``offer`` at +2 or above, else ``unclear`` (the
rules decide, and the learned scorer weighs it where there is one). The cues are kept, so
``adsweep scan --explain`` and the finding say why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lexicon.normalize import normalize, normalize_light

__all__ = ["Stance", "StanceReader", "framed", "sentence_bounds"]

#: Sentence ends (a semicolon joins clauses of one sentence: "据嫌疑人交代，……；二是……").
_SENT_END = re.compile(r"[。！？!?\n]")
_QUESTION = "?？"
#: A sentence that ends asking (…吗, …么, …呢) asks about the trade rather than offering it.
_ASKS = re.compile(r"(?:吗|么|呢)[\s?？]*$")
#: A quotation: paired marks (straight quotes pair with each other), on one line.
_QUOTES = re.compile(r"“[^”\n]*”|「[^」\n]*」|『[^』\n]*』|‘[^’\n]*’|〝[^〞\n]*〞|\"[^\"\n]*\"")
#: A phone number written with some digits hidden (138xxxx6621, 130********): still a number
#: left for the reader to call.
_MASKED_PHONE = re.compile(r"(?<![0-9])1[3-9](?=[0-9x*]{9}(?![0-9a-z]))[0-9]*[x*]")
_PRICE = re.compile(r"[0-9一二三四五六七八九十百千万两]+\s*(?:元|块|rmb|w\b|万)")
_EXCLAIM = re.compile(r"[!！]|【")
_CJK = re.compile(r"[\u3400-\u9fff]")
_REACH = 120  # characters of context either side, at most
_CONTACT_NEAR = 60


@dataclass(frozen=True, slots=True)
class Stance:
    """The second stage's decision for one candidate span."""

    verdict: str  # "offer" | "report" | "unclear"
    score: float  # sum of cue weights: positive offers, negative reports
    cues: tuple[str, ...] = ()
    p: float | None = None  # the learned scorer's P(offer), where a model weighed it

    def reason(self) -> str:
        """The named suppression: ``report:记者+调查发现`` (offer cues outweighed after ``|``)."""
        rep = [c[7:] for c in self.cues if c.startswith("report:")]
        off = [c[6:] for c in self.cues if c.startswith("offer:")]
        return "report:" + "+".join(rep) + ("|" + "+".join(off) if off else "")


class StanceReader:
    """Reads cues with one regex per weight, built from the lexicon's ``stance`` term sets."""

    def __init__(self, sets: dict[str, tuple[float, tuple[str, ...]]]) -> None:
        self._sets = [
            (weight, re.compile("|".join(re.escape(t) for t in sorted(terms, key=len)[::-1])))
            for _name, (weight, terms) in sorted(sets.items())
            if terms
        ]

    def judge(self, text: str, start: int, end: int, contacts: list[tuple[int, int]]) -> Stance:
        """Stance of ``text[start:end]`` (original offsets); ``contacts`` are the original spans
        of the source's phone / WeChat / QQ ids."""
        lo, hi = _sentence(text, start, end)
        sent = text[lo:hi]
        cues: list[str] = []
        score = 0.0
        light = normalize_light(sent)
        # Cue words are read with separators gone (判⭐决书 is 判决书); numbers keep theirs.
        flat = normalize(sent).text
        for weight, rx in self._sets:
            for word in dict.fromkeys(m.group(0) for m in rx.finditer(flat)):
                score += weight
                cues.append(f"{'offer' if weight > 0 else 'report'}:{word}")
        near = [c for c in contacts if c[0] < end + _CONTACT_NEAR and c[1] > start - _CONTACT_NEAR]
        if near:
            score += 3
            cues.append("offer:联系方式")
        elif contacts:
            score += 1
            cues.append("offer:页内联系方式")
        elif _MASKED_PHONE.search(light):
            score += 2
            cues.append("offer:号码")
        if _PRICE.search(light):
            score += 0.5
            cues.append("offer:价格")
        if _EXCLAIM.search(sent):
            score += 0.5
            cues.append("offer:感叹/【】")
        if (hi < len(text) and text[hi] in _QUESTION) or _ASKS.search(sent):
            score -= 2
            cues.append("report:问句")
        if _quoted(sent, start - lo, end - lo) and len(_CJK.findall(_QUOTES.sub("", sent))) >= 4:
            score -= 1
            cues.append("report:引语")
        verdict = "report" if score <= -2 else "offer" if score >= 2 else "unclear"
        return Stance(verdict, round(score, 2), tuple(cues))


def framed(text: str, start: int, end: int) -> bool:
    """True when the sentence around ``[start, end)`` says something outside its quotations:
    a quote with a frame is someone's words reported; a line of quotes alone is the ad's."""
    lo, hi = _sentence(text, start, end)
    return len(_CJK.findall(_QUOTES.sub("", text[lo:hi]))) >= 4


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Public name of the sentence bounds the stage reads (the learned scorer reads the same)."""
    return _sentence(text, start, end)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence(s) holding ``[start, end)``, at most ``_REACH`` either side."""
    lo = max(0, start - _REACH)
    before = [m.end() for m in _SENT_END.finditer(text, lo, start)]
    lo = before[-1] if before else lo
    m = _SENT_END.search(text, end, min(len(text), end + _REACH))
    hi = m.start() if m else min(len(text), end + _REACH)
    return lo, hi


def _quoted(sent: str, a: int, b: int) -> bool:
    """True when ``sent[a:b]`` sits inside a quotation."""
    return any(m.start() <= a and b <= m.end() for m in _QUOTES.finditer(sent))
