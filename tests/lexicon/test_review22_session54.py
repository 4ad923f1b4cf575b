"""Session 54, review22: a second reading of left15's new readings.
Sentences written for this file (not the holdout172 lines).

- A rumour-busting that closes its sentence on 其实不是 / 其实不然 and then names a worse verdict in
  the next (…是不是骗局，其实不是。那是违法犯罪) is a regulator's or a report's, not a seller refuting
  the rumour: the verdict word stays a warning (``stance.refuted_after``). The seller's refutation
  followed by its pitch, or by a denial of the worse word, still sells.
- A renewal question answered by a waiver and the payment in its completed form (转完账就行,
  打了款就可以, 打完款就行) sells as 转账就行 does (``stance._PAID_ONLY``); the payment followed by
  the lawful training stays silent.
- The denial followed in the same sentence by the writer's own channel (其实不是，我们真有渠道，v …)
  refutes the rumour as the closed 其实不是。 does (``stance.CONTRADICTED_AFTER``); a channel that is
  the subject of another clause (真有渠道的也照样违法) or a court's quotation stays silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, categories


@pytest.mark.parametrize(
    "text",
    [
        "不少人问买来的登高证是不是骗局，其实不是。那是违法犯罪，买的人同样要担责。",
        "网上都说熔化焊证免考是骗人的，其实不是。这属于违法行为，公安机关已经立案。",
        "有网友问电工证不考试直接拿是不是骗局，其实不然。这比骗局更严重，一经查实证书吊销。",
        "说焊工证免考是谣言？其实不是。这是违规办证，涉事机构已被查处。",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, CERTS, ALL])
def test_refutation_then_worse_verdict_stays_silent(det, text: str, packs: list[str]) -> None:
    assert categories(det, text, packs) == set()


@pytest.mark.parametrize(
    "text",
    [
        "都说登高证免考是骗局，其实不然。我们有正规渠道，微信 dg_3434",
        "网上说焊工证免考是骗人的，其实不是。我们没有违法，走的是内部名额，v hg_8181",
        "老有人问电工证免考是不是骗局，其实不是。",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_seller_refutation_still_sells(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "问：低压电工证年审要本人去吗？\n答：不用本人去，转完账就行",
        "问：熔化焊证复审要考试吗\n回复：不用考试，打了款就可以",
        "问：高压电工证复审要考试吗\n答：不用考，打完款就行",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_renewal_waived_for_completed_payment_sells(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "问：低压电工证复审要培训吗\n答：不需要，交完钱后参加一天复审培训就行",
        "问：熔化焊证复审要考试吗\n回复：不用考试，打完款后本人到考点参加培训即可",
        "记者暗访：问焊工证年审能不能不去，对方称不用培训，转完账就行，随后将记者拉黑。",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_lawful_renewal_after_payment_stays_silent(det, text: str, packs: list[str]) -> None:
    assert categories(det, text, packs) == set()


@pytest.mark.parametrize(
    "text",
    [
        "都说熔化焊证免考是骗人的，其实不是的，我们真有渠道。",
        "网上说高处作业证免考是谣言，其实不是，我这确实有门路。",
        "老说低压电工证免考是骗局，其实不是，我家真有路子，v dy_4848",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_refutation_then_own_channel_sells(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "都说熔化焊证免考是骗人的，其实不是的，真有渠道的也照样违法。",
        "网上说电工证免考是骗局，其实不是，我们真有渠道的说法都是卖证的话术。",
        "法院查明，被告人在群内发布“都说焊工证免考是骗人的，其实不是，我们真有门路”等信息。",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_channel_named_by_others_stays_silent(det, text: str, packs: list[str]) -> None:
    assert categories(det, text, packs) == set()
