"""Reports that quote the trade with the frame on another line (session 37, sources, holdout76): a
quoted ad standing alone on its line, its source or back-reference on the next line (——摘自…,
来源：…, （记者 …）, 据…报道, 以上为…宣传语, 这样的广告…, 就这样一句话…), or a line that reports
beside it (警方, 被告人, 已被封禁, 责令整改); a platform's list of forbidden wording after a colon or
set out one item a line; a flash that answers its own rumour question (…能拿？假的！). The reverse
guard: a seller's own next line (以上证书均可办理, ——本店承诺, 这就是我们的承诺, a contact) keeps the
offer, and an advertorial (软文) on a news page is no longer silenced by the page.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from lexicon.frames import note_after, quoted_line_neighbours
from tests.lexicon.scanning import ALL, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        # the source on the next line, dash-led or labelled
        "“焊工证不用考试，直接拿证”\n——摘自某平台被下架的商品标题",
        "“登高证免考，七天下证，加V：dg5566”\n来源：某县公安局微信公众号",
        "“高压电工证全国可查，本人不用去”\n（本报记者 赵某 通讯员 钱某）",
        "叉车证不用考，当天出证，价格优惠。\n据某晚报报道，此类信息近期在网上频繁出现。",
        # on the sentence's own line after the stop
        "低压电工证不用考，五天下证，价格优惠。——摘自某区市场监管局公布的案例",
        # pointed back at from the next line, past other quoted lines
        "电工证包过，不用考试，直接拿证。\n以上为涉案店铺的商品描述，该店铺已被查封。",
        "“电工证包过，加V”\n“焊工证免考拿证”\n这些小卡片被塞进了工棚的门缝。",
        "“叉车证包拿证，微信 cc5566”\n这是记者在一个求职群里看到的消息。",
        # a quoted line alone beside a line that reports it
        "“焊工证免考，七天拿证，加微信 hg3344”\n该账号已被平台封禁。",
        "“电工证，包过，不过退钱”\n某市场监管局检查时发现上述宣传，已责令整改。",
        "案情回顾\n“低压电工证不用考，本人不到场”\n被告人孙某在朋友圈发布上述广告。",
        # a list of forbidden wording
        "【违禁词】以下表述不得出现在商品标题里：电工证代办、焊工证免考、证书包过。",
        "关于证书类商品的管理规定\n以下关键词禁止出现在商品详情中：\n1. 电工证代办\n2. 焊工证免考\n"
        "3. 包过拿证\n违规商品将被删除。",
        # a flash answering its own rumour question
        "【快讯】电工证不用考就能拿？假的！应急管理部门提醒：操作证须经考试取得。",
    ],
)
def test_reports_framed_on_another_line_stay_silent(det, text: str) -> None:
    assert rule_ids(det, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "电工证包过，不用考试\n以上证书均可办理，加V dg1234",
        "焊工证免考，十天出证\n——本店承诺，假一赔十",
        "电工证不用考，包拿证\n这就是我们的承诺，加V：dz2233",
        "“登高证七天到手，不用本人去”\n这是我们收到的客户好评，需要的加微信 dd1122",
        "可办证书如下：\n1. 电工证免考\n2. 焊工证免考\n加V dz1234",
        "注意：\n电工证免考\n焊工证包过\n微信 dz1234",
    ],
)
def test_a_sellers_own_next_line_keeps_the_offer(det, text: str) -> None:
    assert rule_ids(det, text, ALL)


def test_an_advertorial_on_a_news_page_is_reported() -> None:
    from lexicon import get_detector

    det = get_detector()
    text = "近日，记者走访发现，某职业技能学校焊工实操班包过，不过全额退费，有意者可拨打 139 2233 4455。"
    res = det.scan_page(text=text, packs=ALL)
    assert any(c.startswith("offer:软文") for f in res.findings for c in f.cues)


def test_note_after_reads_the_next_line_only() -> None:
    text = "“电工证不用考”\n——摘自某局通报"
    assert note_after(text, text.index("\n")) == "摘自"
    # a first-person note is the seller's own
    own = "“电工证不用考”\n以上是我们的宣传语"
    assert note_after(own, own.index("\n")) is None
    # a page with no line break: nothing is read past the sentence
    flat = "电工证不用考。" + "某" * 5000
    assert note_after(flat, flat.index("。")) is None


def test_a_quoted_line_has_neighbours_only_when_it_stands_alone() -> None:
    text = "第一行报道\n“电工证不用考”\n第三行报道"
    lo = text.index("“")
    assert quoted_line_neighbours(text, lo, text.index("\n", lo)) == ["第一行报道", "第三行报道"]
    mixed = "他说“电工证不用考”\n第二行"
    assert quoted_line_neighbours(mixed, 0, mixed.index("\n")) == []
