"""Session 58, left24: sellers behind a rhetorical reversal, a 的, or the regulator's words.
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- A rhetorical reversal (我们不保证包过？不，我们保证！; 没有包过这回事？在我们这就有; 谁说不可能包过？
  我们就包): the denial before the question mark is the writer's straw man, turned over right after
  it by the writer's own yes (``context.answered_yes``). A regulator's or school's FAQ answering
  the question with a denial (答：不能; 不包过; 对，我们从不承诺; 是的，我们不包过) stays silent.
- The refund-on-fail pledge after a denied pass with a 的 inside it (不包过，只是没考过的学费全部退还;
  但是没通过的学员全额退费): the pledge the denial pretends away, in the default pack too
  (``silence._FAIL_REFUND_AFTER``). A refund before class, a free make-up exam and a fee kept stay
  the school's terms.
- The regulator's words 正规渠道 / 官方渠道 claimed by the writer after a warning (千万别找中介…，我们正规
  渠道，v…; 别信黄牛，官方渠道，…免考直接拿): the writer's own counter, not the lawful route
  (``context._steered`` / ``context._PIVOT``). A warning naming the channel as the route to the exam
  stays a warning.
- The money first, then the seller's own connections sending the card (钱到账后由我们的关系直接寄到家;
  款到后走关系直接出证): CS-001's ``terms/paid_only`` reads it; an office's reissue by post and a
  report retelling the words stay silent.
- A school's own question on the promise answered no right after its mark (我们承诺包过吗？不，我们不
  承诺…; 本校保证包过吗？不是…) is its FAQ (``silence._ASKED_NO``), fired GP-001 / GP-002 before; the
  question answered yes (当然包过，加v…) still promises.
- A seller's own 号称 with a superlative relative clause (焊工证号称全市最快的培训班，包过，加v…) is no
  report's naming (``silence._own_claim``); a reporter's 一家号称… stays silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, categories

_PACKS = [None, DEFAULT, ALL]

_REVERSALS = [
    "低压电工证我们不保证包过？不，我们保证！报名加v dg_4410",
    "焊工证考试没有包过这回事？在我们这就有，微信 hg_6620",
    "谁说登高证不可能包过？我们就包，电话13945671234",
    "都说叉车证不能包过？本校就能，私聊 cc_2201",
    # the denial a warning word of the lexicon (不可能)
    "都说架子工证不可能包过？在我们这可能，微信 jz_5508",
]


@pytest.mark.parametrize("text", _REVERSALS)
@pytest.mark.parametrize("packs", _PACKS)
def test_rhetorical_reversal_promises(det, text: str, packs: list[str] | None) -> None:
    assert "guarantee_promise" in categories(det, text, packs)


_REFUNDS = [
    "叉车证不包过，只是没考过的学费全部退还，加v cc_5561",
    "电工证培训不包过，但是没通过的学员全额退费，电话13712345678",
    "焊工证不包过，没考过的学费全退，微信 hg_3387",
]


@pytest.mark.parametrize("text", _REFUNDS)
@pytest.mark.parametrize("packs", _PACKS)
def test_refund_on_fail_with_de_promises(det, text: str, packs: list[str] | None) -> None:
    assert "guarantee_promise" in categories(det, text, packs)


_CHANNELS = [
    "千万别找中介办免考电工证，我们正规渠道，v dg_7730",
    "别信黄牛，官方渠道，高处作业证免考直接拿，微信 gc_1180",
]


@pytest.mark.parametrize("text", _CHANNELS)
@pytest.mark.parametrize("packs", _PACKS)
def test_channel_claimed_after_a_warning_sells(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" in categories(det, text, packs)


_CONNECTIONS = [
    "焊工证复审不用去，钱到账后由我们的关系直接寄到家，v hg_4471",
    "电工证补办要本人去吗？不用，款到后走关系直接出证",
]


@pytest.mark.parametrize("text", _CONNECTIONS)
@pytest.mark.parametrize("packs", [None, DEFAULT])
def test_card_sent_by_connections_after_payment_sells(
    det, text: str, packs: list[str] | None
) -> None:
    assert "certificate_sale" in categories(det, text, packs)


@pytest.mark.parametrize("packs", _PACKS)
def test_own_question_answered_yes_still_promises(det, packs: list[str] | None) -> None:
    text = "焊工证包过吗？当然包过，加v hg_1234"
    assert "guarantee_promise" in categories(det, text, packs)


@pytest.mark.parametrize("packs", _PACKS)
def test_own_superlative_claim_promises(det, packs: list[str] | None) -> None:
    text = "焊工证号称全市最快的培训班，包过，加v hg_9921"
    assert "guarantee_promise" in categories(det, text, packs)


_SILENT = [
    # FAQs answering the reversal-shaped question with a denial
    "问：报名后能不能包过？答：不能，考试由应急管理部门统一组织。",
    "电工培训包不包过？不包过，本校只负责教学，报名电话0571-86007788",
    "我们不承诺包过？对，我们从不承诺，只保证课时。",
    "谁说有机构能包过？没有，凡承诺包过的均属违法宣传。",
    "焊工证不包过？是的，我们不包过，考不过可按规定补考。",
    "不包过？不，我们不包过，只教真本事。",
    # the school's own question on the promise answered no (``silence._ASKED_NO``)
    "我们承诺包过吗？不，我们不承诺，只承诺课时足、老师负责，报名电话0571-86001234",
    "本校保证包过吗？不是，本校只保证教学质量，报名电话0571-86001234",
    # schools' refund terms
    "焊工证培训不包过，只是开课前退出的学费全退",
    "电工培训不包过，没考过的可免费补考一次，补考费按规定收取",
    "叉车证培训不包过，不过没通过的学费不退，请慎重报名",
    # warnings naming the channel as the lawful route
    "千万别找中介办免考电工证，要走正规渠道，到应急管理部门报名参加培训考试",
    "别信黄牛，官方渠道只有一个，就是参加应急管理部门组织的考试",
    "别信中介，正规渠道才能拿到真证，免考拿证都是骗局。",
    # a school's bare claim with its enrolment landline (no private contact, no skip)
    "不要找中介买免考焊工证，我们是正规渠道，报名电话0571-86001234",
    # a report retelling the connections, an office's reissue by post
    "记者暗访，对方称焊工证钱到位后由内部关系直接寄出，经核实为假证。",
    "电工证补办需要本人去吗？不用去，缴费后由市应急管理局直接邮寄到家。",
    # a report naming who claims the superlative
    "记者调查发现，一家号称全市最快的培训班承诺包过，学员至今未拿到证。",
]


@pytest.mark.parametrize("text", _SILENT)
@pytest.mark.parametrize("packs", _PACKS)
def test_lawful_text_next_to_them_stays_silent(det, text: str, packs: list[str] | None) -> None:
    assert categories(det, text, packs) == set()
