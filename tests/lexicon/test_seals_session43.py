"""Seal engraving and made papers in the certificates pack (session 43, helper seals, holdout102).

A company's seals (公章, 财务章, 合同章, 发票专用章, 法人章) are cut only by a seal shop registered with
the police, on the company's licence; sellers offer them "every kind carved", "copied from your
scan", "same as the original", "passes a check", "ready templates", and the seals of state organs
(公安局, 派出所, 民政局) or with the national emblem too. The same words are everyday text for
licensed shops, police notices on seal registration, courts, office how-tos and name-seal gifts.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "卫生院章 学校章 单位章 都能刻 现做现取 电话 150 2233 4455",
        "合同专用章 按扫描件复刻 和原章一样 加v ht_6060",
        "电子公章 透明底 秒出 拍下备注公司名 微信 dz_seal",
        "财务专用章 照你发的样子刻 不用跑公安 私我",
    ],
)
def test_seal_carving_offers_fire_fc226(det, text: str) -> None:
    assert "FC-226" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "派出所户籍专用章 可刻 出的证明都认 加微 hj_0101",
        "公安局公章 现成模板 仿真度高 扣扣 12345678",
        "带国徽的公章 也能做 尺寸一致 私聊看样",
    ],
)
def test_state_organ_seals_sold_fire_ss204(det, text: str) -> None:
    found = categories(det, text, CERTS)
    assert {"state_symbol_misuse", "fake_certificate"} <= found
    assert "SS-204" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "发票章 法人章 无需资料 下单次日到 加V fp_1188",
        "刻公章找我，不走备案，价格好说，电话 135 0000 1111",
    ],
)
def test_seal_bypass_in_other_words_fires_fc216(det, text: str) -> None:
    assert "FC-216" in rule_ids(det, text, CERTS)


def test_paper_made_to_the_buyers_name_fires_fc209(det) -> None:
    text = "营业执照正副本 按您的公司名做 带二维码 私信"
    assert "FC-209" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        # licensed shops and guides
        "本店是公安机关备案的刻章企业，刻公章须带营业执照和法人身份证原件",
        "新公司四章一套 都能刻 当天取 凭营业执照办理 电话 0571-8765 4321",
        "刻章店通知：办理单位印章请法人本人携证件到店",
        "公章和合同章有什么区别？能刻一样的吗？",
        "电子公章 透明底 教程：如何用PS抠图",
        # police, courts, reporters
        "警方提醒：自称派出所户籍专用章可刻的广告都是违法的，请勿相信。",
        "这枚合同章和原章一模一样，经鉴定系伪造",
        "记者发现，卖家声称公章都能刻、和原章一样，只要发图就行。",
        "法院审理查明，被告人伪造公安局公章，与原章一模一样。",
        # name seals, art and ornaments
        "篆刻社招新：名字章、闲章都能刻，欢迎同学们加入 微信 zk_club",
        "宝宝姓名章 卡通图案 都能刻 送礼物 私聊",
        "仿古印章摆件 青田石雕 收藏礼品",
        # questions
        "民政局婚姻登记专用章和结婚证上的钢印一样吗？",
        "朋友说网上就能刻个公章不用资料，这是不是违法的？",
    ],
)
def test_lawful_and_reported_seal_text_stays_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


def test_marriage_certificate_with_an_organs_steel_seal_is_no_ss204(det) -> None:
    # the steel seal is the paper's feature: the certificate rules read it, SS-204 does not
    text = "结婚证 新版旧版都能做 民政局钢印清楚 电话 一三九 一一二二 三三四四"
    ids = rule_ids(det, text, CERTS)
    assert "SS-204" not in ids
    assert ids & {"FC-209", "FC-226"}


def test_default_pack_does_not_read_the_new_seal_rules(det) -> None:
    ids = rule_ids(det, "单位章 学校章 都能刻 现做现取 电话 150 2233 4455", DEFAULT)
    assert not ids & {"FC-226", "SS-204"}
