"""Session 63, fa23: lawful lines rounds 73-74 left firing (holdout210's shapes).
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- A school's chat in which the learner is spared the outside exam room because the exam is held at
  the school's own site (可以，不用去考场，考试就在我们学校的考点进行): the trip spared, not the exam
  (``silence._SITE_SPARED`` / ``silence._SCHOOL_SITE``, read as ``_renewal_told`` reads the far
  exam spared for the local one).
- An office calling the rumour false in its own reply (網傳…，本局明確答覆：此說法不實，…): the hearsay
  corrected by the office (``stance._HEARSAY_FIX``), in either script.
- A refusal worded as "no exam is passed without effort" (没有不需要努力就能过的考试): the 就能过
  denied by the double negation before it (GP-002's fragile ``unless``).
- Sellers right next to them still fire: the seller's "own site" sold with the pass, the school's
  site beside a private contact and a fast card, and the rumour confirmed by a seller.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import CERTS, EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

_SILENT = [
    # the exam held at the school's own site
    "学员：焊工证要去外面考吗？\n老师：可以不去，不用去考场，考试就在我们学校的考点进行",
    "学生：登高证考试要跑到别的地方吗？\n老师：不用，不用去考场，考试都在本校的考点，带好身份证",
    "老师：能的，不用去外面的考场，理论和实操都在我们培训中心的考点考",
    # the office calling the rumour false
    "網傳電工證交錢就能拿，本中心明確答覆：此說法不實，須本人參加考試",
    "网传焊工证花钱就能拿，市应急管理局答复：该说法不属实，必须考试合格才发证",
    "网上流传叉车证可以不考直接拿，本局答复：纯属谣言，请考生本人报名参加考试",
    # a refusal in other words: no exam is passed without effort
    "问：焊工证包过吗？\n答：不能保证，没有不需要努力就能过的考试，按时上课就行",
    "登高证考试没有不努力就能过的，老老实实上课",
]

_CERT_SELLERS = [
    "本校有自己的考点，叉车证不用考试，交钱直接出证，电话 13857126631",
    "学员：电工证要去考场吗？\n老师：不用去考场，考试在我们学校的考点，不用考直接出证，加v dg_4410",
    "网传焊工证交钱就能拿，本中心答复：此说法不实？其实是真的，不用考试，交钱直接拿证，加v hg_3321",
]

_PASS_SELLERS = [
    "焊工证培训，不用努力就能过，交钱包过，报名加v hg_5127",
    "学员：焊工证要去考场吗？\n老师：不用去考场，考试在我们自己的考点，包过，加v hg_2206",
]


@pytest.mark.parametrize("text", _SILENT)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_lawful_lines_stay_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs)


@pytest.mark.parametrize("text", _CERT_SELLERS)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_sellers_next_to_them_still_sell(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "certificate_sale", packs)


@pytest.mark.parametrize("text", _PASS_SELLERS)
@pytest.mark.parametrize("packs", WITH_SPECIAL)
def test_own_site_sold_with_the_pass_still_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, {"guarantee_promise", "certificate_sale"}, packs)


def test_certificates_pack_reads_the_school_site(det) -> None:  # type: ignore[no-untyped-def]
    """The certificates pack's own rule (CS-201) stays silent on the school's site and still fires
    on the same chat that sells the card."""
    lawful = "学员：制冷证要去外地考场吗？\n老师：不用去考场，考试就在我们学校的考点进行"
    assert_silent(det, lawful, CERTS)
    seller = "学员：制冷证要去考场吗？\n老师：不用去考场，不用考试，交钱直接拿证，私聊"
    assert_sells(det, seller, "certificate_sale", CERTS)
