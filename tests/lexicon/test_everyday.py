"""Evasion holes and false alarms on everyday text (issue 9, quality9s).

A warning heading worn over an ad, repost prefixes before a role label, buyers asking who
sells, and lawful trade text near the certificate trade (a flat sold with its deed, a medical
exam centre, news of an exam day). Every example is in the project's own words.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL


@pytest.mark.parametrize(
    "text",
    [
        "【曝光】低压电工证 不用考 直接拿证 V信 dg2233",
        "【揭秘】焊工证不用考试 三天出证 加微 hg_888",
        "曝光：电工证免考直接拿，名额有限，私聊 v：dgz_369",
        "#曝光# 登高证 免考拿证 全国通用 私我 gc_1234",
        "揭秘｜叉车证办理不用考试，三天拿证，联系 qq 3345 1290",
        "【提醒】制冷证 免考直拿 速度联系 136 0021 8845",
    ],
)
def test_a_warning_heading_worn_over_an_ad_does_not_silence_it(det, text: str) -> None:
    """What follows the heading decides: a contact or a seller's call under it is an ad."""
    assert det.scan_page(text=text, packs=ALL).findings


@pytest.mark.parametrize(
    "text",
    [
        "曝光：某机构承诺包过收费被查处",
        "【曝光】一培训机构宣称“不用考试拿电工证”，被罚款五万元",
        "揭秘：所谓“免考拿证”都是骗局，证书根本查不到",
        "【揭秘】网上卖焊工证的人是怎么骗钱的",
        "#曝光# 某网店出售假健康证，已被平台下架",
        "转载 | 【曝光】某机构承诺电工证包过，收费后失联",
    ],
)
def test_a_warning_heading_over_a_report_stays_silent(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings == []


def test_a_report_under_a_heading_stays_silent_whatever_follows_it(det) -> None:
    """The report's own warning words still count when a listing follows it."""
    text = "【曝光】某机构承诺电工证包过被查处\n二手自行车出售 电话 139 2231 5578"
    assert det.scan_page(text=text, packs=ALL).findings == []


@pytest.mark.parametrize(
    "text",
    [
        "【曝光】电工证不用考 直接拿证\n微信 dg_1234",
        "【揭秘】焊工证免考 三天出证\n联系 qq 3345 1290",
        # a repost's prefix before the heading
        "转发｜【曝光】电工证 不用考 直接拿证 加V dg_1",
        "转载 | 曝光：焊工证免考 三天出证 微信 hg_2288",
    ],
)
def test_a_contact_on_the_line_after_the_heading_still_counts(det, text: str) -> None:
    """The post under the heading runs to its first blank line, not to the first line break."""
    assert det.scan_page(text=text, packs=ALL).findings


_MARKS = [
    *__import__("lexicon.quotes", fromlist=["QUOTE_PAIRS"]).QUOTE_PAIRS,
    ('"', '"'),
    ("＂", "＂"),
]


@pytest.mark.parametrize("mark", _MARKS, ids=lambda m: m[0])
@pytest.mark.parametrize(
    "frame",
    [
        "网友晒出收到的短信：{o}电工证包过，详询139****2218{c}",
        "{o}电工证不用考，交钱就能拿。{c}对方说",
        "页面显示{o}电工证免考拿证{c}，记者拨打后对方要求先付款",
    ],
)
def test_every_quotation_mark_frames_alike(det, mark: tuple[str, str], frame: str) -> None:
    """One set of marks for the stance stage and the detector: a quoted ad in a report is the
    report's subject whichever marks the page used (〝〞 and ＂ were known to one stage only)."""
    text = frame.format(o=mark[0], c=mark[1])
    assert det.scan_page(text=text, packs=ALL).findings == []


@pytest.mark.parametrize("mark", _MARKS, ids=lambda m: m[0])
def test_a_slogan_in_any_marks_beside_a_contact_still_offers(det, mark: tuple[str, str]) -> None:
    text = f"{mark[0]}电工证包过{mark[1]} 报名加V dg_5566"
    assert det.scan_page(text=text, packs=ALL).findings


@pytest.mark.parametrize(
    "text",
    [
        "转载 | 卖家：放心，包过，不过全退",
        "转自朋友圈 对方：放心，教资包过，不过全退",
        "转发｜商家：健康证不用体检，扫码能查，八十一张",
        "分享 | 对方：学位证可以做，学信网能查，三千一本",
        "来源：网络 | 卖家：学位证可以做，学信网能查，三千一本",
    ],
)
def test_a_repost_prefix_before_a_role_label_keeps_it_a_label(det, text: str) -> None:
    """转载 | 卖家：… hands on the other side's lines like 卖家：… does (the prefix broke it)."""
    assert det.scan_page(text=text, packs=ALL).findings == []


@pytest.mark.parametrize(
    "text",
    [
        "转载 | 电工证包过 不过退费 报名加V dg_1234",
        "转发 | 卖家：低压电工证免考直接拿，加V dian_3321 详聊",
        "分享 | 商家：叉车证 登高证 不用考 当天出 联系 qq 7712 3390",
    ],
)
def test_a_repost_prefix_does_not_hide_an_ad(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings


@pytest.mark.parametrize(
    "text",
    [
        "求 健康证 出 私我",
        "求 电工证 出 私我",
        "急求 焊工证 出 有的私聊",
        "求 电工证考试资料 出 私我",
        "收 二手房 房产证齐全的 私我",
    ],
)
def test_a_buyer_asking_who_sells_is_no_offer(det, text: str) -> None:
    """求X 出 asks who sells: the 私我 is the buyer's; the silence is named as a buyer's."""
    res = det.scan_page(text=text, packs=ALL)
    assert res.findings == []
    assert all("买家求购" in s.reason for s in res.suppressed)


@pytest.mark.parametrize(
    "text",
    [
        "出 电工证 焊工证 不用考 私我",
        "电工证 出 私我 dg888",
        "健康证出 不用体检 私我 jk_7788",
        "求带？不用，电工证直接出，找我 vx：dgz_0101",
        "出证快 电工证 叉车证 免考 私聊 v dz_1212",
        # collecting certificates to rent them out is the trade itself (CS-204), not a buyer
        "求 二建证 挂靠 私我 v gk_123",
        "高价收证 一建 二建 注安 电话 13800001111",
    ],
)
def test_a_seller_who_writes_chu_still_offers(det, text: str) -> None:
    """出X and X 出 without a buyer's word before the thing are the seller's (出证 sells)."""
    assert det.scan_page(text=text, packs=ALL).findings


@pytest.mark.parametrize(
    "text",
    [
        "二手房出售 房产证齐全 电话 13812345678",
        "出售临街商铺 房产证 土地证都在 电话 136 5522 1100",
        "餐饮店转让 卫生许可证 齐全 电话 13712345678",
        "二手车转让 行驶证 可过户 电话 13912345678",
        "面包车出售 行驶证 登记证齐全 价格面议 电话 135 0099 8877",
        # the learned scorer read the licences as sold (ML-CS) until the pair counted there too
        "火锅店整体转让 食品经营许可证 营业执照齐全 电话 137 1234 5678",
    ],
)
def test_goods_sold_with_their_papers_are_no_certificate_sale(det, text: str) -> None:
    """The sale word sells the house, the car or the shop; the certificate goes with it."""
    res = det.scan_page(text=text, packs=ALL)
    assert res.findings == []


@pytest.mark.parametrize(
    "text",
    [
        "出售房产证 加V fc_123",
        "二手房出售 房产证 毕业证 都能办 加V bz_3355",
        "本店出售 电工证 免考 加V dg_11",
        "出售二手房 也出售各类证件 加V zj_999",
        "二手车转让 驾驶证 不用考 包过 加V jz_00",
    ],
)
def test_a_goods_sale_does_not_cover_a_certificate_sale_beside_it(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings


@pytest.mark.parametrize(
    "text",
    [
        # a news event in the exam room: 考场有人 is "someone in the room (fainted)"
        "考场有人晕倒，监考老师把他扶了出去",
        "昨天焊工证实操考场有人中暑，考点安排了救护车",
        "科目二考场有人撞杆，大家都很紧张",
        # a graduate's own certificate arrived
        "毕业证 出来了 谁要一起拍照 私我",
        "学位证领到了 晚上一起吃饭的私我",
        # a medical exam centre: the lawful route to a health certificate
        "健康证体检 当天出 体检中心电话 0571-88776655",
        "社区卫生服务中心 健康证体检 当天出证 电话 0571-86001122",
    ],
)
def test_everyday_lines_near_the_trade_stay_silent(det, text: str) -> None:
    res = det.scan_page(text=text, packs=ALL)
    assert res.findings == [], res.findings


@pytest.mark.parametrize(
    "text",
    [
        "考场有人，电工证稳过，私我",
        "毕业证书 包查验 私聊",
        "健康证 不用体检 体检中心盖章 当天出 加V jk_11",
        "健康证 当天出 加V jk_22",
    ],
)
def test_the_same_words_in_an_offer_still_fire(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings


@pytest.mark.parametrize(
    "text",
    [
        "体检中心 焊工证 当天出 私我 hg_11",
        "社区医院 登高证 三天出 私我 dg_3030",
    ],
)
def test_an_exam_centre_covers_only_the_papers_it_issues(det, text: str) -> None:
    """A medical exam centre issues health certificates, never a welder's card: the lawful
    route excuses a line only where every certificate in it is the route's own paper."""
    assert det.scan_page(text=text, packs=ALL).findings


@pytest.mark.parametrize(
    "text",
    [
        "【曝光】电工证免考直接拿？假的！对方微信 dg_5566 已拉黑我",
        "【揭秘】电工证不用考的真相：加了微信 dg_7788 后对方要求先交钱",
    ],
)
def test_an_exposure_naming_the_scammers_contact_stays_silent(det, text: str) -> None:
    """A contact under the heading is the scammer's when the post reads as a report."""
    assert det.scan_page(text=text, packs=ALL).findings == []
