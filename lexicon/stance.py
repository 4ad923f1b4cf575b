"""Reported or offered: the second stage that reads the sentence around a candidate.

A rule finds the words of a violation; whether the text *offers* it (a listing, a seller's pitch)
or *reports* it (news, a court finding, a regulator's warning, a buyer's story) is a different
question, and real pages answer it one sentence at a time: a news page quotes a seller in one
paragraph, a forum reposts a verdict under an ad. Cues are read from the candidate's sentence
(and the clause before it, where reports put their subject):

* offer cues — a contact nearby, seller words (加V、私聊、联系我们、本店、有需要的), second
  person (你、您), first-person sellers (我们), prices, exclamations and ad brackets;
* report cues — reporters, police, courts, defendants, gangs (记者、警方、法院、被告人、团伙),
  reported speech (称、声称、宣称、对方、有的机构), narrative (近日、当时、后来), a question
  about the trade (为何…?), and a quotation inside a frame that speaks about it;
* a speech frame — someone other than the writer says it before the candidate (客服称…,
  老师拍胸脯说…, 据学员介绍…, 有人发帖称…, 他们在朋友圈宣传…, 其广告称…), an inscription is
  quoted (宣传单上写着：…, 页面显示“…”), the candidate is named as what an ad or a claim
  says (电工证免考拿证的广告, 办证刻章的短信), or the candidate describes
  people by what they say (说包过的机构): the words after the frame are that speaker's, so
  the weak offer cues among them (你、保证、报名、价格 words) are not the writer's offer.

Cue words are data (``lexicon/terms/stance_*.yaml``, ``role: stance``, weight per set). The
verdict is ``report`` at a sum of -2 or below, ``offer`` at +2 or above, else ``unclear`` (the
rules decide, and the learned scorer weighs it where there is one). The cues are kept, so
``adsweep scan --explain`` and the finding say why.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from lexicon import recache
from lexicon.alternation import words_pattern, words_regex
from lexicon.codeshape import code_shaped
from lexicon.frames import (
    LEAD,
    LINE_REPORT,
    SHOWN,
    exhibit_head,
    line_note,
    note_after,
    post_frame,
    quotation,
    quoted_line_neighbours,
    quoted_run,
    reports_speech,
    speech_frames,
    unseparated,
)
from lexicon.lines import find_any, line_start, rfind_any
from lexicon.normalize import (
    Normalized,
    normalize,
    normalize_light,
    simplify_chars,
    window_text,
)
from lexicon.posts import post_heads, urgent_tail
from lexicon.quotes import CLOSE_QUOTES, OPEN_QUOTES, QUOTATION, STRAIGHT_QUOTES
from lexicon.rules import term_words

__all__ = [
    "OFFER_AT",
    "TRUST_DEVICE",
    "Stance",
    "StanceReader",
    "framed",
    "menu_blanked",
    "needs_offer",
    "referral",
    "sentence_bounds",
]

#: Sentence ends (a semicolon joins clauses of one sentence: "据嫌疑人交代，……；二是……").
#: A full stop right before a closing quotation mark ends the quoted words, not the writer's
#: sentence: news writes “……，费用1800元。”王某说。 / “……。”这样的消息每天都有, and the frame
#: after the quotation belongs to it.
#: A line break after a comma or a colon is the page's layout (scraped paragraphs wrap at a
#: width: 有考生称，\n报名时客服…), not the end of the writer's sentence.
#: (Quotation marks, curly, corner and straight, come from ``lexicon.quotes`` for every stage.)
_O = OPEN_QUOTES + STRAIGHT_QUOTES
_C = CLOSE_QUOTES + STRAIGHT_QUOTES
_SENT_END = recache.compile(rf"[。！？!?](?![{_C}])|(?<![，,、：:；;{OPEN_QUOTES}])\n")
_QUESTION = "?？"
#: A sentence that ends asking (…吗, …么, …呢) asks about the trade rather than offering it.
_ASKS = recache.compile(
    r"(?:吗|么|呢"
    # (session 33) a tag question asking to be told it is so (这种是犯法的吧, 不会是假的吧, 是骗子吧):
    # the writer doubts the trade; a seller's 吧 calls (加我吧, 放心吧), never judges
    r"|(?:犯法|违法|合法|假的|真的|骗人|骗子|骗局|坑人|靠谱|正规|有用|被骗)的?吧)"
    r"[\s?？]*(?:(?:[（(][^）)\n]{0,20}[）)]|\[[^\]\n]{1,8}\])[\s。]*)?$"
)  # (a caption or an emoticon code after it: ……你敢报吗[doge])
#: A quotation: paired marks (straight quotes pair with each other), on one line.
#: (A line break right after a comma inside one is the page's layout, as in a sentence.)
_QUOTES = QUOTATION
#: A phone number written with some digits hidden (138xxxx6621, 130********): still a number
#: left for the reader to call.
_MASKED_PHONE = recache.compile(r"(?<![0-9])1[3-9](?=[0-9x*]{9}(?![0-9a-z]))[0-9]*[x*]")
#: A landline or a 400 number after a word that offers it (报名电话 0531-88776655, 咨询热线 400-…):
#: schools and shops give these, and the contact reader keeps only mobiles and ids. A hotline for
#: reports (举报电话, 投诉电话, 监督电话 …) is a regulator's, not an offer.
_LANDLINE = recache.compile(
    r"(?<!举报)(?<!投诉)(?<!监督)(?<!报警)(?<!信访)(?<!值班)(?<!反诈)"
    r"(?:电话|热线|座机|tel|咨询|报名|联系|致电)[^0-9。！？!?\n]{0,4}?"
    r"(?<![0-9])(?:0[1-9][0-9]{1,2}[\s\-–—)）]*[2-9][0-9]{2,3}[\s\-]?[0-9]{4}"
    # (session 43, contacts) and an 800 number the same way (全国统一服务热线 800-830-5566)
    r"|[48]00[\s\-]?[0-9]{3}[\s\-]?[0-9]{4})(?![0-9])"
)
#: (session 43, contacts) Ways to reach a seller that are neither a mobile nor an id the contact
#: reader stores, read where the sentence has no contact of its own (see ``judge``):
#: an e-mail address (资料发邮箱 dgz_2026@163.com); an office's (…@….gov.cn, ….edu.cn) or one given
#: for reports or CVs (举报邮箱, 发送邮件至 … 举报, 简历请发) is not a seller's.
_EMAIL = recache.compile(
    r"(?<![a-z0-9._%+\-])[a-z0-9][a-z0-9._%+\-]{1,40}@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,6}"
    r"(?![a-z0-9])"
)
_EMAIL_OFFICE = recache.compile(r"\.(?:gov|edu)(?:\.[a-z]{2})?$")
_EMAIL_NOT = recache.compile(r"举报|投诉|监督|信访|简历|反馈|纠错")
#: …the last digits of a phone the buyer is told to look for (认准尾号6677, 尾号8899 李老师): a
#: seller's sign-off, weaker than a number to call; a report's redaction (嫌疑人王某（手机尾号6677）,
#: 尾号为8899的手机号) sits in brackets or describes the number, and its report words outweigh it.
_TAIL_NUMBER = recache.compile(r"尾号(?:是|为)?[:：]?\s*[0-9]{4}(?![0-9]|的)")
#: …a bare number ending a line after the pitch, the id left with no key (焊工证 不考试 可上网查
#: 2233 4455 66): six to eleven digits after a space, the line with no clause marks; a date
#: (20260315), a price (1200) or a number named by a word before it (证号, 单号, 编号) is not one.
_BARE_NUMBER = recache.compile(
    r"(?<=[\u4e00-\u9fff])[ \t\u3000]+([1-9](?:[ \-]?[0-9]){5,10})[ \t\u3000]*$"
)
_BARE_NOT = recache.compile(r"号|码|价|元|块|年|月|日|期|第")
_ENROLS = recache.compile("报名|招生|报班|开班|开课|招收|招学员|火热招|限时招")
#: (issue 9, session 60, review59) …or it issues the paper with the course given up (不做培训照样
#: 出证，电话 0571-…): no office or school gives a paper untaught, so its landline is a seller's
#: as an enrolling school's is (silence._NOT_DONE_BOAST reads the same boast past 不做).
_ISSUED_UNTAUGHT = recache.compile(
    r"不做(?:培训|课程|学习)[，,\s]*(?:也|照样|照常|照旧|同样|一样)(?:能|可以|可)?(?:直接)?"
    r"(?:出证|拿证|发证|下证|办证|拿到证)"
)
#: (session 35) …or a bare number after the word for what the paper costs (工本费398, 全套1200,
#: 定金200, 一口价150): a listing's price with no unit written.
_PRICE = recache.compile(
    r"[0-9一二三四五六七八九十百千万两]+\s*(?:元|块|rmb|w\b|万)"
    r"|(?:工本费|一口价|全套|定金|尾款|每本|一本)\s*[:：]?\s*[0-9]{2,5}(?![0-9])"
    # (session 38) the listing's own shorthand: ¥680, 680r, 1.2k, 1k5
    r"|[¥￥]\s*[0-9]{2,6}|(?<![0-9a-z])[0-9]{2,5}r\b|(?<![0-9a-z.])[0-9]{1,2}(?:\.[0-9])?k[0-9]?\b"
    # (session 38, left) the price before its unit of paper (380一本, 200/本, 150一张)
    r"|(?<![0-9])[0-9]{2,5}\s*(?:一本|/本|每本|一张|/张)"
)
#: (session 38) A price per paper (680元一本, 八百一本, 每张300, 一套两千): what a seller of
#: certificates quotes; a report's price sits beside a strong report word, which voids it.
_UNIT_PRICE = recache.compile(
    r"[0-9一二三四五六七八九十百千两]{2,}\s*(?:元|块|rmb)?\s*[一每]\s*(?:本|张|套|份)(?!的)"
    r"|(?:[一每]\s*(?:本|张|套)|每\s*个)\s*[0-9一二三四五六七八九十百千两]{2,}\s*(?:元|块)?"
    r"|(?<![0-9])[0-9]{2,5}\s*(?:元|块)?\s*/\s*(?:本|张)"
)
#: (issue 9, session 63, review84) not a FAQ's bracketed labels (【问】… / 【答】…): layout, no hook
_EXCLAIM = recache.compile(r"[!！]|【(?!(?:问|答|提问|回答)】)")
#: A column heading in lenticular brackets (【以案说法】, 【防骗提醒】 is not: sellers write
#: 【温馨提醒】, 【招生公告】 too): a news or regulator post's label, not an ad's hook.
_COLUMN_WORDS = (
    "以案说法|以案释法|以案为鉴|典型案例|案例|案件|警惕|警示|曝光|调查|辟谣|普法|通报|防骗|反诈|"
    "法治|评论|快讯|新闻|权威发布|打假|揭秘|真相|维权|深度|追踪|聚焦|观察|特稿|时评|热评"
)
#: (or, at a line's start, before a vertical bar: 深度｜一张假毕业证的诞生, 追踪|“押题”卖了上千份)
_COLUMN = recache.compile(
    rf"【[^】\n]{{0,6}}?({_COLUMN_WORDS})[^】\n]{{0,6}}】|#[^#\n]{{0,6}}?({_COLUMN_WORDS})[^#\n]{{0,6}}#"
    rf"|(?:^|\n)[ \t\u3000]*[^｜|\n，,。：:]{{0,4}}?({_COLUMN_WORDS})[^｜|\n，,。：:]{{0,4}}[｜|]"
    # (issue 9, session 46, fa) or a news label with a colon opening the line (新闻：全国特种作业操作证
    # 查询平台上线新功能…; 快讯：…): not the warning words a seller borrows (警惕：, 防骗：)
    r"|(?:^|\n)[ \t\u3000]*(新闻|快讯|通报|时评|热评|以案说法|以案释法)[：:]"
)
#: (session 38, left) the bracketed heading with an evader's symbol inside (【以案说⭐法】, 【案例▲警示】):
#: read on the sentence without separators, its span mapped back (see :func:`_column`)
_COLUMN_BRACKET = recache.compile(rf"【[^】]{{0,6}}?({_COLUMN_WORDS})[^】]{{0,6}}】")


def _column(sent: str) -> tuple[int, int, str] | None:
    """The column heading of ``sent`` (see :data:`_COLUMN`) as its span and word, also where a
    symbol breaks a bracketed heading's word (read on :func:`unseparated` text)."""
    m = _COLUMN.search(sent)
    if m is not None:
        return m.start(), m.end(), next(g for g in m.groups() if g)
    # only the short bracketed runs are read again (a page's sentence is not unseparated whole)
    at = sent.find("【")
    while at >= 0:
        close = sent.find("】", at, at + 24)
        if close > at:
            flat, keep = unseparated(sent[at : close + 1])
            m = _COLUMN_BRACKET.search(flat)
            if m is not None:
                return at + keep[m.start()], at + keep[m.end() - 1] + 1, m.group(1)
        at = sent.find("【", at + 1)
    return None


#: (eighteenth session) A site's navigation bar (首页 办事指南 … 联系我们): its 联系我们 and
#: 关于我们 are links every portal, school and shop page carries, not the writer calling on the
#: reader. Two or more of these words standing as items of their own (set off by spaces, bars
#: or dots) make the line a menu; its items are read as blanks.
_MENU_SEP = r"\s|｜丨·•/>»"
_MENU = recache.compile(
    rf"(?<![^{_MENU_SEP}])(?:首页|网站首页|关于我们|联系我们|加入我们|新闻中心|新闻动态|网站地图|办事指南|"
    rf"在线留言|在线咨询|公司简介|学校概况|学院概况|返回顶部|帮助中心|通知公告|政务公开|信息公开|"
    rf"服务指南|常见问题)(?![^{_MENU_SEP}])"
)


#: (session 43, chat) A shop's own chat transcript (买家：要考试吗 卖家：不用的亲 …; 顾客：… 客服：亲 …):
#: the role labels are the shop's layout, not a writer handing on someone else's lines (a news
#: page's 卖家：… under 记者：…). Where the window around the candidate holds a seller's turn in the
#: platform's service voice (亲, 宝子, 哦, 呢, 哈, ～) and nothing that reports, warns or complains
#: (记者, 暗访, 警方, 截图, 投诉, 骗, 假的, 禁售 …), the seller's turn is the writer's own offer, and a
#: buyer's question the next seller's turn answers yes (能的亲, 不用的亲, 可以的哦) is its hook. A turn
#: that opens refusing (不可以的亲, 不能, 必须本人, 要的亲) is no offer.
_CHAT_SEP = r"[\s*⭐\u200b\u200c\u200d\x00·_\-]{0,2}"
# (issue 9, session 51, left8) 店员: a shop assistant answers for the shop as 店主 does
# (session 58, review42) 老板娘: the owner's chat name, as ``silence._SHOP_LABELS`` reads it (a bare
# 老板 stays out: sellers call their buyers 老板 too)
_CHAT_SELLERS = (
    "卖家",
    "賣家",
    "客服",
    "商家",
    "掌柜",
    "掌櫃",
    "店家",
    "店主",
    "小二",
    "店员",
    "老板娘",
    "老闆娘",
)
_CHAT_BUYERS = ("买家", "買家", "顾客", "顧客", "客户", "客戶", "买方", "買方")
#: (issue 9, session 58, review42) What a shop writes after its own label (客服小妹：, 卖家回复：): the
#: same seller's turn. Without it the buyer's label alone read the exchange as retold.
_CHAT_SELLER_TAIL = "(?:小妹|小哥|妹妹|小姐姐|回复|答复)?"
_CHAT_RAW = recache.compile(
    "(?:(?:"
    + "|".join(_CHAT_SEP.join(w) for w in _CHAT_SELLERS)
    + ")"
    + _CHAT_SELLER_TAIL
    + "|"
    + "|".join(_CHAT_SEP.join(w) for w in _CHAT_BUYERS)
    + ")"
    + _CHAT_SEP
    + "[：:]"
)
_CHAT_LABEL = recache.compile(
    "(?:("
    + "|".join(_CHAT_SELLERS)
    # (session 60, left28) a bare reply's label (买家：熔化焊证能办吗 回复：OK，免考): the shop's
    # turn as its platform shows it; not another party's reply (网友回复, 记者回复, 部门回复), and a
    # lone reply with no buyer's turn is read as a quotation (``_shop_turn``)
    + "|(?<![友者方人局门位部厅委众])回复"
    + ")"
    + _CHAT_SELLER_TAIL
    + "|("
    + "|".join(_CHAT_BUYERS)
    + "))[：:]"
)
_CHAT_VOICE = recache.compile(r"亲|宝子|宝宝|哦|喔|哈|呢|～|嗯嗯")
_CHAT_REPORTED = recache.compile(
    r"记者|暗访|假扮|假装|佯装|扮成|扮作|卧底|警方|民警|公安|法院|被告|嫌疑|截图|聊天记录|对话如下|如下|"
    r"曝光|调查|通报|举报|投诉|报警|维权|骗|假的|假证|伪造|违法|违规|禁售|禁止|提醒|当心|警惕|谨防|"
    r"差评|避雷|退钱|"
    # (session 60, review61) the hotlines as numbers of their own: a seller's mobile holds 12345
    # often enough (电话 13912345678), which read as the writer's complaint to 12345
    r"(?<!\d)(?:12315|12345|12350)(?!\d)"
)


def chat_reported(window: str) -> bool:
    """(session 58, left23) Whether ``window`` holds a word that frames a chat transcript as
    reported, complained of or warned of (``_CHAT_REPORTED``: 记者, 投诉, 聊天记录, 骗 …): the
    silencing stage reads it before it takes a shop's labelled yes for the chat's hook."""
    return _CHAT_REPORTED.search(window) is not None


_CHAT_OPEN = (
    r"[，,。！!～\s]*(?:在的|您好|你好)?[，,。！!～\s]*(?:亲亲|亲|宝子|宝宝)?[，,。！!～\s]*"
)
#: (issue 9, session 51, left7) An apology for the wait that opens the seller's yes (不好意思刚看到
#: 能做的; 抱歉久等了，可以的): the shop's politeness before its answer, not the apology that turns
#: the buyer down. Not 能做的是… (the shop naming what it does instead: 能做的是证件照).
APOLOGY_WAIT = (
    r"(?:亲亲|亲|啊|哈|久等了?|让您久等了?|刚看到|才看到|回复晚了|回晚了|[，,。！!～\s])*"
)
#: (session 51, review10) Nor a yes word that opens another word (抱歉，能力有限; 对不起，能理解您，
#: 但必须本人考; 可以理解): the shop's sympathy before its no, not its answer.
_NOT_A_YES = r"(?!力|理解|体谅|明白)"
_APOLOGY_YES = (
    APOLOGY_WAIT + r"(?:能|可以|有的|行的|没问题)(?![不没否])(?!的?是|做的是)" + _NOT_A_YES
)
#: (issue 9, session 62, review80) A double negation of the pass naming a saying (没有不包过的说法;
#: 没有考不过这回事) denies the saying, no promise
NOT_SAID = r"(?!的?(?:说法|一说|之说|这回事|这种事|这码事|这种说法))"
_CHAT_DENY = recache.compile(
    _CHAT_OPEN
    # (session 62, left33) not the double negation that vouches for the pass (不可能考不过, 没有考不过的,
    # 不包过是不可能的: ``SURE_PASS``)
    + r"(?!"
    + r"(?:(?:绝对|肯定|根本)?(?:不可能|不会|没有|没)(?:考试?)?(?:不过|过不了|挂科|拿不到)"
    + NOT_SAID
    + r"|不(?:包|保)过?(?:那?是|这事是?)?(?:不可能|没有的事|不存在)))"
    # (issue 9, session 62, fa21) the guarantee asked named and denied at the turn's opening
    # (店家：包过的没有，我们只负责教): closed by a stop, so 包过的，没有不过的 opens no refusal
    + r"(?:(?:包过|保过|包拿)(?:证)?(?:的|这种事|这回事)?是?(?:没有|不存在|不可能)的?"
    r"(?=[，,。！!；;\s]|$)|"
    r"不可以|不能|不行|不可能|不是|没有|不会|不办|办不了|不提供|不卖|不售|不包|必须|需要本人|"
    r"要本人|都要|要的|需要的|要考|(?:抱歉|不好意思|对不起)(?!" + _APOLOGY_YES + "))"
    # (issue 9, session 62, review75) not the failing denied (答：不可能不过的; 不会挂的; 没有不包过的;
    # 不可能考不过): the double negation is the pass promised, no refusal
    # (and 不包过是不可能的: the refusal itself called impossible)
    r"(?!(?:(?:考试?)?不过|不[包保]过|没过|挂|过不了)" + NOT_SAID + r"|过?那?是不可能)"
)
#: (session 58, review40) The shop's OK as its chat turn's yes, in the spellings a chat gives it
#: (OK, okk, okay, a spaced o k, ok ok) and doubled with 没问题 (OK 没问题); read lower-cased by the
#: silencing stage (normalized text) and case-blind here.
OK_YES = r"(?:o ?k(?:k+|ay)?|ok ?ok)(?![a-z])(?:\s*没问题)?"
_CHAT_YES = recache.compile(
    _CHAT_OPEN
    # (session 51, left7) after the apology for the wait (不好意思久等了 能做的哦)
    + r"(?:(?:抱歉|不好意思|对不起)"
    + APOLOGY_WAIT
    + r")?"
    # (session 57, review38) or OK, as ``silence._CHAT_YES_AFTER`` reads it (客服：OK！\n客服：免考
    # 直接拿): the turn's yes, so the buyer's question it answers is the shop's hook
    + r"(?:能|可以|当然|是的|对的|不用|不需要|不要|无需|没问题|放心|有的|包的|行的|(?i:"
    + OK_YES
    + r")"
    # (session 58, review42) the shop's yes in its other words (妥妥的, 安排, 行): 安排 and 行
    # alone, not the exam it arranges (安排考试) nor 行业
    # (session 59, review47) and their close forms (妥妥滴, 安排上, 马上安排)
    # (session 59, left25) and a bare 妥 (卖家：妥，不用考试): its clause must still skip
    + r"|妥妥[的滴]?|(?:(?:马上|立即|立马|这就)?安排(?:上了?)?|行|妥)(?=[，,。！!～\s]|$)"
    # (issue 9, session 66, review107) and 好的 only when the turn asks at once for the ID photo
    # (客服：好的，身份证正反面发我，五天出证): the order taken; a bare 好的 acknowledges (好的，我帮您问问)
    + r"|好的(?=[，,。！!～\s]*(?:把|将)?(?:发(?:个|一下|张)?身份证|身份证))"
    # (issue 9, session 62, review75) the failure denied to a buyer's 包过吗 (客服：不可能挂的; 不会考不过;
    # 没有不包过的): the pass promised in a double negation
    + r"|(?:不可能|不会)(?:考试?)?(?:不过|挂|过不了)|没有不[包保]过)"
    + r"(?![不没否])"
    + _NOT_A_YES
)
#: (issue 9, session 46, miss) A seller's turn in a plain voice still trades in its own name: a call
#: to send it the papers (资料发我, 照片和信息发我), the seller itself (我这边, 我们) or terms (一千五一套, 十天).
_CHAT_TRADE = recache.compile(
    r"发我|发给我|给我|你发|发资料|找我|私我|私聊|私信|加我|我这|我们|我家|"
    r"[一二两三四五六七八九十百千万\d]+(?:元|块|套|本|份|天)"
    # (issue 9, session 50, packs2) the seller's terms of payment and delivery (先付定金 出证再付尾款,
    # 先付一半, 两天发货): only the one who sells sets when the buyer pays and when the goods ship
    r"|定金|订金|尾款|先付|后付|再付|付一半|付全款|发货|包邮|到付"
    # (issue 9, session 66, turn2) the holder's ID photo asked for as the order's papers (客服：OK，发
    # 身份证照片过来; 身份证正反面发过来): read only in a seller's turn, and its yes to a buyer's skip
    # (能不考直接拿证吗) is the hook answered; a school's enrolment turn opens with no yes to a skip
    r"|发(?:个|一下|张)?身份证|身份证[^，,。！!\s]{0,6}发(?:我|过来|给我|一下)"
)
#: (issue 9, session 50, left6) A seller's turn that ends in a bare sum (买家：多少 / 卖家：一千二;
#: 卖家：不用 800): the price of the paper named, quoted in the shop's own name without a unit.
#: (session 51, review9) A sum in 万 too (一万二, 两万五, 1.2万, 3w): a diploma's or a licence's
#: price is quoted so, and the pattern read only hundreds and thousands.
_CHAT_PRICE = recache.compile(
    r"(?<![\d一二两三四五六七八九十百千万第])(?:\d{2,6}|[一二两三四五六七八九][千百](?:[一二两三四五六七八九](?:[百十])?)?"
    r"(?:[一二两三四五六七八九]十?)?|\d{1,2}(?:\.\d)?[万wW]|[一二两三四五六七八九十]万[一二两三四五六七八九]?千?)"
    r"[元块]?[，,。！!\s]*$"
)
#: (issue 9, session 52, left10) ... or opens on it, the pitch right after (买家：登高证什么价 / 卖家：
#: 九百 不用考 直接拿证): the seller quotes its price first and its terms next, no unit and no
#: contact. Read on the turn with its spaces gone, so the sum must not run on into a count (二十天
#: 出证, 100%可查, 三百本); 人 may follow (一千五 人不用到场 reads 一千五人不用到场).
#: (session 52, review13) Nor a year the shop's turn opens on (2024 起全国联网 直接拿证没戏, 2025版
#: 题库): a year of 2010-2029 before 起 / 以后 / 版 dates a rule (a round price, 2000起 or 1980起,
#: still reads); nor the government hotline (12345, 12350 问问就知道), which is no sum.
_CHAT_PRICE_OPEN = recache.compile(
    r"^[，,。！!\s]*(?:(?!123\d\d(?!\d))\d{3,6}"
    r"|[一二两三四五六七八九][千百](?:[一二两三四五六七八九](?:[百十])?)?"
    r"(?:[一二两三四五六七八九]十?)?|[一二两三四五六七八九十]万[一二两三四五六七八九]?千?)"
    r"[元块]?(?![\d一二两三四五六七八九十百千万天个年月日号本次分张套份周岁级多点小%％.])"
    r"(?!(?<=20[12]\d)(?:起|以来|以后|之后|开始|版|届|后|前|底|初))"
)
_CHAT_REACH = 200
_CHAT_WEIGHT = 1
#: (session 50, review7) A turn that names the lawful route (复审, 考点, 报名, 考试合格后, 开课, 学费 …):
#: a school's or a renewal counter's plain answer (不用参加理论考试的是复审; 可以先报名 考试合格后发证)
#: and its fee (复审费二百元 先付定金; 开课再付尾款) are no shop's voice lent to a yes.
_CHAT_ROUTE = recache.compile(r"复审|换证|考点|报名|考试合格|合格后|培训|上课|开课|学费|原证")
#: (session 50, review8) ... but the route skipped (不用培训, 免培训, 不用来上课, 无需报名) is the
#: seller's promise, not a school naming its course.
_ROUTE_SKIPPED = recache.compile(r"(?:不用|无需|不需要?|不必|免|没有?|不)(?:参加|去|来|再)?$")


def _names_route(said: str) -> bool:
    """Whether a chat turn names the lawful route (``_CHAT_ROUTE``) other than to skip it."""
    return any(
        _ROUTE_SKIPPED.search(said, max(0, m.start() - 5), m.start()) is None
        for m in _CHAT_ROUTE.finditer(said)
    )


#: (issue 9, session 52, left11) The buyer's question asks for a lawful errand on a paper already
#: held or earned the lawful way (学历认证报告能办吗; 健康证到期了能续吗; 电工证到期了，延期能办吗;
#: 叉车证丢了能补办吗; 复审 / 换证 / 变更 / 补发): an agency's yes and "资料发我" take the order for
#: that errand, which the office grants on its own review, and are no sale of the paper. A
#: question that also asks for the skip (复审不用去能办吗; 延期不考试能办吗; 不体检能续吗) is
#: no lawful errand.
#: (session 52, review14) 认证 is the errand only as the degree check itself (学历认证, 做认证,
#: 认证报告): a paper described as certified (国家认证的焊工证, 可认证的) is the thing sold.
_LAWFUL_ERRAND = recache.compile(
    r"(?:学历|学位|做|办理?)认证|认证(?:报告|手续|一下)|复审|延期|换证|补办|补发|续期|续办|能续|变更|年审|到期|丢了|遗失|学历证明|学位证明"
)
_ERRAND_SKIP = recache.compile(
    r"不用|不考|免考|免体检|不体检|免检|不去|不培训|免培训|不想|没考|直接|包过|保过|代考|替考|"
    # (session 52, lead) 买 is the buyer asking to buy the paper, not the 买家： label a chat's
    # question opens with (买家：登高证丢了补办需要再考一次吗 asks for the reissue)
    r"不参加|不本人|无需|不需|买(?!家)|假"
)
#: The office's words in an answer about a reissue or a renewal (shared by ``_REISSUE_LAWFUL`` and
#: ``_ERRAND_ONLINE``).
_REISSUE_LAWFUL_WORDS = (
    r"发证机关|发证部门|政务|网上申请|在线申请|网上办"
    r"|应急管理(?:局|部门|厅)|住建(?:局|部门|厅)|住房和城乡建设(?:局|部门|厅)|市场监管(?:局|部门)"
)


#: ... unless the shop's answer itself skips the lawful way (可以 不用考 直接出; 免体检 当天出).
#: (session 52, review14) Read as a waiver word before a lawful step, not a list of spellings:
#: the forger waives the holder's presence or the exam in any of its words (不需要本人到场, 无需
#: 考试, 不用到现场, 不需要参加考试, 人不用来, 本人无需到场), and a fixed list let those borrow the
#: lawful errand's silence. A step the shop asks for (本人需到场, 要参加培训) waives nothing.
_SKIP_WAIVER = r"(?:不用|不需要?|无需|无须|不必|用不着|免)"
_ANSWER_SKIP = recache.compile(
    _SKIP_WAIVER + r"(?:再|您|你)?(?:本人|亲自)?(?:参加|去|到)?"
    r"(?:考|体检|培训|上课|复审|本人|亲自|到场|现场|露面|出面)"
    r"|(?:不用|不需要?|无需|无须|不必)(?:您|你)?(?:亲自)?(?:去|来)"
    r"|(?<![要需得])本人"
    + _SKIP_WAIVER
    + r"|(?<![要需得本])人"
    + _SKIP_WAIVER
    + r"(?:来|去|到|出面|露面)"
    r"|不考试|不体检|直接出|直接拿|直接下|包过|保过|包拿"
)


def voiced_skip(said: str) -> bool:
    """Whether a shop's turn ``said`` itself skips the lawful way (``_ANSWER_SKIP``)."""
    return _ANSWER_SKIP.search(said) is not None


#: (issue 9, session 58, review42) The office's own online route for a renewal, a change or a
#: reissue (在网上办理复审, 登录政务服务网申请, 线上复审): the answer that spares the holder the trip
#: sends the errand to the office, not to a seller.
_ERRAND_ONLINE = recache.compile(
    _REISSUE_LAWFUL_WORDS
    + r"|(?:网上|线上|在线)(?:办理|申请)?(?:复审|换证|补办|补发|延期|续期|年审|变更)"
    # (session 59, review47) or the online route alone as the whole answer (答：可以，在线办理即可，
    # 无需到场): the errand is the question's
    + r"|(?:网上|线上|在线)(?:办理|申请)(?:即可|就行|就可以|就好)"
)
#: (issue 9, session 59, review47) ... unless the answer sells the errand's outcome itself (网上复审
#: 我们帮你包过; 我们线上换证，直接出证): the seller's service wearing the office's route.
#: (session 59, review52) Not the office's own help (帮您查询进度, 帮你核对材料, 帮您指导操作), and
#: the seller's private contact too (可以，在线办理就行，不用考，加v …; 线上申请就好，138…; 网上办理即可，
#: 私聊): review47's whole-answer route took those sellers for the office; an office gives its
#: landline or its platform, no chat id, mobile or 私聊.
_ERRAND_SOLD = recache.compile(
    r"包过|保过|包拿|包下证|包你过|保你过|稳过|代考|直接(?:出|拿|下)证"
    r"|[帮替][你您](?!查|咨询|核|指导|解答|预约|提交|上传|填|转|审)"
    r"|加[vV微威薇]|[vV]信|vx|私聊|私信|私我|(?<!\d)1[3-9]\d{9}(?!\d)"
    r"|微信[：:\s]*[a-zA-Z][a-zA-Z0-9_]{3,}"
)


def errand_online(question: str, answer: str) -> bool:
    """(issue 9, session 58, review42) Whether ``question`` names a lawful errand (复审, 换证,
    补办 …; whatever trip it asks to spare) and ``answer`` sends it to the office's online route
    (``_ERRAND_ONLINE``): 我在外地，电工证复审能不能不去现场？客服：可以，人不用去，在网上办理复审即可
    answers the renewal, it sells no waiver."""
    return (
        _LAWFUL_ERRAND.search(question) is not None
        and _ERRAND_ONLINE.search(answer) is not None
        and _ERRAND_SOLD.search(answer) is None
    )


def lawful_errand(question: str) -> bool:
    """Whether a buyer's ``question`` asks for a lawful errand and for no skip of the lawful
    way (``_LAWFUL_ERRAND``): a shop's yes to it takes no order for a paper."""
    return _LAWFUL_ERRAND.search(question) is not None and _ERRAND_SKIP.search(question) is None


#: (issue 9, session 52, left12) The opening of a labelled answer (答：/回复：…) that says yes or
#: says what the errand needs (可以, 能, 要的, 需要, 不用重新考): a plain answer to the question.
_ERRAND_ANSWER = recache.compile(r"\s*(?:可以|能|要的|要|需要|不用|不需要|是的|对)")
#: ... the label that opens the answer on its own line (问：…吗\n答：…), and the question's start.
#: A shop's label (客服：可以的，资料发我) answers the same errand (``_shop_turn`` reads its yes).
_ERRAND_LABEL = recache.compile(
    r"\n\s*(?:答|回答|回复|答复|客服|卖家|商家|店家|店主|掌柜|小二)[：:]"
)
_QUESTION_START = recache.compile(r"[\n。！!]")
_ERRAND_REACH = 60
#: (session 52, review15) The answer runs past its label's line (答：可以\n资料发我，人不用来): it
#: ends at the next turn's label (a question's 问： / 买家：, or the next answer's) or after
#: ``_ERRAND_ANSWER_REACH`` characters. Read only to the label's line end, a seller put the skip
#: or the number on the line below a bare 可以 and borrowed the errand's silence.
#: (session 53, review16) The answer's own side speaking again (答：可以\n答2：人不用来，包过; a
#: second 客服： or 客服2：) is the same seller going on, not the next turn: only a question's label
#: ends the answer, or an answer's label after a question line of its own (换证要什么材料？\n答：…,
#: an FAQ's next entry with its question unlabelled). Cut at the seller's second label, the skip
#: and the contact it put there borrowed the errand's silence.
_ERRAND_NEXT_TURN = recache.compile(
    r"\n\s*(?:(?P<ask>问|提问|追问|买家|顾客|客户|咨询|网友|用户|学员)|答|回答|回复|答复|客服|卖家|"
    r"商家|店家|店主|掌柜|小二)\d?[：:]"
)
#: ... a line that asks (its end a question mark or a question's particle) before an answer's label.
_ERRAND_ASKED_LINE = recache.compile(r"(?:[？?]|吗|呢)[\s”’\"']*\n\s*$")
_ERRAND_ANSWER_REACH = 160
#: (session 52, review15) A question that asks whether a lawful step is needed (复审要考试吗,
#: 要本人去吗, 需要体检吗) and an answer that opens with a bare waiver (不用，交钱就行; 不需要，资料
#: 发我): the bare 不用 waives the step asked about, the same skip ``voiced_skip`` reads when the
#: step is spelled out (不用考, 不用本人去). A question on what the errand needs (需要什么材料) asks
#: for no step, and an answer that says yes to the step (要的，带身份证去考点) waives nothing.
#: Only a renewal (复审, 延期, 换证, 年审, 续期) holds those steps (the review's exam, medical and
#: training); a lost paper's reissue (补办要重新考吗 → 不用重新考，可直接申请补发) needs no new
#: exam, so there the bare 不用 is the true answer.
_ERRAND_RENEWAL = recache.compile(r"复审|延期|换证|年审|续期|续办|能续|到期")
#: (issue 9, session 56, left18) A lost card's reissue (补办, 补证, 补发): a lawful errand too, so
#: not a renewal word for the errand readings (a lawful 补办需本人到场 answer stays an errand's);
#: only ``_waived_for_pay`` reads it, where the answer waives the step asked for the money alone
#: (问：焊工证补办要去考点吗\n客服：不用跑，钱到位就行): no office reissues a card for a payment.
_ERRAND_REISSUE = recache.compile(r"补办|补证|补发")
#: ... but only where the step asked is the holder's trip (要去考点吗, 需要本人到场吗): no reissue needs
#: the exam or the course again, so 补办要重新考吗？不用，交费后到发证机关申请补发 is the lawful answer.
_REISSUE_EXAM = recache.compile(r"考(?!点|场)|培训|上课|体检")
#: (session 56, review33) A reissue answer that names the office or its online service after the
#: payment (不用去，交费后就行，证书由发证机关寄出; 缴费后就行，政务服务网上办完): the lawful
#: online reissue the holder need not travel for, where the seller names only the money.
#: (session 57, review36) The office by its own name or as a department (由市应急管理局快递到家;
#: 由应急管理部门寄送; 发证部门寄出) is the same office: a lawful reissue answer that named it fired
#: CS-004 / CS-203 where only 发证机关 was read.
_REISSUE_LAWFUL = recache.compile(_REISSUE_LAWFUL_WORDS)
_MONEY_ARRIVES = recache.compile(r"[钱款]到")
_ERRAND_STEP_ASKED = recache.compile(
    r"(?:要|需要?|用|得)(?:不要|不需要)?(?:再|重新)?(?:本人|亲自)?(?:参加|去|到)?"
    # (session 53, review16) not the 来 of 用来 (what a paper is for: 照片用来干什么) nor a 不用
    # that only soothes (不用担心, 不用着急): neither asks for a step nor waives one
    r"(?:考|体检|培训|上课|本人|亲自|到场|现场|去|来(?![做干作当办])|露面|出面)"
)
_ERRAND_WAIVED = recache.compile(
    r"\s*(?:不用|不需要?|无需|无须|不必|用不着|免了)(?!担心|着急|急|怕|客气|操心|紧张)"
)


def _errand_answer_end(text: str, start: int, bound: int) -> int:
    """Where the answer opened at ``start`` ends (``bound`` at most): at the next question's label,
    or at an answer's label that a question line stands before (``_ERRAND_NEXT_TURN``). The same
    side's label with no question before it is the seller going on and is read as the answer."""
    for turn in _ERRAND_NEXT_TURN.finditer(text, start, bound):
        if turn.group("ask") is not None:
            return turn.start()
        if _ERRAND_ASKED_LINE.search(text, start, turn.start() + 1):
            return turn.start()
    return bound


#: (issue 9, session 53, left13) ... and the waiver that asks only for the money (答：不用，付款就行，
#: 五天拿证; 回复：不需要，转账后三天出证; 不用来，付完款等着收证): the step the renewal question asked
#: about (``_ERRAND_STEP_ASKED``) sold away, the seller's whole offer with no call needed. An agency's
#: answer that names the fee of the lawful way (不用，交费后参加复审培训即可) still sends the holder
#: to it (``_PAID_LAWFUL``).
_PAID_ONLY = recache.compile(
    # (issue 9, session 54, left15) the payment in the perfective too (付了款就行, 转了账就行), and
    # (review22) in its completed form (打完款就行, 转完账就行, 交完钱后)
    r"[^。？?]{0,10}?(?:交钱|付款|付完款|付了款|付了钱|付完钱|转账|转了账|转完账|给钱|打款|打了款|打完款|交费|缴费|交完钱|拍下"
    # (issue 9, session 56, left18) the money said to arrive (钱到位就行, 款到了就行)
    r"|钱到位|钱到了|款到位|款到了)[^。]{0,4}?"
    r"(?:就行|就可以|就好|即可|后|等着)"
)
_PAID_LAWFUL = recache.compile(r"培训|考试|考核|上课|医院|体检报告|窗口|考点")
#: (issue 9, session 54, left15) The step the bare waiver names again before the payment (答：不用培训，
#: 付了款就行; 不用去，付款就行): the waived step itself, not the lawful way the answer sends the holder.
_WAIVED_STEP = recache.compile(
    r"(?:再|重新)?(?:本人|亲自)?(?:参加|去|到)?(?:考试|考|体检|培训|上课|到场|去|来|跑(?:一趟)?)?[，,\s]*"
)
#: ... and the payment asked first, the step skipped after it (答：不麻烦，付了款就行，不用复审考试): the
#: same sale in the other order; the whole step (复审考试, 培训) is read as skipped.
_SKIP_AFTER_PAY = recache.compile(
    r"[，,\s]*(?:不用|不需要?|无需|无须|不必|免)(?:再|重新)?(?:本人|亲自)?(?:参加|去|到)?"
    r"(?:复审|年审|考试|考|体检|培训|上课|到场|去|来)+"
)


#: (issue 9, session 55, review25) The victim's own outcome told around the labelled exchange it
#: quotes (我被骗的经过。问：…复审要本人去吗\n客服：不用去，付款就行。结果付款后被拉黑): the writer retells
#: the seller's answer, no seller's offer. A seller's reassurance (怕被骗的先看证, 谨防受骗, 不会被骗)
#: is no outcome; (session 55, review27) nor its denied one (客户从没被骗过, 没有一个被坑的, 未受骗).
#: (session 56, review30) Nor the buyer's fear under 担心 / 担忧 as under 怕 (担心被骗的话可以先付一半,
#: 怕受骗的可以先看样本): the worry the seller answers, no outcome.
_VICTIM_OUTCOME = recache.compile(
    r"(?<![怕防会没未])(?<!没有)(?<!没有一个)(?<!没一个)(?<!担心)(?<!担忧)(?<!没人)(?<!无人)被(?:拉黑|骗|坑)"
    r"|(?<![怕防没未])(?<!没有)(?<!担心)(?<!担忧)受骗|上当了|拉黑了?我|把我拉黑|骗了我|骗走|跑路了"
    r"|追回|报了?警"
)
#: ... read this far before the question and after the answer.
_VICTIM_REACH = 60


def _victim_retells(text: str, lo: int, hi: int) -> bool:
    """Whether the victim's outcome (``_VICTIM_OUTCOME``) is told within ``_VICTIM_REACH`` of
    the exchange ``text[lo:hi]``: a retold transcript, not the shop's own answer."""
    return (
        _VICTIM_OUTCOME.search(
            simplify_chars(text[max(0, lo - _VICTIM_REACH) : hi + _VICTIM_REACH])
        )
        is not None
    )


#: (issue 9, session 61, fa19) The cheat told after a quoted chat in the writer's own line (转账以后
#: 就被拉黑了，大家别上当; 钱交了证没拿到，我被骗了): ``_VICTIM_OUTCOME`` and the warnings a victim
#: closes with. Read only after the transcript (the next line or two), so a seller's chat with
#: no such closing line keeps its reading.
_VICTIM_CLOSE = recache.compile(
    _VICTIM_OUTCOME.pattern + r"|别上当|不要上当|别信|不要信|大家(?:小心|注意|当心|警惕)|被骗了"
    # (session 61, review70) the cheat told in other words (钱转过去就联系不上了; 人就不见了，大家引以为戒;
    # 客服也不回了)
    r"|联系不上|人就?不见了|(?:也|就|再也)不回(?:了|消息)|引以为戒|血的教训"
    # (issue 9, session 65, fa28) the cheat told as the friend deleted, the cheat found out or the
    # money gone (他就把我删了; 后来才知道是骗子; 钱要不回来了; 寄来的是假证)
    r"|把我删了|删了我|(?:被|就被)删(?:除)?(?:好友)?了?|删除好友|才知道是骗子|原来是骗子"
    r"|钱(?:也)?要不回来|钱没了|(?:收到|寄来|发来|拿到)的(?:是|竟然是|却是)?假证"
)
#: (issue 9, session 65, fa28) The first person the quoted shop speaks in, inside a victim's
#: transcript (对方：能，包过，加我微信 / 我这边直接出证 / 找我就行; the writer's own 我： label): the shop's
#: words or the victim's, not the writer's call, once the transcript closes on the cheat and no
#: contact stands in it (``_victim_chat``). Blanked from what the offer cues read there.
_VICTIM_FIRST = recache.compile(r"(?:加|私聊?|私信|联系|找|滴滴|戳|转)?我(?:这边|这里|这儿|这)?")
#: (session 61, review70) The writer's own offer in that closing line (这种都是骗子，大家别信！我们正规
#: 办理，先办后付; 被骗过的都来找我; 没人被骗过，大家放心): a seller quoting a rival's chat, or its own,
#: to sell; no victim's complaint.
_VICTIM_OWN = recache.compile(
    r"我们(?:正规|可以|能|就能|专业|真|保证|承诺|包|办|帮|负责)|找我|来我这|本店|本公司|本中心|本机构|咱家|"
    r"先办后付|先拿证|全国可查|联网可查|真实可查|大家放心|名额有限|先到先得"
    # (issue 9, session 62, review75) the writer's own call or claim there (想正规办的私聊我; 需要的私我;
    # 别信他们，我们才是真包过): a seller's, not a victim's; not the seller's words retold (他们说我们才是…)
    r"|(?<![说称“\"「‘])(?<!截图的)(?<!记录的)(?:私聊我|私我|私信我|加我|联系我)"
    # (issue 9, session 62, review80) ... but not the victim offering the record of the cheat (有问题私聊我，
    # 我把聊天记录发给你们; 要看截图的私我), nor the shop's 私聊我 quoted (对方最后还说“私聊我”)
    r"(?![^。！？!?\n]{0,12}?(?:聊天记录|截图|转账记录|证据))"
    r"|(?<![说称])我们才"
)
_VICTIM_CHAT_REACH = 80
#: (issue 9, session 61, fa20) A victim's transcript under its own labels: the writer as 我, the
#: seller as 对方 / 那人 / 他 / 卖家 / 骗子 (我：叉车证包过吗？⏎对方：包过，不用考试): group 1 the
#: seller's label, group 2 the writer's, each at a line's start.
_VICTIM_LABEL = recache.compile(
    # (issue 9, session 65, fa28) and the shop's 客服 facing the writer's 我 (客服：…私聊我⏎我：多少钱)
    r"(?:^|(?<=\n))[ \t]*(?:(对方|那人|那个人|他|她|卖家|骗子|中介|商家|客服)(?:说|回复?|答)?|(我问?))[ \t]*[：:]"
)
_VICTIM_CHAT_WEIGHT = 3


def _victim_chat(text: str, start: int, end: int, contacts: list[tuple[int, int]]) -> bool:
    """Whether ``text[start:end]`` stands in a labelled chat (a buyer's and a shop's turn, read
    as ``_shop_refuses`` reads them) whose last turn is followed, on a line of the writer's own,
    by the cheat (``_VICTIM_CLOSE``), and no contact stands in the chat or that line."""
    a0 = max(0, start - _CHAT_REACH)
    window = text[a0 : min(len(text), end + _VICTIM_CHAT_REACH)]
    labels = _labels(_REFUSER_LABEL, window) if _REFUSER_RAW.search(window) else []
    if not any(m.group(1) for m in labels) or not any(m.group(2) for m in labels):
        # (session 61, fa20) the victim's own transcript labels (我：… ⏎对方：…): read only here,
        # where the closing line must tell the cheat, never as a shop's turn elsewhere
        labels = list(_VICTIM_LABEL.finditer(window))
        if not any(m.group(2) for m in labels) or not any(m.group(1) for m in labels):
            return False
    last = labels[-1]
    if last.start() + a0 < start - _CHAT_REACH:
        return False
    # (session 61, review70) the line after the last turn, even where the candidate runs on into the
    # writer's own line (客服：能，不用考，十天出证⏎付完款证一直没到: CS-201 reads 十天出证⏎付完款证)
    line = window.find("\n", last.end())
    if line < 0:
        return False
    closing = simplify_chars(window[line + 1 :])
    if _VICTIM_CLOSE.search(closing) is None or _VICTIM_OWN.search(closing) is not None:
        return False
    return not any(a0 <= c[0] < a0 + len(window) for c in contacts)


#: (issue 9, session 65, fa28) Someone else named as the speaker of the words the candidate stands in,
#: on its own line and before it (对方说 / 他跟我说 / 客服原话： / 卖家原话是 / 市民称有人在群里说): a
#: victim's retelling once the cheat is told after the candidate (``_victim_said``).
_VICTIM_SAID = recache.compile(
    r"(?:他|她|对方|卖家|客服|中介|商家|店家|那人|那个人|有人|骗子)(?:当时|一开始|还|就|也)?"
    r"(?:跟我|对我|和我)?(?:在群里)?(?:说|原话|讲|回复?|答)"
)
_VICTIM_SAID_REACH = 30
#: ... the clause's start before the told cheat, where the writer's own call (``_VICTIM_OWN``)
#: would be read.
_CLAUSE_START = recache.compile(r"[，,。！？!?；;\n]")


def _victim_said(text: str, start: int, end: int, contacts: list[tuple[int, int]]) -> bool:
    """Whether ``text[start:end]`` stands in someone else's words (``_VICTIM_SAID`` before its end
    on its line) followed within ``_VICTIM_CHAT_REACH`` by the cheat (``_VICTIM_CLOSE``) in a clause
    with no call of the writer's own (``_VICTIM_OWN``), and no contact stands in that reach: the
    shop's 加我 / 找我 / 私聊我 quoted by the victim it cheated (他说找我，包拿证…他微信也把我删了)."""
    # (issue 9, session 70, engine2) read from the source's index (lexicon.lines), no scan back
    line = max(line_start(text, start), start - _VICTIM_SAID_REACH)
    # the speaker may stand inside the candidate too (叉车证能不能不考，对方回：能，包过)
    if _VICTIM_SAID.search(simplify_chars(text[line:end])) is None:
        return False
    stop = min(len(text), end + _VICTIM_CHAT_REACH)
    para = text.find("\n\n", end, stop)
    after = simplify_chars(text[end : para if para >= 0 else stop])
    told = _VICTIM_CLOSE.search(after)
    if told is None:
        return False
    clause = max((m.end() for m in _CLAUSE_START.finditer(after, 0, told.start())), default=0)
    if _VICTIM_OWN.search(after, clause) is not None:
        return False
    return not any(line <= c[0] < end + len(after) for c in contacts)


def _waived_for_pay(question: str, said: str) -> bool:
    """Whether ``said``, the labelled answer to the renewal ``question``, waives the step asked
    about and asks only for the payment (``_PAID_ONLY``, no lawful way named in its reach)."""
    reissue = _ERRAND_RENEWAL.search(question) is None
    if reissue and (_ERRAND_REISSUE.search(question) is None or _REISSUE_EXAM.search(question)):
        return False
    waived = _ERRAND_WAIVED.match(said)
    if waived is not None and _ERRAND_STEP_ASKED.search(question):
        rest = said[waived.end() : waived.end() + 40]
        step = _WAIVED_STEP.match(rest)
        rest = rest[step.end() :] if step else rest
        paid = _PAID_ONLY.match(rest)
        if paid is None or _PAID_LAWFUL.search(rest):
            return False
        # an office named after a fee (交费后就行，发证机关寄出) is the lawful online reissue; the
        # money said to arrive (钱到位, 款到了) is a seller's word whatever office it names
        return not (reissue and _REISSUE_LAWFUL.search(rest) and not _MONEY_ARRIVES.search(paid[0]))
    if reissue:
        return False  # a reissue is read only where the trip asked for is waived for the money
    paid = _PAID_ONLY.match(said)
    if paid is None:
        return False
    skip = _SKIP_AFTER_PAY.match(said, paid.end(), paid.end() + 24)
    if skip is None:
        return False
    rest = said[skip.end() : skip.end() + 30]
    return _PAID_LAWFUL.search(rest[: (rest + "。").index("。")]) is None


def _errand_answered(text: str, start: int, end: int, contacts: list[tuple[int, int]]) -> bool:
    """Whether the candidate at ``start:end`` stands in a question on a lawful errand for a
    paper already held (``lawful_errand``: 复审要本人去吗, 换证需要什么材料, 毕业证丢了能开学历证明吗)
    and the labelled answer on the next line (答：要的，资料发我先看; 答：可以，资料发我) grants only
    that errand: it skips no lawful step (``voiced_skip``) and carries no private contact. The
    agency's or the office's "要的 / 可以" and its "资料发我" then answer the errand, and the weak
    offer cues of a Q&A (咨询, 要的, 我, 你, 报名) are no seller's voice. A seller's answer that
    skips the exam (免考直接出) or calls the reader to a number is read as before."""
    label = _ERRAND_LABEL.search(text, max(0, start - _ERRAND_REACH), end + _ERRAND_REACH)
    if label is None or label.start() < start - _ERRAND_REACH:
        return False
    ask = label.start()
    # (session 52, review15) only the question's reach is read: a stop before it is cut by the
    # reach anyway, and a scan from the page's start on every candidate was quadratic on a long page
    reach = max(0, ask - _ERRAND_REACH)
    lo = max((m.end() for m in _QUESTION_START.finditer(text, reach, ask)), default=reach)
    question = simplify_chars(text[lo:ask])
    if not lawful_errand(question):
        return False
    bound = min(len(text), label.end() + _ERRAND_ANSWER_REACH)
    stop = _errand_answer_end(text, label.end(), bound)
    said = simplify_chars(text[label.end() : stop])
    if _ERRAND_ANSWER.match(said) is None:
        return False
    if voiced_skip(said) or voiced_skip(normalize(said).text):
        return False
    if (
        _ERRAND_WAIVED.match(said)
        and _ERRAND_RENEWAL.search(question)
        and _ERRAND_STEP_ASKED.search(question)
    ):
        return False
    return not any(label.start() <= c[0] < stop for c in contacts)


#: (issue 9, session 58, left23) Words holding 考 that name no exam (不用考虑, 不用考察): blanked
#: before a turn's skip is read.
_NOT_EXAM = recache.compile(r"考虑|考察|考验|参考")
#: ... and the exam the turn still has the buyer sit (我们帮你预约考试, 统一安排考试, 本人去考场考):
#: an agency's booking, whatever trip it spares.
#: ... and the turn that calls the skip off (2024 起全国联网了 直接拿证没戏; 不用考是不可能的): the
#: shop's refusal, the skip named only to be refused.
_SKIP_REFUSED = recache.compile(
    r"没戏|不可能|没门|办不了|做不了|别想|想多了|不存在|假的|骗|违法|违规"
)
#: Not the exam waived (不用参加考试, 无需去考场考): a waiver word right before it.
_EXAM_KEPT = recache.compile(
    r"(?<![不用需免必])(?:(?:参加|预约|安排|统一|报)考试|(?:去|到)考场考)|考试(?:安排|合格)"
)


#: (issue 9, session 58, review42) The trip spared in the chat's plainer words (不用跑, 人不到也行):
#: the holder's presence waived as ``voiced_skip`` reads 不用来 / 人不用去. Read only for a shop's
#: turn, where an office's online reissue (不用跑，网上申请) is told apart by ``_REISSUE_LAWFUL``.
_TURN_SKIP_MORE = recache.compile(r"不用(?:跑|跑腿|跑一趟)|人不到(?:也行|也可以|也能|都行|也没事)")


def turn_skips(said: str) -> bool:
    """(issue 9, session 58, left23) Whether a seller's turn skips the lawful way in its own
    words (``voiced_skip``: 不用去考, 人不用去, 不用考试, 直接拿) and names no lawful route and opens
    no refusal: the shop's own voice in its transcript (买家：熔化焊证能办吗？\n卖家：可以的，不用考，
    直接寄给你 was read as a retold exchange, no 亲 or terms of trade in it). A school's turn that
    sends the buyer to its course (不用担心，报名后统一培训考试) names the route; an office's online
    reissue (不用去，网上申请即可，由发证机关邮寄: ``_REISSUE_LAWFUL``) and an agency booking the exam
    (不用去考场排队，我们帮你预约考试: ``_EXAM_KEPT``) spare a trip, not the exam; a turn that
    calls the skip off (直接拿证没戏: ``_SKIP_REFUSED``) refuses it."""
    return (
        (voiced_skip(_NOT_EXAM.sub("  ", said)) or _TURN_SKIP_MORE.search(said) is not None)
        and not _names_route(said)
        and _CHAT_DENY.match(said) is None
        and _REISSUE_LAWFUL.search(said) is None
        and _EXAM_KEPT.search(said) is None
        and _SKIP_REFUSED.search(said) is None
    )


#: (issue 9, session 59, fa16) The exam a shop's yes sends the buyer to (报名后参加统一考试, 先培训再
#: 考试，考试合格发证, 学完去考点考，过了才发证): the school's lawful route, kept.
_EXAM_SENT = recache.compile(
    r"(?:参加|统一|再|去考点|到考点|本人)(?:考试|考核|考)|考试合格|考核合格|合格后|考过才|过了才"
)
#: (issue 9, session 60, review53 and left28) The paper given whatever the exam's result (考不过
#: 也给证, 过不了照样发证, 没考过也照样发证, 不过也能拿证): the school's honest word on failing (考不过
#: 可以补考, 考不过不发证, 考不过也没关系) gives nothing. (session 60, review61) Shared with
#: ``failed_given`` and CS-201's exam exceptions (``silence._exam_taken_back``).
FAILED_GIVEN = recache.compile(
    r"(?:考不过|过不了|没考过|没过|不过|考不上|不及格|不合格)(?:的话)?[，,]?(?:也|照样|一样|照常|都){1,2}"
    r"(?:能|可以|会)?(?:给|发|拿|出|下|领)(?:你)?(?:证|本)"
)
#: ... and what takes the route back in the same turn: the pass promised or the exam skipped.
_EXAM_SENT_BACK = recache.compile(
    r"包过|保过|包拿|稳过|必过|一次过|直接(?:拿|出|发|寄)|免考|不用考|不考|无需考|不用参加|不用去|"
    # (issue 9, session 60, review53 and left28) or the paper given whatever the exam's result
    # (``FAILED_GIVEN``) or the exam made a formality (走个过场, 走形式)
    r"内部|关系|名额|保证|放心|" + FAILED_GIVEN.pattern + r"|走(?:个|一下)?(?:过场|形式)"
)


def failed_given(said: str) -> bool:
    """(issue 9, session 60, review61) Whether a seller's turn gives the paper whatever the exam's
    result (卖家：可以的，报名后去考点考试，过不了照样给证) and calls nothing of it off (考不过也给证？
    不可能; 说考不过也给证的都是骗子: ``_SKIP_REFUSED``): the shop's own promise, voicing its turn
    as its trade words do. A school names the exam and stops there."""
    return FAILED_GIVEN.search(said) is not None and _SKIP_REFUSED.search(said) is None


def sends_to_exam(said: str) -> bool:
    """(issue 9, session 59, fa16) Whether a shop's turn that answers the buyer's 能办吗 yes sends
    the buyer to the exam (``_EXAM_SENT``: 可以办，报名后参加统一考试; 能办，先培训再考试，考试合格
    发证) and takes nothing back (``_EXAM_SENT_BACK``, ``voiced_skip``): a school's yes, the
    buyer's question answered with the lawful route, not the chat's hook. Its contact is a
    school's enrolment line."""
    return (
        _EXAM_SENT.search(said) is not None
        and _EXAM_SENT_BACK.search(said) is None
        and not voiced_skip(said)
    )


#: (session 60, left28) The buyer's words echoed as a question at the opening of the shop's turn
#: (不去考场？; 包拿？), read on the unseparated turn (its question mark a stop there).
_ECHO_OPEN = recache.compile(r"[^。？?！!，,\n]{1,10}[？?。]+[\s，,]*")


def _shop_turn(text: str, start: int, end: int) -> tuple[str, bool] | None:
    """The shop chat's turn holding ``text[start:end]``: ``(label, answered)`` where the
    candidate stands in a seller's turn (answered False) or in a buyer's turn the next seller's
    turn answers yes (answered True); None outside such a transcript (see ``_CHAT_LABEL``)."""
    a0 = max(0, start - _CHAT_REACH)
    b = min(len(text), end + _CHAT_REACH)
    if not _gate_hit(_CHAT_RAW, text, a0, b):
        return None
    clean, pos = unseparated(text[a0:b])
    if _CHAT_REPORTED.search(clean):
        return None
    labels = _labels(_CHAT_LABEL, clean)
    if not any(m.group(1) for m in labels):
        return None
    at = bisect_left(pos, start - a0)
    before = [i for i, m in enumerate(labels) if m.start() <= at]
    if not before:
        return None
    i = before[-1]
    m = labels[i]

    def turn(k: int) -> str:
        stop = labels[k + 1].start() if k + 1 < len(labels) else len(clean)
        return clean[labels[k].end() : stop]

    # a plain voice counts only in a dialogue (a buyer's turn too): a seller's line quoted alone
    # (卖家：毕业证可以做，学信网能查 under a news heading) is a report's quotation
    dialogue = any(lb.group(2) for lb in labels)
    if not dialogue and m.group(0).endswith(("回复：", "回复:", "答复：", "答复:")):
        # (session 58, review42) a reply's label (卖家回复：, 客服回复：) with no buyer's turn is
        # how a report quotes the shop (客服回复：亲，健康证不用体检，当天出证哦 under a news
        # heading); only in a dialogue is it the shop's own turn
        return None

    def voiced(said: str) -> bool:
        return bool(
            _CHAT_VOICE.search(said)
            or (
                dialogue
                and (
                    _CHAT_TRADE.search(said)
                    or _CHAT_PRICE.search(said)
                    or _CHAT_PRICE_OPEN.match(said)
                    or turn_skips(said)
                    # (session 60, review61) the paper given whatever the exam's result
                    or failed_given(said)
                )
            )
        )

    if m.group(1):
        said = turn(i)
        if _echo_refused(text, start) >= 0:
            # (session 61, review62) the turn opens echoing the buyer's words and refusing them
            # (客服：包过？包不了，考试靠自己): the echo is the buyer's word, not the shop's offer
            return None
        if voiced(said) and not _CHAT_DENY.match(said):
            return m.group(0), False
        return None
    if i + 1 < len(labels) and labels[i + 1].group(1):
        said = turn(i + 1)
        if refused_echoes(said):
            # (issue 9, session 65, echo1) the shop's turn echoes the asked words and refuses them
            # (客服：包过？抱歉，这个保证不了，我们只是培训机构，报名加v …): no yes to the buyer
            return None
        # (issue 9, session 50, packs2) the yes may come plain and the shop's voice or terms in
        # another of its turns (卖家：有的 财政局网站能查 / 买家：怎么付款 / 卖家：先付定金 出证再付尾款;
        # 客服：亲 请问办什么 / 买家：… / 客服：可以的 …): another seller turn of the same transcript that
        # speaks in the shop's voice or trades in its own name voices this one too
        later = not _names_route(said) and any(
            labels[k].group(1)
            and voiced(turn(k))
            and not _CHAT_DENY.match(turn(k))
            and not _names_route(turn(k))
            for k in range(len(labels))
            if k != i + 1
        )
        # (session 60, left28) the shop may echo the buyer's words as a question before its yes
        # (店家：不去考场？没问题，人不用到): the yes is read after the echo, a refusal after it too
        # (不去考场？不可能的); ``_ECHO_DENY`` reads the refusal of the raw turn
        echo = _ECHO_OPEN.match(said)
        if echo is not None and _CHAT_YES.match(said, echo.end()) is None:
            echo = None
        if _CHAT_DENY.match(said) or not (voiced(said) or later):
            return None
        if (
            _GUARANTEE_DENY.match(said)
            and not _DENY_TAKEN_BACK.search(said)
            # (session 61, review70) nor when the exam is bent instead (包不了，但可以走关系)
            and not _GUARANTEE_TAKEN_BACK.search(said)
        ) or _refused_for_training(said):
            # (session 63, panel2) or refused with teaching named as all the shop does and its
            # enrolment contact after (包不了，…我们只负责培训，报名加微信 …): the call is no take-back
            # (session 61, fa19) the guarantee refused (客服：包不了的，考试是应急管理局组织的):
            # no shop's yes, whatever its voice; ``_shop_refuses`` reads the refusal
            return None
        if _CHAT_YES.match(said) or echo is not None:
            if lawful_errand(turn(i)) and not voiced_skip(said):
                # (session 52, left11) the yes takes the order for a lawful errand
                return None
            # (session 63, panel1) read after the echo: the echoed words are the buyer's (客服：免考？
            # 可以。要本人考试: the 免考 echoed took the exam's route back)
            if sends_to_exam(said[echo.end() :] if echo is not None else said):
                # (session 59, fa16) a school's yes that sends the buyer to the exam
                return None
            return labels[i + 1].group(0), True
        if bisect_left(pos, end - a0) > labels[i + 1].start():
            # the candidate runs on into the seller's turn (登高证多久能下？卖家：十天左右，不用考试)
            return labels[i + 1].group(0), False
    return None


#: (issue 9, session 50, packs2) A buyer's request in a transcript the shop's very next turn turns
#: down (顾客：你们能做毕业证吗 / 客服：不好意思 本店是证件照拍摄 不做任何证件; 买家：能不能不考试直接给我个
#: 会计证 / 客服：不能的亲 …): the paper named is the buyer's wish, refused; nobody offers it.
_SHOP_REFUSES_WEIGHT = 3
#: (session 50, review7) ... but a "no" that vouches for the paper is the seller's yes to a buyer's
#: worry (买家：不考试拿的证会不会被查出来 / 卖家：不会的亲 官网可查; 是不是假的 / 不是的 跟考的一样;
#: 要考的话就不找我们了 不用考), and a refusal the same turn takes back (明面上不能做 私下可以) is no
#: refusal: a turn opening with a deny word that then boasts the card's check, the skip or the
#: delivery keeps the buyer's words the seller's hook. The shop that refuses names its own trade
#: (本店只卖证书外壳, 我们只做成人高考报名), never these.
#: (session 50, review8) Nor does it take anything back with a word it refuses (不出证, 不下证,
#: 没法查, 不一样的) or with a bare 放心 that reassures the refusal (不能的亲 放心 我们只做证件照):
#: only 放心用 vouches for the paper.
_DENY_TAKEN_BACK = recache.compile(
    r"(?<![不没别未无])(?:"
    r"可查|能查|查得到|查的到|可验|联网|跟考的一样|和考的一样|一样的|放心用|包过|保过|包拿|"
    r"出证|拿证|下证|到手|不用考|免考|不考试|无需考|不用到场|不用去|私下|加[vV微]|私我|私聊)"
    # (issue 9, session 62, fa21) not the word the refusal itself calls impossible, false or none
    # (不能，免考是不可能的，必须本人考试; 不用考是假的; 店家：包过的没有，…): the refusal said twice
    r"(?!(?:证)?(?:的|这种事|这回事)?是?(?:不可能|不存在|没有(?=[，,。！!；;\s]|$))|是?假的|是骗)"
)


#: (issue 9, session 51, left8) The same in a school's chat: a learner's (学员, 学生, 家长, 考生)
#: question whose next turn is the teacher's (老师, 班主任, 助教) and opens saying the pass cannot be
#: promised (这个没法保证, 保证不了的, 不敢保证, 包过不可能, 没有包过这回事, 谁都保证不了): the pass named
#: is the learner's wish, refused. A teacher's yes (老师：可以 包过) opens no refusal, and a refusal
#: the turn takes back (不能保证百分百 但是包过 不过退钱) is none (``_DENY_TAKEN_BACK`` after it).
#: (issue 9, session 62, fa22) and their traditional forms (學員：…能免考嗎？⏎老師：不能，…): the
#: labels are read on the raw turn, before the characters are simplified
_TEACHER_LABEL = recache.compile(
    r"(?:(老师|老師|班主任|助教|辅导员|輔導員)|(学员|學員|学生|學生|家长|家長|考生))[：:]"
)
#: ... found first on the raw window with the evader's separators between its characters (老 師：,
#: 班*主任：), as ``_REFUSER_RAW`` finds the shop's: the gate before the window is cleaned
_TEACHER_RAW_WORDS = (
    *("老师", "老師", "班主任", "助教", "辅导员", "輔導員"),
    *("学员", "學員", "学生", "學生", "家长", "家長", "考生"),
)
_TEACHER_RAW = recache.compile(
    "(?:" + "|".join(_CHAT_SEP.join(w) for w in _TEACHER_RAW_WORDS) + ")" + _CHAT_SEP + "[：:]"
)
_TEACHER_DENY = recache.compile(
    _CHAT_OPEN
    # (issue 9, session 67, hedge2) the rule cited before the refusal (老师：按规定我们不能承诺;
    # 国家规定不能承诺): the same refusal, so the same speaker's next line is read for a take-back
    + r"(?:(?:按|按照)?(?:国家|上面)?规定(?:上)?[，,\s]*)?"
    r"(?:这个|这|那个|这种|这事|我们|我们这|咱们)?"
    # (issue 9, session 63, panel2) with 真 / 实在 / 确实 before it (辅导员：这个真保证不了), as
    # ``_ANSWER_DENIES`` reads the shop's
    r"(?:真的?|实在|确实)?(?:"
    r"(?:没法|没办法|无法|不能|不敢|不会|不)(?:给你|跟你|帮你)?(?:保证|承诺|打包票|包过|保过)"
    r"|(?:保证|包)不了|谁都(?:保证|包|打包票)不了|谁也(?:保证|包)不了|谁都不敢保证"
    r"|(?:包过|保过)(?:是)?不可能|没有(?:包过|保过)(?:这回事|这种说法|一说)?|不可能"
    # (issue 9, session 63, review84) the double negation named as a saying and denied (老师：没有不
    # 包过的说法 / 这种说法 / 一说; 不存在不保过的说法): ``NOT_SAID``'s saying, as the shop's turn reads it
    r"|(?:没有|不存在)不(?:包|保)过(?=的?(?:说法|一说|之说|这回事|这种事|这码事|这种说法))"
    # (issue 9, session 62, fa21) or the skip the learner asks refused flat (学员：电工证能免考吗？⏎
    # 老师：不能，必须本人考试; 不可以，考试合格才发证): the bare refusal closed by a stop, so the
    # teacher's 不能免考的话… (a counterfactual) and 不能过就退 (the refund's condition) are none
    r"|(?:不能|不可以|不行)(?=[，,。！!；;\s]|$)"
    # (issue 9, session 62, review79) or the pass asked named and denied at the turn's opening, as
    # ``_CHAT_DENY`` reads the shop's (老师：包过的没有，考试靠自己; 保过这种事不存在): closed by a stop
    r"|(?:包过|保过|包拿)(?:证)?(?:的|这种事|这回事)?是?(?:没有|不存在|不可能)的?"
    r"(?=[，,。！!；;\s]|$))"
)

#: (session 51, review11) What takes a teacher's refusal back besides the shop's words
#: (``_DENY_TAKEN_BACK``): the pass promised by other means after it, a refund on failing (但考不过
#: 全额退款), an inside channel or tie to the exam site (不过我们有内部渠道; 跟考场有关系), a sure pass
#: (基本稳过, 必过, 保你过). The learner's 包过 is then answered yes in other words. A negation before them
#: keeps the refusal (考不过也不退费; 我们没有内部渠道). (lead) Not a bare 有关系: 能不能过跟你自己复习
#: 有关系 is the teacher's refusal explained, only 我们 / 这边 有关系 is the tie; and a refund only
#: tied to failing (考不过全额退款), not a school's cooling-off term (开课七天内不满意可以申请退费).
#: (session 52, review12) 考试不过 is the same failing as 考不过 (考试不过全额退款).
#: (issue 9, session 67, review111) Where hedge2's money before an arrangement may stand in
#: ``_TEACHER_TAKEN_BACK``: right after the hedge or the refusal that ended the answer (不好说 / 说不准
#: / 保证不了 / 不能承诺 / 不敢打包票), past a comma, a stop, a line break or a "but".
_HEDGE_ENDS = (
    *("不好说", "说不好", "难说", "不好讲", "说不准", "讲不准", "不敢说", "保证不了", "包不了"),
    *("保不了", "承诺", "打包票", "不敢保证", "不能保证", "没法保证", "无法保证"),
)
_HEDGE_SEPS = (
    "，",
    ",",
    "。",
    " ",
    "\n",
    "，不过",
    "，但是",
    "，但",
    "，可是",
    "，不过，",
    "，但是，",
)
_RIGHT_AFTER_HEDGE = (
    "(?:" + "|".join(f"(?<={re.escape(h + p)})" for h in _HEDGE_ENDS for p in _HEDGE_SEPS) + ")"
)
_TEACHER_TAKEN_BACK = recache.compile(
    # (issue 9, session 66, review107) nor the words named only to be denied (老师：保证不了，哪有什么
    # 内部渠道; 没什么稳过; 不存在内部名额): turn2 reads the answering side's next lines too, where a
    # teacher warns against the channels others sell (老师：没有什么内部名额，都是骗人的)
    r"(?<!没有)(?<![不没别未无])(?<!什么)(?<!哪有)(?<!哪来)(?<!哪来的)(?<!不存在)(?:"
    r"(?:考不过|考试不过|没考过|没过|不通过|未通过|没通过|挂了|挂科)[^。不没无未别]{0,6}?(?:全额退|退全款|退款|退费|退钱|退学费)|"
    r"内部渠道|内部关系|内部名额|考场有关系|考场关系|考场有人|"
    # (issue 9, session 67, review111) not the sure pass only wished for (想稳过只能靠多练)
    r"(?:我们|我这边|这边|上面)有关系|(?<!想)(?<!想要)(?:稳过|必过)|保你过|包你过|"
    # (issue 9, session 64, review90) the refusal called a joke and the pass promised after it
    # (老师：这个保证不了……开玩笑的，包过，私我)
    r"(?:开玩笑|开个玩笑|逗你)(?:玩)?(?:的|呢|啦|哈)?[，,。！!…\s]{0,4}(?:包过|保过|稳过|能过|包拿证|包的)|"
    # (issue 9, session 67, hedge2) the pass hedged on and then sold as an arrangement paid for
    # (包过？不好说，交钱的话可以给你安排; 多交两千可以给你安排): nothing is named but the money and
    # the arranging. A class arranged (交钱报班的话可以给你安排周末课; 安排上课时间) is the school's
    # timetable: the arranging must close its clause, and the money come straight before it
    # (issue 9, session 67, review111) and only right after the hedge or the refusal, or a "but"
    # after it (不好说，交钱的话…; 说不准，不过加钱的话…; 不好说⏎多交两千…): money after a room, a
    # retake or a class named first (住宿的话交钱可以给你安排; 补考的话交钱…; 晚班周末班都有，交钱的话…)
    # arranges that, not the pass
    r"(?=交钱|交了钱|加钱|加点钱|多交)"
    + _RIGHT_AFTER_HEDGE
    + r"(?:交钱|交了钱|加钱|加点钱|多交(?:点|些|一点|[一两三四五六七八九十百千万\d]+)?(?:钱|块|元)?)"
    r"(?:的话)?[，,]?(?:我们|我这边|这边)?(?:可以|能)?(?:给你|帮你|替你)?安排(?:好|妥)?(?:的|了)?"
    r"(?=[，,。！!…\s]|$))"
    # (issue 9, session 66, review107) ... nor the words called a fraud at once (外面说的稳过都是骗人的;
    # 内部名额是假的; 考场有人那是忽悠): the teacher's warning, no promise
    r"(?![的都也就]{0,2}(?:是|那是|全是)?(?:骗|假的|忽悠|坑人|瞎说|谣言))"
    # (issue 9, session 67, review111) nor the sure pass named as what is earned (稳过的办法就是多刷题)
    r"(?!的?(?:方法|办法|关键|秘诀|诀窍))"
)


#: (issue 9, session 59, fa16) The shop's turn that repeats the buyer's words as a question and
#: refuses them at once (店家：不用去考？那是假的，必须本人考; 免考？没有这回事; 不去考场？拿不到的): the
#: echo is the buyer's wish, the refusal the shop's answer. Read on the raw turn (the question mark
#: kept): the echo is short and holds no stop; the words after the refusal are read for a take-back.
_ECHO_DENY = recache.compile(
    _CHAT_OPEN + r"[^。？?！!\n]{1,10}[？?]+[\s，,]*(?:那是|这是|那|这|这个|那个)?"
    # (session 61, review62) an adverb or 谁都 before the refusal (包过？真包不了; 这个真包不了;
    # 包过？谁都保证不了)
    r"(?:真的?|实在|确实|谁都|谁也)?"
    # (issue 9, session 65, echo1) an apology before the refusal (包过？抱歉，这个保证不了)
    r"(?:(?:抱歉|不好意思|对不起)[，,。！!～\s]*(?:这个|这|那个)?)?"
    # (session 62, review72) or 当然 / 肯定 / 绝对, with 是 too (免考？当然不行; 当然是不可能的;
    # 不考直接拿？那肯定是假的; 包过？绝对不可能)
    r"(?:(?:当然|肯定|绝对)是?)?"
    # (session 61, review67) the refusal after the teacher's 放心 (包过？放心，没有包过这回事), and
    # the counterfactual that refuses (包过？包的话我们就违法了; 行的话我也想): "if it could, …"
    # (session 62, review72) said 没问题的话 too (包过？没问题的话我早发财了)
    # (session 62, review77) closed by its stop too (包过？放心。考试靠自己)
    r"(?:放心[，,。！!\s]*)?"
    r"(?:(?:包|能|行|可以|没问题)的话|没有包过|没有包拿|"
    # (session 62, review77) the pass left to the learner (包过？考试靠自己; 得靠你自己; 考试还得靠
    # 自己): the school's honest limit, the echo the learner's wish
    r"(?:考试)?(?:还|全|都|只能)?(?:得|要)?(?:全凭|靠)(?:你)?自己|"
    # (session 62, review72) the skip refused (免考？免不了的) and the exam required at once
    # (免考？必须的考试; 必须考; 必须本人去): never 必须的，不用考 (a yes, ``silence._CHAT_YES_SKIP``)
    r"免不了|必须的?(?:要)?(?:本人|考|参加|到场)|"
    r"假的|骗人的?|骗子|不可能|没有这回事|没这回事|没有这种事|没这种事|拿不到|办不了|做不到|"
    # (session 60, left28) and the guarantee refused (包拿？包不了; 包过？保证不了)
    r"不行|不能|不可以|没戏|想多了|没门|不存在|包不了|保证不了|保不了"
    # (issue 9, session 66, review107) or hedged on (包过？不好说; 说不准; 这个难说): no yes, the echo
    # the learner's; turn2's ``_hedge_taken_back`` reads the hedge taken back (不好说，不过我们有内部
    # 名额，稳过) before the refused echo is read, and a take-back after it is read as after a refusal
    r"|不好说|说不好|很?难说|不好讲|说不准|讲不准|不敢说"
    # (issue 9, session 64, review98) the school that dares not vouch (包过？这个谁也不敢保证，我们只
    # 管教; 真不敢保证), and 放心 that sends the learner to the exam's result (包过？放心，好好练，考试
    # 合格才能拿证; 考试合格就发证，不合格就补考): no seller's word (交钱 / 包 / 退 / 渠道 …) between
    # them, so 放心，交钱就包过，考试合格就能拿证 is no refusal
    r"|(?:不敢|没法|没办法|无法)(?:给你)?(?:保证|打包票|承诺)"
    r"|放心(?:吧|哈|啦)?[，,。！!\s]*"
    r"(?:(?!包|保|稳|必过|交钱|付|退|内部|渠道|关系|不用|免|直接)[^。？?！!\n]){0,12}?"
    r"(?:考试|考核)(?:成绩)?(?:合格|通过|考过|过了)(?:了|后|以后|之后)?[，,]?"
    r"(?:才|就|方可)(?:能|可以|会)?(?:拿证|发证|领证|取证|拿到证|发)"
    # (issue 9, session 62, fa22) or mocked (包过？想都别想，好好学; 免考？做梦呢): never the failing
    # mocked (想都别想考不过, the lookahead below)
    r"|想都别想|想都別想|做梦|做夢|别做梦|別做夢"
    # (issue 9, session 66, lawful2) or waved off as talk (百分百包过？这种话听听就算了，考试还得靠
    # 自己; 签合同包过？这话别当真): the echo is the rivals' slogan, the school's own word the exam
    r"|(?:种|样的)?(?:话|说法)?(?:听听就(?:算了|好了?|行了?)|(?:别|不要|不能|不可)(?:当真|信))"
    r")"
    # (session 61, review62) ... but not the failing refused (包过？不可能考不过的; 不可能不过，稳过;
    # 不存在考不过) nor a refusal that sets the refund's condition (不行就退全款): the pass promised
    r"(?!(?:考试?)?不过|没过|就)"
)
#: The evader's separators dropped from the raw turn before the echo is read (不 用 去 考？那 是 假 的).
_ECHO_SEP = recache.compile(r"[ \t\u3000*⭐\u200b\u200c\u200d\x00·_\-]+")
#: (session 59, fa16) The shop's refusal of the guarantee itself (包不了, 保证不了, 包不了的): as
#: ``_CHAT_DENY``'s 不包, read only for a refusing turn.
#: (session 61, review70) An apology may open it (抱歉，包不了; 不好意思，保证不了的).
_GUARANTEE_DENY = recache.compile(
    _CHAT_OPEN
    + r"(?:(?:抱歉|不好意思|对不起)[，,。！!～\s]*)?"
    # (issue 9, session 66, review107) with 这个 / 真 before it, as ``_TEACHER_DENY`` reads the
    # teacher's (客服：这个保证不了哈): the shop refusing the asked guarantee
    + r"(?:这个|这|那个)?(?:真的?|实在|确实)?(?:包不了|保证不了|保不了|打不了包票)"
)
#: ... found first on the raw window with the evader's separators between its characters
#: (老⭐板：, 客 户：), as ``_CHAT_RAW`` finds the shop's labels: a cheap gate before the window is
#: cleaned.
_REFUSER_RAW = recache.compile(
    "(?:"
    + "|".join(
        _CHAT_SEP.join(w)
        for w in (*_CHAT_SELLERS, "老板", "老闆", "答", *_CHAT_BUYERS, "客人", "问")
    )
    + ")"
    + _CHAT_SELLER_TAIL
    + _CHAT_SEP
    + "[：:]"
)
#: The refusals read under ``_REFUSER_LABEL``: 包不了 or ``_CHAT_DENY``'s (the echoed question is
#: read on the raw turn, where its question mark still stands).
_REFUSAL_MORE = recache.compile(_GUARANTEE_DENY.pattern + "|" + _CHAT_DENY.pattern)
#: (session 59, fa16) The answering side's labels for a refusal: the shop's, 老板 (the owner
#: answering under its chat name right after a buyer's turn; a seller calls its buyers 老板 too, so
#: ``_CHAT_LABEL`` leaves it out, but only the shop answers a buyer's question under it) and a Q&A's
#: 答; the asking side's with 客人 and a Q&A's 问.
_REFUSER_LABEL = recache.compile(
    "(?:("
    + "|".join(_CHAT_SELLERS)
    + "|老板|老闆|(?<![回解])答"
    + ")"
    + _CHAT_SELLER_TAIL
    + "|("
    + "|".join(_CHAT_BUYERS)
    + "|客人|(?<![提询发])问"
    + "))[：:]"
)


#: (issue 9, session 67, speed6) The characters the shop chat's labels can start with: every
#: alternative of ``_CHAT_LABEL``, ``_REFUSER_LABEL`` and ``_TEACHER_LABEL`` opens with one of
#: its words (a lookbehind before 答 / 问 / 回复 consumes nothing). The labels open in capturing
#: groups and lookbehinds, so the regex engine has no first-character screen of its own and tries
#: the whole alternation at every character (80 µs a 400-character window on dense pages):
#: :func:`_labels` tries it only where one of these characters stands.
_LABEL_FIRSTS = {
    label: recache.compile("[" + "".join(sorted({w[0] for w in words})) + "]")
    for label, words in (
        (_CHAT_LABEL, (*_CHAT_SELLERS, *_CHAT_BUYERS, "回复")),
        (_REFUSER_LABEL, (*_CHAT_SELLERS, *_CHAT_BUYERS, "老板", "老闆", "答", "客人", "问")),
        (_TEACHER_LABEL, _TEACHER_RAW_WORDS),
    )
}


def _labels(label: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """(issue 9, session 67, speed6) ``list(label.finditer(text))`` for the chat's label patterns,
    the same matches in the same order: the pattern is tried (``match`` at that place, which sees
    the same text behind it as ``finditer`` does) only where a character of ``_LABEL_FIRSTS``
    stands, from the end of the last match on, as ``finditer`` goes on after a match (no label is
    empty). Linear: each character is screened once and the pattern is as long as a label."""
    first = _LABEL_FIRSTS.get(label)
    if first is None:
        return list(label.finditer(text))
    out: list[re.Match[str]] = []
    f = first.search(text)
    while f is not None:
        m = label.match(text, f.start())
        if m is not None:
            out.append(m)
            f = first.search(text, m.end())
        else:
            f = first.search(text, f.start() + 1)
    return out


#: (issue 9, session 67, speed6) The last window each gate (``_CHAT_RAW``, ``_REFUSER_RAW``,
#: ``_TEACHER_RAW``) was tried on and what it found: ``_shop_turn``, ``_shop_refuses`` and
#: ``_shop_sends_to_exam`` cut the same window around one candidate, one after the other, and
#: tried the same gate on it again. Keyed by the text itself (``is``) and the window's bounds.
_GATE_LAST: dict[re.Pattern[str], tuple[str, int, int, bool]] = {}


def _gate_hit(gate: re.Pattern[str], text: str, a0: int, b: int) -> bool:
    """(issue 9, session 67, speed6) Whether ``gate`` finds a label in ``text[a0:b]`` (the
    window, searched as a string of its own), read once per window (``_GATE_LAST``)."""
    last = _GATE_LAST.get(gate)
    if last is not None and last[0] is text and last[1] == a0 and last[2] == b:
        return last[3]
    hit = gate.search(text[a0:b]) is not None
    _GATE_LAST[gate] = (text, a0, b, hit)
    return hit


def _shop_refuses(text: str, start: int, end: int) -> int:
    """Where the refusal starts in ``text`` when ``text[start:end]`` stands in a buyer's turn of a
    shop chat (see ``_CHAT_LABEL``) whose next turn is the seller's and opens refusing
    (``_CHAT_DENY``); -1 otherwise. The refusing turn's own words (我们只做…报名) are the shop's
    lawful trade, not cues of an offer of the paper refused. A school's chat whose teacher
    refuses the pass (``_TEACHER_DENY``) is read the same way."""
    at = _turn_refuses(text, start, end, _CHAT_LABEL, _CHAT_DENY, whole=True)
    if at < 0:
        # (session 59, fa16) the owner's label, the echoed question refused and 包不了
        at = _turn_refuses(text, start, end, _REFUSER_LABEL, _REFUSAL_MORE, whole=True)
    if at < 0:
        at = _turn_refuses(text, start, end, _TEACHER_LABEL, _TEACHER_DENY, whole=False)
    if at < 0:
        at = _echo_refused(text, start)
    return at


#: (session 60, review57) A turn's label right before the candidate (回复：包过？包不了; 老板：…):
#: the candidate opens the answering turn, as the echo of the buyer's words.
_LABEL_BEFORE = recache.compile(r"(?:^|\s)[^\s：:，,。？?！!]{1,5}[：:]\s*$")
_LABEL_REACH = 8
_ECHO_REACH = 40
#: (issue 9, session 64, review98) How far into its line an unlabelled echo's candidate may start
#: (电工证包过？: the paper named first), and the stops that end the echo before it.
_ECHO_HEAD = 8
_ECHO_HEAD_STOP = recache.compile(r"[。？?！!，,；;：:]")
#: ... the pass asked in that echo, and the seller's calls that keep it a pitch (扣1, 私发, 搞定,
#: a contact: a school's FAQ line answers without them)
_ECHO_PASS = recache.compile(r"包过|保过|包拿|稳过|必过")
_ECHO_MARK = recache.compile(r"[？?]")
_ECHO_UNLABELLED_CALL = recache.compile(
    r"扣1|扣一|私发|私聊|私我|私信|搞定|找我|加[vV微威]|[vV]信|微信|vx|qq|QQ|电话|\d{5,}"
)


def _echo_refused(text: str, start: int) -> int:
    """(session 60, review57) ``start`` when ``text[start:]`` opens a labelled turn by echoing the
    buyer's words as a question and refusing them (问：焊工证能包过吗？⏎回复：包过？包不了，考试靠
    自己): the echo is the buyer's word, not the answerer's promise, read as ``_turn_refuses``
    reads a refusal after the buyer's turn (a vouching word after it takes it back); -1 otherwise."""
    begin = start
    if _LABEL_BEFORE.search(text, max(0, start - _LABEL_REACH), start) is None:
        # (issue 9, session 64, review98) or no label: the line itself opens with the echo (包过？
        # 包不了，考试得靠自己; 电工证包过？…; 保过吗？保不了，…), a school's FAQ line or a reply
        # pasted without its name; the echo is read from the line's start
        # (issue 9, session 70, engine2) read from the source's index (lexicon.lines), no scan back
        begin = line_start(text, start)
        if start - begin > _ECHO_HEAD or _ECHO_HEAD_STOP.search(text, begin, start):
            return -1
        # only the pass asked (the skip's echo, 免考是真的吗？当然是假的，想办的评论区扣1私发, is the
        # rumour turned into a pitch) and no call of the seller's on the line
        mark = _ECHO_MARK.search(text, start, start + _ECHO_REACH)
        if mark is None or not _ECHO_PASS.search(text, begin, ask := mark.start()):
            return -1
        if _ECHO_UNLABELLED_CALL.search(text, ask, text.find("\n", ask) % (len(text) + 1)):
            return -1
    raw = _ECHO_SEP.sub("", text[begin : begin + _ECHO_REACH])
    no = _ECHO_DENY.match(raw)
    if no is None or _DENY_TAKEN_BACK.search(raw, no.end()):
        return -1
    if _TEACHER_TAKEN_BACK.search(raw, no.end()):
        # (session 61, review62) the pass promised in other words after the refusal (保证不了百分百，
        # 但考不过全额退款; 我们有内部渠道; 稳过), as a teacher's refusal is taken back
        return -1
    return start


#: (issue 9, session 65, echo1) An answering line's opening echo for the matching stage: the line's
#: label (学员 / 老师 / 老 师 / Ａ / 【答】, at most six characters) or none, the echoed words
#: (group 1, quotes around them allowed) and the question mark closing them. Read on the raw text.
_ECHO_AT_HEAD = recache.compile(
    r"(?m)^[ \t\u3000]*(?:("
    r"[^\s：:，,。？?！!【】](?:[ \u3000]?[^\s：:，,。？?！!【】]){0,5}[ \t\u3000]*[：:]"
    r"|【[^】\n]{1,4}】)[ \t\u3000]*)?"
    # (the echo's words may be spaced or joined by the evader's separators: 包 过？, 包\u200b过？)
    r"[“\"「『]?((?:[^\s。？?！!，,；;：:“”\"「」『』]|[ \u3000]){1,20})[”\"」』]?[？?]"
)
#: ... how far along its line the refusal and what follows it are read (take-backs, the call).
_ECHO_LINE_REACH = 80


def refused_echoes(text: str) -> list[tuple[int, int]]:
    """(issue 9, session 65, echo1) The spans of ``text`` (raw) that echo the asker's words as a
    question at the head of an answering line and are refused at once (老师：包过？这个保证不了，我们
    只负责培训，报名加微信 …; 班主任：包过？包不了，我们只管教学，…; 包过？包不了，考试得靠自己): the
    echoed words are the asker's, no promise of the writer's, so the matching stage makes no match
    of them (``combos.Combiner``): neither the echo's own 包过 nor a question's certificate paired
    with it is a candidate. The refusal is ``_ECHO_DENY``'s, nothing taken back after it on the line
    (``_DENY_TAKEN_BACK``, ``_TEACHER_TAKEN_BACK``: 包的 / 稳过 / 考不过全退 / 内部名额 …). A call
    or contact on the line (加微信 / 报名电话 …) is the school's enrolment line only where the line
    names teaching as all it does or keeps the exam in person (``_TRAINING_ONLY``,
    ``_EXAM_IN_PERSON``, 考试靠自己), as ``_refused_for_training`` reads a refusing turn. A line with
    no label echoes only the pass (``_ECHO_PASS``: the skip's echo, 免考是真的吗？当然是假的，想办的
    评论区扣1私发, is a rumour turned into a pitch)."""
    return [(begin, ask) for begin, ask, _stop in _refused_echo_reads(text)]


def refused_echo_lines(text: str) -> list[tuple[int, int]]:
    """(issue 9, session 65, review102) The spans of ``text`` (raw) from each refused echo
    (:func:`refused_echoes`) to the end of the line read with it (its refusal, the school's reason
    and its enrolment contact): the line the rules read as the school's answer. The matching stage
    makes no match of the echo, so no silenced candidate stands there to keep the learned scorer
    off the line (a silenced candidate covers its sentence): the detector covers these spans
    instead (电工证包过？不敢保证，我们只是一家培训学校，报名电话 … surfaced as ML-GP / ML-FC)."""
    return [(begin, stop) for begin, _ask, stop in _refused_echo_reads(text)]


_QUESTION_MARK = recache.compile(r"[？?]")


def _echo_heads(text: str) -> list[re.Match[str]]:
    """``_ECHO_AT_HEAD``'s matches in ``text``, tried only at the heads of lines holding a question
    mark: a match stays inside one line (no part of the pattern crosses a line break) and starts at
    its head, so these are ``finditer``'s matches, without trying the pattern at every line of a
    long page (a fifth of the detector's time on everyday pages, session 66)."""
    heads: list[re.Match[str]] = []
    q = _QUESTION_MARK.search(text)
    last = 0  # the line break before ``q``'s line (0 at first: its line may be the page's first)
    while q is not None:
        # (issue 9, session 70, engine2) no scan back to the page's start …
        # (issue 9, session 74, gen1) … and no index either: the line break ending the previous
        # question's line (``last``) is at or before this line's start, so the scan back stops
        # there (the stretch the question-mark search crossed already: linear). The newline index
        # (``lines.line_start``) cost 40 % of this function on everyday pages (a question mark in
        # every sixth line): 26 -> 15 ms per 2 MB, the same matches.
        m = _ECHO_AT_HEAD.match(text, text.rfind("\n", last, q.start()) + 1)
        if m is not None:
            heads.append(m)
        end = text.find("\n", q.end())  # each line once: a page of one long line stays linear
        if end < 0:
            break
        last = end
        q = _QUESTION_MARK.search(text, end + 1)
    return heads


def _refused_echo_reads(text: str) -> list[tuple[int, int, int]]:
    """``(echo start, echo end, end of the line read)`` of every refused echo in ``text`` (raw):
    :func:`refused_echoes` and :func:`refused_echo_lines`."""
    out: list[tuple[int, int, int]] = []
    if "？" not in text and "?" not in text:
        return out
    for m in _echo_heads(text):
        begin, ask = m.start(2), m.end(2)
        echoed = _ECHO_SEP.sub("", m.group(2))
        if len(echoed) > 10 or (m.group(1) is None and not _ECHO_PASS.search(echoed)):
            continue
        stop = text.find("\n", ask, ask + _ECHO_LINE_REACH)
        stop = min(len(text), ask + _ECHO_LINE_REACH) if stop < 0 else stop
        # the quote closing the echo is the asker's word too (“包过”？)
        raw = _ECHO_SEP.sub("", text[begin:stop].replace("”", "").replace('"', ""))
        no = _ECHO_DENY.match(raw)
        if no is None or _TEACHER_TAKEN_BACK.search(raw, no.end()):
            continue
        rest = simplify_chars(raw[no.end() :])
        if any(not _CALL_WORD.fullmatch(t.group(0)) for t in _DENY_TAKEN_BACK.finditer(rest)):
            continue
        # only a line with a call or contact: without one the stance stage's ``_echo_refused``
        # silences the echo already, and its suppressed candidate keeps the model's finding back
        # (包过？这个谁也不敢保证，我们只能教好: holdout215's n013 surfaced as ML-GP without it)
        if not _ECHO_UNLABELLED_CALL.search(rest) or not (
            _TRAINING_ONLY.search(rest)
            or (_EXAM_IN_PERSON.search(rest) and _EXAM_SENT_BACK.search(rest) is None)
            or _ON_YOURSELF.search(rest)
        ):
            continue
        out.append((begin, ask, stop))
    return out


#: (issue 9, session 65, echo1) The pass left to the learner after the refusal (考试得靠你自己 /
#: 考试要看自己 / 过不过看自己): the school's honest limit, its contact the enrolment's.
_ON_YOURSELF = recache.compile(r"(?:靠|看)(?:你|您)?自己")


def _shop_sends_to_exam(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(issue 9, session 59, fa16) Where the shop's turn starts and ends in ``text`` when
    ``text[start:end]`` stands in a buyer's turn (买家：焊工证能办吗？) whose next turn is the shop's
    yes that sends the buyer to the exam (店家：可以办，报名后参加统一考试，加v …: ``sends_to_exam``):
    the paper asked for is turned down for the exam, as a refusal turns it down, and the turn's
    call is the school's enrolment line. None otherwise."""
    a0 = max(0, start - _CHAT_REACH)
    b = min(len(text), end + _CHAT_REACH)
    if not _gate_hit(_REFUSER_RAW, text, a0, b):
        return None
    window = text[a0:b]
    clean, pos = unseparated(window)
    labels = _labels(_REFUSER_LABEL, clean)
    at = bisect_left(pos, start - a0)
    before = [i for i, m in enumerate(labels) if m.start() <= at]
    if not before or labels[before[-1]].group(1):
        return None
    i = before[-1]
    if i + 1 >= len(labels) or not labels[i + 1].group(1):
        return None
    stop = labels[i + 2].start() if i + 2 < len(labels) else len(clean)
    if bisect_left(pos, end - a0) > labels[i + 1].start():
        return None  # the candidate runs on into the shop's turn
    said = clean[labels[i + 1].end() : stop]
    if _CHAT_YES.match(said) is None or not sends_to_exam(said):
        return None
    return a0 + pos[labels[i + 1].start()], a0 + (pos[stop] if stop < len(pos) else len(window))


#: (session 61, fa19) A deal in the part of a candidate that runs into a shop's refusing turn (包不了，
#: 但有内部名额; 保证不了，可以走绿色通道): the turn is then no refusal for it.
_RUN_ON_DEAL = recache.compile(
    r"内部|通道|加急|名额|有人|自己人|直接|稳过|必过|免考|不用考|无需考|不考试|安排"
    # (session 61, review70) the exam taken by another or bent (可以找人替考; 考场有熟人; 但可以走关系)
    + "|"
    + r"替考|代考|熟人|(?<![没无])(?<!没有)关系|搞定"
)


#: (issue 9, session 61, fa20) The guarantee asked in the buyer's turn (焊工证能包过吗) and refused
#: flat at the answer's start (答：不能，要考试; 答：不包过，考试凭自己本事): the refusal of the very
#: promise asked, whatever its word. Not the refusal setting the refund's condition (不能过就退).
_PASS_ASKED = recache.compile(r"包过|保过|包拿|包通过|包证|包考过|稳过|必过")
_PASS_REFUSED = recache.compile(
    _CHAT_OPEN + r"(?:不能|不可以|不行|不可能|不包过?|不保过?|没有|办不了|做不到|不敢)"
    # not the failing refused (没有不过的; 不可能考不过), nor the refund's condition (不能过就退)
    r"(?!(?:考试?)?不过|没过|挂|过不了|[^，,。\n]{0,6}退)"
)


def _pass_refused(clean: str, asked: int, answer: int, stop: int) -> bool:
    """Whether the buyer's turn ``clean[asked:answer]`` asks the guarantee (``_PASS_ASKED``) and
    the answer (its label at ``answer``, its turn ending at ``stop``) opens on a flat refusal
    (``_PASS_REFUSED``)."""
    if _PASS_ASKED.search(clean, asked, answer) is None:
        return False
    colon = clean.find("：", answer, stop)
    colon = clean.find(":", answer, stop) if colon < 0 else colon
    return colon >= 0 and _PASS_REFUSED.match(clean, colon + 1) is not None


def _turn_refuses(
    text: str, start: int, end: int, label: re.Pattern[str], deny: re.Pattern[str], whole: bool
) -> int:
    """``_shop_refuses`` for one kind of labels (group 1 the answering side's, group 2 the
    asking side's) and its refusal; ``whole``: a vouching word anywhere in the turn takes the
    refusal back (the shop's), else only after the refusal (a teacher's 包过不可能 names it)."""
    a0 = max(0, start - _CHAT_REACH)
    b = min(len(text), end + _CHAT_REACH)
    gate = {_CHAT_LABEL: _CHAT_RAW, _REFUSER_LABEL: _REFUSER_RAW, _TEACHER_LABEL: _TEACHER_RAW}.get(
        label, label
    )
    if not _gate_hit(gate, text, a0, b):
        return -1
    window = text[a0:b]
    clean, pos = unseparated(window)
    labels = _labels(label, clean)
    at = bisect_left(pos, start - a0)
    before = [i for i, m in enumerate(labels) if m.start() <= at]
    if not before or labels[before[-1]].group(1):
        return -1
    i = before[-1]
    if i + 1 >= len(labels) or not labels[i + 1].group(1):
        return -1
    stop = labels[i + 2].start() if i + 2 < len(labels) else len(clean)
    inside = bisect_left(pos, end - a0)
    if whole:
        past = (
            end - a0 > (pos[stop] if stop < len(pos) else len(window))
            or (
                _GUARANTEE_DENY.match(clean, labels[i + 1].end()) is None
                and not _pass_refused(clean, labels[i].end(), labels[i + 1].start(), stop)
            )
            or _RUN_ON_DEAL.search(clean, labels[i + 1].end(), inside) is not None
        )
    else:
        past = end - a0 > pos[stop]
    if inside > labels[i + 1].start() and past:
        # the candidate runs on into the seller's turn; (session 51, review11) a teacher's
        # refusing turn may hold the end of a window opened on the learner's 包过 (助教：不敢打包票，
        # 请理性报名), its words after the refusal read for a take-back below. (session 61, fa19)
        # A shop's turn refusing the guarantee (``_GUARANTEE_DENY``) may hold it too (买家：包过吗？⏎
        # 客服：包不了的，考试是应急管理局组织的: SS-205's organ is the refusal's, its staff word the
        # chat's label), unless the part inside the turn holds a deal of its own; the whole turn is
        # read for a take-back below. Other refusals (要的, 不能) keep the candidate the seller's
        # when it runs on (问：…要本人去吗⏎答：要的，资料发我 … 答：人不用来)
        return -1
    said = clean[labels[i + 1].end() : stop]
    no = deny.match(said)
    back = 0 if whole or no is None else no.end()
    echoed = False
    if no is None and (deny is _REFUSAL_MORE or deny is _TEACHER_DENY):
        # (session 59, fa16) the buyer's words echoed as a question and refused: read on the raw
        # turn (normalized, the question mark is a stop); the echo is the buyer's, so a take-back
        # is read only after the refusal; (session 61, review62) in a school's chat too (学员：…包过吗？
        # 老师：包过？保证不了), and the pass promised in other words after it takes it back
        raw = text[
            a0 + pos[labels[i + 1].end()] : a0 + (pos[stop] if stop < len(pos) else len(window))
        ]
        raw = _ECHO_SEP.sub("", raw)
        if (no := _ECHO_DENY.match(raw)) is not None:
            said, back, echoed = raw, no.end(), True
    if no is None or _DENY_TAKEN_BACK.search(said, back):
        return -1
    if (echoed or not whole) and _TEACHER_TAKEN_BACK.search(said, no.end()):
        return -1  # (session 51, review11) the teacher's pass promised in other words
    if _taken_back_later(clean, labels, i + 2, said, no.end()):
        return -1  # (issue 9, session 66, turn2) or in the answering side's next turn
    if (
        whole
        and _GUARANTEE_DENY.match(said)
        and (_GUARANTEE_TAKEN_BACK.search(said) or _TEACHER_TAKEN_BACK.search(said))
    ):
        return -1  # (session 61, review70) 包不了哈，可以找人替考: the exam bent instead
    return a0 + pos[labels[i + 1].start()]


#: (issue 9, session 66, turn2) How many of the answering side's turns after its refusal are read
#: for a take-back (老师：包过？这个保证不了… / 老师：私下说一句，有内部名额，稳过), and how far into each.
_LATER_TURNS = 2
_LATER_REACH = 60


def _taken_back_later(clean: str, labels: list[re.Match[str]], k: int, said: str, at: int) -> bool:
    """(issue 9, session 66, turn2) Whether the refusal ending at ``at`` in the answering turn
    ``said`` is taken back in the same side's next turns from ``labels[k]`` (group 1: the
    answering side's label), before the asker speaks again: the teacher who refuses the pass and
    a line later sells it by an inside channel or a sure pass (老师：保证不了…⏎老师：私下说一句，有内部
    名额，稳过). Read as ``_denial_taken_back`` reads one answer (``_TEACHER_TAKEN_BACK``, the exam
    bent after 保证不了), never the call words: the school's own enrolment id on the next line (老师：
    报名加v …) takes nothing back, nor the lawful route (私下说一句，好好复习，考试就能过)."""
    more: list[str] = []
    for m in labels[k : k + _LATER_TURNS]:
        if not m.group(1):
            break
        nxt = next((n.start() for n in labels if n.start() > m.start()), len(clean))
        more.append(clean[m.end() : min(nxt, m.end() + _LATER_REACH)])
    if not more:
        return False
    return _denial_taken_back(said[:at] + "\n" + "\n".join(more), at)


def asked_then_taken_back(text: str, start: int, end: int) -> bool:
    """(issue 9, session 68, sold3) Whether ``text[start:end]`` stands in the asking side's turn of
    a chat whose answering side opens refusing and takes the refusal back, in the same turn or its
    next ones (学员：高压电工证能不能包过？⏎老师：按规定不能承诺⏎老师：但是说实话，我们这边有人，稳过，vx …).
    Read for the A-not-A question, whose 不能 the negation stage takes for a denial of the
    candidate: the question stays a denial where nobody answers it, or the answer refuses and stays
    a refusal (老师：不能，考试本人去; 老师：但是说实话，考试要靠你自己多练); the asker's 能不能 is only
    the buyer's question where the seller's own turn sells the pass after it."""
    for label, deny in (
        (_TEACHER_LABEL, _TEACHER_DENY),
        (_CHAT_LABEL, _CHAT_DENY),
        (_REFUSER_LABEL, _REFUSAL_MORE),
    ):
        a0 = max(0, start - _CHAT_REACH)
        clean, pos = unseparated(text[a0 : min(len(text), end + _CHAT_REACH)])
        labels = _labels(label, clean)
        at = bisect_left(pos, start - a0)
        before = [i for i, m in enumerate(labels) if m.start() <= at]
        if not before or labels[before[-1]].group(1):
            continue
        i = before[-1]
        if i + 1 >= len(labels) or not labels[i + 1].group(1):
            continue
        stop = labels[i + 2].start() if i + 2 < len(labels) else len(clean)
        said = clean[labels[i + 1].end() : stop]
        no = deny.match(said)
        if no is None:
            continue
        if _TEACHER_TAKEN_BACK.search(said, no.end()) or _taken_back_later(
            clean, labels, i + 2, said, no.end()
        ):
            return True
    return False


def _denial_taken_back(said: str, at: int) -> bool:
    """(session 63, panel1) Whether an answer's refusal of the guarantee ending at ``at`` is taken
    back after it (``_TEACHER_TAKEN_BACK``: 不过我们有内部名额, 考不过全额退款; ``_GUARANTEE_TAKEN_BACK``:
    可以找人替考, 考场有熟人), its clause not negated (我们没有内部渠道)."""
    took = _TEACHER_TAKEN_BACK.search(said, at)
    if took is not None and not said.startswith("脸", took.end()):  # 考场有人脸识别: the check
        return True
    if _GUARANTEE_REFUSED.search(said, 0, at) is None:
        return False  # the exam bent (替考, 代考) takes back only the guarantee refused, not 不能
    back = _GUARANTEE_TAKEN_BACK.search(said, at)
    return (
        back is not None
        and _BACK_NEGATED.search(said, max(at, back.start() - 4), back.start()) is None
    )


_GUARANTEE_REFUSED = recache.compile(r"包不了|保证不了|保不了")
#: A negation just before a take-back word (没有内部, 不找人替考, 也没有熟人): the refusal stands.
_BACK_NEGATED = recache.compile(r"[不没无别未]|哪有|哪来")


#: (session 61, review70) A shop's refusal of the guarantee taken back by the exam taken by another
#: or bent (包不了哈，可以找人替考; 保证不了百分百，不过考场有熟人; 包不了，但可以走关系): the shop sells
#: what it would not promise.
_GUARANTEE_TAKEN_BACK = recache.compile(
    r"替考|代考|熟人|(?<![没无])(?<!没有)(?:走|找|托|有)关系|(?:考场|里面|那边|我们|上面)有人|内部|搞定"
)


#: (session 43, chat) A buyer opening by addressing the shop's service (请问客服，你们这个培训班是包过的吗？;
#: 客服在吗 电工证能代办吗): the second person is the seller the buyer asks, not the writer's reader. A
#: seller calls its buyers 老板 too (老板们 电工证包过班 报名加v), so only an asked or greeted service counts.
_ASKS_SHOP = recache.compile(
    r"(?:(?:请问|问一下|问下|想问一下|想问|咨询一下)(?:一下)?(?:客服|掌柜|店家|卖家|商家|老板)"
    r"|(?:客服|掌柜|店家)(?:你好|您好|在吗|在不在|亲))(?![：:])"
)
_ASKS_SHOP_WEIGHT = 2


def _chat_blanked(sent: str) -> str:
    """``sent`` with the chat's role labels read as blanks (their layout, nobody's report)."""
    return _CHAT_RAW.sub(lambda m: " " * len(m.group(0)), sent)


def menu_blanked(sent: str) -> str:
    """``sent`` with a navigation bar's items as spaces (the same length: offsets stay valid;
    the model's window spans the whole bar, so items inside the candidate are blanked too)."""
    if ("我们" not in sent and "首页" not in sent) or len(_MENU.findall(sent)) < 2:
        return sent  # two C scans spare most sentences the menu's regex
    return _MENU.sub(lambda m: " " * len(m.group()), sent)


#: A terse post ending on 私 (学历做 私 / 证件加急 私): "message me privately", a seller's
#: sign-off; 走私, 隐私, 自私, 公私 … are other words.
_PRIVATE_END = recache.compile(r"(?<![走隐自公无营缉徇])私[。，]*$")
#: (session 62) The writer's own names when it claims the real thing against its rivals (我们 / 本店 /
#: 本中心 / 我司 …才是真免考): one list for the outbid readings here, in ``context`` and in ``silence``,
#: so a name one of them learns the others read too. None is a prefix of another.
#: (session 62, review73) and 我校 / 俺家 / 俺们; (session 62, review74) and the spoken 咱这 (咱这才是真免考).
OWN_NAMES = r"我们|我家|本店|咱家|咱们|咱这|俺们|俺家|我这|本中心|本校|我校|本机构|我司|本公司"
#: (issue 9, session 60, review58) The writer's own real skip set against the fake ones it warns of
#: (小心被骗，别家免考电工证都是假的，我家真能免考，联系 138…; 我们才是真免考): the warning and its 都是假的
#: are the seller's foil (``silence._OWN_REAL_AFTER`` lifts the word), the claim its offer; a phone
#: alone left the foil's report cues ahead and the model silenced the line. Not a victim's 以为我们
#: 真能免考 nor a question (我们这真能免考吗).
_OWN_REAL_SKIP = recache.compile(
    # (session 61, review68) and the writer as a company or a school (我司才真能免考; 本中心真能免考)
    r"(?<!以为)(?<!相信)(?<!觉得)(?<!认为)"
    # (session 63, review87) and the writer as a firm (我们单位才真能免考; 我们公司才是真免考)
    r"(?:" + OWN_NAMES + r")(?:这里|这边|这儿|这|家|里|边|儿|单位|公司)?"
    r"(?:才是真正?的?|才真能|真能)(?:免考|不用考|不考|包过|直接拿证|免培训)(?![^，,。！!？?]{0,3}[吗么？?])"
)
#: (session 63, review87) The rivals' verdict heard and outbid at once (外面说焊工证包过的都是骗人的，
#: 我们这才是真包过; 别家说…都是假的，来我们这才是真免考): the hearsay frame (外面说 / 别家说) ends ``own``
#: before the writer's claim, so ``_OWN_REAL_SKIP`` is read on the whole sentence too, but only where
#: the verdict on the rivals' claim runs straight into it (the writer's answer, never the speaker's).
_HEARD_OUTBID = recache.compile(
    r"(?:假的|骗人的?|骗局|骗子|忽悠|坑人的?)[了啊呀]?[，,。！!\s]*(?:来|找)?(?=" + OWN_NAMES + r")"
)
_OWN_REAL_WEIGHT = 2
_CLOSE = tuple(_C)  # …留言“需要的私”: the quoted writer's sign-off, not this one
#: (issue 9, session 43, sms) A bulk text's reply code that gets the paper handled (回复1办理,
#: 回复1即办, 回复“办理”获取专员联系方式, 回复1锁定名额, 需要的话回个1): the message asks the reader
#: to answer to be sold to. Read on the writer's own words (a warning's quoted scam text is not),
#: and only beside a rule's candidate. A school asks the same for advice or a booking (回复Y咨询,
#: 回复1了解, 回复1预约复审班): those words stay out, as they are every lawful course's.
_REPLY_CODE = recache.compile(
    r"回(?:复|个)?[0-9a-z]{1,2}(?:即可|马上|立即|即|来)?"
    r"(?:办理|办|确认|锁定|获取|领取)"
    r"|回复(?:办理|代考|咨询|焊工|电工|证书)获取"
    r"|(?:需要|有意|要)的?话?回(?:个|复)?[0-9a-z]{1,2}(?![0-9a-z])"
)
_REPLY_WEIGHT = 2
_CJK = recache.compile(r"[\u3400-\u9fff]")
_REACH = 120  # characters of context either side, at most
#: (session 40) A listing title: four to eight chunks between spaces, each of one to ten
#: characters, and nothing that makes a clause of them (，。：；！？ or their ASCII forms).
_LISTING_CHUNKS = recache.compile(r"[ \u3000\t]+")
_LISTING_STOP = recache.compile(r"[，。：；！？,.:;!?“”\"「」（）()《》]")
_LISTING_WEIGHT = 1.0
#: A poster's own day in the same shape (今天考完电工证理论 九十六分; 电工证丢了 还能重新出一本吗): a
#: particle, the first person or a day of its story makes it a post about the writer, no listing;
#: a school's refusal (我们只做培训 不卖假证 …) neither. Three chunks (结婚证 出 可邮寄) stay one weak
#: term of trade, as before.
_LISTING_STORY = recache.compile(
    r"[了吗呢啊吧呀哦嘛么]|我(?!们|司)|今天|昨天|明天|这次|上周|下周|刚|终于|请问"
    r"|不卖|不做|不办|不提供|不代办|请参加|请到|请通过"
)


def _listing_title(sent: str) -> bool:
    """Whether ``sent`` has the shape of a seller's keyword line (see ``judge``)."""
    line = sent.strip()
    if not line or len(line) > 48 or "\n" in line or _LISTING_STOP.search(line):
        return False
    if _LISTING_STORY.search(line):
        return False
    chunks = _LISTING_CHUNKS.split(line)
    return 4 <= len(chunks) <= 8 and all(1 <= len(c) <= 10 for c in chunks)


#: (session 42, terse) The paper's own cues in a short line with no contact (焊工证 五天出证 可查,
#: 高处证 当天下证, 焊工证 一千五 上网的, 学历 大专 本科 学信可查 三个月下证): its delivery, its
#: quality as a thing that "can be looked up", pay after it arrives, a bare price with no course
#: beside it. One of them is what a course, a shop or a learner also writes (考试后二十个工作日出证,
#: 题库 秒发, 证书上网能查到); two kinds together in a line that names no course, exam, goods, job
#: or story, and has no clause or question mark (毕业证两天到手，学信网还能查？ is a headline), are
#: the seller's.
_PAPER_DELIVERY = recache.compile(
    r"(?:[0-9一二三四五六七八九十两几]+个?(?:天|日|周|星期|个月|月)|当天|当日|次日|隔天|秒)"
    r"(?:出证|下证|拿证|到手|出本|发证|出)(?!成绩|分|结果)|秒发|现货|有现货"
)
_PAPER_QUALITY = recache.compile(r"上网的|上网可查|能查|可查|包查|可验|能验|档案可查")
_PAPER_PAY_AFTER = recache.compile(r"先出证后付款?|出证(?:再|后)付款?|见证付款|拿证再付款?")
_PAPER_PRICE = recache.compile(
    r"(?:^|\s|各|单价|到手价?)(?:[0-9]{3,5}|[一二三四五六七八九两][千万][一二三四五六七八九]?(?:百)?"
    r"|[一二三四五六七八九][百](?:[一二三四五六七八九]十?)?)(?:元|块)?(?:\s|$|一本|出头)"
)
#: …and the words that make such a line a course's, a shop's, a job's, a notice's or a story's
_PAPER_NOT = recache.compile(
    r"培训|课|班|学时|考试|考完|考点|考了|成绩|复审|换证|延期|题库|题|教材|资料|书|工具|手套|面罩|"
    r"套装|卡套|保护套|招|聘|日结|月薪|一天|持证|需要?有|了|吗|我|发货|包邮"
)
_PAPER_WEIGHT = 2.0
_PAPER_LONGEST = 40


def _paper_cues(sent: str) -> list[str]:
    """The kinds of the paper's own cues in a short contactless line (see :data:`_PAPER_DELIVERY`)."""
    line = simplify_chars(sent).strip()
    if not line or len(line) > _PAPER_LONGEST or "\n" in line or _PAPER_NOT.search(line):
        return []
    if _LISTING_STOP.search(line) or _LISTING_STORY.search(line):
        return []  # a clause, a question or a story (毕业证两天到手，学信网还能查？), not a title
    flat = re.sub(r"\s+", "", line)
    kinds = [
        name
        for name, rx, read in (
            ("交付", _PAPER_DELIVERY, flat),
            ("可查", _PAPER_QUALITY, flat),
            ("后付", _PAPER_PAY_AFTER, flat),
            ("价钱", _PAPER_PRICE, line),
        )
        if rx.search(read)
    ]
    return kinds


_CONTACT_NEAR = 60
_FRAME_WEIGHT = 2
#: (issue 9, fourteenth shift) A shill's referral: the story of a certificate, diploma or pass got
#: by paying someone, then the reader handed on to the broker -- the words of ``stance_referral``
#: (推给你, 找这个老师, 报我名字) or these with a gap: a friend's name in the seller's password
#: (就说是小林介绍的, 说是小刘让打的), a contact "placed" for the reader (联系方式放在这里, 微信我放
#: 下面, 电话贴评论里) or sent to "you" (我把老师微信发你, 私信发你联系方式). Read outside
#: quotation marks, in the sentence's reach before and after it (the contact is often one sentence on).
_REFERRAL_GAP = recache.compile(
    r"说是[^，,。！!？?\s]{1,5}?(?:介绍|推荐|让)"
    r"|(?:联系方式|微信|电话|号码|手机号|[vVqQ]|QQ)[^，,。！!？?]{0,3}?(?:放|贴)(?:在)?"
    r"(?:这|下面|下方|下边|评论)"
    r"|(?:联系方式|微信|电话|号码)[^，,。！!？?]{0,2}?在下面"
    r"|(?:联系方式|微信|电话|号码|[vVqQ])[^，,。！!？?]{0,3}?(?:发|推)(?:给)?你"
    r"|(?:发|推)(?:给)?你[^，,。！!？?]{0,5}?(?:联系方式|微信|电话|号码)"
)
#: (issue 9, session 67, speed6) Words one of which every reading of ``_REFERRAL_GAP`` holds (说是,
#: 放 / 贴, 在下面, 你): a window with none of them is not searched (the gap's alternatives open on
#: no common word, so the engine tries them at every character).
_REFERRAL_GAP_SCREEN = recache.compile(r"说是|[放贴你]|在下面")
_REFERRAL_BEFORE = 120
_REFERRAL_AFTER = 200


#: A buyer's request: the sentence opens with a buyer's word and the candidate follows within a
#: few characters (求 健康证 出 私我, 急求 电工证 有的私, 收 二手房 房产证齐全的). The 私我 or the
#: id after it is the buyer's, so the request outweighs them: no ad offers the thing there.
#: (求职, 求学, 收到, 收费 … are other words; 谁要/有要…的吗 are sellers' calls, not here.)
_BUYER = recache.compile(
    r"(求购|急求|诚求|收购|急收|高价收|想买|想要买|我要买|哪里能买|哪里有|哪儿有|谁有|有没有人有"
    r"|求(?!职|学|救|助|婚|偶|医|生|真|证实)"
    # 收学员/收徒/收生 recruit: a school's opener (常年收学员 电工证包过), not a buyer's
    r"|收(?!到|费|钱|款|取|入|益|据|条|集|藏|获|银|学|徒|生|弟))"
    r"[^，,。！？!?：:]{0,6}$"
)
_BUYER_OPENS = recache.compile(_BUYER.pattern.removesuffix(r"[^，,。！？!?：:]{0,6}$"))
#: (session 30) also the rent told by its terms (收购 一建 二建 证到人不到; 人证分离没问题): a
#: dealer collecting papers to rent them out, not a buyer
#: (session 43, construction) the paper wanted for a project or a bid and paid per appearance
#: (求二建证 挂项目 出场费一次五千): the renter's words, as 挂靠 is
_RENTS = recache.compile(
    "挂靠|挂证|收证|租证|出租|兼职挂|人证分离|证到人不到|人不到岗|只挂证|挂项目|出场费"
)
#: A buyer asks for the thing, never for a service or a promise, and never calls on those who
#: need it: 急收 电工证 代办 包过 私我 and 有没有人有 电工证 需要的私我 are sellers behind a
#: buyer's opening word (an evader's cover), so the opening word counts for nothing there; nor
#: does it for a dealer who buys and sells (收 驾驶证分 高价 也卖分, 收售 健康证), nor for one who
#: buys licence points to sell on (高价收分 一分一百五: no driver buys points for itself).
#: (issue 9, session 44, ids) nor for one who buys medical-insurance and social-security cards to
#: cash their balance out (收医保卡 回收社保卡 当面结清; 医保卡套现): the buying is the trade.
_SELLS = recache.compile(
    "也卖|也出|收售|收分|消分|回收|套现|提现|"
    "包过|保过|必过|包拿|包证|包考|包通过|代办|代考|代拿|替考|免考|不用考|无需考|直接拿|直接出|"
    "需要的|要的私|要的联系|有需要|需要请|需要联系|招生|报名|学费|价格|[0-9]元|一本"
)
_BUYER_FIRST = frozenset("求急诚收高想我哪谁有")
#: (issue 9, session 73, fresh) Nor for a buyer who asks for the paper *without the exam* and
#: calls on whoever can get it (求个电工证，不想考，有渠道的来; 求购叉车证 没空去考 有门路的私聊;
#: 收个焊工证 不想去考试 能查的那种): what is asked for is the trade, and the post calls on its
#: sellers. Both halves are needed: a learner's sigh (不想考第二次, 不想考了, 不想考试挂科, 不想考研)
#: or way to the exam (没空去考点, 不想去考场附近住) is no skipped exam, and a skipped exam with no
#: call on a channel, a checkable paper or a price (不想考试时手忙脚乱; 还不想考，有的发我: the
#: learner's 有的 / 私我 asks for mock papers) asks nobody for the trade.
#: (issue 9, session 74, review167) The learner's words are looked for right after 考, past an
#: optional 试 / 证 inside the lookahead: set after the optional 试, the regex engine gave the 试
#: back and read 不想考试挂科 as 不想考 + 试 (求个高处作业证的学习资料，不想考试挂科，有办法的说下
#: fired CS-001 / CS-201), and so 考试时 / 考试前 / 考试了; 考试的时候 is the learner's moment too.
_SKIPS_EXAM = recache.compile(
    "(?:不想|没空|没时间|懒得|不愿意?)(?:自己)?去?考(?![试证]?(?:[了两第二砸过点场研级时前挂]|的时))"
    "(?:试|证)?"
    "[^。！？!?]{0,12}?(?:有(?:渠道|门路|路子|办法)|能查|可查|价格好说|钱不是问题)"
)
_BUYER_WEIGHT = 5
#: (session 39) A code-shaped line (:mod:`lexicon.codeshape`) outweighs a contact and a call.
_CODE_WEIGHT = 6
#: A holder looking for work (有焊工证，找活干；本人持高压电工证，求长期工作；电工证焊工证都有，求工地
#: 的活): the writer offers its labour, the certificate it names is what qualifies it, and the
#: phone or 私信 after it is the job seeker's (``terms/stance_jobseek.yaml``). Read only where the
#: seeking words end a clause (找活的工友, 找工作必备 call on others), and never in a sentence that
#: sells, renews or rents a card (_SELLS, _RENTS, _JOB_SELLS) or where an organization speaks.
_JOBSEEK = recache.compile(
    words_pattern(term_words("stance_jobseek"))
    + r"(?=[，,。；;：:！!？?…\s]|$)"
    # 找个物流的活, 求份仓库里的工作: the kind of work told in a few characters
    + r"|(?:找|求|想找)(?:个|份|一份)?[\u4e00-\u9fff]{1,4}的(?:活干?|活儿|工作|兼职|零工)"
    + r"(?=[，,。；;：:！!？?…\s]|$)"
)
_JOB_SELLS = recache.compile(
    "出售|转让|出让|卖|有货|现货|秒出|速出|可出|包邮|办证|代办|帮你办|帮办|能办|可办|包办|直接办|出证|拿证|"
    "下证|[证本]出(?!差|门|来|去|发|行|国|力|具|勤|色)|"
    "我们|咱们|我司|本店|本公司|本机构|本校|本中心|本工作室|小店"
    # (issue 9, session 56, left18) the forger's own making of the paper the buyer seeks work with
    # (可伪造学历一份，用于求职; 代做毕业证，求职入职都能用; 学位证定做，专供求职): 求职 is the use it is
    # sold for, no seeker's words; a report's 伪造学历用于求职 names no maker's offer
    "|可伪造|代伪造|帮人伪造|代做(?!账)|代制|定做|定制|仿制|专供"
)
#: The seller speaking of itself before a quotation (本机构承诺：“…”, 我们老师说：“…”): the
#: quotation stays the seller's offer; 我同学说 or 本报记者 give the words to someone else.
#: A seller's cue in the first person (找我们, 加我, 本店): the writer's own voice, framed or not.
_FIRST = recache.compile(r"[我咱本]")
#: (issue 9, session 50, left6) A lawful seal shop's own terms (刻制公章、发票章，请持营业执照原件来店，
#: 已在公安备案): the seal made only on the firm's licence or letter and filed with the police, in
#: one sentence. A forger waives both (无需执照, 不用备案), so neither may follow a waiver.
#: (session 51, review9) Nor a waiver of two or three characters: the one-character look-behind
#: read 无需携带营业执照 / 不用凭 / 不需要持 past their 需 / 用 / 要 (a retry at 携 or 凭 sees only the
#: character before it), and the optional 公安 let 不用公安备案 be read at its 备案.
_SEAL_WAIVED = r"(?<![无不免])(?<!无需)(?<!无须)(?<!不用)(?<!不需)(?<!不必)(?<!不要)(?<!不需要)"
_LAWFUL_SEAL = recache.compile(
    r"刻[章制][^。！？!?\n]{0,30}?" + _SEAL_WAIVED + r"(?:须凭|需凭|必须凭|凭|持|携带?)"
    r"[^。！？!?\n]{0,6}?(?:营业执照|单位介绍信|介绍信)[^。！？!?\n]{0,24}?"
    r"(?:(?<![无不免用需])公安备案|(?<![无不免用需安])备案)"
)


#: (issue 9, session 54, reports5) The price a court or a news story tells of a deal (以每本300元的价格
#: 出售, 以每套五百元价格卖给他人, 以每张50至80元的价格对外销售): the narrative's 以 + price + sale verb,
#: which a seller never writes of its own goods (it writes 300一本, 每本300, 价格私聊). The price is
#: the story's fact, not the writer's offer: it is blanked from the offer reading and weighs as a
#: report cue. The sale verb is required, so 以优惠价格出售 or a bare 每本300 stays the seller's.
_N = r"[0-9一二三四五六七八九十百千万两几]"
_NARRATED_PRICE = recache.compile(
    rf"以(?:每(?:本|张|套|份|枚|个|次|人|场|科))?"
    rf"(?:{_N}+(?:元|块)?(?:至|到|-|~){_N}+(?:元|块)|{_N}+(?:余|多)?(?:元|块))"
    r"(?:不等)?(?:的)?(?:单价|价格|价钱|价)?"
    r"(?:对外|向他人|向[\u4e00-\u9fff]{1,4})?"
    r"(?:出售|卖给|卖出|售出|售予|售给|销售|转卖|转售|贩卖|卖)"
)
#: (issue 9, session 54, reports5) …or the sale told with its buyers in the third person (向考生出售
#: 作弊耳机, 向23名考生销售, 向他人兜售): a story's account of whom the goods went to. A seller speaks
#: to its buyers (你, 需要的, 广大考生) and never counts them, so 向广大考生出售 is not read here.
_NARRATED_BUYERS = recache.compile(
    rf"向(?:考生|学员|他人|买家|购买者|求职者|(?:多|数|{_N}+)(?:余|多)?名[\u4e00-\u9fff]{{0,4}}?)"
    r"(?:出售|销售|兜售|贩卖|售卖|推销)"
)
#: (issue 9, session 54, reports5) …or a sale told by its buyers' money taken (收取考生每人两万元,
#: 收取学员费用, 收取被害人办证费): the narrative counts whose money it was; a seller names its price.
#: The amount right after it is the story's too, and is blanked with it (see ``_NARRATED_DEAL``).
_MONEY_TAKEN = (
    r"收取(?:了)?(?:考生|学员|他人|买家|被害人|受害人|求职者|客户)"
    rf"(?:(?:每人|每名|人均)?{_N}+(?:余|多)?万?元)?"
)
_NARRATED_DEAL = recache.compile(f"{_NARRATED_PRICE.pattern}|{_MONEY_TAKEN}")
#: (issue 9, session 54, reports5) A tally in the formal 余 (一百余本, 600余张, 四十余套, 37余枚): how
#: courts and police count what was sold or seized; a seller boasting of its volume says 多 or 上千.
_TALLY = recache.compile(rf"{_N}+余(?:本|张|套|枚|份|件|人次|名|单)")
#: (issue 9, session 54, reports5) A shop's keeper quoted turning the trade down (刻章店老板说：“没有营业执照
#: 我们不给刻”; 办证大厅的工作人员表示不能代办): the 老板 is the one who speaks, not the buyer a seller
#: hails, and the 我们 of the refusal the shop's; read on the normalized text (quotes and colon gone).
_KEEPER_REFUSES = recache.compile(
    r"(?:店|铺|门店|大厅|窗口)(?:的)?(?:老板娘?|店主|店员|师傅|工作人员|负责人)"
    r"(?:说|表示|称|坦言|介绍|告诉记者)[^。！？!?]{0,24}?"
    r"(?:不给|不能|不可以|不刻|不办|不做|不接|拒绝|一律不)[^。！？!?]*"
)
#: (issue 9, session 56, fa9) ... nor where the writer then says it carves itself (刻章店老板说没有
#: 营业执照不给刻，我们能刻，当天取 with its number on the next line): the refusal is the rival's,
#: told to set off the writer's own yes, which the offer cues (``terms/stance_offer_strong``) read.
_SELF_CARVES = recache.compile(
    r"(?:我们|本店|小店|咱家|我家|俺家|我这)(?:这里?|这边)?(?:照样|也|都|就|还是)?"
    r"(?:能刻|可以刻|照样刻|给刻|敢刻)(?![吗嘛么不]|[^，,。！!？?]{0,6}[？?])"
)

#: (session 33) The writer approached by someone (有人在群里找我代考, 有个人加我说能办, 陌生人私信我):
#: the 找我 / 加我 there is the one who was asked, no seller's call; the story is told, not made.
#: (session 41, agents) Also the writer called on to join the trade (有人在群里喊我做学历代理, 朋友拉我
#: 做焊工证的代理): an acquaintance only with a verb of drawing in and the role he is asked to take,
#: since a seller boasts that friends come to him (很多朋友找我办).
_APPROACHED = recache.compile(
    r"(?:有人|有个人|有一个人|陌生人|别人)[^，,。！？!?\s]{0,6}?"
    r"(?:找到?|加|联系|私信|私聊|问|拉|喊|劝|找上|打电话给|发短信给|发消息给)我(?!们|司)"
    r"|(?:朋友|熟人|同事|同学|老乡|亲戚)[^，,。！？!?\s]{0,4}?(?:拉|喊|劝)我(?:一起)?(?:做|当|入伙|加入)"
    # (session 47, lead) the one who came to the writer, told as a noun (找我办证的人说…, 加我
    # 的那个中介): the writer was approached, and tells of it
    r"|(?:找|加|联系|私信)我[\u4e00-\u9fff]{0,4}的(?:人|那个人|那人|那个|中介|家伙|骗子)"
    # (issue 9, session 50, left5) the shopkeeper telling of the requests it turns down (常有人来问
    # 不要执照能不能刻章，我一律不刻; 一个小伙子想让我做个执照，我直接让他走了; 有人问能不能仿个发票章，
    # 我都说不行; 老有人让我刻个假公章，给多少钱都不接): the asker, the ask and the refusal in one
    # sentence; a seller boasting that people
    # come to it (很多人找我刻章) refuses nothing
    r"|(?:有人|有个人|顾客|客人|小伙子|年轻人)[^。！？!?\n]{0,24}?(?:问|让我|叫我|求我|找我)"
    r"[^。！？!?\n]{0,30}?我?(?:都|也|就)?(?:一律|一概|从来|坚决|直接|全|都)?"
    r"(?:不刻|不做|不接|不办|不干|拒绝|回绝|说不行|说不能|让他走|没接|没答应)"
)
_SELF = recache.compile("|".join(term_words("self_speaker")))
#: The writer answering its own question right after it (想要包过的焊工证？找我们，微信 …; 四级答案
#: 哪里有？我们考前就发，私我; 能不考直接拿吗？能！加V …): an ad's hook, not a question about the
#: trade, where the answer calls on the reader (a contact, or a seller's strong cue, before the
#: line ends). A report's question is answered by someone else (对方答：…, 记者调查发现…), denied
#: (不能, 不可以) or not at all. (session 35) A seller's FAQ may answer "the same as the real one?"
#: with 一样 / 一模一样 / 放心 and its terms of trade (答：一样，先验货后付款): still a call to count.
_ANSWER = recache.compile(
    # (issue 9, session 48, left) the rumour the hook relays confirmed by the writer before its
    # call (听说电工证不用考也能拿？是真的，我们这边一直在做，加v …): still answered only with the call
    r"[\s!！]*(?:(?:是|当然是|确实是)?真的(?![吗么吧假])[，,！!。\s]*)?"
    # (issue 9, session 59, left27) or the yes said 真能 / 确实能, or in the seller's own place
    # (是谣言？真能拿，私聊; 是骗人的？在我们这真能办，私我; 是骗局？在我这就能拿): the line still
    # has to call on the reader for the question to count as answered
    r"(?:在?(?:我们|我|本店|咱们|咱家)这(?:里|边|儿)?就?)?(?:真|确实)?"
    r"(?:(?:能|可以|当然|没问题|有|一样|一模一样|放心)(?![不没否])|(?:找|认准|联系|来)?(?:"
    + _SELF.pattern
    + r")|私我|私聊|私信|加[vV微威薇]|联系"
    # (seventeenth shift) a short video's caption answering its own hook with the comment box or
    # the profile page (电工证怎么不考试就拿到？评论区扣1我私信你; …？看主页): the call still has to
    # be a seller's strong cue (评论区扣, 看主页) for the question to count as answered
    + r"|评论区|(?:看|点|进)主页|戳头像"
    # (issue 9, session 46, headlines) a 标题党 hook's teaser before the call (为什么别人三天就拿到
    # 登高证？答案就在这里 包过 私信我): still answered only where the line calls on the reader
    + r"|(?:答案|秘诀|方法|办法)(?:就|都)?在这(?:里|儿)?)"
)
_ANSWER_REACH = 40
#: (issue 9, session 60, review58) The answer that confirms the verdict asked right before it (是谣言？
#: 当然是谣言; 是假的？肯定是假的; 是骗局？对，就是骗局): the debunk's yes, not the seller's.
_VERDICT_CONFIRMED = recache.compile(
    r"[\s!！]*(?:当然|肯定|绝对|确实|的确|真的|对)?[，,！!。\s]*(?:就|都|全|全都)?(?:是|纯属|属于)?"
    # (session 63, left35) or the trust asked denied (靠谱吗？当然不靠谱！): the same verdict of fake
    r"(?:谣言|谣传|假的|骗人的?|骗局|骗子|忽悠|套路|诈骗|不靠谱|不可信)(?=[了啊呀！!。，,？?~～\s]|$)"
)
#: (issue 9, session 61, review63) The truth of the skip asked (是真的吗, 真的能免考吗, 靠谱吗): answered
#: with a verdict of fake (``_VERDICT_CONFIRMED``), the answer denies it.
_TRUTH_ASKED = recache.compile(r"真的|靠谱|可信|能信|可靠")
#: …unless the writer then claims the real thing for itself (是真的吗？当然是假的，别家的都是假的，我们这
#: 能办; 当然是谣言，我家才是真的免考): the verdict is the rivals' foil, the claim the offer.
_OWN_CLAIM_AFTER = recache.compile(
    r"(?:我们|我家|本店|咱家|咱们|我这|我)(?:这里|这边|这儿|这|家|里)?(?:就|都|也|才|真)?"
    # (session 61, review68) 是真的 as the writer's own claim, not as its intensifier (我是真的被骗过;
    # 我们是真的上过当: a victim's debunk)
    # (session 62, review73) nor before what befell the writer (我们是真的遇到过这种骗子; 差点上当)
    # (session 62, review78) nor before the money it lost (我是真的交过钱，最后什么都没拿到)
    r"(?:(?:是真的?|是真正的?)(?![的被很太想不上信后吃遇碰差受见听亲交花掏付栽])"
    r"|能办|可以办|能拿|可以拿|能免考|真能|有渠道|有内部|包过|包拿|包下证|直接拿|直接办)"
    # (session 63, review82) not the writer's limit or the rumour named (我们这能办的只有培训报名;
    # 我们包过的说法是骗子编的)
    r"(?!的(?:只有|只是|仅|就是|说法|传言|谣言|广告|话|都是|全是))"
    # or asks who wants the thing itself, handed over in private (当然是假的，想办的评论区扣1私发);
    # (session 61, review68) not who wants to go to the office (想办理的请到当地应急管理局政务窗口报名)
    # nor the official entry sent in private (私发官方报名入口); (session 62, review73) the office
    # also as the citizens' hall or the ID card brought (请携带身份证到市民中心办理), the entry as the
    # official site's link or the exam's study papers (私发官网链接; 私发备考资料)
    r"|想办(?![^。！？!?]{0,14}(?:应急管理|政务|窗口|官方|官网|报名|考试|市民中心|服务中心|大厅|人社"
    r"|身份证|本人))|要办的|想要的"
    # (session 62, review78) and the school's papers or timetable (私发资料; 私发培训课程表)
    r"|私发(?!官方|官网|正规|报名|报考|考试|流程|简章|备考|复习|学习|题库|真题|资料|课程|课表|培训|教材)"
    # (session 61, review68) or the seller's own hook (认准我们; 三天出证): 正规渠道找我，三天出证;
    # (session 62, review73) with every name the writer gives itself (认准咱们; 认准本中心) but not
    # before the exam site's own (认准我们官方授权考点), and the days counted from the seller's word,
    # not from the exam passed (考试合格后15天内出证); 当天 / 一周 and 到手 too (当天出证; 三天到手);
    # not the hook named as the rivals' (别信三天出证的广告; 当天出证的都是假证)
    # (session 62, review78) nor before the authority that approved the site (认准我们应急管理局批准的
    # 考点); the days not the usual wait after the exam (考试通过，15个工作日内出证; 一般三个工作日出证;
    # 每月15日出证), and counted in hours or 日 too (48小时出证; 三日出证)
    r"|认准(?:" + OWN_NAMES + r"|我(?!们))"  # (session 63, review82) not 我 of 我们 backtracked
    r"(?![^，,。！!？?]{0,4}(?:官方|授权|考点|考场|报名|学校|培训|应急管理|人社|批准|指定))"
    # (session 63, review82) nor before the lawful route as its whole next clause (认准本校，老老实实
    # 培训考试): no promise, skip or speed in that clause
    r"(?![，,\s]{1,2}(?![^，,。！!？?]{0,12}(?:包|保|免|不用|直接|内部|渠道|快|当天"
    r"|[一二两三四五六七八九十\d]+(?:天|日|周|小时)))"
    r"[^，,。！!？?]{0,8}(?:培训|考试|学习))"
    r"|(?<!(?<![包证])通过[，,])(?<!(?<![包保证])合格[，,])"
    # (session 63, review82) the days counted from the payment are the seller's (付款后三天出证; 下单后),
    # and the seller's own 一般 / 通常 / 大约 / 最快 (我们这边一般三天出证; 本店通常五天出证) or its own
    # pass before them (包通过，三天出证; 我们保证通过，…) no usual wait after an exam
    # (session 63, review87) and from the sign-up (别家都是骗子，报名后三天出证): the school's own days
    # after it are the course's or the ticket's (报名后三天开课; 三天出准考证), never 出证 / 拿证
    r"(?:(?<=付款后|交钱后|下单后|打款后|转账后|交费后|付费后|报名后)"
    r"|(?<![后完信般常约月\d一二两三四五六七八九十]))"
    r"(?:当天|[一二两三四五六七八九十\d]+(?:天|日|周|个工作日|小时))"
    r"(?:内|就|就能|就可以)?(?:出证|下证|拿证|到手)(?!的)"
    r"|(?:" + OWN_NAMES + r"|我)(?:这里|这边|这儿|这|家)?(?:一般|通常|大约|大概|最快|基本)"
    r"(?:当天|[一二两三四五六七八九十\d]+(?:天|日|周|个工作日|小时))"
    r"(?:内|就|就能|就可以)?(?:出证|下证|拿证|到手)(?!的)"
    # (session 63, review82) or the call to the writer before its guarantee (找我们，包过; 联系我们，包过;
    # 找我，包拿证)
    r"|(?:找|来找|联系|认准)(?:"
    + OWN_NAMES
    + r"|我)[，,\s]{0,2}(?:包过|包拿|保过|保拿|包下证|直接拿|直接办|能办)"
)
#: (issue 9, session 49, questions) The asker asking to be told, right after its question (…会发给我吗？
#: 我微信 …，知道的说一声; 真的能不考就拿到吗？有知道的加我微信 … 说一下; 求回复; 在线等): a buyer or a
#: worker asking about the trade and leaving its own number for the answer. A seller's hook is
#: answered by its call (想要…吗？加v …, 私我, 找我们), never by asking the reader to tell it.
#: (session 50, review6) The knower only: a know-word after 想 / 要 / 不 / 没 names the reader who
#: does not know yet (想了解的私信告诉我, 不懂的直接告诉我), the buyer a seller invites; and 在线等
#: bare, not the seller's 在线等你 / 在线等您 / 在线等候 (客服在线等你).
_TELL_ME = recache.compile(
    r"(?<![想要不没])(?:知道|懂|了解|有经验|办过|买过|考过|用过)的?(?:朋友|大佬|老哥|兄弟|人|大神)?"
    r"[^，,。！？!?]{0,16}?(?:说一下|说说|说一声|讲讲|讲一下|回一下|回复一下|回个话|告诉我|告知|指点|解答|科普)"
    r"|求(?:回复|解答|告知|科普|指点|大佬|大神)|在线等(?![你您候着])"
)
#: (session 49, lead) ... unless the answer opens with the seller's yes or call (能！加v … 在线等;
#: 当然可以，私我 … 老师在线等你): those words are the seller's too; an asker's 有知道的… opens
#: with 有 and still asks.
_TOLD_OPEN = recache.compile(r"[\s!！]*有(?:知道|懂|了解|经验|办过|买过|考过|用过)")


def _asks_to_be_told(line: str) -> bool:
    """Whether the words after a question ask the reader to tell the asker (``_TELL_ME``) rather
    than answer the question with the seller's yes or call (``_ANSWER``)."""
    flat = normalize(line).text
    if _TELL_ME.search(flat) is None:
        return False
    if _ANSWER.match(line) is None and _ANSWER.match(flat) is None:
        return True
    return _TOLD_OPEN.match(flat) is not None


#: (issue 9, session 49, kangxi) The writer inviting the reader to the result a quoted testimonial
#: tells of, right after its closing mark (read unseparated: the dash and the quote mark are gone):
#: 想要同款效果的来咨询, 想要一样成绩的找我们, 也想同样拿证的私我. Only the same result: a
#: bare 咨询 after a quotation is as often a notice's hotline as a seller's.
_SAME_RESULT_CALL = recache.compile(
    r"(?:想要|想|也想|需要)(?:同款|同样|一样)[^，,。！？!?]{0,8}?的?(?:朋友|同学|学员)?"
    r"(?:来|请|快|赶紧|速)?(?:咨询|报名|找我|私我|私信|联系我)"
)
#: (session 40) An answer in the seller's own name right after the question (找我们, 联系我们, 来找
#: 我, 认准本店, 加我, 私我): the question is the seller's hook, whatever buyer's words it holds.
_SELF_ANSWER = recache.compile(
    r"[\s!！]*(?:(?:找|认准|联系|来找|请找|就找)(?:" + _SELF.pattern + r"|我)"
    r"|加我|私我|私信我|滴我)"
)


#: (issue 9, session 63, review84) A yes's terms: the money alone (能，交钱就行 / 付款即可 / 给钱就能拿).
#: (session 63, review88) in other words too: the yes drawn out or exclaimed (能啊 / 可以的 / 能！),
#: the money paid (交了钱 / 付了款), the thing done for it (给钱就办); not the fee that opens the
#: lawful route (交费即可报名; 付款后安排考试)
_YES_FOR_PAY = recache.compile(
    # (the line is read simplified: its ！ is a 。)
    r"[的啊呀哈哦嗯]?[，,、。\s!！~～]*(?:交|付|给|缴|转)了?(?:钱|款|费|账)"
    r"(?:就行|就可以|即可|就好|就能拿|就能办|就给办|就办|就给你办)(?!报名|参加|参训|安排|培训|考试|上课|学习)"
)


#: (issue 9, session 64, qa1) The health check waived in an answer's own words (能办，不用去体检): the
#: skip a health certificate's seller grants, as ``turn_skips`` reads the exam's.
_CHECKUP_WAIVED = recache.compile(r"(?:不用|无需|不需要|不必|免)(?:去|来|参加)?体检")


#: (issue 9, session 65, qa2) The lawful route said in a labelled answer's own words: the holder in
#: person at the exam, the training or the office (考试本人参加 / 本人到考点考试 / 本人带身份证到原发证
#: 机关 / 本人参加培训即可 / 须本人参加复审培训), or the training the renewal asks (参加八学时复审培训就行).
#: Read normalized (the spaces gone), so 本 人 参 加 too.
_ROUTE_OWN = recache.compile(
    r"(?:考试|理论和实操|实操|培训考试)(?:都|均)?(?:须|需|要|得|必须)?本人(?:参加|到场|到考点)"
    r"|(?<![不用需免无])本人(?:须|需|要|得|必须)?(?:持|带|携带)?[^，,。；;！!]{0,10}?"
    r"(?:到考点|到考场|到原发证|到发证|去发证|到市场监管|到应急管理|到窗口|参加(?:复审)?(?:培训|考试)"
    r"|(?:去|到场)(?:补办|办理|申请补))"
    r"|(?:按期|须|需|要)?参加[^，,。；;！!]{0,6}?复审培训(?:即可|就行|就可以)?"
    # the reissue at the office with the holder's ID card (补办只需带身份证到市场监管局)
    r"|(?:带|持|携带)(?:本人)?身份证[^，,。；;！!]{0,8}?(?:到|去)(?:原)?(?:发证|市场监管|应急管理|窗口)"
)
#: ... unless the same answer takes the route back: the holder spared (本人不用 / 不用本人 / 不用来 /
#: 人不用到场), the course skipped (培训也不用 / 不用培训), the pass or the paper promised (包过 / 包拿 /
#: 直接拿 / 三天到手 / 五天出证), the shop's inside way (内部 / 名额 / 关系).
_ROUTE_TAKEN_BACK = recache.compile(
    r"本人不|不用本人|不需要?本人|无需本人|不用(?:来|去|到场|参加|培训)|(?:培训|考试)也不用|免培训|人不用"
    r"|包过|保过|包拿|稳过|直接(?:拿|出|发|寄)|[天周]\s*(?:出证|到手|拿证|出新证|拿新证|下证)|等证"
    r"|内部|名额|关系|替考|代考"
    # (issue 9, session 65, review103) and in the shop's other words: the errand done for the buyer
    # (我们帮你代办, 其余我们搞定, 一条龙), the visit reduced to a sitting or a signature (坐一下就行,
    # 签个到就走, 走个过场), the reissue sped up or kept under the old number (原号, 加急, 当天出), the
    # exam's questions handed over (考前给你题目和答案). A school helping with the enrolment
    # (我们可以帮你报名) names none of them
    r"|代办|包办|全包|一条龙|搞定|(?:我们|我|这边|本店)(?:帮你|给你|替你)(?:办|弄|搞|拿)"
    r"|坐一?下就|坐坐就|走个?过场|露个?面就|签个?(?:到|字)就|挂个?名"
    r"|原号|加急|当[天日]就?(?:出|拿|取|下)|秒出"
    r"|(?:给|发|提供|送)你?[^，,。；;]{0,4}(?:答案|考题|原题|真题)"
)

#: (issue 9, session 65, qa2) The exam waived in an answer (不用考 / 无需重新考 / 免试 / 不考), read by
#: ``_route_told`` only where the question asks about a paper already held.
_EXAM_WAIVED = recache.compile(
    r"(?:不用|不需要?|无需|无须|不必|免)(?:重新|再)?(?:考|参加考试)|免试|不考"
)
#: A question about a paper already held: its renewal (``_ASKED_RENEWAL``'s words) or its reissue.
_HELD_ASKED = recache.compile(
    r"复审|到期|过期|延期|换证|续期|补办|补发|补证|丢了|丢失|遗失|损坏|换新"
)


def _route_told(asked: str, said: str) -> bool:
    """(issue 9, session 65, qa2) Whether the answer ``said`` (its label dropped) to the question
    ``asked`` names the lawful route in its own words (``_ROUTE_OWN``) and takes nothing of it back
    (``_ROUTE_TAKEN_BACK``); the exam waived in it (不用考) only where the question asks about a
    paper already held (复审 / 到期 / 补办 / 丢了, ``_HELD_ASKED``): a new paper's 能，不用考，本人
    参加培训即可 is the skip sold, the course its cover."""
    flat = normalize(said).text
    return (
        _ROUTE_OWN.search(flat) is not None
        and _ROUTE_TAKEN_BACK.search(flat) is None
        and (
            _EXAM_WAIVED.search(flat) is None
            # (session 66) the question read as normalized too: 丢 了 spaced apart is a reissue
            or _HELD_ASKED.search(normalize(asked).text) is not None
        )
    )


#: (issue 9, session 66, qa3) A question asking for the exam skipped (能免考吗, 可以不考吗, 不用考试能
#: 拿吗): read by ``_route_sold`` where the answer names no route.
_SKIP_ASKED = recache.compile(r"免考|免试|不考|不用考|不参加考试|不需要考")


#: (issue 9, session 75, lawful14) The exemption an answer grants as the law grants it: only to
#: those the rule's condition holds for (符合条件的复审可免考, 满足条件的复审免考, 按规定连续从业满十年且
#: 无违章的可免考).
#: (issue 9, session 76, review186) One whole clause, read from its first character to its last:
#: the law's own prefix (复审时, 按照相关规定), the condition named (符合 / 满足 条件 / 规定 / 要求,
#: 符合相关规定, 符合复审条件) or the statute's own condition (连续从业满十年), words from the statute's
#: vocabulary only (``_LAW_FILLER``: 的复审, 满十年且无违章, 经原发证机关同意), and the skip in the law's
#: wordings (可免考, 可免试, 可免于考试, 可以不参加考试). Round 90 searched 符合条件…免考 anywhere in the
#: clause, so 无需符合条件即可免考 (the condition waived) and 按规定交满三年社保即可免考 (a condition
#: made up by the seller) read as the law.
#: (issue 9, session 77, review193) The statute's years are ten or more (连续从事本工种10年以上):
#: a count short of it (满一年, 满三年, 满1年) or 连续从业 with no count is a condition the seller made
#: up, and round 91 read 连续从业满一年即可免考 and 符合条件的工作满1年可免考 as the law. Ten or more:
#: two Arabic digits and up (``normalize`` makes full-width ones half-width), 十 with what may
#: stand before and after it (十, 十五, 二十).
#: (session 78, review199) 一十 too (连续从业满一十年): ten, as 十 is.
_LAW_YEARS = r"(?:[1-9][0-9]+|[一二三四五六七八九]?十[一二三四五六七八九]?)年"
_LAW_FILLER = (
    r"(?:的|复审|时|人员|持证人|连续|从业|从事|本工种|工作|满|" + _LAW_YEARS + r"|以上|"
    r"且|并且|无|违章|违法|违规|行为|记录|经|原|考核|发证|机关|同意|审核|通过|后)*"
)
_EXEMPT_BY_LAW = recache.compile(
    # (session 77, review193) the office's everyday 只要 / 凡是 before the condition
    r"(?:只要|(?P<every>凡是?))?"
    r"(?:复审时|(?:按照?|根据|依照?|依据)(?:相关|有关|国家)?规定)?"
    r"(?:(?:符合|满足)(?:相关|有关|国家|复审)?(?:条件|规定|要求)"
    # (session 77, review193) the statute's own condition carries its ten years
    r"|连续从[业事](?:本工种)?(?:工作)?满?"
    + _LAW_YEARS
    # (session 78, review199) the same ten years written before the work or after the trade
    # (连续十年从事本工种, 从事本工种连续十年以上, 在本工种连续从业十年以上): round 92 read only
    # 连续从业满十年, and an office's answer in the other order fired CS-001
    + r"|连续满?"
    + _LAW_YEARS
    + r"(?:以上)?从[业事]"
    + r"|(?:在本工种|从事本工种)连续(?:从[业事])?(?:工作)?满?"
    + _LAW_YEARS
    + r")"
    + _LAW_FILLER
    # (session 78, review199) the 都 / 均 that goes with 凡 / 凡是 (凡是符合条件的都可以免考, 凡符合
    # 条件的均可免考), round 92 took the 凡是 alone; without it 符合条件的都能免考 stays the seller's
    # blanket yes round 91 kept firing (test_review186_session76)
    + r"(?(every)(?:都|均)?)"
    # (session 77, review193) …就可以免考, …是可以免考的, 可申请免于复审考试
    + r"(?:就|便|是)?(?:可|可以|能|才能|才可|方可|即可)?(?:申请)?"
    r"(?:免考|免试|免[于予](?:参加)?(?:复审)?(?:考试|考核)|不(?:用|需|需要)?参加(?:复审)?考试)的?"
)
#: (issue 9, session 76, review186) The other clauses an office's or a school's answer puts
#: beside the law's exemption, each read whole: the bare yes (可以的, 能的), the law named alone
#: (按照规定), the call to ask about the procedure (私信问流程, 私信问需要什么材料, 详情咨询窗口,
#: 不确定自己符不符合条件的私信问流程; a bare 私信 too, as round 90 let it be), the exam kept for those
#: the condition misses (不符合的要按时参加复审考试), the applicant sent in person to the issuing office
#: (需本人带身份证到原发证机关办理). Anything else beside the law's words -- round 90's list of
#: seller's words (不符合的交钱也能办, 内部渠道, 条件看我们) and whatever that list missed (名额有限,
#: 收费三百, 无需到场, 我们有路子, 私信安排) -- keeps the answer the seller's hook answered yes.
#: (session 77, review193) What the call clause may ask about (私信问流程, 私信问需要什么材料).
_TOLD_ASKED = (
    r"(?:流程|材料|所需材料|需要什么材料|需要哪些材料|手续|条件|详情|要求|怎么办理|怎么申请|窗口)"
)
#: (session 77, review193) The authority an office's answer sends the reader to, or whose rule it
#: defers to: the emergency-management bureau, the issuing office, the government service centre,
#: the training school, the exam site (当地 / 所在地 before it).
_TOLD_AUTHORITY = (
    r"(?:当地|所在地|属地|各地)?(?:应急管理局|应急管理部门|应急局|安监局|安监部门|"
    r"(?:原|当地)?(?:考核)?发证机关|政务服务中心|培训学校|培训机构|考点)"
)
_EXEMPT_TOLD = recache.compile(
    r"(?:是的|嗯|对)?(?:可以|能|行)(?:的|啊|呀|哦|呢)?"
    r"|(?:按照?|根据|依照?|依据)(?:相关|有关|国家)?规定"
    # the call to ask the procedure
    r"|(?:具体|详情|详细|有疑问的?|有需要的?|需要的?|不清楚的?|"
    r"不确定(?:自己)?(?:是否符合|符不符合|能不能免考?|够不够)(?:条件|要求)?的?)?"
    r"(?:欢迎)?(?:可|可以|请)?(?:私信|私聊|私我|咨询|留言|来电|致电|联系我们)"
    # (session 77, review193) 办理 / 申请 / 复审 only before what is asked (私信问办理流程): bare
    # (私信办理, 联系我们办理) it is the writer taking the job
    # (session 78, review199) and so is 办理手续 / 申请手续 with no 问 before it (联系我们办理手续,
    # 私信办理手续), while round 92 dropped the bare 一下 (私信一下), the same call as the bare 私信
    r"(?:(?:问|咨询|了解)(?:一下)?(?:具体|办理|申请|复审)?" + _TOLD_ASKED + r"?"
    r"|(?:一下)?(?!(?:办理|申请)手续)(?:具体|办理|申请|复审)?" + _TOLD_ASKED + r"|一下)?"
    r"(?:哦|噢|哈|吧|呢|呀|啊)?"
    # the exam kept for those the condition misses; (session 77, review193) or for the others and
    # the new applicants (其他人员需按时参加复审考试, 新申领的必须参加考试)
    r"|(?:(?:不符合|不满足)(?:条件|要求|规定)?|其他|其余|新申领|初次申领|首次申领)的?"
    r"(?:人员|学员|持证人)?"
    r"(?:需|要|须|需要|必须|仍需|仍要|还需|还要|请|应|应当|得)"
    r"(?:按时|按期|按规定|正常|本人)*(?:参加(?:复审)?(?:考试|考核)|考试?)"
    # (session 77, review193) the office's own lines: the reader sent to the authority or its rule
    # (详情咨询当地应急管理局, 具体以当地规定为准), the file refused when short (材料不全的不予受理), a
    # landline with its area code (a mobile is the seller's own contact), the office hours, thanks
    r"|(?:具体|详情|详细)?(?:请|可)?(?:咨询|询问|联系|致电)"
    + _TOLD_AUTHORITY
    + r"|(?:具体|详情|最终)?(?:请)?以(?:当地|所在地|属地|各地)?(?:"
    + _TOLD_AUTHORITY
    + r")?(?:的)?"
    r"(?:规定|要求|通知|公告|政策)为准"
    r"|(?:材料|资料|手续)(?:不全|不齐|不完整)的?(?:一律)?(?:不予|不)受理"
    r"|(?:咨询|办理|联系|办公)?电话(?:是|为)?0[0-9]{2,3}-?[0-9]{7,8}"
    r"|(?:(?:办公|工作|受理|咨询)时间(?:为|是)?)?"
    r"(?:(?:周[一二三四五六日天]至周[一二三四五六日天]|工作日)(?:上午|下午)?"
    r"(?:[0-9]{1,2}:[0-9]{2}-[0-9]{1,2}:[0-9]{2})?"
    r"|(?:上午|下午)?[0-9]{1,2}:[0-9]{2}-[0-9]{1,2}:[0-9]{2})"
    r"|(?:谢谢|感谢)(?:关注|提问|咨询)?"
    # the applicant in person at the issuing office
    r"|(?:需|须|要|请)?(?:本人)?(?:(?:携带|带)(?:身份证|证件|原证|相关材料|材料)(?:和|及|、)?"
    r"(?:身份证|证件|原证|相关材料|材料)?)?(?:到|去|前往|向)(?:原|当地|所在地)?(?:考核)?发证机关"
    r"(?:办理|申请|提出申请|提交申请)?"
)
#: The marks an answer's clauses are cut at (``said`` is read normalized: no spaces left).
_CLAUSE_CUT = recache.compile(r"[，,。；;！!]+")


def _exempt_by_law(asked: str, said: str) -> bool:
    """(issue 9, session 75, lawful14) Whether the unlabelled answer ``said`` to a question
    ``asked`` for the exam skipped (``_SKIP_ASKED``) grants the skip only as the law grants it
    (``_EXEMPT_BY_LAW``): round 89 left 有人问电工证能不能免考？可以的，符合条件的复审可免考，私信问流程
    firing CS-001, its bare 可以的 and 私信 read as the hook answered yes, while its yes is the rule's
    own condition.
    (issue 9, session 76, review186) Read clause by clause: at least one clause the law's
    exemption whole, and every other clause one an office or a school writes (``_EXEMPT_TOLD``).
    Round 90 instead searched the answer for a list of seller's words, and every seller's step not
    on it (名额有限, 收费三百, 无需到场, 私信安排, the condition waived or made up) went silent."""
    if _SKIP_ASKED.search(asked) is None:
        return False
    clauses = [c for c in _CLAUSE_CUT.split(said) if c]
    law = [c for c in clauses if _EXEMPT_BY_LAW.fullmatch(c)]
    return bool(law) and all(c in law or _EXEMPT_TOLD.fullmatch(c) for c in clauses)


def _answered_by_law(text: str, hi: int) -> bool:
    """(issue 9, session 76, review186) Whether the question ending at ``hi`` asks for the exam
    skipped and the rest of its line grants the skip only as the law does (``_exempt_by_law``),
    read as ``StanceReader._answered`` reads an unlabelled answer (the question's last
    ``_FRAUD_ASK_REACH`` characters, the answer normalized). For the candidate that runs over the
    question mark into the answer (学员问：电工证复审能免考吗？可以的，符合条件的复审可免考，需本人带身份证到
    原发证机关办理，私信问流程), which ``_answered`` never reads as unanswered."""
    at, stop = _answer_span(text, hi)
    asked = simplify_chars(text[max(0, hi - _FRAUD_ASK_REACH) : hi])
    return _exempt_by_law(asked, normalize(simplify_chars(text[at:stop])).text)


def _route_sold(asked: str, said: str) -> bool:
    """(issue 9, session 66, qa3) Whether the answer ``said`` (its label dropped) names the lawful
    route in its own words (``_ROUTE_OWN``: 本人到考点 / 本人参加培训 / 本人带身份证到原发证机关) and
    is yet no lawful answer (``_route_told`` is false): the route taken back in the seller's words
    (本人到考点坐一下就行，其余我们搞定; 本人到考场签个到就走; 本人到考点露个面就行，剩下的我们包办),
    or a new paper's exam waived beside the course (能，不用考，本人参加培训即可). A seller's FAQ
    answering its own hook: the route is the cover, what follows it the sale. With no route named,
    a new paper's skip asked (能免考吗？, not a renewal's or a reissue's: ``_HELD_ASKED``) and
    granted on the seller's terms (``_ROUTE_TAKEN_BACK``: 挂个名就行，培训不用来; 不用本人考) is the
    same sale."""
    flat = normalize(said).text
    if _route_told(asked, said):
        return False
    if _ROUTE_OWN.search(flat) is not None:
        return True
    asked = normalize(asked).text  # (session 66) a question spaced apart (能 免 考 吗) as well
    return (
        _SKIP_ASKED.search(asked) is not None
        and _HELD_ASKED.search(asked) is None
        and _ROUTE_TAKEN_BACK.search(flat) is not None
    )


def _answer_span(text: str, hi: int) -> tuple[int, int]:
    """Where the answer to a question ending at ``hi`` is read: the rest of its line, at most
    ``_ANSWER_REACH`` characters."""
    at = hi + 1 if hi < len(text) else hi
    # (issue 9, session 45, qa) a Q&A page puts the answer on the next line (问：…吗？\n答：可以…)
    while at < len(text) and text[at] in "\r\n" and at - hi <= 2:
        at += 1
    nl = text.find("\n", at, at + _ANSWER_REACH)
    return at, at + _ANSWER_REACH if nl < 0 else nl


def _after_question(text: str, hi: int) -> str:
    """The line right after a question ending at ``hi``, in simplified characters."""
    at, stop = _answer_span(text, hi)
    return simplify_chars(text[at:stop])


#: A seller answering a buyer's question in a marketplace's Q&A (问：不考能拿到焊工证吗？答：可以的，
#: 加我v): the label 答：/回复： opens the answer; the answer still has to call on the reader (a
#: contact or a seller's strong cue), which a column's lawful answer (答：可以，符合条件的可以
#: 申请延期复审) never does.
_ANSWER_LABEL = recache.compile(
    # (session 40, seo) a Q&A site's chosen answer (百度知道 最佳答案：能，我们这就可以 …)
    r"\s*(?:答|回答|回复|卖家回复|商家回复|掌柜回复|[AaＡａ]|(?:最佳|推荐|采纳)(?:答案|回答)"
    # (issue 9, session 63, review84) a FAQ's other answer labels (答复：, 【答】), which
    # ``posts.post_heads`` splits the posts by: the seller's 包的 under them is answered as under 答：
    # (session 64, qa1) A： in every width and case: the line is read simplified, lower-cased
    r"|答复)[：:]\s*|\s*【(?:答|回答)】\s*"
)
#: (issue 9, session 55, left16) A shop's own name labelling the answer (客服：, 店主：, 掌柜：): read
#: only for the waiver sold for the money (``_waived_for_pay``), which no buyer and no office writes.
#: (session 58, left23) With 店员, the shop assistant's label the chat reading knows.
#: (session 58, review42) With the label's written forms (老板娘, 店小二, 客服小妹, 卖家回复), as
#: ``silence._SHOP_LABELS`` reads them.
_SHOP_ANSWER_LABEL = recache.compile(
    r"\s*(?:客服|卖家|商家|店家|掌柜|店主|店员|店?小二|店?老板娘?)(?:小妹|小哥|妹妹|小姐姐|回复|答复)?[：:]\s*"
)
#: (issue 9, session 63, panel1) A school's speaker labelling the answer on the next line (学员：焊工证
#: 能免考吗？⏎老师：能，不用考，交钱直接拿证，私聊): read as the shop's label is, for the yes and the
#: skip in the turn's own words; a one-question, one-answer chat is no longer one panel sentence.
#: (issue 9, session 63, review86) in the traditional forms and with the evader's separators inside
#: the label too (老 师：, 老師：, 班*主任：), as ``_TEACHER_RAW`` finds the refusing teacher's: a
#: seller's yes under 老 师： is the same turn as under 老师：
#: (issue 9, session 64, left37) with the coach's, the tutor's and the lecturer's labels (教练 /
#: 导师 / 讲师 and their traditional forms): 学员：电工证能免考吗？⏎教练：可以，不用考，交钱直接拿，
#: 私我 is the school's speaker answering its buyer as 老师： is. Only this answer label: the
#: refusal readers (``_TEACHER_LABEL`` / ``_TEACHER_RAW``) are left as they are.
_TEACHER_ANSWER_WORDS = (
    *("老师", "老師", "班主任", "助教", "辅导员", "輔導員"),
    *("教练", "教練", "导师", "導師", "讲师", "講師"),
    # (issue 9, session 64, review90) the master's labels too (师傅 / 老师傅), as
    # ``silence._CHAT_YES_SKIP`` reads 师傅
    *("老师傅", "老師傅", "师傅", "師傅"),
)
_TEACHER_ANSWER_LABEL = recache.compile(
    r"\s*(?:"
    + "|".join(_CHAT_SEP.join(w) for w in _TEACHER_ANSWER_WORDS)
    + ")"
    + _CHAT_SEP
    + r"[：:]\s*"
)
#: (issue 9, session 58, left23) The writer's own fraud question denied at once (…是骗局吗？根本不是
#: 骗局，老顾客都拿到了，私聊): the denial opens the answer, and the answer still has to call on the
#: reader (a contact or a seller's call) for the question to count as answered. A victim's or a
#: paper's answer confirms the fraud (当然是骗局) and denies nothing.
_FRAUD_DENIED = recache.compile(
    r"[\s!！]*(?:其实|真的?|确实|当然|绝对|肯定)?"
    # (issue 9, session 62, review79) or asked back (骗局？怎么可能是骗局，我们办了上千人，私我), as
    # ``silence._DOUBT_DENIED_OWN`` reads it, going on in the same sentence: asked again with its own
    # mark (怎么可能是骗局？我们都被骗了…) it is a victim's disbelief. The line still has to call.
    r"(?:(?:怎么可能是|怎么会是|怎会是|哪里是|哪能是|哪会是|咋会是|咋可能是)(?:什么)?"
    r"(?:骗局|骗子|骗人的?|假的|忽悠|套路)(?![吗呢啊]?[？?。])|"
    r"(?:不是|并不是|绝不是|决不是|根本不是|从来不是|绝非|并非)(?:什么)?"
    # (issue 9, session 60, left29) or the denial bare before the writer's own name (都是骗子吗？不是，
    # 我们支持担保交易，加v …): the line still has to call on the reader
    r"(?:骗局|骗子|骗人的?|假的|忽悠|套路|的?[，,。！!\s]*(?=我们|我家|本店|咱家|我这)))"
)
#: (issue 9, session 60, left29) A call said bare at the end of the line of a reversed or denied
#: verdict (是假的？错，真能拿，滴滴; 是谣言？错，能拿，私; …，扣1; …，看简介): alone, 滴滴 is also the ride
#: app and 私 a prefix, but after the writer's own reversal of the verdict it asked about, the
#: last word is the call the seller leaves; a debunk's answer never reverses (``_REVERSED``) and
#: ends on 私信官方客服, which is no bare call.
_BARE_CALL_END = recache.compile(
    r"[，,。！!\s](?:滴滴我?|私我?|扣[1一]|戳我?|看(?:我的?)?(?:简介|主页)|(?:简介|主页)(?:有|见)?联系方式?"
    # (issue 9, session 73, review157) or the chat app named with 联系 (在我们这就能拿，微信联系 / 联系
    # 微信 / vx联系我): a debunk's or a school's line goes on to its purpose (微信联系咨询, 微信联系我们
    # 报名) and never ends on the bare app after a reversal of its own
    r"|(?:微信|薇信|威信|vx|v)联系我?|联系(?:我的?)?(?:微信|薇信|vx|v))"
    r"[。！!~～\s]*$"
)
_FRAUD_ASKED = recache.compile(r"骗|假|套路|忽悠")
#: How far before the question mark its fraud word is read.
_FRAUD_ASK_REACH = 12
#: How far before the question a report's or a complaint's frame of the exchange is read.
_SHOP_FRAME_REACH = 60
#: (session 42, reviews) A labelled answer that says yes and vouches from the answerer's own getting
#: (问大家：真的不用考吗？答：不用，我同事也是这家办的; 问：能查吗？答：能，我在外地办的): the shill in a
#: listing's Q&A section, the seller's pitch in a buyer's voice. A denial (答：不能，必须本人考) never
#: gets here, and a learner's own study (答：能，我自己刷题过的) names no getting from the shop.
_VOUCHES = recache.compile(
    r"^[^。！？!?]{0,6}?我(?:同事|朋友|同学|老乡|家人)?(?:也|就|都|去年|上个月|之前)?"
    r"(?:是|在)?(?:这家|他家|在他家|在这家|找他们|找他|在外地)?"
    r"(?:办的|拿的|弄的|买的|做的|就是这样过的|就是这么过的|拿去入职|拿去用)"
)
_YES = recache.compile(
    r"[\s!！]*(?:能|可以|当然|是真的|是的|真的|对|不用|不需要|没问题|放心)(?![不没否])"
)
_DELIVERS = recache.compile(r"发你|发给你|寄给你|给你发|传给你|发到你")
_NOT_VOUCH = recache.compile(r"不能|不行|不可以|别信|骗|假的|必须本人")
#: (issue 9, session 51, left9) An answer that opens by saying how sure the writer is (可以肯定地告诉你，
#: 可以明确地说, 可以负责任地讲): the 可以 is the writer's licence to speak, not a yes to the question.
#: A regulator's or a paper's Q&A answers no after it (…，不靠谱 / 这是骗局) and ends on its own
#: hotline (拿不准的可以联系我们), which would otherwise read as the seller's yes and call.
#: The preamble is dropped and what follows is read as the answer, so a seller's
#: 可以明确地说，能办，加v is still a yes.
#: (session 52, review12) The adverb is as often written with 的 as with 地 (可以肯定的告诉你), and
#: 可以肯定的是 / 可以明确的是 is the same preamble without the verb.
#: (session 52, lead) The statement's opener itself, shared with ``context._YES_AFTER`` (left11
#: reads 能不能…？答：可以郑重地告诉大家：能拿 with the same words).
TELL_OPENER = (
    r"(?:很|非常|十分)?(?:肯定|明确|负责任|坦白|认真|郑重)[地的]?"
    r"(?:告诉|回答|答复|说|讲)(?:你|您|大家|各位|读者|网友)?(?:的是)?"
)
_TELLS = recache.compile(
    r"[\s!！]*可以(?:" + TELL_OPENER + r"|(?:很|非常|十分)?(?:肯定|明确)的是)[：:，,]?"
)
#: (session 51, lead) The promise words (moved here from ``context`` in session 52, which reads
#: them with silence as ever): a pass or a paper without the exam.
PROMISE_WORDS = r"包过|保过|包拿|包下证|免考|免试|不用考|不考试|直接拿证|直接出证|直接下证"
#: (session 52, review12) ... but the answer after the preamble may be the seller's own promise
#: (答：可以负责任地告诉你，不用考，加微 …; 可以明确地说：包过): before the preamble was dropped its 可以
#: read as the yes, so the promise opening the rest is the yes now. A debunk naming the promise
#: (不用考的证都是假的, 免考是骗局; ``_TOLD_DEBUNK`` in the same answer) answers no.
_TOLD_PROMISE = recache.compile(
    r"[\s!！]*(?:百分百|百分之百|绝对|保证)?(?:" + PROMISE_WORDS + r"|稳过|必过)"
)
#: (session 52, review13) ... and the other ways an office or a paper calls the promise false
#: (纯属谣言, 无稽之谈, 是不可能的, 属于违规行为, 虚假宣传, 拿的是假证): the words of a verdict, not
#: a seller's (a seller's 不是假证 / 并非谣言 / 绝无虚假宣传 negates them and is no verdict; words a
#: seller negates with a longer phrase, 没有任何陷阱, 从来没有忽悠, are not read).
_TOLD_DEBUNK = recache.compile(
    _NOT_VOUCH.pattern
    + r"|不靠谱|不可信|违法|没有这回事|不存在|不要信|别相信"
    + r"|(?<![不没无非])(?<!不是)(?:不可能的|没可能|违规行为|属于违规|谣言|无稽之谈|虚假宣传|假证)"
)


def _told_yes(line: str) -> bool:
    """Whether ``line``, the answer after a ``_TELLS`` preamble, opens with the seller's promise
    and debunks nothing (``_TOLD_PROMISE`` and not ``_TOLD_DEBUNK``)."""
    return _TOLD_PROMISE.match(line) is not None and _TOLD_DEBUNK.search(line) is None


#: (issue 9, session 54, left15) 不包过 glued to a waived fee (答：不包过不收费; 不保过不要钱): the
#: seller's no-pass-no-fee term, a promise, not the school's denial of the pass.
_NO_FEE_TERM = (
    r"(?:不(?:收费|收钱|要钱|收一分钱?|收学费|收取费用)"
    # (issue 9, session 55, left16) or the fee refunded on a fail (答：不包过全额退款; 不过全额退款，
    # 私聊; 考不过全退; 没过退全款): the refund-on-fail term a seller sells the pass with. Glued to
    # the 不过 only: a school's 不包过，也不退款 / 不包过。开课前可全额退款 parts them
    r"|全额退(?:款|费|钱|学费)?|全退|退全款|包退|(?:退款|退费|退钱|退学费)(?![^，,。！？!?\n]{0,6}?(?:无门|难|不了)))"
)
_NO_FEE_TERM_NOT = r"(?!" + _NO_FEE_TERM + r")"
#: (issue 9, session 53, left13) A seller's short yes to a pass question that is the promise itself
#: (问：焊工证能包过吗？答：包的，私聊; 能保证通过吗？保证，加v …; …包过吗？包过，私我): the seller says
#: yes in the promise's own word, not with 能 / 可以, and still calls on the reader (the contact or
#: strong cue ``_answered`` asks for after any yes). An honest answer opens with 不 (不包过, 不保证)
#: and a debunk (包过是骗人的) names the fraud (``_TOLD_DEBUNK``).
#: Only the pass promised: a waived exam (答：不用考试，三天出证) is what a record of questioning
#: quotes the accused saying, and stays read as before.
#: (issue 9, session 62, left33) The pass vouched by denying the failure or the refusal (不可能考不过,
#: 不可能不过, 没有考不过的, 绝不会挂科, 不包过是不可能的): a refusal's words, the seller's promise.
SURE_PASS = (
    r"(?:(?:绝对|肯定|根本)?(?:不可能|不会|没有|没)(?:考试?)?(?:不过|过不了|挂科|挂(?![号靠])|拿不到)"
    r"|不(?:包|保)过?(?:那?是|这事是?)?(?:不可能|没有的事|不存在))"
)
#: (session 62, review75) the same promise in the shop's other double negations (不会挂的; 没有不包过的)
_DOUBLE_NEG = (
    r"(?:不可能|不会|没有)(?:考试?)?(?:不过|挂|过不了|没过)|没有不[包保]过|不[包保]过?那?是不可能"
)
_SURE_PASS_OPEN = recache.compile(
    r"[\s!！]*(?:(?:客服|卖家|商家|店家|掌柜)[：:]\s*)?(?:"
    + SURE_PASS
    + "|"
    + _DOUBLE_NEG
    + ")"
    + NOT_SAID
    + "的?"
)
_SHORT_PROMISE = recache.compile(
    # (issue 9, session 63, review84) with 当然 / 肯定 too (答：当然包过，…微信 dg2231)
    r"[\s!！]*(?:(?:客服|卖家|商家|店家|掌柜)[：:]\s*)?(?:百分百|百分之百|绝对|当然|肯定)?"
    r"(?:包的|保证的|能包|可以包|包过|保过|稳过|必过|保证(?=[，,。！!\s]))(?![不没])"
    # (issue 9, session 63, review84) or the failing asked back as unheard of (答：哪有不包过的（说法）
    # / 哪里有不保过的 / 哪有考不过的): the rhetorical double negation, the seller's promise
    r"|[\s!！]*(?:(?:客服|卖家|商家|店家|掌柜)[：:]\s*)?(?:哪有|哪里有)(?:考试?)?不(?:包|保)?过(?!吗|么|\?|？)"
    # (issue 9, session 54, left15) or the no-pass-no-fee term itself (答：不包过不收费，加v; 不过不收钱，
    # 私聊; 过不了不要钱): the fee hangs on the pass, the seller's promise in its terms of sale
    r"|[\s!！]*(?:(?:客服|卖家|商家|店家|掌柜)[：:]\s*)?考?(?:不包过|不保过|不过|过不了|没过)"
    + _NO_FEE_TERM
    # (issue 9, session 62, left33) or the pass vouched by a double negation (答：不可能考不过 / 不可能不过
    # / 没有考不过的 / 不包过是不可能的): the failure denied, the answer's promise
    # (session 62, review75) also under the shop's label and in its other forms (不会挂的; 没有不包过的)
    + r"|[\s!！]*(?:(?:客服|卖家|商家|店家|掌柜)[：:]\s*)?(?:"
    + SURE_PASS
    + "|"
    + _DOUBLE_NEG
    + ")"
    + NOT_SAID
)


#: (issue 9, session 54, left15) A space between two Chinese characters: the evader's spacer inside
#: the short answer (答：包 的，加v …; 客 服：包 过), dropped before the answer is read.
_CJK_GAP = recache.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])")


def _promise_yes(line: str) -> bool:
    """Whether ``line``, an answer, opens with the seller's promise of the pass
    (``_SHORT_PROMISE``) and debunks nothing. Read with the spacers between its characters
    dropped: a seller spaces its 包的 out as readily as its 客服 (the stance words are read
    normalized, the opening here was not)."""
    line = _CJK_GAP.sub("", line)
    if _SHORT_PROMISE.match(line) is None:
        return False
    # (session 62, left33 / review75) the double negation's own 不可能 (不包过是不可能的) debunks nothing:
    # the debunk is read after it
    sure = _SURE_PASS_OPEN.match(line)
    return _TOLD_DEBUNK.search(line, sure.end() if sure else 0) is None


#: (sixteenth shift) A labelled answer in the seller's own name that pledges (答：我们承诺…, A：本校
#: 保证…): an institute's FAQ, not a column answering a reader.
_PLEDGE = recache.compile(r"\s*(?:" + _SELF.pattern + r")(?:郑重|一律|均)?(?:承诺|保证|负责)")
#: …unless the same answer disclaims the result (我们承诺认真授课，但不承诺考试结果).
_NO_PLEDGE = recache.compile(r"不(?:作|做)?(?:承诺|保证)|无法保证|不能保证")
#: A question the punctuation does not close: a learner opening with a question word (请问…,
#: 问下大家…, 想问一下…) or asking one thing or another (真的有包过的吗 还是自己看书靠谱).
_ASK_OPENS = recache.compile(
    r"(?:问[：:]|网友问|读者问|请问|问下|问一下|问问|想问|求问|请教|有没有人知道|有人知道)"
)
_ASK_EITHER = recache.compile(r"(?:吗|么|呢)[\s，,]*还是")
#: (issue 9, session 48, left) A question with no mark, answered no in speech right after it
#: (焊工证可以找人替考吗 怎么可能啊 现在都人脸识别; …能直接办吗 不可能的呀): the asker's words, and the
#: answer refuses them. A seller's hook is answered yes (…吗 可以的 私我), never 怎么可能.
_ASK_DENIED = recache.compile(
    r"(?:吗|么)[\s，,]*(?:怎么可能|不可能|哪有这种|哪有这样|当然不|肯定不|绝对不|想多了|做梦)"
)
#: (session 33) Two questions in a row with no mark but a space (电工证丢了 还能重新出一本吗 要去哪里办):
#: the last clause asks where, how or what after a clause that asked with 吗. A seller's hook
#: answers its 吗 with a pitch (还在发愁吗 交资料就能拿证), which asks nothing.
_ASK_CHAIN = recache.compile(
    r"(?:吗|么|呢)\s+\S*(?:哪里|哪儿|哪个|哪家|怎么|如何|什么|多少|多久|几天|吗|么|呢)\S*$"
)
#: A sentence whose last clause asks in the A-not-A form (靠不靠谱, 合不合法, 有没有用, 会不会被抓)
#: asks as surely as one ending in 吗; a concession (不管会不会, 考不考都能拿) asks nothing.
#: A definition (假文凭：指伪造的毕业证书……, 挂证是指……): an encyclopedia entry, a glossary or an
#: explainer names the trade to define it; a seller sells it, never defines it (指定, 指导, 指南 …
#: after a colon are other words: 电工证：指定考点出证).
_DEFINES = recache.compile(
    r"[^\s，,。：:；;]{1,12}(?:是指|[：:]\s*指(?![定导南引标点教挥出明示望令纹甲]))"
)
_DEFINE_WEIGHT = 2
#: (issue 9, session 55, fa8) A judgment's finding with its subject cut off (伪造公司印章三枚，用于办理
#: 贷款; 私刻单位公章一枚，用于签订合同): the forging verb opening the clause, the pieces counted and
#: what they were used for, told as done. A seller names its goods without 伪造 and a use already
#: made (代刻公章，加v; 公章三枚一起刻), and its contact outweighs this cue where it borrows the words.
_FORGED_FOR = recache.compile(
    r"(?:^|[。；;！!\n])\s*(?:伪造|私刻|变造|伪刻|私自刻制|非法刻制)[^，,。；;\n]{1,12}?"
    r"[一二两三四五六七八九十百\d]+(?:枚|本|份|张|个|套|件)[，,]\s*(?:并|后)?(?:用于|用以|用来)"
)
_FORGED_FOR_WEIGHT = 2
_SPACES = recache.compile(r"[ \t\u3000]+")
_A_NOT_A = recache.compile(r"([\u4e00-\u9fff])[不没]\1")
_CONCEDES = recache.compile("不管|无论|不论|都|也")
_CLAUSE_MARK = recache.compile(r"[，,、；;：:\s]+")


def _asks_a_not_a(simple: str) -> bool:
    """Whether the last clause of ``simple`` (a sentence in simplified characters) is an
    A-not-A question of a few words."""
    tail = _CLAUSE_MARK.split(simple.strip(" \t。.…~～!！"))[-1]
    return len(tail) <= 16 and _A_NOT_A.search(tail) is not None and not _CONCEDES.search(tail)


#: The cue sum at or above which a sentence reads as an offer (at or below -2: a report).
OFFER_AT = 2
#: (issue 9, session 70, engine2) The mark of a seller's cue counted half in someone else's mouth
#: (``StanceReader.judge``), as :meth:`StanceReader.own_word_cues` reads the labels back.
_HALF = "(转述中减半)"
#: (issue 9, session 70, engine2) The offer cues :meth:`StanceReader.own_word_cues` takes away where
#: they stand only inside the candidate's own matched words: the buyer addressed.
_SECOND_PERSON = frozenset({"你", "您"})


@dataclass(frozen=True, slots=True)
class Stance:
    """The second stage's decision for one candidate span."""

    verdict: str  # "offer" | "report" | "unclear"
    score: float  # sum of cue weights: positive offers, negative reports
    cues: tuple[str, ...] = ()
    p: float | None = None  # the learned scorer's P(offer), where a model weighed it

    def reason(self) -> str:
        """The named suppression: ``report:记者+调查发现`` (offer cues outweighed after ``|``)."""
        rep = [c[7:] for c in self.cues if c.startswith("report:")]
        off = [c[6:] for c in self.cues if c.startswith("offer:")]
        return "report:" + "+".join(rep) + ("|" + "+".join(off) if off else "")


def needs_offer(stance: Stance, minimum: float) -> str:
    """The suppression of a candidate whose sentence reads too little of a seller:
    ``needs_offer:<score>/<minimum>|<offer cues>``, so ``scan --explain`` and a reviewer see
    what was read and what the rule asks for, not only that it fell short."""
    cues = "+".join(c[6:] for c in stance.cues if c.startswith("offer:"))
    return f"needs_offer:{stance.score:g}/{minimum:g}" + (f"|{cues}" if cues else "")


#: (issue 9, session 56, review30; session 57, review34) The seller's own trust device right after
#: the buyer's fear of the cheat (怕被骗的可以先看往期样本, 担心被骗的话可以先付一半, 怕上当的朋友拿到
#: 证再付款, 走担保交易, 满意再付): the silencing stage reads it after a fear word
#: (``silence._FEAR_BEFORE``), and every stance reader blanks the fear with it (``_FEAR_MASK``).
TRUST_DEVICE = recache.compile(
    r"的?话?(?:朋友|客户|老板|兄弟|姐妹|老铁|宝子|同学|师傅|工友)?们?[，,]?"
    r"(?:我们|我|咱们|这边|本店)?(?:可以|可|就|请)?[，,]?"
    r"(?:先(?:看|验|查看|验验|发)(?:一下|下)?(?:往期|以往|之前的|我们的)?"
    r"(?:样本|样证|样品|实物|成品|证书?|货|案例)"
    r"|先(?:付|交|给|转)(?:一半|定金|订金|部分|首款|一部分)"
    r"|走(?:平台|第三方)?担保(?:交易)?"
    r"|(?:拿到|收到|见到|看到|下|出)证(?:后|以后|了|之后)?再?(?:付|给钱|交钱|转账|结)"
    r"|货到付款|先验后付|验货后付|验证后付|验完再付"
    # (session 57, review34) the buyer pays once satisfied or once the card checks out (满意再付,
    # 确认无误再付款, 官网能查到再付)
    r"|(?:满意|确认无误|核实无误|验证无误|查验无误|(?:官网)?(?:可查|能查到|查到))"
    r"(?:了|后|以后|之后)?再?(?:付|给钱|交钱|转账|结))"
)
#: (session 57, lead) The buyer's fear answered by the device, blanked before the stance cues are
#: read (part of every reader's mask, :func:`_mask_rx`): its 被骗 is no victim's report cue. It
#: was ``terms/stance_mask_fear.yaml``, 6,192 composed phrases in the mask's alternation (about
#: 2.4 MB of the detector's resident memory, over its 120 MB target) that listed fewer devices
#: than the silencing stage read; one pattern now serves both.
_FEAR_MASK = "(?:怕|担心|担忧|顾虑)(?:被骗|受骗|上当)" + TRUST_DEVICE.pattern
#: (issue 9, session 70, fields1) A form's or a spec table's field answered no (是否考试：否, 是否需要
#: 本人到场：不需要; normalized 是否考试否): its 是否 is the field's key, no question. Only the 是否 is
#: blanked (part of every reader's mask, :func:`_mask_rx`), so a listing of the paper with the field is
#: read like one saying 免考. A real question keeps its cue: its mark (您是否参加过考试？否 normalizes
#: to 。 before the answer) or an open 是否 with no answer after the key; 否则 / 否定 / 否认 are no answer.
_ANSWERED_FIELD = (
    "是否(?=(?:需要|要|须)?(?:本人|亲自)?(?:参加)?"
    "(?:考试|培训|上课|到场|到现场|去考场|面授|体检|复训)"
    "(?:否(?![则定认])|免|不需要|不用|无需|不必|无(?![论])))"
)


class StanceReader:
    """Reads cues with one regex per weight, built from the lexicon's ``stance`` term sets."""

    _keep: frozenset[str] = frozenset()
    _kept_offer: re.Pattern[str] | None = None

    def __init__(
        self,
        sets: dict[str, tuple[float, tuple[str, ...]]],
        referral: tuple[float, tuple[str, ...]] | None = None,
    ) -> None:
        self._sets = [
            (weight, _alternation(terms))
            for _name, (weight, terms) in sorted(sets.items())
            if terms and weight
        ]
        # the shill's referral (stance_referral): read around the sentence, see _referral
        self._ref_set = (referral[0], _alternation(referral[1])) if referral else None
        # (session 37) the strong report cues alone, read on the lines around a quoted line
        strong = sets.get("stance_report_strong")
        self._strong = _alternation(strong[1]) if strong and strong[1] else None
        # A weight-0 set lists words that hide a cue inside them (职称 holds 称, 名称 too):
        # they are blanked before the cues are read, so 中级职称 reads no "称" report cue.
        masks = [t for _name, (weight, terms) in sets.items() if not weight for t in terms]
        self._mask = _mask_rx(masks)
        # A cue that holds a masked word whole (主页有联系方式, 联系方式在主页: the seller's pointer
        # to its profile page holds the 联系方式 masked for its report word 方式) is read as
        # the cue: the mask matches it as one longer word and leaves it standing.
        if self._mask is not None:
            mask = self._mask
            keep = {
                t
                for _name, (weight, terms) in sets.items()
                if weight
                for t in terms
                if mask.search(t) and t not in masks
            }
            if keep:
                self._mask = _mask_rx(masks + sorted(keep))
                self._keep = frozenset(keep)
            # (session 43, contacts) …and read as that cue only: the report cue inside an offer
            # cue left standing (看我昵称's 称, 主页有联系方式's 方式) is not read as a report
            offered = sorted(
                t
                for _name, (weight, terms) in sets.items()
                if weight > 0
                for t in terms
                if t in keep
            )
            self._kept_offer = _alternation(offered) if offered else None
        # The writer's own people in a report's words (我妈, 我同学, 我朋友 …: 我妈被人骗了，那人说…)
        # hold a 我 that is no seller's first person: blanked where the offer cues are read.
        # (issue 9, session 53, reports3) So does the 我 a "who will … me" plea ends on (谁能包过我,
        # 有没有人包过我: stance_wish): the writer is the one to be served, not the one who serves.
        kin = [
            t
            for _name, (weight, terms) in sets.items()
            if weight < 0
            for t in terms
            if len(t) > 1 and (t[0] == "我" or (t[-1] == "我" and t.startswith(("谁", "有没有人"))))
        ]
        self._kin = _alternation(kin) if kin else None

    def own_word_cues(
        self, stance: Stance, text: str, start: int, end: int, words: Collection[str]
    ) -> Stance | None:
        """(issue 9, session 70, engine2) ``stance`` of the candidate ``text[start:end]`` without
        the offer cue words (the weighted sets: 你, 我们, 私聊 …) that its sentence holds only
        inside the candidate's own matched ``words`` (normalized), or None when no cue is such.
        A rule's own word is no seller's call that confirms it: CS-229's delivery word 寄给你 /
        到你手上 carried the 你 that alone met its ``offer_score: 1``, so a school's or an exam
        centre's 证书一个月寄给你 read as a seller's (review121 wrote exceptions around it).
        Where the cue stands outside the words as well (…寄给你，你放心), it counts as before.
        Only the second person (``_SECOND_PERSON``): the buyer named inside the rule's own phrase
        (寄给你, 按你提供的, 帮你办) is its object, said as readily by a school, an exam centre or
        an employer. A first person (交给我们), a seller's address (不需要的亲), a seller's word
        (官网可查, 全国通用) or a call (找我拿) inside a rule's word is still the seller's voice:
        taking those away too silenced sellers in the corpus (CS-006 网上可查 ×11, CS-014, CS-229
        交给我们, CS-004, EF-003) and an unseen2 seller (别考了，电工证直接找我拿).
        The stance itself (read once per span, for every rule) is left as it is: only the
        confirmation of a ``stance: offer`` rule asks for this."""
        offered = [
            c[6:].removesuffix(_HALF) for c in stance.cues if c.startswith("offer:") and c[6:]
        ]
        inside = {w for w in offered if w in _SECOND_PERSON and any(w in own for own in words)}
        if not inside:
            return None
        lo, hi = _sentence(text, start, end)
        flat = normalize(text[lo:hi]).text
        spans = []
        for own in set(words):
            i = flat.find(own) if own else -1
            while i >= 0:
                spans.append((i, i + len(own)))
                i = flat.find(own, i + 1)
        cues = list(stance.cues)
        score = stance.score
        for weight, rx in self._sets:
            if not 0 < weight < 2:
                continue
            for word in sorted(inside):
                if rx.fullmatch(word) is None:
                    continue  # not this set's word: its label is another set's
                at = [m for m in rx.finditer(flat) if m.group(0) == word]
                if not at or any(
                    not any(a <= m.start() and m.end() <= b for a, b in spans) for m in at
                ):
                    continue  # read outside the candidate's words too (or not read here)
                for label, w in ((f"offer:{word}", weight), (f"offer:{word}{_HALF}", weight / 2)):
                    if label in cues:
                        cues[cues.index(label)] = f"offer:{word}(候选词内不计)"
                        score -= w
                        break
        if score == stance.score:
            return None
        return Stance(stance.verdict, score, tuple(cues), stance.p)

    def _line_framed(self, text: str, lo: int, hi: int) -> str | None:
        """(session 37, helper sources) Where the sentence is a line holding a quotation alone,
        the word that frames it on the nearest other line before or after: a strong report cue
        (``stance_report_strong``: 记者, 警方, 涉案, 被告人 …) or a source note (来源：…, 据…报道)."""
        head = text[lo : lo + 4].lstrip(" \t\u3000\n")
        if self._strong is None or not head or (head[0] not in _O and head[0] != ">"):
            return None  # (cheap first: the line opens with its quotation mark or a ">")
        if text.count("\n", max(0, lo - 1), hi + 1) == 0:
            return None
        return self._neighbour_reports(quoted_line_neighbours(text, lo, hi))

    def _neighbour_reports(self, neighbours: list[str]) -> str | None:
        """The report cue or source note of the first of ``neighbours`` (the lines around an
        excerpt) that holds one: a strong report cue, a source note or a line's report word."""
        if self._strong is None:
            return None
        for line in neighbours:
            if (note := line_note(line)) is not None:
                return note
            flat = normalize(line).text
            if m := self._strong.search(flat):
                return m.group(0)
            if (m := LINE_REPORT.search(flat)) and not _SELF.search(flat):
                # (a seller's own line disowns the trade in the same words: 别家违法乱办，我们…)
                return m.group(0)
        return None

    def _reports(self, flat: str) -> bool:
        """Whether ``flat`` holds a report cue (a set of negative weight)."""
        if self._mask is not None:
            flat = _blank(self._mask, flat, self._keep)
        return any(weight < 0 and rx.search(flat) for weight, rx in self._sets)

    def _referral(self, text: str, lo: int, hi: int, norm: Normalized | None = None) -> str | None:
        """The shill's referral to a broker near the sentence ``text[lo:hi]``, outside quotation
        marks (a guide quoting 就说是我介绍的 as the shill's script is no referral), or None.
        ``norm``: ``normalize(text)`` where the caller holds it (the window is then a slice of
        it where that reads the same: :func:`lexicon.normalize.window_text`)."""
        if self._ref_set is None:
            return None
        flat = window_text(norm, text, lo - _REFERRAL_BEFORE, hi + _REFERRAL_AFTER, _QUOTES)
        m = self._ref_set[1].search(flat) or (
            _REFERRAL_GAP.search(flat) if _REFERRAL_GAP_SCREEN.search(flat) else None
        )
        return m.group(0) if m else None

    def _colon_quotes(self, sent: str, own_end: int, a: int, frame: str) -> bool:
        """Whether the ``frame`` ending at ``own_end`` ends in a colon that opens the rest of the
        sentence (holding the candidate at ``a``, no quotation mark after it), and the writer's
        words before the frame report (a report cue: 被告人, 警方, 当事人 …). A seller's own
        heading (新课发布：…, 好消息：…) and a repost's role label alone (转发 | 卖家：…) report
        nothing and keep their contact."""
        colon = sent.find("：", own_end - 1, own_end + 2)
        if colon < 0:
            colon = sent.find(":", own_end - 1, own_end + 2)
        if colon >= 0 and SHOWN.fullmatch(unseparated(frame)[0]):
            # (session 35) the ad shown as an exhibit (涉案广告：…, 短信内容如下：…): the frame
            # itself reports, whoever wrote the words before it, and the candidate may start in
            # its label (某办证广告：各类证件，不用考试 reads 办证 … 不用考 as one span)
            return not any(q in sent[colon:a] for q in _O)
        if colon < 0 or a < colon or any(q in sent[colon:a] for q in _O):
            return False
        own, said = normalize(sent[:own_end]).text, normalize(frame).text
        at = own.rfind(said) if said else -1
        return self._reports(own[:at] if at >= 0 else own)

    def _calls(self, flat: str, contacts: list[tuple[int, int]], start: int, end: int) -> bool:
        """True when the sentence calls on the reader: a contact near the candidate or a
        seller's strong cue (加V, 私我, 报名热线 …)."""
        if any(c[0] < end + _CONTACT_NEAR and c[1] > start - _CONTACT_NEAR for c in contacts):
            return True
        return any(rx.search(flat) for weight, rx in self._sets if weight >= 2)

    def _turns_to_own(
        self,
        sent: str,
        frames: list[str],
        own_end: int,
        a: int,
        flat: str,
        contacts: list[tuple[int, int]],
        start: int,
        end: int,
    ) -> bool:
        """Whether the writer turns from the frame to itself before the candidate and calls on
        the reader: 据了解，今年教资笔试通过率不足三成，报我们的协议班，不过全额退费，报名咨询 0755-…
        (the frame gave the news hook; the offer after 我们 is the writer's own). The turn is a
        clause mark (not a colon) followed, outside quotations, by the seller speaking of itself
        (``terms/self_speaker.yaml``); the call is a contact, a strong offer cue or an enrolling
        landline. Only a frame that gives the writer's source (据了解, 据…了解, 听说, 据说) turns so; a
        speaker's verb (老师说，我们班…) hands what follows to the speaker. A report that quotes a
        seller's 我们 keeps its frame."""
        frame = "".join(frames)
        if not _HOOK_FRAME.match(frame) and not _OTHERS.match(
            unseparated(sent[:own_end])[0].lstrip(LEAD)
        ):
            return False  # 老师说，我们班…: what follows a speaker's verb is the speaker's
        between = _QUOTES.sub(lambda m: "、" * len(m.group(0)), sent)[own_end:a]
        # (a colon after the frame opens the speaker's words: 网友称，老师说了：我们班…, not a turn)
        turn = re.search(r"[，,；;。]", between)
        if turn is None or not _SELF.search(unseparated(between[turn.end() :])[0]):
            return False
        if self._calls(flat, contacts, start, end):
            return True
        light = normalize_light(sent)
        landline = _LANDLINE.search(light) or _LANDLINE.search(flat)  # 咨 询 电 话: spaced out
        return landline is not None and _ENROLS.search(flat) is not None

    def _told_after(self, text: str, asked: int) -> str | None:
        """(issue 9, session 46, headlines) A report cue in the rest of the line after the
        question mark at ``asked``, with no offer cue there: a headline's question answered by
        the report (八百元免考拿电工证？黑幕背后是一条假证产业链; 交钱就能拿证？记者暗访…) or a
        reader's question followed by another (…不用考，真的假的？有人买过吗). A seller's hook is
        answered by its pitch (…？找我们，微信 …), which carries the offer cues instead."""
        if asked >= len(text) or text[asked] not in _QUESTION:
            return None
        nl = text.find("\n", asked + 1, asked + 1 + _ANSWER_REACH)
        tail = text[asked + 1 : asked + 1 + _ANSWER_REACH if nl < 0 else nl]
        flat = normalize(tail).text
        found = None
        for weight, rx in self._sets:
            m = rx.search(flat)
            if m is None:
                continue
            if weight > 0:
                return None
            found = found or m.group(0)
        return found

    def _answered(
        self,
        text: str,
        hi: int,
        contacts: list[tuple[int, int]],
        others: list[tuple[int, int]] | None = None,
    ) -> bool:
        """Whether the words right after a question ending at ``hi`` answer it with a call on
        the reader (see ``_ANSWER``): the seller's hook, asked and answered in one breath.
        ``others``: the contacts set aside as another post's (``_qa_post``), counted only after an
        answer that promises the pass (``_promise_yes``)."""
        at, stop = _answer_span(text, hi)
        if (
            head := _TURN_LABEL.match(first := simplify_chars(text[at:stop]))
        ) and _hedge_taken_back(text, first, head, None, stop):
            # (issue 9, session 66, turn2) the echo refused or hedged on, and the pass sold after it
            # on the line or on the same speaker's next line (老师：包过？这个保证不了…⏎老师：私下说
            # 一句，有内部名额，稳过): a yes in other words, before the refused echo is read as a no
            return True
        if refused_echoes(text[at:stop]):
            # (issue 9, session 65, echo1) the answering line opens echoing the asked words and
            # refuses them (客服：包过？这个真没法保证，我们只提供培训，报名加微信 …): no yes
            return False
        line = simplify_chars(text[at:stop])
        if _SPACED_LABEL.match(line):
            # (issue 9, session 63, panel2) the turn's label spelt with separators between its
            # characters (商 家：能 的，不 用 考; 回\u200b复：包\u200b的): the evader's copy of the whole
            # turn, read unseparated as its clean original is (the chat's two lines are two
            # sentences since the panel change, so the answer is read here alone)
            line = unseparated(line)[0]
        if _asks_to_be_told(line):
            return False  # the asker asks to be told (…吗？我微信 …，知道的说一声): not answered
        denied = False  # the asked verdict denied or reversed (the unlabelled answer's reading)
        turn = _TURN_LABEL.match(line)
        no = _ANSWER_DENIES.match(line) or (
            # (issue 9, session 63, panel2) or the teacher's refusal under any short label (考生：
            # 安全员证可以保过吗？⏎班主任：这个保证不了，不过我们有内部渠道): 这个 opens no _DENIES
            (_DENIES.match(line, turn.end()) or _TEACHER_DENY.match(line, turn.end()))
            if turn
            else None
        )
        if no is not None and _denial_taken_back(line, no.end()):
            # (issue 9, session 63, panel1) the guarantee refused and sold in the same answer (买家：
            # 焊工证包过吗？⏎客服：包不了，不过我们有内部名额，包过; 老師：不能，不过我们有内部渠道): the
            # hook answered yes in other words
            return True
        if no is not None and turn is not None and _hedge_taken_back(text, line, turn, no, stop):
            # (issue 9, session 66, turn2) or taken back in the same speaker's next line (老师：这个
            # 保证不了⏎老师：不过我们有内部渠道，稳过)
            return True
        if label := _ANSWER_LABEL.match(line):
            # a labelled answer is read as normalized too (答：可 以的, spaced to dodge filters)
            line = line[label.end() :]
            promised = False
            if tells := _TELLS.match(line):
                line = line[tells.end() :]  # 答：可以肯定地告诉你，不靠谱: the answer is 不靠谱
                promised = _told_yes(line)
            else:
                promised = _promise_yes(line)  # 答：包的，私聊 (session 53, left13)
            flat = normalize(line).text
            reach = max(0, hi - _ERRAND_REACH)
            lo = max((m.end() for m in _QUESTION_START.finditer(text, reach, hi)), default=reach)
            if _waived_for_pay(simplify_chars(text[lo:hi]), line) and not _victim_retells(
                text, lo, stop
            ):
                return True  # 复审要体检吗？答：不用，付款就行 (session 53, left13)
            yes = _YES.match(line)
            if (
                yes
                and not _NOT_VOUCH.search(line)
                and _VOUCHES.search(line[yes.end() :].lstrip("，,、 "))
            ):
                return True
            if (
                yes
                and others
                and _YES_FOR_PAY.match(line, yes.end())
                and any(at <= c[0] < stop for c in others)
                # (session 63, review88) not a victim's retold chat (…答：能，交钱就行，微信 …⏎上面是
                # 骗子跟我的聊天记录，钱转过去就被拉黑了)
                and not _victim_retells(text, lo, stop)
            ):
                # (issue 9, session 63, review84) the asked thing granted for the money alone with
                # the answer post's own bare id (问：焊工证能免考吗？⏎答：能，交钱就行，微信 hg2231;
                # Ｑ：/ Ａ：, 【问】/【答】 too): the id the Q&A reading set aside is the seller's call
                return True
            # (issue 9, session 64, review94) the answer's words spaced apart (答：可 以，不 用 考，
            # 电 话 138…): its yes, its refusal and its lawful route are read as normalized, the
            # spaces gone, as its skip already was
            said = line if yes else flat
            if (
                (yes or _YES.match(flat))
                and others
                and any(at <= c[0] < stop for c in others)
                and not _NOT_VOUCH.search(said)
                and (turn_skips(line) or turn_skips(flat) or _CHECKUP_WAIVED.search(flat))
                and not _said_lawfully(simplify_chars(text[lo:hi]), said)
                and not _victim_retells(text, lo, stop)
            ):
                # (issue 9, session 64, qa1) the asked skip granted in the answer's own words with
                # the answer post's own number or id (问：叉车证可以不考试拿吗？⏎答：可以，不用考，
                # 本人不用到场，电话 139…; 【答】能办，不用考，加微 …): the seller answering its own
                # question, as 答：可以，不用考，私聊 is; a school's answer naming the exam or the
                # lawful route (``_said_lawfully``) keeps its number its own
                return True
            if (
                (yes or _YES.match(flat))
                and any(at <= c[0] < stop for c in [*contacts, *(others or [])])
                and not _NOT_VOUCH.search(said)
                and not promised
                and _route_sold(simplify_chars(text[lo:hi]), line)
                and not _victim_retells(text, lo, stop)
            ):
                # (issue 9, session 66, qa3) the labelled yes naming the lawful route and then
                # taking it back, or waiving a new paper's exam beside the course, with the answer
                # post's own number (问：高处作业证能免考吗？⏎答：可以，本人到考点坐一下就行，其余我们
                # 搞定，电话 …; 问：焊工证能免考吗？⏎答：能，不用考，本人参加培训即可，电话 …): the seller
                # answering its own hook; ``_route_told``'s lawful answers (the route and nothing
                # taken back) keep their number the enrolment line
                return True
            if _ANSWER.match(line) is None and _ANSWER.match(flat) is None and not promised:
                return False
            if not _NOT_VOUCH.search(line) and _DELIVERS.search(flat):
                # (issue 9, session 46, miss) the yes followed by the thing handed to the asker
                # (问：教资笔试有答案吗？答：有，开考前一小时发你): the seller's delivery, no call needed
                return True
            if (_PLEDGE.match(line) or _PLEDGE.match(flat)) and not _NO_PLEDGE.search(flat):
                # an institute's FAQ answering in its own name with a pledge (问：没考过怎么办？
                # 答：我们承诺免费重修…): the writer's own commitment, no call needed
                return True
        else:
            shop = _SHOP_ANSWER_LABEL.match(line) or _TEACHER_ANSWER_LABEL.match(line)
            if shop is not None:
                # (issue 9, session 55, left16) 问：焊工证复审要本人去吗\n客服：不用去，付款就行: the shop's
                # own label on the waiver for the money alone, as 答： reads it above
                reach = max(0, hi - _ERRAND_REACH)
                lo = max(
                    (m.end() for m in _QUESTION_START.finditer(text, reach, hi)), default=reach
                )
                if _waived_for_pay(
                    simplify_chars(text[lo:hi]), line[shop.end() :]
                ) and not _victim_retells(text, lo, stop):
                    return True
                said = line[shop.end() :]
                # (issue 9, session 64, review95) the echo read in the turn as written: ``line`` is
                # simplified, its ？ already 。 (one for one, so the offsets hold unless the label
                # was spaced and read unseparated)
                raw = text[at:stop]
                if (
                    len(raw) == len(line)
                    and (echo := _TURN_ECHO.match(raw, shop.end())) is not None
                    and (_YES.match(line, echo.end()) or _CHAT_YES.match(line, echo.end()))
                    # (review95) a yes that goes on to deny the echoed thing (老师：包过？放心，没有
                    # 包过这回事，考试靠自己) is the school's reassurance, not the seller's yes
                    and _ECHO_YES_DENIED.search(line, echo.end()) is None
                ):
                    # (issue 9, session 64, review90) the asked words echoed before the yes (老师：
                    # 免考？可以，交钱直接拿证，私我): the yes and the skip are read after the echo
                    said = line[echo.end() :]
                if (
                    (_YES.match(said) or _CHAT_YES.match(said))
                    # (session 63, panel1) the lawful answer (复审 route, the exam in person)
                    and not _said_lawfully(simplify_chars(text[lo:hi]), said)
                    and not _NOT_VOUCH.search(said)
                    and turn_skips(said)
                    and not lawful_errand(simplify_chars(text[lo:hi]))
                    and not _CHAT_REPORTED.search(text[max(0, hi - _SHOP_FRAME_REACH) : stop])
                    and not _victim_retells(text, lo, stop)
                ):
                    # (issue 9, session 58, left23) the shop's yes under its label and the skip in
                    # its own words (问：登高证能弄吗\n老板：能弄，不用去考，五天到手): the seller
                    # answering its buyer, as the chat reading takes the turn (``turn_skips``)
                    return True
            promised = False
            if tells := _TELLS.match(line):
                line = line[tells.end() :]  # 可以明确地说，这是骗局: the answer is 这是骗局
                promised = _told_yes(line)
            else:
                promised = _promise_yes(line)  # …包过吗？包过，私我 (session 53, left13)
            asked = simplify_chars(text[max(0, hi - _FRAUD_ASK_REACH) : hi])
            # (session 60, left29) read as normalized too, as ``_ANSWER`` is (实 话 告 诉 你 能 拿,
            # spaced; 不*是骗*局, starred)
            said = normalize(line).text
            if not (_FRAUD_ASKED.search(asked) or _VERDICT_ASKED.search(asked)):
                asked = normalize(asked).text  # 谣​言 (zero-width spaced)
            denied = (
                (_FRAUD_DENIED.match(line) or _FRAUD_DENIED.match(said)) is not None
                and _FRAUD_ASKED.search(asked) is not None
            ) or (
                # (session 59, left25) 是谣言？错，真能拿，加微: the asked verdict reversed
                (_REVERSED.match(line) or _REVERSED.match(said)) is not None
                and _VERDICT_ASKED.search(asked) is not None
                and not reversal_reported(text, hi)  # (session 59, review49) quoted or judged
            )
            # (session 62, left34) 能不考直接拿吗？当然不能，不过我这有办法，私聊: the no only the foil
            # of the writer's own way, read by its call as the denied verdict's reversal is
            denied = denied or DENIED_OWN_WAY.match(line) is not None
            # (issue 9, session 72, review147) someone's claim asked as denied and reversed in the
            # writer's own voice (网友说的电工证不用考没有这回事？其实可以，懂的来; 有人说焊工证免考不存在？
            # 真的存在，滴滴我): read by its call, as the reversed verdict above is
            denied = denied or _claim_asked_reversed(asked, line, said, text, hi)
            # (issue 9, session 73, hearsay2) or asked as "can't be had" and answered with its positive
            # (…免考拿不到？拿得到，找我们; …办不下来？办得下来; …靠不靠谱？靠谱的)
            denied = denied or _claim_asked_echoed(asked, line, said, text, hi)
            # (issue 9, session 65, review101) the writer's own reply that sells (不敢保证？我们敢;
            # 别人不行，我们能搞定; 那是你没找对人，扣1; 谁敢包过？我敢！): read as the reversal is, by
            # its call
            own = own_reply(asked, line) or own_reply(asked, said)
            denied = denied or own
            if not denied and not promised and _exempt_by_law(asked, said):
                # (issue 9, session 75, lawful14) the asked skip granted only as the law grants it
                # (有人问电工证能不能免考？可以的，符合条件的复审可免考，私信问流程): an office's or a
                # school's FAQ, its call the procedure's, not the seller's hook answered yes
                return False
            # the verdict confirmed as the rivals' foil before the writer's own claim
            foiled = False
            verdict = None if denied or promised else fake_verdict(said)
            if (
                verdict is not None
                # (session 61, review63) the verdict asked (是谣言？) or the truth (免考是真的吗？当然是
                # 假的！想考证的评论区扣1): the same debunk
                and (_VERDICT_ASKED.search(asked) or _TRUTH_ASKED.search(asked)) is not None
            ):
                # (session 64, review91) one reading of the fake verdict answered, whichever word
                # says it (left35's 不靠谱 in ``_VERDICT_CONFIRMED``, review82's 不可靠 / 不是真的 /
                # 别家的都不靠谱 in ``_UNTRUE_CONFIRMED``), as ``foiled_sold`` reads it in the silence
                # stage: the writer's own claim after it, with no victim's loss after the claim
                # (``foil_claimed``), makes the verdict the rivals' foil and the answer the seller's
                # (session 62, review73: 当然是假的！别家都是骗子，认准我们，包拿证，v …; ``_ANSWER``
                # sees only the verdict at its head). Anything else is the debunk's answer (session
                # 60, review58: 免考是谣言？当然是谣言！想了解正规报名流程的，评论区扣1), the call after
                # it the debunker's or the school's, and a victim's (当然是谣言！他说认准我，包拿证，我被骗
                # 了三千，骗子微信 … 已拉黑) tells the hook it fell for
                if not foil_claimed(said, verdict.end()):
                    return False
                foiled = True
            if (
                _ANSWER.match(line) is None
                and _ANSWER.match(said) is None
                and not promised
                and not denied  # (session 58, left23) 是骗局吗？根本不是骗局，…私聊: read its call
                and not foiled
            ):
                # (seventeenth shift) the answer read as normalized too (评 论 区 扣1, spaced)
                return False
        if (
            label is not None
            and not promised
            and not denied
            and _route_told(simplify_chars(text[lo:hi]), line)
        ):
            # (issue 9, session 65, qa2) the labelled answer's yes (or 不用考) followed by the lawful
            # route in its own words (答：能，交钱就行，考试本人参加，报名咨询微信 …; 答：不用考，补办只需
            # 本人带身份证到原发证机关，电话 …; A：可以，网上报名后本人到考点考试，报名微信 …): an
            # office's or a school's answer, its number the enrolment line, not the hook's call
            return False
        if any(at <= c[0] < stop for c in contacts):
            return True
        if promised and others and any(at <= c[0] < stop for c in others):
            # (issue 9, session 62, review80) a labelled answer promising the pass with a bare id
            # (问：叉车证包过吗⏎答：不包过是不可能的，我们百分百过，微信 cc_6634): the Q&A reading set
            # the id aside as the answer post's own, and the answer post is the seller's yes, so its
            # id is the call the promise needs (答：包的，私聊 reads its call the same way)
            return True
        flat = normalize(line).text
        if denied and _BARE_CALL_END.search(flat):
            return True  # 是假的？错，真能拿，滴滴 (session 60, left29): the reversal's bare call
        return self._calls(flat, [], 0, 0)

    @staticmethod
    def _advertorial(
        text: str, lo: int, hi: int, flat: str, hooks: list[tuple[str, float]], frames: list[str]
    ) -> tuple[float, str] | None:
        """(session 34) An advertorial (软文): a paid ad written as local news (据了解，该校…不过全额
        退费，有意者可拨打 …; 记者从某培训学校获悉，…报名地址：…). Where the writer's own words call
        the reader to the seller (``_AD_CALL``: 有意者可拨打, 详询, 报名地址, 预约试听, 扫码了解 …), every
        report cue of the sentence is a news hook's (``_AD_HOOK``: 据了解, 记者, 获悉, 该校, 近日 …)
        and nothing near names enforcement, a victim or a warning (``_AD_NEG``: 警方, 涉嫌, 被骗,
        提醒, 广告上 …), the hook counts no more and the call as an offer: returns the weight that
        cancels the hook's cues and frames and adds the call's, with the call's words."""
        if not (hooks or frames):
            return None  # no news hook to outweigh: the seller's own ad reads its cues as ever
        # (issue 9, session 52, left11) the reporter's costume: 调查发现 beside a private call
        costume = (
            _COSTUME_CALL.search(flat)
            if "调查" in flat and any(w in _COSTUME_HOOKS for w, _ in hooks)
            else None
        )
        call = _AD_CALL.search(flat) or ad_call_after(text, hi) or costume
        if call is None:
            return None
        # (session 37) 走访发现 is the advertorial's visit as well (记者走访发现，某学校…有意者可拨打),
        # where nothing near names an investigation (调查发现, 暗访 are in _AD_NEG)
        visited = "走访发现" in flat
        if any(
            not (
                _AD_HOOK.fullmatch(w)
                or (visited and w == "发现")
                or (costume is not None and w in _COSTUME_HOOKS)
            )
            for w, _ in hooks
        ):
            return None
        if any(not _AD_HOOK_FRAME.search(normalize(f).text) for f in frames):
            return None
        near = normalize(text[max(0, lo - _AD_NEAR) : hi + _AD_NEAR]).text
        if costume is not None:
            near = _COSTUME_NEG.sub("", near)
            if _NEWS_AFTER_COSTUME.search(near):
                return None
        if _AD_NEG.search(near):
            return None
        return (
            _AD_WEIGHT - sum(w for _, w in hooks) + _FRAME_WEIGHT * len(frames),
            call.group(0),
        )

    def judge(
        self,
        text: str,
        start: int,
        end: int,
        contacts: list[tuple[int, int]],
        norm: Normalized | None = None,
        school: bool = False,
    ) -> Stance:
        """Stance of ``text[start:end]`` (original offsets); ``contacts`` are the original spans
        of the source's phone / WeChat / QQ ids. ``norm``: the scan's own ``normalize(text)``,
        so the page reading need not normalize the page a second time. ``school``: the
        candidate is a training-ads rule's, so a school's own page voice counts as an offer
        (``_school_reads``)."""
        given = contacts  # every contact of the source, before any is set aside below
        lo, hi = _sentence(text, start, end)
        sent = _paired(text[lo:hi])
        if sent != text[lo:hi]:  # rare: only where a page lost its opening marks
            text = text[:lo] + sent + text[hi:]
            norm = None
        cues: list[str] = []
        score = 0.0
        column = _column(sent)
        if column and not column[0] <= start - lo <= end - lo <= column[1]:
            # read the rest as if the heading were not there (对方：… after it is still a role label)
            sent = sent[: column[0]] + " " * (column[1] - column[0]) + sent[column[1] :]
            score -= 2
            cues.append(f"report:栏目({column[2]})")
        sent = menu_blanked(sent)
        chat = _shop_turn(text, start, end)
        # (session 61, review70) a chat a victim quotes is no shop's own transcript: its yes to the
        # buyer (客户：…不用考能拿吗？⏎客服：能 …⏎付完款证一直没到，被坑了) is the cheat retold
        victim = _victim_chat(text, start, end, given)
        # (issue 9, session 65, fa28) or the shop's words retold under 他说 / 对方说 / 客服原话
        said = not victim and chat is None and _victim_said(text, start, end, given)
        if chat is not None and not victim:
            # (session 43, chat) the shop's own transcript: its labels are layout, the seller's
            # turn the writer's offer (and a buyer's question answered yes, the turn's hook)
            sent = _chat_blanked(sent)
            score += _CHAT_WEIGHT + (_CHAT_WEIGHT if chat[1] else 0)
            cues.append(f"offer:店铺客服({chat[0]}{'答是' if chat[1] else ''})")
        elif (refused := _shop_refuses(text, start, end)) >= 0:
            # (issue 9, session 50, packs2) the buyer's request the shop's next turn turns down:
            # the refusing turn is read as blank
            if lo <= refused < hi:
                sent = sent[: refused - lo] + " " * (len(sent) - (refused - lo))
            score -= _SHOP_REFUSES_WEIGHT
            cues.append("report:店家拒绝")
        elif (to_exam := _shop_sends_to_exam(text, start, end)) is not None:
            # (issue 9, session 59, fa16) the buyer's request the shop's yes sends to the exam:
            # the turn is read as blank, as a refusing turn is, and its contact is the school's
            if lo <= to_exam[0] < hi:
                sent = sent[: to_exam[0] - lo] + " " * (len(sent) - (to_exam[0] - lo))
            contacts = [c for c in contacts if not to_exam[0] <= c[0] < to_exam[1]]
            score -= _SHOP_REFUSES_WEIGHT
            cues.append("report:店家指向考试")
        if victim:
            # (issue 9, session 61, fa19) a consumer's complaint quoting the seller's chat and
            # closing on the cheat (…客服：不用去考，绝对不是假的⏎转账以后就被拉黑了，大家别上当)
            score -= _VICTIM_CHAT_WEIGHT
            cues.append("report:受骗后转述聊天")
        elif said:
            score -= _VICTIM_CHAT_WEIGHT
            cues.append("report:受骗后转述原话")
        elif asks_shop := _ASKS_SHOP.match(unseparated(sent)[0].lstrip(LEAD)):
            score -= _ASKS_SHOP_WEIGHT
            cues.append(f"report:买家问客服({asks_shop.group(0)})")
        buyer = _buyer(sent, start - lo)
        if buyer:
            score -= _BUYER_WEIGHT
            cues.append(f"report:买家求购({buyer})")
        elif job := _jobseek(sent):
            score -= _BUYER_WEIGHT
            cues.append(f"report:持证求职({job})")
        elif refused := _refuses(sent):
            score -= _BUYER_WEIGHT
            cues.append(f"report:招聘拒收({refused})")
        light = normalize_light(sent)
        # Cue words are read with separators gone (判⭐决书 is 判决书); numbers keep theirs.
        # (issue 9, session 68, speed11) A sentence nothing blanked is a window of the page: sliced
        # from the scan's normalization where that reads as the sentence's own (``window_text``)
        flat = (
            window_text(norm, text, lo, hi)
            if norm is not None and sent == text[lo:hi]
            else normalize(sent).text
        )
        frames, own_end = speech_frames(
            sent, start - lo, end - lo, lambda: self._calls(flat, contacts, start, end)
        )
        if frames and self._turns_to_own(
            sent, frames, own_end, start - lo, flat, contacts, start, end
        ):
            frames, own_end = [], len(sent)
        if frames and _labelled_waiver(text, lo, sent):
            frames, own_end = [], len(sent)
        if frames and _hearsay_sold(text, start, end):
            # (session 62, review75) 听说…，其实要考的，不过我们包过: the sale after the correction is
            # the writer's own, not the hearsay's
            frames, own_end = [], len(sent)
        if frames and _heard_claim_answered_back(text, hi):
            # (issue 9, session 73, review157) 有人说焊工证不考办不下来？办得下来，我这半个月出，私我: the
            # hearsay's claim asked and answered back by its positive in the writer's own voice; the
            # frame covers the claim told, the answer that sells it is the writer's (its call is
            # still read by the question's reading)
            frames, own_end = [], len(sent)
        if frames and _rival_turned_own(text, start, end):
            # (issue 9, session 73, hearsay2) 其他机构号称一次过，然而都不靠谱，来我这不考直接拿证: the
            # claim verb frames the rival knocked down, not the writer's own trade after it
            frames, own_end = [], len(sent)
        if not frames:
            frames, own_end = post_frame(text, lo, start, end, hi)
        if not frames and column is not None and quotation(sent, start - lo, end - lo):
            # (session 38, left) a column's post quoting an ad (【以案说法】“焊工证不用考，加V …”——王某
            # 花三千元…): the column frames the quotation, its hooks are the quoted seller's
            frames, own_end = [f"栏目({column[2]})"], column[1]
        excerpt = False
        # (session 49, review4) or ending in one: a rule's context word may stand in the
        # officer's question above it (问：你们对报名的人怎么说？\n答：…包过)
        if record := _record_answer(text, start) or _record_answer(text, max(start, end - 1)):
            # (issue 9, session 48, accidents) an answer in a record of questioning (询问笔录\n问：你们
            # 是否对学员承诺过包过？\n答：是的，我们跟学员说过…): the questioned person's admission,
            # recorded by the office, its first person and its price the record's, whoever it names
            frames, own_end, excerpt = [record], 0, True
        if not frames and (note := _SOURCE_NOTE.match(text, hi)):
            # (session 35) the source given after the sentence (……不过退费。（摘自涉案机构招生简章）):
            # the whole sentence is the excerpt's, the writer's own words none of it
            frames, own_end, excerpt = [note.group(1)], 0, True
        elif not frames and (after := note_after(text, hi) or _dash_note(text, sent, lo, end)):
            # (session 37) the source or a back-reference on the next line (“……”\n——摘自某局通报;
            # ……\n以上为涉案网店的商品描述; “……”\n就这样一句话，被印成小卡片…): an excerpt as well;
            # (session 38) or after a dash within the sentence (焊工证不用考 加好友详聊——这是记者在
            # 某论坛看到的帖子。)
            frames, own_end, excerpt = [after], 0, True
        elif not frames and (by := self._line_framed(text, lo, hi)):
            # (session 37) a line that is a quotation alone, next to a line that reports
            # (“电工证包过，加V”\n警方提醒，此类证书均为伪造…) or gives its source (来源：…\n“……”)
            frames, own_end, excerpt = [by], 0, True
        elif not frames and (shown := exhibit_head(text, lo)):
            # (issue 9, session 48, accidents) a line under an exhibit's heading (附件：涉案广告
            # 内容\n电工证 代办 免考 微信…; 证据二：被告人发布的广告（截图）\n…): the ad the court or
            # the inspector shows, its number the exhibit's
            frames, own_end, excerpt = [shown[0]], 0, True
            contacts = [c for c in contacts if not shown[1] <= c[0] < shown[2]]
        if frames and not excerpt and (verdict := note_after(text, hi, judged=True)):
            # (issue 9, session 51, reports) the shown ad judged right after it (以下为涉案广告原文：
            # …\n经鉴定，上述证件均系伪造): the verdict weighs as a second frame, outweighing the
            # seller's own words (本公司, 货到付款) the exhibit carries
            frames = [*frames, verdict]
        if excerpt and (run := quoted_run(text, lo, hi)) is not None:
            # (issue 9, session 48, accidents) an excerpt quoted a line at a time (“叉车证 不用考
            # 包拿证”\n“需要的联系 微信 …”): a number on another of its quoted lines is the excerpt's
            contacts = [c for c in contacts if not run[0] <= c[0] < run[1]]
        # Weak offer cues count only where the writer speaks: before the frame's end.
        own = normalize(sent[:own_end]).text if frames else flat
        # A framed quotation holding the candidate is the speaker's, seller's cues and all
        # (网友晒出收到的短信：“……详询139****2218”); what stands outside it is the writer's.
        quote = quotation(sent, start - lo, end - lo) if frames else None
        testimonial = False
        if (
            quote is None
            and frames
            and (
                self._colon_quotes(sent, own_end, start - lo, frames[-1])
                # (issue 9, session 49, left2) or a line under an exhibit's label (截图显示：…) between
                # lines that report (经查…\n截图显示：焊工证免考，加微信 …\n该账号已被封禁): the report's
                or self._neighbour_reports(_exhibit_neighbours(text, lo)) is not None
            )
        ):
            # a frame ending in a colon in a report (被告人在朋友圈发布：…联系电话 138…; 警方截获的
            # 短信写道：…加QQ …): the rest of the sentence is the quoted ad, marks or none
            quote = (own_end, len(sent))
        if excerpt:
            quote = (0, len(sent))  # the excerpt quoted whole, its number and price the source's
        if quote is not None and _SELF.search(unseparated(sent[: quote[0]])[0]):
            quote = None  # 本机构郑重承诺：“……”, 我们老师说：“……”: the seller's own voice
        if quote is not None and any(
            c[0] >= lo + quote[1] and c[0] < end + _CONTACT_NEAR for c in contacts
        ):
            # a number of the writer's own after the quotation (广告语：“包过拿证” 报名电话 138…):
            # the quotation is the ad's slogan and the sentence the writer's offer
            frames, own, quote = [], flat, None
        if quote is not None and _SAME_RESULT_CALL.match(
            unseparated(sent[quote[1] :])[0].lstrip(_C)
        ):
            # (issue 9, session 49, kangxi) a call for the same result right after the quotation
            # (“……老师说没过就退钱……”——想要同款效果的来咨询): the quotation is the seller's
            # testimonial, its promise the seller's offer (read as a referral below)
            frames, own, quote, testimonial = [], flat, None, True
        if quote is not None:
            outside = sent[: quote[0]] + sent[quote[1] :]
            flat, light = normalize(outside).text, normalize_light(outside)
            contacts = [c for c in contacts if not (lo + quote[0] <= c[0] < lo + quote[1])]
            own = normalize(sent[:own_end] + sent[quote[1] :]).text  # the writer again after it
            cues.append("report:引语内的要约线索归说话人")
        # The offer cues read where the writer speaks: in a sentence that reports (a frame or a
        # report cue outside the quotations), a quotation the candidate is not in is someone
        # else's words (他在群里看到一条消息，“包真”“网上能查”“价格可谈”，说可以花钱办证: the message's
        # hooks, listed one by one). A line of quotations alone, or a listing title that quotes
        # its own hooks (毕业证 学位证 “保真”“包查验”), reports nothing and keeps them.
        pos_flat, pos_own, pos_light = flat, own, light
        others = _other_quotations(sent, start - lo, end - lo)
        if others != sent and (frames or self._reports(normalize(others).text)):
            if quote is not None:
                pos_flat = normalize(others[: quote[0]] + others[quote[1] :]).text
                pos_own = normalize(others[:own_end] + others[quote[1] :]).text
            else:
                pos_flat = normalize(others).text
                pos_own = normalize(others[:own_end]).text if frames else pos_flat
            pos_light = normalize_light(others)
        if self._mask is not None:
            # (issue 9, session 67, speed6) the four readings are mostly one or two strings (no
            # frame, no quotation): each distinct one is blanked once
            masked: dict[str, str] = {}
            for reading in (flat, own, pos_flat, pos_own):
                if reading not in masked:
                    masked[reading] = _blank(self._mask, reading, self._keep)
            flat, own, pos_flat, pos_own = (
                masked[flat],
                masked[own],
                masked[pos_flat],
                masked[pos_own],
            )
        if lawful := _LAWFUL_SEAL.search(flat):
            score -= 2
            cues.append(f"report:合法刻章的手续({lawful.group(0)})")
        # (issue 9, session 54, review23) the narrative's deal, buyers and tally read as a report
        # only where the writer gives no number of its own in the sentence (考试答案以每份80元的价格
        # 出售，QQ …): beside the writer's own contact they are the seller's price and stock
        own_call = _own_call(text, lo, hi, contacts, frames, quote)
        narrated = _NARRATED_DEAL.search(flat) if not own_call else None
        if narrated:
            flat, own = _blank(_NARRATED_DEAL, flat), _blank(_NARRATED_DEAL, own)
            pos_flat, pos_own = _blank(_NARRATED_DEAL, pos_flat), _blank(_NARRATED_DEAL, pos_own)
            pos_light = _blank(_NARRATED_DEAL, pos_light)
            score -= 2
            cues.append(f"report:叙述里的成交价({narrated.group(0)})")
        # (issue 9, session 54, review23) not where the writer gives its own number: a rival
        # shop's refusal told, then the writer's own yes (…老板说没执照不给刻，我们照样能刻，微信 …)
        if (
            not own_call
            and (keeper := _KEEPER_REFUSES.search(flat))
            and not _SELF_CARVES.search(flat, keeper.start())
        ):
            flat, own = _blank(_KEEPER_REFUSES, flat), _blank(_KEEPER_REFUSES, own)
            pos_flat, pos_own = _blank(_KEEPER_REFUSES, pos_flat), _blank(_KEEPER_REFUSES, pos_own)
            pos_light = _blank(_KEEPER_REFUSES, pos_light)
            score -= 2
            cues.append(f"report:店家说不做({keeper.group(0)[:12]})")
        if (tally := _TALLY.search(flat)) and not narrated and not own_call:
            score -= 1
            cues.append(f"report:清点的数量({tally.group(0)})")
        if (told_buyers := _NARRATED_BUYERS.search(flat)) and not narrated and not own_call:
            score -= 2
            cues.append(f"report:叙述里的买主({told_buyers.group(0)})")
        if approached := _APPROACHED.search(flat):
            flat, own = _blank(_APPROACHED, flat), _blank(_APPROACHED, own)
            pos_flat, pos_own = _blank(_APPROACHED, pos_flat), _blank(_APPROACHED, pos_own)
            score -= 1
            cues.append(f"report:被人找上门({approached.group(0)})")
        # A seller's cue in someone else's mouth (据卖家介绍，……价格可谈) counts half: the
        # writer reports it, unless it speaks in the first person (……，找我们就行).
        heard = _heard(sent, own_end, frames, contacts, start, end)
        # the offer cues' two readings without the writer's own people (blanked once, not per set)
        kin_own, kin_flat = pos_own, pos_flat
        if self._kin is not None:
            kin_own = _blank(self._kin, pos_own)
            kin_flat = kin_own if pos_flat == pos_own else _blank(self._kin, pos_flat)
        # (issue 9, session 67, speed6) one reading where the two are the same string
        same = kin_flat == kin_own
        kin_own = _blank_group(_BUYER_ASKS_PRICE, kin_own)
        kin_flat = kin_own if same else _blank_group(_BUYER_ASKS_PRICE, kin_flat)
        if victim or said:
            # (issue 9, session 65, fa28) the quoted shop's 加我 / 我这边 and the victim's 我： label
            kin_own, kin_flat = _blank(_VICTIM_FIRST, kin_own), _blank(_VICTIM_FIRST, kin_flat)
        hooks: list[tuple[str, float]] = []  # the report cues read, for the advertorial below
        strong = False  # a strong report word (产业链, 警方, 判决): a price is the report's fact
        told = 0.0  # the weak report cues and frames: a story's, outweighed by a referral
        weak = 0.0  # the weak offer cues (你, 我, 咨询, 要的, 报名): a plain Q&A's words too
        rep_flat = flat
        if self._kept_offer is not None and self._kept_offer.search(flat):
            rep_flat = _blank(self._kept_offer, flat)
        for weight, rx in self._sets:
            read = (kin_own if weight < 2 else kin_flat) if weight > 0 else rep_flat
            seen = list(rx.finditer(read))
            # a call that names the writer (私信我, 滴滴我, 戳我): the writer's own, framed or not
            mine = {m.group(0) for m in seen if _FIRST.match(read, m.end())}
            for word in dict.fromkeys(m.group(0) for m in seen):
                half = (
                    weight >= 2
                    and heard
                    and word not in own
                    and not _FIRST.search(word)
                    and word not in mine
                )
                score += weight / 2 if half else weight
                weak += weight / 2 if half and weight == 1 else weight if weight == 1 else 0
                strong = strong or weight <= -2
                if weight < 0:
                    hooks.append((word, weight))
                told += weight if -2 < weight < 0 else 0
                label = f"{word}(转述中减半)" if half else word
                cues.append(f"{'offer' if weight > 0 else 'report'}:{label}")
        for words in frames:
            score -= _FRAME_WEIGHT
            told -= _FRAME_WEIGHT
            cues.append(f"report:转述({words})")
        if (
            not strong
            and quote is None
            and (ref := self._referral(text, lo, hi, norm) or ("同款召唤" if testimonial else None))
        ):
            # a testimonial (朋友介绍了个老师，花了八千拿到本科证，学信网可查。有同样需要的找这个老师，
            # 就说是小林介绍的): the story is the pitch, its narrative cues (去年, 交了, 朋友介绍)
            # are the shill's and count no more; a strong report word (警方, 记者, 判决) still does
            assert self._ref_set is not None
            score += self._ref_set[0] - told
            cues.append(f"offer:引荐({ref})")
        if quote is None and not buyer and not approached and column is None:
            ad = self._advertorial(text, lo, hi, pos_flat, hooks, frames)
            if ad is not None:
                score += ad[0]
                cues.append(f"offer:软文({ad[1]})")
        page = _page_reads(text, lo, hi, norm) if contacts or score < OFFER_AT else (None, None)
        if page[1] is not None:
            # (session 36) a report's, a notice's or a job post's page (本报讯, 被告人, 举报电话,
            # 招聘 in its other lines): the numbers of its footer are the paper's, the office's or
            # the employer's, not a seller's; only the sentence's own count
            contacts = [c for c in contacts if lo <= c[0] < hi]
            cues.append(f"report:报道或告示页面({page[1]})")
        if score >= 0 and not frames and quote is None and _listing_title(sent):
            # (session 40) a listing title (房产证 结婚证 离婚证 均可定制; 驾驶证 行驶证 同号 可查): short
            # chunks between spaces, no clause, no colon, no report word: the shape of a
            # seller's keyword line, which a report, a notice or a story never takes
            score += _LISTING_WEIGHT
            cues.append("offer:标题式罗列")
        if (
            score >= 0
            and not frames
            and quote is None
            and not strong
            and not contacts
            and len(kinds := _paper_cues(sent)) >= 2
        ):
            # (session 42, terse) two of the paper's own cues (交付, 可查, 后付, 价钱) in a short
            # line with no contact: a seller's title, not a course's, a shop's or a learner's
            score += _PAPER_WEIGHT
            cues.append("offer:证件本身(" + "+".join(kinds) + ")")
        others: list[tuple[int, int]] = []  # another post's numbers (read by ``_answered`` only)
        if contacts and (post := _qa_post(text, start, end)) is not None:
            # (issue 9, session 45, qa) a Q&A thread's post: another post's number is its
            # writer's (a seller above an honest answer), not this answerer's call
            others = [c for c in contacts if not post[0] <= c[0] < post[1]]
            contacts = [c for c in contacts if post[0] <= c[0] < post[1]]
        if contacts and hi < len(text) and text[hi] in _QUESTION:
            at, stop = _answer_span(text, hi)
            if _asks_to_be_told(simplify_chars(text[at:stop])):
                # (issue 9, session 49, questions) the number after a question whose asker asks
                # to be told (…会发给我吗？我微信 …，知道的说一声) is the asker's, left for the answer
                contacts = [c for c in contacts if not at <= c[0] < stop]
                cues.append("report:提问者求告知")
        near = [c for c in contacts if c[0] < end + _CONTACT_NEAR and c[1] > start - _CONTACT_NEAR]
        landline = 0.0  # the weight a landline alone added (an office's or a school's number)
        # (session 55, review24) the number a narrated sale went through (王某在QQ … 上以每份150元
        # 的价格出售) is the story's too
        described = [
            c for c in near if _described_contact(text, lo, c[0]) or _deal_tool(text, lo, c)
        ]
        if described and len(described) == len(near):
            # (session 35) someone else's number named by the writer (该团伙的联系方式为 137…, 他留下
            # 的电话是 186…, 对方微信号为 …): a fact of the story, not the writer's call
            score -= 1
            cues.append("report:他人的联系方式")
        elif near:
            score += 3
            cues.append("offer:联系方式")
        elif contacts:
            score += 1
            cues.append("offer:页内联系方式")
        elif _MASKED_PHONE.search(light):
            score += 2
            cues.append("offer:号码")
        elif _LANDLINE.search(pos_light) or _LANDLINE.search(pos_flat):
            # an office's number as readily as a school's: it offers where the sentence enrols
            # (…冲刺班报名中，电话 0755-…), and counts as a page's contact elsewhere (本协会颁发
            # 的证书支持查验，电话 0571-…); (fifteenth shift) read again with the evader's
            # separators gone as well (咨 询 电 话 0512-…)
            enrols = _ENROLS.search(pos_flat) is not None
            untaught = not enrols and _ISSUED_UNTAUGHT.search(pos_flat) is not None
            landline = 2.0 if enrols or untaught else 1.0
            score += landline
            cues.append(
                "offer:座机/热线" + ("(招生)" if enrols else "(不培训出证)" if untaught else "")
            )
        elif other := _other_way(sent, pos_light):
            # (session 43, contacts) an e-mail, a phone's last digits, a bare number after the pitch
            score += other[1]
            cues.append(f"offer:{other[0]}")
        if page[0] is not None and page[1] is None and score > -2:
            # (session 36) a seller's own page (店铺, 商品详情, 售后, 月销, 个性签名 in its other
            # lines): a claim with few cues of its own there is the page's offer
            score += _PAGE_SELLER_WEIGHT
            cues.append(f"offer:卖家页面({page[0]})")
        if (
            school
            and score < OFFER_AT
            and not frames
            and quote is None
            and not strong
            and not excerpt
            and not buyer
            and column is None
            and _page_reads(text, lo, hi, norm)[1] is None
            and (voice := _school_reads(text, lo, hi, self._strong)) is not None
        ):
            # (issue 9, session 52, packs4) a training school's own course page, FAQ or brochure
            # (本机构承诺…; 常见问题\nQ：考不过怎么办？A：协议班全额退费; 本期学员专享：…内部资料):
            # under article 24 the page is the ad, its promise an offer without a phone or a price;
            # a report's frame, quotation or strong word, or a page that disclaims, keeps it out
            score += _SCHOOL_WEIGHT
            cues.append(f"offer:机构自述({voice})")
        unit = _UNIT_PRICE.search(pos_light)
        if (unit or _PRICE.search(pos_light)) and not strong and not excerpt:
            score += 0.5
            cues.append("offer:价格")
            if unit and not frames and not heard:  # a quoted seller's price is the report's
                score += 1.5
                cues.append("offer:单价")
        if _REPLY_CODE.search(pos_own) and not heard:
            score += _REPLY_WEIGHT
            cues.append("offer:回复代码")
        if _PRIVATE_END.search(flat) and not sent.rstrip(" 。.！!\n").endswith(_CLOSE):
            score += 2
            cues.append("offer:私")
        if (
            quote is None
            and not excerpt
            and (
                (own_real := _OWN_REAL_SKIP.search(pos_own))
                or (frames and (own_real := _heard_outbid(pos_flat)))
            )
        ):
            score += _OWN_REAL_WEIGHT
            cues.append(f"offer:自家真免考({own_real.group(0)})")
        if _EXCLAIM.search(sent):
            score += 0.5
            cues.append("offer:感叹/【】")
        # read in simplified characters: a question in traditional ones ends in 嗎/麼
        # (session 33) format characters dropped: 想​问​一​下 with zero-width joints still asks
        simple = simplify_chars(sent).replace("\x00", "")
        if (
            (hi < len(text) and text[hi] in _QUESTION)
            or _ASKS.search(simple)
            or _ASK_OPENS.match(simple.lstrip(LEAD))
            or _ASK_EITHER.search(simple)
            or _ASK_CHAIN.search(simple.rstrip())
            or _asks_a_not_a(simple)
            or _ASK_DENIED.search(simple)
        ):
            if not victim and (
                (chat is not None and chat[1])
                or self._answered(text, hi, contacts, others)
                or (
                    # (sixteenth shift) the candidate runs on into the answer of a question that
                    # opens its sentence (问：第一次没过怎么办？答：本校承诺免费重修…)
                    (ask := _asked_inside(text, start, end)) >= 0
                    and self._answered(text, ask, contacts)
                )
                or _paid_waiver_inside(text, start, end)
            ):
                score += 2
                cues.append("offer:自问自答")
                if not strong and told < 0 and _SELF_ANSWER.match(_after_question(text, hi)):
                    # (session 40) the hook answered in the seller's own name (如何购买某大学毕业证
                    # 书？找我们; 哪里能买到…？联系我们): the question's buyer words (购买, 买到, 如何)
                    # are the hook's, the writer the seller; a strong report word still counts
                    score -= told
                    cues.append("offer:钩子里的买家用语不计")
            else:
                score -= 2
                cues.append("report:问句")
                # (session 45, qa) the verdict follows the candidate's own question mark when the
                # question and its labelled answer are one sentence (问：…吗？\n答：没有哪家…)
                asked = hi
                if not (hi < len(text) and text[hi] in _QUESTION):
                    asked = next((i for i in range(end, hi) if text[i] in _QUESTION), hi)
                    if asked == hi:
                        # (session 53, left13) the candidate itself runs over the question mark into
                        # the labelled answer (问：包过吗？\n答：我们是正规培训机构，不包过…): the
                        # verdict is read after that mark
                        asked = next((i for i in range(start, end) if text[i] in _QUESTION), hi)
                if _DEBUNKED.match(tail := unseparated(text[asked + 1 : asked + 30])[0]):
                    score -= 1
                    cues.append("report:辟谣")
                elif _ANSWER_DENIES.match(tail) or _PLAIN_DENIED.match(tail):
                    score -= _ANSWER_DENIES_WEIGHT
                    cues.append("report:答者否认")
                elif (told_after := self._told_after(text, asked)) is not None:
                    # (issue 9, session 55, fa8) a headline quoting the trade's own phrase and
                    # asking about its price (“免体检健康证”30元一张？…被罚): the quotation marks
                    # hold the words the report goes on to answer, too few words around them for
                    # the quotation's own cue (report:引语); a seller's hook is answered by its pitch
                    told_w = 2 if _quoted(sent, start - lo, end - lo) else 1
                    score -= told_w
                    cues.append(f"report:问句后接报道({told_after})")
                elif _ASK_DENIED.search(simple):
                    score -= _ANSWER_DENIES_WEIGHT
                    cues.append("report:答者否认")
                elif _turn_answers_lawfully(text, asked, contacts):
                    # (issue 9, session 63, panel1) the chat's next turn answers the learner's
                    # question with the lawful way (客服：不去上课？可以报名，…但考试必须本人到考点)
                    score -= _ANSWER_DENIES_WEIGHT
                    cues.append("report:答者指向合法途径")
                if (
                    # (issue 9, session 64, review90) whichever reading found the refusal: the
                    # teacher's 这个保证不了 is no ``_ANSWER_DENIES`` and is read as the lawful turn
                    # (issue 9, session 65, qa2) and the labelled no read as a debunk (答：不能，要复审，
                    # 复审不用考，本人参加培训即可，电话 …): the office's route, its number its own
                    cues[-1] in ("report:答者否认", "report:答者指向合法途径", "report:辟谣")
                    and _turn_contact(text, asked, contacts)
                    and _turn_answers_lawfully(text, asked, contacts)
                ):
                    # (issue 9, session 63, panel2) the refusing turn's contact is its enrolment
                    # line (学员：电工证能包过吗？⏎客服：包不了，我们只负责培训，报名加v …): it
                    # weighs against the contact's offer
                    score -= _ENROL_CONTACT_WEIGHT
                    cues.append("report:答者的报名联系方式")
        elif (ask := _asked_inside(text, start, end)) >= 0:
            # the candidate runs from a question into its answer: a column's question asking how
            # or what (刻章需要什么手续？答：企业刻制公章……; 假证有什么危害？持假证上岗……) or one answered
            # by a label or a denial (考驾照能包过吗？不能，……) opens asking, unless the writer answers
            # with a call on the reader (电工证能免考吗？能，加V …). A seller's hook answered by its
            # pitch (没时间考焊工证？交资料就行……; 焊工证丢了？我们这直接重新做一个) is no question.
            if not (victim or said) and (
                (chat is not None and chat[1]) or self._answered(text, ask, contacts)
            ):
                # (issue 9, session 65, fa28) not the shop's yes a victim's transcript retells
                score += 2
                cues.append("offer:自问自答")
            elif (
                _WH.search(simplify_chars(text[lo:ask]))
                or _DENIES.match(simplify_chars(text[ask + 1 : ask + 12]))
                # (issue 9, session 63, panel1) the chat's answering turn on the next line refuses,
                # sends to the exam or names the renewal's lawful route (客户：能代办焊工吗？⏎客服：
                # 不能，焊工证必须本人考试: the candidate runs over the mark into it)
                or _turn_answers_lawfully(text, ask, contacts)
                # (issue 9, session 76, review186) the asked skip granted only as the law grants
                # it, the candidate running over the mark into the answer's own skip word (…复审能
                # 不能不考？可以的，符合条件的可以不参加考试，私信问所需材料): the FAQ's question, as
                # ``_answered`` reads the candidate that stops at the mark
                or _answered_by_law(text, ask)
                # (issue 9, session 59, fa16) a verdict asked (…就能拿是谣言？) and answered with no
                # reversal to the writer's offer (错，能拿证的都是自己考出来的): the debunk's question
                or (
                    _VERDICT_ASKED.search(text, max(lo, ask - 12), ask) is not None
                    and _REVERSAL_OPENS.match(text, ask + 1) is not None
                    and _REVERSED.match(text, ask + 1) is None
                )
            ):
                score -= 2
                cues.append("report:问句")
                if _answered_by_law(text, ask):
                    # (issue 9, session 76, review186) and its call to ask the procedure (私信问流程)
                    # the office's or the school's, as the enrolment line of a lawful turn is
                    score -= _ENROL_CONTACT_WEIGHT
                    cues.append("report:按规定免考的答疑")
                if _ROUTE_TOLD.match(text, ask + 1):
                    # (session 59, fa16) the debunk answers with the lawful route itself
                    score -= 2
                    cues.append("report:辟谣(合法途径)")
                elif _turn_answers_lawfully(text, ask, contacts):
                    # (issue 9, session 63, panel1) the chat's next turn answers with the lawful way
                    # (老师：不用考，复审参加培训就行，到期前来报名): its 报名 is the school's
                    score -= _ANSWER_DENIES_WEIGHT
                    cues.append("report:答者指向合法途径")
                    if _turn_contact(text, ask, contacts):
                        # (issue 9, session 63, panel2) and the contact in that turn its enrolment
                        # line (老师：这个真包不了，我们只做培训，报名请加微信 …)
                        score -= _ENROL_CONTACT_WEIGHT
                        cues.append("report:答者的报名联系方式")
                if _DEBUNKED.match(tail := unseparated(text[ask + 1 : ask + 30])[0]):
                    score -= 1
                    cues.append("report:辟谣")
                elif _ANSWER_DENIES.match(tail) or _PLAIN_DENIED.match(tail):
                    # (session 62, review78) the plain no too, as after the candidate's own question
                    # (能免考吗？不能，没有门路，也没有路子，想拿证就报名考试: the window runs over the mark)
                    score -= _ANSWER_DENIES_WEIGHT
                    cues.append("report:答者否认")
        if "offer:自问自答" not in cues and _errand_answered(text, start, end, contacts):
            # (session 52, left12) 复审要本人去吗\n答：要的，资料发我先看: an errand answered; the
            # weak offer cues are the Q&A's own words and count no more
            score -= _ERRAND_WEIGHT + weak
            cues.append("report:合法业务的问答")
        if "指" in simple and _DEFINES.search(simple):  # (speed6) both its readings hold 指
            score -= _DEFINE_WEIGHT
            cues.append("report:释义")
        if "offer:联系方式" not in cues and _FORGED_FOR.search(_SPACES.sub("", simple)):
            # (spaced out too: 伪 造 印 章 两 枚) (session 55, review26) a judgment names no number
            # of the writer's own: with one beside it (私刻公章一枚，用于开户，当天取，电话 …) the
            # counted piece and its use are the seller's goods and the buyer's errand
            score -= _FORGED_FOR_WEIGHT
            cues.append("report:认定的伪造事实")
        if (
            _quoted(sent, start - lo, end - lo)
            and len(_CJK.findall(_QUOTES.sub("", sent))) >= 4
            and not advertorial_quote(text, start, end)
        ):
            # (the advertorial's quotation marks are its emphasis: 该校承诺“不过包退”…。联系电话 …)
            score -= 1
            cues.append("report:引语")
        if code := code_shaped(text, start):
            # (session 39, gh) a spam filter's word list, regex, config, fixture, CSV or log line
            # (BANNED = ["代考", …]; 1,exam_fraud,代考,0.9): the spammer's words in a shape no
            # seller writes, outweighing the contact a fixture's spam line carries
            score -= _CODE_WEIGHT
            cues.append(f"report:代码或词表({code})")
        if (
            score > -2
            and not any(lo - _PAGE_REACH <= c[0] < hi + _PAGE_REACH for c in given)
            and (facts := _debunked_before(text, start, end, norm)) is not None
        ):
            # (issue 9, session 56, fa9) a rumour called one and the facts set against it (网传
            # “登高证可以直接买”是谣言，其实证书信息全国联网可查，假证一查便知): 全国 and 假证 are the
            # debunker's facts, not a seller's hook
            score -= _DEBUNK_WEIGHT
            cues.append(f"report:辟谣后的事实({facts})")
        called = None
        if (
            score > -2
            and not any(lo - _PAGE_REACH <= c[0] < hi + _PAGE_REACH for c in given)
            and (
                called := _called_rumour(text, end)
                or _called_inside(text, start, end)
                or _called_within(text, start, end)
                or _hearsay_corrected(text, start, end)
            )
            is not None
        ):
            # (issue 9, session 58, fa14) the candidate's own words called a rumour right after
            # them (网传电工证不用考试花钱就能办是谣言，其实需要报名参加培训考试): the verdict is on
            # the candidate, and the 需要 / 报名 after it name the lawful route, no offer
            score -= _DEBUNK_WEIGHT
            cues.append(f"report:定性为谣言({called})")
            if landline:
                # (issue 9, session 61, fa20) and the landline after it with 报名 / 咨询 (网传电工证交钱
                # 包过是谣言，请到正规机构报名，咨询电话 0571-…): the debunker's own number for that
                # route, as an office or a school gives it; a mobile or a WeChat id is still an offer
                # (the branch asks for no contact at all)
                score -= landline + weak
                cues.append("report:辟谣后的报名电话")
        if (
            "offer:联系方式" not in cues
            and (told := _NARRATED_TRADE.search(flat)) is not None
            and _NARRATED_CALL.search(flat) is None
        ):
            # (issue 9, session 58, fa14) a court finding or a police report narrating a party's
            # trade (刘某商行通过QQ群联系买家，出售伪造的焊工证): the party reaches its buyers, the
            # narrator calls no reader
            score -= _NARRATED_WEIGHT
            cues.append(f"report:叙述经营({told.group(0)})")
        if (
            -2 < score < _VERDICT_BELOW
            and not any(lo - _PAGE_REACH <= c[0] < hi + _PAGE_REACH for c in given)
            and (ruled := _page_verdict(text, lo, hi, norm) or called) is not None
        ):
            # (issue 9, session 53, reports4) a court's, a regulator's or a fact-check's own
            # verdict (经审理查明 … 价目表如下：…均不用考试，包出证; 典型案例 … 广告：“…”; 谣言：…
            # 真相：…) stands sentences away from the seller's words it lists; with no offer cue in
            # the line and no way to reach anyone near it, the line is the document's exhibit
            # (session 59, review46) the rumour verdict fa14 reads on the candidate's own words is
            # the document's verdict too where its word is none of page_verdict's (……属于不实传言;
            # ……的消息不属实; ，该说法不实): it weighs as 是谣言 does, whose 谣言 the page list holds
            score -= _VERDICT_WEIGHT
            cues.append(f"report:文书定性({ruled})")
        verdict = "report" if score <= -2 else "offer" if score >= OFFER_AT else "unclear"
        return Stance(verdict, round(score, 2), tuple(cues))


def _other_way(sent: str, light: str) -> tuple[str, float] | None:
    """(session 43, contacts) A way to reach the writer that the contact reader does not store,
    with its weight (see :data:`_EMAIL`): an e-mail address (+2), a number ending a keyword line
    after the pitch (+2), the last digits of a phone (+1); None where there is none."""
    for m in _EMAIL.finditer(light):
        host = m.group(0).rsplit("@", 1)[1]
        near = light[max(0, m.start() - 10) : m.end() + 6]
        if not _EMAIL_OFFICE.search(host) and not _EMAIL_NOT.search(near):
            return "邮箱", 2.0
    line = sent.rstrip(" \t\u3000。.!！~～").rsplit("\n", 1)[-1]
    if (m := _BARE_NUMBER.search(line)) and not _LISTING_STOP.search(line):
        digits = re.sub(r"[^0-9]", "", m.group(1))
        date = len(digits) == 8 and digits[:2] in ("19", "20")
        if not date and not _BARE_NOT.search(line[max(0, m.start() - 3) : m.start()]):
            return "句末号码", 2.0
    if "尾号" in sent:
        for m in _TAIL_NUMBER.finditer(sent):
            before = sent[max(0, m.start() - 4) : m.start()]
            if "（" not in before and "(" not in before:
                return "尾号", 1.0
    return None


#: (session 34) The advertorial's call on the reader to reach the seller, its news hook's report
#: cues and frames, and the words near it that make a sentence real news (see
#: ``StanceReader._advertorial``).
_AD_CALL = recache.compile(
    r"有意者|有意向的|感兴趣的(?:朋友|读者|考生|学员)?可|有需要的(?:朋友|读者|考生|学员)?可|"
    r"详询|详情咨询|咨询热线|咨询电话|咨询微信|预约电话|预约试听|报名地址|办理地址|报名热线|"
    r"报名请[拨加]|预约请拨|可拨打|扫码了解|扫码领取|扫码咨询|私信咨询|欢迎[^，。]{0,8}前来咨询"
)
_AD_HOOK = recache.compile(
    r"据了解|据悉|获悉|记者|小编|据介绍|介绍|了解到|近日|日前|走访|表示|负责人|业内人士|听说|"
    r"该校|该机构|该中心|该公司|该店|该工作室|某|培训机构|本地资讯|称|透露|知情人士|不少"
)
_AD_HOOK_FRAME = recache.compile(
    r"据.{0,10}(?:了解|介绍|透露)|据悉|获悉|了解到|表示|介绍|听说|学员反映"
)
#: (issue 9, session 46, advertorial) The advertorial's call in the line right after its news
#: sentence (…一次拿证”。联系电话：136…（刘老师），报名从速; …报名从速。客服电话 400-…): the
#: seller's own number under a call word, within ``_AD_NEAR`` characters after the sentence and
#: before a blank line. A report names no such call; a notice's office number stands under
#: 联系人 too, so a contact of the reader's (a mobile, a WeChat or QQ id) must be in it.
_AD_CALL_AFTER = recache.compile(
    _AD_CALL.pattern + r"|联系电话|报名电话|客服电话|招生电话|报名联系|联系人|报名从速|名额有限|"
    r"先到先得|添加微信|加微信|微信同号"
)
#: The calls of ``_AD_CALL_AFTER`` only a seller writes beside a landline or a 400 number (an
#: office's notice gives its number under 联系人 and may say 名额有限).
_AD_CALL_SELLS = recache.compile(
    _AD_CALL.pattern + r"|客服电话|招生电话|报名电话|报名从速|先到先得|微信同号"
)
_AD_NEG = recache.compile(
    r"涉嫌|违法|违规|违反|查处|查获|立案|被骗|受骗|骗取|诈骗|提醒|警方|公安|报警|报案|罚款|处罚|"
    r"虚假|假证|投诉|举报|法院|被告|判决|判处|责令|整顿|曝光|暗访|调查发现|广告上|广告称|"
    r"宣称|声称|号称|谎称|噱头|失联|退费无门|维权|谨防|当心|警惕|上当|套路"
)
#: (issue 9, session 52, left11) A seller dressed as a reporter (记者调查发现，焊工证不用考也能拿，联系微信
#: hg_…，三天下证): the investigation is the costume where the same sentence calls the reader to a
#: private id (a WeChat / QQ id or a mobile written after the call) or to the writer itself (私信我,
#: 联系我). Real news with 调查发现 prints no seller's id and no call in its own voice, so
#: ``_AD_NEG``'s 调查发现 then stands for the costume only; any other word of it (警方, 提醒, 诈骗,
#: 拉黑 …) still keeps the sentence news.
_COSTUME_HOOKS = frozenset({"调查", "发现", "调查发现"})
_COSTUME_CALL = recache.compile(
    r"(?:联系|加|添加)?(?:微信|v信|vx|wx|v|扣扣|qq|企鹅|电话|手机)号?[：:\s]*"
    r"(?:[a-z][a-z0-9_]{4,}|\d[\d\s-]{6,}\d)"
    r"|私信我|私我|私聊我|联系我|找我|加我",
    re.IGNORECASE,
)
_COSTUME_NEG = recache.compile(r"调查发现")
#: (session 52, review14) ... and the paper's own tip line (报料微信, 新闻热线, 提供线索): a
#: reporter asks readers for leads, a seller never does. The costume's own words (本台记者, 记者
#: 微信) are no tip line: a seller borrows them.
_NEWS_AFTER_COSTUME = recache.compile(r"拉黑|收款后|骗|假的|查处|警方|提醒|报料|爆料|线索|新闻热线")
_AD_WEIGHT = 3.0
_AD_NEAR = 60


#: A frame that gives the writer's source of a news hook rather than a speaker of the words after it.
_HOOK_FRAME = recache.compile(r"^(?:据[^，,。]{0,10}了解|听说|听人说|据说|据传|听闻)$")
#: (session 44, penalty) A sentence that opens on the others the writer sets itself against
#: (别的机构被罚是因为乱承诺，我们是正规签约班，…包过…加微信; 别家说包过都是骗人，我们…): what those
#: others said or suffered is the frame, and the writer's turn to itself with a call is its offer,
#: as after a source's frame. A report never opens on "the other institutions".
#: (session 59, rivals) Not composed from ``context.RIVAL_WORDS``: this reads a determiner and a kind
#: of firm (别的机构, 有些商家, 那些公司), the sentence's opening subject, where the bare rivals (别人, 人家,
#: 同行, 外面) also open a consumer's or a report's hearsay (别人说…, 同行反映…) and would hand its
#: frame to a 我们 after it. Its own determiners (有的, 有些, 那些, 其余) are wider than a rival.
_OTHERS = recache.compile(
    r"(?:别的|别家|其他|其它|其余|有的|有些|那些|人家|外面的?|市面上的?)"
    r"(?:机构|培训机构|学校|驾校|中介|商家|店家|店|公司|家|网店|同行)"
)


#: A question asking how, what or why (not yes or no): a column's or a learner's, never a seller's
#: hook; and an answer that opens with a label or a denial (答：…, 不能，…, 当然不是).
#: (issue 9, session 63, panel1) A chat's answering turn under its speaker's label on the line
#: after a question (老师：… / 客服：… / 掌柜：…), and what its answer may echo first (不去上课？).
#: (issue 9, session 64, review95) a label spelt with a space between its characters (老 師：,
#: 班 主 任：) is the same label, as 老·师： always was (the dot is no space)
_TURN_LABEL = recache.compile(
    r"[ \t\u3000]*[^\s：:，,。？?！!](?:[ \u3000]?[^\s：:，,。？?！!]){0,5}[ \t\u3000]*[：:][ \t\u3000]*"
)
#: (issue 9, session 66, turn2) A teacher's or a shop's hedge on the pass asked (这个不好说, 说不准, 难说,
#: 不好讲): no refusal of its own and no yes, read only for what the turn says after it.
_HEDGE = recache.compile(
    _CHAT_OPEN + r"(?:这个|这|那个|这事)?(?:真的?|实在|确实|还真)?"
    r"(?:不好说|说不好|很?难说|不好讲|说不准|讲不准|不敢说)"
)
#: ... the same speaker's later lines read for a take-back: at most two, each up to this far.
_SAME_TURN_LINES = 2
_SAME_TURN_REACH = 60


def _hedge_taken_back(
    text: str, line: str, turn: re.Match[str], no: re.Match[str] | None, stop: int
) -> bool:
    """(issue 9, session 66, turn2) Whether a labelled answer line (``line``, simplified, its
    label ``turn``) that refuses the pass (``no``) or hedges on it after echoing the asked words
    (包过？这个不好说 / 包过？保证不了) takes it back after the refusal, on its own line or on the
    same speaker's next lines before anyone else speaks (``_denial_taken_back``: 不过我们有内部名额，
    稳过; 有考场关系; 多交点钱考场有人帮你操作). The lawful route after a refusal (私下说一句，好好复习，
    考试就能过; 我们有历年真题) takes nothing back, nor the school's enrolment id."""
    at = no.end() if no is not None else -1
    if at < 0:
        # (the line is simplified: the echo's question mark may read as 。)
        echo = _ECHO_OPEN.match(line, turn.end())
        head = echo.end() if echo is not None else turn.end()
        hedge = _HEDGE.match(line, head) or (
            _TEACHER_DENY.match(line, head) if echo is not None else None
        )
        if hedge is None:
            return False
        at = hedge.end()
    label = _ECHO_SEP.sub("", line[: turn.end()]).strip()
    more: list[str] = []
    pos = stop
    while len(more) < _SAME_TURN_LINES and pos < len(text):
        end = text.find("\n", pos + 1)
        end = len(text) if end < 0 else end
        nxt = simplify_chars(text[pos:end].strip())
        if not nxt:
            pos = end
            continue
        head = _TURN_LABEL.match(nxt)
        if head is None or _ECHO_SEP.sub("", nxt[: head.end()]).strip() != label:
            break
        more.append(nxt[head.end() : head.end() + _SAME_TURN_REACH])
        pos = end
    return _denial_taken_back(line[:at] + "".join("\n" + m for m in more), at) or (
        no is None and _denial_taken_back(line, at)
    )


#: (issue 9, session 64, review95) A denial after an echo's yes (放心，没有包过这回事; 可以啊，不过那是
#: 骗子的话): the yes reassures the asker and refuses the thing, read only after an echo.
_ECHO_YES_DENIED = recache.compile(r"没有|不[能行可会是]|别信|骗|假的|这回事")
_TURN_ECHO = recache.compile(r"[^。？?！!，,\n]{1,10}[？?]+[\s，,]*")
#: ... the renewal asked about (复审要重新考吗; 到期能直接延期吗) and the lawful route its answer names:
#: the review's training, ten years' clean work extending the review, the issuing office's
#: approval (特种作业人员安全技术培训考核管理规定 on 复审 and its extension).
_ASKED_RENEWAL = recache.compile(r"复审|到期|延期|换证|续期")
_RENEWAL_ROUTE = recache.compile(
    r"复审(?:只|只要|须|需|要)?(?:参加|去)?(?:复审)?培训|连续从业(?:满)?(?:十|10)年"
    r"|(?:考核)?发证机关(?:审核|同意)|延期复审"
)
_TURN_REACH = 60
#: ... and the exam the answer requires in person (但考试必须本人到考点; 考试要本人参加).
_EXAM_IN_PERSON = recache.compile(
    r"(?:必须|须|需|要|得|都要)(?:本人|亲自)(?:到考点|到考场|到场|参加|考试|考|去考)"
)


#: (issue 9, session 63, panel2) What the enrolment contact of a refusing school's turn weighs
#: against the contact's offer (``offer:联系方式``, +3): it cancels it.
_ENROL_CONTACT_WEIGHT = 3


def _turn_contact(text: str, ask: int, contacts: list[tuple[int, int]]) -> bool:
    """(issue 9, session 63, panel2) Whether the labelled turn on the line after the question
    ending at ``ask`` holds a contact (read as ``_turn_answers_lawfully`` bounds the turn)."""
    nl = text.find("\n", ask, ask + 4)
    if nl < 0 or (m := _TURN_LABEL.match(text, nl + 1)) is None:
        return False
    stop = text.find("\n", m.end(), m.end() + _TURN_REACH)
    stop = min(len(text), m.end() + _TURN_REACH) if stop < 0 else stop
    return any(nl < c[0] < stop for c in contacts)


def _turn_answers_lawfully(text: str, ask: int, contacts: list[tuple[int, int]]) -> bool:
    """(issue 9, session 63, panel1) Whether the question ending at ``ask`` is answered on the next
    line by a labelled chat turn with no contact in it that refuses (``_DENIES``, nothing taken
    back: ``_DENY_TAKEN_BACK``), sends the asker to the exam (``sends_to_exam``) or, for a
    renewal asked, names its lawful route (``_RENEWAL_ROUTE``): the school's or shop's lawful
    answer, the question the learner's own."""
    nl = text.find("\n", ask, ask + 4)
    if nl < 0 or (m := _TURN_LABEL.match(text, nl + 1)) is None:
        return False
    stop = text.find("\n", m.end(), m.end() + _TURN_REACH)
    stop = min(len(text), m.end() + _TURN_REACH) if stop < 0 else stop
    if refused_echoes(text[nl + 1 : stop]):
        # (issue 9, session 65, echo1) the turn opens echoing the asked words and refuses them, its
        # contact the school's enrolment line where one stands (老师：包过？保证不了，必须本人参加
        # 考试，报名加微信 …; 老师：保过？想都别想，考试要靠自己，…): ``refused_echoes`` reads it
        return True
    if any(nl < c[0] < stop for c in contacts):
        # (issue 9, session 63, panel2) a contact in the turn is the school's enrolment line only
        # where the turn refuses the guarantee and names teaching as all it does (客服：包不了，
        # 考试是统一组织的，我们只负责培训，报名加微信 …)
        # (issue 9, session 65, qa2) or where the turn names the lawful route in its own words
        # (答：能，交钱就行，考试本人参加，报名咨询微信 …; 答：不用考，补办只需本人带身份证到市场
        # 监管局，电话 …): an office's or a school's answer, its number the enrolment line
        asked, turn = text[max(0, ask - 30) : ask], text[m.end() : stop]
        if _SPACED_OUT.search(turn):
            # (issue 9, session 66, lawful2) the answer spaced one character at a time (答：不 用
            # 考，本 人 带 身 份 证 去 补 办，电 话 …): its route read in the words without the spaces
            asked, turn = unseparated(asked)[0], unseparated(turn)[0]
        return _refused_for_training(turn) or _route_told(
            simplify_chars(asked), simplify_chars(turn)
        )
    asked = simplify_chars(text[max(0, ask - 30) : ask])
    # (issue 9, session 64, review95) the turn passed as written: its echo ends in a question mark
    # that simplifying makes 。 (导师：免考？不行，…); both readers simplify after dropping it
    return _said_lawfully(asked, text[m.end() : stop])


#: (issue 9, session 66, lawful2) A turn spaced out one character at a time: three Chinese
#: characters in a row, each set off by one space (本 人 带).
_SPACED_OUT = recache.compile(r"[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]")


#: (issue 9, session 63, panel2) A turn naming teaching as all the school does (我们只负责培训; 只做
#: 培训; 只管教学): the refusal's own reason, its contact the enrolment's.
_TRAINING_ONLY = recache.compile(
    r"只(?:负责|做|管|提供|是)(?:考前)?(?:培训|教学?|辅导|授课|上课)"
    # (issue 9, session 64, review90) 仅 for 只 (我们仅提供培训), and the school naming itself a
    # training body only (我们只是培训机构 / 只是一家培训学校)
    r"|仅(?:负责|做|提供)(?:考前)?(?:培训|教学|辅导|授课)"
    r"|只是(?:一家|一个)?培训(?:机构|学校|班)"
)
#: ... and the call words of the contact itself, which ``_DENY_TAKEN_BACK`` would read as taken back.
_CALL_WORD = recache.compile(r"加[vV微]|私我|私聊")


def _refused_for_training(said: str) -> bool:
    """Whether a chat turn ``said`` (its label dropped, simplified) refuses the guarantee or the
    skip at its opening (``_TEACHER_DENY`` or ``_DENIES``, an echo dropped first), takes nothing
    back (``_denial_taken_back``; ``_DENY_TAKEN_BACK`` save the contact's call words) and names
    teaching as all it does (``_TRAINING_ONLY``). (session 64, review95) ``said`` may come as
    written: the echo is dropped before the turn is simplified (its ？ would be 。 after)."""
    if (echo := _TURN_ECHO.match(said)) is not None:
        said = said[echo.end() :]
    said = simplify_chars(said)
    no = _TEACHER_DENY.match(said) or _DENIES.match(said)
    reason = _TRAINING_ONLY.search(said) is not None or (
        # (issue 9, session 64, review90) or the exam kept in person as the refusal's reason (老师：
        # 不能，必须本人参加考试，报名加微信 …): the school's no with its own enrolment line
        _EXAM_IN_PERSON.search(said) is not None and _EXAM_SENT_BACK.search(said) is None
    )
    if no is None or not reason or _denial_taken_back(said, no.end()):
        return False
    return all(_CALL_WORD.fullmatch(t.group(0)) for t in _DENY_TAKEN_BACK.finditer(said))


def _said_lawfully(asked: str, said: str) -> bool:
    """``_turn_answers_lawfully`` on the question's words ``asked`` and the turn's ``said`` (its
    label dropped): an echo of the asked words opening it is dropped. (session 64, review95)
    ``said`` may come as written, so that the echo's question mark is still one; it is simplified
    after the echo is dropped."""
    if (echo := _TURN_ECHO.match(said)) is not None:
        said = said[echo.end() :]
    said = simplify_chars(said)
    if _DENIES.match(said) is not None and _DENY_TAKEN_BACK.search(said) is None:
        return True
    if sends_to_exam(said) or (
        _EXAM_IN_PERSON.search(said) is not None and _EXAM_SENT_BACK.search(said) is None
    ):
        return True
    return _ASKED_RENEWAL.search(asked) is not None and _RENEWAL_ROUTE.search(said) is not None


_WH = recache.compile(
    "什么|哪些|哪里|哪儿|如何|怎么|怎样|为什么|为何|多少|多久|多长|几天|是否|有何"
)
_DENIES = recache.compile(
    r"[\s]*(?:(?:答|回答|解答|律师答|编辑回复|回复|A)[：:]|不能|不可以|不行|不是|不会|不可能|当然不|并不|没有"
    r"|假的|骗人的|谣言|不实|别信)"
)
#: (session 37) a flash's or a fact-check's verdict right after the rumour it asks about
#: (电工证不用考就能拿？假的！; ……？别信！): the question is the rumour's, not the seller's hook
_DEBUNKED = recache.compile(
    r"[\s]*(?:假的|是假的|骗人的|都是骗人的|谣言|不实|别信|千万别信|当然不是|不可能)[！!。，,]"
    # (session 45, qa) or a community Q&A answer labelled as such that denies it (问：一建有包过班吗？
    # 答：没有哪家敢保证…; 答：不能，…; 答：不靠谱，…): a seller answers its own hook with yes
    # (session 46, miss) the shop's own service answering the buyer's question no (客户问：能保证通过吗？
    # 客服答：不能保证，…): an honest shop, not a seller's hook
    r"|\s*(?:(?:客服|卖家|商家|店家|掌柜|机构|老师)?(?:答|回答|回复)|网友回复|热心网友|最佳答案|最佳回答"
    r"|已采纳回答|采纳回答)\d?[：:]\s*"
    r"(?:没有哪|没有任何|没有人能|谁也不能|不能|不可以|不行|不靠谱|别信|千万别|假的|骗人的|都是骗)"
)

#: (issue 9, session 46, fa) the answer under a question that says nobody can promise the pass
#: (问：培训班能保证通过吗？答：任何培训机构都不能保证…; 答：谁都保证不了; a chat's 你们包过吗 / 李老师 /
#: 不包过): the asker's 保证 and 包过 are the question's words, and the answer, labelled or under a
#: short speaker's name, denies them. A seller who says 别家不敢保证 answers with its own pitch and
#: no label, so the unlabelled form takes only a hard denial right after a name of a few characters.
_ANSWER_DENIES = recache.compile(
    r"\s*(?:答|回答|回复|网友回复|热心网友|最佳答案|最佳回答|已采纳回答|采纳回答|老师|客服|A)\d?[：:]\s*"
    # (session 53, left13) the school first says what it is (答：我们是正规培训机构，不包过，…;
    # 答：本中心是持证机构，从不承诺…): the same denial after a clause in the school's own name
    r"(?:(?:我们|我校|本校|本中心|本机构)(?:是|属于)[^，,。！？!?]{1,12}[，,]\s*)?"
    # (session 55, fa8) the school names every class it runs before the denial (普通班和强化班都不
    # 承诺通过; 本中心所有班型均不承诺; 基础班、提高班一律不承诺): the denial covers them all. Only
    # with 都 / 均 / 一律: 普通班不承诺，VIP班包过 denies one class to sell the other
    r"(?:[^，,。！？!?\n]{0,12}?(?:班|班型|班次|课程)(?:也)?(?:都|均|一律|全都|一概)(?:是)?)?"
    r"(?:(?:任何|所有)[^，,。！？!?]{0,8}?都(?:不能|不会|不敢|没法|无法)|谁(?:都|也)(?:不|没|保证不了)"
    r"|(?:不包过|不保过)(?!(?:那?是|这事是?)?(?:不可能|没有的事))"
    + _NO_FEE_TERM_NOT
    + r"|保证不了|包不了|没法保证|无法保证|不能保证|不敢保证"
    # (session 62, review77) with 这个 / 真 before it (客服：这个真包不了，…能不能过看自己): read in
    # the learner's sentence once the chat's two lines are no longer one panel (``_panel``)
    r"|(?:这个|这)?(?:真的?|实在|确实)(?:保证不了|包不了)"
    # (issue 9, session 66, review107) or 这个 alone (客服：这个保证不了哈): the same refusal
    r"|(?:这个|这)(?:保证不了|包不了)"
    # (session 52, left12) a school's own FAQ answering in its name (答：我校不保证通过，…学费不退;
    # A：不能。本校不承诺考试通过): the same denial; the seller's no-pass-no-fee term (不保证通过的
    # 不收费) is no denial
    r"|(?:不能[。，,！!]?)?(?:我校|本校|本中心|本机构|我们)?(?:从不|从来不|不|并不)(?:做|作)?(?:包过|保过)?(?:保证|承诺)"
    r"(?![^，,。！？!?]{0,6}?的?(?:不收|不要钱|免费|全退|退))"
    r")"
    r"|[\u4e00-\u9fff]{0,4}?(?:(?:不包过|不保过)" + _NO_FEE_TERM_NOT + r"|包不了|保证不了)"
)
_ANSWER_DENIES_WEIGHT = 2
#: (issue 9, session 63, panel2) A short speaker's label with a zero-width or format character
#: between each of its characters (回\u200b复：, which ``simplify_chars`` leaves as ``\x00``):
#: ``StanceReader._answered`` reads such a turn unseparated. Not a spaced label (商 家：): a spaced
#: copy of a reporter's or a victim's transcript keeps its frame unread elsewhere (记 者 假 扮 …;
#: … 已 经 报 警 了), so its answer read clean would turn the reported chat into the writer's hook.
_SPACED_LABEL = recache.compile(
    r"[ \t\u3000]*[\u4e00-\u9fff](?:[\x00\u200b-\u200f\u2060\ufeff]+[\u4e00-\u9fff]){1,4}"
    r"[\x00\u200b-\u200f\u2060\ufeff]*[：:]"
)
#: (issue 9, session 61, review63) The unlabelled answer that says no outright (能免考？当然不能，…;
#: 能免考吗？肯定不行！…; 不能，想报名的评论区扣1): the denial as a labelled 答：不能 is, so a page word
#: after it (评论区扣1) no longer outweighs the question. A seller's no goes on to a question or a turn
#: (不能？找我们就能; 不能，但我们有内部渠道), which this leaves to the other readings.
_PLAIN_DENIED = recache.compile(
    r"\s*(?:当然|肯定|绝对|根本)?(?:不能|不行|不可以)[！!。，,]+"
    r"(?!\s*(?:但|不过|可是|可|然而|除非|只有|除了|加|私|联系))"
    # (session 61, review68) 找 / 来 turn to the writer only where no school's route follows (不能，来我们
    # 学校报名参加培训考试吧: the school's own call, not 不能？找我们就能)
    # (session 62, review78) nor where the writer says it can do no more (找我们也不包过; 找我们也没用)
    r"(?!\s*(?:找|来)(?![^。，！？!?,]{0,10}(?:学校|报名|参加|培训|考试|学习|也不包|也不保|也没用|也没办法"
    r"|也办不|也拿不|也不能)))"
    # nor where the rest asks who wants the thing itself or hands it over in private (不能，想办的评论区
    # 扣1; 不行，想要的扣1私发): a lawful call asks who wants to enrol or to take the exam;
    # (session 61, review68) 有需要的 is no 要的; the seller's own way (评论区扣1，我们有办法让你拿证;
    # 教你怎么不考拿证) is no lawful call
    r"(?![^。！？!?]{0,16}(?:想办|要办|想要|(?<!需)要的"
    # (session 62, review78) 想拿 / 要拿 not before the exam's own route (没有门路可走，想拿证就报名参加
    # 培训考试): who wants the certificate is sent to enrol, not served
    r"|(?:想拿|要拿)(?![^，,。！!？?]{0,3}(?:就|请|须|必须|得|只能)?(?:报名|参加|去考|考试|培训))"
    r"|私发|私聊|私我|加[vV微威薇]|渠道"
    # (session 62, review73) not 没有办法 (当然不能，没有办法，只能老老实实报名参加考试) nor the skip
    # judged as a class (不用考就拿证的都是假证); the seller's 有路子 / 包拿证 / 能搞定 too;
    # (session 62, review78) and 保过 / 保拿 (我们保过), but none of them judged as a class either
    # (说自己有门路的都是骗子; 说包过的全是忽悠) nor denied to anyone (没有人能搞定)
    r"|(?:(?<!没)有办法|(?<!没)有门路|(?<!没)有路子|(?<![不没])包拿|(?<![不没])包过|(?<![不没])保过"
    r"|(?<![不没])保拿|(?<!没有人)(?<!没人)(?<!谁也)(?<!谁都)能搞定"
    r"|不考拿|不考也|不用考也|不用考就|直接拿)(?![^，,。！!？?]{0,6}的(?:都|全|全都|基本)?(?:是|属于))))"
)
#: (session 52, left12) A lawful errand asked and answered plainly (``_errand_answered``).
_ERRAND_WEIGHT = 2


#: (issue 9, session 62, left34) The buyer's skip asked, denied in one word and at once turned to the
#: writer's own way (焊工证能不考直接拿吗？当然不能，不过我这有办法，私聊; …当然不行，但我有渠道):
#: the seller's hook, the no only its foil. The way must be the writer's and end its clause (有办法，
#: 私聊); a school's way to help (但我们有办法帮你提高通过率), its courses (不过我们可以帮你报名培训)
#: or 没有办法 stay the no they are. Read here by ``Stance._answered`` (the question answered) and by
#: ``lexicon.silence`` (the question's 拿吗 no warning).
#: (session 63, review85) and said a little otherwise: 当然不可能; the official way named before the no
#: (正常当然不能, 官方渠道肯定不行: the seller's own way is the other one); the way called 内部 / 特殊
#: (不过我这有内部渠道); a tilde between the clauses (当然不能~不过我这有办法~私聊: the cleaned text
#: drops it, so the clauses may touch and the call follow the way at once).
#: (session 63, left36) and the way as the writer's plain can-do (不过我们能搞定 / 但我们这边能办).
DENIED_OWN_WAY = recache.compile(
    r"[。，,？?！!~～\s]*(?:(?:正常|一般|正规|官方)(?:渠道|途径|流程|来说|情况下?)?[，,\s]*)?"
    # (session 63, review89) a spoken particle after the no (当然不能嘛; 肯定不行哈; 当然不行啊)
    # (session 64, review92) and the no said with 是 (一般是不行的，不过我们能搞定)
    r"(?:当然|肯定|绝对|根本)?是?(?:不能|不行|不可以|不可能)(?:啦|的|呢|哦|呀|哈|嘛|啊|呐|哇)?"
    r"[。，,！!~～\s]*"
    # (session 64, review92) 找我们 too (不过找我们能搞定，私聊)
    r"(?:不过|但是?|可是)[，,\s]*找?(?:我们?|俺们?|咱们?|本店|我司|我家)(?:这边|这里|这儿|这)?"
    # (session 63, review89) and the way called 门道 / 法子 (不过俺这有门道，私聊)
    r"(?:(?:真|确实|是)?有(?:内部|特殊|特别|别的|其他|自己的?)?(?:办法|渠道|门路|路子|门道|法子)"
    # (session 64, review92) the way then said done (不过我们有办法搞定，私聊)
    r"(?:搞定|办到|办下来)?"
    # (session 63, left36) or the writer's can-do said outright (一般不行，不过我们能搞定，私我; 但我们
    # 可以办): the clause must end there, so 能安排培训 / 可以帮你报名 stay the school's help;
    # (session 64, review92) a particle may close it (不过我们可以搞定的，私聊)
    r"|(?:都|也|就)?(?:能|可以)(?:搞定|办到|办下来|办|解决|拿到证|拿证)(?:的|啦|哈|哦|呢)?)"
    r"(?=[，,。！!~～\s]|$|私聊|私我|私信|加v|加微|加我|v我|vx|微信)"
    # (session 63, review85) the way then told as the lawful one (但我们有渠道，应急管理局认可的正规
    # 考点，本人考试; 不过我们有门路，报名培训后本人考试): the school's route, no hook; not the
    # person spared (有办法，不用本人到场 / 无需本人考试: the seller's skip)
    # (session 63, review89) and the route not then made the skip (报名培训就不用考; 参加培训就能免考;
    # 培训班交钱就不用考: the seller's course is the cover, the skip the offer)
    r"(?![^。！!？?\n]{0,20}?(?:(?<![不用需免])本人(?:考|参加)|考试本人|应急管理|报名培训|参加培训|培训班"
    r"|认真学|好好学)(?![^，,。！!？?\n]{0,8}?(?:不用考|不需要考|无需考|免考|免试|不考|直接拿|直接发)))"
)

#: (issue 9, session 65, review101) The writer's own reply right after its question, in its own
#: name, that sells (read by ``Stance._answered`` on the unlabelled answer, simplified: ？ is 。):
#: the refusal asked back and answered by the writer's dare (电工证包过？不敢保证？我们敢，稳过); the
#: rivals' no and the writer's can-do (焊工证能免考吗？别人不行，我们能搞定); the asker told it only
#: went to the wrong people (…的都是假证？那是你没找对人，扣1; 那是你门路不对). A school's 我们也不行,
#: 我们敢保证的是教学质量 and 那是你没找对方法 match nothing; the lawful route after it (``_REPLY_LAWFUL``)
#: or a judgement of the trade (``_REPLY_JUDGED``) keeps the reply the school's.
_OWN_REPLY = recache.compile(
    r"[\s。，,]*(?:"
    r"(?:(?:不敢|不能|没人敢|没有人敢|谁敢)(?:保证|承诺|说|打包票)?|保证不了)[吗么呢]?[。？?]+[\s]*(?:但|可)?"
    r"(?:我们|我|本校|我校|本店|咱们|咱|我家)(?:就|偏|偏偏|可|真)?敢(?:说|讲)?(?=[。，,！!~～\s]|$)"
    r"|(?:别人家?|别家|别的(?:机构|学校|地方|家)|(?:其他|其它)(?:家|人|机构|地方)|外面|人家)"
    # (issue 9, session 68, sold3) the rivals' no may be said (别家说不能，我们可以，私聊)
    r"(?:都|那里|那边|那儿)?(?:都?说)?(?:不行|不能|办不了|做不到|搞不定|不可以)[，,。！!~～\s]*(?:但是?|不过|可是?)?"
    r"[，,\s]*在?(?:我们?|本店|咱们?|我家|我司)(?:这边|这里|这儿|这)?(?:都|就|肯定|绝对)?"
    r"(?:能|可以|行)(?:搞定|办到|办下来|办|解决|拿到证|拿证)?(?:的|啦|哈|哦|呢)?"
    r"(?=[，,。！!~～\s]|$|私聊|私我|私信|加v|加微|加我|v我|vx|微信)"
    r"|(?:那|这)?(?:是|只是|说明)?你(?:没|没有|还没)(?:找对|找到|遇到|碰到)(?:人|门路|路子|渠道|我们|我)"
    r"|(?:那|这)?(?:是|只是|说明)?你的?(?:门路|路子|渠道)不对"
    # the no, then whoever wants it done served in private (肯定不能，要办的私聊; 当然不能，想办的评论区
    # 扣1私发): the seller's wink, which ``_PLAIN_DENIED`` already refuses to read as a no
    r"|(?:当然|肯定|绝对|根本)?(?:不能|不行|不可以)[。，,！!~～\s]+"
    r"(?=[^。]{0,8}?(?:想办|要办|需要办|想要的)[^。]{0,8}?(?:扣[1一]|私发|私聊|私我|私信|加[vV微威薇]|滴滴|找我))"
    r")"
)
#: …or, after a question that itself dares (谁敢包过？; 敢说…的都是骗子？), the writer's bare dare (我敢！签协议;
#: 我敢说，在我这包过).
_DARE_REPLY = recache.compile(
    r"[\s。，,]*(?:但|可)?(?:我们|我|本校|我校|本店|咱们|咱|我家)(?:就|偏|偏偏|可|真)?敢(?:说|讲)?"
    r"(?=[。，,！!~～\s]|$)"
)
#: The reply then names the lawful route or the school's limit (我们也不行，必须本人考; …考试靠自己).
_REPLY_LAWFUL = recache.compile(
    r"(?<![不用需免])本人(?:考|参加|到)|考试本人|靠自己|应急管理|报名培训|参加培训|认真学|好好学|只负责教学"
)
#: …or judges the trade (我敢说，包过的都是骗子).
_REPLY_JUDGED = recache.compile(r"骗|假的|假证|违法|犯法|谣|坑人|不可能")
_REPLY_REACH = 24


def own_reply(asked: str, line: str) -> bool:
    """Whether ``line`` (the unlabelled answer, simplified) is the writer's own selling reply to
    the question ``asked`` (the words before its mark): ``_OWN_REPLY``, or ``_DARE_REPLY`` after a
    question that dares, with no lawful route or judgement of the trade right after it."""
    m = _OWN_REPLY.match(line)
    if m is None and "敢" in asked:
        m = _DARE_REPLY.match(line)
    if m is None:
        return False
    rest = line[m.end() : m.end() + _REPLY_REACH]
    return _REPLY_LAWFUL.search(rest) is None and _REPLY_JUDGED.search(rest) is None


#: A question closed by its line's end, not a mark (复审要体检吗\n答：…).
_ASKED_BY_LINE = recache.compile(r"[吗么][ \t]*\n")


def _paid_waiver_inside(text: str, start: int, end: int) -> bool:
    """(issue 9, session 53, left13) Whether the candidate runs from a renewal question closed by
    its line's end (no mark: 叉车证复审要体检吗\n答：…) into a labelled answer that waives the step for
    the money alone (``_waived_for_pay``): the seller's offer, the question its hook."""
    asked = _ASKED_BY_LINE.search(text, start, end)
    if asked is None:
        return False
    label = _ANSWER_LABEL.match(text, asked.end()) or _SHOP_ANSWER_LABEL.match(text, asked.end())
    if label is None:
        return False
    lo = max(0, asked.start() - _ERRAND_REACH)
    lo = max((m.end() for m in _QUESTION_START.finditer(text, lo, asked.start())), default=lo)
    said = simplify_chars(text[label.end() : label.end() + _ANSWER_REACH])
    return _waived_for_pay(
        simplify_chars(text[lo : asked.start() + 1]), said
    ) and not _victim_retells(text, lo, label.end() + _ANSWER_REACH)


def _labelled_waiver(text: str, lo: int, sent: str) -> bool:
    """(issue 9, session 55, left17) Whether ``sent``, starting at ``lo``, is the shop's labelled
    turn (店主：, 卖家：, 老板：) answering a renewal question on the line before with the step
    waived for the money alone (问：电工证复审要去吗\n店主：不用去，付款就行，三天出证): the label is
    the seller's own voice, not a speech frame the writer reports, as ``_answered`` reads it
    for a candidate in the question. A victim's retold exchange stays a report."""
    shop = _SHOP_ANSWER_LABEL.match(sent)
    if shop is None or not text[:lo].rstrip(" \t").endswith("\n"):
        return False
    ask = len(text[:lo].rstrip())
    reach = max(0, ask - _ERRAND_REACH)
    start = max((m.end() for m in _QUESTION_START.finditer(text, reach, ask)), default=reach)
    return _waived_for_pay(
        simplify_chars(text[start:ask]), simplify_chars(sent[shop.end() :])
    ) and not _victim_retells(text, start, lo + len(sent))


def _asked_inside(text: str, start: int, end: int) -> int:
    """The offset of the first question mark inside ``text[start:end]``, or -1."""
    found = [i for q in _QUESTION if (i := text.find(q, start, end)) >= 0]
    return min(found) if found else -1


def _buyer(sent: str, a: int) -> str | None:
    """The buyer's word a request opens with (求 健康证 出 私我, 求购 叉车证), when the
    candidate follows it within a few characters; 出 after the thing asks who sells (出X, X 出
    without it is the seller's)."""
    head = sent[:a].lstrip(LEAD)
    whole = not head  # the candidate opens the sentence (the learned scorer's whole sentence)
    head = head or sent[a : a + 12].lstrip(LEAD)
    if not head or head[0] not in _BUYER_FIRST:
        return None
    m = (_BUYER_OPENS if whole else _BUYER).match(unseparated(head)[0])
    flat = unseparated(sent)[0]
    if m is None or _RENTS.search(flat) or _SELLS.search(flat) or _SKIPS_EXAM.search(flat):
        # 高价收证, 求 二建 挂靠: collecting certificates to rent is the trade (CS-204);
        # 急收 电工证 代办 包过: a seller's service behind a buyer's word
        return None
    return m.group(1)


#: (session 38, left) An employer turning away bought papers (焊工证，不用考的不要; 买的、免考的一律
#:不要; 不考试弄来的证别来; 不用考就拿的证别投简历): a paper got without the exam named, then refused
#: at a clause's end. The seller's own 不要 runs on (不用考的不要错过, 不要犹豫).
_REFUSES = recache.compile(
    r"(?:的|证)(?:都|也|一律|统统|概|一概)?(?:不要|别来|免谈|勿扰|勿投|别投简历|不收|不考虑)"
    r"(?=[，,。；;！!…\s]|$)"
)
_REFUSED = recache.compile("不用考|不考试|免考|不考|买的|花钱|假证|查不到")
#: the refusal's words on the raw sentence: most sentences have none and are not read again
_REFUSE_HINT = recache.compile("不要|别来|免谈|勿扰|勿投|别投|不收|不考虑")


def _refuses(sent: str) -> str | None:
    """The employer's refusal of a paper got without the exam (see :data:`_REFUSES`), when the
    sentence names such a paper before it."""
    if not _REFUSE_HINT.search(sent):
        return None
    flat = unseparated(sent)[0]
    m = _REFUSES.search(flat)
    if m is None or not _REFUSED.search(flat, 0, m.start()):
        return None
    return m.group(0)


def _jobseek(sent: str) -> str | None:
    """The job seeker's words (找活干, 求长期工作) that end a clause of ``sent``, when nothing in it
    sells, rents or speaks for an organization (see :data:`_JOBSEEK`)."""
    flat = unseparated(sent)[0]
    # (session 40, jobs) a classified post ends its clauses with spaces, not commas (求职 电工证
    # 焊工证都有 找长期活 微信同号 …); the flattened text has lost them, so the sentence as
    # written is read as well
    m = _JOBSEEK.search(flat) or _JOBSEEK.search(sent)
    if m is None or _SELLS.search(flat) or _RENTS.search(flat) or _JOB_SELLS.search(flat):
        return None
    return m.group(0)


#: (session 35, helper reports) A contact the writer names as someone else's: "的" (or 其, 对方,
#: 该) and the kind of contact, 为 or 是, right before it (该团伙的联系方式为 137…, 他留下的电话是 …,
#: 对方微信号为 …). Not the writer's own (我的微信是, 本店的电话是) nor its desk's (咨询的电话是,
#: 报名的号码为).
_KINDS = r"(?:联系方式|联系电话|电话号码|手机号码|手机号|电话|手机|号码|微信号|微信|QQ号|QQ|qq号|qq|账号)"
_DESCRIBED = recache.compile(
    rf"(?:(?:的|其|对方|该){_KINDS}(?:为|是)"
    # (issue 9, session 45, victims) the other side's or the scammer's number with no 为 / 是
    # (对方微信号 hg-…，请平台帮忙追回; 骗子手机 137…; 那人的QQ …): a victim's complaint names the
    # seller it complains of, no seller calls itself 对方 or 骗子
    # (the contact reader's span may hold the kind word itself: 对方|微信号 hg-…)
    rf"|(?:对方|骗子|那人|此人|该人|该男子|该女子)的?(?:{_KINDS}(?:叫|为|是)?)?"
    # (the broker or the man the victim dealt with, named with the kind of number: 那个说叉车证
    # 免考的中介电话 139…; 办证那人的微信 …; the broker pointed at or described, 那家中介, …的中介:
    # a seller calls itself a broker too, 持证中介电话 / 正规中介微信, session 46, review)
    rf"|(?:(?:那个|那家|该|的)中介|那个人|这个人)的?{_KINDS}(?:叫|为|是)?"
    # (session 47, lead) his or her number told, not passed on (遇到骗子了 … 他的微信 dg-77，大家
    # 小心): a shill hands it over with 加 / 找 / 联系 (加他的微信, 找她的微信)
    rf"|(?<![加找系])[他她]的(?:{_KINDS}(?:叫|为|是)?)?)[：:]?\s*$"
)
#: (session 47, review2) The writer warning of the man whose number it tells (遇到骗子了 … 他的微信
#: dg-77，大家小心), within ``_TOLD_REACH`` of the number: a shill never writes these.
#: (session 48, review3) Nor the shill's reassurance: the buyer's fear answered (怕被骗的可以先
#: 看证再给钱) or care taken with the number (小心别打错): a victim's 小心 warns of the man.
_TOLD_WARNS = recache.compile(
    r"(?<![不没怕])(?<!怕被)骗|小心(?![别不])|当心|谨防|警惕|别信|不要信|上当|举报|报警|曝光|避雷|拉黑"
)
_TOLD_REACH = 80
_DESCRIBED_OWN = recache.compile(
    r"(?:" + _SELF.pattern + r"|我|咨询|报名|办理|联系|预约|订购|购买)的$"
)


def _own_call(
    text: str,
    lo: int,
    hi: int,
    contacts: list[tuple[int, int]],
    frames: list[str],
    quote: tuple[int, int] | None,
) -> bool:
    """Whether the writer gives a number of its own in the sentence ``text[lo:hi]``: one not
    framed, not quoted and not named as someone else's (该团伙的QQ号为 …). A court or a story
    tells a deal's price, buyers and tally (以每份80元的价格出售, 向考生出售, 二百余本) without one;
    a seller writing the same shape puts its number beside it (…出售，QQ …), and there the
    shape is its own price and stock, not a report (issue 9, session 54, review23)."""
    if frames or quote is not None:
        return False
    return any(
        lo <= c[0] < hi and not _described_contact(text, lo, c[0]) and not _deal_tool(text, lo, c)
        for c in contacts
    )


#: (issue 9, session 55, review24) The number a story's subject sold through, told as the deal's
#: instrument (被告人在微信号 … 上以每本300元的价格出售; 李某通过QQ … 以每份150元的价格出售; 利用
#: 手机号 …): the preposition before it, a named party before that (``_TOOL_SUBJECT``) and the
#: narrated price straight after make it part of the account. A seller gives its number after its
#: price (…出售，QQ …), to be called (通过QQ … 联系) or with no party named (通过微信 … 以每本300元
#: 出售). Also the number the writer reached the other side through (记者通过微信 … 联系上对方).
_TOOL_BEFORE = recache.compile(
    rf"(?:在|通过|利用|使用|借助|用)(?:其|自己的?|个人的?)?(?:{_KINDS})?[：:\s]*$"
)
_TOOL_AFTER = recache.compile(rf"\s*(?:上|中|里)?\s*(?:{_NARRATED_PRICE.pattern})")
_TOOL_SUBJECT = recache.compile(
    # (session 56, review29) 男子汉 is a brand's boast (男子汉焊工证), no man in a story; 某宝,
    # 某鱼, 某音 … the platforms a seller names coyly (本店在某宝也有店), no party
    r"被告人|嫌疑人|被害人|[\u4e00-\u9fff]某(?!宝|鱼|音|红书|多多)"
    r"|该(?:团伙|男子|女子|人|公司|机构|中介)|男子(?!汉)|女子|团伙"
)
_TOOL_REACHED = recache.compile(
    r"\s*(?:联系上|联系到|找到|加上)了?(?:对方|卖家|商家|中介|此人|那人)"
)
#: (session 55, review27) A 某 or 男子 straight before a paper or a shop word names the shop or
#: the goods (王某焊工证直销, 李某证件工作室, 男子焊工证), no party in a story.
_TOOL_SUBJECT_NAMES = recache.compile(
    r"的?(?:(?:特种作业|高压|低压|高处作业)?(?:电工|焊工|电焊工?|登高|叉车|制冷|司炉|架子工|安全员"
    r"|操作)证|证件|证书|工作室|办证|代办)"
)
#: ... and the shop's own word between the party and the number (该团伙曾被曝光，我们通过微信 … 以
#: 每本N元出售) makes the writer the one who sells; 本人 is left out, a court may name the
#: accused's own account with it.
_TOOL_SELF = recache.compile(r"(?!本人)(?:" + _SELF.pattern + r")")
#: (session 56, review29) ... unless the party itself is the one speaking, right after its name
#: (被告人王某供述，我们通过微信 …; 嫌疑人李某交代说，本店通过微信 …; 刘某在庭上称：我们 …): the
#: self word is the accused's own in the confession the report quotes, not the writer's.
_TOOL_PARTY_SAYS = recache.compile(
    r"[^，,。；;：:！!？?\n]{0,6}?(?:供述|供称|供认|交代|承认|坦言|坦白|辩称|声称|称|说)"
)


def _deal_tool(text: str, lo: int, contact: tuple[int, int]) -> bool:
    """Whether the contact ``contact`` in the sentence from ``lo`` is the instrument of a sale a
    named party made (``_TOOL_BEFORE`` … ``_TOOL_AFTER``) or of the writer reaching the other
    side (``_TOOL_REACHED``), not the writer's own number."""
    start = max(lo, contact[0] - 12)
    tool = _TOOL_BEFORE.search(simplify_chars(text[start : contact[0]]))
    if tool is None:
        return False
    after = simplify_chars(text[contact[1] : contact[1] + 40])
    if _TOOL_REACHED.match(after):
        return True
    if _TOOL_AFTER.match(after) is None:
        return False
    at = start + tool.start()
    parties = [
        m.end()
        for m in _TOOL_SUBJECT.finditer(text, lo, at)
        if _TOOL_SUBJECT_NAMES.match(text, m.end()) is None
    ]
    if not parties:
        return False
    own = _TOOL_SELF.search(text, parties[-1], at)
    return own is None or _TOOL_PARTY_SAYS.match(text, parties[-1], own.start()) is not None


#: (issue 9, session 56, fa9) The number a named party left in its ad, told in a court's or a
#: story's account (被告人李某在网上发布广告，留下联系电话 …，伪造印章两枚; 嫌疑人张某发帖并留下
#: 手机号 …): 留下 and the kind of number right before it, a party (``_TOOL_SUBJECT``, not a shop's
#: name) earlier in the sentence and none of the writer's own words between them. A seller asks
#: the reader to leave a number (请留下联系电话) and names no accused.
_LEFT_BY = recache.compile(rf"(?<![请您你])留下了?(?:的)?{_KINDS}(?:为|是)?[：:]?\s*$")


def _left_by_party(text: str, lo: int, at: int, before: str) -> bool:
    """Whether the contact at ``at`` is the number a named party left (``_LEFT_BY``)."""
    left = _LEFT_BY.search(before)
    if left is None:
        return False
    parties = [
        m.end()
        for m in _TOOL_SUBJECT.finditer(text, lo, at)
        if _TOOL_SUBJECT_NAMES.match(text, m.end()) is None
    ]
    return bool(parties) and _TOOL_SELF.search(text, parties[-1], at) is None


def _described_contact(text: str, lo: int, at: int) -> bool:
    """Whether the contact at ``at`` is named by the writer as someone else's (see
    ``_DESCRIBED``, ``_LEFT_BY``), read within its sentence from ``lo``."""
    before = simplify_chars(text[max(lo, at - 16) : at])
    if _left_by_party(text, lo, at, before):
        return True
    m = _DESCRIBED.search(before)
    if m is None:
        return False
    head = before[: m.start() + (1 if m.group(0).startswith("的") else 0)]
    if _DESCRIBED_OWN.search(head) is not None:
        return False
    if m.group(0)[0] in "他她":
        # (session 47, review2) a bare 他的微信 is a shill's handover as readily (我表哥能办，焊工证
        # 免考，他的微信 …): his number is told, not passed on, only where the writer warns of him
        return _TOLD_WARNS.search(text, max(0, at - _TOLD_REACH), at + _TOLD_REACH) is not None
    return True


def _heard(
    sent: str,
    own_end: int,
    frames: list[str],
    contacts: list[tuple[int, int]],
    start: int,
    end: int,
) -> bool:
    """True when the words after the frame are someone else's and no number or id stands near
    to take an offer up, and the writer is not the seller speaking of itself."""
    if not frames or _SELF.search(unseparated(sent[:own_end])[0]):
        return False
    return not any(c[0] < end + _CONTACT_NEAR and c[1] > start - _CONTACT_NEAR for c in contacts)


#: Dashes that lead a note: the double dash and its ASCII form, and (session 39) the single
#: em, horizontal-bar, full-width and en dashes pages and phones type for it.
_DASH = recache.compile(r"——|--|[—―－–]")


#: (issue 9, session 48, accidents) A record of questioning by its title (询问笔录, 讯问笔录, 调查笔录,
#: 谈话笔录, 询问记录 …) and an answer line in it (答：…, 被询问人：…): a seller's FAQ answers 答：
#: too, but never under such a title.
#: (session 49, review4) A 记录 is a record only after the office's verbs, and no title is one
#: after a shop's or its customers' word: a seller's FAQ headed 客户问询记录 / 学员咨询记录 /
#: 本店调查记录 answers 答：能，三天出证 in its own voice.
_RECORD_TITLE = recache.compile(
    r"(?<!客户)(?<!顾客)(?<!学员)(?<!用户)(?<!买家)(?<!网友)(?<!粉丝)(?<!常见)(?<!热门)(?<!在线)"
    r"(?<!本店)(?<!本校)(?<!我们)(?<!我司)(?<!咨询)(?<!市场)(?<!满意度)"
    r"(?:(?:询问|讯问|调查|谈话|问询|庭审)笔录|(?:询问|讯问|庭审)记录)"
)
_RECORD_ANSWER = recache.compile(
    r"[ \t\u3000]*(?:答|回答|被询问人|被讯问人|被调查人|被谈话人)[：:]"
)
#: how far before the answer the record's title is looked for
_RECORD_REACH = 1200
#: how far back the answer line's start is looked for (an answer line is short)
_RECORD_LINE = 240


def _record_answer(text: str, start: int) -> str | None:
    """The title of the record of questioning whose answer line holds ``text[start:]``, or None."""
    # bounded like the other line readers: a hostile page may have no line breaks at all, and
    # an answer line is short
    line = text.rfind("\n", max(0, start - _RECORD_LINE), start) + 1
    if line == 0 and start > _RECORD_LINE:
        return None
    # (session 49, review4) read in simplified characters, as the rest of the stance reads them:
    # a record typed in traditional ones (詢問筆錄 … 答：) is as much the office's
    if not _RECORD_ANSWER.match(simplify_chars(text[line : line + 12])):
        return None
    titles = _RECORD_TITLE.findall(simplify_chars(text[max(0, line - _RECORD_REACH) : line]))
    return titles[-1] if titles else None  # (the nearest title before the answer)


def _dash_note(text: str, sent: str, lo: int, end: int) -> str | None:
    """A source note or back-reference led by a dash after the candidate, in its own sentence."""
    m = _DASH.search(sent, end - lo)
    return note_after(text, lo + m.start()) if m is not None else None


def _paired(sent: str) -> str:
    """``sent`` with closing marks that stand for both ends (”……” where a page or an OCR lost
    the opening mark) made pairs again: every other ” becomes “ when no “ is in the sentence."""
    if "”" not in sent or "“" in sent or sent.count("”") < 2:
        return sent
    out, opening = [], True
    for ch in sent:
        if ch == "”":
            out.append("“" if opening else "”")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


def _other_quotations(sent: str, a: int, b: int) -> str:
    """``sent`` with its closed quotations that do not hold ``sent[a:b]`` blanked (same
    length), when the writer says something outside them (at least four CJK characters): a
    line of quotations alone (“保真”“可查” 毕业证) is the ad's own, and left as it is."""
    quotes = [m for m in _QUOTES.finditer(sent) if not (m.start() <= a and b <= m.end())]
    if not quotes or len(_CJK.findall(_QUOTES.sub("", sent))) < 4:
        return sent
    out = list(sent)
    for m in quotes:
        out[m.start() : m.end()] = "、" * (m.end() - m.start())
    return "".join(out)


def _alternation(terms: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    return words_regex(terms)


def _mask_rx(words: list[str]) -> re.Pattern[str]:
    """The words a reader blanks before it reads its cues, and the buyer's fear answered by the
    seller's trust device (``_FEAR_MASK``), tried first: the longer reading where both start at
    one place."""
    return re.compile(
        _FEAR_MASK + "|" + _ANSWERED_FIELD + ("|" + words_pattern(words) if words else "")
    )


#: (issue 9, session 51, left8) A buyer's (or a reporter's) whole turn asking the price (顾客：价格 /
#: 买家：价钱多少 / 记者：多少钱呢), read on the normalized text where the label's colon is gone and
#: the line ends in 。: the price word is the one asking, not the seller's offer; the seller's answer
#: (卖家：八百) is read as its own turn. Group 1 is the asking words, blanked from the offer reading.
_BUYER_ASKS_PRICE = recache.compile(
    r"(?:^|[。！？!?])(?:买家|買家|顾客|顧客|客户|客戶|买方|買方|记者|記者|学员|學員)"
    r"((?:请问|那)?(?:价格|价钱|價格|價錢|报价|多少钱|多少錢)(?:是)?(?:多少|几多|怎么算)?(?:呢|啊|呀)?)"
    r"(?=[。！？!?]|$)"
)


def _blank_group(rx: re.Pattern[str], text: str) -> str:
    """``text`` with group 1 of each match of ``rx`` blanked (the label around it kept)."""
    out = list(text)
    for m in rx.finditer(text):
        out[m.start(1) : m.end(1)] = "\x02" * (m.end(1) - m.start(1))
    return "".join(out)


def _blank(mask: re.Pattern[str], text: str, keep: frozenset[str] = frozenset()) -> str:
    """``text`` with the matches of ``mask`` blanked, except the words of ``keep`` (cues
    that hold a masked word)."""
    return mask.sub(lambda m: m.group(0) if m.group(0) in keep else "\x02" * len(m.group(0)), text)


def ad_call_after(text: str, hi: int) -> re.Match[str] | None:
    """(issue 9, session 46, advertorial) The advertorial's call (``_AD_CALL_AFTER``) with a
    contact of the reader's in the ``_AD_NEAR`` characters after ``hi`` (a sentence's end), cut at
    a blank line; None where none stands, or where the paragraph names enforcement, a victim or a
    warning (``_AD_NEG``): a report's quoted phone line is its story's."""
    from lexicon.contacts import contact_spans

    after = text[hi : hi + _AD_NEAR]
    gap = after.find("\n\n")
    after = normalize(after[:gap] if gap >= 0 else after).text
    call = _AD_CALL_AFTER.search(after)
    if call is None:
        return None
    if not contact_spans(after) and not (
        _AD_CALL_SELLS.search(after) and _LANDLINE.search(normalize_light(text[hi : hi + _AD_NEAR]))
    ):
        # an office's landline under 联系人 is a notice's; a school's 报名热线 is a call
        return None
    if _AD_NEG.search(normalize(text[max(0, hi - 2 * _AD_NEAR) : hi + _AD_NEAR]).text):
        return None
    return call


def advertorial_quote(text: str, start: int, end: int) -> bool:
    """(issue 9, session 46, advertorial) Whether the quotation around ``text[start:end]`` is an
    advertorial's emphasis rather than a report's quote: its sentence, or the one after, is
    followed by the seller's call with a contact (:func:`ad_call_after`: 该校承诺“不过包退、一次
    拿证”…。联系电话：136…，报名从速). A report quoting a school's claim names no such call, or
    names the enforcement around it (宣传中称“通过率高达100%”…被罚款)."""
    lo, hi = _sentence(text, start, end)
    if "?" in text[lo:hi] or "？" in text[lo:hi]:
        return False
    if ad_call_after(text, hi) is not None:
        return True
    nlo, nhi = _sentence(text, min(len(text) - 1, hi + 1), min(len(text), hi + 2))
    return nlo >= hi and nhi - hi <= _AD_NEAR * 2 and ad_call_after(text, nhi) is not None


def framed(text: str, start: int, end: int) -> bool:
    """True when the sentence around ``[start, end)`` says something outside its quotations:
    a quote with a frame is someone's words reported; a line of quotes alone is the ad's."""
    lo, hi = _sentence(text, start, end)
    return len(_CJK.findall(_QUOTES.sub("", text[lo:hi]))) >= 4


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Public name of the sentence bounds the stage reads (the learned scorer reads the same)."""
    return _sentence(text, start, end)


#: (issue 9, session 35) One row of a listing's attribute panel (商品参数, 规格, 服务详情; a table's
#: cells become lines): a short key, a colon or a bar, a short value (证件类型：焊工证 / 考试|免 /
#: 【是否考试】无需考试).
_PANEL_ROW = recache.compile(
    r"[ \t\u3000]*"
    # (issue 9, session 45, qa) not a Q&A thread's posts (问：… / 答1：… / 2楼：… / 网友回复：…): each
    # post is its own writer's, a seller's answer and an honest one below it are not one listing
    r"(?!(?:问|答|追问|回答|回复|楼主|\d{1,3}楼|网友回复|网友回答|热心网友|最佳答案|最佳回答|采纳回答|"
    r"已采纳回答|答\d{1,2}|回答\d{1,2})[ \t\u3000]*[：:])"
    r"(?:[^\n：:|｜【】\[\]。！？!?，,]{1,10}[ \t\u3000]*[：:|｜]|[【\[][^\n】\]]{1,8}[】\]])"
    r"[^\n]{1,40}"
)
#: How far a panel is read either side of the candidate's row.
_PANEL_REACH = 240
#: (issue 9, session 63, panel1; review77's reading) A row that asks (学员：焊工证能免考吗？): a panel
#: states the offer's attributes, it asks nothing; a line ending in a question mark, or in the
#: buyer's urgency after one (能免考吗？急; 在线等, ``posts.urgent_tail``), is a chat's turn. The
#: question and the answer below it are two sentences, so a school's 老师：要本人考试 under the
#: learner's 能免考吗？ does not read the learner's words as its own.
_PANEL_ASKS = recache.compile(r"[？?][ \t\u3000]*$")


def _panel_row(row: str) -> bool:
    """Whether ``row`` reads as one row of an attribute panel (``_PANEL_ROW``), not a question."""
    return (
        _PANEL_ROW.fullmatch(row) is not None
        and _PANEL_ASKS.search(row) is None
        and urgent_tail(row) is None
    )


def _qa_post(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The bounds of the Q&A post holding ``[start, end)`` when the text is a thread of two or
    more labelled posts (问：… / 答1：… / 答2：…; session 45, threads: also 2楼：, 沙发：, 回复@某某：
    and a chat log's speakers, :func:`lexicon.posts.post_heads`) and the candidate stays inside
    one of them: from its labelled line to the next labelled line. None elsewhere."""
    heads = post_heads(text)
    if not heads:
        return None
    k = bisect_right(heads, start) - 1
    if k < 0:
        return None
    a = heads[k]
    b = heads[k + 1] - 1 if k + 1 < len(heads) else len(text)
    return (a, b) if end <= b else None


def _panel(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The rows of the attribute panel around ``[lo, hi)`` when every line it touches is such a
    row: a panel lists one offer, its rows are not sentences apart (品名：焊工证 / 本人到场：不需要 /
    价格：380元 reads as one listing). Bounds unchanged elsewhere, or for a panel of one row."""
    # (issue 9, session 70, engine2) read from the source's index (lexicon.lines), no scan back
    a = line_start(text, lo)
    b = find_any(text, "\n", hi)
    b = len(text) if b < 0 else b
    if not all(_panel_row(row) for row in text[a:b].split("\n")):
        return lo, hi
    # (session 45, threads) a chat log's lines (张师傅：… / 李工：…) look like a panel's rows: the
    # panel stays inside the candidate's post
    post = _qa_post(text, lo, hi)
    top, bottom = post if post is not None else (0, len(text))
    first, last = a, b
    while first > top and a - first < _PANEL_REACH:
        # (issue 9, session 70, engine2) read from the source's index (lexicon.lines), no scan back
        p = rfind_any(text, "\n", 0, first - 1) + 1
        if not _panel_row(text[p : first - 1]):
            break
        first = p
    while last < bottom and last - b < _PANEL_REACH:
        q = text.find("\n", last + 1)
        q = len(text) if q < 0 else q
        if not _panel_row(text[last + 1 : q]):
            break
        last = q
    if first == a and last == b:
        return lo, hi
    return min(lo, first), max(hi, last)


#: (session 36) The page around a sentence: the layout words only a seller's own page carries
#: (``terms/page_seller.yaml``) and those of a report, a notice or a job post
#: (``terms/page_report.yaml``), read once per page (normalized: 店 铺, 個性簽名) and only when a
#: candidate's sentence is judged.
_PAGE_SELLER = words_regex(term_words("page_seller"))
_PAGE_REPORT = words_regex(term_words("page_report"))
_PAGE_SELLER_WEIGHT = 2
#: How far the page is read either side of the sentence: the post, the listing, the message
#: thread it stands in (a long page's sidebar or another reply far down is another writer's).
_PAGE_REACH = 800
_page_last: list[Any] = [None, ()]


def _page_reads(
    text: str, lo: int, hi: int, norm: Normalized | None = None
) -> tuple[str | None, str | None]:
    """The first seller-page word and the first report-page word of ``text`` outside its
    sentence ``[lo, hi)`` and within ``_PAGE_REACH`` of it (None where there is none);
    ``norm`` is ``normalize(text)`` where the caller holds it."""
    last, marks = _page_last  # (one read: a scan in another thread may replace the pair)
    if last is not text:
        n = norm if norm is not None else normalize(text)
        marks = [
            (*n.span(m.start(), m.end()), m.group(0), kind)
            for kind, rx in ((0, _PAGE_SELLER), (1, _PAGE_REPORT))
            for m in rx.finditer(n.text)
        ]
        _page_last[:] = [text, marks]
    found: list[str | None] = [None, None]
    for a, b, word, kind in marks:
        before = lo - _PAGE_REACH <= a and b <= lo
        if found[kind] is None and (before or hi <= a < hi + _PAGE_REACH):
            found[kind] = word
    return found[0], found[1]


#: (issue 9, session 53, reports4) The words by which a judgment, a regulator's case, a
#: fact-check or a police bulletin passes its verdict on the seller's words it lists
#: (``terms/page_verdict.yaml``). Such a document quotes the ad in a paragraph of its own (a
#: group's pitch as exhibit 1, a price list, the ad's text under 典型案例) and rules on it
#: sentences or hundreds of characters away, so the verdict carries over the page's reach, but
#: only to a line that reads no offer of its own (score under ``_VERDICT_BELOW``) and only where
#: no contact stands within that reach: a seller dressed as news or quoting a rival's ad as a
#: scam always leaves a way to reach itself, and that ends the verdict's carry.
_PAGE_VERDICT = words_regex(term_words("page_verdict"))
_VERDICT_BELOW = 1
_VERDICT_WEIGHT = 3
#: (session 53, review18) A verdict word its writer denies or turns on rivals passes no
#: verdict: a seller's reassurance (没有人被判处过, 不会被判处, 不是典型案例里那种, 并非警情通报
#: 里说的) ends on a negation a few characters before the word, in the same clause of the
#: normalized text (which keeps 。 and ， as the clause ends); a seller's banner calls what is
#: said of it a rumour spread by rivals (全是同行编的谣言) or quotes the saying 谣言止于智者. A
#: document's own verdict heads its line or closes its finding (谣言：…, 判处有期徒刑, 典型案例二：)
#: with neither before it.
_VERDICT_DENIED = recache.compile(r"(?:[不没未非][是有人会曾过被]{0,3}|同行[^。，]{0,6})$")
_VERDICT_SAYING = recache.compile(r"止于")
#: (issue 9, session 59, left25) The writer's reversal of a verdict on its own offer that it has just
#: asked about (登高证不用考试就能拿是谣言？错，真能拿，加微; 免考是骗人的？骗你干嘛，不用考直接拿; 是假的？
#: 真的，加v; 谁说不行，我们就能拿): the opener (错 / 不对 / 骗你干嘛 / 谁说不行 / 真的 …) and straight after
#: it a yes, the skip or promise itself, the writer's own name or its call. A debunker's answer goes on to
#: the verdict or the lawful route (是谣言？对，是谣言; 是真的？错，是骗人的; 错，能拿证的都是考出来的 has
#: a yes but no call: ``Stance._answered`` still wants a contact or a call in the line, and the warning
#: word's reading, ``silence.Silencer._warning_word``, only lets the stance stage decide). Only after a
#: question: a verdict stated (是骗局！真的有人信了) is no straw man.
REVERSAL_OPENER = (
    r"(?:错|错了|不对|大错特错|骗你干(?:嘛|啥|吗|什么)|谁骗你|没骗你|谁说不行|谁说不能|谁说的"
    r"|(?:是|当然是|确实是)?真的"
    # (session 63, review89) and the office's own word turned (网传…，此说法不实？实的，私聊): 实的 is
    # only ever the writer's yes to the 不实 it has just asked about; a debunk says 不实 / 不属实
    r"|(?:是|当然是|确实是)?实的"
    # (session 59, review49) and the same reversal in other words: 其实 (网传焊工证免考是谣言？其实
    # 能拿，私聊), the verdict denied by name (是谣言？不是谣言，真能拿), and no opener at all where
    # the answer opens on 真能 / 真的能 (网传…是谣言？真能拿，私聊)
    r"|其实|实际上|事实上|不是(?:谣言|谣传|假的|骗人的|骗局)|(?=真的?(?:能|可以))"
    # (session 60, review54) the candour openers (是谣言？实话告诉你能拿，私聊; 说实话，真能拿) and no
    # opener where the seller names its own place with 就 (是假的？在我这就能拿，私聊); a debunk in
    # the same openers goes on to the verdict (实话告诉你，是假的) or the route (在我这能报名考试)
    # (issue 9, session 60, left29) and the writer's certainty before the yes (是假的？肯定能办;
    # 当然能拿，私我): ``REVERSED`` still wants the yes, the promise or the call straight after it; a
    # debunker's 实话告诉你，就是谣言 / 当然是骗局 / 说实话确实是假的 / 肯定不是 goes on to its verdict
    r"|实话告诉你|实话跟你说|跟你说实话|说实话|老实说|实话实说"
    r"|(?:跟你)?(?:说|讲)?实话(?:告诉你|跟你说|说)?|老实(?:说|讲|告诉你)|当然|肯定|绝对"
    # (session 60, review60) and 说句实话 / 说句老实话 (是谣言？说句实话，能拿，私聊)
    # (session 61, review65) and 说句大实话 / 讲句大实话 (是假的？说句大实话，能拿，私聊)
    r"|(?:说|讲)句(?:大?实话|老实话|真话|心里话)"
    # (session 61, review71) and the seller's dare (纯属忽悠？来试试就知道，加v; 都是忽悠？用结果说话，
    # 私我): ``REVERSED`` still wants the yes, the promise or the call straight after it; a debunker's
    # 试试就知道，交了钱人就找不到了 goes on to the loss
    r"|(?:来|你)?试试(?:就知道|便知)|用(?:结果|事实|成绩)说话"
    r"|(?=在?(?:我们|我|本店|咱们|咱家)这(?:里|边|儿)?就(?:能|可以)))"
)
#: (issue 9, session 60, review58) Nor the yes of the lawful side in the new openers' words: the exam
#: one can sign up for (真的，我们这能报名考试; 在我们这里能报名参加考试: a school's place, review54's
#: 这 / 这里) or the fake one can check, catch or report (肯定可以查到真假; 当然能查出来; 当然可以举报:
#: a debunk after left29's 肯定 / 当然). A seller's yes is the card itself (能拿, 能办, 可以免考).
_NOT_OWN_YES = (
    r"(?![^，,。！!？?\s]{0,4}报名(?:参加)?(?:考试|考核|培训|学习))"
    r"(?![^，,。！!？?\s]{0,6}(?:真假|查出|举报|报警|投诉|识别|辨别|鉴别))"
)
REVERSED = (
    r"[\s!！]*" + REVERSAL_OPENER + r"[，,！!。\s]*(?:真的?|确实)?"
    # (session 60, review54 and left29) the place may open on 在 and end on 这 / 这里 (在我这就能拿;
    # 真的，在我们这能拿; 谁说的，我们这能拿)
    r"(?:在?(?:我们|我|我家|本店|咱家|咱们)(?:这里|这边|这儿|这)?(?:就|都|真|确实)?)?"
    # (session 59, review49) the yes is the writer's own, not a debunk's subject or route (其实能拿
    # 证的都是考出来的; 其实可以通过正规培训考取)
    # (session 59, fa16) nor the yes that opens the debunker's generalisation (错，能拿证的都是自己
    # 考出来的; 可以拿到证的人全是考过的): the lawful route told, whatever enrolment line follows
    # (session 60, review60) nor the yes to the exam itself (说实话，能考过就能拿证)
    r"(?:(?:能|可以)(?![不没否考])(?![^，,。！!？?\s]{0,4}(?:的|通过|参加|考取|报考|培训))"
    r"(?![^，,。！!？?]{0,8}的(?:人|学员)?(?:都|全|全都|一律)是)"
    + _NOT_OWN_YES
    + r"|"
    + PROMISE_WORDS
    + r"|加[vV微威薇]|私聊|私我|私信|联系)"
)
#: (issue 9, session 59, left27) Or no opener at all: the yes in the seller's own voice, said 真能 /
#: 确实能, optionally in its own place (是谣言？真能拿，私聊; 是骗人的？在我们这真能办，私我): a debunker
#: says 确实是假的 / 真的是骗局, never 真能. The stance stage still wants the line's call.
OWN_YES = (
    r"[\s!！]*(?:(?:在?(?:我们|我|本店|咱们|咱家)这(?:里|边|儿)?(?:就|都)?)?(?:真|确实)的?"
    # (issue 9, session 60, left29) or the own place with 就 / 都 and no 真 (是假的？在我这就能拿，
    # 评论区扣1): a debunker's place is never its own shop handing the card over
    r"|在?(?:我们|我|本店|咱们|咱家)这(?:里|边|儿)?(?:就|都))"
    r"(?:能|可以)(?![不没否考])"
    # (session 60, review54) and, as in ``REVERSED``, not the debunk's subject (真能拿证的只有考试合格的人)
    r"(?![^，,。！!？?\s]{0,4}(?:的|通过|参加|考取|报考|培训))" + _NOT_OWN_YES
)
_REVERSED = recache.compile(REVERSED)
#: (issue 9, session 72, review147) A claim asked as denied (…不用考没有这回事？; …免考不存在？; …拿证不可
#: 能？): ``_VERDICT_ASKED`` reads the verdict words (谣言, 假, 骗), not the denial hearsay's sellers ask
#: about (``silence._CLAIM_DENIED``) ...
# (issue 9, session 73, hearsay2) or closed by 的事 (…免考是不可能的事？可能的，私我)
_CLAIM_ASKED = recache.compile(
    r"(?:不存在|没有?(?:这回|这种|的)事|没这回事|不可能)(?:的事|[的吧吗呢啊么])?$"
)
#: ... and the answer reversing it in a clause of its own (其实可以, 真的存在, 存在的, 其实有, 不是不可能,
#: 可能的, 假什么假): a debunker's answer confirms the denial (确实没有, 不存在的, 不可能的) or goes on
#: (其实有人上当, 存在的是骗子话术).
_CLAIM_ANSWER_REVERSED = recache.compile(
    r"[\s!！]*(?:(?:其实|真的?|确实)(?:是)?(?:存在|有|可以|能办?|行)[的啊哦呢]?|存在的?|有的"
    r"|不是不可能|可能的?|假什么假)(?=[，,。！!\s]|$)"
)


def _claim_asked_reversed(asked: str, line: str, said: str, text: str, hi: int) -> bool:
    """(issue 9, session 72, review147) Whether the question ending at ``hi`` asks someone's claim
    as denied (``_CLAIM_ASKED`` at the end of ``asked``) and the answer ``line`` (``said``: read as
    normalized) reverses it at once (``_CLAIM_ANSWER_REVERSED``): the seller's hook answered in its
    own voice, read by its call as ``_REVERSED`` after a verdict asked is. Not the answer that
    names the renewal (其实有，就是复审，到期复审不用重新考) or the lawful way (``_said_lawfully``),
    nor a reversal another writer reports or judges (``reversal_reported``: …存在的，这就是诈骗)."""
    if _CLAIM_ASKED.search(asked) is None:
        return False
    if (_CLAIM_ANSWER_REVERSED.match(line) or _CLAIM_ANSWER_REVERSED.match(said)) is None:
        return False
    return not (
        # (issue 9, session 74, asked1) the renewal and the rest of the one account of the asked
        # yes (the law, the judged, the school's course), as the silence stage's readings read it
        asked_yes_withheld(line) or _said_lawfully(asked, line) or reversal_reported(text, hi)
    )


#: (issue 9, session 73, hearsay2) A rival's claim: the rival named (别家, 同行, 其他机构, 外面那些, 人家)
#: and its claim verb (号称, 宣称, 吹, 说的) ...
RIVAL_CLAIM = recache.compile(
    r"(?:别家|别人家|别的(?:店|班|机构|学校|家|地方)?|其他(?:家|店|机构|学校|班)|其它(?:家|店|机构)|同行"
    r"|外面(?:那些|的)?|外边|人家|网上那些)(?:都|也|那些)?的?(?:号称|宣称|声称|鼓吹|吹嘘|标榜|吹的|吹|说的|说)"
)
RIVAL_CLAIM_REACH = 16
#: ... knocked down (噱头, 空话, 吹, 套路, 骗人, 不靠谱, 不可能) within a sentence or a question after it ...
RIVAL_VERDICT = recache.compile(
    r"噱头|空话|大话|忽悠|吹的|吹|套路|骗人|骗局|骗子|不靠谱|靠不住|假的|不可能|不存在|不可信"
)
RIVAL_VERDICT_REACH = 24
#: ... then the writer in its own place (我这边, 我们, 咱们, 本司, 报我 …) within a few characters ...
RIVAL_OWN = recache.compile(r"我这|我们|咱们|咱这|本司|我司|本公司|本店|来我|报我|找我|在我")
RIVAL_OWN_REACH = 14


def _rival_turned_own(text: str, start: int, end: int) -> bool:
    """(issue 9, session 73, hearsay2) Whether the candidate ``text[start:end]`` opens in the writer's
    own place (``RIVAL_OWN``: 来我这, 我们) right after a rival's claim (``RIVAL_CLAIM``: 其他机构号称,
    别家说的) was knocked down (``RIVAL_VERDICT``: 都不靠谱, 噱头): the claim verb frames the rival's
    words, not the writer's own trade after the verdict (其他机构号称一次过，然而都不靠谱，来我这不考直接
    拿证，私聊). Read on the characters with an evader's separators dropped, in fixed reaches."""
    lo = max(0, start - 3 * RIVAL_CLAIM_REACH)
    clean, pos = unseparated(text[lo:end])
    a = bisect_left(pos, start - lo)
    rival = None
    for m in RIVAL_CLAIM.finditer(clean, 0, a):
        rival = m
    if rival is None:
        return False
    verdict = RIVAL_VERDICT.search(clean, rival.end(), min(a, rival.end() + RIVAL_VERDICT_REACH))
    if verdict is None or re.search(r"[。！？!?\n]", clean[rival.end() : verdict.start()]):
        return False
    own = RIVAL_OWN.search(clean, verdict.end(), min(a + 2, verdict.end() + RIVAL_OWN_REACH))
    return own is not None and own.start() <= a


#: (issue 9, session 73, hearsay2) A claim asked as what cannot be had, in the potential form (拿不到,
#: 办不下来, 考不过) or as an A-not-A question (靠不靠谱, 真不真) ...
_ASKED_CANNOT = recache.compile(r"([\u4e00-\u9fff])不([\u4e00-\u9fff]{1,2})[的吧吗呢啊么]?$")
_ASKED_EITHER = recache.compile(r"([\u4e00-\u9fff])不\1([\u4e00-\u9fff]?)[的吧吗呢啊么]?$")
#: ... answered at once by its positive in a clause of its own (拿得到, 办得下来, 靠谱的; 当然拿得到).
_POSITIVE_OPEN = r"[\s!！]*(?:当然|肯定|绝对|完全|真)?"
_POSITIVE_CLOSE = r"[的啊哦呢]?[！!]?(?=[，,。！!\s]|$)"


def _claim_asked_echoed(asked: str, line: str, said: str, text: str, hi: int) -> bool:
    """(issue 9, session 73, hearsay2) Whether the question ending at ``hi`` asks a thing as what
    cannot be had (``_ASKED_CANNOT``: 登高证免考拿不到？) or as either-or (``_ASKED_EITHER``: 靠不靠谱？)
    and the answer ``line`` (``said``: read as normalized) is its positive alone (拿得到 / 靠谱的): the
    seller's hook answered in its own voice, read by its call as :func:`_claim_asked_reversed` is. The
    same guards: not the renewal, the lawful way, nor a reversal another writer reports or judges."""
    either = _ASKED_EITHER.search(asked)
    cannot = _ASKED_CANNOT.search(asked)
    if either is not None:
        answer = either.group(1) + either.group(2)
    elif cannot is not None:
        answer = cannot.group(1) + "得" + cannot.group(2)
    else:
        return False
    echo = re.compile(_POSITIVE_OPEN + re.escape(answer) + _POSITIVE_CLOSE)
    if (echo.match(line) or echo.match(said)) is None:
        return False
    return not (
        # (issue 9, session 74, asked1) the renewal and the rest of the one account of the asked
        # yes (the law, the judged, the school's course), as the silence stage's readings read it
        asked_yes_withheld(line) or _said_lawfully(asked, line) or reversal_reported(text, hi)
    )


#: (issue 9, session 74, asked1) One account of the words after the writer's own yes to an asked
#: denial (…不存在？有 / …不可能？可能的 / …办不下来？办得下来), read by all four readings of that hook
#: (``silence._claim_asked_yes``, ``silence._denial_answered_back``, :func:`_claim_asked_echoed` /
#: :func:`_claim_asked_reversed` and :func:`_heard_claim_answered_back`): round 88 left them four
#: lists, and a line worded past one and not the other came out by the reading that took it.
#: The yes about the law: the renewal, the exam in person, the rules and the application (not
#: 不用申请, the seller's skip) ...
_ASKED_YES_LAWFUL = recache.compile(
    r"复审|到期|延期|换证|续期|本人参加|本人考|自己考|按规定|符合|满足条件|(?<![不免用])申请"
)
#: ... the yes judged: the fake named, the fraud (not the seller's 不是骗子 / 不骗人, unless said to
#: assert it: 不是骗子才怪 / 不是骗子是什么 / 不是骗子能说出这话 / 不是骗子谁会…), the police, a
#: warning, a victim's 拉黑 / 被抓 (not 抓紧), telling the fake apart, the record not found ...
_ASKED_YES_JUDGED = recache.compile(
    r"(?<!不是)(?<!不)(?:骗|假的|假证)"
    r"|(?:不是|不)(?:骗|假)[^，,。！!？?]{0,3}(?:才怪|是什么|又是什么|能说|会说|说得出|谁)"
    r"|警方|警惕|提醒|别信|违法|犯罪|举报|拉黑|判刑|抓(?!紧)|辨别|识别|查不到"
)
#: ... or the school's: its course, its class, the exam taken (not skipped: 不用培训, 考试不用去) and
#: the enrolment for them (报名培训, 先报名). The bare 报名 is no school's mark: the seller enrols
#: too (报名交钱十天出证; 抓紧报名，名额有限) ...
_ASKED_YES_SCHOOL = recache.compile(
    r"(?<![不免用去])(?:考试(?![不没免]|也不|都不)|培训|上课|开班|学习)"
    r"|报名(?=培训|上课|学习|考试|参加)|先报名"
    # (issue 9, session 74, review170) the school's order of study and exam (先学后考, 边学边考)
    r"|先学后考|边学边考"
)
#: (issue 9, session 75, review179; session 76, review183) 通过 the means, not the pass: before the
#: channel or the way (通过正规渠道报名, 通过渠道, 通过途径), or before 正规 / 官方 / 合法 / 网上 / 线上 /
#: 平台 / 系统 unless an exam follows that is not the way to the paper (保证通过官方考核 and 确保通过线上
#: 考试 promise the pass; 保证通过正规考试拿证 names the way).
_ASKED_YES_PASS_MEANS = (
    r"(?:正规|官方|合法|网上|线上|平台|系统)"
    r"(?!的?(?:考试|考核|鉴定|测试|测评|评审)(?![拿取获领办]))|渠道|途径"
)
#: (issue 9, session 76, consol1) The paper's time, one list for the trade beside the course and for
#: the lawful paper after the passed exam (``_asked_yes_paper_after_exam``), which rounds 89-90 wrote twice.
_ASKED_YES_PAPER = recache.compile(r"出证|下证|[天周]内?(?:拿证|到手|出(?![成分]))")
#: ... unless the trade is said beside it (培训一天，十天出证; 不用考，交钱就办): the seller's course.
#: The paper's time first: no other word of the trade starts with its 出 / 下 / 天 / 周.
_ASKED_YES_TRADE = recache.compile(
    _ASKED_YES_PAPER.pattern + r"|直接拿|直接出|包过|包拿|不用考|不考|免考|内部|交钱就"
    # (issue 9, session 75, review174) the pass sold (保证合格, 包你合格, 百分百合格, 确保通过), not
    # refused before it in its clause (:data:`_ASKED_YES_PASS_REFUSED`) ...
    # (issue 9, session 75, review179) ... nor 通过 the means (保证通过正规渠道报名); the pass as 考过
    # too (确保能考过, 保你通过)
    # (issue 9, session 76, review183) ... but 通过 before an exam named after its kind is the pass
    # again (保证通过官方考核, 确保通过线上考试), unless the paper is got by it (通过正规考试拿证)
    r"|(?P<pass>(?:保证|确保|保你|包你?|百分百|百分之百|100%)(?:让?你)?能?考?"
    r"(?:合格|考过|通过(?!" + _ASKED_YES_PASS_MEANS + r")))"
    # ... and the exam skipped in words of its own (考试不用来, 考试人不用到, 不用本人去考: 先学后考
    # beside it is the seller's course), not the trip spared (考试不用到外地, 报名不用来考点) nor the
    # errand after the exam (考试合格后不用来领, 考完不用再来); (review179) nor the 考 of another word
    # (参考书不用去买, 思考)
    # (issue 9, session 76, review183) ... but 参考 of the exam taker is the exam (参考学员不用去)
    r"|(?:(?<![参思备])|(?<=参)(?=考(?:人员|学员|人|者|生)))"
    r"考[试场点]?[^，,。！!？?；;后完过]{0,3}(?:不用|无需|不必|不需要?)(?:本人|亲自)?"
    # (issue 9, session 78, miss1) ... nor the trip spared with the way or the place named after the
    # verb (考试不用来回跑, 理论考试不用来本校, 报名不用到考试中心): review179's school lines were silent only
    # because their 私信 lay past the bare yes's 30-character window, and fired once it read the sentence
    # to its end (their short forms, …考试不用来回跑，私信, fired already)
    r"(?:来|去|到|参加|到场|露面)(?![外省市别其异回]|本校|学校)"
    r"|(?:不用|无需|不必|不需要?)(?:本人|亲自)?(?:来|去|到)(?:参加)?"
    r"考(?![点场区务察核]|试(?:中心|院|站|机构|大厅))"
)


def asked_yes_withheld(answer: str) -> bool:
    """(issue 9, session 74, asked1) Whether ``answer`` (the words after the writer's yes to an
    asked denial) makes that yes the office's, the debunker's, the victim's or the school's: about
    the law (``_ASKED_YES_LAWFUL``), judged (``_ASKED_YES_JUDGED``) or the school's course with no
    trade beside it (``_ASKED_YES_SCHOOL`` without ``_ASKED_YES_TRADE``). One account for every
    reading of the hook."""
    if _ASKED_YES_LAWFUL.search(answer) or _ASKED_YES_JUDGED.search(answer):
        return True
    return _ASKED_YES_SCHOOL.search(answer) is not None and not any(
        not _asked_yes_paper_after_exam(answer, m.start())
        and not _asked_yes_pass_refused(answer, m)
        for m in _ASKED_YES_TRADE.finditer(answer)
    )


#: (issue 9, session 75, review179) The refusal of the pass promised, anywhere before it in its
#: clause (没有人能百分百通过, 无法百分百保证通过, 我们不会向你保证合格, 我们从未保证合格, 拒绝承诺保证通过,
#: 沒有人能保證通過): review174 looked three characters back for 不 / 没 / 无 / 谁 only, and the school's
#: honest 没有人能百分百通过 beside its paper time fired CS-001. The refusing words only (can't, dare
#: not, won't, no one, never, refuse), not any 不 / 没: the seller's skip before the promise
#: (不用考保证合格, 不上课保证通过, 没考也保证合格) is the trade, and so is 谁都保证合格 (anyone passes):
#: 谁 refuses only asking (谁敢保证, 谁能保证) or beside a 不 / 没 of its own (谁也不敢, 没有谁).
#: (issue 9, session 76, review183) Read on the clause in simplified characters. More of the
#: school's words (不得, 不可以, 无权, 无从: the three-character look back had them; 没有任何 / 没有一家
#: 机构, 严禁, 哪能 / 哪有, 怎么可能, 难以 / 很难, 未必: it never had), and fewer of the seller's:
#: 无人 not of 无人机, 拒绝 / 不说 / 不保 / 不包 only leaning on a promise (拒绝承诺, 不说包你, 不保证,
#: 不包你; not 拒绝挂科, 不说废话, 不包吃住), 不可 not of 不可错过, 不得 not of 不得不说.
_ASKED_YES_PASS_REFUSED = recache.compile(
    r"不(?:能|敢|会|一定|见得|承诺|打包票|存在)"
    r"|不[保包](?=证|你|您|过|合格|通过|一次|百分|拿)|(?<!得)不说(?=[保包百一肯能确]|100)"
    r"|无(?:法|人(?![机驾])|保|包)|没法|没有?(?:办法|人|谁|哪|保证|承诺)"
    r"|谁[敢能]|从未|未曾|拒绝(?=承诺|保证|打包票|许诺|包|向|任何|一切|虚假|夸大|作出|做出)"
    # (issue 9, session 76, review188) the school's words that refuse whatever follows them, not
    # only the promise (没有任何风险, 严禁外传, 很难, 不可复制, 不得了): the promise's only when they
    # lean on it (``_ASKED_YES_REFUSAL_LEANS``); 不可 not of 缺一不可 / 机不可失, 不得 not of 怪不得
    r"|(?P<leaning>(?<!缺一)(?<!机)不可(?![错思多少缺])|(?<![怪舍巴恨由少])不得(?!不)"
    r"|无权|无从|没有(?:任何|一[家个所位]|机构|学校)"
    r"|哪(?:有|能|敢|会)|怎么?(?:可能|能|敢|会)|难以|很难|未必|严禁|禁止|不许诺|不应该?|不该)"
)
#: (issue 9, session 76, review188) What may stand between one of the school's refusing words that
#: refuse anything (group ``leaning`` of ``_ASKED_YES_PASS_REFUSED``) and the promise for the word to
#: refuse the promise: nothing (不得保证合格, 难以保证合格, 哪有保证合格的), who would promise (严禁
#: 任何机构保证通过, 严禁机构和个人保证合格, 没有任何机构), a modal (未必能, 没有一家学校可以, 严禁承诺), to whom (不可以向学员)
#: and how surely (没有任何机构能百分百保证通过).
#: Anything else is what they refuse, and the promise after it is the seller's (没有任何风险保证合格,
#: 严禁外传保证通过, 考试很难我们保证通过, 未必要来保证合格, 不可复制保证通过); no first person before
#: the modal (考试很难我们能保证通过 is the boast).
#: (issue 9, session 76, review188) Who would promise the pass, as the school's refusal names him
#: (任何机构, 培训机构, 一家学校, 个人): the one word of :data:`_ASKED_YES_REFUSAL_LEANS` besides modals.
_ASKED_YES_REFUSAL_AGENT = (
    r"(?:任何|所有|各|一[家个所位]|哪[家个])?(?:培训)?"
    r"(?:机构|学校|单位|老师|教师|个人|人|商家|中介)"
)
#: (issue 9, session 77, review194) The verbs the school and the regulator refuse the promise
#: advertised with (严禁发布保证通过的广告, 严禁虚假宣传保证通过, 禁止作出保证通过的承诺, 不得使用“保证
#: 合格”字样, 不得标榜 / 刊登 / 打出, 禁止对外宣称): read as the modals of
#: :data:`_ASKED_YES_REFUSAL_LEANS` are. review188 left them out, and each of those lines, silent
#: before it, fired CS-001 / CS-201. Not 外传 (严禁外传保证通过 is the seller's secrecy).
_ASKED_YES_REFUSAL_ADVERTISED = r"宣传|宣称|声称|号称|标榜|发布|刊登|打出|使用|作出|做出|夸大"
#: (issue 9, session 77, review194) ... the manner or the place of the promise refused, which may
#: stand alone between (不得以任何名义保证通过, 严禁机构以任何形式保证通过, 不得在广告中保证通过,
#: 不得擅自保证合格). No first person in the place (在我们这里保证通过 is no school's refusal).
_ASKED_YES_REFUSAL_MANNER = (
    r"以任何(?:形式|方式|名义|理由|借口|途径)?|在[^我咱俺]{1,6}?[中里上内]|对外|公开|擅自"
)
_ASKED_YES_REFUSAL_LEANS = recache.compile(
    # (issue 9, session 77, review194) someone said to exist who would promise (不可能有机构保证通过,
    # 很难有人保证通过): the 不可 of 不可能 leaves 能有 before him
    r"(?:[能会]?(?:有|存在))?"
    r"(?:任何|所有|各)?(?:"
    + _ASKED_YES_REFUSAL_AGENT
    + r"(?:[和或及与、]"
    + _ASKED_YES_REFUSAL_AGENT
    + r")?)?"
    r"(?:都|也)?(?:"
    + _ASKED_YES_REFUSAL_MANNER
    + r")?(?:[^我咱俺]{0,4}?(?:能够|能|可以|以|敢|会|可能|承诺|许诺|打包票|说|"
    + _ASKED_YES_REFUSAL_ADVERTISED
    + r"))?"
    r"(?:向|对|给|为)?(?:学员|学生|考生|你们?|您|大家|任何人|客户)?"
    r"(?:百分之?百|100%|绝对|一定|完全|真正)?"
    # (issue 9, session 77, review194) the promise quoted (严禁承诺“保证通过”, 不得使用“保证合格”字样)
    r"[“\"「『‘']?"
)
#: (issue 9, session 76, review183) Between the last refusing word and the promise, the refusal is
#: of something else: the seller's concession (不会开车也保证合格, 无法到场也保证合格, 不能来照样保证通过,
#: 没有任何基础也保证合格) or the failure refused (从未有人挂科保证合格, 拒绝挂科, 哪有考不过的保你通过).
_ASKED_YES_REFUSED_ELSE = recache.compile(
    r"也|都|照样|照旧|一样|同样|依然|仍然|照常|还是|不过|挂|不合格|不及格|失败|失手|失望|落榜"
)
#: (issue 9, session 76, review183) The promise judged right after it in its clause (保证合格是不可能
#: 的, 保证通过那是吹牛): the school's refusal too; not 不是不可能 (the seller's double negative).
_ASKED_YES_PASS_JUDGED_AFTER = recache.compile(
    r"^[^是]{0,3}(?<![不非])是(?:不可能|不存在|做不到|办不到|不现实|吹牛|忽悠|骗|没有的)"
)
#: (issue 9, session 76, review183) The clause right after the refused promise taken back in the
#: writer's own voice (没有人能保证通过，我们能 / 别家不敢保证合格，我们可以): the seller's boast; not the
#: school going on (我们能做的是认真教, 我们也不能).
#: (issue 9, session 76, review188) ... in other words too: 俺们 / 咱, the firm or the school named
#: (我们公司可以, 我们学校能), here as 这 / 这儿 (我们这可以), all of us (我们都能), the promise
#: repeated (我们包你过).
#: (issue 9, session 77, review194) ... after the others' refusal in its clause (别人不行我们行) or as
#: the only one (只有我们能, 唯独我们能, 除了我们), how surely (我们可以100%保证, 我们百分百能), the bare
#: 保 / 包 after the modal (我们可以保).
_ASKED_YES_OTHERS_REFUSE = (
    r"(?:别人|别家|他们|人家|同行|其他人|其他机构|其他学校)(?:都|也)?"
    r"(?:不行|不能|不敢|做不到|办不到|不可以)"
)
_ASKED_YES_REFUSAL_TAKEN_BACK = recache.compile(
    r"(?:但是?|可是?|而|不过)?"
    r"(?:" + _ASKED_YES_OTHERS_REFUSE + r")?(?:只有|唯独|唯有)?"
    r"(?:(?:我们|俺们|咱们)(?:公司|学校|机构|这家)?|我这边?|咱|俺|我司|本校|本机构|本公司|我家|我)"
    r"(?:这里|这边|这儿|这)?"
    r"(?:就|却|偏|偏偏|一定|绝对|肯定|都|全)?(?:百分之?百|100%)?"
    r"(?:能|可以|敢|行|做得到|办得到|保证|确保|包|保)"
    r"(?:百分之?百|100%)?(?:做到|办到|保证|确保|包过|保过|你过|你合格|你通过|保|包)?[的啊呀哦]?"
    r"|(?:但是?|可是?|不过)?除了(?:我们|咱们|我家|我司|本校|本机构)"
)
#: (issue 9, session 77, review194) The others' refusal in a clause of its own before the writer's
#: (他们不能，我们能): the taken back is read in the clause after it.
_ASKED_YES_OTHERS_REFUSE_CLAUSE = recache.compile(_ASKED_YES_OTHERS_REFUSE)
#: (issue 9, session 77, review194) What the writer can do named in the clause after its 的 (我们能
#: 保证的，是课时和师资; 咱能做到的，就是把课讲透): the school going on, not the refusal taken back.
#: Not 是真的 / 是实的 (the seller vouching for it), nor a bare 有 (我们能做到的，有需要私信).
_ASKED_YES_CAN_DO_NAMED = recache.compile(
    r"(?:也|就|只|便|无非|不过)?是(?![真实的])|只有|无非|包括"
)
#: ... unless what it names is the pass or the skip after all (我们能做到的，是包你过 / 是免考).
_ASKED_YES_CAN_DO_SOLD = recache.compile(
    r"[包保稳](?:你|您)?(?:过|合格|通过|拿证)|免考|不用考|不考|直接|内部|渠道"
)
#: (issue 9, session 76, review183) The refusal's clause ends at a space too: the seller's slogans
#: run on without commas (从未挂科 保证通过).
_ASKED_YES_REFUSAL_CLAUSE_END = recache.compile(r"[，,。！!？?；;\s]")


def _asked_yes_pass_refused(answer: str, m: re.Match[str]) -> bool:
    """(issue 9, session 75, review179) Whether the trade ``m`` is the pass promised (group
    ``pass`` of ``_ASKED_YES_TRADE``) refused earlier in its own clause: the school saying no one
    can promise the pass is no seller, however far back in the clause its 没有 / 无法 / 从未 stands.
    (issue 9, session 76, review183) The last refusing word before the promise governs it unless a
    concession or a failure stands between (``_ASKED_YES_REFUSED_ELSE``: the seller's 不会开车也保证合
    格); the promise judged after it (保证合格是不可能的) is refused too; and a refusal taken back in
    the next clause (没有人能保证通过，我们能) is none."""
    if m.group("pass") is None:
        return False
    text = simplify_chars(answer)
    start = _ASKED_YES_REFUSAL_CLAUSE_END.split(text[: m.start("pass")])[-1]
    # the clause up to the promise's end: the refusal may lean on it (不包你合格, 不保证合格)
    clause = start + text[m.start("pass") : m.end("pass")]
    rest = _ASKED_YES_REFUSAL_CLAUSE_END.split(text[m.end("pass") :])
    refusals = [r for r in _ASKED_YES_PASS_REFUSED.finditer(clause) if r.start() < len(start)]
    # (issue 9, session 76, review188) a refusing word of anything refuses the promise only leaning
    # on it (没有任何机构能保证通过; not 没有任何风险保证合格)
    refusals = [
        r
        for r in refusals
        if r.group("leaning") is None
        or _ASKED_YES_REFUSAL_LEANS.fullmatch(clause, r.end(), len(start)) is not None
    ]
    if refusals:
        refused = _ASKED_YES_REFUSED_ELSE.search(clause, refusals[-1].end(), len(start)) is None
    else:
        refused = _ASKED_YES_PASS_JUDGED_AFTER.search(rest[0]) is not None
    if not refused:
        return False
    # (issue 9, session 77, review194) the others' refusal in a clause of its own first (他们不能，
    # 我们能), and the writer's 的-clause whose next clause names what it can do (我们能保证的，是课时)
    after = rest[1:]
    if after and _ASKED_YES_OTHERS_REFUSE_CLAUSE.fullmatch(after[0]) is not None:
        after = after[1:]
    if not after or _ASKED_YES_REFUSAL_TAKEN_BACK.fullmatch(after[0]) is None:
        return True
    return (
        after[0].endswith("的")
        and len(after) > 1
        and _ASKED_YES_CAN_DO_NAMED.match(after[1]) is not None
        and _ASKED_YES_CAN_DO_SOLD.search(after[1]) is None
    )


#: (issue 9, session 74, review170) The exam passed just before the paper's time in its clause
#: (考试合格后十天出证, 考完十天出证, 通过后一个月内下证): the school's lawful paper, no trade. Not 合格不合格都
#: (the pass promised whatever), nor the skip or the pass (不用考 / 包过 are trades on their own).
#: (issue 9, session 75, review174) Nor the papers' check, no exam's pass (材料审核通过后十天出证: the
#: seller's review of what was sent; 体检合格后, 缴费通过后).
_ASKED_YES_EXAM_PASSED = recache.compile(
    r"(?<!不)(?<!审核|审批|审查|材料|资料|体检|付款|缴费|到账|面审)(?:合格后|通过后)|考完|考过后"
)
#: (consol1) The concessive heads and the either-or of the pass, one list for the pass waived after the
#: exam word (``_ASKED_YES_PASS_WAIVED``) and before the paper (``_ASKED_YES_PASS_WAIVED_BEFORE``): the
#: first copy lacked 不论 (…考完不论怎样十天出证，私信 was the school's paper time, 不管怎样 the trade).
_PASS_WAIVED_HEAD = r"不管|无论|不论"
_PASS_EITHER = r"过没过|过不过|合不合格"
_ASKED_YES_PASS_WAIVED = recache.compile(_PASS_WAIVED_HEAD + "|" + _PASS_EITHER + r"|不合格|挂")
#: (issue 9, session 75, review174) The pass waived anywhere before the paper, in its concessive
#: form (不管过没过，考完十天出证; 过不过都一样; 没过也出证): review170 looked only after the exam word in
#: the paper's clause. Not the resit (不合格可以免费补考) nor the learner of any level or trade
#: (不管零基础还是老手, 不管过去有没有基础, 不论考哪个工种).
_ASKED_YES_PASS_WAIVED_BEFORE = recache.compile(
    r"(?:" + _PASS_WAIVED_HEAD + r")[^，,。！!？?；;]{0,4}(?:过(?![去程来往])|合格|考[得没不]|成绩)"
    r"|" + _PASS_EITHER + r"|(?:不合格|没过|挂了?|考不过)[^，,。！!？?；;]{0,3}(?:也|都|照样|照)"
)
#: (issue 9, session 75, review174) The exam passed closing the clause before the paper's (考试合格后，
#: 十天出证; 考完以后，二十天左右下证): the same lawful paper time with a comma between.
_ASKED_YES_PASSED_CLOSE = recache.compile(
    r"(?:" + _ASKED_YES_EXAM_PASSED.pattern + r")(?:以后|之后|后)?\s*$"
)
_ASKED_YES_CLAUSE_END = recache.compile(r"[，,。！!？?；;]")


def _asked_yes_paper_after_exam(answer: str, at: int) -> bool:
    """(issue 9, session 74, review170) Whether the trade word at ``at`` is only the paper's time
    after the passed exam in its own clause: asked1's ``_ASKED_YES_TRADE`` read a school's 考试合格后
    十天出证 as the trade beside its course, and its asked yes fired CS-001 (silent before asked1).
    (issue 9, session 75, review174) Or in the clause just before it, closed by the pass (考试合格后，
    十天出证); never with the pass waived anywhere before the paper (不管过没过，考完十天出证)."""
    if _ASKED_YES_PAPER.match(answer, at) is None:
        return False
    before = answer[:at]
    if _ASKED_YES_PASS_WAIVED_BEFORE.search(before) is not None:
        return False
    clauses = _ASKED_YES_CLAUSE_END.split(before)
    clause = clauses[-1]
    # not the pass waived after the exam (考完不管过没过十天出证, 考完无论合不合格都出证): the trade
    passed = _ASKED_YES_EXAM_PASSED.search(clause)
    if passed is None and len(clauses) > 1 and _ASKED_YES_PASSED_CLOSE.search(clauses[-2]):
        # the pass closes the clause before: only the paper's own clause is left to read
        return _ASKED_YES_PASS_WAIVED.search(clause) is None
    return passed is not None and _ASKED_YES_PASS_WAIVED.search(clause, passed.end()) is None


def _heard_claim_answered_back(text: str, hi: int) -> bool:
    """(issue 9, session 73, review157) Whether the sentence ending at ``hi`` on a question mark asks
    someone's claim as what cannot be had or as denied and the next words answer it back in the
    writer's own voice (:func:`_claim_asked_echoed`: 办不下来？办得下来; :func:`_claim_asked_reversed`:
    不可能？可能的), with their guards (the renewal, the lawful way, a reversal reported or judged).
    The told claim's frame (有人说, 网上说) then covers the claim only: the answer is no one else's."""
    if hi >= len(text) or text[hi] not in _QUESTION:
        return False
    at, stop = _answer_span(text, hi)
    line = simplify_chars(text[at:stop])
    if asked_yes_withheld(line):
        # the answer goes on to judge what it granted (其实有，不过都是假证，私信我教你辨别): the
        # debunker's, and the frame stays (review157's first change made review147's twin fire)
        # (issue 9, session 74, asked1) read by the one account of the asked yes
        return False
    asked = simplify_chars(text[max(0, hi - _FRAUD_ASK_REACH) : hi])
    said = normalize(line).text
    return _claim_asked_echoed(asked, line, said, text, hi) or _claim_asked_reversed(
        asked, line, said, text, hi
    )


#: (issue 9, session 59, review49) The reversal that another writer reports: asked inside a quotation
#: still open at the question (网上有帖子写“电工证免考是谣言？错，真能拿，加微”，这是…话术) or judged
#: after it as the scam's words or by the police (……加微。这是典型的诈骗话术; ……”，警方提醒这是诈骗).
#: Read in a fixed window around the question: the quoted seller's call is the report's exhibit.
_REVERSAL_QUOTE_BACK = 40
_REVERSAL_JUDGE_AHEAD = 60
_REVERSAL_JUDGED = recache.compile(
    r"(?:这|此|该|这种|此类|上述)(?:就|都|也)?(?:是|为|系|属于|属)[^，,。！!？?\n]{0,8}"
    r"(?:诈骗|骗局|骗术|骗子|话术|套路|陷阱|虚假)|警方|民警|公安机关|已被[^，,。]{0,8}查处|已立案"
)


def reversal_reported(text: str, hi: int) -> bool:
    """Whether the reversal after the question ending at ``hi`` is reported, not written by the
    seller (``_REVERSAL_JUDGED``): the question sits inside a quotation still open at ``hi``, or its
    line goes on to judge it as a scam or to name the police (session 59, review49)."""
    line_start = text.rfind("\n", max(0, hi - _REVERSAL_QUOTE_BACK), hi) + 1
    back = text[max(line_start, hi - _REVERSAL_QUOTE_BACK) : hi]
    opened = max((back.rfind(q) for q in OPEN_QUOTES), default=-1)
    if opened >= 0 and not any(q in back[opened:] for q in CLOSE_QUOTES):
        return True
    if sum(back.count(q) for q in STRAIGHT_QUOTES) % 2:
        return True
    ahead = text[hi : hi + _REVERSAL_JUDGE_AHEAD]
    nl = ahead.find("\n")
    return _REVERSAL_JUDGED.search(ahead if nl < 0 else ahead[:nl]) is not None


#: (issue 9, session 59, left25) The warning word the writer asks about and reverses at once (有人说免考
#: 拿制冷证是骗人的？骗你干嘛，不用考直接拿; 焊工证直接拿证是假的？真的，加v): ``REVERSED`` read on the
#: normalized text after the word's stop, the question mark on the original (normalizing makes it a
#: stop). A stated verdict (是骗局！真的有人信了) is no straw man; the stance stage still reads the line.
#: (session 59, left27) Or the yes with no opener in the seller's own voice (``OWN_YES``: 是骗人的？
#: 在我们这真能办，私我; 是假的？确实能拿，私聊).
#: (session 60, left29) Moved here from ``silence`` so the model's gate reads it too
#: (:func:`asked_reversed`): with the certificates pack alone, 高压电工证免考是骗人的？错，能拿，私聊 has
#: only the model's candidate, which the word kept silent.
_REVERSED_AFTER = recache.compile(r"的?[。！!\s]*(?:" + REVERSED + r"|" + OWN_YES + r")")
_ASKED_RAW = recache.compile(r"[的\W_]{0,4}?[？?]")


def asked_reversed(flat: str, end: int, text: str, raw_end: int) -> bool:
    """Whether the warning word ending at ``end`` of the normalized ``flat`` (``raw_end`` of the
    raw ``text``) is asked about and reversed at once by the writer (``_REVERSED_AFTER``), and
    the question is not another writer's quoted or judged one (:func:`reversal_reported`)."""
    if _REVERSED_AFTER.match(flat, end) is None:
        return False
    q = _ASKED_RAW.match(text, raw_end)
    return q is not None and not reversal_reported(text, q.end() - 1)


def _heard_outbid(flat: str) -> re.Match[str] | None:
    """(session 63, review87) The writer's own real skip (``_OWN_REAL_SKIP``) right after the
    rivals' verdict it heard (``_HEARD_OUTBID``: …都是骗人的，我们这才是真包过)."""
    for m in _HEARD_OUTBID.finditer(flat):
        if (own := _OWN_REAL_SKIP.match(flat, m.end())) is not None:
            return own
    return None


#: (session 62, review78) How far after the confirmed verdict ``foiled_sold`` reads the writer's claim
#: and contact: ``_ANSWER_REACH``, the answer's own reach.
_FOILED_REACH = _ANSWER_REACH
#: (session 63, review82) The truth asked denied outright (靠谱吗？当然不靠谱！; 可信吗？肯定不可信；
#: 是真的吗？不是真的！), or the rivals' said so (别家的都不靠谱; 外面的都是假的): the same verdict as
#: ``_VERDICT_CONFIRMED`` (:func:`fake_verdict` reads either, for ``foiled_sold`` and, since session
#: 64, review91, for ``Stance._answered`` too).
_UNTRUE_CONFIRMED = recache.compile(
    r"[\s!！]*(?:(?:别家|别人|外面|其他家|其它家|网上|那些)的?(?:都|全|全都)?"
    r"|(?:当然|肯定|绝对|确实|的确)?[，,！!。\s]*)"
    r"(?:不靠谱|不可信|不能信|不可靠|不是真的|是假的|是骗人的?)(?=[了啊呀！!。，,？?~～\s]|$)"
)
#: (session 63, review82) A victim's answer after the verdict: it tells of the hook it fell for (三天出证)
#: and then warns against the contact or tells its loss (大家别加; 拉黑了; 被骗三千; 结果是假证).
_FOIL_VICTIM = recache.compile(
    r"(?:千万|大家|都)?(?:别加|不要加|勿加)|拉黑|报警|举报|已被|"
    r"被骗(?:了|过|走|[\d一二两三四五六七八九十几百千万])|结果是假|是假证|人就不见|跑路"
)
#: (session 64, review91) …but not the rivals' papers named fake as a class after the writer's claim
#: (认准我们，包拿证，别家发的都是假证; 外面卖的全是假证): the seller's foil again, where a victim tells
#: what it got (结果是假证; 发来的是假证) or names no rival.
_RIVALS_FAKE = recache.compile(
    r"(?:别家|别人家?|外面|外边|其他家|其它家|同行|网上)[^，,。！!？?\s]{0,6}(?:都|全|全都)是假证"
)


def fake_verdict(said: str, at: int = 0) -> re.Match[str] | None:
    """(session 64, review91) The fake verdict confirmed at ``at`` of ``said`` (当然是谣言; 肯定是假的;
    当然不靠谱; 不可靠; 不是真的; 别家的都不靠谱): ``_VERDICT_CONFIRMED`` or ``_UNTRUE_CONFIRMED``, one
    reading for the silence stage (``foiled_sold``) and the stance's (``Stance._answered``)."""
    return _VERDICT_CONFIRMED.match(said, at) or _UNTRUE_CONFIRMED.match(said, at)


#: (session 63, review82) The exam passed shortly before a day count (考试合格后，我们一般十个工作日
#: 出证; 考试通过的，我们通常七天出证): the usual wait, not the seller's hook. Not the exam waived
#: (不用考试，三天出证) nor the seller's own pass (包通过; 保证合格).
_EXAM_BEFORE = recache.compile(
    r"(?:(?<![不用需免没加])考试|考完|考后|考过|(?<![包保证])合格|(?<![包保证])通过)[^。！？!?]{0,12}$"
)
_DAYS_CLAIM = recache.compile(
    r"(?:当天|天|日|周|小时)(?:内|就|就能|就可以)?(?:出证|下证|拿证|到手)"
)
_EXAM_BEFORE_REACH = 16


def own_claim(said: str, at: int = 0) -> re.Match[str] | None:
    """(session 63, review82) The writer's own claim (``_OWN_CLAIM_AFTER``) in ``said`` from ``at``
    on, a day count right after the exam passed (``_EXAM_BEFORE``) skipped."""
    for m in _OWN_CLAIM_AFTER.finditer(said, at):
        if _DAYS_CLAIM.search(m.group()) and _EXAM_BEFORE.search(
            said, max(at, m.start() - _EXAM_BEFORE_REACH), m.start()
        ):
            continue
        return m
    return None


def foil_claimed(said: str, at: int) -> bool:
    """(session 63, review82) Whether the answer ``said`` claims the real thing for its writer
    (:func:`own_claim`) from ``at`` on, with no victim's warning after the claim
    (``_FOIL_VICTIM``: 骗子都说三天出证，我被骗了两千，他微信 … 千万别加 tells the hook it fell for)."""
    claim = own_claim(said, at)
    if claim is None:
        return False
    rest = said[claim.end() :]
    if "是假证" in rest:
        rest = _RIVALS_FAKE.sub("", rest)  # (session 64, review91) the rivals' papers, no loss
    return _FOIL_VICTIM.search(rest) is None


def foiled_sold(flat: str, end: int) -> bool:
    """(session 62, review78) Whether the question whose warning word (是真的吗, 靠谱吗) ends at
    ``end`` of the normalized ``flat`` is answered at once by the fake verdict confirmed, then the
    writer's own claim (``_OWN_CLAIM_AFTER``) and a contact in the answer's line (是真的吗？肯定是
    假的！认准本店，三天出证，加v …): the verdict is the rivals' foil and the answer the seller's, as
    ``Stance._answered`` reads it (``foiled``). Only 当然 opened such an answer for the warning's own
    reading (``context._PIVOT``); 肯定 / 绝对 / a bare 假的 left the question a warning. A debunk's
    answer claims nothing of the writer's own, or gives no contact."""
    at = end
    while at < len(flat) and at - end < 3 and flat[at] in "。？?！! ":
        at += 1
    if at == end:
        return False  # the question closes at the word (是真的吗？), not a clause that runs on
    m = fake_verdict(flat, at)
    if m is None:
        return False
    nl = flat.find("\n", m.end(), m.end() + _FOILED_REACH)
    said = flat[m.end() : m.end() + _FOILED_REACH if nl < 0 else nl]
    if not foil_claimed(said, 0):
        return False
    from lexicon.contacts import contact_spans

    return bool(contact_spans(said))


#: (session 59, fa16) A debunk's answer that tells the lawful route as what everyone holding the
#: paper went through (错，能拿证的都是自己考出来的; 不对，拿到证的人全是考过的).
_ROUTE_TOLD = recache.compile(
    r"[\s!！]*"
    + REVERSAL_OPENER
    + r"[，,！!。\s]*(?:真的?|确实)?(?:能|可以)?(?:拿|考|取)?[^，,。！!？?]{0,6}的(?:人|学员)?"
    # (session 60, review54) or the only ones who hold it (说实话，真能拿证的只有考试合格的人)
    r"(?:(?:都|全|全都|一律)是|只有)[^，,。！!？?]{0,6}(?:考|培训|学)"
)
#: (session 59, fa16) The opener alone: an answer that starts like a reversal (错，…).
_REVERSAL_OPENS = recache.compile(r"[\s!！]*" + REVERSAL_OPENER)
#: The verdict the reversal answers, in the question right before it (…是谣言？ / 是假的？ / 是骗人的？).
_VERDICT_ASKED = recache.compile(r"谣言|谣传|不实|假|骗")
#: (issue 9, session 54, left15) The writer contradicting the verdict or warning word right after it
#: (网上说免考是谣言，其实不是。; 都说免考是骗人的，其实不然; 别听人说免考是假的，真有渠道): the word is
#: the rumour the seller sets out to refute, no verdict of the writer's. Only 其实 / 事实上 before a
#: bare 不是 (a fact-check's 其实不是 answers a question, 是真的吗？其实不是, with no word before it),
#: and only where the contradiction closes its sentence: 其实证书信息全国联网可查 goes on to the facts,
#: 其实不然，比骗人更严重的是违法 to a worse verdict.
CONTRADICTED_AFTER = recache.compile(
    r"的?[，,。！!\s]*(?:(?:其实|事实上|实际上)(?:不然|并非如此|不是的|不是这样|不是|是真的)"
    r"|(?:其实)?真有(?:渠道|门路|路子)"
    r")(?=[。！!]|$)"
    # (session 54, review22) or the denial and then the writer's own channel in one sentence
    # (其实不是的，我们真有渠道; 其实不是，我这确实有门路，v …): the seller's own word for it, which may
    # go on to its call; never a channel named as the subject of another clause (…真有渠道的说法)
    r"|的?[，,。！!\s]*(?:其实|事实上|实际上)不是的?[，,\s]*(?:我们|我这|我家|本店|咱家)(?:这边)?"
    r"(?:真|确实|是真的?)有(?:渠道|门路|路子)(?=[，,。！!\s]|$)"
    # (issue 9, session 58, fa14) or the writer's own shop said to deliver it straight after the
    # word (都说……是假的，其实我们这里真能拿，电话 …): the seller's refutation of the warning it
    # quoted; a debunker never says its own office can hand the card over
    r"|的?[，,。！!\s]*(?:其实|事实上|实际上)[，,\s]*(?:我们|我这|我家|本店|咱家|咱这)(?:这里|这边|这儿)?"
    r"(?:真|确实|真的)(?:能|可以)(?:拿|办|拿到|办到|拿证|办证|下证)?(?=[，,。！!\s]|$)"
    # (issue 9, session 59, left25) or 其实是真的 and straight on to the skip, the promise or the
    # writer's own name (都说电工证免考是假的，其实是真的，不用考直接出证): a debunker's 其实 goes
    # on to the facts, never calls its own rumour true
    r"|的?[，,。！!\s]*(?:其实|事实上|实际上)是?真的[，,\s]*(?="
    + PROMISE_WORDS
    + r"|我们|本店|我这|我家)"
)
#: (issue 9, session 54, review22) The sentence after the contradiction naming a worse verdict (…是
#: 骗局，其实不是。那是违法犯罪，购买者同样担责; 其实不然。这比骗局更严重，已被查处): a regulator's
#: or a report's rumour-busting that closes on 其实不是 and then explains, not a seller's refutation,
#: which goes on to its pitch (我们有内部渠道) or its denial of the worse word (我们不违法).
_WORSE_NEXT = recache.compile(
    r"[。！!\s]*[^。！!？?]{0,16}?(?<![不没非无未])(?<!没有)"
    # (session 55, review24) nor the verdict denied with its verb put off by 被 / 会 (我们没有被
    # 查处过, 不会被处罚, 从来没被处罚过, 不会违法): the seller's reassurance, not a worse verdict;
    # a warning says it plainly (你会被处罚, 已被查处)
    r"(?<![不没未]被)(?<!没有被)(?<!不会被)(?<!不会)(?<!不怕)"
    r"(?:违法|违规|犯罪|立案|查处|处罚|吊销|担责|刑事|判刑|拘留|更严重)"
)


def refuted_after(flat: str, end: int) -> bool:
    """Whether the writer contradicts the verdict or warning word ending at ``end`` of the
    normalized ``flat`` (``CONTRADICTED_AFTER``) and the next sentence names no worse verdict
    (``_WORSE_NEXT``): only then is the word the rumour a seller refutes."""
    said = CONTRADICTED_AFTER.match(flat, end)
    return said is not None and _WORSE_NEXT.match(flat, said.end()) is None


#: (issue 9, session 56, fa9) A rumour the writer calls one and then sets the facts against (网传
#: “登高证可以直接买”是谣言，其实证书信息全国联网可查，假证一查便知; “焊工证能买”纯属谣言。实际上证书
#: 全国统一查询): the candidate after 其实 / 事实上 / 实际上 / 真相是 is the debunker's fact, its 全国
#: and 假证 no seller's hook. Not where the verdict is denied (不是谣言, ``_VERDICT_DENIED``), where
#: the writer goes on to contradict it (其实不是, ``refuted_after``), nor where the writer's own
#: name stands between the turn and the candidate's end (其实我们的证全国可查): a seller refuting
#: a warning as a rumour speaks of its own goods. Read within ``_DEBUNK_REACH`` characters before
#: the candidate, a sentence break allowed (…，这是谣言。实际上…); the caller asks for no contact
#: near it.
#: (session 56, review32) Its own name: it once shared ``_DEBUNKED`` (session 37, the flash's
#: verdict after a question) and, defined later in the module, shadowed it.
_DEBUNK_TURN = recache.compile(
    r"(?:谣言|不实|假消息|假新闻)[”\"’'」』]?[！!。，,；;\s]*"
    r"(其实|事实上|实际上|真相是|真实情况是)"
)
_DEBUNK_REACH = 40
#: (session 56, review32) The verdict *asked* about before the turn (网上说买证是谣言？其实真能办;
#: “免考是谣言”？真相是：不用考试…): the writer doubts the verdict and goes on to refute it, the
#: seller's hook; a debunker states its verdict (谣言！其实…). Read on the raw text, which keeps the
#: question mark normalizing turns into a stop.
#: (session 57, review36) The question may be doubled or exclaimed (谣言？？真相是…; 谣言?! 其实…;
#: 谣言？……其实…): normalizing reads each as the same stop, so the raw text must too.
_DEBUNK_ASKED = recache.compile(
    r"(?:谣言|不实|假消息|假新闻)[”\"’'」』]?\s*[？?][？?！!…\.。\s”\"“]*"
    r"(?:其实|事实上|实际上|真相是|真实情况是)"
)
#: the shop's other names for itself, beyond ``_SELF`` (其实咱家的证…, 其实本店…)
_DEBUNK_SELF = recache.compile(r"本店|小店|我家|咱家|咱这|俺们|俺家|俺这|我校|本校|本公司|本机构")
_DEBUNK_WEIGHT = 3


def _debunked_before(text: str, start: int, end: int, norm: Normalized | None = None) -> str | None:
    """The debunking turn (``_DEBUNK_TURN``) the candidate ``[start, end)`` of ``text`` follows, or
    None where there is none, its verdict is denied or contradicted, or the writer names itself
    after it. ``norm``: ``normalize(text)`` where the caller holds it."""
    lo = max(0, start - _DEBUNK_REACH)
    # normalized, so a disguise (spaces, stars, emoji between the characters) reads the same;
    # (issue 9, session 68, speed11) sliced from the page's normalization where that reads the same
    before = window_text(norm, text, lo, end)
    found = None
    # (session 56, review32) up to the candidate's end, not only its start: a multi-point span
    # reaching across the turn (焊工证不用考就能拿是谣言，其实证书全国联网可查) holds the rumour's
    # words and the debunker's facts, none of them a seller's. (issue 9, session 67, speed6) The
    # whole of ``before``, which ends at the candidate's end: the bound it was read to,
    # ``max(cut + 8, len(before))`` with ``cut`` the normalized length up to the start, was never
    # below ``len(before)``, so ``text[lo:start]`` is no longer normalized for it
    for m in _DEBUNK_TURN.finditer(before):
        found = m
    if found is None or _DEBUNK_ASKED.search(text, lo, end):
        return None
    head = before[max(0, found.start() - 8) : found.start()]
    if (
        _VERDICT_DENIED.search(head)
        or _SELF.search(before, found.end())
        or _DEBUNK_SELF.search(before, found.end())
    ):
        return None
    verdict = re.compile(r"谣言|不实|假消息|假新闻").match(before, found.start())
    if verdict is not None and refuted_after(before, verdict.end()):
        return None
    return found.group(1)


#: (issue 9, session 58, fa14) The candidate's own words called a rumour in their clause, right
#: after them (网传电工证不用考试花钱就能办是谣言; …就能拿是假消息，其实必须参加培训考试; …，系谣言):
#: a rebuttal's verdict on the very saying the rule matched. Not denied (不是谣言, 并非谣言: no
#: verb read after 不 / 没 / 非 / 别), not asked (是谣言？其实真能办: ``_DEBUNK_ASKED``'s question
#: mark on the raw text), not contradicted (是谣言，其实不是: ``refuted_after``), and not where the
#: writer names itself after the verdict (是谣言？我们就能办; 其实我们这里…). Read on the
#: normalized ``_RUMOUR_REACH`` characters after the candidate; the caller asks for no contact.
_RUMOUR_CALLED = recache.compile(
    # (session 59, review51) the demonstrative with its noun (，此消息不实; ，该消息不属实)
    r"[^，。；！\n]{0,14}?(?:，(?:(?:此|该|这一?|这个|这条)(?:消息|信息|传言)|这|此|该说法|这种说法|此说法"
    r"|经核实|经查)?)?"
    # (session 59, review46) and 属于 (……就能办属于不实传言)
    r"(?:(?<![不没非别])(?:是|系|属于|属|为|纯属|实属|均为|都是|全是|完全是|均系)(?:一[条则个种])?"
    r"(谣言|谣传|假消息|假新闻|不实(?:信息|消息|传言|说法)?)"
    # (session 59, review46) or the saying itself said untrue, with no verb before it (……的消息
    # 不属实; ……一事不属实; ，该说法不实; ，经核实并不属实): the verdict words carry their own 不
    r"|(?<=消息|说法|传言|信息|一事|核实|经查)(?:并|均|完全)?(不属实|不实))"
)
_RUMOUR_ASKED = recache.compile(r"(?:谣言|谣传|假消息|假新闻|不实)[”\"’'」』]?\s*[？?]")
#: (issue 9, session 60, review59) The bare 不实 / 不属实 right after the rumoured words, where the
#: text names them a rumour just before (网传电工证交钱包过不实，考生须本人参加考试; 网传焊工证可以代考
#: 不属实): a headline's or a notice's verdict with no noun, which no seller writes of its offer.
_RUMOUR_BARE = recache.compile(r"(?:并|均|完全)?(不属实|不实)(?=[，,。！!；;\s]|$)")
#: (issue 9, session 61, review69) The verdict's verb and noun inside a candidate's span, before its
#: first comma (包过是谣言，…): where ``_called_inside`` reads ``_RUMOUR_CALLED`` from.
_RUMOUR_NAMED_INSIDE = recache.compile(
    r"(?<![不没非别])(?:是|系|属于|纯属|实属|均为|都是|全是|完全是|均系)(?:谣言|谣传|假消息|假新闻)"
)
_RUMOURED_BEFORE = recache.compile(r"网传|网上流传|网上传言|传言|传闻|谣传")
_RUMOURED_REACH = 24
#: What a disguise sets between characters (spaces, stars, emoji, zero-width marks): anything but a
#: word character or the CJK and full-width punctuation.
_SPACERS = recache.compile(r"[^\w\u3000-\u303f\uff00-\uffef]")
_RUMOUR_REACH = 40
#: …nor where the writer goes on to say it can be had or to call the reader (是谣言，其实可以办，
#: 私聊; 其实能拿，私我; 其实不是，加微): the seller's refutation, however short; a debunker goes on to
#: the lawful route (其实需要报名参加培训考试, 实际上必须参加考核).
_RUMOUR_TURNED = recache.compile(
    r"(?:其实|实际上|事实上|真相是)[，,\s]*(?:是)?(?:真的?|确实|完全)?(?:可以|能|行|不是|不假|有)"
    r"|私聊|私我|私信|加v|加微|加我|联系我|找我|vx|v信|微信|qq|扣扣"
)
#: The raw characters any verdict word keeps through a disguise (spacers, traditional forms): a
#: window without one is not normalized.
_RUMOUR_HINT = recache.compile(r"[谣謠]|假\W{0,3}[消新]|不\W{0,3}(?:[属屬]\W{0,3})?[实實]")


#: (issue 9, session 60, review55) The holder in person named after the verdict (此消息不实，考试须本人
#: 参加; 必须由本人参加考试; 持证人须本人到场): ``_SELF`` reads 本人 as the writer's name for itself,
#: but after 须 / 必须 / 由 / 持证人 … or before 参加 / 到场 / 亲自 … it is the applicant the rule binds.
#: A seller's 本人亲测可办 / 本人就能办 keeps its 本人.
_HOLDER_IN_PERSON = recache.compile(
    r"(?:须|需|需要|必须|应|应当|由|持证人|考生|申请人|学员)本人"
    r"|本人(?=参加|到场|亲自|考试|申请|携带|前往|报名)"
)


#: (issue 9, session 61, review64) The office naming itself only to disown the rumour (网传焊工证免考
#: 不属实，本中心从未发布此类消息; …，本机构从未开展此类业务; 从未授权 / 委托任何机构): a notice's
#: disclaimer after its verdict, no seller's turn to its own offer. A seller's 本中心从未失手 /
#: 从来不办 denies nothing of the rumour, and its call (加v, 私我) is ``_RUMOUR_TURNED``'s.
_SELF_DISOWNS = recache.compile(
    r"(?:也|均|亦)?(?:从未|从来没有|从没有?|未曾|不曾|并未|绝不|从不)"
    r"(?:发布|发出|开展|授权|委托|设立|开设|推出|组织|与任何|同任何)"
)


def _self_after(text: str, pos: int) -> bool:
    """Whether the writer names itself (``_SELF``) in ``text`` from ``pos``, the holder in person
    (``_HOLDER_IN_PERSON``) and the office disowning the rumour (``_SELF_DISOWNS``) aside."""
    for m in _SELF.finditer(text, pos):
        if _SELF_DISOWNS.match(text, m.end()):
            continue
        if m.group(0) != "本人":
            return True
        held = _HOLDER_IN_PERSON.search(text, max(pos, m.start() - 3), m.end() + 2)
        if held is None or not held.start() <= m.start() < held.end():
            return True
    return False


def _called_rumour(text: str, end: int) -> str | None:
    """The rumour word (``_RUMOUR_CALLED``) the writer calls the words ending at ``end`` of
    ``text`` right after them, or None where it is denied, asked, contradicted or followed by the
    writer's own name."""
    raw = text[end : end + _RUMOUR_REACH]
    if _RUMOUR_HINT.search(raw) is None:
        return None  # most candidates: no verdict word to normalize the window for
    after = normalize(raw).text
    m = _RUMOUR_CALLED.match(after)
    if m is None and _RUMOURED_BEFORE.search(text, max(0, end - _RUMOURED_REACH), end):
        m = _RUMOUR_BARE.match(after)  # 网传……包过不实 (session 60, review59)
    if (
        m is None
        or _RUMOUR_ASKED.search(raw)
        # (session 60, left29) the question mark behind the disguise's spacers (谣⭐言？)
        or _RUMOUR_ASKED.search(_SPACERS.sub("", raw))
        or refuted_after(after, m.end())
    ):
        return None
    if (
        (_self_after(after, m.end()) and not _office_enrols(after, m.end()))
        or any(
            not _SELF_DISOWNS.match(after, d.end()) for d in _DEBUNK_SELF.finditer(after, m.end())
        )
        or _RUMOUR_TURNED.search(after, m.end())
    ):
        return None
    return next(g for g in m.groups() if g)


#: (issue 9, session 61, fa20) Hearsay the writer corrects right after the candidate (网上说电工证能免考，
#: 其实必须考试; 很多人说叉车证不用考就能拿，其实必须考试合格才发证; 有的店说…，实际上必须参加考试; 外面有人说
#: …，其实根本不能): the candidate is what others say, the writer's own words the exam it cannot skip.
#: A seller corrects the other way (很多人说焊工证必须考试，其实不用; 网上说…，其实一般人免不了，我们有渠道):
#: its 其实 opens on the skip or on itself, which ``_HEARSAY_FIX`` does not read.
_HEARSAY_HEAD = recache.compile(
    r"(?:网上|网络上|外面|很多人|好多人|不少人|有人|有的[店人家]|有些[店人]|中介|别人|别家|同行|大家)"
    r"(?:都|也)?(?:在)?(?:说|传|讲|称)|网传|听说|据说|传言|传闻"
    # (issue 9, session 62, fa22) and the rumour as a notice names it (网上流传登高证交钱就能免考)
    r"|(?:网上|网络上)流传"
)
_HEARSAY_FIX = recache.compile(
    # (issue 9, session 63, review83) the office's reply may open its own sentence (网传…可以免考。
    # 本中心答复：不能免考): a full stop or a semicolon before the office's name or 经核实 only
    r"[^，。；！？\n]{0,8}?(?:[，,]|[。；;](?=\s*(?:本|我[局中校]|经|[\u4e00-\u9fff]{0,8}(?:管理局|考试中心))))"
    r"\s*(?:其实|实际上|事实上|但是?|可是|然而"
    # (issue 9, session 62, review79) or the office's own reply to the rumour (网传焊工证可以免考，本中心
    # 明确答复：不能免考; 经核实，不能免考)
    r"|(?:本中心|我中心|本局|我局|本厅|本站|本单位|本机构)?(?:明确|郑重|正式|特此)?(?:答复|回复|回应|答覆|回覆)[：:]?"
    # (session 63, review83) 经核实 with a colon (经核实：不能免考)
    r"|经(?:核实|核查|查证)[，,：:]?"
    # (issue 9, session 62, fa22) or the office's or the centre's answer to it under its own name
    # (…，市应急管理局答复：不能免考; 本所说明：): the name, then 答复 / 回复 / 说明 and a colon
    # (the lead: and the traditional 答覆 / 回覆, which simplification keeps)
    # (session 63, review83) and a school's or an association's (本校答复：; 本协会答复：), and 答复如下
    r"|(?:本中心|本所|本站|本局|我局|我中心|本单位|本校|我校|本协会"
    r"|[\u4e00-\u9fff]{0,8}(?:管理局|考试中心|考试站|考核中心))"
    r"(?:明确|郑重|正式)?(?:答复|回复|回应|说明|答覆|回覆)(?:如下)?[：:]"
    # (session 63, review83) the refusal quoted, stressed, said of everyone or of the card named again
    # (答复：“不能免考”; 绝对不能; 任何人都不能; 焊工证不能免考; 没有免考一说; 从来没有免考)
    r")[，,\s“\"「]*(?:[\u4e00-\u9fff]{0,8}?证)?(?:根本|完全|都|一律|绝对|任何人都|均)?"
    r"(?:必须|一律|都要|都得|需要|须|要(?=考|参加|本人)|不能|不可以|不行|不可能"
    r"|(?:从来)?没有(?=免考|免试|包过|保过|这种|这回事|此类|[\u4e00-\u9fff]{0,4}一说)"
    # (issue 9, session 62, review75) or nobody can promise it (很多人说焊工证能包过，其实没人能保证;
    # 实际上谁也不能保证): a school correcting the pass promised
    r"|没有?人(?:能|可以|敢)|谁(?:也|都)(?:不能|不敢|没法)|无法保证|没法保证"
    # (issue 9, session 63, fa23) or the office calling the rumour itself false (網傳叉車證交錢就能拿，
    # 本局明確答覆：此說法不實，必須考試合格才發證): the rumour denied in the office's words
    r"|(?:此|该|这个?|上述)?(?:说法|消息|传言|传闻)?(?:不实|不属实|系谣言|是谣言|纯属谣言))"
)
#: (session 62, review75) ... a school's honest terms in its own name after that correction (但我们
#: 通过率高; 本校只负责培训): no seller's 我们 (``_HEARSAY_SELLER``).
_HEARSAY_SCHOOL = recache.compile(
    r"(?:我们|本校|我校|本中心)(?:的)?(?:通过率|师资|只负责|只做|只提供|提供培训|负责培训)"
)
_HEARSAY_BACK = 12
#: ... the characters any hearsay word keeps through a disguise: a window without one is not read.
_HEARSAY_HINT = recache.compile(r"[说傳传讲講称稱]")
#: ... the seller's own words after the correction (其实必须考，但我们有渠道; 交钱包过): a school's
#: 本校 / 本中心 before its own enrolment number is no seller's (``_self_after`` would read it so).
_HEARSAY_SELLER = recache.compile(
    r"我们|我这|我家|咱家|咱们|本店|小店|本公司|我司|(?<!正规)(?<!官方)(?<!合法)"
    # (issue 9, session 64, fa25) nor the channel the office denies (不存在任何免考渠道; 没有免考渠道)
    r"(?<!任何)(?<!任何免考)(?<!任何代考)(?<!存在免考)(?<!没有免考)渠道|内部|关系|包过|包拿"
    r"|保过|直接拿|交钱|付款"
    # (session 63, review83) the seller's coded call or a bare chat id after the office-like reply
    # (回复：不能免考，懂的来，hg8899; 需要的滴滴); the office's 通过正规渠道报名 is no seller's 渠道
    r"|懂的(?:来|私|联系|都懂)|滴滴|(?:需要|想拿证|想要)的(?:来|找我?|私|联系|加|戳|扣)"
    r"|(?<![a-z0-9])[a-z]{1,6}\d{4,}(?![a-z0-9])"
)
#: (issue 9, session 63, review88) ... but not the ride app the office sends the candidate by
#: (可乘滴滴前往考点; 打滴滴前往; 乘坐公交或滴滴前往) nor the standard it cites (依据gb30871; 见aq3009;
#: 执行tsg z6002): a ride or a standard's code is no seller's coded call or bare chat id. Read
#: where ``_HEARSAY_SELLER`` matched, so the seller's 需要的滴滴，gb6688 keeps its 滴滴.
_HEARSAY_NOT_SELLER = recache.compile(
    r"(?<=[乘坐打叫搭用或])滴滴|滴滴(?=前往|出行|打车|到达|[去到]|快车|专车|司机|均可|等)"
    r"|(?<![a-z0-9])(?:gb|gbt|gbz|aq|tsg|jgj|jb|db)\s?[a-z]?\d{3,}"
    r"|(?:(?<=tsg )|(?<=gb )|(?<=gbt )|(?<=aq ))[a-z]{1,6}\d{4,}"
)


def _hearsay_seller(after: str, pos: int = 0) -> bool:
    """Whether a seller's word (``_HEARSAY_SELLER``) stands in ``after`` from ``pos``, the ride
    app and a standard's code (``_HEARSAY_NOT_SELLER``) left out."""
    return any(
        not _HEARSAY_NOT_SELLER.match(after, m.start())
        for m in _HEARSAY_SELLER.finditer(after, pos)
    )


#: (issue 9, session 62, review75) The writer's correction of the hearsay turned at once to its own
#: sale (听说…，其实要考的，不过我们包过; …，事实上必须考，不过我可以安排替考; …，其实一律要考，不过我们有
#: 门路): the rule stated to be broken in the writer's name. The turn (不过 / 但 …) must open the next
#: clause and a deed of the trade stand within it; a school's 不过考试不难 / 但是本市就有考点 / 不过我们
#: 学校可以帮你报名 names none.
_CORRECTION_AT = recache.compile(r"[，,]\s*(?:其实|实际上|事实上)[，,\s]*")
_CORRECTION_SOLD = recache.compile(
    r"[^，,。！!？?\n]{0,12}?[，,。]\s*(?:不过|但是?|可是|只是)[，,\s]*[^。！!？?\n]{0,16}?"
    r"(?:包过|保过|稳过|必过|替考|代考|熟人|门路|路子|搞定|私聊(?!(?:可以|可|即可|就能)?(?:免费)?(?:领取?|获取|索取))"
    r"|私我|加v|找我|走关系|找关系"
    r"|(?:考场|里面|那边|上面)有人|内部|(?:能|可以)安排|有办法|有渠道|(?:能|可以|敢)包)"
)


def correction_sold(s: str, start: int) -> bool:
    """Whether the clause at ``s[start:]``, opened by the writer's 其实 / 实际上 correcting hearsay
    (``_HEARSAY_HEAD`` within ``3 * _HEARSAY_BACK`` characters before ``start``), is turned at once to
    the writer's own sale (``_CORRECTION_SOLD``). ``s`` normalized or plain; read in fixed reaches."""
    lo = max(0, start - 3 * _HEARSAY_BACK)
    return (
        _HEARSAY_HEAD.search(s, lo, start) is not None
        and _CORRECTION_SOLD.match(s, start) is not None
    )


def _hearsay_sold(text: str, start: int, end: int) -> bool:
    """(issue 9, session 62, review75) Whether the candidate ``text[start:end]`` reaches past the
    writer's correction (，其实 / 实际上 / 事实上) of hearsay (``_HEARSAY_HEAD`` before it, in its
    sentence) that turns at once to the writer's own sale (``_CORRECTION_SOLD``): the frame (听说,
    很多人说) covers the hearsay, not the sale after it. A candidate wholly inside the hearsay keeps
    its frame. Read in fixed reaches around the candidate."""
    lo = max(0, start - 3 * _HEARSAY_BACK)
    window = text[lo : min(len(text), end + _RUMOUR_REACH)]
    if _HEARSAY_HINT.search(window) is None:
        return False
    clean, pos = unseparated(window)
    b = bisect_left(pos, end - lo)
    for fix in _CORRECTION_AT.finditer(clean, 0, b):
        heads = list(
            _HEARSAY_HEAD.finditer(clean, max(0, fix.start() - 3 * _HEARSAY_BACK), fix.start())
        )
        head = heads[-1] if heads else None  # the nearest to the correction
        if head is None or re.search(r"[。！？!?\n]", clean[head.end() : fix.start()]):
            continue
        if _CORRECTION_SOLD.match(normalize(clean[fix.end() :]).text) is not None:
            return True
    return False


def _hearsay_corrected(text: str, start: int, end: int) -> str | None:
    """(issue 9, session 61, fa20) ``纠正传言`` when hearsay (``_HEARSAY_HEAD``) opens the
    candidate's clause, at most ``_HEARSAY_BACK`` characters before it, and the writer corrects it
    at the next comma (``_HEARSAY_FIX``); None where the writer then turns to sell
    (``_RUMOUR_TURNED``: 私聊, 加v, 其实能…). Read near the candidate only, on its characters
    with an evader's separators dropped (外⭐面有人⭐说…，其实⭐根本不⭐能)."""
    lo = max(0, start - 3 * _HEARSAY_BACK)
    window = text[lo : min(len(text), end + 3 * _RUMOUR_REACH)]
    if _HEARSAY_HINT.search(window) is None:
        return None  # most candidates: no hearsay word near them
    clean, pos = unseparated(window)
    a, b = bisect_left(pos, start - lo), bisect_left(pos, end - lo)
    heads = list(_HEARSAY_HEAD.finditer(clean, max(0, a - _HEARSAY_BACK), b))
    head = heads[-1] if heads else None  # the nearest: no clause between it and the candidate
    if head is None or re.search(r"[，。；！？\n]", clean[head.end() : a]):
        return None
    fix = _HEARSAY_FIX.match(clean, b)
    if fix is None and (cut := clean.find("，", a, b)) > a:
        # (session 62, review75) a span reaching across the correction (包过，其实没人能保证，但我们
        # 通过率高，报名): the correction read at its first comma, the words after it as below
        fix = _HEARSAY_FIX.match(clean, cut)
    if fix is None:
        return None
    after = normalize(clean[fix.end() : fix.end() + _RUMOUR_REACH]).text
    after = _HEARSAY_SCHOOL.sub(lambda m: "、" * len(m.group(0)), after)
    if _RUMOUR_TURNED.search(after) or _hearsay_seller(after):
        return None
    if _CORRECTION_SOLD.match(after):
        return (
            None  # (session 62, review75) …，事实上必须考，不过我可以安排替考: turned to the sale
        )
    return "纠正传言"


#: (issue 9, session 61, fa20) An office or a school sending the reader to enrol with it after the
#: verdict (…消息是谣言，考生请到本中心报名，咨询电话 0571-…): its 本中心 / 本校 names the lawful route.
_OFFICE_ENROLS = recache.compile(
    r"(?:本中心|本校|我校|我中心|本机构|本单位)(?=报名|咨询|招生|考试|培训)"
)


def _office_enrols(after: str, pos: int) -> bool:
    """Whether every self-name in ``after`` from ``pos`` is an office's or a school's before its
    enrolment (``_OFFICE_ENROLS``) and no seller's word (``_HEARSAY_SELLER``) stands there."""
    if _hearsay_seller(after, pos):
        return False
    for m in _SELF.finditer(after, pos):
        if not _OFFICE_ENROLS.match(after, m.start()) and not _OFFICE_ENROLS.search(
            after, max(pos, m.start() - 2), m.end() + 1
        ):
            return False
    return True


def _called_within(text: str, start: int, end: int) -> str | None:
    """(issue 9, session 61, fa20) ``_called_rumour`` read from the candidate's start where the
    verdict word stands inside a span reaching across it (网传电工证交钱包过是谣言，请到正规机构报名
    matched 包过 … 报名; 网传“交钱包过”系谣言，特种作业 matched 包过 … 特种作业)."""
    if _RUMOUR_HINT.search(text, start, end) is None:
        return None
    return _called_rumour(text, start)


def _called_inside(text: str, start: int, end: int) -> str | None:
    """(issue 9, session 60, review55) ``_called_rumour`` read at the first comma inside the
    candidate ``[start, end)``: a multi-point span reaching across the verdict (网传焊工证交钱包过，
    此消息不实，考试须本人参加 matched 包过 … 考试) holds the rumour's words before it."""
    cut = text.find("，", start, end)
    if cut <= start:
        return None
    # (session 60, review59) or at the bare verdict before that comma (网传焊工证交钱包过不实，考生
    # 须本人参加考试 matched 包过不实，考生): it stands right after the rumoured words
    bare = _RUMOUR_BARE.search(text, start, cut + 1)
    if bare is not None and bare.start() > start:
        return _called_rumour(text, bare.start()) or _called_rumour(text, cut)
    # (session 61, review69) or at the verdict's verb before that comma (网传焊工证包过是谣言，本中心
    # 从未与任何培训机构合作 matched 包过是谣言，本中心从未与任何培训): the training pack's span ran
    # past the verdict, which was read only after the comma
    named = _RUMOUR_NAMED_INSIDE.search(text, start + 1, cut)
    if named is not None:
        return _called_rumour(text, named.start()) or _called_rumour(text, cut)
    return _called_rumour(text, cut)


#: (issue 9, session 58, fa14) A party's dealings narrated in a court finding or a police report
#: (刘某商行通过QQ群联系买家; 王某利用微信群招揽客户; 通过朋友圈结识买主): the party reaches *its*
#: buyers through a channel, the narrator's account of the trade; a seller calls the reader (联系
#: 我们, 联系客服) and never names the reader its 买家 in the third person after the channel.
_NARRATED_TRADE = recache.compile(
    r"(?:通过|利用|借助)[^，。；！\s]{1,10}?(?:联系|招揽|结识|寻找|发展|物色)"
    r"(?:买家|买主|客户|顾客|下线|他人"
    # (session 59, review46) or the people named by what they needed (联系需要办证的人员, 联系有办证
    # 需求的人员): the court's word for the buyers; never the writer's own (我们的人员)
    r"|(?:(?![我咱您你本])[^，。；！\s]){1,8}?的(?:人员|人))"
)
#: (session 59, review46) …but not where the line calls the reader (通过熟人介绍联系客户，焊工证不用考，
#: 一周出证，私聊): a seller's account of its own trade, as its contact would be; a court's or the
#: police's narration calls nobody.
_NARRATED_CALL = recache.compile(r"私聊|私我|私信|加v|加微|加我|联系我|找我|滴我|戳我|详聊|详谈")
_NARRATED_WEIGHT = 2


#: (session 53, review18) …and a shop's banner that heads its own page with the word (【官方辟谣】
#: 本店证书保真; 辟谣声明：我家证书均可查验) names itself in the verdict's clause: a court, a
#: regulator or a fact-check names the party it rules on (被告人, 当事人, 某公司), never 本店.
_VERDICT_SELF = recache.compile(r"本店|我家|小店|咱家|本公司|我司")


def _page_verdict(text: str, lo: int, hi: int, norm: Normalized | None = None) -> str | None:
    """The first verdict word of the document within ``_PAGE_REACH`` of the sentence
    ``[lo, hi)`` of ``text`` (its own sentence included: 谣言：… heads the rumour's line) that
    its writer does not deny (``_VERDICT_DENIED``), or None. Read only for a candidate short of
    an offer on a page with no contact near it, so the stretch is normalized here rather than
    the page's offsets mapped (``norm``: ``normalize(text)`` where the caller holds it, the
    stretch then a slice of it where that reads the same: :func:`lexicon.normalize.window_text`)."""
    flat = window_text(norm, text, lo - _PAGE_REACH, hi + _PAGE_REACH)
    for m in _PAGE_VERDICT.finditer(flat):
        head = flat[max(0, m.start() - 8) : m.start()]
        if (
            _VERDICT_DENIED.search(head)
            or _VERDICT_SAYING.match(flat, m.end())
            or refuted_after(flat, m.end())
        ):
            continue
        stop = flat.find("。", m.end())  # the verdict's clause: to its sentence's end
        if _VERDICT_SELF.search(flat, m.end(), len(flat) if stop < 0 else stop):
            continue
        return m.group(0)
    return None


#: (issue 9, session 52, packs4) An exam-training school speaking on its own page: the words it
#: names itself and its learners by (本机构, 我校, 我们的协议班, 本期学员, 签了协议的学员;
#: ``terms/school_voice.yaml``) and the headings of its course page (课程介绍, 招生简章, 报名须知,
#: 常见问题, 服务保障; ``terms/school_heading.yaml``), a heading only where it stands as one: right
#: before a colon, a line break, a bar or the end (a learner's 去官网看招生简章，… names another's
#: page). Under the Advertising Law's article 24 the school's own course page is the ad: its
#: promise of a result is an offer with no phone, price or call beside it.
_SCHOOL_VOICE = words_regex(term_words("school_voice"))
_SCHOOL_HEADING = recache.compile(
    "(?:" + words_pattern(term_words("school_heading")) + r")[ \t\u3000]*(?:[：:|｜】\]\n]|$)"
)
#: …unless the page disclaims the result (本校不承诺通过, 不作任何保过承诺, 通过率仅供参考): a
#: lawful school's page names itself the same way. (session 52, review13) Not where the same
#: clause goes on to waive or refund the fee (不保过不收费, 不能保证拿证的学员不收学费, 不保录全额
#: 退款): that is the seller's no-pass-no-fee term, a promise of its own, not a disclaimer.
_SCHOOL_DISCLAIMS = recache.compile(
    r"(?:不(?:作|做)?(?:任何)?(?:保过|保录)?(?:承诺|保证)|无法保证|不能保证|不保过|不保录|仅供参考)"
    r"(?![^，,。；;！!？?\n]{0,10}?(?:不收|免收|免费|(?<!不)(?:全额)?退(?:费|款|钱|学费|还)))"
)
_SCHOOL_WEIGHT = 2


def _school_reads(text: str, lo: int, hi: int, strong: re.Pattern[str] | None = None) -> str | None:
    """The first school-voice word in the sentence ``[lo, hi)`` of ``text`` or within
    ``_PAGE_REACH`` of it, or None where there is none or where that stretch of the page
    disclaims the result or holds a strong report word (``strong``: 法院查明 before a quoted
    FAQ line, 市场监管局 before a quoted brochure; the court's or the office's page, whatever
    sentence the candidate's quotation cut it into). Read only for a training-ads candidate
    short of an offer, so the stretch is normalized here rather than the page's offsets mapped."""
    raw = text[max(0, lo - _PAGE_REACH) : hi + _PAGE_REACH]
    near = normalize(raw).text
    if _SCHOOL_DISCLAIMS.search(near) or (strong is not None and strong.search(near)):
        return None
    m = _SCHOOL_VOICE.search(near) or _SCHOOL_HEADING.search(raw)
    return m.group(0).rstrip("：:|｜】] \t\u3000\n") if m else None


#: (session 35, helper reports) A source note right after the sentence's end: the sentence is an
#: excerpt the writer quotes (……。（摘自涉案机构招生简章）, ……（节选自被告人发布的广告））.
_SOURCE_NOTE = recache.compile(
    r"[。！？!?]?\s{0,2}[（(]((?:原文)?(?:摘自|节选自|引自|转引自|截自|摘录自)[^）)\n]{1,30})[）)]"
)


#: (issue 9, session 47, asr) Speech-to-text writes a livestream's talk as one run with no mark
#: (家人们晚上好啊那个今天还是老规矩……扣个想要); a run this long with no clause mark or space is
#: read as spoken clauses, cut where the speaker ends one with a particle (……不办这种的啊 / ……
#: 别问了哈) or turns to another topic after one (……八点见那个上次有人问的……): the host's greeting
#: and a report of a viewer's question, or a warning and the pitch after it, are not one sentence.
_SPOKEN_RUN = 40
_SPOKEN_MARKS = recache.compile(r"[，,、：:；;\s]")
_SPOKEN_CUT = recache.compile(
    r"(?<=[\u4e00-\u9fff])(?:[啊呀啦哦嘛]|哈(?![尔密佛萨欠哈]))+(?=[\u4e00-\u9fff])"
    r"|(?<=[啊呀啦哦嘛哈吧见了])(?=那个|好了|对了|然后呢|另外|话说)"
)

#: (session 47, review2) The host turning to its own offer after a clause (…骗子不是的哈家人们我们家…):
#: the viewers hailed (as ``context._HAILED``), then the seller speaking of itself.
_SPOKEN_TURN = recache.compile(
    r"(?:宝子们|家人们|老铁们|兄弟们|姐妹们|朋友们|各位)?(?:那个)?(?:" + _SELF.pattern + r"|我这)"
)


def _spoken(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """The spoken clause(s) of an unmarked transcript run ``text[lo:hi]`` holding ``[start,
    end)`` (see ``_SPOKEN_CUT``); the bounds unchanged for any sentence with a mark in it."""
    if hi - lo < _SPOKEN_RUN or _SPOKEN_MARKS.search(text, lo, hi):
        return lo, hi
    said = False
    for m in _SPOKEN_CUT.finditer(text, lo, hi):
        if m.end() <= start:
            # (session 47, review2) a clause that opens a report (主播说电工证不用考试啊交两千直接
            # 拿证啊…): the reported words run on past the particle; the frame stays with them
            # (unless the next clause turns to the host's own offer: …骗子哈家人们我们家…)
            said = (said or reports_speech(text, lo, m.start())) and not _SPOKEN_TURN.match(
                text, m.end()
            )
            if not said:
                lo = m.end()
        elif m.start() >= end:
            hi = m.end() if m.start() < m.end() else m.start()
            break
    return lo, hi


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence(s) holding ``[start, end)``, at most ``_REACH`` either side; a
    listing's attribute panel is one sentence (``_panel``), a transcript's unmarked run its
    spoken clauses (``_spoken``)."""
    lo = max(0, start - _REACH)
    before = [m.end() for m in _SENT_END.finditer(text, lo, start)]
    lo = before[-1] if before else lo
    m = _SENT_END.search(text, end, min(len(text), end + _REACH))
    hi = m.start() if m else min(len(text), end + _REACH)
    if "\n" in text:
        return _panel(text, lo, hi)
    return _spoken(text, lo, hi, start, end)


def _quoted(sent: str, a: int, b: int) -> bool:
    """True when ``sent[a:b]`` sits inside a quotation."""
    return any(m.start() <= a and b <= m.end() for m in _QUOTES.finditer(sent))


def referral(lex: Any) -> tuple[float, tuple[str, ...]] | None:
    """The lexicon's ``stance_referral`` set as ``(weight, terms)`` for :class:`StanceReader`."""
    ts = next((t for t in lex.sets.values() if t.role == "stance_referral"), None)
    return (ts.weight, ts.terms) if ts is not None and ts.terms else None


#: (issue 9, session 49, left2) An exhibit's label opening a line (截图显示：…, 页面显示：…, 商品详情页
#: 写有：…): what a report or a record shows of the seller's page. ``_EXHIBIT_FIRST`` holds the
#: characters such a label may open with (a cheap test before the regex).
_EXHIBIT_LABEL = recache.compile(
    r"[ \t\u3000]*(?:截图|截屏|图片|照片|页面|网页|商品页|商品详情页|详情页|聊天记录|广告|帖子|短信)"
    r"(?:上|中|里|内)?(?:显示|写着|写有|写道|标注|内容为|内容是)[：:]"
)
_EXHIBIT_FIRST = frozenset("截图照页网商详聊广帖短 \t\u3000")
#: How much of a neighbouring line is read for its report cue.
_EXHIBIT_LINE = 120


def _exhibit_neighbours(text: str, lo: int) -> list[str]:
    """The nearest non-blank line before and after the line holding ``lo`` where that line
    opens with an exhibit's label (``_EXHIBIT_LABEL``); none otherwise. The neighbours say
    whose the exhibit is: a report's (经查…, 该账号已被封禁) or a seller's own (学员好评)."""
    # (issue 9, session 70, engine2) read from the source's index (lexicon.lines), no scan back
    start = line_start(text, lo)
    if not _EXHIBIT_LABEL.match(text, start):
        return []
    stop = text.find("\n", lo)
    out: list[str] = []
    before = text[max(0, start - 4 * _EXHIBIT_LINE) : max(0, start - 1)].split("\n")
    for line in reversed(before):
        if line.strip():
            out.append(line.strip()[-_EXHIBIT_LINE:])
            break
    if stop >= 0:
        for line in text[stop + 1 : stop + 1 + 4 * _EXHIBIT_LINE].split("\n"):
            if line.strip():
                out.append(line.strip()[:_EXHIBIT_LINE])
                break
    return out
