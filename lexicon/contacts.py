"""Seller contacts behind their disguises: phones, WeChat and QQ ids.

Listings are terse hooks into private chats; the phone, WeChat or QQ id is the thread that ties
ads to one seller, so every id is normalized (digits only for phones and QQ, lower case for
WeChat) before it is stored. Runs over the normalized text (NFKC, simplified, separators
between CJK dropped) with Chinese numerals read as digits (一三八… → 138…).
"""

from __future__ import annotations

import bisect
import re

from lexicon import recache
from lexicon.finding import Contact
from lexicon.normalize import digits_for_numbers, normalize

__all__ = ["contact_spans", "extract_contacts", "plausible_wechat", "read_contacts"]

Span = tuple[int, int]

_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_SEP = r"[\s\-–—.·_/,，、。*]*"
#: "No digit before the 1" is asked after the 1 (``(?<![0-9]1)``, the same condition): a
#: pattern that starts with a literal lets the regex engine skip to each 1 (20 times faster
#: over a page than trying a lookbehind at every character). Separators may stand after the
#: first digit too: game-comment spam spaces every digit (1 3 9 2 2 8 8 6 6 5 5).
#: After the first two digits a Latin o may stand for a zero (15o 3321 7788, 1380o…): spammers
#: type the letter to dodge number filters; the stored number reads it as 0.
_PHONE = recache.compile(r"(1(?<![0-9]1)" + _SEP + r"[3-9](?:" + _SEP + r"[0-9o]){9})(?![0-9])")


def _keys(*words: str) -> str:
    """Alternation of key words, each tolerating separators between its characters (V 信)."""
    gap = r"[\s*·.\-]{0,2}"
    return "(?:" + "|".join(gap.join(re.escape(c) for c in w) for w in words) + ")"


def _first_of(words: tuple[str, ...], others: str) -> str:
    """The class of the characters a key pattern's alternatives start with: the words' first
    characters and ``others`` (those of the pattern's other alternatives; a new alternative
    adds its own). Asked first as a lookahead, it is one character class per position instead
    of every alternative: three to four times faster over a page, and the same matches."""
    return "[" + re.escape("".join(sorted({w[0] for w in words} | set(others)))) + "]"


def _matches(rx: re.Pattern[str], first: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern whose every match starts with a character of
    ``first`` (its leading lookahead): the class alone is a scan the regex engine runs in a
    tight loop, and the pattern is tried only where it can start, in order, each search on
    from the last match's end as finditer's (lookbehinds still see the text before).
    Pages about certificates hold no QQ key at all and a WeChat key's first character
    (加, 维 …) every few hundred characters."""
    out: list[re.Match[str]] = []
    end = 0
    match = rx.match
    for c in first.finditer(text):
        at = c.start()
        if at >= end:
            m = match(text, at)
            if m is not None:
                out.append(m)
                end = m.end()
    return out


def _glued(text: str, start: int) -> bool:
    """True when a key starting at ``start`` continues a longer alphanumeric token.

    ``vx`` inside ``tb1n7kwrvxxxxbaap…`` (an image file name) introduces nothing. Checked after
    the match rather than as a lookbehind in every alternative, which would cost the regex its
    literal-prefix scan (about 2.5 times slower over a page).
    """
    return start > 0 and text[start].isascii() and (text[start - 1] in _ALNUM)


_WECHAT_WORDS = (
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
    # (seventeenth shift) more homophones of 微信 that sellers type past a filter
    "徽心",
    "威心",
    "薇心",
    # (session 36, disguise) 微 typed in pinyin
    "wei信",
    # (session 43, contacts) WeChat by its icon's colour, the word sellers type past a filter
    # (绿色软件 cet_8866, 绿色软件搜 dg8866); the bare word in a warning has no id after it
    "绿色软件搜",
    "绿色软件",
)
_WECHAT_KEY_WORDS = _keys(*_WECHAT_WORDS)
#: A bare "V:" / "V：" also introduces a WeChat id in listings, and so does a lone 微 / 薇 / 威 /
#: 嶶 before a Latin id ("微 hgz777", "薇:jk_998"; the id must still look like a WeChat id); words
#: that end in 微 or 威 (稍微, 轻微, 权威 …) don't. A lone v right after a Chinese character and
#: before a spaced id is one too: "➕V zz8866" / "💚V zz8866" once the emoji is dropped, and so is
#: one after a Chinese clause mark ("资料发我，v jk_2626").
_WECHAT_KEY = (
    f"(?:{_WECHAT_KEY_WORDS}|(?<![a-z])v(?=\\s?[:：])"
    # (issue 9, session 65, review100) and after a contact icon's marker (🟢V zz8866, 💬v hz_8812):
    # the icon stood where the Chinese did before wide2 kept it
    r"|(?<=[\u4e00-\u9fff☎])v(?=\s+[a-z])"
    # (issue 9, session 54, left15) and after a Chinese clause mark (资料发我，v jk_2626; 。v dg_5050):
    # the seller's next clause is the key alone (an id with a digit: no English word after it)
    r"|(?<=[，。；！、])v(?=\s+[a-z][a-z_\-]*[0-9])"
    # (issue 9, session 56, left18) or with the English "id" after it (答：不过全额退款，v id hg_2211;
    # 。v id: gc_7741): the id read after the key's ``\s?id`` below still needs a digit
    r"|(?<![^，。；！、\s])v(?=\s?id[\s:：]+[a-z][a-z_\-]*[0-9])"
    # A plus glued to the id it asks you to add ("+dg6677", "➕ hz 8 8 1 2"), never a sum (3+5),
    # a language (c++), a list joined by pluses (证书+培训) or a word (+python): letters, then a
    # digit within a few characters, must follow.
    r"|(?<![a-z0-9+])\+(?=\s*[a-z][a-z\s_\-]{0,8}[0-9])"
    r"|(?<![稍细轻略卑显式精权示声])[微薇威嶶](?=[\s:：]*[a-z])"
    # (issue 9, session 64, wide2) the contact icon (✉ 📞 💬 🟢 …, one marker ☎ once normalized)
    # before a Latin id (✉ bl_kaiju, 📞 zz_tezhong): never before a mail address (✉
    # admissions@school.edu.cn), whose name is no WeChat id
    # (issue 9, session 65, review100) only an id shaped as sellers choose theirs, with a _ or -
    # (bl_kaiju, zz-tz88) or short letters before three or more digits (hz8812): a plain word
    # (📱 iPhone, 📞 Hotline, 💬 Welcome), a phone model (📱 Mate60, iPhone15), an office line's
    # label (📞 Tel 0571-8866 2211) or a mail name before its dot (✉ admissions.office@…) is none
    r"|☎(?=[\s:：]*(?:[a-z][a-z0-9]*[_\-][a-z0-9_\-]*|[a-z]{1,8}[0-9]{3,})"
    r"(?![a-z0-9_\-@]|\.[a-z0-9])))"
)
_KEYSEP = r"[\s:：=＝\-]*"
_WECHAT_FIRST = _first_of(_WECHAT_WORDS, "v微薇威嶶+☎")  # the bare v's and the lone 微/薇/威's
#: After a key, an id whose letters and digits are spaced apart the way sellers break them up
#: to pass a platform's filter ("vx gc 1 2 1 2", "加V gl 2 0 2 6", "威 h z 8 8 1 2"): read with
#: the spaces dropped. Letters first, then at least two digits, so no Latin word is taken.
_SPACED_ID = r"[a-z](?:[\s_\-]?[a-z]){0,5}(?:[\s_\-]{0,2}[0-9]){2,14}"
#: (issue 9, session 56, fa9) An English sentence about the account, credited at its end to the
#: one who acted (This account sold fake certificates, police said; The account posted the ads,
#: according to investigators): a report's attribution, read after a QQ number or a WeChat id and
#: its stop. No seller credits its own line to the police (This account is my only one, add me;
#: This account sells them, police never check).
_EN_ATTRIBUTED = (
    r"(?:it|they|(?:the|this|that)\s+(?:group|account|number|id|user|seller))\s[^.!?。！？\n]{0,100}?"
    r"(?:[,，]\s*|\s)(?:according\s+to\s+(?:the\s+)?(?:police|officers|investigators|authorities"
    r"|prosecutors|court)|(?:police|officers|investigators|authorities|prosecutors|the\s+court)"
    r"\s+(?:said|say|says|found|stated|reported|added))(?![a-z])"
)
_WECHAT = recache.compile(
    f"(?={_WECHAT_FIRST})"
    + _WECHAT_KEY
    # (session 39, gh) 同号 between the key and the id (vx同号 kz8831, QQ/微信同号 3321567: one id
    # for both), and an English "ID" after a space (WeChat ID: kz8831)
    + r"(?:同号|号码?|\s?id"
    # (session 53, review17) or the app's noun the seller names before its id (WeChat account:
    # kd_3391, wechat group: zs88012, wechat contact qz_7717): ``plausible_wechat`` refuses the
    # noun as the id, and the id after it was never reached. Only with a colon after the noun or
    # an id with a digit, so a report's "wechat groups last spring" reads no id after it.
    + r"|\s?(?:account|number|contact|group|handle)s?(?=\s*[:：=]|\s+[a-z_\-]*[0-9]))?"
    + _KEYSEP
    + r"([a-z][a-z0-9_\-]{5,19}|1[3-9][0-9]{9}|"
    + _SPACED_ID
    + r")(?![a-z0-9_\-])"
    # (issue 9, session 56, fa9) nor where a report's attributed sentence follows the id's stop
    + r"(?!\.\s*"
    + _EN_ATTRIBUTED
    + ")"
)
#: The shortest id after a key that still counts as a seller's contact mention for the stance
#: stage ("徽信 gy998", "威 zl_88": cut short or made up to pass a filter), though it is too
#: short for a WeChat id and is not stored as one (:func:`plausible_wechat`).
_SHORT_ID = 4
#: A run of one character (xxxx, 0000): filler and obfuscated data, not a chosen id.
_RUN = recache.compile(r"(.)\1{3,}")
#: "Q微" / "Q/微" / "扣/微" give one number for both QQ and WeChat: read it as a QQ number.
_QQ_WORDS = (
    "q微", "q/微", "q/v", "qq/微信", "qq微信", "扣/微", "扣微", "qq", "扣扣", "企鹅号", "企鹅",
    "q号", "球球", "抠抠", "蔻蔻", "群号", "q群", "扣群", "企鹅群",
    # (session 36, disguise) QQ drawn as two squares (口口：七七八八六六五); 口口相传 has no digits
    "口口",
)  # fmt: skip
#: A group's number after 加群 / 进群 / 入群 (加群 6182 7735): the group a seller's spam leads to is
#: a QQ group; a bare 群 before digits is not (该群 12000 余人).
_QQ_KEY = "(?:" + _keys(*_QQ_WORDS) + r"|(?<=[加进入])群)"
_QQ_FIRST = _first_of(_QQ_WORDS, "q扣🐧")  # the lone q's, 扣's and 🐧's below
_QQ = recache.compile(
    f"(?={_QQ_FIRST})"
    + "(?:"
    + _QQ_KEY
    # (session 53, lead; review17's leftover) or the English noun before the number, as the WeChat
    # key reads it (qq number: 12345678, QQ group: 61827735): only with a colon after the noun or
    # the number right after it, so a report's "qq numbers were banned" reads none. (session 54,
    # review21) Without the colon, not where an English sentence goes on after the number (QQ
    # group 61827735 was shut down, qq numbers 12345678 and …): a report's, no seller's line; a
    # seller's next contact key (QQ ID 12345678 vx …) is no such word.
    + r"(?:同号|号码?|群|\s?(?:number|account|group|id)s?(?=\s*[:：=]|\s+(?>[1-9](?:"
    + _SEP
    + r"[0-9]){4,11})(?![0-9])(?!\s+(?!(?:vx|wx|wechat|qq|tel)(?![a-z]))[a-z]{2,})))?"
    + _KEYSEP
    + r"([1-9](?:"
    + _SEP
    + r"[0-9]){4,11})(?![0-9])"
    # (issue 9, session 55, left16) nor where the number closes an English report's sentence and
    # the next one opens on the subject it was about (QQ group 61827735. It was shut down; qq
    # 38475612. Police said …): a seller's own words after the stop (加群送资料, add me for price,
    # 进群详聊) are read as before. (session 55, review25) A pronoun opens a seller's next sentence
    # as well (QQ 61827735. They all pass; … He handles everything; … Who else gives this price):
    # the pronoun or the number's own noun counts only with the report's was / were / has been
    # after it; the one who acted (police, officers, investigators, authorities) or the seller
    # named in the third person (The seller sold …) counts alone
    + r"(?!\.\s*(?:(?:police|officers?|investigators?|authorities|prosecutors?|reporters?"
    + r"|the\s+(?:sellers?|suspects?|gang|ring|court))(?![a-z])"
    # (session 55, review27) but not the seller's boast about them (Police can't touch us,
    # Officers never check) or its own name for itself (The seller is me)
    + r"(?!\s+(?:can\s?t|cannot|can\s+not|won\s?t|will\s+not|never|don\s?t|do\s+not"
    # (session 56, review29) the same boast in the perfect (Police have never caught us)
    + r"|(?:have|has)\s+never"
    # (session 56, review31) and negated (Police haven't found us; Officers still have not caught
    # one of our buyers): only a verb of catching with the seller itself the object, as a
    # report's own negated perfect names someone else (Police have not named the seller) and a
    # victim's names another deed (Police haven't called me back)
    + r"|(?:still\s+)?(?:haven\s?t|hasn\s?t|have\s+not|has\s+not)\s+(?:ever\s+|yet\s+)?"
    + r"(?:caught|found|traced|touched|stopped|checked|busted|tracked|arrested|got)"
    + r"\s+(?:us|me|any\s+of\s+us|one\s+of\s+(?:us|ours|our\s+[a-z]+)|our\s+[a-z]+)(?![a-z])"
    + r"|couldn\s?t|could\s+not|(?:is|are)\s+(?:me|us|here|online)(?![a-z])))"
    + r"|(?:it|they|he|she|which|who|its\s+[a-z]+|(?:the|this)\s+(?:group|account|number|id)s?)"
    + r"\s+(?:was|were|(?:has|have|had)\s+been)(?![a-z])"
    # (issue 9, session 56, fa9) or the account as the subject of a sentence credited to the
    # one who acted (This account sold fake certificates, police said)
    + r"|"
    + _EN_ATTRIBUTED
    + "))"
    # (session 55, review25) nor where the report's verb follows the number itself (QQ 61827735
    # was reported; qq 52718364 were blocked): a seller names its number and goes on to its offer
    + r"(?!\s+(?:was|were|(?:has|have|had)\s+been)\s+(?:reported|closed|shut|banned|blocked"
    + r"|frozen|seized|traced|used|named|found|suspended)(?![a-z]))"
    # A lone q (with a separator) or 扣 before six or more digits (q 2218 0937 45, 扣15620987),
    # never a sum (扣200000元) or a quarter (Q3 2025).
    # (issue 9, session 64, wide2) and the penguin icon, QQ's own (🐧 2866190357)
    + r"|(?:(?<![a-z])q[\s:：]+|[扣🐧][\s:：]*)([1-9](?:"
    + _SEP
    + r"[0-9]){5,11})(?![0-9元块分万])"
    # A lone q glued to the Chinese before it, its number in number words (放心用 Q 五六八 二三四
    # 九九一: the spaces between the Chinese characters are gone once normalized), six or more
    # digits as above.
    + r"|(?<=[\u4e00-\u9fff])q([1-9](?:"
    + _SEP
    + r"[0-9]){5,11})(?![0-9元块分万])"
    + ")"
)


#: A Telegram handle after its key (飞机 / 纸飞机 / 电报 / tg / telegram / t.me: 联系飞机：@zj_88, 纸飞机搜
#: @xl2024, tg @docs_vip): sellers of papers move to Telegram to stay out of reach. Read as a
#: contact mention for the stance stage, not stored (the case files key on phone, WeChat and
#: QQ). Only pages holding a key's text are searched (a substring test in C); a handle has an @
#: before it or a digit or _ in it.
_TELEGRAM = recache.compile(
    r"(?:纸飞机|飞机|电报|✈|(?<![a-z])(?:telegram|tg|t\.me))(?:号|账号|id|搜|私聊|联系)?"
    r"[\s:：=]*@?([a-z][a-z0-9_]{4,31})(?![a-z0-9_])"
)
#: (session 39, gh) t.me is a Telegram link's host (https://t.me/zj_88 left in a comment box)
#: (issue 9, session 64, wide2) and the plane icon, Telegram's own (✈ @tz_bz)
_TELEGRAM_KEYS = ("飞机", "电报", "tg", "telegram", "t.me", "✈")

#: (session 43, lead) A LINE or WhatsApp id after its key (LINE: abc123, 加line id zj_88, whatsapp
#: +852 6123 4567): the paper sellers of Taiwan, Hong Kong and overseas spam name these where a
#: mainland one names WeChat. A mention for the stance stage like a Telegram handle, not stored;
#: a LINE id needs a digit, _ or . in it (line up, line art), a WhatsApp one is a number.
_LINE_APP = recache.compile(
    r"(?<![a-z])(?:line|whatsapp|whats\s?app|wa\.me/)(?:\s?id)?(?:号|账号|帐号|搜|联系)?[\s:：=]*@?"
    r"(\+?[0-9][0-9\s-]{6,16}[0-9]|[a-z0-9][a-z0-9_.-]{3,31})(?![a-z0-9_])"
)
_LINE_APP_KEYS = ("line", "whatsapp", "whats app", "wa.me")

_WECHAT_STARTS = recache.compile(_WECHAT_FIRST)
_QQ_STARTS = recache.compile(_QQ_FIRST)


#: (issue 9, session 44, lost) A number a word names as a paper's or a parcel's (证号 13811112222,
#: 证书编号为 1 5 8 0 7 1 1 2 2 9 0 in a lost-paper notice; 运单号, 学号): phone-shaped, but no one
#: is told to call it. 手机号, 电话号码, 联系号码 are not here.
_NAMED_NUMBER = recache.compile(
    r"(?:证号|证件号|证件号码|证书号|证书号码|编号|单号|学号|工号|档案号|代码)[\s:：=为是]{0,3}$"
)


def _named_number(norm: str, start: int) -> bool:
    return _NAMED_NUMBER.search(norm, max(0, start - 8), start) is not None


def _digits(s: str) -> str:
    return re.sub(r"[^0-9]", "", s)


def plausible_wechat(value: str) -> bool:
    """Whether ``value`` can be a WeChat id a seller chose (or a phone number used as one).

    WeChat ids are 6–20 letters, digits, ``_`` or ``-`` starting with a letter; ids made of one
    repeated character or ending in a separator are artefacts of the page, not contacts.
    """
    if value.isdigit():
        return True
    if not 6 <= len(value) <= 20 or not value[0].isalpha() or value[-1] in "-_":
        return False
    if value in _APP_NOUNS or value in _WITHHELD:
        return False
    return _RUN.search(value) is None


#: (issue 9, session 53, reports3) English nouns that follow the app's name when a text speaks of
#: the app rather than gives an id ("answers sold over WeChat groups", "a WeChat account"): read as
#: the id after the key they turned a maintainer's or a reporter's sentence into a seller's contact.
_APP_NOUNS = frozenset(
    (
        "groups",
        "group",
        "accounts",
        "account",
        "contact",
        "contacts",
        "number",
        "numbers",
        "official",
        "moments",
        "channel",
        "channels",
        "handle",
        "handles",
        "users",
        "payment",
    )
)


#: (session 53, review18) English words a report writes where the id would stand when it has
#: none to give ("WeChat account: unknown", "wechat contact: deleted", "WeChat ID: hidden"): six
#: letters or more, so they pass as an id, and review17's key (account / contact / id before a
#: colon) reads them. Whole values only: an id that starts with one (hidden88) is still an id.
_WITHHELD = frozenset(
    (
        "unknown",
        "deleted",
        "hidden",
        "private",
        "redacted",
        "withheld",
        "removed",
        "blocked",
        "banned",
        "unavailable",
        "suspended",
        "cancelled",
        "canceled",
    )
)


def read_contacts(normalized: str, source: str = "text") -> tuple[list[Contact], list[Span]]:
    """The distinct contacts in normalized text (phones, WeChat and QQ ids) and the spans of
    every contact mention, from one pass: the page's contact list and the stance stage's "is a
    contact near this candidate" read the same matches."""
    norm = digits_for_numbers(normalized)
    found: dict[tuple[str, str], Contact] = {}
    spans: list[Span] = []
    for m in _matches(_WECHAT, _WECHAT_STARTS, norm):
        value = re.sub(r"\s", "", m.group(1))
        if _glued(norm, m.start()):
            continue
        if not plausible_wechat(value):
            if len(value) >= _SHORT_ID and _RUN.search(value) is None and _digits(value):
                spans.append(m.span())  # a mention the stance stage reads, not an id to store
            continue
        spans.append(m.span())
        found.setdefault(("wechat", value), Contact("wechat", value, m.group(0), source))
    qq_spans: list[Span] = []
    for m in _matches(_QQ, _QQ_STARTS, norm):
        # the number's group: 1, 2 or 3, whichever took part (a test each, no generator)
        group = 1 if m.group(1) is not None else 2 if m.group(2) is not None else 3
        value = _digits(m.group(group))
        spans.append(m.span())
        qq_spans.append(m.span(group))
        found.setdefault(("qq", value), Contact("qq", value, m.group(0), source))
    if any(k in norm for k in _TELEGRAM_KEYS):
        for m in _TELEGRAM.finditer(norm):
            # an @ before it, or a digit or _ in it: a handle, not a word (飞机 airbus 起飞)
            if m.group().startswith("✈"):
                # the plane icon also heads a flight (✈ CA1234): only a handle with its @ or _
                if "@" in m.group() or "_" in m.group(1):
                    spans.append(m.span())
            elif "@" in m.group() or not m.group(1).isalpha() or "t.me" in m.group():
                spans.append(m.span())
    if any(k in norm for k in _LINE_APP_KEYS):
        for m in _LINE_APP.finditer(norm):
            handle = m.group(1)
            if handle[0] in "+0123456789" or re.search(r"[0-9_.]", handle):
                spans.append(m.span())
    # (issue 9, session 67, speed8) the QQ numbers' spans come in order and never overlap (each
    # match starts at or after the last one's end): the one that can hold a phone's start is the
    # last starting at or before it, one bisect, not a pass over every QQ span per phone
    qq_starts = [a for a, _b in qq_spans]
    for m in _PHONE.finditer(norm):
        if _named_number(norm, m.start(1)):
            continue  # 证号 13811112222，声明作废: the paper's number, not one to call
        spans.append(m.span())
        k = bisect.bisect_right(qq_starts, m.start(1)) - 1
        if k >= 0 and m.start(1) < qq_spans[k][1]:
            continue
        value = _digits(m.group(1).replace("o", "0"))
        found.setdefault(("phone", value), Contact("phone", value, m.group(0), source))
    return list(found.values()), spans


def extract_contacts(
    text: str, source: str = "text", normalized: str | None = None
) -> list[Contact]:
    """All distinct contacts in ``text`` (phones, WeChat and QQ ids), normalized.

    ``normalized`` is ``lexicon.normalize.normalize(text).text`` when the caller has it
    already (the detector does), which saves a pass over the page.
    """
    return read_contacts(normalized if normalized is not None else normalize(text).text, source)[0]


def contact_spans(normalized: str) -> list[Span]:
    """Spans (in ``normalized``) of the contacts :func:`extract_contacts` would report: the
    stance stage asks whether a seller's contact sits near a candidate."""
    return read_contacts(normalized)[1]
