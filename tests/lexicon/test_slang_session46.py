"""Session 46, helper "slang": the certificate named by its cover and never by 证 -- a construction
machine's operator booklet (挖机本, 装载机本子, 钩机小本本: the certificates pack's CS-201), the red or
blue booklet after a trade (电工红本, 焊工的蓝本, 登高的小红本).
The everyday booklets and cards stay silent: the machine itself (挖机本身), a deed's red booklet, a
car's green one, a notebook, a bank card, a worker asking how to replace a lost booklet.

Sentences written for this test, not taken from the held-out set (holdout137).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, SPECIAL, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "挖掘机本子 不用考 直接出 加v wj_3344",
        "铲车小本本 不用考试 半个月出 电话同微",
        "推土机本 直接出 全国可查 私我",
    ],
)
def test_a_machines_booklet_without_zheng_is_read_by_the_certificates_pack(det, text: str) -> None:
    assert "CS-201" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "焊工的蓝本 不用考 二十天到手 私聊",
        "高处小红本 不用去考 直接出 加v gc_11",
        "叉车的红本 不用考 半个月寄到 私我",
    ],
)
def test_a_trades_red_or_blue_booklet_is_a_certificate(det, text: str) -> None:
    assert "CS-001" in rule_ids(det, text, SPECIAL)


@pytest.mark.parametrize(
    "text",
    [
        "挖机本身油耗不高，不用考虑换车，私信看视频",
        "铲车本地租赁 不用押金 电话 139 0000 1212",
        "卖房要带红本原件，二手车过户要带绿本，不用考虑别的",
        "笔记本和作业本不用买，学校统一发",
        "银行卡丢了去柜台补办，不用找人",
        "焊工的蓝本丢了怎么补？要去应急管理局窗口申请吗",
        "法院查明，被告人出售伪造的“挖机本”三十余本，以伪造证件罪判刑。",
    ],
)
def test_everyday_booklets_and_cards_stay_silent(det, text: str) -> None:
    assert rule_ids(det, text, ALL) == set()
