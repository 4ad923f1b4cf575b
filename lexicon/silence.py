"""Why a rule candidate is silent: warning words, negation, its rule's exceptions, goods sold
with their papers, quotation, a disclaimer or a list's warning head.

Each reason is named (``warning:…``, ``negation:…``, ``unless:…``, ``lawful:…``, ``quoted:…``) and
shown by ``scan --explain``. Every silence is also a cover an evader can wear, so each excuse
here is checked against what would undo it (a contact under a warning heading, 不用 before an
exception word, 代办 beside a lawful route, a personal certificate beside goods papers).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Collection, Iterable
from functools import cache
from typing import Literal

from lexicon import recache
from lexicon.alternation import words_pattern
from lexicon.context import (
    ONE_TRADE_WORD,
    PRACTICE_REFUSED,
    PROMISE_WORDS,
    RIVAL_PICKED_WORDS,
    RIVAL_REACH,
    RIVAL_WORDS,
    Disowning,
    SellerLine,
    answered_yes,
    boilerplate,
    negation_before,
    pledge_turn,
    quantified_limit,
    skip_sold,
    spaced_refusal,
    steered_warning,
    turned_over,
)
from lexicon.gate import (
    PAPER_CATEGORIES,
    goods_papers,
    polite,
    role_terms,
    school_heading,
    seller_line,
    words_rx,
)
from lexicon.matches import Match, Warnings, bounds, distance
from lexicon.normalize import Normalized, normalize, normalize_light, normalize_term
from lexicon.quotes import CLOSE_QUOTES, OPEN_QUOTES, STRAIGHT_QUOTES
from lexicon.rules import SCOPE_GROUPS, Lexicon, Rule
from lexicon.stance import (
    APOLOGY_WAIT,
    DENIED_OWN_WAY,
    OK_YES,
    OWN_NAMES,
    RIVAL_CLAIM,
    RIVAL_CLAIM_REACH,
    RIVAL_OWN,
    RIVAL_OWN_REACH,
    RIVAL_VERDICT,
    RIVAL_VERDICT_REACH,
    TRUST_DEVICE,
    advertorial_quote,
    asked_reversed,
    asked_then_taken_back,
    asked_yes_withheld,
    chat_reported,
    correction_sold,
    failed_given,
    foiled_sold,
    framed,
    lawful_errand,
    own_reply,
    refuted_after,
    reversal_reported,
    turn_skips,
    voiced_skip,
)

__all__ = [
    "OTHER_SENTENCE",
    "WARN_AFTER",
    "WARN_BEFORE",
    "OtherPapers",
    "Silencer",
    "denied",
    "quoted",
]

WARN_BEFORE = 20
WARN_AFTER = 12

#: (issue 9, session 68, sold3) The A-not-A question right before a candidate's part (能不能包过),
#: read on the normalized text as ``lexicon.context.answered_yes`` reads it: the 不能 that the
#: negation stage takes is the buyer's question, which ``asked_then_taken_back`` then reads.
_A_NOT_A_ASKED = recache.compile(r"(能|可|会|行|是)[不没]\1[^。，]{0,5}$")
#: How far back a warning that heads a list (禁售清单：…) covers the list's items.
_LIST_REACH = 80
_SENTENCE_END = recache.compile("[。！？!?\n]")
#: Marks a warning-word suppression whose warning stands in the sentence before or after.
OTHER_SENTENCE = "（相邻句）"
_QUOTE_REACH = 15
#: Straight quotation marks (scraped pages often lose the curly ones: 提供"包过班"服务) open and
#: close alike: inside one when an odd number stand before on the line (read this far back).
_STRAIGHT_QUOTES = STRAIGHT_QUOTES + "”"  # ” too where a page lost every opening mark (”……”)
_STRAIGHT_REACH = 400
#: How far either side of a candidate, within its sentence, a school's disclaimer is looked for.
_DISCLAIM_REACH = 80
#: (issue 9, session 56, left19) A school's disclaimer, then its turn (不过 / 但 / 只是) to a refund
#: on a failed exam (叉车证不保证通过，不过在开课前报名的学员考试不通过全额退费): the refund-on-fail is
#: the promise the disclaimer pretends away, so it covers no candidate after the turn. The refund
#: must follow the failure word (没通过的退全款, 考试不通过全额退费); a make-up exam (不通过的可免费补考),
#: a refund before class (不过开课前申请退费的全额退还) or a fee kept (不通过的学费不退) is no such turn.
_FAIL_REFUND_TURN = recache.compile(
    r"[，,；;。\s]*(?:但是?|可是?|不过|只是)[，,\s]*[^。！!？?\n]{0,16}?"
    r"(?:考试)?(?:不通过|没通过|未通过|没过|没考过|考不过|没考上|挂科|挂了)的?(?:学员|同学|话)?[，,]?"
    r"(?:学费|费用|全款)?(?:全额|全部|全|如数)?(?:退|返还)"
)
#: (issue 9, session 59, review50) A school's disclaimer followed at once by the refund on a failed
#: exam, bare or after 但是 (课程不含保过承诺 考不过全额退费; 不作任何保过承诺 不过退费; 不含任何包过承诺，
#: 但是不过退费): the seller's foil,
#: as after left19's turn, so it covers no candidate of the line. A bare 不过 counts only right before
#: the refund, and not where the refund's own terms follow (不过退费须在开课前申请: the turn word;
#: 未通过的学员退费标准参照物价局文件: the school's terms, review48's guard).
_FAIL_REFUND_NEXT = recache.compile(
    r"[，,；;\s]*(?:(?:但是?|可是?|只是)[，,\s]*)?"
    # (session 60, review54) and the failure said 挂了 / 挂科 (不含保过承诺 挂了全退)
    r"(?:考试|考)?(?:(?:不通过|没通过|未通过|没过|没考过|考不过|挂科|挂了)的?(?:学员|同学|话)?[，,]?"
    # (session 61, review65) the refund said 可退 / 就退 (挂了可退, 没过就退); not 可 after a bare
    # 不过, which may be 但是 (不含保过承诺，不过可退部分学费: the school's terms)
    r"(?:可以?|就|直接)?|不过的?(?:学员|同学|话)?[，,]?(?:就|直接)?)"
    # (session 60, review60) the refund said 包退 too (挂了包退, 挂科包退)
    r"(?:学费|费用|全款)?(?:全额|全部|全|如数|包)?(?:退|返还)"
    r"(?![^，,。；;\n]{0,4}?(?:须|需|要|申请|手续|流程|程序|按|标准|参照|规定|办法|比例|依据|政策|细则|条件|期限))"
)
#: The question mark right after a warning word, read on the raw text (normalizing makes it a stop);
#: the reversal after it is ``stance.asked_reversed`` (session 59, left25; moved there in session 60).
_ASKED_RAW = recache.compile(r"[的\W_]{0,4}?[？?]")
#: (issue 9, session 65, left39) The 过 of a pass term that opens an everyday word with the
#: character after it (我们包过程辅导, 本店包过期退换, 我们这边稳过渡): a school's service, a shop's
#: returns, a timetable's transition, no promise of a pass. Read at the term's own end only.
#: (issue 9, session 66, lawful2) and the dealer's and the holiday's words as well: 包过户 (a car or a
#: house transferred in the buyer's name), 包过夜 / 包过冬 / 包过节 / 包过年 (a stay, a winter's coal, a
#: holiday's meals); not 过年底 / 过年内, which read as 包过 + a deadline (包过年底的考试).
#: (issue 9, session 66, review108) nor 过户口 (电工证包过户口不限: the pass, then no household-
#: registration limit) nor 过年前 / 过年后 + the paper (电工证包过年前拿证, 包过年后下证: the pass and
#: its deadline); a shop's 年货礼盒包过年前送到 keeps its holiday.
_EVERYDAY_AFTER_PASS = r"(?:[程渡期夜冬节]|户(?!口)|年(?![底内]|[前后][^，,。！!？?\s]{0,3}?(?:[拿下出发领取办]证|上岗)))"
_PASS_IN_WORD = recache.compile(_EVERYDAY_AFTER_PASS)
#: (issue 9, session 66, lawful2) A pass term whose 过 opens one of those words, read on the
#: normalized text for :func:`everyday_pass_spans`.
_PASS_WORD = recache.compile(r"(?:包|保|稳|必)过" + _EVERYDAY_AFTER_PASS)
#: A promise said elsewhere in the same sentence: the seller's own (包过户，电工证也包过; 包过程辅导，
#: 稳拿证). Read with the everyday words blanked out.
_PASS_ELSE = recache.compile(
    r"包过|保过|稳过|必过|包通过|保通过|包拿|保拿|稳拿|包考|包证|包下证|包出证|百分之?百|100%"
    r"|签(?:合同|协议)|[不没挂](?:通)?过.{0,3}退|全额?退|不用考|免考|代考|替考"
)


def _fake_after(s: str, a: int, warns: Warnings) -> bool:
    """Whether 假 stands in ``s`` (the source's normalized text) at or after ``a``: ``s.find("假",
    a) >= 0``. (issue 9, session 68, speed11) That search ran to the page's end for every
    candidate on a page without 假 after it (candidates times the page's length); the last 假's
    position is read once per source instead, kept in ``warns.read`` (the source's warning list,
    which lives as long as its scan) under the key -1, which no warning's index is."""
    last = warns.read.get(-1)
    if last is None:
        last = warns.read[-1] = s.rfind("假")
    return a <= last  # type: ignore[operator]


def _pass_in_word(s: str, parts: list[Match]) -> str | None:
    """The everyday word (过程 / 过渡 / 过期; session 66: 过户 / 过夜 / 过冬 / 过节 / 过年) a part ending
    in 过 runs into, or None."""
    for p in parts:
        if p.term.endswith("过") and _PASS_IN_WORD.match(s, p.end):
            return s[p.end - 1 : p.end + 1]
    return None


#: (issue 9, session 71, review134) The particles a spoken promise may trail (考试我们包的，你放心;
#: 考试交给我们就行了) before what follows it is read.
_PROMISE_PARTICLES = frozenset("了啦哈呢哦噢呀吧啊嘛的滴")
_HAN = recache.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _promise_goes_on(rule: Rule, n: Normalized, parts: list[Match]) -> str | None:
    """(issue 9, session 71, review134) For a rule whose promise is a short phrase of everyday
    words (GP-006's 考试我们包 / 我们负责 / 我们来 / 交给我们), the words the promise runs on into when
    they are no seller's (``promise_goes_on`` lists the seller's: 就行, 当月拿证, 你放心, 私聊 …), or
    another exam named right before it (``promise_other_exam``: 驾照考试交给我们), or None.

    A seller's promise ends its clause (考试我们包，私聊; 考试我们包 当月出证) or goes on with the
    result, the buyer's ease or a contact; a school's goes on with the service it covers, and the
    services cannot all be listed as exceptions (wepack listed 接送, 食宿, 通知 …; 包早餐, 负责答疑,
    交给我们的老师, 我们来教 fired). A space or a line break in the source ends the clause too (the
    normalized text joins the words a space parts)."""
    goes_on = rule.params.get("promise_goes_on")
    if not goes_on:
        return None
    s = n.text
    promise = rule.groups.get("promise", ())
    other = rule.params.get("promise_other_exam") or ()
    for p in parts:
        if p.term not in promise:
            continue
        head = s[max(0, p.start - 6) : p.start]
        if p.term.endswith(tuple(rule.params.get("promise_backed_for") or ())):
            # (issue 9, session 71, wepack2) 考试不用愁 / 考试全包: read by what backs it
            if (eased := _promise_unbacked(rule, s, p, head)) is not None:
                return eased
            continue
        if exam := next((w for w in other if head.endswith(w)), None):
            return f"{exam}{s[p.start : p.end]}"  # 驾照考试交给我们，另开叉车证培训班
        end = _promise_longest(promise, s, p)
        if p.term.endswith("我") and s.startswith("们", end):
            end += 1  # 交给我 inside 交给我们
        while end < len(s) and s[end] in _PROMISE_PARTICLES:
            end += 1
        if not _HAN.match(s, end) or n.span(end, end + 1)[0] > n.span(p.start, end)[1]:
            continue  # the clause ends: punctuation, a contact, a space or a line break
        if not s.startswith(tuple(goes_on), end):
            return s[p.start : end + 2]  # 考试我们包早餐: the school's service
    return None


def _promise_longest(promise: Collection[str], s: str, p: Match) -> int:
    """(issue 9, session 72, review142) Where the longest promise term starting where ``p`` starts
    ends: the candidate may hold a shorter term inside a longer one (交给我 in 考试交给我们兜着), and
    what follows the shorter one (兜着) is no service a school covers but the rest of the promise."""
    return max(
        (
            p.start + len(t)
            for t in promise
            if len(t) > p.end - p.start and s.startswith(t, p.start)
        ),
        default=p.end,
    )


def _promise_unbacked(rule: Rule, s: str, p: Match, head: str) -> str | None:
    """(issue 9, session 71, wepack2) For a reassurance on the exam (GP-006's ``exam_eased``:
    考试不用愁, 考试方面您放心, 考试全包, ending in one of ``promise_backed_for``), what makes it
    no seller's, or None. Schools say these too (考试不用愁，老师手把手教到会; 考试全包=报名费+考试费+
    教材费): the reassurance is the seller's only when, within ``promise_backed_reach`` characters
    after it, one of ``promise_backed`` rests it on the seller's doing, the paper or a private
    contact (我们有办法, 我们这边兜底, 当月出证, 私聊), with no teaching word
    (``promise_backed_unless``) before it or in the six characters after it (我们有办法让你学会;
    加我微信领免费题库).
    Another exam named before it is that exam's as in :func:`_promise_goes_on`, except the
    registration: a backed 报名考试全包，当月拿证 takes the whole errand on."""
    other = rule.params.get("promise_other_exam") or ()
    exam = next((w for w in other if head.endswith(w)), None)
    if exam is not None and exam != "报名":
        return f"{exam}{s[p.start : p.end]}"
    end = p.end
    while end < len(s) and s[end] in _PROMISE_PARTICLES:
        end += 1
    look = s[end : end + int(rule.params.get("promise_backed_reach") or 14)]
    backed = {normalize_term(w) for w in rule.params.get("promise_backed") or ()}
    hits = [(i, w) for w in backed if (i := look.find(w)) >= 0]
    if hits:
        i, w = min(hits)
        veto = rule.params.get("promise_backed_unless") or ()
        # (issue 9, session 72, review142) the backing word itself is read too, so that a veto may
        # hold it: the paper already got (拿证了) is a learner's report, not the seller's promise
        near = look[: i + len(w) + 6]
        if not (held := [v for v in veto if v in near]) or _route_to_contact(rule, s, end, held):
            return None
    return s[p.start : end]


def _route_to_contact(rule: Rule, s: str, end: int, held: list[str]) -> bool:
    """(issue 9, session 72, review145) Whether the only vetoes held are the lawful route to the
    paper (``promise_route``: 合格后, 通过后, 考过后, 考完) and the reassurance ending at ``end`` goes
    on to a bare private contact (``promise_route_contact``: 私聊, 加v, v信) with no enrolment word
    (``promise_route_enrol``: 报名, 咨询, 预约) nor teaching word (the other vetoes: 课, 老师, 价)
    within twice ``promise_backed_reach``: the seller's 考试全包，考完当月拿证，私聊. The route only
    times the paper; what backs the reassurance is the contact, as in 考试不用愁，详情私聊 (a school's
    考完20天出证，加我微信报名 enrols; 合格后拿证，加我微信了解课程 teaches)."""
    route = rule.params.get("promise_route") or ()
    if not route or not all(v in route for v in held):
        return False
    tail = s[end : end + 2 * int(rule.params.get("promise_backed_reach") or 14)]
    contact = {normalize_term(w) for w in rule.params.get("promise_route_contact") or ()}
    enrol = {normalize_term(w) for w in rule.params.get("promise_route_enrol") or ()}
    enrol |= {w for w in rule.params.get("promise_backed_unless") or () if w not in route}
    if _route_by_office(rule, tail):
        return False
    return any(w in tail for w in contact) and not any(w in tail for w in enrol)


def _route_by_office(rule: Rule, tail: str) -> bool:
    """(issue 9, session 73, review151) Whether the route after the reassurance (``tail``) names
    the issuing office or the rules (``promise_route_office``: 由应急管理局发证, 等考点通知领证, 统一
    发证, 按规定出证) with none of the seller's speed, skip or pass (``promise_route_fast``: 直接,
    当月, 当天, 寄, 内部, 不用, 包): the school's lawful route, whatever contact ends it (合格后由应急
    管理局发证，私信). A seller who names the office says how it gets round it (应急局直接下证; 考完
    当月应急管理局发证; 考点直接寄证) and stays read by its contact."""
    office = {normalize_term(w) for w in rule.params.get("promise_route_office") or ()}
    fast = {normalize_term(w) for w in rule.params.get("promise_route_fast") or ()}
    # (issue 9, session 74, review162) the seller's own notice is no office's (以我们通知为准), and
    # the office's timetable, the check of the paper or the school's care is no seller's speed
    # (考后二十天下证, 真实有效，可在官网查询, 确保考试公平): read each side without them
    own = _route_masked(rule, tail, "promise_route_own")
    lawful = _route_masked(rule, tail, "promise_route_lawful")
    # (issue 9, session 74, review168) and any count of twenty days or more, not only review162's
    # listed ones (考后二十五天下证, 25天, 二十几天, 三十五天 are the office's timetable too)
    lawful = _ROUTE_OFFICE_DAYS.sub(lambda m: "\x00" * len(m.group()), lawful)
    # (issue 9, session 75, review172) but the card in the buyer's hand right after a blanked
    # count is the seller's delivery, not the office's issue (二十五天到手, 28天到手)
    fast |= {"\x00" + w for w in _ROUTE_COUNT_HANDED}
    return any(w in own for w in office) and not any(w in lawful for w in fast)


#: (issue 9, session 74, review168) the office's timetable as a count of twenty to sixty-odd days
#: (二十五天, 二十几天, 三十五天, 25天, 28天): blanked out of the route before the seller's speed is
#: looked for, as review162's 二十天 / 30天. Not a count under twenty (十八天, 15天: the buyer's
#: speed, as review155's 十五天拿证) nor a larger number's tail (120天 stays whole: no digit before).
_ROUTE_OFFICE_DAYS = recache.compile(
    r"(?:(?<![一二三四五六七八九十百])[二三四五六]十[一二三四五六七八九几]?|(?<![0-9])[2-6][0-9])[多来几]?天"
)

#: (issue 9, session 75, review172) what, right after a count blanked as the office's timetable
#: (review162's 二十天 / 30天, review168's 二十五天 / 28天), still reads as the seller's speed: the
#: card in the buyer's hand (二十五天到手). An office issues the card (下证, 发证) or sends it (寄出,
#: 送达) and gives its time so; 到手 is the seller's turnaround, as CS-203 reads it (付钱后三天到手).
#: Review155's 天到手 read it before review168 blanked the 天.
_ROUTE_COUNT_HANDED = ("到手",)


def _route_masked(rule: Rule, tail: str, param: str) -> str:
    """(issue 9, session 74, review162) ``tail`` with the words of ``params[param]`` blanked out,
    so that the office and the speed words inside them are not read: GP-006's
    ``promise_route_own`` (以我们通知为准, 以客服通知为准: the seller rests the date on its own
    word, as 以私聊为准) and ``promise_route_lawful`` (考后二十天下证: the office's timetable, not
    the buyer's 十天拿证; 证书真实有效，可在官网查询: the school sends the buyer to check; 确保考试
    公平, 全程保密考生信息: the school's care, not 确保拿证 nor a bare 全程保密)."""
    for w in rule.params.get(param) or ():
        w = normalize_term(w)
        tail = tail.replace(w, "\x00" * len(w))
    return tail


def _employer_notice(rule: Rule, s: str, lo: int, hi: int) -> bool:
    """(issue 9, session 73, review155) Whether the employer's own notice opens in ``s[lo:hi]``:
    an employer word of ``params.unless_far`` followed by (or ending in) a word of
    ``params.unless_far_notice`` (项目部通知, 车间通知, 公司通知). A heading that names the school
    and the employer together (某职校与某项目部联合办班) and then the employer's notice under it
    (项目部通知：…补考费我们出，联系人王工) is the employer speaking: the school's name in the
    heading is no school speaking first (GP-103's ``unless_far_first``). The school's advert under
    the same heading (…补考费我们出，报名电话) opens no such notice and stays the school's."""
    notice = tuple(rule.params.get("unless_far_notice") or ())
    words = rule.params.get("unless_far") or ()
    if not notice or not words:
        return False
    return any(
        x.group(0).endswith(notice) or s.startswith(notice, x.end())
        for x in _far_rx(tuple(words)).finditer(s, lo, hi)
    )


def everyday_pass_spans(n: Normalized) -> list[tuple[int, int]]:
    """(issue 9, session 66, lawful2) The raw spans of the sentences whose only pass word opens an
    everyday word (我们学校包过程辅导，报名加微信; 高压电工培训包过程跟踪…). jieba's boundaries drop the
    two-character term there, so no candidate is made, none is silenced as ``word:过程``, and the
    learned scorer read the line alone (ML-GP): the detector covers these sentences instead, as a
    silenced candidate would. A sentence that promises anything else (包过户，电工证也包过; 签合同;
    不过全退; 不用考) is left to the model."""
    s = n.text
    if "过" not in s:
        return []
    out: list[tuple[int, int]] = []
    for m in _PASS_WORD.finditer(s):
        lo = s.rfind("。", 0, m.start()) + 1
        hi = s.find("。", m.end())
        hi = len(s) if hi < 0 else hi
        rest = _PASS_WORD.sub("", s[lo:hi])
        if _PASS_ELSE.search(rest) is None:
            out.append(n.span(m.start(), m.end()))
    return out


#: (session 64, review96) The question closing right after a verdict's word (是骗人的吗, 是骗局吗).
_ASKED_TAIL = recache.compile(r"的?[吗么]")


def _asked_end(s: str, text: str, term: str, end: int, raw_end: int) -> int:
    """Where the question the warning word ``term`` (ending at ``end`` of the normalized ``s``,
    ``raw_end`` of the raw ``text``) asks closes in ``s``, or -1: the word's own 吗 (是真的吗), a
    吗 after it (是骗人的吗), or a bare question mark in the raw text (是骗人的？; normalizing makes
    it a stop)."""
    if term.endswith("吗"):
        return end
    if (t := _ASKED_TAIL.match(s, end)) is not None:
        return t.end()
    if _ASKED_RAW.match(text, raw_end) is not None:
        return end + 1 if s.startswith("的", end) else end
    return -1


#: (issue 9, session 59, left25) A school's disclaimer, then its turn (但是 / 可是 / 不过 / 其实 / 只是,
#: optionally 实际上) straight to the pass promise itself (电工证培训不保证通过，但是包过，加v; 不承诺通过，不过
#: 我们包过; 不保证通过，其实都是包过的): the disclaimer is the foil of the promise after it, so it covers no
#: candidate that reaches past the turn. Only a promise word (包过 / 保过 / 稳过 / 必过 / 百分百过 / 包拿证 …)
#: with no negation in the short gap before it and no judgement or refusal right after it (可是别家说包过的
#: 都是骗人的; 但是包过班我们没有开); the honest school's turn to more candor (但是会安排免费补课; 其实能不能过
#: 全看学员自己) names none. :meth:`Silencer._disclaimed` also asks that the line sells (a contact or call).
#: The negated pledges whose turn :meth:`Silencer._promise_turned` reads as warning words or negations.
_PLEDGE_DENIALS = ("不承诺", "不保证", "不敢保证", "不敢承诺", "不包")
_PROMISE_TURN = recache.compile(
    r"[，,；;\s]*(?:但是?|可是?|不过|其实|只是|然而)(?:实际上|事实上|说实话|私下)?[，,\s]*"
    r"[^。！!？?\n，,；;不没无非别未]{0,10}?"
    r"(?:包过|保过|稳过|必过|包通过|保通过|百分之?百(?:通)?过|100%(?:通)?过|包拿证?|保拿证?|包出证|包下证"
    # (session 59, review49) 然而 turns as 但是 does, and 保证拿证 is the promise in full
    # (不承诺通过，不过保证拿证); the school's pass rate (但是包过率很高) is a figure, no pledge;
    # (session 60, review54) but a pass rate of 100 % is the pledge in other words (但是包过率
    # 百分之百 / 百分百 / 100%, 包过率高达 / 达到 100%)
    # (session 60, review60) and the rate said 做到了 / 达到了 100 % (但是包过率做到了百分之百)
    # (session 61, review65) and 能 / 可以 做到, 一直是 / 始终保持 (包过率能做到百分之百)
    r"|保证拿(?:到)?证)(?!率(?![:：]?\s*(?:(?:能|可以|一直|始终|常年)?(?:做到了?|达到了?|保持在?|是|为)"
    r"|高达|可达|达|有)?\s*(?:100%|百分之?百)))"
    r"(?![^。，,；;]{0,8}?(?:骗|假|违法|陷阱|套路|坑|空话|吹牛|不可信|别信|不能信|不做|不敢|不会|不能"
    r"|不可能|不存在|不靠谱|没有|没开|不开|不办|不搞))"
)
#: (session 57, review36) A disclaimer said of a rival (别家不保证通过，我们包过; 别人不承诺通过，我们
#: 承诺包过): the seller's foil, not its own candor, so it covers nothing in the sentence. Only the
#: seller's words for its rivals, right before the disclaimer.
#: (session 59, rivals) The shared rivals (``context.RIVAL_WORDS``; 其它家, 别的店, 别的驾校, 其他驾校,
#: 其他培训机构 were missing), read ``RIVAL_REACH`` characters back (six cut 其他培训机构都 short).
#: (session 60, review56) and a rival picked out (``context.RIVAL_PICKED_WORDS``: 那些中介, 有的店).
_RIVAL_DISCLAIMS = recache.compile(
    r"(?:" + RIVAL_WORDS + "|" + RIVAL_PICKED_WORDS + r")(?:都|也|的话)?$"
)
#: (issue 9, session 58, fa13) A school's term handled by a rule in a clause of its own after the
#: paper's (焊工证培训不包过，退费按学校规定办理; 补考按考点通知办理; 发票按财务规定办理): the 办理 is the
#: refund's, the retake's or the invoice's, the clause's own subject, not the paper's. Only a subject
#: of the school's or the exam's business, then 按 / 依照 / 根据 … 规定 (约定, 章程, 通知 …): a seller
#: writes the paper itself there (电工证按国家规定办理) or its own 直接办理, neither of which this reads.
_HANDLED_BY_RULE = recache.compile(
    r"[^，。证]{0,6}?(?:学费|费用)?"
    r"(?:退费|退款|退学|退班|退还|补考|缓考|转班|转期|插班|延期|发票|报销|请假|补课|重修|住宿|领证|报名|考试)"
    r"(?:手续|申请|事宜|报名|安排)?"
    # (session 59, review45) and the training agreement (退款按培训协议办理, 退费按协议办理)
    r"(?:按照?|依照?|根据|遵照)[^，。]{0,8}?(?:规定|约定|章程|通知|要求|合同|协议|办法|制度)"
    r"(?:的?(?:程序|流程))?"
)


#: …unless the seller's own sale stands beside it (焊工证，补考按规定办理，不用去考，加v …; 叉车证包过，
#: 不过退款按合同办理): a skip, a promise (not denied: 不包过 is the school's), a delivery or a private
#: contact within ``_HANDLED_REACH``.
_HANDLED_BREAKERS = [
    "不用考",
    "不用去考",
    "不考试",
    "免考",
    "不用培训",
    "免培训",
    "不用上课",
    "不用体检",
    "免体检",
    "代办",
    "包办",
    "出证",
    "下证",
    "拿证",
    "包过",
    "保过",
    "稳过",
    "包拿",
]
_HANDLED_REACH = 30


def _handled_by_rule(s: str, parts: list[Match]) -> str | None:
    """The clause of a school's term (退费按学校规定办理) whose 办理 is the candidate's sale word, the
    candidate's other words all before that clause (``_HANDLED_BY_RULE``), and no seller's sale
    beside it (``_HANDLED_BREAKERS``, a private contact), or None."""
    sale = max(parts, key=lambda p: p.start)
    if sale.term != "办理":
        return None
    # the clause's start, looked for within _HANDLED_REACH only (a longer clause is no such term,
    # and a dense page is not read back to its start per candidate)
    back = max(0, sale.start - _HANDLED_REACH)
    lo = max(s.rfind("，", back, sale.start), s.rfind("。", back, sale.start)) + 1
    if lo == 0 or any(p is not sale and p.end > lo for p in parts):
        return None
    if not _HANDLED_BY_RULE.fullmatch(s, lo, sale.start):
        return None
    a = max(0, parts[0].start - _HANDLED_REACH)
    b = sale.end + _HANDLED_REACH
    if _own_breaker(s, a, b, _HANDLED_BREAKERS) or _private_contact(s[a:b]):
        return None
    return s[lo : sale.end]


#: (issue 9, session 58, fa13) A verdict closing the sentence on the 的-phrase before it (网上办证说可以
#: 走担保交易、先交定金再出证的，全是骗局; …的帖子，全都是骗子发的): the phrase is the verdict's subject,
#: and the candidate inside it is judged however far from the verdict word. Read right before the
#: warning word: the phrase's 的 (and the thing it names), its comma, the verdict's quantifier.
#: (session 59, review45) The comma may be left out where a quantifier of the verdict follows the 的
#: and 是 joins them (…再出证的全是骗局; not a demonstrative: a live stream's unpunctuated 新闻里说的那些
#: 骗子跟我们没关系 names the crooks, it judges nothing), and the verdict's share and verb said otherwise
#: (百分之百是, 大部分是, 绝大多数是, 纯属骗人).
_VERDICT_SHARE = (
    r"(?:基本上?|大多数?|大都|多半|十有八九|百分之?百|一律|统统|全部?|都|全都"
    r"|肯定|绝对|一定|无一例外|绝?大部分|绝大多数|多数)"
)
_VERDICT_QUANT = rf"(?:这些|这种|那些|这类|那种|{_VERDICT_SHARE})"
_VERDICT_FRAME = recache.compile(
    r"的(?:帖子|广告|人|商家|卖家|中介|网站|网店|店铺?|信息|说法|消息|话|群|号)?"
    rf"(?:，{_VERDICT_QUANT}*(?:是|属于|为|系|纯属|纯粹是)?|{_VERDICT_SHARE}+(?:是|属于|纯属))"
    r"(?:典型的?)?$"
)
#: …and without the comma, the verdict word ends its clause (…的全是骗局。 / …的全是骗人的，): in
#: unpunctuated speech a 的全是骗子 running on (…的都是骗子跟我们没关系) is the writer's aside.
_VERDICT_CLOSE = recache.compile(r"[的啊呀哦了]?(?:[，。；！？]|$)")
#: (issue 9, session 61, fa19) The plain verdicts a consumer or a forum puts on the promise's
#: 的-phrase right after the candidate (敢说保证必过的肯定有猫腻; 说保证通过的肯定有问题; 能保证包过的机构
#: 都有问题; 说不用考就能拿证的，不靠谱): no warning word, but the phrase is judged. Read only right
#: after the candidate, its 的 and the thing it names first.
#: (session 61, review70) Not 有问题 as the refund's condition (保证包过的，有问题随时全额退款; 包过的，
#: 有问题包退): the seller's own terms after its promise, no verdict on it.
_PLAIN_VERDICT = recache.compile(
    r"的(?:机构|学校|培训班|班|人|商家|卖家|中介|店家?|店铺|网店|平台|广告|话|说法)?[，,]?"
    rf"{_VERDICT_SHARE}?(?:是|有)?(?:有猫腻|猫腻|有问题(?![随就包全可找联退免请直])|不靠谱|不可信|不能信|骗子|骗局|骗人的?|忽悠人?的?|"
    r"坑人的?|割韭菜)(?![的地]?(?:机构|学校|培训|班))"
)
#: ... unless the writer turns to its own offer after the verdict (…的都不靠谱，我们签协议包过，加v …).
_PLAIN_VERDICT_TURN = recache.compile(
    r"我们|咱们|本店|本校|本机构|我家|我司|找我|加[vV微]|私聊|私我|私信|微信|vx|v信|联系我"
)
_PLAIN_VERDICT_AFTER = 40
#: (issue 9, session 64, review93) The candidate's 的-phrase judged as fake papers, the class verdict
#: fa24 read for the fake-paper rules (不用考就拿证的都是假证; 说不考试就能拿证的全是假证; 免考直接拿证的，
#: 基本都是假证), then a lawful call (想正规报考的评论区扣1, 请到本中心报名): 假证 is no warning word (a
#: forger's 假证 is its goods), so it is read here only, right after the candidate, with 是 and no
#: question after it (…的是假证吗？ asks). The writer's turn to its own sale after it
#: (``_PLAIN_VERDICT_TURN``, a private contact, the skip sold again: 想要不用考的真证评论区扣1) keeps it.
#: (issue 9, session 65, punct1) ... asked, then confirmed at once (…的都是假证？是的，全是假证; 对，
#: 都是假的): the question is the writer's own rhetorical one, the answer the verdict. The question
#: mark was never seen here before session 65 (the normalized text has 。 for it: ``Normalized.marked``).
_ASK_CONFIRMED = (
    r"(?:是的|是啊|对的?|没错|当然|确实|肯定是|就是|全是|都是|全部是|一律是)"
    r"(?![^，,。！!？?]{0,6}?(?:真|能查|可查|包过|找对|找我|我们|咱))"
)
_FAKE_VERDICT = recache.compile(
    r"的(?:证|证书|证件|本子|人|商家|卖家|中介|广告|说法)?[，,]?"
    rf"{_VERDICT_SHARE}*(?:是|属于|为|系)假(?:证|的证|证件|证书)"
    r"(?:(?![吗么嘛呢？?])|[？?]+(?=" + _ASK_CONFIRMED + "))"
)
#: ... nor the seller's own words after it: the pass, the real or checkable paper, its delivery, the
#: way in, or a call on who wants the thing itself (想要的扣1; a lawful call asks who wants to enrol,
#: and 有需要的 is no 要的), as ``stance.DENIED_OWN_WAY`` reads the call after a no.
#: (session 64, review97) and the seller's rebuttal of the verdict it raised (…都是假证？那是你没找对人，
#: 扣1; 那是你没遇到我): the verdict is the buyer's doubt, the writer the right person to find.
_FAKE_VERDICT_SOLD = recache.compile(
    r"包过|保过|包拿|真证|保真|能查|可查|出证|下证|直接拿|门路|路子|想办|要办|想要的|(?<!需)要的"
    r"|找对人|找对地方|找对门|(?:遇到|碰到|遇见|找到)(?:我|咱)"
)
#: (issue 9, session 68, lawful4) ... and the call after the verdict on those who want the lawful way
#: (想走正规途径的可以私信; 想正规考试的可以私信我们; 想正规报名电工证的私信): who it asks for is the
#: learner who will sit the exam, so its 私信 / 我们 are a school's, no turn to the writer's own paper.
#: Not 正规渠道 (the sellers' own boast) nor a call on who wants the paper (想走正规途径拿证的私信).
_LAWFUL_CALL = recache.compile(
    r"想(?:要)?(?:走)?正规(?:途径|考试|报名|报考|考证|培训|参加考试)?"
    r"(?:[^，,。；;拿办买要取领]{0,6}?)的(?:可以|请|就|都可以)?"
    r"(?:私信|私聊|留言|评论区留言|联系)(?:我们|本校|咨询)?"
)
#: (issue 9, session 68, review118) ... and not when the writer then lists what he makes (电工证焊工证
#: 都能做; 证都有; 高处作业证都可以做; 全国通用; 一次搞定): the call was the seller's, his stock follows.
#: A school's classes (电工焊工都有班) are no such list.
_LAWFUL_CALL_SOLD = recache.compile(
    r"都能做|都可以做|能做证|做证|证[^，,。；;]{0,3}?都有(?![班课])|全国通用|搞定|证[件书]?齐全|现货|有货"
)


#: How far after the candidate's end such a verdict word is looked for.
_VERDICT_REACH = 60
#: (issue 9, session 66, fa29r) The verdict said of the candidate's own paper, when the candidate
#: ends on it (不用考就给的电工证都是假证; 不考试就发的证全是假的): the 的-phrase runs into the paper's
#: name, so ``_FAKE_VERDICT`` (which starts at the 的) never sees it. Read only where the candidate
#: holds that 的 and ends on a paper word, and with no question after it.
_PAPER_VERDICT = recache.compile(
    rf"[，,]?{_VERDICT_SHARE}*(?:是|属于|为|系)假(?:证|的证|证件|证书|的)(?![吗么嘛呢？?])"
)
_PAPER_TAIL = ("证", "证书", "证件", "本子")
#: (issue 9, session 66, fa29r) ...and the school's own line after such a verdict (本校只做正规的
#: 电工培训，学员本人参加考试，证书官网可查): the writer names itself only to say it teaches, the holder
#: sits the exam, and the paper is looked up on the official site. Its 我们 / 本校 is no turn to an
#: offer (``_PLAIN_VERDICT_TURN``) and its 官网可查 no seller's 可查 (``_FAKE_VERDICT_SOLD``), where the
#: same stretch holds no private contact, no skip sold and no other sale word.
_SCHOOL_ONLY_TEACHES = recache.compile(
    r"(?:我们|本校|我校|本中心|学校|我们学校|培训中心)[^，,。！!？?]{0,6}?"
    r"(?:只做|只教|只负责|只管|只培训|只搞|正规(?:的)?[^，,。]{0,4}?培训)"
)
_HOLDER_SITS = recache.compile(r"(?<![不用需免无])本人(?:参加|去|到场)?(?:考|参加考试)")
#: The lookup of the card the holder sat for (证书官网可查; 本人参加考试，证书可查): read only after
#: the holder's own exam (``_HOLDER_SITS``) in the same stretch.
_OFFICIAL_LOOKUP = recache.compile(
    r"(?:官网|网上|联网|官方网站|官方平台|证书|证)?[^，,。]{0,3}?(?:可查|能查)"
)


#: (issue 9, session 66, review109) ...or, with no holder's exam named (本校只做正规培训，证书官网可查;
#: 我们学校只做正规的电工培训，考试由应急管理局组织), the school's line names only its training, the
#: exam's body and the lookup on the official site; a seller's line after the same 本校只做正规的
#: sells something (三天拿证, 价格优惠, 包拿证, 私聊). Only the official site's lookup is read there.
_SITE_LOOKUP = recache.compile(
    r"(?:官网|官方网站|官方平台|政府网站|应急管理[局厅部]?网站?)[^，,。]{0,4}?(?:可查|能查|查到|查询)"
)
_SCHOOL_LINE_SOLD = recache.compile(
    r"拿证|下证|出证|发证|领证|[一二三四五六七八九十两几\d]+(?:天|日|周)|价|元|块|钱|优惠|特价"
    r"|私|加v|加微|微信|办|包|保|不用|无需|免|直接|代|替|加急|快速|最快|名额|内部|渠道"
)


def _lawful_call_only(after: str) -> bool:
    """(issue 9, session 68, lawful4) Whether ``after`` (the stretch after a fake-paper verdict)
    holds a call on those who want the lawful way (``_LAWFUL_CALL``) and, that call blanked, no
    turn to the writer (``_PLAIN_VERDICT_TURN``), no sale word, no private contact, no skip sold."""
    if _LAWFUL_CALL.search(after) is None:
        return False
    rest = _LAWFUL_CALL.sub(lambda m: "，" * len(m.group(0)), after)
    return not (
        _PLAIN_VERDICT_TURN.search(rest)
        or _FAKE_VERDICT_SOLD.search(rest)
        # the school's line reads no price, days to the paper, 包 / 保, 办 (价格优惠，十天拿证; 包你一次过)
        or _SCHOOL_LINE_SOLD.search(rest)
        or _private_contact(rest)
        or skip_sold(rest)
        or _LAWFUL_CALL_SOLD.search(rest)  # (issue 9, session 68, review118)
    )


def _school_line_after(s: str, a: int, b: int) -> bool:
    """Whether ``s[a:b]`` (the stretch after a fake-paper verdict) is the school's own line:
    it says it only teaches and that the holder sits the exam, with no private contact, no skip
    sold and no sale word but the official lookup (``_SCHOOL_ONLY_TEACHES``); or, with no holder's
    exam named, it says nothing but its training, the exam's body and the official lookup."""
    after = s[a:b]
    if _lawful_call_only(after):
        return True  # (issue 9, session 68, lawful4) 想走正规途径的可以私信领取报名须知
    if _SCHOOL_ONLY_TEACHES.search(after) is None:
        return False
    if _private_contact(after) or skip_sold(after):
        return False
    sits = _HOLDER_SITS.search(after)
    if sits is None:
        bare = _SITE_LOOKUP.sub("", after)
        return _FAKE_VERDICT_SOLD.search(bare) is None and _SCHOOL_LINE_SOLD.search(bare) is None
    bare = after[: sits.end()] + _OFFICIAL_LOOKUP.sub("", after[sits.end() :])
    return _FAKE_VERDICT_SOLD.search(bare) is None


#: How far after a candidate's part the 的 of a verdict inside the candidate may stand, and what
#: may not stand between (a clause's end).
_INSIDE_GAP = 7
_INSIDE_STOPS = recache.compile(r"[，,。！!？?；;：:]")


def _verdict_inside(s: str, a: int, b: int, parts: list[Match]) -> re.Match[str] | None:
    """(issue 9, session 66, fa29r) The fake-paper verdict said right after a part of the
    candidate ``s[a:b]`` and inside it (不用考试的都是假证，我们学校只做正规培训，本人参加考试，证书可查:
    the rule joined the skip before the verdict to the 证 of the school's lookup after it), when
    what follows the verdict is the school's own line (:func:`_school_line_after`)."""
    for p in parts:
        if not a <= p.end < b:
            continue
        # the 的 may stand a few characters on (不用考 + 试的都是假证; 免考 + 就能拿的全是假证)
        at = s.find("的", p.end, min(b, p.end + _INSIDE_GAP))
        if at < 0 or _INSIDE_STOPS.search(s, p.end, at):
            continue
        fv = _FAKE_VERDICT.match(s, at)
        if (
            fv is not None
            and fv.end() <= b
            and _school_line_after(s, fv.end(), max(b, fv.end() + _PLAIN_VERDICT_AFTER))
        ):
            return fv
    return None


#: (issue 9, session 66, fa29r) A school's refund policy after it denies the pass (我们不保过，没考过的
#: 可以免费再学，学费按没上的课时退; 不包过，考不过的免费再跟班学，中途退学按没上的课退钱): the free
#: further course is the school's service to a learner it told plainly it cannot promise a pass, and
#: the fee is refunded by the classes not taken, whatever the exam's result. Read only where the
#: writer's own denial stands before the candidate in its sentence with no turn between (但 / 可是 /
#: 只是 / 其实: 我们不说包过，但没考过学费全额退), the candidate's remedy is a course (再学, 跟班, 重学)
#: and not money back, the refund by the classes not taken follows it, and the sentence holds no
#: bound to the pass (直到, 为止), no whole refund, no private contact and no skip sold: the seller's
#: 没考过免费重学，学费按没上的课退，加v … denies nothing and gives its WeChat, and stays a promise.
_PASS_DENIAL = recache.compile(
    r"(?:不保过|不包过|不保证(?:考试)?通过|不承诺(?:考试)?通过|不承诺包过|不承诺保过|不敢保证(?:考试)?通过"
    r"|不敢说包过|保不了过)"
)
_DENIAL_TURN = recache.compile(r"但|可是|只是|其实|然而|不过(?![的就])")
_REMEDY_COURSE = recache.compile(r"再学|重学|重修|重读|跟班|再跟|复训|重新培训|退班|退学")
#: The learner's own withdrawal (没过就退班): its 退 is the learner's leaving, not money back.
_WITHDRAWAL = recache.compile(r"退班|退学")
_REFUND_BY_CLASSES = recache.compile(
    r"按(?:照)?(?:没上|未上|没有上|剩余|剩下|未完成)的?(?:课|课时|课程)"
)
_PASS_BOUND = recache.compile(r"直到|为止|全退|全额|如数|包过|保过|稳过|包拿证|拿证为止|考过为止")
#: How far either side of the candidate, within its sentence, that policy is read.
_POLICY_REACH = 40


def _refund_policy(s: str, a: int, b: int, lo: int, hi: int) -> str | None:
    """The writer's denial of the pass that makes the retraining candidate ``s[a:b]`` a school's
    refund policy in the sentence ``s[lo:hi]`` (``_PASS_DENIAL``), or None."""
    head = s[max(lo, a - _POLICY_REACH) : a]
    denials = list(_PASS_DENIAL.finditer(head))
    if not denials:
        return None
    d = denials[-1]
    if _DENIAL_TURN.search(head, d.end()):
        return None
    if _REMEDY_COURSE.search(s, a, b) is None or "退" in _WITHDRAWAL.sub("", s[a:b]):
        return None
    tail = s[b : min(hi, b + _POLICY_REACH)]
    if _REFUND_BY_CLASSES.search(tail) is None:
        return None
    line = head[d.end() :] + s[a:b] + tail
    if _PASS_BOUND.search(line) or _private_contact(line) or _CHAT_ID.search(line):
        return None
    if skip_sold(line):
        return None
    return d.group(0)


def _paper_verdict_head(s: str, a: int, b: int) -> bool:
    """Whether the candidate ``s[a:b]`` is a 的-phrase ending on the paper it names
    (不用考就给的电工证), so that what follows it is said of that paper."""
    return s.endswith(_PAPER_TAIL, a, b) and "的" in s[a:b]


def _paper_verdict(s: str, a: int, b: int) -> re.Match[str] | None:
    """The verdict right after a candidate ``s[a:b]`` that ends on the paper its 的-phrase
    names (``_PAPER_VERDICT``), or None."""
    return _PAPER_VERDICT.match(s, b) if _paper_verdict_head(s, a, b) else None


#: Marks that end the 的-phrase's clause in the original text (a list's 、 does not).
_CLAUSE_MARKS = recache.compile("[，,；;：:]")
#: How far either side of a fragile exception a seller's contact breaks it (one listing line).
_CONTACT_REACH = 40
#: A character that turns the exception word after it around (无需本人 vs 需本人; issue 9,
#: session 46, negation: 没考试就拿到了 offers what 考试 excuses, as 不考试 does).
_NEGATES = frozenset("无不免非没")
#: Two-character negations before an exception word: 不用本人到场 offers what 本人到 excuses.
#: (session 51, review9) And 不要 / 不需要, read three characters back: 不需要本人到场, 不要体检 and
#: 不需要持营业执照 waive what the exception names as 不用 does (the window of two read 需要 / 要).
_NEGATE_RX = recache.compile("(?:不用|无需|不需要?|不要|不必|免去|没有|无须|不须)$")
#: (issue 9, session 63, review88) The classical 毋 / 勿 waive the need right after them (毋须本人到场,
#: 勿需本人到场, 毋需本人参加): read only before 须 / 需, so 请勿 / 切勿 before a warning word keep it.
_NEGATES_NEED = recache.compile("[毋勿](?=[须需])|[毋勿][须需]$")
#: (issue 9, session 46, negation) A negation right after the exception word, behind 都 / 也 (一次
#: 考试都没参加, 考试都不用去, 培训也没上): the seller's or shill's "not even", the same offer as
#: 没考试. A bare 考试不合格 / 考试没通过 (a rule, a learner's failure) is not read: only 都 / 也 +
#: a negation + going, taking or sitting (or nothing more: 考试都不用).
#: (session 47, review) "nothing more" is the clause's end: with the verb merely optional, the
#: look-ahead against 过 / 及 was passed by matching no verb (考试都没考过 read as skipped), and
#: any mood after it (考试也不用紧张, 考试都没问题) negated the exception. Only 考 is kept off a
#: failure (没考过, 没考及格); 参加过 / 去过 are the exam never sat; 听 / 学 the class never
#: attended (一节课都不用听). (session 47, review2) 做 / 交 / 写 / 练 the check, the papers or the
#: test skipped (体检都不用做, 材料都不用交), as the optional verb let them pass before.
#: (issue 9, session 67, review112) or an exception called false right after it (四级答案有人问能不能
#: 拿到，答案是不能才怪，加群: lawful3's 答案是不能 taken back): the seller's irony, no excuse.
_NEGATE_AFTER = recache.compile(
    "才怪|就怪了|"
    "[都也](?:没有|没|不用|不必|无需|不需要|不需)"
    "(?:参加|去|考(?![过通合及])|上|到场|到|来|进|用|听|学|做(?![完好对])|交|写|练"
    "|(?=[，,。！？!?；;\\s~～]|$))"
)
#: (issue 9, session 60, review61) The exam an exception names waived right after it, the clause
#: ending there (走官方渠道，叉车证考试不用去，包拿证; 考试不用参加了): the offer, as 考试都不用去 is
#: (``_NEGATE_AFTER``); 考试不用去外地 spares a trip, and 考试不用担心 a worry, not the exam.
_WAIVED_RIGHT_AFTER = recache.compile(
    # (session 61, review65) the trip said 到现场 / 去现场 / 本人去 / 亲自去, and the waiver 可以不去
    # (考试不用到现场，包拿证; 考试可以不去，包拿证); 考试不用到现场报名 goes on, and is kept
    r"(?:(?:不用|不必|无需|无须|不需要?|免)(?:去|参加|到场|来|考|[到去]现场|本人去|亲自去)?"
    r"|可以不(?:去|参加|考))[了的啦哦]?(?=[，,。！!？?；;\s~～]|$)"
)
#: The exceptions ``_WAIVED_RIGHT_AFTER`` is read after: the exam itself.
_EXAM_WORDS = frozenset({"考试", "考核"})
#: (session 56, review29) The holder's own exam named as a question the same answer waives (可以办，
#: 要本人考试？不用，交钱就行; 但要本人考试吗？不需要): the seller raises the lawful condition only to
#: drop it, no yes on that condition (CS-201's 要本人考试 and the like).
_WAIVED_ON_ASKING = recache.compile(
    r"(?P<exam>(?:参加|去)?考试?)?[的了]?(?:(?:吗|嘛|么|呢)\s*[。？?]*|\s*[？?]+)\s*"
    # (session 56, review31) a hedge may stand before the waiver (看情况，不考也行; 一般不用;
    # 可以不考; 其实不需要), and 不考 waives only with its 也行 (不考拿不到 keeps the exam); the
    # reader's worry waved away (一般不用担心) waives no exam
    # (session 57, review36) two hedges in a row (看情况，一般不用; 这个看情况，不考也行), the
    # shop's own side (我们这边不用) and its reassurance (放心，不用; 一般情况下不用) as well;
    # 不用说 (needless to say) waives nothing
    r"(?:(?:这个|我们这边|我们这里|我们这|在我们这里?|放心|看情况|一般情况下|一般来说|一般"
    r"|其实|基本上?|通常|大多|多数|说实话)(?:吧|的话|哈|哦)?[，,]?\s*){0,2}"
    r"(?:可以|也可以|都可以|完全|根本|也)?"
    r"(?:不用|不需要?|不要|不必|无需|无须|免|没必要|可以不考"
    r"|不考试?(?:也|都)(?:行|可以|能|没事|没关系))(?!担心|怕|紧张|着急|焦虑|说|多说)"
)


#: (issue 9, session 60, review61) How far after the holder's own exam (本人去考, 本人参加考试) its
#: clause is read for the paper given whatever the result (``_exam_taken_back``).
_TAKEN_BACK_REACH = 24


def _exam_taken_back(s: str, u: Match) -> bool:
    """Whether the holder's own exam or visit the exception ``u`` names (卖家：可以的，本人去考点
    考试，过不了照样给证; 本人到考点考试，没考过照样发证) is taken back in the rest of its sentence (``stance.failed_given``: the paper given
    whatever the result, nothing of it called off): the exam named as a formality, no yes on that
    condition. Read on the normalized text up to its next stop, at most ``_TAKEN_BACK_REACH``
    characters: a school's 本人去考点考试，考不过可以补考 gives nothing, and a warning's 说考不过也
    给证的都是骗子 refuses it."""
    stop = s.find("。", u.end, u.end + _TAKEN_BACK_REACH)
    return failed_given(s[u.end : u.end + _TAKEN_BACK_REACH if stop < 0 else stop])


def _waived_on_asking(n: Normalized, text: str, s: str, u: Match) -> bool:
    """Whether the holder's own exam the exception ``u`` names (要本人考试, or 须本人 + 考试) is
    asked and waived in one answer (``_WAIVED_ON_ASKING``): read on the normalized text, where a
    question keeps its particle (要本人考试吗。不用), and on the original, where a bare question
    mark (要本人考试？不用) is lost to normalizing. Only the exam: an office's FAQ may waive the
    holder's trip (需本人到场吗？不需要，可网上办理)."""
    for m in (
        _WAIVED_ON_ASKING.match(s, u.end),
        _WAIVED_ON_ASKING.match(text, n.span(u.start, u.end)[1]),
    ):
        if m is not None and ("考" in u.term or m.group("exam")):
            return True
    return False


#: (session 35, helper reports) Before a forgery word, a seller disowning it (别信外面那些假证，我们
#:代办的会计证书学信网能查; 不是假证; 拒绝假证): the forgery is the rivals', not the candidate's
#: excuse; unless a warning or a report follows it in reach (别信那些假证，都是骗人的).
#: (session 59, rivals) The rivals are the shared ones (``context.RIVAL_WORDS``: 同行, 人家, 别的店 and
#: 其他机构 were missing) and this reading's own places (外边, 市面上, 网上) and bare 其他 / 其它
#: (其他的假证, 其它那些假证), read ``_DISOWN_BACK`` characters back: the longest denial, rival and
#: demonstrative (绝不是其他培训机构那些).
_DISOWN_PLACES = "外边|市面上|网上|其他|其它"
_DISOWN_RX = recache.compile(
    "(?:不是|并非|绝非|绝不是|拒绝|别信|不要信|别买|不做|不卖|不办)"
    "(?:" + RIVAL_WORDS + "|" + _DISOWN_PLACES + ")?(?:的|那些|那种|这种|那|这些)?$"
)
_DISOWN_BACK = 11
_DISOWN_STOP = recache.compile("骗|违法|犯罪|报警|无效|坐牢|处罚|警惕|查处")
#: Before an exception word, a seller's guarantee (包查验, 包学信网查验, 保验证): the promise
#: that a check will pass, not the checker's own act that the exception (查验, 验证) stands for.
_GUARANTEE_RX = recache.compile("[包保](?:学信网|学信|官网|网上|系统)?$")
#: (issue 9, session 48, left) After 官方 / 官网, the seller's boast that the card shows on the
#: register (教师资格证 官方系统可查 直接办; 官网能查到): a claim about the card sold, not the office's
#: own channel that the exception 官方 stands for (通过官方渠道报名).
_VOUCHED_AFTER = recache.compile(r"(?:系统|网站|平台|网)?(?:可查|能查|可以查|查得到|可验证)")
#: (issue 9, session 49, left2) After 不存在, the seller's reassurance (办证不存在任何风险, 不存在
#: 查不到的问题): the risk or the trouble the buyer fears denied, not the trade (不存在免考渠道).
_NO_RISK_AFTER = recache.compile(
    r"(?:任何|什么|一点)?(?:风险|隐患|后顾之忧|后患|查不到的(?:问题|情况)|(?:被)?查的风险"
    # (issue 9, session 64, review98) or the failing itself denied (不存在考不过的情况，电工证包过;
    # 不存在任何考不过的情况，包过，私聊): the pass vouched, never the office's 不存在考不过也能拿证的
    # 情况 (the paper without the exam denied)
    r"|(?:考不过|考试不过|过不了|通不过|没过|挂科)(?![^，,。；;！!]{0,8}?(?:也|还|照样|一样|照常|仍)))"
)
#: (issue 9, session 71, sold6) The seller vouching for itself with a warning word: 坑人 / 骗人 right
#: after its own 不 (电工证懂的都懂，不坑人，要的私我; 绝对不坑人; 从不骗人), or 不可能 before the failure the
#: buyer fears (不可能查不到 / 不可能有问题). A warning names the cheat (说不用考的都是坑人; 坑人的中介太多)
#: or denies the trade (不可能不考就拿证), and keeps the candidate silent.
_SELF_VOUCHED_TERMS = ("坑人", "骗人")
_NO_FAILURE_AFTER = recache.compile(r"(?:查不到|有问题|出问题|出事|作废|失效|掉证)")
#: (second reading) not when another's claim is quoted (卖证的都说不坑人, 号称不坑人) nor when it names a
#: kind of shop (不坑人的培训机构不多)
_VOUCH_QUOTED = recache.compile(r"(?:说|称)$")
#: (issue 9, session 78, miss1) ... but 的 run on into the seller's 放心 names no kind (不违法的放心，有人帮你考)
_VOUCH_MODIFIES = recache.compile(r"的(?!放心)[^\s，,。；;！!？?…~～]")
#: (issue 9, session 75, seller2) ... and the law word after the seller's own 不 (焊工证代考不了，有人帮你考，
#: 不违法，放心; 绝对不犯法): the trade vouched lawful, no warning. Not a belief or a claim named within a
#: few characters before it (他以为找人代考不违法，结果…; 有人说代考不违法，这是误导), not asked (代考不违法吗？),
#: not a kind named (不违法的培训机构): a warning or a verdict elsewhere in the line still counts.
#: (issue 9, session 76, consol1) The law words, one list for the vouch and for the way round judged
#: (``_WAY_ROUND_JUDGED``: 放水是违规的): the vouch lacked 违规, a warning term too, so the seller's
#: 代考不了，有人帮你考，不违规，放心 was silenced by its own reassurance while 不违法 fired.
_LAW_WORDS = ("违法", "违规", "犯法")
_SELF_VOUCHED_LAW = _LAW_WORDS
_LAW_VOUCH_HELD = recache.compile(r"以为|认为|觉得|说|称|听信|相信|问")
_LAW_VOUCH_REACH = 12
_LAW_VOUCH_ASKED = recache.compile(r"[的了]?(?:吗|么|嘛|呢|吧|？|\?)")
#: (issue 9, session 77, review196) The vouch scorned (找人代考？不违规才怪; 不违法才有鬼): the writer says the
#: opposite, a warning. consol1 gave the vouch 违规, so the sarcasm a school writes with it read as the seller's
#: reassurance (training-ads EF-101) as 不违法才怪 already did.
#: (issue 9, session 78, review201) ... and its neighbours (不违规那才怪, 不违法就见鬼了, 才见鬼): review196's
#: 才怪 / 才有鬼 / 就怪了 left them the seller's vouch (training-ads EF-101, the default pack's EF-001).
_LAW_VOUCH_SCORNED = recache.compile(r"(?:那|这)?才(?:怪|有鬼|见鬼)|就(?:怪|见鬼|有鬼)了")
#: (issue 9, session 78, review201) The question read in the original text after the law word, a space before
#: the mark allowed (代考不违规 ？天方夜谭): review196's flag read the mark right after the word only.
_LAW_VOUCH_ASKED_TEXT = recache.compile(r"\s*[的了]?(?:吗|么|嘛|呢|吧|？|\?)")
#: (issue 9, session 76, review187) The 不 of the A-not-A question (违不违法, 犯不犯法) is no vouching:
#: 找人代考违不违法，看看那些被取消成绩的考生就知道 asks the law and keeps its warning. Unless the writer
#: answers it 不违法 right after (焊工证代考违不违法？不违法，有人帮你考): the straw man of its own vouching,
#: which that answer's 不违法 is read as (not asked, no kind named: 不违法的只有本人参加 is the office's).
_LAW_VOUCH_A_NOT_A = ("违", "犯")
#: (issue 9, session 77, review192) The answer in the seller's other words too: 不违规 (the law words are one
#: list, ``_LAW_WORDS``, since consol1 added 违规 the same round; 违不违规？不违规，有人帮你考 was silent),
#: 放心，不违法 / 一点也不违法 / 绝不违法 / 不会违法 / 不算违法, and 合法合规 closing its clause. Not the
#: lawyer's or the reporter's answer: 不违法才怪, 不违法是不可能的, 不违法那是骗人的 (a verdict on it within a
#: few characters), 不是违法，是犯罪 (是 is not read), 合法的只有本人参加 / 合法途径 (合法 naming the lawful way).
#: (issue 9, session 78, miss1) The answer's 的 run on into the seller's 放心 (违不违法？不违法的放心，有人帮你考)
#: names no kind: only 的 before another word does (不违法的培训机构).
_LAW_VOUCH_ANSWERED = recache.compile(
    # (issue 9, session 78, review198) 放心吧 / 放心好了 / 放心啦 before the answer, 百分百 / 百分之百 / 十分 /
    # 非常 before it (违不违法？放心吧，不违法; 百分百合法): the seller's reassurance left the answer unread
    r"[？?，,。！!\s]*(?:放心(?:吧|好了|啦)?[，,！!\s]*)?"
    r"(?:当然|肯定|绝对|完全|根本|一点都|一点也|绝|并|从来|百分百|百分之百|十分|非常)?"
    r"(?:不(?:会|算)?(?:"
    + "|".join(_LAW_WORDS)
    + r")(?![的了]?(?:吗|么|嘛|呢|吧|？|\?))(?!的(?!放心)[^\s，,。；;！!？?…~～])"
    r"(?![^，,。；;！!？?\s]{0,4}?(?:才怪|不可能|骗|是假|假的|谎|胡说|瞎说|误导))"
    r"|(?:合法|合规)(?:合法|合规)?[的啊哦呀]?(?=[，,。；;！!\s~～…]|$))"
)


#: (issue 9, session 77, review192) The seller's 不 right before the law word, or 不会 / 不算 (找人代考不会违法;
#: 违不违法？不算违法，有人帮你考): the 违法 after 会 / 算 was a warning of its own and kept the answer silent.
_LAW_VOUCH_NOT = recache.compile(r"不(?:会|算)?$")


def _law_asked_end(s: str, w: Match) -> int | None:
    """(issue 9, session 77, review192) Where the A-not-A question on the law word ``w`` ends, or None
    when ``w`` is not in one: 违不违法 (review187), and the full form 违法不违法 (either of its two law
    words), whose second 违法 after its own 不 was read as vouching only when not asked, so the
    seller's 违法不违法？不违法，有人帮你考 stayed silent on the first."""
    t = w.term
    if w.start > 1 and s[w.start - 2 : w.start] == t[0] + "不":  # 违不违法
        return w.end
    if w.start > len(t) and s[w.start - len(t) - 1 : w.start] == t + "不":  # 违法不[违法]
        return w.end
    if s.startswith("不" + t, w.end):  # [违法]不违法
        return w.end + 1 + len(t)
    return None


def _self_vouched(s: str, w: Match, asked: bool = False) -> bool:
    """True when the warning word ``w`` is the seller's own reassurance (不坑人, 不可能查不到), not a
    warning (issue 9, session 71, sold6). ``asked``: the original text asks the law word right after it
    (代考不违规？), whose question mark the normalized ``s`` has made a full stop (session 77, review196);
    asked, the word vouches only when the writer answers it so at once (session 78, review201)."""
    if w.term in _SELF_VOUCHED_LAW:
        asked_end = _law_asked_end(s, w)
        # 违不违法 / 违法不违法 asked: vouching only when answered so at once
        if asked_end is not None:
            return _LAW_VOUCH_ANSWERED.match(s, asked_end) is not None
        held = _LAW_VOUCH_HELD.search(s, max(0, w.start - _LAW_VOUCH_REACH), w.start) is not None
        q = _LAW_VOUCH_ASKED.match(s, w.end)
        if asked or q is not None:
            # (session 78, review201) asked in other words (代考不违法？ / 代考违规吗？): vouching, as the
            # A-not-A question above, only when the writer answers so at once (不违法？不违法，有人帮你考;
            # 违规吗？不违规; 不违规？放心，一点也不违规): review196's flag left that seller silent
            return not held and _LAW_VOUCH_ANSWERED.match(s, q.end() if q else w.end) is not None
        return (
            _LAW_VOUCH_NOT.search(s, max(0, w.start - 2), w.start) is not None
            and not held
            and _LAW_VOUCH_SCORNED.match(s, w.end) is None
            and _VOUCH_MODIFIES.match(s, w.end) is None
        )
    if w.term in _SELF_VOUCHED_TERMS:
        if not (w.start > 0 and s[w.start - 1] == "不"):
            return False
        if _VOUCH_QUOTED.search(s, max(0, w.start - 4), w.start - 1):
            return False
        return _VOUCH_MODIFIES.match(s, w.end) is None
    return w.term == "不可能" and _NO_FAILURE_AFTER.match(s, w.end) is not None


#: (issue 9, session 53, left13) Or 不存在的 answering the buyer's worry about the refund asked
#: just before it (没过不退钱？不存在的，…全额退): the seller denies the worry, then pledges the
#: refund (``_REFUND_PLEDGED``). A school that refuses the refund (不存在的，开课后一律不退) or denies
#: the pass (报了就能过？不存在的) names no pledge after it.
_WORRY_ASKED = recache.compile(
    r"(?:不退|不给退|退不了|不退还)(?:钱|款|费|学费)?(?:吗|么|呢)?[。？?!！\s]*$"
)
_REFUND_PLEDGED = recache.compile(
    r"的?[。，,！!\s]*(?![^。]{0,16}?不退)[^。]{0,16}?(?:全退|全额退|退全款|原路退|如数退|退还全部)"
)
#: (issue 9, session 56, review30) The buyer's fear of the cheat answered by the seller's own trust
#: device right after it (怕被骗的可以先看往期样本, 担心被骗的话可以先付一半, 怕上当的朋友拿到证再
#: 付款): 被骗 / 受骗 / 上当 there is the worry the seller waves away, not a cheat reported. The fear
#: is read right before the word (``_FEAR_BEFORE``), the device right after it (``stance.TRUST_DEVICE``): a
#: sample or the card seen first (or sent: 我们可以先发样本给你看), part paid first, the rest paid on
#: the card, a third party holding the money (走担保交易; session 56, left20). A notice sends the
#: worried reader to an office or a hotline (怕被骗的市民可以拨打12345核实, 先登录官网查询) and
#: offers no such device, so it keeps its warning; other warning words beside it still count.
#: (issue 9, session 56, left19) The seller's own wager on its word: the lie as the condition of
#: a refund it pledges right after (焊工证包过，骗人的话全额退款; 说的是假的话退双倍学费; 要是骗人全额
#: 退款): 骗人 / 是假的 there is the hypothesis the seller bets its money against, not a cheat
#: reported. Only with the conditional 的话 or a 要是 / 如果 / 若 / 假如 right before, and a refund or
#: a payout pledged within a few characters after; 骗人的，考不过也不会退款 (no condition) and 骗人
#: 全额退款是常见话术 (no conditional) keep their warning.
_LIE_WORDS = frozenset({"骗人", "是假的"})
_LIE_IF_BEFORE = recache.compile(r"(?:要是|如果|若是|假如|若)$")
#: (session 57, review34) 是 / 都是 / 就是 right before 骗人 makes 骗人的话 a noun, deceitful talk
#: named (包过是骗人的话，退款承诺也不可信), not the hypothesis of a wager; 要是 / 若是 / 如果是 /
#: 假如是 are the conditional's own 是.
_LIE_NAMED_BEFORE = recache.compile(r"(?<![要若果如])是$")
#: (session 57, review38) The conditional may open the lie's clause a few words back, with the
#: seller, its card or the buyer's finding as subject (如果是骗人的; 假如是骗人的; 如果我们是骗人
#: 的; 要是证是假的; 如果发现是骗人的): only those subjects, so a warning's 如果有人说包过就是骗人的
#: (the condition is what someone says) is no wager. Read over ``_LIE_IF_REACH`` characters.
_LIE_IF_CLAUSE = recache.compile(
    r"(?:要是|如果|若是|假如|万一"
    # (session 58, review40) or a bare 若 before the seller as subject (若我们是骗人的)
    r"|若(?=我|本|咱))"
    r"(?:我们|我|本店|本校|咱们|咱家|我家|这边|您?发现|你发现|查出|查到|验出)?"
    # (session 58, review40) what the seller says or sells as the subject (如果我们说的是假的;
    # 要是我们办的证是假的)
    r"(?:说的|讲的|办的|卖的|出的|发的)?"
    r"(?:的?证书?|的?证件)?是?$"
)
_LIE_IF_REACH = 9
#: (session 57, review38) The refund doubted right after it (若是骗人的，全额退款也只是空话; 退款的
#: 承诺都是话术): a warning about the seller's wager, not the wager.
_PLEDGE_DOUBTED = recache.compile(
    r"[^，,。；;！!？?\n]{0,8}?(?:空话|没用|不可信|不能信|话术|套路|骗|噱头|幌子|难|别信|不要信)"
)
_LIE_PLEDGE = recache.compile(
    # (session 57, review38) the condition may close with a bare 的 (要是骗人的，全额退款)
    r"(?:(?P<cond>的?话)|的)?[，,]?(?:我们|本校|我)?(?:学费|全款|费用|钱)?"
    # (session 58, review40) the refund pledged unconditionally or as 包退 (如果证是假的，包退包换;
    # 如果是骗人的，无条件全额退款)
    r"(?:无条件|包)?"
    r"(?:全额|全部|全|双倍|加倍|十倍|三倍|如数)?(?:退|赔|返还)"
)
#: (issue 9, session 56, left20) 不包过不收费 / 不包过的话全额退款 / 不包过学费一分不要: the 不 of
#: a pass promise followed at once by the money coming back is the condition of a refund-on-fail
#: pledge (没包过就不收费 = 考不过不收费), no denial. A school's real denial goes on to its own
#: terms (不包过，凭自己本事考; 不包过也不退费; 不包过，不保证通过): no refund word follows, or
#: the refund itself is refused (不退费), so it keeps its 不. (session 57, review34) The money word
#: must close its clause, the money it names at most after it: a school's own terms after the
#: denial name another fee or go on to the refund's rules (不包过，不收押金; 不包过，不收中介费; 不包过，
#: 退费按开课时间计算; 不包过，可退费的情形见须知), no pledge on failing; a listing's contact may
#: follow with no stop (不包过退款加v…).
#: (session 57, review38) The money named as not a cent, before or after the word (不收一分钱, 一分
#: 都不要, 分文不收) or the whole fee after the refund (退还全部学费), as before review34's closing
#: of the clause: 不包过不收一分钱 had gone silent; 一分钱都不退 is still refused, no pledge.
#: (session 58, review40) And in other words: a dime (一毛钱都不收), the buyer or any fee named (不收您一分
#: 钱; 不收任何费用), nothing to spend (一分钱都不用花), the whole payment back (全款退还); the fee must still
#: close the clause (不收任何费用以外的押金 is the school's terms).
_FAIL_REFUND = recache.compile(
    r"(?:的话)?[，,]?(?:就|则|可)?[，,]?(?:学费|费用|报名费|培训费|全款|钱)?"
    r"(?:全额|全部|全|一分钱?|一毛钱?|分文)?(?:都|也)?"
    r"(?:不收|不要|不取|退还|退|全退|不用花|不花)(?:全部|全额)?"
    r"(?:(?:您|你)?(?:任何)?(?:学费|费用|全款|报名费|培训费|一分钱?|一毛钱?|费|钱|款))?"
    r"[的哦了呢啊呀]{0,2}(?=$|[，,。；;！!？?\s、）)”\"」~～vVqQ0-9]|加|私|联系|电话|微|咨询|报名)"
)
#: (issue 9, session 58, left24) The refund-on-fail pledge a clause after the denied pass, its
#: failure named with a 的 (焊工证不包过，只是没考过的学费全退; 不包过，不过没通过的全额退费; 不敢说包过，
#: 没拿到证的全部退钱): the pledge the denial pretends away, as left19's ``_FAIL_REFUND_TURN`` reads it
#: after a disclaimer. The refund must follow the failure word; a refund before class (开课前退出的
#: 学费全退), a free make-up exam (没考过的可免费补考) or a fee kept (没通过的学费不退) is no pledge.
_FAIL_REFUND_AFTER = recache.compile(
    r"[，,；;\s]+(?:(?:但是?|可是?|不过|只是)[，,\s]*)?[^。！!？?\n，,]{0,8}?(?:考试)?"
    r"(?:不通过|没通过|未通过|没过|没考过|考不过|没考上|没拿到证|没拿证|挂科|挂了)的"
    r"(?:学员|同学|考生)?[，,]?(?:学费|费用|全款|报名费|培训费)?(?:全额|全部|全|如数)?"
    # (session 58, review43) a 退 that is no refund: the learner leaving (没通过的退出培训须申请),
    # sent back to retrain (没拿到证的退回重新培训一次), or the refund sent to the rules or the
    # contract (没考过的退费按国家规定执行): the school's terms
    # (session 59, review48) nor the learner quitting (没通过的退学手续按学校章程办理; 退学费 is a
    # refund) nor the fee returned by the contract (费用退还按照合同约定执行)
    r"(?:退(?!出|学(?!费)|回重|回去|[费款钱还]{1,2}(?:按|依|须|需|要按))|返还)"
)
#: (issue 9, session 61, review64) The skip the crowd or a picked-out shop calls impossible (很多人说
#: 电工证不能免考, 那些店说没法免考), answered at once in the writer's own name with its can-do (，我们
#: 就能，加v …; ，找我就能; ，本店真能办): the negation is the hearsay's, the writer's answer sells.
#: The can-do must stand alone or run into the skip itself (能 / 可以 + a clause mark, 免考, 不用考, 办,
#: 拿证, 包过, 直接拿), so a school's 我们也不能 / 我们可以帮你报名考试 / 我们可以免费帮你复习 / 本校
#: 能包教包会 / 我们能办理报名手续 keeps the negation.
_HEARSAY_NEG_BEFORE = recache.compile(
    # (session 61, review69) and everyone's word (大家都说电工证不能免考，我们就能，vx …)
    # (session 62, review74) and 大伙 / 人人 (大伙都说焊工证不能免考，我们能，加v …)
    r"(?:(?:很多人|好多人|许多人|不少人|好些人|有些人|有的人|有人|网上|大家|大伙儿?|人人|别人|别家|外面"
    r"|(?:那些|有的|有些|某些|一些)(?:店|平台|机构|中介))都?"
    # (session 61, left32) the crowd left unnamed, opening its clause (都说焊工证没有包过的)
    # (session 62, review74) the word going round (都在传; 大家都在说)
    r"|(?:^|(?<=[。，,！!？?\s]))都)在?(?:说|讲|称|传)[^。，,！!？?]{0,12}$"
)
_HEARSAY_NEG_OUTBID = recache.compile(
    # (session 61, review69) the answer after an exclamation or a full stop as after a comma
    # (很多人说电工证不能免考！我们就能！加薇 …), and in the writer's 我这 (，我这就能，vx …)
    # (session 62, review74) or after a space or an ellipsis, which normalizing drops (很多人说电工证
    # 不能免考 我们就能 加v …: 不能免考我们就能加v); the writer's names are ``stance.OWN_NAMES``
    # (咱这就能; 俺们就能), the lead's one list
    r"[^，,。！!？?]{0,4}?[，,。！!]?\s*(?:只有|其实|但是?|不过|可是)?在?"
    r"(?:(?:" + OWN_NAMES + r")(?:这边|这里|这儿|这|边|里|儿)?"
    r"|(?:找|来)(?:我们|我)(?:这边|这里|这)?)"
    r"(?:这边|这里|这儿|这)?(?P<adv>就|真|都|照样|偏偏|却)?"
    r"(?:(?:能|可以)"
    # (session 62, review74) the card or the errand as the clause's end, not as the learners' own
    # pass (我们能拿证是因为老老实实学了三个月) or a school's class (我们可以办夜校); the call run
    # straight on once the space is gone (我们就能加v)
    # (session 62, review79) nor a school's student card (我们可以办学员证) nor the learners' 拿证
    # explained in the next clause (我们能拿证。靠的是认真学习)
    r"(?=[，,。！!\s]|$|免考|免试|不用考|不考|办(?![理报]|学员|学生|准考|听课|出入)"
    r"(?=[，,。！!\s]|$|[^，,。！!\s]{0,3}证)"
    # (a chat id after the call: 加微信群一起复习 is a study group, no call)
    r"|拿证(?=[，,。！!\s]|$)(?![，,。！!\s]*(?:全?靠|是?因为|凭))|包过|包拿|直接(?:拿|出|下|办)"
    r"|加(?:vx|v|wx|微信?|薇信?|威信?)[：:\s]*[a-z0-9]|私我)"
    # (session 61, left32) or the pledge itself in the writer's place (在我们这就包过)
    r"|是?(?:包过|保过|包拿证)(?=[，,。！!\s]|$))"
)
#: How far before the negated candidate the hearsay's frame is read.
_HEARSAY_NEG_REACH = 22


def _hearsay_outbid(s: str, start: int, end: int) -> bool:
    """Whether the negated candidate ``s[start:end]`` stands inside hearsay (``_HEARSAY_NEG_BEFORE``)
    the writer outbids right after it (``_HEARSAY_NEG_OUTBID``). (session 61, left32) With no
    hearsay the outbid must be contrastive and bare (电工证不能免考，我们就能，加v …): the rule
    stated and at once broken in the writer's name; a school's 我们就能帮你考过 has no bare can-do."""
    m = _HEARSAY_NEG_OUTBID.match(s, end)
    if m is None or _OUTBID_TO_EXAM.search(s, m.end(), m.end() + _OUTBID_TO_EXAM_REACH):
        return False
    if _HEARSAY_NEG_BEFORE.search(s, max(0, start - _HEARSAY_NEG_REACH), start) is not None:
        return True
    return m.group("adv") in _BARE_OUTBID_ADVERBS and _BARE_OUTBID_END.match(s, m.end()) is not None


#: (session 62, review79) The exam in person named right after the can-do (本中心可以，提供正规培训，
#: 考试本人参加; 我们能，考试须本人到场): the school's own route, no skip sold. The seller's 不用本人 /
#: 无需本人 is no such word.
#: (session 63, review83) The exam or the attendance itself must follow 本人 (须本人参加 / 本人到场 /
#: 须本人考): a seller's 要本人身份证就行 / 需本人签字即可 / 须本人提供照片 asks papers, not the exam;
#: 本人参加不了也行 / 本人亲自来一趟拍照就行 waives it in the same clause; 免 / 勿 / 毋 / 甭 / 免去 /
#: 用不着 / 毋须 before 本人 waive it as 无需 does.
_OUTBID_TO_EXAM = recache.compile(
    r"(?:(?<![无不免用需勿毋甭着去])(?:须|必须|需要?|要|应当?)本人(?:亲自)?(?:参加|到场|参考|考|去考|来考)"
    r"|(?<![用需必不要无免勿毋甭着去])(?<![无毋勿不]须)本人(?:亲自)?(?:参加|到场|参考|去考|来考))"
    r"(?![^，,。！!？?\s]{0,12}?(?:不了|不用|不必|也行|也可以|就行|即可|走过场|走个过场))"
)
_OUTBID_TO_EXAM_REACH = 20


#: The contrastive adverbs a bare outbid needs (我们就能 / 我们偏偏能), and the clause ending right
#: after the can-do (，我们就能，加v; 我们照样能。): no verb after it to make it a school's help.
_BARE_OUTBID_ADVERBS = frozenset({"就", "照样", "偏偏", "却"})
_BARE_OUTBID_END = recache.compile(r"[，,。！!\s]|$")


#: (issue 9, session 62, review75) The writer's correction opening right before a warning word
#: (其实一律要考; 实际上都要考): read with ``stance.correction_sold``.
_CORRECTION_BEFORE = recache.compile(r"(?:其实|实际上|事实上)[，,\s]*$")


#: (session 58, left24) The writer's own question on the promise answered no right after its mark
#: (我们承诺包过吗？不，我们不承诺，只承诺课时足…): a school's FAQ. The answer is a bare no (不，/ 不是。/
#: 当然不，) or goes on to deny it in the school's name (不，我们不承诺); the question is read on the
#: original's mark (``_turned`` reads it the same way). (session 58, review43) The no may repeat
#: the question's verb (答：不保证，/ 不包，/ 不敢包，/ 不能保证，): the same answer. (session 59,
#: review48) 担保 too (问：你们担保包过吗？答：不担保，…).
_ASKED_NO = recache.compile(
    # (issue 9, session 64, qa1) under a FAQ's other answer labels too (答复：/ 回答：/ A：/ 【答】)
    r"[^。，！!？?]{0,2}?[吗么嘛](?P<mark>。)[。！!\s]*(?:(?:答复|回答|答|a|ａ)[:：]?\s*|【(?:答|回答)】\s*)?"
    # (issue 9, session 63, review88) and the rhetorical 哪有 / 哪里有 (包过吗？答：哪有包过的，考试靠
    # 自己), with the thing denied named as a thing (没有包过的，; 哪里有包过这回事，; 哪有包过一说，)
    r"(?:当然|绝对|肯定)?(?:不是|不会|不能|不可能|没有|哪有|哪里有|不)"
    # (session 62, review75) not the failing denied (答：不可能不过的; 不会考不过; 没有不包过的): the
    # double negation is the promise asked for
    r"(?!(?:考试?)?不过|不[包保]过|没过|挂|过不了)"
    r"(?:(?:敢|能)?(?:保证|承诺|担保|包过|保过|包)?(?:的|这回事|一说|这种说法)?[，,！!。]"
    r"|(?:我们|本校|本中心|本机构|我校)?(?:不|没|从不|从未|绝不))"
)
#: (session 58, review43) …but a bare no followed in its clause by a stronger promise (包过吗？不，
#: 是稳过！; 不，我们包拿证) is the seller's play on the question, no answer: the promise words read
#: after the no, each not denied in the four characters before it (不，我们不包过 still answers no).
_STRONGER_AFTER = recache.compile(
    r"稳过|必过|保过|包过|包拿证|包下证|包拿本|包证|一定过|肯定过|百分百"
)
_STRONGER_DENIED = recache.compile(r"[不没别]")
#: How far before a question's 拿吗 its asked words are read for ``stance.own_reply`` (a dare).
_OWN_REPLY_ASKED = 12
_OWN_REPLY_AFTER = 40
#: (issue 9, session 65, review101) …nor a no that goes on, in its sentence, to serve whoever wants
#: the thing done in private (电工证包过吗？当然不能，想办的评论区扣1私发; 肯定不能，要办的私聊): the
#: seller's wink, as ``stance._PLAIN_DENIED`` reads it. A school's call asks who wants to learn or
#: enrol (当然不能，想学的报名加微信 …; 想报名培训的扣1) and has no 想办 / 要办 in it.
_NO_SERVED_AFTER = recache.compile(
    r"[^。]{0,8}?(?:想办|要办|需要办|想要的|(?<![需想])要的)(?!证?的?(?:请|须|必须|得|只能)?(?:到|去|报名|参加))"
    r"[^。]{0,8}?(?:扣[1一]|私发|私聊|私我|私信|加[vV微威薇]|滴滴|找我)"
)

_FEAR_BEFORE = recache.compile(r"(?:怕|担心|担忧|顾虑)$")
#: (session 57, review34) The buyer's fear may be of a fake card rather than of the cheat (怕是假
#: 的可以先验证后付款, 担心不是真的可以先看样本): the same worry waved away by the same devices, but
#: only with the fear opening its clause (``_FEAR_OPENS``): after a noun 怕是 is "probably" (网上卖
#: 的免考证怕是假的，可以先看样本再决定 is a buyer musing) and 我怕 / 我担心 the writer's own fear.
_FEAR_WORDS = frozenset({"被骗", "受骗", "上当", "是假的", "不是真的"})
_FEAR_FAKE = frozenset({"是假的", "不是真的"})
_FEAR_OPENS = recache.compile(r"(?:^|[，,。！!？?；;：:\s])(?:怕|担心|担忧|顾虑)$")
#: (issue 9, session 49, left2) A past year's paper (往年真题, 历年, 去年的) excuses a paper handed
#: over as public, but not denied (押的是今年的原题，不是那种往年真题): the seller says its paper is
#: this year's, the exam fraud itself, whether or not a contact stands beside it.
_PAST_YEARS = ("往年", "历年", "去年", "前年", "以往")
_NOT_THE_PAST = recache.compile(r"(?:不是|并非|绝非|而非|可不是)(?:那种|这种|那些|这些|什么)?的?$")
# (issue 9, fourteenth shift) 需 (需提供, 需本人) excuses a requirement, but 有需要的加我 / 需要的朋友
# 找这个老师 is the seller's call on the reader.
_CALL_AFTER = recache.compile(
    "需要的(?:朋友|同学|姐妹|兄弟|老乡|可以|可|就|加|找|联系|私|留言|扣|滴|戳|打|直接|请)"
)
#: (issue 9, session 50, packs2) A question word excuses a buyer's how-to question (健康证怎么办,
#: 哪里出, 多少钱) only in the candidate's own turn: in a shop chat the shop's greeting (客服：请问办什么)
#: or the buyer's next question (买家：怎么付款) is another speaker's, a role label between them.
_ASK_UNLESS = frozenset({"怎么", "哪里", "在哪", "什么", "多少钱", "多久"})
#: (the normalizer drops the label's colon and ends each line with 。: a turn reads 。买家我要…)
_ROLE_LABEL = recache.compile(
    r"(?:^|[。！？\n])(?:卖家|客服|商家|掌柜|店家|店主|买家|顾客|客户|买方)"
)
#: (session 50, review7) ... so the colon is read in the original text, right after the label's
#: last character (separators allowed: 客 服 ：): a clinic's answer opening with its customers
#: (多久？顾客体检完三天出证) is no turn of a chat.
_LABEL_COLON = recache.compile(r"[\s*⭐\u200b\u200c\u200d\x00·_\-]{0,2}[：:︰﹕]")


#: (issue 9, session 54, reports5) A lawful route prescribed (须到指定医疗机构体检, 必须到体检中心,
#: 应当到发证机关): a guide's or a warning's instruction, which a seller never gives.
#: (not the negated 无需到, 不必去, 不用到: that is the seller's skip)
_PRESCRIBED = recache.compile(
    r"(?<![无不免毋])(?:必须|须|应当|应|需要|需|请)(?:本人)?(?:到|去|前往|在)$"
)


def _prescribed_from(s: str, at: int, lo: int, b: int) -> int:
    """Where a skip word can break the lawful route at ``s[at:]``: from ``lo`` as a rule, but
    from the start of the route's own sentence when the route is prescribed (……无需体检，当天取证。
    办理健康证须到指定医疗机构体检): the skip in the sentence before is the trade's claim the
    guide quotes and then corrects. Only where the candidate (ending at ``b``) reaches into the
    route's sentence: a paper sold whole in the sentence before is no paper the guide names. A
    skip after the route, or in its sentence, still breaks it."""
    if not _PRESCRIBED.search(s, max(0, at - 5), at):
        return lo
    start = max((m.end() for m in _SENTENCE_END.finditer(s, max(0, lo), at)), default=lo)
    return max(lo, start) if b > start else lo


def _role_label(n: Normalized, text: str, lo: int, hi: int) -> bool:
    """Whether a chat's role label with its colon (买家：, 客服:) starts a turn in ``n.text[lo:hi]``."""
    for m in _ROLE_LABEL.finditer(n.text, lo, hi):
        if _LABEL_COLON.match(text, n.orig(m.end() - 1) + 1):
            return True
    return False


# A graduate's own chat (拿到了, 到手了, 入职) excuses a diploma named near it, unless the story says
# it was paid for or arranged through someone (花了八千块钱拿到了本科毕业证, 托人办的, 找人弄的):
# a bought diploma is no graduate's news but a shill's testimonial.
_CHAT_WORDS = frozenset({"拿到了", "到手了", "入职", "出来了", "出来啦", "下来了", "领到了"})
_BOUGHT = recache.compile(
    "花了?[0-9一二三四五六七八九十百千万两几]+(?:块|元|万|千|w)|花钱|托人|找人(?:办|弄|做|搞)"
    "|交了[0-9一二三四五六七八九十百千万两几]+"
)
#: A breaker the writer rules out (不涉及任何资格证书, 不做毕业证, 非职业资格证书): see _broken.
#: (session 49, review5) The negation governs the breaker itself, with at most a quantifier
#: between: 不做假证 资格证书 (the seller's stock reassurance, then its catalogue) and 非标 资格证书
#: (a print shop's non-standard size) rule nothing out.
_NEGATED_BREAKER = recache.compile(
    r"(?:(?:不涉及|不含|不包括|不做|不接|不提供|不印)(?:任何|各类|各种|相关|一切)?的?"
    r"|非(?:职业|国家)?)\s*$"
)
#: (issue 9, session 56, review30) Or a plain denial right before a promise breaker (不包过, 不保过,
#: 不免考): the school rules the promise out (到当地应急管理局指定的培训机构报名，不包过), it does not
#: make it; read only before a breaker opening with 包 / 保 / 稳 / 免 (``_PROMISE_HEADS``).
#: (session 56, review31) The denial may govern a verb of promising or of offering with the
#: promise its object (我们不承诺包过, 不能保证包过, 本校从不搞包过, 没有包过一说, 不存在免考): a
#: school ruling it out all the same. 不是 is no such denial (不是包过是稳过 makes the promise).
#: (session 56, review32) One denial for both readings (they were two patterns, and only
#: review30's carried a comma list on: 不免考，包拿证 ruled the seller's own 包拿证 out while 不包过，
#: 包拿证 did not). A plain denial governs the one promise it stands before: a list of denied
#: promises repeats its 不 (不包过、不免考). A modal before 保证 / 承诺 denies as 不保证 does
#: (不能保证包过, 无法保证包过, 不敢承诺包过). (The lead merged review31's and review32's lists.)
_DENIED_PROMISE = recache.compile(
    r"(?:不|不会|不能|不敢|不可能|绝不|从不|并不|决不|没有|没说|没|无|无法|没法|难以)"
    r"(?:承诺|保证|担保|搞|做|提供|存在|宣传)?$"
)
_PROMISE_HEADS = ("包", "保", "稳", "免")
#: (issue 9, session 56, fa9) A pass promise among an exception's own breakers, denied right
#: before it (不包过, 不能保过, 不承诺稳过, 没说包过): the school's denial, which a learner's question
#: (电工证包过吗？) draws, breaks no exception; only the bare promise is the seller's word.
_PASS_BREAKERS = frozenset({"包过", "保过", "稳过", "必过"})
#: (issue 9, session 70, review128) sold5's 100% breakers of GP-002's time-after-the-exam excuse
#: (百分百通过, 百分之百过) right after a wish (想 / 要想 / 如果想) and answered in the same clause by
#: the learner's own practice (想百分百通过只能多练; 要想百分百通过就得认真上课; 如果想百分之百通过，只能
#: 自己多刷题): a school's honest advice beside its 考试后一个月发证, no promise. The seller answers the
#: wish with itself (想百分百通过就找我们; 只能跟着我们学), which the gap forbids (我, 找, 报, 来, 跟).
_HUNDRED_BREAKERS = frozenset(
    {"百分百通过", "百分之百通过", "100%通过", "百分百过", "百分之百过", "百分百拿证", "100%拿证"}
)
_HUNDRED_WISH = recache.compile(r"(?:想|想要|要想|如果想|若想|要是想)$")
_HUNDRED_BY_PRACTICE = recache.compile(
    r"[，,]?\s*(?:只能|就得|只有|必须|还得|得|全靠|要靠|靠)[^，,。；;！!？?\n我找报来跟]{0,6}?"
    r"(?:多练|练习|刷|复习|认真|努力|下功夫|用功|背熟|做题|上课|听课|好好学)"
)
#: (session 56, review31) Or a breaker named as another's claim the writer warns against, right
#: after the claim's verb or the warning (对宣称免考、包过的中介不要轻信; 有人称加v即可免考，请勿上当;
#: 谨防所谓包过班; 不要相信声称稳过的广告): a regulator's answer quotes the seller's words, it does
#: not speak them. Only within the clause: a seller's 相信我们，包过 keeps its promise.
_CLAIMED_BREAKER = recache.compile(
    r"(?:宣称|声称|号称|自称|谎称|所谓|鼓吹|(?<![名昵尊相职堪])称|谨防|警惕|提防"
    r"|(?:不要|别|切勿|勿|不可|不能)(?:相信|轻信|信))[^，,。；;！!？?\n]{0,8}$"
)
#: ... and the rest of a list under that negation (不做资格证、技能证书、毕业证): only the list's
#: separators (and the tail of the breaker's word: 资格证书) between a breaker ruled out and the next.
_LIST_ON = recache.compile(r"[书件]?\s*(?:[，、/和及与或]|以及)\s*")
#: (issue 9, session 58, review43) A refund breaker the school sends to the rules or the contract
#: (退费按规定办理, 退款按合同约定执行, 按省物价局规定退费): a fee term, no refund on a failed exam.
_BY_THE_RULES = recache.compile(
    r"(?:按|依|按照|依照)[^，,。；;！!？?]{0,8}?(?:规定|合同|协议|约定)"
)
_BY_THE_RULES_BEFORE = recache.compile(
    r"(?:按|依|按照|依照)[^，,。；;！!？?]{0,8}?(?:规定|合同|协议|约定)(?:办理|执行)?$"
)
#: A refund right after an exception (保过 过不了全款退, 稳过 考不过就退): the exception opens the
#: seller's refund clause, it does not take the promise back (稳过不了 does).
_REFUND_AFTER = recache.compile("(?:就|包|可|免费|全额|全款)?(?:全退|退|重修|重学|重读|重考|复训)")


#: A denial earlier in the candidate's clause (我院从未与任何机构合作开展“包过”培训): what the
#: quotation names is what the writer never did, whatever phone the notice gives.
_DENIAL = recache.compile(
    r"(?:从未|从不|从来没有|从来不|并未|未曾|不存在|绝不|决不)[^，,。；;！？!?\n]*$"
)
_CLAUSE_REACH = 40
#: What may stand between a goods word and the sale word after it (题库书 一本, 证书套 便宜出 is
#: two apart and not read): one character that is no clause mark.
_GAP = recache.compile(r"[^，,。；;！？!?\n：:]")
#: A sale word goods are sold by (出售, 转让, 低价出); 代办 or 办证 handles a certificate, never a book.
#: (session 43, chat) a shop's shipping words sell goods as well (电工证考试题库 拍下当天发货; 叉车证考试
#: 教材 现货 包邮): shipped with the goods word written onto the certificate's name, a book is sent
#: (issue 9, session 53, left14) and the buyer's 直接买 (电工证考试辅导书能直接买吗？可以): the book bought
#: outright, as the paper bought outright is sold (sale_service's 直接买吗, 直接买一本)
_GOODS_SALE = recache.compile("出售|转让|卖|出|甩|清仓|处理|便宜|发货|包邮|现货|直接买")
#: What may stand between a certificate's name and the goods word written onto it (电工证考试辅导书).
_EXAM_WORD = "(?:考试|考证|培训|理论|实操|复审|考核|练习|学习|备考|复习|取证)"


#: (session 53, review19) The buyer's 直接买 with a measure word (sale_service / sale_plain: 直接买一张,
#: 直接买个) sells the paper only where the measure word ends the phrase (能直接买一张吗) or the
#: candidate's own certificate follows it (直接买一本焊工证): a noun of its own after it (直接买一张
#: 高铁票, 直接买个意外险) is what is bought, and the holder's paper beside it is no sale.
_BUY_MEASURE = recache.compile("直接买[一1]?[本个张]$")
#: What may follow the measure word and still leave the paper its object: a particle, an adverb of
#: the phrase, a mark or a space (直接买一张吗, 直接买个就行, 直接买一本，不用考).
_BUY_PHRASE_END = recache.compile(r"[吗呢吧啊呀嘛么哦就便也都还行了的\W]|$")


def bought_other(parts: list[Match], s: str) -> str | None:
    """The noun a candidate's 直接买一张 buys when it is not the candidate's paper (高铁票)."""
    for p in parts:
        if _BUY_MEASURE.search(p.term) is None or _BUY_PHRASE_END.match(s, p.end):
            continue
        if any(q.start == p.end for q in parts):
            continue  # 直接买一本焊工证: the paper bought
        return s[p.end : p.end + 3]
    return None


def denied(s: str, a: int) -> bool:
    """Whether a denial word stands earlier in the clause of normalized ``s[a:]``."""
    return _DENIAL.search(s, max(0, a - _CLAUSE_REACH), a) is not None


def quoted(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` sits inside a pair of quotation marks on its line.

    News and notices quote the sellers' words (所谓“包过”) while condemning them; ads put
    their hooks in brackets (【包过】), rarely in quotation marks.
    """
    if _straight_quoted(text, start, end):
        return True
    before = text[max(0, start - _QUOTE_REACH) : start]
    after = text[end : end + _QUOTE_REACH]
    opened = max(before.rfind(q) for q in OPEN_QUOTES)
    if opened < 0 or any(q in before[opened:] for q in CLOSE_QUOTES) or "\n" in before[opened:]:
        return False
    closes = [i for i in (after.find(q) for q in CLOSE_QUOTES) if i >= 0]
    if not closes:
        return False
    close = min(closes)
    return not any(q in after[:close] for q in OPEN_QUOTES) and "\n" not in after[:close]


#: (session 37, lead) A keyword the reader is told to type (回复“教资”获取课表, 私信"cpa", 备注
#: 「二建」): the seller's own call, with the word in quotation marks so the reader types it
#: exactly, not a quotation of someone's words. The verb stands right before the opening mark;
#: read only for a rule's scope word (the exam's name), never for the promise itself (有人回复
#: “包过” quotes the promise).
_KEYWORD_QUOTE = recache.compile(
    r"(?:回复|私信|私聊|私我|备注|发送|发|输入|搜索|搜|暗号|关键词|关键字|口令|评论|扣)[：:]?\s{0,2}"
    r"[\"“'‘「『]$"
)


def _keyword_quoted(text: str, start: int) -> bool:
    """Whether the quotation holding ``text[start]`` opens right after a reply or keyword verb
    (:data:`_KEYWORD_QUOTE`)."""
    lo = max(0, start - _QUOTE_REACH)
    opened = max(text.rfind(q, lo, start + 1) for q in (*OPEN_QUOTES, *STRAIGHT_QUOTES))
    return opened >= 0 and _KEYWORD_QUOTE.search(text, max(0, opened - 6), opened + 1) is not None


def _tail_quoted(text: str, start: int, end: int) -> bool:
    """True when a quotation opens inside ``text[start:end]`` and holds the rest of it: a term
    composed across the mark (驾照“包过”广告: 驾照包过; 什么证都能“办”: 都能办) quotes its promise
    or its service word as surely as one whose head is quoted."""
    opened = max(text.rfind(q, start, end) for q in OPEN_QUOTES)
    return opened > start and quoted(text, opened + 1, end)


def _straight_quoted(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` sits between a pair of straight quotation marks on its line."""
    for q in _STRAIGHT_QUOTES:
        close = text.find(q, end, end + _QUOTE_REACH)  # cheap first: most candidates have none
        if close < 0 or "\n" in text[end:close]:
            continue
        lo = max(0, start - _STRAIGHT_REACH, text.rfind("\n", 0, start) + 1)
        if q == "”" and "“" in text[lo:start]:
            continue  # a real pair of curly marks: read as usual
        if text.count(q, lo, start) % 2:
            return True
    return False


#: A paper named right after a word that says the buyer lacks it or need not bring it (学历不限,
#: 无需身份证, 不要学历): what the seller waives, not what the seller sells.
_WAIVED_BEFORE = recache.compile("(?:不限|无需|不需|不要|不看|不用|无)$")
_WAIVED_AFTER = recache.compile("不限|无要求|不要求|都行|均可")


@cache
def _far_rx(words: tuple[str, ...]) -> re.Pattern[str]:
    """(issue 9, session 68, scope3) One pattern per rule's ``unless_far`` words (a handful)."""
    return recache.compile(words_pattern({normalize_term(w) for w in words}))


@cache
def _words_rx(words: frozenset[str]) -> re.Pattern[str]:
    """One compiled alternation per word set: the rules that borrow CS-001's papers (GP-001,
    GP-002, GP-003) derive the same sets, and each copy of a few hundred words' regex costs
    the detector process memory it has little of."""
    return recache.compile(words_pattern(words))


#: (session 43, chat) A buyer's question (能办吗, 可以吗, 真的吗: warning words) answered yes at once by
#: the shop's own service in its voice (卖家：可以的亲, 客服：能的哦, read normalized, the colon gone):
#: the question is the chat's hook, not the writer doubting the trade. A refusal (不可以的亲) is no yes.
#: A plain yes followed at once by the writer's own call (可以的 私我; 能，加v): read by
#: ``_SELF_YES_CALL`` unlabelled and by ``_CHAT_YES_AFTER`` after a seller's label.
_YES_THEN_CALL = (
    r"(?:可以的?|能的?|当然(?:可以|能)|没问题|有的|包的)(?:亲|哦|呢|哈|啊|呀)?[，,！!\s]*"
    r"(?:私我|私聊|私信|加v|加微|v我|找我|联系我|滴滴我?|戳我|扣我|call我)"
)
#: (issue 9, session 51, lead) The shop's apology for the wait before its yes (卖家：不好意思久等了
#: 能的 加v; 抱歉刚看到，可以 不用考): its politeness, read with stance.APOLOGY_WAIT's own words; the
#: yes that follows must still vouch or call, so an apology that turns the buyer down matches nothing.
#: (left8 wrote the same reading as ``_APOLOGY_OPEN`` in the same round; merged into this one,
#: which also lets a comma or a space follow the apology: 抱歉刚看到，可以的)
_SHOP_SORRY = r"(?:(?:抱歉|不好意思|对不起)" + APOLOGY_WAIT + r")?"
#: (issue 9, session 51, left9) A shop's yes followed at once by its call for the buyer's own
#: documents (卖家：抱歉刚看到，可以的，资料发我; 可以 把照片身份证发过来; 能 发资料给我): the seller
#: taking the order, read only after a seller's label. A lawful errand asks the same (营业执照,
#: 证件照, 公证), so this only lifts the buyer's 能办吗 doubt: the rules still need the paper and
#: the trade, and their own exceptions still hold.
#: (session 52, review12) The lawful way a shop's turn may send the buyer (see ``_YES_THEN_DOCS``),
#: a training school's course and assessment among it (月底开班，理论和实操都要考核; 周末上课 学完统一
#: 考核): the learner's papers taken for the course, not for a paper sold.
_LAWFUL_WAY = r"(?:本人|体检|考试|报名|培训|复审|窗口|公证|审批|考核|实操|开班|上课)"
#: ... and the same words said not to be needed, before them (无需本人到场, 不用本人去考试, 不需要参加
#: 培训, 免体检) or after them (本人不用到场, 考试也不用去): the seller borrowing the lawful words
#: to promise the skip. A reassurance (不用担心，统一报名参加考试) negates no way.
_NOT_NEEDED = r"(?:不用|无需|不需要|不需|不必|用不着|免)"
_WAY_NOT_NEEDED = (
    r"(?:"
    + _NOT_NEEDED
    + r"(?:本人|亲自)?(?:去|参加|到|再)?"
    + _LAWFUL_WAY
    + r"|"
    + _LAWFUL_WAY
    + r"(?:也|都|就)?"
    + _NOT_NEEDED
    + r")"
)
#: The shop's own labels (卖家：, 客服：, …; read normalized: the colon gone). (issue 9, session 55,
#: fa8) With 老板: the owner answering under its chat name (问：健康证能办不\n老板：能办，…).
#: (session 55, review26) And 老板娘 / 店老板, the same owner's other chat names.
#: (session 58, left23) With 店员: a shop assistant answers for the shop, as the stance stage's
#: chat labels read it since session 51 (问：司索证能办吗？\n店员：能办，免考，加v … was silent).
#: (session 58, review42) With the label's written forms: 店小二, and a suffix a shop puts on its
#: own name (客服小妹：, 卖家回复：; 老板娘 was read here, not by the stance stage).
_SHOP_LABELS = r"(?:(?:卖家|客服|商家|掌柜|店家|店主|店员|店?小二|店?老板娘?)(?:小妹|小哥|妹妹|小姐姐|回复|答复)?)"
_YES_THEN_DOCS = (
    # (issue 9, session 63, panel2) and the shop's OK (老板：OK的，资料发我): the yes a chat spells in
    # Latin, as ``_CHAT_YES_SKIP`` reads it
    r"(?:可以的?|能的?|能办的?|能做的?|当然(?:可以|能)|没问题|有的|(?:" + OK_YES + r")的?"
    # (issue 9, session 66, review107) or 好的 / 行 closed by its stop (客服：好的，身份证正反面发我;
    # 行，发个身份证照片，交钱等证): the order taken, only before the papers asked for below
    r"|好的|行(?=[，,！!\s]))"
    r"(?:亲|哦|呢|哈|啊|呀)?[，,！!\s]*"
    # (issue 9, session 54, left15) the yes may go on to waive a lawful step before it asks for the
    # papers (店主：能，不用体检，资料发我; 可以的，免体检，照片发过来), and the shop may give its
    # yes and the rest on two lines under its label twice (客服：可以的\n客服：不用体检，资料发过来,
    # normalized 客服可以的。客服不用体检…): the skip is the seller's, which the lookahead below
    # already reads as no lawful way
    r"(?:。?" + _SHOP_LABELS + r"[，,\s]*)?"
    r"(?:" + _WAY_NOT_NEEDED + r"[，,！!\s]+)?"
    r"(?:(?:把|将)?(?:资料|材料|信息|照片|身份证|证件|照片身份证|身份证照片)(?:都)?"
    r"(?:发我|发给我|发过来|传给我|给我发)|发(?:资料|材料|信息|照片)给我"
    # (issue 9, session 64, review90) the papers named between 发 and its direction (发身份证照片
    # 过来; 把身份证正反面发过来)
    r"|发(?:一下|个)?(?:资料|材料|照片|身份证|证件)(?:正反面)?(?:照片)?(?:过来|给我)"
    r"|(?:把|将)?身份证正反面(?:照片)?(?:发我|发给我|发过来|拍给我)"
    # (issue 9, session 66, review107) or the ID photo asked for with no direction and the paper's
    # delivery named in the same clause (发个身份证照片，交钱等证; 发身份证照片和一寸照，三天出证)
    r"|发(?:一下|个|张)?身份证(?:正反面)?(?:照片)?(?=[^。]{0,12}?(?:出证|等证|拿证|下证|到手)))"
    # the same turn sending the buyer the lawful way (体检要本人去医院, 统一报名参加复审培训,
    # 本人到公证处签字, 到窗口提交): the errand's paperwork, not a sale; (session 52, review12)
    # unless the turn says that way is not needed (无需本人到场, 不用参加培训, 考试也不用去)
    r"(?:(?=[^。]{0,30}?" + _WAY_NOT_NEEDED + r")|(?![^。]{0,30}?" + _LAWFUL_WAY + r"))"
)
_CHAT_YES_AFTER = recache.compile(
    _SHOP_LABELS
    + r"(?:在的)?(?:亲亲|亲|宝子)?"
    + _SHOP_SORRY
    + r"(?:能|可以|当然|是的|不用|不需要|没问题|放心|有的)(?![不没否])"
    r"(?:的)?(?:亲|哦|呢|哈|宝)"
    # (issue 9, session 50, left6) or in a plain voice that at once vouches for the paper the
    # buyer asked for (卖家：能 出 系统可查; 可以 不用考 直接出): no writer doubting a trade answers its
    # own doubt with the card's check or the skipped exam.
    # (session 51, review9) The yes may be followed by the skip itself (可以 不用考), but not by
    # its refusal (能不能, 不行); and the few words between the yes and the vouching word hold no
    # negation, condition or turn's end: a school's conditional yes refuses the word it names
    # (能 但要考试 不能直接出; 可以 但不是免考; 有 但网上不能查; 能 考过才能直接拿), and the
    # buyer's next line (卖家：能。买家：可查吗) is not the seller's
    r"|[。，,？?！!\s]*"
    + _SHOP_LABELS
    + _SHOP_SORRY
    # (session 57, review36) and the yes said 没问题 or OK (客服：没问题！\n客服：不用考…);
    # (session 58, review40) OK spelt okk / okay / o k / ok ok, or doubled with 没问题 (ok没问题)
    + r"(?:能|可以|有|有的|行|没问题|"
    + OK_YES
    + r")"
    # (issue 9, session 56, left18) the yes alone on its line and the vouching on the next under
    # the same label (客服：能\n客服：不用考，三天出证, normalized 客服能。客服不用考…), as
    # ``_YES_THEN_DOCS`` reads the shop's two lines; (session 56, review33) the yes may end with
    # its own mark or stand before a blank line (客服：能！\n…, 可以，\n…: normalized 能。。, 可以，。)
    + r"(?:[办弄做]?的?(?:亲|哦|呢|哈|啊|呀|啦)?[，,。]?。"
    + _SHOP_LABELS
    + r"[，,\s]*)?"
    r"(?!没|否|不(?!用考|考试|用培训))[^。不没非否别但须只才]{0,6}?"
    r"(?:系统可查|系统能查|网上可查|网上能查|官网可查|官网能查|可查|能查|查得到|"
    r"不用考|免考|不考试|不用培训|免培训|直接出|直接拿|包过|保过)(?!不到|不了|不出|不可能|不行)"
    # (issue 9, session 50, lead) or a plain yes that calls the buyer at once (卖家：可以的 加v …;
    # 客服：能，私我): the shop's own call answers the buyer, as _SELF_YES_CALL reads it unlabelled
    r"|[。，,？?！!\s]*" + _SHOP_LABELS + _SHOP_SORRY + _YES_THEN_CALL
)
#: (issue 9, session 58, left23) The shop's yes under its label and, in the same clause, the skip
#: in any of the words ``stance.turn_skips`` reads (店家：可以，不用去考，直接拿证; 店员：能办，人不用去;
#: 客服：行，不用来考): the vouching list of ``_CHAT_YES_AFTER`` knew 不用考 but not 不用去考 / 人不用去 /
#: 不用来考, and the buyer's 能办吗 / 能行吗 stayed the writer's doubt. Read by
#: ``_chat_yes_skip``: the clause after the yes (to its end, at most ``_YES_SKIP_REACH``) must skip
#: and hold no condition that sends the buyer to the lawful way (但, 须, 要本人, 考试合格, 报名);
#: a question on a lawful errand (补办, 复审) is answered by its own reading, and a transcript a
#: report, complaint or warning frames (``stance.chat_reported``) keeps its question.
_CHAT_YES_SKIP = recache.compile(
    r"[。，,？?！!\s]*"
    # (issue 9, session 62, left33) the buyer's urgency after the question (能包拿吗？急 / 在线等)
    # and one more line under the buyer's label (顾客：下个月就要上岗) before the shop's turn: still
    # the asking side, the shop's yes and skip after it read as at once
    + r"(?:(?:挺|很|比较|有点|好|非常|特别)?(?:急用|急需|着急|急急急?|急|在线等)(?:的|呢)?"
    + r"(?:啊|呀|哈|哦)?[。，,！!\s]+)?"
    + r"(?:(?:买家|顾客|客户|买方|学员)[^。？?]{1,14}。+)?"
    # (session 60, left28) the answering side's label a chat gives it beyond the shop's own: a
    # reply's 回复 / 答, and 乙 / b (B：, lower-cased once normalized) whose pair (甲 / a) must
    # open the question's turn (``_chat_yes_skip``); or no label and the platform's 亲 (能办吗？亲，
    # 放心，不用考). After the label the shop may echo the buyer's words as a question first
    # (包拿？包的; 不去考场？没问题: normalized 包拿。包的): the echo is the buyer's, the yes the shop's.
    + r"(?:(?:"
    + _SHOP_LABELS
    + r"|回复|(?<![回解])答(?!复)|(?P<pair>乙|b)"
    # (session 61, left31) or the teacher's, the coach's or the master's label a training shop's
    # chat gives its seller (学员：登高证能直接拿吗？\n老师：放心吧，不用考，交钱就发): the clause after
    # the yes must still skip with no condition, so a teacher's 不用担心，认真学就能考过 keeps the
    # question (no skip), and a school's 放心，需要本人考试 too (its condition)
    # (session 61, review71) with a two-character surname too (欧阳老师), the class's own 班主任 /
    # 助教, and the teacher's 回复 (老师回复：): the same seller's turn
    # (session 64, left37) and the tutor's and the lecturer's (导师：能，不用考，交钱就行，私聊)
    + r"|[\u4e00-\u9fff]{0,2}(?:老师|教练|师傅|导师|讲师)(?:回复)?|班主任|助教)"
    # (session 60, review57) the label's colon is kept before a Latin word (b:ok, normalized)
    + r"(?::\s*)?"
    # (session 61, review67) the echo asked twice (包拿？？包的: 包拿。。)
    + r"(?:[^。，,！!\s]{1,10}。+)?(?:亲亲|亲|宝子)?[，,\s]*|(?:亲亲|亲|宝子)[，,\s]+)"
    + _SHOP_SORRY
    # (session 58, review42) or the yes in its other words (妥妥的, 安排, 包的)
    # (session 59, review47) and their close forms (妥妥滴, 安排上, 马上安排)
    # (session 59, left25) or a bare 妥 (卖家：妥，不用考试，三天出证): the clause still has to skip
    # (session 59, left27) or 当然可以 / 当然能, and 弄得到 / 办得了 (店家：当然可以，人不用到): the
    # yes of a chat pasted on one line, which the clause's skip still has to follow
    # (session 60, review57) and 包得了 / 包得到 (包拿？包得了; 包不了？包得了): the guarantee the
    # buyer asked for, granted; the clause still has to skip
    # (session 61, review62) closed by 的 as well (包得了的，不用到场)
    + r"(?:当然(?:可以|能|行)|(?:弄|办|搞|做|包)得(?:到|了)(?![吗么])的?"
    + r"|(?:可以|能|行|没问题|当然|有)(?![不没否])(?:[办弄做拿]?的?)|妥妥[的滴]?"
    # (session 61, review67) 包的 said twice (包拿？包的包的) and 必须的 (包拿？必须的，不用考): the
    # clause after them still has to skip, so a school's 必须的，培训够学时才能考试 keeps its question
    + r"|(?:马上|立即|立马|这就)?安排(?:上了?)?|包的(?:包的)*|(?:那)?必须的|妥(?=[，,！!\s])"
    # (session 60, left28) and 放心 / OK (亲，放心，不用考; 回复：OK，免考): the clause must skip
    + r"|放心|"
    + OK_YES
    # (session 60, review57) said OK的 too (不考？OK的，不用到场): 的 closes the yes as after 可以
    + r"的?"
    # (session 60, review53) or the buyer's words echoed as a question (normalized, its mark is a
    # stop) and agreed to (商家：不用本人去？对，人不用来，一周寄到): fa16's echo refused
    # (``stance._ECHO_DENY``) has no yes here, and 对不起 is none
    + r"|[^。，,！!\s]{1,10}。(?:对的?|没错|是的|是啊)(?![不起])"
    # (session 60, review61) or that agreement said alone (买家：电工证能不考直接拿吗？\n客服：是的，
    # 不用考，一周寄到): the clause must skip all the same, so a school's 是的，必须本人参加考试 and
    # 是的，考不过可以补考 keep their question
    # (session 61, review65) and its chat forms 是滴 / 对呀 / 对啊 / 嗯嗯 (客服：嗯嗯，不用考，一周寄到)
    # (session 61, review69) and 嗯呢 / 嗯嗯嗯 / 对滴 / 是哒 / 对头 (客服：嗯呢，不用考，一周寄到)
    # (session 62, review72) said twice (对的对的) and 肯定的 / 那肯定 (包拿？肯定的，不用考)
    + r"|(?:是的|是滴|对的|对呀|对啊|没错|是啊|嗯{2,3}|嗯(?=呢)|对滴|是哒|对头)(?:对的|是的)*"
    + r"(?![不起])|那?肯定的?(?![不没是要得]))"
    # (session 61, left31) with 吧 too (放心吧，不用考): the yes's particle, as 哦 / 呢;
    # (session 61, review62) a Latin yes needs no comma before the Chinese clause: the spaces of
    # a one-line chat are gone once normalized (B：ok 不用去考: b:ok不用去考)
    # (session 61, review71) and 啦 (放心啦，不用考)
    # (session 62, left33) or closed by a stop (包拿？包的。不用考; 可以！不用考): the clause after it
    # still has to skip with no condition
    + r"(?:亲|哦|呢|哈|啊|呀|吧|啦)?(?:[，,！!。\s]+|(?<=[a-z])(?=[\u4e00-\u9fff]))"
)
#: (issue 9, session 62, review72) The same hook where the shop's turn echoes the buyer's words and
#: closes its yes with a stop of its own (包拿？包的。不用考; 包拿？没问题！不用到场: both 。 once
#: normalized): only after the echo and only the yes words that grant the guarantee asked (包的,
#: 没问题, 必须的, 肯定的, 当然); the clause after the stop is read as ``_CHAT_YES_SKIP``'s is.
_ECHO_YES_STOP = recache.compile(
    r"[。，,？?！!\s]*(?:"
    + _SHOP_LABELS
    + r"|回复|(?<![回解])答(?!复)|[\u4e00-\u9fff]{0,2}(?:老师|教练|师傅|导师|讲师)(?:回复)?|班主任|助教)"
    + r"(?::\s*)?[^。，,！!\s]{1,10}。+(?:亲亲|亲|宝子)?[，,\s]*"
    + r"(?:包的(?:包的)*|没问题|(?:那)?必须的|那?肯定的?|当然)(?:亲|哦|呢|哈|啊|呀|吧|啦)?。"
)
#: (session 60, left28) A question and the answering side's label right after it (能办吗 回复：;
#: 能拿吗 B：): a chat's turns, not a warning heading a list (``Silencer._heading_warning``).
_ANSWER_LABEL = recache.compile(r"[\s？?]*(?:" + _SHOP_LABELS + r"|回复|答|乙|[Bb])\s*[：:]")
#: (session 60, left28) The pair label's first half opening the question's turn (a焊工证能直接拿吗):
#: only then is 乙 / b the answer in a one-line chat; elsewhere a b or 乙 is any text's letter.
_PAIR_OPENS = recache.compile(r"\s*(?:a|甲)(?![a-z])")
_YES_SKIP_REACH = 20
#: ... the condition in that clause: the shop's yes sends the buyer to the lawful way after all.
_YES_SKIP_BUT = recache.compile(
    r"但|不过|须|需要本人|要本人|本人(?:要|需|必须)|必须|考试合格|合格后|报名|开班|上课|复审|窗口|"
    r"考核|不能|不行|不可以|假|骗|"
    # (session 61, review71) or the practical exam kept where the theory paper is spared (老师：可以，
    # 不用考理论，实操合格就发证; 只考实操，过了发证): the card follows a pass, no skip
    r"合格(?:就|才|再)|只(?:需|要)?考(?:实操|理论|实际操作)|过了(?:才|就|再)?发"
)
#: (issue 9, session 62, left33) 不可能 negating the failure (答：不可能考不过 / 不可能不过 / 不可能拿不到证)
#: or the refusal of the guarantee (不包过是不可能的): the double negation vouches for the pass, the
#: answer's promise, not a warning. 不可能包过 / 不可能，… keep the warning.
_SURE_PASS_AFTER = recache.compile(r"(?:考不过|不过|过不了|不通过|挂科|拿不到)")
_SURE_PASS_BEFORE = recache.compile(r"不(?:包|保)(?:过|拿|通过)(?:那?是|这事是?)?$")
#: How far before the question a report's or a complaint's frame of the transcript is read.
_YES_SKIP_FRAME = 60


def _chat_yes_skip(s: str, end: int) -> bool:
    """Whether the buyer's question ending at ``end`` of the normalized ``s`` is answered at once
    under the shop's label by a yes and the skip (``_CHAT_YES_SKIP``): the chat's hook."""
    m = _CHAT_YES_SKIP.match(s, end) or _ECHO_YES_STOP.match(s, end)
    if m is None:
        return False
    if m.groupdict().get("pair") and _PAIR_OPENS.match(s, s.rfind("。", 0, end) + 1) is None:
        return False
    stop = s.find("。", m.end(), m.end() + _YES_SKIP_REACH)
    clause = s[m.end() : m.end() + _YES_SKIP_REACH if stop < 0 else stop]
    if not turn_skips(clause) or _YES_SKIP_BUT.search(clause):
        return False
    if _lawful_errand_asked(s, end):
        return False
    return not chat_reported(s[max(0, end - _YES_SKIP_FRAME) : m.end() + _YES_SKIP_REACH])


#: (session 59, left27) The same reading for the model's gate (``gate.chat_yes_skip``).
chat_yes_skip = _chat_yes_skip


#: The shop's yes and its call for documents (``_YES_THEN_DOCS``) after a seller's label: read
#: apart from ``_CHAT_YES_AFTER`` since it lifts the buyer's doubt only where the buyer asked for
#: a paper, not for a lawful errand (see ``stance.lawful_errand``).
#: (issue 9, session 63, panel2) The shop may echo the buyer's words as a question before its yes
#: (顾客：电工证不考能拿吗？⏎老板：不考？OK的，资料发我，十天拿证; normalized 老板不考。ok的，…): the echo
#: is the buyer's, the yes and the call for the papers the shop's. The chat's two lines are two
#: sentences since the panel change (``stance._panel_row``), so the buyer's 拿吗 is read here.
_CHAT_YES_DOCS = recache.compile(
    r"[。，,？?！!\s]*"
    + _SHOP_LABELS
    + r"(?:[^。，,！!\s]{1,10}。+)?"
    + _SHOP_SORRY
    + _YES_THEN_DOCS
)


def _lawful_errand_asked(s: str, end: int) -> bool:
    """Whether the question ending at ``end`` of the normalized ``s`` (its sentence only) asks
    for a lawful errand and for no skip of the lawful way (``stance.lawful_errand``)."""
    return lawful_errand(s[s.rfind("。", 0, end) + 1 : end])


#: (issue 9, session 48, lead) The same question answered yes in the writer's own voice and the
#: reader called at once (焊工证不去考场能拿吗 可以的 私我; 能办吗？能，加v): the hook of a seller's post,
#: not a doubt. A refusal (不可以, 不能) is no yes.
_SELF_YES_CALL = recache.compile(r"[？?，,\s]*" + _YES_THEN_CALL)
#: (issue 9, session 50, left5) Or, instead of the yes, the writer calling the readers who do not
#: know yet to ask it (登高证不去考场也能拿吗？不懂的直接问我 微信 …; 想了解的私我): the rhetorical hook of
#: a seller's post. A warning sends them to an office (不懂的咨询当地应急管理局), never to the writer.
_SELF_ASK_CALL = recache.compile(
    r"[？?。，,!！\s]*(?:不懂|不清楚|不知道|不明白|不了解|不会办|想了解|想知道|有疑问|有疑惑|不信)的?"
    r"(?:朋友|人|同学|师傅|工友)?们?[，,\s]*(?:可以|请|就)?(?:直接)?"
    r"(?:问我|私我|私聊|私信我?|找我|联系我|加我|加v|加微|v我|咨询我|滴我|戳我|扣我)"
)
#: (issue 9, session 51, left7) A shop's own question-and-answer list (问：电工证靠谱吗？答：系统可查，
#: 放心，加v …; 问：焊工证能办吗？答：能办，私我): the labelled answer opens with a yes or the card's
#: check and calls the reader to the writer within the same sentence. A regulator's or a paper's
#: answer says no (答：不靠谱), or sends the reader to an office, never to a private account.
#: (session 51, review10) The yes is a yes, not the opening of a statement (答：可以明确地说…, 放心地
#: 告诉你，都是假的), and the words before the call hold no negation or word of fraud (答：可以肯定
#: 不靠谱，拿不准的联系我): only the skip itself (能办，不用考试，私我) may carry a 不.
_FAQ_YES_CALL = recache.compile(
    r"[。？?\s]*答[：:]?\s*(?:当然|肯定|绝对)?"
    r"(?:能办|能做|能|可以|靠谱|放心|系统可查|官网可查|网上可查|可查|能查|是的|有的|行)"
    r"(?![不没否]|地|的?(?:告诉|说)|肯定|明确|负责)"
    r"(?:[^。？?!！不没非别无假骗违伪]|不(?=用考|考试|用到场|用本人|上课)){0,16}?"
    r"(?:私我|私聊|私信我|加v|加微|v我|找我|联系我|滴滴我|扣我|微信号?[：:]?\s*[A-Za-z][A-Za-z0-9_]{3,})"
)
#: (issue 9, session 56, left18) The same doubt (是真的吗, 靠谱吗, 能办不) answered by the writer denying
#: the fraud and going on in its own or its customers' name (…靠谱吗？绝不是骗局，老客户都拿到了; …是真的
#: 吗？真不是骗局，我们内部有渠道): the seller's hook. A victim's answer confirms the fraud (结果是骗局)
#: and denies nothing; a denial that goes on in a third party's words lifts nothing.
_DOUBT_DENIED_OWN = recache.compile(
    r"[。，,？?！!\s]*"
    # (session 56, review33) the yes may come first (靠谱，绝不是骗局…; 放心，从来不是骗子…)
    # (session 57, review36) with 吧 too (放心吧，不是骗子，我们…)
    # (session 58, review41) and 放心 run straight into the denial (放心不是骗局)
    r"(?:(?:靠谱|放心|是真的|真的|当然)(?:的|哦|哈|呢|啊|呀|吧)?[，,。！!\s]+|放心)?"
    r"(?:其实|真的?|确实|当然|绝对|肯定)?"
    r"(?:不是|并不是|绝不是|决不是|根本不是|从来不是|从不是|绝非|并非"
    # (session 61, review64) or asked back (哪里是骗子，我们签合同; 谁说是骗局，我们办了十年; 怎么会是
    # 骗子): the rhetorical denial, going on in the writer's name as the plain one does
    # (session 61, review69) and its spoken forms (哪能是骗子; 哪儿是骗子; 咋会是骗子)
    r"|哪里是|哪是|怎么会是|怎么可能是|谁说是|谁说|哪能是|哪儿是|哪会是|咋会是|咋可能是|怎会是)"
    r"(?:什么)?"
    # (session 58, review41) or the denial bare (不是的，我们…; 绝对不是，我们…)
    r"(?:骗局|骗子|骗人的?|假的|忽悠|套路|的?(?=[，,。！!\s]))"
    r"(?:哦|哈|呢|啊|呀)?[，,。！!\s]*"
    # (review33) the customers counted (很多老客户, 不少老学员) are the same customers
    # (session 58, review41) not only the old ones (好多客户都拿证了, 学员都拿到证了)
    # (session 62, review79) in any of the writer's names (``stance.OWN_NAMES``: 怎么会是骗局，本中心
    # 做了八年; 哪能是骗局，我司…), as the outbids read them
    r"(?:" + OWN_NAMES + r"|咱们?|(?:很多|好多|许多|不少)?老?(?:客户|顾客|学员)"
    # (session 57, left22) or counted by the hundred (上百学员已拿证, 几千名客户; review41: 已有上千人)
    # (session 60, left29) or helped by the shop (已帮上千人拿证)
    r"|(?:已有|已经有|已帮|已经帮|帮了)?(?:上百|上千|几百|几千|数百|数千)名?(?:学员|客户|顾客|人)"
    # (session 58, review41) or the writer, or its friend, as the customer who got it here
    # (我去年就是在这办的, 我朋友在这拿的证)
    r"|我的?(?:去年|前年|之前|上次|上个月|朋友|同事|老乡|亲戚|兄弟|哥们)?(?:就|也)?是?"
    r"在(?:这|这里|这儿|这家)(?:办|拿))"
)
#: (session 57, left22) A verdict (是假的, 骗人的) the writer passes on a rival's claim (别家说免考都是
#: 假的, 外面那些免考是骗人的) and answers at once with its own as the real one (我们才是真免考, 本店
#: 才是真的不用考): a seller outbidding its rivals, the verdict no warning of the skip. A school's
#: 我们才是正规培训机构 names no skip of its own and keeps the warning; so does a buyer's 别家说是假的.
#: (session 58, review41) The rival may be the web's or another firm's (网上那些, 其他机构, 别的店, 中介,
#: 黄牛), and the writer's real skip said with 是 alone, after 只有, or a clause on (只有我们是真免考;
#: 我们这是真的免考; 我们的才是真的，免考直接拿). A school's 我们才是真正的考点 still names no skip.
#: (session 59, rivals) The shared rivals (``context.RIVAL_WORDS``) and this reading's own wider piece:
#: the web and the traders (网上, 中介, 黄牛) are the seller's rivals only where the writer then claims
#: the real skip as its own (``_OWN_REAL_AFTER``); before a denial or a limit (中介都不保证通过) they
#: are whom a warning speaks of, and stay out of ``_RIVAL_DISCLAIMS`` and ``context._LIMIT_RIVAL``.
#: (session 60, review56) and the crowd (很多人说免考是假的，我们才是真免考): a writer who answers the
#: crowd's verdict with its own real skip sells it; a school's 我们才是真正的考点 names no skip.
_RIVAL_TRADERS = r"网上|中介|黄牛|(?:很多|好多|许多|不少)人|有人"
#: (session 61, review64) and the shops picked out (那些店说免考是假的，我们才是真免考): the picked
#: rivals of ``context.RIVAL_PICKED_WORDS`` and their bare 店 / 平台, read only before the writer's
#: own real skip (``_OWN_REAL_AFTER``)
_RIVAL_PICKED_SHOPS = RIVAL_PICKED_WORDS + r"|(?:那些|有的|有些|某些|一些)(?:店|平台)"
_RIVAL_BEFORE = recache.compile(
    # (session 63, review87) up to 12 characters on: the rivals' claim named in full before the
    # verdict (外面那些说焊工证包过的都是骗人的，我们这才是真包过); still read only before the
    # writer's own real skip (``_OWN_REAL_AFTER``)
    r"(?:" + RIVAL_WORDS + "|" + _RIVAL_TRADERS + "|" + _RIVAL_PICKED_SHOPS + r")[^。，,]{0,12}$"
)
#: How far back from the verdict word its rival is read (the rival word and the 12 characters after it).
_RIVAL_BACK = 16
#: (session 61, review63) The writer's place after its name (我这里, 我们这边, 我家的): 我这里真能免考 and
#: 我们这边才是真的免考 claim the real skip as 我家真能免考 does.
#: (session 63, review87) and the writer as a firm (我们单位才真能免考; 我们公司才是真免考)
_OWN_PLACE = r"(?:的|这里|这边|这儿|这|家|里|边|儿|单位|公司)?"
_OWN_REAL_AFTER = recache.compile(
    # (session 61, review64) the school's and the centre's names for themselves too (本中心真能免考);
    # (session 61, review68) and the company's (我司才真能免考)
    # (session 63, review87) the writer turning the reader to itself (…都是骗人的，来我们这才是真包过)
    r"[的了啊呀]?[，,。！!\s]*(?:只有|来|找)?(?:"
    + OWN_NAMES
    + ")"
    + _OWN_PLACE
    # (session 60, left29) or 真能 (别家免考电工证都是假的，我家真能免考); (session 61, review63) or
    # 才真能, as ``stance._OWN_REAL_SKIP`` reads it (咱家才真能免考); (session 61, review64) or a bare
    # 真 right before the skip (只有我们真免考)
    + r"(?:(?:才是|才|是)真(?:正)?的?|才?真能|真(?=免考|不用考|包过|包拿证))[，,]?"
    r"(?:免考|不用考|不考|包过|包拿证|直接拿证|拿证|能办|免培训)"
)
#: (issue 9, session 60, left29) The verdict as hearsay (很多人说免考是假的, 都说…是假的, 有人说…) that the
#: writer outbids with its own real skip (``_OWN_REAL_AFTER`` with 才: 我们才是真免考): no rival named,
#: but 才 sets the writer against whoever said it; a school's 确实是假的，我们只负责培训 claims no skip.
_HEARSAY_BEFORE = recache.compile(
    # (session 62, review74) and 大伙 / 人人, as ``_HEARSAY_NEG_BEFORE`` reads them
    r"(?:很多人|好多人|不少人|有人|大家|大伙儿?|人人|人家|都)(?:都)?在?(?:说|讲|传)[^。，,]{0,10}$"
)
_OWN_OUTBIDS = recache.compile(
    # (session 61, review68) with the same names as ``_OWN_REAL_AFTER`` (本中心才 …, 我司才 …)
    r"[的了啊呀]?[，,。！!\s]*(?:只有)?"
    r"(?:" + OWN_NAMES + ")" + _OWN_PLACE + r"才"
)

#: (issue 9, session 63, left36) The straw man: the writer brands whoever says the pass (or the skip)
#: a liar (敢说包过的都是骗子, 说电工证包过的都是忽悠, 谁说…能包过谁就是骗子) and then claims it as its
#: own in the next clause (只有在我这儿报名才是真正的包过, 我们签合同包过, 只有我们才是真包过): the
#: warning word is the seller's foil. ``_STRAW_SAID_BEFORE`` is the said claim right before the word,
#: ``_STRAW_OWN_AFTER`` the writer's own name and, a few characters on, the pass (left36 read only
#: the pass; 是假的 stays out, the fake-paper rules read it too; review97 added the skip) with no
#: denial between (a school's 我们只负责培训，不包过 and a consumer's 报名前看清资质 claim none).
#: (session 64, review97) and the skip said (说电工证能免考的都是骗子，只有我们这儿才是真免考，加v …;
#: 说焊工证不用考的都是骗子，我们这就不用考): the writer's own skip after it, as its own pass.
_STRAW_SAID_BEFORE = recache.compile(r"说[^。！!？?]{0,6}(?:包过|保过)[^。！!？?]{0,10}$")
_STRAW_SAID_SKIP = recache.compile(r"说[^。！!？?]{0,6}(?:免考|不用考|不考)[^。！!？?]{0,10}$")
#: ...and the claim neither denied right after (在我这包过，是不可能的; 包过的学员都是自己考的) nor
#: left without the seller's call (私聊 / 加v / 电话 …) further on the line.
_STRAW_DENIED = recache.compile(
    r"(?:的|[^。！!？?\n]{0,12}(?:不可能|骗人|不存在|没这回事|没有的事|自己考|只管教))"
)
_STRAW_CALL = recache.compile(r"私聊|私我|私信|加v|加微|加我|v我|vx|微信|电话|\d{7,}")
_STRAW_OWN_HEAD = r"[的了啊呀]?[？?，,。！!\s]*(?:只有|唯有)?在?(?:" + OWN_NAMES + ")" + _OWN_PLACE
#: (issue 9, session 65, echo1) never the 包过 of 包过程 (我们学校包过程辅导: the whole process
#: covered; review102: nor of 包过期, the same everyday words as ``_pass_in_word`` reads)
_STRAW_OWN_AFTER = recache.compile(
    _STRAW_OWN_HEAD + r"[^。，,！!？?不没无非别]{0,8}(?:包过|保过)(?!" + _PASS_IN_WORD.pattern + ")"
)
#: (session 64, review97) ... and the skip said answered by the writer's own skip, the same claim
#: (说电工证能免考的都是骗子，只有我们这儿才是真免考; 说焊工证不用考的都是骗子，我们这就不用考; a skip said
#: and a pass owned, 说…不用考就拿证的都不靠谱，本中心承诺包过, outbids no skip), but not a renewal's
#: (我们这复审也不用考: ``_GRANTED_RENEWAL``, read by the caller) nor the skip as the condition of no
#: paper (我们这儿不考试就不发证; 我们这不考的话拿不到证): the school's rule.
_STRAW_OWN_SKIP = recache.compile(
    _STRAW_OWN_HEAD + r"[^。，,！!？?不没无非别]{0,8}"
    r"(?:免考|不用考|不考)(?![试核]?[^，,。！!？?]{0,3}(?:不发|不给|没|拿不到|不能|不可能|不行))"
)


def _straw_own(s: str, w: Match) -> re.Match[str] | None:
    """The writer's own claim after the straw man's verdict word ``w``: the pass after the pass
    said (``_STRAW_OWN_AFTER``), the skip after the skip said (``_STRAW_OWN_SKIP``), or None."""
    lo = max(0, w.start - 20)
    if _STRAW_SAID_BEFORE.search(s, lo, w.start) and (own := _STRAW_OWN_AFTER.match(s, w.end)):
        return own
    if _STRAW_SAID_SKIP.search(s, lo, w.start):
        return _STRAW_OWN_SKIP.match(s, w.end)
    return None


#: (issue 9, session 63, left36) A presence word that waives what it names: the 需本人到场 of 勿需 / 毋需
#: 本人到场 (a seller's spelling of 无需), or 须本人 / 需本人 asking only for a photo or a signature
#: (须本人提供照片即可, 需本人签字即可). Read only beside an exam skip (``_PRESENCE_SKIP``), so an office's
#: 无需本人到场 for an online renewal and a notice's 须本人提供照片 keep their excuse.
_PRESENCE_NEGATED = frozenset("勿毋")
#: (session 64, review92) 签个字 / 签个名 too (须本人到场签个字即可，不用考试: only the signature)
_PAPERS_ONLY = recache.compile(
    r"(?:到?场)?(?:提供|签个?字|签个?名|拍照|上传|发)[^，,。；;！!\n]{0,5}(?:即可|就行|就可以|就好)"
)
#: (issue 9, session 65, review99) ... or only the photo or signature, said by 只 before the presence
#: word (只需本人签字; 只要本人上传照片): the same waiver without its 即可.
_PAPERS_ONLY_ASKED = recache.compile(r"(?:提供|签个?字|签个?名|拍照|上传|发)")
_PRESENCE_SKIP = recache.compile(r"免考|不用考|不考试|无需考试|不需要考试|不需考试|免试")
#: (issue 9, session 64, review92) A renewal's own skip: an office's renewal or replacement
#: (复审 / 延期 / 换证 / 补办 / 补领 / 换领) is lawfully done on a photo or a signature without a new
#: exam (叉车证复审不用考试，持证人须本人上传照片即可; 焊工证延期复审免考试，须本人提供照片即可),
#: so beside it the presence word keeps the excuse it had before left36 read the waiver.
_PRESENCE_RENEWAL = recache.compile(r"复审|延期|换证|换领|补办|补领")
#: (issue 9, session 64, review97) ... but not where the writer's renewal word stands beside a first
#: issue or a holder with no paper (焊工证新办复审都不用考，须本人提供照片即可; 电工证没有也能补办，不用
#: 考试，须本人上传照片即可): an office renews only a paper already earned, so that skip is the seller's.
#: Not a bare 新证 (复审合格后换发新证) nor 初次 (初次领证满三年复审): the office's own words.
_PRESENCE_NEW = recache.compile(
    r"新办|新考|初证(?=也|和|复审|都)|(?:没有|没|无)证?也(?:能|可以)"
    # (issue 9, session 65, review99) a first issue run "as a renewal" (初次领证按复审流程; 新证也按复审办;
    # 也可以按复审走): an office's renewal is one, it never lends its road to a paper not yet earned
    r"|(?:初次|首次|第一次|新证|新领)[^，,。；;]{0,4}?按复审|(?:也|都)(?:可以|能)?按复审|按复审(?:流程)?走"
)


def _presence_waived(s: str, u: Match, lo: int, hi: int) -> bool:
    """Whether the presence word ``u`` waives the person (勿需本人到场; 须本人提供照片即可) while
    an exam skip stands within ``s[lo:hi]`` and no renewal is named there (a renewal's photo and
    its skip are the office's): then it is no in-person excuse."""
    negated = u.start > 0 and s[u.start - 1] in _PRESENCE_NEGATED
    only = u.start > 0 and s[u.start - 1] == "只" and _PAPERS_ONLY_ASKED.match(s, u.end)
    if not negated and not only and not _PAPERS_ONLY.match(s, u.end, u.end + 12):
        return False
    lo = max(0, lo)
    if _PRESENCE_SKIP.search(s, lo, hi) is None:
        return False
    return (
        _PRESENCE_RENEWAL.search(s, lo, hi) is None
        or _PRESENCE_NEW.search(s, lo, hi) is not None
        or _renewal_sold_near(s, lo, _sentence_reach(s, u.end, _RENEWAL_REACH, hi))
    )


#: (issue 9, session 65, review106) The exceptions a renewal's own words give (CS-201's 流程 of an office's
#: 复审流程, its 换证): no cover where the sentence runs a first issue "as a renewal" or spares the holder's
#: step it names (``_renewal_worn``), as ``_presence_waived`` and ``_renewal_told`` read the same words.
_RENEWAL_COVERS = frozenset({"流程", "换证"})
#: ... a first issue run as the renewal (初次领证按复审流程; 新证也按复审流程): ``_PRESENCE_NEW``'s reading.
_FIRST_AS_RENEWAL = recache.compile(
    r"(?:初次|首次|第一次|新证|新领|新办|初证)[^，,。；;]{0,4}?按复审"
)


def _renewal_worn(s: str, lo: int, hi: int) -> bool:
    """Whether ``s[lo:hi]`` (the candidate's sentence, a fixed reach) wears a renewal over a sale: a
    first issue run as the renewal (``_FIRST_AS_RENEWAL``) or the holder's own step named and spared
    at once (继续教育不用参加; 学时不用参加: ``_FREE_STEP`` then ``_STEP_WAIVED_AFTER``)."""
    if _FIRST_AS_RENEWAL.search(s, lo, hi):
        return True
    return any(
        _STEP_WAIVED_AFTER.match(s, step.end(), hi) for step in _FREE_STEP.finditer(s, lo, hi)
    )


def _sentence_reach(s: str, at: int, reach: int, hi: int) -> int:
    """The end of the fixed reach past ``at`` (cut at the sentence's stop), at least ``hi``: the
    seller's words after a photo clause stand past a rule's narrow unless window (…即可，包拿证)."""
    end = _RENEWAL_END.search(s, at, min(len(s), at + reach))
    return max(hi, end.start() if end else min(len(s), at + reach))


def _renewal_sold_near(s: str, lo: int, hi: int) -> bool:
    """(issue 9, session 65, review99) Whether the seller's words of a renewal (``_RENEWAL_SOLD``), a
    price or a WeChat / QQ id stand in ``s[lo:hi]`` beside the renewal's 须本人签字 / 上传照片即可 (焊工证
    复审不用考试，须本人签字即可，三天出证; …，一口价八百): the office's one step is then the seller's cover,
    as ``_renewal_told`` reads the same words. A school's sign-up for the renewal's training
    (报名复训请加微信 …, ``_ENROL_CONTACT``) is blanked first; a phone number is an office's as well."""
    w = _fees_blanked(s[lo:hi])
    if _TRAINING_STEP.search(w):
        w = _ENROL_CONTACT.sub(lambda c: "，" * len(c.group()), w)
    if _RENEWAL_SOLD.search(w) or _SELLER_PRICE.search(w):
        return True
    from lexicon.contacts import read_contacts

    return any(c.kind != "phone" for c in read_contacts(w)[0])


#: (issue 9, session 64, review93) The trade's workers between a named trade and the errand (代办高处作业
#: 人员社保; 代办焊工工人的工伤保险): the trade says whose social insurance it is, no paper sold beside it.
_STAFF_OF = recache.compile(r"(?:作业)?(?:人员|工人|员工|从业人员|师傅)的?")

#: (issue 9, session 64, review93) The verdict granted as the rule and the writer's own line set against
#: it at once (不用考的证一般都是假的，但我们这边不用考照样能查到，需要的扣1): 但 and the writer's name
#: turn to its own exam skip, sold (``context.skip_sold``: not denied, not judged); a school's 但我们只做
#: 正规培训 sells none, and a renewal's 但我们这边复审不用考 is the office's rule.
_GRANTED_BUT_OWN = recache.compile(
    r"[的了啊呀]?[，,]?(?:但是?|不过|可是|然而)[，,]?(?:" + OWN_NAMES + ")" + _OWN_PLACE
)
_GRANTED_RENEWAL = recache.compile(r"复审|换证|延期|年审|续期|到期")
_GRANTED_REACH = 20

#: (session 58, review41) How far past the candidate a steered warning's line is read for a sale.
_STEERED_REACH = 80
#: …and a chat id written after its marker (v dg_5555, 微信 hg_4321, vx：abc123).
_CHAT_ID = recache.compile(
    r"(?<![a-z])(?:v|vx|wx|v信|微信|薇信?|qq|扣扣)[：:\s]*[a-z][a-z0-9_]{3,}"
)


#: (session 57, left22) How far back from a fraud word the writer's own question may end: the
#: denial that opens ``_DOUBT_DENIED_OWN`` (当然 / 绝对 + 不是) and no more.
_DOUBT_DENIAL_REACH = 10


def _doubt_denied_around(s: str, start: int, end: int) -> bool:
    """Whether the warning word at ``s[start:end]`` is the fraud word of the writer's own doubt
    that it denies at once in its own or its customers' name (``_DOUBT_DENIED_OWN``): the 骗局 of
    电工证不用考是骗局吗 (the lexicon's 是骗局吗 is read so already; its 骗局 stands too) or of 是不是
    骗局, and the 骗局 of the denial 肯定不是骗局，老客户都拿到了 after such a question. A buyer told
    肯定是骗局 hears no denial, and a denial with no question before it (a court quoting the
    seller's 不是骗局) is not read here."""
    # (session 58, review41) 是骗人的吗 and 是骗局么 ask too, and so do 会不会是 / 是否 before the
    # word (会不会是骗局？不是骗局，我们…: its question mark is a full stop once normalized)
    asked = _DOUBT_ASKED_AFTER.match(s, end)
    if asked and _DOUBT_DENIED_OWN.match(s, asked.end()):
        return True
    if _DOUBT_ASKED_BEFORE.search(s, max(0, start - 4), start) and _DOUBT_DENIED_OWN.match(s, end):
        return True
    lo = max(0, start - _DOUBT_DENIAL_REACH)
    q = max(s.rfind("吗", lo, start), s.rfind("么", lo, start))
    if q < 0:
        # the denial after 会不会是骗局。 (the question's mark normalized to a full stop)
        q = s.rfind("。", lo, start)
        if q < 0 or not _DOUBT_ASKED_FRAUD.search(s, max(0, q - 8), q):
            return False
    m = _DOUBT_DENIED_OWN.match(s, q + 1)
    return m is not None and m.start() + 1 <= start and end <= m.end()


#: (issue 9, session 60, left29) The fraud word asked with a bare question mark (免考是骗局？; 都是骗子？)
#: that the writer at once denies in its own name (不是骗局，我们办了十年了; 不是，我们支持担保交易):
#: ``_doubt_denied_around`` reads 吗 / 是不是, which normalizing keeps, but the mark alone turns into a
#: stop, so it is read on the raw text. Both the asked word and the denied one are the writer's.
#: Not where the question is quoted or judged (``stance.reversal_reported``).
_FRAUD_WORD_END = recache.compile(r"(?:骗局|骗子|骗人的?|假的|忽悠|套路)的?$")
#: …or denied with the writer's name first (都是骗子？我们不是骗子，老店口碑，v信 …).
_OWN_DENIAL = recache.compile(
    r"\s*(?:我们|我家|本店|咱家)(?:可|真的?|绝对|从来)?(?:不是|并不是|绝不是|从来不是)(?:骗子|骗局|骗人的?)"
)


def _doubt_asked_raw(n: Normalized, text: str, start: int, end: int) -> bool:
    """Whether the fraud word at ``n.text[start:end]`` is asked with a raw question mark and
    denied at once in the writer's name (``_DOUBT_DENIED_OWN``), or is the word of that denial."""
    s = n.text
    if (q := _ASKED_RAW.match(text, n.span(start, end)[1])) is not None:
        stop = s.find("。", end, end + 3)
        return (
            stop >= 0
            and (
                _DOUBT_DENIED_OWN.match(s, stop + 1) is not None
                or _OWN_DENIAL.match(s, stop + 1) is not None
            )
            and not reversal_reported(text, q.end() - 1)
        )
    lo = max(0, start - _DOUBT_DENIAL_REACH)
    stop = s.rfind("。", lo, start)
    if stop < 0 or not _FRAUD_WORD_END.search(s, max(0, stop - 6), stop):
        return False
    raw = n.span(stop, stop + 1)[0]
    if text[raw : raw + 1] not in ("？", "?") or reversal_reported(text, raw + 1):
        return False
    m = _DOUBT_DENIED_OWN.match(s, stop + 1)
    return m is not None and m.start() + 1 <= start and end <= m.end()


#: (session 62, review74) The 退 of leaving, not of a refund (没过就退出学习群; 退学; 退群; 退回重学; 退课):
#: after a denied pass it is the school's terms, no refund pledge.
#: (session 62, review79) and 退班 (没过就退班，下期重新报名: the learner leaves the class)
_LEFT_NOT_REFUNDED = recache.compile(r"出|学(?!费)|群|回|课|班")
#: (issue 9, session 67, lawful3) ... nor the 退 of the textbook or material fee alone (本校登高证培训不保过，
#: 没过就退还教材费; 不保过，没考过的退还资料费): the books bought, not the pass paid for, come back; the
#: fee must close its clause (退还教材费和学费 is the refund pledge still).
#: (issue 9, session 67, review112) and only when the line refunds nothing more and opens no inside
#: way after it (没考过退还教材费，学费也全退; 培训费照退; 另外学费全额退还; 不过我们有内部渠道): the
#: refund-on-fail pledge, said a clause later, reads as it did before; 学费不退 / 其余费用不予退还 do not.
_MATERIALS_ONLY = recache.compile(
    r"还?(?:教材|资料|书本|课本)(?:费|费用)?(?=[，,。！!；;\s]|$)"
    r"(?![^。]{0,24}?(?:(?:学费|培训费|报名费|课时费|考试费|全款|余款|其余|其他费用|剩下的?)"
    r"(?:也|都|照|一并|全额|全部|全|一半|部分|按比例)*(?:退|返)"
    r"|内部|渠道|包过|保过|保你|包你|免考|不用考|直接拿))"
)


def _refund_next(n: Normalized, text: str, pos: int) -> re.Match[str] | None:
    """``_FAIL_REFUND_NEXT`` at ``n.text[pos:]``, or after the full stop there when the original
    has a semicolon in its place (session 62, review79: 不保过；挂了直接退 — normalizing turns the
    semicolon into 。, which the pattern does not cross; a real full stop still ends the pledge)."""
    s = n.text
    if (r := _FAIL_REFUND_NEXT.match(s, pos)) is not None:
        return r
    if s[pos : pos + 1] != "。":
        return None
    o = n.span(pos, pos + 1)[0]
    return _FAIL_REFUND_NEXT.match(s, pos + 1) if text[o : o + 1] in ("；", ";") else None


#: (session 58, review41) The question after a fraud word (骗局吗, 骗人的吗, 骗局么) and before it
#: (是不是骗局, 会不会是骗局, 是否骗局): the writer's own doubt, as left22 read 吗 and 是不是.
_DOUBT_ASKED_AFTER = recache.compile(r"的?[吗么]")
#: (session 62, review74) The question words a rule's exceptions hold (怎么 / 哪里: 怎么办理, 在哪里办)
#: that open the denial asked back (怎么会是骗局，我们…; 哪里是骗子，我们…; ``_DOUBT_DENIED_OWN``).
_DENIAL_ASKED_BACK = frozenset({"怎么", "哪里"})
_DOUBT_ASKED_BEFORE = recache.compile(r"(?:是不是|会不会是?|是否是?)$")
_DOUBT_ASKED_FRAUD = recache.compile(
    r"(?:是不是|会不会是?|是否是?)(?:骗局|骗子|骗人的?|假的|忽悠|套路)[吗么呢]?$"
)


#: (issue 9, session 56, left18) ... or by the shop quoting its own boss's yes and the skip (电工证能办
#: 不？老板说了能办不用考; 我们老板说了，三天出证): the writer's boss is the writer's side, no third party
#: reported. The skip must follow within a few words holding no negation but the skip's own 不用;
#: a boss's lawful word (老板说了，学不会免费重学) names no skip. A reporter's 该店老板对记者说 is no
#: 老板说了 right after the question.
_BOSS_SAID_SKIP = recache.compile(
    # (session 57, review36) under the shop's own chat label too (买家：能办不？\n客服：老板发话了
    # 能办，不用考; normalized 。客服老板发话了…): the same shop quoting its boss
    r"[。，,？?！!\s]*(?:(?:卖家|客服|商家|掌柜|店家|店主|小二)[，,\s]*)?"
    r"(?:我们|我家|我们家|本店|咱家?)?(?:店?老板娘?|老板娘)"
    # (session 56, review33) quoted with 讲 or a bare 说 too (老板讲了能办，不用考; 老板说能办，…);
    # (review36) or the boss's consent (老板同意了 / 答应了 / 点头了，不用考直接拿)
    r"(?:说了|说过|发话了|讲了|讲过|说|讲|同意了|答应了|点头了)[，,：:\s]*"
    r"(?:[^。不没非否别但须只才]|不(?=用|考试)){0,8}?"
    r"(?:不用考|免考|不考试|不用培训|免培训|直接出|直接拿|包过|保过|出证|拿证)"
)
#: (issue 9, session 48, lead) 不得 inside everyday words (不得不说, 了不得, 舍不得, 怪不得, 巴不得):
#: no prohibition.
_EVERYDAY_BUDE = recache.compile(r"[舍恨怪巴少顾免记由晓了]不得|不得(?:不|了|已|劲|体|法|要领)")


def _everyday_bude(s: str, start: int) -> bool:
    """Whether the warning word 不得 at ``start`` of ``s`` sits inside an everyday word."""
    m = _EVERYDAY_BUDE.search(s, max(0, start - 1), start + 4)
    return m is not None and m.start() <= start < m.end()


def _substrings(word: str) -> set[str]:
    """Every non-empty substring of ``word`` (the lexicon's words are short)."""
    n = len(word)
    return {word[i:j] for i in range(n) for j in range(i + 1, n + 1)}


def _stronger_after(s: str, i: int) -> bool:
    """Whether the answer clause from ``s[i:]`` (12 characters, to its end) makes a promise the
    clause does not deny (``_STRONGER_AFTER``)."""
    clause = re.split(r"[。！!？?]", s[i : i + 12], maxsplit=1)[0]
    return any(
        _STRONGER_DENIED.search(clause, max(0, m.start() - 4), m.start()) is None
        for m in _STRONGER_AFTER.finditer(clause)
    )


def _turned(n: Normalized, text: str, s: str, end: int) -> bool:
    """Whether the negated candidate ending at ``s[end:]`` is the writer's straw man turned over
    right after its question mark (``context.turned_over``): the mark must be a question mark in
    the original (the normalizer writes ？ as 。), so a statement's full stop turns nothing."""
    at = turned_over(s, end)
    if at is None:
        return False
    o = n.span(at, at + 1)[0]
    return text[o : o + 1] in "？?"


class OtherPapers:
    """Whose paper a rule's GENERIC certificate word (拿证, 出证, 证书) is: the nearest paper named
    beside it. A rule's ``params`` name the sets (all read at load time, nothing copied):

    - ``paper_generic``: the rule's words that name no paper (cert_generic); only a candidate
      whose certificate is one of these is read;
    - ``paper_own``: the pack's own paper names (电工证, 高处作业证, 焊工 …);
    - ``paper_other`` and ``paper_exam``: the other packs' certificate and exam-name sets; of
      ``paper_exam`` (a scope list that also holds 上课, 面试, 报名) only the names of a
      qualification, the terms ending in one of ``paper_exam_ends`` (健康管理师, 消防设施操作员);
    - ``paper_context`` and ``paper_unnamed``: generic words of either side (证书, 证件, 资格证, 考试;
      资格证书, 技能等级证) and the buyer's own identity papers (身份证, 户口本): never another
      paper.

    The other papers are ``paper_other`` + named ``paper_exam`` terms minus the own names, the
    context and the unnamed words, and minus any term an own name contains or that contains
    one (安全员 in 安全员证; 电工证书). Built once per rule; read only for the rule's candidates
    whose certificate is generic.

    A rule may borrow another rule's derived papers (``paper_like: CS-001`` in its params) and
    name only its own generic words (GP-001's exam context 考证, 拿证, 补考): a guarantee whose
    only exam word is generic (心理咨询师 考证包过) is left to the pack of the paper named beside
    it, while 电工证 考证包过 still fires.
    """

    def __init__(self, lex: Lexicon, params: dict, like: dict | None = None) -> None:
        """``like``: the params of the rule whose derived papers these are (``paper_like``): the
        other papers, the own names and the context words come from it, only the generic words
        from ``params``."""

        def words(p: dict, key: str) -> set[str]:
            return {
                normalize_term(t)
                for x in p.get(key) or ()
                if x in lex.sets
                for t in lex.sets[x].terms
            } - {""}

        base = like if like is not None else params
        # a borrower may read a few more exam names as papers (paper_exam_ends_more: 驾校 is
        # named for the driving licence its guarantee is about)
        ends = tuple(base.get("paper_exam_ends") or ()) + tuple(
            params.get("paper_exam_ends_more") or () if like is not None else ()
        )
        own = words(base, "paper_own")
        # A generic word that holds one of the pack's own names or begins one (电工班, 学焊工;
        # 特种作业 of 特种作业证, 上岗 of 上岗证) names the pack's own trade: it counts as an
        # own name, never as the bare word another paper can claim.
        generic = words(params, "paper_generic")
        own_like = {t for t in generic if any(o in t or o.startswith(t) for o in own)}
        self.generic = frozenset(generic - own_like)
        self.own = frozenset(own | own_like)
        drop = own | words(base, "paper_context") | words(base, "paper_unnamed")
        named_exams = {t for t in words(base, "paper_exam") if ends and t.endswith(ends)}
        papers = {t for t in words(base, "paper_other") | named_exams if t not in drop}
        # which papers an own name holds or is held by, read through the names' substrings
        # (a few dozen per word) rather than every paper against every own name
        own_parts = {p for o in own for p in _substrings(o)}
        # (issue 9, session 70, scope5) a paper an own name holds whole that names another issuer's
        # paper alone (驾驶证 of Taiwan's 堆高机驾驶证, the forklift's: a bare 驾驶证 is the
        # motor-vehicle licence, no special-operations paper): the own name still counts whole,
        # the held word stays another paper (``paper_own_apart`` in the params)
        own_parts -= words(base, "paper_own_apart")
        other = {t for t in papers if t not in own_parts and not (_substrings(t) & own)}
        self.other = frozenset(other)
        self._other_rx = _words_rx(self.other) if other else None
        # Another set's word that one of the own names holds (安全员 of 安全员证, 三类人员) is the
        # pack's too: named in reach (安全员Bzheng和执业药师一块报名), it keeps the candidate.
        near = self.own | {t for t in papers if t in own_parts}
        self._own_rx = _words_rx(frozenset(near)) if near else None

    @property
    def own_rx(self) -> re.Pattern[str] | None:
        """The pack's own paper names (and the other sets' words they hold) as one pattern."""
        return self._own_rx

    def strip(self, s: str) -> str:
        """``s`` without the papers it names, the pack's own and the others."""
        for rx in (self._own_rx, self._other_rx):
            if rx is not None:
                s = rx.sub("", s)
        return s

    def named(self, parts: list[Match], s: str, reach: int) -> str | None:
        """The other paper the candidate's generic certificate word refers to: the nearest
        paper named within ``reach`` of the candidate (执业药师 快速拿证 gives 执业药师; 一建证书
        不用考: the word is the paper's own ending), when none of the pack's own papers is
        named within that reach too (安全员C证+执业药师证 打包办理 免考 快速下证: a listing
        sells both, and the pack reads it)."""
        if self._other_rx is None:
            return None
        if not any(p.term in self.generic for p in parts) or any(p.term in self.own for p in parts):
            return None
        a, b = bounds(parts)
        lo, hi = max(0, a - reach), b + reach
        best: tuple[int, str] | None = None
        for m in self._other_rx.finditer(s, lo, hi):
            x, y = m.start(), m.end()
            if any(p.start <= x and y <= p.end for p in parts):
                continue  # inside the candidate's own words
            if _WAIVED_BEFORE.search(s, max(0, x - 2), x) or _WAIVED_AFTER.match(s, y):
                continue  # 学历不限, 无需身份证: waived, not sold
            d = max(0, a - y, x - b)
            if best is None or d < best[0]:
                best = (d, m.group(0))
        if best is None:
            return None
        if self._own_rx is not None and self._own_rx.search(s, lo, hi):
            return None  # the pack's own paper is named too: the word may be its
        return best[1]


def _lie_wager(s: str, w: Match) -> bool:
    """True when the lie word ``w`` is the condition of the seller's own refund pledge
    (``_LIE_PLEDGE``): 的话 right after it, 要是 / 如果 right before it, or a conditional opening
    its clause with the seller or its card as subject (``_LIE_IF_CLAUSE``); never where the
    refund is doubted right after (``_PLEDGE_DOUBTED``)."""
    m = _LIE_PLEDGE.match(s, w.end)
    if m is None or _PLEDGE_DOUBTED.match(s, m.end()):
        return False
    if _LIE_IF_CLAUSE.search(s, max(0, w.start - _LIE_IF_REACH), w.start):
        return True  # 如果我们是骗人的，全额退款 (session 57, review38): the conditional's subject
    if w.term == "骗人" and _LIE_NAMED_BEFORE.search(s, max(0, w.start - 2), w.start):
        return False  # 包过是骗人的话，退款…: deceitful talk named (session 57, review34)
    return bool(m.group("cond")) or bool(_LIE_IF_BEFORE.search(s, max(0, w.start - 2), w.start))


#: (issue 9, session 68, adult) What a lawful adult-education ad says of its route besides its name:
#: the enrolment, the study, the exams the learner sits (报名, 助学, 课程考试, 考上, 修满学分 …).
_ROUTE_STUDY = recache.compile(
    "招生|报名|报考|辅导|助学|冲刺|备考|学习|上课|听课|考试|考点|考过|考上|统考|初试|复试|录取|学分|论文|答辩|读"
)
#: (issue 9, session 68, adult) What turns the same line into a seller's: a price or a deposit, a forger's
#: boast, the paper handled, bought or handed over (拿证, 出证, 到手), the route skipped or promised, work
#: done for the learner (代做, 走个过场), an insider, the private chat.
_ROUTE_BROKEN = recache.compile(
    "价格|价钱|多少钱|保真|包真|一比一|1比1|钢印|原版|高仿|仿真|定做|制作|办理|代办|办证|帮办|出售|卖|"
    "交钱|花钱|付款|转账|打款|直接拿|直接上|直接录|直接进|补录|录入|代注册|免考|免试|免入学|"
    # (issue 9, session 68, review115) not what the learner keeps (不用辞职, 无需脱产): the lawful ad's own
    # offer to a working adult
    "(?:不用|无需|不需要)(?!辞职|离职|脱产)|"
    # (issue 9, session 68, review115) the exams skipped or taken off the learner in other words
    # (统考全包, 考试不必参加, 考试不去也行, 考试走形式, 统考我们搞定, 考试托管): tied to the exam, as the
    # bare words are a lawful ad's too (基础差不必担心, 教材全包在学费里, 不去学校也能在线听课, 材料老师帮你搞定)
    "(?:考试|统考|考场)[^，,。；;！!\n]{0,3}(?:全包|不必参加|不必去|不去|不参加|走形式|托管|搞定|代劳|有人|安排人)|"
    "不必(?:参加|去)?考|全程托管|帮考|有人替|"
    "不考|没考|包过|保过|包毕业|保毕业|包录|保录|包拿|保拿|稳拿|替考|代考|代学|代做|代写|代刷|枪手|改成绩|改分|"
    "内部|渠道|私聊|过场|拿证|出证|下证|领证|拿本|到手|定金|订金|全款|尾款|先付|"
    # 读不读都能毕业, 考不上也有学历: the route's outcome had whatever the learner does
    "[都也]能(?:毕业|拿|过|录|上)|也有学历|照样"
)


@cache
def _route_words(words: tuple[str, ...]) -> re.Pattern[str] | None:
    return words_rx(words)


def _route_line_told(rule: Rule, s: str, a: int, b: int) -> str | None:
    """The study route (rule param ``unless_route_line``: 成人高考, 自考, 国开, 专升本 …) a lawful
    adult-education ad names anywhere in the candidate's line, or None (issue 9, session 68, adult).

    Such an ad names its route at the head of the line and its true claim (学历国家承认，学信网可查)
    a clause or two on, with a teacher's name and a phone: the rule's own route exceptions reach only
    its ``unless_window``. The line must also say what the learner does on the route (报名, 课程考试,
    考上 …: :data:`_ROUTE_STUDY`) and nothing a seller says (:data:`_ROUTE_BROKEN`: a price, 一比一,
    钢印, 保真, 补录, 交钱, 不用考, 包毕业, 保录取, 代考, 私聊 …); a seller who borrows the route's
    name sells the skip, the entry or the pass, which the sale, route-skip and promise rules read."""
    words = rule.params.get("unless_route_line")
    if not words:
        return None
    rx = _route_words(tuple(words))
    if rx is None:
        return None
    lo = s.rfind("\n", 0, a) + 1
    hi = s.find("\n", b)
    hi = len(s) if hi < 0 else hi
    route = rx.search(s, lo, hi)
    if route is None or _ROUTE_BROKEN.search(s, lo, hi) or not _ROUTE_STUDY.search(s, lo, hi):
        return None
    return route.group(0)


class Silencer:
    """The silencing stage of the rules: built once per detector from the lexicon's warning,
    disclaimer, papers and lawful-route word lists."""

    def __init__(self, lex: Lexicon, max_key: int) -> None:
        """``max_key``: the longest automaton key (an exception's end may lie that far past
        its start)."""
        self._max_key = max_key
        self._list_head = _list_head_pattern(lex)
        self._line_head = _list_head_pattern(lex, 16)
        self._disclaim = _disclaimer_pattern(lex)
        self._heading: SellerLine = seller_line(lex)
        self._papers = goods_papers(lex)
        # A lawful route (健康证体检, 体检中心) excuses a candidate only where nothing in reach
        # skips it: 健康证体检 代办 不用本人到场 当天拿证 sells under the route's name.
        self._route_terms = frozenset(map(normalize_term, role_terms(lex, "lawful_route")))
        # (session 35) the forgery words a seller of "real" papers disowns (别信外面那些假证)
        forge = lex.sets.get("forge_any")
        self._forge_terms = frozenset(map(normalize_term, forge.terms)) if forge else frozenset()
        self._bypass = words_rx(role_terms(lex, "lawful_bypass"))
        # (issue 9, session 44, lost) a newspaper's notice service (代办登报, 遗失登报 操作证 毕业证
        # 均可): its 代办 publishes the notice; a replacement sold beside it (补一本, 原号, 不用考)
        # breaks the excuse, as a skip breaks a lawful route
        pub = lex.sets.get("notice_publish")
        self._publish_terms = (
            frozenset(map(normalize_term, pub.terms)) if pub is not None else frozenset()
        )
        self._publish_break = words_rx(role_terms(lex, "notice_publish_break"))
        # (issue 9, session 53, review20) the study goods (教材, 辅导书): thrown in as a gift
        # (送辅导书, 附赠教材) they are no goods sold, and excuse no certificate beside them
        goods = lex.sets.get("goods")
        self._gift_goods = (
            frozenset(map(normalize_term, goods.terms)) if goods is not None else frozenset()
        )
        self._scope_terms: dict[str, frozenset[str]] = {}
        self._sets = lex.sets
        self._objects: dict[str, re.Pattern[str] | None] = {}
        self._after: dict[str, re.Pattern[str] | None] = {}
        self._lex = lex
        self._papers_of: dict[str, OtherPapers | None] = {}
        self._generic_only: dict[
            str, tuple[frozenset[str], frozenset[str], re.Pattern[str] | None]
        ] = {}
        self._own_parts: dict[str, frozenset[str]] = {}
        self._listed_terms: dict[str, frozenset[str]] = {}

    @property
    def seller_line(self) -> SellerLine:
        """Reads whether a heading, a notice's title or a document number is worn over an ad."""
        return self._heading

    def scope_of(self, rule: Rule) -> frozenset[str]:
        """The rule's scope-only terms, whose negation never silences it (:meth:`_scope_of`)."""
        return self._scope_of(rule)

    def _scope_of(self, rule: Rule) -> frozenset[str]:
        """Terms of the rule's scope groups (:data:`SCOPE_GROUPS`) that no other group has;
        empty when every group is a scope group (then negation is read on all of them)."""
        terms = self._scope_terms.get(rule.id)
        if terms is None:
            scope = [g for g in rule.groups if g in SCOPE_GROUPS]
            terms = frozenset()
            if len(scope) < len(rule.groups):
                own = {t for g in scope for t in rule.groups[g]}
                other = {t for g in rule.groups if g not in scope for t in rule.groups[g]}
                terms = frozenset(own - other) | {normalize_term(t) for t in own - other}
            self._scope_terms[rule.id] = terms
        return terms

    def why(
        self,
        rule: Rule,
        parts: list[Match],
        n: Normalized,
        text: str,
        unless: Warnings,
        warns: Warnings,
        active: frozenset[str] = frozenset(),
    ) -> str | None:
        """The named reason the candidate ``parts`` of ``rule`` is silent, or None (``active``:
        the packs the scan runs)."""
        s = n.text
        a, b = bounds(parts)
        if (held := _pass_in_word(s, parts)) is not None:
            # 包过程辅导 / 稳过渡 (session 65, left39): named apart from unless:, which leaves the
            # sentence to the learned scorer; an everyday word is no promise for it either
            return f"word:{held}"
        if (goes := _promise_goes_on(rule, n, parts)) is not None:
            # (issue 9, session 71, review134) 考试我们包早餐 / 驾照考试交给我们: left to the learned
            # scorer as an exception is
            return f"unless:{goes}"
        other = ""  # a warning in the sentence before or after: the last word, see _fire
        if "warning" in rule.suppress:
            # A warning's end is at or after its start: none ending before a - WARN_BEFORE
            # can start after it, so the search starts there and stops past b + WARN_AFTER.
            i = bisect.bisect_left(warns.ends, a - WARN_BEFORE)
            read, ob = warns.read, -1
            # (issue 9, session 66, speed3) indexed, not sliced: a slice copied every warning
            # from here to the page's end for each candidate (candidates times warnings)
            items = warns.items
            for j in range(i, len(items)):
                w = items[j]
                if w.end > b + WARN_AFTER:
                    break
                if a - WARN_BEFORE <= w.start:
                    if any(p.start <= w.start and w.end <= p.end for p in parts):
                        continue  # 通知 inside 录取通知书: the candidate's own word
                    # (issue 9, session 49, speed2) what holds of the word whatever the
                    # candidate is read once per source: a dense page's warning word stands
                    # within reach of several rules' candidates
                    word = read.get(j)
                    if word is None:
                        word = read[j] = self._warning_word(n, text, w)
                    if word is True:
                        continue  # polite, worn, answered yes in chat, or everyday 不得
                    school, disowning = word
                    if w.end < b and school:
                        continue  # 开班通知：… heads the school's class ad the candidate runs into
                    if ob < 0:
                        ob = n.span(a, b)[1]
                    if disowning.holds(ob) and not _verdict_on_part(s, w, parts):
                        continue  # 骗子太多，认准我们，… 加V: the writer turns to its offer
                    if steered_warning(s, w.end, a, w.term) and self._sold_after(n, text, a, b):
                        continue  # 切勿通过中介办理…，来我们这里 (session 57, left22)
                    if w.term.startswith(("不", "没")) and any(
                        0 <= p.start - w.end <= 2 and _turned(n, text, s, p.end) for p in parts
                    ):
                        continue  # 都说不可能包过？在本校可能 (session 58, left24): the straw man
                    if w.term == "不存在" and _NO_RISK_AFTER.match(s, w.end):
                        continue  # 办证不存在任何风险: the seller's reassurance, no denial of the trade
                    if _self_vouched(
                        s,
                        w,
                        w.term in _SELF_VOUCHED_LAW
                        and _LAW_VOUCH_ASKED_TEXT.match(text, n.span(w.start, w.end)[1])
                        is not None,
                    ):
                        continue  # 懂的都懂，不坑人，要的私我 (session 71, sold6): the seller's reassurance
                    if (
                        w.term == "不存在"
                        and _WORRY_ASKED.search(s, max(0, w.start - 12), w.start)
                        and _REFUND_PLEDGED.match(s, w.end)
                    ):
                        continue  # 没过不退钱？不存在的，全额退 (session 53, left13)
                    if (
                        w.term in _FEAR_WORDS
                        and _FEAR_BEFORE.search(s, max(0, w.start - 2), w.start)
                        and (
                            w.term not in _FEAR_FAKE
                            or _FEAR_OPENS.search(s, max(0, w.start - 3), w.start)
                        )
                        and TRUST_DEVICE.match(s, w.end)
                    ):
                        continue  # 怕被骗的可以先看往期样本 (session 56, review30)
                    if w.term in _LIE_WORDS and _lie_wager(s, w):
                        continue  # 包过，骗人的话全额退款 (session 56, left19)
                    if w.term.startswith(_PLEDGE_DENIALS) and self._promise_turned(
                        n, text, w.end, a, b
                    ):
                        continue  # 不承诺通过，但是包过，微信 … (session 59, left25)
                    if _verdict_outbid(s, w, parts):
                        continue  # 都说包过是骗人的，在我这包过 (session 61, left32): the straw man
                    if _refused_then_outbid(s, w, parts):
                        continue  # 包过的我们不做，免考的有 (session 64, left38): the outbid
                    if _claim_resold(s, w, a) or _foil_vouched(s, w, a):
                        # (issue 9, session 72, hearsay) 别人说…不用考，不存在的，本司…出证 / 别家都是假的
                        # 这家靠谱 需要的私聊: the denial covers the claim it denies, not the turn after it
                        continue
                    if _rival_outsold(s, w, a, rule.category == "guarantee_promise"):
                        # (issue 9, session 73, hearsay2) 别家号称包过都是噱头，我这边不用考，二十天拿证: the
                        # verdict covers the rival's claim, not the writer's own trade after it
                        continue
                    if not _across(n, w, a, b):
                        return f"warning:{w.term}"
                    elif not other and not boilerplate(n.sentence_at(w.start)):
                        # A platform's own rule (本平台禁止发布违法信息。) speaks of its
                        # sentence only, never of the listing beside it.
                        other = f"warning:{w.term}{OTHER_SENTENCE}"
            verdict = self._verdict_after(n, text, warns, b) or _mocked_answer(n, text, parts)
            if verdict:
                return f"warning:{verdict}"
            if (pv := _PLAIN_VERDICT.match(s, b)) is not None and not (
                _PLAIN_VERDICT_TURN.search(s, pv.end(), pv.end() + _PLAIN_VERDICT_AFTER)
                or _private_contact(s[pv.end() : pv.end() + _PLAIN_VERDICT_AFTER])
            ):
                return f"warning:{pv.group(0)}"  # 敢说保证必过的肯定有猫腻 (session 61, fa19)
            # (session 65, punct1) read with its question marks: 的都是假证？ asks (the text has 。).
            # (issue 9, session 66, speed3) Every reading opens on 的, which the marked text keeps
            # where the plain one has it (only sentence ends differ): the marked text, built by
            # mapping every sentence end of the source back, is asked for only where 的 stands.
            if (
                s.startswith("的", b) and (fv := _FAKE_VERDICT.match(n.marked(text), b)) is not None
            ) and not (
                _PLAIN_VERDICT_TURN.search(s, fv.end(), fv.end() + _PLAIN_VERDICT_AFTER)
                or _FAKE_VERDICT_SOLD.search(s, fv.end(), fv.end() + _PLAIN_VERDICT_AFTER)
                or _private_contact(s[fv.end() : fv.end() + _PLAIN_VERDICT_AFTER])
                or skip_sold(s[fv.end() : fv.end() + _PLAIN_VERDICT_AFTER])
            ):
                return f"warning:{fv.group(0).rstrip('？?')}"  # 不用考就拿证的都是假证，… (session 64, review93)
            # (issue 9, session 66, fa29r) the verdict said inside the school's own line (不考试就发的证
            # 都是假证，本校只做正规的电工培训，学员本人参加考试，证书官网可查): its 本校 and its lookup
            # on the official site are the school's, not a turn to a sale
            # (issue 9, session 66, review109) every one of these verdicts says 假 after the
            # candidate's start: without one, the marked text is not built for them (speed3's aim)
            if _fake_after(s, a, warns):
                marked = n.marked(text)
                fv = _FAKE_VERDICT.match(marked, b) or _paper_verdict(marked, a, b)
                if fv is not None and _school_line_after(
                    s, fv.end(), fv.end() + _PLAIN_VERDICT_AFTER
                ):
                    return f"warning:{fv.group(0).lstrip('，,').rstrip('？?')}"
                if (fv := _verdict_inside(marked, a, b, parts)) is not None:
                    return f"warning:{fv.group(0)}"
            if (deny := _attendance_denied(s, a, b)) is not None:
                return f"negation:{deny}"
            # (issue 9, session 73, lawful12) 代办不了，必须本人到考点 / 不考拿不到: the errand denied
            if (deny := _errand_denied(s, a, b)) is not None:
                return f"negation:{deny}"
            if (debunk := _debunked_hearsay(s, a, b)) is not None:
                return f"warning:{debunk}"
            if (turned := _claim_turned_down(s, a, b)) is not None:
                return f"warning:{turned}"
            if (
                _paper_verdict_head(s, a, b)
                and (post := _POST_DENIED.match(s, b)) is not None
                and not _post_denied_back(s, post.end())
            ):
                # (issue 9, session 66, fa29r) the skipped exam's paper denied right after its
                # name (老师：不考试就给的证没有，我们这边不办，请您本人来报名考试), as 免考的没有 is
                return "negation:后置否定"
            if rule.category == "guarantee_promise":
                ends = n.sentence_ends()
                k = bisect.bisect_right(ends, a)
                lo = ends[k - 1] + 1 if k else 0
                hi = ends[k] if k < len(ends) else len(s)
                if (denied := _refund_policy(s, a, b, lo, hi)) is not None:
                    return f"warning:{denied}(按课时退费)"
            head = self._heading_warning(text, n.span(a, b)[0])
            if head:
                return f"warning:{head}"
            # (session 59, review50) a disclaimer of the result says nothing of leaked papers (不含保过
            # 承诺 押中原题 加v): an exam-fraud candidate is read by its own negations and warnings
            said = rule.category != "exam_fraud" and self._disclaimed(
                n, text, a, b, rule.category == "guarantee_promise"
            )
            if said:
                return f"warning:{said}"
        if "negation" in rule.suppress:
            scope = self._scope_of(rule)
            for p in parts:
                if p.term in scope:
                    continue
                neg = negation_before(s, p.start)
                if neg is None:
                    # (issue 9, session 69, lawful6) every item of a refusal written as a list after a
                    # colon (本校不会做的：包过、代考、免考拿证), not only the first one next to the head
                    neg = _refused_list_head(text, n.span(p.start, p.end)[0])
                if neg == "不" and p.term.endswith("过") and _FAIL_REFUND.match(s, p.end):
                    continue  # 不包过不收费: a refund-on-fail pledge (session 56, left20)
                if (
                    neg
                    and neg.startswith("不")
                    and p.term.endswith("过")
                    and (fr := _FAIL_REFUND_AFTER.match(s, p.end)) is not None
                    # (issue 9, session 67, lawful3) not the textbook fee alone (没考过的退还教材费)
                    and _MATERIALS_ONLY.match(s, fr.end()) is None
                ):
                    continue  # 不包过，只是没考过的学费全退 (session 58, left24)
                if (
                    not neg
                    # (session 64, review98) 稳过 / 必过 too (包过的没有，稳过的也没有);
                    # (session 65, review104) and the skip (包过的没有，免考的更没有，想拿证就好好学)
                    and (
                        p.term.startswith(_POST_DENIED_HEADS)
                        # the writer-named pass (咱们这儿包过的事从来没有): GP-127's whole term
                        or p.term.endswith(_POST_DENIED_TAILS)
                    )
                    and (post := _POST_DENIED.match(s, p.end)) is not None
                    and not _post_denied_back(s, post.end())
                    # (issue 9, session 72, review147) 有人说焊工证免考不存在？真的存在，滴滴我
                    and not _heard_denial_turned(s, p.start, post.end())
                ):
                    return "negation:后置否定"  # 客服：包过的没有，考试靠自己 (session 62, fa21)
                if (
                    neg
                    and neg.startswith("不")
                    and p.term.endswith("过")
                    and (r := _refund_next(n, text, p.end)) is not None
                    and not _LEFT_NOT_REFUNDED.match(s, r.end())
                    # (issue 9, session 67, lawful3) not the textbook fee alone (没过就退还教材费)
                    and _MATERIALS_ONLY.match(s, r.end()) is None
                ):
                    # 一建精讲班，不保过，挂了直接退 (session 62, review74): the refund on a failed exam
                    # right after the denied pass, as a disclaimer's foil (review50, review65) is read
                    # when the space splits it off (不保过 挂了直接退): the denial is the foil here too
                    continue
                if not neg and p.term.endswith("过") and (q := _ASKED_NO.match(s, p.end)):
                    o = n.span(q.start("mark"), q.end("mark"))[0]
                    if (
                        text[o : o + 1] in "？?"
                        and not _stronger_after(s, q.end())
                        and _NO_SERVED_AFTER.match(s, q.end()) is None
                    ):
                        return "negation:问后答不"  # 我们承诺包过吗？不，我们不承诺 (left24)
                if neg and _turned(n, text, s, p.end):
                    continue  # 我们不承诺包过？不，我们承诺！(session 58, left24): the straw man
                if (
                    neg
                    and neg.startswith(_PLEDGE_DENIALS)
                    and (d := self._disclaim) is not None
                    and (m := d.search(s, max(0, p.start - len(neg)), p.start)) is not None
                    and self._promise_turned(n, text, m.end(), a, b)
                ):
                    continue  # 不保证通过 但是包过 加v (session 59, left25): spaced, read whole
                if neg and _promise_after_denial(s, p, parts):
                    continue  # 不会说包过，直接包拿证 (session 59, left27): the other promise stands
                if neg and _hearsay_outbid(s, p.start, b):
                    continue  # 很多人说电工证不能免考，我们就能 (session 61, review64)
                if (
                    neg
                    and _A_NOT_A_ASKED.search(s, max(0, p.start - 12), p.start)
                    and asked_then_taken_back(text, *n.span(p.start, b))
                ):
                    # (issue 9, session 68, sold3) 学员：…能不能包过？⏎老师：按规定不能承诺⏎老师：但是
                    # 说实话，我们这边有人，稳过: the buyer's question, the seller's refusal taken back
                    continue
                if neg and not answered_yes(s, p.start, b):
                    if p.start and spaced_refusal(
                        neg,
                        s,
                        p.start,
                        text[n.span(p.start - 1, p.start)[1] : n.span(p.start, p.end)[0]],
                    ):
                        continue  # 不搞代办 包过拿证: the space ends the refusal as a comma would
                    return f"negation:{neg}"
        for p in parts:
            if (
                p.start
                and p.term.startswith("不想")
                and s.startswith("想", p.start - 1)
                and _ASKED_ON.match(text, n.span(p.start, p.end)[1])
            ):
                # (session 50, left4) 我想不想考电工证？当然想: the 不想 of an A-not-A question
                # about taking the exam, no wish to skip it (想不想考？不想考也能拿证 is read
                # on its second 不想考, which no 想 stands before)
                return "negation:想不想"
        # The first unless match (by end) within reach of a part: none ending before the
        # parts' start - reach can be, nor any from one starting past their end + reach on.
        reach = rule.unless_window
        i = bisect.bisect_left(unless.ends, a - reach)
        items = unless.items
        for k in range(i, len(items)):  # (session 66, speed3) indexed, not sliced, as above
            u = items[k]
            if u.end - self._max_key > b + reach:
                break
            if u.start and (
                s[u.start - 1] in _NEGATES
                or _NEGATE_RX.search(s, max(0, u.start - 3), u.start)
                or _NEGATES_NEED.match(s, u.start - 1)
                or _NEGATES_NEED.search(s, max(0, u.start - 2), u.start)
            ):
                continue  # 无需本人 offers what 需本人 would excuse; 不用本人到场 what 本人到 would
            if u.term.startswith(_PAST_YEARS) and _NOT_THE_PAST.search(
                s, max(0, u.start - 6), u.start
            ):
                continue  # 不是那种往年真题: this year's paper, what the past year's would excuse
            if _NEGATE_AFTER.match(s, u.end):
                continue  # 一次考试都没参加 / 考试都不用去: the offer, as 没考试 is
            if u.term in _EXAM_WORDS and _WAIVED_RIGHT_AFTER.match(s, u.end):
                continue  # 叉车证考试不用去，包拿证 (session 60, review61): waived at once
            if (
                u.term in _WAIVED_COURSE
                and s.endswith("不做", max(0, u.start - 2), u.start)
                and _ISSUED_ANYWAY_RX.match(s, u.end)
            ):
                continue  # 不做培训照样出证 (session 60, review59): the course given up, not a school's
            if "本人" in u.term and _waived_on_asking(n, text, s, u):
                continue  # 可以办，要本人考试？不用，交钱就行: the condition raised and waived
            if "本人" in u.term and _exam_taken_back(s, u):
                continue  # 本人去考点考试 / 本人到考点考试，过不了照样给证 (session 60, review61)
            if "本人" in u.term and _presence_waived(s, u, a - reach, b + reach):
                continue  # 勿需本人到场，不用考试 / 须本人提供照片即可，免考 (session 63, left36)
            if u.term in _RENEWAL_COVERS and _renewal_worn(
                s, max(0, a - 8), _sentence_reach(s, b, _RENEWAL_REACH, b + reach)
            ):
                continue  # 初次领证按复审流程 / 换证不考试，继续教育不用参加 (session 65, review106)
            if u.start and _GUARANTEE_RX.search(s, max(0, u.start - 4), u.start):
                continue  # 包查验 promises the check 查验 would excuse
            if u.term in ("官方", "官网") and _VOUCHED_AFTER.match(s, u.end):
                continue  # 官方系统可查: the seller's boast about the card, not the office's channel
            if (
                u.term in self._forge_terms
                and _DISOWN_RX.search(s, max(0, u.start - _DISOWN_BACK), u.start)
                and not _DISOWN_STOP.search(s, u.end, b + reach)
            ):
                continue  # 别信外面那些假证，我们代办的…: the seller disowns the forgery it names
            if (
                u.term in self._gift_goods
                and _GIFT_BEFORE.search(s, max(0, u.start - 6), u.start)
                and not _DELIVERED_AFTER.match(s, u.end)
            ):
                continue  # 直接出证 送辅导书: the book is thrown in, the paper is what is sold
            if _CALL_AFTER.match(s, u.start):
                continue  # 有需要的加我: the seller's call, not a requirement (需提供)
            if u.term in _DENIAL_ASKED_BACK and _DOUBT_DENIED_OWN.match(s, u.start):
                # 免考是骗局？怎么会是骗局，我们做了八年 (session 62, review74): the denial asked back
                # in the writer's name (review64's reading), no how-to question (怎么办理)
                continue
            if u.term in ("需", "须") and u.start and s[u.start - 1] in "急亟":
                continue  # 急需学历找工作？直接办: the buyer's need the seller answers, no requirement
            if u.term in _ASK_UNLESS and _role_label(
                n, text, max(0, min(u.end, a) - 1), max(u.start, b)
            ):
                continue  # 客服：请问办什么 / 买家：我要个大专学历 能查的: another turn's question
            if u.term in _CHAT_WORDS and _BOUGHT.search(s, max(0, a - 2 * reach), b + reach):
                continue  # 花了八千拿到了毕业证: bought, not a graduate's news
            fragile = _fragile(rule, u.term)
            if not fragile and _REFUND_AFTER.match(s, u.end):
                continue  # 保过 过不了全款退: the seller's refund clause, not 稳过不了
            if any(p.start <= u.start and u.end <= p.end for p in parts):
                continue  # 户口 inside 户口本: a word of the candidate, not an exception
            if u.term in self._own_part(rule) and (
                not any(u.start <= p.start and p.end <= u.end for p in parts)
                or active.intersection(rule.params.get("unless_own_part_owners") or ())
            ):
                # 带身份证 excuses the 身份证 it holds, never a paper beside it; and a paper another
                # pack owns (挖机证) is left to it only while that pack is off: with it on, this
                # finding stays beside its own, whose rules may miss what this one read
                continue
            if u.term in self._route_terms and self._bypassed(
                s, _prescribed_from(s, u.start, a - reach, b), b + reach
            ):
                continue  # 健康证体检 … 代办 不用本人到场: the route is the seller's cover
            if u.term in self._publish_terms and self._published_over(s, a, b):
                continue  # 代办登报+补办操作证 证号和原来一样: the notice covers a replacement sold
            if u.term in (rule.params.get("unless_before") or ()) and not _stands_before(
                s, u, a, b
            ):
                continue  # 本校是…授权考点，考试由我们安排: the badge first (session 58, review41)
            if any(distance(u, p) <= reach for p in parts):
                if fragile and _broken(rule, s, a - reach, b + reach, u.term):
                    continue  # 四级答案 考前发 对答案群: the seller's own timing breaks the excuse
                if not fragile and self._inside_broken(rule, unless, u, s, a - reach, b + reach):
                    continue  # 政务 within 由区政务服务中心寄出 … 电话 138…: the seller's office words
                if self._named_keeps(rule, parts, n, text, u):
                    continue  # 健康证 焊工证 导游证 都能代办: the listing sells the named 焊工证 too
                if self._errand_listed(rule, parts, s, u):
                    continue  # 专业做身份证 驾驶证 签证: the 签证 is one more paper the 做 governs
                return f"unless:{u.term}"
        if route := _route_line_told(rule, s, a, b):
            return f"lawful:学历通道({route})"  # 成人高考报名…，学历国家承认，学信网可查 (session 68, adult)
        paper = self._other_paper(rule, parts, s, active)
        if paper:
            return f"other_paper:{paper}"
        if (far := self._far_errand(rule, s, a, b)) is not None:
            return f"lawful:委托代办({far})"  # (issue 9, session 68, scope3) 驾驶证 … 到期换证
        goods = (
            self._goods_before(rule, parts, s)
            or self._goods_after(rule, parts, n)
            or bought_other(parts, s)
        )
        if goods:
            return f"lawful:商品({goods})"
        if rule.category in PAPER_CATEGORIES and (handled := _handled_by_rule(s, parts)):
            return f"lawful:按章办理({handled})"  # 不包过，退费按学校规定办理 (session 58, fa13)
        if rule.category == "state_symbol_misuse" and (site := _exam_site_told(s, a, b)):
            return f"lawful:考点通知({site})"  # 指定本单位作为考点，请考生携带身份证 (session 59, fa15)
        if app := _office_app(rule, s, a, b):
            return f"lawful:政务应用({app})"  # 可通过皖事通办理，无需本人到场 (session 60, fa17)
        if rule.category == "exam_fraud" and (way := _way_told_lawful(s, parts)):
            return f"lawful:本人考试({way})"  # 不过我们有门路，报名培训后本人考试 (session 64, review93)
        # 换证不用考试，到期复审即可 (session 61, fa19); a guarantee only where the first exam is kept
        # (复审不考，第一次拿证一定要考: session 64, fa25), its 拿证 read as the result
        if (
            rule.category in ("certificate_sale", "guarantee_promise")
            and (told := _renewal_told(s, a, b))
            and (rule.category == "certificate_sale" or told == "初证必考")
        ):
            return f"lawful:换证复审({told})"
        if rule.category == "certificate_sale" and (sent := _mail_back_told(s, a, b)):
            return f"lawful:证书邮寄({sent})"  # 复审合格后证书邮寄到家，无需到窗口领取 (session 61, fa20)
        # 考试合格后证书邮寄到家，考生在家等证即可 (issue 9, session 73, review159): the holder's wait
        if rule.category == "certificate_sale" and (wait := _home_wait_told(s, a, b)):
            return f"lawful:证书邮寄({wait})"
        # 物业招水电工，不需要考试直接面试，须持有效电工证 (session 65, fa27): the hiring test waived
        if rule.category == "certificate_sale" and (job := _hiring_told(s, a, b)):
            return f"lawful:招聘持证({job})"
        # 代办焊工证复审资料提交，本人须参加复训 (session 67, fa30): the paperwork filed, the training kept
        # 稳过的办法就是多刷题，报名电话 … (issue 9, session 68, lawful4): the learner's aim and its practice
        if rule.category == "guarantee_promise" and (way := _study_advice(s, parts, b)):
            return f"lawful:备考建议({way})"
        if rule.category == "certificate_sale" and (kept := _agent_training_kept(s, a, b)):
            return f"lawful:代办复审({kept})"
        # 焊工证复审不用本人重新考试，单位统一组织复训 (lawful6); 电工证复审申请表 | 是否考试：否 | 复训学时：8
        # (fields1); 焊工证满足条件的可延期复审，不用考试，详情咨询138… (lawful9): the renewal's exam waived,
        # its training or its conditions kept (issue 9, session 72, renew: one reading of the sentence)
        if rule.category == "certificate_sale" and (kept := _renewal_kept(s, a, b)):
            return kept
        # (issue 9, session 73, lawful12) 出售二手叉车一台，原司机持有叉车证: the driver's card, not goods
        if rule.category == "certificate_sale" and (held := _holder_card(s, a, b)):
            return f"lawful:持证司机({held})"
        # (issue 9, session 74, review166) 车辆挂靠在我公司: the vehicle's registration, not a card hired out
        if rule.category == "certificate_sale" and (vehicle := _vehicle_affiliated(s, a, b)):
            return f"lawful:车辆挂靠({vehicle})"
        if rule.category in PAPER_CATEGORIES:
            pair = self._papers_pair(s, parts, a, b)
            if pair:
                return f"lawful:随物证件({pair})"
        if "quoted" in rule.suppress:
            for p in parts:
                # The term's head in quotation marks is enough: “包过”班 quotes the promise.
                head = n.span(p.start, min(p.end, p.start + 2))
                if (
                    (quoted(text, *head) or _tail_quoted(text, *n.span(p.start, p.end)))
                    and framed(text, *n.span(a, b))
                    and not (p.term in self._scope_of(rule) and _keyword_quoted(text, head[0]))
                    and not advertorial_quote(text, *n.span(a, b))
                ):
                    return f"quoted:{p.term}"
        return other or None

    def _inside_broken(
        self, rule: Rule, unless: Warnings, u: Match, s: str, lo: int, hi: int
    ) -> bool:
        """Whether the exception ``u`` lies within a longer exception of the office's words that
        a seller's private contact or own call breaks (``unless_broken_by_private``; session 58,
        review39): CS-201's plain 政务 inside 由区政务服务中心寄出 beside the seller's mobile or its
        加我 dg_… would excuse what the longer, broken exception no longer does. Only exceptions
        ending at or after ``u`` and starting at or before it are read (a few, by end)."""
        private = rule.params.get("unless_broken_by_private")
        if not private:
            return False
        j = bisect.bisect_left(unless.ends, u.end)
        for v in unless.items[j:]:
            if v.end - self._max_key > u.start:
                break  # starts past u: it cannot hold it
            if (
                v.start <= u.start
                and v.end - v.start > u.end - u.start
                and any(w in v.term for w in private)
                and _fragile(rule, v.term)
                and _broken(rule, s, lo, hi, v.term)
            ):
                return True
        return False

    def _named_keeps(
        self, rule: Rule, parts: list[Match], n: Normalized, text: str, u: Match
    ) -> bool:
        """Whether an exception of the rule's ``unless_generic_only`` sets (another errand or
        paper: 健康证, 驾照, 营业执照) leaves the candidate standing. Such a word excuses a
        GENERIC certificate word (健康证 代办 拿证), never one of the pack's own papers written
        in one list with it (健康证 焊工证 导游证 都能代办; 电工证和驾照都能代办): the listing sells
        every paper it names. A named paper of the pack (the rule's first group minus its
        ``paper_generic`` words: 焊工证, 叉车证, 电工上岗卡) is still excused where the errand has
        the sale word to itself -- nearer to it, and not listed with the named paper
        (健康证代办 焊工证培训; 焊工证考试报名，健康证代办). A generic candidate is read the
        same way against the pack's papers named within the rule's window (制冷证 会计证 驾照
        免考包办 三天出证), as the other-paper check reads them (OtherPapers.named)."""
        only = rule.params.get("unless_generic_only")
        if not only:
            return False  # most rules: nothing built, nothing kept
        got = self._generic_only.get(rule.id)
        if got is None:
            words = {
                normalize_term(t) for x in only if x in self._sets for t in self._sets[x].terms
            }
            papers = self._papers_for(rule)
            # a rule without the other-paper check names its generic words itself
            # (paper_generic: CS-201's 证件, 办证, 身份证 name no paper a listing sells)
            generic = (
                papers.generic
                if papers is not None
                else frozenset(
                    normalize_term(t)
                    for x in rule.params.get("paper_generic") or ()
                    if x in self._sets
                    for t in self._sets[x].terms
                )
            )
            # an errand the rule excuses (营业执照, 社保 in a certificates-pack rule's group) is
            # never the named paper a listing sells beside it
            excuses = words & {normalize_term(t) for t in rule.unless}
            # the other errands written between two papers of one list (营业执照、社保、毕业证)
            errands = _words_rx(frozenset(excuses)) if excuses else None
            got = self._generic_only[rule.id] = (
                frozenset(words),
                frozenset(generic | excuses),
                errands,
            )
        words, unnamed, errands = got
        # The rule's first group is read in place (its terms are normalized; a set of them per
        # rule would cost the detector memory it has little of), only when an errand matched.
        first = next(iter(rule.groups.values()), ())
        named = {p.term for p in parts if p.term in first and p.term not in unnamed}
        if u.term not in words:
            return False
        if _ERRAND_HELD.match(n.text, u.end):
            return False  # 户口本, 社保卡: a paper's name; 营业执照齐全: the shop's papers
        papers = self._papers_for(rule)
        # a word inside the errand (证 of 签证) is the errand's own, not a paper beside it
        certs = [
            (p.start, p.end)
            for p in parts
            if p.term in named and not (p.start < u.end and u.start < p.end)
        ]
        sales = [(p.start, p.end) for p in parts if p.term not in named]
        s = n.text
        if not certs:
            own = papers.own_rx if papers is not None else None
            if own is None:
                return False
            a, b = bounds(parts)
            certs = [
                m.span()
                for m in own.finditer(s, max(0, a - rule.window), b + rule.window)
                if not (m.start() < u.end and u.start < m.end())
            ]
            if not certs:
                return False
        if all(_STAFF_OF.fullmatch(s, c[1], u.start) for c in certs):
            return False  # 代办高处作业人员社保: the trade names whose errand it is (session 64, review93)
        errand = (u.start, u.end)
        if any(_listed(s, errand, c, papers, errands) for c in certs):
            return True  # 健康证、焊工证 代办: one list, one sale
        # the errand nearer to every sale word than every named paper: the sale is the errand's
        return not all(
            _gap(n, text, errand, p) < min(_gap(n, text, c, p) for c in certs) for p in sales
        )

    def _errand_listed(self, rule: Rule, parts: list[Match], s: str, u: Match) -> bool:
        """Whether the exception ``u`` (a lawful errand: 签证, 护照, one of the rule's
        ``unless_not_listed`` terms or sets) is only one more item of the paper list the
        candidate's sale word governs. A visa agency's errand governs the papers it names as the
        client's materials (专业做签证，材料：护照 身份证 户口本; 护照签证办理，需带身份证), so the errand
        excuses them; a forger writes its sale word right before the list and the errand inside
        it (专业做身份证 驾驶证 签证 加v; 做 身份证 护照 驾照), where 做 makes every paper listed.
        Read by position in the normalized text (spaces between Chinese characters are gone):
        the sale part ends where the first paper starts, and only joiners and papers stand
        between that paper and the errand."""
        names = rule.params.get("unless_not_listed")
        if not names:
            return False
        terms = self._listed_terms.get(rule.id)
        if terms is None:
            terms = self._listed_terms[rule.id] = frozenset(
                normalize_term(t)
                for x in names
                for t in (self._sets[x].terms if x in self._sets else (x,))
            )
        if u.term not in terms:
            return False
        # a word inside the errand (证 of 签证) is the errand's own, not a part beside it
        own = sorted(
            (p for p in parts if not (p.start < u.end and u.start < p.end)), key=lambda p: p.start
        )
        papers = self._papers_for(rule)
        for x, y in itertools.pairwise(own):
            if (
                x.end == y.start
                and y.end <= u.start
                and _listed(s, (y.start, y.end), (u.start, u.end), papers)
                and (_TRAVEL_ONLY.fullmatch(s, y.start, u.start) is None or _listed_on(s, u))
            ):
                return True
        return False

    def _own_part(self, rule: Rule) -> frozenset[str]:
        """The words of the rule's ``unless_own_part`` sets: exceptions that excuse only the
        candidate's word they hold (带身份证, 持身份证: the applicant brings the ID card to the
        counter; it is not sold), never a candidate beside them."""
        got = self._own_parts.get(rule.id)
        if got is None:
            only = rule.params.get("unless_own_part") or ()
            got = self._own_parts[rule.id] = frozenset(
                normalize_term(t) for x in only if x in self._sets for t in self._sets[x].terms
            )
        return got

    def _papers_for(self, rule: Rule) -> OtherPapers | None:
        """The rule's other-paper check (its own params or those of its ``paper_like`` rule),
        built once per rule; None for a rule without one."""
        papers = self._papers_of.get(rule.id, False)
        if papers is False:
            like = rule.params.get("paper_like")
            base = next((r.params for r in self._lex.rules if r.id == like), None) if like else None
            papers = self._papers_of[rule.id] = (
                OtherPapers(self._lex, rule.params, base)
                if base is not None or rule.params.get("paper_other")
                else None
            )
        return papers

    def _other_paper(
        self, rule: Rule, parts: list[Match], s: str, active: frozenset[str]
    ) -> str | None:
        """A paper of another pack named next to the candidate's generic certificate word
        (:class:`OtherPapers`), read within the rule's ``window``: the reach its certificate
        word and its sale word are read in. A rule with ``paper_owners`` leaves the paper only
        while none of those packs runs: with them on, the finding of the same category stays
        beside theirs (their own rules may miss what this one read)."""
        owners = rule.params.get("paper_owners")
        if owners and active.intersection(owners):
            return None
        papers = self._papers_for(rule)
        if papers is None:
            return None
        return papers.named(parts, s, rule.window)

    def _far_errand(self, rule: Rule, s: str, a: int, b: int) -> str | None:
        """A lawful errand's paper (``params.unless_far``: CS-227's 驾驶证, 驾照, 车管所) named up
        to ``params.unless_far_reach`` characters from the candidate ``s[a:b]``, further than
        the rule's exceptions reach: a driving licence's agent answers the question that named
        the licence with only 换证 (问：我的驾驶证明年到期…？答：到期换证本人去医院体检，其余的我们
        帮你办). Not where a breaker of that word's own (``unless_broken_for``: 叉车, 场内) or one
        of the pack's own papers (CS-001's, through ``paper_like``; 电工证) is named in that reach
        too. (issue 9, session 68, scope3)"""
        words = rule.params.get("unless_far")
        if not words:
            return None
        reach = int(rule.params.get("unless_far_reach") or 0)
        lo, hi = max(0, a - reach), b + reach
        m = _far_rx(tuple(words)).search(s, lo, hi)
        if m is None:
            return None
        breakers = (rule.params.get("unless_broken_for") or {}).get(m.group(0)) or ()
        # (issue 9, session 73, review151) a breaker that says who speaks first (GP-103's 某职校与 /
        # 我校与: unless_far_first) breaks only before the employer: the employer's notice that names
        # the school after it (项目部通知：某技校与项目部合作办班) is still the employer paying
        first = rule.params.get("unless_far_first") or ()
        cut = lo if _employer_notice(rule, s, m.start(), a) else m.start()
        if any(s.find(w, lo, cut if w in first else hi) >= 0 for w in breakers):
            return None
        # the papers whose naming keeps the candidate: this rule's own (CS-227 borrows CS-001's), or
        # those of the rule ``unless_far_papers`` names (CS-228 has no other-paper check)
        like = rule.params.get("unless_far_papers")
        base = next((r for r in self._lex.rules if r.id == like), rule) if like else rule
        papers = self._papers_for(base)
        own = papers.own_rx if papers is not None else None
        if own is not None and any(
            o.group(0) not in words and not any(w in o.group(0) for w in words)
            for o in own.finditer(s, lo, hi)
        ):
            # 驾驶证和电工证都快到期了…电工证到期换证: the pack's own paper is named too
            return None
        return m.group(0)

    def _goods_terms(self, rule: Rule, param: str) -> set[str]:
        """The normalized words of the term sets a rule names in ``params[param]``."""
        names = rule.params.get(param) or ()
        return {normalize_term(t) for x in names if x in self._sets for t in self._sets[x].terms}

    def _goods_before(self, rule: Rule, parts: list[Match], s: str) -> str | None:
        """A word of the rule's ``params.goods_before`` term sets (教材, 题库书, 证书套, 练习板)
        right before a part of the candidate (at most one character between): the sale word
        (出, 转让, 一本) sells those goods, and the certificate's name before them only says
        which ones (电工证证书套出, 低压电工作业题库书 出, 焊工实操练习板出). A goods word inside a
        part (电工证书 出: 书 is the certificate's) or away from the sale word (电工证 出 送题库)
        excuses nothing."""
        rx = self._objects.get(rule.id, False)
        if rx is False:
            terms = self._goods_terms(rule, "goods_before")
            rx = self._objects[rule.id] = re.compile(f"{words_pattern(terms)}$") if terms else None
        if rx is None:
            return None
        for p in parts:
            for end in (p.start, p.start - 1):
                m = rx.search(s, max(0, end - 12), end) if end > 0 else None
                if m is None or any(q.start <= m.start() and m.end() <= q.end for q in parts):
                    continue
                if end < p.start and not _GAP.match(s, end):
                    continue
                return m.group(0)
        return None

    def _goods_after(self, rule: Rule, parts: list[Match], n: Normalized) -> str | None:
        """A word of the rule's ``params.goods_after`` term sets (辅导书, 题库, 证件套) written
        onto the end of a part, at most an exam word between (电工证考试辅导书, 焊工证理论题库,
        低压电工证证件套): the certificate's name only says which book or cover is sold (本店出售
        的是电工证考试辅导书). Only where the writer wrote them as one word: a space or a mark
        between (电工证出售 教材另送) keeps the certificate the object, and so does a service word
        for the sale (代办健康证教材齐全: no book is 代办'd)."""
        rx = self._after.get(rule.id, False)
        if rx is False:
            terms = self._goods_terms(rule, "goods_after")
            rx = self._after[rule.id] = (
                re.compile(f"{_EXAM_WORD}?{words_pattern(terms)}") if terms else None
            )
        if rx is None:
            return None
        s = n.text
        if not any(_GOODS_SALE.search(p.term) for p in parts):
            return None  # 代办 / 办证: a service no book is sold by
        for p in parts:
            m = rx.match(s, p.end)
            if m is None or any(q.start < m.end() and m.start() < q.end for q in parts if q != p):
                continue
            oa, ob = n.span(p.end - 1, m.end())
            if ob - oa == m.end() - p.end + 1:  # nothing removed between: one written word
                return s[p.end : m.end()]
        return None

    def _published_over(self, s: str, a: int, b: int) -> bool:
        """A replacement sold (补一本, 原号, 不用考, 一条龙) within ``_PUBLISH_REACH`` of the
        candidate ``s[a:b]``: a notice service's 登报 beside it no longer excuses it."""
        rx = self._publish_break
        lo, hi = max(0, a - _PUBLISH_REACH), b + _PUBLISH_REACH
        return rx is not None and rx.search(s, lo, hi) is not None

    def _bypassed(self, s: str, lo: int, hi: int) -> bool:
        """A word that skips the lawful route (代办, 不用体检, 不用本人) in ``s[lo:hi]``."""
        return self._bypass is not None and self._bypass.search(s, max(0, lo), hi) is not None

    def _papers_pair(self, s: str, parts: list[Match], a: int, b: int) -> str | None:
        """The goods-and-sale pair (二手房出售, 餐饮店转让) a part of the candidate belongs to:
        the sale word sells the goods, the certificate goes with them."""
        for x, y in self._papers.spans(s, max(0, a - 12), b + 12):
            if any(p.start < y and x < p.end for p in parts):
                # the rest of the candidate must be papers that go with goods: 挖掘机转让
                # 操作证 sells the operator's certificate under cover of the machine
                rest = [p for p in parts if not (p.start < y and x < p.end)]
                if all(
                    self._papers.only_goods_papers(s, p.start, p.end)
                    or self._papers.inside_goods_paper(s, p.start, p.end)
                    for p in rest
                ):
                    return s[x:y]
            elif y <= a and "。" not in s[y:a] and self._papers.only_goods_papers(s, y, b):
                # (session 47, lead) the goods sold a few words before the line about their
                # papers (幼儿园转让 办学许可证齐全 价格面议): the price is the school's, and the
                # stretch names the goods' papers and no personal certificate
                return s[x:y]
        return None

    def _verdict_after(self, n: Normalized, text: str, warns: Warnings, b: int) -> str | None:
        """A warning word past ``WARN_AFTER`` that closes the candidate's 的-phrase as its
        verdict (``_VERDICT_FRAME``: 网上办证说……先交定金再出证的，全是骗局), or None. The phrase
        runs from the candidate to its 的 in one clause of the original text (a list's 、 only);
        a word read as no warning, or one the writer turns from to its own sale (…的，全是骗局，
        本店支持担保，微信 …), is not such a verdict."""
        s = n.text
        i = bisect.bisect_left(warns.ends, b + WARN_AFTER + 1)
        items = warns.items
        for j in range(i, len(items)):  # (session 66, speed3) indexed, not sliced (see why)
            w = items[j]
            if w.start > b + _VERDICT_REACH:
                break
            if w.start < b:
                continue
            m = _VERDICT_FRAME.search(s, max(b, w.start - 16), w.start)
            if m is None or n.sentence_ends_between(b, m.start()) > 0:
                continue
            if "，" not in m.group(0) and _VERDICT_CLOSE.match(s, w.end) is None:
                continue  # (session 59, review45) no comma: the verdict must close its clause
            ra, rb = n.span(b, m.start())
            if _CLAUSE_MARKS.search(text, ra, rb):
                continue
            word = warns.read.get(j)
            if word is None:
                word = warns.read[j] = self._warning_word(n, text, w)
            if word is True or word[1].holds():
                continue
            return w.term
        return None

    def _disclaimed(
        self, n: Normalized, text: str, a: int, b: int, promise: bool = False
    ) -> str | None:
        """A school's disclaimer in the candidate's sentence, read at most ``_DISCLAIM_REACH``
        characters either side (a page without sentence ends is not read whole per candidate);
        ``text`` is the original, where a question mark is read; for a ``promise`` (a
        pass-promise rule's candidate) also a limit over the learners."""
        if self._disclaim is None:
            return None
        ends = n.sentence_ends()
        k = bisect.bisect_right(ends, a)
        lo = max(ends[k - 1] + 1 if k else 0, a - _DISCLAIM_REACH)
        hi = min(ends[k] if k < len(ends) else len(n.text), b + _DISCLAIM_REACH)
        for m in self._disclaim.finditer(n.text, lo, hi):
            if m.end() <= a and pledge_turn(n.text, m.end(), b):
                continue  # (session 54, left15) 不承诺通过，不过报协议班的包过: the dearer class promised
            if m.end() <= a and (t := _FAIL_REFUND_TURN.match(n.text, m.end())) and t.end() > a:
                continue  # 不保证通过，不过…考试不通过全额退费 (session 56, left19)
            if _FAIL_REFUND_NEXT.match(n.text, m.end()):
                continue  # 不含保过承诺 考不过全额退费 (session 59, review50): the foil of the refund
            if self._promise_turned(n, text, m.end(), a, b):
                continue  # 不保证通过，但是包过，加v (session 59, left25): the foil of the promise
            if _RIVAL_DISCLAIMS.search(n.text, max(0, m.start() - RIVAL_REACH), m.start()):
                continue  # 别家不保证通过，我们包过 (session 57, review36): a rival's, not the writer's
            if _SAID_REFUSAL.search(n.text, max(0, m.end() - 4), m.end()) and _post_denied_back(
                n.text, m.end()
            ):
                # (issue 9, session 68, scope3) the refusal to say the pass (terms/refusal_said:
                # 包过这种话我们不敢讲) taken back at once (但结果你懂，加v …), as _POST_DENIED reads it
                continue
            if m.start() < b <= m.end() and _turned(n, text, n.text, m.end()):
                # (session 58, review43) the disclaimer covering the candidate's tail is the
                # writer's straw man turned over (叉车证不保证通过？我们保证！), as left24 reads a
                # negation or a warning word before the candidate
                continue
            return m.group(0)
        # (session 58, fa13) the limit over the learners (不能保证每个人都一次通过): its own guards
        # (a rival's, answered, turned to a promise) are read by quantified_limit. It disclaims
        # the pass only: a skip sold in its sentence (电工证不用考试，不能保证每个人都…) stands
        return quantified_limit(n.text, lo, hi) if promise else None

    def _promise_turned(self, n: Normalized, text: str, end: int, a: int, b: int) -> bool:
        """Whether the disclaimer or negated promise ending at normalized ``end`` is turned by the
        writer straight to the pass promise (``_PROMISE_TURN``) reaching into the candidate
        ``[a, b)`` that runs past it, on a line that sells (session 59, left25: 不保证通过，但是
        包过，加v; the word may be a disclaimer, a warning word such as 不承诺通过, or the spaced
        form the negation reader takes whole)."""
        if end >= b:
            return False
        t = _PROMISE_TURN.match(n.text, end)
        return t is not None and t.end() > a and self._sold_after(n, text, end, b)

    def _sold_after(self, n: Normalized, text: str, a: int, b: int) -> bool:
        """Whether the line from the candidate at normalized ``a`` on sells (a contact or a
        seller's call, :meth:`SellerLine.sells`), read up to :data:`_STEERED_REACH` characters.
        (session 58, review41) left22's reading of 切勿 steered to the writer held for a school or
        an office offering itself with nothing for sale (切勿通过中介办理免考电工证，来我们这里的学员
        都是自己考下来的; …，我们直接受理个人报名): every seller it was meant for gives its contact."""
        start = n.span(a, a + 1)[0]
        nl = text.find("\n", start, start + _STEERED_REACH)
        line = text[start : start + _STEERED_REACH if nl < 0 else nl]
        # a private contact is the seller's whatever the stance reads of the rest (厂家 …), and
        # so is a chat id after its v / 微信 marker that the contact reader leaves (v dg_5555)
        flat = normalize(line).text
        if _private_contact(flat) or _CHAT_ID.search(flat) is not None or self._heading.sells(line):
            return True
        # (session 58, lead) or the skip itself after the candidate, not denied nor judged (不要找中介
        # 买免考焊工证，我们正规渠道，免考直接拿，电话 0571-…: the writer's own waiver sells with a
        # landline too; fa14's 不要找中介买 became a warning word, which reads this line here)
        after = n.span(a, b)[1] - start
        # (``context.skip_sold``: not denied before it nor judged after it, 包过是骗人的)
        return after < len(line) and skip_sold(normalize(line[after:]).text)

    def _warning_word(
        self, n: Normalized, text: str, w: Match
    ) -> Literal[True] | tuple[bool, Disowning]:
        """What :meth:`why` reads of the warning word ``w`` whatever the candidate: True where
        the word warns of nothing (a polite heading's: 【温馨提醒】; worn over a seller's line:
        【曝光】… 加V; a buyer's 能办吗 the shop's chat answers yes; everyday 不得: 不得不说), else
        whether it ends a school's heading (开班通知：…, which a candidate after it runs into) and
        the seller's turn after it (:meth:`lexicon.context.SellerLine.disowning`)."""
        s = n.text
        if polite(s, w.start, w.term):
            return True
        ws, we = n.span(w.start, w.end)
        if self._heading.worn(text, ws, we):
            return True
        if w.term.startswith("禁发") and _LIST_NAME_HEAD.match(text, we) is None:
            # (issue 9, session 68, styles13) a platform's 禁发清单 warns only as the head of its
            # list (禁发清单：…); named in a sentence (禁发清单上的毕业证我们都能做) it is a seller's boast
            return True
        if w.term.startswith("禁发") and _own_menu_after(text, we):
            # (issue 9, session 68, review116) and the list it heads is the seller's own menu
            # (禁发清单：毕业证 学位证 我能做 一比一 私聊)
            return True
        if w.term.endswith("办不") and s[w.end : w.end + 1] not in ("。", ""):
            # (issue 9, session 55, fa8) the buyer's 能办不 asks only where the question ends after
            # it (a mark or the line's end, both 。 once normalized): 能办不了 is the shop's refusal,
            # 能办 不用考试 the seller's yes run together
            return True
        if w.term.endswith(("吗", "办不")) and (
            _CHAT_YES_AFTER.match(s, w.end)
            or (
                (y := _CHAT_YES_DOCS.match(s, w.end)) is not None
                and not (
                    _lawful_errand_asked(s, w.end) and not voiced_skip(s[y.end() : y.end() + 30])
                )
            )
            or _SELF_YES_CALL.match(s, w.end)
            or _SELF_ASK_CALL.match(s, w.end)
            or _FAQ_YES_CALL.match(s, w.end)
            or _DOUBT_DENIED_OWN.match(s, w.end)
            or _BOSS_SAID_SKIP.match(s, w.end)
            or DENIED_OWN_WAY.match(s, w.end)
            or _chat_yes_skip(s, w.end)
        ):
            return True
        if w.term.endswith(("吗", "办不")) and own_reply(
            s[max(0, w.start - _OWN_REPLY_ASKED) : w.start], s[w.end : w.end + _OWN_REPLY_AFTER]
        ):
            # (issue 9, session 65, review101) the writer's own selling reply (能不考直接拿吗？别家
            # 不行，我们这可以办，加v …; 能拿吗？那是你没找对人，私我): the question is its hook
            return True
        if _RIVAL_BEFORE.search(
            s, max(0, w.start - _RIVAL_BACK), w.start
        ) and _OWN_REAL_AFTER.match(s, w.end):
            return True  # 别家说免考是假的，我们才是真免考 (session 57, left22)
        if (
            _HEARSAY_BEFORE.search(s, max(0, w.start - 14), w.start)
            and _OWN_OUTBIDS.match(s, w.end)
            and _OWN_REAL_AFTER.match(s, w.end)
        ):
            return True  # 很多人说免考是假的，我们才是真免考 (session 60, left29)
        if (
            "假" not in w.term  # 包过是假的 lifted would free the fake-paper rules' reading too
            and (own := _straw_own(s, w)) is not None
            and not _STRAW_DENIED.match(s, own.end())
            and not _GRANTED_RENEWAL.search(s, own.start(), own.end())
            and _STRAW_CALL.search(s, own.end(), own.end() + 30)
        ):
            return True  # 敢说包过的都是骗子，只有在我这儿报名才是真正的包过 (session 63, left36)
        if (
            (own := _GRANTED_BUT_OWN.match(s, w.end)) is not None
            and skip_sold(s[own.end() : own.end() + _GRANTED_REACH], exam_only=True)
            and not _GRANTED_RENEWAL.search(s, own.end(), own.end() + _GRANTED_REACH)
        ):
            return True  # 不用考的证一般都是假的，但我们这边不用考照样能查到 (session 64, review93)
        if _doubt_denied_around(s, w.start, w.end) or _doubt_asked_raw(n, text, w.start, w.end):
            return True  # 电工证不用考是骗局吗？肯定不是骗局，老客户都… (session 57, left22)
        if w.term == "不得" and _everyday_bude(s, w.start):
            return True
        if w.term == "不可能" and (
            _SURE_PASS_AFTER.match(s, w.end)
            or _SURE_PASS_BEFORE.search(s, max(0, w.start - 6), w.start)
        ):
            return (
                True  # 答：不可能考不过 / 不包过是不可能的 (session 62, left33): the pass vouched
            )
        if _FEARLESS_BEFORE.search(s, max(0, w.start - 5), w.start):
            return True  # 不怕被查处: the seller waves the threat away
        if _SELF_UNSANCTIONED.search(s, max(0, w.start - 10), w.start):
            return True  # 我们从没被查处过 (session 55, review24): the seller's clean record
        if w.term in ("被骗", "受骗") and _clients_never_cheated(s, w.start, w.end):
            return True  # 从没被骗过的客户都说好 (session 56, review29): the shop's clean record
        if _RISK_BORNE_AFTER.match(s, w.end) or _BORNE_THEN_PROMISE.match(s, w.end):
            return True  # 按作弊处理的风险我们担: the seller takes the threat on itself
        if refuted_after(s, w.end):
            return True  # 都说免考是骗人的，其实不然 (session 54, left15): the rumour refuted
        if _CORRECTION_BEFORE.search(s, max(0, w.start - 6), w.start) and correction_sold(
            s, w.start
        ):
            # (issue 9, session 62, review75) 网上说…能免考，其实一律要考，不过我们有门路: the writer's
            # correction of the hearsay turned at once to its own sale; its 一律 states the rule the
            # writer sells around
            return True
        if (asked := _asked_end(s, text, w.term, w.end, we)) >= 0 and foiled_sold(s, asked):
            # 是真的吗？肯定是假的！认准本店，三天出证，加v … (session 62, review78): the verdict
            # confirmed as the rivals' foil, the writer's own claim and contact after it.
            # (session 64, review96) Or the verdict's own word asked (是骗人的吗？别家的都是骗人的，
            # 我们这能办，加v …; 是骗局吗？肯定是骗局！认准我们，…): the question ends after it
            return True
        if asked_reversed(s, w.end, text, we):
            # 是骗人的？骗你干嘛，不用考直接拿 (session 59, left25): the asked verdict reversed
            return True
        if (
            _DOUBT_DENIED_OWN.match(s, w.end)
            and (q := _ASKED_RAW.match(text, we)) is not None
            and not reversal_reported(text, q.end() - 1)
        ):
            # 电工证免考是骗局？不是骗局，我们办了十年了 (session 60, review55): the writer's own doubt
            # asked with a bare question mark (a stop once normalized, so ``_doubt_denied_around``
            # reads only 吗 / 是不是) and denied at once in its own name
            return True
        if w.term in _OWN_CLAIM_WORDS and _own_claim(s, w.start, w.end):
            # (session 57, left21) the seller's own 号称 / 所谓 (登高证号称全市最好，包过，加微…):
            # no quotation of someone else's claim where a contact or call follows in its line
            # (the word itself blanked out: it is no report cue of the line it heads)
            nl = text.find("\n", we, we + _OWN_CLAIM_REACH)
            line = text[we : we + _OWN_CLAIM_REACH if nl < 0 else nl]
            if self._heading.sells(" " * (we - ws) + line):
                return True
        if w.term == "不可以" and s.startswith("可", w.start - 1) and w.start:
            # (issue 9, session 53, left13) the 不可以 of an A-not-A question (低压电工证可不可以
            # 包通过？客服：包的亲，私信) answered yes and a call in its next clause, as
            # ``answered_yes`` reads it: the seller's hook, no warning
            q = s.find("。", w.end, w.end + 24)
            if q > 0 and answered_yes(s, w.end, q):
                return True
        if w.term.endswith("不做") and (
            _NOT_DONE_BOAST.match(s, w.end) or _spaced_one_refused(n, text, w.end)
        ):
            return True
        if self._practice_refused_sold(n, text, w):
            return True  # 我们不做虚假宣传，只做包过：…，加v … (issue 9, session 70, review130)
        return school_heading(s, w.start, w.term), self._heading.disowning(text, ws, we)

    def _practice_refused_sold(self, n: Normalized, text: str, w: Match) -> bool:
        """(issue 9, session 70, review130) Whether the warning word ``w`` (不做, 我们不做, 虚假 …) is
        part of the writer's refusal of a banned advertising practice (``PRACTICE_REFUSED``: 不做虚假
        宣传, 不搞夸大宣传, 拒绝虚假承诺) that turns at once to the writer's own promise (只做包过) or
        whose line sells after it (a private contact, a seller's call, the skip sold: 本店不做虚假宣传：
        电工证免考拿证，私聊): the seller vouching for its ad, no warning of the trade. lawful8 made the
        practice a refused item of a refusal list; the same words also headed the seller's menu. A
        school's 本校不做虚假宣传，只做踏实教学，不承诺包过 still denies its promise with its own 不承诺."""
        s = n.text
        for m in PRACTICE_REFUSED.finditer(s, max(0, w.start - 4), w.end + 8):
            if not (m.start() < w.end and w.start < m.end()):
                continue
            t = _PRACTICE_TURN.match(s, m.end())
            if t is not None and _PROMISE_NEXT_RX.match(s, t.end()):
                return True
            if m.end() < len(s) and self._sold_after(n, text, m.end(), m.end() + 1):
                return True
        return False

    def _heading_warning(self, text: str, start: int) -> str | None:
        """A warning that heads a list the candidate is an item of (禁售清单：烟酒、……、代写代考
        服务; 严禁发布以下内容：…): a platform's or regulator's list of what is banned names the
        trade without offering it, however long the list."""
        if self._list_head is None:
            return None
        lo = max(0, start - _LIST_REACH)
        # (issue 9, session 67, speed5) every list head ends in its colon (``_list_head_pattern``),
        # read before ``start``: with no colon in the reach, no head is there to be judged (on a
        # dense page the head pattern's alternation of every warning word was tried at each of
        # the 80 positions for each candidate)
        if text.find("：", lo, start) < 0 and text.find(":", lo, start) < 0:
            return self._heading_over_lines(text, start)
        ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
        heads = [
            m
            for m in self._list_head.finditer(text, ends[-1] if ends else lo, start)
            if not polite(text, m.start(1), m.group(1))
            and not school_heading(text, m.start(1), m.group(1))
            and not self._heading.worn(text, m.start(1), m.end(1))
            and not self._heading.disowned(text, m.start(1), m.end(1), start)
            and not (m.group(1).endswith("吗") and _ANSWER_LABEL.match(text, m.end(1)))
            # (issue 9, session 68, review116) a 禁发清单 whose list is the seller's own menu
            # (禁发清单：毕业证 学位证 我们都能做 一比一高仿 私聊) bans nothing
            and not (m.group(1).startswith("禁发") and _own_menu_after(text, m.end(1)))
            # (issue 9, session 70, review130) nor a refused advertising practice heading the seller's
            # own menu (本店不做虚假宣传：电工证免考拿证，七天到手，私聊)
            and not _practice_menu_sold(text, m.start(1), start)
        ]
        if heads:
            return heads[-1].group(1)
        return self._heading_over_lines(text, start)

    def _heading_over_lines(self, text: str, start: int) -> str | None:
        """(session 37, helper sources) The list set out one item a line (以下关键词禁止出现在
        商品标题中：\n1. 电工证代办\n2. 焊工证免考\n…): the warning heading the line that ends in a
        colon above a run of short item lines (no sentence end in any), the candidate's line
        one of them."""
        if self._line_head is None:
            return None
        # (reads bounded to a short line's length: a page may hold no line break at all)
        stop = text.find("\n", start, start + _ITEM_MAX)
        at = text.rfind("\n", max(0, start - _ITEM_MAX), start)
        if at < 0 or not _list_item(text[at + 1 : start + _ITEM_MAX if stop < 0 else stop]):
            return None
        for _ in range(_LIST_LINES):
            prev = text.rfind("\n", max(0, at - _HEAD_MAX), at) + 1
            if prev == 0 and at > _HEAD_MAX:
                return None  # a long line above: no list
            line = text[prev:at].rstrip()
            if line.endswith(("：", ":")):
                heads = [
                    m
                    for m in self._line_head.finditer(text, prev, prev + len(line))
                    if m.end() == prev + len(line)
                    and not polite(text, m.start(1), m.group(1))
                    and not school_heading(text, m.start(1), m.group(1))
                    and not self._heading.worn(text, m.start(1), m.end(1))
                ]
                return heads[-1].group(1) if heads else None
            if prev == 0 or not _list_item(line):
                return None
            at = prev - 1
        return None


#: (issue 9, session 51, left7) What a seller's own 不做 boasts of: 不做不像的 (only lifelike
#: papers leave the shop) and 不做题 (the buyer answers no exam questions: 不做题不考试，直接拿证).
#: Neither refuses the trade; a shop's 不做不合法的 / 不做假证 still does.
#: (issue 9, session 53, lead) The seller waving the sanction away right before it (考场内部安排，
#: 不怕按作弊处理; 不怕被查处, 别担心被抓): the warning word is the threat the seller says its buyer
#: need not fear, no warning of the writer's. A report quoting it keeps its own report words.
_FEARLESS_BEFORE = recache.compile(r"(?:不怕|别怕|不用怕|无惧|不担心|别担心|不用担心|不必担心)被?$")
#: (session 56, review29) The shop's buyers said never to have been cheated (从没被骗过的客户都说好,
#: 我们的学员从未受骗, 没有一个被骗的): the seller's clean record, as ``_SELF_UNSANCTIONED`` reads
#: its own, no warning. Only with the buyers named (客户, 学员 …) or none counted (没有一个): a
#: victim's own 我从没被骗过，这次却… in a court text keeps its warning.
_NEVER_BEFORE = r"(?:从来|从|一直|都|也|至今)?(?:没有|没|从未|未曾|不曾)"
_CLIENTS = r"(?:老?客户|老?学员|顾客|买家|客人)们?"
_CLIENTS_NEVER_BEFORE = recache.compile(rf"(?:{_CLIENTS}{_NEVER_BEFORE}|没有?一个)$")
_NEVER_THEN_CLIENTS = recache.compile(rf"{_NEVER_BEFORE}$")
_CLIENTS_AFTER = recache.compile(rf"过?的{_CLIENTS}")


def _clients_never_cheated(s: str, start: int, end: int) -> bool:
    """Whether the 被骗 / 受骗 at ``[start, end)`` is denied of the shop's buyers (客户从没被骗过,
    从没被骗过的客户, 没有一个被骗的): see ``_CLIENTS_NEVER_BEFORE``."""
    lo = max(0, start - 12)
    if _CLIENTS_NEVER_BEFORE.search(s, lo, start):
        return True
    return bool(_NEVER_THEN_CLIENTS.search(s, lo, start) and _CLIENTS_AFTER.match(s, end))


#: (issue 9, session 55, review24) The shop's own clean record told before the sanction (我们从没被
#: 查处过, 本店不会被处罚, 咱家一直没被查): a seller's reassurance with itself as the subject. A
#: notice or a story tells whom the sanction fell on or spared in the third person (该店至今没有被
#: 查处), never 我们.
#: (session 57, left21) Words a report uses to quote a seller's claim (号称包过的中介, 所谓快班),
#: which a seller also uses of itself or of its rivals' offer: 登高证号称全市最好，包过，加微…;
#: 电工证所谓快班太贵，免考直接拿，加v….
_OWN_CLAIM_WORDS = frozenset(("号称", "所谓"))
#: How far after the word its line is read for the seller's contact or call.
_OWN_CLAIM_REACH = 60
#: What may stand before the word in its clause for it to be the seller's own: nothing, the
#: course or certificate it sells (登高证, 焊工培训), the shop's own name for itself (本校, 我们),
#: or, before 所谓, the rivals whose offer it runs down (别家所谓加急班). A report names the one
#: it quotes (一家, 这所学校, 被告, 中介, 有人, 网上): those are not read here.
_OWN_CLAIM_BEFORE = recache.compile(
    r"[，,。！!？?；;：:\s]"
    # (session 57, review38) the course's full name may run longer (高处作业登高架设作业证), with
    # no 的 in it (网上搜索到的高处作业证 is where a report found it)
    r"(?:(?:[\u4e00-\u9fff]{0,6}|(?:(?!的)[\u4e00-\u9fff]){7,12})(?:证|培训|培训班|速成班|课程)"
    r"|本校|我校|本店|本中心|我们|咱们|我们这边|我们家|我家)?$"
)
#: (session 59, rivals) the shared rivals (``context.RIVAL_WORDS``), right after a stop: the seller's,
#: never the party a report names, so ``_THIRD_PARTY`` (whose 家 and 机构 are in 别家, 其他家, 别的
#: 机构) is not asked of them.
_RIVALS_BEFORE = recache.compile(r"[，,。！!？?；;：:\s](?:" + RIVAL_WORDS + r")的?$")
#: (session 59, rivals) …unless what follows tells of the buyer cheated by them (别家所谓加急班说免考
#: 直接拿证，加v后就把我拉黑了，大家小心): a buyer or a victim also calls them 别家, and its line
#: names the contact it was cheated through.
_CHEATED_AFTER = recache.compile(
    r"拉黑|被骗|骗了我|骗走|上当|受骗|联系不上|不见人|跑路|大家小心|提醒大家|警惕|报警"
)
#: How far before the word its clause is read (the longest course name and a stop).
_OWN_CLAIM_BACK = 16
#: Who a report names before the word, inside the certificate's name run (这家机构的电工证号称…).
_THIRD_PARTY = recache.compile(
    # (session 58, review40) not the 家 of 国家 or of the shop's 咱家 / 我家 / 自家 (全国通用国家职业
    # 资格证号称最省心; 咱家焊工证号称最快的啦)
    r"(?<![国咱我自])家|所|该|某|其|被告|中介|机构|公司|网店|有人|他|她|对方|记者|一些|不少"
    # (session 57, review38) where a report found the claim, read with the longer course name
    r"|网上|网络|搜索|发现|看到|广告|报道|调查|声称"
    # (session 58, review40) and the frame a report sets before it, which the longer name swallows
    # once normalizing has dropped the colon (网友晒出聊天截图：电工证号称…; 涉案人员兜售电工证号称…)
    r"|晒|截图|聊天|反映|介绍|兜售|贩卖|售卖|涉案|男子|女子|网友|短信|消息|朋友圈|显示|写着|推销"
)
#: (session 58, review40) A report's frame in the clause before the claim (据考生反映，电工证号称包过，
#: 加v…后被骗): the claim is the one the report retells, read over the characters before the word.
#: (session 59, review47) Not the seller's own words that share a frame's characters: 根据 / 依据
#: (根据客户需求，电工证号称…), 零投诉 / 无投诉 (its boast of none), 看截图 (its students' proof) and
#: 晒出 a certificate or a score (学员晒出证书，…): all fired before review40.
_REPORT_FRAME_BEFORE = recache.compile(
    r"(?<![根依数])据|反映|网友|记者|晒出(?!证|成绩|喜报|好评)|(?<![看见])截图|曝光|爆料|举报"
    r"|(?<![零无没0])投诉|警方|民警"
)
#: (session 58, review40) A bare 的 closes a seller's claim only as the boast's own (号称全市最好的, 号称
#: 本地最快的哦); after a verb's claim it makes the claim a subject (号称包过的，十有八九拿不到证: "the
#: ones claiming a pass"), which is how a warning speaks of the sellers.
_BOAST = recache.compile(
    r"最|第一|一流|顶尖|顶级|领先|数一数二|首屈一指|独一|no\.?1", re.IGNORECASE
)
#: The self-names that may open a claim written as a relative clause (本校号称最省心的考证班).
_SELF_NAMED = recache.compile(r"(?:本校|我校|本店|本中心|我们|咱们|我们这边|我们家|我家)$")
#: The claim's clause: up to its end.
_CLAUSE_AFTER = recache.compile(r"[^，,。！!？?；;：:\n]{0,24}")
#: (session 58, left24) A superlative relative clause the seller boasts of its own class in
#: (登高证号称全市最省心的培训班，包拿证，加微…; 号称本市通过率最高的培训班): with nothing or the
#: course before the word (what ``_OWN_CLAIM_BEFORE`` reads) it heads the seller's own school, not
#: whom a report names (一家号称…, 该机构号称…: a named party is never read this far).
_SUPERLATIVE_CLAIM = recache.compile(
    r"(?:全市|本市|全省|本省|全国|全城|全县|全区|本地|当地)?(?:通过率|拿证率)?最[^，,。！!？?的]{1,6}的"
    r"(?:培训班|考证班|培训学校|学校|培训机构|机构|培训点|培训中心|班)"
)


def _own_claim(s: str, start: int, end: int) -> bool:
    """Whether the 号称 / 所谓 at ``s[start:end]`` is the seller's own word: what stands before it
    in its clause is nothing, its course or its own name (before 所谓 also its rivals), never the
    party a report names; the claim after it is no quotation; a claim written as a relative
    clause (号称包过的中介, 号称最省心的考证学校) is the report's way of naming whom it speaks of
    unless the shop names itself before it (本校号称最省心的考证班)."""
    lo = max(0, start - _OWN_CLAIM_BACK)
    # (a clause cut by the characters read has no start here: "。" marks only the text's own)
    before = ("。" if lo == 0 else "") + s[lo:start]
    # (session 59, rivals) the rivals first: 其他培训班 also reads as a course name (…培训班), whose
    # 其 the third-party test would take for a report's 其
    own = _RIVALS_BEFORE.search(before) if s[start:end] == "所谓" else None
    rival = own is not None
    if own is None:
        own = _OWN_CLAIM_BEFORE.search(before)
    if own is None:
        return False
    if rival and _CHEATED_AFTER.search(s, end, end + _OWN_CLAIM_REACH):
        return False  # 别家所谓加急班…加v后就把我拉黑了 (session 59, rivals): the buyer's warning
    if not rival and _THIRD_PARTY.search(own.group()) and not _SELF_NAMED.search(before):
        return False
    if _REPORT_FRAME_BEFORE.search(before):
        return False  # 据考生反映，电工证号称包过 (session 58, review40): the report's retelling
    nxt = s[end : end + 1]
    if not nxt or nxt in OPEN_QUOTES or nxt in STRAIGHT_QUOTES:
        return False  # 号称“包过”: the claim quoted (or none after the word)
    claim = _CLAUSE_AFTER.match(s, end)
    said = claim.group() if claim else ""
    # a relative clause (号称包过的中介) names whom a report speaks of, unless the shop names itself;
    # (session 57, review38) a 的 closing the clause (号称全市最好的，包过) heads no noun
    voiced = said.rstrip("哦呢啊呀哈啦")
    # (session 59, review47) a 的 followed by the seller's own particle (号称包过的哦) closes the
    # sentence, no subject: a warning's 号称包过的，十有八九… takes none
    if voiced.endswith("的") and (_BOAST.search(voiced) or voiced != said):
        voiced = voiced[:-1]  # (session 58, review40) only a boast's 的: 号称包过的 is a subject
    said = voiced
    if s[start:end] == "号称" and _SUPERLATIVE_CLAIM.match(s, end):
        return True  # 号称全市最省心的培训班，包拿证 (session 58, left24): the seller's boast
    return not (s[start:end] == "号称" and "的" in said and not _SELF_NAMED.search(before))


_SELF_UNSANCTIONED = recache.compile(
    r"(?:我们|我家|本店|咱家|我司|我这边?)(?:这边)?(?:从来|从|一直|也|都|至今)?"
    r"(?:没有|没|从未|未曾|不曾|不会)被?$"
)
#: (issue 9, session 53, review20) The seller taking the sanction on itself right after it
#: (考场有人，按作弊处理的风险我们担，包过; 被查处我们兜底): the threat is one the shop says it
#: bears for the buyer, no warning of the writer's. An exam's rule puts it on the candidate
#: (后果由考生自行承担), which this never reads. (session 54, review21) A lone 我 is the
#: candidate's own in a pledge (替考被查处的由我负责, 按作弊处理的责任由我承担: the formal 承担 /
#: 负责 right after 我), so it reads only with the seller's 来 (我来承担) or its casual verbs
#: (我兜底, 我全包, 我扛); the shop's 我们 / 我方 / 本店 / 我司 read with any.
_RISK_BORNE_AFTER = recache.compile(
    r"的?(?:风险|后果|责任)?(?:都|全)?(?:由)?"
    r"(?:(?:我们|我方|本店|我司)(?:来|全|全部|都)?(?:担|承担|扛|兜底|负责|包)"
    r"|我(?:来(?:担|承担|扛|兜底|负责|包)|(?:全|全部|都)?(?:担|扛|兜底|包)))"
)
#: (issue 9, session 55, left16) ... or a lone 我 taking it in the pledge's formal words and the pass
#: promise opening the next clause (按作弊处理的风险由我承担，电工证包过 vx…; 被查处的风险由我负责，保过):
#: a candidate's pledge goes on to what it accepts (并接受取消成绩处理, 自愿接受…) or ends, and never
#: promises a pass; the promise after the comma makes the 我 the seller's. A 不 / 没 / 别 before the
#: promise keeps the warning.
_BORNE_THEN_PROMISE = recache.compile(
    r"的?(?:风险|后果|责任)?(?:都|全)?由?我(?:全部|一律)?(?:承担|负责)[，,！!\s]+"
    r"[^。，,！!？?\n不没无非别]{0,8}?(?:" + PROMISE_WORDS + r"|稳过|必过|保过|保证通过)"
    # (session 55, review25) not 通过 as the pledge's "by way of" (保证通过正规渠道报考, 保证通过自己的
    # 努力参加考试): the candidate's means, no pass promised
    r"(?!自己|自身|本人|个人|正规|正当|合法|官方|努力|诚信|规定的?|渠道|途径|方式)"
)
#: (issue 9, session 53, review20) A gift word right before a study goods word (送辅导书, 附赠教材,
#: 再赠送全套复习书): the book is thrown in with what is sold, so it does not make the offer a
#: bookshop's. 配送 ships what is bought and stays out. (session 54, review21) So do the other
#: sending words (发送题库, 运送 / 递送 / 寄送 / 传送教材: the bought book or bank sent out) and a
#: donation (捐赠教材: charity, no seller's throw-in); a delivery to the door is read after the
#: goods word (:data:`_DELIVERED_AFTER`).
_GIFT_BEFORE = recache.compile(
    r"(?:(?<![配发运递寄传输护押])送|赠送|附赠|附送|加送|另送|免费送|(?<!捐)赠)"
    r"(?:一本|一套|全套|整套|\d+本|\d+套)?$"
)
#: (session 54, review21) The goods word carried to the buyer (送教材上门, 送题库到家): the 送 of
#: a delivery, not a gift.
_DELIVERED_AFTER = recache.compile(r"(?:上门|到家|到府)")
#: (issue 9, session 60, review55) The paper issued anyway after the course given up (不做培训照样
#: 出证; 不做培训也能拿证): read after the course word by ``_NOT_DONE_BOAST`` and by the exceptions.
_ISSUED_ANYWAY = (
    r"[，,\s]*(?:也|照样|照常|照旧|同样|一样)(?:能|可以|可)?(?:直接)?"
    r"(?:出证|拿证|发证|下证|办证|拿到证)"
)
#: (issue 9, session 60, review59) The course a seller gives up before issuing anyway (不做培训照样
#: 出证，电话 …): its 培训 is no school's course, so it excuses nothing (CS-203's ``unless: 培训``).
_WAIVED_COURSE = ("培训", "课程", "学习")
_ISSUED_ANYWAY_RX = recache.compile(_ISSUED_ANYWAY)

_NOT_DONE_BOAST = recache.compile(
    r"不(?:像|真|逼真|一样)的|题(?!库)"
    # (issue 9, session 54, left15) or the spoken promise only, the written one offered at once
    # (不做口头承诺，直接签合同保过; 本校不做承诺，焊工证直接签协议包过): the seller trading a word for a
    # contract, no refusal of the trade. The promise itself is still the rule's to find, so a
    # school's 不做承诺，直接报名参加培训 names none and stays silent.
    r"|(?:口头|空头|任何)?承诺[，,\s]*[^。，,！!？?不没无非]{0,8}?(?:直接|只)?签(?:订)?(?:合同|协议|约)"
    # (issue 9, session 60, review55) or the course given up and the paper issued anyway (不做培训照样
    # 直接出证; 不做培训也能拿证): the seller conceding the skip, as context._SKIP_CONCEDED reads 没有
    # X 也; a school's 不做培训，照样要参加考试 / 也可以报名考试 names no paper issued
    r"|(?:培训|课程|课|学习)" + _ISSUED_ANYWAY
)

#: (issue 9, session 51, left7) The seller's refusal of one trade word, a space for its comma, then
#: its promise within a paper's name (不做代办 焊工证免考直接下证): the stock reassurance of a terse
#: post, as context.spaced_refusal reads it for the negation. No 不 / 没 / 无 / 非 may stand between
#: (不做代办 不承诺包过; 不做代办 焊工证不包过 refuse on).
_ONE_REFUSED = recache.compile(ONE_TRADE_WORD)
#: (issue 9, session 70, review130) The writer's own line of business right after its refused practice
#: (不做虚假宣传，只做包过; 不搞夸大宣传，专做包过), and the promise it names (``_PRACTICE_REFUSED_SOLD``)
_PRACTICE_TURN = recache.compile(
    r"[，,\s]*(?:我们|本店|本校|咱们)?(?:只|就|专|光)(?:做|搞|干|承诺|讲|卖|办)"
)
_PROMISE_NEXT_RX = recache.compile(r"(?:真|真正的?)?(?:" + PROMISE_WORDS + r"|保过|稳过|必过)")
_PROMISE_SOON = recache.compile(r"[^。，不没无非]{0,6}?(?:" + PROMISE_WORDS + ")")


def _practice_menu_sold(text: str, head: int, start: int) -> bool:
    """(issue 9, session 70, review130) Whether the list head at ``text[head:]`` refuses a banned
    advertising practice (``PRACTICE_REFUSED``: 本店不做虚假宣传：) and the line after its colon up to
    the sentence's end holds the seller's words (``_REFUSED_LIST_SOLD``, a private contact): the
    seller vouching for its ad over its menu, no banned list. The candidate at ``start`` is an item."""
    colon = max(text.rfind("：", head, start), text.rfind(":", head, start))
    if colon < 0 or not PRACTICE_REFUSED.search(normalize_light(text[head:colon]).replace(" ", "")):
        return False
    # the candidate's own clause refusing it again (本校不做虚假宣传：不承诺包过，不组织代考，报名加微信 …):
    # the school's list of refusals with its sign-up chat, no menu
    clause = max(text.rfind(c, colon, start) for c in "，,、；;：:") + 1
    if re.search(r"[不没无非勿禁]", text[clause:start]):
        return False
    stop = len(text)
    for c in "。！!？?\n":
        i = text.find(c, start)
        if 0 <= i < stop:
            stop = i
    rest = normalize_light(text[colon + 1 : stop])
    return _REFUSED_LIST_SOLD.search(rest) is not None or _private_contact(rest)


def _spaced_one_refused(n: Normalized, text: str, at: int) -> bool:
    """Whether the 不做 ending at ``n.text[at]`` refuses one trade word that a space in the original
    ``text`` closes before the seller's promise (see ``_PROMISE_SOON``)."""
    m = _ONE_REFUSED.match(n.text, at)
    if m is None or m.end() >= len(n.text):
        return False
    gap = text[n.span(m.end() - 1, m.end())[1] : n.span(m.end(), m.end() + 1)[0]]
    return gap != "" and gap.strip() == "" and _PROMISE_SOON.match(n.text, m.end()) is not None


#: (session 37) How many item lines back a heading is looked for, and what an item line is: short,
#: no sentence end in it (1. 电工证代办 / · 焊工证免考 / 包过拿证)
_LIST_LINES = 12
_ITEM_MAX = 48
_HEAD_MAX = 80
_ITEM_END = recache.compile("[。！？!?]")


#: (session 42, lead) A numbered item (1. …, 2、…, （3）…, ④ …): a bulletin lists the ads it
#: found whole, number, contact and all (我局在网络巡查中发现以下违法广告：\n1. 低压电工证免考办理
#: 全国可查 联系电话 139…), longer than a keyword list's items.
_NUMBERED = recache.compile(
    r"(?:[0-9]{1,2}\s*[.．、)）]|[（(][0-9一二三四五六七八九十]{1,2}[)）]|[①-⑳])"
)


def _list_item(line: str) -> bool:
    line = line.strip()
    numbered = _NUMBERED.match(line) is not None
    most = _ITEM_MAX if numbered else 24
    if (
        numbered
    ):  # (session 42, hacked) the last item of a bulletin's list ends its sentence (3. …。)
        line = line.rstrip("。；;")
    return 0 < len(line) <= most and _ITEM_END.search(line) is None


#: (issue 9, session 68, styles13) What follows a list's name heading its list (禁发清单：, 禁发类目（教育）：):
#: the colon, after at most a few characters of its own.
_LIST_NAME_HEAD = recache.compile(
    r"[^。！？!?\n：:，,]{0,6}(?:[（(][^（()）\n：:]{1,8}[）)])?[：:]"
)


#: (issue 9, session 68, review116) The writer's own offer in the line a 禁发清单 heads (我们都能做, 我能办,
#: 都是我们能办的): a platform's or a group's list has a first person only to remove, refuse or ban
#: (我们平台一律下架, 我们一经发现立即删除, 我们不能发布, 这些我们都不能卖, 我们会做下架处理), never one
#: who makes or gets.
_OWN_MENU = recache.compile(
    r"(?:我们|我|本店|咱们|咱)(?:都|全|均|也|全都)?(?:能|可以|可)(?:做|办|代办|制作|出|弄)"
    # not the platform's own action (我们会做下架处理, 我们能做的就是删帖, 能做到及时处理)
    r"(?!到|的就是|下架|处理|删|封)"
)


def _own_menu_after(text: str, at: int) -> bool:
    """True when the line from ``at`` (a 禁发清单's end) to its break holds the writer's own offer."""
    end = text.find("\n", at)
    return _OWN_MENU.search(text, at, end if end >= 0 else len(text)) is not None


def _list_head_pattern(lex: Lexicon, reach: int = 6) -> re.Pattern[str] | None:
    """A warning word, at most ``reach`` characters, then a colon: the head of a list."""
    terms = {t for ts in lex.sets.values() if ts.role == "warning" for t in ts.terms if t}
    if not terms:
        return None
    # (session 36) a bracketed kind may follow the few characters (违禁词清单（教育类）：…)
    return re.compile(
        f"({words_pattern(terms)})[^。！？!?\n：:，,]{{0,{reach}}}"
        "(?:[（(][^（()）\n：:]{1,8}[）)])?[：:]"
    )


def _disclaimer_pattern(lex: Lexicon) -> re.Pattern[str] | None:
    """A school's statement about exam results (不承诺考试结果): it speaks for its whole
    sentence, so a 签约班 seventeen characters before it is no promise either."""
    return words_rx(t for ts in lex.sets.values() if ts.role == "disclaimer" for t in ts.terms)


#: What may stand between two papers of one list (健康证、焊工证; 电工证和驾照; 学历+高处作业证),
#: once the papers named between them are taken out: joiners, and short names of further papers
#: no word list holds (厨师证, 保安证: a few characters ending in 证, 照, 本 or 卡).
_LIST_JOINERS = recache.compile(
    "(?:[，+/]|和|与|及|以及|或|或者|跟|还有|加|外加|[\u4e00-\u9fff]{1,5}?(?:证|照|本|卡))*"
)


#: After an errand word: it names a booklet or card (户口本, 社保卡), or the papers a shop or
#: business comes with (营业执照齐全, 执照都有): no errand sold beside the listed paper.
#: How far from a candidate a replacement sold (补一本, 原号) breaks a notice service's 登报
#: (a listing's whole line: 代办登报遗失声明+补办操作证一条龙 证号和原来一样 全国联网可查).
_PUBLISH_REACH = 30
_ERRAND_HELD = recache.compile("本|卡|齐全|齐|都有|完整")

#: A list of travel papers only (护照签证, 护照、通行证): the visa agency's own errand, which its 做 or
#: 办 governs (专业做护照签证), not a forger's list that a travel paper is slipped into.
_TRAVEL_ONLY = recache.compile("(?:护照|签证|签注|通行证|旅行证|[，、+/和及])+")

#: (session 50, review7) The next item of a list after a travel errand, when it is a paper (a
#: name ending in 证, 驾照, 执照 or 本: 驾照, 身份证, 户口本, 毕业证), joiners allowed before it; the
#: photo the agency takes (签证照, 证件照) is no paper.
_PAPER_ON = recache.compile(r"[，+/和及]?(?![照片])([^，。]{1,5}?(?:证|驾照|执照|本))")
_TRAVEL_WORD = recache.compile("护照|签证|签注|通行证|旅行证")
#: (session 50, review8) Words ending in 证 that are a visa agency's own errands or promises, not
#: papers: the attestation it arranges (使馆认证, 学历公证, 外交部认证) and its 保证 / 验证.
_SERVICE_ZHENG = recache.compile("(?:认|公|保|验|见|论|查|求)证$")


def _listed_on(s: str, u: Match) -> bool:
    """Whether the list holding the travel errand ``u`` goes on after it to a paper no visa
    agency makes (专业做护照 签证 驾照 身份证 加v: 护照签证 heads a forger's catalogue); the agency's
    list of what the client brings is parted from its errand by words (专业做护照签证，客户准备身份证)."""
    m = _PAPER_ON.match(s, u.end)
    return (
        m is not None
        and _TRAVEL_WORD.search(m.group(1)) is None
        # (session 50, review8) the agency's attestation after it (护照签证 使馆认证 学历公证)
        and _SERVICE_ZHENG.search(m.group(1)) is None
    )


#: The rest of a clause that ends in a question mark (想不想考电工证？): the clause asks.
_ASKED_ON = recache.compile(r"[^。，；;！!？?\n]{0,12}[？?]")

#: A clause mark of the original text (a list's 、 is none) parts a sale word from a paper.
_CLAUSE_MARK = recache.compile("[，,。；;！？!?\n]")
_CLAUSE_COST = 10


def _gap(n: Normalized, text: str, x: tuple[int, int], y: tuple[int, int]) -> int:
    """How far apart two normalized spans stand in the original ``text``: the characters
    between them (spaces too: 健康证代办 焊工证培训), each clause mark counted as ten."""
    lo, hi = (x, y) if x[0] <= y[0] else (y, x)
    a = n.span(*lo)[1]
    b = n.span(*hi)[0]
    if a >= b:
        return 0
    return b - a + _CLAUSE_COST * len(_CLAUSE_MARK.findall(text, a, b))


def _listed(
    s: str,
    x: tuple[int, int],
    y: tuple[int, int],
    papers: OtherPapers | None,
    errands: re.Pattern[str] | None = None,
) -> bool:
    """Whether the papers at normalized spans ``x`` and ``y`` are written as one list in ``s``:
    only joiners (、 and ， both normalize to ，; 和, 及, +), other papers and other errands
    (``errands``: 社保, 营业执照) between them."""
    lo, hi = (x, y) if x[0] <= y[0] else (y, x)
    between = s[lo[1] : hi[0]]
    if papers is not None:
        between = papers.strip(between)
    if errands is not None:
        between = errands.sub("", between)
    return _LIST_JOINERS.fullmatch(between) is not None


#: (session 55, review28) A warning word that passes a verdict on a claim (都是空话, 纯属噱头, 都是
#: 骗局, 是骗人的, 都是假的), and what may stand between the claim and it (别家包过的说法都是骗局).
#: (session 61, review66) 忽悠 as 噱头 (别家包过纯属忽悠).
_VERDICT_TERM = recache.compile(r"空话|大话|噱头|空头支票|骗局|骗人|假的|忽悠")
#: (issue 9, session 66, lawful2) On a pass promise only, the verdict may be 骗子 and the claim may
#: end in a bare 的 (those who say it: 外面说包过的全是骗子，我们学校包过程辅导，报名加微信 is the
#: school's line, its 包过程 an everyday word, ``_pass_in_word``); the seller who means it says it
#: again after the turn (我们是真包过), a candidate of its own. Not on a trade word (外面那些代办的全是
#: 骗子，登高证十天下证 私聊; 先交定金再出证的全是骗局，我们货到付款: the rivals' trade, the writer's
#: own pitch after it).
_PASS_VERDICT_TERM = recache.compile(_VERDICT_TERM.pattern + "|骗子")
_VERDICT_GAP = recache.compile(
    r"(?:的?(?:说法|承诺|宣传|广告|话))?[，,]?(?:其实|那)?(?:都|全|也|就|纯|只)?(?:是|属)?"
)


#: (issue 9, session 61, review66) An answer that repeats the question's wish and mocks it (焊工证
#: 能不能包过？包过，想都别想; 电工证不包过？包过，门都没有): the pledge opens the answer right after the
#: question mark and the next clause, whole, is the refusal. Read only there: as a warning word the
#: idiom took a seller's turn on its rivals (别家想都别想，我们包过; 在别处门都没有，在我们这包过).
#: (session 61, review71) after an exclamation or the echo's question mark too (包过！门都没有！;
#: 老师：包过？想都别想) and in its close words (想也别想, 想得美): the refusal still closes its clause.
_MOCKED_ANSWER = recache.compile(
    r"[，,！!？?]\s*(想都别想|想也别想|门都没有|门儿都没有|别做梦了?|做梦吧?|想得美)(?=[，,。！!；;\s]|$)"
)
#: (session 61, review71) or a Q&A's answer label between them (问：…能包过吗？答：包过，想都别想).
_ANSWER_OPENS = recache.compile(r"[？?]\s*(?:(?:答|回复|回答|老师|客服)\s*[：:]\s*)?$")
#: How far before the part its question mark and answer label are read.
_ANSWER_BACK = 6


#: (issue 9, session 62, fa21) The guarantee's own word denied right after it (客服：包过的没有，
#: 考试靠自己; 包过是不可能的，我们只保证教会; 包拿证这种事是不存在的): the shop names the promise to
#: refuse it. The denial must close its clause (so 包过的没有不过的 / 包过的，没有不过的, the seller's
#: "nobody fails", is none), and no promise, refund or inside way may follow within
#: ``_POST_DENIED_REACH`` (别家包过的没有，我们这里真包过 is the outbid's).
#: (issue 9, session 75, review176) The words a school's list of refused words may hold beside the
#: pass (包过、免考、不用到场，这三句话本校从来不说; 包过和代考这两个词我们不用): the banned promises, skips
#: and proxies. Any other word after the pass (包过，考不过这种词我们从来不说; 保过，退费这两个字我们不写;
#: 包过，包邮这个词我们不用) is a second word the seller refuses, not a list with the pass in it.
_REFUSED_WORD_ITEM = (
    r"代考|替考|代人考|枪手|包过|保过|包拿|包证|稳过|必过|免考|免试|不考|不用考|无需考|不过退"
    r"|保证通过|百分百通过|100%通过|一次通过|不用到场|不到场|不露面|人不来|直接拿证|直接出证|内部渠道"
    # (issue 9, session 75, review180) the same promises and skips in their other common words
    r"|无需到场|无须到场|免到场|一次拿证|轻松拿证|快速拿证|百分之百|稳拿"
)
#: (issue 9, session 76, consol1) The thing denied as a list item, the first (包过的没有; 包过的事从来没有) or
#: the second (免考的也没有): one account for ``_POST_DENIED``'s first branch and ``_BACK_DENIED_TOO``,
#: which rounds 62-65 wrote twice. The second copy lacked 的事 / 这种说法 and the absolute 从来 / 根本
#: (包过的没有，免考的事也从来没有 fired GP-001), the first the 就 / 都 of a list (包过的都没有).
#: (issue 9, session 64, review98) the second of a list denied (包过的没有，稳过的也没有); (session 65,
#: review104) the denial made absolute (咱们这儿包过的事从来没有，考试本人参加). Each reader closes it
#: with its own tail.
_DENIED_ITEM = r"(?:的|的事|这种事|这回事|这种说法|这一说)?(?:也|更|就|都|也都|更加)?(?:是)?(?:从来|从|根本|压根儿?)?"
_DENIED_WORD = r"没有|不存在|不可能"
#: (consol1) The school as the one who refuses (本校不办; 我们从来不说; 咱们这儿也不讲), its place word and its
#: adverb: one account for the four branches of ``_POST_DENIED`` that name it. The saying branches lacked
#: the 不办 branch's 这儿 / 也 / 都 (包过这种话我们这儿从来不说 / 我们也不说 fired GP-001), the 不办 branch
#: their 从 (免考的我们从不办 fired CS-001).
_REFUSER = r"(?:我们|本校|我校|本中心|咱们|学校)"
_REFUSER_HERE = r"(?:这边|这里|这儿)?"
_REFUSER_ADVERB = r"(?:也|都)?(?:从来|一律|坚决|从)?"
#: (consol1) The school's refusal to say, promise, write or use the pass (说不出口; 不承诺; 不敢写; 挂不上嘴; 不这么
#: 说): one account for ``_POST_DENIED``'s two saying branches and ``_SAID_REFUSAL``, which reads the same
#: refusal back from its end. The word-noun branch lacked 不敢说 / 说不出口 / 不承诺 (稳过这个词我们从来不敢说
#: fired GP-001), the bare branch 挂不上嘴. 不用 is a refusal only after the word noun (我们不用考 is the
#: skip); the print refused (``_PRINT_REFUSED``) is read back from its end as 上写.
_SAID_REFUSING = (
    r"说不出口|讲不出口|不敢讲|不敢说|不说|不讲|不承诺|不敢承诺|给不了|承诺不了"
    r"|不这么说|不这样说|不这么讲|不这样讲|不敢写|不写|不敢用|挂不上嘴"
)
_PRINT_REFUSED = r"不往[^，,。\s]{1,6}上写"
#: (consol1) ... and the word absent from the school's own print (在我们的海报上找不到).
_PRINT_ABSENT = r"找不到|看不到|见不到"
_POST_DENIED = recache.compile(
    r"(?:证)?(?:" + _DENIED_ITEM + r"(?:" + _DENIED_WORD + r")(?:的|过)?"
    # (session 64, review96) or the proxy turned away after its name, as a job post or a school
    # writes it (招聘安全员，持证上岗，代考勿扰; 代考的免谈): the refusal 挂证勿扰 is for the renter
    r"|的?(?:请)?(?:勿扰|免谈|绕道|勿来|别来)"
    # (issue 9, session 66, review109) or the school saying it does none (不用考的证我们不办，必须考试;
    # 免考的本校一律不做), the shape of fa29r's 我们这边不办 after the paper's name
    r"|的?[，,]?" + _REFUSER + _REFUSER_HERE + _REFUSER_ADVERB + r"(?:不办|不做|不接|不搞)"
    # (issue 9, session 67, lawful3) or the pass named as a saying the school will not say (包过的话
    # 我们说不出口，能做的是把课讲透，报名电话 …; 包过这种话我们不敢讲; 保过这种承诺本校给不了; 包过
    # 我们不承诺): the candidate ran on to the enrolment word, and no reading saw the refusal after
    # the promise; a seller's 说得出口 / 敢说 is no refusal, and ``_post_denied_back`` keeps the
    # one that says it again or leaves a private contact (包过我们不说，懂的加v)
    r"|(?:的话|这种话|这话|这句话|两个字|这种承诺|这个承诺|的承诺)?[，,]?"
    + _REFUSER
    + _REFUSER_HERE
    + _REFUSER_ADVERB
    + r"(?:"
    + _SAID_REFUSING
    + r"|"
    + _PRINT_REFUSED
    + r")"
    # (issue 9, session 74, lawful13) or a rival's promise answered by the school's own refusal to say it
    # so (别的机构说稳过，我们不这么说，没考过的下期免费跟课): the manner word is the saying refused; or
    # the word refused in print after GP-127's own term, which ends on the word noun (保过两个字 | 本中心
    # 不敢写): writing is no skip, so these need no noun (不用 does, below: 我们不用考)
    # (issue 9, session 74, lawful13) or the pass named as a word, alone or with the skip in a list, and
    # the school refusing to use, write or say it (稳过这个词我们招生时从来不用; 包过这几个字本校不敢写;
    # 保过这句话我们不往广告上写; 包过、免考这两句话我们从来不说, its 、 normalized to ，): the word noun is
    # required here, so a bare 我们不用 (…我们不用考) is never read as a refusal; the writer must be the
    # school (别家不敢写，我们敢写 is the outbid), and ``_post_denied_back`` keeps the one taken back
    # (但结果你懂; 签协议保过)
    # (issue 9, session 75, review176) each other item of the list is itself a banned word
    # (``_REFUSED_WORD_ITEM``): 包过，考不过这种词我们从来不说 / 保过，退费这两个字我们不写 refuse another
    # word after the seller's own pass; 这些词 names the list too (包过、免考、代考这些词我们不用)
    # (review180) its other common words (无需到场, 一次拿证, 轻松拿证, 百分之百通过) are items too
    # (review176) or glued on without a joiner (包过免考这种话我们从不讲), then 这种话 as lawful3 names it
    r"|(?:[、，,和与及][^，,。、\s]{0,3}?(?:"
    + _REFUSED_WORD_ITEM
    + r")[^，,。、\s]{0,3}?|(?:"
    + _REFUSED_WORD_ITEM
    + r")){0,3}[，,]?"
    r"(?:这种(?:词|字眼|话)|这些(?:词|字眼|话)|(?:[这那][两几三四五]?|[两几三四五])个(?:字|词|字眼)"
    r"|[这那][两几三四五]?句话)[，,]?"
    r"(?:"
    + _REFUSER
    + _REFUSER_HERE
    + r"(?:(?:招生|宣传|上课|平时|做广告)(?:时|的时候)?)?"
    + _REFUSER_ADVERB
    + r"(?:不用|"
    + _SAID_REFUSING
    + r"|"
    + _PRINT_REFUSED
    + r")"
    # or the word absent from the school's own print (包过这两个字在我们的海报上找不到)
    r"|在" + _REFUSER + r"的?[^，,。\s]{0,6}上(?:" + _PRINT_ABSENT + r"))"
    # (issue 9, session 71, lawful10) or the saying named and judged baseless or not believed, a paper's
    # or a learner's turn against the pass (…然而稳过的说法并无依据; 只不过稳过这种话我从来不信)
    # (issue 9, session 71, review135) 的话 only with the one who disbelieves (包过的话我不信): bare, it is
    # the seller's "if" (包过的话不信，可以先考试后交费); and not when the sentence goes on to the
    # writer's own result (我们用结果说话，三天拿证; 但我们的学员百分百拿证)
    r"|(?:(?:的说法|这种说法|这个说法|这种话|这话)[，,]?(?:我|我们|大家)?|的话[，,]?(?:我|我们|大家))"
    r"(?:从来|根本|压根儿?|一直|都)?"
    r"(?:不信|不相信|没信过|并无依据|毫无依据|没有依据|没有根据|不可信|站不住脚)"
    r"(?![^。！!？?\n]{0,24}?(?:我们(?:是|这|的学员|用|才|真)|我这|来我们|试试|真(?:包|稳)|百分|100%"
    r"|先考|后付|交费|交钱|(?:[一二两三四五六七八九十\d]+(?:天|周|个月)|直接|马上|就能|包)(?:拿|出|下)证)))"
    r"(?=[，,。！!；;\s]|$)"
)
#: The parts whose own word the refusal right after them denies: the pass, the proxy and (session
#: 65, review104) the skip, the second of a school's list (包过的没有，免考的更没有，想拿证就好好学).
_POST_DENIED_HEADS = ("包", "保", "代考", "替考", "稳过", "必过", "免考", "不用考", "免试")
_POST_DENIED_TAILS = ("包过", "保过", "稳过")
#: (consol1) The examiner squared (考场打点好了; 考官那边打过招呼), not refused (没法打点, 打点不了) nor a drip
#: (打点滴): one account for the take-back after the refused word (``_SAID_TAKEN_BACK``) and the way round
#: (``_DENIAL_RESOLD``); the first read 没法打点 as the seller's (…考场也没法打点，全凭本事 fired GP-001).
#: (issue 9, session 77, review196) ... nor denied (我们不打点, 没打过招呼, 没有打过招呼): ``_DENIAL_RESOLD`` had
#: these look-behinds on its whole group, ``_SAID_TAKEN_BACK`` none, so consol1's 打过招呼 read a school's
#: 考点那边我们没打过招呼 as the pass taken back. The refusal is only 没法 / 无法 / 没办法 (not the seller's
#: 有办法打点, 设法打点) and 打点不了 / 不起 / 不成 … (not the seller's 打点不少, 打点不用你操心), which the bare
#: ``(?<!法)`` / ``(?![滴不])`` let through.
_EXAMINER_SQUARED = (
    r"(?<!没法)(?<!无法)(?<!没办法)(?<!没有办法)(?<![没不])(?<!没有)"
    r"(?:打点(?!滴|不(?:了|起|成|到|下|动|通))|打过招呼)"
)
_POST_DENIED_BACK = recache.compile(
    r"包过|保过|包拿|稳过|必过|保你过|包你过|退|内部|渠道|关系|熟人|免考|不用考|直接拿|私聊|私我|加[v微]"
    # (issue 9, session 77, review196) the inside way in the take-back's words (考试有人替, 有人帮你考, 考场打点好
    # 了): consol1's 就 / 都 (包过的都没有) brought 包过的都没有，考试有人替 here, where 内部 / 渠道 / 关系 were the
    # only inside ways; the greeting read otherwise is skipped by ``_post_denied_back``
    r"|(?<![没不])(?<!没有)有人(?:替|帮[你您]?考)|" + _EXAMINER_SQUARED
)
_POST_DENIED_REACH = 24
#: (issue 9, session 75, review176) The private chats among ``_POST_DENIED_BACK`` ... and the enrolment
#: label right before one (报名私聊, 咨询加v, 报班私我): after the exam kept in person (``_OUTBID_TO_EXAM``:
#: 考试必须本人参加) such a chat is the class's sign-up. A bare chat (懂的加v, 私聊) stays the wink.
_POST_DENIED_CHAT = frozenset({"私聊", "私我", "加v", "加微"})
#: (issue 9, session 76, consol1) The exam in person waived as a formality or a face shown (走个过场, 走个
#: 形式, 露个脸): one account for the sign-up chat's waiver (``_POST_DENIED_WAIVED``) and the way round a
#: denied errand (``_DENIAL_RESOLD``); the first lacked 走个形式 (考试必须本人参加，走个形式，报名私聊 was read
#: as the class's sign-up, 走个过场 as the wink).
_FORMALITY = r"走个?(?:形式|过场)"
_FACE_SHOWN = r"露个?[面脸]"
#: (issue 9, session 77, review195) Where a bare 不露脸 is no waiver: the face required twice over (不能不露脸,
#: 不可不露面) or a lesson that needs no camera (网课不露脸也行, 网课可不露脸, 理论课可以不露脸). review190's
#: ``(?<![能可课])`` also took a lone 可 / 能 for the double negative, and so read a seller's 考试可不露脸 /
#: 能不露面 (the exam may skip the face) as the school's rule.
#: (issue 9, session 78, review200) ... the double negatives only (also 不可以 / 不准 / 不得 / 不许 不露脸): the lesson
#: is read over the whole clause by ``_exam_waived``, since review195's look-behinds knew it only as
#: 课 right before (直播课程可不露脸, 学习时可不露脸, 录播课不用露脸 were read as the exam's face waived).
_FACE_REQUIRED = r"(?<!不能)(?<!不可)(?<!不可以)(?<!不准)(?<!不得)(?<!不许)"
#: (issue 9, session 78, review200) The face skipped (不露脸, 不用露面, 不必露脸) ...
_FACE_SKIPPED = recache.compile(r"不(?:用|必|需)?露[面脸]")
#: ... in a clause about a lesson (网课, 直播课程, 学习时, 听课, 录播, 培训期间), which does not name the exam
#: (上课和考试都可不露脸 is the exam's): the school's online class, not the exam sold without the candidate.
_LESSON_NAMED = recache.compile(r"课|学习|听讲|直播|录播|培训")
_EXAM_NAMED = recache.compile(r"考|测")
_POST_DENIED_ENROL = recache.compile(r"(?:报名|咨询|报班|报考)(?:请|可|就)?$")
#: ... unless the exam so kept is waived before the chat, in a clause of its own (考试本人参加，走个过场，
#: 报名私聊; 本人到场，签个到就行): ``_OUTBID_TO_EXAM`` reads its own clause only.
#: (issue 9, session 76, review184) The face shown, the sign-in and the one trip are the waiver only as the
#: token the exam shrinks to (露个脸, 露一下面, 签个到, 只需露脸, 就跑一趟): bare, they are the school's own
#: exam rules (不露面的不能考, 全程露脸监控, 凭身份证签到入场, 需去考点跑一趟), which review180's bare
#: 露面 / 签到 / 跑一趟 read as the wink. A bare 不露脸 closing its clause is the waiver itself, and so are
#: the token's 就走 / 就过 / 就拿证 and 不露面的也能考.
#: (issue 9, session 76, review190) ... but not the face required twice over (进场不能不露脸, 不可不露面),
#: a lesson that needs no camera (网课不露脸也行, 理论课不露面也可以) nor the token denied (不是签到就走,
#: 并非露脸就过): the school's exam rule again, which review180 / review184 read as the wink.
_POST_DENIED_WAIVED = recache.compile(
    # (consol1) the formality as the shared _FORMALITY (走个过场 and 走个形式)
    # (issue 9, session 77, review196) not the formality denied (不是走个形式, 绝不走形式, 并非走过场): the exam
    # rule again, which consol1's 走个形式 (and so 走形式) read as the wink; the seller's rhetorical 还不是走个形式
    # stays the wink
    r"(?<!(?<!还)不是)(?<!并非)(?<!绝非)(?<!而非)(?<![不没])"
    + _FORMALITY
    # (issue 9, session 78, review201) ... but the seller's rhetorical question is the wink however it is
    # negated (这不是走个形式嘛, 说白了不是走个过场吗): the particle closes it (the question mark is a full stop
    # in the normalized text; 这不是走个形式？ stays unread)
    + r"|"
    + _FORMALITY
    + r"(?=(?:而已|罢了)?(?:吗|嘛|么|吧))"
    + r"|就行|即可|不用|不必|无需|挂个?名|露(?:个|一下|下)[面脸]|签(?:个|一下|下)到"
    r"|(?:只|就|只需|只要|只用|仅需)(?:露[面脸]|签到|(?:去|跑)一趟)|"
    + _FACE_REQUIRED
    + r"不用?露[面脸](?=[，,。！!；;\s]|$)"
    r"|(?<!不是)(?<!并非)(?<!不能)(?:露[面脸]|签到|(?:去|跑)一趟|到个场)就(?:走|能?过|能?拿证|完事)"
    r"|" + _FACE_REQUIRED + r"不用?露[面脸]的?也(?:能|可以|行)"
)
#: (issue 9, session 64, fa25) ... a back word that is itself denied at once (包过的没有，免考的更没有，
#: 正规培训，本人考试; 代考的没有，免考的也没有): the refusal said twice, as a list, not the outbid.
#: 免考的也有 / 我们有 stay the seller's.
_BACK_DENIED_TOO = recache.compile(
    r"(?:证)?" + _DENIED_ITEM + r"(?:" + _DENIED_WORD + r"|没)(?:的)?(?=[，,。！!；;\s]|$)"
)


#: (issue 9, session 67, review112) The refusal lawful3 read as a saying the school will not say
#: (包过这种话我们不敢讲, 包过的话我们说不出口, 保过这种承诺本校给不了, 包过我们不承诺) ...
_SAID_REFUSAL = recache.compile(
    # (issue 9, session 74, lawful13) the word refused in use or in print, and the manner refused (稳过这个
    # 词我们不用; 包过这几个字不敢写; 保过这句话不往广告上写; 我们不这么说), taken back the same way;
    # (consol1) the words are ``_POST_DENIED``'s own (``_SAID_REFUSING``)
    r"(?:" + _SAID_REFUSING + r"|不用|上写|" + _PRINT_ABSENT + r")$"
)
#: (issue 9, session 76, review184) The contract's own terms a school writes into it, however it words the
#: writing (合同里写明课时, 合同里写着课时和费用, 合同里写清楚学时, 协议上注明了每周上课时间): after them
#: 合同里写 is no pass in print. review180's list missed 写着 / 写清楚 and 学时; a seller's 合同里写着保障拿证
#: or 合同里写明包过 names none of them.
_CONTRACT_OWN_TERMS = (
    r"(?:明|清楚|清|着)?(?:了|的是|有|着)?(?:每周|每天|每次|具体|全部)?"
    r"(?:课时|学时|课节|师资|费用|收费|退费|学费|培训|上课|课程|教学|教材|内容|时间|地点|双方|权利|义务|服务)"
)
#: (issue 9, session 76, review184) What the fee buys at once after 交钱就给 (交钱就给证, 交了钱就给你办,
#: 交了钱就给你安排, 交钱就给出证 / 下证 / 搞定): the card or the whole errand. review180 kept only 证 / 办 / 过
#: so that 交了钱就给开正规发票 stays the school's, and lost 交了钱就给你安排 in every run; 安排 counts only
#: bare or done (安排好), not 安排上课.
#: (issue 9, session 76, review190) 包 and 安排 only as the whole errand, closing the clause or naming the
#: pass (交钱就给包过, 交了钱就给你安排好): a school's 交费就包食宿 / 安排好宿舍 is board and lodging.
_PAID_GIVEN = (
    r"(?:你|您)?(?:证|发证|出证|下证|拿证|寄证|邮寄证|办|过|搞定|弄好"
    r"|包(?=[，,。！!；;\s]|$|过|拿|证|办|你|您)|安排(?:好|妥|妥当)?了?(?=[，,。！!；;\s]|$))"
)
#: (issue 9, session 76, review190) What 交费 / 转账 / 打款 buys at once: the pass or the card, not whatever is
#: fetched or reached (交费就能拿教材, 交了费就能过来试听, 交费就包食宿 are the school's own terms).
_FEE_PAID_BUYS = (
    r"(?:包(?=[，,。！!；;\s]|$|过|拿|证|办|你|您)|能?过(?![来去目程遍一二两三几\d０-９])"
    r"|能?拿到?(?:证|(?=[，,。！!；;\s]|$)))"
)
#: (issue 9, session 76, review190) The refund on a fail judged at once, the school's warning (考不过全额返还
#: 是骗局, 说考不过全额返还的都是骗子): not the refund offered. A seller's 全额返还是真的 names none of these.
#: (issue 9, session 77, review195) ... and 都是 / 那是 only with the fraud named (那是骗人的, 都是套路, 那是不可能的):
#: bare, review190 read a seller's 考不过全额返还那是肯定的 / 都是写进合同的 as the school's warning.
#: (issue 9, session 78, review200) ... the fraud also named as a lure, a trap, an empty word, a fiction or a boast
#: (都是幌子, 那是圈套, 都是空头支票, 那是虚构的, 都是吹的, 多为诱饵), and after a comma (，那是骗人的; ，都是套路):
#: review195's list lost these to the seller's reading. The seller's 那是肯定的 / 白纸黑字 / 都是真的 names none.
_REFUND_FRAUD = (
    r"骗|诈|假|忽悠|套路|噱头|谎|陷阱|坑|虚假|虚构|编|违|不合法|不合规|不可能|不存在|不靠谱|误导"
    r"|幌子|诱饵|圈套|空话|空头|画饼|吹|瞎|胡说|胡扯|话术"
)
_REFUND_JUDGED = (
    r"是?(?:骗|假|忽悠|违|坑|幌子|诱饵|圈套|陷阱|套路|噱头|话术)|纯属"
    r"|[，,]?(?:的?(?:都|全|多|大多|往往|无非)|那(?:都)?)(?:是|为)(?:" + _REFUND_FRAUD + r")"
)
#: (issue 9, session 77, review195) What the writer's clause-final 我们能 / 会 / 可以 / 保证 answers when it takes
#: the refusal back: the pass or the card, named right before it with or without a mark (学校不会保证你通过，
#: 我们会; 拿证我们保证; 通过率我们保证; 能拿到证书吗？我们保证; 能通过考试吗？我们可以), or the rivals'
#: failure as a clause of its own (，别家做不到，我们能; ，别人不敢打包票，我们可以). review190 kept only 过 / 证
#: / 可能 with a mark after them, and lost these in every run; a school's 课时和师资我们保证, 能周末上课吗？我们
#: 可以 and 学费分期别家办不了，我们可以 (the rival named inside a clause about something else) name none of them.
#: (issue 9, session 78, review200) ... or the guarantee denied by anyone, a clause of its own (，学校不能保证，我们能):
#: both only right after the refusal (``_said_taken_back`` reads the group ``rivals``), since after a clause of the
#: school's own terms they compare those terms (学费可以分期，别家办不了，我们可以; 周末也能上课，别人做不到，我们能;
#: 课时足，其他机构不敢保证，我们保证), which review195 read as the pass taken back.
_RIVALS_FAILED = (
    r"[，,。？?！!；;\s](?:(?:别家|别人|人家|同行|外面|其他(?:人|家|机构|学校)?|别的(?:机构|学校)|谁)(?:都|也)?"
    r"(?:做不到|办不到|做不了|办不了|办不成|保证不了|给不了|不能保证|不敢(?:保证|承诺|打包票|包|说|写)?)"
    r"|[^，,。？?！!；;\s]{0,8}?(?:不能|不敢|无法|没法|不会)保证)"
)
#: (issue 9, session 78, review200) The pass among ``_TURN_ANSWERS``: 过 not as the aspect particle after a lesson's
#: verb (老师都讲过我们保证, 零基础没学过？我们可以), 证 not inside 保证 / 认证 nor the school's own 结业证 / 学员证 /
#: 听课证 / 准考证 / 身份证, 合格 only of the candidate (考核合格, 能合格吗, 人人合格, 学员都合格, or opening its clause), not of a
#: thing (实操设备都检验合格, 教材质量合格吗): review195 made the mark after them optional and added 合格, so these
#: school lines read as the pass taken back.
_PASS_ANSWERED = (
    r"(?<![讲学练做看读习听教])过"
    r"|(?<!保)(?<!认)(?<!结业)(?<!学员)(?<!听课)(?<!准考)(?<!身份)证书?"
    r"|(?:(?<=[考核试能次绩准必稳定会人，,。？?！!；;\s])|(?<=[员生人]都))合格"
)
_TURN_ANSWERS = (
    _PASS_ANSWERED
    + r"|可能|(?:通过|合格|过关|拿证)率|过关|(?:通过|过|考过)考试|(?P<rivals>"
    + _RIVALS_FAILED
    + r")"
)
#: (issue 9, session 78, review200) How the writer says the turn: an adverb before it (我们肯定可以, 我们绝对行) and
#: the deed named (我们能办到, 我们做得到, 我们说到做到), 的 after it (我们可以的); review195 knew only the bare verb.
_TURN_SAID = (
    r"(?:就|偏|照样|照|却|可|还|肯定|一定|绝对|完全)?"
    r"(?:能办到|能做到|办得到|做得到|说到做到|能|会|可以|保证|行)的?(?=[，,。！!；;\s]|$)"
)
#: (issue 9, session 76, review184) The school's retraining after a failed exam (考不过不收补课费, 补考不过
#: 不收重修费, 没过的不收复训费): another course waived, not the fee of a pass bought (考不过不收费).
_FAIL_FEE_OWN = r"(?:任何|额外)?(?:补课|补习|重修|复训|重学|再学|跟课|下期|额外|二次培训)"
#: (issue 9, session 76, review184) Where 考试不用去 / 来 is the exam skipped: the clause ends on it, or it
#: names the exam's own place or the attendance (考试不用去了, 考试不用来现场, 人不用去考场). review180
#: excluded a few place words (外地, 本市, 当地, 省, 市) and so still read a school's 考试不用去别的城市 /
#: 去很远 / 去济南，本市就有考点 as the take-back; 考试不用来了 went unread.
_SKIPPED_TRIP = r"(?=[，,。！!；;\s]|$|了|现场|考场|考点|参加|露面|到场)"
#: (issue 9, session 76, review184) 直接出证 judged at once, the school's denial (直接发证不可能, 直接出证
#: 不合法, 直接出证那是骗人的): not the paper sold. A seller's 直接出证不用等 names none of these.
_STRAIGHT_PAPER_DENIED = r"不(?:合法|合规|正规|可能|现实|靠谱|存在|允许)|那(?:都)?是|纯属|根本|绝(?:对)?不|都是|就是(?:违|骗|假)"
#: ... is a wink when the same promise follows in other words: nobody fails (反正没有不过的, 从来没有人
#: 没过), the reader knows (但结果你懂, 心里有数就行, 你来了就知道), the paper is certain (百分之百拿证,
#: 证肯定到手, 一次就能拿证, 稳稳的, 交了钱等着拿证, 来的都拿到证了, 考不过算我们的). Not a teacher's
#: 讲到你懂为止, 争取一次过, 考试要靠自己: those keep the refusal. Read only after this refusal, whose
#: words say nothing of the facts (包过的没有 denies the thing itself, and keeps its own readings).
_SAID_TAKEN_BACK = recache.compile(
    r"没有?人?考?[不没]过|你懂(?!为止)|懂的都懂|心里有数|心照不宣|来了(?:你)?就知道"
    r"|百分之?百|100%|稳拿|稳稳|(?:都|全)(?:拿到?了?证|过了(?![一二两三四五六七八九十几\d０-９]+[遍次轮]))"
    r"|算(?:我们|我)的|等着拿证"
    r"|证(?:肯定|一定|保证)到手|(?<!争取)(?<!力争)一次(?:就)?能?(?:拿证|过(?![不没]))"
    # (issue 9, session 75, review176) lawful13's refusal of the word (这个词我们不用 / 这几个字不敢写) taken
    # back in the words sellers use next: everyone passes (来了都过, 来的学员都过, 报了就能过; not 都过一遍,
    # 全过程, 都过去了, 老师都过目) ...
    r"|(?:都|全)能?过(?!了?[一二两三四五六七八九十几\d０-９]|[不没程遍去期来目问滤])"
    r"|(?:来了?|报了?名?|交了?钱)[^，,。]{0,3}?就能?过(?![不没一二两三几\d０-９程遍来去目])"
    # ... the thing under another name or in another print, as the next clause opens (，叫保障拿证; ，说直接
    # 发证; ，只说稳; ，写在合同里; ，合同上写; ，叫替你跑一趟; not ，我们说的是保证教会 nor ，退费规则写在合同里) ...
    r"|[，,](?:但是?|而是|我们|咱们|只|就|改|都)*(?:(?:叫|称|说|写|讲)(?:的?是|成|作|为)?"
    r"(?:(?:保障|保证|确保|包|直接|肯定|一定|必|稳)(?:能|会|可以|你)?(?:拿到?证|发证|出证|下证|到手|考?过(?![不没])"
    r"|通过)|稳(?=[，,。！!；;\s]|$))|(?:叫|称)(?:作|为|成)?[替代帮](?:你|您)"
    r"|写(?:在|进|到)(?:合同|协议)(?![上里中]?的)|(?:合同|协议)(?:上|里)(?:写|注明|写明)(?!"
    + _CONTRACT_OWN_TERMS
    + r"))"
    r"|(?<!不)(?<!不能)(?<!无法)(?<!没法)(?<!难以)(?<!不敢)(?<!谁能)(?<!人能)(?<!不会)(?<!没人)(?<!人敢)"
    r"保证(?:你|您)?(?:一定|能|可以)?(?:拿到?证|考?过(?![不没])|通过)"
    # (issue 9, session 76, review184) a count after 都过了 too (老师都过了两遍), digits as well (都过2遍);
    # the guards' words moved to ``_CONTRACT_OWN_TERMS``, ``_PAID_GIVEN``, ``_FAIL_FEE_OWN``, ``_SKIPPED_TRIP``
    # and ``_STRAIGHT_PAPER_DENIED``; 付款 / 转账 / 打款 就包, 考不过全免 / 全额返还 are the pass bought
    # (issue 9, session 75, review180) the school's own lines kept out of these groups: a chapter gone over
    # twice (老师都过两遍), 过来 (报名后就能过来试听), its contract's own terms (写在合同里的是课时, 合同里写明
    # 课时), the pass it cannot promise (谁也不能保证你考过), 交了钱就给开发票, 考试不用去外地, 无需到场缴费,
    # the paper straight out denied (直接发证是违法的); and the seller's 付了钱就包, 考不过免费, 考试不用来
    # ... the writer's outbid (我们这里敢写, 但敢做, 我们天天用, 只做不说, 用结果说话; not 我们也不敢, 但我们
    # 敢保证课时足, 老师天天讲的是安全) ...
    r"|(?:我们|我|咱们|本校|我校|我这|这里|但|却|可)(?:这里|这边|这儿)?(?:就|偏|照样|照|都|却|可|还)?"
    r"敢(?:写|说|用|做|讲|喊|承诺|打包票)?(?=[，,。！!；;\s]|$)"
    # (issue 9, session 76, review184) ... or the writer's own 能 / 会 / 可以 / 保证 closing the clause after
    # the pass the school said it cannot give (学校不会保证你通过，我们会; 谁也不能保证你考过，我们能; 直接发证
    # 不可能？我们可以): the lookbehinds below keep the denial the school's, this keeps the turn the seller's
    # (not 这里 nor 都: a school's 周末班晚班这里都可以 / 我们都可以 is its timetable)
    # (issue 9, session 76, review190) ... only right after the pass or the paper it answers (通过，我们会; 不可能？
    # 我们可以; 能过吗？我们可以): after another clause it is the school's own (课时和师资我们保证, 能周末上课吗？
    # 我们可以)
    # (issue 9, session 77, review195) ... the pass also named with no mark between (拿证我们保证, 通过率我们
    # 保证), asked in other words (能拿到证书吗？能通过考试吗？能过么？) or the rivals' failure (``_RIVALS_FAILED``)
    # (issue 9, session 78, review200) ... said with an adverb or the deed (``_TURN_SAID``), and a fail the writer
    # answers for to the end (过不了我们负责到底; not 售后问题我们负责到底)
    r"|(?:" + _TURN_ANSWERS + r")(?:吗|么|嘛|呢|不)?[？?！!。，,；;\s]*(?:我们|咱们|本校|我校|我这)"
    r"(?:这里|这边|这儿)?"
    + _TURN_SAID
    + r"|(?:过不了|考不过|没考过|没过)(?:的话)?[，,]?(?:我们|咱们|本校|我校)(?:都)?负责到底"
    r"|(?<!老师)(?<!教练)(?<!师傅)(?<!规程)(?<!规范)(?<!安全)天天(?:用|说|写|讲|喊)(?=[，,。！!；;\s]|$)|只做(?:不说)?(?=[，,。！!；;\s]|$)|光做不说"
    r"|用(?:结果|事实|成绩|通过率)说话"
    # ... an inside way or the answers (考试有人帮, 考场都打点好了, 押中原题, 考前给答案; not 没有人帮得了你) ...
    r"|(?<![没不])有人(?:帮|替)(?![你您]?(?:答疑|解答|讲解|辅导|复习|补课|纠正|指导|练习))|"
    + _EXAMINER_SQUARED
    # (issue 9, session 77, review196) the exam's own people ours (考试都是自己人监考, 考场有自己人, 阅卷的是我们的人;
    # not 老师都是自己人带出来的): ``_DENIAL_RESOLD``'s 自己人 / 我们的人, here only beside the exam's side
    + r"|(?<![没不])(?:监考|考官|阅卷|评卷|考场|考点)[^，,。！!；;\s没无不非]{0,4}?(?:自己人|我们的人)"
    r"|(?<![没不])(?:自己人|我们的人)(?:监考|阅卷|评卷|判卷|当考官|在考场)"
    + r"|押中|押原题|考(?:试)?原题|给(?:你|您)?(?:答案|原题)"
    # ... the pass bought, the fee waived on a fail, the exam skipped (交钱就包, 交钱就行, 交了钱等通知拿证,
    # 考不过不收费, 人不用到场; not 没考过的下期免费跟课, 交钱即可报名, 理论课不用到场)
    # (issue 9, session 77, review196) ... 交钱就稳, 交了钱等证就行 and 一手交钱一手拿证 too: consol1's 不敢说 /
    # 说不出口 / 不承诺 after the word noun brought these sellers here, where no word took them back
    r"|(?:交|付|掏)了?钱(?:就(?:行|包|能拿|拿|过|稳|给"
    + _PAID_GIVEN
    + r")|即可(?=[，,。！!；;\s]|$)|等(?:着|通知)?(?:拿)?证)|一手交钱[，,]?一手(?:拿|交|出|发)证"
    r"|(?:(?:交|付)了?(?:款|费)|转了?账|打了?款)(?:就(?:"
    + _FEE_PAID_BUYS
    + r"|给"
    + _PAID_GIVEN
    + r")|等(?:着|通知)?拿证)"
    r"|[没不]过(?:就)?(?:不收(?!"
    + _FAIL_FEE_OWN
    + r")|不要钱|免单|分文不收|免费(?=[，,。！!；;\s]|$))"
    # (issue 9, session 76, review190) the refund only on the exam failed, not on papers refused (报名资料
    # 审核不过全额返还) nor judged a fraud (``_REFUND_JUDGED``); 考不过也全额返还 is the same refund
    r"|(?<!审核)(?<!审查)(?<!体检)(?<!政审)(?<!资格)[没不]过(?:就|也)?(?:全免|(?:全额|全部)?(?:返还|返钱|返款))(?!"
    + _REFUND_JUDGED
    + r")"
    # (review196) 都 / 也 between (考试都不用去, 人也不用来)
    r"|(?:人|本人|考试)(?:都|也)?不用(?:到场|露面|去考|来考|[去来]"
    + _SKIPPED_TRIP
    + r")|不用本人(?:到场|去|来)"
    # ... or, as the next clause opens, the skip or the paper straight out (，不用到场; ，直接出证)
    r"|[，,](?:也|都|更|还)?(?:不用|无需|免)(?:本人)?(?:到场|露面|去考|来考)(?!缴|交|报名|办|领|提交|咨询|确认|审核|付)"
    # (review196) or mailed, after 到时候 / 回头 / 然后 (，到时候直接寄证; not 合格后直接寄证到家, whose clause opens on
    # the pass); a bare 稳了 as its own clause (，稳了; not 学好了基础就稳了); nobody failed (反正没挂过的; not 没挂过证)
    r"|[，,](?:到时候?|回头|然后)?直接(?:出|发|下|拿|寄|邮)证(?!的|是|属|违|犯|吗|？|\?|"
    + _STRAIGHT_PAPER_DENIED
    + r")"
    r"|[，,](?:但是?|反正|肯定|绝对|保准)?稳(?:了|的|稳的)?(?=[，,。！!；;\s]|$)"
    r"|没有?(?:人|学员)?挂(?:过|科)(?![证号名靠])"
)


#: (issue 9, session 71, lawful10) The skipped attendance a candidate ends on (焊工证不露面; 本人不到场) ...
_ATTENDANCE_SKIP_END = recache.compile(
    r"(?:不露面|不到场|不到现场|不去现场|人不来|不出面|不本人去)$"
)
#: ... denied right after it: the exam or the errand cannot be done so (本人不到场不能考; 不露面是考不了的;
#: 不露面办不了; 不到场是不可能拿到证的). The denial closes its clause: a seller's 不能考的也能办 / 考不了？找我
#: turns it into the clients he takes, so 的 + a turn, a question mark or any other word after it keeps
#: the candidate.
_ATTENDANCE_DENIED = recache.compile(
    r"(?:的话)?[，,]?(?:是|就|也|都|根本|肯定|绝对|一律)*"
    r"(?:(?:考|办|拿|领|参加)不(?:了|到|成|下来)(?:证|试)?|不(?:能|可能|允许|得)(?:参加)?(?:考|办|拿|领|进)"
    r"(?:试|理|证|场|到证|到)?)(?:的)?(?=[，,。！!；;\s]|$)"
)


_ATTENDANCE_AFTER = 30
_ATTENDANCE_SOLD = recache.compile(
    r"交钱|打款|我这|我司|本司|有渠道|内部渠道|特殊渠道|门路|有办法|搞定|下证|那是以前"
)


def _attendance_denied(s: str, a: int, b: int) -> str | None:
    """(issue 9, session 71, lawful10) The denial (``_ATTENDANCE_DENIED``) right after a candidate
    ``s[a:b]`` ending on a skipped attendance, or None: an office's or a learner's note that the exam
    cannot be taken unseen (新规落地：…本人不到场不能考; 焊工证不露面是考不了的) said the skip was
    offered. Not when the rest of its sentence sells (a private contact, 找我, a proxy) or a promise
    follows (``_post_denied_back``)."""
    if _ATTENDANCE_SKIP_END.search(s, a, b) is None:
        return None
    m = _ATTENDANCE_DENIED.match(s, b)
    if m is None:
        return None
    # read past the sentence's end too: a seller's next sentence answers it (…考不了。找我们，私聊)
    rest = s[m.end() : m.end() + _ATTENDANCE_AFTER]
    if _REFUSED_LIST_SOLD.search(rest) or _private_contact(rest) or _post_denied_back(s, m.end()):
        return None
    if any(
        w in rest
        for w in ("代考", "替考", "包过", "包拿", "也能", "也可以", "能办", "帮你", "我们", "找我")
    ):
        return None
    # (issue 9, session 71, review135) nor the seller's way round the rule further on (这是规定，不过…交钱
    # 三天下证; 那是以前，现在交钱就能拿; 我这可以; 我司内部渠道)
    if _ATTENDANCE_SOLD.search(rest):
        return None
    return m.group(0).lstrip("，,")


#: (issue 9, session 73, lawful12) An errand or a proxy exam said to be impossible right after its verb
#: (焊工证考试代办不了，必须本人到考点; 代考不了，考点刷脸进场; 复审代办不了，本人去上复审课): the office's,
#: the school's or the learner's answer that the card is had only by sitting the exam, not the errand
#: offered. The denial closes its clause (的 allowed): 别人代办不了的我们能办 / 代办不了？找我 keep the candidate.
_ERRAND_CANNOT = recache.compile(
    r"(?:代办|代考|替考|帮办|代领|办理|办)(?:是|也)?(?:办|考)?不(?:了|成)(?:的)?(?=[，,。！!；;\s]|$)"
)
#: ... and the double negative a school or a learner writes of the skipped exam (焊工证不考拿不到; 不考试是
#: 拿不到的; 不考是领不到的): no exam, no card. 不考也能拿 / 不考拿不到？我这能 are not it.
_NO_EXAM_END = recache.compile(r"(?:不考|不考试|不参加考试|不去考)$")
_NO_EXAM_DENIED = recache.compile(
    r"试?(?:的话)?(?:是|就|也|都|根本|肯定|绝对)*(?:拿|领|办|发)不(?:到|了|下来|出来?)证?的?"
    r"(?=[，,。！!；;\s]|$)"
)
#: The writer's own way round it further on (其实能拿; 但是我们有内部渠道; 那是以前，现在交钱就行; 我这不考也能拿):
#: the denial was the straw man of a sale.
_DENIAL_RESOLD = recache.compile(
    r"其实|但是|但|可是|然而|那是以前|也能|也可以|能办|能拿|照样|我这|我们能|我们可以|我们有|本司|我司"
    r"|(?<![别不])找我|包过|包拿|保过|稳过|代考|替考|内部|渠道|门路|有办法|搞定|交钱|打款|不用考|免考"
    # (issue 9, session 73, lawful12) or the errand taken up again for another card (导游证复审代办不了，
    # 电工证复审一条龙代办，本人不用回去): the denial was one card's, the sale the next one's
    r"|代办|帮办|一条龙|本人不用|不用本人|无需本人|不用回|不用到场|出证|到手"
    # (issue 9, session 73, review160) or the exam got round another way after the proxy is denied (代考不了，
    # 可以安排枪手进场; 代办不了，本人露个脸就行，剩下的我们操作; 远程帮你答题; 考场有人关照), or a chat
    # id sellers write without a number (滴我, 扣扣, 加q). Not the school's 考试由考点统一安排, 本人操作 or
    # 考试不是走过场: the arranging, the operating and the formality are the seller's only in these forms.
    # Not denied in their turn (没有通融, 没有人帮你考, 不会给你答案, 没有我们的人), nor an office's QQ group.
    r"|(?<!没)(?<!无)(?<!不)(?<!别)(?<!没有)(?<!不会)(?<!不能)(?<!不是)(?<!不存在)"
    r"(?:安排(?:人(?!员)|枪手|好了?)|枪手进|远程(?:帮|操作|答|控制|协助)|(?:我们|我来|帮你|替你)操作"
    r"|(?:传|发|给|递)你?答案|答案(?:同步|发你|给你)|"
    + _FACE_SHOWN
    + r"就|"
    + _FORMALITY
    + r"|关照|打招呼|放水|通融|照顾一下|花点钱|花钱就|交费就|我们的人|自己人|有人(?:帮你|替你)"
    # (issue 9, session 75, seller2) the examiner squared (考官已被我们打点好; 考官那边我们打过招呼), not
    # refused (没法打点, 打点不了) nor a drip in hospital (打点滴)
    + r"|"
    + _EXAMINER_SQUARED
    + r"|滴滴?我|戳我|扣扣(?!群)|[qQ]{2}(?!群)|加[qQ扣](?![qQ扣]?群)|[qQ]联系|联系[qQ])"
)
#: Someone else named right before the denied errand (别人 / 别家 / 外面代办不了): the writer outbids them
#: when the rest speaks of itself (我 …).
_DENIAL_OTHERS = recache.compile(
    r"(?:别人|别家|外面|他们|普通人|一般人|其他人)[^，,。！!？?；;\s]{0,3}$"
)
_DENIAL_AFTER = 30
#: A 找我 / 联系我 turned away (想速成的别找我们): the school sends the shortcut seeker off, it calls no one.
_NOT_ME_BEFORE = recache.compile(r"[别勿莫]$")


#: (issue 9, session 74, review166) ... or a verdict closing the clause of a way round (放水的监考员已被停职;
#: 找人通融的考生被取消了考试资格; 花点钱就能拿证是骗人的; 交费就能过的说法是假的): the way round is the
#: subject the writer judges, not its offer. Not a verdict denied (绝不是骗人的, 不是假的).
_WAY_ROUND_JUDGED = recache.compile(
    r"(?<!不是)(?<!不)(?<!没)(?<!怕)(?<!担心)"
    r"(?:(?:已被|被(?:当场|依法|立即)?(?:抓|查处|处理|处分|停职|开除|取消|拘留|判|罚)|会被(?:发现|抓|查|取消|处理))"
    r"(?![我])|取消[^，,。！!？?；;\s]{0,4}资格|"
    + "|".join(_LAW_WORDS)
    + r"|骗人|骗局|骗子|诈骗|是假的|谣言)"
)


#: (issue 9, session 76, review187) 打点 in its everyday sense readies things for the trip (考前打点行装按时到考点,
#: 打点一下资料, 把证件打点好), which a learner or a school writes after a denied proxy: not the way round when
#: a thing (``_PACKED_THINGS``) is what it readies, right after it or after a 把 / 将 before it in its clause,
#: and none of the exam's people or side (``_SQUARED_WHO``: 考官, 考评员, 上下 …) stands in its clause
#: before it or right after it. The bare squaring stays the seller's (都打点好了, 该打点的我们都打点了,
#: 考官已被我们打点好, 打点好考官).
_SQUARED_WHO = (
    "考官|考评|监考|评委|考场|考点|考试中心|考务|阅卷|上面|上头|上下|里外|关系|领导|那边|里面"
)
_SQUARED_BEFORE = recache.compile(_SQUARED_WHO)
_SQUARED_AFTER = recache.compile(rf"(?:好|过|了|一下)?(?:{_SQUARED_WHO})")
_PACKED_THINGS = (
    "行装|行李|行囊|资料|材料|证件|东西|物品|衣物|文具|背包|包裹|身份证|准考证|照片|工具|装备"
    # (issue 9, session 77, review192) and the things named with their kind (学员出发前打点好随身物品)
    "|随身物品|随身用品|考试用品|生活用品"
)
_PACKED_AFTER = recache.compile(rf"(?:好|了|一下|好了)?(?:{_PACKED_THINGS})")
_PACKED_BEFORE = recache.compile(rf"(?:把|将)[^，,。；;！!？?\s]{{0,8}}?(?:{_PACKED_THINGS})$")
#: ... and 打(过)招呼 is not when the sitting is scheduled or the candidate told to attend right after it,
#: in its clause or the next (学校已和考点打过招呼安排场次，请本人按时参加; 学校跟考点打过招呼了，本人带身份证去
#: 考): the school arranged the date with the site. A seller's skip after it (本人不用到场, 露个脸就行) is a
#: way round of its own.
_GREETING_SCHEDULED = recache.compile(
    r"安排(?:考试)?(?:场次|时间|批次|考位|日期|座位)|统一安排|排考|考试安排"
    r"|请本人|本人(?:须|必须|需|需要|要|带|携带|按时|准时|亲自)|按时参加|准时参加|按时到"
    # (issue 9, session 77, review192) or the date to be announced (班主任已和考点打过招呼，考试时间另行通知)
    r"|另行通知"
)
#: (issue 9, session 77, review192) Neither reading holds when the squaring shows: the examiner's side
#: greeted (``_GREETED_WHO``, in the greeting's clause: 考官那边都打过招呼了，本人按时到就行; not the site a
#: school books the sitting with, 考点 / 考试中心), or the payoff anywhere after the word
#: (``_SQUARED_PAYOFF``: 打点一下东西就能过; 打点好材料，人到就过; 把东西打点好，考官自然照顾; 本人去考场坐坐
#: 就拿证; 考官那边我们熟): the thing readied is the gift, the greeting a favour. A pass after the exam
#: itself (考试合格就能拿证) and a helper at the site (考场有人帮忙引导) are not the payoff.
_GREETED_WHO = recache.compile(
    # (issue 9, session 78, review198) not the centre a school books the sitting with, as 考点 / 考试中心 are
    # not (学校已和考评中心打过招呼安排场次), nor the chat group's or the class's inside (群里面, 班里面)
    "考官|考评(?!中心|机构|站|基地|办)|监考|评委|阅卷|上面|上头|领导|(?<![群班家屋])里面"
)
#: (issue 9, session 78, review198) The squaring's own means, wherever in the greeting's clause (通过关系已和考点
#: 打过招呼; 上下都打过招呼了): no one who greets is named by them.
_GREETED_WAY = recache.compile("关系|上下|里外")
#: (issue 9, session 78, review198) ... and in the greeting's clause only after the one greeted is introduced,
#: when it is (已和 / 已经和 / 都和 / 跟 / 与 / 同 / 向 / 给 ... 打过招呼): what stands before that is the one who
#: greets (学校领导已和考点打过招呼安排场次; 班主任在群里面说已和考点打过招呼), review192 read it as the one
#: greeted. A bare 和 may join two greeted (考官和考点都打过招呼了), so 和 only after an adverb of time.
_GREETED_TO = recache.compile(r"(?:已经?|都|也|提前|事先|早就?|先)和|跟|与|同|向|给")
#: ... unless the one greeted is a pronoun for the side named before it (考官那边我们已经跟他们打过招呼了).
_GREETED_PRONOUN = recache.compile(r"(?:他|她|它)们?|人家")
_SQUARED_PAYOFF = recache.compile(
    # (issue 9, session 78, review198) not the learner's own care (照顾好自己 / 身体 / 家人), nor knowing the
    # way or the syllabus (大家都熟悉, 我们熟悉考点的路线, 老师很熟练): 熟 closing the word only
    r"(?P<care>照顾|关照)(?!好(?:自己|身体|家人|家里|老人|孩子|小孩))"
    r"|有人(?:替|递|给你|提示|帮(?!忙(?:引导|指引|维持|检查|核对)))|坐坐|稳过|稳拿|包过|包拿"
    r"|放心考|(?:我们|都|很)熟(?!悉|练|记|读|背|知)|熟人|认识人"
    r"|(?P<earned>(?<!合格)(?<!通过)(?<!及格)(?<!考过)就(?:能|可以|可|给)?"
    r"(?:过(?![来去])|拿证|出证|拿到证))"
)
#: (issue 9, session 78, review198) The pass the learner earns, named in the payoff's clause before it (认真复习
#: 就能过; 复习到位就能过; 考试合格后就可以拿证; 成绩合格的就可以拿证): the school's encouragement, not the
#: bribe's reward (随便考考就能过 still is). review192's lookbehinds read only 合格 / 通过 right before 就.
_PAYOFF_EARNED = recache.compile(
    # not the effort waived (不用复习就能过, 无需学习就能拿证: the seller's)
    r"(?<!不用)(?<!无需)(?<!不必)(?<!不需要)(?<![不没免])"
    r"(?:合格|及格|考过|通过考试|考试通过|成绩|复习|学习|学好|学会|练习|练熟|背熟|吃透|掌握|认真|努力|用功"
    r"|刷题|做题|好好学)"
)
#: ... and the care of the lodging or of the family named in its clause before it (住宿有老师照顾; 家里老人有人照
#: 顾; 食宿由班主任照顾): not the examiner's favour (考官那边有人照顾 still is).
_PAYOFF_CARED = recache.compile(r"食宿|住宿|吃住|生活|起居|饮食|家里|家人|老人|孩子|小孩|宿舍")
#: ... and read within this many characters past the word: ``_squared_read_otherwise`` passes the whole
#: page, where review192's search ran to its end (包过这个词我们不用，学校已和考点打过招呼安排场次，请本人按时
#: 参加。… three sentences on …班主任会关照每位学员的复习进度 fired GP-001). ``_way_round_offered`` passes
#: 30 characters past the denial; the same reach here.
_PAYOFF_REACH = 30


def _squaring_paid_off(rest: str, at: int) -> bool:
    """(issue 9, session 77, review192; session 78, review198) Whether the squaring's payoff
    (``_SQUARED_PAYOFF``) follows the way-round word ending at ``at`` within ``_PAYOFF_REACH``: not the
    pass the learner earns (``_PAYOFF_EARNED``) nor the care of the lodging (``_PAYOFF_CARED``) named
    in the payoff's own clause before it."""
    for p in _SQUARED_PAYOFF.finditer(rest, at, min(len(rest), at + _PAYOFF_REACH)):
        lo = max((c.end() for c in _CLAUSE_MARK.finditer(rest, at, p.start())), default=at)
        if p.group("earned") and _PAYOFF_EARNED.search(rest, lo, p.start()):
            continue  # 认真复习就能过; 考试合格后就可以拿证
        if p.group("care") and _PAYOFF_CARED.search(rest, lo, p.start()):
            continue  # 住宿有老师照顾
        return True
    return False


#: (issue 9, session 77, review196) ... nor when the one greeted is the learner's own class, home or
#: employer (跟班主任打过招呼, 和单位打过招呼, 向家长打过招呼), with none of the exam's people in its clause: a
#: leave or a message passed on. Not 老师 alone (跟考场老师打过招呼 names the exam's side; a bare 跟老师打过
#: 招呼了，放心 stays the seller's).
_GREETED_OWN = recache.compile(
    # (issue 9, session 78, review201) not the exam office under the 人事 name (人事考试院 / 人事考试中心, 人事局,
    # 人事厅): review196's bare 人事 read a seller's 已经跟人事考试院打过招呼了，放心 as a learner's leave
    r"(?:跟|和|与|同|向|给)(?:班主任|辅导员|班长|班级|家长|家里|单位|公司|领班|人事(?!考试|局|厅)"
    r"|前台|宿管|舍管)"
)


#: (issue 9, session 78, review201) ... nor when the squaring is denied a few words before it in its clause
#: (我们不会去打点考官, 从没跟考官打过招呼, 没有门路打点考官, 没人敢去打点): ``_EXAMINER_SQUARED``'s and
#: ``_DENIAL_RESOLD``'s look-behinds read a denial right before the word only, so a school's 包过这个词我们不用，
#: 我们不会去打点考官，全凭本事 fired GP-001 / GP-002. Not the seller's plenty (没少打点) nor a reassurance or
#: the buyer spared the work (没问题 / 没事 / 不用担心 / 不用你 …: 不用担心考官打点好了, 不用你打点).
_SQUARED_DENIED = recache.compile(
    r"(?:没有?|未曾|从没|从未|从不|从来(?:没|不)|不会|不曾|不去|不想|不愿|不敢|不必|不用|无需|用不着"
    r"|绝不|决不|并没|没人敢?)(?!少|问题|事|关系|担心|怕|操心|你|您)[^，,。；;！!？?\s]{0,4}$"
)
_SQUARED_DENIED_REACH = 12


def _way_round_read_otherwise(rest: str, x: re.Match[str], lo: int, hi: int) -> bool:
    """(issue 9, session 76, review187) Whether the way-round word ``x`` in ``rest`` (its clause
    ``rest[lo:hi]``) is read in its lawful sense: 打点 readying a thing (``_PACKED_THINGS``) with none of
    the exam's people (``_SQUARED_WHO``), 打(过)招呼 followed by the sitting scheduled
    (``_GREETING_SCHEDULED``) with no examiner greeted (``_GREETED_WHO``); neither when the payoff
    follows (``_SQUARED_PAYOFF``, session 77, review192)."""
    word = x.group()
    if word not in ("打点", "打招呼", "打过招呼") or _squaring_paid_off(rest, x.end()):
        return False  # 打点一下东西就能过; 打点好材料，人到就过 (session 77, review192)
    if _SQUARED_DENIED.search(rest, max(lo, x.start() - _SQUARED_DENIED_REACH), x.start()):
        return True  # 我们不会去打点考官; 从没跟考官打过招呼 (session 78, review201)
    if word == "打点":
        if _SQUARED_BEFORE.search(rest, lo, x.start()) or _SQUARED_AFTER.match(rest, x.end()):
            return False
        return bool(
            _PACKED_AFTER.match(rest, x.end()) or _PACKED_BEFORE.search(rest[lo : x.start()])
        )
    if word in ("打招呼", "打过招呼"):
        to = max((g.end() for g in _GREETED_TO.finditer(rest, lo, x.start())), default=lo)
        if _GREETED_PRONOUN.match(rest, to):
            to = lo  # 考官那边我们已经跟他们打过招呼了: the examiner named before the pronoun
        if _GREETED_WHO.search(rest, to, hi) or _GREETED_WAY.search(rest, lo, hi):
            # 考官那边都打过招呼了，本人按时到就行 (session 77, review192); from the one greeted on, not the
            # one greeting (学校领导已和考点打过招呼, session 78, review198)
            return False
        if _GREETED_OWN.search(rest, lo, x.start()) and not _SQUARED_BEFORE.search(
            rest, lo, x.start()
        ):
            return True  # 已经跟班主任打过招呼 (session 77, review196)
        nxt = _CLAUSE_MARK.search(rest, hi + 1) if hi < len(rest) else None
        return (
            _GREETING_SCHEDULED.search(rest, x.end(), nxt.start() if nxt else len(rest)) is not None
        )
    return False


def _way_round_offered(rest: str) -> bool:
    """(issue 9, session 74, review166) Whether the rest after a denied errand names the writer's own way
    round it (``_DENIAL_RESOLD``) other than ruled out in that way round's own clause: banned before it
    (``_WAY_ROUND_BANNED``: 请勿找人通融) or judged after it (``_WAY_ROUND_JUDGED``: 放水的考官已被处理).
    review160's ways round gave the denial back to the seller wherever they stood; a clause of their own
    that the seller writes (别担心，我们安排人进场; 花点钱就能拿证，滴我) keeps doing so."""
    for x in _DENIAL_RESOLD.finditer(rest):
        lo = max((c.end() for c in _CLAUSE_MARK.finditer(rest, 0, x.start())), default=0)
        hi = c.start() if (c := _CLAUSE_MARK.search(rest, x.end())) else len(rest)
        if _WAY_ROUND_BANNED.search(rest, lo, x.start()) or _WAY_ROUND_JUDGED.search(
            rest, x.end(), hi
        ):
            continue
        if _way_round_read_otherwise(rest, x, lo, hi):
            continue  # 考前打点行装; 已和考点打过招呼安排场次 (session 76, review187)
        return True
    return False


def _errand_denied(s: str, a: int, b: int) -> str | None:
    """(issue 9, session 73, lawful12) The denial right after an errand or a proxy exam inside the
    candidate ``s[a:b]`` (``_ERRAND_CANNOT``), or the double negative right after its skipped exam
    (``_NO_EXAM_DENIED``), or None: the lawful answer that the card is had only by sitting the exam
    (代办不了，必须本人到考点; 不考拿不到，学员都是本人考的). Not when the rest sells (a private contact, a
    promise, the writer's own way round it) or the writer outbids someone else's denial."""
    m = None
    if _NO_EXAM_END.search(s, a, b) is not None:
        m = _NO_EXAM_DENIED.match(s, b)
    if m is None:
        for e in _ERRAND_CANNOT.finditer(s, a, min(len(s), b + 8)):
            if e.start() < b:
                m = e
                break
    if m is None:
        return None
    rest = s[m.end() : m.end() + _DENIAL_AFTER]
    if (
        _private_contact(s[m.end() : m.end() + 2 * _DENIAL_AFTER])
        or _way_round_offered(rest)
        or any(
            not _NOT_ME_BEFORE.search(rest, max(0, x.start() - 1), x.start())
            for x in _REFUSED_LIST_SOLD.finditer(rest)
        )
        or _private_contact(rest)
        or _post_denied_back(s, m.end())
        or _ATTENDANCE_SOLD.search(rest)
    ):
        return None
    if _DENIAL_OTHERS.search(s, max(0, m.start() - 8), m.start()) and "我" in rest:
        return None
    return m.group(0).lstrip("试")


#: (issue 9, session 73, lawful12) The card's holder named right before it at the end of a sale
#: candidate (出售二手叉车一台，原司机持有叉车证; 转让汽车吊，司机有起重证; 二手装载机出售，机手持证): the
#: machine is sold and its driver, who holds the card, may come with it. The card is a person's, not
#: goods. A seller who passes the card on or makes it (证可过户, 写你的名字, 也能帮你办, 不用考) keeps it.
_HOLDER_CARD = recache.compile(
    r"(?:司机|机手|驾驶员|操作员|操作手|师傅|机长)(?:都|均|本人)?(?:持有|持|有|带)(?:有效的?|正规的?)?"
    r"[^，,。！!？?；;\s]{0,5}证$"
)
_HOLDER_CARD_PASSED = recache.compile(
    r"过户|改名|改成|写你|你的名|帮你|给你(?!开车|干活|打工|拉货)|能办|可以办|也能|代办|包办|办理|转让|送证"
    r"|不用考|免考|不考|可查|能查"
    # (issue 9, session 73, review160) the card itself sold, handed over or lent out after the holder
    # (证随车转给买家; 叉车证单独也卖; 证一起打包卖; 证可挂你名下): 挂靠 is a trade in the card. The driver who
    # goes on driving for the buyer (可以继续给你开车) passes nothing on.
    # Read on the card only: the machine's own 配件也卖 / 打包价 / 车辆挂靠 pass no card on.
    r"|证[^，,。！!？?；;\s]{0,6}?(?:卖|出售|转给|转你|挂|租给|借给|打包)"
)


def _holder_card(s: str, a: int, b: int) -> str | None:
    """(issue 9, session 73, lawful12) The holder of the card named right before it (``_HOLDER_CARD``)
    at the end of the candidate ``s[a:b]``, or None: a used machine sold or rented with its certified
    driver. Not when the rest of the line passes the card on or makes it (``_HOLDER_CARD_PASSED``)."""
    m = _HOLDER_CARD.search(s, a, b)
    if m is None or _holder_card_passed(s, b):
        return None
    return m.group(0)


#: (issue 9, session 74, review166) The card's passing refused right before its verb (证不随车卖; 证是个人的
#: 不卖; 证不能转给买家; 证不能转让给他人): the holder keeps it. Only a plain or modal denial of that verb:
#: 证不用考也能转给你 gives it away (不用 is no refusal of the verb).
_CARD_PASS_REFUSED = recache.compile(
    r"(?:不|没|勿|别|禁止|严禁)(?:能|会|可以?|得|许|准|要|再|单独|随车|随人|对外|外)?"
    r"(?:卖|出售|转给|转你|转让|过户|挂|租给|借给|打包|改名)$"
)


def _holder_card_passed(s: str, b: int) -> bool:
    """(issue 9, session 74, review166) Whether the rest after a holder's card passes it on
    (``_HOLDER_CARD_PASSED``) other than refused right before the passing verb (``_CARD_PASS_REFUSED``):
    review160's 证…卖 / 转给 read 证不随车卖 as sold. A clause on that sells it after all (证不单独卖，
    连车带证一起出售) still passes it."""
    for x in _HOLDER_CARD_PASSED.finditer(s, b, b + _DENIAL_AFTER):
        if _CARD_PASS_REFUSED.search(s, max(b, x.start() - 4), x.end()):
            continue
        return True
    return False


#: (issue 9, session 74, review166) A used machine registered with a firm (出售二手挖机，机手持证，车辆挂靠在
#: 我公司): 挂靠 with the vehicle as its subject is the trade's registration of a truck or a machine, not a
#: card hired out (证可以挂靠你公司 keeps the card's own 挂靠).
_VEHICLE_AFFILIATED = recache.compile(r"(?:车辆|车子|本车|该车|整车|机器|设备|机械)挂靠$")


def _vehicle_affiliated(s: str, a: int, b: int) -> str | None:
    """(issue 9, session 74, review166) The sale word 挂靠 closing the candidate ``s[a:b]`` with a vehicle
    as its subject (``_VEHICLE_AFFILIATED``), or None; not when the rest passes a card on."""
    m = _VEHICLE_AFFILIATED.search(s, a, b)
    if m is None or _holder_card_passed(s, b):
        return None
    return m.group(0)


#: (issue 9, session 71, lawful10) Someone else's claim named right before the candidate (楼主说的 / 楼主问的 /
#: 网上传的 / 别再信什么 …) with nothing but a few words of its own between ...
_HEARSAY_HEAD = recache.compile(
    r"(?:(?:楼主|层主|网友|网上|群里|评论区|有人|别人|帖子里)(?:说|问|传|发|提到)(?:的|过的)?(?:什么)?"
    r"|(?:别再?|不要再?|千万别|千万不要)(?:相信|信)(?:什么|那些|这种)?)"
    r"[^，,。！!？?\n；;]{0,4}$"
)
#: ... and a verdict on it later in the post: the writer asked and it is not so (根本没有这回事; 没有免考这回事;
#: 那是假证; 不存在的; 是骗人的).
_HEARSAY_VERDICT = recache.compile(
    r"(?:根本|压根儿?|绝对|完全|从来)?(?:没有(?:免考|不考|这种|这个)?这(?:回|种)事|不存在(?:的)?|是骗人的|那是假证"
    r"|都是假的|那是假的|是假证|根本不可能)"
)
_HEARSAY_MINE = recache.compile(
    r"我这|我们这|我们能|我们可以|找我|私聊|私我|私信我|加[vV微]|[vV]信|微信|电话"
)
_HEARSAY_BACK = 12
_HEARSAY_AFTER = 40
#: The writer's own sale after the verdict or inside the claim (我这 / 找我 / 交钱 …): a seller's debunk
#: of the others (楼主别信免考那些，那是假的，我这电工证不用考直接拿) keeps the candidate.
_HEARSAY_SOLD = recache.compile(
    r"我这|我们这|找我|找我们|交钱|出证|直接拿|包过|稳过|私|加[vV微]|[vV]信|微信|可查|能查|办理费"
)


def _debunked_hearsay(s: str, a: int, b: int) -> str | None:
    """(issue 9, session 71, lawful10) The verdict (``_HEARSAY_VERDICT``) within ``_HEARSAY_AFTER``
    characters after a candidate ``s[a:b]`` that another person's claim (``_HEARSAY_HEAD``) opens, or
    None: a forum reply or a live host's debunk (楼主说的制冷证不用考就能拿，我问了培训学校，根本没有这回事)
    whose verdict stands beyond the negation's reach. Not when the writer sells in the candidate or
    after it (``_HEARSAY_SOLD``, a private contact)."""
    if _HEARSAY_HEAD.search(s, max(0, a - _HEARSAY_BACK), a) is None:
        return None
    v = _HEARSAY_VERDICT.search(s, b, b + _HEARSAY_AFTER)
    if v is None:
        return None
    # the claim itself names the skip and the paper (不用考直接拿, 出证): only the writer's own words count
    # there; after the verdict, any word of a sale does
    claim, after = s[a : v.start()], s[v.end() : v.end() + _HEARSAY_AFTER]
    if _HEARSAY_MINE.search(claim) or _HEARSAY_SOLD.search(after):
        return None
    if _claim_turned(s, v.end()):
        return (
            None  # (issue 9, session 72, hearsay) …没有这回事？其实可以，懂的来: the writer's turn
        )
    if _private_contact(claim) or _private_contact(after):
        return None
    return v.group(0)


#: (issue 9, session 72, hearsay) Someone else's claim opened by its teller (有人说, 都说, 网友说, 听说,
#: 弹幕说 …) ...
_CLAIM_TELLER = recache.compile(
    r"(?:有人|别人|旁人|网友|群友|朋友|同行|楼主|层主|网上|群里|评论区|弹幕|外面|外边|大家|你们|他们"
    r"|(?:好|很|许)多人|不少人|老有人|总有人|都)(?:都|也|老|总)?(?:说|讲|传|问)|听说|听人(?:说|讲)|网传|据说"
)
_CLAIM_REACH = 24
#: ... and denied or judged (不存在, 没有这回事, 是骗人的, 假的, 站不住脚) ...
_CLAIM_DENIED = recache.compile(
    r"不存在|没有?(?:这回|这种|的)事|没这回事|不可能|骗人|骗局|骗子|假的|假证|编的|谣言|站不住脚|靠不住|不可信"
)
#: ... after which the writer turns round: the denial reversed in a clause of its own (其实可以, 其实有,
#: 真的存在, 不是不可能, 假什么假) -- not 其实 that goes on judging or teaching (其实都是骗子, 其实可以走正规
#: 培训考取) -- ...
_CLAIM_REVERSED = recache.compile(
    r"(?:其实|真的?)(?:真的?)?(?:可以|能办?|有|行|是真的|存在|不是骗人|不是假的|不骗人?)[的啊哦呢]?(?=[，,。！!]|$)"
    r"|(?<!不)存在的?(?=[，,。！!]|$)|不是不可能|假什么假|假不假|骗不骗"
)
#: ... or in its own place (本司, 我这, 咱这, 找我).
_CLAIM_OWN = recache.compile(r"本司|我司|本公司|我公司|我这|我们这|咱这|咱们这|找我|我们家|我家")
_CLAIM_TURN_REACH = 14
#: (issue 9, session 73, review153) ... or, where the denial was asked (…免考不存在？; …不可能吗？), a
#: bare yes answering it in a clause of its own (可以的, 可能的, 能, 有, 当然有, 包的): the seller's hook
#: asked and answered without 其实. It still wants the call or the offer the reversal wants; an
#: answer that confirms the denial (不可以的, 不可能的) or goes on (可以的话…, 有人上当) is no yes.
#: The normalized text has made the question mark a full stop, so 。 is read as it too.
_CLAIM_ASKED_YES = recache.compile(
    r"[的吧吗呢啊么]?\s*[？?。]+\s*(?:当然|肯定|绝对)?(?:可以办?|能办?|有|行|可能|包)(?:的|啊|哦|呢|滴)?"
    r"(?=[，,。！!\s]|$)"
)
#: ... and not the yes that goes on to the renewal, the lawful way or a warning (有，就是复审，到期复审
#: 不用重新考，私聊问流程; 有的，那是假证，查不到，私信我教你辨别): the office's, the school's or the
#: debunker's answer, its call the enquiry line. (issue 9, session 74, asked1) Read by
#: ``stance.asked_yes_withheld``, the one account hearsay2's answer back and the stance stage read too
#: (round 88's ``_CLAIM_YES_LAWFUL``, ``_ANSWER_BACK_JUDGED`` and ``_ANSWER_BACK_LAWFUL`` merged).
#: The offer after the turn (交钱, 直接出证, 内部, 代办, 二十天出证), not denied or bounded just before it
#: (不, 没有任何, 才, 后, 考试: 合格后才发证, 考试出证) nor judged after it (…的都是骗子); the fee paid to
#: register for the exam (我这边的师傅都说必须考，交钱报名后按时去考点) is no offer ...
_CLAIM_OFFER = recache.compile(
    r"(?:交钱|交了钱|交了费)(?!报名|考试|参加|去考)|出证|下证|发证|直接办|直接拿|直接发|内部|特殊渠道|有渠道|门路|代办|等证"
    r"|人不用到|真能|真免考|出货|都能查|[天周]内?(?:出证|下证|拿证|到手|出(?![成分]))"
)
#: ... or, after a reversal only, the call (私聊, 加v, 滴我, 懂的, a private contact): a school's
#: 本司只提供培训，…私信咨询课程 turns to its place with a call and no offer.
_CLAIM_CALL = recache.compile(r"私[聊信我]|加[v微我]|滴滴|滴我|的滴(?=$|[。，,])|懂的|主页")
_CLAIM_SKIPS = recache.compile(r"不用考|不考|不去|不到场|不用到|不用去")
_CLAIM_OFFER_DENIED = recache.compile(r"[不没无别非禁防才后]|考试$|考完$|合格$|考过$")
_CLAIM_OFFER_BACK = 6
_CLAIM_OFFER_JUDGED = recache.compile(r"[^，,。]{0,4}的[都全]?是(?:骗|假)")
#: (issue 9, session 72, review147) ... nor the issuing office's own act: the office named in the
#: offer's clause before it (本公司只做培训，考试合格后由应急管理局发证) or said to do it right after it
#: (发证是应急管理局的事; 出证要经发证机关审核). A school's place, then the law's issuer; the seller's
#: 由我们直接发证 names no office.
_CLAIM_OFFICE = r"(?:应急管理|管理局|管理部门|主管部门|发证机关|官方|监管局|安监|人社|住建|政府)"
_CLAIM_OFFICE_BEFORE = recache.compile(_CLAIM_OFFICE + r"[^，,。！!；;]{0,4}$")
_CLAIM_OFFICE_AFTER = recache.compile(
    r"(?:是|由|归|要等|得等|需等|要经|需经|须经|要由)[^，,。！!；;]{0,10}" + _CLAIM_OFFICE
)
_CLAIM_OFFICE_BACK = 12
#: (issue 9, session 73, review153) ... unless the office is said to do it at once (直接, 马上, 当天 …
#: right before the offer, or the offer 直接发 itself) after the writer's own way to it (关系, 门路,
#: 渠道, 内部, 搞定 … in the window read) with nothing bounding it before (由, 合格, 考完, 考试, 审核 in
#: the 12 characters back): 本司有关系，管理局直接下证 is the writer's way to the issuer, sold, as it was
#: before review147; 考完应急管理局直接发证到手机, 由应急管理局直接发证 and a school's 证是应急管理局直接
#: 发的 stay the office's act.
_CLAIM_OFFICE_RUSHED = recache.compile(r"(?:直接|马上|立马|立刻|当天|加急)[^，,。！!；;]{0,2}$")
_CLAIM_OFFICE_WAY = recache.compile(r"关系|门路|路子|渠道|内部|搞定|人脉|熟人|包过|包拿|保过")
#: (issue 9, session 73, review161) ... a way that is a school's enrolment or its study material, not
#: the writer's way to the issuer (我们有报名渠道，应急管理局直接发证到手机; 内部教材; 熟人介绍的学员):
#: dropped before ``_CLAIM_OFFICE_WAY`` reads the window.
_CLAIM_WAY_SCHOOL = recache.compile(
    r"(?:报名|招生|报考|培训|考试)渠道|渠道报名|内部(?:教材|资料|题库|培训|课程)|熟人介绍"
)
_CLAIM_OFFICE_BOUND = recache.compile(r"由|合格|考完|考过|考试|考核|通过|审核|审批")
_CLAIM_SOLD_REACH = 30
#: (issue 9, session 78, miss1) ... but the yes answering an asked denial reads its sentence's clause
#: chain to the end where that runs past ``_CLAIM_SOLD_REACH`` (up to this many characters from the
#: yes): the seller who argues a clause or two longer (…可能的，报名培训，没有人能保证通过，他们不能，我们能，
#: 考完十天出证，私信) puts the call at the sentence's end, 33 characters on. The window still stops
#: at the sentence's end: a call in the next sentence is read only as far as it was before.
_CLAIM_SENTENCE_REACH = 60


def _claim_window(s: str, at: int) -> str:
    """(issue 9, session 78, miss1) The words read after a denial's turn or its bare yes ending at
    ``at`` (normalized text, every sentence end a 。): ``_CLAIM_SOLD_REACH`` characters, or, where
    the sentence runs on past them, its clause chain to the sentence's end (``_CLAIM_SENTENCE_REACH``
    characters at most)."""
    end = at + _CLAIM_SOLD_REACH
    if end >= len(s) or "。" in s[at:end]:
        return s[at:end]
    stop = s.find("。", end, at + _CLAIM_SENTENCE_REACH)
    return s[at : stop if stop >= 0 else at + _CLAIM_SENTENCE_REACH]


def _claim_offered(window: str) -> bool:
    """Whether ``window`` holds an offer (``_CLAIM_OFFER``) that its own clause neither denies nor
    bounds before it (the seller's own skip words 不考 / 不用到 are no denial) nor judges after it."""
    for m in _CLAIM_OFFER.finditer(window):
        lo = max(0, m.start() - _CLAIM_OFFER_BACK)
        head = re.split(r"[，,。！!；;]", window[lo : m.start()])[-1]
        if _CLAIM_OFFER_DENIED.search(_CLAIM_SKIPS.sub("", head)):
            continue
        if _CLAIM_OFFER_JUDGED.match(window, m.end()):
            continue
        if _claim_office_acts(window, m):
            continue  # (issue 9, session 72, review147) 考试合格后由应急管理局发证: the office's act
        return True
    return False


#: (issue 9, session 73, hearsay2) The 不-word a post-denial ends on (不可能, 不存在的).
_DENIAL_TAIL = recache.compile(r"不[\u4e00-\u9fff]{2}(?=的?$)")


def _heard_denial_turned(s: str, a: int, at: int) -> bool:
    """(issue 9, session 72, review147) Whether the thing starting at ``a`` is someone else's claim
    (``_CLAIM_TELLER`` right before it: 有人说焊工证免考不存在？) whose denial, ending at ``at``, the
    writer turns round at once (:func:`_claim_turned`: 真的存在，滴滴我). The post-denial covers the
    claim it denies, as hearsay's warning reading does; the school's 免考的没有，考试靠自己 has no
    teller and no turn."""
    teller = _CLAIM_TELLER.search(s, max(0, a - _CLAIM_REACH), a)
    if teller is None:
        return False
    # (issue 9, session 73, hearsay2) or its 不-word answered back by its positive (…免考不可能？可能的，滴滴我)
    denial = _DENIAL_TAIL.search(s, max(0, at - 4), at)
    return _claim_turned(s, at) or (
        denial is not None and _denial_answered_back(s, denial.group(0), denial.end())
    )


def _claim_office_acts(window: str, m: re.Match[str]) -> bool:
    """(issue 9, session 72, review147) Whether the offer ``m`` of ``window`` is the issuing office's
    act (``_CLAIM_OFFICE``): the office named in its clause just before it, or said to do it right
    after it."""
    back = window[max(0, m.start() - _CLAIM_OFFICE_BACK) : m.start()]
    head = re.split(r"[，,。！!；;]", back)[-1]
    if _CLAIM_OFFICE_BEFORE.search(head) is not None:
        # (issue 9, session 73, review153) 本司有关系，管理局直接下证: the writer's rushed way (the
        # offer may be 直接发 itself)
        rushed = _CLAIM_OFFICE_RUSHED.search(head) is not None or m.group(0).startswith("直接")
        return (
            not rushed
            # (issue 9, session 73, review161) not the school's 报名渠道 / 内部教材
            or _CLAIM_OFFICE_WAY.search(_CLAIM_WAY_SCHOOL.sub("", window)) is None
            or _CLAIM_OFFICE_BOUND.search(back) is not None
        )
    return _CLAIM_OFFICE_AFTER.match(window, m.end()) is not None


def _claim_resold(s: str, w: Match, a: int) -> bool:
    """(issue 9, session 72, hearsay) Whether the denial or verdict ``w`` denies someone else's
    claim (``_CLAIM_TELLER`` before it, in its sentence or a question right before it; the
    candidate starting at ``a`` inside that claim or after the denial) and the writer then turns
    round: the denial reversed (``_CLAIM_REVERSED``) with a call or an offer, or the writer's own
    place (``_CLAIM_OWN``) with an offer (:func:`_claim_offered`): 别人说焊工证不用考就能拿，不存在的，本司
    内部渠道，十天出证. The denial covers the clause it denies; the regulator's 网传…，没有这回事，…提醒
    and the school's 不存在的，本司只做正规培训 have no sale after it."""
    # (issue 9, session 73, hearsay2) any 不-denial answered back by its positive (靠不靠谱？靠谱的)
    answered = _denial_answered_back(s, w.term, w.end)
    if _CLAIM_DENIED.search(w.term) is None and not answered:
        return False
    lo = max(0, w.start - _CLAIM_REACH)
    teller = max(_CLAIM_TELLER.finditer(s, lo, w.start), key=lambda m: m.start(), default=None)
    if teller is None or a < teller.start():
        return False
    between = s[teller.end() : w.start]
    # one sentence end only where the claim was asked and the denial answers it (…拿不到？没这回事)
    if between.count("。") > 1 or ("。" in between and len(between) - between.rfind("。") > 3):
        return False
    # (issue 9, session 73, hearsay2) or the denial's own word answered back without its 不 (…免考不
    # 可能？可能的，滴滴我; …靠不靠谱？靠谱的，…私聊)
    return answered or _claim_turned(s, w.end)


def _claim_turned(s: str, at: int) -> bool:
    """(issue 9, session 72, hearsay) Whether the writer turns round right after a denial ending at
    ``at`` and sells: the denial reversed (``_CLAIM_REVERSED``) with a call or an offer, or the
    writer's own place (``_CLAIM_OWN``) with an offer (:func:`_claim_offered`). (issue 9, session 73,
    review153) The asked denial's bare yes counts as the reversal (:func:`_claim_asked_yes`), and a
    rushed offer may come before the own place (:func:`_claim_rushed_first`)."""
    window = _claim_window(s, at)
    turn = window[:_CLAIM_TURN_REACH]
    reversed_ = _CLAIM_REVERSED.search(turn) or _claim_asked_yes(window)
    if reversed_ is not None and (
        _CLAIM_CALL.search(window) is not None or _private_contact(window)
    ):
        return True
    turned = reversed_ or _CLAIM_OWN.search(turn)
    if turned is not None and _claim_offered(window[turned.start() :]):
        return True
    # (issue 9, session 73, review153) the rushed offer said first, the own place after it (不存在的，
    # 考点直接出证，找我)
    return (
        turned is not None
        and reversed_ is None
        and _CLAIM_FIRST_SCHOOL.search(window) is None
        and _claim_rushed_first(window[: turned.start()])
    )


def _claim_asked_yes(window: str) -> re.Match[str] | None:
    """(issue 9, session 73, review153) The bare yes (``_CLAIM_ASKED_YES``) answering the asked denial
    at the head of ``window`` (…不可能？可能的，滴滴我), or None; not one going on to the lawful answer
    (``stance.asked_yes_withheld``)."""
    yes = _CLAIM_ASKED_YES.match(window)
    # (issue 9, session 74, asked1) nor one the victim or the reporter goes on to judge (有，上个月被
    # 抓了一个), the office's by the law or the school's course: one account for every reading
    if yes is None or asked_yes_withheld(window[yes.end() :]):
        return None
    return yes


#: (issue 9, session 73, review153) The offer said between the denial and the writer's own place
#: (不存在的，考点直接出证，找我): only a rushed one (直接, 马上, 当天, 内部, 代办, 十天出证) ...
_CLAIM_FIRST_RUSHED = recache.compile(
    r"直接|马上|立马|当天|内部|代办|渠道|门路|[天周]内?(?:出证|下证|拿证|到手)"
)
#: ... neither bounded by the exam or the office's review (``_CLAIM_OFFICE_BOUND``: 考试合格当天出证)
#: nor judged (直接出证是骗人的; 代办都是假的; 别信).
_CLAIM_FIRST_JUDGED = recache.compile(r"骗|假|违法|犯罪|诈|坑|别信|不要|小心|警惕|举报")
#: ... nor a school's: its course or enrolment before or at its place (内部资料培训，找我报名).
_CLAIM_FIRST_SCHOOL = recache.compile(r"报名|培训|上课|开班|学习|资料|教材|课程|题库")


def _claim_rushed_first(pre: str) -> bool:
    """(issue 9, session 73, review153) Whether ``pre`` (the words between a denial and the writer's
    own place, :func:`_claim_turned`) holds an offer (:func:`_claim_offered`) said as rushed
    (``_CLAIM_FIRST_RUSHED``), bounded by nothing and judged by nothing: 有人说焊工证不考拿不到，不存在的，
    考点直接出证，找我. A school's 考点统一出证，找我报名 is not rushed; 考试合格当天出证 is bounded."""
    return (
        _CLAIM_FIRST_RUSHED.search(pre) is not None
        and _CLAIM_OFFICE_BOUND.search(pre) is None
        and _CLAIM_FIRST_JUDGED.search(pre) is None
        and _claim_offered(pre)
    )


#: (issue 9, session 73, hearsay2) The denial's positive said back as the answer, in a clause of its
#: own right after the denial and its question mark (…不可能？可能的 / 当然可能; …靠不靠谱？靠谱的): the
#: writer answers the claim he asked with its opposite. Read with the denial's own word, so no list of
#: answers grows here: 不可能 is answered by 可能, 不靠谱 by 靠谱, 不存在 by 存在.
_ANSWER_BACK_OPEN = recache.compile(
    r"(?:的事|[的吗吧呢啊么])?[。？?！!，,\s]+(?:当然|肯定|绝对|完全)?(?:是)?"
)
_ANSWER_BACK_CLOSE = recache.compile(r"[的啊哦呢]?[！!]?(?=[，,。！!\s]|$)")
# ... unless the rest judges or reports it, names the law or is the school's course
# (``stance.asked_yes_withheld``, issue 9, session 74, asked1: the one account review153's bare yes
# and the stance stage read too).


def _denial_answered_back(s: str, term: str, end: int) -> bool:
    """(issue 9, session 73, hearsay2) Whether the denial ``term`` ending at ``end`` (不可能, 不靠谱, 不存在 …: a word that is
    its positive with 不 before it) is answered at once by that positive in a clause of its own
    (``_ANSWER_BACK_OPEN`` / ``_ANSWER_BACK_CLOSE``: 不可能？可能的; 靠不靠谱？靠谱的), followed by a call
    (``_CLAIM_CALL``, a private contact) or the writer's own place with an offer, and not judged or
    reported after it (``stance.asked_yes_withheld``). The debunker confirms the denial (不可能，必须本人考试)
    and never says its positive alone."""
    if not term.startswith("不") or len(term) < 3:
        return False
    opened = _ANSWER_BACK_OPEN.match(s, end)
    if opened is None or not s.startswith(term[1:], opened.end()):
        return False
    closed = _ANSWER_BACK_CLOSE.match(s, opened.end() + len(term) - 1)
    if closed is None:
        return False
    window = _claim_window(s, closed.end())
    # (issue 9, session 74, asked1) nor the answer going on to the law, the renewal, a fake's
    # warning or the school's course (可能的，按规定满足条件的可以申请免考; 可能的，那是假证，私信我教你
    # 辨别; 可能的，考试很简单，找我报名培训): the one account review153's bare yes reads too
    if asked_yes_withheld(window):
        return False
    if _CLAIM_CALL.search(window) is not None or _private_contact(window):
        return True
    own = _CLAIM_OWN.search(window[:_CLAIM_TURN_REACH])
    return own is not None and _claim_offered(window[own.start() :])


#: ... selling a pass of its own in other words (真包过, 签协议, 考不过全退, 不可能挂), or, after 不可能 /
#: 不存在, the failing denied at once (但是不可能挂: the writer's own pass, no verdict on the claim).
_RIVAL_PASS = recache.compile(
    r"真(?:包|稳|保)过|真(?:免考|不用考|能办)|签(?:约|协议|合同)|(?:考不过|没过|不过)就?(?:全额|全款)?退"
    r"|不可能挂|不会挂|挂不了|包你过|保你过"
)


def _rival_outsold(s: str, w: Match, a: int, pledge: bool = False) -> bool:
    """(issue 9, session 73, hearsay2) Whether the warning word ``w`` (the claim verb itself or the
    verdict after it) belongs to a rival's claim knocked down (``RIVAL_CLAIM`` then
    ``RIVAL_VERDICT``: 别家号称包过都是噱头; 同行号称稳过，但是…) and the writer then sells in its own
    place (``RIVAL_OWN``): the candidate starting at ``a`` is the writer's own (after the place:
    我这边焊工证不用考，二十天拿证), or the rival's claim outbid by an offer (:func:`_claim_offered`)
    or a pass (``_RIVAL_PASS``: 我们签协议真包过，考不过全退; a pass promise, ``pledge``, only by a
    pass). A school that knocks the rival down and
    sells its teaching (我们只保证教学质量; 考试合格才发证) has no offer there; a report names no
    rival this way (被告人宣称同行的包过…)."""
    rival = None
    for m in RIVAL_CLAIM.finditer(s, max(0, w.start - RIVAL_CLAIM_REACH), w.end):
        if m.start() <= w.start:
            rival = m
    if rival is None:
        return False
    # the candidate opens at the rival or after it, or on the paper's name right before it in the
    # same clause (电工证别家号称稳过)
    if a < rival.start() and (rival.start() - a > 6 or _CLAIM_PUNCT.search(s, a, rival.start())):
        return False
    reach = s[rival.end() : rival.end() + RIVAL_VERDICT_REACH]
    if reach.count("。") > 1:
        return False
    verdict = RIVAL_VERDICT.search(s, rival.end(), rival.end() + RIVAL_VERDICT_REACH)
    if verdict is None:
        return False
    if _RIVAL_PASS.match(s, verdict.start()):
        return True  # 电工证别家号称稳过，但是不可能挂: the writer's own pass, no verdict
    own = RIVAL_OWN.search(s, verdict.end(), verdict.end() + RIVAL_OWN_REACH)
    if own is None:
        return False
    if a >= own.start():
        return True  # the candidate is the writer's own turn, which the verdict does not cover
    window = s[own.start() : own.start() + _CLAIM_SOLD_REACH]
    if pledge:
        # a pass promise (``pledge``) in the rival's words is the writer's only when the writer
        # pledges a pass too: after 网上那些说能包过的全是忽悠，我这走内部渠道 the trade is the
        # candidate of its own, and the rival's 包过 stays judged
        return _RIVAL_PASS.search(window) is not None
    return _claim_offered(window) or _RIVAL_PASS.search(window) is not None


#: (issue 9, session 72, hearsay) A buyer's review whose verdict is the foil: the rivals judged
#: (别家都是假的, 别的店全是假证) or the buyer's own doubt (还以为是骗子) ...
_FOIL_TERM = recache.compile(r"骗子|骗局|被骗|假的|假证")
_FOIL_BEFORE = recache.compile(
    r"(?:(?:别家|别人家|别的店|别的家|其他家|其他店|外面)(?:的)?(?:都|全)?(?:是)?"
    r"|(?:以为|怕是|担心)[^。]{0,6})$"
)
_FOIL_BACK = 10
#: ... then the shop vouched for (这家靠谱, 结果是真的, 这家能查) ...
_FOIL_VOUCH = recache.compile(
    r"(?:这家|我家|本店|店家|老板|卖家)(?:是真的|靠谱|能查|可查|真能|才是真)|结果(?:是)?真的|居然是真的|原来是真的"
)
_FOIL_VOUCH_REACH = 12
#: ... and others sent to it (需要的私聊, 推荐, 回购, 找店家).
_FOIL_CALL = recache.compile(r"私[聊信我]|需要的|要的|回购|推荐|找店家|找老板|链接|加[v微我]")
_FOIL_CALL_REACH = 24


def _foil_vouched(s: str, w: Match, a: int) -> bool:
    """(issue 9, session 72, hearsay) Whether the verdict ``w`` (``_FOIL_TERM``) judges the rivals or
    the buyer's own doubt (``_FOIL_BEFORE``), not the candidate starting at ``a`` before it, and the
    writer then vouches for the shop (``_FOIL_VOUCH``) and sends others to it (``_FOIL_CALL``):
    好评 电工证没考试就到手了 别家都是假的 这家靠谱 需要的私聊. A complaint (结果是骗子 …大家别信) vouches
    for nobody."""
    if _FOIL_TERM.search(w.term) is None:
        return False
    before = _FOIL_BEFORE.search(s, max(0, w.start - _FOIL_BACK), w.start)
    if before is None or a >= before.start():
        return False
    vouch = _FOIL_VOUCH.search(s, w.end, w.end + _FOIL_VOUCH_REACH)
    if vouch is None:
        return False
    rest = s[vouch.end() : vouch.end() + _FOIL_CALL_REACH]
    return _FOIL_CALL.search(rest) is not None or _private_contact(rest)


#: (issue 9, session 72, lawful11) A pass named as someone else's claim in the candidate's own clause: its verb
#: before the promise (网上宣称包过; 号称稳过), or the banner it is flown under (打出叉车证稳过的旗号; 打着包过的
#: 招牌) ...
_CLAIM_VERB = recache.compile(r"宣称|声称|号称|鼓吹|吹嘘|标榜")
_CLAIM_BANNER_HEAD = recache.compile(r"打出|打着|挂出|挂着|亮出")
_CLAIM_BANNER = recache.compile(r"的?(?:旗号|招牌|幌子|口号)(?:招生|揽客|招揽学员|做宣传)?$")
_CLAIM_BACK = 14
_CLAIM_PUNCT = recache.compile(r"[，,。；;！!？?\n]")
#: ... turned against right at the next clause (，然而 / 但是 / 可是 / 其实 / 事实上 …) ...
_CLAIM_TURN = recache.compile(r"[，,]\s*(?:然而|但是|可是|其实|事实上|实际上|但)")
#: ... by a verdict on it: baseless, nobody can guarantee it, the result is the candidate's own, a lie, a
#: case opened (并无依据; 谁也保证不了; 成绩只看考生自己; 只是揽客的话术; 已立案调查).
_CLAIM_VERDICT = recache.compile(
    r"并无依据|毫无依据|没有依据|没有根据|保证不了|无法保证|不能保证|无人能保证|没有人能保证|没人能保证"
    r"|谁也(?:保证|担保|打包票)不了|谁都(?:保证|担保)不了|不可能|不存在|是假的|骗局|骗人|话术|噱头|虚假|不属实"
    r"|立案|查处|从未授权|只取决于|只看考生|(?:全)?靠考生(?:自己|本人)"
)
_CLAIM_AFTER = 40
#: (issue 9, session 72, review149) A failing denied right after the verdict word (其实不存在考不过的; 根本不可能
#: 考不过，交钱就行; 事实上不存在过不了的): the writer's own pass said as a double negative, no verdict on
#: the claim; a failing that goes on to its refund or retake (不存在考不过就退钱的好事) is the claim judged.
_CLAIM_FAIL_DENIED = recache.compile(
    # (issue 9, session 73, hearsay2) 挂 alone too (电工证别家号称稳过，但是不可能挂，交钱报名)
    r"(?:根本|绝对)?(?:考不过|过不了|考不上|不过|没过|不通过|挂科|挂)(?:的(?:情况|人|学员|考生)?)?(?=[，,。；;！!？?\s]|$)"
)
#: The claim the writer makes itself (我们敢宣称包过; 本校号称稳过): no one else's claim.
_CLAIM_MINE = recache.compile(r"我们|我校|本校|本机构|本中心|咱们|我司|本公司|我这")
#: The writer turning to a pass of its own (然而只有我们是真稳过; 我们签合同包过; 来我们这里稳过, 不过全退,
#: 私聊): the rival's claim knocked down to sell the writer's.
_CLAIM_OUTBID = recache.compile(
    r"我们|我这|咱们|本校|本机构|我校|真(?:包|稳|保|能)|才是|只有我|包你|保你|签(?:合同|协议)|内部|渠道|关系"
    r"|全退|退费|退款|退全|退钱|(?:不|没|考不)过(?:就|全额|全款)?退|我保|我包|只有这里|真的(?:包|稳|保)"
    r"|私|加[vV微]|[vV]信|vx|微信|找我|来我"
)


def _claim_turned_down(s: str, a: int, b: int) -> str | None:
    """(issue 9, session 72, lawful11) The verdict (``_CLAIM_VERDICT``) after a turn (``_CLAIM_TURN``) that
    opens the clause after the one a candidate ``s[a:b]`` starts in, when that clause names the pass as
    another's claim (``_CLAIM_VERB``, or ``_CLAIM_BANNER_HEAD`` in it with ``_CLAIM_BANNER`` closing it), or None: a regulator's or a paper's warning (焊工证网上宣称包过，然而稳过的说法并无
    依据; 有机构打出叉车证稳过的旗号，然而…谁也保证不了). The claim verbs were read only right before the
    candidate (``_CLAIMED_BREAKER``, the report frames); a claim inside it (网上宣称 between the paper and
    the pass) or a banner around it was not. Not when the writer outbids the claim after the turn
    (``_CLAIM_OUTBID``, a private contact)."""
    start = max(max(s.rfind(c, 0, a) for c in "，,。；;！!？?\n") + 1, a - _CLAIM_BACK, 0)
    end_m = _CLAIM_PUNCT.search(s, a)
    end = end_m.start() if end_m else len(s)
    if _CLAIM_VERB.search(s, start, end) is None and (
        _CLAIM_BANNER_HEAD.search(s, start, end) is None
        or _CLAIM_BANNER.search(s, start, end) is None
    ):
        return None
    if _CLAIM_MINE.search(s, start, end):
        return None  # 我们敢宣称焊工证包过，然而别家不可能做到: the writer's own claim
    turn = _CLAIM_TURN.match(s, end)
    if turn is None:
        return None
    rest = s[turn.end() : turn.end() + _CLAIM_AFTER]
    v = _CLAIM_VERDICT.search(rest)
    if v is not None and _CLAIM_FAIL_DENIED.match(rest, v.end()):
        return None  # (issue 9, session 72, review149) 其实不存在考不过的，交钱就行: the writer's own pass
    if v is None or _CLAIM_OUTBID.search(rest) or _private_contact(rest):
        return None
    return f"{turn.group(0).lstrip('，, ')}…{v.group(0)}"


def _post_denied_back(s: str, at: int) -> bool:
    """Whether a promise, refund or inside way (``_POST_DENIED_BACK``) follows the refusal ending at
    ``at`` within ``_POST_DENIED_REACH``, other than one denied in its own turn (免考的更没有)."""
    for m in _POST_DENIED_BACK.finditer(s, at, at + _POST_DENIED_REACH):
        if _BACK_DENIED_TOO.match(s, m.end()) is not None:
            continue
        if _INSIDE_WAY_BACK.match(m.group()) and _squared_read_otherwise(s, m, at):
            continue  # 已和考点打过招呼安排场次; 有人帮你考的是骗局 (session 77, review196)
        if (
            m.group() in _POST_DENIED_CHAT
            and _POST_DENIED_ENROL.search(s, max(at, m.start() - 4), m.start()) is not None
            and _OUTBID_TO_EXAM.search(s, at, m.start()) is not None
            and not _exam_waived(s, at, m.start())
        ):
            # (issue 9, session 75, review176) the sign-up's chat after the exam kept in person (包过免考这种话
            # 我们从不讲，考试必须本人参加，报名私聊): the school's enrolment, not a wink (懂的加v still is)
            continue
        return True
    # (issue 9, session 67, review112) a refusal to say the pass, then the pass in other words
    return _SAID_REFUSAL.search(s, max(0, at - 4), at) is not None and _said_taken_back(s, at)


def _exam_waived(s: str, at: int, end: int) -> bool:
    """(issue 9, session 78, review200) Whether the exam kept in person is waived between ``at`` and ``end``
    (``_POST_DENIED_WAIVED``), other than by the face skipped in a clause about a lesson that does not name the
    exam (网课可不露脸, 直播课程可不露脸, 学习时可不露脸, 录播课不用露脸): the school's online class before its
    sign-up chat. review195 kept the lesson only as 课 right before the face (``_FACE_REQUIRED``'s look-behinds),
    so 直播课程 / 学习时 read as the exam's face waived; 考试可不露脸 and 上课和考试都可不露脸 stay the waiver."""
    for m in _POST_DENIED_WAIVED.finditer(s, at, end):
        if _FACE_SKIPPED.match(s, m.start()):
            lo = max((c.end() for c in _CLAUSE_MARK.finditer(s, at, m.start())), default=at)
            if _LESSON_NAMED.search(s, lo, m.start()) and not _EXAM_NAMED.search(s, lo, m.start()):
                continue
        return True
    return False


def _said_taken_back(s: str, at: int) -> bool:
    """(issue 9, session 77, review196) Whether the pass refused as a saying (ending at ``at``) is taken
    back within ``_POST_DENIED_REACH`` (``_SAID_TAKEN_BACK``), other than by 打点 / 打过招呼 read in their
    lawful sense (``_way_round_read_otherwise``: the sitting scheduled with the site, a thing packed, the
    class teacher told): consol1 gave this reading ``_DENIAL_RESOLD``'s 打过招呼 without those guards, so a
    school's 包过这个词我们不用，学校已和考点打过招呼安排场次，请本人按时参加 fired GP-001 / GP-002."""
    for m in _SAID_TAKEN_BACK.finditer(s, at, at + _POST_DENIED_REACH):
        if _INSIDE_WAY_BACK.match(m.group()) and _squared_read_otherwise(s, m, at):
            continue
        if m.group("rivals") is not None and m.start() > at:
            continue  # 学费可以分期，别家办不了，我们可以: the school's terms compared (session 78, review200)
        return True
    return False


#: (issue 9, session 77, review196) The inside ways ``_POST_DENIED_BACK`` and ``_SAID_TAKEN_BACK`` share with
#: ``_DENIAL_RESOLD`` (有人替 / 有人帮你考, 打点, 打过招呼): read there only when not banned before them nor judged
#: after them in their clause (代考不了，网上说有人帮你考的是骗局; 想打点考官的已被取消资格), and so here.
_INSIDE_WAY_BACK = recache.compile(r"有人|打点|打过招呼")


def _squared_read_otherwise(s: str, m: re.Match[str], at: int) -> bool:
    """(issue 9, session 77, review196) Whether the inside way ``m`` (有人替, 打点, 打过招呼, read after a
    refusal ending at ``at``) is ruled out or in its lawful sense in its clause, as ``_way_round_offered``
    reads it: banned before it (``_WAY_ROUND_BANNED``), judged after it (``_WAY_ROUND_JUDGED``), or
    ``_way_round_read_otherwise``."""
    lo = max((c.end() for c in _CLAUSE_MARK.finditer(s, at, m.start())), default=at)
    hi = c.start() if (c := _CLAUSE_MARK.search(s, m.end())) else len(s)
    if _WAY_ROUND_BANNED.search(s, lo, m.start()) or _WAY_ROUND_JUDGED.search(s, m.end(), hi):
        return True
    return _way_round_read_otherwise(s, m, lo, hi)


def _mocked_answer(n: Normalized, text: str, parts: list[Match]) -> str | None:
    """The mocking refusal (``_MOCKED_ANSWER``) right after a part that opens an answer, or None;
    read in the original ``text``, where the question mark is kept (normalizing makes it 。)."""
    for p in parts:
        oa, ob = n.span(p.start, p.end)
        if oa and _ANSWER_OPENS.search(text, max(0, oa - _ANSWER_BACK), oa):
            m = _MOCKED_ANSWER.match(text, ob)
            if m is not None:
                return m.group(1)
    return None


def _verdict_on_part(s: str, w: Match, parts: list[Match]) -> bool:
    """Whether the verdict ``w`` is passed on one of the candidate's own parts, the claim named
    right before it (别家包过都是空话, 外面说保过纯属噱头). The writer's turn after it (我校严格按规定
    组织培训，报名电话…) then lends the candidate only its context word (培训): a school's honest
    line with its number makes the rivals' promise no offer of its own. A seller who means the
    promise says it again after the turn (我们签合同保过), and that claim is a candidate of its own."""
    if _VERDICT_TERM.search(w.term) is None:
        if _PASS_VERDICT_TERM.search(w.term) is None:
            return False
        parts = [p for p in parts if p.term.endswith("过")]  # 骗子: on a pass promise only
    for p in parts:
        if p.end <= w.start and _VERDICT_GAP.fullmatch(s, p.end, w.start) is not None:
            return True
        if (
            p.term.endswith("过")
            and s.startswith("的", p.end)
            and _VERDICT_GAP.fullmatch(s, p.end + 1, w.start) is not None
        ):
            return True  # (session 66, lawful2) 说包过的全是骗子: those who say it
    return False


#: (issue 9, session 61, left32) The rivals' promise judged (那些店说电工证包过是骗人的; 网上说包过都是
#: 骗子) and at once made in the writer's own place, the clause ending on it (，在我这包过，vx …;
#: ，在我们这就是包过): the straw man without a question mark. A school's honest turn (在我这只能
#: 保证好好教; 我们这里不包过) carries no bare pledge.
_STRAW_VERDICT = recache.compile(r"空话|大话|噱头|骗局|骗人|骗子|假的|忽悠")
_OWN_PLEDGE_AFTER = recache.compile(
    # (session 62, review74) after ！ or 。 too (包过是骗人的！在我这包过！加v …), and in any of the
    # writer's own names (``stance.OWN_NAMES``: 在本中心包过); the pledge named only to be denied in
    # the next clause (在我这包过，那是不可能的事) is the school's honest word, no pledge
    # (session 62, review79) or with no mark at all, a space that normalizing drops (骗人的 在我这包过
    # 加v …: 骗人的在我这包过加v), the pledge then running straight into the call
    # (issue 9, session 69, sold4) and the verdict put as who says it (包过是骗子说的？我们敢包)
    r"(?:说的|[的了])?(?:[，,。！!]\s*(?:但是?|可是?|不过)?"
    # (issue 9, session 65, review101) the dare to call it so answered in the writer's own name
    # first (敢说焊工证包过的都是骗子？我敢说，在我这包过，加v …): the dare opens the outbid
    r"(?:(?:我们?|咱们?|本校|我校)(?:就|偏|偏偏)?敢(?:说|讲)[，,！!。]*\s*)?在?|在)(?:"
    + OWN_NAMES
    + r")(?:这里|这边|这儿|这|里|边|儿)?"
    r"(?:(?:就|真|照样|都)?是?(?:包过|保过|包拿证)"
    # (issue 9, session 69, sold4) or the writer's dare as the pledge (说包过的都是骗子？我们就敢包，…私聊;
    # 都说包过是骗人的？我们就敢打包票; …是骗局？我们就敢，私聊): the charge is the straw man. Only the dare
    # closed at once by a mark or a call: not 我们敢包教包会 (teaching), 我们敢保证一点：… (no 保过),
    # 我们就敢说：… (what follows is read), nor 我们也不敢包 (the negation stands between)
    r"|(?:就|偏)?敢(?:包过?|保过|打包票)|就敢)"
    r"(?=[，,。！!\s]|$|加|私[我聊信]|联系|电话|v|微)"
    # (session 62, review79) the denial in other words (那绝对是不可能的; 这种事不存在; 根本不可能;
    # 没这回事), but not the double negation that vouches for the pass (不可能不过: the seller's)
    r"(?![，,。！!\s]*(?:那|这)?(?:种事|回事|事)?(?:也|绝对|根本|完全|肯定|压根)?"
    r"(?:是|也是|就是)?(?:不可能|不存在|没有的事|没这回事|没有这回事|做不到|骗人|假的)"
    r"(?!考?不过|挂|没过|过不了|考不上))"
)


def _verdict_outbid(s: str, w: Match, parts: list[Match]) -> bool:
    """Whether the verdict ``w`` judges one of the candidate's parts (``_VERDICT_GAP``) and the
    writer makes the same pledge in its own place right after it (``_OWN_PLEDGE_AFTER``)."""
    if _STRAW_VERDICT.search(w.term) is None or _OWN_PLEDGE_AFTER.match(s, w.end) is None:
        return False
    # (issue 9, session 65, review101) the claim may be named as a class of people (敢说包过的都是骗子
    # ？我敢说，在我这包过): 的 before the gap, read here only, where the writer's own pledge follows
    return any(
        p.end <= w.start
        and (
            _VERDICT_GAP.fullmatch(s, p.end, w.start) is not None
            or (s.startswith("的", p.end) and _VERDICT_GAP.fullmatch(s, p.end + 1, w.start))
        )
        for p in parts
    )


#: (issue 9, session 64, left38) The pass refused by name as one kind of goods (包过的我们不做; 保过的
#: 不做), the clause ending at the refusal: the shop turns down one promise to sell the next (…，免考
#: 的有 / 不用考的可以安排). Read only before the refusal (``_REFUSED_KIND`` ends where 不做 / 我们不做
#: starts) and only when a candidate opens the very next clause (``_REFUSED_NEXT_REACH``); a second
#: refusal after it (免考的也不做) is a warning word of its own and still silences.
_REFUSED_KIND = recache.compile(r"(?:包过|保过|稳过|包拿证)的(?:" + OWN_NAMES + r"|咱们?)?$")
_REFUSED_KIND_BACK = 10
_REFUSED_CLAUSE_END = recache.compile(r"[，,；;]")
_REFUSED_NEXT_REACH = 4


def _refused_then_outbid(s: str, w: Match, parts: list[Match]) -> bool:
    """Whether the refusal ``w`` (不做 / 我们不做) refuses a named pass as a kind (``_REFUSED_KIND``)
    and closes its clause, the whole candidate after it and opening the next clause within
    ``_REFUSED_NEXT_REACH``: the outbid's first half (包过的我们不做，免考的有), not a refusal of the
    candidate."""
    if not w.term.endswith("不做") or _REFUSED_CLAUSE_END.match(s, w.end) is None:
        return False
    if _REFUSED_KIND.search(s, max(0, w.start - _REFUSED_KIND_BACK), w.start) is None:
        return False
    # the refused pass itself no part of the candidate (保过的我们不做，电工证… never lends GP its 保过)
    if any(p.start < w.end for p in parts):
        return False
    return any(0 < p.start - w.end <= _REFUSED_NEXT_REACH for p in parts)


def _across(n: Normalized, w: Match, a: int, b: int) -> bool:
    """True when a sentence end separates the warning ``w`` from the candidate ``[a, b)``."""
    if w.end <= a:
        return n.sentence_ends_between(w.end, a) > 0
    return w.start >= b and n.sentence_ends_between(b, w.start) > 0


#: (session 58, review41) The writer named as the one who holds the exam or as the organ's designee
#: (由本中心, 由我们; 指定的我校, 授权本中心): a school's badge in a notice's words.
_SELF_DESIGNEE = recache.compile(
    r"的?(?:我校|本校|我们|本中心|我中心|本机构|我机构|本公司|我公司|我司|本单位|我单位|本培训|我培训"
    r"|本站|本所|我所)"
)
#: A clause's end between an exception and the candidate (a colon too: 考试安排：由…). Its own name:
#: the same name assigned twice (session 58) silently replaced ``_CLAUSE_MARK`` above for every reader.
_EXCEPTION_CLAUSE_END = recache.compile(r"[。，,；;：:！!？?\n]")


def _stands_before(s: str, u: Match, a: int, b: int) -> bool:
    """Whether the exception ``u`` (one of the rule's ``unless_before``: 考试由, 复审由 …) is the
    subject of the candidate ``s[a:b]`` (an organ and its 指定 / 授权): before it in its clause
    (本期考试由郑州市应急管理局指定的考点统一组织), the one who holds the exam not the writer (考试由
    本中心组织，本中心为……指定考点), and the designee after the candidate not the writer either
    (考试由市应急管理局指定的我校统一组织: the school's badge in a notice's words)."""
    return (
        u.end <= a
        and _EXCEPTION_CLAUSE_END.search(s, u.end, a) is None
        and _SELF_DESIGNEE.match(s, u.end) is None
        and _SELF_DESIGNEE.match(s, b) is None
    )


#: (session 59, fa15) The writer appointed by the organ as the exam's site, right after the organ and
#: its 指定 / 授权 (…指定本单位作为考点, …指定为特种作业考试点, …指定的考点, …指定我单位承办): an exam
#: point's own notice names who appointed it. A school appointed as a training body (指定培训机构) or
#: naming itself the designee with no site (指定我们培训中心承办) is no exam site.
_SITE_WORD = r"(?:考点|考试点|考场|考核点|考试站|考核站|考试机构|考核机构)"
_SITE_WRITER = r"(?:本|我)(?:单位|中心|校|机构|站|所|公司)"
_SITE_DESIGNEE = recache.compile(
    rf"(?:的|为|{_SITE_WRITER}(?:作为|为|担任))?(?:本期|本次|本批)?[^，,。；;！!？?\n]{{0,6}}?{_SITE_WORD}"
    rf"|{_SITE_WRITER}承办"
)
#: The notice speaking to its candidates in the same sentence after the designation: where to be,
#: when, with what (考生凭准考证入场, 请携带身份证, 按时到场, 须本人参加); or the exam kept with its
#: lawful outcome (理论加实操 考试合格颁发应急管理部统一证书: styles9_n432, a school's ad).
_CANDIDATES_TOLD = recache.compile(
    r"考生|准考证|入场|签到|携带身份证|带好身份证|凭身份证|本人参加|按时参加|按时到场|考试合格|考核合格"
)
#: (session 60, fa17 and review54) Or the exam site named as the writer before the organ that
#: appointed it (本考点由省应急管理厅指定; 本考试点经市应急管理局指定; 我考试点系…指定; 本单位考点由…),
#: read back from the candidate up to a few characters of the organ's name: only a site's own name
#: (本考点, 我考场, 本单位考点), never a school's or a centre's, whose badge before an organ (本校由…
#: 指定, 本中心是…指定考点) is its advertisement. One pattern for the two helpers' readings (fa17's
#: bare site with any designation verb, review54's 本单位 site with 由 / 经).
_SITE_BEFORE_REACH = 14
_SITE_BEFORE = recache.compile(
    rf"(?:本|我)(?:单位{_SITE_WORD}(?:是|系|经|为)?(?:由|经)[^，,。；;！!？?\n]{{0,8}}"
    rf"|{_SITE_WORD}(?:由|经|系|是|为)[^，,。；;！!？?\n]{{0,10}})$"
)
#: The exam site's duty told after the designation (负责高处作业理论和实操考试, 承担电工作业考试, 承办
#: 考核, 只负责考试的组织实施): the site says what it was designated for, the exam, and no more.
_SITE_DUTY = recache.compile(r"(?:负责|承担|承办)[^，,。；;！!？?\n]{0,16}?(?:考试|考核)")
#: What a costumed exam point sells beside the same words (normalized text): the promise, the
#: visit or the exam spared, the paper handed out, the seller's call and its enrolment push.
_SITE_SOLD = recache.compile(
    r"包过|保过|稳过|必过|包拿|免考|(?<!换证)不用考|(?<!换证)不考试|不用到场|不用本人|无需本人|不用去|不需要去|直接出|直接拿"
    r"|直接发证|出证|拿证|当天出|当天拿|当天发|随到随考|一次过|一次通过|通过率|保证|签个字|照顾|轻松|交钱|交费"
    r"|付款|(?<![不无])代办|加v|加微|加我|私聊|私我|私信|名额有限|报名从速|欢迎报名|招生|优惠|价格|内部"
    # (session 59, review50) the training spared, the card as the trade's booklet, the writer taking
    # the rest on itself, the pass sworn in other words, and the chat's call without an id (考生无需
    # 培训，三天拿本; 考试我们安排，一次搞定，滴滴我; 其余我们负责，v信同号; 随便考，肯定过，联系王老师;
    # 不会做题也没关系，监考自己人): an exam point's notice says none of these
    r"|无需培训|不用培训|免培训|不需要培训|(?:无需|不用|不需要)参加培训|拿本|出本|下证|到手"
    r"|(?:考试|考核)(?:都|全)?(?:由)?我们安排|(?:其余|其他|其它|剩下的?)(?:都|全)?(?:由)?我们(?:负责|来办)|搞定|一条龙|肯定过|准过|包你|随便考|不会做|没关系|自己人|放水"
    r"|打招呼|滴滴|v信|薇信|威信|vx|wx|微信|同号|扣1|联系我|找我|联系(?!考务)[^\s，,。；;\d]{1,2}老师"
    # (session 60, review60) the exam itself spared, the papers sent instead of the candidate and the
    # package price (考生无需参加考试，交资料即可; 不用来现场，资料发过来就行; 费用1500元一站式服务): a
    # site's exam fee is two or three figures (考试费120元), never four. Not a renewal's exam waived
    # by the rules (延期复审无需考试, 复审人员无需参加考试): a site's notice may tell that
    # (session 61, review65) nor a renewal's (到期换证无需参加考试, 延期换证不用考试)
    r"|(?<![审期员])(?<!换证)(?:无需|不需要|不必|不用)(?:参加)?考试|(?<![审期员])(?<!换证)不参加考试"
    r"|发过来|一站式"
    r"|(?<![\d-])[1-9]\d{3,}(?:元|块)"
)


#: (session 60, review54) The designation ending its clause right after the candidate.
_DESIGNATION_ENDS = recache.compile(r"(?:的|为)?(?:[，,。；;\n]|$)")


def _exam_site_told(s: str, a: int, b: int) -> str | None:
    """The exam site named in an exam point's notice on the state-symbol candidate ``s[a:b]`` (an
    organ and its 指定 / 授权), or None: the writer is appointed as the site right after the
    candidate (``_SITE_DESIGNEE``), the sentence then tells the candidates where, when or with what
    to come (``_CANDIDATES_TOLD``), and nothing around it sells (``_SITE_SOLD`` within 30
    characters before and 60 after; no mobile, WeChat or QQ id: an exam point gives its landline).
    考试由市应急管理局指定本单位作为考点组织实施，报名请携带身份证 is the exam point's notice;
    我校是应急管理局指定考点，复审换证找我们 tells no candidate, and 指定本单位作为考点，包过，加v
    sells (session 59, fa15)."""
    site = _SITE_DESIGNEE.match(s, b)
    if site is not None:
        told, named = site.end(), s[b : site.end()] or s[a:b]
    elif (
        before := _SITE_BEFORE.search(s, max(0, a - _SITE_BEFORE_REACH), a)
    ) is not None and _DESIGNATION_ENDS.match(s, b):
        # (session 60, review54 and fa17) the site named first, the organ after it (本考点由市应急
        # 管理局指定，考生请携带身份证; 本考点由省应急管理厅指定，负责…考试): the same notice in the
        # other order
        told, named = b, s[before.start() : b]
    else:
        return None
    end = _SENTENCE_END.search(s, told, told + 60)
    stop = end.start() if end else min(len(s), told + 60)
    if _CANDIDATES_TOLD.search(s, told, stop) is None and _SITE_DUTY.search(s, told, stop) is None:
        return None
    lo, hi = max(0, a - 30), min(len(s), b + 60)
    if _SITE_SOLD.search(s, lo, hi) or _private_contact(s[lo:hi]):
        return None
    return named


#: (issue 9, session 59, left27) The word right before a later part that makes it the writer's own
#: promise (直接包拿证, 保证拿证, 承诺拿证, 稳拿证): after a denied promise (我们不会说包过，) a clause on
#: the denial no longer reaches it.
_PROMISE_LEAD = recache.compile(r"(?:包|保|稳|保证|确保|承诺|直接|一定|肯定)$")
#: The clause mark between a denied part and the promise after it (:func:`_promise_after_denial`).
_DENIAL_GAP_MARK = recache.compile(r"[，,；;。]")


def _promise_after_denial(s: str, p: Match, parts: list[Match]) -> bool:
    """Whether the denied part ``p`` (不说包过) is followed, past a clause mark, by another part of
    the candidate that the writer promises in its own words with no denial before it (，直接包拿证;
    ，保证拿证): the school denies one promise to make another. A denial of both (不包过，也不包拿证)
    reads its second part as denied too."""
    for q in parts:
        # (issue 9, session 67, speed5) the gap's length first, and its clause mark read in place:
        # the slice and the pattern cache's lookup were paid for every part however far
        if (
            q.start < p.end
            or q.start - p.end > 12
            or not _DENIAL_GAP_MARK.search(s, p.end, q.start)
            or negation_before(s, q.start)
        ):
            continue
        if _PROMISE_LEAD.search(s, max(0, q.start - 2), q.start):
            return True
    return False


def _fragile(rule: Rule, term: str) -> bool:
    """Whether the exception ``term`` of ``rule`` fails beside the seller's own terms of sale
    (:func:`_broken`): every exception of a rule with ``unless_broken_by`` in its params, or
    with ``unless_fragile`` only those holding one of its words. A fragile exception is read
    even before a refund (课程很好，不过退款要等一周): its breakers judge it instead."""
    params = rule.params
    if term in (params.get("unless_broken_for") or {}):
        return True
    if not params.get("unless_broken_by") and not params.get("unless_broken_by_contact"):
        return False
    only = params.get("unless_fragile")
    return not only or any(w in term for w in only)


def _broken(rule: Rule, s: str, lo: int, hi: int, term: str = "") -> bool:
    """An excuse a seller can wear (对答案, 估分, 统一公布; 很好，不过 before 退费) does not hold
    beside a word of the rule's ``unless_broken_by`` (考前发, 开考, 付款, 加v) in ``s[lo:hi]``
    or, with ``unless_broken_by_contact``, a contact in the line around it; an exception
    ``term`` holding a word of ``unless_broken_by_private`` not beside a private contact
    (a mobile, a WeChat or QQ id: an office gives its landline). Read only when a fragile
    exception would silence the candidate.

    ``unless_broken_for`` maps one exception to breakers of its own, which break no other:
    a print shop's 荣誉证书 excuses a 钢印 on blank awards, but not once the same list names a
    paper only an issuing office awards (荣誉证书 资格证书 职业技能证书 可加钢印), while a cover
    sold as stationery (证书外壳) stays excused beside those names. A breaker right after a
    negation (不涉及任何资格证书) breaks nothing: the shop rules the paper out."""
    params = rule.params
    # A rule may read its breakers further out than its exceptions (``unless_broken_reach``):
    # a learner's 刷题就能过 is judged by the seller's 跟着我们 or 报名 a clause away; (session 56,
    # review30) an exception's own breakers as far (到当地应急管理局指定的机构报名，包过).
    wider = int(params.get("unless_broken_reach") or 0) - rule.unless_window
    if wider > 0:
        lo, hi = lo - wider, hi + wider
    lo = max(0, lo)
    private = params.get("unless_broken_by_private") or ()
    if any(w in term for w in private) and _private_contact(
        s[max(0, lo - _CONTACT_REACH) : hi + _CONTACT_REACH]
    ):
        # (session 49, review4) an office gives its landline beside its procedure (材料齐全的当天
        # 出证); a seller wearing the office's words gives a mobile or a chat id. (session 57,
        # review35) read before an exception's own breakers, so an exception with both (CS-001's
        # 符合条件的) breaks on the seller's mobile too
        return True
    own = (params.get("unless_broken_for") or {}).get(term)
    if own:
        # (issue 9, session 69, lawful7) an exception may read its own breakers further out than the
        # rule's (``unless_broken_for_reach``: term -> characters): the course after the conjunction
        # 不过 (不过复训需要本人来，学费全退) is broken by the refund a clause on
        far = int((params.get("unless_broken_for_reach") or {}).get(term) or 0)
        if far:
            lo, hi = max(0, lo - far), hi + far
        enrolment = term in (params.get("unless_enrolment_chat") or ())
        if term in (params.get("unless_sent_over") or ()) and _sent_over(s, lo, hi, term):
            # (issue 9, session 74, review163) the school's notes sent over, then its call to the class
            own = [w for w in own if w not in _CALL_BREAKERS]
        return _own_breaker(s, lo, hi, own, enrolment=enrolment)
    away = tuple(params.get("unless_broken_away") or ())
    for w in params.get("unless_broken_by") or ():
        i = s.find(w, lo, hi)
        while i >= 0 and (
            (away and s.endswith(away, max(0, i - 2), i))
            # (issue 9, session 66, review107) 私下跟你讲 / 私下说一句: the teacher's aside, no private
            # channel (老师：私下跟你讲，多刷题库，考试就能过); 私聊 / 私我 still break
            or _ASIDE.match(s, i)
        ):
            i = s.find(w, i + 1, hi)  # 老老实实去报名: sends the reader away, no seller's call
        if i >= 0:
            return True
    if params.get("unless_broken_by_contact"):
        from lexicon.contacts import contact_spans

        return bool(contact_spans(s[max(0, lo - _CONTACT_REACH) : hi + _CONTACT_REACH]))
    return False


#: (issue 9, session 66, review107) A speaker's aside opened with 私下 (私下跟你讲, 私下说一句, 私下
#: 告诉你): how a teacher lowers its voice, not the private channel a seller's 私 / 私聊 names.
_ASIDE = recache.compile(r"私下(?:里)?(?:跟你|和你|给你|对你)?(?:讲|说|告诉你)")


#: (issue 9, session 74, review163) The exception's own word sent straight to the reader (题库直接发你,
#: 课件直接发给你, 讲义发你邮箱): the material is what is sent, so a bare call after it (要的滴我, 报名的滴我)
#: is the school's call to its class, as 扣1 / 找我 are, left out of CS-244's material breakers by
#: review156. Where the material is waved away (讲义不用看 直接寄你家 滴我) the call still breaks.
_SENT_OVER = recache.compile(r"(?:都|也|会|可以)?(?:直接|免费|统一)?(?:发|寄|传)(?:给)?(?:你|您)")


def _sent_over(s: str, lo: int, hi: int, term: str) -> bool:
    """(issue 9, session 74, review163) Whether ``term`` in ``s[lo:hi]`` stands right before its
    sending to the reader (``_SENT_OVER``): the rule's ``unless_sent_over`` material sent over."""
    i = s.find(term, max(0, lo), hi)
    while i >= 0:
        if _SENT_OVER.match(s, i + len(term)):
            return True
        i = s.find(term, i + 1, hi)
    return False


#: (session 58, review44) review39's bare calls (加我 / 找我 / 滴我, breakers of office_no_visit) run
#: into the office's name for itself (有疑问找我中心咨询窗口, 可找我局政务窗口, 加我单位公众号): the
#: office's 我 is its 我中心 / 我局 / 我们窗口 (有问题找我们窗口), no seller's call.
_CALL_BREAKERS = frozenset({"加我", "找我", "滴我"})
#: (session 61, review65) review60's relations breakers of ``office_no_visit`` (走关系, 找关系,
#: 托关系) right after a denial (不用找关系，可通过浙里办办理; 无需托关系): the office telling the
#: reader none is needed, not a seller's channel; the seller's 有内部关系 / 找关系办 keeps breaking.
_RELATION_BREAKERS = frozenset({"走关系", "找关系", "托关系"})
_RELATION_DENIED = recache.compile(
    r"(?:不用|不必|无需|无须|不需要?|用不着|别|不要|不|没|无)(?:再|去|专门)?$"
)
#: (issue 9, session 69, lawful7) An errand breaker of ``office_no_visit`` (代办, 包办) right after the
#: office's refusal of any go-between (本人不用跑窗口，也不需要找中介代办; 不用找黄牛代办; 无需委托他人代办;
#: 更不用花钱找人代办): the regulator's notice telling the reader no agent is needed, not a seller's errand.
#: The seller's 我们代办 / 找我代办 / 不需要找中介，我们直接代办 has no refusal right before its 代办.
_ERRAND_BREAKERS = frozenset({"代办", "包办"})
_ERRAND_DENIED = recache.compile(
    r"(?:不用|不必|无需|无须|不需要?|用不着|别|不要|勿|切勿)(?:再|去|专门|花钱)?(?:找|请|委托)?"
    r"(?:中介|黄牛|他人|别人|人|代办机构|第三方)?$"
)
#: (session 59, review48) or its place before its name (找我市政务服务中心, 找我县应急管理局, 加我省
#: 政务服务网): the office's own 我市 / 我县 / 我区; a seller's 找我市代办点 gives its contact after.
#: (session 59, review52) only where an office's word follows the place within ten characters
#: (市政务服务中心, 县应急管理局, 省政务服务网): a seller's 找我区域经理 / 找我市区代理点 / 加我市场部
#: is its call, which the bare 市 / 区 took for the office's own.
_OFFICE_SELF = recache.compile(
    r"们?(?:中心|局|厅|委|单位|窗口|处|科|站|所|院|校"
    r"|[省市县区州](?!代办|代理)(?=[^，,。！!？?\s代]{0,10}?"
    r"(?:中心|局|厅|委|窗口|政务|网|平台|单位|部门|机关|大厅)))"
)


#: (session 59, fa15) The fee paid and then the card mailed by the issuing office, the post or the
#: government service centre (付款后由发证机关邮寄, 在线付款成功后由原发证机关寄出, 付款后由政务服务中心
#: 统一邮寄): an office's reissue or renewal takes its fee first, so the 付款 that breaks
#: ``office_no_visit`` for a seller is its own step there. A seller's 付款后直接邮寄 or 付款后由我们的
#: 关系寄出 names no office; one wearing the office's words gives its mobile or chat id, which break
#: the exception on their own (``unless_broken_by_private``).
#: (session 60, fa17) Or by the issuing bureau or its counter under its own name, or by the post's
#: EMS (付款后由市应急管理局邮寄, 交钱后由发证窗口邮寄, 付款后EMS寄达): the same office's mailing; a
#: seller's 付款后顺丰包邮 names no office and its price breaks it anyway (``_SELLER_PRICE``).
_OFFICE_MAILS_AFTER = recache.compile(
    r"(?:成功|完成)?后?[，,]?(?:由(?:原)?(?:发证机关|邮政"
    r"|[^，,。；;！!？?\n由]{0,6}?(?:政务服务中心|行政服务中心|政务服务大厅|便民服务中心|应急管理局"
    r"|应急管理厅|窗口))|(?:由|通过|经)?(?:邮政)?ems)"
)
#: The fee words an office's reissue uses before its own mailing (付款 / 交钱 / 付钱 后由发证机关邮寄):
#: breakers of ``office_no_visit`` a seller uses too, so read only with the mailing after them.
_OFFICE_FEE = frozenset({"付款", "交钱", "付钱"})

#: A seller's price for the whole errand beside the office's mailing words (一千二全包, 八百包邮, 两千块):
#: the office charges a fee it does not sum up so (工本费20元 names no 千 / 百 / 块).
_SELLER_PRICE = recache.compile(
    r"全包|包邮|一口价|[一二两三四五六七八九十百千万\d]+(?:千|百|块)"
    # (session 59, review50) the errand's price in figures (1200元, 费用1500): an office's
    # reissue fee is a few yuan (工本费20元), never three figures
    r"|(?<![\d-])[1-9]\d{2,}\s*(?:元|rmb)"
    r"|(?:费用|价格|收费|只要|仅需|全程|总共|一共)[:：]?\s*[1-9]\d{2,}"
    # (session 60, review54) or the errand's own fee named (办理费 1500, 服务费800): the office
    # names a 工本费 / 邮费 / 快递费, never a 办理 / 服务 / 代办 / 手续 fee of three figures
    r"|(?:办理|办证|代办|服务|手续)费[:：]?\s*[1-9]\d{2,}"
    # (session 60, review60) and the price in the seller's signs: a bare figure of three or four
    # digits making a clause of its own (无需本人到场，￥1500: normalizing drops the yuan sign) or
    # thousands as k / w (服务费 1.2k, 2w): an office writes 元 after its few yuan
    # (session 61, review65) not a landline's last group (咨询电话 0571 8650 1234: a digit and a
    # space before it), and 起 may close it (￥1500起: the seller's starting price)
    r"|(?<=[，,；;:：\s])(?<!\d\s)[1-9]\d{2,3}(?=\s*起?\s*(?:[，,。；;！!]|$))"
    r"|(?<![\d.a-z])\d{1,2}(?:\.\d)?\s*[kw](?![a-z])"
)


def _seller_price(s: str, lo: int, hi: int) -> bool:
    """Whether ``_SELLER_PRICE`` finds the seller's price in ``s[lo:hi]``. (session 61, review65)
    The end is carried past a number the window cuts (咨询电话0571 8650|1234): the bare figure's
    ``$`` matches at the search's end, so a cut landline read as a clause of its own."""
    n = len(s)
    while hi < n and s[hi].isdigit():
        hi += 1
    return _SELLER_PRICE.search(s, lo, hi) is not None


#: (issue 9, session 60, fa17) The provinces' own government-service apps, named as the way to renew
#: or reissue (可通过皖事通办理, 在粤省事小程序办理, 登录随申办提交材料): each province names its
#: one-stop portal its own way, as ``terms/office_no_visit``'s 一网通办 / 掌上办 are named. A small
#: alternation read only around a candidate, no term set (normalized: simplified, lower case).
_OFFICE_APP = recache.compile(
    r"皖事通|浙里办|粤省事|随申办|苏服办|闽政通|鄂汇办|渝快办|赣服通|豫事办|冀时办|湘易办|蒙速办"
    # (session 60, review60) not the short names inside other words: 北京通州 (a place), 完全省事 /
    # 全省事业单位 (a seller's ease, the province's units), 南京通过 / 东京通, 办事通道 (a seller's
    # 内部办事通道): none is the app
    # (session 61, review65) nor 北京通县 (Tongzhou's old name), 北京通用 / 通信 (a firm's name),
    # 热爱山东 / 关爱山东 (a greeting)
    r"|辽事通|吉事办|(?<!完)全省事(?![业务宜项])|津心办|北京通(?![州过知讯道县用信])"
    r"|(?<![南东北])京通(?![州过知讯道县用信])"
    r"|天府通办|贵人服务|办事通(?!道)|(?<![热关最挚])爱山东|秦务员|甘快办|青松办"
    r"|我的宁夏|智桂通|海易办|三晋通|晋来办"
)
#: (session 60, review60) How far before the rule's exception window the app may stand in the same
#: clause chain of one sentence (电工证补办可在粤省事小程序办理，不用本人到场: the candidate opens 12
#: characters after the app), with no sentence end between.
_OFFICE_APP_BACK = 12
_OFFICE_APP_SENTENCE_END = recache.compile(r"[。！!？?\n]")
#: The exception of ``office_no_visit`` whose breakers and private-contact reading the apps share.
_APP_LIKE = "一网通办"
#: (issue 9, session 62, fa21) How far past the rule's exception window the app or the portal is
#: read (same sentence only), the portals by their own names beside the provinces' apps, and the
#: writer's skip of it (不用去浙里办: a seller's "no app needed").
_OFFICE_APP_AHEAD = 16
_APP_AHEAD = recache.compile(_OFFICE_APP.pattern + r"|一网通办|政务服务网|掌上办|网上办事大厅")
_APP_SKIPPED = recache.compile(r"不用|无需|不需要|不必|别")
#: (session 62, review81) The longest name ``_APP_AHEAD`` knows (网上办事大厅): how far inside the
#: window the search ahead starts, so a name cut by the window's end is read whole.
_APP_LONGEST = 6


def _office_app(rule: Rule, s: str, a: int, b: int) -> str | None:
    """The provincial app named within the rule's exception window of the candidate ``s[a:b]``
    (焊工证复审可通过皖事通办理，无需本人到场，咨询电话0551-…), read as ``office_no_visit``'s
    一网通办: only for a rule that lists that exception, and not beside the breakers it takes
    (the seller's skip, call, fee or 代办) nor a mobile or a chat id (:func:`_broken`). A seller
    naming the app as its proof (浙里办可查，不用考试，加v) breaks it so."""
    if _APP_LIKE not in (rule.params.get("unless_broken_for") or {}):
        return None
    w = rule.unless_window
    m = _OFFICE_APP.search(s, max(0, a - w - _OFFICE_APP_BACK), b + w)
    if m is None:
        # (issue 9, session 62, fa21) or further on in the same sentence, the way named last after
        # the no-visit and a second denial (复审无需本人到场，不需要托关系，通过浙里办即可; 在一网通办上
        # 提交材料就行): the app or the portal, not one the writer says to skip (不用去浙里办), and
        # the words up to it and beside it read for the breakers below
        # (issue 9, session 62, review81) from inside the window's last characters: an app whose
        # name straddles the window's end (复审不用本人去窗口，通过浙里办即可: 浙 inside, 办 past it)
        # is found by neither search otherwise
        m = _APP_AHEAD.search(s, max(b, b + w - _APP_LONGEST + 1), b + w + _OFFICE_APP_AHEAD)
        if (
            m is None
            or _OFFICE_APP_SENTENCE_END.search(s, b, m.start())
            or _APP_SKIPPED.search(s, max(0, m.start() - 4), m.start())
        ):
            return None
        if _broken(rule, s, max(0, a - w), m.end() + w, _APP_LIKE) or _seller_price(
            s, max(0, a - w), m.end() + 2 * w
        ):
            return None
        return m.group()
    if m.end() < a - w and _OFFICE_APP_SENTENCE_END.search(s, m.end(), a):
        # (session 60, review60) further back than the window only within the same sentence, the
        # way to renew told before the no-visit (可在粤省事小程序办理，不用本人到场); the seller's
        # words between them break it as those beside the candidate do
        m = _OFFICE_APP.search(s, max(0, a - w), b + w)
        if m is None:
            return None
    lo = min(m.start(), a - w)
    if _broken(rule, s, lo, b + w, _APP_LIKE) or _seller_price(s, max(0, lo), b + 2 * w):
        # (session 60, review60) nor beside the errand's price (粤省事上就能查到，不用本人到场，新证
        # 邮寄到家，一千二全包): the app's renewal costs a few yuan at most
        return None
    return m.group()


#: (issue 9, session 61, fa19) An office's renewal, review, reissue or extension said to need no exam
#: (电工证换证不用考试，到期复审即可; 延期不需要考试，使用单位出具无违章证明): the renewal lawfully takes
#: no exam, and the same sentence goes on to name the step it does take. A seller sells the renewal
#: without that step (换证不用复审，也不用考试，交钱直接换新证): the step denied, or its own words beside it.
_RENEWAL_NO_EXAM = recache.compile(
    r"(?:换证|换发|复审|补办|补证|补发|延期|到期换)(?:时|的话)?也?"
    # (session 61, review70) or the renewal asked about and answered (电工证到期换证要考试吗？不用考，
    # 按时复审就可以): the question's exam is the answer's (its mark normalized to 。)
    r"(?:(?:要|需要|需|用)(?:重新|再)?(?:参加)?考试?吗[？?。]+[\s，,]*"
    # (issue 9, session 64, fa26) ... the answer under its label (学员：…复审要考试吗？⏎老师：不用考;
    # 提问：…⏎回答：换证不用考): the label's colon is gone in the normalized text
    r"(?:老师|教练|回答|答复|答|a|客服|工作人员|校方)?[\s，,]*)?"
    # (lead, session 61) not the trade's bare 免考 (复审免考，当天领证: session 48's seller under an
    # office's signs); an office writes 无需参加考试 / 免于考核
    # (session 64, review97) and 不考试 / 不考核 (低压电工证换证不考试，需本人签字即可); (fa26) 不再考 / 不重新考
    r"(?:不用|无需|无须|不需要|不需|不必|免(?!考)|不(?=考试|再考|重新考|考核))(?:再|重新)?(?:参加)?考"
)
#: ... the step the renewal takes, named after it (到期复审即可, 复审合格后窗口换发, 由原发证机关审核).
#: (lead, session 61) 窗口 only as the counter, not a time window or a chat window (窗口期仅剩五天,
#: 点开聊天窗口问客服: session 48, review3); and not after the trade's bare 不用考 (复审不用考，携带身份证
#: 到窗口，当天领证), whose renewal must name a step of its own (复审合格后窗口换发).
#: (session 64, review97) and the holder's own photo or signature asked (持证人须本人上传近期照片即可; 需本人
#: 签字即可): the office's one step of a renewal done online (a seller's 不用本人 is ``_RENEWAL_SOLD``).
_RENEWAL_STEP = recache.compile(
    r"复审|发证机关|(?<!聊天)(?<!对话)窗口(?!期)|政务服务|无违章|有效期|安全培训"
    # (issue 9, session 64, fa26) what the renewal still asks of the holder (参加复训, 八学时培训,
    # 继续教育, 体检 / 健康证明, 本人签字, 近期照片) and where it is filed (网站 / 网上 / 政务网)
    r"|复训|学时|继续教育|体检|健康证明|签字|照片|网站|网上|政务网"
    r"|(?<![不无免勿毋])(?:须|需|需要|必须)本人[^，,。；;！!\n]{0,4}?(?:上传|提供|签字|签名|拍照)"
)
#: (issue 9, session 64, fa26) The steps that also let the trade's bare 免考 read as the renewal's
#: (叉车司机证换证免考，本人带照片到原发证机关窗口办理): sellers write 复审免考 too, so only what the
#: renewal still asks of the holder counts (not 复审 itself, nor the counter or the term's 有效期).
_FREE_STEP = recache.compile(
    r"发证机关|安全培训|复训|学时|继续教育|体检|健康证明|签字|照片|网站|网上|政务网"
)
#: ... the trade's 免考 after the renewal's name (复审免考, 换证可免考试).
_RENEWAL_FREE = recache.compile(
    r"(?:换证|换发|复审|延期|到期换证)(?:时|的话)?(?:可以?|均|一律)?免(?:于)?考"
    # (session 65, review106) or the renewal's learners said to be spared it after a comma (焊工证到期换证，
    # 免考的学员需本人签字即可): the office's own roll; a seller's bare 换证，免考 names no learner
    r"|(?:换证|换发|复审|延期)(?:时|的话)?[，,]免考(?:试)?的(?:学员|人员|持证人|同志|职工)"
)
#: (issue 9, session 64, fa26) A school's enrolment contact for the renewal's training (复审参加培训就行，
#: 报名加微信 px_3392): read as the school's, not the seller's, where the step named is training.
_ENROL_CONTACT = recache.compile(
    # (session 65, review99) the course named in the sign-up too (报名复训请加微信 …; 复训报名请加微信 …)
    r"(?:(?:复训|培训|复审培训)?(?:报名|咨询|报班)(?:复训|培训|复审培训)?)(?:请|可|可以|就)?(?:加|添加|联系|拨打)?(?:微信|v信|vx|v|电话|手机|qq)?"
    r"(?:号|号码)?[:：]?\s*[a-z0-9_\-]{5,}"
)
_TRAINING_STEP = recache.compile(r"培训|复训|学时|继续教育")
#: (issue 9, session 64, fa26) The first issue denied the skip before the renewal-only waiver
#: (初次取证不能免考，只有到期复审的不用考): the same contrast as ``_FIRST_EXAM`` in the other order.
_FIRST_DENIED = recache.compile(
    r"(?:初证|初次|首次|新证|新办|第一次|初领|新领)[^，,。；;]{0,6}?(?:不能|不可以?|不可能|没法|无法|不得)"
    r"(?:免考|不考|免试)"
)
_COUNTER_ONLY = frozenset({"窗口", "政务服务"})
#: ... not that step denied right before it (不用复审, 无需到窗口): the seller's skip of it.
_STEP_DENIED = recache.compile(
    r"(?:不用|无需|无须|不需要?|不必|免|没有?|不|也不)(?:再|重新)?(?:参加|去|到|上传|提交|提供|交)?$"
)
#: (issue 9, session 65, review99) ... nor waived right after it (学时不用参加; 继续教育不用上; 复训也不用去;
#: 签字都不用): the holder's step named only to be spared is the seller's, never an office's. Not the
#: exam (复审不用再考), which the renewal lawfully spares.
_STEP_WAIVED_AFTER = recache.compile(
    r"(?:也|都)?(?:不用|无需|无须|不需要?|不必|免)(?!(?:再|重新)?(?:参加)?考)"
    # (session 65, review106) not the step's form spared while the step is taken (照片不用交纸质版，网上上传
    # 即可; 签字不用到现场; 已完成的学时不用重复参加; 照片不用另交，系统自动调取): the office's own change
    r"(?!(?:再|重新)?(?:交|提供|到|去|来|参加)?(?:纸质|现场|原件|复印|另|单独|重复|二次))"
    r"(?:再)?(?:参加|去|来|上|交|提供|做|拍|签)?"
)
#: (session 61, fa19) A candidate spared the journey, not the exam (叉车证考试不用去省城，本市设有考点):
#: the place after 不用去 is where the exam is not held for the writer's reader; the sentence names
#: the local site the exam is sat at.
_TRAVEL_SPARED = recache.compile(
    # (issue 9, session 68, mlfa) or 跑去 / 跑到 the town's centre (不用跑去市区考), or the back and forth
    # itself (就在本校考，不用来回跑; 不用来回折腾), with the local site named after it as before
    r"(?:不用|无需|无须|不需要|不必|用不着)(?:再)?(?:跑去|跑到|去|跑|到)(?:外地|外省|外市|外县|省城|省会|省里|"
    r"市里|城里|县城|市区|城区|大城市|很远的地方|远处|老远|"
    # (issue 9, session 68, lawful4) and the trip "elsewhere" (登高证考试不用去别处，本校就是认定的考点)
    r"别处|别的地方|其他地方)"
    r"|(?:不用|无需|无须|不需要|不必|用不着)(?:再)?(?:来回|两头|到处)(?:跑|折腾|奔波)"
)
#: (issue 9, session 68, lawful4 and mlfa) 考试点 / 考核点 too (本中心就是认定的考试点): the site's other name
_LOCAL_SITE = recache.compile(
    r"本市|本地|本县|本区|本省|省内|县里|市内|就近|当地|家门口|考点|考场|考试点|考核点"
)
#: (issue 9, session 63, fa23) ... or spared the trip to an outside exam room because the exam is held
#: at the school's own approved site (可以，不用去考场，考试就在我们学校的考点进行): the exam is still sat,
#: only where changes. The site must be named as the school's (学校 / 本校 / 培训中心), not the
#: seller's "own" site (考试在我们自己的考点，包过), and the seller's words still break it.
_SITE_SPARED = recache.compile(
    r"(?:不用|无需|无须|不需要|不必|用不着)(?:再)?(?:去|跑|到)(?:外面的?|别处的?|外边的?|其他的?)?(?:考场|考点)"
)
_SCHOOL_SITE = recache.compile(
    r"(?:考试|考核|理论和实操|理论实操|机考)(?:也|都|就|统一)*(?:在|由)"
    r"(?:我们|本|我|咱们?)(?:学校|校|培训中心|中心|培训学校|机构)的?(?:考点|考场|考试点|考核点)"
)
#: (session 61, review70) The seller's own hands in a renewal (复审我们负责; 有效期我们帮你延; 那边我们熟):
#: an office names its own steps, never a hand that takes them for the reader.
_RENEWAL_HANDS = (
    r"我们(?:帮|替|代|负责|有人|熟|包|来办|能办|可以办)|帮你|帮您|替你|替您|代你|代您|找我|熟人"
)
#: ... the seller's words that take either reading back (直接换新证, 资料发我, 私聊, 在家就能拿).
_RENEWAL_SOLD = recache.compile(
    # (session 65, review106) not an office's public account (详见微信公众号“…应急管理”): its channel, no chat
    r"加v|加微|私聊|私我|私信|v信|vx|微信(?!公众|服务号)|代办|包办|包过|包拿|保过|直接|交钱|付钱|付款|转账|打款|资料发|材料发|"
    # (session 65, review99) and the photo sent to the writer (照片发我; 照片发给我就行): an office's photo
    # goes up to its website or to the employer, never to the one who writes
    r"过期的?也|不用本人|无需本人|在家|到手|出证|拿证|下证|全国可查|联网可查|价格|优惠|内部|关系|发给?我|"
    # (session 61, review70) the seller's own hands in the errand (复审我们负责; 有效期我们帮你延;
    # 原发证机关那边我们熟; 复审走窗口我们有人), the step waived after it (复审培训也不用来, 人不用到场)
    # and the exam a formality at the local site (本地考场走个过场)
    + _RENEWAL_HANDS
    # (issue 9, session 68, mlfa) not 不用来回跑: the back and forth spared, not the visit; and the card
    # promised by a day (证当天拿, 三天就出): the school that is the exam site names no such day
    + r"|人不用|不用来(?!回)|走个?过场"
    + r"|(?:当天|当日|[一二三四五六七八九十两0-9]+天)(?:就|即)?(?:能|可)?(?:拿|出|到手|下证|寄到)"
    # (issue 9, session 68, lawful4) the exam room squared (本校就是考点，考场打点好了; 考场里有人): the
    # local site a seller's, now that the site may be named before the spared trip
    + r"|打点|考场(?:里|上)?有|门路|路子"
)
#: ... and its pitch in the sentence after the renewal's (换证不用考试，到期复审即可。找我们办，三天拿新证;
#: …。需要的私我): the office's notice says no more, the seller's pitch goes on.
_RENEWAL_PITCH = recache.compile(
    _RENEWAL_HANDS
    + r"|加v|加微|私聊|私我|私信|v信|vx|微信(?!公众|服务号)|代办|包办|包过|保过|出证|拿证|拿新证|下证"
)
#: (issue 9, session 64, fa25) The renewal spared the exam and the first issue held to it in the
#: same sentence (免考？肯定的，复审的不用考，初证必须考; 复审才不用考，首次领证必须本人考试): the rule
#: told as a contrast, the renewal named before its waiver (复审的 / 复审才 / 复审的学员). The seller
#: waives both (初证复审都不用考; 初证也不用考) and names no first exam kept.
_RENEWAL_ONLY = recache.compile(
    # (issue 9, session 67, fa30) or the renewal's condition between it and its waiver (复审满足条件的可以
    # 免考，初领证必须考试; 复审符合条件的可以不用考): read from the condition, the renewal right before it
    # (a look-behind: the candidate's reach starts a few characters back and may cut the renewal off)
    r"(?:换证|复审|复训|延期|到期换证|(?<=换证|复审|复训|延期)(?:满足|符合)(?:相关|规定)?条件)(?:的|的话|时)?(?:学员|人员)?(?:才|就|是)?(?:可以)?"
    r"(?:不用|无需|无须|不需要?|不必|免|不)(?:再|重新)?(?:参加)?考"
)
#: (issue 9, session 67, fa30) ... or the waiver named first and the renewal as all it holds for (能免考的
#: 只有复审，初次取证都得考; 不用考的仅限到期复审): the same contrast, read a few characters past the
#: candidate (``_RENEWAL_AFTER_REACH``) since the renewal follows the candidate's 免考.
_RENEWAL_ONLY_AFTER = recache.compile(
    r"(?:不用|无需|无须|不需要?|不必|免)(?:参加)?考(?:试)?的(?:只有|只是|仅限|仅有|就是|只能是)(?:到期)?"
    r"(?:换证|复审|复训|延期)"
)
_RENEWAL_AFTER_REACH = 12
_FIRST_EXAM = recache.compile(
    r"(?:初证|初次|首次|新证|新办|第一次|初领|新领)[^，,。；;不免无没]{0,6}?"
    r"(?:必须|一定要|一律|都要|都得|要|需要?|得)(?:本人)?(?:参加)?考"
)
#: (issue 9, session 65, review106) The fee of the course or the card the holder still pays, named with
#: its few hundred yuan at most (复审培训费每人180元; 复训费用200元由单位承担; 培训费150元/人; 工本费10元):
#: a school's or an office's charge for the renewal's own step, not the seller's price. Blanked before
#: the price is read; four figures (培训费1500元) and the seller's 全包 / 一口价 stay the seller's.
_COURSE_FEE = recache.compile(
    r"(?:培训|复训|复审培训|继续教育|教材|工本|考务|体检)费(?:用)?(?:标准)?(?:为|是)?(?:每人)?[:：]?\s*"
    r"[1-9]\d{0,2}\s*元(?:\s*/\s*人|每人)?(?![\d万千])"
)


def _fees_blanked(w: str) -> str:
    """``w`` with its course and card fees (``_COURSE_FEE``) blanked, its length kept."""
    if "费" not in w:
        return w
    return _COURSE_FEE.sub(lambda c: "，" * len(c.group()), w)


#: How far into the next sentence the seller's pitch is read.
_RENEWAL_NEXT = 30
_RENEWAL_REACH = 30
_RENEWAL_END = recache.compile(r"[。！!？?\n]")


#: (issue 9, session 64, review93) A way or a help word of the writer's (有门路, 有路子, 有办法, 帮你考过)
#: told at once as the lawful route that ends in the learner's own exam (当然不能，不过我们有门路，报名培训
#: 后本人考试; 我们有办法帮你考过：先报名培训，再本人参加考试; 有路子：报名参加培训，然后本人去考点考试):
#: the school's course, no insider and no proxy, as ``stance.DENIED_OWN_WAY`` reads the same turn. The
#: route runs from the word through the sign-up and the course to the exam the learner sits (本人 /
#: 自己 / 亲自, not waived: 不用本人考试 is the proxy's offer).
_WAY_WORDS = ("门路", "路子", "门道", "办法", "法子", "渠道", "帮你考", "帮你过", "带你过")
_WAY_ROUTE = recache.compile(
    r"过?[，,：:\s]*[^。！!？?\n]{0,6}?(?:报名|参加|来|上)[^。！!？?\n]{0,8}?(?:培训|学习|上课|课)"
    r"[^。！!？?\n]{0,8}?(?<![不用需免无须])(?:本人|自己|亲自)(?:参加|去|到)?(?:考点|考场)?(?:参加)?"
    r"(?:考试|考核)"
)
#: ... unless the route is the cover of a skip, an insider, a pass, a proxy or the seller's private call
#: around it (本人考试走个过场，包过; 本人考试，考场有人照顾，私聊; 本人考试时有人给答案，加v …): read from
#: the way word to ``_WAY_ROUTE_REACH`` characters past the route.
_WAY_ROUTE_BROKEN = recache.compile(
    r"包过|保过|稳过|必过|包拿|包证|包你|保你|一次过|内部|考官|监考|阅卷|答案|原题|押题|透题|漏题|泄题|真题"
    r"|给题|拿到题|放水|照顾|打招呼|打点|自己人|熟人|后门|名额|过场|关系|考场有人|里面有人|有人帮|帮你答"
    r"|替你|替考|代考|枪手|不用考|免考|不考|直接拿|直接出|也能拿|照样|也给|加[vV微]|私聊|私我|私信|vx|v信"
    # (session 64, review97) the cheat's device, the marks fixed or the blank paper passed (本人考试时戴个
    # 耳机就行; 分数我们负责; 成绩可以改; 交白卷也能过) and the sitting as a formality (去考场坐一下)
    r"|耳机|耳麦|作弊|改卷|改分|白卷|(?:分数|成绩)(?:由|都|就)?(?:我们|我这|咱们|可以改|能改|包|保)"
    r"|坐一下|坐坐|露个面|签个到"
)
_WAY_ROUTE_REACH = 20


def _way_told_lawful(s: str, parts: list[Match]) -> str | None:
    """The lawful route told right after the candidate's way or help word (``_WAY_ROUTE``), with
    no seller's word around it (``_WAY_ROUTE_BROKEN``), or None."""
    for p in parts:
        if not p.term.endswith(_WAY_WORDS):
            continue
        route = _WAY_ROUTE.match(s, p.end)
        if route is None:
            continue
        if _WAY_ROUTE_BROKEN.search(s, p.start, route.end() + _WAY_ROUTE_REACH):
            return None
        return s[p.start : route.end()]
    return None


def _renewal_told(s: str, a: int, b: int) -> str | None:
    """(issue 9, session 61, fa19) ``换证`` (or 复审 / 补办 / 延期) when the candidate ``s[a:b]``
    holds an office's renewal said to need no exam and its sentence goes on (at most
    ``_RENEWAL_REACH``) to name the step the renewal does take; ``外地`` (the place) when the
    candidate spares the journey to a far exam and the sentence names the local site. None when
    the seller's words (``_RENEWAL_SOLD``), a price or a private contact stand in that sentence."""
    lo = max(0, a - 8)
    end = _RENEWAL_END.search(s, b)
    hi = min(end.start() if end else len(s), b + _RENEWAL_REACH)
    found = None
    m = _RENEWAL_NO_EXAM.search(s, lo, min(len(s), b + 4))
    steps = _RENEWAL_STEP
    if m is None and (m := _RENEWAL_FREE.search(s, lo, min(len(s), b + 4))) is not None:
        steps = _FREE_STEP  # (session 64, fa26) 复审免考: only what the holder still does
    step_named = None
    if m is not None:
        bare = not s.startswith(("试", "核"), m.end())  # the trade's bare 不用考
        for step in steps.finditer(s, m.end(), hi):
            if bare and step.group() in _COUNTER_ONLY:
                continue
            if _STEP_WAIVED_AFTER.match(s, step.end()):
                return None  # (session 65, review99) 学时不用参加: the holder's step spared
            if not _STEP_DENIED.search(s, max(0, step.start() - 6), step.start()):
                found = "换证"
                step_named = step
                break
    kept = None  # the first exam kept (第一次拿证一定要考): its 拿证 is the rule's, not the sale's
    if found is None:
        r = _RENEWAL_ONLY.search(s, lo, min(len(s), b + 4))
        r_hi = hi
        if (
            r is None
        ):  # (session 67, fa30) 能免考的只有复审, perhaps the answer after the question's mark
            r = _RENEWAL_ONLY_AFTER.search(s, lo, min(len(s), b + _RENEWAL_AFTER_REACH))
            if r is not None:
                r_end = _RENEWAL_END.search(s, r.end())
                r_hi = min(r_end.start() if r_end else len(s), r.end() + _RENEWAL_REACH)
        if r is not None and (kept := _FIRST_EXAM.search(s, r.end(), r_hi)) is not None:
            found = "初证必考"
        elif r is not None and _FIRST_DENIED.search(
            s, max(0, s.rfind("。", 0, r.start()) + 1), r.start()
        ):
            found = "初证必考"  # (session 64, fa26) 初次取证不能免考，只有到期复审的不用考
    if found is None:
        t = _TRAVEL_SPARED.search(s, lo, min(len(s), b + 8))
        if t is not None and (
            _LOCAL_SITE.search(s, t.end(), hi)
            # (issue 9, session 68, lawful4) or named first in the sentence (考点就在本校，电工证考试不用去
            # 外地，本人带身份证参加): the same local site; the seller's words below still break it
            or _LOCAL_SITE.search(s, s.rfind("。", 0, lo) + 1, t.start())
        ):
            found = "外地"
    if found is None:
        t = _SITE_SPARED.search(s, lo, min(len(s), b + 8))
        if t is not None and _SCHOOL_SITE.search(s, t.end(), hi):
            found = "本校考点"
    if found is None:
        return None
    start = s.rfind("。", 0, lo) + 1
    if kept is not None:  # blanked, its length kept so the reach and the offsets stay the same
        s = s[: kept.start()] + "，" * (kept.end() - kept.start()) + s[kept.end() :]
    # (session 65, review99) the training named anywhere after the skip (须本人上传照片即可，报名复训请加
    # 微信 …), not only as the first step
    if step_named is not None and _TRAINING_STEP.search(
        s, m.end() if m else step_named.start(), hi
    ):
        # (session 64, fa26) the school's enrolment contact for the training the renewal takes
        # (复审参加培训就行，报名加微信 px_3392), blanked the same way
        for c in _ENROL_CONTACT.finditer(s, step_named.end(), hi):
            s = s[: c.start()] + "，" * (c.end() - c.start()) + s[c.end() :]
    # (session 65, review106) the course's or the card's own fee blanked (复审培训费每人180元)
    told = _fees_blanked(s[start:hi])
    if _RENEWAL_SOLD.search(told) or _SELLER_PRICE.search(told) or _private_contact(told):
        return None
    # (session 61, review70) the seller's pitch in the next sentence (到期复审即可。找我们办，
    # 三天拿新证，v：…): read a fixed reach past the stop, the pitch words and a private contact
    if end is not None and _pitch_next(s, end.end()):
        return None
    return found


def _pitch_next(s: str, stop: int) -> bool:
    """Whether the seller's pitch or a private contact stands in the fixed reach after a renewal
    sentence's stop: the one reading ``_renewal_told`` and the training-kept readings share."""
    nxt = min(len(s), stop + _RENEWAL_NEXT)
    return bool(_RENEWAL_PITCH.search(s, stop, nxt) or _private_contact(s[stop:nxt]))


#: (issue 9, session 61, fa20) An office's mail-back of a certificate already earned (复审合格后，证书可
#: 邮寄到家，无需本人到窗口领取; 考试合格后证书统一邮寄，无需到大厅领证): what the holder is spared is the
#: trip to collect it, named right after the no-visit (领取 / 领证), and the sentence names, before it,
#: the exam or review passed (合格 / 通过 / 办结 后) and the mailing. A seller mails a certificate no
#: exam earned (不用考试，交钱后证书直接邮寄到家，无需本人到场): its sold words stand in the sentence.
_MAIL_PICKUP = recache.compile(
    r"(?:无需|无须|不用|不需要|不需|不必)(?:本人|考生|再)?(?:到|去|跑|前往)?"
    r"(?:窗口|现场|大厅|办事大厅|场|政务服务中心)?(?:领取|领证|取证|领)"
)
_MAIL_EARNED = recache.compile(r"(?:复审|考试|考核|换证|审核)(?:合格|通过|办结)(?:的|后|之后)")
_MAIL_SENT = recache.compile(r"邮寄|寄到|寄送|送达")
#: (issue 9, session 73, review159) The holder's wait at home for the mailed certificate (在家等证, 在家
#: 坐等新证寄到): the body of the wait, and what closes it as an office's sentence (即可 / 就行). Shared by
#: ``_MAIL_SOLD`` (its 在家 is the seller's word, not the office's closed wait) and ``_home_wait_told``.
_HOME_WAIT_BODY = r"在家(?:里)?(?:坐等|等(?:着)?)(?:证书?|本|新证)(?:寄到|寄来|到家)?"
_HOME_WAIT_CLOSER = r"(?:即可|就行|就可以|便可|就好)"
#: ... the seller's words beside the mail-back: ``_RENEWAL_SOLD`` but for the no-visit the mail-back itself
#: says, and but 在家 (added below: ``_home_wait_told`` reads the wait's own words apart).
_MAIL_SOLD_WORDS = (
    r"加v|加微|私聊|私我|私信|v信|vx|微信|代办|包办|包过|包拿|保过|直接|交钱|付钱|付款|转账|打款|资料发|材料发|"
    r"免考|不用考|无需考|不考|过期的?也|到手|出证|拿证|下证|全国可查|联网可查|价格|优惠|内部|关系"
)
#: (issue 9, session 74, review165) 在家 is the seller's word, but not at the start of the office's own
#: wait closed by 即可 / 就行 (持证人在家等证即可，无需本人到大厅领证 was read sold on the wait's 在家).
_MAIL_SOLD = recache.compile(
    _MAIL_SOLD_WORDS + r"|(?!" + _HOME_WAIT_BODY + _HOME_WAIT_CLOSER + r")在家"
)


def _mail_back_told(s: str, a: int, b: int) -> str | None:
    """(issue 9, session 61, fa20) ``领取`` when the candidate ``s[a:b]`` (or the few characters after
    it) spares the holder the trip to collect a certificate (``_MAIL_PICKUP``) that its sentence,
    before it, says was earned (``_MAIL_EARNED``) and mailed (``_MAIL_SENT``); None beside the
    seller's words (``_MAIL_SOLD``), a price or a private contact in that sentence."""
    m = _MAIL_PICKUP.search(s, max(0, a - 4), min(len(s), b + 10))
    if m is None or m.end() < b:
        return None
    start = max(s.rfind("。", 0, a), s.rfind("\n", 0, a)) + 1
    end = _RENEWAL_END.search(s, m.end())
    hi = end.start() if end else len(s)
    earned = _MAIL_EARNED.search(s, start, m.start())
    if earned is None or _MAIL_SENT.search(s, earned.end(), m.start()) is None:
        return None
    if (
        _MAIL_SOLD.search(s, start, hi)
        or _SELLER_PRICE.search(s, start, hi)
        or _private_contact(s[start:hi])
    ):
        return None
    return "领取"


#: (issue 9, session 73, review159; sessions 74 and 75, review165, review169, review173) The same
#: mail-back told as the holder's wait at home (焊工证考试合格后，证书邮寄到家，考生在家等证即可; 登高证换证
#: 可在政务网申请，新证寄到，在家等证): CS-001 / CS-229 / CS-201 / CS-243 read 在家等证 as the seller's
#: errand spared. One reading in four steps, ``_home_wait_told`` taking them in turn:
#: 1. the wait (``_HOME_WAIT``), closed by 即可 / 就行 or bare at the sentence's end;
#: 2. the office's frame before it: the pass, the review or the renewal (``_HOME_WAIT_EARNED``) and the
#:    mailing (``_HOME_WAIT_SENT``); the bare wait only after the holder's own application
#:    (``_OFFICE_APPLIES``), never the seller's for the buyer (``_HOME_WAIT_PROXY``);
#: 3. none of the seller's words in that sentence (``_HOME_WAIT_SOLD``: its sale, its no-trip, its hands),
#:    no price and no private contact, once the office's own no-trip to collect (``_MAIL_PICKUP``) is
#:    blanked;
#: 4. no seller's cue in the fixed reach after the stop (``_HOME_WAIT_PITCH``, a chat id, a private contact)
#:    once the office's help line there (``_HOME_WAIT_HELP``) is blanked.
_HOME_WAIT = recache.compile(
    _HOME_WAIT_BODY + r"(?:(?P<closer>" + _HOME_WAIT_CLOSER + r")|(?=\s*(?:[。！!\n]|$)))"
)
_HOME_WAIT_EARNED = recache.compile(r"(?:合格|通过|办结)(?:的|后|之后)|换证|复审")
#: (issue 9, session 76, review185) and the post's own words for it (证书经EMS寄递到家; 由邮政寄出): the
#: office's mail notice in its other wordings fired CS-001 on the wait alone.
_HOME_WAIT_SENT = recache.compile(r"邮寄|寄到|寄送|送达|快递|寄递|寄出|ems")
#: (issue 9, session 74, review169) A seller's application for the buyer in words ``_OFFICE_APPLIES``
#: lets through (代为提交申请, 全程代理申请, 由我方负责申请, 中介代理申请) before the bare wait.
#: Not the office's own warning against one (无需中介代理, 不要找中介) nor the employer filing for its staff
#: (由用人单位统一代为申请).
_HOME_WAIT_PROXY = recache.compile(
    r"(?<!无需)(?<!无须)(?<!不要)(?<!不用)(?<!不需)(?<!不必)(?<!不要找)(?<!不用找)(?<!无需找)(?<!勿找)"
    r"(?<!别找)(?<!谨防)(?<!警惕)(?<!拒绝)(?<!单位)(?<!统一)(?<!中介)(?:代理|代为|我方|中介|全程代)"
)
#: The seller's words in the wait's sentence: ``_MAIL_SOLD`` but 在家 (the wait itself), then
_HOME_WAIT_SOLD = recache.compile(
    _MAIL_SOLD_WORDS
    # (review159) the visit waived (不用到场, 人不用, 本人不用, 不用去) and the lapsed card (过期)
    + r"|不用到场|人不用|本人不用|不用本人|不用去|不用回|过期"
    # (review165) the seller's other no-trip words (足不出户, 免跑, 不用跑, 代跑, 人不来), not the office's
    # trip to its window (免跑窗口, 不用跑一趟, 免跑腿); (review169) 足不出户 only in the seller's bare form,
    # not after an office's subject or its 实现 / 做到 / 可 (市民足不出户, 让您足不出户, 实现足不出户):
    # between punctuation (the spaces of 邮寄到家 足不出户 are gone by now: 到家 right before it), after
    # 全程 or 你; (review173) and after a stop (！ is 。 by now; the candidate may start before it), quotes
    # and the seller's 轻松 / 保证 / 包您, which went silent with review169's list
    + r"|(?:^|(?<=[，,、；;：:。！!？?“”\"\s])|(?<=全程|到家|轻松|保证)|(?<=[包保][你您])|(?<![让使]你)(?<=你))"
    + r"足不出户"
    + r"|(?:免|不用|不必)跑(?!腿|窗口|大厅|现场|一趟|路)|代跑|人不来|本人不来"
    # (review165) the seller's own hands (政务网申请我们帮你办), not an office's hand in its own mailing
    # (工作人员帮您邮寄到家)
    + r"|(?:"
    + _RENEWAL_HANDS
    + r")(?!(?:把|将)?(?:证书?|新证)?(?:邮寄|寄|快递|送))"
)
#: (issue 9, session 74, review169) The office's help line after the wait's stop, blanked before the cue is
#: read: its hand that answers, looks up, checks or mails (我们帮您解答, 工作人员会帮你查询寄送进度, 本中心帮
#: 您免费邮寄); (review173) its hand that handles or changes only once the mail's own trouble is named
#: before it (地址填错了，我们帮您修改; 如有问题，工作人员帮你处理) and no exam or score in that sentence:
#: the seller's 没时间考试？我们帮你处理 / 分数不够我们帮你修改 / 考不过有问题的找我处理 / 成绩有问题我们帮你
#: 修改 take the exam's trouble off the buyer.
#: (issue 9, session 75, review181) The mail's own trouble before that hand: the wrong address or
#: details, a query, the parcel sent back, lost or broken (如遇退件; 证书有破损的). Not the seller's
#: comfort 没问题 / 不是问题 (资质不够也没问题，我们帮您处理).
_HOME_WAIT_TROUBLE = r"(?:(?<!没)(?<!不是)(?<!不成)问题|疑问|地址|信息|有误|填错|有变|进度|收到|退件|退回|丢失|遗失|破损)"
#: ... nor the buyer's own shortfall anywhere in that sentence (学历年龄有问题的; 条件不够的，有问题…): the
#: seller takes the eligibility off the buyer, no office mends it.
_HOME_WAIT_SHORT = (
    r"资质|学历|年龄|条件|不够|不足|不符"
    # (issue 9, session 76, review185) and the buyer's other shortfalls a seller names beside a bare 问题
    # (超龄问题; 体检有问题; 工作年限有问题; 实操有问题; 人来不了有问题; 资料不全有问题): the age, the health
    # check, the years of work, the exam's practical part, the trip, the application's papers. No office
    # mends these by mail.
    r"|超龄|年纪|岁数|体检|身体|文化|年限|工龄|社保|实操|理论|没时间|来不了|不能来|到不了"
    # (issue 9, session 77, review191) the papers only as missing (资料不全; 缺材料; 没有资料): the office's
    # 邮寄资料填错的，我们帮您修改 is the mail's own trouble
    r"|(?:资料|材料)(?:不全|不齐|不够|没有|没|缺)|(?:缺|没有?)(?:资料|材料)"
)
#: (issue 9, session 76, review185) The reach from the office's hand to its verb (我们帮您免费邮寄; 工作人员
#: 会帮你查询): not across the seller's chat or inside words (找我私聊修改; 我们帮你私下补寄; 我们帮您vx处理;
#: 帮你走内部渠道补寄), which were blanked with the hand; the office's own WeChat mini program, account or
#: page stays its (工作人员帮您在微信上查询; 我们帮您在wx小程序查询).
_HOME_WAIT_REACH = (
    r"(?:(?!私|加[vq微薇]|vx|v信|薇信|扣扣|qq|wx(?!小程序)|微信(?!小程序|公众|服务号|上|里|查)|内部)"
    r"[^，,。！!？?\n]){0,6}?"
)
#: (issue 9, session 76, review185) The seller's trade in the help line's own sentence: the exam skipped
#: or failed, the pass sold, the inside way, the trip waived (证丢了？我们帮你补寄一本，不用重新考; 没考过也
#: 没事，我们帮您补寄一本; 证过期了？我们帮你重寄新的). The office's line never says these; its hand there
#: is the seller's.
_HOME_WAIT_HELP_SOLD = recache.compile(
    r"不用(?:重新|再)?考|无需(?:重新|再)?考|不考(?!虑)|免考|没考(?!虑)|考不过|没过(?![来去])|包过|保过|稳过|代考"
    # (issue 9, session 77, review191) the seller's pull (走关系, 有关系), not the recipient's relation to the
    # holder (注明与持证人关系); the card lapsed, not the parcel left at the post (快递过期未取被退回的)
    r"|内部|(?:走|找|托|靠|(?<!没)(?<!无)有|硬)关系|关系(?:硬|过硬)|门路|不用到场|不用本人|本人不用"
    r"|(?<!快递)(?<!包裹)(?<!件)过期(?!未|没|不[取领])"
)
#: Only the hand and its verb (group ``hand``) are blanked in the handles / changes reading: the line
#: before it is read as written, so a private contact between the trouble and the hand (地址有误，私聊我们
#: 帮您修改; 地址有误加v我们帮您修改) stays the seller's cue (review173 blanked it with the rest).
_HOME_WAIT_HELP = recache.compile(
    r"(?:"
    + _RENEWAL_HANDS
    + r")"
    + _HOME_WAIT_REACH
    + r"(?:解答|查询|查看|核对|核实|邮寄|寄送|寄出|补寄|重寄|装袋)"
    r"|(?:^|(?<=[。！!？?\n]))(?![^。！!？?\n]*?(?:"
    + _HOME_WAIT_SHORT
    + r"))[^考绩分。！!？?\n]*?"
    + _HOME_WAIT_TROUBLE
    # (review185) 24, not 12: the office's landline between (如地址变更，请致电0531-86501234，我们帮您修改)
    + r"[^考绩分。！!？?\n]{0,24}?(?P<hand>(?:"
    + _RENEWAL_HANDS
    + r")"
    + _HOME_WAIT_REACH
    + r"(?:处理|修改|更改|更换))"
)
#: (issue 9, session 74, review165) The seller's cue after the wait's stop (…在家等证即可。私聊; 需要的找我;
#: 我们帮你办): its hands (``_RENEWAL_HANDS``) and its chat words; (review169) not the office's own desk
#: (请找我局窗口, 找我们窗口更改) nor its WeChat mini program or search (微信小程序, 微信搜索本局服务号);
#: (review173) 找我处 is the office's 处, not the seller's 找我处理; 微信上 only when it looks up (在微信上
#: 查询): 微信上联系 / 微信上聊 and 微信搜索 + a chat id are the seller's.
_HOME_WAIT_PITCH = recache.compile(
    r"(?:"
    + _RENEWAL_HANDS
    + r")(?<!找我)|找我(?![局厅市县区省]|处(?!理)|们?(?:窗口|中心|单位|大厅))"
    + r"|加v|加微|私聊|私我|私信|v信|vx|微信(?!公众|服务号|小程序|搜索(?![：:\s]*[a-z0-9])|上?查)"
    # (issue 9, session 76, review185) and the same chat in other scripts (加薇信, 加威信, wx, 扣扣, 加q,
    # 滴滴我, 私戳): not an office's or a school's QQ group (班级qq群)
    + r"|加薇|薇信|威信|(?<![a-z.])wx(?![a-z.])|扣扣(?!群)|qq(?!群)|加q(?!q?群)|滴滴?我|私戳|戳我"
    # (issue 9, session 77, review191) and the seller's other spellings (v我们帮您修改, 嘉微, +v, 有事加我, 想办的
    # 扣1); not the office's own channels review185's words caught: the mini program written wx (进度可在wx小
    # 程序查询), a QQ group with a word between or a QQ mailbox (班级qq交流群; 发到您的qq邮箱), the county 威信县
    + r"|(?<![a-z0-9.])v(?=\s*(?:我|[，,]))|嘉[v微薇q]|\+\s*[v微薇q]|(?<!参)(?<!增)加我(?![局厅市县区省司校们中处部院所站])|扣个?1(?![0-9分])"
)
#: (issue 9, session 77, review191) The office's own channels the chat words above also match, read out
#: before the cue is found: its mini program or account written wx, a QQ group or a QQ mailbox (班级qq交流
#: 群, 发到您的qq邮箱), the county 威信县 and 威信 as standing (树立威信).
_HOME_WAIT_CHANNEL = recache.compile(
    r"wx(?=小程序|公众号|服务号)|(?:扣扣|qq)(?=[\u4e00-\u9fff]{0,4}群|邮箱)|加qq?(?=[\u4e00-\u9fff]{0,4}群)"
    r"|威信(?=县|镇)|(?<!加)威信(?![号：:\s]*[a-z0-9])"
)
#: (issue 9, session 77, review191) The office's postage named with its few yuan (快递费二十块左右; 邮费15元),
#: blanked before the price after the stop is read; the seller's 邮费二十，证八百 keeps its 八百.
_HOME_WAIT_POSTAGE = recache.compile(
    r"(?:快递|邮寄|邮|运|寄)费(?:用)?(?:约|大约|为|是)?[一二两三四五六七八九十\d]{1,3}(?:块|元)(?:钱)?(?:左右)?"
)
#: (issue 9, session 77, review191) The seller's price in the signs ``_SELLER_PRICE`` does not read, after
#: the stop only: capital numerals (费用捌佰) and r for yuan (800r), not r per minute (1450r/min).
_HOME_WAIT_PRICE = recache.compile(
    r"[壹贰叁肆伍陆柒捌玖拾]+[佰仟]|(?<![\d.])[1-9]\d{2,}\s*r(?![a-z/])"
)
#: (issue 9, session 77, review191) The office's warning before a price in its sentence (谨防诈骗，网上几百块
#: 包拿证的都是骗子; 千万别信网上八百块代办的中介): the price it quotes is the fraud's, not its own. Read
#: over the whole sentence before the price, commas included (``_CLAIMED_BREAKER`` stops at a comma).
_HOME_WAIT_WARNED = recache.compile(
    r"谨防|警惕|提防|当心|(?:不要|别|切勿|勿|不可|不能)(?:相信|轻信|信|上当)"
)


_STOPS = "。！!？?\n"


def _blanked(w: str, what: re.Pattern[str], spared: re.Pattern[str] | None = None) -> str:
    """``w`` with every match of ``what`` blanked to commas, its length kept; where ``what`` has a
    ``hand`` group that took part, only from that group on (the words before it stay to be read).
    (review185) A match whose sentence holds ``spared`` is left as written: the seller's trade there
    makes its hand the seller's."""

    def blank(p: re.Match[str]) -> str:
        if spared is not None:
            lo = max(w.rfind(c, 0, p.start()) for c in _STOPS) + 1
            hi = min((i for c in _STOPS if (i := w.find(c, p.end())) >= 0), default=len(w))
            if spared.search(w, lo, hi):
                return p.group()
        lo = (
            p.start("hand")
            if "hand" in what.groupindex and p.group("hand") is not None
            else p.start()
        )
        return p.group()[: lo - p.start()] + "，" * (p.end() - lo)

    return what.sub(blank, w)


def _home_wait_told(s: str, a: int, b: int) -> str | None:
    """(issue 9, session 73, review159) ``在家等证`` when the candidate ``s[a:b]`` ends in the holder's
    wait at home told as an office's sentence, in the four steps written above ``_HOME_WAIT``: the
    wait, the office's frame before it, no seller's word in its sentence, no seller's cue after it."""
    # (issue 9, session 75, review181) the wait the candidate ends in, not the leftmost in the window: a
    # bare wait right before the office's closed one (新证寄到，在家等证。换证寄到，在家等证即可) hid it
    m = next(
        (
            w
            for w in _HOME_WAIT.finditer(s, max(0, b - 12), min(len(s), b + 12))
            if w.start() < b <= w.end()
        ),
        None,
    )
    if m is None:
        return None
    start = max(s.rfind("。", 0, a), s.rfind("\n", 0, a)) + 1
    if m.group(
        "closer"
    ) is None and (  # the bare wait: the holder's own application, not the seller's
        _OFFICE_APPLIES.search(s, start, m.start()) is None
        or _HOME_WAIT_PROXY.search(s, start, m.start())
    ):
        return None
    if (
        _HOME_WAIT_EARNED.search(s, start, m.start()) is None
        or _HOME_WAIT_SENT.search(s, start, m.end()) is None
    ):
        return None
    end = _RENEWAL_END.search(s, m.end())
    told = _blanked(s[start : end.start() if end else len(s)], _MAIL_PICKUP)
    if _HOME_WAIT_SOLD.search(told) or _SELLER_PRICE.search(told) or _private_contact(told):
        return None
    if end is not None:
        nxt = _blanked(
            s[end.end() : min(len(s), end.end() + _RENEWAL_NEXT)],
            _HOME_WAIT_HELP,
            _HOME_WAIT_HELP_SOLD,
        )
        # (review185) a price there is the seller's too (…在家等证就行。费用八百; …帮你补寄一本，八百包邮);
        # (review191) not the office's postage, nor a price inside its warning (谨防诈骗，网上几百块包拿证的…)
        paid = _HOME_WAIT_POSTAGE.sub(lambda c: "，" * len(c.group()), nxt)
        price = _SELLER_PRICE.search(paid) or _HOME_WAIT_PRICE.search(paid)
        if price and (
            _HOME_WAIT_WARNED.search(
                paid, max(paid.rfind(c, 0, price.start()) for c in _STOPS) + 1, price.start()
            )
            is None
        ):
            return None
        nxt = _HOME_WAIT_CHANNEL.sub(lambda c: "，" * len(c.group()), nxt)
        cue = _HOME_WAIT_PITCH.search(nxt) or _CHAT_ID.search(nxt)
        # not a cue the office warns against (谨防私信代办: ``_CLAIMED_BREAKER`` before it)
        if cue and _CLAIMED_BREAKER.search(nxt, 0, cue.start()) is None:
            return None
        if _private_contact(nxt):
            return None
    return "在家等证"


#: (issue 9, session 65, fa27) An employer's job post that skips its own hiring test and asks the
#: worker to hold the card already (工厂招普工，不用考试，有焊工证的优先录用; 物业招水电工，不需要考试直接
#: 面试，须持有效低压电工证; 锅炉房招司炉工，不用考，有司炉证的直接来上班): the waiver is the hiring
#: exam, the certificate is what the applicant brings. Read only where the sentence opens with the
#: hiring word before the candidate (``_HIRING``, never 招生 / 招学员: a school enrolling sells the
#: course), names the holding (``_HIRING_HELD``) and carries none of the seller's words
#: (``_HIRING_SOLD``: 证我们给你办, 没证的交钱三天出证, 包办, 加v) nor a private contact.
_HIRING = recache.compile(r"(?:急招|诚聘|聘请|招聘|招工|招)(?!生|标|商|牌|呼|学员|学徒|收|募学)")
_HIRING_WAIVER = recache.compile(r"(?:不用|不需要|不需|无需|无须|不必|免)(?:笔试|考试|考)")
_HIRING_HELD = recache.compile(
    r"(?:须|需|必须|要求|应)(?:本人)?(?:持有?|具备|具有)"
    r"|持证(?:者|的|人员)?(?:优先|直接|上岗|即可)"
    # (issue 9, session 67, fa30) and the homophone spelling of the trade's card (有焊工正的优先)
    r"|(?:有|持有?)[^，,。；;！!？?\n]{0,10}?(?:证书?|工正)(?:的|者)?(?:优先|直接|即可|可直接)"
    r"|有证(?:者|的)?优先"
)
_HIRING_SOLD = recache.compile(
    r"办|包(?!吃|住|食宿)|代(?!班)|给你|帮你|交钱|付钱|付款|转账|费用|出证|拿证|下证|到手|全国可查|"
    r"联网可查|内部|关系|加v|加微|私聊|私我|私信|v信|vx|没证|无证|没有证|"
    # (issue 9, session 67, the lead's second reading of fa30) the card got for the worker in plain words
    # (证可以帮忙弄; 证我们搞定): since fa30 blanks the labelled mobile, the post's own words must carry it
    r"弄证|(?:可以|能|帮忙|帮你|给你)弄|搞定|搞(?:个|本|一本)?证"
)
_HIRING_REACH = 40
#: (issue 9, session 67, fa30) The employer's mobile under its label (电话 138…, 联系电话 / 手机 / 联系方式
#: …): a job post gives its hiring manager's number so; read as no private call here. A WeChat or QQ id
#: (加v, 微信 …) stays the seller's, and the seller's words (``_HIRING_SOLD``: 办, 没证, 出证, 交钱) still
#: break the post (招叉车工，不用考试，有证优先，没证的三天出证，手机 151…).
_HIRING_PHONE = recache.compile(
    r"(?:联系电话|电话|手机|联系方式|tel)[：:\s]*1\d{2}[\s-]?\d{4}[\s-]?\d{4}(?!\d)"
)


def _hiring_told(s: str, a: int, b: int) -> str | None:
    """(issue 9, session 65, fa27) The hiring word when the candidate ``s[a:b]`` holds the waiver
    of an employer's hiring test in a job post that asks the worker to hold the card (see
    ``_HIRING``), or None."""
    start = max(s.rfind(c, 0, a) for c in "。！!？?\n") + 1
    hire = _HIRING.search(s, start, a)
    if hire is None or _HIRING_WAIVER.search(s, max(start, a - 4), b) is None:
        return None
    end = _RENEWAL_END.search(s, b)
    hi = min(end.start() if end else len(s), b + _HIRING_REACH)
    if (
        _HIRING_HELD.search(s, start, hi) is None
        or _HIRING_SOLD.search(s, start, hi)
        # (issue 9, session 67, fa30) the employer's labelled mobile blanked first (``_HIRING_PHONE``)
        or _private_contact(_HIRING_PHONE.sub(lambda c: "，" * len(c.group()), s[start:hi]))
    ):
        return None
    return hire.group(0)


#: (issue 9, session 67, fa30) An agency filing the renewal's papers while the holder still attends the
#: renewal's training (代办焊工证复审资料提交，本人须参加复训; 代办电工证复审申报，学员培训学时照常参加):
#: the 代办 is the paperwork, the training the lawful renewal takes is kept. Read where the sentence
#: names the renewal (``_AGENT_RENEWAL``) and the training kept (``_AGENT_TRAINING_KEPT``, never after
#: 无 / 不 / 免: 无须参加复训 is the seller's waiver), and carries none of the renewal seller's words
#: (``_RENEWAL_SOLD`` with the agency's own 代办 left out: 交钱, 直接拿, 包过, 加微, 私聊) nor a private
#: contact (the agency gives its landline).
_AGENT_RENEWAL = recache.compile(r"复审|换证|延期换证|到期换证")
_AGENT_TRAINING_KEPT = recache.compile(
    r"(?<![无不免])(?:必须|须|需要|需|仍须|仍需|照常|按时|照样)(?:本人|亲自)?(?:参加|完成)"
    r"(?:复训|复审培训|换证培训|培训|继续教育)"
    r"|(?:培训|复训)学时(?:须|需|照常|按时)(?:本人)?(?:参加|完成)"
)


#: (issue 9, session 67, the lead's second reading of fa30) The training kept in name and emptied in the
#: next words (须参加培训，培训签个到就走; 复训我们帮你签到; 复训不用来人): the seller's renewal, not an
#: agency's paperwork, so ``_agent_training_kept`` does not hold.
_TRAINING_HOLLOWED = recache.compile(
    r"签个?到就|签个?字就|签完(?:字|到)?就|打个?卡就|刷个?脸就|露个?面就|帮你签|代签|代打卡|挂个?名|走个?过场|"
    r"不用(?:来|到|去)|不必(?:来|到)|人不用|不来也"
)


#: (issue 9, session 68, lawful4) Study advice that names a sure pass as the learner's aim and the way to
#: it as practice (稳过的办法就是多刷题; 想稳过就得多练实操; 必过的秘诀是多做模拟题; 怎么才能稳过？多刷题):
#: the pass is asked for or explained, not promised by the school. The aim is told by the words before
#: the pass word (想 / 要想 / 怎么才能) or right after it (的办法 / 的秘诀 / 的关键 / 没有捷径 / 就得) ...
_ADVICE_BEFORE = recache.compile(r"(?:想要?|要想|(?:怎么|怎样|如何)(?:才能|才可以|能)?)$")
_ADVICE_AFTER = recache.compile(
    r"(?:的话)?[，,]?(?:就得|就要|就|只能|只有|得|要|必须)"
    r"|的?(?:办法|方法|秘诀|诀窍|窍门|关键|捷径)|没有?捷径|[，,]关键"
)
#: ... the way is the learner's own practice, within ``_ADVICE_REACH`` after the pass word (across an
#: answer's question mark: 怎么才能稳过？答：多刷题) ...
_ADVICE_PRACTICE = recache.compile(
    r"(?<![教训])练|刷[^，,。；;]{0,5}?(?:题|遍)|题库|做[^，,。；;]{0,4}?题|错题|模拟|复习|背熟|背会|看书|"
    r"课表|听课|上课|靠自己|努力|用功|(?:认真|好好|多)学|多问"
)
_ADVICE_REACH = 24
#: ... and no seller's word after it: the way that is the school's class or money, an inside track, a
#: refund on a failed exam, the paper without the exam (稳过的办法就是报我们的内部班; 想稳过就多练，练不会
#: 我们保你过; 稳过的办法就是多刷题？不用，交钱报我们这期稳过).
_ADVICE_SOLD = recache.compile(
    r"包过|保过|包拿|保你|包你|稳拿|内部|渠道|原题|押题|真题|答案|考场(?:里|上)?有|关系|门路|交钱|付钱|"
    r"报我们|找我们|跟我们|我们的?班|我们这期|不过退|全退|退费|退款|退全|不用考|免考|直接拿|出证"
    # the money paid for it (想稳过就交两千; 交三千稳过)
    r"|交[^，,。；;]{0,3}?(?:钱|[百千万]|元|块)|\d+\s*元"
    # the way through the writer (想稳过就来我们这练; 想要必过就上我们的冲刺班): the school's own offer
    r"|我们|咱们|本校|我校|本中心"
    # (issue 9, session 68, review118) the writer as the way round the practice (刷不会的找我; 练不过的
    # 就找我; 不想刷题的直接私我; 实在不行就联系我; 考前联系我发题): the seller's offer after the advice,
    # not the teacher's (有不懂的可以找我; 练不会的地方老师课上再讲)
    r"|(?:[刷练学做考背]不(?:会|过|好|完|动|下来|进去)|(?:不想|懒得|没空|没时间)[刷练学做考背]|实在不行)"
    r"[^，,。；;]{0,4}?(?:找我|私我|私信(?!老师)|联系我|加我)"
    r"|考前[^，,。；;]{0,3}?(?:找我|私我|私信我|联系我)|(?:找我|私我|私信我|联系我)[^，,。；;]{0,2}?发题"
)
_ADVICE_SOLD_REACH = 32


def _study_advice(s: str, parts: list[Match], b: int) -> str | None:
    """(issue 9, session 68, lawful4) The practice named as the way to a sure pass, when every pass
    word of the candidate ``parts`` is 稳过 / 必过 told as the learner's aim (``_ADVICE_BEFORE`` /
    ``_ADVICE_AFTER``) and the way as practice (``_ADVICE_PRACTICE``), with no seller's word
    (``_ADVICE_SOLD``) from the first pass word to a reach past the candidate; else None."""
    aims = [p for p in parts if p.term.endswith(("稳过", "必过"))]
    if not aims or any(p.term.endswith("过") and p not in aims for p in parts):
        return None  # another promise (包过) in the candidate is read as it always was
    way = None
    for p in aims:
        if not (
            _ADVICE_BEFORE.search(s, max(0, p.start - 4), p.start) or _ADVICE_AFTER.match(s, p.end)
        ):
            return None
        way = _ADVICE_PRACTICE.search(s, p.end, p.end + _ADVICE_REACH)
        if way is None:
            return None
    if way is None or _ADVICE_SOLD.search(
        s, aims[0].start, max(b, aims[-1].end) + _ADVICE_SOLD_REACH
    ):
        return None
    return way.group(0)


#: (issue 9, session 69, lawful6) A renewal whose waiver names the holder and the exam together
#: (焊工证复审不用本人重新考试; 复审跟初考不一样，不用本人再考试; 去做复审，不用考试): article 21 of the
#: special-operations rules reviews the card every three years, it does not examine the holder again.
#: ``_RENEWAL_NO_EXAM`` reads the waiver right after the renewal's name only, and ``_RENEWAL_SOLD``
#: takes 不用本人 as a proxy's; here the waiver may stand a clause after the renewal, 本人 in it ...
_RENEWAL_SELF_WAIVER = recache.compile(
    r"(?:复审|换证|复训)[^。！!？?\n]{0,10}?"
    r"(?:不用|无需|无须|不需要|不需|不必)(?:本人)?(?:再|重新|另外)?(?:参加)?考"
)
#: ... when the renewal's training is kept in the same sentence: organised by the employer or the school
#: (单位统一组织复训), its class said to be the holder's own (复训课必须本人去上; 培训课要本人去上), the
#: holder attending it (本人按时参加复审培训), or a class told as attended (上了一天课). A seller empties
#: it (复训也不用去; 培训课我们帮你签到: ``_TRAINING_HOLLOWED``, ``_RENEWAL_SOLD``).
_RENEWAL_TRAINING_KEPT = recache.compile(
    r"(?:单位|公司|学校|培训中心|企业|厂里)(?:会)?(?:统一)?组织(?:复训|培训|复审培训|安全培训)"
    r"|(?:复训|培训|复审培训)课?[^，,。；;！!？?\n]{0,3}?(?:要|须|需|需要|得|必须|仍须|仍需)"
    r"(?:本人|自己|亲自)(?:去|来|到场)?(?:上|参加|听)"
    r"|(?<![无不免])(?:本人|自己|亲自)(?:按时|照常|仍须|须|需|要|必须)?(?:参加|去上|上|听)"
    r"(?:复训|复审培训|培训|安全培训)"
    r"|上了[^，,。；;！!？?\n]{0,4}?课"
)


#: (issue 9, session 69, review123) ... and emptied in words the seller lists above do not hold: the hours
#: idled through or done by the writer (线上挂机刷学时就行; 学时我们代刷; 培训记录我们补), the new card
#: guaranteed (包换新证); not the employer's own record (培训记录我们安全科存档). A notice forbids them (复训学时严禁代刷; 线上学时不能代刷), so a ban before them
#: keeps the reading.
_RENEWAL_TRAINING_EMPTIED = recache.compile(
    r"挂机|挂学时|代刷|替刷|代上|替你上|帮你上|帮你刷"
    r"|(?:记录|学时)(?:我们|我这|我们这|我)?边?(?:帮你|替你|给你)?来?(?:补|刷|挂|代|搞定|帮|替)|包换"
)
_RENEWAL_EMPTIED_BANNED = recache.compile(r"不能|不得|严禁|禁止|不许|不可|不要|不准|别|勿")
#: (issue 9, session 74, review166) Read by ``_way_round_offered``: a ban or a refusal earlier in the clause of a way round (请勿找人通融;
#: 别找人通融; 考点杜绝任何人情关照): the office rules the way round out, it offers none. The bans of
#: ``_RENEWAL_EMPTIED_BANNED`` and the office's stronger ones; not a comfort (别担心我们安排人进场, 不要怕)
#: nor 别 inside a word (别人, 别家, 特别, 区别).
_WAY_ROUND_BANNED = recache.compile(
    rf"(?:(?<![特区分类级识告性差个派])(?:{_RENEWAL_EMPTIED_BANNED.pattern})(?![人家的处样])"
    r"|杜绝|拒绝|谢绝|绝不|从不|决不)(?!担心|害怕|怕|着急|急|慌|犹豫|紧张|紧)"
)


def _renewal_training_emptied(told: str) -> bool:
    """(issue 9, session 69, review123) ``_RENEWAL_TRAINING_EMPTIED`` in ``told``, unless its own clause
    bans it right before (线上学时不能代刷; 不能找人代上; 严禁挂机刷学时)."""
    for m in _RENEWAL_TRAINING_EMPTIED.finditer(told):
        pre = re.split(r"[，,。；;！!？?\n]", told[max(0, m.start() - 6) : m.start()])[-1]
        if not _RENEWAL_EMPTIED_BANNED.search(pre):
            return True
    return False


#: (issue 9, session 72, renew) The last text's renewal readings (see ``_RenewalSentence``): the text,
#: and what was read of it -- the pitch after each stop, the seller's signs of each span told. Swapped
#: whole for the next text (a tuple read once, so two scans at once never mix their texts).
_RENEWAL_MEMO: tuple[str, dict[tuple[str, int | str], bool]] = ("", {})


class _RenewalSentence:
    """(issue 9, session 72, renew) One reading of the sentence around a certificate_sale candidate
    ``s[a:b]`` that the renewal readings share (lawful6's training kept, fields1's form, lawful9's
    conditions): where the sentence stops after the candidate, whether it ends as a question, whether
    the seller's pitch follows the stop, and whether a span told holds the seller's signs of a renewal
    (``_RENEWAL_SOLD``, ``_TRAINING_HOLLOWED``, the hours emptied, a price, a private contact). Each
    reading keeps what is its own: its waiver, what it keeps and how far it reads. The pitch and the
    signs are read once per text and stop or span, not once per rule: every certificate_sale rule
    (CS-001, CS-201, CS-225, CS-237, CS-238) asks the same of a candidate's sentence."""

    __slots__ = ("_memo", "b", "end", "s")

    def __init__(self, s: str, b: int) -> None:
        global _RENEWAL_MEMO
        self.s, self.b = s, b
        self.end = _RENEWAL_END.search(s, b)
        memo = _RENEWAL_MEMO
        if memo[0] is not s:
            memo = _RENEWAL_MEMO = (s, {})
        self._memo = memo[1]

    def opening(self, at: int, stops: str = "。！!？?\n") -> int:
        """Where the sentence holding ``at`` opens: past the last of ``stops`` before it (lawful9 reads
        on across a question mark: 电工证到期了？不用重考, so it names its own stops)."""
        return max(self.s.rfind(c, 0, at) for c in stops) + 1

    def hi(self, reach: int) -> int:
        """Where a reading of ``reach`` past the candidate stops: the sentence's end or the reach."""
        return min(self.end.start() if self.end else len(self.s), self.b + reach)

    def asked(self) -> bool:
        """Whether the sentence ends as a question (复训要本人去上吗？不用: asked about, not told)."""
        return self.end is not None and self.end.group() in "？?"

    def pitched(self) -> bool:
        """Whether the seller's pitch follows the sentence's stop (``_pitch_next``)."""
        if self.end is None:
            return False
        key = ("pitch", self.end.end())
        got = self._memo.get(key)
        if got is None:
            got = self._memo[key] = _pitch_next(self.s, self.end.end())
        return got

    def sold(self, told: str) -> bool:
        """Whether ``told`` (a span of the sentence, some of it blanked) holds the seller's signs of a
        renewal: its words, the training hollowed or emptied, a price, a private contact."""
        key = ("sold", told)
        got = self._memo.get(key)
        if got is None:
            got = self._memo[key] = bool(
                _RENEWAL_SOLD.search(told)
                or _TRAINING_HOLLOWED.search(told)
                or _renewal_training_emptied(told)
                or _SELLER_PRICE.search(told)
                or _private_contact(told)
            )
        return got


def _renewal_kept(s: str, a: int, b: int) -> str | None:
    """(issue 9, session 72, renew) The reason a certificate_sale candidate ``s[a:b]`` on a renewal is
    lawful, its sentence read once for the three readings, in their order: the holder spared the new
    exam with the training kept (``lawful:复审培训``), a form's exam field answered no beside the
    training it keeps (``lawful:表单培训``), the waiver on article 21's ground (``lawful:延期复审条件``)."""
    r = _RenewalSentence(s, b)
    if kept := _renewal_training_kept(s, a, b, r):
        return f"lawful:复审培训({kept})"
    if kept := _form_training_kept(s, a, b):
        return f"lawful:表单培训({kept})"
    if ground := _renewal_law_kept(s, a, b, r):
        return f"lawful:延期复审条件({ground})"
    return None


def _renewal_training_kept(s: str, a: int, b: int, r: _RenewalSentence | None = None) -> str | None:
    """(issue 9, session 69, lawful6) The renewal's training kept (``_RENEWAL_TRAINING_KEPT``,
    ``_AGENT_TRAINING_KEPT``) when the candidate ``s[a:b]`` overlaps a renewal's waiver of the new
    exam (``_RENEWAL_SELF_WAIVER``) and the same sentence (``r``), its waiver blanked, holds none of
    the seller's signs of a renewal (``_RenewalSentence.sold``), nor the next sentence a pitch; else
    None."""
    r = r or _RenewalSentence(s, b)
    start = r.opening(a)
    hi = r.hi(_RENEWAL_REACH)
    w = _RENEWAL_SELF_WAIVER.search(s, start, min(hi, b + 8))
    if w is None or w.start() >= b or w.end() <= a:
        return None
    kept = _RENEWAL_TRAINING_KEPT.search(s, w.end(), hi) or _AGENT_TRAINING_KEPT.search(
        s, w.end(), hi
    )
    if kept is None:
        return None
    # the waiver's own 不用本人 blanked, its length kept: the holder spared the exam, not the visit
    told = s[start : w.start()] + "，" * (w.end() - w.start()) + s[w.end() : hi]
    # the training asked about (复训要本人去上吗？不用), or the seller's pitch in the next sentence
    if r.sold(told) or r.asked() or r.pitched():
        return None
    return kept.group(0)


#: (issue 9, session 70, fields1) A form's or a table's exam field answered no (是否考试：否, normalized
#: 是否考试否; stance reads it as an answer, not a question) on a renewal application, a continuing-
#: education course, a sign-in sheet or an exam centre's FAQ: the renewal may drop the exam (延期复审),
#: a course has none by design, and what the form keeps is the training (复训学时：8, 学时：24, 须本人参加
#: 复训, 继续教育). A seller's table with the same field promises the paper (出证 / 到手 / 下证 time), a
#: price or a chat, or waives the training as well (学时：免, 是否复训：否, 学时：代刷).
_FORM_FIELD_NO = recache.compile(
    r"是否(?:需要|要|须)?(?:本人|亲自)?(?:参加)?(?:考试|到场|到现场|去考场|体检)"
    r"(?:否(?![则定认])|免|不需要|不用|无需|不必|无(?!论))"
)
#: ... the training the form keeps: its hours in figures, the renewal's training, the holder's own
#: attendance, a continuing-education course; not followed by a waiver (复训否, 须本人参加复训否) ...
_FORM_KEPT = recache.compile(
    r"(?:复训|培训|继续教育)?(?:学时|课时)\d+"
    r"|继续教育|(?:须|需|必须|仍须|仍需)本人(?:参加|完成|到|携带|按时)"
    r"|是否(?:参加)?复训是|复训(?:合格|时间|学时)"
    # (second reading) or what sends the holder to the office or the record: the renewal's conditions
    # (复审条件：三年内无违章; 连续从事本工种10年以上), the office's counter, a lookup service
    r"|(?:复审|换证|延期|申请)(?:条件|要求)|无违章|从事本工种|窗口|办理地点|发证机关|查询(?:方式|服务|入口)"
)
_FORM_WAIVED_AFTER = recache.compile(r"否|免|无|不需|不用|不必|代")
#: ... and none of the seller's words in the form: the paper delivered or checked online, a price, a
#: chat, the pass, the training waived too (学时免, 培训否, 复训无需); a private contact is read apart.
_FORM_SOLD = recache.compile(
    r"出证|到手|下证|拿证|交付|快递|包邮|(?<!培训)周期|包过|保过|包拿|代刷|代考|代办|可查|价格|面议|优惠|"
    # the shop's own order words and a delivery by the day (拍下即发; 三天出; 7天到)
    r"拍下|下单|发货|即发|[一二两三四五六七八九十\d]+天(?:内)?(?:出|到|拿|发|寄)|"
    r"加v|加微|私聊|私我|私信|v信|vx|微信(?!公众|服务号)|"
    r"(?:培训|复训|学时|课时|上课|面授)(?:否(?![则定认])|免|全免|无需|不需要|不用|不必)"
)
#: ... a school's own fee for the course (学费300元, 培训费：800) is no seller's price.
_FORM_FEE = recache.compile(r"(?:学费|培训费|复训费|课程费|考试费|报名费|工本费)\d+(?:元)?")
#: How far either side of the answered field the form is read (its rows are sentences once
#: normalized: a line break becomes 。), up to a question or an exclamation mark.
_FORM_REACH = 60


def _form_training_kept(s: str, a: int, b: int) -> str | None:
    """(issue 9, session 70, fields1) The training a form keeps (``_FORM_KEPT``) when an answered exam
    field (``_FORM_FIELD_NO``) overlaps the candidate ``s[a:b]`` and the form around it, read
    ``_FORM_REACH`` either side up to a question or an exclamation mark, holds none of the seller's
    words (``_FORM_SOLD``, a price other than the course's fee, a private contact); else None."""
    lo = max(0, a - _FORM_REACH)
    hi = min(len(s), b + _FORM_REACH)
    field = next(
        (f for f in _FORM_FIELD_NO.finditer(s, lo, hi) if f.start() < b and f.end() > a), None
    )
    if field is None:
        return None
    lo = max([lo] + [s.rfind(c, lo, field.start()) + 1 for c in "！!？?"])
    stops = [i for i in (s.find(c, field.end(), hi) for c in "！!？?") if i >= 0]
    hi = min(stops) if stops else hi
    form = s[lo:hi]
    kept = next(
        (k for k in _FORM_KEPT.finditer(form) if _FORM_WAIVED_AFTER.match(form, k.end()) is None),
        None,
    )
    if kept is None:
        return None
    if (
        _FORM_SOLD.search(form)
        or _SELLER_PRICE.search(_FORM_FEE.sub(lambda m: "，" * len(m.group()), form))
        or _private_contact(form)
    ):
        return None
    return kept.group(0)


#: (issue 9, session 71, lawful9) A renewal said to need no exam, read across clauses and an answered
#: question (电工证到期了？不用重考 -- normalized, the question mark is a full stop; 复审了叉车证，上了8个
#: 学时的课，不用考试; 延期复审提醒：焊工证持证十年以上且无违章的可申请，不用考试) ...
_LAW_WAIVER = recache.compile(
    r"(?:复审|换证|延期|到期|复训)[^！!\n]{0,30}?"
    r"(?:不用|无需|无须|不需要|不需|不必|免于|免|没有?)(?:本人)?(?:再|重新|重|另外)?(?:参加)?(?:复审)?考"
)
#: ... on a ground article 21 of the special-operations rules names: the extension's own conditions
#: (满足条件 / 符合延期复审条件; ten years in the trade; a clean record; the issuing office's consent; the
#: employer's proof of the years) ...
_LAW_CONDITION = recache.compile(
    r"(?:满足|符合)(?:延期复审|延期|复审|相关|规定)?(?:的)?条件"
    r"|(?:十|10|十一|十二|十五|二十)(?:多)?年(?:以上)?(?:且|并且|，|,)?(?:无违章|没有?违章|没违章)"
    r"|(?:满|干满|从业满|持证满|连续从事本工种)(?:十|10)年|十年以上|从事本工种|无违章|没有?违章"
    r"|发证机关(?:已|会)?(?:同意|批准|审批|批了|批准了)|从业证明"
)
#: ... or the renewal's training kept: the hours or the course attended (参加8学时复审培训; 参加复审培训
#: 考核合格; 上了两天复审课; 上了8个学时的课; 学员须本人到课), the course passed (培训合格 / 考核合格) ...
_LAW_TRAINING = recache.compile(
    # (second reading) never the course waived before it (不用上课; 不用参加培训; 无需参加培训)
    r"(?<![不免无没])(?<!不用)(?<!无需)(?<!无须)(?<!不必)(?<!不需)(?<!需要)(?<!用再)"
    r"(?:参加|完成|上了?|去上了?)[^，,。；;！!？?\n]{0,8}?(?:复审|安全|换证)?(?:培训|课)"
    r"|(?:复审|安全)?培训(?:考核)?合格|考核合格|(?:须|需|必须|要)本人(?:到课|参加|上课|听课)"
)
#: ... none of them waived after it (复审培训也不用上; 培训合格证我们出), nor the conditions waived by the
#: writer (不满足条件也能延期; 满足不满足都能办; 不看年限; 十年没干满也行; 不符合的我们也能办) ...
_LAW_GROUND_WAIVED = recache.compile(r"(?:也|都)?(?:不用|不需要?|无需|免|不必|我们|代|帮|替)")
_LAW_CONDITION_WAIVED = recache.compile(
    r"不(?:满足|符合|够|看)[^，,。；;！!？?\n]{0,4}?(?:条件|年限|年|的)|满足不满足|符合不符合|够不够"
    r"|没(?:干|做|满)[^，,。；;！!？?\n]{0,3}?(?:满|年)|年限不够|条件不够|(?:都|也)能延期"
)
#: ... and the notice's own enrolment or inquiry line (详情咨询138…; 报名电话138…; 咨询电话0571-…):
#: a school's or an office's number labelled as the notice's, blanked before the private contact is
#: read; a chat id (加v / 微信 / 私聊) stays the seller's.
_LAW_NOTICE_PHONE = recache.compile(
    r"(?:详情|具体|报名|报班|咨询)+(?:电话|热线|手机)?[:：]?\s*(?:86)?1[3-9]\d{9}(?!\d)"
)
#: (second reading) ... and, in the sentence, neither the course waived in other words (课不用听; 学时
#: 不用上; 培训不用去; 不用上课; 不用参加培训; 免培训) nor the writer's own hands in the errand (满足条件的
#: 我们办; 交给我; 我来办): sellers who name a condition or the course and then take it away.
_LAW_SOLD = recache.compile(
    r"(?:培训|课|复训|学时)(?:也|都)?(?:不用|不必|无需|无须|不需要?|免)(?:上|听|去|来|参加|挂|刷|到)"
    r"|(?:不用|无需|无须|不必|不需要?|免)(?:再)?(?:参加|上|去上|听)?(?:复审|安全|换证)?(?:培训|课|复训|学时)"
    r"|我们(?:都|也|全)?(?:能|可以)?办(?!理)|交给我|我来办|我(?:都|也)?能办"
)
_LAW_REACH = 40
#: (issue 9, session 72, lawful11) ... and the errand fee the notice refuses (不收任何代办费; 不收取代办费用;
#: 免收中介费): the writer denies the go-between it would be, so the 代办 of ``_RENEWAL_SOLD`` is blanked
#: with it; a seller's 代办费三百 / 代办费全包 names the fee it takes.
_ERRAND_FEE_REFUSED = recache.compile(
    r"(?:不收|不收取|不另收|免收|无需支付|不需要?(?:交|付|支付)?)(?:任何)?(?:的)?(?:代办|中介)(?:费用|费)"
)


def _renewal_law_kept(s: str, a: int, b: int, r: _RenewalSentence | None = None) -> str | None:
    """(issue 9, session 71, lawful9) The ground a renewal's exam waiver (``_LAW_WAIVER``) overlapping the
    candidate ``s[a:b]`` stands on in its sentence: article 21's conditions (``_LAW_CONDITION``) or the
    renewal's training kept (``_LAW_TRAINING``), not waived after it; with none of the seller's words
    of a renewal (``_RENEWAL_SOLD``, ``_TRAINING_HOLLOWED``, the conditions waived, a price, a private
    contact other than the notice's labelled number) in that sentence, nor a pitch in the next; else
    None. ``_renewal_training_kept`` asks for the holder named (本人参加); an office's or a school's
    notice names the hours and the conditions instead, and gives its enrolment line. ``r``: the
    sentence as ``_renewal_kept`` read it."""
    r = r or _RenewalSentence(s, b)
    hi = r.hi(_LAW_REACH)
    lo = max(0, a - _LAW_REACH)
    w = next((m for m in _LAW_WAIVER.finditer(s, lo, min(len(s), b + 8)) if m.end() > a), None)
    if w is None or w.start() >= b:
        return None
    start = r.opening(w.start(), "。！!\n")
    ground = None
    for rx in (_LAW_CONDITION, _LAW_TRAINING):
        for g in rx.finditer(s, start, hi):
            if g.start() < w.start() and rx is _LAW_TRAINING and "复审" not in s[start : g.end()]:
                continue  # a class before the renewal is named is no renewal's class
            if _LAW_GROUND_WAIVED.match(s, g.end()) is None:
                ground = g.group(0)
                break
        if ground:
            break
    if ground is None:
        return None
    told = _fees_blanked(_LAW_NOTICE_PHONE.sub(lambda m: "，" * len(m.group()), s[start:hi]))
    told = _ERRAND_FEE_REFUSED.sub(lambda m: "，" * len(m.group()), told)
    if r.sold(told) or _LAW_CONDITION_WAIVED.search(told) or _LAW_SOLD.search(told) or r.pitched():
        return None
    return ground


#: (issue 9, session 69, lawful6) A refusal written as a list head before a colon (本校不会做的：包过、代考、
#: 免考拿证; 本中心不接的活：替考、办假证…; 不提供下列服务：代考，保过…): ``negation_before`` reads ten
#: characters back, so only the list's first item was denied. The head is the clause before the colon,
#: read in the original text (normalizing drops the colon) ...
_REFUSED_HEAD = recache.compile(
    r"(?:(?:不会|绝不|从不|坚决不|一律不|决不|不)(?:做|干|接|办|提供|承接|碰|搞|卖|代办)|拒绝|不沾"
    # (issue 9, session 71, lawful10) or the words it will not say, promise or write (我们不会说的话：包过、
    # 稳过; 本校从不承诺：包过、保过; 招生简章里不会写：包过、免考): a school's list of the banned claims,
    # read only when nothing but the list's name follows, as the verbs above
    # (issue 9, session 71, review135) not a seller's topicalized "no idle talk" before his menu (废话不说：
    # 焊工证不用考; 虚的不讲：; 低调不宣传：; 啥都不承诺：), whose object stands before the 不, nor 不说话
    r"|(?<![话的调])(?<!啥都)(?<!啥也)(?<!什么都)(?<!什么也)"
    r"(?:不会|绝不|从不|从来不|坚决不|一律不|决不|不)(?:对(?:学员|学生|考生|家长|你们?|大家))?"
    r"(?:说|讲|承诺|写|宣传|保证)(?!话))"
    # the head names no object of its own (不接受砍价：…; 本店不卖假货：电工证…免考直接拿 refuse something
    # else, and the list after them is the offer): only the list's own name may follow the verb
    r"(?=(?:的)?(?:[几三两四五]件事|事情?|活儿?|业务|服务|项目|内容|(?:[几三两四五]句)?话)?$"
    r"|(?:以下|下列|如下)(?:的)?(?:服务|业务|内容|项目|事情?)?$)"
)
#: ... not a rival's refusal answered by the writer's own trade (别人不会做的我们会做：…; 同行不接的业务我们接：…),
#: nor a question ...
_REFUSED_HEAD_TURNED = recache.compile(
    r"别家|别人|同行|他们|人家|其他|其它|别的|外面|我们(?:都|也|全)?(?:会|能|可以|敢)?(?:做|干|接|办)|吗|么|[？?]"
)
#: ... and the list after the colon holds none of the seller's own words up to the sentence's end
#: (…免考拿证？我们都做，加v; …，私聊).
_REFUSED_LIST_SOLD = recache.compile(
    r"加[vV微]|私聊|私我|私信|[vV]信|vx|VX|微信|找我|联系我|我们(?:都|也|全)?(?:会|能|可以)?(?:做|办|接)"
    r"|都能|都可以|价格|优惠|包你|保你"
)
_REFUSED_HEAD_REACH = 16
_REFUSED_LIST_REACH = 30
#: (issue 9, session 69, review123) Every item before the candidate's own must itself name a banned
#: trade: a seller's menu refuses something harmless first and offers after it in the same list
#: (拒绝：排队等考试，电工证免考拿证; 不提供以下服务：售后扯皮，电工证包过; 不接的：散单，焊工证包过代考).
_REFUSED_ITEM = recache.compile(
    r"代考|替考|代人考|枪手|包过|保过|包拿|包证|免考|免试|不考|不用考|无需考|假证|假文凭|买证|卖证|办证"
    r"|发证|出证|拿证|挂靠|挂证|代办|代刷|刷学时|代签|代上|不上课|不培训|作弊|泄题|答案|造假|伪造"
    # (issue 9, session 70, lawful8) and the advertising the law bans (Advertising Law art. 24: 本校不会做的：
    # 夸大宣传、包过、代考): a school refusing it refuses nothing harmless; a seller's menu after it still
    # gives its call or price (_REFUSED_LIST_SOLD) or ends the refusal's sentence first
    r"|夸大宣传|虚假宣传|虚假承诺|夸大承诺|虚假广告"
    # (issue 9, session 71, lawful10) and the banned claims a school's list of words not said names
    # (我们不会说的话：包过、稳过、不过退费; 绝不承诺：保证通过、免考发证、代替考试)
    r"|稳过|必过|不过退|保证通过|百分百通过|百分之百通过|100%通过|内部指标|代替考试|替人考"
)
_REFUSED_ITEM_SEP = recache.compile(r"[、，,/／|｜\s]+")
#: (issue 9, session 71, review135) The words that turn an item's opening to the writer's own trade.
_REFUSED_PIECE_TURNED = recache.compile(r"因为|由于|但|可是|而是|只有|我们|我司|本司|咱|真|才")


def _refused_list_head(text: str, o: int) -> str | None:
    """(issue 9, session 69, lawful6) The refusal heading the list (``_REFUSED_HEAD``) when the item at
    ``text[o:]`` (original offsets) stands in a list after its colon, within ``_REFUSED_LIST_REACH``
    characters and no sentence end, the head not turned to the writer's trade (``_REFUSED_HEAD_TURNED``)
    and the list's sentence free of the seller's words (``_REFUSED_LIST_SOLD``, a private contact)."""
    lo = max(0, o - _REFUSED_LIST_REACH)
    colon = max(text.rfind("：", lo, o), text.rfind(":", lo, o))
    if colon < 0 or any(c in text[colon + 1 : o] for c in "。！!？?\n；;"):
        return None
    h = max(0, colon - _REFUSED_HEAD_REACH)
    head_from = max(text.rfind(c, h, colon) for c in "。！!？?\n，,；;") + 1
    # read simplified and unspaced (本校不會做的：包過、代考 is the same refusal)
    head = normalize_light(text[max(h, head_from) : colon]).replace(" ", "")
    m = _REFUSED_HEAD.search(head)
    if m is None or _REFUSED_HEAD_TURNED.search(head):
        return None
    stop = len(text)
    for c in "。！!？?\n":
        i = text.find(c, o)
        if 0 <= i < stop:
            stop = i
    rest = normalize_light(text[colon + 1 : stop])
    if _REFUSED_LIST_SOLD.search(rest) or _private_contact(rest):
        return None
    # (issue 9, session 69, review123) the items before the candidate's own, each a banned trade
    pieces = _REFUSED_ITEM_SEP.split(normalize_light(text[colon + 1 : o]))
    items = pieces[:-1]
    if any(i and not _REFUSED_ITEM.search(i) for i in items):
        return None
    # (issue 9, session 71, review135) nor when an item up to the candidate's own opens on the writer's
    # turn to his trade (本校不宣传：包过、稳过，因为我们的焊工证不用考就能拿; …，因为我们有内部指标，
    # 焊工证直接下证) or the list's sentence boasts the paper can be looked up (…，电工证不用考直接拿，可查):
    # the list ended before it
    if any(_REFUSED_PIECE_TURNED.search(i) for i in pieces) or "可查" in rest:
        return None
    return head[m.start() :] + "："


def _agent_training_kept(s: str, a: int, b: int) -> str | None:
    """(issue 9, session 67, fa30) The training kept (``_AGENT_TRAINING_KEPT``) when the candidate
    ``s[a:b]`` holds an agency's 代办 of a renewal's papers and the holder still attends the
    renewal's training in the same sentence, or None."""
    if "代办" not in s[a:b]:
        return None
    start = max(s.rfind(c, 0, a) for c in "。！!？?\n") + 1
    end = _RENEWAL_END.search(s, b)
    hi = min(end.start() if end else len(s), b + _HIRING_REACH)
    if _AGENT_RENEWAL.search(s, start, hi) is None:
        return None
    kept = _AGENT_TRAINING_KEPT.search(s, start, hi)
    told = s[start:hi].replace("代办", "，，")
    if (
        kept is None
        or _RENEWAL_SOLD.search(told)
        or _TRAINING_HOLLOWED.search(told)
        or _private_contact(told)
    ):
        return None
    # the training asked about, not told (本人须参加复训？不用，交钱直接拿), or the seller's pitch in
    # the next sentence, read as ``_renewal_told`` reads it
    if end is not None and (end.group() in "？?" or _pitch_next(s, end.end())):
        return None
    return kept.group(0)


def journey_spared(s: str, lo: int, hi: int) -> bool:
    """(issue 9, session 61, fa20) Whether ``s[lo:hi]`` (a learned scorer's window) spares the
    journey to a far exam, not the exam (叉车证考试不用去省城，本市设有考点，报名电话 0571-…), as
    ``_renewal_told`` reads it for the rules: the model's gate reads 不用去 as a bypass."""
    return any(
        _renewal_told(s, t.start(), t.end()) == "外地" for t in _TRAVEL_SPARED.finditer(s, lo, hi)
    ) or any(
        _renewal_told(s, t.start(), t.end()) == "本校考点" for t in _SITE_SPARED.finditer(s, lo, hi)
    )


#: (issue 9, session 63, review85) The school's enrolment line before its WeChat (报名咨询微信 …,
#: 招生微信：…, 咨询微信, 报名请加微信): read for the exceptions a rule lists in
#: ``unless_enrolment_chat`` (EF-002's teaching words), where the chat id is the class's sign-up,
#: not the proxy's call. Only 微信 / 加微: the disguised ids (vx, v信, 薇信) are the sellers' own.
_ENROL_CHAT = frozenset({"微信", "加微"})
_ENROL_LABEL = recache.compile(r"(?:报名|招生|咨询|报考)(?:咨询|热线)?(?:请|可)?加?[：:\s]*$")


#: (issue 9, session 71, lawful9) A refund word right after its refusal (未参加者不予退费; 缺课的不退钱;
#: 中途退出的概不退款): a school's refund policy that denies the refund, no refund promised -- review127
#: made 退钱 a breaker of ``but_course`` and the refusal before it was read as the refund. A seller's
#: refund is never refused (没过全额退费; 考不过退全款), and its 全退 / 全额 break on their own.
_REFUND_REFUSED = recache.compile(r"(?:不予|概不|恕不|一律不|不得|不能|无法|不)$")
#: ... and 不收 before a proxy's service (不收代签; 不收代课): the school refuses the proxy, no fee waived.
_PROXY_REFUSED = recache.compile(r"代(?:签|课|上|刷|考|打卡)")


#: (issue 9, session 72, review149) The breakers of a paper "down" in so many days or weeks (CS-201's
#: firm errand: 证书三天下; 一周下), read only after a count (三天下, 7天下, 两周下, 几天下).
_DAYS_DOWN_BREAKERS = frozenset(("天下", "周下"))
_DAYS_DOWN_COUNT = frozenset("0123456789０１２３４５６７８９一二两三四五六七八九十几半")
#: (issue 9, session 73, review154) The word 下 opens after the count, not the paper down: the afternoon
#: (午), an order or a notice handed down (一周下达名单, 三天下达整改意见), the last third of a month (两周下旬).
_DAYS_DOWN_NOT = ("午", "达", "旬")
#: (issue 9, session 73, review156) ... or another file issued after the count (三天下发受理回执, 一周下发审核
#: 计划, 三天下发整改意见): the office's or the firm's schedule, as 下达 is. The paper issued (一周下发证书,
#: 两周下发本, 三天下发执照), sent to the buyer (三天下发给你, 下发到手) or down on its own (证书一周下发，私聊) stays one.
#: (issue 9, session 74, review163) The paper named a few characters on (三天下发电子证书, 十天下发纸质证书,
#: 一周下发正本副本) is the paper down too, not another file; and 资 no longer stands for 资质 on its own
#: (一周下发资料清单 is the firm's list): 资质 is read whole. 回执 is a file (受理回执), 执照 the paper; 证 inside
#: 认证 / 验证 / 证据 / 证明 is no paper (三天下发认证决定, 一周下发审核证据清单).
_DAYS_DOWN_OTHER_FILE = recache.compile(
    r"发(?![证本照卡给到你您下出]|执照|[\u4e00-\u9fff]{0,4}(?:(?<![认验论保])证(?![据明])|执照|资质|正本|副本|原件))"
    r"[\u4e00-\u9fff]"
)


def _own_breaker(s: str, lo: int, hi: int, own: list[str], *, enrolment: bool = False) -> bool:
    """Whether a word of ``own`` (an exception's own breakers) stands in ``s[lo:hi]`` other than
    ruled out: right after its negation (``_NEGATED_BREAKER``) or listed on after a breaker so
    ruled out (``_LIST_ON``). Read in the order the words stand, so a list carries its negation.
    With ``enrolment``, a WeChat right after the school's enrolment label (``_ENROL_LABEL``)
    breaks nothing."""
    found = sorted((i, i + len(w)) for w in own for i in _occurrences(s, w, lo, hi))
    ruled_out_end = -1  # where the last breaker ruled out ends
    for i, j in found:
        if (s[i:j] in _PASS_BREAKERS or s.startswith(_PROMISE_HEADS, i)) and (
            _DENIED_PROMISE.search(s, max(0, i - 5), i)
        ):
            continue  # 答：不包过，没过的可免费跟下一期再学一遍: the school's denial, no promise
        if (
            s[i:j] in _HUNDRED_BREAKERS
            and _HUNDRED_WISH.search(s, max(0, i - 4), i)
            and _HUNDRED_BY_PRACTICE.match(s, j)
        ):
            continue  # 想百分百通过只能多练 (issue 9, session 70, review128): advice, no promise
        if (
            _NEGATED_BREAKER.search(s, max(0, i - 8), i)
            or _CLAIMED_BREAKER.search(s, max(0, i - 14), i)
            or (ruled_out_end >= 0 and _LIST_ON.fullmatch(s, ruled_out_end, i))
        ):
            ruled_out_end = max(ruled_out_end, j)
            continue
        if i < ruled_out_end:
            continue  # a word inside one ruled out (技能等级证 within 不做技能等级证书)
        if enrolment and s[i:j] in _ENROL_CHAT and _ENROL_LABEL.search(s, max(0, i - 8), i):
            continue  # 老师手把手教，报名咨询微信 … (session 63, review85): the class's sign-up
        if s[i] == "退" and (
            _BY_THE_RULES.match(s, j) or _BY_THE_RULES_BEFORE.search(s, max(0, i - 12), i)
        ):
            continue  # 免费重学一次，退费按规定办理 (session 58, review43): the school's terms
        if s[i:j] in _DAYS_DOWN_BREAKERS and (
            s.startswith(_DAYS_DOWN_NOT, j)
            or _DAYS_DOWN_OTHER_FILE.match(s, j)
            or i == 0
            or s[i - 1] not in _DAYS_DOWN_COUNT
        ):
            # (issue 9, session 72, review149) lawful11's 天下 / 周下 (证书三天下, 一周下) read the afternoon
            # (明天下午可来面谈, 每周下午接待) or a name (天下咨询, 服务天下企业): only a count of days is the paper
            continue
        if s[i:j] == "人证" and s.startswith("个人证", i - 1):
            # (issue 9, session 72, lawful11) 人证 (lawful8's staff paper a firm lacks) read inside 个人证书,
            # a person's paper the firm's errand rules out (标准化复审代办，不涉及个人证书): not the word
            continue
        if s[i] == "退" and _REFUND_REFUSED.search(s, max(0, i - 3), i):
            continue  # 未参加者不予退费; 缺课的不退钱 (issue 9, session 71, lawful9): the refund refused
        if s[i:j] == "不收" and _PROXY_REFUSED.match(s, j):
            continue  # 不收代签 (issue 9, session 71, lawful9): the proxy refused, no fee waived
        if s[i:j] in _CALL_BREAKERS and _OFFICE_SELF.match(s, j):
            continue  # 找我中心咨询: the office's own name, no call
        if s[i:j] in _RELATION_BREAKERS and _RELATION_DENIED.search(s, max(0, i - 4), i):
            continue  # 不用找关系 (session 61, review65): the office tells none is needed
        if s[i:j] in _ERRAND_BREAKERS and _ERRAND_DENIED.search(s, max(0, i - 10), i):
            continue  # 也不需要找中介代办 (issue 9, session 69, lawful7): the office refuses the agent
        if (
            s[i:j] in _OFFICE_FEE
            and _OFFICE_MAILS_AFTER.match(s, j)
            and not _seller_price(s, lo, hi)
        ):
            continue  # 付款后由发证机关邮寄 (session 59, fa15): the office's fee before its mailing
        if s[i:j] in _PAPER_HANDED_BREAKERS and _BEFORE_THE_PAPER.match(s, j):
            continue  # 帮你拿证前把课讲透 (issue 9, session 73, review158): the work before the paper
        if s[i:j] == "到手" and (
            _FEE_BEFORE_HAND.search(s, max(0, i - _OFFICE_APPLIES_BACK), i) is None
            or _OFFICE_APPLIES.search(s, max(0, lo - _OFFICE_APPLIES_BACK), hi)
        ):
            continue  # 网上申请后由窗口邮寄，最快两天到手 (session 61, review71): the office's service
        return True
    return False


#: (issue 9, session 73, review158) review150's breakers of ``$cleft_instead`` that name the paper
#: handed over (帮你拿证, 把证拿, 证拿到手, 把证办下来) followed by 前 / 之前 / 以前: the school's work done
#: before the paper (学校能做的就是帮你拿证前把课讲透; 帮你把证拿到手之前的每一节课讲好), not the paper
#: sold. Not where the same clause goes on to the seller's fee or waived step (帮你拿证前不收一分钱;
#: 把证拿到手之前免费; 拿证前不用体检; 拿证前搞定一切).
_PAPER_HANDED_BREAKERS = frozenset(
    {
        "把证拿",
        "把证办",
        "把证弄",
        "把证搞",
        "帮你拿证",
        "帮您拿证",
        "给你拿证",
        "证拿到手",
        "办到手",
        "弄到手",
        "帮你办下来",
        "给你办下来",
        "证办下来",
    }
)
#: (issue 9, session 74, review164) …but the school's own fee named (培训费 / 考试费 / 报名费 / 体检费 /
#: 学费 …: 帮你拿证前先交培训费; 提醒你体检费自理), or a fee explained (把考试费标准告诉你; 讲清楚交费标准;
#: 把所有费用公示清楚), is no fee for the paper, nor 一切 before what is taught (把一切考点讲透). The
#: fee for the paper itself is read in more words (收一半定金; 只收一半; 先付三成首付), and the whole
#: job past the comma (帮你拿证前，我们这边的老师全部搞定; …，报名考试体检一条龙包办) — not refused
#: (不搞一条龙包办, 不包办, 拒绝代考) nor judged (``_DISOWN_STOP``: 找人替考是违法的).
#: (issue 9, session 74, review171) …and not 收 / 一半 that take no money (收下你的报名材料, 收你的身份证
#: 复印件, 收心备考; 把一半的课时放在实操上, 练到一半以上), nor the school's own 全包 / 一条龙 past the comma
#: (学费全包含教材, 食宿全包; 政务中心一条龙服务), nor the job after a ban between the cleft and it
#: (严禁找人代考, 不接受代考, 禁止他人替考: ``_CLEFT_JOB_BANNED``, narrower than ``_WAY_ROUND_BANNED`` —
#: no 不要 / 别 / 不能, which a seller writes to comfort: 不要你跑, 本人不能到场的) or punished after it (代考
#: 一经发现取消成绩). The exam waived past the comma is the job too (只交培训费，考试不用参加 / 考试都不用去)
#: — not 考试不用去外地.
_CLEFT_JOB_BANNED = "严禁|禁止|杜绝|拒绝|谢绝|不接受|不允许|不准|不得|绝不|从不|决不"
#: (issue 9, session 75, review175) …but a ban holds back only the job it names in its own clause
#: (``_CLEFT_JOBS`` within ten characters: 严禁找人代考; 严禁代考替考): the seller bans something else
#: and sells the job in the next clause (资料不得外传，考试我们全部搞定; 拒绝任何套路，考试全包; 绝不多收一分钱，
#: …), or turns from the ban to his own (严禁找人代考，但我们的老师可以帮你代考). The job banned after it
#: (代考替考一律严禁) is no job either. 收 with an amount (``_CLEFT_AMOUNT``: 收你的一千五, 收下两千块, 收您的
#: 1800) is the fee for the paper; 全包含在内 is everything included (not 全包含教材); the seller's own
#: 本服务中心 / 我们服务中心一条龙 is his; the exam waived only at its clause's end or before the seller's
#: 直接 / 就 (考试不用参加，…; 考试都不用去了) — not 考试不需要参加补习班 / 不用去考点 / 无需到场缴费.
#: (issue 9, session 75, review178) …but 但凡 is no turn (严禁找人代考，但凡有人代考，一律清退: the ban goes on),
#: nor the 不过 of 考不过 / 通不过; and 全包含在内 after a fee (培训费全包含在内, 所有费用全包含在内, 住宿费全包括
#: 在内) is the school's price list, not the job.
#: (issue 9, session 76, review182) …but 但凡 is a turn again when its own clause names no job (杜绝作弊，
#: 但凡交了钱的，考试我们全包: the condition of the sale, not the ban going on), and so is 考不过 / 通不过
#: unless the ban goes on in its clause (考不过也别 / 也不要 / 也不准找人代考): the seller's comfort (考不过也没事，
#: 考试我们全包; 考不过的话，代考我们安排) turns to his job. The fee for the paper or the proxy (办证费 / 拿证
#: 费用 / 代办费 / 代考费 / 包过费 全包含在内) is no price list, and the school's fee with 已 / 均 / 都 between
#: (培训费已全包含在内) still is.
_CLEFT_JOBS = "代考|替考|包办|一条龙|全包|搞定|作弊|枪手|代办"
#: (issue 9, session 76, review189) …but 但凡 holds the ban on only when its clause finds someone at the
#: job (但凡发现代考; 但凡有人替考; 但凡有代考行为; 但凡查到作弊): 但凡 before the job itself is the seller
#: taking it (但凡代考的活我们都接; 但凡全包的都能拿证; 但凡有需要代考的). And 考不过 / 通不过 holds the ban on
#: only when the ban that follows (also past a comma: 考不过，也不能找人代考; 考不过的学员，不许找人代考)
#: names the job or 找人 — 考不过别担心 / 别怕 / 不要慌 / 不可怕 is the seller's comfort before his job.
#: Nor when the job in its clause is punished after it (但凡代考者，一律清退; 但凡代考的，取消成绩; 但凡找人替考，
#: 后果自负) — 一律 alone is no punishment (但凡代考的，我们一律包过).
_DANFAN_FOUND = r"(?:发现|查到|查出|查实|遇到|碰到|抓到|有人(?!想|要|需)|有(?!需|意|想|要|人)|存在|涉及|参与|出现|被)"
_DANFAN_PUNISHED = r"(?:一律|一经|立即|立刻|当场)?(?:取消|清退|开除|严惩|追究|报警|举报|处理|劝退|作废|禁考|不予)|后果自负"
#: (issue 9, session 75, review178) …but a count is papers, not money (收下2份报名材料, 收你的3张一寸照片,
#: 收你的一百张答题卡): the amount is read whole and must not run on into a counter (``_CLEFT_COUNTER``);
#: the financial numerals are an amount too (收您的伍佰元, 收你的贰仟).
#: (issue 9, session 76, review182) …and a count is still papers with 多 / 余 / 来 or a range before the
#: counter (收下20余份材料, 收下两百多份试卷, 收你的2~3张照片); an amount named as the school's own fee right
#: after it (收您的伍佰元报名费, 收您的500元培训费: ``_SCHOOL_FEE``) is the school's receipt — the fee for the
#: paper (收您的500元办证费) and the bare amount (收你的壹万, 收你的伍佰圆) stay the price.
_CLEFT_COUNTER = "份张个页本套件把名位次寸组"
_SCHOOL_FEE = r"(?:培训|考试|报名|体检|考务|工本|补考|复训|课程|学)费"
#: (issue 9, session 76, review189) …but not when the seller's promise follows the fee past the comma
#: (收您的伍佰元培训费，保证拿证; 收你的两千元培训费，包过; 收你的伍佰元报名费，私聊): the school's fee named
#: is the price of the paper then. Only the promise, the private contact and the exam skipped — not
#: 微信 (可微信支付 is the school's till), 拿证 alone (拿证前不再收费), 不考 (不考不收其他费用) nor the job
#: banned (严禁代考).
#: (issue 9, session 77, review197) The hands a ban names between itself and the proxy (严禁找人代考, 不许请人
#: 替考, 不得由他人代考): the ban still holds the job, so a look-behind on the ban alone is not enough.
_PROXY_HANDS = ("", "找人", "请人", "让人", "叫人", "他人", "别人", "由他人", "由别人")


def proxy_not_banned(bans: Iterable[str]) -> str:
    """(issue 9, session 77, review197) Look-behinds, placed right before 代考 / 替考, that refuse the
    proxy when one of ``bans`` stands before it, bare or with the hand named (严禁代考, 严禁找人代考,
    不得由他人代考): ``re`` takes only fixed-width look-behinds, so each ban and hand is spelled out."""
    return "".join(f"(?<!{ban}{hand})" for ban in bans for hand in _PROXY_HANDS)


#: (issue 9, session 77, review197) …and the school refusing the promise right after its fee (收您的伍佰元
#: 培训费，不包过 / 不保过 / 但不保证通过; …，严禁找人代考) or listing what the fee holds (资料费全包含在内) is no
#: promise: 包过 / 保证 after 不, the proxy after a ban with the hand named, 全包 before 含.
_RECEIPT_PROXY = (
    r"(?=代考|替考|全包|搞定|一条龙)"
    + proxy_not_banned(("严禁", "禁止", "杜绝", "拒绝", "不准", "不得", "不许", "不能"))
    + r"(?:代考|替考|全包(?!含)|搞定|一条龙)"
)
#: (issue 9, session 78, review202) …and the seller's way turned to right after the refused promise (不包过，
#: 但有内部名额 / 但可以走关系 / 不过我们有路子) is the paper sold again: only after the turn (但 / 不过 / 可是),
#: so the school's warning (谨防自称有内部名额的骗子), its denial (没有什么内部名额) and its books (但有内部资料)
#: stay its own.
_RECEIPT_WAY = (
    r"(?:但是?|不过|可是|只是)(?:我们|咱们|我)?(?:这边|这里)?(?:可以|能)?"
    r"(?:[有走]内部(?:名额|渠道|指标|关系)|有门路|有路子|走关系|找关系|托关系)"
)
_RECEIPT_SOLD = (
    r"(?<!不)(?:包过|保过|包拿证|包证|保证(?:拿证|通过|过|合格|出证|拿到))|私聊|私信|私我|加微|加[vV]|免考|不用考|"
    r"直接(?:拿证|出证|发证)|" + _RECEIPT_PROXY + "|" + _RECEIPT_WAY
)
_CLEFT_AMOUNT = (
    r"(?:(?:\d+(?:\.\d+)?(?:(?:[-~到至]|\s)\d+)?(?![\d.~到至-]|\s\d)|[一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾]"
    r"[一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾]*[百千万块元佰仟])"
    r"(?![多余来]?["
    + _CLEFT_COUNTER
    + r"]|(?:元|块)?的?"
    + _SCHOOL_FEE
    + r"(?![^。；;！!？?\n]{0,12}?(?:"
    + _RECEIPT_SOLD
    + r"))))"
)
_FEE_TOLD = r"用?的?(?:标准|明细|清单|公示|自理)"
_BEFORE_THE_PAPER = recache.compile(
    r"(?:到手|下来|好)?(?:之前|以前|前(?!后))"
    r"(?![^，,。；;！!？?]{0,10}?(?:不收|交(?!代|流|规|费标准|费明细|" + _SCHOOL_FEE + r")|付|钱|"
    r"(?<!培训)(?<!考试)(?<!报名)(?<!体检)(?<!考务)(?<!工本)(?<!补考)(?<!复训)(?<!课程)(?<!学)费(?!"
    + _FEE_TOLD
    + r")|款|零首付|先不|不用考|免考|不考|不用体检|免体检|不体检|代办|包办|包过|搞定|"
    r"一切(?!考点|知识|要点|细节|注意|内容|规定|规程|安全)|全包|加v|加微|私聊|私我|"
    r"收(?!齐|到|好|集|拾|下(?!"
    + _CLEFT_AMOUNT
    + r"|定金|订金)|心|回|听|看|藏|费?标准|费?明细|[你您]的(?!钱|费|款|定金|订金|"
    + _CLEFT_AMOUNT
    + r"))|定金|订金|首付|"
    r"一半(?![的以课时学])|尾款))"
    r"(?!(?:[^。；;！!？?]{0,20}?(?:但是?(?!凡)|但凡(?![^，,。；;！!？?]{0,4}?"
    + _DANFAN_FOUND
    + r"[^，,。；;！!？?]{0,6}?(?:"
    + _CLEFT_JOBS
    + r")|[^，,。；;！!？?]{0,10}?(?:"
    + _CLEFT_JOBS
    + r")[^。；;！!？?]{0,8}?(?:"
    + _DANFAN_PUNISHED
    + r"))|(?<![考通])不过|(?<=[考通])不过(?![^。；;！!？?]{0,8}?(?:别|不要(?!紧)|不能|不许|不可|"
    + _CLEFT_JOB_BANNED
    + r")[^，,。；;！!？?]{0,6}?(?:找人|"
    + _CLEFT_JOBS
    + r"))|可是))?"
    r"(?:(?!(?:"
    + _CLEFT_JOB_BANNED
    + r")[^，,。；;！!？?]{0,10}?(?:"
    + _CLEFT_JOBS
    + r"))[^。；;！!？?]){0,20}?"
    r"(?<![不没龙])(?<!不搞)(?<!不做)(?<!不会)(?<!拒绝)(?<!杜绝)(?<!严禁)"
    r"(?:(?:全部搞定|都搞定|(?:(?<!中心)|(?<=本中心)|(?<=本服务中心)|(?<=们服务中心))(?<!政务)(?<!大厅)"
    r"一条龙|包办|(?<!食宿)(?<!住宿)(?<!吃住)(?<!学费)(?:全包(?![含括])|(?:(?<!费)(?<!费用)(?<!费[已均都])(?<!费用[已均都])"
    r"|(?<=[办拿出]证费)|(?<=[办拿出]证费用)|(?<=代办费)|(?<=代考费)|(?<=包过费))全包[含括](?=在内|在里))|代考|替考)"
    r"|(?:考试|考核)(?:都|也)?(?:不用|无需|不需要)(?:参加|去|到场)"
    r"(?=[，,。；;！!？?\s]|$|了|啦|直接|就|也|照样))"
    r"(?![^，,。；;！!？?]{0,8}?(?:"
    + _DISOWN_STOP.pattern
    + r"|别信|一经|取消|作弊|严禁|禁止|不允许|不准)))"
)


#: (session 61, review71) left31's 到手 (a breaker of ``office_no_visit``: 付钱后由窗口邮寄，三天到手)
#: breaks only after the seller's fee (``_FEE_BEFORE_HAND``: the 付钱后由窗口邮寄 fa17 excused) and
#: never beside the office's own application words (网上申请后由窗口邮寄，最快两天到手; 申请人无需到场
#: … 两三天到手; 不见面服务): a counter's 办好后由窗口邮寄，三天到手 and a review's 复审合格后由窗口统一
#: 邮寄，一般三天到手 are the office's word on its speed, no seller's. Read a fixed stretch before the
#: exception; a seller's contact breaks it on its own.
_FEE_BEFORE_HAND = recache.compile(r"付钱|付款|交钱")
#: A seller applying for the buyer (我们帮你申请, 代为申请) is no office's application.
_OFFICE_APPLIES = recache.compile(r"(?<![帮代替为你您们])申请|不见面|一网通办|政务服务|掌上办")
_OFFICE_APPLIES_BACK = 20


def _occurrences(s: str, w: str, lo: int, hi: int) -> list[int]:
    """Where ``w`` starts in ``s[lo:hi]`` (whole, not past ``hi``)."""
    out: list[int] = []
    i = s.find(w, lo, hi)
    while i >= 0:
        out.append(i)
        i = s.find(w, i + 1, hi)
    return out


#: A mainland mobile number as ``contacts.read_contacts`` stores it (digits only, maybe 86 first).
_MOBILE = recache.compile(r"(?:86)?1[3-9][0-9]{9}")


def _private_contact(window: str) -> bool:
    """Whether ``window`` (normalized) holds a private contact: a WeChat or QQ id or a mobile
    number. A landline or a 400 / 800 line is an office's or a firm's, not a private one."""
    from lexicon.contacts import read_contacts

    return any(
        c.kind != "phone" or _MOBILE.fullmatch(c.value) is not None
        for c in read_contacts(window)[0]
    )
