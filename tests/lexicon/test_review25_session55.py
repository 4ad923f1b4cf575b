"""Session 55, review25: a second reading of left16's new readings (sentences written for this file).

- The paper for the money alone (``terms/paid_only``, CS-001) said by an office or a school that
  then names the holder's own lawful step (网上付款就可以，然后本人参加线上学习; 缴费付款就好，之后按
  短信时间参加培训): the payment is not all, so no sale; a seller's 免考 / 加v beside it still sells.
- A QQ number closed by a full stop (``contacts._QQ``): the next English sentence opening on it /
  they / he / who is a report only when it tells what was done (was closed, were arrested, has been
  blocked) or who acted (police, officers); a seller's own next sentence (They all pass, Who else
  offers this, The number is also my wechat) leaves the number read as its contact.
- The renewal waiver for the money alone in a labelled answer (答： / 客服：, ``stance._waived_for_pay``)
  retold by its victim (被骗, 结果付款后被拉黑 around the exchange, ``stance._victim_retells``): the
  writer quotes the shop; the shop's own 谨防受骗 / 从不跑路 beside its answer is no outcome.
- The pledge's 由我承担 before 保证通过 (``silence._BORNE_THEN_PROMISE``): 保证通过正规渠道 / 通过自己的
  努力 is the candidate's means, not a pass promised.
"""

from __future__ import annotations

import pytest

from lexicon.contacts import contact_spans
from lexicon.normalize import normalize
from tests.lexicon.scanning import ALL, DEFAULT, categories


@pytest.mark.parametrize(
    "text",
    [
        "高压电工证复审在网上付款就可以，然后本人参加线上学习",
        "电工证复审在政务网上报名，缴费付款就好，之后按短信时间参加培训",
        "登高证换证先网上付完款就行，随后本人参加复审考试",
    ],
)
def test_payment_then_the_holders_own_step_stays_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "焊工证免考，付完款就行，然后本人参加个线上学习走个流程，加v hg_3131",
        "问：焊工证换证要本人去吗\n掌柜：不用去，打完款就行，加v hg_2020",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_payment_alone_from_a_seller_still_sells(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("焊工证不用考直接拿 QQ 61827735. They all pass, guaranteed", "61827735"),
        ("电工证快速出证 qq 52718364. Who else gives this price? add me", "52718364"),
        ("登高证免培训 QQ 40918273. He handles everything for you", "40918273"),
        ("焊工证包拿 QQ 73615209. The number is also my wechat", "73615209"),
        ("电工证直接下证 QQ 38271945. It is real and can be checked online", "38271945"),
    ],
)
def test_sellers_next_english_sentence_keeps_the_qq(text: str, number: str) -> None:
    flat = normalize(text).text
    assert any(number in flat[a:b] for a, b in contact_spans(flat))


@pytest.mark.parametrize(
    "text",
    [
        "焊工证不用考直接拿 QQ 61827735. Who else gives this price? add me",
        "电工证快速出证 qq 52718364. They all pass, guaranteed",
    ],
)
def test_sellers_next_english_sentence_keeps_the_finding(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "Officers named QQ 61827735. It was closed after the complaint.",
        "The ring ran qq group 52718364. They were arrested in March.",
        "Buyers paid through QQ 40918273. Investigators traced the money.",
        "Reporters found qq 73615209. Its owner was detained.",
        "He advertised on QQ 38271945. Authorities blocked the account.",
    ],
)
def test_report_sentence_after_the_qq_reads_no_contact(text: str) -> None:
    flat = normalize(text).text
    assert contact_spans(flat) == []


@pytest.mark.parametrize(
    "text",
    [
        "考生声明：违规后果由我承担，保证通过正规渠道报考",
        "考生承诺：如有舞弊，责任由我负责，保证通过自己的努力参加考试",
    ],
)
def test_pledge_with_means_after_it_stays_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "被查处的风险由我承担，焊工证保证通过，微信 hg_8181",
    ],
)
def test_risk_borne_then_pass_promise_still_sells(det, text: str) -> None:
    assert "guarantee_promise" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "说说我被骗的事。问：登高证复审需要本人到场吗\n客服：不用到场，转完账就行。结果转账后就被拉黑了",
        "问：电工证年审要本人去吗\n答：不用去，付了款就行。我信了，钱付过去对方就跑路了，已报警",
    ],
)
def test_victims_retold_exchange_stays_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "问：登高证复审需要本人到场吗\n客服：不用到场，转完账就行，认准本店谨防受骗",
        "问：电工证年审要本人去吗\n答：不用去，付了款就行，我们从不跑路",
    ],
)
def test_shops_own_reassurance_still_sells(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, ALL)
