"""Lawful text that sits right next to the certificate trade, with all packs on (issue 9,
fifteenth shift, quality15g): goods sold under a certificate's name (题库书 出, 证书套出), a holder
looking for work with a phone, a school's 开班通知, a verification guide (可在…查询平台查询真伪),
the owner who quit the trade (不干这行了); and the offers that wear the same words -- a seller who
calls on the reader who lacks the card (没有证的…我们帮你办), turns from a group's rule to its own
call (本群禁止…，不过需要…的私我), or has someone in the exam room (有人在考场帮忙). Every example is
in the project's own words, written for these tests (not taken from any held-out set).
"""

from __future__ import annotations

import pytest

ALL = ["special-ops", "training-ads", "certificates"]


@pytest.mark.parametrize(
    "text",
    [
        # goods right before the sale word: the certificate's name only says which goods
        "登高证题库 出，二十元，vx tk_2020",
        "焊工证实操板出，用不上了，电话 13611112222",
        "电工证证件夹出，五元一个，v: zj_3344",
        "叉车证考试书 出，送笔记，同城自提，电话 13900112233",
        # a holder looking for work
        "持登高证五年，在找长期工作，联系 13522223333",
        "有制冷证，会修空调，想找个附近的活，v: zl_work9",
        "焊工证电工证都考了，求厂里的活，电话 13700002222",
        "持焊工证，想找个钢构厂的活，电话 13622223333",
        "找活：持登高证，外墙作业都能干，电话 13944445555",
        # a school's class notice with a price and a phone, no promise
        "熔化焊开班通知：本月15日开班，学费一千二，考试合格后发证，报名电话 0571-86661234",
        # a guide's heading that sends the reader to the official site is no clone's name
        "焊工证查询：登录应急管理部官网，输入身份证号即可查询",
        # a line above a school's heading: the heading's 通知 still counts for it
        "免考科目的申请要交证明\n电工证培训开班通知：本期周三开课",
        # a verification guide
        "焊工证全国通用，持证人可登录官方平台查询真伪",
        "低压电工证在各省都能用，真假请在应急管理部查询系统核实",
        # a regulator's notice keeps its warning
        "关于严厉打击电工证代办的通知：凡承诺不用考试拿证的均属违法",
        # the writer's own denial; an office's referral to the lawful route
        "我们没有内部渠道，请勿相信任何包过的说法",
        "本平台禁止发布办证广告，需要证书的请到当地应急管理部门报名考试",
        # an exam centre's staff helping candidates find their seats
        "考试当天有工作人员在考场引导，请考生按时到达",
    ],
)
def test_a_lawful_neighbour_stays_silent(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings == [], text


@pytest.mark.parametrize(
    "text",
    [
        # the card itself sold beside the goods, or a certificate's name that ends in 书
        "电工证 出 送题库 v: dgz_7788",
        "焊工证题库和证一起出，证不用考，v: hz_5151",
        # a job seeker's words on a seller's line
        "电工证焊工证都能出，想找活的工友私我 v: dg_3131",
        "电工证 出，找工作必备，v: dg_1010",
        # the class notice that skips the exam or promises the card
        "焊工证开班通知：不用到场，交资料等证，电话 13600001111",
        "叉车开课通知：学费八百，保证拿证，不过全退，报名加V cc_2211",
        # a second-hand line that sells the card
        "原来的店主不干这一行了，焊工证转让，可以改名，微信 hz_8080",
        # the reader who lacks the card, then the seller's channel
        "没有证的工友不用担心，我们内部渠道直接出证，电话 13512345678",
        # a group's rule, then the seller's own call
        "本平台禁止违规交易，但是需要叉车证的直接私我，不用考，三天拿证",
        # someone of the seller's in the exam room
        "报我们的课程，有自己人在考点照应，实操随便做，电话 0571-86662233",
        # the guide's words on a seller's line
        "焊工证全国通用，可登录官网查询，不用考试直接办，v: hg_6060",
    ],
)
def test_the_offer_beside_it_still_fires(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings, text


def test_the_silence_names_the_goods(det) -> None:
    res = det.scan_page(text="登高证题库 出，二十元，vx tk_2020", packs=ALL)
    assert any(s.reason == "lawful:商品(题库)" for s in res.suppressed), [
        s.reason for s in res.suppressed
    ]


def test_the_job_seeker_is_a_named_cue(det) -> None:
    text = "有焊工证，找活干，v: hg_1212"
    stance = det._stance.judge(text, 0, len(text), [(text.index("hg"), len(text))])
    assert "report:持证求职(找活干)" in stance.cues, stance.cues
    assert stance.score < 0
