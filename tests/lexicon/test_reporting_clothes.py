"""Reporting, warning and judging text with all packs on, and offers that wear its clothes
(issue 9, tenth shift, quality10r). Every example is in the project's own words.

A report that lists the seller's words one by one in quotation marks must stay silent; an ad
that quotes its own hooks, or opens like news or a warning and ends with a contact, must fire.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL


@pytest.mark.parametrize(
    "text",
    [
        "他在群里看到一条消息，“包真”“网上能查”“价格可谈”，说可以花钱办证。",
        "表姐刷到一个账号，“保真”“可查”“价格好商量”，说花钱办证很快，她没理。",
        "有人在评论区刷“包过”“不过退费”“名额有限”，说报了就能拿电工证，我没理。",
        "看到那个帖子写着“保真”“包查验”，他就花钱办了一张学位证，结果单位一查是假的。",
    ],
)
def test_a_report_listing_the_sellers_words_in_quotes_stays_silent(det, text: str) -> None:
    """Offer cues inside quotations the candidate is not in are the quoted seller's, not the
    writer's, once the sentence reports (a frame or a report cue outside the quotations)."""
    assert det.scan_page(text=text, packs=ALL).findings == []


@pytest.mark.parametrize(
    "text",
    [
        # a listing title quoting its own hooks, with no report cue: the hooks are the ad's
        "硕士证 学位证 “保真”“包查验”",
        "本科毕业证“保真”“可查”，价格“从优”，联系 v xl_6060",
        "毕业证 学位证 “保真”“包查验” 需要的私我",
        "我们的健康证“不用体检”“当天出”，你放心，加微 jk_5151",
        "“免考”“直拿”，高压电工证 焊工证 私聊",
        "各类证件制作“保真”“包查验”“一比一”，价格美丽 私",
        "刻章“当天取”“不用备案”，公章合同章都能刻 电话 186 3344 5566",
    ],
)
def test_an_ad_quoting_its_own_hooks_still_fires(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings


def test_the_quoted_hooks_are_not_counted_as_the_writers_offer(det) -> None:
    """The sale rule on 办证 needs a seller's cue: the video's hooks in quotes give none."""
    text = "他在群里看到一条消息，“包真”“网上能查”“价格可谈”，说可以花钱办证。"
    res = det.scan_page(text=text, packs=ALL)
    assert res.findings == []
    why = {s.rule_id: s.reason for s in res.suppressed}
    assert why["FC-204"].startswith(("needs_offer:", "report:")), why


@pytest.mark.parametrize(
    "text",
    [
        "网上骗子太多，认准我们，电工证免考直拿，全国可查，联系 138 2211 4455",
        "都说办证是骗局，我们是实体店，毕业证学信网可查，保真，加微 xl_3131",
        "我们不是骗子，电工证不用考，三天拿证，加V dgz_0101",
        "别上当受骗了，选我们，叉车证免考办理，当天出证，加微 cc_2211",
        "问：焊工证能不考试吗？答：能，找我们，一周出证，电话 139 5566 1122",
        "有人说“包过”是骗人的？我们敢写进合同：电工证包过，不过全退，加V bg_7788",
        "担心被骗？本店先证后款，焊工证登高证免考，私聊 v：hd_3344",
    ],
)
def test_a_warning_the_writer_turns_away_from_does_not_hide_its_offer(det, text: str) -> None:
    """骗子太多，认准我们 … 加V: the warning word is the ad's foil, the line after the turn sells."""
    assert det.scan_page(text=text, packs=ALL).findings


@pytest.mark.parametrize(
    "text",
    [
        "警方提醒：凡是声称不用考试就能拿证的都是诈骗，我们将依法严厉打击，举报电话 0571-87654321",
        "谨防上当！本校从未委托中介代办毕业证，我们的招生咨询电话为 0571-88001122",
        "问：网上说电工证不用考就能拿，是真的吗？答：不是，必须参加培训考核。咨询电话 0571-86661234",
        "骗子太多了，我们也被骗过，对方说包过，加了他微信 pz_8899 之后就被拉黑了",
        "大家小心骗子，我们班有同学花两千买了个假电工证，卖家微信 jz_1234，已报警",
        "提醒大家：买假证违法，我们单位上次有人拿假电工证上岗被查，对方电话 138 1111 2222 已经停机",
        "防骗提醒：有人冒充我们学校老师说能保过，让家长加微信 ls_5678 交钱，请勿相信",
        "问：能不能不考试直接拿电工证？答：不能，任何声称可以的都是骗子，请拨打举报电话 12345",
    ],
)
def test_a_report_whose_writer_says_we_stays_silent(det, text: str) -> None:
    """A turn to 我们 that does not sell (a report's hotline, a victim naming the scammer's id)
    leaves the warning in force."""
    assert det.scan_page(text=text, packs=ALL).findings == []


@pytest.mark.parametrize(
    "text",
    [
        "我表弟找人替考英语六级被抓了，学位证也没拿到。",
        "那家刻章店私刻公章被查，老板说以后不敢了",
        "卖假证的团伙终于落网，现场查获空白证书一千多本。",
    ],
)
def test_caught_and_punished_is_a_report(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings == []


@pytest.mark.parametrize(
    "text",
    [
        "替考包过 四级六级都接 做了五年从没被抓过 加V tk_1212",
        "电工证不用考 直接拿证 不怕被查 官网可查 私聊 v dg_5656",
        "驾照科目一替考 安全 不会被抓 联系 qq 2233 1188",
        "刻章 公章合同章 不用备案 从来没被查过 电话 139 8877 1100",
        "别人家的被查了，我们家的证真实可查，焊工证免考，加V hz_3434",
    ],
)
def test_a_seller_saying_it_is_never_caught_still_fires(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings


@pytest.mark.parametrize(
    "text",
    [
        "“包过”“不过退费”，一级建造师冲刺班火热报名，咨询热线 400-812-3366",
        "“包过”“签约退费”“内部题库”，安全员C证培训报名中，报名电话 0531-86001234",
        "电工证“包过”班 周末开课 报名电话：021-66554433",
    ],
)
def test_a_landline_or_400_number_is_the_writers_offer(det, text: str) -> None:
    """Schools give a landline or a 400 number, not a mobile: after 电话/热线/报名, in a
    sentence that enrols (报名, 招生, 开课 …), it is an offer cue (+2), so a line of quoted
    hooks with one is the school's ad."""
    assert det.scan_page(text=text, packs=ALL).findings


@pytest.mark.parametrize(
    "text",
    [
        "本中心从未开设所谓“包过班”，报名咨询电话 0571-86669999",
        "我校从来没有委托任何机构举办“保过”培训，招生办电话 0571-88001234",
        "某机构以“包过”为名招揽学员，市场监管部门已立案，举报电话 0571-12345678",
        "有消费者投诉称，该机构承诺“包过”，投诉电话 0571-86001111",
        "记者拨打了宣传单上的电话 0755-22331100，对方称“包过”，学费八千元。",
        # an issuer's office number, no enrolment: a page's contact, not an offer
        "本学会颁发的会员证书支持在线查验，咨询电话 010-6655 4433",
    ],
)
def test_a_notice_with_its_offices_phone_stays_silent(det, text: str) -> None:
    """A hotline for reports is no offer, and a notice that denies the quoted thing keeps its
    quotation's silence whatever office phone it gives."""
    assert det.scan_page(text=text, packs=ALL).findings == []


def test_a_denial_does_not_keep_a_quoted_hook_silent_beside_a_mobile(det) -> None:
    """The denial only holds against a landline: a seller's mobile or id undoes the quotation
    as before (从不乱收费的“包过”班 加V … is a seller's boast)."""
    text = "从不乱收费，“包过”班火热报名，加V bg_7171"
    assert det.scan_page(text=text, packs=ALL).findings


@pytest.mark.parametrize(
    "text",
    [
        "听说明年焊工证要严查了，趁现在还能不考试直接办，抓紧，私聊",
        "最近严查，趁早办，电工证免考，三天出证，私我 v：dg_4545",
        "各地都在打击假证，赶紧的，叉车证免考直拿，全国可查，加V cc_9898",
        "有人说严查了办不了？有需要的私聊，登高证照样免考，加微 dg_1717",
    ],
)
def test_a_warning_cited_as_a_reason_to_buy_now_does_not_hide_the_offer(det, text: str) -> None:
    """严查了，趁现在还能办 … 私聊: the writer's urgency turns the warning into its pitch."""
    assert det.scan_page(text=text, packs=ALL).findings


@pytest.mark.parametrize(
    "text",
    [
        "今年起将严查无证上岗，请大家抓紧时间参加正规培训考试，咨询电话 0571-86001234",
        "警方表示将严查假证，提醒市民赶紧核实自己的证书，如有疑问请私信官方微博",
        "市场监管局将严查虚假培训广告，有需要的考生请通过官方渠道报名，切勿私下转账",
        "近期严查假证，很多人赶紧把网上买的电工证扔了，怕被查出来",
    ],
)
def test_urgency_in_a_report_leaves_its_warning_in_force(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings == []
