"""The learned scorer at scan time: weighing rule candidates and surfacing unmatched offers.

Kept apart from :mod:`lexicon.detector` so the rules' matcher reads the same with or without a
model. Two jobs:

* :meth:`ModelScan.weigh` — a rule candidate that the stance stage left standing gets the
  model's P(its category) for its sentence: below the model's ``suppress_below``, where the
  sentence's cues already lean to a report, it is silenced as ``model:p=…``; otherwise its score
  moves by at most 0.1 and the cue ``model:0.93`` joins the finding's cues.
* :meth:`ModelScan.surface` — a sentence that holds an anchor word of an active pack (a
  certificate name, a diploma, an exam; ``lexicon/model/anchors.yaml``) and that no rule
  candidate touched is scored; at P(offer) ≥ the model's threshold, and unless its cues lean to
  a report, it becomes a finding of the model rule of the most likely category (``ML-CS`` …:
  ``kind: model`` rules with their own message, law and lower severity). Its cues say
  ``model:0.91`` and the n-grams that weighed most (``模型线索:学信网``), so a reviewer sees
  it is the model's call, not a rule's.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from lexicon import recache
from lexicon.finding import Finding, Suppressed
from lexicon.gate import SurfaceGate, pack_for
from lexicon.lines import find_any, rfind_any
from lexicon.masks import AnchorMask, not_anchor_words
from lexicon.model import Model, load_model, prepared
from lexicon.normalize import BOUNDARY, Normalized, char_positions, normalize
from lexicon.silence import chat_yes_skip, journey_spared
from lexicon.stance import (
    OFFER_AT,
    Stance,
    StanceReader,
    menu_blanked,
    needs_offer,
    sentence_bounds,
)

if TYPE_CHECKING:
    from lexicon.rules import Lexicon, Rule

__all__ = ["ModelScan", "example_cues", "text_cues"]

_MAX_SENTENCE = 160
_MIN_SENTENCE = 16
#: A terser window (3-5 such characters: 焊工证 三天下证 私我) is scored too, and surfaces only
#: where the stance stage reads it as a seller's line (:meth:`SurfaceGate.terse`).
_MIN_TERSE = 3
_BEFORE_ANCHOR = 60
_MAX_PER_SOURCE = 5
_EXCERPT = 30


def text_cues(has_contact: bool) -> tuple[str, ...]:
    """Context features the model reads beside the n-grams (the same in training and scan)."""
    return ("contact",) if has_contact else ()


def example_cues(text: str) -> tuple[str, ...]:
    """The context features of a whole training example (a contact anywhere in it)."""
    from lexicon.contacts import contact_spans
    from lexicon.normalize import normalize

    return text_cues(bool(contact_spans(normalize(text).text)))


class ModelScan:
    """The loaded model, its ``ML-…`` rules and the anchor automaton."""

    def __init__(self, model: Model, lex: Lexicon, packs: tuple[str, ...]) -> None:
        self.model = model
        self.version = model.version
        self.rules: dict[str, Rule] = {
            r.category: r for r in lex.rules if r.kind == "model" and r.category in model.classes
        }
        self._order = packs
        self.mask = AnchorMask(lex.anchors, packs, not_anchor_words(lex), lex.unmasked)
        self.gate = SurfaceGate(lex, self.rules)

    @classmethod
    def load(
        cls, lex: Lexicon, packs: tuple[str, ...], path: Path | None = None
    ) -> ModelScan | None:
        model = load_model(path) if path is not None else load_model()
        return cls(model, lex, packs) if model is not None else None

    # -- rule candidates ------------------------------------------------------------------

    def weigh(
        self,
        rule: Rule,
        text: str,
        oa: int,
        ob: int,
        stance: Stance,
        contacts: list[tuple[int, int]],
    ) -> tuple[Stance, str | None]:
        if rule.category not in self.model.classes:
            return stance, None
        lo, hi = sentence_bounds(text, oa, ob)
        cues = text_cues(_touches(contacts, lo, hi))
        feats = self.model.weighted(prepared(text[lo:hi], self.mask), cues)
        p = self.model.score(feats, rule.category)
        weighed = replace(stance, p=round(p, 3), cues=(*stance.cues, f"model:{p:.2f}"))
        if p < self.model.suppress_below and stance.score < 0:
            return weighed, f"model:p={p:.2f}"
        return weighed, None

    @staticmethod
    def score_shift(stance: Stance | None) -> float:
        if stance is None or stance.p is None:
            return 0.0
        return round(0.2 * (stance.p - 0.5), 3)

    # -- unmatched offers -----------------------------------------------------------------

    def surface(
        self,
        n: Normalized,
        text: str,
        source: str,
        active: frozenset[str],
        covered: list[tuple[int, int]],
        contacts_of: Callable[[], list[tuple[int, int]]],
        judge: StanceReader,
        anchors: list[tuple[int, tuple[str, ...]]] | None = None,
    ) -> tuple[list[Finding], list[Suppressed]]:
        """``ML-…`` findings (and the ones a report reading silenced) for one source;
        ``contacts_of`` gives the source's contact spans (computed on first need); ``anchors``
        the (end index, packs) of anchor words when the caller found them already (the
        detector's anchor pass does), else they are looked up here."""
        found: list[Finding] = []
        silenced: list[Suppressed] = []
        s, span, touch, mask, model = n.text, n.span, Spans(covered).touch, self.mask, self.model
        contacts: list[tuple[int, int]] | None = None
        near = Spans([])
        for lo, hi, packs in self._sentences(s, active, anchors):
            oa, ob = span(lo, hi)
            if touch(oa, ob):
                continue
            masked = mask(s[lo:hi])
            win = text[oa:ob]
            if (bar := menu_blanked(win)) != win:
                # a navigation bar's items (首页 … 联系我们) are the site's links, not the
                # window's words: scored without them, as the stance stage reads it
                masked = mask(normalize(bar).text)
            if not _HAS_SOME.match(masked):
                continue
            if contacts is None:  # on first need, as before: most pages never get here
                contacts = contacts_of()
                # (issue 9, session 72, contact2) a contact alone on its line is the ad's above it
                near = Spans(contacts + owned_contacts(text, contacts))
            cues = text_cues(near.touch(oa, ob))
            if model.below_threshold(masked, cues):
                continue
            feats = self.model.weighted(masked, cues)
            scores = self.model.scores(feats)
            picked = self.gate.pick(scores, n.text, lo, hi, packs, active)
            if picked is None:
                continue
            cat, pack, refiled = picked
            rule = self.rules[cat]
            moved = self.gate.surfaces_as(cat, n.text, lo, hi, masked)
            if moved is not None and moved[0] != cat:
                pack = pack_for(moved[0], packs)
            if moved is None or pack is None:
                silenced.append(Suppressed(rule.id, cat, text[oa:ob], oa, ob, "no_claim", source))
                continue
            cat, rule, sold = moved[0], self.rules[moved[0]], moved[1] or refiled
            lawful = self.gate.lawful(cat, n.text, lo, hi)
            if (
                not lawful
                and journey_spared(n.text, lo, hi)
                and not _SITE_INSIDER.search(n.text, lo, min(len(n.text), hi + _EXAM_KEPT_NEXT))
            ):
                # (issue 9, session 61, fa20) 考试不用去省城，本市设有考点: the journey spared, not
                # the exam; the rules read it so (``lawful:换证复审(外地)``), the model's gate read
                # 不用去 as a bypass (read here: the gate may not import the silencing stage)
                lawful = "本地考点(外地)"
            if not lawful and (desk := visa_desk(n.text, lo, hi)):
                lawful = f"签证材料({desk})"  # (issue 9, session 68, mlfa): see visa_desk
            if not lawful and (kept := exam_kept(n.text, lo, hi, text, span)):
                lawful = f"本人考试({kept})"  # (issue 9, session 68, mlfa): see exam_kept
            if lawful:
                why = f"lawful:{lawful}"
                silenced.append(Suppressed(rule.id, cat, text[oa:ob], oa, ob, why, source))
                continue
            warned = self.gate.warned(n.text, lo, hi, (text, span), chat_yes_skip)
            stance = judge.judge(text, oa, ob, contacts, n)
            # a terse window, or one refiled to a document category, is a seller's only where
            # its sentence reads as one (证书到手啦 四年没白读 is a graduate's)
            terse = self.gate.terse(masked)
            if terse and self.gate.terse_unclaimed(cat, n.text, lo, hi):
                silenced.append(Suppressed(rule.id, cat, text[oa:ob], oa, ob, "no_claim", source))
                continue
            bare = (refiled or terse) and stance.verdict != "offer"
            if warned or stance.score < 0 or bare:
                why = f"warning:{warned}" if warned else stance.reason()
                why = needs_offer(stance, OFFER_AT) if bare and not warned else why
                silenced.append(Suppressed(rule.id, cat, text[oa:ob], oa, ob, why, source))
                continue
            found.append(self._finding(rule, scores, feats, n, text, (lo, hi, oa, ob), stance))
            cues = (*found[-1].cues, f"出售线索:{sold}") if sold else found[-1].cues
            found[-1] = replace(found[-1], source=source, pack=pack, cues=cues)
            if len(found) >= _MAX_PER_SOURCE:
                break
        return found, silenced

    def best_offer(self, s: str, active: frozenset[str], has_contact: bool) -> float | None:
        """The highest P(offer) over the sentences :meth:`surface` would read in the normalized
        text ``s`` (None when no sentence holds an anchor word of an active pack, so the model
        never reads it). Evaluation uses it to say where a missed offer was lost."""
        cues = text_cues(has_contact)
        best: float | None = None
        for lo, hi, _packs in self._sentences(s, active, None):
            p = self.model.offer_of(self.mask(s[lo:hi]), cues)
            best = p if best is None else max(best, p)
        return best

    def _sentences(
        self, s: str, active: frozenset[str], anchors: list[tuple[int, tuple[str, ...]]] | None
    ) -> list[tuple[int, int, list[str]]]:
        """(start, end, packs) of normalized sentences holding an anchor of an active pack, cut
        to at most ``_MAX_SENTENCE`` characters around the first anchor."""
        found = anchors if anchors is not None else self.mask.iter(s)
        shared: dict[tuple[str, ...], frozenset[str]] = {}  # a few distinct pack tuples
        seen: dict[int, tuple[int, set[str]]] = {}  # sentence -> (first anchor, packs)
        ends: list[int] | None = None
        below, top = 0, -1  # the current sentence k holds the ends in (below, top]
        cur: set[str] = set()
        last = None  # the packs last added to ``cur``: adding them again adds nothing
        for e, p in found:
            if p is last and below < e <= top:  # the same word's packs, the same sentence
                continue
            q = shared.get(p)
            if q is None:
                q = shared[p] = active.intersection(p)
            if not q:
                continue
            if not below < e <= top:  # anchors come by end: most stay in one sentence
                if ends is None:  # every sentence end, not only the first of a run
                    ends = char_positions(s, BOUNDARY)
                k = bisect.bisect_left(ends, e)
                below = ends[k - 1] if k > 0 else -1
                top = ends[k] if k < len(ends) else len(s) + 1
                cur = seen.setdefault(k, (e, set()))[1]
            cur.update(q)
            last = p
        if ends is None:
            return []
        out = []
        for k, (anchor, packs) in sorted(seen.items()):
            lo, hi = _around(ends, k, len(s))
            if out and lo < out[-1][1]:
                continue  # joined into the previous window already
            if hi - lo > _MAX_SENTENCE:
                lo = max(lo, anchor - _BEFORE_ANCHOR)
                hi = min(hi, lo + _MAX_SENTENCE)
            out.append((lo, hi, [p for p in self._order if p in packs]))
        return out

    def _finding(
        self,
        rule: Rule,
        scores: dict[str, float],
        feats: set[str],
        n: Normalized,
        text: str,
        bounds: tuple[int, int, int, int],
        stance: Stance,
    ) -> Finding:
        lo, hi, oa, ob = bounds
        p = scores["offer"]
        shown = self.model.top_cues(feats, rule.category)
        cues = (f"model:{p:.2f}", *(f"模型线索:{c}" for c in shown), *stance.cues)
        return Finding(
            rule_id=rule.id,
            category=rule.category,
            severity=rule.severity,
            score=round(rule.confidence * p, 3),
            matched=text[oa:ob],
            normalized=n.text[lo:hi],
            start=oa,
            end=ob,
            excerpt=text[max(0, oa - _EXCERPT) : ob + _EXCERPT].replace("\n", " ").strip(),
            law=rule.law,
            message=rule.message,
            stance=stance.verdict,
            cues=cues,
        )


#: (issue 9, session 68, mlfa) A school's line that leaves the exam to the learner in person (考试须本人
#: 到场, 考试要本人去, 考场上只能靠你自己, 考试时本人独立作答, 过不过看自己, 报名培训后本人参加考试,
#: 理论和实操都要考). The model reads the line's 帮你打印 / 我们安排 / 不用 and its phone as a seller's;
#: the rules find nothing in it. Normalized text (its colons and question marks are gone).
_EXAM_KEPT = recache.compile(
    r"(?:考试|考场上|考场里|考试时|考试的时候|考试当天|理论|实操|机考)[^，,。；;！!]{0,4}?"
    r"(?:必须|只能|须|需|需要|要|得|都得|还得|全|全靠|由)?(?:你|学员|考生)?(?:本人|自己|亲自)"
    r"(?:到场|到考点|到考场|去考点|去考场|去|去考|参加|考|答题|独立答题|独立作答|作答|完成|上场|带)"
    r"|(?:只能|得|要|还得|全|都)?靠(?:你|学员|考生|您)?自己"
    r"|(?:能不能过|过不过|过没过|能否通过)(?:全|还|就|都)?(?:要|得)?看(?:你|学员|您)?自己"
    r"|(?:培训|学习|上课)(?:后|结束后|完)(?:由)?(?:本人|学员本人|自己)(?:参加|去|到考点)?(?:考试|考核)"
    r"|(?:理论|实操)(?:和|与|、)?(?:实操|理论)?(?:两门|两科)?(?:都|均)(?:要|需|须|得)(?:考|参加考试)"
)
#: ... not waived right before it (不用本人去, 无需本人到场: the proxy's offer) ...
_EXAM_KEPT_WAIVED = recache.compile(
    r"(?:不用|不需要?|无需|无须|不必|免|没有?|不是|用不着)(?:您|你)?$"
)
#: ... nor asked (谁说一定要本人考？不用！; 考试要本人去吗): the clause it stands in is a question.
_EXAM_KEPT_ASKED = recache.compile(r"谁说|难道|是不是|要不要|用不用|需不需要|吗|么")
#: ... and no seller's word in the window or the next few characters: the exam named only to be
#: emptied (坐一下就行, 签个到, 其余我们搞定, 有人照应), the pass or the paper sold (包拿, 保你过, 出证,
#: 答案), the insider (考官, 打过招呼) or the private call (加v, 私聊). A phone or a landline stays: it is
#: the school's enrolment line.
_EXAM_KEPT_SOLD = recache.compile(
    r"包过|保过|稳过|必过|包拿|包证|包你|保你|包了|全包|包在|保证(?:过|拿|通过|能过|分数)|一次过|百分之?百|100%"
    r"|稳了|稳稳|内部|考官|监考|阅卷|答案|原题|押题|透题|漏题|泄题|真题|给题|题目|放水|照顾|照应|打招呼"
    r"|打点|自己人|熟人|后门|名额|过场|关系|有人(?!问|说)|帮你答|帮答|帮忙答|替|代考|代办|枪手|耳机|耳麦|作弊"
    r"|改卷|改分|白卷|远程|坐一下|坐坐|坐着|露个面|签个到|签到就|只管|其余|其他的|剩下|别的我们|不用管|别管"
    r"|不用操心|安排好|搞定|负责|不用考|免考|不考|不用去|不用来|人不用|直接|拿证|下证|出证|到手|交钱|付款"
    r"|加[vV微]|私聊|私我|私信|vx|v信|微信|qq|扣扣|帮你办|给你办|帮您办|我们办|办下来|弄|一下就|就行"
    # the card said to come anyway (证三天就下来, 一周拿到证), a refund, the questions or the marks given,
    # the formality (走个流程, 去一趟就能过) and the seller's reassurance (其它不用担心, 我们兜底)
    r"|下来|拿到|拿本|拿下|退|给你题|发你题|考题|试题|成绩|分数|兜底|走个?流程|其它|不用担心|一趟|就能过"
    r"|肯定能过|准能过|包办|搞|我们的人|咱们的人|自己的人|有我们"
    # (issue 9, session 68, review119) the rest handed over (其他交给我吧, 别的交给我: not the school's
    # 报名手续交给我们, which names what it takes) and the exam itself sold or passed on (出售电工证考试
    # 通道, 转让名额: not 报名通道已开通)
    r"|(?:其他|别的|后面|后续)的?(?:事|事情)?(?:都|全)?交给|出售|转让|考试通道"
)
#: (issue 9, session 68, mlfa) The insider at the local site (本地考点考官都熟, 考场上有我们的人, 考试走个
#: 过场): a school that is the exam site names none, so the journey spared (``journey_spared``) is no
#: lawful reading for the model where one stands in the window.
_SITE_INSIDER = recache.compile(
    r"考官|监考|(?<!不)熟(?!悉|练)|照顾|照应|有人(?!问|说)|自己人|我们的人|咱们的人|打招呼|放水|答案"
    r"|过场|坐一下|坐着"
)
#: ... where the seller's word is denied at once (免考是不可能的, 免考当然不行, 没关系): the school's no.
_EXAM_KEPT_DENIED = recache.compile(
    r"(?:是|当然|肯定|绝对|这种事)?(?:不可能|不行|做不到|办不到|不存在|违规|违法)(?!不|失败|考不|挂)"
)
#: ... and not waived inside the words themselves (考试不用本人去).
_EXAM_KEPT_NEGATED = recache.compile(r"不用|不需|无需|无须|不必|免|用不着|不是")
_EXAM_KEPT_NEXT = 20


def exam_kept(
    s: str, lo: int, hi: int, raw: str, span: Callable[[int, int], tuple[int, int]]
) -> str | None:
    """(issue 9, session 68, mlfa) The words of ``s[lo:hi]`` (a learned scorer's window, normalized;
    ``raw`` the raw text, ``span`` the map to it) that leave the exam to the learner in person
    (``_EXAM_KEPT``), or None: where they are waived or asked, or where the window (and
    ``_EXAM_KEPT_NEXT`` characters past it) says a seller's word that is not denied at once."""
    for m in _EXAM_KEPT.finditer(s, lo, hi):
        if _EXAM_KEPT_WAIVED.search(s, max(lo, m.start() - 4), m.start()) or (
            _EXAM_KEPT_NEGATED.search(m.group(0))
        ):
            continue  # 不用您本人去考试: the proxy's offer
        a, b = span(m.start(), m.end())
        # (issue 9, session 70, engine2) read from the source's index (lexicon.lines), no scan back
        head = rfind_any(raw, "，,。！!？?\n；;", 0, a)
        stop = find_any(raw, "，,。！!？?\n；;", b)
        stop = len(raw) if stop < 0 else stop
        if raw[stop : stop + 1] in ("？", "?") or _EXAM_KEPT_ASKED.search(raw, head + 1, stop):
            continue  # 谁说一定要本人考？: a question, the seller's hook
        end = min(len(s), hi + _EXAM_KEPT_NEXT)
        for w in _EXAM_KEPT_SOLD.finditer(s, lo, end):
            if not (w.group(0) == "关系" and s[max(0, w.start() - 1) : w.start()] == "没") and not (
                _EXAM_KEPT_DENIED.match(s, w.end())
            ):
                return None
        return m.group(0)
    return None


#: (issue 9, session 68, mlfa) A visa desk's line: the visa or the passport named with the papers the
#: applicant brings (签证需要的资料：护照、身份证、户口簿、银行流水; 专业做签证，材料清单：…; 护照到期换发，
#: …带齐，到出入境窗口办理). The model reads its list of papers and its contact as a forger's; the
#: consulate or the exit-entry office issues the visa, the desk only gathers the applicant's own papers.
_VISA_ERRAND = recache.compile(r"签证|护照|签注|面签")
_VISA_PAPERS = recache.compile(
    r"材料|资料|清单|所需|需要的|准备|带齐|备齐|需本人|业务|到期换发|出入境"
)
#: ... unless the window (and a few characters past it) sells or forges a paper (都能做, 一比一, 包出签,
#: 不用本人面签, 资料不够), names a paper no visa desk gathers (驾照, 毕业证, 公章) or says 做 of anything
#: but the visa (做 身份证 护照 驾照).
_VISA_SOLD = recache.compile(
    r"做(?!签证)|一比一|逼真|仿|假|同版|可查|能查|包出签|包签|包过|保签|出签率|不用本人|无需本人|本人不用"
    r"|不用面签|免面签|不用去|不用到|直接|出证|拿证|到手|代开|包装|美化|内部|关系|不用审核|不够|不全|不足|缺"
    r"|拒签|改|加急|天出|当天出|驾照|驾驶证|毕业证|学位|文凭|学历|操作证|上岗证|资格证|职称|健康证|营业执照"
    r"|房产证|章|私聊|私我|私信|帮你|给你|替你|我们出|我们提供|弄|搞|一条龙|全包|包办"
)


def visa_desk(s: str, lo: int, hi: int) -> str | None:
    """(issue 9, session 68, mlfa) The visa or passport errand of ``s[lo:hi]`` (a learned scorer's
    window, normalized) told with the applicant's papers (``_VISA_PAPERS``), or None where the
    window or the next ``_EXAM_KEPT_NEXT`` characters say a seller's word (``_VISA_SOLD``)."""
    m = _VISA_ERRAND.search(s, lo, hi)
    if m is None or _VISA_PAPERS.search(s, lo, hi) is None:
        return None
    if _VISA_SOLD.search(s, lo, min(len(s), hi + _EXAM_KEPT_NEXT)):
        return None
    return m.group(0)


#: The same for ``_MIN_TERSE``: a shorter window is never scored.
_HAS_SOME = recache.compile(f"(?:[^\u3400-\u9fff]*+[\u3400-\u9fff]){{{_MIN_TERSE}}}")


def _around(ends: list[int], k: int, size: int) -> tuple[int, int]:
    """Bounds of sentence ``k``, joined with its neighbours while shorter than
    ``_MIN_SENTENCE`` ("焊工证报名啦！" alone says little; the next line says what is sold)."""
    a, b = k, k
    lo = ends[a - 1] + 1 if a > 0 else 0
    hi = ends[b] if b < len(ends) else size
    while hi - lo < _MIN_SENTENCE and (b < len(ends) or a > 0):
        if b < len(ends):
            b += 1
            hi = ends[b] if b < len(ends) else size
        else:
            a -= 1
            lo = ends[a - 1] + 1 if a > 0 else 0
    return lo, hi


#: (issue 9, session 72, contact2) How far above a contact-only line the ad it closes may reach
#: (a poster's lines, blank lines between them: 【特种作业证】⏎电工 焊工⏎考场内部打点⏎⏎☎ 139…).
_OWN_LINE_REACH = 240
#: What may stand beside the contact on its own line for it to be the seller's: nothing, or the
#: seller's bare word for it (联系：, 电话, 加v). Not an office's label (咨询电话, 联系电话, 报名电话,
#: 热线, 客服, 联系人 王老师, HR 微信): those head the real contact lines under a notice.
_OWN_LINE_WORDS = recache.compile(
    r"(?:联系(?:我|方式)?|电话|手机|手机号|微信|加微|加微信|加我|加v|v|私聊|详询)?"
)
#: An office's, a school's, a page footer's or an employer's lines in the same reach: their
#: contact line closes a notice, not an ad, and gets no contact cue from here.
_OWN_LINE_OFFICE = recache.compile(
    r"地址|工作时间|办公时间|备案|版权|招聘|诚聘|通知|公告|须知|咨询|热线|客服|联系人|老师|人事|hr"
    r"|举报|报警|警方|记者|法院"
    # (issue 9, session 72, review146) a school's lawful route in the reach (考试合格后应急管理局发证，
    # 全国联网可查): its course list ends on a bare phone too, and the stretched cue made the model read
    # its 包教包会 / 可查 lines as a sale (certificates pack). A seller's 考试不合格退款 is not 考试合格
    r"|(?:合格后|考试合格|考核合格)"
    # (issue 9, session 73, review152) ... but not the money paid after the pass (合格后再付款,
    # 考核合格后付尾款): the seller's, under a poster whose phone stands lines down (考场内部打点 / 签个名
    # 就过 / 合格后再付款 / 电话 …), which the stop left silent in every pack. A school's tuition after
    # the pass (合格后再交学费) is the training pack's promise and still stops the stretch
    r"(?![后的]?(?:再|才|就)?(?:付(?!学费|培训费)|给钱|给款|交钱|收费|收钱|收款|结账|结算|尾款|余款|全款"
    r"|打款|转账"
    # (issue 9, session 73, review159) ... nor in the seller's other words for it (合格后再打钱, 合格后结清,
    # 考核合格后再交费, 合格后补齐余款): the same poster went silent in every pack. A school's fee after the
    # pass (考试合格后缴费领证, 合格后补交证书工本费) reaches its phone too and stays silent
    r"|打钱|结清|交费|缴费|补齐|补交|补钱))",
    re.I,
)
_NOT_WORD = recache.compile(r"[\W_]+")


def owned_contacts(text: str, contacts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(issue 9, session 72, contact2) Each contact that stands alone on its own line, stretched
    back over the lines above it (``_OWN_LINE_REACH`` characters): a poster or an OCR'd picture
    puts the offer on its lines and the phone or id on the last one, lines (even blank lines)
    away, and the model's contact cue read only the offer's own sentence. Not where the line
    carries an office's label or the reach an office's, a footer's, an employer's or a report's
    words (``_OWN_LINE_OFFICE``)."""
    out: list[tuple[int, int]] = []
    for a, b in contacts:
        start = text.rfind("\n", 0, a) + 1
        if start == 0:
            continue  # the first line: nothing above it
        end = text.find("\n", b)
        end = len(text) if end < 0 else end
        rest = _NOT_WORD.sub("", text[start:a] + " " + text[b:end]).lower()
        if _OWN_LINE_WORDS.fullmatch(rest) is None:
            continue
        lo = max(0, start - _OWN_LINE_REACH)
        if _OWN_LINE_OFFICE.search(text, lo, end) is not None:
            continue
        out.append((lo, b))
    return out


def _touches(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(x < b and a < y for x, y in spans)


class Spans:
    """Spans asked many times whether one of them overlaps ``[a, b)``: a binary search over
    the starts and the running maximum of the ends, not a pass over every span."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [x for x, _ in ordered]
        self._reach: list[int] = []
        top = -1
        for _, y in ordered:
            top = max(top, y)
            self._reach.append(top)

    def touch(self, a: int, b: int) -> bool:
        i = bisect.bisect_left(self._starts, b)  # spans starting before b
        return i > 0 and self._reach[i - 1] > a
