"""Speech frames: who speaks the words around a candidate, read before the stance is summed.

Someone other than the writer says it before the candidate (客服称…, 据学员介绍…, 宣传单上写着：…,
对方：…), after a quotation (“……”对方说), or the candidate is named as what an ad says (…的广告)
or describes people by what they claim (说包过的机构). A seller's own speaker (我们驾校承诺：…,
老师说了：我们班…，报名加V) is the writer. Frames are read with the evaders' separators gone and in
simplified characters. Used by :mod:`lexicon.stance`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable

from lexicon import recache
from lexicon.alternation import words_pattern
from lexicon.normalize import simplify_chars
from lexicon.quotes import CLOSE_QUOTES, OPEN_QUOTES, QUOTATION, STRAIGHT_QUOTES
from lexicon.rules import term_words

__all__ = [
    "CAPTION",
    "LEAD",
    "LINE_REPORT",
    "SHOWN",
    "exhibit_head",
    "line_note",
    "note_after",
    "post_frame",
    "quotation",
    "quoted_line_neighbours",
    "quoted_run",
    "reports_speech",
    "speech_frames",
    "unseparated",
]

_O = OPEN_QUOTES + STRAIGHT_QUOTES
_C = CLOSE_QUOTES + STRAIGHT_QUOTES
_QUOTES = QUOTATION

#: What evaders put between characters (spaces, zero-width and format characters, stars, emoji
#: and other symbols); punctuation the frames read (，：“”) stays.
_SEPARATOR = recache.compile(
    r"[\s\u200b-\u200f\u2060\ufeff*·~_\-|/\\^`'#＊＃～]"
    rf"|[^\w，。！？、：；:;,.!?{_O}{CLOSE_QUOTES}（）()\[\]【】《》]"
)


def _alt(words: str) -> str:
    """A regex alternation of ``|``-separated words, longest first."""
    return words_pattern(words.split("|"))


_SPEAKERS = _alt(
    "他|她|他们|她们|对方|客服|老师|招生老师|中介|商家|店家|卖家|机构|该机构|这家机构|工作人员|"
    "负责人|业务员|销售|顾问|有人|网友|学员|家长|考生|同学|朋友|同事|室友|骗子|不法分子|当事人|"
    "被告人|嫌疑人|培训班|辅导班|其广告|其宣传|其客服|广告|宣传|帖子|短信|网页|页面|店铺|网店|"
    "商品页|详情页|传单|宣传单|海报|招生简章|驾校|学校|培训学校|公司|教练|校长|招生人员|"
    "老板|店主|店员|摊主|男子|女子|经理|主任|员工|接线员|销售人员|代理|办证人员|办证者|贩子|"
    "商贩|群主|博主|主播|买家|受害人|被害人|证人|上家|下家|人士|知情人|专家|女士|先生|某|那个人|这个人|那人|此人|"
    "老乡|亲戚|邻居|熟人|工友|领导|"
    # (issue 9, session 60, review59) the crowd and the shops picked out by a determiner, as 有人 is
    # (很多人说电工证能免考，其实必须考试; 有的店说…): hearsay the writer corrects, not its offer. A
    # seller who answers them (很多人说免考是假的，我们才是真免考) turns to itself as after 有人说
    "很多人|好多人|许多人|不少人|好些人|有些人|有的人|"
    "有的店|有些店|一些店|那些店|某些店|有的平台|有些平台|一些平台|那些平台|某些平台|"
    # (issue 9, session 47, asr) a livestream's viewers, as the host reads them out (弹幕说的包过班
    # 我去问了…)
    "弹幕|评论区|观众|粉丝"
)
_SAYS = _alt(
    "说|称|表示|介绍|承诺|宣称|号称|声称|自称|宣传|发帖|发广告|透露|告诉|坦言|直言|回复|答复|"
    "拍胸脯|打包票|保证说|吹嘘|忽悠|供述|供称|辩称|交代|证实|反映|爆料|发消息|发来|留言|叮嘱|"
    "强调|夸口|夸下海口|信誓旦旦|解释|回答|答道|说道|提到|回覆|答覆|"
    # (session 35) a price named to the writer (该男子随即报价：毕业证五百…; 对方开价两千)
    "报价|开价|要价|索价|"
    # told to the writer, who tells it on (那个机构跟我讲，……): 讲 alone is a lesson (老师讲课)
    "跟我讲|对我讲|和我讲|给我讲|跟我们讲|对我们讲|和我们讲|"
    # asked the writer (老乡问我需不需要焊工证，他认识人能办): the asker's offer, told on
    "问我要不要|问我需不需要|问我想不想|问我们要不要|问我们需不需要"
)
#: Where quoted words were read (a message, an ad, a screenshot): 收到的短信：“…”, 广告语：“…”.
_MEDIA = _alt(
    "短信|简讯|广告|广告语|帖子|消息|截图|聊天记录|语音|邮件|传单|海报|招牌|标语|横幅|网页|"
    "文案|朋友圈|宣传语|话术|原话|弹窗|私信|留言|评论|弹幕|视频|直播|推文|简介"
)

LEAD = " \t\u3000【】[]#·*~-"

#: (session 35, helper reports) An ad, a message or a slogan shown by the writer as an exhibit:
#: its content labelled (广告内容如下：…, 广告词是：…, 短信原文：…) or the ad named by a determiner a
#: seller never puts on its own words (涉案广告：…, 该帖子：…, 上述短信：…, 一则小广告写道…). The colon
#: opens the rest of the sentence: the ad's words and its number are the exhibit's.
_SHOWN_MEDIA = _alt(
    "短信|广告|广告语|广告词|小广告|帖子|消息|文案|宣传语|宣传词|话术|传单|海报|招生简章|推文"
)
_SHOWN = (
    _alt("涉案|涉事|该|其|此|这条|这则|此条|此则|上述|以下|下面|一则|一条|所涉|某")
    # (a kind of ad between them: 某办证广告：…, 一则招生广告：…)
    + r"(?:[^，,。！？!?：:\s]{1,4}?)?"
    + _SHOWN_MEDIA
    + r"(?:内容|原文|全文)?(?:如下|是|为)?[：:]"
    # (a bare 广告内容： is a classified site's field label, the poster's own: 如下, 是 or 为 it needs)
    + "|"
    + _SHOWN_MEDIA
    + r"(?:内容(?:如下|是|为)|(?:原文|全文)(?:如下|是|为)?)[：:]"
    + "|"
    + _alt("广告词|宣传词|广告文案|宣传口号")
    + r"(?:是|为)[：:]"
    # a complaint or a tip-off quoted by the office that received it (投诉内容：…, 来信摘要：…, 诉求：…)
    + "|"
    + _alt("投诉|举报|来信|来电|信访|留言")
    + _alt("内容|事项|摘要|问题")
    + r"[：:]|诉求[：:]"
    # (session 37, helper sources) a platform's or an office's list of forbidden wording
    # (以下表述不得出现在商品标题中：…, 禁止在标题中使用：…, 违禁词清单：…): each item is the rule's
    + "|"
    + _alt("禁止|不得|严禁|不允许|不准|不能")
    + r"[^，,。！？!?：:\s]{0,14}?"
    + _alt("出现|使用|发布|含有|包含|带有|填写")
    + r"[^，,。！？!?：:\s]{0,10}?[：:]"
    + "|"
    + _alt("违禁词|禁用词|敏感词|违规词|违禁用语|禁用语|限用词|极限词")
    + r"[^，,。！？!?：:\s]{0,6}?[：:]"
)
SHOWN = recache.compile(_SHOWN)

#: A repost's prefix before a transcript's role label (转载 | 卖家：…, 转自朋友圈 对方：…): the
#: poster hands on someone else's post, the label still gives the other side's lines.
_REPOST = (
    _alt("转载|转发|转帖|转自|分享|搬运|来源|出处|原帖|原文|引用|repost")
    + r"[：:]?(?:[^：:。！？!?\n，,]{0,8}?(?:网络|网上|朋友圈|群聊|微博|贴吧|论坛|公众号|群))?"
)
#: Verbs that introduce an inscription or a pitch someone else made (宣传单上写着：, 其号称：).
_INSCRIBED = (
    "写着|印着|贴着|标着|写著|印著|贴著|标著|写有|印有|标有|显示|写道|内容为|内容是|原话是|"
    # ((issue 9, session 48, accidents) a judgment's paraphrase of the ad: 内容大致为：…)
    "内容大致为|内容大致是|内容大体为|内容主要为|内容主要是|内容大概是|主要内容为|主要内容是|"
    "原文是|写的是|写了|印了|贴了|叫卖|兜售|推销|招揽|发布|张贴|散发|群发|投放|刊登|"
    # ((issue 9, session 51, reports) the place named before a bare 写: 商品标题里写：…, 简介上写“…”)
    "标题里写|标题上写|标题中写|简介里写|简介上写|页面上写|传单上写|招牌上写|帖子里写|"
    # a claim the writer doubts, named by its verb (当事人…，宣称“…”; 其号称：…)
    "宣称|声称|号称|谎称|扬言|鼓吹|吹嘘|标榜|夸称"
)
#: One of them opening the sentence with a colon, nobody before it, is the poster's own label
#: for its post (群发：…, 发布：…), the way 信息发布： heads a classified column: a report names
#: who sent it (该账号每天群发：…).
_LABEL = recache.compile(rf"[{re.escape(LEAD)}]*(?:{_INSCRIBED})[：:]")
#: (session 45, helper qa) A Q&A page's label for the post that follows (网友回复：…, 热心网友：…,
#: 网友回答：…), opening the text or right after the question it answers: the answerer is the
#: writer of its own post, not someone the writer quotes (有网友回复称…, mid-sentence, still is).
_POST_LABEL = recache.compile(
    rf"(?:^|(?<=[？?。！!]))[{re.escape(LEAD)}]*"
    r"(?:(?:热心|匿名)(?:网友|用户)(?:回复|回答|答复)?|(?:网友|知友|吧友)(?:回复|回答|答复))[：:]"
)


#: Someone else speaks before the candidate: a speaker, up to 8 characters of the clause, a
#: speech verb; or 据…介绍/称/反映 (the report's source).
_FRAME = recache.compile(
    _SPEAKERS
    # (the speaker in the writer's ironic quotes: 那个“老师”一直在强调：…)
    + rf"[{CLOSE_QUOTES}]?[^。！？!?\n{_O}{CLOSE_QUOTES}，,]{{0,8}}?"
    + _SAYS
    # (issue 9, session 34, helper endorse) not a seller's heading for a learner's testimony
    # (学员现身说法：…): 现身说法 is the ad's own word, no one's report
    + "(?<!现身说)"
    + "|"
    + _alt("据")
    + r"[^。！？!?\n，,]{0,10}?"
    + _alt("介绍|称|反映|透露|了解|描述|回忆|交代|供述")
    # or hearsay: 听说不过退费但条件很多 (what the writer heard, not what it offers)
    + "|"
    + _alt(
        "听说|听人说|听别人说|听朋友说|听同学说|据说|据传|听闻|"
        # (issue 9, session 48, left) or the news relayed with no speaker named (新闻里说有人在网上
        # 卖电工证…; 看到报道说…; 电视上讲…): the writer passes on a report, the seller is its subject
        "新闻里说|新闻上说|新闻说|新闻里讲|新闻上讲|新闻报道说|看新闻说|电视上说|电视里说|电视上讲|"
        "报道说|报道里说|报道称|看到报道说|看到报道讲|报纸上说|广播里说"
    )
    # (not the relative clause 新闻里说的那种骗子, a seller disowning what the news describes)
    + "(?!的)"
    # (issue 9, session 46, lead) or a sighting of someone else selling (我看到有人卖叉车证，三百一本;
    # 朋友圈刷到有人在卖焊工证): the seller is 有人, someone the writer saw, not the writer
    + "|"
    + r"(?:看到|看见|见到|碰到|遇到|刷到|发现)(?:网上|朋友圈|群里|街上|路边)?"
    + r"(?:有人|有商家|有中介|有店家|有个人|有贩子)在?(?:卖|出售|兜售|倒卖|代办|办|做)"
    # (issue 9, session 51, reports) or the words of an ad the writer came across, with no colon:
    # 在网上看到一则广告，上面写着会计证包过…; 收到一条短信，称不用考试… (the ad someone else's,
    # the writer its reader; a seller's 看到这条广告的朋友 has no inscription verb after it)
    + "|"
    + r"(?:看到|看见|见到|收到|刷到|搜到|发现)[^。！？!?\n]{0,8}?"
    + r"(?:广告|小广告|传单|宣传单|帖子|短信|消息|海报|视频|卡片|小卡片)[，,]?"
    + r"(?:上面|里面|上|里|中|其中)?"
    + _alt("写着|印着|写的是|写道|称|声称|宣称|号称|说是")
    # an inscription introduced by a colon or a quotation mark: 宣传单上写着：…, 页面显示“…”
    # ((seventeenth shift) but not a classified site's column heading, 信息发布：/ 免费发布：,
    # which is the poster's own line)
    + "|"
    + r"(?!(?<=信息)发布|(?<=免费)发布)"
    + _alt(_INSCRIBED)
    + rf"[：:{_O}]"
    # a transcript's role label: 对方：放心，包过 (the writer gives the other side's lines)
    # (at the start, or after a dateline, a source's colon or a hashtag: 央视网消息：卖家：…,
    # or after a repost's prefix, its separator gone: 转载 | 卖家：…, 转自网络 对方：…)
    # (issue 9, session 45, victims: or after a caption in brackets, （聊天截图）他：…, and 他 / 她,
    # the victim's word for the scammer in a screenshot it posts)
    + r"|(?:^(?:"
    + _REPOST
    + r")?|(?<=[：:#】\d])|(?<=截图[）)]))"
    + _alt(
        "对方|卖家|商家|中介|店主|摊主|老板|骗子|嫌疑人|被告人|男子|女子|办证人员|业务员|销售|"
        "买家|记者|民警|网友|他|她"
    )
    + r"[：:]"
    # a quotation read out of a message, an ad or a screenshot: 网友晒出收到的短信：“…”
    + "|"
    + _MEDIA
    + rf"[^。！？!?\n{_O}{CLOSE_QUOTES}，,]{{0,6}}?[：:]\s*[{_O}]"
    # (session 45, qa) or what such ads usually write, quoted (这类广告一般写“…”, 帖子里都说“…”): an
    # answerer explaining the trade; a seller quotes no "kind" of ad of its own
    + "|"
    + _MEDIA
    + rf"[^。！？!?\n{_O}{CLOSE_QUOTES}，,]{{0,4}}?(?:一般|通常|往往|常常|都|大多|一律)(?:会)?(?:写|说|称)[：:]?\s*[{_O}]"
    # or said to be what the message was (群里发的消息是：…, 短信内容为：…): no ad says that of itself
    # ((issue 9, session 48, accidents) a court's or an inspector's summary of it: 广告大意是：…,
    # 话术主要为：…, 广告模板为：…, 消息是这样写的：…)
    + "|"
    + _MEDIA
    + r"(?:里|上|中)?(?:内容|模板|原文)?(?:(?:主要|大致|大体|大概|大意|基本|一般|大多|通常)?(?:是|为)"
    + r"|大意|(?:是|就是)?(?:这样|这么|如此)写的)[：:]"
    # (session 35, helper reports) or the ad labelled as a thing the writer shows (短信内容如下：…,
    # 涉案广告：…, 该帖子原文：…): see _SHOWN, which also opens the rest of the sentence
    + "|"
    + _SHOWN
    # (session 39) an English report of spam before its quotation, as a tracker's maintainer writes
    # it (Reported as spam: "…", posted 50 issues like "…", the comment said "…"); read lowercased
    # with the spaces gone
    + "|"
    + r"(?:spam|reported|posted|wrote|said|comment|example|flagged|deleted|removed)"
    + rf"[^{_O}。！？!?\n]{{0,30}}?[：:]?[{_O}]"
)
#: The candidate named as the content of an ad, a message or a claim: 电工证免考拿证的广告,
#: 学历提升包过的电话, 办证刻章的短信 (a seller's own "…的服务/机构" is not among them).
_AS_CONTENT = recache.compile(
    # (session 43, chat) or as a kind of listing a platform's rule judges (代办证件、免考拿证类商品属于
    # 禁售商品; 办证类信息一律删除): a seller names its own kind of service without the verdict after it
    r"[^。！？!?\n]{0,12}?类(?:商品|服务|信息|广告|链接|帖子|内容|产品)"
    r"(?:属于|均属|都属|一律|均为|都是|属|不得|禁止|严禁|将被|会被)"
    + "|"
    + r"[^。！？!?\n，,]{0,6}?的"
    + _alt(
        "广告|小广告|信息|资讯|帖子|短信|简讯|电话|宣传|承诺|说法|字样|口号|噱头|链接|骗局|套路|谎言|"
        "陷阱|骗子|网站|群"
    )
    # (session 45) or the first items of a list the last of which is named as the ad:
    # 如遇代办电工证、免考拿证的广告，请…举报 (the 、 reads as ， once normalized; only the
    # nouns a seller never calls its own pitch: 信息, 电话 stay single-item)
    + "|"
    + r"(?:[、，,](?![我咱本])[^。！？!?\n、，,]{1,10}){1,3}?的"
    + _alt("广告|小广告|帖子|短信|宣传|骗局|套路|陷阱|谎言")
    # or named right after its quotation closes: “代办各类证件”信息, “办证加微信…”这类短信,
    # “……联系电话138…”的信息
    + "|"
    + rf"[^。！？!?\n{OPEN_QUOTES}]{{0,24}}?[{_C}](?:等|这类|这种|此类|之类的|一类|的|等的)?"
    + _alt(
        "广告|小广告|信息|帖子|短信|简讯|宣传|承诺|说法|字样|字眼|口号|噱头|骗局|套路|谎言|陷阱|"
        "内容|标语|话术|旗号|招牌|幌子|诱饵|几个字|几个大字|"
        # (session 35) a headline's investigation of it: “电工证三天出证”的背后 / 背后的猫腻
        "背后|真相|乱象|黑幕|内幕|猫腻|黑产|产业链"
    )
    # or the first word of a compound naming the ad: 办证广告, 包过短信
    + "|"
    + _alt("广告|小广告|广告语|短信|帖子|骗局|陷阱")
    # or pointed back at as a kind of thing: ……，交钱就发证，这样的培训班最近冒了出来
    + "|"
    # (a headline puts a space where the comma was; 像我们这样的机构 is the seller's own)
    + rf"[^。！？!?\n{OPEN_QUOTES}]{{0,4}}?[，,]?(?<![我们像咱])"
    + _alt("这样的|这类|这种|此类|类似的|诸如此类的")
    + f"(?:[{_O}]|"  # 这样的“便利”: the writer's ironic quotes
    + _alt("培训班|机构|中介|广告|小广告|信息|帖子|短信|承诺|说法|宣传|网站|网店|商家|骗局|套路")
    + ")"
    # or the last item of a list pointed back at as a whole: 考试包过、证书快速办理、学历提升保毕业
    # ……这些诱人的广告 (each item of the list is the ad's, not the writer's; the list's 、 and the
    # ellipsis read as ， and nothing once unseparated)
    # ((session 35) the candidate may end a few characters short of its clause: 电工证免考拿证，
    # 一周出证——这样的小广告…, the dash gone once unseparated)
    + "|"
    + rf"[^。！？!?\n{OPEN_QUOTES}、，,]{{0,8}}"
    + rf"(?:[、，,][^。！？!?\n{OPEN_QUOTES}、，,]{{1,12}}){{0,5}}(?:…+|\.{{3,}}|等)?[，,]?"
    + _alt("这些|这样的|这类|这种|此类|类似的|诸如此类的")
    + r"(?:[^。！？!?\n，,]{0,4}的)?"
    + _alt("广告|小广告|信息|帖子|短信|承诺|说法|宣传|口号|话术|字眼|噱头|骗局|套路|陷阱|诱饵")
    # (session 35, helper reports) or the writer says whose words they were: ……，这是他们的原话 /
    # 这就是办证广告的典型说辞 (not the seller's own: 这是我们的口号 keeps its 我们, 这是正规广告 its
    # boast)
    + "|"
    + rf"[^。！？!?\n{OPEN_QUOTES}]{{0,30}}?[，,]"
    + _alt("这是|这就是|这些是|这些都是|以上是|以上就是|以上都是|这便是|这都是")
    + r"(?:(?![我咱本真正官良])[^。！？!?\n，,]){0,10}?"
    + _alt("原话|说辞|话术|广告|小广告|广告语|宣传语|广告词|招生广告|骗术|套路|口号")
)
#: (session 43, typos) The candidate talked about as a word: its spelling, homophone or
#: abbreviation (“宝过”“抱过”都是包过的变体写法; dgz 是电工证的缩写; 把办证写成 bz): an explainer or a
#: warning names the word, a seller uses it. Read at the candidate's start.
_AS_WORD = recache.compile(
    r"[^。！？!?\n，,]{1,8}?(?:的[^。！？!?\n，,]{0,3}?"
    + _alt("写法|谐音|谐音字|同音字|缩写|简写|拼音缩写|首字母|变体|变种|暗语|黑话|代称|代号")
    + r"|(?:被)?"
    + _alt("写成|写作|谐音成|缩写成|简写成")
    + ")"
)
#: People described by what they claim: 说包过的机构, 号称能保录的中介.
_DESCRIBES = recache.compile(
    _alt("说|称|号称|宣称|自称|声称|承诺")
    + r"[^。！？!?\n，,]{1,14}?的"
    + _alt("中介|机构|商家|卖家|店家|人|广告|网站|群|培训班|老师|那些|都")
)


#: (issue 9, session 48, accidents) A caption under an exhibit that names it as an ad, a post or a
#: screenshot (（图为涉案广告截图）, 图为该机构在网上发布的招生广告): a report's picture note; a
#: seller's own (图为本校招生简章, 图为我们的证书) speaks in the first person and is refused where read.
CAPTION = (
    r"[（(]?(?:图为|上图为|下图为|图中为|图片为|截图为|图示为|配图为)[^）)\n。]{0,8}?"
    # (whose it is, in a word a seller never puts on its own: a shop's 图为学员朋友圈截图 is its
    # testimonial, not an exhibit)
    + _alt("涉案|涉事|该|某|违法|违规|虚假|被告人|嫌疑人|不法")
    + r"[^）)\n。]{0,14}?"
    + _alt(
        "广告|广告截图|截图|帖子|宣传|宣传单|招生简章|招生广告|朋友圈|短信|传单|海报|网页|商品页面"
    )
)

#: A quotation attributed after it ends: “包过，不过全退。”对方说 / “……”，一名工作人员告诉记者.
_POST_FRAME = recache.compile(
    rf"[{_C}][，,。！？!?\s]*[^{_O}。！？!?\n]{{0,14}}?"
    + "(?:"
    + _SAYS
    # or a third person the writer describes: “……你放心。”电话那头的女子语气笃定
    + "|"
    + _alt("男子|女子|对方|那头|卖家|商家|中介|店主|摊主|老板|骗子|嫌疑人|被告人|工作人员")
    # or pointed back at as a kind of message: “……”在一个群里，这样的消息每天都有 / 类似的广告
    + "|"
    + _alt("这样的|这类|这种|此类|类似的|类似|诸如此类的|同样的|这些")
    + _alt(
        "消息|信息|广告|小广告|帖子|短信|宣传|话术|说法|承诺|内容|字眼|文案|口号|宣传语|招生广告|"
        "推销|骗局|套路"
    )
    # or said to be what someone saw or received: “……”这是记者在群里看到的 / 是他收到的短信
    + "|"
    + _alt("看到|收到|刷到|搜到|晒出|截图|转发|拍下")
    # ((issue 9, session 48, accidents) or captioned as an exhibit: “……”（图为该机构发布的招生广告）)
    + "|"
    + CAPTION
    + ")"
)
_CAPTION_AFTER = recache.compile(rf"[{_C}][，,。！？!?]*" + CAPTION)
_OPEN = _O
_SPEAKER_RX = recache.compile(_SPEAKERS)
_HEADING = recache.compile(r"^【[^】]{0,12}】")

#: A speaker the writer owns (我们驾校承诺：…, 本机构郑重承诺：…, 咱们老师说了：…): the seller
#: speaking of itself is no one else's words reported (家长说，我们驾校… keeps the parent's frame).
#: (本 opens the name: 日本机构称 and 基本 are other words.)
_SELF_WORDS = "|".join(term_words("self_speaker"))
_OWN_SPEAKER = recache.compile(rf"(?:{_SELF_WORDS}|(?<![\u3400-\u9fff])本)的?$")
#: The seller's staff opening its own pitch (老师说了：我们班不过的，学费退给你，报名加V): at the
#: sentence's start, speaking for 我们/咱们/本校 and calling on the reader in the same sentence.
_STAFF = recache.compile(r"(?:招生老师|老师|客服|顾问|校长|教练|主任)$")
_STAFF_SAYS = recache.compile(rf"[了啦：:，,“「『\"'\s]*(?:{_SELF_WORDS})")


def _opens_quote(clean: str, frame_end: int, a: int, b: int) -> bool:
    """True when a quotation opens right at the frame's end (广告：“……”, 写道：“……”) and holds
    ``clean[a:b]``: however long the quoted ad, all of it is the speaker's."""
    q = quotation(clean, a, b)
    return q is not None and frame_end - 1 <= q[0] <= frame_end + 2


def quotation(sent: str, a: int, b: int) -> tuple[int, int] | None:
    """The closed quotation of ``sent`` holding ``sent[a:b]``, if any."""
    for m in _QUOTES.finditer(sent):
        if m.start() <= a and b <= m.end():
            return m.start(), m.end()
    return None


def reports_speech(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` names a speaker and its saying (主播说, 有人称, 听说; see ``_FRAME``)."""
    return _FRAME.search(text, lo, hi) is not None


#: (issue 9, session 60, review56) A speaker said not to dare say it (很多机构都不敢说包过，本校包过):
#: the 不敢 denies the saying, so nothing is relayed; whose 不敢 it is and what the writer claims
#: after it is ``context._dared``'s reading (a school's 同行都不敢说包过，我们更不敢 still denies).
_DARED_NOT = recache.compile(r"不敢(?:说|称|承诺|宣称|号称|声称|打包票|拍胸脯|保证说)$")


#: (issue 9, session 60, review59) The crowd's verdict the seller outbids at once (焊工证，好多人说免考
#: 都是骗人的，只有我们是真免考，微信 …; review56's ``silence._RIVAL_TRADERS``): the crowd frame relays
#: nothing the writer reports, the writer answers it in its own name.
_CROWD = recache.compile("很多人|好多人|许多人|不少人|好些人|有些人|有的人")
_CROWD_OUTBID = recache.compile(
    r"[^。！？!?\n]{0,16}?(?:假的|骗人的|骗局|骗子)[^，,。]{0,2}[，,]"
    rf"(?:只有|其实|但是|但|不过|可是)?(?:{_SELF_WORDS})"
)


def speech_frames(sent: str, a: int, b: int, calls: Callable[[], bool]) -> tuple[list[str], int]:
    """The speech frames before ``sent[a:b]`` in its sentence (at most two: 据学员介绍，老师说…)
    and the offset where the writer's own words end; no frames when the writer speaks (the
    seller's own speaker is the writer: ``calls`` says whether the sentence calls on the reader).

    Frames are read with the evaders' separators gone (包⭐过的信⭐息 is 包过的信息)."""
    clean, pos = unseparated(sent)
    ca, cb = bisect_left(pos, a), bisect_left(pos, b)
    frames = [
        m
        for m in _FRAME.finditer(clean, 0, cb)
        if m.end() < cb
        and not _DARED_NOT.search(m.group(0))
        and not (_CROWD.match(m.group(0)) and _CROWD_OUTBID.match(clean, m.end()))
        and not _own_speaker(clean, m, calls)
        and not _LABEL.fullmatch(clean, 0, m.end())
        and not _post_label(clean, m)
        and not _blanket_reply(clean, m)
        and not _turned(clean, m.end(), ca, calls)
    ]
    # The last frame before the candidate's last word counts: a span holds its context words
    # too (考生…客服称…保证通过), so the frame may sit inside it.
    if frames and (cb - frames[-1].end() <= 40 or _opens_quote(clean, frames[-1].end(), ca, cb)):
        return [m.group(0) for m in frames[-2:]], pos[frames[-1].end()]
    for m in _DESCRIBES.finditer(clean):
        if m.start() < ca < m.end():  # the candidate starts inside the description
            return [m.group(0)], pos[m.start()]
    m = _AS_CONTENT.match(clean, cb)
    if m is None:
        # a span that runs on past a clause into its back-reference (保过班、押题包过、不过退费，
        # 这些宣传在考前…: GP-001 reads 考前 as its scope): the pointer is read at the clause mark
        m = next(
            (
                k
                for p in range(ca + 1, cb)
                if clean[p] in "，,、" and (k := _AS_CONTENT.match(clean, p)) is not None
            ),
            None,
        )
    if m is None:
        m = _AS_WORD.match(clean, ca)
    if m:  # the noun (电话, 信息) names the ad, it is no offer cue of the writer's
        return [m.group(0)], b
    return [], len(sent)


#: (issue 9, session 48, left) The writer turning from what it relays to its own offer in a later
#: clause of the same sentence (看到报道说有人代办焊工证被抓了，别怕，我们走的是内部渠道…，要的私我):
#: a clause that opens with the seller's own words, maybe after a word of comfort or contrast.
_WRITER_TURN = recache.compile(
    # (session 60, review59) 只有 too: 好多人说免考都是骗人的，只有我们是真免考 (review56's seller)
    rf"(?:[，,](?:别怕|放心|别担心|其实|但是|但|不过|可是|只有)?[，,]?"
    # (issue 9, session 60, review59) or a two-character contrast with no comma, as a transcript
    # writes it (好多人说网上办证的都是骗子……但是我们这边不一样…): the crowd frame of review59
    # must end there as a comma would end it
    r"|(?<![，,])(?:但是|可是|不过))"
    rf"(?:{_SELF_WORDS})(?!的?[^，,]{{0,6}}(?:被骗|上当))"
)


def _turned(clean: str, after: int, ca: int, calls: Callable[[], bool]) -> bool:
    """Whether the writer turns to its own words (``_WRITER_TURN``) between a frame ending at
    ``after`` and the candidate at ``ca``, in a sentence that calls on the reader: the relayed
    words end at the turn, the candidate is the writer's. A victim's 我们 (我们差点上当) calls nobody;
    a turn inside a quotation the frame opens (写道：“你放心，我们这边…”) is the quoted seller's."""
    turn = _WRITER_TURN.search(clean, after, ca)
    if turn is None:
        return False
    # (session 53, reports4) from the frame's last character: a frame read up to its opening
    # mark (私信中写道：“) holds the quotation's start, and the turn inside it is still quoted
    between = clean[max(0, after - 1) : turn.start()]
    opened = sum(between.count(q) for q in OPEN_QUOTES)
    closed = sum(between.count(q) for q in CLOSE_QUOTES)
    quoting = opened > closed or any(q in between for q in STRAIGHT_QUOTES)
    return not quoting and calls()


def _post_label(clean: str, m: re.Match[str]) -> bool:
    """True when the frame is a Q&A post's label (网友回复：) opening its post: at the start or
    after the last question or sentence mark before it (a thread flattened into one text)."""
    head = max(clean.rfind(q, 0, m.start()) + 1 for q in "？?。！!")
    label = _POST_LABEL.match(clean, head)
    return label is not None and label.end() >= m.end()


#: (issue 9, session 68, styles13) A reply to everyone at once (评论区统一回复：…, 弹幕集中回复：…): the
#: poster answering its own comment section, never the comment section's words relayed.
_BLANKET_REPLY = recache.compile(r"(?:统一|集中|一并)(?:回复|答复|回答|回覆|答覆)$")


def _blanket_reply(clean: str, m: re.Match[str]) -> bool:
    """True when the frame is the writer's blanket reply (评论区统一回复：) opening the sentence,
    after nothing but a bracketed heading (【置顶】): a report that tells it (博主在评论区统一回复称…,
    该账号评论区统一回复：…) has its own subject before the frame and keeps it."""
    return _BLANKET_REPLY.search(m.group(0)) is not None and not _HEADING.sub(
        "", clean[: m.start()]
    ).strip(LEAD)


def _own_speaker(clean: str, m: re.Match[str], calls: Callable[[], bool]) -> bool:
    """True when the frame's speaker is the seller itself: named as the writer's own
    (我们驾校承诺：…, 本机构承诺：…), or its staff opening the sentence in the seller's first
    person and calling on the reader (老师说了：我们班不过的…，报名加V). A reporter's frame keeps
    its weight (记者调查发现，有的驾校承诺…; 网友称，老师说了：我们班…)."""
    head = clean[: m.start()]
    if _OWN_SPEAKER.search(head):
        return True
    speaker = _SPEAKER_RX.match(m.group(0))
    return (
        speaker is not None
        and not _HEADING.sub("", head).strip(LEAD)
        and _STAFF.search(speaker.group(0)) is not None
        and _STAFF_SAYS.match(clean, m.end()) is not None
        and calls()
    )


def post_frame(text: str, lo: int, start: int, end: int, hi: int) -> tuple[list[str], int]:
    """A quotation holding the candidate and attributed after its close (“…包过…。”对方说):
    the quoted words are the speaker's; the writer's own end where the quotation opens."""
    opened = max(text.rfind(q, lo, start) for q in _OPEN)
    if opened < 0:
        return [], hi - lo
    # A span may run past the quotation's close into the frame's words (“报我们的班，包你过。”
    # 这是招生人员…: GP-002 reads 招生 as its scope): the frame is read from the close.
    closes = [i for q in CLOSE_QUOTES if (i := text.find(q, start, end)) >= 0]
    after = min(closes) if closes else end
    # (issue 9, session 48, accidents) an exhibit's caption right after the close, read with the
    # evaders' separators gone (“……”（图⭐为某中⭐介发布的小广告）)
    shut = [i for q in CLOSE_QUOTES if (i := text.find(q, after, hi + 1)) >= 0]
    m = _CAPTION_AFTER.match(unseparated(text[min(shut) : hi + 30])[0]) if shut else None
    if m is None:
        m = _POST_FRAME.search(simplify_chars(text[after : min(len(text), hi + 30)]))
    if m is None or any(q in text[after : after + m.start()] for q in OPEN_QUOTES):
        return [], hi - lo
    if "我" in m.group(0) or "本" in m.group(0):  # 我们说到做到: the seller's own voice
        return [], hi - lo
    return [m.group(0).lstrip(_C + "，,。！？!? ")], opened - lo


#: (session 49, kangxi) The radicals an evader writes for ordinary characters: the Kangxi radicals
#: and the CJK radicals supplement (a cheap test before the fold).
_RADICAL = recache.compile("[\u2e80-\u2fdf]")


@functools.cache
def _radical_fold() -> dict[int, str]:
    """Each radical the normaliser folds to an ordinary character (:func:`simplify_chars`), as
    that character: one for one."""
    return {
        cp: out
        for cp in range(0x2E80, 0x2FE0)
        if len(out := simplify_chars(chr(cp))) == 1 and out != chr(cp) and out.isalpha()
    }


#: (issue 9, session 62, speed1) :func:`unseparated`'s answers for the scan under way, by the
#: string read: one candidate's stance reads the same window around it three or four times (the
#: shop-chat readings ``stance._turn_refuses`` for each kind of label, ``_shop_sends_to_exam``),
#: and the candidates of one sentence read the same sentence and the same lines after it (about a
#: third of the calls on domain-dense pages). The answer is a function of the string alone;
#: callers only read it (the offsets list is shared, never changed). Emptied at each scan's
#: start and end (:func:`forget`) and whenever it holds ``_UNSEPARATED_MAX`` strings: no growth
#: across pages. A dense 20 KB page reads about 75 distinct strings; 64 keep the same repeats
#: (256 held more offset lists and raised the peak RSS by 0.2 MB for nothing).
_UNSEPARATED: dict[str, tuple[str, list[int]]] = {}
_UNSEPARATED_MAX = 64


def forget() -> None:
    """Empty the per-scan memo of :func:`unseparated` (called as each scan starts)."""
    _UNSEPARATED.clear()


def unseparated(sent: str) -> tuple[str, list[int]]:
    """:func:`_unseparated` of ``sent``, from the scan's memo when the same string was read
    already (see ``_UNSEPARATED``). The offsets list is shared: read it, never change it."""
    got = _UNSEPARATED.get(sent)
    if got is None:
        got = _unseparated(sent)
        if len(_UNSEPARATED) >= _UNSEPARATED_MAX:
            _UNSEPARATED.clear()
        _UNSEPARATED[sent] = got
    return got


def _unseparated(sent: str) -> tuple[str, list[int]]:
    """``sent`` without spaces, symbols, format characters and the filler marks evaders put
    between characters, in simplified characters (說 is 说), and for each kept character (and
    the end) its offset in ``sent``.

    (session 49, kangxi) A radical written in place of an ordinary character (⼀ ⼈ ⼤, the Kangxi
    radicals U+2F00–U+2FD5 and the CJK radicals supplement) is a symbol to the separator class
    and was dropped with the real separators, so 被告⼈ read as 被告 and 混为⼀谈 as 混为谈: it
    is read as the character it stands for first (:func:`_radical_fold`, one for one, so the
    offsets still point into ``sent``). Only these: other symbols the normaliser folds to
    characters (○ to 〇, ㊣ to 正) are fillers and decoration between an evader's characters."""
    if _RADICAL.search(sent):
        sent = sent.translate(_radical_fold())
    # Every alternative of _SEPARATOR is one character: its matches are the characters to
    # drop, and the runs between them are kept whole (one slice each, not one test per character).
    keep: list[int] = []
    pieces: list[str] = []
    prev = 0
    for m in _SEPARATOR.finditer(sent):
        at = m.start()
        if at > prev:
            keep.extend(range(prev, at))
            pieces.append(sent[prev:at])
        prev = at + 1
    if prev < len(sent):
        keep.extend(range(prev, len(sent)))
        pieces.append(sent[prev:])
    keep.append(len(sent))
    return simplify_chars("".join(pieces)), keep


#: (session 37, helper sources) A source note or a back-reference that stands on its own line
#: right after a quoted ad (or a short run of quoted lines) and names it as someone else's:
#: ——摘自某市应急管理局通报, 来源：某区检察院公众号, （本报记者 某某）, 据某报报道，……,
#: 以上为涉案网店的商品描述, 这样的广告…, 就这样一句话…, 这是记者在群里看到的消息. A dash-led
#: source (——摘自…) may also follow the sentence on its own line. The note never speaks in the
#: first person (——这就是我们的承诺, 以上是我们的服务 are the seller's own).
_NOTE_LINE = recache.compile(
    # ((issue 9, session 48, accidents) a caption naming the picture above as someone's ad: 图为涉案
    # 广告截图, （图为该机构发布的招生广告）; the first person is refused below)
    CAPTION + "|"
    # a source: ——摘自…, 来源：…, 出处：…, 转自…
    r"(?:原文)?(?:摘自|节选自|引自|转引自|截自|摘录自|转自|来源[：:]|来源于|出处[：:]|"
    r"资料来源|信息来源|图片来源)"
    # a byline: （记者 某某）, （本报记者 … 通讯员 …）
    + r"|[（(](?:本报|本台|本刊|本网|央视|新华社)?(?:记者|通讯员|见习记者|实习记者|特约记者)"
    # a news agency's or a paper's attribution: 据北京日报报道，…
    + r"|据[^。！？!?\n，,]{1,14}?(?:报道|消息|通报|披露)"
    # pointed back at: 以上为涉案网店的商品描述, 上述内容系某网店的宣传文字
    + r"|(?:以上|上述|上面)[^。！？!?\n，,]{0,14}?"
    + _alt("广告|宣传|描述|标题|文字|原话|话术|帖子|短信|截图|文案|说辞|传单")
    # 这样的广告…, 此类信息…, 这些小卡片…
    + "|"
    + _alt("这样的|这类|这种|此类|类似的|这些|诸如此类的")
    + r"[^，,。！？!?\n]{0,4}?"
    + _alt(
        "广告|小广告|信息|消息|帖子|短信|宣传|话术|说法|承诺|内容|字眼|文案|口号|宣传语|卡片|"
        "小卡片|传单|标语|招牌|横幅"
    )
    # 就这样一句话…, 这么几行字…
    + r"|(?:就?这样|这么|就这么)(?:短短)?(?:一句话|几句话|一行字|几行字|几个字|一段话|一张小?卡片)"
    # 这是记者在群里看到的消息 / 这就是他收到的短信
    + r"|这(?:是|就是)[^。！？!?\n]{0,20}?"
    + _alt("看到|收到|刷到|搜到|发现|截获|拍到|拍下|摘录|截取")
    + "的"
)
#: after a dash (read on the raw line: the dash is a separator once unseparated), the ad's source
#: named: ——某涉案账号发布的内容
_DASH_NOTE = recache.compile(
    r"(?:某|该|涉案|涉事|一则|一条|一名|一家)[^。！？!?\n，,]{0,14}?"
    + _alt("内容|帖子|广告|短信|标题|文案|宣传语|截图|传单")
    # (session 39) or the seller who wrote it, as the quoting writer puts it: ——某平台上的卖家这样写道
    + r"|(?:某|该|涉案|涉事|一名|一家)[^。！？!?\n，,]{0,14}?(?:这样写道|如此写道|写道|这样写|留言称|声称|宣称)"
)
_DASH = "—–－-~"
#: a line that is a quotation and nothing more (a run of quoted ads, one a line); (session 39,
#: gh) a markdown blockquote line too (> 电工证免考 加V …): a forum or issue reply quoting the
#: comment it answers
_QUOTED_LINE = recache.compile(rf"[{_O}][^\n]*[{_C}][。！？!?；;，,]?|>[^\n]*")
#: 这是我们在平台上搜到的: a finder's first person, not a seller's
_FOUND = recache.compile(r"(?:看到|刷到|搜到|发现|截获|拍到|拍下)的$")
_FIRST_PERSON = recache.compile(r"我|咱|(?<![\u3400-\u9fff])本(?![报台刊网院])")


#: (issue 9, session 51, reports) A back-reference that judges what stands above it as fake or a
#: scam (经鉴定，上述证件均系伪造; 以上说法均系虚假宣传; 这些说法都是骗局; 这种消息…都是骗子): a
#: report's or a warning's verdict on the lines it has just shown, which may be plain, unquoted
#: lines (an exhibit's 附：涉案微信号发布的内容 / the ad / 经查，上述证件均系伪造). No negation or
#: question may come between (上述证件均非伪造; 这些都不是假的; 这些都是骗局吗 are no verdict), and
#: the line never speaks in the first person (a seller's 以上都是假的？本店保真 is refused below).
_JUDGED_NOTE = recache.compile(
    r"(?:以上|上述|上面|前述|这些|这类|此类|这样的|这种)[^。！？!?\n不非没无未]{0,12}?"
    r"(?:均系|均为|均属|都是|全是|全都是|全部是|全系|纯属|系|是|为|属)"
    r"[^。！？!?\n，,不非没无未]{0,6}?"
    r"(?:伪造|假的|假证|假货|虚假|骗局|诈骗|骗人|骗子|谎言|违法|非法)"
    r"(?![^。！？!?\n]{0,3}[吗么？?])"
)
#: (issue 9, session 54, speed5) A character every alternative of ``_JUDGED_NOTE`` holds one of,
#: in its back-reference (以上, 上述, 上面, 前述, 这些, 这类, 此类, 这样的, 这种) and in its verdict
#: (伪造, 假的, 假证, 假货, 虚假, 骗局, 诈骗, 骗人, 骗子, 谎言, 违法, 非法): the cheap test before the
#: fold (:func:`_nfkc_folds_to`).
_JUDGED_BACK_CHARS = "上前这此"
_JUDGED_VERDICT_CHARS = "伪假骗谎违非"
#: How far a line is read for a note (its opening words) and at most (bounded reads: a page may
#: hold no line break at all)
_NOTE_HEAD = 40
_LINE_CAP = 240


def _nfkc(line: str) -> str:
    """``line`` with look-alike code points folded (一 written as the Kangxi radical ⼀)."""
    return unicodedata.normalize("NFKC", line)


@functools.cache
def _nfkc_folds_to(chars: str) -> re.Pattern[str]:
    """A character class of every character that reads as one of ``chars`` once folded the way
    :func:`_judged` folds a line (:func:`_nfkc`, then :func:`unseparated`: a radical folded, the
    one-for-one table), ``chars`` themselves included; ``chars`` are CJK ideographs.

    (issue 9, session 54, speed5) A pattern whose every alternative holds one of ``chars`` can
    match the folded line only where the raw line holds a character of this class: NFKC maps
    each character on its own (its compositions join a base and a combining mark, and never
    make an ideograph), the table maps one character to one, unseparating only drops. Every
    character NFKC or the table changes is a key of the normaliser's tables (built for every
    code point NFKC changes); one that none changes reads as itself."""
    from lexicon.normalize import _light_table, _tables

    simple, expand = _tables()
    light = _light_table()
    wanted = frozenset(chars)
    found = set(chars)
    for cp in (*simple, *expand):
        c = chr(cp)
        out = c if unicodedata.is_normalized("NFKC", c) else _nfkc(c)
        # the table at most three times: unseparated folds a radical (one pass of it) and
        # simplifies; a pass more finds the same characters or more, never fewer
        once = out.translate(light)
        twice = once.translate(light)
        if not wanted.isdisjoint(out + once + twice + twice.translate(light)):
            found.add(c)
    return recache.compile("[" + "".join(map(re.escape, sorted(found))) + "]")


def note_after(text: str, hi: int, judged: bool = False) -> str | None:
    """A source note or a back-reference on the line after the sentence ending at ``hi`` (or,
    dash-led, right after it on the same line), past at most three lines that are quotations
    and nothing more; its words, or None. (session 51) A verdict on what it follows
    (:data:`_JUDGED_NOTE`) may come past plain lines too, or as the next sentence of the line;
    ``judged`` asks for such a verdict only."""
    at = hi
    n = len(text)
    while at < n and text[at] in "。！？!?；;" + _C + " \t\u3000":
        at += 1
    same_line = True
    plain = judged  # an unquoted line passed: only a verdict on it (_JUDGED_NOTE) reaches back
    for _ in range(4):
        if at < n and text[at] == "\n":
            same_line = False
            while at < n and text[at] in "\n \t\u3000":
                at += 1
        elif not same_line:
            return None
        if same_line and (at >= n or text[at] not in _DASH):
            # (cheap first: on the sentence's own line only a dash-led source, or the next
            # sentence's verdict on it: 群里有人发：…联系我。这种消息…都是骗子)
            return _judged(text[at : at + _NOTE_HEAD]) if at > hi else None
        stop = text.find("\n", at, at + _LINE_CAP)  # (bounded: a page may have no line breaks)
        line = text[at : at + _LINE_CAP if stop < 0 else stop]
        bare = line.lstrip(" \t\u3000")
        dash = bool(bare) and bare[0] in _DASH
        if not same_line and (verdict := _judged(bare)):
            return verdict
        clean = unseparated(_nfkc(bare.lstrip(LEAD + _DASH)[:_NOTE_HEAD]))[0]
        m = _NOTE_LINE.match(clean) if (dash or not same_line) and not plain else None
        if m is None and dash:
            m = _DASH_NOTE.match(clean)
        if m is None and not same_line:
            # after a short lead-in of its own: 记者梳理发现，此类广告…
            comma = re.search(r"[，,]", clean[:14])
            m = _NOTE_LINE.match(clean, comma.end()) if comma else None
        if m is not None:
            note = m.group(0)
            if _FIRST_PERSON.search(note) and not _FOUND.search(note):
                return None  # ——这就是我们的承诺: the seller's own
            return note
        if same_line or stop < 0:
            return None
        plain = plain or not _QUOTED_LINE.fullmatch(line.strip())
        at = stop
    return None


def _judged(line: str) -> str | None:
    """The verdict of :data:`_JUDGED_NOTE` opening ``line`` (or after a short lead-in of its
    own: 经鉴定，上述…), unless the line speaks in the first person; its words, or None."""
    head = line.lstrip(" \t\u3000" + LEAD)[:_NOTE_HEAD]
    # (issue 9, session 54, speed5) the cheap tests first: no form of a back-reference's
    # character or of a verdict's in the raw head, no verdict (most lines after a sentence)
    if (
        _nfkc_folds_to(_JUDGED_VERDICT_CHARS).search(head) is None
        or _nfkc_folds_to(_JUDGED_BACK_CHARS).search(head) is None
    ):
        return None
    raw = _nfkc(head)
    clean, pos = unseparated(raw)
    m = _JUDGED_NOTE.match(clean)
    if m is None and (comma := re.search(r"[，,]", clean[:14])):
        m = _JUDGED_NOTE.match(clean, comma.end())
    if m is None or _FIRST_PERSON.search(clean[: m.end() + 12]):
        return None
    # (session 51, review11) ``unseparated`` folds a question mark (？, ? after NFKC) into 。, so
    # the pattern's own question lookahead never sees one: the seller's 这些都是假的？放心 is a
    # question, read on the unfolded words after the verdict
    if _ASKED_AFTER.match(raw, pos[m.end()]):
        return None
    return m.group(0)


#: A question right after a verdict's words on the unfolded line (都是假的？, 是骗人的吗): as
#: ``_JUDGED_NOTE``'s own lookahead, three characters at most before the mark.
_ASKED_AFTER = recache.compile(r"[^。！!\n]{0,3}?[吗么?？]")


def _quoted_lines(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of the whole lines ``text[lo:hi]`` stands on, where each of them is a quotation
    and nothing more (a span may run over several quoted lines); None where the sentence has no
    line of its own (a long paragraph, a page without line breaks) or a line is more than a quote.
    Blank lines (whitespace only, a stray carriage return too) are skipped."""
    start = text.rfind("\n", max(0, lo - _LINE_CAP), lo) + 1
    stop = text.find("\n", hi, hi + _LINE_CAP)
    if (start == 0 and lo > _LINE_CAP) or (stop < 0 and hi + _LINE_CAP < len(text)):
        return None
    stop = len(text) if stop < 0 else stop
    lines = (x.strip(" \t\u3000") for x in text[start:stop].split("\n") if x.strip())
    if not all(_QUOTED_LINE.fullmatch(x) for x in lines):
        return None
    return start, stop


def quoted_line_neighbours(text: str, lo: int, hi: int) -> list[str]:
    """(session 37, helper sources) Where the sentence ``text[lo:hi]`` is a line that is a
    quotation and nothing more (a bare quoted ad standing in a report's paragraph: “电工证包过，
    加V”), the nearest line before and after it that is not one, past at most three quoted
    lines and blank lines either way (each cut to 120 characters); none otherwise."""
    own = _quoted_lines(text, lo, hi)
    if own is None:
        return []
    start, stop = own
    out: list[str] = []
    at = start - 1  # the newline before the line, if any
    for _ in range(4):
        if at <= 0:
            break
        prev = max(text.rfind("\n", max(0, at - _LINE_CAP), at) + 1, at - _LINE_CAP)
        line = text[prev:at].strip(" \t\u3000")
        at = prev - 1
        if line and not _QUOTED_LINE.fullmatch(line):
            out.append(line[-120:])
            break
    at = stop
    for _ in range(4):
        if at >= len(text):
            break
        nxt = text.find("\n", at + 1, at + 1 + _LINE_CAP)
        nxt = min(len(text), at + 1 + _LINE_CAP) if nxt < 0 else nxt
        line = text[at + 1 : nxt].strip(" \t\u3000")
        at = nxt
        if line and not _QUOTED_LINE.fullmatch(line):
            out.append(line[:120])
            break
    return out


#: (session 37) Enforcement and debunking words that make a line beside a quoted line a report
#: of it (the stance's strong report cues are read there too): …\n该账号已被封禁 / 已责令整改 /
#: 系不实信息. Not 谨防, 提醒 or 假证 alone: sellers write 谨防假冒, 温馨提醒, 我们不做假证.
LINE_REPORT = recache.compile(
    "责令|整改|罚款|被罚|处罚|立案|查处|查封|封禁|封号|被封|已下架|被下架|曝光|监管部门|市场监管|"
    "违法|诈骗|骗局|骗子|谣言|辟谣|不实|上当|受骗|典型案例|以案说法|案例|调查|"
    # (session 39, gh) a moderator's or a user's line under a quoted spam comment
    "已删除|已经删了|已删|已举报|举报了|广告机器人|垃圾广告"
)


def line_note(line: str) -> str | None:
    """The source note (来源：…, ——摘自…, （记者 …）, 据…报道) or back-reference opening ``line``."""
    m = _NOTE_LINE.match(unseparated(_nfkc(line.lstrip(LEAD + _DASH)[:_NOTE_HEAD]))[0])
    return m.group(0) if m and (not _FIRST_PERSON.search(m.group(0))) else None


def quoted_run(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """(issue 9, session 48, accidents) Where the sentence ``text[lo:hi]`` stands on a line that
    is a quotation and nothing more, the span of the run of such lines around it (at most four
    either way, blank lines between them included): an exhibit quoted one line at a time
    (“叉车证 不用考 包拿证 1500元”\n“需要的联系 微信 cc_1500”), whose number is the exhibit's as
    much as the line that holds it. None otherwise."""
    own = _quoted_lines(text, lo, hi)
    if own is None:
        return None
    start, stop = own
    for _ in range(4):
        if start <= 0:
            break
        prev = text.rfind("\n", max(0, start - 1 - _LINE_CAP), start - 1) + 1
        line = text[prev : start - 1].strip(" \t\u3000")
        if line and not _QUOTED_LINE.fullmatch(line):
            break
        start = prev
    for _ in range(4):
        if stop >= len(text):
            break
        nxt = text.find("\n", stop + 1, stop + 1 + _LINE_CAP)
        nxt = len(text) if nxt < 0 else nxt
        line = text[stop + 1 : nxt].strip(" \t\u3000")
        if line and not _QUOTED_LINE.fullmatch(line):
            break
        stop = nxt
    return start, stop


#: (issue 9, session 48, accidents) A line that heads an exhibit: the ad, the post or the chat of
#: someone the writer investigates or tries, shown on the lines under it without quotation marks
#: (附件：涉案广告内容 / 证据二：被告人发布的广告（截图） / 通报附：违法广告截图（部分）). The heading
#: names whose words they are by a word no seller puts on its own ad (涉案, 违法, 被告人, 查获 …).
_EXHIBIT_HEAD = recache.compile(
    r"(?:[^：:\n。！？!?]{0,8}[：:])?[^：:\n。！？!?，,]{0,16}?"
    + _alt(
        "涉案|涉事|违法|违规|虚假|被告人|犯罪嫌疑人|嫌疑人|当事人|查获|截获|提取|扣押|被举报|"
        "该账号|该网店|该中介|该机构"
    )
    + r"[^：:\n。！？!?，,]{0,10}?"
    + _alt(
        "广告|小广告|帖子|短信|消息|文案|宣传语|话术|传单|海报|朋友圈|聊天记录|商品信息|商品标题|"
        "网页|宣传单|招生简章"
    )
    + r"(?:内容|原文|全文|截图|截图文字|文字|节选|摘录|摘要)?"
    + r"(?:[（(][^）)\n]{1,8}[）)])?(?:如下)?[：:]?"
)
#: (issue 9, session 54, speed5) A character every alternative of ``_EXHIBIT_HEAD`` holds one of,
#: in the party or seizure it names (涉案, 违法, 虚假, 被告人, 犯罪嫌疑人, 当事人, 查获, 截获, 提取,
#: 扣押, 该账号 …) and in the kind of ad (广告, 帖子, 短信, 消息, 文案, 宣传语, 话术, 传单, 海报,
#: 朋友圈, 聊天记录, 商品信息, 网页, 招生简章 …): the cheap test before the fold.
_EXHIBIT_PARTY_CHARS = "涉违虚被犯嫌当查截提扣该"
_EXHIBIT_KIND_CHARS = "广帖短消文宣话传海朋聊商网招"
#: how many lines under the heading are its exhibit, and how long each may be
_EXHIBIT_LINES = 4
_EXHIBIT_LINE_CAP = 120


def exhibit_head(text: str, lo: int) -> tuple[str, int, int] | None:
    """(issue 9, session 48, accidents) Where the sentence starting at ``lo`` stands on one of the
    first lines under an exhibit's heading (see ``_EXHIBIT_HEAD``; short lines, no blank line
    between), the heading's words and the span of the exhibit's lines; None otherwise."""
    start = text.rfind("\n", max(0, lo - _EXHIBIT_LINE_CAP), lo) + 1
    if start == 0:
        return None  # (no line above the sentence's, or a line too long to be an exhibit's)
    at = start - 1  # the newline before the sentence's line
    for _ in range(_EXHIBIT_LINES):
        prev = text.rfind("\n", max(0, at - _EXHIBIT_LINE_CAP), at) + 1
        if prev == 0 and at > _EXHIBIT_LINE_CAP:
            return None
        line = text[prev:at].strip(" \t\u3000")
        if not line:
            return None  # a blank line ends the exhibit
        # (issue 9, session 54, speed5) the cheap tests first: a heading names a party or a
        # seizure and a kind of ad (``_EXHIBIT_PARTY_CHARS``, ``_EXHIBIT_KIND_CHARS``); a line
        # with no form of a character of either is no heading, and is not folded
        if (
            _nfkc_folds_to(_EXHIBIT_PARTY_CHARS).search(line) is not None
            and _nfkc_folds_to(_EXHIBIT_KIND_CHARS).search(line) is not None
        ):
            clean = unseparated(_nfkc(line.lstrip(LEAD)))[0]
        else:
            clean = ""
        if clean and _EXHIBIT_HEAD.fullmatch(clean):
            stop = at
            for _ in range(_EXHIBIT_LINES):
                nxt = text.find("\n", stop + 1, stop + 1 + _EXHIBIT_LINE_CAP)
                if nxt < 0:
                    nxt = len(text) if len(text) - stop - 1 <= _EXHIBIT_LINE_CAP else -1
                if nxt < 0 or not text[stop + 1 : nxt].strip(" \t\u3000"):
                    break
                stop = nxt
            return clean, at + 1, max(stop, lo)
        if prev == 0:
            return None
        at = prev - 1
    return None
