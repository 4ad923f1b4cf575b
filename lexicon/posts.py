"""Labelled posts of a thread flattened into one text (issue 9, session 45, helper threads).

A comment section (1楼：… / 2楼：…), a Q&A page (问：… / 答1：… / 答2：…), replies (回复@小李：…)
and a group-chat log (张师傅：… / 李工：… per line) put many writers' posts into one text. A
rule's combination must not pair a seller's words in one post with an honest writer's in the
next (a contact in 答1, 卖假证 in the warning of 答2): :func:`post_heads` gives where each
labelled post starts, and the combiner keeps a combination inside one post. A classified ad
that puts its contact on its own line (登高证代办 / 免考试 / 微信：dg8888) has no labelled
posts and keeps pairing across its lines.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache

from lexicon import recache

__all__ = ["asks", "echo_stops", "post_heads"]

_SP = r"[ \t\u3000]*"
#: A floor, Q&A or reply label opening a line: 3楼：, #3：, #1 楼主：, 沙发：, 问：, 答2：, 追问：,
#: 网友回复：, 回复@小李：, 回复小李：.
_LABEL = recache.compile(
    _SP
    + r"(?:#\d{1,4}"
    + _SP
    + r"(?:楼主|楼|L)?|\d{1,4}"
    + _SP
    + r"(?:楼|L)|"
    + r"楼主|层主|沙发|板凳|地板|地下室|问|答|追问|追答|回答|回复|答\d{1,2}|回答\d{1,2}|"
    r"网友回复|网友回答|热心网友|最佳答案|最佳回答|采纳回答|已采纳回答|"
    r"回复[@＠][^\n：:]{1,16}|回复[^\n：:@＠ ，,。！？!?]{1,8}|"
    # (issue 9, session 63, review84) a FAQ's other labels (提问：/ 问题：/ 答复：): an honest
    # answer's 报名咨询微信 is the school's own, not a call read into the question above
    r"提问|问题|答复)" + _SP + "[：:]"
    # ... and the bracketed ones with no colon (【问】… / 【答】…)
    r"|" + _SP + r"【(?:问|答|提问|回答)】"
)
#: (issue 9, session 64, qa1) A FAQ's letter labels (Q：/ A：, full-width Ｑ：/ Ａ：): labels only where
#: the text has both (a Q line and an A line), as a listing's 选项 A：/ B： or a lone A： is no thread.
_QA_LETTER = recache.compile(_SP + r"([QＱAＡ])" + _SP + "[：:]")
#: A chat log's speaker opening a line (张师傅：…): a short name, no spaces or punctuation.
_SPEAKER = recache.compile(
    _SP + r"([^\s：:，,。！？!?、；;“”\"'()（）【】\[\]]{1,8})" + _SP + "[：:]"
)
#: Words that head an attribute row of a listing or a contact line, never a speaker's name
#: (anywhere in it: 客服微信, 报名费, 考试时间).
_ROW_WORD = recache.compile(
    r"[微威薇vV]信|[vVwW][xX]|QQ|qq|扣扣|电话|手机|联系|tel|Tel|TEL|价|费|地址|地点|时间|品名|名称|"
    r"标题|内容|要求|条件|备注|说明|证书|证件|类型|类别|数量|日期|有效|本人|工种|主题|发布|"
    r"声明|公告|通知|提示|提醒|须知|注意"
)

#: A contact row's key cut to one character (微：, V：, 扣：, 加v：, 威号：) or opening with 微 (微博：,
#: 微店：). Read from the name's start, not searched in it: a speaker's name may hold the
#: character (小薇, 阿威, Kevin; session 46, review).
_ROW_HEAD = recache.compile(r"(?:加|私)?(?:微|[威薇vV扣]号?$)")


@lru_cache(maxsize=8)
def post_heads(text: str) -> tuple[int, ...]:
    """Offsets in ``text`` where a labelled post starts (a label at a line start), when the
    text holds at least two; () otherwise (cached: the combiner and the stance ask per
    candidate). Chat speakers count only in a log where a speaker says two different lines
    (a listing's rows, 品名：/ 价格：/ 微信：, name no one twice)."""
    if "\n" not in text:
        return ()
    # only lines with a colon near their start can carry a label: found from the colons (few),
    # not by a match per line (a page of everyday text has thousands of lines); a colon looks
    # back only the 24 characters a label may take for its line's start (session 46, review: a
    # look back to the line's start was quadratic on one long line full of colons, a data dump);
    # (session 63, review84) 【 too, for the bracketed 【问】/【答】
    found: set[int] = set()
    for colon in "：:【":
        i = text.find(colon)
        while i >= 0:
            nl = text.rfind("\n", max(0, i - 25), i)
            if nl >= 0:
                found.add(nl + 1)
            elif i <= 24:
                found.add(0)  # the text's first line
            i = text.find(colon, i + 1)
    starts = sorted(found)
    heads: list[int] = []
    speakers: list[tuple[int, str]] = []
    letters: list[tuple[int, str]] = []
    for s in starts:
        if _LABEL.match(text, s):
            heads.append(s)
            continue
        if q := _QA_LETTER.match(text, s):
            letters.append((s, "Q" if q.group(1) in "QＱ" else "A"))
            continue
        m = _SPEAKER.match(text, s)
        name = m.group(1) if m else ""
        if m and not _ROW_WORD.search(name) and not _ROW_HEAD.match(name) and not name.isdigit():
            speakers.append((s, m.group(1)))
    if {"Q", "A"} <= {letter for _s, letter in letters}:
        # (session 64, qa1) a FAQ in Q：/ A： is a thread as 问：/ 答： is: the answer's own contact
        # is the answer post's, read back by ``stance._answered`` where the answer sells
        heads = sorted(heads + [s for s, _letter in letters])
    if speakers:
        # a speaker speaks twice when two of its lines differ (a page repeating one line is no talk)
        said: dict[str, set[str]] = {}
        for s, name in speakers:
            e = text.find("\n", s)
            said.setdefault(name, set()).add(text[s : len(text) if e < 0 else e])
        if len(said) >= 2 and any(len(lines) >= 2 for lines in said.values()):
            heads = sorted(heads + [s for s, _name in speakers])
    return tuple(heads) if len(heads) >= 2 else ()


#: A post that asks: labelled as the question (问：, 追问：, 楼主：, 主题：) or ending in a question mark.
_ASKING_LABEL = recache.compile(
    # (issue 9, session 64, qa1) Q：/ Ｑ： too, a label only beside an A： (``_QA_LETTER``): the
    # answer takes the question's object as under 问：(Q：焊工证好过吗⏎A：包过，加微 …)
    _SP + r"(?:问|追问|求问|楼主|#\d{1,4}" + _SP + "楼主|主题|标题|Q|Ｑ)" + _SP + "[：:]"
)


#: (issue 9, session 50, left6) A shop chat's buyer line that asks without a question mark
#: (买家：电工证有吗 / 卖家：有 不用考): labelled as the buyer (买家, 顾客, 客户, 买方) and ending in a
#: question particle (吗, 么) or an A-not-A question (有没有, 能不能, 行不行), it asks just as 有吗？
#: does, and the seller's next line answers it and takes its object. Only the buyer's label: a
#: group chat's named speakers (小薇：焊工证复审要考试吗 / 老黄：不用考试 …) still pair nothing across
#: lines without the question mark (session 46, review).
_BUYER_LABEL = recache.compile(_SP + r"(?:买家|買家|顾客|顧客|客户|客戶|买方|買方)" + _SP + "[：:]")
#: (session 51, review9) The line is read as written, so the traditional forms too (買家：焊工證有嗎,
#: 有沒有, 是不是): the label already had them and the particle did not.
_ASKING_END = recache.compile(
    r"(?:吗|嗎|么|麼|有没有|有沒有|能不能|行不行|可不可以|是不是)[。.～~\s]*$"
)


@lru_cache(maxsize=8)
def asks(text: str) -> tuple[bool, ...]:
    """For each post of :func:`post_heads` (and the text before the first, when there is any,
    as post 0): whether it asks. An answer takes the object of the question it answers
    (问：焊工证能买吗？/ 答：能，我这就办，不用考): a combination may pair a question's words with
    any later post's, never two answers' or two chat lines'."""
    heads = post_heads(text)
    if not heads:
        return ()
    starts = heads if heads[0] == 0 else (0, *heads)
    out = []
    for k, a in enumerate(starts):
        b = starts[k + 1] if k + 1 < len(starts) else len(text)
        body = text[a:b].rstrip()
        out.append(
            bool(_ASKING_LABEL.match(text, a))
            or body.endswith(("？", "?"))
            or (_BUYER_LABEL.match(text, a) is not None and _ASKING_END.search(body) is not None)
        )
    return tuple(out)


#: (issue 9, session 61, review62) A chat's answering turn that opens echoing the asked words as a
#: question and grants them at once (顾客：高处作业证能包拿吗？/ 老板：包拿？包的，不用考; 店家：包拿？
#: 没问题): its label at a line's start, the echo (group 1), its question mark (group 2) and the
#: yes after it, the guarantee or the paper granted.
_ECHO_TURN = recache.compile(
    r"(?m)^"
    + _SP
    + r"[^\s：:，,。？?！!]{1,6}"
    + _SP
    + r"[：:]"
    + _SP
    + r"([^\s：:，,。？?！!]{2,10})([？?])[？?]*"
    + _SP
    # (session 61, review67) and the yes words the silencing stage's chat reading knows (放心 /
    # 当然 / 是的 / 嗯嗯 / 对的 / 必须的); never a conditional (能的话 / 可以的话 / 包的话: "if it
    # could", the shop's refusal), and the yes may be said twice (包的包的)
    # (session 62, review72) and 肯定的 / 那肯定 (包拿？肯定的，不用考); never 当然 or 肯定 before a
    # refusal (免考？当然不行; 当然是不可能的; 肯定要考), which ``stance._ECHO_DENY`` reads
    + r"(?=(?:包的|包得[了到]|没问题|可以|行的|能的|(?i:ok)|妥|放心|是的|嗯嗯|对的|那?必须的"
    + r"|(?:当然|那?肯定的?)(?!是?[不没免假骗]|要|得))"
    + r"(?!的?话))"
    # (session 62, review72) the yes that grants the guarantee closed by its own stop (包拿？包的。
    # 不用考; 没问题！): group 3, that stop, is the yes's end, not a sentence of the shop's either
    + r"(?=(?:(?:包的(?:包的)*|没问题|(?:那)?必须的|那?肯定的?|当然)"
    + r"(?:亲|哦|呢|哈|啊|呀|吧|啦)?([。！!]))?)"
)
#: (issue 9, session 69, sold4) A poster's line that only lists trades, two or more, between
#: separators (电工 焊工 登高 制冷; 叉车、司索、登高; 高压电工 / 低压电工 / 焊工): the trades the paper
#: named on the line above covers, not a sentence of its own. A poster splits its paper, its trades
#: and its claim over three lines (特种作业操作证⏎电工 焊工 登高⏎不用考试 不用到场⏎☎ …), which put the
#: claim two sentence ends from the paper. The names are ``terms/cert_trade.yaml``'s and the usual
#: worker's forms of them (司索, 信号工, 电焊工, 高压电工, 高处安装); no other word stands on the line.
_TRADE = (
    r"(?:(?:高压|低压|防爆)?电工|电焊工?|焊工|气焊|登高(?:架设)?|高空作业|高处(?:作业|安装)?|制冷(?:空调)?"
    r"|叉车|司炉|塔吊|架子工|起重(?:机械)?|危化|司索工?|信号工)(?:证|工)?"
)
_TRADE_SEP = r"[^\n\u4e00-\u9fffA-Za-z0-9]"
_TRADE_LINE = recache.compile(
    rf"(?m)^{_TRADE_SEP}*{_TRADE}(?:{_TRADE_SEP}+{_TRADE})+{_TRADE_SEP}*(?=\n)"
)


def trade_list_stops(original: str, ends: list[int], orig: Callable[[int], int]) -> list[int]:
    """(issue 9, session 69, sold4) The sentence ends (``ends``, normalized) of ``original`` that
    only close a line listing trades (``_TRADE_LINE``) with a line of text before it: a poster's
    paper, trades and claim on three lines are read as one combination (``combos._MAX_BOUNDARIES``),
    as the same words on one line are. The claim's own line end still counts, so the poster's
    next item or its warning two lines on stays apart. ``orig`` maps a normalized position to the
    original's (``Normalized.orig``)."""
    out: list[int] = []
    lo = 0
    first = -1  # where the text's first line of words starts, found on the first match
    for m in _TRADE_LINE.finditer(original):
        if first < 0:
            first = len(original) - len(original.lstrip())
        if m.start() <= first:
            continue  # the first line: no paper above it to join
        q = m.end()  # the line's own newline
        lo = bisect_left(ends, q, lo, key=orig)
        if lo < len(ends) and orig(ends[lo]) == q:
            out.append(ends[lo])
    return out


#: How far back the asking line is read for the echoed words.
_ASKED_REACH = 60
#: (issue 9, session 62, left33) The buyer's urgency after the question mark (能包拿吗？急 / 在线等 /
#: 挺急的): still the asking line, its question closed by the mark before it.
_URGENT_TAIL = recache.compile(
    r"[？?]+"
    + _SP
    + r"(?:挺|很|比较|有点|好|非常|特别)?(?:急用|急需|着急|急急急?|急|在线等)(?:的|呢)?"
    + r"(?:啊|呀|哈|哦)?[!！。.～~]*$"
)


def urgent_tail(line: str) -> re.Match[str] | None:
    """The buyer's urgency closing ``line`` after its question mark (``_URGENT_TAIL``), or None:
    the line still asks (``stance._panel``: an asking line is no panel row)."""
    return _URGENT_TAIL.search(line)


#: (session 62, left33) The echo's yes closed by a stop of its own (包拿？包的。不用考; 可以！不用考):
#: the same yes, its mark the shop's breath, not a sentence of its own.
_ECHO_YES_STOP = recache.compile(
    # (session 62, review77) and 当然可以 / 当然能 / 那必须的 (包拿？当然可以。不用考)
    r"(?:包的|没问题|(?:当然)?(?:可以的?|行的|能的?|行)|(?i:ok)|放心|当然|是的|对的|那?必须的)"
    r"(?:亲|哦|呢|哈|啊|呀|吧|啦)?([。！!])"
)


def echo_stops(original: str, ends: list[int], orig: Callable[[int], int]) -> list[int]:
    """The sentence ends (``ends``, normalized) of ``original`` that only close an answering
    turn's opening echo of the line before it (``_ECHO_TURN``): the echoed words are found in
    the line just before, which asks (ends with a question mark or 吗 / 么). The echo's question
    mark is the buyer's word repeated, not a sentence of the shop's: a combination pairing the
    certificate the question names with the shop's skip after the yes crosses the question's
    end only (``combos._MAX_BOUNDARIES``). ``orig`` maps a normalized position to the
    original's (``Normalized.orig``)."""
    out: list[int] = []
    if "？" not in original and "?" not in original:
        return out
    lo = 0  # the matches come in order: each search starts past the last end found
    for m in _ECHO_TURN.finditer(original):
        line_end = m.start() - 1
        if line_end <= 0:
            continue
        a = max(0, line_end - _ASKED_REACH)
        head = max(a, original.rfind("\n", a, line_end) + 1)
        asked = original[head:line_end].rstrip()
        # (session 62, left33) ends between the question and the echo that are still the buyer's
        # asking: its urgency after the mark (能包拿吗？急), or one more line under the buyer's label
        # (顾客：下个月就要上岗) after the line that asks
        between: list[int] = []
        if (
            m.group(1) not in asked
            and _BUYER_LABEL.match(asked) is not None
            and head > 1
            and "？" not in asked
            and "?" not in asked
        ):
            between.append(line_end)
            up = original.rfind("\n", max(0, head - 1 - _ASKED_REACH), head - 1) + 1
            asked = original[up : head - 1].rstrip()
        if m.group(1) not in asked:
            continue
        if _URGENT_TAIL.search(asked) is not None:
            between.append(head - 1 if between else line_end)
        elif not asked.endswith(("？", "?", "吗", "么")):
            continue
        marks = [m.start(2)]
        # the yes after the echo closed by its own stop (包拿？包的。不用考): review72's group 3 of
        # ``_ECHO_TURN``, or left33's wider ``_ECHO_YES_STOP`` (可以！不用考)
        if m.start(3) >= 0:
            marks.append(m.start(3))
        elif (y := _ECHO_YES_STOP.match(original, m.end())) is not None:
            marks.append(y.start(1))
        for q in sorted([*between, *marks]):
            lo = bisect_left(ends, q, lo, key=orig)
            if lo < len(ends) and orig(ends[lo]) == q:
                out.append(ends[lo])
    return out
