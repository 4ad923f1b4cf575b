"""Session 65, review103: a second reading of qa2 (round 79), the lawful route told in a labelled
answer (``stance._route_told``). Sentences written for this file (not from any holdout set, the
corpus nor the rules' fixtures).

- (a) Lawful reissue answers that still fired in the certificates pack: the applicant's own ID
  card brought to the office (补办只需带身份证到市场监管局; 本人带身份证去补办) read by CS-203 as the
  short sale 身份证 … 补办. CS-203 now reads ``$paper_brought`` as CS-201 does: it excuses only the
  身份证 it holds.
- (b) Lawful FAQs beside them that were silent and stay so.
- (c) Sellers who hide behind a route word in the answer (本人带身份证 / 本人参加复审培训) and take
  it back in other words than qa2's ``_ROUTE_TAKEN_BACK`` knew: the errand done for the buyer
  (我们帮你代办, 其余我们帮你办), the reissue sped up or kept under the old number (原号, 加急当天出 /
  当天拿新证).
- (d) Sellers the route reading must keep firing on (qa2's own shapes, the inside way on the next
  line) and a certificates-pack seller the buyer's 不考能拿 names (CS-201).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    EVERY_PACK,
    WITH_CERTS,
    WITH_SPECIAL,
    assert_sells,
    assert_silent,
)

# --- (a) lawful reissue answers fixed this round --------------------------------------------------

_REISSUE_FIXED = [
    # the ID card brought to the market regulator, a mobile number for questions
    "问：叉车证丢了补办要重新考吗？\n答：不用考，补办只需带身份证到市场监管局，电话 13858137701",
    # the holder in person with the ID card, going to reissue
    "问：电工证丢了要重考吗？\n答：不用考，本人带身份证去补办，电话 13957137702",
    # the same under Ｑ/Ａ with a chat id for the office's service line
    "Ｑ：锅炉证遗失了补办要考试吗？\nＡ：不用考试，补办只需本人带身份证到市场监管局，微信 gl_fw7718",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _REISSUE_FIXED)
def test_reissue_answer_silent(det, text, packs):
    assert_silent(det, text, packs)


# --- (b) lawful FAQs that stay silent -------------------------------------------------------------

_LAWFUL_KEPT = [
    "问：电工证丢了补办要重新考吗？\n答：不用考，本人带身份证到市场监管局补办，证号不变，电话 0571-86037714",
    # the school helping with the enrolment is no errand sold
    "问：焊工证到期了要重新考吗？\n答：不用重新考，本人参加复审培训即可，我们可以帮你报名，电话 13957137715",
    "Q：叉车证丢了能补吗？\nA：能，补办只需带身份证到市场监管局，电话 13858137717",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL_KEPT)
def test_lawful_faq_silent(det, text, packs):
    assert_silent(det, text, packs)


# --- (c) sellers behind a route word, fixed this round --------------------------------------------

_ROUTE_SELLERS_FIXED = [
    # the route named, then the errand done for the buyer
    "问：电工证丢了补办要重新考吗？\n答：不用考，本人带身份证到市场监管局，我们帮你代办，电话 13957137707",
    "问：焊工证丢了补办要重新考吗？\n答：不用考，本人带身份证到市场监管局，其余我们帮你办，微信 hg_7721",
    # the reissue under the old number, sped up
    "问：电工证丢了要重考吗？\n答：不用考，本人带身份证去补办，原号原档，加急当天出，电话 13957137709",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _ROUTE_SELLERS_FIXED)
def test_route_taken_back_sells(det, text, packs):
    assert_sells(det, text, ANY_RULE, packs)


# --- (d) sellers that keep firing -----------------------------------------------------------------

_ROUTE_SELLERS_KEPT = [
    # the renewal's training told, then the new card the same day (拿新证, qa2's own word)
    "问：电工证到期了要重新考吗？\n答：不用重新考，本人参加复审培训即可，加急当天拿新证，电话 13957137722",
    "问：焊工证能免考吗？\n答：可以，本人到考点坐一下就行，包过，加v hg_7781",
    # the route on the answer's line, the inside way on the next one
    "问：焊工证能直接报名吗？\n答：能，考试本人参加\n内部名额，保证过，微信 hg_7782",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _ROUTE_SELLERS_KEPT)
def test_route_seller_kept(det, text, packs):
    assert_sells(det, text, ANY_RULE, packs)


_CERT_SELLERS = [
    # the buyer's 不考能拿 answered by the money alone (CS-201 lacked the question's words)
    "【问】教师资格证不考能拿吗？\n【答】可以，交钱就行，QQ 2730037705",
    "问：会计证不考试能拿吗？\n答：能，交钱就行，微信 kj_7706",
    # the ID card brought excuses only itself: the health certificate sold beside it is read
    "带身份证来就行，健康证 出，微信 jk_7712",
    # an ID card's replacement sold outright, no card brought
    "身份证 补办 秒出 微信 sfz_7713",
]


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _CERT_SELLERS)
def test_cert_seller_fires(det, text, packs):
    assert_sells(det, text, "certificate_sale", packs)


def test_cs201_reads_buyer_no_exam(det):
    """The rule itself, not only the model, reads 不考能拿 (before: ML-CS alone)."""
    assert_sells(
        det,
        "【问】教师资格证不考能拿吗？\n【答】可以，交钱就行，QQ 2730037705",
        "CS-201",
        WITH_CERTS[0],
    )
