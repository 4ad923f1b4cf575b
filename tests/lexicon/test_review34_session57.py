"""Session 57, review34: a second reading of left19 and left20 (round 62). Sentences written for
this file.

- ``silence._FAIL_REFUND`` read any refund or "not charged" word after 不包过 as the condition of a
  refund-on-fail pledge, so a school's own terms after its denial (不包过，不收押金; 不包过，退费按
  开课时间计算) fired GP-001 / GP-002: the money word must now close its clause.
- ``silence._lie_wager`` read 是骗人的话 ("is deceitful talk") before a refund word as the seller's
  wager (包过是骗人的话，退款承诺也不可信).
- ``gate._SPLIT_ACROSS`` read 公开通报 + 名单 / 考… as 开通 + 报名, dropping a regulator's 通报.
- The buyer's fear answered by the seller's device (``silence._FEAR_WORDS`` / ``_TRUST_DEVICE``):
  怕是假的 / 担心不是真的 before the device, and 满意再付 / 确认无误再付款 as a device. (被骗 / 受骗 +
  满意再付 read as a report in ``stance`` until the lead's stance mask took the same devices,
  ``stance._FEAR_MASK``, later in session 57.)
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, rule_ids_no_model

# --- a school's own terms after its denial are no refund-on-fail pledge -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "本校低压电工培训不包过，不收押金，考不过可免费补考一次，补考按规定收费",
        "熔化焊培训不包过，不收中介费，报名请到学校窗口办理",
        "高处作业证培训不包过，退费按开课时间计算",
        "司索工培训不包过，可退费的情形见报名须知",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_a_schools_terms_after_its_denial_stay_silent(det, text: str, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids_no_model(det, text, packs) == set(), text


@pytest.mark.parametrize(
    "text",
    [
        "叉车司机证培训不包过不收学费，加v cc_6612",
        "低压电工证不包过全额退款，电话 136 7788 2100",
        "焊工证培训不包过的话退还学费，私聊 hg_0918",
        "登高证培训不包过学费一分不要！加微 dg_7130",
        "熔化焊培训不包过不收费私聊 hg_2299",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_the_refund_on_fail_pledge_still_fires(det, text: str, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert any(r.startswith("GP-") for r in rule_ids_no_model(det, text, packs)), text


# --- 是骗人的话: deceitful talk named, no wager -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "熔化焊证包过是骗人的话，退款承诺同样不可信",
        "电工证包过都是骗人的话，退钱更是没影的事",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_deceitful_talk_named_stays_silent(det, text: str, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids_no_model(det, text, packs) == set(), text


@pytest.mark.parametrize(
    "text",
    [
        "司索工证包过，如果是骗人的话学费全退，v ss_3001",
        "电工证包过，要是骗人全额退款，加微 dg_3002",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_the_sellers_wager_still_fires(det, text: str, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert any(r.startswith("GP-") for r in rule_ids_no_model(det, text, packs)), text


# --- 公开通报 is a notice, not 开通 报名 --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "现将检查情况公开通报名单如下：某培训部电工证包过，不过全退",
        "区安监局公开通报考场纪律，一家机构焊工证包过考不过退费",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_a_public_notice_keeps_its_warning(det, text: str, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids_no_model(det, text, packs) == set(), text


@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_open_enrolment_run_together_still_fires(det, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    text = "电工证包过，现已开通 报名通道，加v dg_4410"
    assert any(r.startswith("GP-") for r in rule_ids_no_model(det, text, packs)), text


# --- the buyer's fear in other words, the device in other words -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "怕是假的可以先验证后付款，电工证不用考试直接拿，v dg_3344",
        "担心不是真的可以先看样本，高处作业证免考，加微 gc_1200",
        "怕上当的话满意再付，焊工证不用考，v hg_5555",
        "担心受骗的老板可以确认无误再付款，电工证免考，加v dg_5151",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_a_fear_answered_by_the_sellers_device_fires(det, text: str, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert any(r.startswith("CS-") for r in rule_ids_no_model(det, text, packs)), text


@pytest.mark.parametrize(
    "text",
    [
        "警方提醒：怕是假的可以先拨打12345核实，网上免考电工证都是假证",
        "消费者协会：担心不是真的就去官网查询，免考焊工证一律是假的",
        "怕被骗的话满意再付——这是假证贩子的话术，免考电工证都是假的",
        # a buyer musing: 怕是 after a noun is "probably", 我担心 the writer's own fear
        "网上卖的免考电工证怕是假的，可以先看样本再决定",
        "朋友说有免考焊工证，我担心不是真的可以先看证书",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_a_notice_on_the_fear_stays_silent(det, text: str, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids_no_model(det, text, packs) == set(), text
