"""Session 57, lead: the detector's memory and time back under their targets, with no reading lost.

- The buyer's fear answered by the seller's trust device is blanked before the stance cues are read
  by one pattern, ``stance._FEAR_MASK`` (the silencing stage's ``stance.TRUST_DEVICE`` after the
  fear), where ``terms/stance_mask_fear.yaml`` composed 6,192 phrases into every reader's mask and
  listed fewer devices than the silencing stage read (review34's 满意再付 was silent).
- The detector's second combination search after a denial and a turn (left19) pivots on the
  denied group's matches after the turn, within reach of the denial (``Pool.subset``).

Sentences written for this file.
"""

from __future__ import annotations

import re

import pytest

from lexicon.matches import Match, Pool
from lexicon.stance import _ANSWERED_FIELD, _FEAR_MASK, _mask_rx
from tests.lexicon.scanning import ALL, DEFAULT, rule_ids, rule_ids_no_model


@pytest.mark.parametrize("packs", [DEFAULT, ALL])
@pytest.mark.parametrize(
    "text",
    [
        "怕被骗的话满意再付，焊工证不用考，v hg_5515",
        "担心被骗的话官网能查到再付，电工证免考，v dg_9239",
        "担心被骗的话满意再付款，高处作业证不用考试，加v gz_7310",
        "怕上当的老铁可以先验货后付，登高证不用到场，v dg_5089",
    ],
)
def test_a_trust_device_the_mask_did_not_list_now_fires(det, text: str, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids_no_model(det, text, packs), text


@pytest.mark.parametrize("packs", [DEFAULT, ALL])
@pytest.mark.parametrize(
    "text",
    [
        "怕被骗的市民可以拨打12345热线核实，网上所谓免考电工证都是假的。",
        "担心受骗的考生请先登录应急管理部门官网查询，切勿相信不用考试就能拿证的说法。",
        "记者调查发现，多名工人被骗购买免考焊工证，对方称满意再付款，收钱后即将其拉黑。",
    ],
)
def test_a_warning_that_names_the_fear_stays_silent(det, text: str, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert not rule_ids(det, text, packs), text


def test_the_fear_mask_blanks_the_fear_with_its_device_only() -> None:
    rx = re.compile(_FEAR_MASK)
    assert rx.match("怕被骗的话可以先看往期样本").group(0) == "怕被骗的话可以先看往期样本"
    assert rx.match("担心上当的朋友走担保交易").group(0) == "担心上当的朋友走担保交易"
    assert rx.match("怕被骗的市民可以拨打12345") is None
    assert rx.match("被骗后可以先报警") is None


def test_the_mask_reads_the_fear_before_a_shorter_listed_word() -> None:
    mask = _mask_rx(["怕被骗", "职称"])
    text = "怕被骗的可以先看样本，中级职称"
    blanked = [m.group(0) for m in mask.finditer(text)]
    assert blanked == ["怕被骗的可以先看样本", "职称"]
    # (issue 9, session 70, fields1) the mask with no listed word is the fear and the answered form
    # field's 是否 (是否考试：否), both in every reader's mask
    assert _mask_rx([]).pattern == _FEAR_MASK + "|" + _ANSWERED_FIELD


def test_a_pool_subset_keeps_its_entries_and_makes_matches_lazily() -> None:
    pool = Pool([0, 5, 9], [2, 7, 12], [0, 1, 0], ["包过", "保过"], ["", "pinyin"])
    made = pool.at(0)
    sub = pool.subset([0, 2])
    assert len(sub) == 2 and sub.starts == [0, 9] and sub.ends == [2, 12]
    assert sub.at(0) is made  # a match the pool made is shared, not made again
    assert sub.at(1) == Match(9, 12, "包过", "")
    done = Pool.of([Match(1, 3, "免考", ""), Match(4, 6, "不考", "")])
    assert done.subset([1]).at(0) == Match(4, 6, "不考", "")


@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_a_promise_after_the_denial_and_its_turn_still_fires(det, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    text = "焊工证培训不包过，不过签约班考不过全额退还学费，报名微信 hg_2291"
    assert rule_ids_no_model(det, text, packs) & {"GP-001", "GP-002", "GP-103", "GP-104"}, text


@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_a_denial_with_no_turn_keeps_its_sentence_silent(det, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    text = "本校焊工证培训不包过，考试由应急管理部门统一组织，请认真备考。"
    assert not rule_ids(det, text, packs), text


@pytest.mark.parametrize("packs", [DEFAULT, ALL])
@pytest.mark.parametrize(
    "text",
    [
        "电工证补办：不用本人去，交费后由区政务服务中心寄出。",
        "焊工证遗失补办不用本人到场，由市行政服务中心邮寄，咨询电话 0731-84123456",
    ],
)
def test_a_reissue_sent_by_the_service_centre_stays_silent(
    det, text: str, packs: list[str]
) -> None:  # type: ignore[no-untyped-def]
    # review38's find: the government service centre hands out the office's cards
    assert not rule_ids_no_model(det, text, packs), text


@pytest.mark.parametrize("packs", [DEFAULT, ALL])
@pytest.mark.parametrize(
    "text",
    [
        "电工证补办不用本人去，交钱后由区政务服务中心寄出，加v dg_3321",
        "电工证补办不用本人去，由政务服务中心寄出，费用八百，手机 13812345678",
    ],
)
def test_a_seller_naming_the_service_centre_still_fires(det, text: str, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert "CS-001" in rule_ids_no_model(det, text, packs), text
