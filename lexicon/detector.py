"""The detector: all terms at once with Aho-Corasick, rules firing on combinations in a window.

A rule names term groups (a certificate term AND a sale signal …); it fires where one match of
every group lies within ``window`` normalized characters of the others (:mod:`lexicon.combos`).
Short Chinese terms and homophone variants must sit on jieba word boundaries (checked only
around candidates), and a candidate is silenced — and recorded as :class:`Suppressed` — by
warning words, negation, its rule's ``unless`` terms (:mod:`lexicon.silence`), the stance stage,
the learned scorer, an official host or a notice/news page.
"""

from __future__ import annotations

import gc
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from lexicon import recache
from lexicon.automata import CHUNK, Automaton, cached_automata
from lexicon.combos import Combiner
from lexicon.context import PageContext, host_of, negation_before, page_context
from lexicon.finding import Contact, Finding, ScanResult, Suppressed
from lexicon.frames import forget
from lexicon.lines import rfind_any
from lexicon.matches import Match, Pool, Warnings, bounds, by_end, first, new
from lexicon.modelscan import ModelScan
from lexicon.normalize import Normalized, normalize, normalize_term
from lexicon.ocrtext import read_lines
from lexicon.precedence import precede
from lexicon.rules import DEFAULT_PACKS, PACKS, Lexicon, Rule
from lexicon.segment import Segmenter
from lexicon.silence import (
    _DISOWN_STOP,
    OTHER_SENTENCE,
    WARN_AFTER,
    WARN_BEFORE,
    Silencer,
    denied,
    everyday_pass_spans,
    proxy_not_banned,
)
from lexicon.stance import Stance, StanceReader, _refused_echo_reads, needs_offer, referral
from lexicon.steps import ScanPlans, context_step

if TYPE_CHECKING:  # numpy is loaded with the tables, on the first dense source
    from lexicon.pools import PoolTables

__all__ = ["Detector", "SourceScan"]

_EXCERPT = 30
#: Suppressions that leave their sentence to the learned scorer (other_paper: the paper is
#: another pack's, whose scorer may still read the sentence).
_LEFT_TO_MODEL = ("needs_", "unless:", "other_paper:")
#: How far (characters either side of an excused candidate) a cover breaker is looked for: about
#: one listing line.
_COVER_REACH = 40
_PAGE_HEAD = 2000
#: A source whose anchor automaton finds at least this many hits takes the array path
#: (:mod:`lexicon.pools`); below it the per-match loop is cheaper (numpy's per-call cost, a
#: few microseconds, times ~30 calls a source). numpy and the tables are loaded on the first
#: such source, after the automata's build (the process's memory peak).
DENSE = 256


#: (issue 9, session 56, left19) The turn after a denial to what the writer does offer (不包过，
#: 不过…; 不保过，但是…; 不敢说包过，只是…), read between the denied term and the term after it.
_TURN = recache.compile(r"不过|但|只是|可是|然而")
#: (issue 9, session 71, engine3) With no turn, a later clause (comma or semicolon) that the
#: writer opens on himself (不要找别人代办，我们一条龙): the denied word was only the nearest match
#: in reach, and the writer's own word further on never met a partner of its own. A bare comma
#: is not enough: an office's notice turns to its own hall (不要找别人代办，政务大厅也提供一条龙
#: 服务), and a question answered by a refusal (能不能包过？包过承诺无效) still needs a turn. The
#: candidate it makes is read in full (exceptions, stance), as the turned one is.
#: (issue 9, session 71, review137) …but not an institution speaking as 我 / 我们: an office, a
#: school or a community centre turns to its own counter (不要找黄牛代办，我市已开通网上一条龙服务;
#: 不要找中介代办，我们大厅设有一条龙服务窗口; 我校统一组织一条龙办理), the lawful one-stop service.
#: Not 公司 / 工作室 / 这边 (我司一条龙代办, 我们工作室一条龙, 我们这边一条龙 are sellers).
#: (issue 9, session 72, review144) …nor an employer's department handling its own staff's papers
#: (证件不要找外面代办，我们人事 / 行政统一代办): the lawful errand done in-house.
#: (issue 9, session 73, review150) …but not a seller who only wears the department's name: a firm
#: named for it (人事代理, 行政服务公司), or a line that goes on to the seller's own terms
#: (我们人事这边有关系，不用考; 我们人事统一代办，不用考，加v; 我们行政这边代办，免体检，加v). The
#: employer's 人事这边统一安排 stays an institution: 这边 alone is no seller's word here, nor 私聊
#: (有事私聊人事小王), 不体检 or 有关系 (不体检是办不下来的; 有关系也得考).
#: (issue 9, session 73, review158) …but the exemption alone (不用考 / 免考 / 免体检) is the
#: employer's own rule where the line names the rule it goes by (复审不用考的按规定免考; 符合条件的依规
#: 免考; 满足条件的按照规定不用考): the lawful renewal exemption. Not beside the seller's call or
#: promise (按规定不用考，加v; 包过), nor his connections or private chat (我们人事这边有关系，符合条件的
#: 都免考; 符合条件的都免考，私聊). Nor the exemption refused (不能免考, 不得免体检).
#: (issue 9, session 74, review164) …the refusal also in 无法 / 不予 / 不准 / 不许 (逾期的无法免考). The
#: way words (``_DESK_WAY``) are the seller's only where they reach out of the employer: 私信 / 私聊
#: not to a named recipient (名单私信发给班组长; 有疑问的私聊人事小王; 私聊各车间主任), 内部 not the
#: employer's notice (名单内部通知 / 内部公示), 有人 not inside 所有人 / 没有人 / 有人员 / 有人事变动,
#: nor the one who asks or is heard (有人问能不能全免，不能; not 有人说了算).
#: And the seller's connections in more words (有路子, 有熟人, 认识人, 有需要的私下联系 — not 切勿私下
#: 联系中介), and the exemption given to those who do not qualify (符合条件的免考，不符合的也能办 /
#: 也能搞定 / 照样能过; 不符合规定的我们想办法) — not 不符合的也要参加考试 / 也可以参加复审考试.
#: (issue 9, session 74, review171) …but 有路子 / 有熟人 / 认识人 only as the seller's own: not denied
#: (没有路子可走, 不认识人事专员的, 不认识人可以先问班组长), not judged or warned against in the next words
#: (说有路子的都是骗子; 谁说认识人能免考都别信), nor the referred who still sits the exam (有熟人介绍的也要
#: …参加考试). A named recipient stays the seller's after money (交钱私信行政小李; 付款后私聊人事小张), and
#: the unqualified may be let through a few words further (不符合的私信人事小王也能办).
#: (issue 9, session 75, review175) …but the stop words read only as a verdict or the route: 骗 / 违法
#: right after 不 / 没 / 不是 is the seller vouching for himself (我们人事有路子绝不骗人), and 也要 / 也得
#: only before the exam or the rule (``_DESK_ROUTE``: 有熟人的也得按时参加复审考试; not 认识人也得打点一下).
#: 认识人事局 / 人事厅 is the office the seller knows, not the employer's 人事专员. A denied way turned
#: to a private arrangement (没有路子可走，但私信人事小李可以安排) is the seller's again — not 但有问题可以
#: 私信人事小李, nor the contact for the route (但私信人事小李可以报名参加考试). And the money refused in
#: more words before the named recipient (不用交钱 / 无需付款 / 不需要转账 私信人事小王登记): the
#: employer's notice.
_DESK_ROUTE = r"(?:考|参加|按规定|按照规定|依规|规定|流程|程序|排队|报名|复审|培训|条件)"
#: (issue 9, session 75, review178) …but the office arranges the route, not the way round: 安排 / 办
#: right before the exam, the training or the papers (但联系人事小李可以安排复审考试 / 办复审手续 / 安排培训
#: 时间) is the employer's desk — 安排免考 / 办证 / 安排考试不用去 stay the seller's. And 不是骗子就是黄牛 is the verdict
#: on the way (不是 … 就是), not the seller vouching for himself (有路子不是骗人的).
_DESK_ARRANGED_ROUTE = r"(?:复审|培训|考试|报名|体检|学习|时间|手续|流程|课程|补考)"
#: (issue 9, session 76, review182) …but the route arranged is the seller's again when the paper follows
#: it (办考试合格证, 办培训合格证明, 办体检报告: a paper made, not a route) or when the exam is skipped in
#: other words or past the comma (安排考试，不用本人去; 安排考试无须到场 / 不必到场; 安排考试直接过; 安排考试有人替;
#: 安排考试，交钱就过) — not 免得 (安排考试，免得耽误生产), 免费, nor 不去的 (不去的要扣绩效: the office's rule).
_DESK_ROUTE_PAPER = r"[^，,。；;！!？?\n]{0,4}?(?:(?<![认验])证(?!件)|报告)"
#: (issue 9, session 76, review189) …but past the comma the employer goes on with his own clause (安排考试，
#: 不用担心; 安排体检，直接去医院; 安排复审，不需要请假; 安排考试，免去排队; 安排报名，交钱走公司账; 安排考试，
#: 代考一律开除; 安排学习，下证后通知): there only the exam or the presence skipped, the pass sold, the
#: proxy taken (not banned nor punished) or the paper bought is the seller's. Inside the route's own clause
#: the wider words still are (安排考试无须到场; 安排考试直接过; 安排考试有人替).
#: (issue 9, session 77, review197) Inside the clause, too, 不用 / 无需 before the employer's care (安排考试不用
#: 担心; 安排考试不用考虑路费 — the space of 安排考试 不用考虑路费 is gone once normalized; 安排体检不用请假 /
#: 不用垫付 / 不用交钱) skips nothing: the worry or the cost spared is his, not the exam.
#: (issue 9, session 78, review202) …but the exam itself put out of mind (不用考虑考试的事; 不用操心考试的事) is the
#: seller's, not the employer's care — only the exam's own errands stay his (不用考虑考试报名 / 路费 / 时间).
_DESK_EXAM_MINDED = r"[^，,。；;！!？?\n]{0,2}?考试(?!报名|时间|费用|地点|路费|安排|成绩|资料)"
_DESK_CARE_SPARED = (
    r"(?!要?(?:(?:考虑|操心)(?!"
    + _DESK_EXAM_MINDED
    + r")|担心|着急|请假|排队|垫付|自费|交钱|花钱|出钱|付费))"
)
_DESK_SKIP_IN_CLAUSE = (
    r"(?:不用|无需|无须|不必|不需)"
    + _DESK_CARE_SPARED
    + r"|免(?!得|费)|不去(?!的)|不到场|人不到|直接|包过|保过"
    r"|稳过|代考|替考|有人替|交钱|付钱|付款|转账|拿证|出证|下证|过场"
)
#: (issue 9, session 77, review197) …and past the comma the seller's words only when they are not the
#: start of the employer's own (不用考虑路费; 不用参加早班会; 无需本人垫付费用; 本人不用到车间打卡; 当天不去上班;
#: 直接过去考点; 直接通过公司结算; 车间有人替班), nor the office's rule on the absent (人不到的 / 不到场的按旷工算),
#: nor the proxy banned with the hand named (严禁找人代考; 不许请人替考) or punished past a comma (代考的人，一律
#: 开除). 一律 alone punishes nothing (代考一律收两千 is the price). 不用到现场 / 去现场 skip the exam too.
#: what ends a skipped trip (不用去。 / 人不用来也行 / 不去就能拿): the clause's end or a word leaning on it
_DESK_ENDS = r"[，,。；;！!？?\s]|$|也|都|了|啦|就"
_DESK_END = r"(?=" + _DESK_ENDS + r")"
#: the exam named a few words on (不用参加考试; 不用参加当天的考核), not the shift meeting (不用参加早班会)
#: (issue 9, session 78, review202) …in the exam's other names too (不用参加理论和实操; 直接通过笔试) and a few
#: more words on (不用参加任何培训和考试) — not the attendance (不用参加早班会和考勤), the worry (考虑), the
#: meeting (考核会议) nor the lessons (不用参加理论培训 / 理论学习: the employer may spare those).
_DESK_EXAM_WORD = r"(?:考(?![虑勤察]|核会)|(?:理论|实操)(?!培训|学习|课|辅导|讲)|笔试|机考|机试)"
_DESK_EXAM_NEAR = r"[^，,。；;！!？?\n]{0,6}?" + _DESK_EXAM_WORD
#: (issue 9, session 78, review202) being there, in the words a seller spares the buyer (不用本人在场 / 上考场 /
#: 进考场 / 出席): what 本人 past the comma must lead to — not 本人不用到车间打卡 nor 无需本人垫付
_DESK_PRESENT = r"到|去|来|参|考|露面|出面|亲自|在场|在现场|上考场|进考场|进场|入场|出席|现身"
#: (issue 9, session 78, review202) the exam's place ending the clause after 到 / 去 / 来 (人不用到考场; 本人不用
#: 来考点; 人不用来现场; 不用来考点) — not 人不用到考勤机打卡, 到车间, nor the errand done there (不用到考点报到)
_DESK_EXAM_PLACE = r"(?:考场|考点|现场)(?:" + _DESK_ENDS + r")"
#: (issue 9, session 78, review202) being there, ending the clause after 人 / 本人 不用 (本人不用在场; 人不用在现场)
_DESK_THERE = r"(?:在场|在现场|出席|上考场|进考场)(?=" + _DESK_ENDS + r")"
#: (issue 9, session 78, review202) the words that make a sanction nobody's: the buyer shielded from it
#: (代考，绝对不会被追究; 代考的事不用怕被追究) — not the office's own (会被开除)
_DESK_SANCTION_DENIED = ("不会被", "怕被", "不会", "不被", "不怕", "没人", "无人")
#: (issue 9, session 78, review202) …and the hands that make 处理 the seller's errand (代考的事我们来处理 / 交给
#: 我们处理; 人不到的我们来处理; 不到场的也能处理) — only before 处理: 我们开除 / 我们扣绩效 is the office's
_DESK_HAND_TAKEN = ("我们", "们来", "我来", "咱们", "帮你", "帮您", "负责", "能")


def _not_after(words: tuple[str, ...]) -> str:
    """Look-behinds refusing a match right after any of ``words`` (``re`` takes only fixed-width ones)."""
    return "".join(f"(?<!{w})" for w in words)


#: what the office's rule does to the absent (人不到的按旷工算; 不到场的扣绩效; 人不到的视为放弃 — not 扣点手续费, the seller's fee)
#: (issue 9, session 78, review202) …not the seller's hand (人不到的我们来处理), and 视为 only as the office's
#: verdict (视为放弃 / 缺考), not the seller's (人不到的视为已参加考试)
_DESK_ABSENT_RULED = (
    r"的[^，,。；;！!？?\n]{0,6}?"
    + _not_after(_DESK_SANCTION_DENIED)
    + r"(?:旷工|扣(?:绩效|工资|奖金|分|考勤)|"
    + _not_after(_DESK_HAND_TAKEN)
    + r"处理|处分|处罚|罚款|取消|作废"
    r"|视[为同](?:自动|自愿)?(?:放弃|缺考|旷工|缺勤|弃考|违纪)|记过|通报|缺考|缺勤|放弃)"
)
#: the bans that refuse the proxy before it (严禁代考, 不许找人替考)
_DESK_PROXY_BANS = ("严禁", "禁止", "杜绝", "拒绝", "不准", "不许", "不得", "不能", "不要")
#: the punishment that follows the proxy: close by in any words, a little further (past a comma) only as a
#: sanction (代考的人，一律开除; 代考作弊的后果自负) and not the seller's hand (review202: 代考的事我们来处理)
_DESK_PROXY_PUNISHED = (
    r"(?![^，,。；;！!？?\n]{0,4}?(?:一经|违法|违规|禁止|不允许|不行|不可)"
    r"|[^。；;！!？?\n]{0,8}?"
    + _not_after(_DESK_SANCTION_DENIED)
    + r"(?:开除|辞退|清退|劝退|除名|取消|"
    + _not_after(_DESK_HAND_TAKEN)
    + r"处理|处分|严惩|追究|报警|后果自负|按作弊))"
)
_DESK_SKIP_PAST_COMMA = (
    r"(?:不用|无需|无须|不必|不需要?)(?:亲自|到场|到现场|去现场|露面|出面|考(?![虑核勤察])|参考|去考"
    r"|(?:考虑|操心|管)" + _DESK_EXAM_MINDED + r"|[来到](?=" + _DESK_EXAM_PLACE + r")"
    r"|参加(?="
    + _DESK_EXAM_NEAR
    + r"|"
    + _DESK_ENDS
    + r")|本人(?="
    + _DESK_PRESENT
    + r"|"
    + _DESK_ENDS
    + r")"
    r"|[去来]" + _DESK_END + r")"
    r"|(?:本人|人)(?:不用|无需|无须|不必|不需要?)(?:[去来到](?="
    + _DESK_EXAM_PLACE
    + r"|场|"
    + _DESK_ENDS
    + r")|去考|"
    + _DESK_THERE
    + r"|考(?![虑核勤察])"
    r"|参加(?=" + _DESK_EXAM_NEAR + r"|" + _DESK_ENDS + r"))|免(?:考|试|到场|参加|去考|去参)"
    r"|不去(?=考|现场|"
    + _DESK_ENDS
    + r")|不到场(?!"
    + _DESK_ABSENT_RULED
    + r")|人不到(?!"
    + _DESK_ABSENT_RULED
    + r")|有人替(?![班岗工值])|包过|保过|稳过|过场"
    r"|直接(?:过(?![去来])|通过(?="
    + _DESK_EXAM_WORD
    + r"|"
    + _DESK_ENDS
    + r")|拿证|出证|下证|发证|领证)"
    r"|谁说(?:不能|不可以|不让|不许|不准)[^，,。；;！!？?\n]{0,3}?(?:代考|替考)"
    r"|(?=代考|替考)"
    + proxy_not_banned(_DESK_PROXY_BANS)
    + r"(?:代考|替考)"
    + _DESK_PROXY_PUNISHED
    + r"|(?:交钱|付钱|付款|转账)[^，,。；;！!？?\n]{0,2}?(?:就|即|包|直接|拿证|出证|下证)"
    r"|(?:[一二两三四五六七八九十\d]+天|当天|马上|立即|立刻|快速)(?:拿证|出证|下证)"
)
_DESK_ROUTE_SKIPPED = (
    r"(?:[^，,。；;！!？?\n]{0,12}?(?:" + _DESK_SKIP_IN_CLAUSE + r")"
    r"|[^。；;！!？?\n]{0,12}?(?:" + _DESK_SKIP_PAST_COMMA + r"))"
)
#: (issue 9, session 76, review182) The verdict 不是 … 就是 names a second bad hand after 就是 / 便是 / 也是
#: (不是骗子就是黄牛, 不是骗子，就是黄牛, 不是骗子便是黄牛): the seller vouching for his own way (有路子不是骗人
#: 就是快, 有熟人不是骗人的就是方便) names none.
_DESK_VERDICT = r"(?:黄牛|中介|骗|坑|忽悠|诈|套路|假|托|贩子|违法|犯罪|黑)"
_DESK_KNOWN = (
    r"(?<![没不])(?:有路子|有熟人|认识人(?!事(?![局厅])))"
    r"(?![^，,。；;！!？?\n]{0,8}?(?:(?<![不没])(?<!不是)(?:"
    + _DISOWN_STOP.pattern
    + r")|不是(?:"
    + _DISOWN_STOP.pattern
    + r")[^，,。；;！!？?\n]{0,3}?[，,]?\s*[就便也]是"
    + _DESK_VERDICT
    + r"|别信|(?:也要|也得|都要|同样要|照样要)[^，,。；;！!？?\n]{0,6}?"
    + _DESK_ROUTE
    + r"))"
    r"|没有?路子[^。；;！!？?\n]{0,8}?[，,]\s*(?:但是?|不过|可是)[^，,。；;！!？?\n]{0,2}?"
    r"(?:私信|私聊|私下|找我|联系)[^，,。；;！!？?\n]{0,8}?"
    r"(?:(?:安排|办(?!理))(?!(?:一下)?"
    + _DESK_ARRANGED_ROUTE
    + r"(?!"
    + _DESK_ROUTE_PAPER
    + "|"
    + _DESK_ROUTE_SKIPPED
    + r"))|搞定|拿证|出证|免考|不用考|操作)"
    r"|(?<![不无免])(?<!不用)(?<!无需)(?<!无须)(?<!不需)(?<!不必)(?<!不需要)"
    r"(?:交钱|付钱|付款|转账)[^，,。；;！!？?\n]{0,3}?(?:私信|私聊)"
)
_DESK_WAY = (
    rf"有关系|有门路|{_DESK_KNOWN}|走关系|有渠道|(?<![没所])有人(?![员事数脸问讲咨]|说(?!了算))"
    r"|内部(?!通知|公示|公告|下发|发布|审核|培训|考核|张贴|文件)"
    r"|私聊(?!人事|行政|各|班组|车间|部门)|私我|私信(?!发给|发到|通知|人事|行政|各|班组|车间|部门)"
    r"|(?<!勿)(?<!不要)(?<!不得)(?<!严禁)(?<!禁止)私下(?:联系|沟通|找我|聊|详谈|办)"
    r"|(?:不符合|不满足|不够|达不到)[^，,。；;！!？?\n]{0,10}?[，,]?(?:也|照样|一样|同样|都)(?:能|可以|可|给)?"
    r"(?:办(?!理)|免|过(?!来)|拿证|出证|搞定|操作)"
    r"|(?:不符合|不满足|不够|达不到)[^。；;！!？?\n]{0,12}?想办法"
)
_DESK_REACH = r"[^。！!？?\n]{0,30}?"
_STAFF_DESK = (
    r"(?:人事|行政)(?!代理|外包|公司|服务公司)"
    rf"(?!{_DESK_REACH}(?:加v|加微|vx|v信|包过|保过|包拿证))"
    rf"(?:(?!{_DESK_REACH}(?<!不能|不可|不得|无法|不予|不准|不许)(?:(?:不用|无需|不需要|不用参加|不参加|不去|不用去)考(?!虑)"
    r"|免考|不考试|不用体检|免体检|无需体检|不需要体检))"
    rf"|(?={_DESK_REACH}(?:按规定|按照规定|依规|依法|符合条件|符合规定|满足条件))"
    rf"(?!{_DESK_REACH}(?:{_DESK_WAY})))"
)
_INSTITUTION = (
    r"(?:市|省|区|县|镇|乡|局|校|院|中心|单位|站|所|处|厅|委|街道|社区|大厅|窗口|政务|学校|考点|考场"
    rf"|{_STAFF_DESK})"
)
#: (issue 9, session 71, lead) …nor a cleft that names what the writer does instead (答案是不能，
#: 我们能做的是把课讲透; 我们能保证的只有教学质量): the lawful alternative to the refused offer.
_CLEFT = r"(?![^，,。；;！!？?]{0,8}?的(?:是|就是|只有|只是))"
#: (issue 9, session 72, review143) …nor only 我们 / 咱们 / 我: the dialect's 俺们 and a shop's 本店
#: open the writer's own clause too (不要找别人代办，俺们一条龙; 都说电工证不能代考，本店能安排).
#: (issue 9, session 72, review144) …and handed over to the writer (健康证不要找中介代办，交给我们办).
_SELF_CLAUSE = recache.compile(
    rf"[，,；;]\s*(?:交给)?(?:(?:我们|咱们|俺们)(?!的?{_INSTITUTION}){_CLEFT}|我(?!们|{_INSTITUTION}){_CLEFT}"
    rf"|本店{_CLEFT}|找我)"
)


#: (issue 9, session 72, review143) The writer's own clause that takes on an errand with no object of
#: its own (我们办，三天出证; 我们也能办，私聊): the object is the paper just refused to others.
#: Not one the next clause goes on to explain (我们能做，就是把课讲透: what the writer does instead).
#: (issue 9, session 72, review144) …nor only when the writer comes to it or does it for the buyer
#: (我们来办，不用考; 我们帮你办，三天出证).
_ERRAND_BARE = recache.compile(
    r"(?:也|就|都|照样)?(?:能|可以)?(?:来|帮你|给你|替你)?(?:代办|办|做)(?=[，,；;。！!？?\s]|$)"
    r"(?![，,]\s*(?:就是|也就是|只是|也只))"
)


def _errand_taken_back(
    pool: Pool, s: str, denied: str, start: int, stop: int, dropped: set[tuple[int, int]]
) -> list[int]:
    """(issue 9, session 72, review143) The indexes of ``pool``'s matches from ``start`` to
    ``stop`` that name the denied errand again (the same word, or one holding the other: 代办 and
    代办, 办证 and 办): the writer refuses it to others and offers it himself. An empty ``denied``
    (the writer's bare 我们办，) takes every match in reach."""
    out: list[int] = []
    j = bisect_left(pool.starts, start)
    while j < len(pool) and pool.starts[j] <= stop:
        a, b = pool.starts[j], pool.ends[j]
        if (a, b) not in dropped and (s[a:b] in denied or denied in s[a:b]):
            out.append(j)
        j += 1
    return out


@dataclass(slots=True)
class SourceScan:
    """One source's candidates before the page-level verdict is applied."""

    source: str
    text: str
    normalized: str = ""
    findings: list[Finding] = field(default_factory=list)
    suppressed: list[Suppressed] = field(default_factory=list)
    contacts: list[tuple[int, int]] | None = None  # original spans, computed on first need
    norm: Normalized | None = None
    #: Contacts and contact spans of the normalized text (``lexicon.contacts.read_contacts``).
    read: tuple[list[Contact], list[tuple[int, int]]] | None = None
    #: (end index, packs) of the learned scorer's anchor words, found in the rules' anchor pass.
    model_anchors: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)
    scanned: str = ""  # the text as scanned when ``text`` was put back (OCR lines)
    #: Each finding's normalized span and the words it matched (for the precedence step).
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    #: (session 65, speed2) The stance of each original span read in this source, by (start,
    #: end, school): several rules' candidates over one span (电工证 with 包过 for a rule of each
    #: pack) read the same sentence the same way; the reading depends on nothing else of the
    #: rule (text, contacts and normalization are the source's). At most one entry a candidate.
    stances: dict[tuple[int, int, bool], Stance] = field(default_factory=dict)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while one scan runs.

    A scan of a domain-dense page makes some 100,000 short-lived tuples (matches, steps,
    windows) per megabyte, nearly none in a reference cycle: reference counting frees them,
    but each 700 allocations start a collection that walks every young object, and every tenth
    one the older generations too -- about a tenth of the scan's time on domain text, for
    nothing to collect. Collection resumes (and catches up) when the scan returns, so a host
    process keeps its own collection; a host that disabled it keeps it disabled. Nested scans
    (``scan`` calls ``scan_page``) leave it to the outermost."""
    paused = gc.isenabled()
    if paused:
        gc.disable()
    forget()  # (session 62, speed1) the per-scan memo of the stance readings starts empty
    try:
        yield
    finally:
        forget()  # and holds none of this page's strings after it
        if paused:
            gc.enable()


def _is_latin(ch: str) -> bool:
    return "a" <= ch <= "z"


def _off_latin(s: str, size: int, start: int, end: int, latin_a: bool, latin_b: bool) -> bool:
    """True when a latin key's match in ``s`` runs on into a latin word (not on a boundary)."""
    return (latin_a and start > 0 and "a" <= s[start - 1] <= "z") or (
        latin_b and end < size and "a" <= s[end] <= "z"
    )


#: (issue 9, session 70, review131) A spare of all the buyer's work (啥也不用干, 什么都不用你干): the
#: seller's own promise, which confirms CS-229 where its delivery word's 你 no longer does.
_BARE_SPARE = recache.compile(r"(?:啥|什么)(?:也|都)不用你?干")
#: (issue 9, session 70, review131) …unless its sentence says a step done before it (考过后, 考试结束后,
#: 通过了, 复审 / 换证 / 年审 of a holder's paper, 单位办好, 考点, 学校), or the holder speaks (我, 持证人员):
#: then the paper comes after the lawful route, as an exam centre, a school or an employer tells it.
_STEP_BEFORE_SPARE = recache.compile(
    r"后|完|过了|结束|通过|复审|换证|年审|延期|到期|持证|我|单位|考点|学校"
)
#: Where a sentence begins, for the spare's look back.
_SENTENCE_MARKS = "。！!？?；;\n"


def _bare_spare(s: str, a: int, b: int) -> bool:
    """(issue 9, session 70, review131) Whether the candidate ``s[a:b]`` (normalized) spares the
    buyer all the work with no step done before it in its sentence: 电工证啥也不用干，半个月寄给你
    is a seller's, 考试结束后什么也不用干，证书一个月寄给你 an exam centre's. engine2's
    ``own_word_you: false`` left the first with no cue but its delivery word's own 你 (its named
    trade); the spare itself is the seller's word (read in the whole span, not only the matched
    words: 没时间上课的也能拿，什么也不用干 matched the first spare)."""
    for m in _BARE_SPARE.finditer(s, a, b):
        head = rfind_any(s, _SENTENCE_MARKS, 0, m.start()) + 1
        if _STEP_BEFORE_SPARE.search(s, head, m.start()) is None:
            return True
    return False


def _min_offer(rule: Rule) -> float:
    """The stance score a ``stance: offer`` rule needs: above 0 by default; ``offer_score``
    asks for more (a bare 办证 needs a contact or a seller's call, not just 我)."""
    return float(rule.params.get("offer_score", 0.5))


class Detector:
    """Scans text against a loaded :class:`Lexicon`; build once, share per process."""

    def __init__(self, lex: Lexicon, model_path: Path | None = None) -> None:
        """``model_path``: another learned scorer than the lexicon's own (``lexicon learn``
        compares a retrained model with the current one)."""
        self.lex = lex
        self.version = lex.version
        self.rules = lex.rules
        self._window_rules = [r for r in lex.rules if r.kind == "window"]
        #: (issue 9, session 48, lead) Exception words that speak for the whole sentence, not for
        #: the rule's combination only (an office guide's 材料齐全的当天出证): a candidate they
        #: excuse keeps the learned scorer off its span too (rule param ``unless_covers``).
        #: (session 50, left5) Keyed by rule and reason: a word one rule lists covers only that
        #: rule's candidates, so another rule sharing the exception word (CS-203's 签证 in a
        #: forger's list) still leaves the sentence to the model.
        self._unless_covers: frozenset[tuple[str, str]] = frozenset(
            (r.id, f"unless:{t}") for r in lex.rules for t in r.params.get("unless_covers") or ()
        )
        #: Words near the candidate that take the cover back (rule param
        #: ``unless_covers_broken_by``): a forger's likeness boast (逼真, 一比一) beside a visa
        #: errand's 签证 leaves the sentence to the model though the rule stays excused. Kept in
        #: the normalized form the window around the candidate is read in (:meth:`_covers`).
        self._covers_broken: dict[str, tuple[str, ...]] = {
            r.id: tuple(normalize_term(w) for w in r.params["unless_covers_broken_by"])
            for r in lex.rules
            if r.params.get("unless_covers_broken_by")
        }
        self._auto = cached_automata(lex, self._window_rules)
        self._reach = max((r.window for r in self._window_rules), default=0) + max(
            WARN_BEFORE, WARN_AFTER, max((r.unless_window for r in self._window_rules), default=0)
        )
        self._seg = Segmenter(self._auto.words, self._auto.kept_out)
        self._combiner = Combiner(lex, self._seg, self._auto.max_key)
        self._silencer = Silencer(lex, self._auto.max_key)
        self._plans = ScanPlans(self._auto, self._window_rules)
        #: The automata's values as arrays (:mod:`lexicon.pools`), built on the first dense source.
        self._tables: PoolTables | None = None
        self._rule_packs = [r.pack for r in self._window_rules]
        self.model = ModelScan.load(lex, PACKS, model_path)
        #: 证 inside 保证, 证据 … is no scorer's anchor (the rules still read it).
        na = self.model.mask.not_anchor if self.model is not None else None
        self._not_anchor = na if na else None
        self._stance = StanceReader(
            {ts.name: (ts.weight, ts.terms) for ts in lex.sets.values() if ts.role == "stance"},
            referral(lex),
        )
        self.packs: tuple[str, ...] = PACKS
        self.default_packs: tuple[str, ...] = DEFAULT_PACKS

    def active_packs(self, packs: Iterable[str] | None) -> frozenset[str]:
        """The packs a scan runs (the default ones when ``packs`` is None); unknown names
        raise ``ValueError`` so a typo never silently runs nothing."""
        chosen = frozenset(packs) if packs is not None else frozenset(self.default_packs)
        unknown = chosen - set(self.packs)
        if unknown:
            raise ValueError(f"unknown rule pack(s): {', '.join(sorted(unknown))}")
        return chosen

    def warm(self) -> None:
        """Load the lazily loaded parts (the segmentation dictionary) now."""
        self._seg.warm()

    # -- scanning -------------------------------------------------------------------------

    @staticmethod
    def _iter(automaton, s: str, offset: int = 0):  # type: ignore[no-untyped-def]
        """(start, end, entries) of matches in ``s``, latin terms only on latin-word
        boundaries."""
        n = len(s)
        values = automaton.values
        for base, found in automaton.chunks(s):  # bounded lists on a huge page
            for i, start, end in found:
                start += base
                end += base
                latin_a, latin_b, entries = values[i]
                if (latin_a and start > 0 and _is_latin(s[start - 1])) or (
                    latin_b and end < n and _is_latin(s[end])
                ):
                    continue
                yield start + offset, end + offset, entries

    @staticmethod
    def _window(windows: list[list[int]], lo: int, hi: int) -> None:
        """Add ``[lo, hi]`` (an anchor hit padded by every rule's reach) to ``windows``, the
        merged windows so far (touching ones merge), as the anchors come: by end, so ``hi``
        is never below the last window's. A longer hit may start before the last windows'
        ends, and then swallows them. This keeps no list of every hit's span (a tuple each, a
        hostile page's 200,000 of them) to sort and merge at the end, with the same windows."""
        if windows and lo <= windows[-1][1]:
            last = windows[-1]
            last[1] = hi
            if lo < last[0]:
                while len(windows) > 1 and windows[-2][1] >= lo:
                    last[0] = windows.pop(-2)[0]
                if lo < last[0]:
                    last[0] = lo
        else:
            windows.append([lo, hi])

    def scan_source(
        self, text: str, source: str = "text", packs: frozenset[str] | None = None
    ) -> SourceScan:
        """The rules' candidates of one source (page-level context not yet applied); the
        learned scorer reads the page's sources later, only when no rule flags the page."""
        active = packs if packs is not None else self.active_packs(None)
        out = SourceScan(source=source, text=text)
        if not text:
            return out
        n = normalize(text)
        out.normalized = n.text
        out.norm = n
        self._rules_pass(n, text, active, out)
        if len(out.findings) > 1 and self.lex.precedence:
            self._precede(n, out)
        return out

    def _precede(self, n: Normalized, out: SourceScan) -> None:
        """Where two categories fire on one clause for one object, the one the domain names
        the offence with stays; the other is recorded as ``precedence:<row>(<winner>)``
        (:mod:`lexicon.precedence`, ``lexicon/precedence.yaml``)."""
        beaten = precede(
            self.lex.precedence,
            out.findings,
            out.spans,
            n.text,
            n.sentence_ends_between,
            n.sentence_at,
        )
        if not beaten:
            return
        keep: list[Finding] = []
        spans: list[tuple[int, int, str]] = []
        for i, f in enumerate(out.findings):
            if i in beaten:
                j, row = beaten[i]
                why = f"precedence:{row.name}({out.findings[j].rule_id})"
                out.suppressed.append(
                    Suppressed(f.rule_id, f.category, f.matched, f.start, f.end, why, out.source)
                )
            else:
                keep.append(f)
                spans.append(out.spans[i])
        out.findings, out.spans = keep, spans

    def _surface(
        self, p: SourceScan, active: frozenset[str]
    ) -> tuple[list[Finding], list[Suppressed]]:
        """``ML-…`` candidates of one source, in sentences no rule candidate touched."""
        if self.model is None or not self.model.rules or p.norm is None:
            return [], []
        n, text = p.norm, p.scanned or p.text
        covered = [(f.start, f.end) for f in p.findings]
        # A candidate silenced only for want of offer cues (needs_offer:) or by its rule's
        # exception words (unless:) or for another pack's paper named beside its generic
        # certificate word (other_paper:) leaves the sentence to the model: the rule could not tell
        # (an exception speaks for that rule's combination, not for the whole sentence).
        covered += [
            (x.start, x.end)
            for x in p.suppressed
            if not x.reason.startswith(_LEFT_TO_MODEL) or self._covers(x, text)
        ]
        if "？" in text or "?" in text:
            # (issue 9, session 65, review102) an answering line's refused echo (老师：包过？这个保证
            # 不了，我们只负责培训，报名加微信 …; 电工证包过？不敢保证，我们只是一家培训学校，报名电话 …)
            # makes no match (``combos``), so no silenced candidate covers the line: the rules read
            # it as the school's answer, and the model gets it no more than where they silence one
            # (issue 9, session 74, gen1) ``refused_echo_lines`` off the read the matching stage
            # made of this source (``Normalized.echo_reads``): a second read of every questioned
            # line was half of what the model seemed to cost on everyday pages
            covered += [
                (begin, stop) for begin, _ask, stop in n.echo_reads(text, _refused_echo_reads)
            ]
        # (issue 9, session 66, lawful2) 我们学校包过程辅导 / 包过户 with no other promise in its
        # sentence: no candidate stands there, so the everyday word is covered as one would be
        covered += everyday_pass_spans(n)
        found, silenced = self.model.surface(
            n,
            text,
            p.source,
            active,
            covered,
            lambda: self._contacts(p, n),
            self._stance,
            p.model_anchors,
        )
        found = [replace(f, lexicon_version=self.version) for f in found]
        if p.scanned:  # OCR lines: point the findings at the image text
            found = [
                replace(
                    f, matched=p.text[f.start : f.end], excerpt=_excerpt(p.text, f.start, f.end)
                )
                for f in found
            ]
            silenced = [replace(x, matched=p.text[x.start : x.end]) for x in silenced]
        return found, silenced

    def _covers(self, x: Suppressed, text: str) -> bool:
        """Whether the exception that excused ``x`` keeps the learned scorer off its span: only
        the words its own rule lists (``unless_covers``), and none of that rule's breakers
        within the covering reach of the candidate. The reach is read normalized, as the
        exception itself was (session 50, review8): a visa dealer's promise in traditional
        characters or spaced out (簽證代辦 包出簽; 包 出 签) takes the cover back as 包出签 does."""
        if (x.rule_id, x.reason) not in self._unless_covers:
            return False
        broken = self._covers_broken.get(x.rule_id)
        if not broken:
            return True
        near = normalize(text[max(0, x.start - _COVER_REACH) : x.end + _COVER_REACH]).text
        return not any(w in near for w in broken)

    def _rules_pass(
        self, n: Normalized, text: str, active: frozenset[str], out: SourceScan
    ) -> None:
        """The anchor and context passes, and each running rule's combinations (``_fire``):
        on arrays for a domain-dense source (:mod:`lexicon.pools`), match by match otherwise
        (:meth:`_rules_loop`); both give the same pools in the same order."""
        found = None
        if len(n.text) <= CHUNK:  # one automaton call: its hits say which path
            found = self._auto.anchors.unsorted(n.text)
            if len(found) < DENSE:
                self._rules_loop(n, text, active, out, Automaton.order(found))
                return
        self._dense_pass(n, text, active, out, found)

    def _dense_pass(
        self,
        n: Normalized,
        text: str,
        active: frozenset[str],
        out: SourceScan,
        found: list[tuple[int, int, int]] | None,
    ) -> None:
        """:meth:`_rules_loop` on arrays; ``found``: the anchor automaton's hits (unsorted)
        when the source is one chunk (else read chunk by chunk)."""
        tables = self._tables
        if tables is None:
            from lexicon.pools import PoolTables  # numpy: only once a dense source comes

            tables = self._tables = PoolTables(self._auto, len(self._window_rules))
        packs = self._rule_packs
        pad = self._reach + self._auto.max_key
        anchor, windows = tables.anchor_pass(
            n.text, found, active, packs, self._not_anchor, pad, out.model_anchors
        )
        if not anchor:
            return
        pools = self._auto.pools
        rules = tuple(
            ri
            for ri, pid in enumerate(self._auto.anchor_pools)
            if pid in anchor and packs[ri] in active
        )
        read = {pid for ri in rules for pid in pools[ri].values()}
        context, unless, warned = tables.context_pass(n.text, windows, read, rules)
        warns = by_end(tables.matches(warned, bare=True))
        none: tuple[list[int], list[int], list[int]] = ([], [], [])
        for ri in rules:
            rule = self._window_rules[ri]
            ids = pools[ri]
            if len(ids) != len(rule.groups):
                continue
            # every group present before any pool is made (:class:`lexicon.pools.Pools`)
            groups = tables.groups(ids, anchor, context)
            if groups is None:
                continue
            # (issue 9, session 67, speed7) the rule's unless list is made only once its
            # combination search gives a candidate to judge (:meth:`_fire`): four rules in ten
            # on domain-dense pages find none (the lists of all rules were 2.4 % of the scan).
            # (issue 9, session 68, speed11) The rule's rows are read off the context pass's
            # arrays there too (``pools._Lists``), not for every rule with its groups present
            self._fire(
                rule,
                groups,
                n,
                text,
                lambda ri=ri: by_end(tables.matches(unless.get(ri, none), bare=True)),  # type: ignore[misc]
                warns,
                out,
                active,
            )

    def _rules_loop(
        self,
        n: Normalized,
        text: str,
        active: frozenset[str],
        out: SourceScan,
        found: list[tuple[int, int, int]] | None = None,
    ) -> None:
        """The anchor and context passes match by match (the reading the array path in
        :mod:`lexicon.pools` reproduces), then each running rule's combinations; ``found``:
        the anchor automaton's hits of a one-chunk source, already read."""
        s = n.text
        size = len(s)
        hits: dict[int, list[Match]] = defaultdict(list)  # pool id -> matches
        # The context pass's windows around the anchor hits, wide enough for every rule's
        # context, merged as the hits come (``_window``); ``anchored``: the hits that made them.
        windows: list[list[int]] = []
        pad = self._reach + self._auto.max_key
        anchored = 0
        model_anchors = out.model_anchors
        steps = self._plans.anchor_steps(active)
        not_anchor = self._not_anchor
        # The loops below are _iter inlined (one Python step less per match on dense pages).
        # The matches come a bounded chunk at a time (``Automaton.chunks``: a hostile page's
        # every overlapping match as one list ran to hundreds of MB), positions from ``base``.
        chunks = ((0, found),) if found is not None else self._auto.anchors.chunks(s)
        for base, hits_in in chunks:
            for i, start, end in hits_in:
                step = steps[i]
                if step is None:  # a scorer's anchor of no active pack, and no rule's
                    continue
                start += base
                end += base
                latin_a, latin_b, (model, groups) = step
                if (latin_a or latin_b) and _off_latin(s, size, start, end, latin_a, latin_b):
                    continue
                if model and (end - start > 1 or not_anchor is None or not not_anchor(s, start)):
                    for packs in model:
                        model_anchors.append((end - 1, packs))
                if groups:
                    for term, variant, pids in groups:
                        m = new(Match, (start, end, term, variant))
                        for pid in pids:
                            hits[pid].append(m)
                    anchored += 1
                    lo = start - pad
                    if windows and lo > windows[-1][1]:  # the common case inlined
                        windows.append([lo, end + pad])
                    else:
                        self._window(windows, lo, end + pad)
        if not hits:
            return
        pools = self._auto.pools
        rules = tuple(
            ri
            for ri, pid in enumerate(self._auto.anchor_pools)
            if pid in hits and self._window_rules[ri].pack in active
        )
        # The pools the active rules read, each with its list (a pool no rule reads gets none).
        lists = {pid: hits[pid] for ri in rules for pid in pools[ri].values()}
        unless: dict[int, list[Match]] = {ri: [] for ri in rules}  # of the rules that run
        warnings: list[Match] = []
        plan = self._plans.plan(rules, anchored)
        values = self._auto.context.values
        whole = size
        for lo, hi in windows:
            lo = lo if lo > 0 else 0
            hi = hi if hi < whole else whole
            sub, size = s[lo:hi], hi - lo
            # Latin boundaries are read in the slice (``sub``), as they always were.
            for base, found in self._auto.context.chunks(sub, by_start=True):
                for i, start, end in found:
                    step = plan[i]
                    if step is None:
                        step = plan[i] = context_step(values[i], lists, unless)
                    if not step:  # nothing a running rule reads: no match object, no lookups
                        continue
                    start += base
                    end += base
                    latin_a, latin_b, groups, unl, warn = step
                    if (latin_a or latin_b) and _off_latin(sub, size, start, end, latin_a, latin_b):
                        continue
                    start += lo
                    end += lo
                    for term, variant, pids in groups:
                        m = new(Match, (start, end, term, variant))
                        for pid in pids:
                            lists[pid].append(m)
                    if unl:  # mostly empty: a test is cheaper than an empty loop
                        for ri, term in unl:
                            unless[ri].append(new(Match, (start, end, term, "")))
                    if warn:
                        for term in warn:
                            warnings.append(new(Match, (start, end, term, "")))
        warns = by_end(warnings)
        # Each pool sorted by start once per source (stable: the order found), shared by rules;
        # the context pools are in that order already (found by start, slices in order), so
        # only the anchor pools (found by end) are sorted.
        ordered: dict[int, Pool] = {}
        anchor_pools = self._auto.anchor_pool_set
        for ri in rules:
            rule = self._window_rules[ri]
            groups: dict[str, Pool] = {}
            for g, pid in pools[ri].items():
                if not hits.get(pid):
                    break
                pool = ordered.get(pid)
                if pool is None:
                    by_start = sorted(hits[pid], key=first) if pid in anchor_pools else hits[pid]
                    pool = ordered[pid] = Pool.of(by_start)
                groups[g] = pool
            if len(groups) == len(rule.groups):
                self._fire(rule, groups, n, text, by_end(unless[ri]), warns, out, active)

    def page_signs(self, texts: list[str]) -> tuple[dict[str, float], dict[str, float]]:
        """Notice and news signs over a page's normalized sources (only when something fired)."""
        found: dict[str, dict[str, float]] = {"notice": {}, "news": {}}
        for text in texts:
            for _s, _e, entries in self._iter(self._auto.page, text):
                for _kind, role, weight, term, _vk in entries:
                    found[role][term] = weight
        return found["notice"], found["news"]

    def _fire(
        self,
        rule: Rule,
        groups: dict[str, Pool],
        n: Normalized,
        text: str,
        unless: Warnings | Callable[[], Warnings],
        warns: Warnings,
        out: SourceScan,
        active: frozenset[str] = frozenset(),
    ) -> None:
        """Judges each of the rule's combinations (:meth:`_judge`); ``unless``: the rule's unless
        matches, or a function that makes them, called only when there is a combination to
        judge (the array path's lists cost more than most rules' searches that find none)."""
        # (issue 9, session 52, packs4) a training-ads rule's candidate reads a school's own
        # page voice as an offer (stance._school_reads); the other packs' rules never do, nor a
        # rule that opts out (``school_voice: false``: a pass rate a lawful school states too)
        school = rule.pack == "training-ads" and bool(rule.params.get("school_voice", True))
        negated: list[Match] = []
        kept: list[tuple[int, int]] = []
        found = self._combiner.combos(rule, groups, n, text)
        if not found:
            return
        if callable(unless):
            unless = unless()
        for parts in found:
            if self._judge(rule, parts, n, text, unless, warns, out, active, school, negated):
                kept.append(bounds(parts))
        if not negated:
            return
        # (issue 9, session 56, left19) A negated term took the nearest partner the combination
        # search gave it (焊工证不包过，不过开课前交全款的考不过全额退款: 焊工证 paired with the denied
        # 包过), so the promise after the denial never met a partner of its own. Once, without the
        # negated matches, the search runs again. Only a combination holding a match of a negated
        # term's own group that stands after the denial and a turn (``_TURN``: 不包过，不过…) is
        # read, the writer turning from what it denies to what it offers (能不能包过？包过承诺无效
        # has no turn); one reaching back to a word before the denial (a question's
        # 包过 before the answer's 不包过) or overlapping a combination the first pass kept (fired,
        # or silent for any other reason) is not.
        # (session 57, lead) That group's pool holds only those turned matches, within the rule's
        # window after the denial (a match further on stands in combinations of its own, which
        # the first pass read): the search pivots on them, where running it over every pool again
        # had cost domain-dense text 14 % of its speed.
        dropped = {(m.start, m.end) for m in negated}
        s = n.text
        reach = 2 * rule.window
        for g, pool in groups.items():
            ends: list[int] = []
            denied: dict[int, str] = {}
            for st, e in sorted(dropped):
                j = bisect_left(pool.starts, st)
                while j < len(pool) and pool.starts[j] == st:
                    if pool.ends[j] == e:
                        ends.append(e)
                        denied[e] = s[st:e]
                        break
                    j += 1
            if not ends:
                continue
            turned: list[int] = []
            for e in ends:
                # (issue 9, session 71, review137) the earlier of the two: a turn further on
                # (我们一条龙，不过要先付定金) had hidden the writer's own clause before it
                # (issue 9, session 71, lead) the self clause only for the named packs' rules: the
                # certificates pack's generic 证 + 办 reads any later 我们可以办… (办夜校, 办学员证)
                # as the errand, and engine3's gains were all special-ops rules
                t = min(
                    (
                        m
                        for m in (
                            _TURN.search(s, e, e + reach),
                            _SELF_CLAUSE.search(s, e, e + reach)
                            if rule.pack != "certificates"
                            else None,
                        )
                        if m
                    ),
                    key=lambda m: m.start(),
                    default=None,
                )
                # (issue 9, session 72, review143) the certificates pack's rules do read the
                # writer's own clause, where it takes back the very errand it denied to others
                # (驾驶证不要找黄牛代办，我们代办; 别找别人办证，我们办): the generic 证 + 办 then
                # names the errand the writer refused, not a school's 我们可以办夜校 after 不能免考;
                # a bare 我们办， / 我们能办， (no object of its own) takes it back as well
                if rule.pack == "certificates" and (own := _SELF_CLAUSE.search(s, e, e + reach)):
                    turned.extend(
                        _errand_taken_back(
                            pool,
                            s,
                            "" if _ERRAND_BARE.match(s, own.end()) else denied[e],
                            own.end(),
                            e + reach,
                            dropped,
                        )
                    )
                if t is None:
                    continue
                j = bisect_left(pool.starts, t.end())
                while j < len(pool) and pool.starts[j] <= e + reach:
                    if (pool.starts[j], pool.ends[j]) not in dropped:
                        turned.append(j)
                    j += 1
            if not turned:
                continue
            fewer: dict[str, Pool] = {}
            for h, other in groups.items():
                if h == g:
                    fewer[h] = pool.subset(sorted(set(turned)))
                    continue
                left = [
                    j for j in range(len(other)) if (other.starts[j], other.ends[j]) not in dropped
                ]
                if not left:
                    break
                fewer[h] = other.subset(left)
            else:
                for parts in self._combiner.combos(rule, fewer, n, text):
                    a, b = bounds(parts)
                    if any(x < b and a < y for x, y in kept):
                        continue
                    kept.append((a, b))
                    self._judge(rule, parts, n, text, unless, warns, out, active, school, None)

    def _judge(
        self,
        rule: Rule,
        parts: list[Match],
        n: Normalized,
        text: str,
        unless: Warnings,
        warns: Warnings,
        out: SourceScan,
        active: frozenset[str],
        school: bool,
        negated: list[Match] | None,
    ) -> bool:
        """Reads one candidate: a finding, or a suppressed entry with its reason. False when
        it is silent for a negation of one of its own parts only (that part is then added to
        ``negated``, when given), True otherwise."""
        s = n.text
        a, b = bounds(parts)
        oa, ob = n.span(a, b)
        reason = self._silencer.why(rule, parts, n, text, unless, warns, active)
        stance = None
        if reason and (reason.endswith(OTHER_SENTENCE) or reason.startswith("quoted")):
            # A warning in the next sentence over silences a candidate unless its own
            # sentence offers: a decoy (严禁违规！) or a platform's boilerplate (本平台禁止
            # 发布违法信息。) right before a seller's pitch with a contact must not hide it.
            stance = self._judged(out, n, text, oa, ob, school)
            if stance.verdict == "offer" and not (
                reason.startswith("quoted") and "offer:联系方式" not in stance.cues and denied(s, a)
            ):
                # a seller's sentence: quotes for emphasis (“包过班” 加V); a notice that
                # denies the quoted thing and gives its own office's phone is no seller
                reason = None
        if not reason:
            stance = stance or self._judged(out, n, text, oa, ob, school)
            if stance.verdict == "report" and "report" in rule.suppress:
                reason = stance.reason()
            elif rule.params.get("stance") == "offer" and stance.score < _min_offer(rule):
                # Rules that only name the thing (假电工证) need a seller's cue too.
                reason = needs_offer(stance, _min_offer(rule))
            elif (
                rule.params.get("own_word_you") is False
                and rule.params.get("stance") == "offer"
                # (issue 9, session 70, review131) a bare spare of all the work is the seller's
                # own cue: the delivery word's 你 is not the only one then
                and not _bare_spare(s, a, b)
                and (
                    own := self._stance.own_word_cues(
                        stance, text, oa, ob, [s[p.start : p.end] for p in parts]
                    )
                )
                is not None
                and own.score < _min_offer(rule)
            ):
                # (issue 9, session 70, engine2) …and, for a rule that asks so (``own_word_you:
                # false``), not a 你 that lies only inside its own matched words (CS-229's 寄给你
                # held the 你 it was confirmed by). Not every rule: EF-003's 我们把原题和答案打包给你
                # is the seller's own speech to the buyer, and a held-out seller (holdout227) lost
                # its only finding when every stance: offer rule read it so
                reason = needs_offer(own, _min_offer(rule))
            elif self.model is not None:
                contacts = self._contacts(out, n)
                stance, reason = self.model.weigh(rule, text, oa, ob, stance, contacts)
        if reason:
            out.suppressed.append(
                Suppressed(rule.id, rule.category, text[oa:ob], oa, ob, reason, out.source)
            )
            if negated is not None and reason.startswith("negation:"):
                scope = self._silencer.scope_of(rule)
                for p in parts:
                    if p.term not in scope and negation_before(s, p.start):
                        negated.append(p)
                        return False
            return True
        f = self._finding(rule, parts, s[a:b], text, oa, ob, out.source, stance)
        out.findings.append(f)
        out.spans.append((a, b, "\x00".join(p.term for p in parts)))
        return True

    def _judged(
        self, out: SourceScan, n: Normalized, text: str, oa: int, ob: int, school: bool
    ) -> Stance:
        """The stance reader's verdict on ``text[oa:ob]``, read once per source (``out.stances``):
        :meth:`StanceReader.judge` is a function of the source's text, contacts and
        normalization and of the span and ``school`` alone, and its :class:`Stance` is frozen."""
        key = (oa, ob, school)
        got = out.stances.get(key)
        if got is None:
            got = out.stances[key] = self._stance.judge(
                text, oa, ob, self._contacts(out, n), n, school
            )
        return got

    @staticmethod
    def _contacts(out: SourceScan, n: Normalized) -> list[tuple[int, int]]:
        if out.contacts is None:
            out.contacts = [n.span(a, b) for a, b in _read_contacts(out)[1]]
        return out.contacts

    def _finding(
        self,
        rule: Rule,
        parts: list[Match],
        norm: str,
        text: str,
        oa: int,
        ob: int,
        source: str,
        stance: Stance | None = None,
    ) -> Finding:
        matched = text[oa:ob]
        disguised = any(p.variant for p in parts) or normalize_term(matched) != matched
        weight = self.model.score_shift(stance) if self.model is not None else 0.0
        excerpt = _excerpt(text, oa, ob)
        return Finding(
            rule_id=rule.id,
            category=rule.category,
            severity=rule.severity,
            score=round(
                max(0.05, min(0.99, rule.confidence + (0.05 if disguised else 0.0) + weight)), 3
            ),
            matched=matched,
            normalized=norm,
            start=oa,
            end=ob,
            excerpt=excerpt,
            source=source,
            law=rule.law,
            message=rule.message,
            lexicon_version=self.version,
            pack=rule.pack,
            stance=stance.verdict if stance else "",
            cues=stance.cues if stance else (),
        )

    # -- pages ----------------------------------------------------------------------------

    def scan(
        self,
        text: str,
        source: str = "text",
        url: str | None = None,
        title: str | None = None,
        packs: Iterable[str] | None = None,
    ) -> ScanResult:
        """Scan one text (with optional page URL and title for context)."""
        with _collector_paused():
            return self._scan(text, source, url, title, packs)

    def _scan(
        self,
        text: str,
        source: str,
        url: str | None,
        title: str | None,
        packs: Iterable[str] | None,
    ) -> ScanResult:
        if source == "text":
            return self._scan_page(text, title, url, None, None, packs)
        active = self.active_packs(packs)
        parts = [self.scan_source(text, source, active)]
        return self._assemble(parts, url, title or "", text, [], active)

    def scan_page(
        self,
        text: str = "",
        title: str | None = None,
        url: str | None = None,
        image_texts: dict[str, str] | None = None,
        qr_urls: list[str] | None = None,
        packs: Iterable[str] | None = None,
    ) -> ScanResult:
        """Scan a page: title, body text and the text read from its images, as one page.

        ``packs`` chooses the rule packs (default: :attr:`default_packs`).
        """
        with _collector_paused():
            return self._scan_page(text, title, url, image_texts, qr_urls, packs)

    def _scan_page(
        self,
        text: str,
        title: str | None,
        url: str | None,
        image_texts: dict[str, str] | None,
        qr_urls: list[str] | None,
        packs: Iterable[str] | None,
    ) -> ScanResult:
        active = self.active_packs(packs)
        parts = [
            self.scan_source(title or "", "title", active),
            self.scan_source(text, "text", active),
        ]
        for img, itext in (image_texts or {}).items():
            # OCR lines are layout, not sentences: read them as comma-separated phrases (same
            # length, so offsets still point into the image text).
            # (session 38) misread glyphs mended and words broken over lines joined
            # (lexicon/ocrtext.py).
            part = self.scan_source(read_lines(itext, self._joins), f"image:{img}", active)
            parts.append(_retext(part, itext))
        return self._assemble(parts, url, title or "", text, list(qr_urls or ()), active)

    def _joins(self, before: str, after: str) -> bool:
        """Whether a lexicon term runs across the line break between ``before`` and
        ``after`` (OCR lines of one image: 低压电 / 工证)."""
        a, b = normalize(before).text, normalize(after).text
        cut = len(a)
        return any(
            s < cut < e
            for auto in (self._auto.anchors, self._auto.context)
            for _, s, e in auto.found(a + b)
        )

    def _assemble(
        self,
        parts: list[SourceScan],
        url: str | None,
        title: str,
        text: str,
        qr: list[str],
        active: frozenset[str],
    ) -> ScanResult:
        from lexicon.pagechecks import portal_findings, qr_findings

        res = ScanResult(lexicon_version=self.version, qr_urls=list(dict.fromkeys(qr)))
        page_findings = [
            f
            for f in portal_findings(self.rules, self.version, url, title, text)
            + qr_findings(self.rules, self.version, res.qr_urls)
            if f.pack in active
        ]
        ctx = None
        if page_findings or any(p.findings for p in parts):
            ctx = self._page_context(parts, url)
        for p in parts:
            res.suppressed.extend(p.suppressed)
            for f in p.findings:
                self._page_filter(f, ctx, res)
            if p.text:
                res.contacts.extend(_read_contacts(p)[0])
        for f in page_findings:
            self._page_filter(f, ctx, res)
        if not res.findings:
            # The model surfaces pages the rules missed; beside rule findings it only added
            # category noise, so a page the rules flag is never read by it (and costs nothing).
            for p in parts:
                found, silenced = self._surface(p, active)
                res.suppressed.extend(silenced)
                if found and ctx is None:
                    ctx = self._page_context(parts, url)
                for f in found:
                    self._page_filter(f, ctx, res)
        res.contacts = list({(c.kind, c.value): c for c in res.contacts}.values())
        res.score = _page_score(res.findings)
        return res

    def _page_context(self, parts: list[SourceScan], url: str | None) -> PageContext:
        """Notices and news announce themselves at the top (headers, document numbers,
        bylines); a long marketplace page collects stray signs in its body and footer."""
        notice, news = self.page_signs([p.normalized[:_PAGE_HEAD] for p in parts])
        whole = "\n".join(p.text[:_PAGE_HEAD] for p in parts)
        return page_context(
            whole, notice, news, host_of(url), self._silencer.seller_line.worn_number
        )

    def _page_filter(self, f: Finding, ctx: PageContext | None, res: ScanResult) -> None:
        rule = self.rule(f.rule_id)
        reason = ctx.reason if ctx is not None else None
        if reason == "official_host" and "official_host" not in rule.suppress:
            reason = None
        if reason and reason.startswith("page:") and "page" not in rule.suppress:
            reason = None
        if reason == "page:news" and any(c.startswith("offer:软文") for c in f.cues):
            # (session 37, helper sources) an advertorial (软文) run on a news page: its sentence
            # calls the reader to the seller with nothing near that reports (see stance.py)
            reason = None
        if reason in _PAGE_KINDS and _posted_on_page(f):
            # (session 42, lead) on a government host too: hacked gov.cn sections and comment
            # boards carry certificate ads (the reviewer sees the host and tells the site's
            # owner); an office's own text never reads as an offer with a contact and no report cue
            reason = None
        if reason:
            res.suppressed.append(
                Suppressed(f.rule_id, f.category, f.matched, f.start, f.end, reason, f.source)
            )
        else:
            res.findings.append(f)

    def rule(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)


#: The stance's cue that the page is a report's or a notice's (stance.py): the page's kind, not
#: the sentence's.
_PAGE_CUE = "report:报道或告示页面"
#: The page kinds whose suppression a seller's own posting on the page escapes.
_PAGE_KINDS = frozenset({"page:notice", "page:news", "official_host"})


def _posted_on_page(f: Finding) -> bool:
    """(session 42, lead) A seller's post on a notice's or a news page (a comment under the
    article, a 相关推荐 ad block: 用户8821：电工证 焊工证 不用考 三天出证 加微 …): the page's kind
    speaks for its article, not for what others post beside it. Read from the finding's own
    stance: an offer with its own contact in its sentence and no report cue at all (the page's
    own footer numbers and quoted ads are the report's, see stance.py); the cue that the page
    is a report's is the page's kind itself, not the sentence's."""
    return (
        f.stance == "offer"
        and "offer:联系方式" in f.cues
        and not any(c.startswith("report:") and not c.startswith(_PAGE_CUE) for c in f.cues)
    )


def _read_contacts(p: SourceScan) -> tuple[list[Contact], list[tuple[int, int]]]:
    if p.read is None:
        from lexicon.contacts import read_contacts

        p.read = read_contacts(p.normalized, p.source)
    return p.read


def _retext(part: SourceScan, text: str) -> SourceScan:
    """Point a source's findings at ``text`` (same length as what was scanned)."""
    part.scanned, part.text = part.text, text
    part.findings = [
        replace(f, matched=text[f.start : f.end], excerpt=_excerpt(text, f.start, f.end))
        for f in part.findings
    ]
    part.suppressed = [replace(x, matched=text[x.start : x.end]) for x in part.suppressed]
    return part


def _excerpt(text: str, start: int, end: int) -> str:
    return text[max(0, start - _EXCERPT) : end + _EXCERPT].replace("\n", " ").strip()


def _page_score(findings: list[Finding]) -> float:
    """1 - Π(1 - best score per rule): more independent rules, higher page score."""
    best: dict[str, float] = {}
    for f in findings:
        best[f.rule_id] = max(best.get(f.rule_id, 0.0), f.score)
    p = 1.0
    for s in best.values():
        p *= 1.0 - s
    return round(1.0 - p, 3)
