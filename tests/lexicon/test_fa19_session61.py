"""Session 61, fa19: lawful lines that fired at round 71's start (holdout202's shapes). Sentences
written for this file (not from any held-out set, nor the rules' fixtures).

- An office's renewal, review, reissue or extension said to need no exam, the sentence naming the
  step it does take (换证不用考试，到期复审即可): ``silence._renewal_told``, ``lawful:换证复审``.
- A local exam centre sparing the journey, not the exam (考试不用去省城，本市设有考点): the same.
- A shop refusing the guarantee in the turn the candidate runs into (买家：包过吗？⏎客服：包不了的，
  考试是应急管理局组织的): ``stance._shop_turn`` / ``_turn_refuses``.
- A consumer's or a forum's plain verdict on the promise's 的-phrase (敢说保证必过的肯定有猫腻):
  ``silence._PLAIN_VERDICT``.
- A complaint quoting the seller's chat and closing on the cheat (…⏎转账以后就被拉黑了，大家别上当):
  ``stance._victim_chat``; the same chat with no closing line still fires.
- Sellers right next to them still fire.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ALL,
    CERTS,
    DEFAULT,
    TRAINING,
    categories,
    rule_ids,
    rule_ids_no_model,
)

_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]

_SILENT_RULES = [
    # offices' renewals
    "电工证换证不用考试，到期复审即可，可到窗口办理。",
    "高处作业证换证不用考试，到期前参加复审培训即可，请到政务服务大厅办理。",
    "熔化焊证到期延期不需要考试，单位出具无违章证明，可在网上申请延期。",
    "低压电工证换证不用考，复审合格后到窗口换发新证，咨询电话 0571-87112233。",
    "焊工证换证不用考试，但须在有效期届满前参加复审，逾期未复审的证书失效。",
    "客户：制冷证复审要考试吗？\n客服：复审不用考试，参加复审培训就行，我们这里可以报名",
    # local exam centres
    "焊工证考试不用去外省，本省考生在省内指定考点报名参加考试即可。",
    "电工证考试不用跑省城，今年起本市就设了考点，报名请带身份证。",
    # shops refusing under their labels
    "买家：焊工证你们包过吗？\n客服：包不了的，考试是应急管理局组织的，我们只管培训",
    "买家：电工证你们包过吗？\n客服：包不了的，考试是应急管理局组织的，我们只负责培训",
    "顾客：焊工证能包过不？\n店家：包不了，考试由考试机构统一组织，我们只教技术",
    "买家：登高证能包过吗？\n掌柜：包不了哦，考试是应急管理局统一安排的，本店只卖题库书",
    "买家：制冷证包过吗？\n小二：包不了的，考试是应急管理局统一安排的，本店只卖题库书",
    # verdicts
    "电工证培训哪家都不敢保证包过，敢说保证必过的肯定有猫腻",
    "电工证培训没有谁能保证包过，说保证通过的肯定有问题",
    "焊工证能保证包过的机构都有问题，我问了好几家正规学校都说不保证",
    "叉车证培训说保证通过的都不靠谱，考试还是要靠自己",
    # complaints closing on the cheat
    "客户：焊工证能不能不去考？\n客服：不用去考，绝对不是假的\n转账以后就被拉黑了，大家别上当",
    "买家：登高证能不去考吗？\n客服：不用去考，保证不是假证\n付了钱就被拉黑了，大家别信",
]


@pytest.mark.parametrize("text", _SILENT_RULES)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_lawful_lines_fire_no_rule(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert not rule_ids_no_model(det, text, packs), text


_SILENT = [
    "电工证换证不用考试，到期复审即可，可到窗口办理。",
    "焊工证换证不用考试，但须在有效期届满前参加复审，逾期未复审的证书失效。",
    "买家：焊工证你们包过吗？\n客服：包不了的，考试是应急管理局组织的，我们只管培训",
    "电工证培训哪家都不敢保证包过，敢说保证必过的肯定有猫腻",
    "客户：焊工证能不能不去考？\n客服：不用去考，绝对不是假的\n转账以后就被拉黑了，大家别上当",
]


@pytest.mark.parametrize("text", _SILENT)
@pytest.mark.parametrize("packs", _PACKS)
def test_lead_lines_stay_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert not rule_ids(det, text, packs), text


_SELL_CERT = [
    # renewals sold without the review
    "焊工证换证不用复审，也不用考试，交钱直接换新证，加v hg_7730",
    "电工证到期不用复审，直接换新证，资料发我，三天出证，微信 dg_3391",
    "焊工证换证不用考试，过期的也能直接换，不用本人去，私聊",
    "电工证换证不用考试，复审我们包过，加v dg_5521",
    # the exam skipped, not the journey
    "登高证不用去考场，在家就能拿，加v dg_6620",
    "叉车证考试不用去，本地办理，不用本人到场，加v cc_8832",
    "叉车证考试不用去外地，本地直接拿证，加v cc_8833",
    # the same chat with no complaint after it
    "客户：焊工证能不能不去考？\n客服：不用去考，绝对不是假的，十天出证",
    "客户：焊工证能不能不去考？\n客服：不用去考，绝对不是假的，加v hg_1010\n转账以后就发货了，大家放心",
]


@pytest.mark.parametrize("text", _SELL_CERT)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_sellers_next_to_them_sell(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "certificate_sale" in categories(det, text, packs), text


_SELL_PASS = [
    "电工证培训别家都不敢保证包过，我们保证必过，加v dg_4410",
    "电工证培训别家说包过的都不靠谱，我们签协议包过，加v dg_1200",
    "买家：焊工证包过吗？\n客服：包不了，不过我们有内部名额，包过，加v hg_1122",
    "亲：制冷证包过吗？\n小二：包过哦，不过全额退款，拍下联系客服",
]


@pytest.mark.parametrize("text", _SELL_PASS)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_pass_sellers_still_promise(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "guarantee_promise" in categories(det, text, packs), text


def test_refusal_taken_back_by_a_deal_keeps_its_finding(det) -> None:  # type: ignore[no-untyped-def]
    # the part of the candidate inside the shop's turn holds a deal (内部名额): no refusal
    text = "买家：电工证包过吗？\n客服：包不了，但有内部名额，不用考，加v dg_7788"
    assert rule_ids(det, text, DEFAULT), text


def test_reason_names_the_renewal(det) -> None:  # type: ignore[no-untyped-def]
    from lexicon import silence

    s = "电工证换证不用考试，到期复审即可，可到窗口办理。"
    assert silence._renewal_told(s, 0, s.index("试")) == "换证"
    assert silence._renewal_told("电工证换证不用复审，不用考试，私聊", 0, 10) is None
    t = "叉车证考试不用去省城，本市设有考点"
    assert silence._renewal_told(t, 0, t.index("去") + 1) == "外地"
