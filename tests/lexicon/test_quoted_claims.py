"""Reports that quote the offer and offers that quote a report (issue 9, twelfth shift,
quality12r). Every example is in the project's own words.

A penalty decision quoting the ad after 宣称/号称, a post showing a private message it received,
a buyer's story of paying and being refused the refund must stay silent whatever packs run. A
seller who denies being "one of the scammers in the news", speaks up for itself after a buyer's
worry, answers a question under a reply label, or retells a buyer asking whether the paper is
real (是不是真的) still offers.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL


@pytest.mark.parametrize(
    "text",
    [
        # the quoted claim is named by a verb the writer doubts: the quotation is the speaker's
        "当事人在直播间里号称“登高证包过，拿不到证退全款，私信加v gk_1212”，市场监管部门已立案。",
        "该公司在宣传册上声称：“电工证免考试，半个月出证，咨询 13911112222”，经核实均不属实。",
        "当事人在视频中扬言“叉车证不用考，交钱就出证，加v cc_2020”，目前已被立案调查。",
        # a private message, a comment, a video read out in quotation marks
        "有网友贴出收到的私信：“老乡，电工证要吗？不用考，我们直接出。”下面的评论都在骂骗子。",
        "他转发了一条视频的评论：“焊工证免考，二十天出证，加我”，并提醒工友别上当。",
        # the buyer paid, the seller reneged
        "交了三千报了个叉车证保过班，教练天天说肯定过，结果没过，退钱时又说要扣一半。",
        "花五千报的教资保过班，机构说肯定能过，结果笔试没过，要退费又让我先交材料费。",
        # a reply in a reporter's transcript, with no call on the reader
        "记者问：不用考也能拿电工证？对方回复：能，先交钱再说。",
    ],
)
def test_a_report_quoting_the_offer_stays_silent(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings == []
    assert det.scan_page(text=text).findings == []


@pytest.mark.parametrize(
    "text",
    [
        # the seller denies being one of the scammers the news speaks of
        "我可不是新闻里报道的那些骗子，焊工证免考正规出，可查，微信 hg_3030",
        "我们不是网上那种骗人的骗子，叉车证不用考，下周到，可查，加v cc_4141",
        # the seller speaks up for itself after a buyer's worry
        "好多人怕遇到骗子，我实话实说：叉车证不用考，十天到，应急厅可查，加v cc_9090",
        # a buyer asking whether the paper is real, retold by the seller (an A-not-A question)
        "有个工友问我登高证是不是真的，能查！免考，半个月出，要的私我",
        # the seller answers under a reply label, the question quoted before it
        "客户留言：“还能办电工证吗？”回复：能，不用考，二十天到，加薇 dg_5151",
        "焊工证能免考吗？回答：能，二十天出证，可查，微信 hg_8181",
    ],
)
def test_an_offer_wearing_a_reports_clothes_fires(det, text: str) -> None:
    assert det.scan_page(text=text).findings
    assert det.scan_page(text=text, packs=ALL).findings


@pytest.mark.parametrize(
    "text",
    [
        # the warning word stands: the writer denies nothing of itself and sells nothing
        "我不信网上说的那些骗子，电工证还是老老实实去考吧。",
        "网上卖的焊工证是不是真的？答：不是，都是假的，别买。",
        "很多人担心是骗子，我直说：电工证必须本人参加考试，没有捷径。",
    ],
)
def test_a_warning_without_a_turn_to_an_offer_still_silences(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings == []


@pytest.mark.parametrize(
    "text",
    [
        # a learner's worry ending in an A-not-A question, no question mark
        "网上那种免考的焊工证,到底有没有用",
        "不用考试直接拿的叉车证,合不合法",
        "同事给了个免考拿登高证的渠道,可不可靠啊",
    ],
)
def test_an_a_not_a_question_is_a_question(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings == []


@pytest.mark.parametrize(
    "text",
    [
        # a concession (whatever the learner can do) negates nothing
        "电工证 不管你会不会 都包过 加v dg_3131",
        "叉车证 无论你能不能来 都包拿证 私聊",
    ],
)
def test_a_conceded_a_not_a_is_no_negation(det, text: str) -> None:
    assert det.scan_page(text=text).findings


def test_an_a_not_a_asked_about_the_promise_keeps_its_negation(det) -> None:
    """问我…能不能包过 asks about the promise; it makes none."""
    assert det.scan_page(text="有人问我焊工证能不能包过 我说我又不管考试", packs=ALL).findings == []


@pytest.mark.parametrize(
    "text",
    [
        # a frame ending in a colon, no quotation marks: the rest of the sentence is the ad quoted
        "被告人在微信群里发布:我们可以办理各类证件,学信网可查,价格优惠,联系电话13955556666。",
        "民警截获的短信写道:同学你好,六级答案考前一小时发,需要请加QQ 3344 1122。",
        "那名男子在群里发的消息是:学历提升,本科两年拿证,学信网可查,有意者私聊。",
    ],
)
def test_a_report_quoting_an_ad_after_a_colon_stays_silent(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings == []


@pytest.mark.parametrize(
    "text",
    [
        # a seller's own heading before a colon reports nothing: its contact stays its offer
        "新课发布:焊工证包过班,报名加微信 hg_1111",
        "好消息:电工证免考,十五天出证,可查,私聊",
        "本店公告:各类证件办理,学信网可查,加微 bz_1234",
    ],
)
def test_a_sellers_heading_with_a_colon_still_fires(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings


@pytest.mark.parametrize(
    "text",
    [
        # the denial and the turn read with the evader's separators gone
        "我 可 不 是 新 闻 里 报 道 的 那 些 骗 子，焊 工 证 免 考 正 规 出，可 查，微信 hg_3030",
        "好\u200b多\u200b人\u200b怕\u200b遇\u200b到\u200b骗\u200b子，我\u200b实\u200b话\u200b实\u200b说：叉车证不用考，加v cc_9090",
    ],
)
def test_a_spaced_out_denial_or_turn_still_lets_the_offer_fire(det, text: str) -> None:
    assert det.scan_page(text=text).findings


def test_a_spaced_out_warning_without_an_offer_stays_silent(det) -> None:
    text = (
        "警 方 提 醒：网 上 办 证 的 都 是 骗 子，我 们 将 依 法 打 击，电 工 证 免 考 都 是 假 的"
    )
    assert det.scan_page(text=text, packs=ALL).findings == []


def test_paid_once_the_paper_checks_out_is_a_paper_sale(det) -> None:
    """先查后付 / 查得到再付款 is a paper seller's term (model_doc_claim): the learned scorer's
    finding is a sale, never an exam cheat's (ML-EF)."""
    res = det.scan_page(text="我们的登高证给你之前先帮你查，查得到再付款，薇 gk_7788")
    assert {f.rule_id for f in res.findings} == {"ML-CS"}
    report = "记者调查发现，卖家称叉车证先查后付，查得到再付款，实际查询网站是假的。"
    assert det.scan_page(text=report, packs=ALL).findings == []
