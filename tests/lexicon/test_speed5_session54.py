"""Session 54, speed5: cheap tests before the separator-free readings of a warning word.

The silencing stage reads, for each warning word near a candidate, whether the writer disowns it
(:meth:`lexicon.context.SellerLine.disowning`). Three of its readings fold and unseparate a
window of the page on every warning word, though their patterns can only match where a few
characters stand: ``_set_apart`` (别把我们当成骗子 / 我们和那些骗子不一样), ``_rivals_turn`` (网上那些…都是
骗局，…加v) and ``_spaced_turn`` (the turn read with the evader's separators gone). They now test
the raw characters first (:func:`lexicon.context._folds_to`) or unseparate only the part of the
window the turn is read in. These tests keep the old readings as a reference path and check
that the new ones give the same answers on sentences written for them, where a wrong test
would part them: the words in traditional characters, spaced out, with a Kangxi radical or a
compatibility ideograph for a plain character, on either side of a turn, the same sentence
twice on one page in different contexts. The detector's findings on the project's texts are
checked whole by ``benchmarks/findings_diff.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

import lexicon.context as ctx
import lexicon.frames as frames
import lexicon.stance as stance
from lexicon import get_detector
from lexicon.frames import LEAD, unseparated
from lexicon.normalize import simplify_chars


def _old_set_apart(text: str, start: int, end: int) -> bool:
    """``_set_apart`` as it read before this round (no cheap test)."""
    after = unseparated(simplify_chars(text[end : end + 12]))[0]
    head = text[ctx._clause_start(text, start) : start][-3 * ctx._DENIED_BACK :]
    before = unseparated(simplify_chars(head))[0]
    if ctx._TAKEN_FOR.search(before):
        return True
    return (
        ctx._APART_AFTER.match(after) is not None and ctx._APART_BEFORE.search(before) is not None
    )


def _old_rivals_turn(text: str, start: int, end: int, stop: int) -> int | None:
    """``_rivals_turn`` as it read before this round (no cheap test)."""
    clause = ctx._clause_start(text, start)
    before = unseparated(text[max(clause, start - ctx._RIVALS_BACK) : start])[0]
    if ctx._RIVALS_BEFORE.search(before) is None:
        return None
    m = ctx._RIVALS_TURN.search(text, end, min(stop, end + 6))
    if m is None:
        return None
    rest = unseparated(text[m.end() : min(stop, m.end() + ctx._HEAD_REACH)])[0]
    if (
        ctx._RIVALS_LAWFUL.search(rest)
        or ctx._RIVALS_CALL.search(rest) is None
        or ctx._RIVALS_PITCH.search(rest) is None
    ):
        return None
    return m.end()


def _old_spaced_turn(text: str, end: int, stop: int) -> tuple[int, str | None] | None:
    """``_spaced_turn`` as it read before this round (the whole window unseparated)."""
    window = text[end : min(stop, end + 3 * ctx._PIVOT_REACH)]
    if not ctx._SPACER.search(window):
        return None
    clean, pos = unseparated(window)
    turn = ctx._PIVOT.search(clean, 0, min(len(clean), ctx._PIVOT_REACH))
    if turn is None:
        return None
    return end + pos[turn.start()], turn.group("answer")


def _old_judged(line: str) -> str | None:
    """``frames._judged`` as it read before this round (no cheap test)."""
    raw = frames._nfkc(line.lstrip(" \t\u3000" + LEAD)[: frames._NOTE_HEAD])
    clean, pos = unseparated(raw)
    m = frames._JUDGED_NOTE.match(clean)
    if m is None and (comma := re.search(r"[，,]", clean[:14])):
        m = frames._JUDGED_NOTE.match(clean, comma.end())
    if m is None or frames._FIRST_PERSON.search(clean[: m.end() + 12]):
        return None
    if frames._ASKED_AFTER.match(raw, pos[m.end()]):
        return None
    return m.group(0)


def _old_exhibit_head(text: str, lo: int) -> tuple[str, int, int] | None:
    """``frames.exhibit_head`` as it read before this round (every line above folded)."""
    start = text.rfind("\n", max(0, lo - frames._EXHIBIT_LINE_CAP), lo) + 1
    if start == 0:
        return None
    at = start - 1
    for _ in range(frames._EXHIBIT_LINES):
        prev = text.rfind("\n", max(0, at - frames._EXHIBIT_LINE_CAP), at) + 1
        if prev == 0 and at > frames._EXHIBIT_LINE_CAP:
            return None
        line = text[prev:at].strip(" \t\u3000")
        if not line:
            return None
        clean = unseparated(frames._nfkc(line.lstrip(LEAD)))[0]
        if frames._EXHIBIT_HEAD.fullmatch(clean):
            stop = at
            for _ in range(frames._EXHIBIT_LINES):
                nxt = text.find("\n", stop + 1, stop + 1 + frames._EXHIBIT_LINE_CAP)
                if nxt < 0:
                    nxt = len(text) if len(text) - stop - 1 <= frames._EXHIBIT_LINE_CAP else -1
                if nxt < 0 or not text[stop + 1 : nxt].strip(" \t\u3000"):
                    break
                stop = nxt
            return clean, at + 1, max(stop, lo)
        if prev == 0:
            return None
        at = prev - 1
    return None


# Written for these tests. Each holds warning words (骗子, 骗局, 假证) read by the three readings.
APART = [
    "别把我们当成骗子，焊工证免考包过，加v详谈",
    "別把我們當成騙子，焊工證免考包過，加v詳談",  # traditional
    "别 把 我 们 当 成 骗 子，电工证直接拿，私我",  # spaced out
    "我们跟那些骗子不一样，叉车证系统可查，加微信",
    "我们和那些骗子混为⼀谈？不会的，电工证包过 私聊",  # Kangxi radical for 一
    "我们和那些骗子\uf967一样，电工证不用考，加v",  # a compatibility ideograph for 不
    "我们与那些骗子相 提 并 论不得，焊工证当天拿证 加我",
    "有人说我们是骗子，其实我们是正规培训学校，必须考试",  # no set-apart: 说 not 把
]
RIVALS = [
    "网上那些免考的说法都是骗局，电工证系统可查 不用考 加v",
    "網上那些免考的說法都是騙局，電工證系統可查 不用考 加v",  # traditional
    "外 面 那 些 代办的都是骗子，焊工证直接出证，私信我",  # spaced out
    "市面上这种包过的都是骗局，叉车证可查，微信联系",
    "有些店这种不用考的都是假证，我们可查 出证快 加v",
    "别家那些说不用考的都是骗子，证要自己考，报名请到窗口",  # the lawful route: no turn
    "网上那些都是骗局，电工证必须考试合格后发证，举报电话12350",  # an office's line
    "其他家那种说法是骗局",  # nothing after it
]
TURNS = [
    "骗子太多，我 们 这 边 可 以 直 接 办 ， 加 v 详 聊",
    "小心骗子，\u200b我\u200b们\u200b这\u200b边\u200b电工证包过",
    "骗子多的是！⭐我⭐们⭐专⭐业⭐办⭐证⭐加⭐我",
    "谨防假证，" + "· " * 30 + "我们这边直接办",  # the separators fill the first reach
    "别信骗子 答 ： 可 以 ， 找 我 们 办",
    "防骗子，趁 现 在 还 能 办 私我",
    "骗子，" + "很" * 50 + " 我们",  # the turn past the reach: none
]
# Verdicts on the lines above, and lines that only look like one.
JUDGED = [
    "经鉴定，上述证件均系伪造。",
    "經鑒定，上述證件均系偽造。",  # traditional
    "以 上 说 法 均 系 虚 假 宣 传",  # spaced out
    "这⭐些⭐都⭐是⭐骗⭐局",
    "此类消息全是骗人的",
    "前述广告纯属诈骗",
    "㊤述证件均系伪造",  # an enclosed ideograph for 上
    "这些都是假的？本店保真，加v",  # a question: no verdict
    "以上证件均非伪造",  # negated: no verdict
    "上述内容是我们的承诺",  # no verdict word
    "我们说这些都是骗局",  # the first person
    "电工证不用考 加v详谈",
]
# An exhibit's heading over an ad, in the forms an evader or a scan gives it, and lines that
# only look like one; each is put over the same two lines of an ad.
EXHIBITS = [
    "附件：涉案广告内容",
    "附件：涉案廣告內容",  # traditional
    "涉 案 广 告 ：",  # spaced out
    "证据二：被告人发布的⼴告（截图）",  # a Kangxi radical for 广
    "【该账号发布的朋友圈原文：",
    "截获的短信如下：",
    "当事人聊天记录节选：",
    "本店广告：",  # no party named: no heading
    "今天天气很好",
    "涉案金额巨大",  # a party, no kind of ad
]
EXHIBIT_AD = "电工证 代办 免考\n微信 abc12345 联系我\n"
# The same sentence twice on one page, once after a report and once after a seller's line.
TWICE = (
    "警方提醒：网上那些免考的说法都是骗局，电工证系统可查 不用考 加v。\n"
    "店铺公告\n网上那些免考的说法都是骗局，电工证系统可查 不用考 加v。\n"
    "别把我们当成骗子，焊工证免考包过，加v详谈。记者暗访发现：别把我们当成骗子，焊工证免考包过，加v详谈"
)
_WARNING = re.compile("骗子|騙子|骗局|騙局|假证|假證|骗 子|騙 子")


def _words(text: str) -> list[tuple[int, int]]:
    """Every warning word of ``text`` and, for the readings' sake, every other short span too."""
    spans = [(m.start(), m.end()) for m in _WARNING.finditer(text)]
    spans += [(i, i + 2) for i in range(0, max(0, len(text) - 2), 3)]
    return spans


@pytest.mark.parametrize("text", [*APART, *RIVALS, *TURNS, TWICE])
def test_readings_equal_the_old_ones_at_every_word(text: str) -> None:
    for start, end in _words(text):
        assert ctx._set_apart(text, start, end) == _old_set_apart(text, start, end)
        for stop in (len(text), end + 8, end + 30, end + 45):
            assert ctx._rivals_turn(text, start, end, stop) == _old_rivals_turn(
                text, start, end, stop
            )
            assert ctx._spaced_turn(text, end, stop) == _old_spaced_turn(text, end, stop)


def test_the_sentences_are_read_as_meant() -> None:
    """The reference readings say what the sentences were written for: a test that never sees
    a True would not show a cheap test's error."""

    def first(text: str) -> tuple[int, int]:
        m = _WARNING.search(text)
        assert m is not None
        return m.start(), m.end()

    apart = [_old_set_apart(t, *first(t)) for t in APART]
    assert apart == [True] * 7 + [False]
    rivals = [_old_rivals_turn(t, *first(t), len(t)) is not None for t in RIVALS]
    assert rivals == [True] * 5 + [False] * 3
    turns = [_old_spaced_turn(t, first(t)[1], len(t)) is not None for t in TURNS]
    assert turns == [True] * 6 + [False]


@pytest.mark.parametrize("chars", [ctx._APART_AFTER_CHARS, "把", "网外市别其有", "那这"])
def test_folds_to_holds_every_form_the_readings_fold(chars: str) -> None:
    """Every character of the class reads as one of ``chars`` once folded, and every character
    the fold turns into one of them is in the class (checked over the fold table)."""
    rx = ctx._folds_to(chars)
    for c in chars:
        assert rx.fullmatch(c)
    table = ctx._light_table()
    for cp in table:
        out = unseparated(simplify_chars(chr(cp)))[0]
        if any(c in out for c in chars):
            assert rx.fullmatch(chr(cp)), chr(cp)


def test_cheap_test_characters_cover_every_alternative() -> None:
    """Each alternative of the two patterns holds one of the characters tested for it."""
    for alt in ("混为一谈", "相提并论", "划等号", "画等号", "不一样", "不是一回事", "不同"):
        assert ctx._APART_AFTER.match(alt)
        assert any(c in alt for c in ctx._APART_AFTER_CHARS)
    for place in ("网上", "外面", "市面上", "别家", "别人", "别人家", "其他家", "有些店"):
        for these in ("那些", "这些", "那种", "这种"):
            assert ctx._RIVALS_BEFORE.search(place + these + "说法")
            assert any(c in place for c in ctx._RIVALS_PLACE_CHARS)
            assert any(c in these for c in ctx._RIVALS_THESE_CHARS)
    assert "把" in ctx._TAKEN_FOR.pattern


@pytest.mark.parametrize("line", JUDGED)
def test_judged_equals_the_old_reading(line: str) -> None:
    for i in range(len(line)):
        for lead in ("", "  ", "——", "\u3000"):
            assert frames._judged(lead + line[i:]) == _old_judged(lead + line[i:])


def test_judged_lines_are_read_as_meant() -> None:
    verdicts = [_old_judged(line) is not None for line in JUDGED]
    assert verdicts == [True] * 7 + [False] * 5


def test_nfkc_classes_hold_every_form_the_line_readings_fold() -> None:
    for chars in (
        frames._JUDGED_BACK_CHARS,
        frames._JUDGED_VERDICT_CHARS,
        frames._EXHIBIT_PARTY_CHARS,
        frames._EXHIBIT_KIND_CHARS,
    ):
        rx = frames._nfkc_folds_to(chars)
        # the ideograph blocks, the radicals and every compatibility or enclosed form of them,
        # read one by one as _judged reads a line (independent of the tables the class is made of)
        blocks = [(0x2E80, 0xA000), (0xF900, 0xFB00), (0xFE30, 0xFE50), (0xFF00, 0xFFF0)]
        blocks += [(0x1F100, 0x1F300), (0x2F800, 0x2FA20)]
        for cp in (cp for lo, hi in blocks for cp in range(lo, hi)):
            out = unseparated(frames._nfkc(chr(cp)))[0]
            if any(c in out for c in chars):
                assert rx.fullmatch(chr(cp)), chr(cp)
    alts = ["以上", "上述", "上面", "前述", "这些", "这类", "此类", "这样的", "这种"]
    verdicts = [
        "伪造",
        "假的",
        "假证",
        "假货",
        "虚假",
        "骗局",
        "诈骗",
        "骗人",
        "骗子",
        "谎言",
        "违法",
        "非法",
    ]
    for alt in alts:
        assert any(c in alt for c in frames._JUDGED_BACK_CHARS)
        for verdict in verdicts:
            assert any(c in verdict for c in frames._JUDGED_VERDICT_CHARS)
            assert frames._JUDGED_NOTE.match(alt + "均系" + verdict)
    parties = [
        "涉案",
        "涉事",
        "违法",
        "违规",
        "虚假",
        "被告人",
        "犯罪嫌疑人",
        "嫌疑人",
        "当事人",
        "查获",
    ]
    parties += ["截获", "提取", "扣押", "被举报", "该账号", "该网店", "该中介", "该机构"]
    kinds = ["广告", "小广告", "帖子", "短信", "消息", "文案", "宣传语", "话术", "传单", "海报"]
    kinds += ["朋友圈", "聊天记录", "商品信息", "商品标题", "网页", "宣传单", "招生简章"]
    for party in parties:
        assert any(c in party for c in frames._EXHIBIT_PARTY_CHARS)
        for kind in kinds:
            assert any(c in kind for c in frames._EXHIBIT_KIND_CHARS)
            assert frames._EXHIBIT_HEAD.fullmatch(party + kind + "：")


@pytest.mark.parametrize("head", EXHIBITS)
def test_exhibit_head_equals_the_old_reading(head: str) -> None:
    for page in (
        f"{head}\n{EXHIBIT_AD}",
        f"前面一行\n{head}\n\n{EXHIBIT_AD}",
        f"{head}\n" * 2 + EXHIBIT_AD,
    ):
        for lo in range(len(page) + 1):
            assert frames.exhibit_head(page, lo) == _old_exhibit_head(page, lo)


def test_exhibit_heads_are_read_as_meant() -> None:
    found = [_old_exhibit_head(f"{h}\n{EXHIBIT_AD}", len(h) + 1) is not None for h in EXHIBITS]
    assert found == [True] * 7 + [False] * 3


@contextmanager
def _old_readings() -> Iterator[None]:
    """The detector reading warnings with the old functions (the reference path)."""
    saved = ctx._set_apart, ctx._rivals_turn, ctx._spaced_turn, frames._judged
    saved_head = stance.exhibit_head
    stance.exhibit_head = _old_exhibit_head  # type: ignore[assignment]
    ctx._set_apart, ctx._rivals_turn, ctx._spaced_turn = (  # type: ignore[assignment]
        _old_set_apart,
        _old_rivals_turn,
        _old_spaced_turn,
    )
    frames._judged = _old_judged  # type: ignore[assignment]
    try:
        yield
    finally:
        ctx._set_apart, ctx._rivals_turn, ctx._spaced_turn, frames._judged = saved  # type: ignore[assignment]
        stance.exhibit_head = saved_head  # type: ignore[assignment]


@pytest.mark.parametrize("all_packs", [False, True])
def test_detector_results_equal_the_old_readings(all_packs: bool) -> None:
    det = get_detector()
    packs = det.packs if all_packs else None
    pages = [*APART, *RIVALS, *TURNS, TWICE, "\n".join(APART + RIVALS + TURNS)]
    # an ad shown, then a verdict on it or a line that only looks like one
    pages += [f"群里有人发：电工证不用考，包过，加v 138 0000 1111。\n{line}" for line in JUDGED]
    pages += [f"经查，\n{head}\n{EXHIBIT_AD}该账号已被封禁" for head in EXHIBITS]
    new = [det.scan_page(text=p, packs=packs).to_dict() for p in pages]
    with _old_readings():
        old = [det.scan_page(text=p, packs=packs).to_dict() for p in pages]
    assert new == old
    # the pages exercise both outcomes: offers found, and candidates silenced by a warning word
    assert any(r["findings"] for r in new)
    assert any(s["reason"].startswith("warning:") for r in new for s in r.get("suppressed", ()))
