"""Session 56, left20: sellers round 61/62's reviews found silent. Sentences written for this file,
apart from holdout182.

- A refund-on-fail pledge dressed as a denial (不包过不收费, 不包过的话退学费): the 不 before the
  pass promise is the condition of the refund (``silence._FAIL_REFUND``); a school's real denial
  goes on to its own terms or refuses the refund (不包过也不退费) and keeps its 不.
- The buyer's fear of the cheat answered by a device the seller offers (我们可以先发样本, 走担保
  交易, 先交定金): the silencing stage and the stance mask read the same forms (one pattern since
  session 57, ``stance.TRUST_DEVICE``); a notice that names the same devices as tricks, with no fear before them, keeps its warning.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, rule_ids_no_model

# --- the refund-on-fail pledge dressed as a denial ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "司索工培训不包过不收费，报名加微信 ss_7102",
        "熔化焊培训，不包过的话退学费，私聊报名",
        "低压电工复审班不包过全额退费，电话 137 6600 2211",
        "登高架设证培训不包过不收钱，加v dj_3090",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_a_refund_on_fail_pledge_fires(det, text: str, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert any(r.startswith("GP-") for r in rule_ids_no_model(det, text, packs)), text


@pytest.mark.parametrize(
    "text",
    [
        "司索工培训不包过，考试全靠平时认真练，报名电话 0371-6655 1200",
        "熔化焊培训不包过也不退学费，请想清楚再报名",
        "本校低压电工复审班不包过，不退费，课程按大纲安排",
        "登高架设证培训不包过，我们只负责把课讲好",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_a_schools_real_denial_stays_silent(det, text: str, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids_no_model(det, text, packs) == set(), text


# --- the buyer's fear answered by the seller's own trust device ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "担心受骗的话我们可以先发样证给您看，司索工证不用考，v ss_4471",
        "怕上当的老板可以走平台担保，熔化焊证直接出证，微信 rh_2208",
        "怕被骗的朋友可以先交定金，电工证免考下证，加微 dg_9013",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_a_trust_device_after_the_fear_fires(det, text: str, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert any(r.startswith("CS-") for r in rule_ids_no_model(det, text, packs)), text


@pytest.mark.parametrize(
    "text",
    [
        "派出所提醒：担心被骗的市民可以先打电话到应急管理局核实，电工证免考都是假的",
        "提醒：网上声称先交定金、走担保交易就能免考拿电工证的，全是骗局",
        "怕上当的学员请认准官方报名入口，所谓免考焊工证都是骗人的",
        "怕被骗的考生可以走官方渠道报名，免考电工证都是假的",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_a_notice_naming_the_devices_stays_silent(det, text: str, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids_no_model(det, text, packs) == set(), text
