"""Context that keeps regulators' own words clean.

Three levels, each recorded as a named reason on :class:`lexicon.finding.Suppressed` so
``adsweep scan --explain`` can show why a candidate stayed silent:

* ``official_host`` — the page is on ``*.gov.cn`` or one of the official portals: a ministry's
  own verification platform or circular is never an ad.
* ``page:notice`` / ``page:news`` — the page reads as a regulator's notice or a news report:
  a document number like ``〔2024〕60号``, issuing-authority headers, reporter bylines. These
  quote every banned word while condemning it (docs/domain.md: the hardest negatives).
* ``warning:<word>`` and ``negation:<word>`` — words around one match (谨防, 所谓, 严禁, 查处 …;
  不承诺, 拒绝 …) that condemn or deny it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from itertools import chain
from urllib.parse import urlsplit

from lexicon import recache
from lexicon.alternation import words_pattern, words_regex
from lexicon.frames import unseparated
from lexicon.lines import line_start
from lexicon.normalize import _light_table, normalize, normalize_term, simplify_chars
from lexicon.quotes import QUOTATION
from lexicon.rules import term_words
from lexicon.segment import NOT_EXAMS
from lexicon.stance import OWN_NAMES, PROMISE_WORDS, TELL_OPENER, errand_online

__all__ = [
    "OFFICIAL_HOSTS",
    "Disowning",
    "GoodsPapers",
    "PageContext",
    "SellerLine",
    "answered_yes",
    "boilerplate",
    "host_of",
    "is_official_host",
    "negation_before",
    "page_context",
    "quantified_limit",
    "spaced_refusal",
    "teaching_only",
    "turned_over",
]

#: Official verification portals and their hosts (docs/domain.md); never flagged.
OFFICIAL_HOSTS: tuple[str, ...] = (
    "cx.mem.gov.cn",
    "ex.mem.gov.cn",
    "zlaq.mohurd.gov.cn",
    "cnse.e-cqs.cn",
    "cx.saws.org.cn",
)
#: (session 41) Other official verification sites clones imitate: 学信网 (学历, 学籍, 在线验证报告)
#: and the vocational-skills certificate query of the ministry's guidance centre (osta.org.cn).
_OTHER_OFFICIAL: tuple[str, ...] = ("chsi.com.cn", "osta.org.cn")
_OFFICIAL_SUFFIXES: tuple[str, ...] = (
    ".gov.cn",
    ".mem.gov.cn",
    ".e-cqs.cn",
    *(f".{h}" for h in _OTHER_OFFICIAL),
)

#: Document numbers: 〔2024〕60号, [2024]12号, （2023）5号, 【2022】7号.
DOC_NUMBER = recache.compile(
    r"[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*(?:第\s*)?\d{1,4}\s*号"
)

#: (issue 9, session 59, rivals) The seller's words for its rivals: the other shops, schools and
#: classes a seller sets itself against when it says what they will not do and it will (别家不保证通过，
#: 我们包过; 其他驾校都不敢说包过，我们敢), what they call their offer (别家所谓加急班) or what their
#: claims are worth (外面那些免考的说法都是骗局). A rival is a party of the seller's own trade named by
#: its otherness (别 / 其他 / 其它 / 外面 / 人家 / 同行), never a party a report names (一家机构, 该中介,
#: 有人) nor the buyer's own people. Alternatives only, no anchors: each reading composes them with
#: its own suffix (都 / 也 / 的话, a demonstrative, a gap) and keeps its own wider or narrower piece
#: as a named part beside it. These were spelled out in six readings that had drifted apart (a
#: disclaimer said of 其它家 or 其他驾校 read as the writer's own candor; 所谓 after 别家 never read).
#: The rivals named with a mark of otherness (别, 其, 外) ...
RIVAL_NAMED_WORDS = (
    r"别家|别人家?|别的(?:机构|学校|家|店|培训班|培训机构|驾校|班)"
    r"|(?:其他|其它)(?:培训)?(?:机构|学校|培训班|驾校|家)|外[面边]的?"
    # (session 60, review56) the outside said 外边 as well as 外面 (外边的都不保证通过，我们包过),
    # and the other platforms and channels a seller online sets itself against (其他平台都不保证
    # 通过; 别的渠道所谓速成班): a regulator's 不要在其他平台 … 买 is still read by ``_NEG_NEAR``'s
    # bare 别的 / 其他 / 其它, a report's 其他平台所谓 by its own frame
    r"|(?:别的|其他|其它)(?:平台|渠道)"
)
#: ... and the bare ones (人家都不敢说包过; 同行不保证通过): none of 别 / 其 / 外 in them, which is why
#: a reading guarded by those characters (``_RIVALS_PLACE_CHARS``) leaves them out.
RIVAL_BARE_WORDS = r"人家|同行"
RIVAL_WORDS = RIVAL_NAMED_WORDS + "|" + RIVAL_BARE_WORDS
#: (session 60, review56) A rival picked out of the trade by a demonstrative or a quantifier (那些中介,
#: 一些机构, 有的店, 某些平台) right before a disclaimer or a limit the writer then outbids (那些中介都
#: 不保证通过，我们包过; 电工证包过，某些机构不能保证每个人都一次通过): read only by those two
#: readings, where the writer's own promise still decides; a warning's 不要找那些中介 … 买 and the
#: verdict on the rivals' claims keep their own words. Not 很多 / 大多 (市面上很多机构都不能保证…),
#: which is a school's honest "nobody can".
RIVAL_PICKED_WORDS = (
    r"(?:那些|有的|有些|某些|一些)(?:培训机构|中介|机构|学校|驾校|店家?|商家|平台|培训班)"
)
#: How far back from a denial its rival is read: the longest rival word and its longest suffix
#: (其它培训学校的话, 别的培训机构的话).
RIVAL_REACH = 8

#: (session 49, review4) The trade's words a standing refusal lists (``_NEG_NEAR``).
_REFUSED_ITEMS = (
    "(?:代办|代考|替考|办证|包过|刻章|作弊|枪手|假证|代刷|代写|挂证|助考|网购|购买|借用|冒用|"
    "涂改|买证)"
)
#: Negation right before a match ("不承诺包过", "拒绝替考"); single characters only when
#: adjacent, longer phrases up to four characters away, never across a clause end.
_NEG_NEAR = recache.compile(
    # (session 41) 不会 before a failure is the promise itself (保证不会挂科，考不过退钱; the
    # Sichuan 不得挂科 reads so too), never a denial of the offer after it
    r"(?:不承诺|不保证|不存在|不提供|不搞|不做|不会(?!挂科|挂掉|挂了|落榜)|不是|不接受|不参与|"
    # (issue 9, session 62, review75) 没有 / 不可能 before 不包过 is the double negation (没有不保过的;
    # 不可能不包过): the promise, no denial; 没有不用考就能拿的证 still denies the skip
    r"没有(?!不[包保稳]|不$)|绝不|绝无|拒绝|杜绝|"
    r"并非|从不|从未|谢绝|严禁|禁止|不得|"
    # (issue 9, session 68, styles13) never the 不要 of 不要紧 (登高证没有不要紧 我们代办: "no matter",
    # the seller's reassurance before its errand); 不要紧张 ("don't be nervous") still reads as 不要 did
    r"不要(?!紧(?!张))|不能|不可能(?!不[包保稳]|不$)|决不|不代表|不等于|并不|不意味着|不想|不找|别找|不要找|别信|无权|无法|不帮|"
    # (issue 9, session 57, fa11) a school that dares not promise it (我们不敢说包过, 不敢保证包过,
    # 不敢打包票包过): the same denial as 不承诺; a clause end still bounds it, so a seller's
    # 别家不敢说，我们包过 reaches nothing, and 不敢 + 不 (不敢不包过) is no denial
    r"不敢(?!不)"
    # (issue 9, session 60, fa18) a school that will not vouch for it in its own ad (本中心不打包票
    # 包过): the idiom's 包 is no sale word, 不打包票 denies the promise right after it as 不承诺 does
    r"|不打包票"
    # (issue 9, session 66, lawful2) or will not sign for it (我们不签合同包过，考试靠自己; 不签包过
    # 合同): the signed pass refused; a seller's 不签合同也包过 is ``_ALSO``'s, a comma bounds it
    # (不签合同，包过 reaches nothing)
    # (issue 9, session 66, review108) never the 不签 of 签不签 (焊工证签不签合同都包过: the contract
    # either way, the pass sold)
    r"|(?<!签)不签(?!约就)"
    # (issue 9, session 59, left27) or says it does not say it (我们不说包过, 从不说包过): the school's
    # denial as 不会说 is; 二话不说 / 不多说 deny nothing
    r"|(?<![话多])不说(?![明了])"
    # (issue 9, session 63, review88) or asks where such a thing is (答：哪有包过的，考试靠自己; 哪里有
    # 包过这回事; 哪有包过一说): the rhetorical denial; 哪有考不过的 / 哪有不包过的 is the promise.
    # Only opening its clause or an answer (答 / 老师 / 客服, the colon normalized away): a buyer's
    # or a hook's 焊工证哪里有包过的？ asks where to get it
    r"|(?<![^\s。，！？!?；;答师服])(?:哪有|哪里有)(?!考?[不没]|挂|过不了|比)"
    r")[^。，]{0,4}$"
    # 不需要 denies what comes right after it; a few characters on, it has said what the
    # buyer need not have (不需要语言成绩 保offer), not that the promise is off.
    r"|不需要$"
    # (issue 9, session 56, lead) a warning telling the reader not to buy it from someone (不要向
    # 中介交定金买免考焊工证, 切勿找黄牛购买, 千万别在网上办): the 不要 governs the buying verb right
    # before the candidate, however many words name the seller and the money in between; not a
    # seller steering the buyer from its rivals (不要向别人买免考焊工证，来我们这里直接办)
    r"|(?:不要|别|切勿|千万别|千万不要|请勿|勿)(?:向|找|从|在|跟|通过)"
    # (session 59, rivals) the rivals' words, each 别的 / 其他 / 其它 whatever it names, and 他人 /
    # 他们; not the traders (中介, 黄牛) nor the web (网上): 不要向中介交定金买 is the warning
    # (session 60, review56) but not 外边: added to the shared set for the other readings, it stays
    # a warning's place here as before (千万别在外边办免考电工证，电工证须经培训考试取得)
    r"(?!(?!外边)(?:" + RIVAL_WORDS + r"|别的|其他|其它|他人|他们))[^。，？！]{1,10}?"
    r"(?:买|购买|购|办理|办)$"
    # (issue 9, session 49, left3) the writer setting itself apart from a kind of trader (本中心不是
    # 新闻里说的那种卖证的; 我们可不是那些代办的): the trade word after 那种 / 那些 is the kind denied,
    # however far the 不是 stands within the window; what the writer then offers is read on its own
    r"|(?:不是|并非|绝非|可不是)[^。，]{0,6}(?:那种|那些|这种|这些)$"
    # (session 43, sms) a candidate that starts inside 代办 after 不 (不代办证书: 办证 from the
    # word 代办|证书): the 不 denies the 代 it is glued to, as it does 代办证 itself
    r"|不代$"
    # (issue 9, session 44, skills) an exam's own rule (认定考试不设代考, 不设代办窗口): 不设 denies
    # the word right after it; a few characters on (不设门槛 包过) it has waived something else
    r"|不设$"
    # (issue 9, session 46, negation) a school or office refusing the trade right before it (我们
    # 不办不考试的证, 不卖免考证): 不办 / 不卖 deny the word right after them. (session 47, review)
    # not the seller's A-not-A question (办不办免考的, 卖不卖包过的？卖): it asks the buyer, it refuses nothing
    r"|(?:(?<!办)不办|(?<!卖)不卖)$"
    # (issue 9, session 51, left7) a school refusing the trade word right after 不接 (不接代考，叉车证
    # 须本人考试): 不接 denies the word it is glued to, as 不办 does; not the seller's A-not-A
    # question (接不接代考？接), and a few characters on (不接急单 代考) it has refused something else
    r"|(?<!接)不接(?:任何)?$"
    # (issue 9, session 47, mills) a firm refusing the trade for anyone (我们不为任何人代办证书, 不替他人
    # 办证): 不为 / 不替 / 不给 + whom, right before the candidate (or before the 办证 inside its 代办证)
    r"|不(?:为|替|给)(?:任何人|任何个人|他人|别人|个人|客户|学员|考生)代?$"
    # (issue 9, session 44, intl) a learner who did without it (我 PMP 一次通过 … 没报什么包过班,
    # 没上过保过班): only right before the candidate, so 没报名也能包过 keeps its promise
    r"|(?:没报|没有报|没上|没有上|没参加|没找)(?:过)?(?:什么|任何)?$"
    # nobody dares to (没有一家机构敢保证上岸, 没人敢包过, 谁敢打包票): the writer denies it
    r"|(?:没有|没)[^。，]{0,6}敢$|(?:谁|不)敢$"
    # (session 43, typos) nobody can (没有任何机构能保证通过, 没有人能包过): the same denial
    r"|(?:没有|没)(?:任何|哪家|哪个|一家)?(?:人|机构|培训机构|学校|单位|中介|个人)(?:能够|能|可以)$"
    # (session 36) a learner's advice not to count on it (别指望押中原题, 不要指望保过)
    r"|(?:别|不要|不能|别想|不用)指望[^。，]{0,2}$"
    # (session 40) a refusal that lists what it refuses (本机构不提供代考、替考服务; 本站不提供任何代办、
    # 代考): the list's 、 reads as ， once normalized, so the refusal reaches over up to three
    # items before it, each a word of the trade (不提供发票，代考包过 refuses the invoice only);
    # only the verbs of a standing refusal, never a bare 不 or 没有
    # ((issue 9, session 48, accidents) and an employer's rule against papers not earned, listed
    # with how else one gets them: 承诺不使用网购、代办证件; 无网购、代办、借用等情况)
    # (session 50, review6) a trader's own refusal (不做, 不接, 不提供 …) not of the forgery alone
    # (我们不做假证，包过拿证; 不接假证，免考直接拿): the seller's stock reassurance, then its offer; a
    # refusal lists the trade (不提供代办，代考，…). An office's or employer's verbs (拒绝, 严禁,
    # 不认可 …) keep the list whatever its first item
    r"|(?:(?:不提供|不做|不接|不接受|不参与|从不|绝不|从未)(?!(?:任何)?假证[^。，]{0,3}，[^。，]{0,2}$)"
    r"|拒绝|杜绝|谢绝|严禁|禁止|不使用|不认可|拒收)"
    r"(?:任何)?"
    rf"(?:{_REFUSED_ITEMS}[^。，]{{0,3}}，){{1,3}}"
    r"[^。，]{0,2}$"
    # (session 49, review4) the employer's 无 lists bare words only (无网购、代办、借用等情况): a
    # seller's 无作弊记录，代考包过 / 无购买门槛，代办焊工证 boasts of what its buyer is spared
    rf"|无(?:{_REFUSED_ITEMS}，){{1,3}}[^。，]{{0,2}}$"
    # (issue 9, session 48, accidents) the same rule for every way round it (不接受任何形式的代办证书,
    # 拒收任何渠道的代办证件): the refusal reaches over 任何形式的
    r"|(?:不接受|不认可|不使用|拒绝|拒收|杜绝|严禁|禁止|不得)任何(?:形式|方式|渠道|途径|来源)的?$"
    # (issue 9, session 48, accidents) an employer that will not take such a paper (承诺不使用代办
    # 证件上岗, 本公司拒收代办的证件, 不予认可代办的证书)
    # (session 49, review4) not across the seller's refund terms (单位不认可全额退 代办, 拒收包退 代办):
    # a refund, a guarantee or a payment between is the buyer's safety net, not an employer's rule
    r"|(?:不使用|不聘用|不录用|不认可|不予认可|拒收)(?:(?!退|赔|包|款|钱)[^。，]){0,4}$"
)
#: (issue 9, session 50, left5) A trader's refusal of a single trade word, its comma right before
#: the candidate (不做代办，…), and the promise that candidate opens with (包过拿证, 免考直接下证):
#: the seller's stock reassurance then its offer, where a refusal would list on (不做代办，不包过).
_ONE_TRADE_REFUSED = recache.compile(
    r"(?:不做|不搞|不接|不走)(?:任何)?(?:代办|代考|中介|挂靠)[^。，]{0,3}，$"
)
#: (session 51, lead) The promise words and the one refused trade word, shared with
#: ``silence._spaced_one_refused`` (the same reading of 不做 as a warning word). (session 52,
#: review12) The promise words live in ``stance`` (its ``_TOLD_PROMISE`` reads them too; stance
#: may not import this module, which reads stance's landline pattern).
ONE_TRADE_WORD = r"(?:任何)?(?:代办|代考|中介|挂靠)"
_PROMISE_NEXT = recache.compile(PROMISE_WORDS)
#: (issue 9, session 51, left7) The same refusal with a space for its comma (不搞代办 包过拿证 微信…):
#: the normalized text drops the space, so the refusal reads as the school's 不搞代办包过; the space
#: is looked for in the original text between the trade word and the promise.
_ONE_TRADE_BARE = recache.compile(r"(?:不做|不搞|不接|不走)" + ONE_TRADE_WORD)
#: (issue 9, session 70, review130) The refusal of a banned advertising practice (不做虚假宣传, 不搞夸大宣传,
#: 拒绝虚假承诺, 绝不虚假宣传): the refusal's object is the practice, whole. With no comma after it (the colon
#: of 本店不做虚假宣传：电工证免考拿证 normalized away) ``_NEG_NEAR``'s 不做 reached the seller's next word;
#: ``silence`` reads the same refusal as a warning word turned to the writer's own sale.
PRACTICE_REFUSED = recache.compile(
    r"(?:不做|不搞|不干|不玩|拒绝|杜绝|绝不|决不|从不|坚决不)(?:做|搞)?(?:任何)?(?:虚假|夸大)(?:宣传|承诺|广告)"
)


def spaced_refusal(neg: str, norm: str, start: int, gap: str) -> bool:
    """Whether the negation ``neg`` before ``norm[start:]`` refuses one trade word only and a
    space (``gap``, the original text between that word and the candidate) ends it where a comma
    would: a terse post's stock reassurance before the promise the candidate opens with (不搞代办
    包过拿证). A school's refusal that lists on (不搞代办 不包过) never reaches here, its 不 being
    the nearer negation."""
    return (
        _ONE_TRADE_BARE.fullmatch(neg) is not None
        and gap.strip() == ""
        and gap != ""
        and _PROMISE_NEXT.match(norm, start) is not None
    )


#: (session 44, lead) 别 right before the act is a prohibition (考场有监控，别想着作弊; 千万别找人
#: 替考): the writer warns the reader off it. Only right before: 别担心，包过 has its comma. Not the
#: 别 that ends a word (人脸识别 人不用到场, 级别, 类别, 特别, 性别, 个别, 区别, 分别).
_NEG_ADJ = recache.compile(
    r"(?:不|无|非|未|(?<![识区分级类特告性个差辨鉴判派离送])别|别想|别想着|千万别|不准|不许)$"
)
#: A platform's, group's or shop's own standing rule (本平台禁止发布违法信息, 本群严禁发广告,
#: 违规信息一经发现立即删除): boilerplate printed on every page, about what the platform bans,
#: never about the listing next to it. Read on normalized text (simplified, separators gone).
_BOILERPLATE = recache.compile(
    r"本平台|本站|本网站|本网|本群|群规|群内|本店|本论坛|本吧|本频道|本号|本公众号|本小程序|"
    r"平台禁止|平台严禁|平台规则|平台提醒|平台提示|违法违规信息|违法信息|违规信息|不良信息|"
    r"一经发现|立即删除|永久封号|封号处理"
)


def host_of(url: str | None) -> str:
    if not url:
        return ""
    try:
        return (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower().rstrip(".")
    except ValueError:
        return ""


def is_official_host(host: str) -> bool:
    """True for the official portals and any government (``gov.cn``) host."""
    host = host.lower().rstrip(".")
    if not host:
        return False
    if host in OFFICIAL_HOSTS or host in _OTHER_OFFICIAL or host == "gov.cn":
        return True
    return host.endswith(_OFFICIAL_SUFFIXES)


#: (issue 9, session 60, fa18) A candidate's own estimate after sitting the exam (一建实务今天考完，
#: 自我感觉稳过，坐等成绩; 考完登高证理论，估计稳过，等出分): the 稳过 / 能过 right after the writer's
#: 感觉 / 应该 / 估计 is a hope, no promise, when the exam already sat stands just before it
#: (``_EXAM_SAT``). A seller's 稳过班 / 包过 has no such hedge, and a seller's 报名后坐等出分 no 考完.
_SELF_ESTIMATE = recache.compile(
    r"(?:感觉|觉得|估计|应该|自我感觉|自己感觉|我猜)(?:这次|这回|应该|大概|大概率)?(?:能|是)?$"
)
_ESTIMATED = ("稳过", "能过", "稳了", "过了")
_EXAM_SAT = recache.compile(r"考完|刚考|考过了|考了")
#: How far back the exam sat is read from the estimate: one or two short clauses.
_EXAM_SAT_REACH = 24


def _self_estimate(norm: str, start: int) -> bool:
    """Whether ``norm[start:]`` opens the candidate's own hope after the exam (``_SELF_ESTIMATE``)."""
    return (
        norm.startswith(_ESTIMATED, start)
        and _SELF_ESTIMATE.search(norm, max(0, start - 8), start) is not None
        and _EXAM_SAT.search(norm, max(0, start - _EXAM_SAT_REACH), start) is not None
    )


def negation_before(norm: str, start: int) -> str | None:
    """The negation word right before ``norm[start:]``, if any."""
    if _self_estimate(norm, start):
        return "考后自估"
    before = norm[max(0, start - 10) : start]
    m = _NEG_NEAR.search(before)
    # "有没有要焊工证的" asks a question; 没有 there negates nothing. Nor does the 不会 of a
    # concession (不管你会不会 都包过: whatever the learner can do). (Other A-not-A forms ask
    # about the thing, 问我能不能包过, and keep their negation.)
    if (
        m
        and not (m.group(0).startswith("没有") and before[: m.start()].endswith("有"))
        and not _conceded(before, m.start(), m.group(0))
        and not _wanted(before, m.start(), m.group(0))
        and not _lacking(m.group(0))
        and not _unable_reader(before, m.start(), m.group(0))
        and not _RISK_DENIED.match(m.group(0))
        # (session 50, review6; left4 found the same) nor the wish asked A-not-A (想不想要考前一晚的
        # 原题？私我, 想不想不考试就拿到电工证？加v): the seller's hook asks what the reader wants, the
        # 不想 in it denies nothing; the stance reads the question as any other
        and not (m.group(0).startswith("不想") and before[: m.start()].endswith("想"))
        and not _narrowed(norm, start, m.group(0))
        # (session 57, review35) nor a warning off middlemen that the writer answers with itself
        # (不要从中介那里买免考电工证，我们是源头): a seller steering the buyer to its own counter
        and not _steered(norm, start, m.group(0))
        and not _unsigned_sold(norm, start, m.group(0))
        # (issue 9, session 67, hedge2) nor the promise the writer says it may not write or say,
        # taken back in the same sentence (广告里我们不能写包过，但是你懂的，电工证报了就稳，加v …)
        and not _denied_then_sold(norm, start)
        # (session 57, review37) nor fa11's 不敢 said of a rival (别家不敢说包过, 谁都不敢保证包过) or
        # answered by the writer's own dare (不敢保证包过？我们敢): the seller's boast
        and not _dared(before, m.start(), norm, start, m.group(0))
        # (session 50, left5) nor a trader's refusal of one trade word before its own promise
        # (不做代办，包过拿证 加v): the comma ends the refusal, the promise is the offer
        and not (_ONE_TRADE_REFUSED.search(m.group(0)) and _PROMISE_NEXT.match(norm, start))
        and not _ALSO.search(m.group(0), 1)
        and not _ALSO.match(norm, start)
        # (issue 9, session 70, review130) nor the refusal of an advertising practice whose object is
        # the practice, whole (本店不做虚假宣传：电工证免考拿证: the colon normalized away)
        and not PRACTICE_REFUSED.fullmatch(m.group(0))
        # (issue 9, session 51, left7) nor 不做题 before the next waiver of a seller's list (不做题
        # 不上课 七天下证; 不做题免考): the buyer spared the exam's questions, a sibling of the
        # candidate, not a refusal of it (别想着不做题就能过 still warns: no waiver follows)
        and not (m.group(0).startswith("不做题") and norm.startswith(("不", "免"), start))
        # (session 38, asr) one wish of a spoken list the seller waves away for the buyer (你不想
        # 上课不想考 我们给你办好): the 不想 said of 你 before a candidate that is a 不想 itself is
        # its sibling, not a denial (a learner's 我不想上课不想考了 keeps it)
        and not (
            m.group(0).startswith("不想")
            and norm.startswith("不想", start)
            and before[: m.start()].endswith(("你", "您", "如果", "要是"))
        )
    ):
        return m.group(0).rstrip()
    if _ALSO_STOCKED.match(norm, start):
        # (issue 9, session 48, left) 不上网的也有 / 没入库的也能办: the seller's other version of
        # the same card, stocked besides (a price ladder), not a denial of it
        return None
    m = _NEG_ADJ.search(before)
    # 考不过 is a failure, not a denial; but the 不 of 不代考不包过 (包考不包过) before a 包 or 保
    # denies the promise (issue 9, session 45, subsidy: a subsidised school's own disclaimer)
    if (
        m
        and (
            not before.endswith(("考不", "过不", "学不", "拿不"))
            or (before.endswith("考不") and norm.startswith(("包", "保"), start))
        )
        # (issue 9, session 67, review111) the 不 next to the promise taken back as the 不能写 before
        # it is (官方肯定说不包过，我们私下保证你过，…加v): said in public, sold in private
        and not _denied_then_sold(norm, start)
    ):
        return m.group(0)
    return None


#: (issue 9, session 48, left) What a negated word runs on into when the seller names a version it
#: also stocks: 不上网的也有, 没入库的也能办, 查不到的也可以做 (the cheaper card of a price ladder by
#: whether it shows on the register). Only the register's words: a school's 不包过的也有 is no ladder.
_ALSO_STOCKED = recache.compile(
    r"(?:上网|入库|联网|能查|可查|查得到|录入|进系统|上系统|备案)[^。，]{0,2}?的(?:也|都)"
    r"(?:有|能办|能做|可以办|可以做|可以|能出|办|做|出)"
)


#: An A-not-A question right before the candidate (能不能不考, 可不可以不去, 行不行): the
#: negation in its middle is the question's, not a denial.
_A_NOT_A = recache.compile(r"(能|可|会|行|是)[不没]\1[^。，]{0,5}$")
#: The clause after it, opened by a yes (，可以的 / 。能！ / 答：当然可以): the writer answers its own
#: question. 可以的话 and 可以吗 ask again; 不能 and 不可以 are no.
#: (issue 9, session 52, left11) A statement's opener before the answer (可以郑重地告诉大家：…; 负责任地
#: 说：…): its 可以 is no yes, the answer after it is (能拿 / 不能).
_TELL_OPENER = TELL_OPENER  # (session 52, lead) one list with stance._TELLS
#: (issue 9, session 59, review47) The words that call a waiver or a reassurance off (假, 骗,
#: 不可能, 不存在), less the seller's own vouching that shares them: 不是假的 / 假一赔十, 绝不骗人,
#: 不可能查不到 / 不可能不过, 不存在查不到. Read by the shop's waiver under its label
#: (``_YES_AFTER``) and the writer's 放心 after its own question (``_PIVOT``), which took these
#: sellers for a school's denial since review40 / review42.
_FAKE_CALLED = r"(?<!不是)(?<!不会是)假(?!一[赔罚换])"
_CHEAT_CALLED = r"(?<![不没])骗"
_CANNOT_CALLED = r"不可能(?!查不到|是假|被查|不过|考不过)"
_NONE_CALLED = r"不存在(?!查不到|问题|风险|假)"
_YES_AFTER = recache.compile(
    # (issue 9, session 48, left) or a labelled answer with no comma before it (问：能不能不考试直接
    # 拿 答：能啊: the spaces and the colon are gone once normalized)
    # (issue 9, session 52, left11) a question mark and a line break both end the question (能不能
    # 不考直接拿？\n答：…, normalized 。。), and the answer may open on a statement's opener
    # (issue 9, session 58, left23) or the shop's own label on the answer (客户：制冷证能不能不去考？
    # \n客服：可以，交钱直接出证, normalized 。。客服可以…): the shop answering its buyer, as 答 does
    # (session 60, left28) the buyer's question may ask on in one more clause before its end
    # (能不能不考直接拿，复审也帮办吗？\n客服：可以，不用考): the yes answers both
    r"[^。，]{0,12}?(?:，[^。，]{1,10}?[吗么](?=。))?"
    r"(?:[。，]+\s*(?:(?:答|客服|卖家|商家|店家|店主|店员|掌柜)[:：]?\s*)?|答[:：]?\s*)"
    r"(?:可以)?(?:" + _TELL_OPENER + r")?(?:当然|肯定|绝对)?"
    r"(?:可以|(?<!可)能|行|没问题|有办法)"
    r"(?!的话|吗|么|不|否|" + _TELL_OPENER + r")"
    # (session 58, left23) ... or the shop's label on the waiver itself (能不能不去考？\n客服：不用去，
    # 交钱直接出证): only under the shop's label, where no office or paper answers
    r"|[^。，]{0,12}?[。，]+\s*(?:客服|卖家|商家|店家|店主|店员|掌柜)[:：]?\s*"
    r"(?:不用|不需要|无需)(?:去|来|考|到场|本人)"
    # (session 58, review42) not where the same clause calls the waiver off or keeps the exam
    # (掌柜：不用去现场的话是不可能的，必须本人; 客服：不用去考点，我们在本机构组织考试，考试合格发证)
    # (session 59, review47) less the seller's vouching (不是假的, 不可能查不到: ``_FAKE_CALLED`` …)
    r"(?![^。]{0,16}?(?:"
    + _CANNOT_CALLED
    + r"|没戏|没门|办不了|做不了|必须|不行|"
    + _FAKE_CALLED
    + r"的|"
    + _CHEAT_CALLED
    + r"|违法|考试合格|组织考试|参加考试))"
)
#: (issue 9, session 52, left11) ... or answered by the promise itself and a call to the writer
#: (登高证能不能包过？百分百包过，加微 …): the seller's hook. A warning that repeats the promise calls
#: nobody to a private account (包过是骗人的; 百分百包过？别信).
_PROMISE_ANSWER = recache.compile(
    # (issue 9, session 53, left13) the answer may be labelled as a reply or the shop's (回复：包的;
    # 客服：包的亲), and call the reader to the profile page (看主页, 主页有联系方式)
    r"[^。，]{0,12}?[。，]+\s*(?:(?:答|回复|客服|卖家|商家|店家|掌柜)[:：]?\s*)?"
    r"(?:百分百|百分之百|绝对|保证|肯定|100%)?"
    # (session 53, review17) a warning names the promise void or a trap as often as a fraud
    # (包过承诺无效，详见主页; 包过是陷阱，主页置顶…): with 主页 a call, an account that warns and
    # points to its own page read as the seller's hook
    r"(?:包过|保过|包拿证?|包的)"
    r"(?![^。]{0,12}?(?:骗|假|别信|不要信|违法|违规|非法|犯法|无效|套路|陷阱|谨防|警惕|当心|不可信|不靠谱))"
    r"[^。]{0,12}?(?:加微|加v|私我|私信|私聊|v信|vx|微信|扣扣|qq|企鹅|联系我|找我|主页)",
    re.IGNORECASE,
)


#: (issue 9, session 67, review112) Or the no given and taken back in the same answer (有人问电工证
#: 能不能免考？答案是不能才怪，交钱就发; 答案是不能，但是我们能，私聊; 答案是不行，可我们这边就行): the
#: writer plays the school's honest answer to outbid it. The turn must be the writer itself with a bare
#: yes closing its clause, so a school's 答案是不能，我们能做的是… / 但我们能帮你练熟 / 我们这边也不行
#: stays a no.
_NO_TAKEN_BACK = recache.compile(
    r"[^。，]{0,12}?[。，]+\s*(?:(?:答|回复|客服|卖家|商家|店家|掌柜)[:：]?\s*)?(?:答案是|回答是)?"
    r"(?:不能|不行|不可以|不可能)"
    r"(?:才怪|就怪了"
    # (issue 9, session 68, sold3) the no may end on a question mark, a full stop once normalized
    # (答案是不能？我们这里就能，加v …): the writer's bare yes after it still takes it back
    r"|(?:[，,][^。，]{1,8})?[，,。]\s*(?:但是?|可是?|不过|可)?在?"
    r"(?:我们|本校|我校|我这|咱们|本店|本中心)(?:这里|这边|这儿|这)?(?:就|却|偏偏?|可)?"
    r"(?:能|行|可以)(?:的|啊)?(?=[，,。！!；;\s]|$))"
)


#: (session 38, asr) The same yes in a transcript, where speech-to-text wrote no comma (the
#: spaces are gone in the normalized text): the yes right after the question, marked as spoken
#: by its particle (能不能代办 能啊, 能不能不考 可以的) or turning straight to the buyer (能不能不考
#: 能 你人都不用来). 可以的话 asks on; 能拿证吗 asks again.
#: Read from the end of the A-not-A words: the yes may stand before the candidate's last part
#: (能不能不考 能 你人都不用来: the candidate runs on to 不用来).
_YES_SPOKEN = recache.compile(
    # (issue 9, session 48, left) not the 能 of 可能: 不可能啊 / 怎么可能啊 say no, 可能吧 maybe
    r"[^。，]{1,10}?(?<![不没])(?:当然|肯定|绝对)?(?:可以|(?<!可)能|行|没问题)"
    r"(?:啊|呀|啦|哦|哈|的(?!话)|(?=你|我们|咱))"
)


#: (session 58, review42) How far before the A-not-A question its errand (复审, 换证) and after it
#: the answer's office route are read.
_ERRAND_ASK_REACH = 16
_ERRAND_ANSWER_REACH = 36


def answered_yes(norm: str, start: int, end: int) -> bool:
    """Whether the candidate ``norm[start:end]`` is asked about in an A-not-A question that the
    text answers yes in its next clause: 焊工证能不能不考直接拿，可以的，私我 is a seller asking
    the buyer's question to answer it, a pitch; 能不能不考试直接拿证？答：不能 stays a denial, as
    does a question nobody answers (可以的话多少钱 asks on)."""
    lo = max(0, start - 12)
    asked = _A_NOT_A.search(norm, lo, start)
    if asked is None:
        # (issue 9, session 53, left13) the promise's own verb asked A-not-A (制冷证包不包过？
        # 回复：包的，看主页): the 不 before the candidate's 包 is the question's; only the
        # promise and the call answer it (a spoken yes cannot be told from the verb here)
        if start >= 2 and norm[start - 1] in "不没" and norm[start - 2] == norm[start] in "包保":
            return _PROMISE_ANSWER.match(norm, end) is not None
        return False
    if errand_online(
        norm[max(0, start - _ERRAND_ASK_REACH) : start], norm[end : end + _ERRAND_ANSWER_REACH]
    ):
        # (issue 9, session 58, review42) a renewal or a reissue asked to spare the trip and
        # answered with the office's online route (复审能不能不去现场？客服：可以，人不用去，在网上
        # 办理复审即可): the office's service, not the waiver sold; the shop's label on the answer
        # (left23) made it fire, and 答：… did before
        return False
    if _YES_AFTER.match(norm, end) is not None or _PROMISE_ANSWER.match(norm, end) is not None:
        return True
    if _NO_TAKEN_BACK.match(norm, end) is not None:
        return True  # (issue 9, session 67, review112) 答案是不能才怪 / 答案是不能，但是我们能
    yes = _YES_SPOKEN.match(norm, asked.start() + 3)  # after 能不能: the thing asked, then the yes
    return yes is not None and yes.end() <= end + 4


#: (issue 9, session 58, left24) The writer's straw-man denial turned over right after its question
#: mark by the writer's own yes (我们不承诺包过？不，我们承诺！; 没有包过一说？在我们这里有; 谁说不能包过？
#: 我们就包; 都说不可能包过？在本校可能): the denial is put in the reader's mouth to be answered, as
#: ``_DARE_ANSWERED`` reads fa11's 不敢. The answer must be the writer itself (我们 / 本校 / 在我们这里 …)
#: with a bare yes verb (承诺 / 有 / 包 / 能 …, then a clause end) or the promise itself (我们就是包过);
#: an FAQ's 答：不能, 对，我们从不承诺, 是的，我们不包过, 不，我们不包过 answer no and match nothing. Read
#: on normalized text, where the question mark is a full stop: the caller checks the original
#: mark (``mark`` group) is a question mark.
_TURNED_OVER = recache.compile(
    r"[^。，！!？?]{0,6}?(?P<mark>[。？?])[。？?！!]*\s*"
    r"(?:(?:不|错|错了|非也|才怪)[，,！!。]+\s*)?"
    r"(?:(?:在|到)?(?:我们|本校|本店|本中心|本机构|咱们|咱家|我家|我司|本公司|我这)"
    r"(?:这里|这儿|这边|这)?(?:就|就是|偏|偏偏|却|可|真|照样|当然|肯定)?"
    r"(?:(?:承诺|保证|敢|能|可能|可以|有|包|行)(?=[。，！!,]|$|包过|保过|包拿证|一定过|必过)"
    r"|(?=包过|保过|包拿证|包通过|一定过|必过))"
    # (issue 9, session 60, left30) or the promise itself, bare or on the seller's contract (电工证
    # 不包过？按协议包过，不过退费，加v …; 叉车证不保过？错，签约保过; 焊工证不包过？包过！): the writer
    # answers its own straw man with the pledge, which stands alone as the answer (a clause mark
    # after it). Not when the pledge goes on into a judgement (能不能包过？包过承诺无效 / 包过是陷阱 /
    # 包过是骗人的说法), and an FAQ's 是的 / 对 / 不，不包过 answer no and match nothing.
    r"|(?:(?:按|签|凭)(?:协议|合同)|协议|合同|签约|照样|一样)?"
    r"(?=(?:包过|保过|包拿证|包通过)(?:[。，！!,；;\s]|$)"
    r"(?![^。，！!]{0,6}(?:骗|假|谣|违法|不可能|一说|说法|话术))))"
)


def turned_over(norm: str, end: int) -> int | None:
    """Where the question mark stands (normalized offset) if the negated candidate ending at
    ``norm[end:]`` is the writer's straw man turned over after it (``_TURNED_OVER``), else None."""
    m = _TURNED_OVER.match(norm, end)
    return None if m is None else m.start("mark")


#: (issue 9, session 32) 也/照样/一样 between the negation and the candidate, or opening it: the
#: negation sits in a concession's first half (不会开车也能包拿证, 不会写字|也能考过), and the second
#: half affirms.
_ALSO = recache.compile("也|照样|一样")


#: (issue 9, session 49, left3) A negation that denies only the buyer's risk (叉车证 不存在风险 免考直接拿,
#: 没有任何风险 免考包拿证): the seller's reassurance before the offer, not a denial of it. The
#: words after the negation must be the risk itself, so 不存在免考 / 没有代办 still deny.
_RISK_DENIED = recache.compile(
    r"(?:不存在|没有|绝无|无)(?:任何|什么|一点|半点)?(?:的)?(?:风险|隐患|后顾之忧|后患)\s*$"
)


def _lacking(word: str) -> bool:
    """Whether the negation ``word`` (with what follows it up to the candidate) is 没有…的, the
    reader who lacks something (没有证的我们内部渠道帮你办, 没证的也能包过): it names the buyer, it
    does not deny what comes after."""
    return word.startswith("没") and "的" in word[1:].lstrip("有") and not word.endswith("敢")


#: (issue 9, session 68, unseen2) The reader who cannot do the exam's work, named as the audience
#: (理论背不会的别考了, 考不过的师傅找我, 实操学不会的交给我们): 不会 / 不过 / 不了 … 的 right before
#: the candidate, after a verb of the exam's work or with one inside (不会考的). A statement (这种事是不会的, 也不会的) has 是 or an
#: adverb before it and is not here.
_UNABLE = recache.compile(r"(?:不会|不过|不了|不下来|不好)[^，。！？；、\s]{0,3}的")
_UNABLE_VERB = "背考学写做练记过"


#: (issue 9, session 68, review114) The writer, or a statement's 是 / 也, right before 不会 + verb
#: + 的 (我们不会考的包过班不开, 我们是不会做的包过): the writer will not do it, a refusal; the
#: reader who cannot (电工证不会考的别考了, 不会写字的也能办) has no writer before it.
_WONT_BY = "是也我们校构心司"


def _unable_reader(before: str, pos: int, word: str) -> bool:
    """Whether the negation ``word`` at ``before[pos:]`` names the reader who cannot do the exam's
    work (背不会的, 考不过的, 学不会的): it picks the audience, it does not deny what follows."""
    return bool(_UNABLE.fullmatch(word)) and (
        (pos > 0 and before[pos - 1] in _UNABLE_VERB)
        or (
            any(c in _UNABLE_VERB for c in word[2:-1])
            and not (pos > 0 and before[pos - 1] in _WONT_BY)
        )
    )


#: (issue 9, session 48, left) The same trade offered to a narrower set right after a refusal of it
#: for others (不为别人代考 只为老客户代考; 不替陌生人办 熟人介绍的可以): 只为 / 只给 / 只替 / 只接 /
#: 只帮 or 熟人 … 可以 in the next clause or two.
#: (session 49, review4) Not the holder himself (只接受考生本人报名, 只给持证人本人办理,
#: 只对本人受理): the school's and the office's rule that the paper is the holder's own, no narrower set
#: of buyers; nor 只接受, which accepts where 只接 takes orders.
_ONLY_FOR = recache.compile(
    r"[^。]{0,20}?(?:只(?:为|给|替|接(?!受)|帮|对)(?![^，。]{0,4}本人)(?!持证人)"
    r"|熟人(?:介绍)?的?(?:可以|能|才))"
)


def _narrowed(norm: str, start: int, word: str) -> bool:
    """Whether the refusal ``word`` (不为别人 / 不替他人 …, see ``_NEG_NEAR``) before
    ``norm[start:]`` only keeps the trade from some people to offer it to others (我们不为别人代考
    只为你代考): a seller picking its buyers, not a refusal. 不为任何人 refuses everyone."""
    return (
        word[:2] in ("不为", "不替", "不给")
        and "任何" not in word
        and _ONLY_FOR.match(norm, start) is not None
    )


#: (session 57, review35) A warning to the buyer (不要 / 别 / 切勿 / 千万别 / 请勿 + 找 / 向 / 从 …).
_WARNING_HEAD = recache.compile(r"(?:不要|别|切勿|千万别|千万不要|请勿|勿|不找)")
#: …that the writer then answers with itself as the one to buy from (我们是源头, 找本店, 直接找我,
#: 来我们这里价格低一半), within the sentence after the candidate; not a reader's 别来找我, nor the
#: writer's place alone (我们这里已经有人被骗了: a forum user telling what befell its town).
#: (session 57, review37) and in other words: 联系 / 私信 / 私 / 认准 + the writer (联系我, 私信我,
#: 认准我们), the maker (直接联系厂家, 找厂家), 咱们, and the writer's place before its counter word
#: (咱们这里直接办, 我们这边便宜); the place alone still is no counter (这里已经有人被骗了).
#: (session 58, review41) and the source named bare or as 就是源头 (我们就是源头, 本店源头直出), the
#: writer doing it itself (我们自己就能办), 加 + the writer (想办的直接加我); 直接 as the writer's
#: manner of speaking (我们直接告诉你：……是假的) is no counter.
#: (session 58, review39) The call verbs review37 added (联系 / 私信 / 私 / 认准) and 加 / 滴 steer only
#: when the writer's name is the call itself (联系我，微信…; 认准我们，v信…; 加我v; 滴我 dg_…): a
#: school's or an employer's 联系我们了解报名流程, 私信我们咨询报名事宜, 认准我们学校，每期都组织…,
#: 直接联系我们安全科 and an office's 如有疑问可联系我们 go on to the lawful errand.
#: (session 60, review55) Nor the office's or school's 直接受理 (我们这里直接受理个人报名): it takes
#: applications, it sells nothing. 我处 and 咱 name
#: the writer too (我处直接办, 来咱这里), and 有 may stand before its counter (我们有内部渠道).
_SELF_OFFERED_BODY = (
    r"(?<![别不勿请参增追])(?<!别来)(?<!要来)"
    r"(?:(?:找|来|选)(?:我们|我|本店|咱家|咱们|咱|我家|本公司|我司|厂家)"
    r"|(?:(?<!可)联系|私信|私|认准|加|滴)(?:我们|我|本店|咱家|咱们|我家|本公司|我司|厂家)"
    r"(?=[。，\s]|$|[a-z0-9_]|微|薇|电话|手机|就行|即可|就好)"
    r"|(?:我们|我这|我家|咱家|咱们|本店|本公司|我司|我处)(?:这里|这边|这儿|自己)?有?"
    # (session 61, review63) 就能 but not the exam or the enrolment (其实我们这里就能考，每月一期: a
    # school's own exam site)
    r"(?:(?:就|也)?是源头|源头|直接(?!告诉|说|讲|提醒|受理)|便宜|价格|渠道|内部|能办|可以办"
    # (session 61, review68) also where the enrolment is said 在线 / 网上 (其实我们这里就能在线报名)
    # (session 62, review73) and 线上 / 直接 / 免费 / 预约 (其实我们这里就能线上报名; 就能直接报名)
    # (session 62, review78) and 线下 / 随时 (其实我们这里就能线下报名; 就能随时报名)
    r"|就能(?!(?:在线|网上|线上|线下|现场|当场|就近|直接|免费|预约|随时)?(?:考|报名|报考|参加|培训|学|上课))"
    r"|厂家|一手"
    # (session 58, review44) or the writer as the right way itself (我们才是正道), sold only beside
    # a contact or the skip (``_channel_sold``, read in ``_steered``)
    r"|(?:就|才)?是正道"
    # (session 58, left24) or the regulator's words for the channel claimed (我们正规渠道, 我们是
    # 官方渠道, 我们走的是正规渠道, 我们有官方渠道)
    r"|(?:是|有|走的是|走的|走)?(?:正规|官方)渠道))"
)
_SELF_OFFERED = recache.compile(r"[^。！？]{0,24}?" + _SELF_OFFERED_BODY)
#: (issue 9, session 60, left29) The warning closed by its own mark and the next sentence opening on
#: the writer's counter (切勿通过中介办理免考电工证！来我们这里价格低一半，v信 …): the same steer, said in
#: two breaths; only where the counter opens that sentence, so a warning's own next sentence (此类广告
#: 均为诈骗，…) or a school's route there (来我们学校报名参加培训, ``_route_named``) reads as before.
#: (session 61, review63) The stop may be doubled (！！, ？！, 。。): the counter still opens the next sentence.
_WARNING_CLOSED = recache.compile(r"[^。！？]{0,24}?[。！？]+")
#: (session 60, review58) …after a word or two of the seller's lead-in at most (切勿找中介办免考电工证！
#: 现在来我们这里办，…; 今天找我们，便宜一半; 大家直接来我们这里办; 所以找我们办): time, the crowd
#: addressed, a 所以 / 不如 / 直接; a listed few, not any 24 characters, so the counter still opens
#: the sentence and a warning's own next sentence reads as before.
_SELF_LEAD_IN = (
    r"(?:(?:现在|今天|即日起|马上|赶紧|赶快|所以|因此|不如|还不如|还是|直接"
    r"|大家|各位|朋友们|兄弟们|老铁们?|亲们?|有需要的?|需要的|想办的?|要办的?"
    # (session 61, review63) and the seller's 其实 (切勿找中介办免考电工证！其实来我们这里就行，…): a
    # school's 其实来我们学校报名考试就行 still names the route, a forum user's 其实我们这里已经有人被骗了
    # still has no counter word
    r"|其实|实际上"
    # (session 61, review68) and its other candid openers (说实话来我们这里就行; 老实讲找我们就行)
    r"|说实话|实话说|老实说|老实讲|讲真|说真的"
    # (session 62, review73) and the longer candid openers (不瞒你说，来我们这里就行; 说句实话; 坦白讲)
    # (session 62, review78) said to 您 too (跟您说实话; 跟你说句实话)
    r"|不瞒(?:你|您)?说|实不相瞒|说句(?:大)?实话|坦白(?:说|讲)|跟(?:你|您)说句?实话)[，,\s]*){0,2}"
)
_SELF_OPENS = recache.compile(r"\s*" + _SELF_LEAD_IN + _SELF_OFFERED_BODY)
#: (session 58, left24) The writer's claim to the regulator's channel (我们正规渠道, 我们是官方渠道):
#: the writer's counter in the regulator's words, no lawful route named (``_LAWFUL_ROUTE``). It makes
#: the writer a seller only beside a contact or the skip itself (``_channel_sold``): a school's bare
#: 我们是正规渠道。 may mean its classes.
_CLAIMED_CHANNEL = recache.compile(
    r"((?:我们|我这|我家|咱家|咱们|本店|本公司|我司)(?:这里|这边)?(?:是|有|走的是|走的|走)?)"
    r"(?:正规|官方)(?=渠道)"
)
#: (session 58, review44) The skip or the pass sold, not denied (没有免考这回事, 绝不包过, 从来不搞
#: 免考, 不存在直接拿证): a school claiming the channel to say it sells no skip.
#: The skip or pass the writer sells (``skip_sold``): shared with the silencing stage's reading of a
#: steered warning (``silence.Silencer._sold_after``).
#: (session 59, review48) and the skip in the sellers' other words (无需考试，直接出证; 不需要考试，
#: 直接发证; 免试直接出证): a warned route with a landline only was silent on them.
_SKIP_WORD = recache.compile(
    r"(?P<exam>免考|免试|不用考|不用参加考试|不需要考试|无需考试)|直接拿|直接下|直接出证|直接发证|包过"
)
#: …not denied right before it (没有免考, 绝不包过, 不存在直接拿证) …
_SKIP_DENIED_NEXT = frozenset("不没无非")
#: (session 59, review48) … nor a word or two further off in its clause (没有所谓的免考, 根本不存在
#: 什么包过, 从来没有过免考, 没有免考直接拿证这回事): read in the six characters before the word.
#: (session 59, review52) and the school's 不能 / 无法 (没有基础也不能免考) …
_SKIP_DENIED_NEAR = recache.compile(
    r"没有|不存在|不搞|不做|不办|不是|拒绝|杜绝|从不|从没|绝不|绝无|并非|根本不|根本没"
    r"|不能|不可以|无法"
)
#: (session 59, review52) … but a denial of something else conceded before the skip (没有基础也不用
#: 考试, 不做培训照样直接出证, 不是本人也能直接拿证): the seller's "even without", no denial of the skip.
_SKIP_CONCEDED = recache.compile(r"也|照样|照旧|同样|一样")
#: … nor judged after it (包过是骗人的, 免考的都是假的, 直接拿证纯属谣言): the lead's reading of the
#: steered warning (session 58), now the channel's too.
#: (session 59, review48) read six characters on (想不用考试直接拿证是不可能的), and in its other
#: words (免试的说法不可信); not where the writer denies the judgment (直接拿证，绝非假证).
#: (session 59, review52) or further on where the skip heads what the sellers' ads or talk say
#: (网上所谓无需考试直接拿证的说法都是骗人的, 无需考试就能拿证的广告全是骗人的, 免试直接发证的那些
#: 帖子纯属谣言): review48's new skip words made such a school's warning sell. Not the seller's own
#: vouching that shares the judgment's characters (免考直接拿证假一赔十, 包过拒绝假证, 直接出证不可能
#: 查不到), read as review47 reads it (``_FAKE_CALLED``, ``_CANNOT_CALLED``).
_SKIP_JUDGED = recache.compile(
    r"(?:[^，。！？]{0,6}?"
    r"|[^，。！？]{0,10}?的(?:那些|这些|所谓的?)?"
    r"(?:说法|广告|宣传|帖子|信息|消息|承诺|中介|机构|黄牛|人|都|全|一律))"
    r"(?:是|都是|全是|全都是|纯属|就是|均为)?(?<![不非没无绝])"
    r"(?:骗|假(?!一[赔罚换])|谣言|违法|不可信|不可能(?!查不到|被查|是假))"
)


def skip_sold(text: str, exam_only: bool = False) -> bool:
    """Whether ``text`` (a short line after the writer's counter or the candidate) sells the skip
    or the pass (``_SKIP_WORD``; with ``exam_only`` the exam waived only) the writer neither denies
    before it in its clause nor judges right after it."""
    for m in _SKIP_WORD.finditer(text):
        if exam_only and m.group("exam") is None:
            continue
        i = m.start()
        lo = max(0, i - 6)
        lo = max(lo, 1 + max(text.rfind(c, lo, i) for c in "，。！？,!?；;"))
        if text[i - 1 : i] in _SKIP_DENIED_NEXT:
            continue
        # the last denial before the word
        denied = max(_SKIP_DENIED_NEAR.finditer(text, lo, i), key=re.Match.start, default=None)
        if denied is not None and not _SKIP_CONCEDED.search(text, denied.end(), i):
            continue
        if _SKIP_JUDGED.match(text, m.end()):
            continue
        return True
    return False


#: (a private contact only: a school's enrolment landline, 报名电话 0571-…, sells no skip)
_CHANNEL_CONTACT = recache.compile(
    r"加[vV微威薇]|[vV]信|vx|微信|私聊|私信|私我|手机|1[3-9]\d{9}|[vV]\s?[a-zA-Z0-9_]{4,}"
)


def _channel_sold(line: str) -> bool:
    """Whether the line after the writer's claimed channel sells: a private contact or the skip."""
    return _CHANNEL_CONTACT.search(line) is not None or skip_sold(line)


#: …unless that sentence sends the reader to the lawful route (来我们学校参加正规培训, 到官方平台报名);
#: not the training or exam waived (找我们不用考试, 免培训): that is the seller's offer.
#: (session 57, review37) and the route named in other words (按规定参训考核, 报名、参训、考核合格后
#: 发证, 通过合法途径报考): the same route, not the seller's counter; waived (免考核, 不用参训) it is
#: the offer as above. A training word stacked on a waived one (不用培训考试) is waived with it.
_LAWFUL_ROUTE = recache.compile(
    r"(?<![不免用需训])(?<!不参加)(?:培训|学习|上课|考试|参训|考核|报考)"
    r"|正规|官方|报名参加|应急管理|按规定|依法|合法途径"
    # (session 61, review63) or the enrolment as all there is to it (找我们单位安全科报名就行)
    r"|报名(?=就行|即可|就好)"
    # (session 57, review37) or asks the reader to report the middleman (如有线索联系我们举报)
    r"|举报|线索|报警|投诉"
)
#: (session 58, review41) …or the learners' own exam and skill (学员都是自己考下来的, 学技术才是正道,
#: 请本人报名): what the writer's school or office stands for, not a counter to buy from; and the
#: writer's own counter denied (找我们也买不到, 找我们也一样办不了).
#: (session 58, review44) These are read only after the writer's counter: before it they are the
#: seller's foil (考出来太难，找我们; 学技术太慢，找我们直接拿; 外面都办不了，我们能办; 其他地方都买不到，
#: 找我们). A bare 正道 is no route at all: the seller's 找我们才是正道 says it of itself; the school's
#: 学技术才是正道 / 正规培训才是正道 name the route in their other words.
_OWN_ROUTE = recache.compile(
    r"考下来|考出来|学技术|学手艺|本人报名|本人申请"
    r"|(?:也|都)(?:一样)?(?:买不到|办不了|办不到|拿不到)"
)


#: (session 58, review39) A route word the seller wears: its verification boast (官方可查, 应急管理厅
#: 官网可查) or the exam it promises or waives (考试包过, 考试都不用参加) right after the word …
#: (session 58, review44) 不用 / 免 waive the exam only when what follows is the going, the sitting
#: or the learning (都不用参加, 不用去, 免考) or nothing: 来我们中心报考不用排队 and 学习不用花冤枉钱
#: spare the learner a queue or a fee on the lawful route.
_ROUTE_WORN = recache.compile(
    r"[^，。]{0,4}?(?:可查|能查|查得到|可验|联网|备案|包过|保过|必过|直接过|全免"
    r"|(?:都不用|不用|免(?!费))(?=参加|去|考|培训|学|上课|到场|来|了|掉|[。，\s]|$))"
)
#: …or the exam waived right before it (无需参加考试, 不用去考试, 不需要再培训): no lawful route.
_ROUTE_WAIVED = recache.compile(r"(?:不用|无需|不需要|不必|免|不去|没)(?:去|参加|再)?$")


def _route_named(sentence: str, own_from: int = 0) -> bool:
    """Whether ``sentence`` (the rest of the writer's steering sentence) names the lawful route
    (``_LAWFUL_ROUTE``) other than as the seller's boast or waiver (``_ROUTE_WORN``,
    ``_ROUTE_WAIVED``): 找我们，官方可查 and 找我们无需参加考试 name none, 来我们学校报名参加正规培训，
    证书官网可查 does (its 培训 and 正规 are no boast). The writer's own exam and skill
    (``_OWN_ROUTE``) count only from ``own_from``, the end of the writer's counter."""
    for m in chain(_LAWFUL_ROUTE.finditer(sentence), _OWN_ROUTE.finditer(sentence, own_from)):
        if _ROUTE_WORN.match(sentence, m.end()) or _ROUTE_WAIVED.search(
            sentence, max(0, m.start() - 4), m.start()
        ):
            continue
        return True
    return False


#: (issue 9, session 66, lead) The private call that follows a pass "without a contract" (电工证不签
#: 合同包过，私聊): the seller's terms, no school's refusal to sign; and the honest limit or the
#: enrolment's words that make the same 不签 a school's (我们不签合同包过，考试靠自己，课程咨询加微信).
_UNSIGNED_CALL = recache.compile(r"私聊|私我|私信|私发|加v|加微|vx|扣1")
_UNSIGNED_LIMIT = recache.compile(
    r"靠自己|本人|凭本事|自己考|考试安排|不承诺|咨询|报名|培训|课程|学员"
)
#: How far the call and the limit are read around the promise, within its sentence.
_UNSIGNED_REACH = 24


def _unsigned_sold(norm: str, start: int, word: str) -> bool:
    """(issue 9, session 66, lead) Whether lawful2's 不签 before the promise at ``norm[start:]`` is
    a seller's "no contract needed" (电工证不签合同包过，私聊): a private call follows in the same
    sentence and nothing around it names the exam sat by the learner, a course or enrolment. Session
    66's lawful2 read every 不签 as the school's refusal to sign and silenced that seller."""
    if "不签" not in word:
        return False
    end = norm.find("。", start)
    end = len(norm) if end < 0 else end
    head = max(0, norm.rfind("。", 0, start) + 1, start - _UNSIGNED_REACH)
    after = norm[start : min(end, start + _UNSIGNED_REACH)]
    return (
        _UNSIGNED_CALL.search(after) is not None
        and _UNSIGNED_LIMIT.search(norm[head : min(end, start + _UNSIGNED_REACH)]) is None
    )


#: (issue 9, session 67, hedge2) A "but" after the denied promise's clause, into the pass or the
#: backstage channel claimed (``_BUT_BACKSTAGE``): read on the normalized text, within its sentence.
_DENIED_TURN = recache.compile(
    r"[，,；;\s](?:但是?|可是?|不过|其实)[，,\s]*(?:你懂的[，,\s]*|说实话[，,\s]*)?"
    # (issue 9, session 67, review111) or the promise given "in private" with no "but" before it
    # (官方肯定说不包过，我们私下保证你过，…加v): 私下 is the turn from what is said in public
    r"|[，,；;\s](?=(?:我们|我这边|这边)?私下)"
)


def _denied_then_sold(norm: str, start: int) -> bool:
    """(issue 9, session 67, hedge2) Whether the promise at ``norm[start:]``, denied just before it
    (我们不能写包过 / 不敢说包过), is taken back in the same sentence: a "but" within
    ``_UNSIGNED_REACH`` characters turns to the pass or the channel claimed (``_BUT_BACKSTAGE``:
    稳过, 内部名额, 报了就稳, 没有一个没过) and a private call follows it. A school's "but" turns
    to its course (不过我们的课程讲得细) or warns (但是有人说有内部名额，千万别信: no call)."""
    end = norm.find("。", start)
    end = len(norm) if end < 0 else end
    hi = min(end, start + _UNSIGNED_REACH)
    for turn in _DENIED_TURN.finditer(norm, start, hi):
        claim = _BACKSTAGE_AHEAD.match(norm, turn.end(), end)
        if claim is not None and _UNSIGNED_CALL.search(norm, turn.end(), end) is not None:
            return True
    return False


def _steered(norm: str, start: int, word: str) -> bool:
    """Whether the warning ``word`` (不要从中介那买, 千万别找黄牛办; see ``_NEG_NEAR``) before
    ``norm[start:]`` only steers the buyer from a middleman to the writer (不要从中介那里买免考电工证，
    我们是源头，加微 …): a seller's pitch, its 不要 denies no sale. A writer that sends the reader to
    training, an exam or the office (来我们学校参加正规培训考试) still warns."""
    if not _WARNING_HEAD.match(word):
        return False
    opens = start
    m = _SELF_OFFERED.match(norm, start)
    if m is None and (closed := _WARNING_CLOSED.match(norm, start)) is not None:
        opens = closed.end()  # (session 60, left29) the counter opening the next sentence
        m = _SELF_OPENS.match(norm, opens)
    if m is None or _no_better_at(norm, m):
        return False
    # (session 57, review37) the route may be named a clause on (来我们中心报名，按规定参训考核)
    sentence = norm[opens : m.end() + 20].split("。", 1)[0]
    own_from = m.end() - opens
    line = norm[m.end() : m.end() + 30].split("。", 1)[0]
    if m.group(0).endswith("正道") and not _channel_sold(line):
        return False  # (session 58, review44) 我们才是正道 sells only beside a contact or the skip
    claimed = _CLAIMED_CHANNEL.sub(r"\1", sentence)
    if claimed != sentence:
        # (session 58, left24) 我们正规渠道，加v…: the channel is the writer's, sold beside a
        # contact or the skip; else the regulator's words count as the route, as before
        if not _channel_sold(line):
            return False
        own_from -= len(sentence) - len(claimed)
        sentence = claimed
    if _CHANNEL_CONTACT.search(line) and skip_sold(line, exam_only=True):
        # (session 59, review48) the exam waived past the route words beside a private contact
        # (来我们中心报考不用排队，也不用考试，微信 …): review44's 不用排队 spares a queue, this one the
        # exam; the route is worn. A school's landline leaves it to the route (理论考试合格后实操免考)
        return True
    return not _route_named(sentence, max(0, own_from))


#: (session 57, review37) The rival a 不敢 is said of (别家不敢说包过, 谁都不敢保证, 同行都不敢讲):
#: the same rivals as ``silence._RIVAL_DISCLAIMS``, and 谁 (谁都 / 谁也 不敢).
#: (session 58, review39) and rivals named otherwise (其它家, 很多机构, 市面上的机构, 其他培训机构).
#: (session 59, rivals) The shared rivals (``RIVAL_WORDS``) and this reading's own wider piece: 谁 and
#: the marketplace's many schools (很多机构, 市面上的驾校) are rivals only before 不敢, where the claim
#: after it (``_OWN_PASS_AFTER``) still decides; before a school's 不保证 / 不能保证 they are the
#: school's honest "nobody can" (谁都不能保证每个人都通过) and stay out of the other readings.
_DARE_ONLY = r"谁|(?:很多|好多|大多数|大部分|市面上的?|外面的)(?:培训)?(?:机构|学校|驾校|家)"
_DARE_RIVAL = recache.compile(
    r"(?:" + RIVAL_WORDS + "|" + _DARE_ONLY + r")(?:都|也|的话)?$"
    # any school or firm said to all dare not (市面上的机构都, 一般驾校也): the writer speaks of
    # itself as 我们 / 本校; the claim after (``_OWN_PASS_AFTER``) decides it either way
    r"|(?:机构|学校|驾校|家)(?:都|也)$"
)
#: …but only when the writer then claims the pass itself (别家不敢说包过，我们包过 / 只有本校包过): a
#: school's or a learner's 谁都不敢保证包过，本校也一样 or 同行都不敢讲包过，我们更不敢 denies as any
#: school does (review37 read every rival's 不敢 as the boast). The claim is read a clause on and
#: at most 16 characters past it, not after a negation of its own (我们也不敢说包过).
_OWN_PASS_AFTER = recache.compile(
    r"[^。，]{0,8}[。，]+[^。，]{0,8}?(?<![不没别勿说讲称])"
    r"(?:(?:包过|保过|包拿证|包通过|一定过|必过)(?!的)|敢[。，]|敢$|敢(?:打包票|签合同|写进合同))"
)
#: …or the writer's own dare right after the denied promise's clause (不敢保证包过？我们敢; 不敢说包过，
#: 本校敢): the denial is put in the reader's mouth to be answered.
#: (session 58, review39) The clause mark may be lost to normalization (不敢说包过 我们敢 加v; 不敢说
#: 包过：我们敢), the writer named otherwise (我校, 本机构, 我们机构), and the dare may carry its
#: pledge bare (我们敢打包票, 我们敢签合同; 我们敢保证！ ending its sentence) or run straight into
#: the seller's call (我们敢加v); 我们敢保证，每节课都有老师跟班 goes on to dare something else.
_DARE_ANSWERED = recache.compile(
    r"[^。，]{0,8}?[。，]*(?:但|可|而)?"
    r"(?:我们|我|本校|我校|本店|本中心|本机构|咱们|咱家|我家|我司|本公司|咱)"
    r"(?:机构|学校|中心|这里|这边)?"
    r"(?:就|却|偏|偏偏|可|真)?敢(?:说|讲)?"
    # the dare bare (我们敢！) or the promise itself (我们敢保证包过); a school's 我们敢保证的是教学质量
    # or 但我们敢说认真负责 dares something else and leaves the denial standing
    r"(?=[。，]|$|(?:保证|承诺|打包票)?(?:包过|保过|包拿证|包通过|一定过|必过)"
    # (session 58, review44) the call is the seller's own (加v, 加微, 加我, 私聊, 私我): a bare 加 / 私
    # was a school's 我们敢加课加练 / 敢加班辅导 too, daring to teach more
    r"|(?:打包票|签合同|写进合同)(?:[。，]|$)|(?:保证|承诺)(?:。|$)"
    r"|加[vV微威薇我]|私(?:聊|我|信)|微信|v信|vx)"
)

#: (issue 9, session 65, review101) The writer's dare that goes on to judge the trade (谁敢包过？我敢说，
#: 包过的都是骗子): no dare to sell, the judgement's opening; read a few characters past the dare.
_DARE_JUDGED = recache.compile(r"骗|假的|假证|违法|犯法|谣|坑|不可能|没有(?:包过|这回事)")


def _dared(before: str, at: int, norm: str, start: int, word: str) -> bool:
    """Whether fa11's 不敢 denial ``word`` (at ``before[at:]``, the window before ``norm[start:]``)
    is the seller's boast rather than a school's denial: said of a rival (别家不敢说包过, 谁都不敢
    保证包过) with the writer's own pass claimed after (我们包过, 只有本校包过), or answered by the
    writer's own dare in the next clause (不敢保证包过？我们敢). A school's own 不敢说包过，只保证认真
    教学, and its 同行都不敢讲包过，我们更不敢, have neither and still deny."""
    if word == "谁敢":
        # (issue 9, session 65, review101) the seller's own question answered by its own dare (高处
        # 作业证谁敢包过？我敢！签协议; 谁敢包过，我们敢，加v): 谁敢 asks, the writer answers it; a
        # school's 谁敢包过？没有人敢 / 谁也不敢 names no dare of its own and still denies, as does the
        # dare that goes on to judge the trade (我敢说，包过的都是骗子)
        dare = _DARE_ANSWERED.match(norm, start)
        return dare is not None and _DARE_JUDGED.search(norm, dare.end(), dare.end() + 12) is None
    if not word.startswith("不敢"):
        return False
    if _DARE_ANSWERED.match(norm, start) is not None:
        return True
    return (
        _DARE_RIVAL.search(before[:at]) is not None
        and _OWN_PASS_AFTER.match(norm, start) is not None
    )


#: (issue 9, session 58, fa13) A school's honest limit read across a quantifier (本校不能保证每个人都
#: 一次通过考试, 我们不敢说所有学员都能一次考过, 没有哪所学校能保证百分之百通过): the denial and the pass
#: word stand too far apart for ``_NEG_NEAR`` (a few characters), and the sentence's other terms
#: (未通过的可免费重学) are the school's, as after 不保证通过 (``terms/disclaimer``). Read on normalized
#: text: the denial, its verb, the quantifier over the learners (or 百分之百), then the pass itself.
_QUANTIFIED_LIMIT = recache.compile(
    r"(?:不能|不敢|无法|没法|没办法|不可能|不承诺|不保证|难以"
    # (session 59, review45) and 一家 / 一所 培训学校 (没有一家培训学校能保证…)
    r"|(?:没有|没)(?:哪|任何|一)[所家个位]?(?:学校|机构|培训学校|培训机构|培训班|驾校|老师|人|单位)?"
    r"(?:能够?|可以|敢)"
    # (session 59, review51) or nobody (没人敢保证都通过; 没有人能保证人人都考过)
    r"|(?:没有|没)人(?:能够?|可以|敢))"
    r"(?:保证|担保|确保|承诺|打包票|肯定|说|讲|做到)?让?"
    # (session 59, review45) the learners named before their quantifier (学员个个都能考过)
    r"(?:(?:学员|考生|学生)(?=个个|人人|全部|全体|百分))?"
    r"(?:每一?[个位名](?:人|学员|考生|同学|学生|学徒)?|所有的?(?:人|学员|考生|同学|学生)"
    r"|全部的?(?:人|学员|考生|同学|学生)|全体(?:学员|考生|同学)|人人|个个|大家"
    # (session 59, review45) a share with its learners after it (100%的学员)
    r"|(?:百分之百|百分百|100%)(?:的(?:人|学员|考生|同学|学生))?"
    # (session 59, review46) or said of the one learner with 一定 (我们不敢保证一定考过, 不保证一定
    # 能通过): the same limit; a rival's, an answered or a turned one is read as above
    r"|一定"
    # (session 59, review51) or, after nobody's pledge, the bare 都 (没人敢保证都通过): nobody over all
    r"|(?:(?<=人敢保证)|(?<=人能保证)|(?<=人可以保证)|(?<=人能够保证))(?=都))"
    r"(?:都|全|全部|全都|也)?(?:能够?|可以|会)?(?:顺利|一次性?|一次就|第一次就)?"
    r"(?:通过|考过|过关|拿证|拿到[^，。]{0,5}?证|取证|及格|合格|上岸|过)"
    # the exam's pass, not an office's check (不能保证每个人都通过审核)
    r"(?!审|核|面)"
)
#: …not said of a rival (别家不能保证每个人都通过，我们能): the seller's foil (``silence._RIVAL_DISCLAIMS``'
#: words, and the other kinds of school a seller names).
#: (session 59, rivals) the shared rivals (``RIVAL_WORDS``): 其它家, 其它机构 and 别的店 were missing.
#: (session 60, review56) and a rival picked out (``RIVAL_PICKED_WORDS``: 那些中介, 某些机构).
_LIMIT_RIVAL = recache.compile(
    r"(?:" + RIVAL_WORDS + "|" + RIVAL_PICKED_WORDS + r")(?:都|也|的话)?$"
)
#: (session 60, review56) …unless the writer shares the rival's limit in its next clause (其它机构不能
#: 保证每个人都一次通过，本校也不能; 我们同样做不到): then it is the school's own limit as well.
_LIMIT_SHARED = recache.compile(
    r"[^。，]{0,8}[。，]+(?:我们|本校|我校|本店|本中心|本机构|咱们|我家|我司|本公司)"
    r"(?:也|同样|一样|也同样)(?:不能|不敢|做不到|无法|不保证|不承诺)"
)
#: …nor answered by the writer in the next clause (…？我们可以; …，本校保证，每位学员都能一次拿证;
#: 我们能！): the limit put in the reader's mouth. The answer is bare or goes on to the pass; a
#: school's 我们能保证的是课时 answers something else.
_LIMIT_ANSWERED = recache.compile(
    r"[^。，]{0,8}[。，]+(?:但|可|而)?"
    r"(?:(?:我们|我|本校|本店|本中心|本机构|咱们|咱家|我家|我司|我校|本公司)"
    r"(?:就|却|偏|偏偏|可|真|都)?(?:能够?|可以|敢|行|保证|承诺|做得到|能做到)"
    r"(?=[。，]|$|(?:保证|承诺|打包票|做到)?[^。，的]{0,8}?(?:包过|保过|通过|考过|一次过|都过|能过|拿证)"
    # (session 59, review45) or the pledge bare (本校可以打包票, 我们敢打包票)
    r"|(?:打包票|拍胸脯|写进合同|签合同)(?:[。，]|$))"
    # or a bare yes for the reader (当然能！; 能！; 没问题，…)
    r"|(?:当然|肯定|绝对|必须)?(?:能够?|可以|行|没问题)(?=[。，]|$))"
)
#: …nor turned to the writer's own promise or a refund on failing (…，但是包过; …，没过的全额退费):
#: the promise the limit pretends away.
_LIMIT_TURNED = recache.compile(
    r"[^。]{0,30}?，+(?:"
    # a promise in a later clause of the sentence, no denial or report word before it (…，二次包过;
    # …，但本校签协议包过), or one the writer turns to (…，但是可以保证一次拿证)
    r"(?:(?:但是?|可是?|不过|只是|然而)，?)?(?:(?![不没别勿信说称])[^。，]){0,6}?"
    r"(?:包过|保过|包拿证|保拿证|包通过|稳过|必过|一定过|一定能过|肯定过"
    # the seller's pass rate (但我们的通过率很高: GP-110's boast)
    r"|(?:通过率|过关率|通关率|上岸率|拿证率)(?:很高|非常高|极高|超高|高达|超过|达到?|九成|百分之九))"
    r"|(?:但是?|可是?|不过|只是|然而)，?(?:我们|本校)?(?:可以|能)?(?:保证|承诺|确保)"
    r"(?:一次|百分之百|百分百)?(?:通过|拿证|考过|能过)"
    # or a refund on failing (…，没过的全额退费; …，不过全退; …，但考试不通过的全额退学费)
    r"|(?:(?:但是?|可是?|不过|只是|然而)，?[^。，]{0,12}?)?(?:考试)?"
    r"(?:不过|没过|没考过|考不过|不通过|没通过|未通过)的?(?:学员|同学|话)?，?"
    r"(?:学费|费用|全款)?(?:全额|全部|全|如数)?(?:退|返还))"
)

#: (session 59, review45) …nor asked and answered with the writer's promise in the next sentence
#: (不能保证每个人都一次通过？在我们这不存在，包过; …？那是别家，我们包过; …。我们包拿证): the question
#: mark ends the sentence in normalized text, where ``_LIMIT_TURNED`` no longer reads. Only the
#: limit's own clause ending there, then a promise within two short clauses, with no denial or
#: report word before it in its clause (本校…一次通过。网上说包过的都是骗人的 / 所谓包过 / 包过班都是骗局
#: stay the school's).
_LIMIT_ASKED = recache.compile(
    r"[^。，]{0,6}。+(?:[^。，]{0,12}，+)?(?:(?![不没别勿信说称谓的敢])[^。，]){0,8}?"
    r"(?:包过|保过|包拿证|保拿证|包通过|稳过|必过"
    # (session 59, review51) or 一定过 said of the writer's own place (不敢保证一定考过？在我们这里一定
    # 过): review46's 一定 made the question a limit; a school's 只要认真学一定能过 names no place
    r"|(?:我们|我|本校|本店|咱们|我家|咱家)(?:这里?|这边|这儿|家)?一定(?:能|会)?(?:过|通过|考过|拿证))"
    r"(?![的班]|都是|是骗|是假)"
)


def quantified_limit(s: str, lo: int, hi: int) -> str | None:
    """A school's honest limit over its learners in normalized ``s[lo:hi]`` (不能保证每个人都一次
    通过; ``_QUANTIFIED_LIMIT``), or None: read like a disclaimer of the result, over its sentence
    by the silencing stage and the model's surfacing gate. Not one said of a rival, answered by
    the writer, or turned to the writer's own promise or refund-on-fail."""
    for m in _QUANTIFIED_LIMIT.finditer(s, lo, hi):
        if (
            (
                _LIMIT_RIVAL.search(s, max(0, m.start() - RIVAL_REACH), m.start())
                and not _LIMIT_SHARED.match(s, m.end())
            )
            or _LIMIT_ANSWERED.match(s, m.end())
            or _LIMIT_TURNED.match(s, m.end())
            or _LIMIT_ASKED.match(s, m.end())
        ):
            continue
        return m.group(0)
    return None


#: (issue 9, session 66, review109) A school saying teaching is all it does (我们只管教; 我们只是负责
#: 教学; 我们只管上课; 本中心只负责培训; 咱们只教不办): the school's own subject, then 只 (not 不只)
#: and a verb of teaching. fa29r listed four literal strings as the model's veto words; the reading
#: takes every such wording. The subject stands at its clause's start, so a buyer's 你们只管教吗 or a
#: seller's 别家只管教 is no school's line.
_TEACH_ONLY = recache.compile(
    r"(?:^|(?<=[。，,！!？?；;：:\s]))"
    r"(?:我们|咱们|本校|我校|学校|我们学校|本中心|我们中心|培训中心|本机构|我们机构)"
    r"(?:这边|这里|这儿)?(?:就|也)?(?<!不)只(?:是)?(?:管|负责)?"
    r"(?:教学|教课|教|上课|讲课|授课|培训|带班)"
)
#: ...not one asked (我们只管教？不，证也给你办好; 只管教吗), nor turned round later in its sentence to
#: the card done, the exam taken care of, the pass or the skip (我们只管教，证也给你办好; 我们只负责
#: 教，考试的事我们搞定; 证书我们包办): the seller's turn on the school's words.
_TEACH_ASKED = recache.compile(r"[^，,。]{0,4}?(?:[？?]|吗|么|嘛|(?:，|,)?不[，,])")
_TEACH_TURNED = recache.compile(
    r"办好|给你办|帮你办|替你办|我们办|只办|真证|(?<![不没])(?:能办|可以办|包办|代办)|搞定"
    r"|包过|保过|包拿|稳过|必过|不用考|不用本人|不用去|免考|无需考|直接拿|直接发"
    r"|私聊|私我|加v|加微|微信|vx|v信"
)
#: ...or the school saying it does none (不用考的证我们不办，必须考试; 我们这边也不办): fa29r's literal
#: 我们也不办 / 我们这边不办 read as the same phrase.
_WE_DO_NONE = recache.compile(
    r"(?:我们|咱们|本校|我校|本中心|我们学校|本机构)(?:这边|这里|这儿)?(?:也|都|一律|从来)?"
    r"(?:不办|不做|不接)(?![^，,。！!？?]{0,6}?(?:假|别的|其他))"
)
#: How far after the phrase the turn is looked for, within its sentence.
_TEACH_REACH = 40


#: (issue 9, session 66, review109) ...or the learners' cards earned one question at a time by
#: themselves (全靠自己一道题一道题练出来的; 都是自己一题一题考下来的): the EF rules' ``unless`` takes
#: 一题一题考 since fa29r; the model read the same line as a cheat. Not after 不用 / 免 (不用一题一题考).
_OWN_QUESTIONS = recache.compile(
    r"自己[^，,。！!？?]{0,4}?(?<![不用免无需])一(?:道)?题一(?:道)?题[^，,。！!？?]{0,3}?(?:练|考|做|学|背)"
)


def teaching_only(s: str, lo: int, hi: int) -> str | None:
    """A school's "we only teach" or "we do none" in normalized ``s[lo:hi]`` (``_TEACH_ONLY``,
    ``_WE_DO_NONE``), or its learners' cards earned one question at a time (``_OWN_QUESTIONS``),
    or None: read by the model's surfacing gate as its listed veto words were. Not one asked,
    nor one the writer turns to the card done or the skip later in its sentence
    (``_TEACH_TURNED``)."""
    for rx in (_TEACH_ONLY, _WE_DO_NONE):
        for m in rx.finditer(s, lo, hi):
            if _TEACH_ASKED.match(s, m.end()):
                continue
            end = s.find("。", m.end(), hi)
            rest = s[m.end() : min(hi if end < 0 else end, m.end() + _TEACH_REACH)]
            if _TEACH_TURNED.search(rest):
                continue
            return m.group(0)
    own = _OWN_QUESTIONS.search(s, lo, hi)
    if own is not None and not _TEACH_TURNED.search(
        s, own.end(), min(hi, own.end() + _TEACH_REACH)
    ):
        return own.group(0)
    return None


#: (session 57, left22) What stands between a warning word of the lexicon (切勿, 请勿购买 …) and the
#: candidate when the warning names where not to buy it (切勿|通过中介办理|免考电工证, 切勿|找黄牛买|…):
#: a route verb and the trader, in one clause.
#: (session 58, review41) and 去 / 到 / 经 / 委托 / 托 (切勿去中介那里办理…, 切勿委托中介办理…).
_ROUTE_GAP = recache.compile(r"(?:向|找|从|在|跟|通过|去|到|经|委托|托)[^。，？！,?!]{1,10}")
#: (session 61, review63) …or, after a warning not to trust (别信, 千万别信, 勿信), the trader whose skip it
#: is (别信中介的免考电工证，来我们这里办，不用考试): the same middleman named, the counter read as after 找.
#: (session 61, review68) 轻信 too, and the trader as another shop, a street flyer or 外面那些黄牛 (不要轻信
#: 中介的免考电工证; 别信街边小广告的; 别信其他家的).
_TRUST_WORD = recache.compile(r"(?:别|勿|不要|切勿|千万别|千万不要)(?:相|轻)?信$")
#: …the lexicon's bare 轻信 read as the whole warning it ends (不要轻信 / 请勿轻信 hold 轻信 too, and the
#: bare word's own candidate would silence what the whole one lets through).
_TRUST_HEAD_BEFORE = recache.compile(r"(?:别|勿|不要|切勿|千万别|千万不要)$")
_TRUST_GAP = recache.compile(
    r"(?:(?:那些|网上的?|外面的?(?:那些)?|街边的?|路边的?)?"
    r"(?:中介|黄牛|二道贩子|贩子|代办|别家|别人|外面|其他家|其他人|别的店|小广告"
    # (session 62, review73) the flyer's hand and the friends' feed (别信路边发传单的; 别信朋友圈里的)
    # (session 62, review78) the group named by its app (别信微信群里的)
    r"|发传单|发小广告|朋友圈里?|(?:微信|QQ|qq|抖音|快手)?群里"
    # (session 63, left35 and review82, joined by the lead) the video, shop or chat app itself
    # (别信抖音上的; 别信快手里的; 小红书上; 淘宝上; 微信上)
    r"|(?:(?:抖音|快手|小红书|闲鱼|视频号|微博|淘宝)(?:上|里)|(?:朋友圈|微信|QQ|qq)上))(?:那里|那儿|那)?"
    r"|网上|那些)"
    r"(?:的|说的|卖的|办的)?"
)


def _no_better_at(norm: str, m: re.Match[str]) -> bool:
    """Whether the writer's self-offer ``m`` (``_SELF_OFFERED``) only says it is no better
    (找我们也一样买不到): read from the offer's verb on, a few characters past it."""
    at = max(m.start(), m.end() - 6)
    return _NO_BETTER.search(norm, at, m.end() + 12) is not None


#: (issue 9, session 58, fa14) A warning word of the lexicon that names the route itself (千万别找
#: 中介, 别找人买, 不要找黄牛买): the candidate may follow it straight or after the errand's verb (办,
#: 买, 办理), as it follows 切勿 after the route (``_ROUTE_GAP``).
_ROUTE_IN_WORD = recache.compile(r"(?:找|向|从|跟|通过)[^。，]{1,3}$")
_ROUTE_TAIL = recache.compile(r"[^。，？！,?!]{0,4}")


def steered_warning(norm: str, warn_end: int, start: int, word: str) -> bool:
    """Whether the lexicon's warning word ``word`` ending at ``warn_end`` only steers the buyer
    from a middleman to the writer, as :func:`_steered` reads the negation: 切勿通过中介办理免考
    电工证，来我们这里价格低一半 is a seller's pitch, its 切勿 a warning word of the lexicon rather
    than a negation of the candidate (``_NEG_NEAR``), so the silencing stage asks here. Only where
    the warning names the route (通过 / 找 / 从 … a trader) right before the candidate; a regulator's
    切勿通过中介办理 followed by the lawful route (参加培训考试, 应急管理部门) still warns. (session 58,
    review41) The silencing stage also asks that the line sell after the candidate (a contact or
    a seller's call, :meth:`SellerLine.sells`): a school's 来我们这里的学员都是自己考下来的 or an
    office's 我们直接受理个人报名 offers itself with nothing sold."""
    if word == "轻信" and (
        head := _TRUST_HEAD_BEFORE.search(norm, max(0, warn_end - 6), warn_end - 2)
    ):
        word = norm[head.start() : warn_end]  # (session 61, review68) 不要轻信中介的…
    return (
        warn_end <= start
        and (
            _ROUTE_GAP.fullmatch(norm, warn_end, start) is not None
            or (
                _TRUST_WORD.search(word) is not None
                and _TRUST_GAP.fullmatch(norm, warn_end, start) is not None
            )
            or (
                _ROUTE_IN_WORD.search(word) is not None
                and _ROUTE_TAIL.fullmatch(norm, warn_end, start) is not None
            )
        )
        and _steered(norm, start, word)
    )


def _wanted(text: str, at: int, word: str) -> bool:
    """Whether the negation ``word`` at ``text[at:]`` is the middle of 要不要 / 需不需要: a seller
    asking whether the reader wants the thing (焊工的本本要不要 不用去考场 …) negates nothing.
    (能不能, 会不会 … ask about the promise itself, 问我能不能包过, and keep their negation; so does
    a question someone else asked, 他问我要不要….)"""
    return (
        word.startswith(("不要", "不需要"))
        and at > 0
        and text[at - 1] == word[1]
        and "问" not in text[max(0, at - 5) : at - 1]  # 他问我要不要…: someone asked, reported
    )


_CONCESSION = recache.compile(r"(?:不管|无论|不论)[^，,。！？!?]{0,4}$")


def _conceded(text: str, at: int, word: str) -> bool:
    """Whether the negation ``word`` at ``text[at:]`` is the middle of an A-not-A form in a
    concession (不管你会不会, 无论能不能): the character before it is the one it negates and
    不管/无论/不论 opens the clause."""
    return (
        len(word) >= 2
        and word[0] in "不没"
        and at > 0
        and text[at - 1] == word[1]
        and _CONCESSION.search(text, 0, at - 1) is not None
    )


def boilerplate(sentence: str) -> bool:
    """True for a platform's standing rule (see ``_BOILERPLATE``): a warning there covers its
    own sentence (a list of banned trades) but not the neighbouring sentence."""
    return _BOILERPLATE.search(sentence) is not None


@dataclass(frozen=True, slots=True)
class PageContext:
    """Page-level verdict shared by every source of one page (title, body, images)."""

    reason: str | None  # None, "official_host", "page:notice", "page:news"
    signs: tuple[str, ...] = ()
    host: str = ""


def page_context(
    original: str,
    notice_signs: dict[str, float],
    news_signs: dict[str, float],
    host: str,
    worn_number: Callable[[str, int, int], bool] | None = None,
) -> PageContext:
    """Decide whether the whole page is official, a regulator notice or a news report.

    ``notice_signs`` / ``news_signs`` map each sign found on the page to its weight (from the
    ``page_notice`` and ``page_news`` term sets); a page is a notice or news at weight 3, a
    document number alone counts 3.
    """
    if is_official_host(host):
        return PageContext("official_host", (host,), host)
    if any(k in _OFFICE_SIGNS for k in notice_signs) and _office_worn(original):
        # (issue 9, session 47, offices) the service centre's signs worn by a seller's page
        notice_signs = {k: w for k, w in notice_signs.items() if k not in _OFFICE_SIGNS}
    elif "窗口" in notice_signs and _not_a_counter(normalize(original).text):
        # (session 48, review3) the sign 窗口 only inside 窗口期 or a screen's 弹出窗口
        notice_signs = {k: w for k, w in notice_signs.items() if k != "窗口"}
    doc = DOC_NUMBER.search(original)
    # (session 42, mimic) a document number a seller puts on its pitch (〔2026〕7号 关于焊工证绿色
    # 通道办理的通知：…直接发证…名额有限，详询 177…): where it is the page's only notice sign and
    # the post under it sells with a private contact, it makes no notice of the page
    if (
        doc is not None
        and worn_number is not None
        and sum(notice_signs.values()) < 2
        and worn_number(original, doc.start(), doc.end())
    ):
        doc = None
    notice_w = sum(notice_signs.values()) + (3 if doc else 0)
    signs = tuple(sorted(notice_signs)) + ((doc.group(0),) if doc else ())
    if notice_w >= 3:
        return PageContext("page:notice", signs, host)
    if sum(news_signs.values()) >= 3:
        return PageContext("page:news", tuple(sorted(news_signs)), host)
    return PageContext(None, (), host)


#: A heading at the start of a line that wears a warning word: 【曝光】, 【内幕曝光】, #曝光#,
#: 揭秘｜, 曝光：, 真相来了：, 警惕！ (read on the original text: normalizing drops the marks).
#: (A repost's prefix may stand before it: 转发｜【曝光】…, 转载 | 曝光：….)
_HEAD_BEFORE = recache.compile(
    r"[ \t\u3000]*(?:(?:转载|转发|转帖|转自|分享|搬运)[^\n【】#：:，,。]{0,6}?[ \t\u3000|｜丨/：:]*)?"
    r"[【\[〖#（(]?[^\n【】\[\]〖〗#：:|｜丨，,。]{0,4}"
)
#: (issue 9, session 46, headlines) up to six characters between the word and its mark: a
#: 标题党 post's 曝光一个内部渠道：…, 揭秘一个方法：…; the post under it still has to sell.
_HEAD_AFTER = recache.compile(
    r"[^\n【】\[\]〖〗#：:|｜丨，,。]{0,6}(?:[】\]〗#）)]|[ \t]*[：:|｜丨!！])[ \t\u3000]*"
)
#: Warning words that head a column (an exposure report's or an evader's disguise of one; a
#: seller's SMS heads its pitch 【通知】 as readily as an office its notice).
_HEADING_WORDS = frozenset(
    {"曝光", "揭秘", "提醒", "提示", "警惕", "警示", "防骗", "真相", "辟谣", "通知"}
)
_BLANK_LINE = recache.compile(r"\n[ \t\u3000]*\n")
#: (session 42, lead) A notice's own title worn by a seller: 关于…特种作业操作证免考换发的通知：
#: 凡需办理…无需参加考试…联系电话 139…, or a bare 通知 that opens the line (通知 根据上级文件
#: 精神，本年度焊工证…交费即可发证…详询 v：…). A regulator's notice is titled the same way, so
#: the title only stops warning where the post under it carries a private contact or a seller's
#: call, as a worn 【通知】 does; an office's landline is no contact (contacts.py).
#: (session 42, mimic) The title may follow a document number (〔2026〕7号 关于…的通知) or be a
#: short label of the seller's own (证书年审通知, 官方通知, 接考务中心通知): a short run with no
#: punctuation and no word of a fake (假, 骗, 冒), read only where the post under it sells.
_NOTICE_TITLE = recache.compile(
    r"[ \t\u3000【\[]*(?:[〔\[（(]\d{4}[〕\]）)]第?\d{1,4}号[ \t\u3000]*)?"
    # (issue 9, session 46, notices) the title's kind after its 的: 关于…的补充通知, 的补充说明通知,
    # 的紧急通知 (a seller's as readily as an office's; the post under it decides)
    r"(?:关于[^\n。！？!?；;“”\"]{2,48}的(?:补充说明|补充|紧急|重要|最新)?"
    r"|[^\s。！？!?；;：:“”\"，,、〔〕假骗冒诈伪]{0,10})"
)
_NOTICE_AFTER = recache.compile(r"[】\]]?[ \t\u3000：:!！]*\n?")
_NOTICE_WORDS = frozenset({"通知"})
#: (issue 9, session 44, govqa) A reminder's salutation worn by a seller posing as an office or
#: its hotline (12345热线工作人员提醒您：…考场有自己人，交钱稳过，回电 …): the reminder word
#: addressed to the reader (提醒您, 提示您) after a short name that opens the line. An office's
#: own 提醒您 warns of the trade; it only stops warning where the post under it sells, as a
#: worn notice title does (``_sells_under``).
_REMIND_WORDS = frozenset({"提醒", "提示"})
_REMIND_TITLE = recache.compile(r"[ \t\u3000【\[]*[^\s。！？!?；;：:“”\"，,、〔〕假骗冒诈伪]{2,20}")
_REMIND_AFTER = recache.compile(r"您[ \t\u3000]*[：:][ \t\u3000]*")
#: What a seller's notice sells and an office's never writes of itself: agency, payment for
#: the paper, the paper's checkability, scarcity. An office's notice on renewal (到期换证…无需
#: 重新考试，咨询：张老师 138…) has a contact too and stays a notice. (Normalized text.)
_NOTICE_SELLS = words_regex(
    {
        normalize_term(w)
        for w in (
            "代办",
            "代为办理",
            "代理办理",
            "帮办",
            "交费即可",
            "交钱",
            "交钱即可",
            "付款即可",
            "缴费即可",
            "包过",
            "保过",
            "包拿证",
            "可查",
            "官网可查",
            "网上可查",
            "名额有限",
            "内部名额",
            "加急",
            "当天出证",
            "三天出证",
            "直接出证",
            "直接发证",
            # (session 42, mimic) the seller's call and promise under a worn title, and the fee
            # of a fake recall (证书需重新认证…认证费 380 元): an office neither calls to a private
            # chat nor charges for a review by SMS
            "直接下证",
            "发给我",
            "私我",
            "私聊",
            "私信",
            "找我",
            "保证通过",
            "不过全额退",
            "不过退",
            "退全款",
            "内部资料",
            "认证费",
            "核验费",
            "年审费",
            "录入费",
            "激活费",
        )
    }
)
#: (issue 9, session 46, notices) The result promised in the notice's own voice (本中心保证一次
#: 通过, 考试包过, 考不过全额退费, 不用参加考试 直接发证, 内部名额): an office's notice states the
#: procedure (考试合格的方可发证, 无需重新考试 on renewal, 未通过的可报名补考) and never promises
#: the result. Read on normalized text with the quotations gone (a warning quotes the promise).
_NOTICE_PROMISE = recache.compile(
    r"包过|保过|稳过|包通过|包考过|包拿证|包考试通过|考试通过包"
    r"|(?:保证|承诺)(?:学员)?(?:一次性?|全部|全都|百分之百|100%|顺利)(?:通过|拿证|考过|过关)"
    r"|保证(?:通过|拿证|考过|过关)"
    # (session 47, review) the money given back (退费, 退钱, 全额退, 退还学费), never 不退 (未通过者
    # 不退培训费: the opposite) nor papers sent back (审核不通过的，退回重新提交)
    r"|(?:考不过|通不过|不通过|未通过者|没通过|过不了|拿不到证)[^。！？!?\n]{0,6}?"
    r"(?:(?<![不概])(?:退(?:费|款|钱|学费|全款|一半)|退还(?:全部|全额)?(?:学费|费用|培训费|报名费)|全退)"
    r"|不收|免费)"
    r"|(?:不用|无需|无须|免)(?:参加)?(?:任何|理论和实操的?)?考(?:试|核)|免考"
    # (session 47, review) the paper straight after a pass (复审合格后直接下证, 考试合格的直接发证)
    # is the office's procedure; a seller's 直接发证 follows 不用考试
    r"|(?<!合格)(?<!合格的)(?<!合格后)(?<!合格者)(?<!通过后)直接(?:发证|出证|拿证|下证|录入)"
    r"|内部(?:名额|题库)"
)
#: (session 47, review) The holder spared the visit (本人无需到场): a promise only where no online
#: route is named, for that is the office's own service (网上办理，本人无需到场; 登录平台下载电子
#: 证书); a seller's notice that says it with an online route still has its 不用考试 to show.
_NOTICE_ABSENT = recache.compile(r"(?:人|本人)(?:不用|无需|无须)(?:来|到场)")
_NOTICE_ONLINE = recache.compile(r"网上|线上|在线|登录|下载|电子证")
#: What turns a notice's promise words into its warning or report of them (凡称…均为诈骗, 本校不承诺,
#: 不存在内部名额, 谨防, 冒用我局名义, the regulator's 不得承诺): no seller's notice writes these.
_NOTICE_WARNS = recache.compile(
    r"涉嫌|违法|违规|违反|查处|立案|被骗|受骗|骗取|诈骗|骗子|警方|公安|报警|罚款|处罚|虚假|假证|"
    r"假冒|伪造|冒充|冒用|不法|投诉|举报|法院|被告|判决|责令|曝光|调查发现|宣称|声称|号称|谎称|"
    r"谨防|当心|警惕|上当|凡称|所谓|轻信|不可信|不承诺|不存在|不得|声明|从未|核实"
)
#: (issue 9, session 48, review3) Words holding a warning word that warn of nothing, blanked
#: before ``_NOTICE_WARNS`` is read: the seller's own boast that its paper checks out (证书可核实,
#: 支持官网核实, 欢迎核实), its 郑重声明 / 特别声明 / 免责声明 above the pitch, and the exam door's
#: rule 不得入场 (an office sign, ``terms/notice_office.yaml``, that a seller's page wears as
#: readily). An office sends the reader to check (请到窗口核实, 可向发证机关核实: the place comes
#: first) and its statements against impostors say 从未委托, 冒用 or 不法分子 besides.
_NO_WARNING = recache.compile(
    r"(?:可以?|能|支持|欢迎|随时)(?:上|到|在)?(?:官网|网上|网站|系统)?(?:查询)?核实"
    r"|(?:郑重|特别|免责)声明|不得入场"
)
#: (session 47, review) The holder sent to the office's counter with the old card or an id
#: (复审无需考试，持原证到窗口办理; 证书遗失的，携带身份证到窗口申请补发): an office's renewal or
#: replacement notice says 无需考试 as procedure and gives its landline; a seller's notice sells
#: the paper without the visit (不用到场) and never sends the buyer to a counter.
#: (session 48, review3) Not a time window (窗口期) nor a screen's (弹出窗口, 聊天窗口): a
#: seller's 窗口期只剩三天 sends nobody to a counter.
_COUNTER_WINDOW = r"(?<!弹出)(?<!聊天)(?<!对话)(?<!私信)(?<!浏览器)窗口(?!期)"
_NOTICE_COUNTER = recache.compile(
    _COUNTER_WINDOW
    + r"|政务服务|(?:持|携带|带上?)(?:本人)?(?:原证|旧证|原件|身份证|证书原件|有效身份证件)"
)
_OFFICE_WINDOW = recache.compile(_COUNTER_WINDOW)
#: The everyday windows ``_COUNTER_WINDOW`` leaves out (窗口期, a screen's 弹出窗口).
_EVERYDAY_WINDOW = recache.compile(r"窗口期|(?:弹出|聊天|对话|私信|浏览器)窗口")


def _not_a_counter(whole: str) -> bool:
    """(session 48, lead) Whether the page's sign 窗口 is only an everyday window: one is read
    and no counter is. The signs are found on the normalized head, which reaches further into
    the page than the original head read here, so a 窗口 this text does not hold at all is kept."""
    return _EVERYDAY_WINDOW.search(whole) is not None and _OFFICE_WINDOW.search(whole) is None


#: (session 48, review3) What an office's 无需参加考试 is said of: the paper renewed, extended,
#: exchanged or replaced (复审, 延期, 换发, 补办, 遗失). A page that waives the exam for a new
#: paper (焊工证新办无需参加考试，携带身份证来报名) sells, whatever counter and fee field it names.
_OFFICE_RENEWAL = recache.compile(
    r"复审|复训|延期|延续|换证|换发|换领|换新|补证|补办|补发|遗失|损毁|变更"
)
#: (issue 9, session 47, offices) The service centre's own signs (``terms/notice_office.yaml``,
#: ``terms/notice_office_guide.yaml``: 政务服务中心, 窗口, 携带原证, 承诺时限): an office's renewal,
#: replacement and exchange notice says 无需参加考试 as procedure, in its own voice, with its
#: landline and counter. They make no notice of a page that wears them to sell (``_office_worn``).
_OFFICE_SIGNS = frozenset(
    t
    for name in ("notice_office", "notice_office_guide")
    for w in term_words(name)
    for t in (w, normalize_term(w))
)


#: (issue 9, session 48, lead) The trade's own colloquial promise (免考, 不用考, 直接拿证; its
#: 包过, 保过, 包拿证 are ``_NOTICE_SELLS``'): an office writes 无需参加考试 or 免于考核 as
#: procedure, never the buyer's word for the result, so a page wearing the office's signs with
#: it sells even when it names a counter and a landline (政务服务中心窗口告示：电工证复审免考，
#: 携带身份证到窗口，当天领证 咨询 0531-…). (session 48, review3) Not the 考 of another word
#: (不用考虑, 免考核: ``segment.NOT_EXAMS``).
_NOT_EXAM_NEXT = "".join(sorted({w[1] for w in NOT_EXAMS}))  # 虑 of 考虑, 核 of 考核 …
_NOTICE_COLLOQUIAL = recache.compile(rf"(?:免|不用)考(?![{_NOT_EXAM_NEXT}])|直接拿证")
#: (session 48, review3) The holder sent with the old card (持原证, 携带原证): an office's hotline
#: or message-board answer says 复审不用考试 / 可以免考 as plainly as a seller, and asks for the
#: card it renews; a seller dressed as the office asks for an id (携带身份证到窗口，当天领证).
_OLD_CARD = recache.compile(
    r"(?:持|携带|带上?)(?:本人)?(?:的)?(?:原证|旧证|证书原件|原操作证|原件)"
)
#: (issue 9, session 48, review3) What the notice's word lists must not read: the trade's 保过 /
#: 包过 inside everyday words (确保过程, 担保过, 打包过来, 礼包过期), and the paper straight after
#: a pass (复审合格后直接下证, 合格的直接出证: the office's procedure, as ``_NOTICE_PROMISE``
#: reads it; ``_NOTICE_SELLS`` lists the bare 直接出证 as the seller's). Blanked before reading.
_NOTICE_NOT_TRADE = recache.compile(
    r"[确担]保过|[打邮礼红背钱]包过"
    r"|(?:合格|通过后)(?:的|后|者)?(?:即可|就可以?|便可|可)?直接(?:发证|出证|拿证|下证|录入)"
)


def _notice_claims(text: str) -> str:
    """``text`` normalized, its quotations (a warning quotes the promise) and the words that
    are not the trade's (``_NOTICE_NOT_TRADE``) blanked: what a notice's seller words are read on."""
    return _NOTICE_NOT_TRADE.sub(" ", normalize(QUOTATION.sub(" ", text)).text)


def _notice_warns(whole: str) -> bool:
    """Whether the normalized ``whole`` warns of the trade or reports it (``_NOTICE_WARNS``),
    the words that only hold a warning word (``_NO_WARNING``) aside."""
    return _NOTICE_WARNS.search(_NO_WARNING.sub(" ", whole)) is not None


def _office_worn(original: str) -> bool:
    """(issue 9, session 47, offices) Whether a page wearing the service centre's signs sells:
    a word of the trade (``_NOTICE_SELLS``: 代办, 可查, 三天出证, 私聊), or the result promised
    in its own voice (``_NOTICE_PROMISE``: 不用考试, 免考) with a private contact (a mobile or a
    WeChat id: an office gives its landline) or with no counter to come to (the office's
    无需参加考试 sends the holder to its window with the old card) or for a new paper (the
    office's is said of a renewal or replacement: ``_OFFICE_RENEWAL``). A page that warns of the
    trade (``_NOTICE_WARNS``) wears nothing. The trade's colloquial promise (``_NOTICE_COLLOQUIAL``)
    is worn whatever counter the page names, unless the page asks for the old card (``_OLD_CARD``:
    an office's plain answer). (session 48, review3) The words are read with the
    everyday ones that hold them and the procedure after a pass blanked (``_notice_claims``),
    the warning words without those that only hold one (``_notice_warns``)."""
    from lexicon.contacts import contact_spans

    whole = normalize(original).text
    if _notice_warns(whole):
        return False
    flat = _notice_claims(original)
    if _NOTICE_SELLS.search(flat):
        return True
    if _NOTICE_COLLOQUIAL.search(flat) and not _OLD_CARD.search(whole):
        return True
    if _NOTICE_PROMISE.search(flat) is None:
        return False
    return (
        bool(contact_spans(flat))
        or _NOTICE_COUNTER.search(whole) is None
        or _OFFICE_RENEWAL.search(flat) is None
    )


#: How far down the page a seller's document number may stand (its pitch is short).
_NUMBER_TOP = 80
#: How much of the post under a heading is read for a seller's cue.
_HEAD_REACH = 160
#: The writer turning from a warning to its own offer, a clause or two after the warning word:
#: 网上骗子太多，认准我们，…; 都说办证是骗局，我们是实体店，…; 有人说包过是骗人的，我们敢签合同：…;
#: 问：能不考直接拿吗？答：可以，找我…; 明年要严查了，趁现在还能办，…私聊. (Read on the original text, within ``_PIVOT_REACH``.)
#: The seller speaking of itself (``terms/self_speaker.yaml``).
_SELF_WORDS = "|".join(term_words("self_speaker"))
#: (issue 9, session 47, asr) The viewers a host hails between its words (家人们, 宝子们).
_HAILED = "宝子们|家人们|老铁们|兄弟们|姐妹们|朋友们|各位"
#: An answer's label (答：, 回复：, A：, 最佳答案：). (session 53, review16) With a shop's own
#: (客服：, 卖家：, 店主：…) and a numbered one (答1：, 客服2：): the seller answering the question
#: in its chat (叉车证能办吗\n客服：可以的，免体检 …) turns from the question as 答： does; read
#: only with 答, its 办吗 stayed the buyer's question and the offer under it went silent.
#: (issue 9, session 64, review94) The letter label in every width (Ａ：/ ａ：, as ``posts._QA_LETTER``
#: reads it): Ｑ：焊工证免考能办吗？⏎Ａ：能办，不用考试，电话 … is the seller's turn as under A：.
_ANSWER_LABELS = r"(?:答|回复|回答|答复|回覆|答覆|客服|卖家|商家|店家|店主|掌柜|小二)\d?|[AaＡａ]|(?:最佳|推荐|采纳)(?:答案|回答)"
#: (issue 9, session 64, review94) A FAQ's bracketed answer label with no colon (【答】, 【回答】), which
#: ``posts._LABEL`` splits the posts by since review84: its yes turns from the question as 答： does
#: (【问】焊工证可以不考试拿吗？⏎【答】可以，交钱就行，QQ …).
_BRACKET_ANSWER = r"【(?:答|回答)】"
#: (issue 9, session 55, fa8) The owner's label a shop answers under (问：健康证能办不\n老板：能办，…):
#: an answer's label only where its yes follows (``_PIVOT``, ``_NEXT_ANSWER``), since 老板 is also
#: whom a report or a buyer names. (session 55, review26) With 老板娘 and 店老板: the same shop's
#: owner under the chat name it goes by (叉车证能办吗\n老板娘：能办，…), its yes lost otherwise.
_OWNER_LABEL = r"(?:店?老板娘?|店?老闆娘?)"
#: (issue 9, session 54, left15) The classes a school sells its pass promise in (协议班, 保障班, 签约班).
_PREMIUM_CLASS = r"(?:协议|保障|签约|保过|包过|保录|退费)"
#: (issue 9, session 60, review55) The writer's term of sale that pays after the paper (先出证后付款,
#: 先办证后付款, 拿证后再付款, 办好再付款): nobody but the seller of the paper offers it.
_PAID_AFTER_WORDS = (
    r"先(?:出证|办证|拿证|下证|办|出)(?:后|再)(?:付|交|给|收)"
    r"|(?:出证|办证|拿证|下证|办好|办完|拿到证)(?:后|以后|之后)?再?(?:付|交|给|收)(?:款|钱|费|尾款|全款)"
)
#: …the turn's line opening with it: the writer offers the paper named in the rivals' clause
#: (网上办电工证先交定金的全是骗局，我们先出证后付款，加v), so a candidate before the turn is sold too.
_PAID_AFTER = recache.compile(
    r"[，,；;：:！!。\s]*(?:"
    + _SELF_WORDS
    + r"|我这|我家|咱家)?(?:这里|这边)?(?:是|都是|一律|全部)?"
    r"(?:" + _PAID_AFTER_WORDS + r")"
)
#: (session 64, review96) The trust denied right after an answer's 当然, past a comma (当然，不可靠;
#: 当然，不靠谱): what ``(?![不没否])`` already refuses when it follows 当然 at once. Not 当然是假的,
#: whose call after it the sellers' reversal reads (是真的吗？当然是假的，想办的评论区扣1私发).
_FAKE_SAID_AFTER = r"(?:不靠谱|不可靠|不可信|不能信|不是真的)"
#: (issue 9, session 67, hedge2) What a seller's "but" sells after quoting the rule against the pass
#: (包过是违规的，但是叉车证报我们的班稳过; 客服：包过是违规的⏎客服：不过我们有内部名额): the pass or the
#: backstage channel claimed, a few characters on in the turn's clause. A school's "but" goes on to
#: its course (不过我们的课程讲得细), which names none of these; a turn still sells only with a contact
#: or a call on its line (``Disowning.holds``).
_BUT_BACKSTAGE = (
    # (issue 9, session 67, review111) no negation, doubt or 谁 / 所谓 / 怎么 between the turn and the
    # claim (但是谁也不能保证你过; 也不一定稳过; 但是所谓内部名额…), not the pass one only wishes for
    # (想稳过就得多练), and not the claim called a fraud or named as what is earned (稳过的方法是多练;
    # 考场有人这种话别信): a school's "but" says these, and its line gives its enrolment contact too
    r"(?=(?:(?!不(?!管|论|用))(?!所谓|怎么|哪)[^。！？!?；;\n没无别未非谁]){0,16}?"
    r"(?<![不没别无未])(?<!没有)(?<!什么)(?<!哪有)(?<!想)(?<!想要)"
    r"(?:稳过|必过|包你过|保你过|保证你过|肯定过|内部名额|内部渠道|考场有关系|没人挂|没有一个没过|报了就稳"
    # (issue 9, session 68, sold3) not the cheat the school warns of (不过考场有人作弊会被取消成绩),
    # and the exam room's insider in the writer's own name (不过考场有我们的人); a school's 考场有我们的
    # 老师带队 names a teacher, not 人
    # (issue 9, session 68, review117) nor the room's invigilator every exam has (不过考场有人监考，作弊
    # 一律取消成绩), nor the exam point's own staff who watch the room and punish the cheat (考场有我们的人
    # 巡考，作弊一律取消成绩); 考场有自己人监考，放心 says nothing against cheating and still sells
    r"|考场有人(?!作弊|替考|舞弊|违纪|被抓|被查|监考|巡考|巡视|巡查|录像|监控)"
    r"|考场(?:里|上)?有(?:我们|咱们|自己)的?人(?!带队|陪同|引导|接送)"
    r"(?!(?:巡考|监考|巡查|巡视|值守)[，,\s]*(?:作弊|违纪|舞弊|替考|全程|严|一律|发现)))"
    # (issue 9, session 68, review117) not the pass said not to come (不过光看视频肯定过不了; 但是只背
    # 题库稳过不了): the school's "but" warns the learner, it promises nothing
    r"(?!不了|不去)"
    r"(?![^，,。]{0,6}?(?:骗|假的|忽悠|别信|不可信|谣言|这种话|这种说法|的?(?:方法|办法|关键|秘诀|诀窍))))"
)
#: (issue 9, session 67, review111) The writer's own name right after a warning turning only to deny
#: the backstage channel or the promise (包过是违规的，但是我们没有内部名额，考试靠自己，报名加v …; 包过属于
#: 违规宣传，本校不承诺，咨询加v …): a school's answer, whose enrolment contact was read as the turn's sale
#: once ``_PIVOT`` took its name for the seller's turn. 我们没有中介费 names no channel: still a turn.
_SELF_DENIES = (
    r"(?!(?:这边|这里|这儿|家)?(?:也|都|根本|从来|绝对|确实|真的|可)?"
    r"(?:(?:没有|没|不存在|无|不搞|不走|不做|不卖|不找)(?:什么|任何|所谓的?|那种)?"
    r"(?:内部|考场|关系|后门|门路|名额|包过|保过|稳过)"
    r"|不(?:承诺|保证|敢保证|敢承诺|包过|保过))"
    # ... unless the clause runs on to a "but", a refund or a promise after it (我们不承诺包过，但是考
    # 不过全额退款，加v: a seller's guarantee in other words)
    r"(?![^。！？!?\n]{0,20}?(?:但|可是|不过|退|包|保|稳过|必过|内部)))"
)
_BACKSTAGE_AHEAD = recache.compile(_BUT_BACKSTAGE)
#: (issue 9, session 68, sold3) The wink that closes a warning as the seller's turn (包过这种话属于违规，
#: 结果你懂的，报名加v …): what the writer cannot print, it lets the reader guess. Read as a turn by
#: ``_PIVOT``, so its line still sells only with a contact or a call (某机构打出包过的广告属于违规，结果
#: 你懂的，被罚了五万 gives none).
_WINK = (
    r"结果(?:嘛|呢)?[，,\s]*(?:你懂的?|懂的都懂|你明白的?)"
    # (issue 9, session 68, review117) not the wink that closes a story of what was lost (我表哥信了，
    # 结果你懂的，证没拿到钱也没了，想走正规报名的私我; 结果你懂的，联系不上了): a forum user's, whose call
    # is to lawful enrolment; the seller's wink goes on to the call (结果你懂的，有意者私聊)
    r"(?!的?[，,。！!\s]*[^，,。！!？?\n]{0,10}?(?:没了|不退|退不|打不通|联系不上|找不到|跑路|跑了|不见了"
    r"|被骗|骗|假的|水漂|没拿到|拉黑))"
)
#: (issue 9, session 68, sold3) A turn straight into the pass or the inside channel (``_BUT_BACKSTAGE``)
#: or the wink (``_WINK``) after a warning the candidate stands in (焊工证包过属于违规宣传，不过报我们这个班
#: 稳过，加v …; 叉车证保过属于违法宣传，但报我们这期肯定过，私我): the writer names the certificate and its
#: pass, calls the promise unlawful and sells it in the next clause, so the warning is its foil and
#: covers the candidate before the turn, as ``_OUTBID_TURN`` reads the same thing offered cheaper.
#: A regulator's or a school's "but" goes on to a hotline, the lawful route or its course and names
#: none of these; the turn's line must sell all the same (``Disowning.holds``).
_PASS_TURN = recache.compile(
    # (issue 9, session 69, sold4) and the other turn words a seller writes the same way (然而 / 只不过 /
    # 话说回来: 电工证包过属于违规宣传，然而报我们这期稳过，私我); they too only turn into the pass, the
    # channel or the wink here, and a school's 然而我们的理论课讲得细 names none of these
    r"(?:[，,；;。！!\s]*(?:但是?|可是?|不过|然而|只不过|话说回来)|(?<=但是|可是|不过|然而)|(?<=[，,\s]但))"
    r"[，,\s]*"
    r"(?:说实话[，,\s]*)?" + _BUT_BACKSTAGE + r"|[，,；;。！!\s]*" + _WINK
)
_PIVOT = recache.compile(
    # (a quotation may close first: 网友留言：“……还能办吗？”回复：能，…)
    r"[，,；;：:！!。？?…\s][”’」』\"'\s]*(?:但是?|可是?|不过|而|其实|所以|放心)?[，,\s]*"
    # (issue 9, session 65, review104) 跟 too: the victim story's close 上当过一次才知道，外面的都是
    # 假的，跟我们学稳过，加v … turns to the writer as 来我们这 does; still sells only with a call
    r"(?:(?:认准|只有|只找|就找|请找|找|选|来|跟)?"
    # (issue 9, session 55, fa8) or the shop's 我家 (外面的包过都是空话，我家电工证合同写明保过): only
    # here, after a warning's clause; a turn still sells only with a contact, call or written pledge.
    # (session 55, review26) The shop's other names for itself too (咱家, 咱这, 俺们, 我校): once
    # 都是空话 warns, 外面的包过都是空话，咱家签合同保过 turns only where its name is read here
    rf"(?:{_SELF_WORDS}|我这|我家|咱家|咱这|俺们|俺家|俺这|我校)"
    # (issue 9, session 67, review111) not the name that goes on to deny the channel or the promise
    + _SELF_DENIES
    +
    # (issue 9, session 67, hedge2) or a "but" straight into the pass or the channel claimed, no
    # self word before it (包过属于违规宣传，但是叉车证报我们这个班稳过，私我)
    r"|(?<=但是|可是|不过)"
    + _BUT_BACKSTAGE
    + r"|(?<=[，,\s]但)"
    + _BUT_BACKSTAGE
    # (issue 9, session 69, sold4) or the other turn words straight into the pass or the channel
    # (然而报我们这期稳过; 只不过来我们这学的都稳过; 话说回来，考场有我们的人): only into these, not into the
    # writer's name as the words above, so a school's 然而我们的课讲得细，报名私我 finds no turn here
    + r"|(?:然而|只不过|话说回来)[，,\s]*(?:说实话[，,\s]*)?"
    + _BUT_BACKSTAGE
    # (issue 9, session 68, sold3) or the wink after the warning (…属于违规，结果你懂的，报名加v …)
    + r"|"
    + _WINK
    + r""
    # (issue 9, session 58, fa14) or the maker the seller poses as (千万别找中介买证，直接找厂家，…加v),
    # as review37's steering reads it (``_SELF_OFFERED``); a turn still sells only with a contact or call
    r"|(?:直接)?(?:找|联系)(?:厂家|源头)"
    # or the writer speaking up for itself (很多人担心是骗子，我直说：…; 怕被骗？我说句实话：…)
    r"|我(?:直说|直接说|实话实说|说实话|说句实话|说句老实话|明说|跟你说|跟大家说|告诉你|告诉大家)"
    # (issue 9, session 45, victims) or the shill's "later" after its own loss, the shop it
    # then used (被骗了四百，后来在这里办的，…; 后来在我这办的) and the ex-victim turned seller
    # (知道哪些是骗子，现在自己做这行，…; 被骗后…，现在专门帮大家…)
    r"|(?:后来|现在|如今)(?:是|就)?(?:在|找|到)(?:这里|这儿|这边|这家|我这|我们这|我们家)"
    r"|(?:现在|后来|如今|所以)我?(?:自己|专门)(?:做|干|开|帮|接|办)"
    # an answer under a question's label: 答：, 回复：, 回答：, A： (the writer's own FAQ or reply)
    # (session 40, seo: a Q&A site's 最佳答案：, 推荐答案：)
    r"|(?P<answer>(?:(?:"
    + _ANSWER_LABELS
    + r"|"
    + _OWNER_LABEL
    + r")[：:]|"
    + _BRACKET_ANSWER
    + r")\s*"
    r"(?:可以|能|当然|没问题|行|有"
    # (issue 9, session 67, hedge2) or the same speaker's next line turning from the rule it quoted
    # (客服：包过是违规的⏎客服：不过我们内部有名额，稳过，私聊): its "but" answers the question as a yes
    r"|(?:不过|但是?|可是?|其实)[，,\s]*(?:说实话[，,\s]*)?" + _BUT_BACKSTAGE + r")"
    # or the writer's own answer straight after the question mark (能不考直接拿吗？能！加V …);
    # (session 40, seo) a search-bait FAQ sets a dash between (…也能拿吗？——能，都能 …)
    # (session 57, review38) or its reassurance there (焊工证能办吗？放心，不用考，加v…), as the
    # shop's chat turn says it (silence._CHAT_YES_AFTER); 放心地告诉你 opens a statement
    # (session 58, review40) also 您放心 / 请放心 / 绝对放心; but not a reassurance that goes on to
    # deny the trade or name the lawful route (放心，不用考的证都是假的，我们只做正规培训; 放心，正规途径
    # 必须本人考试): a school's answer, whatever contact its line gives
    r"|(?<=[？?])[—－―–~～-]*(?:可以|能|没问题"
    # (session 64, review96) 当然 set off by a comma before the fake verdict is no yes (焊工证三天出证
    # 靠谱吗？当然，不可靠！考试合格后二十个工作日出证，报名电话 …: the school's answer), as 当然不靠谱
    # is not (the lookahead after the group); 当然，不用考 stays the seller's
    r"|当然(?![，,！!。\s]*" + _FAKE_SAID_AFTER + r")"
    r"|(?:您|你|请|绝对|尽管|完全)?放心(?!地|的?告诉|的?说)"
    # (session 59, review47) less the seller's own vouching that shares the words (正规渠道, 假一赔十,
    # 绝不骗人, 不用本人考, 不存在查不到): 放心，不用考，正规渠道，加v… is the seller's yes
    r"(?![^。？?！!\n]{0,24}?(?:"
    + _FAKE_CALLED
    + r"|"
    + _CHEAT_CALLED
    + r"|"
    + _CANNOT_CALLED
    + r"|违法|违规|必须|正规(?!渠道(?![^，,。]{0,4}(?:报名|考|培训))|证|出证|可查|有效)|"
    + _NONE_CALLED
    + r"|没有免|按规定|(?<!不用)(?<!无需)(?<!不必)(?<!不要)(?<!不需要)本人(?:考|参加))))"
    r"(?![不没否]))"
    # or the writer's own urgency after a warning it cites as a reason to buy now: 听说明年要
    # 严查了，趁现在还能办，…私聊
    r"|趁现在|趁早|趁着|抓紧|赶紧|赶快|速来|要的抓紧|需要的抓紧|有需要的"
    # (session 58, left24) or the regulator's words for the channel claimed bare, a clause of their
    # own (别信中介，官方渠道，焊工证免考拿证，v…); a regulator's 官方渠道只有一个 / 正规渠道才能… runs on
    r"|(?:正规|官方)渠道(?=[，,！!\s])"
    # or a call on the readers who need the thing (本群禁止发广告，不过需要登高证的可以私我)
    r"|需要[^，,。！？!?\n]{0,8}的(?:朋友|工友|同学|老乡)?(?:可以|可|请|就|直接)?"
    r"(?:私|加[我vV微威薇]|找我|滴我|戳我|扣我|留言))"
    # (session 38, asr) a transcript's turn with no comma before it (千万别信但是咱们家不一样…
    # 扣个想要): 但是 / 可是 straight into the seller speaking of itself
    rf"|(?<=[\u4e00-\u9fff])(?:但是|可是)(?:{_SELF_WORDS}|我这)" + _SELF_DENIES +
    # (issue 9, session 47, asr) or the host contradicting the warning it quotes, the viewers
    # hailed between (有人说不用考试的都是骗子不是的啊宝子们我们家就是……私信我)
    rf"|(?<=[\u4e00-\u9fff])不是的[啊呀哈哦]*(?:{_HAILED})?(?:{_SELF_WORDS}|我这)"
    # or turning after a spoken clause's end, its particle or the viewers hailed (骗子太多了啊家人们
    # 咱们家…; 被骗的很多哈那个我们这边…)
    rf"|(?<=[\u4e00-\u9fff])(?:[啊呀哈哦啦]+(?:{_HAILED})?|{_HAILED})(?:那个)?(?:{_SELF_WORDS}|我这)"
    # (session 44, penalty) or the seller answering the crackdown it names, with or without a
    # clause mark: business as usual (专项整治期间照常出证，…私聊; 最近严打，我们照样办) or only
    # for friends now (最近严查，只接熟人介绍，…加微信); still only where the line after it sells
    r"|照常(?:出证|办理|办|接单|发货|下证|拿证|出|接)|照样(?:办|出|接|拿)|照旧(?:办|出|接)"
    r"|只接熟人|只做熟人|熟人介绍才|老客户介绍才"
    # (session 45, inspect) or the fine named as the reason to buy, then the seller's call: 安监来查
    # 没证罚款 找我办 当天拿; still only where the line after it sells
    r"|找我(?:办|弄|拿|买)"
    # (issue 9, session 54, left15) or the school's dearer class the promise is kept for (不承诺通过，不过
    # 报协议班的包过; 普通班不保证，报保障班的包拿证): still only where that class's promise is put in
    # its terms after it (``_pledges_in_writing``) or the line sells
    r"|报?(?:名|读)?" + _PREMIUM_CLASS + r"班"
    # (session 59, review51) or the certificate named before the writer's name, no clause mark
    # between (不要找黄牛办，电工证找我们，免考拿证，私聊; 别找中介买，焊工证就找我们): the same steer
    # as ，找我们; still only where the line after it sells (an office's 换证找我们窗口 gives none)
    rf"|(?<=证)(?:就|直接|请|都)?(?:找|来)(?:{_SELF_WORDS}|我这|我家|咱家)"
    # or the verdict on the rivals running straight into the writer's own channel (别家全是骗局我们
    # 真渠道包拿证; 外面都是骗子我们正规渠道…): a warning that goes on 我们提醒 / 我们警方 names none
    rf"|(?:(?<=骗局)|(?<=骗子)|(?<=假的))(?:{_SELF_WORDS}|我家|咱家)(?:(?:是|才是|走|有)?"
    r"(?:真|正规|内部|官方)渠道"
    # (session 60, review55) or the writer's own terms reversing the rivals' (先交定金的全是骗局我们
    # 先出证后付款): see ``_PAID_AFTER``
    r"|(?=" + _PAID_AFTER_WORDS + r"))"
)
_PIVOT_REACH = 40
#: A line opening with an answer's label (答：, 回复：, 最佳答案：): the question's answer on its own line.
_NEXT_ANSWER = recache.compile(
    r"[ \t\u3000]*(?:(?:"
    + _ANSWER_LABELS
    + r")[：:]|"
    + _BRACKET_ANSWER
    # the owner's label only with its yes (老板：能办，…): a refusal under it (老板：不能，…我们这里只卖
    # 劳保用品) is read on its own line, its 我们这里 no turn of the question's warning
    + r"|"
    + _OWNER_LABEL
    + r"[：:]\s*(?:可以|能|当然|没问题|行|有)(?![不没]))"
)
#: (issue 9, session 45, victims) The warning word naming the readers a seller calls: those the
#: scam hurt (被骗了来找我, 被骗过的看过来, 被坑过的朋友，…, 被骗过的同学注意了): a victim tells of
#: the loss, a seller hails the victims as its buyers. Read right after the word (original text);
#: the line after it must still sell (a contact or a seller's call, and the stance stage agreeing).
_CALLED = recache.compile(
    r"(?:过|了)?的?"
    r"(?:(?:朋友|兄弟|姐妹|同学|工友|老乡|宝妈|家人|老铁|师傅|小伙伴|各位|人)们?[，,！!~～\s]+"
    r"|(?:朋友|兄弟|姐妹|同学|工友|老乡|宝妈|家人|老铁|师傅|小伙伴|各位)们?(?=看过来|注意|别|不用|来找|找我|私我|加我|联系我)"
    r"|[，,！!~～\s]*"
    r"(?:看过来|来找我|找我|私我|加我|联系我|别灰心|别着急|别慌|不用怕|注意了|注意啦|有救了|进来|速来))"
)
#: The seller denying the warning word of itself: 我们不是骗子, 本店绝不骗人, 咱这可不是骗局.
_DENIED = recache.compile(
    rf"(?:{_SELF_WORDS}|咱|我)[^，,。！？!?\n]{{0,4}}"
    r"(?:不是|绝不是|绝非|并非|从不|从来不|绝不|决不|不)"
    # the word qualified before it (我不是新闻里说的那种骗子, 我们不是那些卖假证的骗子)
    r"(?:[^，,。！？!?\n]{0,12}?(?:的|那种|那些|那类|这种|这些))?"
    # (session 44, penalty) the word suffered by the kind denied: 我们不是那种被处罚的机构,
    # 我们不是新闻里那种被查处的
    r"(?:被|遭|受到|受过|挨过|吃过)?$"
    # (issue 9, session 46, lead) or a strong denial with no subject opening its clause (电工证免考拿证，
    # 绝不是骗人的套路): the seller's vouching said without 我们; a plain 不 there is anyone's word
    r"|(?<![^，,。！？!?\n])\s*(?:绝不是|绝对不是|决不是|绝非|并非|根本不是)"
    r"(?:[^，,。！？!?\n]{0,12}?(?:的|那种|那些|那类|这种|这些))?$"
    # (issue 9, session 49, left2) or a plain 不是 opening its clause with the kind named (不是网上说的
    # 那种骗子哈，…私我): the kind pointed at is someone else's; a bare 不是骗子 stays anyone's word
    r"|(?<![^，,。！？!?\n])\s*(?:可?不是)[^，,。！？!?\n]{0,12}?(?:那种|那些|那类|这种|这些)$"
)
#: (issue 9, session 49, left2) The seller setting itself apart from the word (别把我们和那些骗子
#: 混为一谈，…加v; 我们跟那些骗子不一样): the word after, the writer before it in its clause.
_APART_AFTER = recache.compile(r"们?(?:混为一谈|相提并论|划等号|画等号|不一样|不是一回事|不同)")
#: (issue 9, session 54, speed5) A character every alternative of ``_APART_AFTER`` holds one of.
_APART_AFTER_CHARS = "混相划画不"
#: ... or asking not to be taken for it (别把我们当成骗子，…私我): the word needs nothing after it.
_TAKEN_FOR = recache.compile(
    rf"(?:别|不要|千万别|请勿)把(?:{_SELF_WORDS}|咱|我)[^，,。！？!?\n]{{0,3}}(?:当成|当作|看成|想成)"
    r"[^，,。！？!?\n]{0,12}$"
)
_APART_BEFORE = recache.compile(
    rf"(?:{_SELF_WORDS}|咱|我)[^，,。！？!?\n]{{0,3}}(?:和|跟|与|同|当成|当作|看成|当)"
    r"[^，,。！？!?\n]{0,12}$"
)


#: (issue 9, session 52, left10) The rivals' claims the verdict is on (网上那些免考的说法都是骗局;
#: 外面那些代办的都是骗子): a place that is not the writer's and a demonstrative, in the word's clause.
#: (session 59, rivals) The rivals named with a mark of otherness (``RIVAL_NAMED_WORDS``: 其它家, 别的
#: 驾校 and 其他培训机构 were missing) and this reading's own places (网上, 市面上, 有些店). Not the bare
#: 人家 / 同行: the guard before the fold (``_RIVALS_PLACE_CHARS``) would need 人 or 家 and 同 or 行,
#: common on any page, and lose what it saves on a dense one.
_RIVAL_PLACES = r"网上|市面上|有些店"
_RIVALS_BEFORE = recache.compile(
    r"(?:" + RIVAL_NAMED_WORDS + "|" + _RIVAL_PLACES + r")的?(?:那些|这些|那种|这种)"
    r"[^，,。！？!?\n]{0,12}$"
)
#: ... and the clause after it, which must not name the lawful route (必须考试, 报名, 培训, 举报):
#: a school's or an office's own warning goes on to that route, a seller's pitch skips it.
_RIVALS_LAWFUL = recache.compile(
    r"必须|报名|培训|考试合格|合格后|举报|报警|拨打|12350|12345|12315|本人"
)
#: ... and a seller's call on a private id in it (加v, 微信, 私信), an office's line is no such call.
_RIVALS_CALL = recache.compile(r"加[vV微威薇我]|[vV][xX信]|微信|私信|私聊|私我|[扣qQ]{2}")
#: ... and the writer's own pitch in it (不用考, 系统可查, 十天出证): an office's or a school's line
#: that only says the paper must be earned and where to ask ("电工证要正规考试，有疑问加微信咨询",
#: "证要自己考，想了解流程的私信我") calls on an id too, but offers nothing the verdict could be
#: set against (lead's second read of left10).
_RIVALS_PITCH = recache.compile(PROMISE_WORDS + r"|可查|出证|下证|拿证|不用到场|真渠道")
_RIVALS_TURN = recache.compile(r"[，,；;]")
_RIVALS_BACK = 48
#: (issue 9, session 54, speed5) A character every alternative of ``_RIVALS_BEFORE`` holds one of,
#: in its place (网上, 外面, 市面上, 别家, 别人, 其他家, 有些店) and in its demonstrative (那些, 这种 …):
#: the cheap test before the fold (:func:`_folds_to`). (session 59, rivals) Every alternative of
#: ``RIVAL_NAMED_WORDS`` holds 别, 其 or 外; a rival added there must keep to them.
_RIVALS_PLACE_CHARS = "网外市别其有"
_RIVALS_THESE_CHARS = "那这"


def _rivals_turn(text: str, start: int, end: int, stop: int) -> int | None:
    """Where the writer's own clause starts after a verdict on the rivals' claims
    (``_RIVALS_BEFORE``), when that clause pitches (``_RIVALS_PITCH``), calls on a private id
    (``_RIVALS_CALL``) and names no lawful route (``_RIVALS_LAWFUL``); None otherwise."""
    # (issue 9, session 54, speed5) every alternative of ``_RIVALS_BEFORE`` needs one character
    # of the place (``_RIVALS_PLACE_CHARS``) and one of the demonstrative (那 / 这), and folding
    # and unseparating only drop or fold characters: where the raw characters before the word
    # hold no form of either, no verdict on the rivals can be read, and the clause's start and
    # the separator-free reading (most warning words on a dense page) are not worked out
    back = max(0, start - _RIVALS_BACK)
    if (
        _folds_to(_RIVALS_THESE_CHARS).search(text, back, start) is None
        or _folds_to(_RIVALS_PLACE_CHARS).search(text, back, start) is None
    ):
        return None
    clause = _clause_start(text, start)
    # (session 52, review13) read as the evader writes it (網上那些, 外 面 那 些, 加 Ｖ): folded and
    # without separators, as the verdict word itself was found; at most _RIVALS_BACK characters
    # back, room for the place, the demonstrative and the claim with a separator after each
    before = unseparated(text[max(clause, start - _RIVALS_BACK) : start])[0]
    if _RIVALS_BEFORE.search(before) is None:
        return None
    m = _RIVALS_TURN.search(text, end, min(stop, end + 6))
    if m is None:
        return None
    rest = unseparated(text[m.end() : min(stop, m.end() + _HEAD_REACH)])[0]
    if (
        _RIVALS_LAWFUL.search(rest)
        or _RIVALS_CALL.search(rest) is None
        or _RIVALS_PITCH.search(rest) is None
    ):
        return None
    return m.end()


def _set_apart(text: str, start: int, end: int) -> bool:
    """Whether the writer sets itself apart from the warning word ``text[start:end]`` in its
    clause (``_APART_AFTER`` with ``_APART_BEFORE``, or ``_TAKEN_FOR``), read with the evaders'
    separators gone (别*把我*们和*那些*骗子*混为*一谈).

    (session 49, review5) Folded first (:func:`lexicon.normalize.simplify_chars`, one character
    for one): the separator reader drops every symbol, the Kangxi radical ⼀ of 混为⼀谈 / 不⼀样
    among them, before it simplifies what it kept."""
    from lexicon.frames import unseparated

    # (issue 9, session 54, speed5) the cheap tests first, the reading unchanged: ``_APART_AFTER``
    # needs a form of one of ``_APART_AFTER_CHARS`` in the twelve characters after the word, and
    # ``_TAKEN_FOR`` a form of 把 in the clause's last 3 * _DENIED_BACK characters before it
    # (folding and unseparating only drop or fold characters). Most warning words on a dense page
    # have neither, and the clause's start and the two separator-free readings were the cost.
    tail = text[end : end + 12]
    apart = (
        _folds_to(_APART_AFTER_CHARS).search(tail) is not None
        and _APART_AFTER.match(unseparated(simplify_chars(tail))[0]) is not None
    )
    if not apart and _folds_to("把").search(text, max(0, start - 3 * _DENIED_BACK), start) is None:
        return False
    head = text[_clause_start(text, start) : start][-3 * _DENIED_BACK :]
    before = unseparated(simplify_chars(head))[0]
    if _TAKEN_FOR.search(before):
        return True
    return apart and _APART_BEFORE.search(before) is not None


#: How far back from the warning word a denial is looked for.
_DENIED_BACK = 26
#: (issue 9, session 35) The seller's own refusal of the forgery (我们不做假证，只代办…; 本店不干假的):
#: 不做 / 不干 right before a forgery word is the seller vouching for its paper, as 我们不是骗子 is;
#: it sells when the line does (a contact, a seller's call), like any denial.
_REFUSES_FORGERY = recache.compile(r"(?:不做|不干)$")
_FORGERY_NEXT = recache.compile(
    r"\s*(?:任何|一切)?(?:" + "|".join(map(re.escape, term_words("forgery_refused"))) + ")"
)

#: (issue 9, session 50, left5) The seller's refusal of one trade word and then its own promise
#: right after the comma (不做代办，包过拿证 加v; 不接代考，免考直接下证): the stock reassurance of a
#: seller, as 不做假证 is. A school's refusal lists on (不做代办，不包过) or names no promise; it
#: sells only when the line does (a contact, a seller's call), like any denial.
_REFUSES_TRADE_THEN = recache.compile(
    r"(?:不做|不搞|不接|不走)(?:任何)?(?:代办|代考|中介|挂靠)[^。，,！!？?\n]{0,4}[，,]\s*"
    r"(?:包过|保过|包拿|包下证|免考|免试|不用考|不考试|直接拿证|直接出证|直接下证)"
)
_CLAUSE_MARKS = "，,。！？!?\n；;：:"
_CLAUSE_LOOK = 200

#: (issue 9, session 55, left16) The seller's own pass promise and, in the next clause or two of
#: the same sentence, its stock disclaimer (电工证包过，不是骗局，加v; 登高证稳过，认准本店，谨防假冒;
#: 保证通过，非骗局): a bare 不是骗局 / 谨防假冒 is anyone's word (``_DENIED`` leaves it alone), but
#: said right after the writer's own unquoted, unnegated promise it vouches for that promise. Read
#: on the sentence up to the warning word: the promise, at most two short clauses (认准本店, 我们不是
#: 骗子), then the disclaimer's head. A report's 所谓 / 有人说 / 宣称 before the promise, a 吗 or
#: 是不是 after it, quotation marks anywhere in it, or a school's 不承诺包过 keep it anyone's word.
_PROMISE_DISCLAIMED = recache.compile(
    r"(?<![不没别无未非])(?:" + PROMISE_WORDS + r"|稳过|必过|包通过|保证通过|包一次过|一次稳过)"
    r"[^，,。！？!?\n；;：:\s]{0,4}"
    r"(?:[，,！!~～\s]+[^，,。！？!?\n；;：:“”\"「」『』\s吗]{1,8}){0,2}"
    r"[，,！!~～\s]+(?:(?:真的?|也|都|可|就)?(?:绝对?不是|决不是|根本不是|不是|绝非|并非|非))?$"
)
#: ... read without the separators, the evader's space between the promise and its denial gone
#: too (包过 不是骗局 read 包过不是骗局): the denial may follow the promise with no mark.
_PROMISE_GLUED = recache.compile(
    r"(?<![不没别无未非])(?:" + PROMISE_WORDS + r"|稳过|必过|包通过|保证通过|包一次过|一次稳过)"
    r"(?:真的?|也|都|可|就)?(?:绝对?不是|决不是|根本不是|不是|绝非|并非|非)$"
)
#: ... the words telling the promise is another's (a report's, a buyer's), read before it.
_PROMISE_TOLD = recache.compile(r"所谓|说|称|宣传|号称|承诺|广告|问|吗|“|\"|「|『")
#: ... and what 谨防 / 小心 must warn of to be the seller's brand line: the fakes of its own shop.
_FAKES_AFTER = recache.compile(r"\s*(?:假冒|冒充|冒牌|山寨|仿冒|李鬼|盗版|高仿店)")
#: ... the warning right before a fakes word read as the warning word (谨防冒充, 小心山寨).
_WARN_OF_FAKES = recache.compile(r"(?:谨防|小心|当心|严防|防止)\s*$")
#: ... the disclaimer's words of itself: a fraud word denied, or the warning of fakes.
_DISCLAIMER_WORDS = recache.compile(r"骗|忽悠|套路|坑")
#: (issue 9, session 66, speed3) One character of every alternative of ``_DISCLAIMER_WORDS``
#: and of ``_FAKES_AFTER``: the cheap test before the fold (:func:`_folds_to`). A word added to
#: either must hold one of its set's characters, or the set must take one of its characters.
_DISCLAIMER_CHARS = "骗忽套坑"
_FAKES_CHARS = "冒山李盗高"


def _clause_start(text: str, start: int) -> int:
    """Where the clause holding ``start`` begins: after the last clause mark before it (read
    ``_CLAUSE_LOOK`` characters back first, the whole text only where those hold none)."""
    lo = max(0, start - _CLAUSE_LOOK)
    found = max(text.rfind(c, lo, start) for c in _CLAUSE_MARKS)
    if found < 0 and lo > 0:
        found = max(text.rfind(c, 0, lo) for c in _CLAUSE_MARKS)
    return found + 1


def _promise_disclaimed(text: str, start: int, end: int) -> int | None:
    """Where the sentence holding the writer's own pass promise begins when the warning word
    ``text[start:end]`` is that promise's stock disclaimer (``_PROMISE_DISCLAIMED``), else None.
    Read as written first, then (where it differs so) without the evaders' separators, in
    simplified characters and radicals read as characters: 包*过，不 是 骗 局; 低壓電工包過 不是騙局."""
    # (issue 9, session 66, speed3) the cheap tests first, the reading unchanged: a disclaimer
    # word (``_DISCLAIMER_WORDS``) holds one of 骗忽套坑 and every fakes word (``_FAKES_AFTER``)
    # one of 冒山李盗高, and :func:`unseparated` only folds or drops characters (see
    # :func:`_folds_to`): where the raw word holds no form of either set and the twelve
    # characters after it none of the second, no branch below can read a disclaimer, and the
    # two separator-free readings (nearly every warning word on a dense page) are not worked out
    if (
        _folds_to(_DISCLAIMER_CHARS + _FAKES_CHARS).search(text, start, end) is None
        and _folds_to(_FAKES_CHARS).search(text, end, end + 12) is None
    ):
        return None
    word = unseparated(text[start:end])[0]
    if _DISCLAIMER_WORDS.search(word):
        # 骗局 / 忽悠 / 套路 denied right before it (不是骗局, 非骗局)
        if not unseparated(text[max(0, start - 8) : start])[0].endswith(("是", "非")):
            return None
    elif _FAKES_AFTER.fullmatch(word):
        # the fakes named as the warning word itself (谨防冒充: 冒充 read): the warning before it
        warned = _WARN_OF_FAKES.search(unseparated(text[max(0, start - 8) : start])[0])
        if warned is None:
            return None
    elif not _FAKES_AFTER.match(unseparated(text[end : end + 12])[0]):
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
        readings.append(clean)  # separators, traditional or radical forms (⾮ for 非) in it
    fakes_word = _FAKES_AFTER.fullmatch(word) is not None
    for k, seen in enumerate(readings):
        if fakes_word:
            seen = _WARN_OF_FAKES.sub("", seen)  # 谨防 before the fakes word read: read up to it
        m = _PROMISE_DISCLAIMED.search(seen) or (_PROMISE_GLUED.search(seen) if k else None)
        if m is not None and not _PROMISE_TOLD.search(seen, 0, m.start()):
            return sentence
    return None


def _spaced_denial(text: str, start: int, clause: int = 0) -> bool:
    """``_DENIED`` read before ``start`` (not before ``clause``) with the evaders' separators
    gone: 我 不 是 新 闻 里 说 的 那 种 骗子. Only where separators stand there at all."""
    lo = max(clause, start - 3 * _DENIED_BACK)
    window = text[lo:start]
    if not _SPACER.search(window):
        return False
    if _denial_chars().search(window) is None:
        return False  # no 不 or 非 to deny with (nor a form of them): no need to unseparate
    clean = unseparated(window)[0]
    return _DENIED.search(clean, max(0, len(clean) - _DENIED_BACK)) is not None


@cache
def _folds_to(chars: str) -> re.Pattern[str]:
    """A character class of every character that reads as one of ``chars`` once folded the way
    the separator-free readings fold it (:func:`simplify_chars` before
    :func:`lexicon.frames.unseparated`, which folds a radical and simplifies again: at most three
    passes of the one-for-one table), ``chars`` themselves included.

    (issue 9, session 54, speed5) A pattern whose every alternative holds one of ``chars`` can
    match a folded, unseparated window only where the raw window holds a character of this
    class: folding maps one character to one, and unseparating only drops characters. Searching
    the raw text for the class is the cheap test before the fold, as :func:`_denial_chars` is."""
    table = _light_table()
    wanted = frozenset(chars)
    found = set(chars)
    for cp, once in table.items():
        twice = once.translate(table)
        if not wanted.isdisjoint(once + twice + twice.translate(table)):
            found.add(chr(cp))
    return recache.compile("[" + "".join(map(re.escape, sorted(found))) + "]")


@cache
def _denial_chars() -> re.Pattern[str]:
    """A character whose simplified form (:func:`simplify_chars`, as :func:`unseparated` reads
    it) holds 不 or 非: every alternative of ``_DENIED`` holds one of the two, so a window
    without such a character can hold no denial, separators or not. (issue 9, session 48,
    speed) ``_spaced_denial`` runs for every warning word near a candidate on dense pages; most
    windows have a space in them and no denial, and unseparating them was the costly part."""
    chars = {"不", "非"}
    chars.update(chr(cp) for cp, out in _light_table().items() if "不" in out or "非" in out)
    return recache.compile("[" + "".join(map(re.escape, sorted(chars))) + "]")


def _asks_reader(text: str, end: int, at: int) -> bool:
    """(issue 9, session 45, victims) Whether the turn at ``at`` follows a question mark that
    closes the warning word's clause (nothing but words between the word's ``end`` and it)."""
    return text[at] in "？?" and not any(c in _CLAUSE_MARKS for c in text[end:at])


def _spaced_call(text: str, end: int, stop: int) -> re.Match[str] | None:
    """``_CALLED`` read after ``end`` with the evaders' separators gone (被骗⭐过的看⭐过来)."""
    window = text[end : min(stop, end + 30)]
    if not _SPACER.search(window):
        return None
    return _CALLED.match(unseparated(window)[0])


def _spaced_turn(text: str, end: int, stop: int) -> tuple[int, str | None] | None:
    """``_PIVOT`` read after ``end`` with the evaders' separators gone: the turn's original
    offset and whether it answers, or None."""
    window = text[end : min(stop, end + 3 * _PIVOT_REACH)]
    if not _SPACER.search(window):
        return None
    # (issue 9, session 54, speed5) the turn is read in the first _PIVOT_REACH characters kept,
    # and ``unseparated`` reads one character at a time (it folds or drops each on its own): the
    # window's first _PIVOT_REACH characters give those same kept characters, and the offsets,
    # unless separators were among them, when the whole window is read as before
    clean, pos = unseparated(window[:_PIVOT_REACH])
    if len(clean) < _PIVOT_REACH < len(window):
        clean, pos = unseparated(window)
    turn = _PIVOT.search(clean, 0, min(len(clean), _PIVOT_REACH))
    if turn is None:
        return None
    return end + pos[turn.start()], turn.group("answer")


#: A character an evader puts between others (a space, a zero-width or format character, a
#: star or an emoji): where none stands, the separator-free reading adds nothing.
_SPACER = recache.compile(r"[ \u3000\u200b-\u200f\u2060\ufeff*⭐★☆·~]|[^\u0000-\uffff]")


def _promises_to_call(under: str) -> bool:
    """(issue 9, session 46, notices) Whether the post under a notice's title promises the result
    in its own voice (``_NOTICE_PROMISE``, outside quotations) and gives a number to call for it:
    a mobile, or a landline or 400 number after a call word (报名电话 0531-…, 报名热线 400 …). The
    bureau's own notices give the same landlines, so the promise decides, not the number; a post
    with a warning or report word (``_NOTICE_WARNS``) is no seller's."""
    from lexicon.contacts import contact_spans
    from lexicon.stance import _LANDLINE

    flat = _notice_claims(under)
    whole = normalize(under).text  # full-width digits, traditional characters, spacers gone
    promised = _NOTICE_PROMISE.search(flat) is not None or (
        _NOTICE_ABSENT.search(flat) is not None and _NOTICE_ONLINE.search(flat) is None
    )
    if not promised or _notice_warns(whole):
        return False
    if _NOTICE_COUNTER.search(whole):
        return False  # 复审无需考试，持原证到窗口办理: the office's procedure, in person
    return bool(_LANDLINE.search(whole) or contact_spans(flat))


#: (issue 9, session 78, miss1) The proxy exam a notice's post names (代考, 替考, 枪手, 代替考试) ...
_NOTICE_PROXY = recache.compile(r"代考|替考|枪手|代替考试")
#: ... and the refusal right before it that makes it no offer (不代考, 没有人代考, 无人替考, 不接受代考; the
#: notice's 严禁 / 禁止 anywhere in the post is ``_NOTICE_PROXY_BANNED``).
_NOTICE_PROXY_REFUSED = recache.compile(
    r"(?:[不无没]|没有|接受|允许)(?:找人|请人|让人|有人|人|他人|别人)?$"
)
#: ... sold in the writer's own voice right after it: the writer arranges it (代考我们安排, 代考由我们负责,
#: 代考的事我们负责, 找人代考我们来安排) ...
_NOTICE_PROXY_OWN = recache.compile(
    r"(?:的事|的活|这块|这一块|业务|服务)?[，,]?(?:都|全|统一)?(?:由|归)?"
    r"(?:我们|我方|我司|本公司|咱们|我这边|我们这边)(?:来|都|全|统一)?"
    r"(?:安排|负责|搞定|包办|全包|来办|包了|操作)"
)
#: ... or priced in its clause or the next (代考八百一次; 有人代考，费用一千二; 代考我们负责，两千一位): an
#: amount of money, bare or with 元 / 块 and the unit it is charged per.
_NOTICE_PROXY_PRICE = recache.compile(
    r"(?:费用|收费|价格|只要|仅需|仅收|一口价)?"
    r"(?:\d{2,}(?:\.\d+)?|[一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾][一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾百千万佰仟]*"
    r"[百千万佰仟])(?:元|块)?(?:一次|一位|一人|每人|每次|全包)?(?=[，,。！!；;\s]|$)"
)
#: ... not the exam's or the school's own fee (考试费八百元, 培训费用两千): the notice's price list.
_NOTICE_SCHOOL_FEE = recache.compile(r"(?:考试|培训|报名|体检|工本|考务|补考|复训|资料|学)费?$")
#: ... or with the pass promised anywhere in the post (有人代考，包过).
_NOTICE_PROXY_PASS = recache.compile(r"包过|保过|稳过|包拿证|包通过|保证(?:通过|合格|拿证)")
#: What makes the proxy the notice's ban or report, besides ``_NOTICE_WARNS``: the punishment (一经发现,
#: 取消成绩, 一律清退, 后果自负, 按作弊处理, 记入诚信档案) and the campaign against it (严禁, 打击, 杜绝).
_NOTICE_PROXY_BANNED = recache.compile(
    r"严禁|禁止|杜绝|打击|一经|取消|清退|开除|严惩|追究|后果自负|作弊|处理|诚信|黑名单|劝退|作废|"
    r"请勿|切勿|不要|别信|上报|通报|移交|报警|发现|查获|查实|案件"
)


def notice_proxy_sold(under: str) -> bool:
    """(issue 9, session 78, miss1) Whether the post under a notice's heading or title (人事通知：…,
    紧急通知：…, 关于…的通知：…) sells the proxy exam in its own clauses: the proxy (``_NOTICE_PROXY``,
    not after a ban) arranged by the writer right after it (``_NOTICE_PROXY_OWN``: 代考我们安排), priced
    in its clause or the next (``_NOTICE_PROXY_PRICE``: 代考八百一次) or beside a promised pass
    (``_NOTICE_PROXY_PASS``: 有人代考，包过). Such a post was silenced by its own 通知 wherever it gave no
    private contact (人事通知：电工证复审统一安排考试，不用担心，代考我们安排，费用八百). A real notice names the
    proxy only to ban, punish or report it (``_NOTICE_PROXY_BANNED``, ``_NOTICE_WARNS``: 严禁代考; 代考的
    一律取消成绩; 关于严厉打击…代考行为的通知：一经发现取消成绩), and its fee is the exam's, not the proxy's."""
    flat = _notice_claims(under)
    if _NOTICE_PROXY_BANNED.search(flat) or _notice_warns(flat):
        return False
    for m in _NOTICE_PROXY.finditer(flat):
        if _NOTICE_PROXY_REFUSED.search(flat, max(0, m.start() - 4), m.start()):
            continue
        if _NOTICE_PROXY_OWN.match(flat, m.end()):
            return True
        # the proxy's clause and the next one, to the sentence's end
        rest = re.split(r"[。！!？?；;]", flat[m.end() :], maxsplit=1)[0]
        near = "，".join(re.split(r"[，,]", rest)[:2])
        if _NOTICE_PROXY_PASS.search(flat) or any(
            not _NOTICE_SCHOOL_FEE.search(near, 0, p.start())
            for p in _NOTICE_PROXY_PRICE.finditer(near)
        ):
            return True
    return False


#: (issue 9, session 58, fa14) The writer naming itself after a warning only to say it is no
#: better (千万别找中介买证，找我们也一样买不到，只能老老实实去考; 来我们这里也一样办不了): a school's
#: or a veteran's honest advice, no turn to an offer; with a contact in the line the seller's
#: call still decides (:meth:`SellerLine.sells`).
_NO_BETTER = recache.compile(
    r"(?:找|来|问|选)(?:我们|我|本店|我家|咱们|咱家)(?:这里|这边|学校|机构)?(?:也|同样|都)(?:一样|同样)?"
    r"(?:买不到|办不了|办不到|弄不到|拿不到|买不了|没有?办法|不行|做不到|办不出)"
)


class SellerLine:
    """Whether a warning word only heads the line of a seller's post.

    Evaders put an exposure column's heading over an ad (【曝光】低压电工证 不用考 加V …): the
    warning word there warns of nothing, and it silenced every rule and the model. What the
    heading is worn over decides, not the heading: a line under it with a contact or a seller's
    call (加V, 私聊, 联系我 — the strong offer cues) is an ad; an exposure report under it
    (曝光：某机构承诺包过被查处) carries none, and its own warning words still count either way.
    """

    def __init__(
        self, seller_words: Iterable[str], offers: Callable[[str, bool], bool] | None = None
    ) -> None:
        words = {w for w in seller_words if w}
        self._seller = words_regex(words) if words else None
        #: Whether a line (given whether it holds a contact) reads as the writer's offer: an
        #: exposure post names the scammer's number too (对方微信 … 已拉黑我), as a report.
        self._offers = offers

    def worn(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` (a warning word, original offsets) heads a seller's line."""
        # (issue 9, session 70, engine2) read from the source's index (lexicon.lines), no scan back
        line = line_start(text, start)
        if start - line > 20 or not _HEAD_BEFORE.fullmatch(text, line, start):
            return self._worn_title(text, line, start, end)
        head = _HEAD_AFTER.match(text, end)
        if head is None:
            return self._worn_title(text, line, start, end)
        word = text[start:end]
        if word not in _HEADING_WORDS and normalize_term(word) not in _HEADING_WORDS:
            return False  # 骗子：… is a transcript's role label, not a column heading
        # the post under the heading, to its first blank line: a seller puts the contact on the
        # next line as readily as on the heading's (【曝光】电工证不用考\n微信 …)
        under = text[head.end() : head.end() + _HEAD_REACH]
        gap = _BLANK_LINE.search(under)
        under = under[: gap.start()] if gap else under
        if self.sells(under):
            return True
        if _SPACER.sub("", word) in _NOTICE_WORDS and notice_proxy_sold(under):
            return True  # 人事通知：…代考我们安排，费用八百 (session 78, miss1)
        # (issue 9, session 46, notices) a 【紧急通知】, 📢重要通知： heading over the notice's own
        # promise and a number to call (a landline or 400 number): as under a worn title
        return _SPACER.sub("", word) in _NOTICE_WORDS and _promises_to_call(under)

    def worn_number(self, text: str, start: int, end: int) -> bool:
        """Whether the document number ``text[start:end]`` heads a short pitch near the top of
        the page (its line starts within ``_NUMBER_TOP``) whose post sells, as a worn title's
        does: the number opens the title or follows it (关于…的通知〔2026〕18号)."""
        # (issue 9, session 70, engine2) read from the source's index (lexicon.lines), no scan back
        line = line_start(text, start)
        return line <= _NUMBER_TOP and self._sells_under(text, end)

    def _worn_title(self, text: str, line: int, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` ends a notice's title (关于…的通知) or opens its line
        bare (通知 根据…), and the post under it sells."""
        # an evader spaces the title out (关 于 … 的 通 知): read it without its spacers
        word = _SPACER.sub("", text[start:end])
        if word in _REMIND_WORDS:
            salute = _REMIND_AFTER.match(text, end)
            return (
                salute is not None
                and start - line <= 24
                and _REMIND_TITLE.fullmatch(text, line, start) is not None
                and self._sells_under(text, salute.end())
            )
        if word not in _NOTICE_WORDS:
            return False
        # (issue 9, session 46, notices) in its simplified, half-width form, one for one (關於…的通知)
        title = simplify_chars(_SPACER.sub("", text[line:start])) if start - line <= 120 else ""
        if len(title) > 60 or not _NOTICE_TITLE.fullmatch(title):
            return False
        head = _NOTICE_AFTER.match(text, end)
        at = head.end() if head else end
        if self._sells_under(text, at):
            return True
        # (issue 9, session 78, miss1) the proxy sold under the title (关于…的通知：代考我们安排，费用八百)
        under = text[at : at + _HEAD_REACH]
        gap = _BLANK_LINE.search(under)
        return notice_proxy_sold(under[: gap.start()] if gap else under)

    def _sells_under(self, text: str, at: int) -> bool:
        """Whether the post from ``at`` (to its first blank line, ``_HEAD_REACH`` at most) sells
        the paper (``_NOTICE_SELLS``) and has a contact or a seller's call: what makes a notice's
        title or number a seller's."""
        under = text[at : at + _HEAD_REACH]
        gap = _BLANK_LINE.search(under)
        under = under[: gap.start()] if gap else under
        flat = normalize(under).text
        if _NOTICE_SELLS.search(flat) and self.sells(under):
            return True
        return _promises_to_call(under)

    def disowned(self, text: str, start: int, end: int, before: int | None = None) -> bool:
        """Whether the writer disowns the warning word ``text[start:end]`` (original offsets)
        and sells on the same line: it turns to its own offer after the warning (网上骗子太多了，
        认准我们，焊工证免考 … v …; the turn before ``before``, the candidate's end, where
        given: its offer follows the turn; an answer affirming the question, 答：可以，找我…, wherever), or denies the word
        of itself (我们不是骗子，…加V). A report's warning has no such turn, or none that
        sells (警方提醒…，我们将依法打击; 答：不是…)."""
        return self.disowning(text, start, end).holds(before)

    def disowning(self, text: str, start: int, end: int) -> Disowning:
        """What :meth:`disowned` reads of the warning word ``text[start:end]`` whatever the
        candidate: its answer where a denial or a call decides, else the turn after the word.
        (issue 9, session 49, speed2) A warning word on a dense page stands within reach of
        several rules' candidates; the detector keeps this reading once per word and source
        (:class:`lexicon.matches.Warnings`) and asks :meth:`Disowning.holds` per candidate."""
        # the line's end matters only as far as a turn and the line after it are read
        nl = text.find("\n", end, end + _PIVOT_REACH + _HEAD_REACH)
        if nl >= 0 and nl - end <= _PIVOT_REACH and _NEXT_ANSWER.match(text, nl + 1):
            # (issue 9, session 46, miss) a Q&A page's answer on the next line (问：焊工证不去考能拿吗？
            # \n答：能，我这边直接办…): the labelled answer is the question's turn, read on its line
            nl = text.find("\n", nl + 1, nl + 1 + _PIVOT_REACH + _HEAD_REACH)
        stop = len(text) if nl < 0 else nl
        # the denial is read in the word's clause, at most _DENIED_BACK characters back: the clause's
        # start is only looked for where those 12 characters hold one (the look runs back over
        # the page otherwise: thousands of times per MB of dense text)
        if (
            _REFUSES_FORGERY.search(text, start, end) and _FORGERY_NEXT.match(text, end)
        ) or _REFUSES_TRADE_THEN.match(text, start):
            clause = _clause_start(text, start)
            return Disowning(self.sells(text[clause : min(stop, clause + _HEAD_REACH)]))
        if _DENIED.search(text, max(0, start - _DENIED_BACK), start) or _spaced_denial(text, start):
            clause = _clause_start(text, start)
            lo = max(clause, start - _DENIED_BACK)
            if _DENIED.search(text, lo, start) or _spaced_denial(text, start, clause):
                # the word denied is no report cue of the line's (我们不是那种被处罚的机构，…
                # 微信 …: 被处罚 is what the writer says it is not)
                at = start - 1 if start - 1 >= clause and text[start - 1] in "被遭" else start
                line = text[clause : min(stop, clause + _HEAD_REACH)]
                return Disowning(
                    self.sells(line[: at - clause] + " " * (end - at) + line[end - clause :])
                )
        disclaimed = _promise_disclaimed(text, start, end)
        if disclaimed is not None:
            # (issue 9, session 55, left16) 焊工证包过，不是骗局，加v: the line from the promise sells
            line = text[disclaimed : min(stop, disclaimed + _HEAD_REACH)]
            at = start - disclaimed
            return Disowning(self.sells(line[:at] + " " * (end - start) + line[end - disclaimed :]))
        if _set_apart(text, start, end):
            # (issue 9, session 49, left2) 别把我们和那些骗子混为一谈，…加v: the word is the rivals'
            clause = _clause_start(text, start)
            line = text[clause : min(stop, clause + _HEAD_REACH)]
            return Disowning(
                self.sells(line[: start - clause] + " " * (end - start) + line[end - clause :])
            )
        called = _CALLED.match(text, end) or _spaced_call(text, end, stop)
        if called is not None:
            # the victims hailed as buyers: the line after the word is what they are sold
            return Disowning(self.sells(text[end : min(stop, end + _HEAD_REACH)]))
        hi = min(stop, end + _PIVOT_REACH)
        turn = _PIVOT.search(text, end, hi)
        shift = 0
        if turn is None and (flat := simplify_chars(text[end:hi])) != text[end:hi]:
            # (issue 9, session 66, review108) the turn in traditional script (不籤合同的包過都是忽悠，
            # 我們籤合同包過，私聊): 我們 is the writer's 我们; read on the simplified window, one
            # character for one, so its offsets are the text's
            turn, shift = _PIVOT.search(flat), end
        if turn is not None:
            at, answer = shift + turn.start(), turn.group("answer")
        else:
            # the evader's separators between the characters (我 们 这 边, 回​复：能): read the
            # turn in the words without them
            spaced = _spaced_turn(text, end, stop)
            if spaced is None:
                rivals = _rivals_turn(text, start, end, stop)
                if rivals is None:
                    return Disowning(False)
                # (issue 9, session 52, left10) 网上那些免考的说法都是骗局，电工证系统可查 不用考 加v:
                # the verdict is on the rivals' claims, the next clause the writer's own pitch
                return Disowning(None, self.sells, text, end, rivals, False, stop)
            at, answer = spaced
        return Disowning(None, self.sells, text, end, at, bool(answer), stop)

    def sells(self, line: str) -> bool:
        """A contact or a seller's call in ``line``."""
        from lexicon.contacts import contact_spans

        line = QUOTATION.sub(" ", line)  # a quoted ad is the report's subject
        flat = normalize(line).text
        contact = bool(contact_spans(flat))
        if not contact and _NO_BETTER.search(flat):
            return False  # 千万别找中介买证，找我们也一样买不到: the writer offers nothing either
        if not contact and (self._seller is None or self._seller.search(flat) is None):
            return False
        return self._offers is None or self._offers(line, contact)


class Disowning:
    """One reading of a warning word for :meth:`SellerLine.disowned`: ``answer`` where a
    denial, a call or the want of a turn decided it; else the turn at ``at`` (``answers``:
    whether it answers yes), whose line is read for a sale once, on the first candidate the
    turn does not follow (:meth:`holds`)."""

    __slots__ = ("_answers", "_at", "_end", "_sells", "_sold", "_stop", "_text", "answer")

    def __init__(
        self,
        answer: bool | None,
        sells: Callable[[str], bool] = bool,
        text: str = "",
        end: int = 0,
        at: int = 0,
        answers: bool = False,
        stop: int = 0,
    ) -> None:
        self.answer = answer
        self._sells, self._text, self._end = sells, text, end
        self._at, self._answers, self._stop = at, answers, stop
        self._sold: bool | None = None  # the turn's line read for a sale, once

    def holds(self, before: int | None = None) -> bool:
        """Whether the word is disowned for a candidate ending at ``before`` (None: any)."""
        if self.answer is not None:
            return self.answer
        text, end, at = self._text, self._end, self._at
        if (
            before is not None
            and at >= before
            and not self._answers
            and not (before >= end and _asks_reader(text, end, at))
            and _PAID_AFTER.match(text, at) is None
            and _OUTBID_TURN.match(text, at) is None
            and not _pass_turned(text, before, at)
        ):
            return False  # a turn after the candidate: the candidate stands in the warning
            # (an answer is the exception: the question it affirms names the thing; so is the
            # warning's own question to the reader, the candidate ending inside it after the
            # word: 考研被骗了押题费？我们有真题…, the turn after the question mark its answer)
        if self._sold is None:
            line = text[at : min(self._stop, at + _HEAD_REACH)]
            if self._answers:
                line = _unlabelled(line)
            self._sold = self._sells(line) or _pledges_in_writing(line)
        return self._sold


def _pass_turned(text: str, before: int, at: int) -> bool:
    """(issue 9, session 68, sold3) Whether the turn at ``at`` after a candidate ending at ``before``
    goes straight to the pass, the inside channel or the wink (``_PASS_TURN``) in the candidate's
    own sentence: the warning between them is the seller's foil (焊工证包过属于违规宣传，不过报我们这个
    班稳过，加v …), not a warning that covers the candidate."""
    if any(c in "。！？!?\n" for c in text[before:at]):
        return False
    if _PASS_TURN.match(text, at) is not None:
        return True
    # the evader's separators or the traditional script in the turn (不 过 报 我 们 这 一 期 稳 过;
    # 但報我們這期肯定過): read it as ``_spaced_turn`` reads the turn, without them
    window = text[at : at + 3 * _PIVOT_REACH]
    clean = unseparated(window)[0]
    return clean != window and _PASS_TURN.match(clean) is not None


#: (issue 9, session 60, left29) A turn that offers the very thing the warning named, cheaper or the
#: same (切勿通过中介办理免考电工证！来我们这里价格低一半，v信 …; 警惕高价代办制冷证！本店同样免考，…): the
#: warning is the seller's foil, so it covers the candidate before the turn too; the turn's line still
#: has to sell (a contact or a call). A school's 我们也不做 / 我们同样提醒 names no price and no skip.
_OUTBID_TURN = recache.compile(
    # (session 61, review68) and the writer as a company or a school (我司才真能免考; 本中心真能免考)
    r"[，,；;：:！!。？?…\s]*(?:来|找|认准)?(?:" + OWN_NAMES + ")"
    # (session 63, review87) and the writer as a firm (我们单位才真能免考)
    r"(?:这里|这边|这儿|家|里|边|儿|单位|公司)?"
    r"(?:(?:价格|收费|费用|价钱)(?:低|便宜|只要|只收|减半)|低一半|便宜一半|半价"
    # or the writer's own real skip set against the warned one (小心被骗，别家免考电工证都是假的，我家真能免考)
    # (session 61, review63) also 才真能 and the place said 我这里 (咱家才真能免考; 我这里真能免考)
    r"|(?:同样|一样|也|照样|才?真能|才是真的?|才是真正的?)(?:能|可以)?"
    r"(?:免考|不用考|不考|包过|包拿证|直接拿证|拿证|能办|下证|出证))"
)


#: (issue 9, session 54, left15) The writer's own pass promise put in writing in the clause after its
#: turn (别家的包过别信，我们焊工证签协议保过，考不过一分不收; 外面的口头包过都是空话，我家合同写明保过):
#: a contract that pledges the pass is the seller's term of sale, as binding a call as a contact, so
#: the turn sells with none. Only the promise in the contract's own words and with no negation,
#: doubt or other party's word before it in the clause: a school's 我们签的协议只写课时，不写考试结果
#: and 我们不签保过协议 pledge nothing.
_WRITTEN_PLEDGE = recache.compile(
    r"[^。！!？?\n不没无非别]{0,12}?"
    r"(?:(?:签(?:订)?(?:了)?(?:合同|协议|约)|合同(?:上|里)?(?:写明|写清|注明|约定)?|协议(?:上|里)?(?:写明|写清|注明)?"
    r"|白纸黑字(?:签|写)?)"
    r"[^。！!？?\n，,不没无非别]{0,4}?"
    # ... or kept for the dearer class the school turned to (不过报协议班的包过; 报保障班的包拿证)
    r"|" + _PREMIUM_CLASS + r"班的?(?:学员)?[^。！!？?\n，,不没无非别]{0,6}?)"
    r"(?:保过|包过|保证通过|保证拿证|包拿证|保拿证|稳过|必过)"
    # the promise named only to be called a fraud (我们提醒：签协议保过的也是骗局)
    r"(?![^。，,]{0,6}?(?:骗|假|违法|陷阱|套路|坑|空话|不可信|别信|不能信))"
)


def pledge_turn(text: str, start: int, stop: int) -> bool:
    """Whether, from ``start`` (a school's disclaimer's end) to ``stop`` (the candidate's end), the
    writer turns (``_PIVOT``) to its pass promise put in a contract or kept for its dearer class
    (``_pledges_in_writing``): 中心不承诺通过率，不过报保障班的包拿证 disclaims only the plain class."""
    turn = _PIVOT.search(text, start, min(stop, start + _PIVOT_REACH))
    return turn is not None and _pledges_in_writing(text[turn.start() : turn.start() + _HEAD_REACH])


#: The turn's mark and word before the pledge (，不过 / 。但是): read past.
_TURN_OPEN = recache.compile(r"[，,；;：:！!。？?…\s]*(?:但是?|可是?|不过|而且?)?[，,\s]*")


def _pledges_in_writing(line: str) -> bool:
    """Whether the turn's ``line`` opens with the writer's pass promise put in a contract or
    kept for its dearer class (``_WRITTEN_PLEDGE``), read normalized (spaced and traditional
    forms alike) past the turn's own word."""
    flat = normalize(line[: _PIVOT_REACH * 2]).text
    opened = _TURN_OPEN.match(flat)
    return _WRITTEN_PLEDGE.match(flat, opened.end() if opened else 0) is not None


#: (issue 9, session 53, left14) A shop's label opening the answer turn (\n卖家：可以的，…; 店主：能，…).
#: The stance words read 卖家 / 店主 / 商家 / 店家 as someone the writer reports on (卖家称…), and the
#: label and its colon as a speech frame; at the head of the answer to the buyer's question it is
#: the seller's own voice, as 客服： and 答： are (which the stance words never read as reports).
#: (issue 9, session 55, fa8) 老板： too: the stance words read 老板 and its colon as a speech frame
#: (转述), so a shop answering under its owner's name (问：健康证能办不\n老板：能办，…) lost its yes.
_SHOP_LABEL = recache.compile(
    r"[，,；;：:！!。？?…\s”’」』\"']*(卖家|賣家|商家|店家|店主|店?老板娘?|店?老闆娘?)\d?[：:]"
)


#: A yes that turns to a condition or a refusal (卖家：能 但要考试 不能直接出; 可以 但必须考试 不包过; 有 但网上
#: 不能查 别信): the shop's honest answer, whose call is the course's; its label keeps its reading.
#: (session 53, review19) Not the skip itself (无须体检, 毋须考试: 须 under a negation), nor the
#: seller's refund (不过全退, 考不过包退: 不过 as failing the exam) or its payment term (必须先付款):
#: those are the sale's own terms, and the label is blanked as for a plain yes.
_HEDGED = recache.compile(
    r"但|可是|只是|不能|不包|别信"
    r"|(?<!考)不过(?![全包就可]?退|全额|全款)"
    r"|(?<![无毋不勿])须(?!先?(?:付|交钱|交费|转账|打款|预付|定金|全款))"
)


def _unlabelled(line: str) -> str:
    """``line`` with the shop's label that opens it (卖家：) blanked, offsets kept, unless the
    answer hedges its yes (``_HEDGED``)."""
    m = _SHOP_LABEL.match(line)
    if m is None or _HEDGED.search(line, m.end()):
        return line
    return line[: m.start(1)] + " " * (m.end() - m.start(1)) + line[m.end() :]


class GoodsPapers:
    """A house, a car, a shop or a machine sold, let or handed over with its papers.

    二手房出售 房产证齐全, 餐饮店转让 卫生许可证齐全, 二手车转让 行驶证 可过户: the sale word's
    object is the goods and the certificate goes with them (the deed, the registration, the
    shop's licence), which is lawful trade; a rule that read 出售 + 房产证 as a certificate sale
    cried wolf on every housing ad. Read on normalized text: a goods word right before or after
    a sale word (a few characters apart, one clause), the goods word not itself the head of a
    certificate's name (出售房产证 is no 房子 sold).
    """

    def __init__(
        self,
        goods: Iterable[str],
        sales: Iterable[str],
        docs: Iterable[str] = (),
        personal: Iterable[str] = (),
    ) -> None:
        d, p = _alt_words(docs), _alt_words(personal)
        # Only a deed, a registration or a licence goes with the goods; an operator's, a
        # driver's or a health certificate is the holder's alone (挖掘机转让 操作证 私我 sells
        # the certificate under cover of the machine).
        self._docs = recache.compile(d) if d else None
        self._personal = recache.compile(p) if p else None
        g, s = _alt_words(goods), _alt_words(sales)
        self._sales = recache.compile(s) if s else None
        self._rx = (
            recache.compile(
                rf"(?:{g})(?![证照本])[^。，,]{{0,3}}?(?:{s})|(?:{s})[^。，,]{{0,3}}?(?:{g})(?![证照本])"
            )
            if g and s
            else None
        )

    def spans(self, s: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
        """Spans of goods-and-sale pairs in normalized ``s[lo:hi]``, and of a title transfer
        (可过户, 过户包办): only goods change owners by 过户, a certificate never does."""
        if self._rx is None:
            return []
        hi = len(s) if hi is None else hi
        found = [m.span() for m in self._rx.finditer(s, lo, hi)]
        return found + [m.span() for m in _TRANSFER.finditer(s, lo, hi)]

    def sale_spans(self, s: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
        """Spans of the goods' sale words in normalized ``s[lo:hi]`` (the shop's 转让 said twice:
        小超市转让 … 可转让给下家)."""
        if self._sales is None:
            return []
        return [m.span() for m in self._sales.finditer(s, lo, len(s) if hi is None else hi)]

    def only_goods_papers(self, s: str, lo: int = 0, hi: int | None = None) -> bool:
        """Whether normalized ``s[lo:hi]`` names a goods paper and no personal certificate."""
        hi = len(s) if hi is None else hi
        return (
            self._docs is not None
            and self._docs.search(s, lo, hi) is not None
            and (self._personal is None or self._personal.search(s, lo, hi) is None)
        )

    def inside_goods_paper(self, s: str, lo: int, hi: int) -> bool:
        """(session 45, machinery) Whether normalized ``s[lo:hi]`` lies inside a goods paper's
        word written around it (the 证 of 证件齐全, 证照齐全): a part read as a bare 证 is the
        goods' papers named as a whole (二手装载机出售 证件齐全 可过户), not a certificate."""
        if self._docs is None:
            return False
        for m in self._docs.finditer(s, max(0, lo - 4), min(len(s), hi + 4)):
            if m.start() <= lo and hi <= m.end():
                return self._personal is None or self._personal.search(s, lo, hi) is None
        return False


#: A title transfer with the seller's help (可过户, 包过户, 过户包办, 代办过户): the help is with
#: the goods' papers, not a certificate made.
_TRANSFER = recache.compile(r"(?:包|代办|可代办|负责|帮忙|可以|可)?过户(?:包办|代办|手续)?")


def _alt_words(words: Iterable[str]) -> str:
    kept = {normalize_term(w) for w in words if w} - {""}
    return words_pattern(kept) if kept else ""
