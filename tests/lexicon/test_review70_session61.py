"""Session 61, review70: a second reading of fa19 (round 71). Sentences written for this file
(not from any held-out set, nor the rules' fixtures).

- Sellers that fa19's renewal reading (``silence._renewal_told``) silenced: the seller's pitch in
  the next sentence (…到期复审即可。找我们办 / 需要的私我), the step itself waived after it (复审培训也
  不用来), the seller's own hands in the errand (我们帮你 / 我们有人 / 我们熟 / 我们负责), the exam a
  formality at the local site (本地考场走个过场).
- Sellers that fa19's shop refusal (``stance._turn_refuses``) silenced: the refusal of the
  guarantee taken back by a deal (找人替考 / 考场有熟人 / 走关系).
- Sellers that fa19's plain verdict (``silence._PLAIN_VERDICT``) silenced: 有问题 as the refund's
  condition (包过的，有问题随时全额退款), not a verdict.
- Sellers that fa19's complaint reading (``stance._victim_chat``) silenced: the seller's own line
  after a quoted chat (没人被骗过，大家放心; 这种都是骗子，大家别信！我们正规办理; 被骗过的都来找我).
- Lawful lines still firing: a renewal's Q&A (换证要考试吗？不用考，按时复审就可以), complaints closing
  in other words (联系不上了 / 引以为戒 / 客服也不回了，被坑了 after a yes to the buyer), a shop's
  apology before its refusal (抱歉，包不了).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids_no_model

_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]

_RENEWAL_SELLERS = [
    # the pitch in the next sentence
    "电工证换证不用考试，到期复审即可。找我们办，三天拿新证，v：dg_2231",
    "熔化焊证换证不用考试，到期复审即可。需要的私我，一周拿新证",
    # the step waived after it, the seller's hands in the errand
    "焊工证复审不用考试，复审培训也不用来，我们帮你走完流程，一周换新证",
    "电工证补办不用考试，原发证机关那边我们熟，一周就能拿到新证",
    "电工证换证无需考试，复审我们负责，人不用来，款到即办",
    "高压电工证复审不用考试，有效期我们帮你延，人不用到场",
    "登高证换证不用考，复审走窗口我们有人，当天出新证",
    # the exam a formality at the local site
    "叉车证考试不用去省城，本地考场走个过场，证书寄到家",
]


@pytest.mark.parametrize("text", _RENEWAL_SELLERS)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_renewal_sellers_sell(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "certificate_sale" in categories(det, text, packs), text


@pytest.mark.parametrize("packs", [CERTS, ALL])
def test_chat_seller_after_a_rivals_warning_sells(det, packs) -> None:  # type: ignore[no-untyped-def]
    # the seller's own line after the quoted chat (别信…，我们就能办): no complaint closing on the cheat
    text = "买家：焊工证能不去考吗？\n客服：不用去考，交钱就行\n别信那些说必须考试的，我们就能办，先办后付"
    assert "certificate_sale" in categories(det, text, packs), text


_TAKEN_BACK = [
    ("客户：登高证包过吗？\n客服：包不了哈，可以找人替考，费用另算", "exam_fraud"),
    ("买家：电工证能包过吗？\n客服：包不了，但可以走关系，不用你去考", "certificate_sale"),
]


@pytest.mark.parametrize(("text", "category"), _TAKEN_BACK)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_refusal_taken_back_by_a_deal_sells(det, text: str, category: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert category in categories(det, text, packs), text


_REFUND_CONDITION = [
    "焊工证保证包过的，有问题随时全额退款，三天出证",
    "电工证包过的，有问题包退，十天下证",
]


@pytest.mark.parametrize("text", _REFUND_CONDITION)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_problem_as_refund_condition_still_promises(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "guarantee_promise" in categories(det, text, packs), text


_LAWFUL = [
    # a renewal's Q&A
    "电工证到期换证要考试吗？不用考，按时复审就可以，复审在应急管理局窗口办理。",
    # complaints closing in other words
    "客户：叉车证不用考能拿吗？\n客服：能，不用考，十天出证\n付完款证一直没到，客服也不回了，被坑了",
    "买家：焊工证能不去考吗？\n客服：不用去考，交钱就行\n\n结果钱转过去人就不见了，大家引以为戒",
    "买家：焊工证能不去考吗？\n客服：不用去考，交钱就行\n钱转过去就联系不上了，血的教训",
    # an apology before the refusal
    "买家：电工证包过吗？\n客服：抱歉，包不了，考试是统一组织的",
]


@pytest.mark.parametrize("text", _LAWFUL)
@pytest.mark.parametrize("packs", _PACKS)
def test_lawful_lines_fire_no_rule(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert not rule_ids_no_model(det, text, packs), text


_STILL_SILENT = [
    # fa19's readings that hold (pinned against the fixes above)
    "叉车证到期了，换证不用考试，带上身份证和原证去市场监管局窗口办理就行。",
    "持证人员换证无需参加考试，但应当在证书有效期满前60日内申请复审。",
    "客人：焊工证能包过吗？\n老板：包不了，考试是应急局组织的，我们只管培训",
    "买家：焊工证你们包过吗？\n客服：包不了的哦亲，考试是应急管理局组织，我们只是培训机构",
    "买家：焊工证能不去考吗？\n客服：不用去考，交钱就行\n后来才知道是假证，已经报警了",
    "顾客：登高证能不考吗？\n商家：不用考，直接出证\n——以上是我和骗子的聊天记录，大家千万别信",
    "客户：制冷证复审要考试吗？\n客服：复审不用考试，参加复审培训就行，我们这里可以报名",
]


@pytest.mark.parametrize("text", _STILL_SILENT)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_fa19_lawful_lines_stay_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert not rule_ids_no_model(det, text, packs), text


def test_victim_chat_reads_no_sellers_closing(det) -> None:  # type: ignore[no-untyped-def]
    from lexicon import stance

    chat = "买家：焊工证能不去考吗？\n客服：不用去考，交钱就行\n"
    end = chat.index("交钱")
    assert stance._victim_chat(chat + "转账以后就被拉黑了，大家别上当", 3, end, [])
    assert stance._victim_chat(chat + "钱转过去就联系不上了，血的教训", 3, end, [])
    assert not stance._victim_chat(chat + "做了八年，没人被骗过，大家放心", 3, end, [])
    assert not stance._victim_chat(
        chat + "这种都是骗子，大家别信！我们正规办理，先办后付", 3, end, []
    )


def test_renewal_told_reads_the_next_sentence(det) -> None:  # type: ignore[no-untyped-def]
    from lexicon import silence

    s = "电工证换证不用考试，到期复审即可。可到窗口办理。"
    assert silence._renewal_told(s, 0, s.index("试") + 1) == "换证"
    t = "电工证换证不用考试，到期复审即可。找我们办，三天拿新证"
    assert silence._renewal_told(t, 0, t.index("试") + 1) is None
    q = "电工证到期换证要考试吗。不用考，按时复审就可以"
    assert silence._renewal_told(q, 0, q.index("考，") + 1) == "换证"
