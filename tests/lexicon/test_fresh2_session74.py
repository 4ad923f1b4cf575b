"""Session 74, fresh2: forged and bought papers of every kind in the forms real spam takes.

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

One reading is changed here:

* an English seller's shipping boast (discreet shipping, ships worldwide, shipped discreetly) is
  the seller's own word (``terms/stance_offer.yaml``), as 包邮 / 顺丰发货 are in Chinese: an English
  forger's line with no chat id but its parcel is an offer (FC-207), while a report of the same
  trade, an anti-fraud tip and a shop selling other goods stay silent.

The other groups pin what the unchanged code already reads in the certificates pack (disguised
numbers, posters, keyword stuffing, OCR-garbled and traditional lines, pinyin, the trade's
euphemisms) beside their lawful twins (seal shops filed with the police, photo studios, 学信网
guides, reissue procedures, court and news sentences, anti-counterfeit tips, copy shops), so that
a later change to those readings starts from them.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.lexicon.scanning import ANY_RULE, CERTS, EVERY_PACK, Packs, assert_sells, assert_silent

# -- the English seller's shipping boast ----------------------------------------------------------

_SHIPPING_SELLERS = [
    "novelty diploma from any college, identical to the real one, raised seal, discreet shipping",
    "replica degree certificate with hologram and embossed stamp, ships worldwide",
    "novelty transcript that looks genuine, shipped discreetly to your door",
    "fake marriage certificate, same paper as the registry uses, worldwide shipping",
]


@pytest.mark.parametrize("text", _SHIPPING_SELLERS)
def test_english_forger_with_a_shipping_boast_sells(det: Any, text: str) -> None:
    assert_sells(det, text, "FC-207", CERTS)


_SHIPPING_LAWFUL = [
    "Our shop sells novelty mugs and party hats, discreet shipping worldwide",
    "How to spot a fake diploma: check the embossed seal; sites promising discreet shipping are scams",
    "The university ships degree certificates worldwide to graduates who missed the ceremony",
    "Replica vintage posters, museum quality, ships worldwide",
    # the same trade reported, in the past tense or by a court
    "Police said the gang sold fake diplomas online and shipped discreetly to buyers abroad",
    "The ring sold fake degree certificates with discreet shipping, the court heard",
    "Beware: websites selling fake diplomas with worldwide shipping are a scam",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _SHIPPING_LAWFUL)
def test_shipping_words_alone_stay_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


# -- forms the certificates pack already reads (pinned) -------------------------------------------

_FORM_SELLERS = [
    # disguised numbers
    "专做各种证件 毕业证 房产证 驾照 壹伍捌 贰贰叁 柒柒零玖壹 找王哥",
    "证件制作 ⑬⑦-⑥⑥⑤①-⓪⑧⑧⑨ 质量放心 满意再给钱",
    # poster
    "办证 刻章\n手机 135 2 660 7 1 4 8\n公章 私章 各类证件 立等可取",
    # keyword stuffing
    "昆明办证 昆明办证电话 昆明办假证 昆明刻章办证 1 3 9 8 8 0 2 4 6 1 5",
    # traditional
    "專業辦證 學位證 畢業證 駕照 一比一 微信 tw_bz77",
    # pinyin
    "banzheng kezhang 电话 1 5 9 0 0 3 3 2 1 8 7 biyezheng jiazhao dou zuo",
    # euphemisms
    "原版钢印 一比一还原 学位证毕业证全套 档案可查 满意再付",
    "仿真结婚证 钢印清晰 两天做好 加微 jh_552",
]


@pytest.mark.parametrize("text", _FORM_SELLERS)
def test_spam_forms_sell_in_the_certificates_pack(det: Any, text: str) -> None:
    assert_sells(det, text, ANY_RULE, CERTS)


_FORM_LAWFUL = [
    "证件照 驾照照 签证照 当场取片 欢迎光临",
    "学信网学历认证：登录学信网申请电子注册备案表，在线验证",
    "驾驶证丢了可在交管12123上申请补领，邮寄到家",
    "被告人在小区张贴“办证 刻章”广告，伪造国家机关证件，被判有期徒刑一年",
    "防伪提示：真证书请认准钢印和水印，并在官网核验编号",
    "证件复印 一元一张 身份证正反面复印 立等可取",
    "民警提醒：所谓高仿毕业证、仿真结婚证都是伪造证件，买了同样违法",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _FORM_LAWFUL)
def test_lawful_lines_in_the_same_words_stay_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


# -- left alone this round (the unchanged code is wrong here; strict, so a fix shows) --------------


@pytest.mark.xfail(
    strict=True, reason="公安局备案 in a seal shop's own notice is read as a misused state name"
)
def test_seal_shop_filed_with_the_police_bureau(det: Any) -> None:
    assert_silent(det, "本店刻章已在公安局备案，刻公章请带营业执照原件及法人身份证", None)
