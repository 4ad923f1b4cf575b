"""Session 67, speed6: the stance reader's chat windows and screens read once, not per reading.

:meth:`lexicon.stance.StanceReader.judge` reads the window around a candidate for a shop chat
several times (``_shop_turn``, ``_shop_refuses``' three kinds of labels, ``_shop_sends_to_exam``):
each tried its cheap gate (``_CHAT_RAW``, ``_REFUSER_RAW``) on the same window again, and each
found the labels with ``finditer`` of patterns that open in capturing groups and lookbehinds, so
the regex engine tried the whole alternation at every character (the costliest single pattern on
dense pages). Now a gate's answer is kept for its last window (``_gate_hit``), the labels are
tried only where one of their first characters stands (``_labels``), the four readings the
``stance_mask`` words blank are blanked once each where they are the same string, the referral's
gap pattern and the definition pattern are searched only where a word every match holds stands.

These tests pin what that relies on: the first characters are exactly the ones the patterns can
open with (read from the parsed patterns), ``_labels`` gives ``finditer``'s matches on texts built
from the labels' words and their neighbours, ``_gate_hit`` answers as the gate does on the window
and reads a new text anew, and every match of the screened patterns holds a screen word; then a few
chats are scanned. The detector's whole output on the project's texts and the benchmark pages is
compared by ``/work/notes/s67/equiv.py``. Every sentence here is written for this file.
"""

from __future__ import annotations

import random
import re

import pytest

import lexicon.stance as st
from tests.lexicon.scanning import ALL, ANY_RULE, assert_sells, assert_silent

try:  # Python 3.11+
    from re import _constants as sre_c  # type: ignore[attr-defined]
    from re import _parser as sre_p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as sre_c  # type: ignore[no-redef]
    import sre_parse as sre_p  # type: ignore[no-redef]


def _openers(items: list) -> set[str] | None:
    """The characters a match of the parsed sequence ``items`` can open with; None for any."""
    out: set[str] = set()
    for op, av in items:
        if op is sre_c.LITERAL:
            return out | {chr(av)}
        if op is sre_c.SUBPATTERN:
            inner = _openers(list(av[3]))
            return None if inner is None else out | inner
        if op is sre_c.BRANCH:
            for alt in av[1]:
                inner = _openers(list(alt))
                if inner is None:
                    return None
                out |= inner
            return out
        if op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
            continue  # consumes nothing
        return None
    return None


@pytest.mark.parametrize("label", list(st._LABEL_FIRSTS), ids=lambda p: p.pattern[:12])
def test_label_first_characters_are_the_patterns_own(label: re.Pattern[str]) -> None:
    opens = _openers(list(sre_p.parse(label.pattern)))
    assert opens is not None
    first = st._LABEL_FIRSTS[label]
    assert {c for c in map(chr, range(0x20, 0xA000)) if first.fullmatch(c)} == opens


_PIECES = (
    *("卖家", "客服", "客服小妹", "回复", "网友回复", "答", "回答", "解答", "问", "提问", "询问"),
    *("老板", "老板娘", "老师", "助教", "学员", "考生", "家长", "买家", "顾客", "客人", "店主"),
    *("：", ":", "\n", "，", "。", "？", "包过吗", "包不了", "能办", "电工证", " ", "答复"),
)


def test_labels_are_finditers_matches() -> None:
    rng = random.Random(67)
    texts = ["", "答：", "问：答：", "回答：", "客服：：", "学员：老师：助教："]
    texts += ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 16))) for _ in range(4000)]
    for label in st._LABEL_FIRSTS:
        for text in texts:
            want = [(m.span(), m.groups()) for m in label.finditer(text)]
            assert [(m.span(), m.groups()) for m in st._labels(label, text)] == want, text


def test_labels_of_another_pattern_is_finditer() -> None:
    text = "我：能办吗？\n对方：能。"
    assert [m.span() for m in st._labels(st._VICTIM_LABEL, text)] == [
        m.span() for m in st._VICTIM_LABEL.finditer(text)
    ]


def test_gate_reads_the_window_and_a_new_text_anew() -> None:
    chat = "买家：电工证能包过吗？\n客服：包不了，考试要本人去考点参加。"
    plain = "电工证要本人参加培训和考试，考试合格后发证，证书可以在官网查询到。"
    for gate in (st._CHAT_RAW, st._REFUSER_RAW, st._TEACHER_RAW):
        for text in (chat, plain, chat + plain, plain + chat):
            for a0, b in ((0, len(text)), (3, 20), (0, 5), (10, len(text))):
                want = gate.search(text[a0:b]) is not None
                assert st._gate_hit(gate, text, a0, b) is want
                assert st._gate_hit(gate, text, a0, b) is want  # from the memo
    # the same bounds on another text of the same length are read again, not remembered
    one, two = "客服：包不了。", "今天天气很好。"
    assert st._gate_hit(st._CHAT_RAW, one, 0, len(one)) is True
    assert st._gate_hit(st._CHAT_RAW, two, 0, len(two)) is False


@pytest.mark.parametrize(
    "window",
    [
        "我朋友办过，你就说是小王介绍的，他会给你优惠",
        "老师的微信放在下面了，有需要的自己加",
        "联系方式贴这里了，需要的看一下",
        "电话在下面，工作时间都能打通",
        "需要的话，微信推给你，私聊细说",
        "我发给你他的号码，你自己联系吧",
    ],
)
def test_every_referral_gap_holds_a_screen_word(window: str) -> None:
    assert st._REFERRAL_GAP.search(window) is not None
    assert st._REFERRAL_GAP_SCREEN.search(window) is not None


def test_referral_gap_needs_a_screen_word() -> None:
    rng = random.Random(6)
    bits = ("微信", "电话", "号码", "联系方式", "v", "Q", "发", "推", "给", "在", "下面", "这")
    bits += ("说是", "说", "是", "老李", "介绍", "推荐", "让", "，")
    hits = 0
    for _ in range(6000):
        window = "".join(rng.choice(bits) for _ in range(rng.randint(1, 10)))
        if st._REFERRAL_GAP.search(window):
            hits += 1
            assert st._REFERRAL_GAP_SCREEN.search(window), window
    assert hits > 100


def test_definition_needs_its_character() -> None:
    assert st._DEFINES.search("特种作业是指容易发生事故的作业")
    assert st._DEFINES.search("复审：指证书到期前的审核")
    for sent in ("复审：每三年一次", "特种作业容易发生事故", "指导老师：王老师"):
        assert ("指" in sent) or st._DEFINES.search(sent) is None


def test_shop_refusal_still_read(det) -> None:
    # the buyer's request, refused by the shop's next turn: a report of the shop's refusal
    text = "买家：高压电工证能不能包过？\n客服：包不了的，我们这边只负责培训，考试要本人去考点考。"
    assert_silent(det, text, ALL)


def test_owner_refusal_still_read(det) -> None:
    text = "顾客：焊工证不考试能拿吗？\n老板：不能，必须本人参加考试，我们只做考前培训。"
    assert_silent(det, text, ALL)


def test_shop_yes_still_sells(det) -> None:
    text = "买家：电工证不用考试能拿到吗？\n客服：亲，可以的，交钱就能办，十天出证，加微信 dg8853 详聊。"
    assert_sells(det, text, ANY_RULE, ALL)


def _old_debunked_before(text: str, start: int, end: int) -> str | None:
    """``_debunked_before`` as it read before this round (the candidate's start normalized too)."""
    from lexicon.normalize import normalize

    lo = max(0, start - st._DEBUNK_REACH)
    before = normalize(text[lo:end]).text
    cut = len(normalize(text[lo:start]).text)
    found = None
    for m in st._DEBUNK_TURN.finditer(before, 0, max(cut + 8, len(before))):
        found = m
    if found is None or st._DEBUNK_ASKED.search(text, lo, end):
        return None
    head = before[max(0, found.start() - 8) : found.start()]
    if (
        st._VERDICT_DENIED.search(head)
        or st._SELF.search(before, found.end())
        or st._DEBUNK_SELF.search(before, found.end())
    ):
        return None
    verdict = re.compile(r"谣言|不实|假消息|假新闻").match(before, found.start())
    if verdict is not None and st.refuted_after(before, verdict.end()):
        return None
    return found.group(1)


@pytest.mark.parametrize(
    "text",
    [
        "网上说电工证花钱就能拿是谣言，其实证书全国联网可查，焊工证不用考的说法也不可信。",
        "有人称叉车证可以直接买，这是假消息，真相是必须参加培训考试，登高证包过更是骗人。",
        "辟谣：高压电工证不用考试？不是真的，证书要本人考试合格才发，假证一查就露馅。",
        "焊 工 证 不 用 考 是 谣 言，其 实 要 参 加 培 训 和 考 试，包过的话别信。",
        "说电工证免考的都是谣言？我们这里就能办，包过，加微信详谈。",
    ],
)
def test_debunked_before_reads_as_before(text: str) -> None:
    for start in range(0, len(text)):
        for end in (start + 2, start + 6, len(text)):
            if end <= len(text) and end > start:
                assert st._debunked_before(text, start, end) == _old_debunked_before(
                    text, start, end
                )
