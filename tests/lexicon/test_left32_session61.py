"""Session 61, left32: sellers silent in every pack at round 72's start (holdout203's shapes).
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- 代办 touching the trade's bare job name with a skip or no-visit word (代办焊工，人不用到场):
  CS-028, a rule of its own, so CS-006's delivery words stay as they were (review66 lost project
  lines widening them). 代办 of lawful errands for the same trades (社保, 个体户营业执照, 体检预约,
  the firm's batch registration) stays silent.
- The rule stated and at once broken in the writer's name with no question mark (电工证不能免考，
  我们就能; 都说焊工证没有包过的，在我们这就包过): ``silence._hearsay_outbid``.
- The rivals' promise judged a cheat and made at once in the writer's place (那些店说包过是骗人的，
  在我这包过): ``silence._verdict_outbid``. A school's honest turn after the same verdict stays silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids_no_model

_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]
_SPECIAL = [None, DEFAULT, ALL]


# --- (1) 代办 on the bare trade with a skip -----------------------------------------------------

_BARE_PROXY = [
    "代办焊工，人不用到场，微信 hx_3018",
    "电工代办 不用考试 加v dx_5527",
    "代办司炉，免考，半个月办好，私我",
    "登高代办，不用本人去，电话 13611112345",
]


@pytest.mark.parametrize("text", _BARE_PROXY)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_bare_trade_proxy_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "CS-028" in rule_ids_no_model(det, text, packs), text
    assert "certificate_sale" in categories(det, text, packs), text


_LAWFUL_PROXY = [
    "代办焊工社保，人不用到场，微信 sb_6612",
    "代办电工个体户营业执照，本人不用到场，一周办好",
    "代办焊工体检预约，不用排队，私聊",
    "叉车司机代办社保转移，本人不用去社保局，电话 13722223333",
    "电工报名由公司统一代办，个人不用到场，考试须本人参加。",
    "记者暗访发现，有中介称代办焊工不用考试，警方已介入。",
]


@pytest.mark.parametrize("text", _LAWFUL_PROXY)
@pytest.mark.parametrize("packs", _PACKS)
def test_lawful_proxy_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids_no_model(det, text, packs) == set(), text


# --- (2) the rule stated, then broken in the writer's name ---------------------------------------

_BARE_OUTBID = [
    "焊工证不能免考，我们就能，加v hb_2206",
    "叉车证不能免考，我们偏偏能，私聊",
]


@pytest.mark.parametrize("text", _BARE_OUTBID)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_bare_outbid_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "CS-001" in rule_ids_no_model(det, text, packs), text


_CROWD_PLEDGE = [
    "都说电工证没有包过的，在我们这就包过，vx dq_7781",
    "别家说登高证没法包过，在我这就是包过，私我",
]


@pytest.mark.parametrize("text", _CROWD_PLEDGE)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_crowd_pledge_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "guarantee_promise" in categories(det, text, packs), text


# --- (3) the rivals' promise judged, then made in the writer's place ------------------------------

_VERDICT_OUTBID = [
    "那些机构都说焊工证包过是骗人的，在我这包过，微信 hp_4402",
    "外面都讲叉车证包过是假的，在我们这里就包过，加v cp_1190",
]


@pytest.mark.parametrize("text", _VERDICT_OUTBID)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_verdict_outbid_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "guarantee_promise" in categories(det, text, packs), text


_HONEST_NEIGHBOURS = [
    "有人说焊工证包过是骗人的，确实是骗人的，在我们这只能保证好好教",
    "电工证包过是骗人的，在我们这里不包过，只管教会，考试靠自己",
    "电工证不能免考，我们也不能，只能帮你好好复习",
    "焊工证不能免考，我们能做的是帮你报名，考试要本人去",
    "都说登高证不考拿不到，这是真的，在我们这也必须考",
    "电工证能不考直接拿吗？当然不能，请走正规渠道报名考试。",
]


@pytest.mark.parametrize("text", _HONEST_NEIGHBOURS)
@pytest.mark.parametrize("packs", _PACKS)
def test_honest_neighbours_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids_no_model(det, text, packs) == set(), text
