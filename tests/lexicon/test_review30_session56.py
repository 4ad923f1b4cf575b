"""Session 56, review30: a second reading of left17 (round 60). Sentences written for this file.

- A seller answering the buyer's fear of being cheated with its own trust device (怕被骗的可以先看
  往期样本, 担心被骗的话可以先付一半, 拿到证再付款) names no warning: the 被骗 there is the buyer's
  worry the seller waves away, not a report of a cheat (``silence._FEAR_ANSWERED``). A notice or
  an answer that sends the worried reader to an office or a hotline (怕被骗的市民可以拨打12345核实,
  先登录官网查询) offers no such device and keeps its warning.
- The lawful direction to the organ's designated body (``terms/organ_directed``) with a modal
  before a county, city or province office (可到市…指定窗口办理, 可前往县…指定的培训机构) or the
  reader's own place (向户籍所在地…, 到工作所在地…, 从业所在地…) is the route, not a badge; a
  school that names itself the designee (本校系县应急管理局指定的培训机构) and a seller with a
  waiver or a contact still fire.
- ``$organ_directed`` was never broken: SS-001/SS-101/SS-201 keep the rule-wide breakers for
  考点考试 only (``unless_fragile``), so 到当地…指定的机构报名，包过，微信 … lost its
  state_symbol_misuse finding. The set now has breakers of its own (``unless_broken_for`` with a
  ``$set`` key, ``rules._params``; read as far as ``unless_broken_reach``), without the
  contact (a regulator's answer gives its hotline); a plain denial right before a promise breaker
  (不包过, 不保过, 不免考: ``silence._DENIED_PROMISE``) rules it out, which also keeps GP-104 off a
  school's 不保过 before its one free retraining round.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "高处作业证不用考试，五天出证，怕被骗的可以先看往期样本，微信 gk7788",
        "问：电工证年审要到场吗\n客服：不用到场，付款就行，担心被骗的话可以先付一半",
        "叉车证免考直接下证，怕被骗的朋友可以先验证再付款，电话13812345678",
        "焊工证不用本人考试，害怕被骗的可以拿到证再付款，v hg2020",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_fear_answered_with_trust_device_sells(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "网上说焊工证不用考试三天出证，怕被骗的市民可以拨打12345核实",
        "怕被骗的考生可以先登录官网查询证书真伪，声称不用考试就能拿证的都是骗子",
        "警方提醒：焊工证必须考试取得，怕被骗的可以先到应急管理局官网核验，所谓先看样本再付款不可信",
        "问：电工证不考试能拿吗\n答：不能，怕被骗的可以先看看官网公布的报考流程",
        "有人说电工证不用考试，先看样本再付款，我怕被骗的，没敢买，后来还是报班考了",
        "网上有人卖焊工证说不用考试，我怕被骗的，先看样本再付款，结果付完就被拉黑了",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_fear_sent_to_office_stays_silent(det, text: str, packs: list[str]) -> None:
    assert not categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "电工证复审可到市应急管理局指定窗口办理",
        "考生应向户籍所在地应急管理部门指定的考试点提出申请",
        "焊工证可以到工作所在地应急管理局指定的培训机构参加培训",
        "复审人员可前往县应急管理局指定的培训机构参加复审培训",
        "复审人员应向发证机关或者从业所在地应急管理部门指定的机构提出申请",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_modal_direction_to_designee_is_silent(det, text: str, packs: list[str]) -> None:
    assert "state_symbol_misuse" not in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "我们是市应急管理局指定培训机构，焊工证报名电话13712345566",
        "本校系县应急管理局指定的培训机构，可到本校报名",
        "直接到市应急管理局指定考点拿证，焊工证免考，加v kd2233",
        "焊工证可到市应急管理局指定考点直接拿证，包过，微信 hg6611",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_designee_claimed_or_broken_still_fires(det, text: str, packs: list[str]) -> None:
    assert "state_symbol_misuse" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "焊工证到当地应急管理局指定的机构报名，包过，微信 hg1234",
        "叉车证去所在地应急管理局指定考点，免考拿证，加v cc5599",
        "电工证向当地应急管理部门指定的机构报名就行，保过，私聊",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_direction_beside_promise_or_call_fires(det, text: str, packs: list[str]) -> None:
    assert "state_symbol_misuse" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "问：焊工证怎么考？答：到当地应急管理局指定的培训机构报名，不包过，不免考",
        "问：叉车证去哪考\n答：去所在地应急管理局指定的考点报名，咨询电话0755-12345678",
        "登高证须本人到当地应急管理局指定的机构参加培训，本站绝不保过",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_direction_with_denial_or_hotline_is_silent(det, text: str, packs: list[str]) -> None:
    assert "state_symbol_misuse" not in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "问：焊工证能保过吗\n答：不保过，没考过的可以免费再学一次",
        "叉车证不包过，第一次没过可以免费重学一次",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_denied_pass_before_bounded_retraining_is_silent(det, text: str, packs: list[str]) -> None:
    assert "guarantee_promise" not in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "问：焊工证能保过吗\n答：保过，没考过的可以免费再学一次，微信 hg3344",
        "叉车证包过，第一次没过免费重学一次，直到拿证为止",
    ],
)
def test_pass_promised_before_retraining_still_fires(det, text: str) -> None:
    assert "GP-104" in rule_ids(det, text, ALL)
