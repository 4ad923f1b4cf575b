"""Goods sold with their papers are lawful; a personal certificate never goes with them
(issue 9, lead's review of dac461a).

A house, car or shop sold with its deed, registration or licence is lawful trade. An operator's,
a driver's or a health certificate is issued to its holder alone: 挖掘机转让 操作证 私我 sells
the certificate under cover of the machine. Every example is in the project's own words.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL


@pytest.mark.parametrize(
    "text",
    [
        "挖掘机转让 操作证 私我",
        "二手叉车出售 叉车证 私我 13812345678",
        "二手车出售 驾驶证 私我 13812345678",
        "店面转让 电工证 私我 13812345678",
        "饭店转让 健康证 私我 13812345678",
        "铲车低价转让 焊工证 登高证 都有 v：cz_2020",
    ],
)
def test_a_personal_certificate_beside_goods_is_still_sold(det, text: str) -> None:
    res = det.scan_page(text=text, packs=ALL)
    assert res.findings, res.suppressed
    assert not any("随物证件" in s.reason for s in res.suppressed if s.rule_id.startswith("CS"))


@pytest.mark.parametrize(
    "text",
    [
        "二手房出售 房产证齐全 电话 13812345678",
        "面包车出售 行驶证 登记证齐全 价格面议 电话 135 0099 8877",
        "二手叉车出售 合格证 发票齐全 电话 13812345678",
        "临街商铺出租 营业执照 可办 电话 13600001111",
    ],
)
def test_goods_with_their_papers_stay_lawful(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings == []


@pytest.mark.parametrize(
    "text",
    [
        # the car's papers and a title transfer: only goods change owners by 过户
        "自家轿车 行驶证 保险齐全 随时可以过户 价格面议 电话 139 0000 1122",
        "车辆转让：行驶证、登记证、交强险齐全，过户包办",
        "我的车要卖，行驶证齐全，可过户，有意私聊",
        # the shop's papers named as a whole, its sale word said twice
        "美甲店转让 证件齐全 客源稳定 有意者电话 158 0000 3344",
        "便利店转让 烟草证 营业执照齐全 可转让给下家 联系 139 0000 5566",
    ],
)
def test_a_title_transfer_and_papers_named_as_a_whole_are_goods(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings == []


@pytest.mark.parametrize(
    "text", ["行驶证 登记证 高仿 可过户 私聊 v cc8899", "二手车出售 驾驶证 行驶证 都能办 私聊"]
)
def test_a_transfer_excuses_no_forgery_nor_a_drivers_licence(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings
