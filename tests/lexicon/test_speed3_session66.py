"""Session 66, speed3: cheap tests before two costly readings of the silencing stage.

The silencing stage (:meth:`lexicon.silence.Silencer.why`) read the marked text (the source's
question and exclamation marks written back over the sentence ends, built by mapping every
sentence end of the page to the source) for every candidate reaching the fake-paper verdict, and
:func:`lexicon.context._promise_disclaimed` unseparated the warning word and the twelve
characters after it for every warning word near a candidate: both mostly for nothing on a dense
page. Now ``why`` asks for the marked text only where the verdict's opening 的 stands, and
``_promise_disclaimed`` tests the raw characters first (:func:`lexicon.context._folds_to`).

These tests pin what the cheap tests rely on (every verdict opens on 的; every disclaimer and
fakes word holds a character of its set), keep the old reading of ``_promise_disclaimed`` as a
reference path and check that the new one answers the same on sentences written for this round
(plain, spaced out, in traditional characters, with a radical for a plain character, the
disclaimer after the promise and elsewhere), and check the scan's answers on a few of them. The
detector's whole output on the project's texts and the benchmark pages is compared by
``/work/notes/s66/equiv.py``. Every sentence here is written for this file.
"""

from __future__ import annotations

import re

import pytest

import lexicon.context as ctx
import lexicon.silence as sil
from lexicon.frames import unseparated
from lexicon.normalize import normalize
from tests.lexicon.scanning import ALL, assert_sells, assert_silent


def _old_promise_disclaimed(text: str, start: int, end: int) -> int | None:
    """``_promise_disclaimed`` as it read before this round (no cheap test)."""
    word = unseparated(text[start:end])[0]
    if ctx._DISCLAIMER_WORDS.search(word):
        if not unseparated(text[max(0, start - 8) : start])[0].endswith(("是", "非")):
            return None
    elif ctx._FAKES_AFTER.fullmatch(word):
        warned = ctx._WARN_OF_FAKES.search(unseparated(text[max(0, start - 8) : start])[0])
        if warned is None:
            return None
    elif not ctx._FAKES_AFTER.match(unseparated(text[end : end + 12])[0]):
        return None
    lo = max(0, start - 60)
    cut = max(text.rfind(c, lo, start) for c in "。！？!?\n；;")
    sentence = cut + 1 if cut >= 0 else lo
    window = text[sentence:start]
    if any(q in window for q in '“”"「」『』'):
        return None
    readings = [window]
    clean = unseparated(window)[0]
    if clean != window:
        readings.append(clean)
    fakes_word = ctx._FAKES_AFTER.fullmatch(word) is not None
    for k, seen in enumerate(readings):
        if fakes_word:
            seen = ctx._WARN_OF_FAKES.sub("", seen)
        m = ctx._PROMISE_DISCLAIMED.search(seen) or (ctx._PROMISE_GLUED.search(seen) if k else None)
        if m is not None and not ctx._PROMISE_TOLD.search(seen, 0, m.start()):
            return sentence
    return None


def _alternatives(pattern: str) -> list[str]:
    """The literal alternatives of a flat ``a|b|c`` pattern (or of its one ``(?:…)`` group)."""
    inner = re.search(r"\(\?:([^()]*)\)", pattern)
    return (inner.group(1) if inner else pattern).split("|")


def test_every_disclaimer_word_holds_a_char_of_its_set() -> None:
    alts = _alternatives(ctx._DISCLAIMER_WORDS.pattern)
    assert alts == ["骗", "忽悠", "套路", "坑"]
    for alt in alts:
        assert set(alt) & set(ctx._DISCLAIMER_CHARS), alt


def test_every_fakes_word_holds_a_char_of_its_set() -> None:
    alts = _alternatives(ctx._FAKES_AFTER.pattern)
    assert "假冒" in alts and "高仿店" in alts and len(alts) == 8
    for alt in alts:
        assert set(alt) & set(ctx._FAKES_CHARS), alt


#: Sentences written for this round: a promise and its stock disclaimer (as written, spaced out,
#: in traditional characters, a radical for 一), warnings that disclaim nothing, and reports.
SENTENCES = [
    "叉车证包过，不是骗局，报名找王老师，电话13800001111",
    "叉 车 证 包 过，不 是 骗 局，微 信 abc12345",
    "登高證包過，絕對不是騙局，歡迎諮詢",
    "本店稳过，认准本店，谨防假冒，加v咨询",
    "本店稳过，认准本店，谨 防 冒 充，加v咨询",
    "焊工证一次稳过，小心山寨，我们才是正规的",
    "电工证保证通过，非骗局，放心",
    "电工证包过？不是套路吗？",
    "市场监管局提醒：所谓包过都是骗局，切勿轻信，谨防上当受骗。",
    "警方通报：某机构冒充考点发证，已被查处，请群众警惕山寨网站。",
    "我们老师说包过不是忽悠，但也要认真学。",
    "包过⼀定是骗人的，别信。",
    "考证没有捷径，低价包过的都是坑，盗版教材也别买。",
    "网传“包过不是骗局”的说法不实，请以官方通知为准。",
]

#: Warning words read in those sentences.
_WORDS = re.compile(
    r"骗局|騙局|骗 局|骗人|骗子|忽悠|套路|坑|假冒|冒 充|冒充|山寨|盗版|警惕|提醒|切勿|上当|受骗|不实"
)


@pytest.mark.parametrize("text", SENTENCES)
def test_promise_disclaimed_reads_as_before(text: str) -> None:
    spans = [(m.start(), m.end()) for m in _WORDS.finditer(text)]
    assert spans
    for start, end in spans:
        assert ctx._promise_disclaimed(text, start, end) == _old_promise_disclaimed(
            text, start, end
        ), (text, text[start:end])


def test_promise_disclaimed_reads_as_before_at_every_span() -> None:
    """Every span of up to four characters of every sentence, warning word or not."""
    page = "\n".join(SENTENCES)
    for start in range(len(page)):
        for end in range(start + 1, min(len(page), start + 4) + 1):
            assert ctx._promise_disclaimed(page, start, end) == _old_promise_disclaimed(
                page, start, end
            ), (start, end, page[start:end])


def test_the_disclaimer_still_frees_the_promise() -> None:
    # found at all only where the disclaimer is read (the bare disclaimer silences the promise)
    assert SENTENCES[0][8:10] == "骗局" and SENTENCES[3][12:14] == "假冒"
    assert ctx._promise_disclaimed(SENTENCES[0], 8, 10) == 0
    assert ctx._promise_disclaimed(SENTENCES[3], 12, 14) == 0
    assert ctx._promise_disclaimed(SENTENCES[1], 14, 17) == 0  # 骗 局, spaced out


def test_every_fake_verdict_opens_on_de() -> None:
    """``why`` asks for the marked text only where 的 stands at the candidate's end: the marked
    text differs from the normalized one only at sentence ends, so 的 stands in both or neither."""
    assert sil._FAKE_VERDICT.pattern.startswith("的")
    for text in [
        "不用考就拿电工证的都是假证？好好学才是正路。",
        "不用考就拿电工证的都是假证，要考就好好学。",
        "花钱买的证书是假证！别信。",
        "这种的，是假的证吗？",
    ]:
        n = normalize(text)
        marked = n.marked(text)
        assert len(marked) == len(n.text)
        for b in range(len(n.text) + 1):
            if sil._FAKE_VERDICT.match(marked, b) is not None:
                assert n.text.startswith("的", b), (text, b)
            if not n.text.startswith("的", b):
                assert sil._FAKE_VERDICT.match(marked, b) is None


def _reasons(det, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {s.reason for s in det.scan_page(text=text, packs=ALL).suppressed}


def test_fake_verdict_still_silences(det) -> None:  # type: ignore[no-untyped-def]
    text = "不用考就拿电工证的都是假证，要考就好好学。"
    assert_silent(det, text, ALL, of="certificate_sale")
    assert "warning:的都是假证" in _reasons(det, text)


def test_asked_fake_verdict_is_not_the_verdict(det) -> None:  # type: ignore[no-untyped-def]
    # the question mark (a sentence end once normalized) still reads as asked
    text = "不用考就拿电工证的都是假证？好好学才是正路。"
    assert "warning:的都是假证" not in _reasons(det, text)


def test_the_disclaimers_still_sell(det) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, "焊 工 证 包 过，不 是 骗 局，微信abc12345", "GP-")
    assert_sells(det, "電工證包過，不是騙局，微信abc12345", "GP-")
    assert_sells(det, "低压电工证包过，谨防假冒，认准本店，电话13912345678", "GP-")


def test_a_bare_disclaimer_still_silences(det) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, "焊工证包过，我们不是骗子。", ALL, of="GP-")
