"""The certificates pack's bare 证 inside 保证, 证据, 证人 … is no anchor of the learned scorer,
and the diploma sellers who leaned on it have anchors of their own (issue 9, quality11g).

Before, 证 in 保证 made every sentence that promises anything worth the scorer's reading
(我们酒店保证每个房间都有独立卫生间 -> ML-FC), and it was the only certificates anchor of a seller
who names a degree level and a verification pledge but no certificate (大专一万二，保证学信网可查).
Every example is in the project's own words.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL

CERT = ["certificates"]


@pytest.mark.parametrize("packs", [CERT, ALL], ids=["certificates", "all"])
@pytest.mark.parametrize(
    "text",
    [
        "我们小区物业保证每户都有一个车位",
        "我们酒店保证每个房间都有独立卫生间",
        "我们医院保证每位病人都有陪护床",
        "我们面包店保证每天现烤，隔夜不卖",
        "本校保证每位住校生都有独立衣柜",
        "律师说这份证据可以证明对方违约",
        "证人出庭作证后，法院采信了其证言",
        "押金和保证金请在离店时到前台办理退还",
        # a report quoting a seller's price list from the evidence it was read from
        "截图显示，卖家给出的价格是：本科一万二，硕士两万，“包学信网可查”。",
        "聊天记录显示，对方报价专科八千，称学信网可查，先付一半定金。",
    ],
)
def test_a_promise_or_evidence_word_is_no_certificate(det, text: str, packs: list[str]) -> None:
    """Nothing is read, not even considered and then silenced: the sentence names no paper."""
    res = det.scan_page(text=text, packs=packs)
    assert res.findings == []
    assert not [s for s in res.suppressed if s.rule_id.startswith("ML-")]


@pytest.mark.parametrize(
    "text",
    [
        # a degree level with a price, a verification pledge: no certificate named
        "专升本一万六 学信网终身可查 私聊",
        "客服说大专一万二，保证学信网可查，要的加 v：kf_5151",
        "硕士三万，保证学信网永久可查，加v xl_3131",
        "全日制本科，保证终身可查，私信",
        "我们保证：本科两万八，档案可查，电话 139 1122 3344",
        # the pledge alone, with a contact (old covers of 保证's 证 that must stay shut)
        "保证可查 私聊 v zz_6611",
        "保证真实可查，价格私聊，加微 bz_7171",
        "保证能查，先验货后付款，V：yy_2323",
        "截图显示：本科一万二 学信网可查 加v xl_6262",
    ],
)
def test_a_diploma_seller_without_a_certificate_name_is_still_read(det, text: str) -> None:
    assert det.scan_page(text=text, packs=CERT).findings


@pytest.mark.parametrize(
    "text",
    [
        "保证拿证，不用考试，加v ks_8080",
        "保证学历真实，三天出证 加v xl_4545",
        "保证金五百 包拿证 加v bzj_2020",
        "证据确凿的真文凭，学信可查 加v zw_9191",
        "四六级考试代考，保证高分，接单加v",
    ],
)
def test_a_promise_word_over_a_real_offer_still_fires(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings


def test_a_longer_anchor_keeps_its_zheng() -> None:
    """The check reads normalized text (no spaces between characters): 电工证人不到场 holds
    证人, and 确保证件 holds 保证, yet the 证 belongs to 电工证 and 证件."""
    from lexicon.masks import NotAnchors

    anchors = {"证": {"certificates"}, "电工证": {"certificates"}, "证件": {"certificates"}}
    anchors["保证可查"] = {"certificates"}
    anchors["保证通过"] = {"training-ads"}
    skip = NotAnchors(["保证", "证人", "证据"], anchors)
    at = "本校保证每位学生".index("证")
    assert skip("本校保证每位学生", at)
    assert skip("这份证据", "这份证据".index("证"))
    assert not skip("电工证人不到场", "电工证人不到场".index("证"))
    assert not skip("确保证件齐全", "确保证件齐全".index("证"))
    assert not skip("保证可查私聊", 1)
    # a longer anchor of another pack does not make 证 a certificates word
    assert skip("保证通过", 1)
    assert not skip("毕业证", 2)


def test_masking_leaves_a_promise_word_and_a_pledge_as_they_are() -> None:
    """The model's features see 保证 and 保证可查 as words; a certificate name is masked."""
    from lexicon.masks import MASKS, AnchorMask

    mark = MASKS["certificates"]
    mask = AnchorMask(
        {"certificates": ("证", "证件", "保证可查")}, ("certificates",), ["保证"], ["保证可查"]
    )
    assert mask("我们保证每个房间") == "我们保证每个房间"
    assert mask("确保证件齐全") == f"确保{mark}齐全"
    assert mask("保证可查私聊") == "保证可查私聊"
    assert mask("电工证") == f"电工{mark}"
    assert [e for e, _ in mask.iter("我们保证每个房间")] == []


def test_a_terse_welder_listing_still_surfaces(det) -> None:
    """The retrain moved this near tie from ML-CS (P 0.169 against ML-GP 0.153) to ML-GP (0.145
    against 0.157): the ML-CS fixture takes a line whose category is clear, and this one must
    still surface under some ML category."""
    res = det.scan_page(text="焊工证报名 下月出证 私信", packs=ALL)
    assert [f for f in res.findings if f.rule_id.startswith("ML-")]
