"""Session 63, fa24: a bought paper judged fake as a class, then a lawful call (holdout212's shapes).
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- A warning or a school's FAQ answer that judges bought papers as a class (买来的都是假证; 花钱买的
  叉车证全是假证) and then gives the school's own contact or a call for the lawful route (报名请咨询
  本中心微信 …; 评论区扣1了解报名): 假证 there is the verdict, not the goods (FC-215 / FC-201's
  ``unless`` 都是假证 / 全是假证).
- Sellers right next to them still fire: the rivals' papers judged fake and the writer's own sold as
  real (别家的都是假证，我家的真证可查), a bare 假证 with a contact.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import EVERY_PACK, WITH_CERTS, assert_sells, assert_silent

_SILENT = [
    "问：电工证能花钱直接拿吗？\n答：不能，买来的都是假证，报名请咨询本中心微信 px_5127",
    "提问：叉车证可以交钱直接拿吗？\n回答：不可以，买的都是假证，正规报名请加本中心微信 cc_8803",
    "花钱买的叉车证全是假证，想走正规培训考试的可以评论区扣1了解报名",
]

_FAKE_SELLERS = [
    "别家的都是假证，我家的真证可查，加v zz_6620",
    "外面卖的都是假证，本店保真可查，电话 13858120374",
    "假证 联系 159 2210 4437",
]


@pytest.mark.parametrize("text", _SILENT)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_bought_papers_judged_fake_stay_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs)


@pytest.mark.parametrize("text", _FAKE_SELLERS)
@pytest.mark.parametrize("packs", WITH_CERTS)
def test_fake_paper_sellers_next_to_them_still_sell(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "fake_certificate", packs)
